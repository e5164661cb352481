"""summarizer: grounded, structured summaries of news articles."""

from .records import (
    ArticleSummary,
    ExpertAssessment,
    Position,
    Quote,
    StatedPrecondition,
)

__version__ = "0.1.0"

__all__ = [
    "ArticleSummary",
    "ExpertAssessment",
    "Position",
    "Quote",
    "StatedPrecondition",
    "__version__",
]
