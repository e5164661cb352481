"""Talk to an OpenAI-compatible endpoint through instructor.

Two kinds of retry, two policies:

* validation re-asks belong to instructor (``max_retries``): the answer parsed
  but failed our schema or grounding, so the reason goes back to the model;
* transport failures (429, 5xx, timeouts, dropped connections) belong to the
  tenacity policy here, which honours Retry-After. The openai client's own
  retries are switched off so there is exactly one loop of each kind.
"""

from __future__ import annotations

import json
import logging
import random
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar
from urllib.parse import urlparse

import instructor
import openai
from instructor.core.exceptions import IncompleteOutputException, InstructorRetryException
from pydantic import BaseModel, ValidationError
from tenacity import RetryCallState, Retrying, retry_if_exception, stop_after_attempt, stop_before_delay

from .config import Settings, redact
from .errors import ExtractionError, ProviderError

log = logging.getLogger("summarizer.llm")

T = TypeVar("T", bound=BaseModel)

_MODES = {
    "tools": instructor.Mode.TOOLS,
    "json_schema": instructor.Mode.JSON_SCHEMA,
    "json": instructor.Mode.JSON,
    # JSON_SCHEMA keeps instructor from pasting the whole schema into the
    # prompt (1,500 tokens a small model reads slowly); the request body's
    # response_format is then replaced with llama.cpp's json_object+schema.
    "llamacpp": instructor.Mode.JSON_SCHEMA,
}
_TRANSIENT_STATUS = {408, 409, 425, 429, 500, 502, 503, 504}


def choose_mode(settings: Settings) -> str:
    """The instructor mode for an endpoint: 'auto' picks by host."""
    if settings.mode != "auto":
        return settings.mode
    if settings.uses_local:
        return "llamacpp"
    host = urlparse(settings.base_url or "https://api.openai.com/v1")
    if host.hostname in {"localhost", "127.0.0.1", "::1"}:
        # Ollama's usual port speaks json_object; other loopback servers are
        # usually llama.cpp, whose grammar takes the schema in the body.
        return "json" if host.port == 11434 else "llamacpp"
    return "tools"




@dataclass
class CallResult:
    """A validated answer and what it cost.

    ``attempts`` counts every request sent: transport retries and re-asks
    (schema and grounding) alike; the tokens are summed over every answer.
    """

    value: Any
    prompt_tokens: int = 0
    completion_tokens: int = 0
    attempts: int = 1
    notes: list[str] = field(default_factory=list)


# --- repairs applied to raw completions before instructor parses them -------

_CTRL = re.compile(r"[\x00-\x1f]")


def _scan_json(raw: str):  # noqa: ANN202 - a generator of (index, char, inside_a_string)
    """Walk JSON text, telling for each character whether it lies inside a string."""
    in_str = escaped = False
    for i, ch in enumerate(raw):
        if in_str:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_str = False
                yield i, ch, False
                continue
            yield i, ch, True
            continue
        in_str = ch == '"'
        yield i, ch, False


def escape_control_chars(raw: str) -> str:
    """Escape raw control characters inside JSON strings (llama.cpp grammars let them through)."""
    return "".join(
        json.dumps(ch)[1:-1] if inside and _CTRL.match(ch) else ch for _, ch, inside in _scan_json(raw)
    )


def close_truncated_json(raw: str) -> str | None:
    """Best effort: cut a truncated JSON object back to its last complete value and close it.

    Returns None when nothing usable remains.
    """
    stack: list[str] = []
    # Where the text can be cut: after a whole element of an array, or a whole
    # member of the top-level object, so that no item survives half-written
    # (a half item would fail validation and waste a re-ask).
    last_good = -1
    good_stack: list[str] = []

    def boundary() -> bool:
        return stack[-1] == "]" or len(stack) == 1

    for i, ch, inside in _scan_json(raw):
        if inside or ch == '"':
            continue
        if ch in "{[":
            stack.append("}" if ch == "{" else "]")
            if ch == "[":  # an array cut right after it opens is still an (empty) array
                last_good, good_stack = i + 1, list(stack)
        elif ch in "}]":
            if not stack:
                break
            stack.pop()
            if not stack:
                return raw[: i + 1]
            if boundary():
                last_good, good_stack = i + 1, list(stack)
        elif ch == "," and stack and boundary():
            last_good, good_stack = i, list(stack)
    if last_good <= 0:
        return None
    candidate = raw[:last_good].rstrip().rstrip(",") + "".join(reversed(good_stack))
    try:
        json.loads(candidate, strict=False)
    except ValueError:
        return None
    return candidate


class _Repairs:
    """An instructor 'completion:response' hook: fixes raw answers in place, notes what it did.

    It also counts every request sent ('completion:kwargs') and the tokens of
    every answer, so a failure can say what it cost whichever way it failed.
    """

    def __init__(self) -> None:
        self.notes: list[str] = []
        self.last_raw: str | None = None
        self.empty = False
        self.requests = 0
        self.prompt_tokens = 0
        self.completion_tokens = 0

    def sent(self, *args: Any, **kwargs: Any) -> None:
        self.requests += 1

    def __call__(self, response: Any) -> None:
        # instructor swallows exceptions raised in hooks, so record, don't raise.
        usage = getattr(response, "usage", None)
        self.prompt_tokens += getattr(usage, "prompt_tokens", 0) or 0
        self.completion_tokens += getattr(usage, "completion_tokens", 0) or 0
        choices = getattr(response, "choices", None)
        if not choices:
            self.empty = True
            return
        msg = choices[0].message
        content = getattr(msg, "content", None)
        if isinstance(content, str):
            self.last_raw = content
            fixed = escape_control_chars(content)
            if choices[0].finish_reason == "length":
                closed = close_truncated_json(fixed)
                if closed is not None:
                    self.notes.append("answer was cut at the token limit; kept its complete part")
                    fixed = closed
                    choices[0].finish_reason = "stop"
            msg.content = fixed
        else:
            calls = getattr(msg, "tool_calls", None) or []
            if calls:
                self.last_raw = calls[0].function.arguments
                calls[0].function.arguments = escape_control_chars(calls[0].function.arguments)


# --- transport policy ------------------------------------------------------


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
        return ProviderError(
            f"{host} did not answer within {settings.timeout:g} s ({attempts} attempts)",
            hint="raise SUMMARIZER_TIMEOUT or use a smaller window", attempts=attempts,
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


class LLM:
    """One endpoint, one model, one instructor client; reused for a whole run."""

    def __init__(
        self,
        settings: Settings,
        *,
        client: openai.OpenAI | None = None,
        sleep: Callable[[float], None] | None = None,
    ) -> None:
        self.settings = settings
        self.mode = choose_mode(settings)
        self.model = settings.model or "gpt-4o-mini"
        self._sleep = sleep
        if client is None:
            client = openai.OpenAI(
                api_key=settings.api_key or "sk-no-key-needed",
                base_url=settings.base_url,
                max_retries=0,
                timeout=settings.timeout,
            )
        self.raw_client = client
        self.client = instructor.from_openai(client, mode=_MODES[self.mode])

    def complete(
        self,
        messages: list[dict[str, str]],
        response_model: type[T],
        *,
        context: dict[str, Any] | None = None,
        grammar: dict[str, Any] | None = None,
        max_tokens: int | None = None,
    ) -> CallResult:
        """Ask for one validated ``response_model``.

        Args:
            messages: chat messages (system first).
            response_model: the Pydantic answer model; its validators ground the answer.
            context: validation context passed to the model's validators.
            grammar: for llama.cpp servers, the JSON schema the grammar enforces
                (defaults to the response model's schema).
            max_tokens: output budget for this call.

        Raises:
            ProviderError: unreachable, refused, or transient failures outlasted the policy.
            ExtractionError: answers kept failing validation.
        """
        kwargs: dict[str, Any] = {
            "model": self.model,
            "messages": messages,
            "response_model": response_model,
            "max_retries": max(0, self.settings.max_reasks),
            "temperature": self.settings.temperature,
            "max_tokens": max_tokens or self.settings.max_tokens,
        }
        if context is not None:
            kwargs["context"] = context
        if self.mode == "llamacpp":
            schema = grammar or response_model.model_json_schema()
            kwargs["extra_body"] = {"response_format": {"type": "json_object", "schema": schema}}
        repairs = _Repairs()
        started = time.monotonic()
        self.client.on("completion:kwargs", repairs.sent)
        self.client.on("completion:response", repairs)
        try:
            for attempt in transport_policy(self.settings, self._sleep):
                with attempt:
                    value, _ = self.client.chat.completions.create_with_completion(**kwargs)
        except ExtractionError:
            raise
        except Exception as e:  # noqa: BLE001 - every SDK failure is wrapped below
            attempts = max(1, repairs.requests)
            if repairs.empty:
                err: Exception = ExtractionError(
                    "the endpoint answered with no choices", attempts=attempts,
                    hint="the server may be overloaded or misconfigured",
                )
            else:
                err = wrap_error(e, self.settings, attempts=attempts)
            if isinstance(err, ExtractionError):
                # Count everything sent, whichever layer gave up.
                err.attempts = max(err.attempts, attempts)
                err.prompt_tokens = max(err.prompt_tokens, repairs.prompt_tokens)
                err.completion_tokens = max(err.completion_tokens, repairs.completion_tokens)
                if err.last_raw is None and repairs.last_raw:
                    err.last_raw = repairs.last_raw[:500]
            raise err from e
        finally:
            self.client.off("completion:kwargs", repairs.sent)
            self.client.off("completion:response", repairs)
        log.info("answer in %.1f s: %d prompt + %d completion tokens, %d request(s)",
                 time.monotonic() - started, repairs.prompt_tokens, repairs.completion_tokens,
                 max(1, repairs.requests))
        return CallResult(
            value=value,
            prompt_tokens=repairs.prompt_tokens,
            completion_tokens=repairs.completion_tokens,
            attempts=max(1, repairs.requests),
            notes=repairs.notes,
        )
