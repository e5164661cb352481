"""What every check of a model answer needs to know about the article and the task."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..article import Article
from ..cues import QuoteCue


@dataclass
class GroundingContext:
    """What a validator needs: the article, the candidate quotes, the window."""

    article: Article
    candidates: dict[int, QuoteCue]
    window: tuple[int, int]  # character range the task covered
    reasks_left: int = 0
    reasks: int = 0
    sentence_range: tuple[int, int] = (0, 0)  # 0-based sentence indices, inclusive
    # Every quote-marked span of the article (speech or not): direct speech
    # copied as free text must lie inside one of them.
    quote_marks: tuple[tuple[int, int], ...] = ()
    # Speakers per sentence and planted sentences (checks.SentenceFacts), for the support checks.
    facts: Any = None
    # Small models select and classify: the record's text is the article's own clause.
    small: bool = False
    conditions: tuple[Any, ...] = ()  # the cues' ConditionCues, for the small profile

    def __post_init__(self) -> None:
        if self.facts is None:
            from .checks import SentenceFacts

            self.facts = SentenceFacts()

    def planted(self, start: int, end: int) -> bool:
        """True when [start, end) touches a sentence addressed to the model."""
        return bool(self.facts.planted) and any(
            s.index in self.facts.planted for s in self.article.sentences if s.start < end and start < s.end)

    def inside_quote_marks(self, start: int, end: int) -> bool:
        return any(lo <= start and end <= hi for lo, hi in self.quote_marks)
