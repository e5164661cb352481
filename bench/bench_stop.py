"""How long a run on the embedded model takes to stop: Ctrl-C, SIGTERM, kill -9.

    python bench/bench_stop.py        # 3 runs per signal
    python bench/bench_stop.py 5

Each run is the real `summarizer summarize` command with the embedded server
replaced by the stand-in (tests/standin_server.py), which never answers a chat
request and ignores SIGTERM, like a llama.cpp server busy generating. For each
signal it prints the seconds from the signal until the run has exited and until
the server is gone (no model needed; see tests/test_stop.py for the checks).
"""

from __future__ import annotations

import signal
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.test_local import alive  # noqa: E402
from tests.test_stop import start_run  # noqa: E402


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    print("signal   run exited (s)   server gone (s)")
    for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGKILL):
        for _ in range(runs):
            run, server = start_run(Path(tempfile.mkdtemp()))
            t0 = time.monotonic()
            run.send_signal(sig)
            run.wait()
            t1 = time.monotonic()
            while alive(server):
                time.sleep(0.01)
            print(f"{sig.name:8} {t1 - t0:14.2f}   {time.monotonic() - t0:15.2f}", flush=True)


if __name__ == "__main__":
    main()
