"""Stopping a run on the embedded model: Ctrl-C, SIGTERM and kill -9 leave no server behind.

The real `summarizer summarize` command runs in a child process with the
embedded server replaced by the stand-in (tests/standin_server.py), which
never answers a chat request (a long generation) and ignores SIGTERM (as a
server busy generating is slow to honour it). No model is needed. Waits are
bounded so that a hang fails the test; nothing here asserts how fast.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from .conftest import ROOT
from .test_local import STANDIN, alive, wait_gone

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux signals and /proc")

RUN = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from summarizer import local
    from summarizer.cli import entry

    standin, pid_file, hang_file, model, article = sys.argv[1:6]

    class Standin(local.LocalServer):
        def __init__(self, model_path=None, **kw):
            super().__init__(model_path, command=[sys.executable, standin, "--port", "{port}",
                                                  "--hang", hang_file, "--ignore-sigterm"], **kw)

        def start(self):
            super().start()
            Path(pid_file).write_text(str(self.pid))
            return self

    local.LocalServer = Standin
    local.runtime_installed = lambda: True
    sys.argv = ["summarizer", "summarize", "--local-model", model, "-f", "json", article]
    entry()
    """
)


def start_run(tmp_path: Path) -> tuple[subprocess.Popen[str], int]:
    """A run blocked on the (stand-in) embedded model; its process and the server's pid."""
    model = tmp_path / "model.gguf"
    model.write_bytes(b"GGUF" + bytes(64))
    article = tmp_path / "a.txt"
    article.write_text("The council met on Tuesday.\n\n“We need more time,” said chair Ana Reyes.\n",
                       encoding="utf-8")
    pid_file, hang_file = tmp_path / "server.pid", tmp_path / "asked"
    env = {k: v for k, v in os.environ.items() if k != "SUMMARIZER_RAISE_ERRORS"}
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    run = subprocess.Popen([sys.executable, "-c", RUN, str(STANDIN), str(pid_file), str(hang_file),
                            str(model), str(article)], cwd=tmp_path, env=env, text=True,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60  # a bound on waiting, not a timing assertion
    while not hang_file.exists():
        if run.poll() is not None or time.monotonic() > deadline:
            run.kill()
            pytest.fail(f"the run never asked the model: {run.communicate()}")
        time.sleep(0.05)
    return run, int(pid_file.read_text())


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM])
def test_ctrl_c_or_sigterm_stops_the_run_and_its_server(tmp_path, sig):
    run, server = start_run(tmp_path)
    assert alive(server)
    run.send_signal(sig)
    out, err = run.communicate(timeout=60)
    assert run.returncode == 130, err
    assert err.strip().splitlines()[-1] == "error: interrupted"
    assert "Traceback" not in err
    assert wait_gone(server)


def test_no_server_is_left_when_the_run_is_killed(tmp_path):
    run, server = start_run(tmp_path)
    run.kill()  # no handler runs: only the parent-death signal can stop the server
    run.wait(timeout=60)
    assert wait_gone(server)
