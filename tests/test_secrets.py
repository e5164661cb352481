"""The API key never lands anywhere we write: stdout, stderr, logs at any verbosity,
error messages, output records, the cache directory, or the cassettes.

The CLI runs with a sentinel key against the loopback fault server through
success and failure paths; then everything it could have written is searched.
The server's own log proves the key was really sent, so a pass means something.
"""

from __future__ import annotations

import logging
import os
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from summarizer.cli import main

from .conftest import CASSETTES, FIXTURES, SENTINEL_KEY
from .faultserver import FaultServer, good, malformed, status

ARTICLE = FIXTURES / "faults_en.txt"
GOOD = {"summary": "The council postponed the vote.", "quotes": [], "positions": [],
        "experts": [], "conditions": []}
# What would betray the key even when cut or masked by someone else's code.
FRAGMENTS = (SENTINEL_KEY, SENTINEL_KEY[3:], "summarizer-test-sentinel")

KEY_LIKE = re.compile(
    r"sk-[A-Za-z0-9_\-]{8,}"  # OpenAI-style keys
    r"|Bearer\s+[A-Za-z0-9._\-]{8,}"  # authorization header values
    r"|(?i:\b(?:authorization|api[-_]key|x-api-key)\b\s*[:=]\s*['\"]?[A-Za-z0-9._\-]{8,})"
)


def key_like(text: str) -> list[str]:
    """Key-shaped strings in ``text`` (the placeholder sent to keyless local servers is fine)."""
    return [m.group(0) for m in KEY_LIKE.finditer(text) if "sk-no-key-needed" not in m.group(0)]


def leaks(text: str) -> list[str]:
    return [f for f in FRAGMENTS if f in text]


def files_under(*folders: Path) -> list[Path]:
    return [p for folder in folders if folder.exists() for p in folder.rglob("*") if p.is_file()]


@pytest.fixture(autouse=True)
def restore_logging():
    """The CLI configures logging for its process; in-process runs must not leave a handler
    on a closed test stream (or debug levels) behind for the tests that follow."""
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    names = ("httpx", "httpx2", "httpcore", "openai", "instructor")
    levels = {n: logging.getLogger(n).level for n in names}
    yield
    root.handlers[:] = handlers
    root.setLevel(level)
    for n, lvl in levels.items():
        logging.getLogger(n).setLevel(lvl)


pytestmark = pytest.mark.usefixtures("no_sleep")


def run_cli(fs: FaultServer, workdir: Path, *extra: str, verbosity: str = "-vv"):
    env = {"OPENAI_API_KEY": SENTINEL_KEY, "OPENAI_BASE_URL": fs.base_url,
           "SUMMARIZER_MODEL": "fault-model"}
    runner = CliRunner()
    old = os.getcwd()
    os.chdir(workdir)  # anything written to the working directory is searched too
    try:
        return runner.invoke(main, ["summarize", verbosity, "--window", "0", "--retries", "2",
                                    *extra], env=env)
    finally:
        os.chdir(old)


SCENARIOS = {
    "success": ([], None),
    "batch_to_jsonl": ([], "batch"),
    "bad_key_401": ([status(401, message=f"Incorrect API key provided: {SENTINEL_KEY}")], None),
    "server_errors_exhausted": ([status(500, message=f"upstream rejected key {SENTINEL_KEY}")] * 2,
                                None),
    "bad_request_echoing_key": ([status(400, message=f"bad header Bearer {SENTINEL_KEY}")], None),
    "validation_failure": ([malformed()] * 2, None),
}


@pytest.mark.parametrize("verbosity", ["-vv", "-vvv"])
@pytest.mark.parametrize("scenario", sorted(SCENARIOS))
def test_sentinel_key_is_written_nowhere(tmp_path, scenario, verbosity):
    script, kind = SCENARIOS[scenario]
    work = tmp_path / "work"
    work.mkdir()
    with FaultServer(then=good(GOOD)) as fs:
        fs.script(*script)
        if kind == "batch":
            second = work / "second.txt"
            second.write_text("Article two.\n\nThe board said the plan is ready.\n", encoding="utf-8")
            result = run_cli(fs, work, "-o", "out.jsonl", str(ARTICLE), str(second),
                             verbosity=verbosity)
        else:
            result = run_cli(fs, work, "-o", "out.json", str(ARTICLE), verbosity=verbosity)
    # The key really went out, in the header where it belongs and nowhere else.
    sent = fs.chat_requests[0]
    assert sent.headers.get("authorization") == f"Bearer {SENTINEL_KEY}"
    assert not leaks(str(sent.body))
    expected = {"success": 0, "batch_to_jsonl": 0, "validation_failure": 1}.get(scenario, 3)
    assert result.exit_code == expected, result.stderr
    if expected:
        # -vvv turns on the libraries' own debug logs (with their tracebacks); below that,
        # a failure is one line.
        assert result.stderr.strip().splitlines()[-1].startswith("error: ")
        if verbosity == "-vv":
            assert "Traceback" not in result.stderr
    home = Path(os.environ["SUMMARIZER_HOME"])
    written = {"stdout": result.stdout, "stderr": result.stderr}
    for p in files_under(work, home):
        written[str(p)] = p.read_text(encoding="utf-8", errors="replace")
    if expected == 0:
        assert any(name.endswith((".json", ".jsonl")) for name in written)  # output was searched
    for name, text in written.items():
        assert not leaks(text), (name, text[:2000])
        assert not key_like(text), (name, key_like(text))


def test_log_redaction_covers_messages_arguments_and_tracebacks(capsys):
    from summarizer.cli import setup_logging as _setup_logging

    _setup_logging(3, SENTINEL_KEY)
    log = logging.getLogger("some.library")
    log.debug("request headers: %s", {"Authorization": f"Bearer {SENTINEL_KEY}"})
    try:
        raise RuntimeError(f"the server said: key {SENTINEL_KEY} is invalid")
    except RuntimeError:
        log.exception("call failed")
    err = capsys.readouterr().err
    assert "call failed" in err and "RuntimeError" in err  # the records did get out
    assert not leaks(err) and not key_like(err)


def test_key_in_a_config_file_is_refused_without_echoing_it(tmp_path):
    (tmp_path / "pyproject.toml").write_text(
        f'[tool.summarizer]\napi_key = "{SENTINEL_KEY}"\n', encoding="utf-8")
    old = os.getcwd()
    os.chdir(tmp_path)
    try:
        result = CliRunner().invoke(main, ["summarize", "-vv", str(ARTICLE)])
    finally:
        os.chdir(old)
    assert result.exit_code == 2
    assert "api_key does not belong in a file" in result.stderr
    assert not leaks(result.stderr + result.stdout)


def test_settings_repr_hides_the_key():
    from summarizer.config import Settings

    assert not leaks(repr(Settings(api_key=SENTINEL_KEY, base_url="http://127.0.0.1:1/v1")))


# --- cassettes ------------------------------------------------------------------


def test_no_cassette_holds_anything_key_like():
    found = {}
    for path in files_under(CASSETTES):
        text = path.read_text(encoding="utf-8", errors="replace")
        hits = leaks(text) + key_like(text)
        if hits:
            found[str(path.relative_to(CASSETTES))] = hits[:3]
    assert not found, found


@pytest.mark.parametrize(
    "planted",
    [
        SENTINEL_KEY,
        "sk-proj-AbCdEf0123456789xyz",
        "authorization:\n    - Bearer abcdefghijklmnop",
        "Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.payload",
        "api-key: 0123456789abcdef0123",
        "x-api-key: 'AbCdEfGhIjKlMnOp'",
    ],
)
def test_the_cassette_scan_would_catch_a_planted_key(planted):
    assert leaks(planted) or key_like(planted)


def test_the_cassette_scan_leaves_filtered_cassettes_alone():
    cleaned = "request:\n  headers:\n    Content-Type:\n    - application/json\n  uri: http://127.0.0.1/v1\n"
    assert not leaks(cleaned) and not key_like(cleaned)
