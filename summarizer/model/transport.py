"""Transport policy: what to do when the endpoint, not the answer, fails.

Transport failures (429, 5xx, timeouts, dropped connections) are retried here
with exponential backoff and jitter, honouring Retry-After; validation
re-asks belong to instructor (see ``client``). SDK errors that outlast the
policy become one of our errors with a message that says what to do.
"""

from __future__ import annotations

import logging
import random
from collections.abc import Callable
from typing import Any

import openai
from instructor.core.exceptions import IncompleteOutputException, InstructorRetryException
from pydantic import ValidationError
from tenacity import RetryCallState, Retrying, retry_if_exception, stop_after_attempt, stop_before_delay

from ..config import Settings, redact
from ..errors import ExtractionError, ProviderError

log = logging.getLogger("summarizer.llm")

_TRANSIENT_STATUS = {408, 409, 425, 429, 500, 502, 503, 504}


def _cause(e: BaseException) -> BaseException:
    seen = 0
    while isinstance(e, InstructorRetryException) and e.__cause__ and seen < 5:
        e, seen = e.__cause__, seen + 1
    return e


def is_transient(e: BaseException) -> bool:
    """True for failures worth retrying unchanged: 429, 5xx, timeouts, dropped connections."""
    e = _cause(e)
    if isinstance(e, (openai.APITimeoutError, openai.APIConnectionError)):
        return True
    if isinstance(e, openai.APIStatusError):
        return e.status_code in _TRANSIENT_STATUS
    return False


def _retry_after(e: BaseException) -> float | None:
    e = _cause(e)
    response = getattr(e, "response", None)
    headers = getattr(response, "headers", None)
    if not headers:
        return None
    value = headers.get("retry-after-ms")
    if value:
        try:
            return float(value) / 1000
        except ValueError:
            pass
    value = headers.get("retry-after")
    try:
        return float(value) if value else None
    except ValueError:
        return None


def transport_policy(settings: Settings, sleep: Callable[[float], None] | None = None) -> Retrying:
    """Exponential backoff with jitter, honouring Retry-After, capped in attempts and seconds.

    The cap on seconds is checked before sleeping: a wait (backoff or
    Retry-After) that would end past ``transport_max_seconds`` is not started,
    so a server asking for a longer pause than the budget fails at once.
    """

    def wait(state: RetryCallState) -> float:
        backoff = min(30.0, 0.5 * 2 ** (state.attempt_number - 1)) * (0.5 + random.random() / 2)
        hinted = _retry_after(state.outcome.exception()) if state.outcome else None
        return max(backoff, hinted or 0.0)

    def before_sleep(state: RetryCallState) -> None:
        e = _cause(state.outcome.exception()) if state.outcome else None
        wait_s = state.next_action.sleep if state.next_action else 0.0
        log.info("attempt %d failed (%s); retrying in %.1f s", state.attempt_number,
                 redact(_short(e), settings.api_key), wait_s)

    kwargs: dict[str, Any] = {}
    if sleep is not None:
        kwargs["sleep"] = sleep
    return Retrying(
        retry=retry_if_exception(is_transient),
        wait=wait,
        stop=stop_after_attempt(max(1, settings.transport_attempts))
        | stop_before_delay(settings.transport_max_seconds),
        before_sleep=before_sleep,
        reraise=True,
        **kwargs,
    )


def _short(e: BaseException | None) -> str:
    """One short line for an SDK error: the server's own message when it sent one."""
    if e is None:
        return ""
    if isinstance(e, openai.APIStatusError):
        body = e.body
        message = body.get("message") if isinstance(body, dict) else None
        return f"HTTP {e.status_code}: {message or body or e.message}"
    if isinstance(e, ValidationError):
        parts = [
            f"{'.'.join(map(str, err['loc'])) or 'answer'}: {err['msg']}" for err in e.errors()[:3]
        ]
        more = f" (+{e.error_count() - 3} more)" if e.error_count() > 3 else ""
        return "; ".join(parts) + more
    return f"{type(e).__name__}: {e}"


def wrap_error(e: BaseException, settings: Settings, *, attempts: int) -> Exception:
    """Turn an SDK exception into one of ours, with a message that says what to do."""
    cause = _cause(e)
    host = settings.endpoint_host or "the endpoint"
    key = settings.api_key
    if isinstance(cause, openai.AuthenticationError):
        return ProviderError(
            f"{host} refused the API key (401)", hint="check OPENAI_API_KEY", status_code=401,
            attempts=attempts,
        )
    if isinstance(cause, openai.PermissionDeniedError):
        return ProviderError(
            f"{host} denied access (403)", hint="the key lacks access to this model",
            status_code=403, attempts=attempts,
        )
    if isinstance(cause, openai.NotFoundError):
        return ProviderError(
            f"{host} does not know model {settings.model!r} or this API path (404)",
            hint="check --model and OPENAI_BASE_URL (it usually ends in /v1)",
            status_code=404, attempts=attempts,
        )
    if isinstance(cause, openai.RateLimitError):
        asked = _retry_after(cause)
        pause = f"; it asked for a {asked:g} s pause" if asked else ""
        return ProviderError(
            f"{host} kept rate-limiting us (429) after {attempts} attempts{pause}",
            hint="wait and rerun (a batch resumes where it stopped), or raise "
            "SUMMARIZER_RETRY_SECONDS", status_code=429,
            attempts=attempts,
        )
    if isinstance(cause, openai.APIStatusError):
        detail = redact(_short(cause), key)[:200]
        return ProviderError(
            f"{host} failed after {attempts} attempts: {detail}",
            status_code=cause.status_code, attempts=attempts,
            hint="retry later" if cause.status_code >= 500 else "check the request settings",
        )
    if isinstance(cause, openai.APITimeoutError):
        # A stall: no token (or, from a server that does not stream, no answer) for that long.
        return ProviderError(
            f"{host} produced no token for {settings.timeout:g} s ({attempts} attempts)",
            hint="the server stalled; if it is only slow to read a long prompt on a busy CPU, "
            "raise SUMMARIZER_TIMEOUT", attempts=attempts,
        )
    if isinstance(cause, openai.APIConnectionError):
        return ProviderError(
            f"cannot reach {host} ({attempts} attempts)",
            hint="is the server running? check OPENAI_BASE_URL", attempts=attempts,
        )
    if isinstance(e, InstructorRetryException):
        usage = getattr(e, "total_usage", None)
        raw = None
        if e.last_completion is not None:
            try:
                raw = e.last_completion.choices[0].message.content
            except (AttributeError, IndexError):
                raw = str(e.last_completion)
        return ExtractionError(
            f"the model's answer failed validation after {e.n_attempts} attempts: "
            f"{redact(_short(cause), key)[:300]}",
            attempts=e.n_attempts,
            last_raw=raw,
            prompt_tokens=getattr(usage, "prompt_tokens", 0) or 0,
            completion_tokens=getattr(usage, "completion_tokens", 0) or 0,
            hint="try a stronger model or a smaller --window",
        )
    if isinstance(cause, IncompleteOutputException):
        return ExtractionError(
            "the model's answer was cut at the token limit and could not be repaired",
            attempts=attempts,
            hint="raise max_tokens in [tool.summarizer] or use a smaller --window",
        )
    return ExtractionError(redact(f"{type(cause).__name__}: {cause}", key)[:300], attempts=attempts)
