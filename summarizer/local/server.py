"""The embedded local model, served by llama-cpp-python on loopback.

With no provider configured, summarizer talks to llama-cpp-python's
OpenAI-compatible server on 127.0.0.1, so the rest of the pipeline never knows
the difference. ``LocalServer`` starts it on a free port in its own process
group, waits until ``GET /v1/models`` answers, and stops it (SIGTERM, then
SIGKILL) on exit, on error, on Ctrl-C, at interpreter exit, and (on Linux)
when the parent dies without cleaning up. Preparing the model file lives in
``model_file``.

Nothing here imports ``llama_cpp``: the runtime only ever runs as a child
process, so the test suite and hosted-provider users never need it.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType
from typing import IO, Any

from typing_extensions import Self

from ..errors import LocalModelError
from .model_file import (
    INSTALL_HINT,
    MODEL_ALIAS,
    MODEL_FILENAME,
    PROVIDER_HINT,
    ensure_model,
    looks_like_gguf,
    runtime_installed,
)
from .process import (
    SigtermHandler,
    die_with_parent,
    exit_on_sigterm,
    free_port,
    physical_cores,
    port_in_use,
    restore_sigterm,
    server_env,
    stop_group,
)


class _PortTaken(LocalModelError):
    """The server could not bind its port (someone took it after we picked it)."""


class LocalServer:
    """llama-cpp-python's OpenAI-compatible server as a child process on loopback.

    Use it as a context manager; the server is stopped when the block exits for
    any reason, including KeyboardInterrupt. ``start()`` on a running server is
    a no-op, so one server serves a whole batch.

    Attributes:
        base_url: e.g. ``"http://127.0.0.1:PORT/v1"``; valid once started.
        model: the name to send as ``model`` in requests.
        port: the port in use (chosen at start when not given).
        log_path: the server's combined stdout/stderr, when ``log_path`` was given.
    """

    def __init__(
        self,
        model_path: Path | None = None,
        *,
        host: str = "127.0.0.1",
        port: int | None = None,
        n_ctx: int = 8192,
        n_threads: int | None = None,
        command: list[str] | None = None,
        startup_timeout: float = 180.0,
        extra_args: Sequence[str] = (),
        log_path: Path | None = None,
        stop_grace: float = 0.5,
    ) -> None:
        """Configure, without starting anything.

        Args:
            model_path: a GGUF file; default: ``ensure_model()`` at start.
            host / port: where to listen; ``port=None`` picks a free port.
            n_ctx: context window in tokens.
            n_threads: CPU threads; default: the physical cores this process
                may use (llama.cpp's own default is half the logical CPUs, which
                halves speed on small machines without hyperthreads).
            command: replaces the launched argv (tests use a stand-in server);
                ``{port}`` and ``{host}`` in it are filled in.
            startup_timeout: seconds to wait for the server to answer.
            extra_args: appended to the llama_cpp.server command line.
            log_path: append the server's output here; default: a temp file
                that is read for error messages and discarded.
            stop_grace: seconds between SIGTERM and SIGKILL. Short: on SIGTERM
                uvicorn waits for the generation in flight to finish (about
                15 s to stop a run), and a model server has nothing to save.
        """
        self.model_path = Path(model_path) if model_path is not None else None
        self.host = host
        self.port = port
        self._requested_port = port
        self.n_ctx = n_ctx
        self.n_threads = n_threads or physical_cores()
        self.command = command
        self.startup_timeout = startup_timeout
        self.extra_args = list(extra_args)
        self.log_path = log_path
        self.stop_grace = stop_grace
        self.model = (
            MODEL_ALIAS
            if self.model_path is None or self.model_path.name == MODEL_FILENAME
            else self.model_path.stem
        )
        self._proc: subprocess.Popen[bytes] | None = None
        self._log: IO[bytes] | None = None
        self._log_start = 0
        self._sigterm_handler: SigtermHandler | None = None
        self._lock = threading.RLock()  # start() calls stop() on failure

    @property
    def base_url(self) -> str:
        """The OpenAI base URL of the running server."""
        if self.port is None:
            raise LocalModelError("the local model server has not been started")
        return f"http://{self.host}:{self.port}/v1"

    @property
    def pid(self) -> int | None:
        """The server process id while it runs."""
        return self._proc.pid if self._proc is not None else None

    @property
    def running(self) -> bool:
        """True while the server process is alive."""
        return self._proc is not None and self._proc.poll() is None

    def argv(self) -> list[str]:
        """The command line that ``start()`` runs (placeholders filled in)."""
        if self.port is None:
            raise LocalModelError("no port chosen yet; call start() first")
        if self.command is not None:
            return [
                a.replace("{port}", str(self.port)).replace("{host}", self.host)
                for a in self.command
            ]
        if self.model_path is None:
            raise LocalModelError("no model path; call start() or ensure_model() first")
        flags = {
            "--model": str(self.model_path),
            "--model_alias": self.model,
            "--host": self.host,
            "--port": str(self.port),
            "--n_ctx": str(self.n_ctx),
            "--n_threads": str(self.n_threads),
            "--n_threads_batch": str(self.n_threads),
            # The server defaults to logits for every prompt token (only logprobs
            # need them): an n_ctx x 152k-vocab float array (5 GB at 8k) and an
            # output-layer pass per prompt token. We never ask for logprobs.
            "--logits_all": "false",
        }
        pairs = [item for flag in flags.items() for item in flag]
        # llama_cpp.server, behind a guard for CPUs that advertise AMX but forbid it (see runtime).
        return [sys.executable, "-m", "summarizer.local.runtime", *pairs, *self.extra_args]

    def _check_runtime_and_model(self) -> None:
        if not runtime_installed():
            raise LocalModelError(
                "no provider is configured and the local model runtime "
                "(llama-cpp-python[server]) is not installed",
                hint=f"{INSTALL_HINT}, {PROVIDER_HINT}",
            )
        if self.model_path is None:
            self.model_path = ensure_model()
        elif not self.model_path.is_file():
            raise LocalModelError(f"model file not found: {self.model_path}")
        elif not looks_like_gguf(self.model_path):
            raise LocalModelError(f"not a GGUF model file: {self.model_path}")

    def start(self) -> Self:
        """Launch the server and wait until it answers; a no-op if it is running.

        Returns:
            self, so ``with LocalServer().start() as s`` and chaining work.

        Raises:
            LocalModelError: runtime or model missing, port taken, the process
                exited during startup (with the tail of its output), or it did
                not answer within ``startup_timeout``.
        """
        with self._lock:
            if self.running:
                return self
            if self.command is None:
                self._check_runtime_and_model()
            # A port we picked can be taken by someone else before the server
            # binds it; then pick another. A port the caller chose is theirs.
            attempts = 3 if self._requested_port is None else 1
            for attempt in range(1, attempts + 1):
                if self._requested_port is None:
                    self.port = free_port(self.host)
                elif port_in_use(self.host, self._requested_port):
                    raise LocalModelError(
                        f"port {self.port} on {self.host} is already in use",
                        hint="if a `summarizer local serve` runs there, point OPENAI_BASE_URL "
                        f"at http://{self.host}:{self.port}/v1; or pick another --port",
                    )
                self._launch()
                # Still under the lock: a concurrent start() must not return a
                # server that does not answer yet.
                try:
                    self._wait_ready()
                    return self
                except _PortTaken:
                    self.stop()
                    if attempt == attempts:
                        raise
                except BaseException:
                    self.stop()
                    raise
            raise AssertionError("unreachable")  # pragma: no cover

    def _launch(self) -> None:
        if self.log_path is not None:
            self.log_path.parent.mkdir(parents=True, exist_ok=True)
            self._log = self.log_path.open("a+b")
        else:
            # A file, not a pipe: llama.cpp logs a lot while loading and a pipe
            # nobody drains would block it.
            self._log = tempfile.TemporaryFile()  # noqa: SIM115 (closed by stop())
        self._log.seek(0, os.SEEK_END)
        self._log_start = self._log.tell()
        kwargs: dict[str, Any] = {}
        if os.name == "posix":
            # Own session: the terminal's Ctrl-C reaches only us, so we decide the
            # shutdown order, and killpg reaches anything the server spawned.
            kwargs["start_new_session"] = True
            # Parent-death signals follow the forking *thread*; from a worker
            # thread the server would die with that thread, so only from main.
            if threading.current_thread() is threading.main_thread():
                kwargs["preexec_fn"] = die_with_parent()
        else:
            kwargs["creationflags"] = subprocess.CREATE_NEW_PROCESS_GROUP  # type: ignore[attr-defined]
        try:
            self._proc = subprocess.Popen(
                self.argv(),
                env=server_env(os.environ),
                stdin=subprocess.DEVNULL,
                stdout=self._log,
                stderr=subprocess.STDOUT,
                **kwargs,
            )
        except OSError as e:
            self._close_log()
            raise LocalModelError(f"could not start the local model server: {e}") from e
        atexit.register(self.stop)
        self._sigterm_handler = exit_on_sigterm()

    def log_tail(self, lines: int = 20) -> str:
        """The last lines the server printed (for error messages)."""
        if self._log is None or self._log.closed:
            return ""
        self._log.flush()
        self._log.seek(0, os.SEEK_END)
        size = self._log.tell()
        self._log.seek(max(self._log_start, size - 8192))
        text = self._log.read().decode("utf-8", errors="replace")
        return "\n".join(text.splitlines()[-lines:])

    def _answers(self) -> bool:
        # No proxies: an HTTP_PROXY in the environment must not swallow loopback.
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
        try:
            with opener.open(f"{self.base_url}/models", timeout=2) as response:
                return response.status == 200
        except (urllib.error.URLError, OSError):
            return False

    def _wait_ready(self) -> None:
        deadline = time.monotonic() + self.startup_timeout
        while True:
            proc = self._proc
            if proc is None:
                raise LocalModelError("the local model server was stopped during startup")
            code = proc.poll()
            if code is not None:
                tail = self.log_tail()
                error = _PortTaken if "address already in use" in tail.lower() else LocalModelError
                raise error(
                    f"the local model server exited with code {code} during startup"
                    + (f":\n{tail}" if tail else ""),
                    hint=f"check the model file and that the runtime is installed ({INSTALL_HINT})",
                )
            if self._answers():
                return
            if time.monotonic() > deadline:
                tail = self.log_tail()
                raise LocalModelError(
                    f"the local model server did not answer within {self.startup_timeout:.0f} s"
                    + (f":\n{tail}" if tail else ""),
                )
            time.sleep(0.2)

    def wait(self, timeout: float | None = None) -> int | None:
        """Block until the server exits (or ``timeout`` passes); its exit code, or None.

        Ctrl-C still interrupts the wait, so ``local serve`` can block here.
        """
        proc = self._proc
        if proc is None:
            return None
        try:
            return proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            return None

    def stop(self) -> None:
        """Stop the server: SIGTERM to its process group, SIGKILL after the grace period.

        Safe to call more than once and from atexit.
        """
        with self._lock:
            proc, self._proc = self._proc, None
            if proc is not None:
                try:
                    stop_group(proc, self.stop_grace)
                finally:
                    with contextlib.suppress(Exception):
                        atexit.unregister(self.stop)
                    handler, self._sigterm_handler = self._sigterm_handler, None
                    restore_sigterm(handler)
            self._close_log()

    def _close_log(self) -> None:
        if self._log is not None:
            with contextlib.suppress(OSError):
                self._log.close()
            self._log = None

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()
