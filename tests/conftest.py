"""Shared fixtures.

Cassettes live in the top-level cassettes/<test module>/ and are recorded from
a real server (see README, "Re-recording cassettes"); the default run replays
only and blocks the network except loopback (fault-injection servers).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CASSETTES = ROOT / "cassettes"
EXAMPLES = ROOT / "examples"
FIXTURES = Path(__file__).resolve().parent / "data"

# The server cassettes were recorded from (`.ci/record`); replay needs the same URL.
RECORD_BASE_URL = os.environ.get("SUMMARIZER_RECORD_BASE_URL", "http://127.0.0.1:8765/v1")
RECORD_MODEL = "qwen2.5-coder-1.5b-instruct-q4_k_m"
# A key-shaped sentinel: sent while recording, must never be found in cassettes.
SENTINEL_KEY = "sk-summarizer-test-sentinel-0123456789abcdef"

_SECRET_HEADERS = ["authorization", "api-key", "x-api-key", "openai-organization", "openai-project",
                   "cookie", "set-cookie"]


@pytest.fixture(scope="module")
def vcr_config() -> dict:
    return {
        "filter_headers": [(h, None) for h in _SECRET_HEADERS],
        "match_on": ["method", "path", "body"],
        "decode_compressed_response": True,
    }


@pytest.fixture(scope="module")
def vcr_cassette_dir(request: pytest.FixtureRequest) -> str:
    return str(CASSETTES / request.module.__name__.split(".")[-1])


@pytest.fixture(autouse=True)
def _isolated_env(monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory) -> None:
    """No test sees the developer's provider settings or cache."""
    for var in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "SUMMARIZER_MODEL", "SUMMARIZER_MODE",
                "SUMMARIZER_ENGINE", "SUMMARIZER_WINDOW_CHARS", "SUMMARIZER_RAISE_ERRORS"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("SUMMARIZER_HOME", str(tmp_path_factory.mktemp("summarizer-home")))


@pytest.fixture
def recorded_settings():
    """Settings pointing at the recording server, with the sentinel key."""
    from summarizer.config import Settings

    return Settings(base_url=RECORD_BASE_URL, api_key=SENTINEL_KEY, model=RECORD_MODEL,
                    mode="llamacpp", profile="small", transport_attempts=1)
