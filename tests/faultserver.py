"""A loopback fault-injection server that speaks just enough of the OpenAI chat API.

This is NOT a model and NOT a recording. Tests script what it does next:

    with FaultServer() as fs:
        fs.script(status(429, retry_after=7), good({"quotes": []}))
        ...  # point the client at fs.base_url
        assert len(fs.requests) == 2

Each POST to ``/v1/chat/completions`` takes the next behaviour from the queue
(``then`` answers once the queue is empty) and every request is recorded
(path, headers, parsed JSON body) so tests can count attempts and read what a
re-ask sent back to the model. When a request asks for tool calls, a content
answer is returned as the arguments of a call to the requested tool, so the
same script drives the JSON and the tools modes.

The server binds 127.0.0.1 on a free port and runs in a daemon thread; a
``hang`` is released when the server stops, so no test waits for it.
"""

from __future__ import annotations

import json
import socket
import threading
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from typing_extensions import Self

USAGE = {"prompt_tokens": 11, "completion_tokens": 7, "total_tokens": 18}


@dataclass(frozen=True)
class Behaviour:
    """One scripted reaction to one request."""

    kind: str  # "status", "hang", "drop", "content", "no_choices", "raw", "stream"
    status: int = 200
    headers: tuple[tuple[str, str], ...] = ()
    content: str = ""
    finish_reason: str = "stop"
    seconds: float = 0.0
    body: bytes = b""
    stall_after: int | None = None  # "stream": pieces sent before going quiet
    piece: int = 4  # "stream": characters per event

    def __repr__(self) -> str:  # short, for assertion messages
        return f"<{self.kind} {self.status if self.kind == 'status' else self.content[:30]!r}>"


# --- behaviours ---------------------------------------------------------------


def status(code: int, *, retry_after: float | None = None, message: str | None = None) -> Behaviour:
    """An HTTP error with an OpenAI-style error body (and Retry-After when given)."""
    headers = (("Retry-After", f"{retry_after:g}"),) if retry_after is not None else ()
    body = {"error": {"message": message or f"injected HTTP {code}", "type": "injected", "code": code}}
    return Behaviour("status", status=code, headers=headers, body=json.dumps(body).encode())


def hang(seconds: float = 30.0) -> Behaviour:
    """Read the request, then say nothing for ``seconds`` (or until the server stops)."""
    return Behaviour("hang", seconds=seconds)


def drop() -> Behaviour:
    """Read the request, then close the connection without a response."""
    return Behaviour("drop")


def content(text: str, *, finish_reason: str = "stop") -> Behaviour:
    """A 200 answer whose message content is ``text``, exactly as given."""
    return Behaviour("content", content=text, finish_reason=finish_reason)


def good(answer: dict[str, Any]) -> Behaviour:
    """A well-formed answer: ``answer`` as JSON content."""
    return content(json.dumps(answer, ensure_ascii=False))


def malformed() -> Behaviour:
    """Content that is not JSON at all (a small model chatting instead of answering)."""
    return content('Sure! Here is the JSON you asked for: {"quotes": [ {"speaker": oops')


def control_chars(answer: dict[str, Any]) -> Behaviour:
    """Valid-looking JSON whose strings carry raw newlines and tabs (llama.cpp grammars allow them)."""
    text = json.dumps(answer, ensure_ascii=False)
    return content(text.replace("\\n", "\n").replace("\\t", "\t"))


def truncated(answer: dict[str, Any], *, cut: int) -> Behaviour:
    """The JSON of ``answer`` cut after ``cut`` characters, finish_reason "length"."""
    return content(json.dumps(answer, ensure_ascii=False)[:cut], finish_reason="length")


def wrong_shape() -> Behaviour:
    """Valid JSON, wrong shape: quotes is a string, positions lack required fields."""
    return content(json.dumps({"quotes": "none", "positions": [{"holder": 3}], "experts": {}}))


def streamed(answer: dict[str, Any], *, every: float = 0.0, stall_after: int | None = None,
             piece: int = 4) -> Behaviour:
    """``answer`` as JSON, streamed (server-sent events), ``piece`` characters per event.

    ``every`` seconds pass between events (a slow but steady server). With
    ``stall_after=n``, n events go out and then only keep-alive comments, as
    llama.cpp's server sends them, until the server stops (a stalled server).
    A request without ``"stream": true`` gets the same answer in one piece,
    after the time the events would have taken (or never, when it stalls).
    """
    return Behaviour("stream", content=json.dumps(answer, ensure_ascii=False), seconds=every,
                     stall_after=stall_after, piece=piece)


def no_choices() -> Behaviour:
    """A 200 answer with an empty ``choices`` list."""
    return Behaviour("no_choices")


def raw(code: int, body: bytes, content_type: str = "application/json") -> Behaviour:
    """Any status and body, sent as is."""
    return Behaviour("raw", status=code, body=body, headers=(("Content-Type", content_type),))


# --- the server ---------------------------------------------------------------


@dataclass
class Request:
    """What the server received."""

    path: str
    headers: dict[str, str]
    body: dict[str, Any] = field(default_factory=dict)

    @property
    def messages(self) -> list[dict[str, Any]]:
        return self.body.get("messages", [])

    @property
    def text(self) -> str:
        """All message contents joined: what the model was told."""
        return "\n".join(str(m.get("content") or "") for m in self.messages)


class FaultServer:
    """Scripted OpenAI-compatible server on 127.0.0.1; use as a context manager."""

    def __init__(self, then: Behaviour | Callable[[Request], Behaviour] | None = None) -> None:
        self.requests: list[Request] = []
        self.served: list[Behaviour] = []
        self._queue: deque[Behaviour] = deque()
        self._then = then
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # -- scripting --

    def script(self, *behaviours: Behaviour | Iterable[Behaviour]) -> FaultServer:
        """Queue behaviours, served one per request in order."""
        with self._lock:
            for b in behaviours:
                self._queue.extend([b] if isinstance(b, Behaviour) else b)
        return self

    def then(self, behaviour: Behaviour | Callable[[Request], Behaviour] | None) -> FaultServer:
        """What to do once the queue is empty (a behaviour, or a function of the request)."""
        self._then = behaviour
        return self

    def _next(self, request: Request) -> Behaviour:
        with self._lock:
            self.requests.append(request)
            if self._queue:
                b = self._queue.popleft()
            elif callable(self._then):
                b = self._then(request)
            elif self._then is not None:
                b = self._then
            else:
                b = status(500, message="fault server: script exhausted")
            self.served.append(b)
            return b

    @property
    def chat_requests(self) -> list[Request]:
        return [r for r in self.requests if r.path.endswith("/chat/completions")]

    # -- lifecycle --

    @property
    def base_url(self) -> str:
        assert self._httpd is not None, "server not started"
        return f"http://127.0.0.1:{self._httpd.server_address[1]}/v1"

    def start(self) -> FaultServer:
        server = self

        class Handler(_Handler):
            owner = server

        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._httpd.daemon_threads = True
        # A short poll keeps stop() quick (shutdown waits for the next poll).
        self._thread = threading.Thread(target=self._httpd.serve_forever, args=(0.02,),
                                        name="faultserver", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopping.set()  # releases hangs
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


class _Handler(BaseHTTPRequestHandler):
    owner: FaultServer
    protocol_version = "HTTP/1.1"

    def setup(self) -> None:
        super().setup()
        # Headers and body go out as two writes; without NODELAY, Nagle and
        # delayed ACKs add ~40 ms to every answer.
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def log_message(self, format: str, *args: object) -> None:  # quiet
        pass

    def do_GET(self) -> None:
        if self.path.rstrip("/").endswith("/models"):
            self._json(200, {"object": "list", "data": [{"id": "fault-model", "object": "model"}]})
        else:
            self._json(404, {"error": {"message": "not found"}})

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        data = self.rfile.read(length)
        try:
            body = json.loads(data or b"{}")
        except ValueError:
            body = {"_unparsed": data.decode("utf-8", "replace")}
        request = Request(self.path, {k.lower(): v for k, v in self.headers.items()}, body)
        if not self.path.endswith("/chat/completions"):
            self.owner.requests.append(request)
            self._json(404, {"error": {"message": f"no route {self.path}"}})
            return
        b = self.owner._next(request)
        if b.kind == "status":
            self._send(b.status, b.body, (("Content-Type", "application/json"), *b.headers))
        elif b.kind == "raw":
            self._send(b.status, b.body, b.headers)
        elif b.kind == "hang":
            self.owner._stopping.wait(b.seconds)
            self.close_connection = True
        elif b.kind == "drop":
            self.close_connection = True
            try:
                self.connection.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
        elif b.kind == "no_choices":
            self._json(200, _completion(body, choices=[]))
        elif b.kind == "stream" and body.get("stream"):
            self._stream(body, b)
        elif b.kind == "stream":
            # The same server, not asked to stream: the answer comes when it is done.
            pieces = -(-len(b.content) // b.piece)
            if b.stall_after is not None:
                self.owner._stopping.wait()
                self.close_connection = True
                return
            self.owner._stopping.wait(pieces * b.seconds)
            self._json(200, _completion(body, choices=[_choice(body, b.content, b.finish_reason)]))
        else:
            self._json(200, _completion(body, choices=[_choice(body, b.content, b.finish_reason)]))

    def _stream(self, body: dict[str, Any], b: Behaviour) -> None:
        self.close_connection = True  # the body ends when the connection does
        try:
            self.send_response(200)
            self.send_header("Content-Type", "text/event-stream")
            self.end_headers()
            pieces = [b.content[i:i + b.piece] for i in range(0, len(b.content), b.piece)]
            for n, piece in enumerate(pieces):
                if b.stall_after is not None and n >= b.stall_after:
                    while not self.owner._stopping.wait(0.2):
                        self.wfile.write(b": ping\r\n\r\n")
                        self.wfile.flush()
                    return
                self._event(_chunk(body, {"content": piece}, None))
                self.owner._stopping.wait(b.seconds)
            self._event(_chunk(body, {}, b.finish_reason))
            self.wfile.write(b"data: [DONE]\n\n")
            self.wfile.flush()
        except OSError:  # the client gave up first
            pass

    def _event(self, payload: dict[str, Any]) -> None:
        self.wfile.write(b"data: " + json.dumps(payload, ensure_ascii=False).encode() + b"\n\n")
        self.wfile.flush()

    def _json(self, code: int, payload: dict[str, Any]) -> None:
        self._send(code, json.dumps(payload, ensure_ascii=False).encode(),
                   (("Content-Type", "application/json"),))

    def _send(self, code: int, data: bytes, headers: Iterable[tuple[str, str]]) -> None:
        try:
            self.send_response(code)
            for k, v in headers:
                self.send_header(k, v)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)
        except OSError:  # the client gave up (timeout) first
            self.close_connection = True


def _completion(request: dict[str, Any], *, choices: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "id": "chatcmpl-fault",
        "object": "chat.completion",
        "created": 0,
        "model": request.get("model") or "fault-model",
        "choices": choices,
        "usage": dict(USAGE),
    }


def _chunk(request: dict[str, Any], delta: dict[str, Any], finish_reason: str | None) -> dict[str, Any]:
    return {"id": "chatcmpl-fault", "object": "chat.completion.chunk", "created": 0,
            "model": request.get("model") or "fault-model",
            "choices": [{"index": 0, "delta": delta, "finish_reason": finish_reason}]}


def _choice(request: dict[str, Any], text: str, finish_reason: str) -> dict[str, Any]:
    tools = request.get("tools") or []
    if tools:
        name = tools[0].get("function", {}).get("name", "answer")
        message: dict[str, Any] = {
            "role": "assistant",
            "content": None,
            "tool_calls": [{"id": "call_fault", "type": "function",
                            "function": {"name": name, "arguments": text}}],
        }
        reason = "tool_calls" if finish_reason == "stop" else finish_reason
    else:
        message = {"role": "assistant", "content": text}
        reason = finish_reason
    return {"index": 0, "message": message, "finish_reason": reason}
