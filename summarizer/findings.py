"""What an engine found in one article, and the two contracts around it.

``Findings`` is the one output type both engines return: the rules engine
builds it from the cues; the model engine builds one per window from the
model's grounded answer and merges them. An ``Engine`` is anything with
``extract(article, cues) -> Findings``; a ``Summarizes`` (the pipeline's
``Summarizer``) is anything with ``summarize(article) -> ArticleSummary``,
which is all a batch, a check or an evaluation needs.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

from .records import (
    ArticleSummary,
    ExpertAssessment,
    Position,
    Quote,
    StatedPrecondition,
    SummaryWarning,
)

if TYPE_CHECKING:
    from .article import Article
    from .cues import Cues


@dataclass
class Usage:
    """What finding cost: model calls (one per window, plus the summary), requests, tokens.

    ``attempts`` counts every request sent, re-asks and transport retries
    included. All zero for the rules engine.
    """

    calls: int = 0
    attempts: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    window_chars: int | None = None  # None: no windows (whole article, or no model)

    def spend(self, attempts: int, prompt_tokens: int, completion_tokens: int) -> None:
        """Count one call and what it cost, whether it succeeded or not."""
        self.calls += 1
        self.attempts += attempts
        self.prompt_tokens += prompt_tokens
        self.completion_tokens += completion_tokens


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
    warnings: list[SummaryWarning] = field(default_factory=list)
    ungrounded: list[str] = field(default_factory=list)
    # (warning code, reason) of records that failed a support check: re-asked, then dropped.
    unsupported: list[tuple[str, str]] = field(default_factory=list)
    usage: Usage = field(default_factory=Usage)

    def warn(self, code: str, message: str, item: str | None = None) -> None:
        """Record something dropped or doubted (see :func:`warning`)."""
        self.warnings.append(warning(code, message, item))


def warning(code: str, message: str, item: str | None = None) -> SummaryWarning:
    """A warning record; ``item`` is the text concerned, cut to 80 characters."""
    return SummaryWarning(code=code, message=message, item=item[:80] if item else None)


class Engine(Protocol):
    """Finds the records of one article, given its cues (the rules engine, the model engine)."""

    def extract(self, article: Article, cues: Cues) -> Findings: ...


class Summarizes(Protocol):
    """Turns one article into its summary record (``pipeline.Summarizer``)."""

    def summarize(self, article: Article) -> ArticleSummary: ...
