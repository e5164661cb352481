"""summarizer: grounded, structured summaries of news articles.

    >>> import summarizer
    >>> result = summarizer.summarize(open("article.txt").read())
    >>> result.quotes[0].span
"""

__version__ = "0.1.0"

from .errors import (  # noqa: E402
    ConfigError,
    ExtractionError,
    InputError,
    ProviderError,
    SummarizerError,
)
from .pipeline import Summarizer, asummarize, summarize  # noqa: E402
from .records import (  # noqa: E402
    ArticleSummary,
    ExpertAssessment,
    Position,
    Quote,
    StatedPrecondition,
)

__all__ = [
    "ArticleSummary",
    "ConfigError",
    "ExpertAssessment",
    "ExtractionError",
    "InputError",
    "Position",
    "ProviderError",
    "Quote",
    "StatedPrecondition",
    "Summarizer",
    "SummarizerError",
    "__version__",
    "asummarize",
    "summarize",
]
