"""Evidence: the article's own sentences behind a position, an assessment or a condition."""

from __future__ import annotations

from ..cues.conditions import has_conditional
from ..findings import Findings
from ..records import Span
from .context import GroundingContext
from .locate import fold


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
