"""STAND-IN for llama_cpp.server, used only by the LocalServer lifecycle tests.

This is not a model and not a recording: it is a tiny stdlib HTTP server that
behaves like an OpenAI-compatible server *process* (listens on a port, answers
``GET /v1/models``, returns a fixed body for ``POST /v1/chat/completions``) so
tests can exercise start, readiness, reuse, stop and orphan cleanup without
llama-cpp-python or the model. Cassettes are recorded from a real server,
never from this one.

Options steer the failure modes the tests need:
  --fail MESSAGE      print MESSAGE to stderr and exit 1 before listening
  --never-ready       listen, but answer every request with 503
  --ignore-sigterm    ignore SIGTERM (so the caller must escalate to SIGKILL)
  --grandchild FILE   spawn a sleeping grandchild and write its pid to FILE
  --hang FILE         on a chat request, create FILE and never answer (a long generation)
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

ALIAS = "standin"


def fixed_completion() -> dict[str, object]:
    """The one answer this stand-in ever gives."""
    return {
        "id": "chatcmpl-standin",
        "object": "chat.completion",
        "created": 0,
        "model": ALIAS,
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": "{}"},
                "finish_reason": "stop",
            }
        ],
        "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
    }


class Handler(BaseHTTPRequestHandler):
    never_ready = False
    hang: str | None = None

    def _send(self, status: int, body: dict[str, object]) -> None:
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        # Lets tests see which process answered (reuse means the same pid).
        self.send_header("X-Standin-Pid", str(os.getpid()))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self) -> None:
        if self.never_ready:
            self._send(503, {"error": "loading"})
        elif self.path == "/v1/models":
            self._send(200, {"object": "list", "data": [{"id": ALIAS, "object": "model"}]})
        else:
            self._send(404, {"error": "not found"})

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        self.rfile.read(length)
        if self.never_ready:
            self._send(503, {"error": "loading"})
        elif self.path == "/v1/chat/completions" and self.hang:
            open(self.hang, "w").close()
            threading.Event().wait()
        elif self.path == "/v1/chat/completions":
            self._send(200, fixed_completion())
        else:
            self._send(404, {"error": "not found"})

    def log_message(self, format: str, *args: object) -> None:
        sys.stderr.write("standin: " + format % args + "\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--fail")
    parser.add_argument("--never-ready", action="store_true")
    parser.add_argument("--ignore-sigterm", action="store_true")
    parser.add_argument("--grandchild")
    parser.add_argument("--hang")
    args = parser.parse_args()

    print(f"standin: starting pid={os.getpid()}", file=sys.stderr, flush=True)
    if args.fail:
        print(args.fail, file=sys.stderr, flush=True)
        sys.exit(1)
    if args.ignore_sigterm:
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
    if args.grandchild:
        child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(3600)"])
        with open(args.grandchild, "w") as fh:
            fh.write(str(child.pid))
    Handler.never_ready = args.never_ready
    Handler.hang = args.hang
    server = ThreadingHTTPServer((args.host, args.port), Handler)
    print(f"standin: listening on {args.host}:{args.port}", file=sys.stderr, flush=True)
    try:
        server.serve_forever()
    finally:
        server.server_close()


if __name__ == "__main__":
    main()
