"""Deterministic evidence found without an LLM: quote spans, speakers, experts, conditionals.

(Interface stub: a fuller implementation replaces the bodies, not the types.)
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .article import Article

QuoteKind = str  # "speech" | "name" | "scare" | "title" | "other"


@dataclass(frozen=True)
class QuoteCue:
    """Text between quote marks. ``start``/``end`` exclude the marks."""

    id: int
    start: int
    end: int
    text: str
    kind: QuoteKind = "speech"
    speaker: str | None = None
    speaker_role: str | None = None
    via: tuple[str, ...] = ()
    sentence: int = 0

    @property
    def is_speech(self) -> bool:
        return self.kind == "speech"


@dataclass(frozen=True)
class ExpertCue:
    name: str
    title: str | None
    affiliation: str | None
    start: int
    end: int


@dataclass(frozen=True)
class ConditionCue:
    start: int
    end: int
    condition: str
    consequence: str | None
    stated_by: str | None = None
    sentence: int = 0


@dataclass
class Cues:
    quotes: list[QuoteCue] = field(default_factory=list)
    experts: list[ExpertCue] = field(default_factory=list)
    conditions: list[ConditionCue] = field(default_factory=list)

    def speech(self) -> list[QuoteCue]:
        return [q for q in self.quotes if q.is_speech]


_PAIRS = re.compile(r"“([^“”]+)”|「([^「」]+)」|\"([^\"\n]+)\"")


def find_cues(article: Article) -> Cues:
    """All cues in the article, each with offsets into ``article.text``."""
    text = article.text
    quotes: list[QuoteCue] = []
    for m in _PAIRS.finditer(text):
        g = next(i for i in (1, 2, 3) if m.group(i) is not None)
        start, end = m.start(g), m.end(g)
        kind = "speech" if end - start > 12 else "other"
        sent = next((s.index for s in article.sentences if s.start <= start < s.end), 0)
        quotes.append(QuoteCue(len(quotes) + 1, start, end, text[start:end], kind, sentence=sent))
    return Cues(quotes=quotes)
