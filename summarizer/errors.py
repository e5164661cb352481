"""One exception family for everything summarizer raises on purpose.

Every error carries the exit code the CLI uses for it, so the CLI never has to
guess: 1 extraction failed, 2 bad usage or input, 3 provider unreachable or
refused. SDK errors are wrapped with ``raise ... from e`` so the cause stays
visible to callers and to ``--debug``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, NamedTuple


class SummarizerError(Exception):
    """Base class: anything summarizer raises deliberately."""

    exit_code: int = 1
    hint: str | None = None

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        if hint is not None:
            self.hint = hint

    def one_line(self) -> str:
        """The message and, when there is one, what to do next."""
        text = str(self).strip().replace("\n", " ")
        return f"{text} ({self.hint})" if self.hint else text


class InputError(SummarizerError):
    """The article cannot be used: empty, binary, undecodable, too large, missing."""

    exit_code = 2


class ConfigError(SummarizerError):
    """Bad usage: conflicting options, unknown engine, unreadable configuration."""

    exit_code = 2


class ProviderError(SummarizerError):
    """The LLM endpoint could not be reached, refused us, or kept failing."""

    exit_code = 3

    def __init__(
        self,
        message: str,
        *,
        hint: str | None = None,
        status_code: int | None = None,
        attempts: int = 0,
    ) -> None:
        super().__init__(message, hint=hint)
        self.status_code = status_code
        self.attempts = attempts


class LocalModelError(ProviderError):
    """The embedded local model could not be prepared or started."""


class ExtractionError(SummarizerError):
    """The model answered, but never with something we could validate and ground.

    Attributes:
        attempts: how many completions were requested in total.
        last_raw: the last raw model answer, truncated to 500 characters.
        prompt_tokens / completion_tokens: tokens spent on the failed work.
    """

    exit_code = 1

    def __init__(
        self,
        message: str,
        *,
        attempts: int = 0,
        last_raw: str | None = None,
        prompt_tokens: int = 0,
        completion_tokens: int = 0,
        hint: str | None = None,
    ) -> None:
        super().__init__(message, hint=hint)
        self.attempts = attempts
        self.last_raw = (last_raw or "")[:500] or None
        self.prompt_tokens = prompt_tokens
        self.completion_tokens = completion_tokens

    def details(self) -> dict[str, Any]:
        return {
            "attempts": self.attempts,
            "last_raw": self.last_raw,
            "prompt_tokens": self.prompt_tokens,
            "completion_tokens": self.completion_tokens,
        }


class ArticleFailure(NamedTuple):
    """An article a batch could not summarize, and why."""

    source: str
    error: SummarizerError


def note_failure(
    failed: list[ArticleFailure],
    source: str,
    error: SummarizerError,
    on_error: Callable[[str, SummarizerError], None] | None = None,
) -> bool:
    """Record a failed article; True when the batch must stop.

    A batch goes on past bad files and failed extractions, but not past a
    provider failure: every later article would fail the same way.
    """
    failed.append(ArticleFailure(source, error))
    if on_error:
        on_error(source, error)
    return isinstance(error, ProviderError)
