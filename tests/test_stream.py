"""Streamed answers: a slow server that keeps producing tokens is waited for; a stalled one is not.

The fault server streams the answer a few characters per event. The timeout
(``--timeout`` / ``SUMMARIZER_TIMEOUT``) counts seconds without a token, not
the length of the answer. No assertion here is about time: the slow answer
is built to take several times the timeout in total, so a whole-answer
timeout would fail it.
"""

from __future__ import annotations

import pytest

from summarizer.errors import ProviderError
from summarizer.model.answers import Extraction

from .conftest import one_error_line
from .faultserver import FaultServer, good, streamed
from .test_faults import EMPTY_ANSWER, EN, GOOD, MESSAGES, cli_against, llm_for

pytestmark = pytest.mark.usefixtures("no_sleep")

TIMEOUT = 2.0
# About 9 events of 16 characters, TIMEOUT / 5 apart: the whole answer takes
# nearly twice the timeout, each token comes well within it.
SLOW = {**GOOD, "summary": "The council postponed the vote on ferry fares until spring."}
EVERY = TIMEOUT / 5
PIECE = 16


@pytest.fixture
def fs():
    with FaultServer() as server:
        yield server


def test_slow_but_steady_answer_is_not_cut_off(fs):
    fs.then(streamed(SLOW, every=EVERY, piece=PIECE))
    llm, _ = llm_for(fs, timeout=TIMEOUT, transport_attempts=1)
    seen: list[int] = []
    llm.on_tokens = seen.append
    result = llm.complete(MESSAGES, Extraction)
    assert result.value.grounded.summary == SLOW["summary"]
    assert len(fs.chat_requests) == 1 and fs.chat_requests[0].body["stream"] is True
    # Progress was reported as the tokens arrived, one call per piece.
    assert seen == list(range(1, len(seen) + 1)) and len(seen) * EVERY > TIMEOUT


def test_tokens_are_counted_from_the_stream_when_it_reports_no_usage(fs):
    fs.then(streamed(SLOW))
    llm, _ = llm_for(fs, mode="json")
    result = llm.complete(MESSAGES, Extraction)
    assert result.completion_tokens > 1 and result.attempts == 1


def test_stalled_stream_times_out_with_one_clear_line(fs):
    fs.then(streamed(EMPTY_ANSWER, stall_after=3))
    llm, _ = llm_for(fs, timeout=TIMEOUT, transport_attempts=2)
    with pytest.raises(ProviderError) as info:
        llm.complete(MESSAGES, Extraction)
    assert f"produced no token for {TIMEOUT:g} s (2 attempts)" in str(info.value)
    assert len(fs.chat_requests) == 2
    result = cli_against(fs, str(EN), "--timeout", str(TIMEOUT), "--retries", "1")
    assert result.exit_code == 3
    one_error_line(result.stderr, "produced no token", "SUMMARIZER_TIMEOUT")
    assert result.stdout == ""


def test_server_that_ignores_stream_is_answered_in_one_piece(fs):
    fs.then(good(GOOD))
    llm, _ = llm_for(fs)
    result = llm.complete(MESSAGES, Extraction)
    assert result.value.grounded.summary == GOOD["summary"]
    assert fs.chat_requests[0].body["stream"] is True
