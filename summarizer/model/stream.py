"""Streamed answers: progress while tokens arrive, and a timeout on silence, not on length.

instructor validates whole answers. This module sits under it as the
``create`` function it calls: it asks the endpoint to stream, watches the
tokens arrive, reports them, and hands instructor the assembled
``ChatCompletion``; validation, re-asks and repairs are the same as for an
answer sent in one piece.

The timeout is a stall detector: ``stall_seconds`` with no new token (before
the first one: with no token since the request was sent, which covers the
server reading the prompt) raises :class:`StallTimeout`, a transient error the
transport policy retries. A slow server that keeps producing tokens is never
cut off. Keep-alive comments (llama.cpp's server sends ``: ping`` every 15 s)
are not tokens and do not reset the clock. A server that ignores ``stream``
and answers with one JSON body is accepted as is; then the clock covers the
whole answer, as it must.
"""

from __future__ import annotations

import json
import queue
import threading
from collections.abc import Callable, Iterator
from typing import Any

import openai
from openai.types.chat import ChatCompletion

# Called with the number of tokens generated so far in the current answer.
TokenCallback = Callable[[int], None]


class StallTimeout(openai.APITimeoutError):
    """The endpoint produced no token for ``seconds`` (retried like any timeout)."""

    def __init__(self, seconds: float, request: Any) -> None:
        super().__init__(request=request)
        self.seconds = seconds
        self.message = f"no token for {seconds:g} s"

    def __str__(self) -> str:
        return self.message


def _watched(open_stream: Callable[[], Any], stall_seconds: float) -> Iterator[tuple[str, Any]]:
    """Open the stream and yield ("chunk", chunk) as chunks arrive, or one ("whole", body).

    A reader thread sends the request and pulls the chunks, so a server that
    says nothing (or only keep-alive comments), before or during the answer,
    cannot block the caller past ``stall_seconds`` between tokens.
    """
    box: queue.Queue[tuple[str, Any]] = queue.Queue()
    opened: list[Any] = []

    def pump() -> None:
        try:
            stream = open_stream()
            opened.append(stream)
            response = stream.response
            if "text/event-stream" not in response.headers.get("content-type", "text/event-stream"):
                # The endpoint ignored "stream" and sent the whole answer at once.
                box.put(("whole", json.loads(response.read())))
                return
            for chunk in stream:
                box.put(("chunk", chunk))
            box.put(("end", None))
        except BaseException as e:  # noqa: BLE001 - handed over to the caller's thread
            box.put(("error", e))

    threading.Thread(target=pump, name="summarizer-stream", daemon=True).start()
    while True:
        try:
            kind, item = box.get(timeout=stall_seconds)
        except queue.Empty:
            request = None
            for stream in opened:
                request = stream.response.request
                # Closing tells the server we left; the reader thread ends with the connection.
                try:
                    stream.response.close()
                except Exception:  # noqa: BLE001,S110 - best effort, we are failing anyway
                    pass
            raise StallTimeout(stall_seconds, request) from None
        if kind == "error":
            raise item
        if kind == "end":
            return
        yield kind, item
        if kind == "whole":
            return


class _Assembly:
    """Chunks of one streamed chat completion, put back together."""

    def __init__(self) -> None:
        self.id = "chatcmpl-stream"
        self.model = ""
        self.created = 0
        self.content: list[str] = []
        self.role = "assistant"
        self.tool_calls: dict[int, dict[str, Any]] = {}
        self.finish_reason: str | None = None
        self.usage: dict[str, Any] | None = None
        self.tokens = 0  # content-bearing chunks: one token each on llama.cpp

    def add(self, chunk: Any) -> bool:
        """Take one chunk; True when it carried generated text."""
        self.id = chunk.id or self.id
        self.model = chunk.model or self.model
        self.created = chunk.created or self.created
        if getattr(chunk, "usage", None) is not None:
            self.usage = chunk.usage.model_dump()
        carried = False
        for choice in chunk.choices or []:
            if choice.index != 0:
                continue
            delta = choice.delta
            if delta.role:
                self.role = delta.role
            if delta.content:
                self.content.append(delta.content)
                carried = True
            for call in delta.tool_calls or []:
                slot = self.tool_calls.setdefault(
                    call.index, {"id": None, "type": "function", "function": {"name": "", "arguments": ""}})
                slot["id"] = call.id or slot["id"]
                if call.function is not None:
                    slot["function"]["name"] += call.function.name or ""
                    slot["function"]["arguments"] += call.function.arguments or ""
                    carried = carried or bool(call.function.arguments)
            if choice.finish_reason:
                self.finish_reason = choice.finish_reason
        self.tokens += carried
        return carried

    def completion(self, prompt_tokens: int | None) -> ChatCompletion:
        message: dict[str, Any] = {"role": self.role, "content": "".join(self.content) or None}
        if self.tool_calls:
            message["tool_calls"] = [
                {**slot, "id": slot["id"] or f"call_{i}"} for i, slot in sorted(self.tool_calls.items())]
        usage = self.usage or {
            "prompt_tokens": prompt_tokens or 0,
            "completion_tokens": self.tokens,
            "total_tokens": (prompt_tokens or 0) + self.tokens,
        }
        # An answer that never said why it ended was cut off.
        choices = [{"index": 0, "message": message, "finish_reason": self.finish_reason or "length"}]
        return ChatCompletion.model_validate({
            "id": self.id, "object": "chat.completion", "created": self.created,
            "model": self.model, "choices": choices if (self.content or self.tool_calls
                                                         or self.finish_reason) else [],
            "usage": usage,
        })


def streaming_create(
    client: openai.OpenAI,
    *,
    stall_seconds: Callable[[], float],
    on_tokens: Callable[[], TokenCallback | None],
    count_prompt: Callable[[list[dict[str, Any]]], int | None] | None = None,
) -> Callable[..., ChatCompletion]:
    """A drop-in for ``client.chat.completions.create`` that streams under the hood.

    Args:
        client: the OpenAI client.
        stall_seconds: read at each call: seconds without a token before giving up.
        on_tokens: read at each call: where to report tokens as they arrive.
        count_prompt: counts the prompt's tokens when the stream does not report
            usage (llama-cpp-python's server does not).
    """

    def create(*args: Any, **kwargs: Any) -> ChatCompletion:
        kwargs = {**kwargs, "stream": True}
        kwargs.setdefault("stream_options", {"include_usage": True})
        stall = stall_seconds()
        report = on_tokens()
        answer = _Assembly()
        for kind, item in _watched(lambda: client.chat.completions.create(*args, **kwargs), stall):
            if kind == "whole":
                return ChatCompletion.model_validate(item)
            if answer.add(item) and report is not None:
                report(answer.tokens)
        prompt_tokens = None
        if answer.usage is None and count_prompt is not None:
            prompt_tokens = count_prompt(kwargs.get("messages", []))
        return answer.completion(prompt_tokens)

    return create
