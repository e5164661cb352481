"""The model profile (small or large) is a setting, not a guess from the endpoint."""

from __future__ import annotations

import json

import pytest

from summarizer.article import from_text, load_path
from summarizer.config import Settings, resolve
from summarizer.errors import ConfigError
from summarizer.model.profile import LARGE, SMALL, profile_for
from summarizer.pipeline import Summarizer

from .conftest import EXAMPLES, SENTINEL_KEY, one_error_line
from .faultserver import FaultServer, good

LOOPBACK = "http://127.0.0.1:8080/v1"
EMPTY = {"summary": "Two sides argue over the port.", "quotes": [], "positions": [], "experts": [],
         "conditions": []}


def test_auto_is_small_for_the_embedded_model_and_large_for_any_endpoint():
    assert Settings().model_size == "small"  # no provider: the embedded model serves the run
    assert Settings(base_url=LOOPBACK, mode="llamacpp").model_size == "large"
    assert Settings(api_key=SENTINEL_KEY).model_size == "large"


def test_an_explicit_profile_wins_over_auto():
    assert Settings(base_url=LOOPBACK, mode="llamacpp", profile="small").model_size == "small"
    assert Settings(profile="large").model_size == "large"
    assert profile_for(Settings(profile="small")) is SMALL
    assert profile_for(Settings(base_url=LOOPBACK)) is LARGE


def test_profile_comes_from_the_environment_and_from_pyproject(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[tool.summarizer]\nprofile = "small"\n', encoding="utf-8")
    assert resolve(tmp_path, env={}).profile == "small"
    assert resolve(tmp_path, env={"SUMMARIZER_PROFILE": "large"}).profile == "large"
    assert resolve(tmp_path, env={"SUMMARIZER_PROFILE": "large"}, profile="small").profile == "small"


def test_an_unknown_profile_is_a_config_error():
    with pytest.raises(ConfigError, match="unknown profile 'tiny'"):
        Settings(profile="tiny")


def test_the_embedded_server_keeps_the_small_profile_once_the_run_points_at_it(monkeypatch, tmp_path):
    from summarizer import local

    class NoServer:
        base_url, model = LOOPBACK, "embedded"

        def __init__(self, path):
            pass

        def start(self):
            return self

        def stop(self):
            pass

    model_file = tmp_path / "m.gguf"
    model_file.write_bytes(b"GGUF")
    monkeypatch.setattr(local, "runtime_installed", lambda: True)
    monkeypatch.setattr(local, "LocalServer", NoServer)
    with Summarizer(Settings(local_model=str(model_file))) as run:
        pointed = run._start_local()
    assert pointed.base_url == LOOPBACK and not pointed.uses_local
    assert pointed.model_size == "small"


def _long_text() -> str:
    """The English example three times over: longer than the small profile reads in one call."""
    text = (EXAMPLES / "en_port_dispute.md").read_text(encoding="utf-8")
    body = text.split("---", 2)[-1].strip()  # without the front matter
    long = "\n\n".join([body] * 3)
    assert len(long) > SMALL.whole_chars
    return long


def _run(settings: Settings, article=None) -> tuple[object, list]:
    with FaultServer(then=good(EMPTY)) as fs:
        with Summarizer(settings.with_overrides(base_url=fs.base_url)) as run:
            result = run.summarize(article or load_path(EXAMPLES / "en_port_dispute.md"))
        return result, [r.body for r in fs.chat_requests]


def test_a_large_model_on_a_loopback_port_reads_the_whole_article_in_one_call():
    base = Settings(base_url=LOOPBACK, api_key=SENTINEL_KEY, model="m", mode="llamacpp",
                    transport_attempts=1, max_tokens=1024)
    result, bodies = _run(base)
    assert result.provenance.calls == 2  # the whole article, then the summary
    assert result.provenance.window_chars is None
    assert {b["max_tokens"] for b in bodies} == {1024}


def test_the_small_profile_reads_a_long_article_in_short_windows_with_a_token_cap():
    base = Settings(base_url=LOOPBACK, api_key=SENTINEL_KEY, model="m", mode="llamacpp",
                    transport_attempts=1, max_tokens=1024, profile="small")
    result, bodies = _run(base, from_text(_long_text()))
    assert result.provenance.window_chars == SMALL.window_chars
    assert result.provenance.calls > 2
    assert SMALL.max_tokens in {b["max_tokens"] for b in bodies}


def test_the_small_profile_chooses_the_summary_in_the_first_windows_answer():
    base = Settings(base_url=LOOPBACK, api_key=SENTINEL_KEY, model="m", mode="llamacpp",
                    transport_attempts=1, max_tokens=1024, profile="small")
    _, bodies = _run(base, from_text(_long_text()))
    asked = ["summary_sentences" in b["response_format"]["schema"]["properties"] for b in bodies]
    assert asked[0] and not any(asked[1:])
    assert all(b["response_format"]["schema"]["properties"] for b in bodies)  # no call asks nothing


def test_the_small_profile_reads_an_article_that_fits_in_one_call_with_its_summary():
    base = Settings(base_url=LOOPBACK, api_key=SENTINEL_KEY, model="m", mode="llamacpp",
                    transport_attempts=1, max_tokens=1024, profile="small")
    result, bodies = _run(base)
    assert result.provenance.calls == 1 and result.provenance.window_chars is None
    (body,) = bodies
    assert body["max_tokens"] == SMALL.max_tokens
    assert "summary_sentences" in body["response_format"]["schema"]["properties"]


def test_a_window_size_the_user_sets_wins_over_one_call():
    base = Settings(base_url=LOOPBACK, api_key=SENTINEL_KEY, model="m", mode="llamacpp",
                    transport_attempts=1, max_tokens=1024, profile="small", window_chars=700)
    result, _ = _run(base)
    assert result.provenance.window_chars == 700 and result.provenance.calls > 2


def test_an_unknown_profile_in_the_environment_is_one_error_line_and_exit_2(cli):
    result = cli("summarize", str(EXAMPLES / "en_port_dispute.md"), env={"SUMMARIZER_PROFILE": "tiny"})
    assert result.exit_code == 2
    one_error_line(result, "unknown profile 'tiny'", "small")


def test_the_profile_flag_sets_the_windows_of_a_run(cli, tmp_path):
    article = tmp_path / "long.txt"
    article.write_text(_long_text(), encoding="utf-8")
    with FaultServer(then=good(EMPTY)) as fs:
        result = cli("summarize", "--base-url", fs.base_url, "-m", "m", "--retries", "1", "-f", "json",
                     "--profile", "small", str(article),
                     env={"OPENAI_API_KEY": SENTINEL_KEY})
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["provenance"]["window_chars"] == SMALL.window_chars


def test_the_first_model_article_finds_its_cues_while_the_embedded_server_starts(monkeypatch, tmp_path):
    """A stand-in server (constructed): its start() runs on the calling thread while the
    cues and the checks' Chinese tagger load on another; both are done before the model is
    asked, and a second article finds its cues on the calling thread (the server is up)."""
    import threading

    from summarizer import local
    from summarizer.cues import zh
    from summarizer.pipeline import run as run_module

    seen: dict[str, list] = {"start": [], "cues": [], "tagger_when_asked": []}
    zh.pos_tags.cache_clear()
    zh.tagger.cache_clear()

    def answer(request):
        seen["tagger_when_asked"].append(zh.tagger.cache_info().currsize)
        return good(EMPTY)

    with FaultServer(then=answer) as fs:

        class StandInServer:
            base_url, model = fs.base_url, "embedded"

            def __init__(self, path):
                pass

            def start(self):
                seen["start"].append(threading.current_thread().name)
                return self

            def stop(self):
                pass

        real_find_cues = run_module.find_cues

        def find_cues(article):
            seen["cues"].append(threading.current_thread().name)
            return real_find_cues(article)

        model_file = tmp_path / "m.gguf"
        model_file.write_bytes(b"GGUF")
        monkeypatch.setattr(local, "runtime_installed", lambda: True)
        monkeypatch.setattr(local, "LocalServer", StandInServer)
        monkeypatch.setattr(run_module, "find_cues", find_cues)
        with Summarizer(Settings(local_model=str(model_file), transport_attempts=1)) as run:
            first = run.summarize(load_path(EXAMPLES / "zh_trade_talks.txt"))
            run.summarize(load_path(EXAMPLES / "en_port_dispute.md"))
    main = threading.current_thread().name
    assert seen["start"] == [main]
    assert seen["cues"][0] != main and seen["cues"][1] == main
    assert seen["tagger_when_asked"][0] == 1  # loaded beside the start, not after the answer
    assert first.quotes  # the cues found there reached the record
