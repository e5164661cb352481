"""summarizer: grounded, structured summaries of news articles.

    >>> import summarizer
    >>> result = summarizer.summarize(open("article.txt").read())
    >>> result.quotes[0].span
"""

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
from .version import __version__  # noqa: E402

_LAZY = {"Summarizer", "asummarize", "summarize"}


def __getattr__(name: str):  # noqa: ANN202
    # Importing the records must stay cheap: commands that never summarize
    # (check, schema) do not load the pipeline at all.
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
