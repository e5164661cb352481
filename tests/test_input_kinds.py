"""Only regular files are read: pipes, devices, sockets and directories are refused before any read.

A FIFO with no writer would block a read (and an open without O_NONBLOCK)
forever, so these cases run the real command in a child process and give it
a bounded wait: a hang shows as a timeout, not as a stuck test run.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from summarizer import reading
from summarizer.cli import main

from .conftest import ROOT
from .test_bad_input import one_error_line

GOOD = "The council met on Tuesday.\n\n“We need more time,” said chair Ana Reyes.\n"
BOUND = 120  # seconds: far above a normal run, only there so a hang ends


def summarize(*args: str, stdin: bytes = b"") -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "SUMMARIZER_RAISE_ERRORS"}
    return subprocess.run([sys.executable, "-m", "summarizer", "summarize", "--engine", "rules",
                           "-f", "jsonl", *args], input=stdin.decode(), capture_output=True, text=True,
                          cwd=ROOT, env=env, timeout=BOUND)


def errors(stderr: str) -> list[str]:
    return [ln for ln in stderr.splitlines() if ln.startswith("error: ")]


@pytest.fixture
def fifo(tmp_path: Path) -> str:
    path = tmp_path / "pipe.txt"
    os.mkfifo(path)
    return str(path)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_named_pipe_is_refused_without_blocking(fifo):
    result = summarize(fifo)
    assert result.returncode == 2
    assert errors(result.stderr) == [f"error: {fifo}: is a named pipe (FIFO), not an article file "
                                     "(pass a regular file)"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_batch_with_a_named_pipe_goes_on_and_loses_nothing(fifo, tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = summarize(str(good), fifo, str(good), "-o", str(out))
    assert result.returncode == 2
    assert len(errors(result.stderr)) == 1 and "named pipe" in result.stderr
    assert len(out.read_text(encoding="utf-8").splitlines()) == 1  # the same article twice: once


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero")
def test_dev_zero_is_refused_before_any_read():
    result = summarize("/dev/zero")
    assert result.returncode == 2
    assert errors(result.stderr) == ["error: /dev/zero: is a character device, not an article file "
                                     "(pass a regular file)"]


def test_a_socket_is_refused(tmp_path):
    path = tmp_path / "s.sock"
    if len(str(path)) > 100 or not hasattr(socket, "AF_UNIX"):
        pytest.skip("no room for a unix socket path here")
    with socket.socket(socket.AF_UNIX) as sock:
        sock.bind(str(path))
        result = CliRunner().invoke(main, ["summarize", "--engine", "rules", str(path)])
    assert result.exit_code == 2
    one_error_line(result, f"{path}: is a socket, not an article file")


def test_a_directory_is_refused(tmp_path):
    result = CliRunner().invoke(main, ["summarize", "--engine", "rules", str(tmp_path)])
    assert result.exit_code == 2
    one_error_line(result, f"{tmp_path}: is a directory")


def test_the_size_limit_holds_while_reading_whatever_stat_says(tmp_path, monkeypatch):
    path = tmp_path / "grows.txt"
    path.write_text(GOOD * 10, encoding="utf-8")
    real = os.fstat

    def zero_size(fd: int) -> os.stat_result:  # as /proc files and growing files report
        st = real(fd)
        return os.stat_result((st.st_mode, *st[1:6], 0, *st[7:]))

    monkeypatch.setattr(reading.os, "fstat", zero_size)
    monkeypatch.setattr(reading, "MAX_BYTES", 100)
    result = CliRunner().invoke(main, ["summarize", "--engine", "rules", str(path)])
    assert result.exit_code == 2
    one_error_line(result, f"{path}: over the limit of 100 bytes")


def test_stdin_is_still_read(tmp_path):
    result = summarize("-", stdin=GOOD.encode())
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize("name,data", [("empty.txt", b""), ("binary.txt", b"\x00\x01 x"),
                                       ("latin1.txt", "Caf\u00e9 cr\u00e8me \u00e0".encode("latin-1"))])
def test_error_lines_name_the_file_once(tmp_path, name, data):
    path = tmp_path / name
    path.write_bytes(data)
    for args in ([str(path)], [str(path), str(path)]):  # alone, and in a batch
        result = CliRunner().invoke(main, ["summarize", "--engine", "rules", *args])
        lines = errors(result.stderr)
        assert lines and all(ln.count(name) == 1 for ln in lines), lines


def test_stdin_errors_name_it_once():
    result = CliRunner().invoke(main, ["summarize", "--engine", "rules", "-"], input=b"")
    assert one_error_line(result).count("<stdin>") == 1
