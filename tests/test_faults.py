"""Fault injection: every way a provider or a model can misbehave, and what we do about it.

Transport failures (429, 5xx, hangs, dropped connections) are retried by the
tenacity policy; answers that parse badly or fail the schema are re-asked by
instructor with the reason; what outlasts either becomes one clear error with
the right exit code. The server is tests/faultserver.py on 127.0.0.1; waits are
recorded through an injected sleep, never slept, and nothing here times itself.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from summarizer.article import load_path
from summarizer.cli import main
from summarizer.config import Settings
from summarizer.errors import ExtractionError, ProviderError
from summarizer.model.answers import MAX_QUOTES, Extraction
from summarizer.model.client import LLM
from summarizer.pipeline import Summarizer

from .conftest import FIXTURES, SENTINEL_KEY, one_error_line
from .faultserver import (
    USAGE,
    FaultServer,
    Request,
    content,
    control_chars,
    drop,
    good,
    hang,
    malformed,
    no_choices,
    status,
    truncated,
    wrong_shape,
)

EN = FIXTURES / "faults_en.txt"
ZH = FIXTURES / "faults_zh.txt"
EMPTY_ANSWER = {"summary": "", "quotes": [], "positions": [], "experts": [], "conditions": []}
GOOD = {**EMPTY_ANSWER, "summary": "The council postponed the ferry fare vote."}
MESSAGES = [{"role": "user", "content": "Extract from the article."}]


@pytest.fixture
def fs():
    with FaultServer() as server:
        yield server


# The CLI builds its own LLM: its backoff waits are recorded instead of slept.
pytestmark = pytest.mark.usefixtures("no_sleep")


def settings_for(fs: FaultServer, **changes) -> Settings:
    base = {"base_url": fs.base_url, "api_key": SENTINEL_KEY, "model": "fault-model",
            "mode": "llamacpp", "transport_attempts": 3, "transport_max_seconds": 60.0,
            "timeout": 5.0, "max_reasks": 1, "window_chars": 0}
    return Settings(**{**base, **changes})


def llm_for(fs: FaultServer, **changes) -> tuple[LLM, list[float]]:
    waits: list[float] = []
    return LLM(settings_for(fs, **changes), sleep=waits.append), waits


def cli(*args: str, env: dict[str, str] | None = None):
    """Run the CLI in-process; click >= 8.2 keeps stderr apart from stdout."""
    return CliRunner().invoke(main, list(args), env={"OPENAI_API_KEY": SENTINEL_KEY, **(env or {})})


def cli_against(fs: FaultServer, *args: str, **kw):
    return cli("summarize", "--base-url", fs.base_url, "-m", "fault-model", "--window", "0",
               "--retries", "2", *args, **kw)


# --- transport: retried ------------------------------------------------------


@pytest.mark.parametrize("mode", ["llamacpp", "tools"])
def test_429_is_retried_after_the_wait_the_server_asked_for(fs, mode):
    fs.script(status(429, retry_after=7), good(GOOD))
    llm, waits = llm_for(fs, mode=mode)
    result = llm.complete(MESSAGES, Extraction)
    assert result.value.summary == GOOD["summary"]
    assert waits == [7.0]  # Retry-After, not the (shorter) backoff
    assert len(fs.chat_requests) == 2
    assert result.attempts == 2


def test_retry_after_ms_header_is_honoured_too(fs):
    from .faultserver import Behaviour

    fs.script(Behaviour("status", status=429, headers=(("retry-after-ms", "2500"),),
                        body=b'{"error": {"message": "slow down"}}'), good(GOOD))
    llm, waits = llm_for(fs)
    llm.complete(MESSAGES, Extraction)
    assert waits == [2.5]


@pytest.mark.parametrize("code", [500, 502, 503, 504])
def test_server_errors_are_retried_and_succeed(fs, code):
    fs.script(status(code), good(GOOD))
    llm, waits = llm_for(fs)
    result = llm.complete(MESSAGES, Extraction)
    assert result.value.summary == GOOD["summary"]
    assert len(fs.chat_requests) == 2 and len(waits) == 1


def test_backoff_grows_exponentially_with_jitter(fs):
    fs.script(*[status(503)] * 4, good(GOOD))
    llm, waits = llm_for(fs, transport_attempts=5)
    llm.complete(MESSAGES, Extraction)
    assert len(waits) == 4
    for n, w in enumerate(waits):
        full = 0.5 * 2**n
        assert full / 2 <= w <= full, (n, w)  # jitter keeps it in [half, full] of the step


def test_hang_past_the_client_timeout_is_retried(fs):
    fs.script(hang(30), good(GOOD))
    llm, waits = llm_for(fs, timeout=0.5)
    result = llm.complete(MESSAGES, Extraction)
    assert result.value.summary == GOOD["summary"]
    assert len(fs.chat_requests) == 2 and len(waits) == 1


def test_dropped_connection_is_retried(fs):
    fs.script(drop(), good(GOOD))
    llm, waits = llm_for(fs)
    result = llm.complete(MESSAGES, Extraction)
    assert result.value.summary == GOOD["summary"]
    assert len(fs.chat_requests) == 2 and len(waits) == 1


def test_the_openai_clients_own_retries_are_off(fs):
    """One tenacity loop only: with 1 attempt configured, exactly 1 request goes out."""
    fs.script(status(503))
    llm, waits = llm_for(fs, transport_attempts=1)
    with pytest.raises(ProviderError):
        llm.complete(MESSAGES, Extraction)
    assert len(fs.chat_requests) == 1 and waits == []


# --- transport: given up -----------------------------------------------------


def test_retries_exhausted_raise_provider_error_with_the_attempts(fs):
    fs.script(*[status(500)] * 3)
    llm, waits = llm_for(fs, transport_attempts=3)
    with pytest.raises(ProviderError) as info:
        llm.complete(MESSAGES, Extraction)
    e = info.value
    assert e.exit_code == 3 and e.status_code == 500 and e.attempts == 3
    assert "after 3 attempts" in str(e) and "injected HTTP 500" in str(e)
    assert len(fs.chat_requests) == 3 and len(waits) == 2


def test_retries_exhausted_via_cli_is_exit_3_and_one_line(fs):
    fs.then(status(503))
    result = cli_against(fs, str(EN))
    assert result.exit_code == 3
    one_error_line(result.stderr, "faults_en.txt", "after 2 attempts", "HTTP 503")
    assert result.stdout == ""
    assert len(fs.chat_requests) == 2  # --retries 2, then the run stops


def test_rate_limit_longer_than_the_retry_budget_fails_at_once(fs):
    fs.script(status(429, retry_after=1000))
    llm, waits = llm_for(fs, transport_max_seconds=60)
    with pytest.raises(ProviderError) as info:
        llm.complete(MESSAGES, Extraction)
    assert waits == []  # never started a wait it could not finish
    assert "429" in str(info.value) and "1000 s" in str(info.value)
    assert "SUMMARIZER_RETRY_SECONDS" in info.value.one_line()


def test_retry_seconds_flag_and_env_reach_the_policy(fs):
    fs.then(status(429, retry_after=30))
    result = cli_against(fs, str(EN), "--retries", "5", "--retry-seconds", "10")
    assert result.exit_code == 3
    assert len(fs.chat_requests) == 1  # 30 s asked, 10 s allowed: no second try
    fs.requests.clear()
    result = cli_against(fs, str(EN), "--retries", "5", env={"SUMMARIZER_RETRY_SECONDS": "10"})
    assert result.exit_code == 3 and len(fs.chat_requests) == 1


def test_hang_every_time_is_a_provider_error_naming_the_timeout(fs):
    fs.then(hang(30))
    llm, _ = llm_for(fs, timeout=0.5, transport_attempts=2)
    with pytest.raises(ProviderError) as info:
        llm.complete(MESSAGES, Extraction)
    assert "produced no token for 0.5 s" in str(info.value)
    assert info.value.attempts == 2 and len(fs.chat_requests) == 2
    assert "SUMMARIZER_TIMEOUT" in info.value.one_line()


def test_connection_dropped_every_time_is_a_provider_error(fs):
    fs.then(drop())
    llm, _ = llm_for(fs, transport_attempts=2)
    with pytest.raises(ProviderError) as info:
        llm.complete(MESSAGES, Extraction)
    assert "cannot reach 127.0.0.1 (2 attempts)" in str(info.value)


def test_nothing_listening_is_exit_3_cannot_reach(tmp_path):
    with FaultServer() as dead:
        url = dead.base_url  # a port that is free once the server stops
    result = cli("summarize", "--base-url", url, "-m", "m", "--retries", "1", str(EN))
    assert result.exit_code == 3
    one_error_line(result.stderr, "cannot reach 127.0.0.1", "OPENAI_BASE_URL")


@pytest.mark.parametrize(
    ("code", "says"),
    [
        (400, "HTTP 400"),
        (401, "refused the API key (401)"),
        (403, "denied access (403)"),
        (404, "does not know model 'fault-model'"),
    ],
)
def test_client_errors_are_never_retried_and_say_what_is_wrong(fs, code, says):
    fs.then(status(code))
    llm, waits = llm_for(fs, transport_attempts=5)
    with pytest.raises(ProviderError) as info:
        llm.complete(MESSAGES, Extraction)
    assert says in str(info.value)
    assert len(fs.chat_requests) == 1 and waits == []
    result = cli_against(fs, str(EN), "--retries", "5")
    assert result.exit_code == 3
    one_error_line(result.stderr, says)


# --- validation: re-asked ----------------------------------------------------


@pytest.mark.parametrize("mode", ["llamacpp", "tools"])
def test_malformed_json_is_re_asked_with_the_reason_and_succeeds(fs, mode):
    fs.script(malformed(), good(GOOD))
    llm, waits = llm_for(fs, mode=mode)
    result = llm.complete(MESSAGES, Extraction)
    assert result.value.summary == GOOD["summary"]
    assert waits == []  # a re-ask, not a transport retry
    first, second = fs.chat_requests
    assert "Invalid JSON" not in first.text
    assert "Invalid JSON" in second.text  # the reason went back to the model
    assert "Here is the JSON you asked for" in json.dumps(second.messages)  # with its answer
    assert result.attempts == 2
    assert result.prompt_tokens == 2 * USAGE["prompt_tokens"]


@pytest.mark.parametrize("mode", ["llamacpp", "tools"])
def test_wrong_shape_is_re_asked_with_the_reason_and_succeeds(fs, mode):
    fs.script(wrong_shape(), good(GOOD))
    llm, _ = llm_for(fs, mode=mode)
    result = llm.complete(MESSAGES, Extraction)
    assert result.value.summary == GOOD["summary"]
    reask = fs.chat_requests[1].text
    assert "quotes" in reask and "Input should be a valid" in reask
    assert "positions.0.stance" in reask and "Field required" in reask


def test_re_asks_exhausted_carry_attempts_last_raw_and_tokens(fs):
    long_garbage = "I cannot answer in JSON, sorry. " * 40  # > 500 characters
    fs.then(content(long_garbage))
    llm, _ = llm_for(fs, max_reasks=2)
    with pytest.raises(ExtractionError) as info:
        llm.complete(MESSAGES, Extraction)
    e = info.value
    assert e.exit_code == 1
    assert e.attempts == 3 == len(fs.chat_requests)  # 1 ask + 2 re-asks
    assert e.last_raw == long_garbage[:500]  # the last answer, truncated
    assert e.prompt_tokens == 3 * USAGE["prompt_tokens"]
    assert e.completion_tokens == 3 * USAGE["completion_tokens"]
    assert "failed validation after 3 attempts" in str(e)


def test_re_asks_exhausted_via_cli_is_exit_1_and_one_line(fs):
    fs.then(malformed())
    result = cli_against(fs, str(EN), "--max-reasks", "1")
    assert result.exit_code == 1
    one_error_line(result.stderr, "failed validation", "Invalid JSON")
    assert len(fs.chat_requests) == 2


def test_max_reasks_zero_means_no_re_ask(fs):
    fs.then(malformed())
    llm, _ = llm_for(fs, max_reasks=0)
    with pytest.raises(ExtractionError):
        llm.complete(MESSAGES, Extraction)
    assert len(fs.chat_requests) == 1


@pytest.mark.parametrize("mode", ["llamacpp", "tools"])
def test_raw_control_characters_in_strings_are_tolerated(fs, mode):
    fs.script(control_chars({**GOOD, "summary": "Line one\nline two\tend"}))
    llm, _ = llm_for(fs, mode=mode)
    result = llm.complete(MESSAGES, Extraction)
    assert result.value.summary == "Line one\nline two\tend"
    assert len(fs.chat_requests) == 1  # repaired, not re-asked
    raw = fs.served[0].content
    assert "\n" in raw and "\t" in raw  # the server really sent raw control characters


def test_truncated_answer_keeps_its_complete_part(fs):
    answer = {**GOOD, "quotes": [{"speaker": "Dana Okafor", "text": "We will not raise fares"},
                                 {"speaker": "Priya Raman", "text": "two months of revenue"}]}
    text = json.dumps(answer)
    cut = text.index("Priya") + 3  # inside the second quote
    fs.script(truncated(answer, cut=cut))
    llm, _ = llm_for(fs)
    result = llm.complete(MESSAGES, Extraction)
    assert [q.speaker for q in result.value.quotes] == ["Dana Okafor"]
    assert any("token limit" in n for n in result.warnings)


def test_truncated_answer_with_nothing_usable_is_a_clear_failure(fs):
    fs.then(truncated(GOOD, cut=9))  # '{"summary'
    llm, _ = llm_for(fs)
    with pytest.raises(ExtractionError) as info:
        llm.complete(MESSAGES, Extraction)
    assert "cut at the token limit" in str(info.value)
    assert info.value.last_raw == json.dumps(GOOD)[:9]
    result = cli_against(fs, str(EN))
    assert result.exit_code == 1
    one_error_line(result.stderr, "cut at the token limit", "max_tokens")


def test_empty_choices_list_is_a_clear_error(fs):
    fs.then(no_choices())
    llm, _ = llm_for(fs)
    with pytest.raises(ExtractionError) as info:
        llm.complete(MESSAGES, Extraction)
    assert "no choices" in str(info.value)
    result = cli_against(fs, str(EN))
    assert result.exit_code == 1
    one_error_line(result.stderr, "answered with no choices")


# --- grounding: re-asked, then dropped --------------------------------------

INVENTED = "We will double every fare next week."
ARTICLE_QUOTE = "We will not raise fares before the new pier is finished"


def _answer_with_quote(text: str, speaker: str = "Dana Okafor") -> dict:
    return {**EMPTY_ANSWER, "quotes": [{"text": text, "speaker": speaker}]}


def _by_task(extract: list, summary: dict):
    """Extraction answers in order for window calls; the summary call gets ``summary``."""
    queue = list(extract)

    def respond(request: Request):
        if '"summary"' in request.text and "Leave \"summary\" empty" not in request.text:
            return good(summary)
        return queue.pop(0) if queue else good(EMPTY_ANSWER)

    return respond


def test_ungrounded_quote_is_re_asked_then_dropped_never_emitted(fs):
    fs.then(_by_task([good(_answer_with_quote(INVENTED))] * 2, GOOD))
    with Summarizer(settings_for(fs, max_reasks=1)) as run:
        result = run.summarize(load_path(EN))
    extract_calls = [r for r in fs.chat_requests if "Leave \"summary\" empty" in r.text]
    assert len(extract_calls) == 2
    assert "not in the article" in extract_calls[1].text and INVENTED[:30] in extract_calls[1].text
    emitted = json.dumps(result.model_dump(mode="json", exclude={"warnings"}), ensure_ascii=False)
    assert INVENTED not in emitted
    assert all(q.text == load_path(EN).text[q.span[0]:q.span[1]] for q in result.quotes)


def test_ungrounded_quote_dropped_is_recorded_in_warnings(fs):
    fs.then(_by_task([good(_answer_with_quote(INVENTED))] * 2, GOOD))
    with Summarizer(settings_for(fs, max_reasks=1)) as run:
        result = run.summarize(load_path(EN))
    assert any(INVENTED[:30] in (w.item or "") + w.message for w in result.warnings)


def test_re_ask_with_the_reason_lets_the_model_fix_its_quote(fs):
    fs.then(_by_task([good(_answer_with_quote(INVENTED)),
                      good(_answer_with_quote(ARTICLE_QUOTE))], GOOD))
    with Summarizer(settings_for(fs, max_reasks=1, cues=False)) as run:
        result = run.summarize(load_path(EN))
    text = load_path(EN).text
    [quote] = result.quotes
    assert quote.text == ARTICLE_QUOTE == text[quote.span[0]:quote.span[1]]
    assert quote.match == "exact" and quote.speaker == "Dana Okafor"


def test_chinese_quote_is_grounded_after_a_transport_retry(fs):
    zh_quote = "新码头完工之前，我们不会提高票价。"
    fs.script(status(503))
    fs.then(_by_task([good(_answer_with_quote(zh_quote, "奥卡福"))],
                     {"summary": "西湾港口委员会推迟了渡轮票价表决。"}))
    waits: list[float] = []
    with Summarizer(settings_for(fs, cues=False)) as run:
        run._llm = LLM(run.settings, sleep=waits.append)
        result = run.summarize(load_path(ZH))
    text = load_path(ZH).text
    [quote] = result.quotes
    assert text[quote.span[0]:quote.span[1]] == quote.text == zh_quote
    assert len(waits) == 1 and result.summary.startswith("西湾")


def test_too_many_quotes_is_a_schema_error_re_asked(fs):
    many = {**EMPTY_ANSWER, "quotes": [{"text": ARTICLE_QUOTE, "speaker": "Dana Okafor"}]
            * (MAX_QUOTES * 3 + 1)}
    fs.script(good(many), good(GOOD))
    llm, _ = llm_for(fs)
    llm.complete(MESSAGES, Extraction)
    assert "at most" in fs.chat_requests[1].text


# --- batches -----------------------------------------------------------------


def _articles(tmp_path: Path, names: list[str]) -> list[str]:
    paths = []
    for n in names:
        p = tmp_path / f"{n}.txt"
        p.write_text(f"Article {n}.\n\nThe {n} council said the {n} plan is ready for a vote.\n",
                     encoding="utf-8")
        paths.append(str(p))
    return paths


def _records(out: Path) -> list[dict]:
    return [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]


def _failing_for(marker: str):
    """Good answers, except malformed ones for the article containing ``marker``."""

    def respond(request: Request):
        return malformed() if marker in request.text else good(GOOD)

    return respond


def test_batch_goes_on_past_a_bad_file_and_a_failing_article(fs, tmp_path):
    a, b, c = _articles(tmp_path, ["alpha", "bravo", "charlie"])
    bad = tmp_path / "binary.txt"
    bad.write_bytes(b"\x00\x01\x02 not text \x00")
    out = tmp_path / "out.jsonl"
    fs.then(_failing_for("bravo"))
    result = cli_against(fs, a, str(bad), b, c, "-o", str(out))
    assert result.exit_code == 2  # the worst failure: bad input (2) over extraction (1)
    lines = result.stderr.strip().splitlines()
    assert "Traceback" not in result.stderr
    assert any("binary.txt" in ln and "binary" in ln for ln in lines)
    assert any("bravo.txt" in ln and "failed validation" in ln for ln in lines)
    assert lines[-1].startswith("2 done, 0 skipped, 2 failed")
    assert [r["article"]["source"] for r in _records(out)] == [a, c]


def test_batch_rerun_resumes_and_keeps_what_was_written(fs, tmp_path):
    a, b, c = _articles(tmp_path, ["alpha", "bravo", "charlie"])
    out = tmp_path / "out.jsonl"
    fs.then(_failing_for("bravo"))
    first = cli_against(fs, a, b, c, "-o", str(out))
    assert first.exit_code == 1
    written = out.read_bytes()
    fs.requests.clear()
    fs.then(good(GOOD))  # the model behaves now
    second = cli_against(fs, a, b, c, "-o", str(out))
    assert second.exit_code == 0, second.stderr
    assert "skipped 2 already in" in second.stderr
    assert all("bravo" in r.text for r in fs.chat_requests)  # only the missing one was asked
    assert out.read_bytes().startswith(written)  # nothing rewritten
    assert sorted(r["article"]["source"] for r in _records(out)) == [a, b, c]
    fs.requests.clear()
    third = cli_against(fs, a, b, c, "-o", str(out))
    assert third.exit_code == 0 and fs.chat_requests == []
    assert len(_records(out)) == 3


def test_provider_outage_mid_batch_stops_with_exit_3_and_loses_nothing(fs, tmp_path):
    paths = _articles(tmp_path, ["alpha", "bravo", "charlie", "delta"])
    out = tmp_path / "out.jsonl"
    fs.script(good(GOOD), good(GOOD))  # alpha: extract + summary
    fs.then(status(503))  # then the provider goes down
    result = cli_against(fs, *paths, "-o", str(out))
    assert result.exit_code == 3
    assert "stopped: provider failure; rerun to resume" in result.stderr
    assert "Traceback" not in result.stderr
    assert [r["article"]["source"] for r in _records(out)] == paths[:1]
    asked = {p for p in paths if any(Path(p).stem in r.text for r in fs.chat_requests)}
    assert asked == set(paths[:2])  # stopped at bravo; charlie and delta never sent
    fs.requests.clear()
    fs.then(good(GOOD))
    again = cli_against(fs, *paths, "-o", str(out))
    assert again.exit_code == 0
    assert [r["article"]["source"] for r in _records(out)] == paths


def test_torn_last_line_is_cut_off_and_redone(fs, tmp_path):
    a, b = _articles(tmp_path, ["alpha", "bravo"])
    out = tmp_path / "out.jsonl"
    fs.then(good(GOOD))
    assert cli_against(fs, a, b, "-o", str(out)).exit_code == 0
    first, second = out.read_text(encoding="utf-8").splitlines()
    out.write_text(first + "\n" + second[:40], encoding="utf-8")  # killed mid-write
    rerun = cli_against(fs, a, b, "-o", str(out))
    assert rerun.exit_code == 0
    assert "warning: " in rerun.stderr and "torn last line (40 bytes" in rerun.stderr
    assert cli_against(fs, a, b, "-o", str(out)).exit_code == 0  # and it stays resumed
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[0] == first and len(lines) == 2  # the fragment is gone: valid JSONL
    assert [json.loads(x)["article"]["source"] for x in lines] == [a, b]


def test_output_in_a_missing_directory_is_exit_2_before_any_work(fs, tmp_path):
    result = cli_against(fs, str(EN), "-o", str(tmp_path / "nowhere" / "out.jsonl"))
    assert result.exit_code == 2
    one_error_line(result.stderr, "does not exist")
    assert fs.chat_requests == []
