"""The operating-system side of running the embedded server: ports, CPUs, environment, process groups.

Nothing here knows about llama.cpp; ``server.LocalServer`` uses these pieces.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
from collections.abc import Callable, Mapping
from types import FrameType

SigtermHandler = Callable[[int, FrameType | None], None]


def server_env(environ: Mapping[str, str]) -> dict[str, str]:
    """The server's environment: ours, with OpenMP threads that sleep when they wait.

    llama.cpp's OpenMP threads spin between operations by default; when
    another program wants the same cores (a build, a test suite, a CPU hog),
    a spinning thread holds up every other one. Measured on 2 cores at load 7-9:
    generation 0.2-3.0 tok/s spinning, 3.2-4.8 tok/s with passive waits. A
    value the user set wins.
    """
    return {"OMP_WAIT_POLICY": "PASSIVE", **environ}


def usable_cpus() -> int:
    """CPUs this process may run on (affinity, where the OS tells), not all the host has."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on macOS / Windows
        return max(1, os.cpu_count() or 1)


def physical_cores(cpuinfo: str | None = None) -> int:
    """Physical cores among the CPUs this process may run on: llama.cpp's best thread count.

    Two hyperthreads of one core share its arithmetic units, so a thread per
    logical CPU only adds contention. Linux names each CPU's core in
    /proc/cpuinfo (``physical id``, ``core id``); elsewhere, or when it does
    not, every usable CPU counts.
    """
    allowed = usable_cpus()
    try:
        text = cpuinfo if cpuinfo is not None else open("/proc/cpuinfo", encoding="ascii", errors="replace").read()
        mine = os.sched_getaffinity(0) if cpuinfo is None else None
    except (OSError, AttributeError):
        return allowed
    cores: set[tuple[str, str]] = set()
    for block in text.split("\n\n"):
        fields = dict(line.split(":", 1) for line in block.splitlines() if ":" in line)
        fields = {k.strip(): v.strip() for k, v in fields.items()}
        if "processor" not in fields or "core id" not in fields:
            continue
        if mine is not None and int(fields["processor"]) not in mine:
            continue
        cores.add((fields.get("physical id", "0"), fields["core id"]))
    return max(1, min(len(cores), allowed)) if cores else allowed


def free_port(host: str = "127.0.0.1") -> int:
    """A TCP port that is free on ``host`` right now (the OS picks it)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])


def port_in_use(host: str, port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        # As uvicorn does: a port whose last server just exited (TIME_WAIT) is free.
        if os.name == "posix":
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((host, port))
        except OSError:
            return True
    return False


def die_with_parent() -> Callable[[], None] | None:
    """A preexec_fn asking Linux to SIGKILL the child when its parent dies.

    This is the one case atexit and signal handlers cannot cover (the parent is
    SIGKILLed or crashes). SIGKILL, not SIGTERM: the server holds nothing worth
    a graceful shutdown, and uvicorn's waits for the request in flight, whose
    client is gone.
    """
    if not sys.platform.startswith("linux"):
        return None
    import ctypes

    try:
        libc = ctypes.CDLL(None, use_errno=True)  # resolved before fork, not in the child
        prctl = libc.prctl
    except (OSError, AttributeError):
        return None
    parent = os.getpid()
    pr_set_pdeathsig = 1

    def preexec() -> None:
        prctl(pr_set_pdeathsig, int(signal.SIGKILL), 0, 0, 0)
        if os.getppid() != parent:  # the parent died before prctl took effect
            os._exit(1)

    return preexec


def stop_group(proc: subprocess.Popen[bytes], grace: float) -> None:
    """SIGTERM the process group, SIGKILL after ``grace`` seconds, and reap the leader."""
    if proc.poll() is None:
        _signal(proc, hard=False)
        try:
            proc.wait(timeout=grace)
        except subprocess.TimeoutExpired:
            pass
        except KeyboardInterrupt:
            # A second Ctrl-C while waiting: stop politely asking.
            _signal(proc, hard=True)
            proc.wait()
            raise
    # Even after the leader exits, strays in its group must go too.
    _signal(proc, hard=True)
    proc.wait()


def _signal(proc: subprocess.Popen[bytes], *, hard: bool) -> None:
    try:
        if os.name == "posix":
            os.killpg(proc.pid, signal.SIGKILL if hard else signal.SIGTERM)
        elif hard:
            proc.kill()
        else:
            proc.terminate()
    except (ProcessLookupError, PermissionError):
        pass  # already gone


def exit_on_sigterm() -> SigtermHandler | None:
    """Turn SIGTERM into SystemExit so ``with`` blocks and atexit still run; the handler set, if any.

    Only when nobody else handles SIGTERM and we are in the main thread
    (Python allows handlers nowhere else); :func:`restore_sigterm` undoes it.
    """
    if threading.current_thread() is not threading.main_thread():
        return None
    if signal.getsignal(signal.SIGTERM) is not signal.SIG_DFL:
        return None

    def on_sigterm(signum: int, frame: FrameType | None) -> None:
        raise SystemExit(128 + signum)

    signal.signal(signal.SIGTERM, on_sigterm)
    return on_sigterm


def restore_sigterm(handler: SigtermHandler | None) -> None:
    """Put the default SIGTERM back, if ``handler`` (ours) is still the one installed."""
    if handler is None or threading.current_thread() is not threading.main_thread():
        return
    if signal.getsignal(signal.SIGTERM) is handler:  # leave anyone else's handler alone
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
