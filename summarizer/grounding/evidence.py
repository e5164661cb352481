"""Evidence: the article's own sentences behind a position, an assessment or a condition, and its own clause
for a stance (small models select the sentence; the words are the article's)."""

from __future__ import annotations

import re

from ..article import Article
from ..cues.conditions import has_conditional
from ..findings import Findings
from ..records import Span
from .context import GroundingContext
from .locate import fold
from .support import clauses


def evidence(ctx: GroundingContext, numbers: list[int], names: list[str | None]) -> list[Span]:
    """Whole sentences the model cited by number (1-based), as exact spans.

    When the model named no valid sentence, the sentences of the window that
    mention one of ``names`` (at most two) stand in, so evidence is still the
    article's.
    """
    sentences = ctx.article.sentences
    picked = sorted({n - 1 for n in numbers if 1 <= n <= len(sentences)})
    if not picked:
        lo, hi = ctx.sentence_range
        keys = [fold(n) for n in names if n and len(fold(n)) >= 2]
        picked = [i for i in range(lo, hi + 1) if any(k in fold(sentences[i].text) for k in keys)][:2]
    return [
        Span(start=s.start, end=s.end, text=s.text, match="exact")
        for s in (sentences[i] for i in picked)
    ]


def conditional(spans: list[Span]) -> list[Span]:
    """The spans that hold a conditional marker (如果/只要/除非/…的话/否则/才能…, if/unless/as long as…).

    A stated precondition is conditional on the surface, so its evidence must be.
    """
    return [e for e in spans if has_conditional(e.text)]


def supported(out: Findings, spans: list[Span], kind: str, what: str) -> bool:
    """True when there is evidence; otherwise a ``no_evidence`` warning in ``out`` and False."""
    if spans:
        return True
    out.warn("no_evidence", f"{kind} cites no supporting sentence of the article", what)
    return False


# The article's own clause (small models select, they do not compose).
_STANCE_VERB_ZH = re.compile(
    r"要求|呼吁|敦促|促请|提出|提议|建议|主张|愿意|拒绝|拒不|不会|不能|支持|欢迎|赞成|同意|反对|抵制|警告|"
    r"批评|谴责|抨击|指责|否认|计划|打算|准备|决定|表示|称|认为|强调|宣布"
)
_STANCE_VERB_EN = re.compile(
    r"\b(?:demand|urge|call(?:ed|s)? for|press|offer|propos|suggest|refus|reject|support|back|welcom|"
    r"agree|oppos|warn|critici[sz]|condemn|den(?:y|ies|ied)|plan|said|says|announc|insist|argu)\w*",
    re.IGNORECASE,
)
MAX_CLAUSE = {"zh": 90, "en": 220}


def own_clause(article: Article, sentence: int, holder: str) -> tuple[str, str]:
    """The stance and topic as the article writes them, from one sentence.

    The stance is the sentence from the holder's mention on (the whole
    sentence when the holder is a resolved pronoun); the topic is the words
    after the stance verb up to the next punctuation.
    """
    s = article.sentences[sentence]
    text = s.text.rstrip("。.!！?？ ")
    at = text.find(holder) if holder else -1
    stance = text[at:] if at > 0 else text
    limit = MAX_CLAUSE.get(article.language, 220)
    if len(stance) > limit:
        cut = 0
        for part in clauses(stance):
            end = stance.find(part) + len(part)
            if end > limit and cut:
                break
            cut = end
        stance = stance[: cut or limit]
    verb_re = _STANCE_VERB_ZH if article.language == "zh" else _STANCE_VERB_EN
    body = stance[len(holder):] if stance.startswith(holder) else stance
    m = verb_re.search(body)
    tail = body[m.end():] if m else body
    topic = re.split(r"[，,。；;：:.!?！？“”\"]", tail.strip(" ，,：:"), maxsplit=1)[0].strip()
    if len(topic) < 2:
        topic = body.strip(" ，,")
    return stance.strip(), topic[: 40 if article.language == "zh" else 80].strip()
