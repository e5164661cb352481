"""Talk to an OpenAI-compatible endpoint through instructor.

Two kinds of retry, two policies:

* validation re-asks belong to instructor (``max_retries``): the answer parsed
  but failed our schema or grounding, so the reason goes back to the model;
* transport failures (429, 5xx, timeouts, dropped connections) belong to the
  tenacity policy here, which honours Retry-After. The openai client's own
  retries are switched off so there is exactly one loop of each kind.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar
from urllib.parse import urlparse

import instructor
import openai
from pydantic import BaseModel

from ..config import Settings
from ..errors import ExtractionError
from .repairs import RepairHook
from .stream import TokenCallback, streaming_create
from .transport import transport_policy, wrap_error

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
    warnings: list[str] = field(default_factory=list)  # repairs made to the answers


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
                # Per read, not per answer: a streamed answer keeps the socket busy;
                # the stall watchdog in ``stream`` is the real limit.
                timeout=settings.timeout + 30,
            )
        self.raw_client = client
        self.on_tokens: TokenCallback | None = None
        create = streaming_create(
            client, stall_seconds=lambda: self.settings.timeout, on_tokens=lambda: self.on_tokens,
            count_prompt=self._count_prompt if self.mode == "llamacpp" else None)
        mode = _MODES[self.mode]
        self.client = instructor.Instructor(
            client=client, create=instructor.patch(create=create, mode=mode), mode=mode)

    def _count_prompt(self, messages: list[dict[str, Any]]) -> int | None:
        """The prompt's tokens, by the llama.cpp server's own tokenizer (its stream reports no usage).

        The text is the ChatML prompt the server builds from ``messages`` (the
        embedded Qwen model's template); None when the server has no tokenizer
        endpoint.
        """
        text = "".join(f"<|im_start|>{m['role']}\n{m.get('content') or ''}<|im_end|>\n" for m in messages)
        root = str(self.raw_client.base_url).rstrip("/").removesuffix("/v1")
        try:
            answer = self.raw_client.post(f"{root}/extras/tokenize/count", cast_to=object,
                                          body={"input": text + "<|im_start|>assistant\n"})
        except openai.OpenAIError:
            return None
        count = answer.get("count") if isinstance(answer, dict) else None
        return count if isinstance(count, int) else None

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
        repairs = RepairHook()
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
            warnings=repairs.warnings,
        )
