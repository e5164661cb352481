"""Is each free-text field written in the article's language?

A field is Chinese when Han characters are at least two thirds of its tokens
(each Han character and each run of ASCII letters is one token, so WTO规则 is
Chinese and "美国财政部: refuse to cooperate" is not), English when ASCII
letters are at least 90% of its letters (any script). Fields with no
letters are not counted. Other languages are not scored.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..article import CJK as _HAN
from ..records import ArticleSummary

_ASCII = re.compile(r"[A-Za-z]")
_WORD = re.compile(r"[A-Za-z]+")
ZH_SHARE = 2 / 3
EN_SHARE = 0.9


@dataclass
class LanguageScore:
    """How many free-text fields were scored, how many are in the article's language, the first misses."""

    fields: int = 0
    right: int = 0
    wrong: list[str] = field(default_factory=list)

    @property
    def share(self) -> float:
        return self.right / self.fields if self.fields else 0.0

    def add(self, other: LanguageScore) -> None:
        self.fields += other.fields
        self.right += other.right


def in_language(text: str, lang: str) -> bool | None:
    """True or False for a zh or en field; None when it cannot be judged (no letters, other language)."""
    if lang == "zh":
        han = len(_HAN.findall(text))
        tokens = han + len(_WORD.findall(text))
        return han >= ZH_SHARE * tokens if tokens else None
    if lang == "en":
        letters = sum(ch.isalpha() for ch in text)
        return len(_ASCII.findall(text)) >= EN_SHARE * letters if letters else None
    return None


def free_text(result: ArticleSummary) -> list[tuple[str, str]]:
    """(field name, text) of every free-text field: summary, stance, topic, assessment, prediction, condition, consequence."""
    out = [("summary", result.summary)]
    for p in result.positions:
        out += [("stance", p.stance), ("topic", p.topic)]
    for e in result.expert_assessments:
        out += [("assessment", e.assessment), ("prediction", e.prediction or "")]
    for c in result.preconditions:
        out += [("condition", c.condition), ("consequence", c.consequence)]
    return [(k, v) for k, v in out if v and v.strip()]


def score_language(result: ArticleSummary | None, lang: str) -> LanguageScore:
    """Share of ``result``'s free-text fields written in ``lang``."""
    s = LanguageScore()
    for name, text in free_text(result) if result else []:
        ok = in_language(text, lang)
        if ok is None:
            continue
        s.fields += 1
        s.right += ok
        if not ok and len(s.wrong) < 5:
            s.wrong.append(f"{name}: {text[:70]}")
    return s
