"""Shared fixtures and helpers.

Cassettes live in the top-level cassettes/<test module>/ and are recorded from
a real server (see README, "Re-recording cassettes"); the default run replays
only and blocks the network except loopback (fault-injection servers).

Every test runs with none of the environment variables summarizer reads
(``config.ENV_VARS``) and with its own cache directory.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from summarizer.config import ENV_VARS

ROOT = Path(__file__).resolve().parent.parent
# SUMMARIZER_CASSETTES points the replay at a copy (tests/test_blanked.py blanks the answers in one).
CASSETTES = Path(os.environ.get("SUMMARIZER_CASSETTES") or ROOT / "cassettes")
EXAMPLES = ROOT / "examples"
FIXTURES = Path(__file__).resolve().parent / "data"

# The server cassettes were recorded from (`.ci/record`); replay needs the same URL.
RECORD_BASE_URL = os.environ.get("SUMMARIZER_RECORD_BASE_URL", "http://127.0.0.1:8765/v1")
RECORD_MODEL = "qwen2.5-coder-1.5b-instruct-q4_k_m"
# A key-shaped sentinel: sent while recording, must never be found in cassettes.
SENTINEL_KEY = "sk-summarizer-test-sentinel-0123456789abcdef"

_SECRET_HEADERS = ["authorization", "api-key", "x-api-key", "openai-organization", "openai-project",
                   "cookie", "set-cookie"]
# Read by the openai client summarizer builds: they would add headers to every request.
_CLIENT_ENV = ("OPENAI_ORG_ID", "OPENAI_PROJECT_ID")


# How an answer is framed (streamed as events, or sent whole) is transport, not
# content: a request matches a recording when everything else in its body is
# equal (messages, schema, model, limits). Recordings of streamed answers replay
# through the streaming path; older whole-answer recordings through the path
# for servers that ignore "stream", which the client supports anyway.
_FRAMING = ("stream", "stream_options")


def _answer_body(request: Any) -> Any:
    try:
        body = json.loads(request.body or b"{}")
    except (TypeError, ValueError):
        return request.body
    if isinstance(body, dict):
        for key in _FRAMING:
            body.pop(key, None)
    return body


def _same_answer_request(r1: Any, r2: Any) -> None:
    assert _answer_body(r1) == _answer_body(r2)


def pytest_recording_configure(config: pytest.Config, vcr: Any) -> None:
    vcr.register_matcher("answer_request", _same_answer_request)


@pytest.fixture(scope="module")
def vcr_config() -> dict:
    return {
        "filter_headers": [(h, None) for h in _SECRET_HEADERS],
        "match_on": ["method", "path", "answer_request"],
        "decode_compressed_response": True,
    }


@pytest.fixture(scope="module")
def vcr_cassette_dir(request: pytest.FixtureRequest) -> str:
    return str(CASSETTES / request.module.__name__.split(".")[-1])


@pytest.fixture(autouse=True)
def _isolated_env(monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory) -> None:
    """No test sees the developer's provider settings, prompts, limits or cache."""
    for var in (*ENV_VARS, *_CLIENT_ENV):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("SUMMARIZER_HOME", str(tmp_path_factory.mktemp("summarizer-home")))


@pytest.fixture
def recorded_settings():
    """Settings pointing at the recording server, with the sentinel key."""
    from summarizer.config import Settings

    return Settings(base_url=RECORD_BASE_URL, api_key=SENTINEL_KEY, model=RECORD_MODEL,
                    mode="llamacpp", profile="small", transport_attempts=1)


@pytest.fixture
def cli() -> Callable[..., Result]:
    """Run the CLI in-process: ``cli("summarize", path, input=b"...", env={...})``.

    click >= 8.2 keeps stderr apart from stdout in the result.
    """
    from summarizer.cli import main

    def invoke(*args: str, input: str | bytes | None = None, env: dict[str, str] | None = None) -> Result:
        return CliRunner().invoke(main, list(args), input=input, env=env)

    return invoke


@pytest.fixture
def no_sleep(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Transport backoff is recorded, not slept, in every LLM a test builds; returns the waits."""
    from summarizer.model import client

    waits: list[float] = []
    real = client.transport_policy
    monkeypatch.setattr(client, "transport_policy",
                        lambda settings, sleep=None: real(settings, sleep or waits.append))
    return waits


def one_error_line(output: Any, *fragments: str) -> str:
    """Assert that a failed run printed exactly one line, ``error: ...``, holding each fragment.

    ``output`` is a click Result or its stderr text. Returns the line.
    """
    stderr = getattr(output, "stderr", output)
    assert "Traceback" not in stderr
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    assert lines[0].startswith("error: "), lines[0]
    for f in fragments:
        assert f in lines[0], (f, lines[0])
    return lines[0]


def grounding_context(article: Any, candidates: Iterable[Any] | None = None, *, reasks_left: int = 0) -> Any:
    """A GroundingContext over the whole article.

    ``candidates`` (QuoteCues) default to the cues' quotes; their spans are the
    quote-marked spans free-text quotes must lie in.
    """
    from summarizer.cues import find_cues
    from summarizer.grounding.context import GroundingContext

    quotes = list(find_cues(article).quotes if candidates is None else candidates)
    return GroundingContext(article=article, candidates={q.id: q for q in quotes},
                            window=(0, len(article.text)), reasks_left=reasks_left,
                            sentence_range=(0, len(article.sentences) - 1),
                            quote_marks=tuple((q.start, q.end) for q in quotes))


def made_of_sentences(summary: str, sentences: Iterable[str]) -> bool:
    """The summary is whole article sentences, joined by spaces and the end marks ``join_sentences`` adds."""
    rest = summary
    for s in sorted(sentences, key=len, reverse=True):
        rest = rest.replace(s, "")
    return not rest.strip(" 。.")


def stance_holders(text: str) -> list[tuple[str, str]]:
    """(holder, stance) of every stance the rules engine finds in ``text``."""
    from summarizer.article import from_text
    from summarizer.cues import find_cues
    from summarizer.cues.stances import find_stances

    article = from_text(text)
    cues = find_cues(article)
    return [(s.holder, s.stance) for s in find_stances(article, cues.quotes, cues.experts)]
