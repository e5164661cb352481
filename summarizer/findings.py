"""What an engine found in one article: the one output type both engines return.

The rules engine builds it from the cues; the model engine builds one per
window from the model's grounded answer, and the pipeline merges them. The
pipeline turns the final one into an :class:`~summarizer.records.ArticleSummary`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .records import ExpertAssessment, Notice, Position, Quote, StatedPrecondition


@dataclass
class Findings:
    """Grounded records, plus what was dropped or doubted and why (``warnings``).

    ``ungrounded`` lists quotes the model cited that are not in the article;
    the model engine re-asks about them or drops them with a warning.
    """

    summary: str = ""
    quotes: list[Quote] = field(default_factory=list)
    positions: list[Position] = field(default_factory=list)
    expert_assessments: list[ExpertAssessment] = field(default_factory=list)
    preconditions: list[StatedPrecondition] = field(default_factory=list)
    warnings: list[Notice] = field(default_factory=list)
    ungrounded: list[str] = field(default_factory=list)

    def warn(self, code: str, message: str, item: str | None = None) -> None:
        """Record something dropped or doubted (see :func:`warning`)."""
        self.warnings.append(warning(code, message, item))


def warning(code: str, message: str, item: str | None = None) -> Notice:
    """A warning record; ``item`` is the text concerned, cut to 80 characters."""
    return Notice(code=code, message=message, item=item[:80] if item else None)
