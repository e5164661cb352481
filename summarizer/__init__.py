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
from .records import (  # noqa: E402
    ArticleSummary,
    ExpertAssessment,
    Position,
    Quote,
    StatedPrecondition,
)

_LAZY = {"Summarizer", "asummarize", "summarize"}


def __getattr__(name: str):  # noqa: ANN202
    # The pipeline pulls in openai and instructor (about a second); commands
    # that never call a model (check, schema) should not pay for it.
    if name in _LAZY:
        from . import pipeline

        return getattr(pipeline, name)
    raise AttributeError(f"module 'summarizer' has no attribute {name!r}")


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
