"""Runs llama-cpp-python's OpenAI-compatible server, made safe for the CPU it lands on.

``LocalServer`` starts this module (``python -m summarizer.local.runtime
--model ...``) instead of ``llama_cpp.server``; the arguments are the
server's own. It is the only module that imports ``llama_cpp``, and it runs
only in that child process.

Some virtual machines advertise Intel AMX in the CPU flags but do not let
programs use it: llama.cpp then routes the weights through its AMX buffer and
the first matrix multiply dies of SIGILL (``tilezero``), so the first request
fails with a dropped connection. Where the CPU advertises AMX we keep the
weights in plain CPU buffers (``use_extra_bufts`` off: no AMX, no repacking);
elsewhere nothing changes.
"""

from __future__ import annotations

import sys
from pathlib import Path


def cpu_flags(cpuinfo: Path = Path("/proc/cpuinfo")) -> set[str]:
    """The CPU's feature flags as Linux reports them (empty elsewhere)."""
    try:
        text = cpuinfo.read_text(encoding="ascii", errors="replace")
    except OSError:
        return set()
    for line in text.splitlines():
        if line.startswith("flags"):
            return set(line.partition(":")[2].split())
    return set()


def extra_buffers_safe(flags: set[str]) -> bool:
    """False where llama.cpp would use AMX tiles, which the OS may not grant."""
    return not any(flag.startswith("amx") for flag in flags)


def main() -> None:
    import llama_cpp.llama_cpp as lib
    from llama_cpp.server.__main__ import main as serve

    if not extra_buffers_safe(cpu_flags()):
        defaults = lib.llama_model_default_params

        def plain_buffers():  # noqa: ANN202 - a ctypes struct
            params = defaults()
            params.use_extra_bufts = False
            return params

        lib.llama_model_default_params = plain_buffers
    sys.argv[0] = "llama_cpp.server"
    serve()


if __name__ == "__main__":
    main()
