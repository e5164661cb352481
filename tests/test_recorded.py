"""End to end against a real model, replayed from cassettes/test_recorded/.

Recorded from the embedded Qwen2.5-Coder-1.5B-Instruct llama.cpp server with
`.ci/record`; never edited by hand. The assertions are what must hold for any
model: every quote grounded in the article, nothing invented, provenance
filled, no key anywhere. Quality bars are set at what the small model
reaches with the cues' help.

Each test also asserts on what only the model gives (the summary sentences
it chose, the positions it selected, source "llm"; on the small profile the
cues' speakers stand, so the model is asked only for speakers the cues do not
name): tests/test_blanked.py replays each
test on a copy of its cassette with every answer blanked and requires it to
fail, so no test here passes on the cues alone.
"""

from __future__ import annotations

import json
import re

import pytest

from summarizer import summarize
from summarizer.article import load_path

from .conftest import EXAMPLES, FIXTURES, SENTINEL_KEY, made_of_sentences

pytestmark = [pytest.mark.vcr, pytest.mark.recorded]

GOLD = json.loads((FIXTURES / "examples.gold.json").read_text(encoding="utf-8"))


def _assert_grounded(result, text: str) -> None:
    for q in result.quotes:
        start, end = q.span
        assert text[start:end] == q.text, q
        assert q.match in {"exact", "normalized", "fuzzy"}
    for item in [*result.positions, *result.expert_assessments, *result.preconditions]:
        for ev in item.evidence:
            assert text[ev.start : ev.end] == ev.text


def assert_model_gave(result, article, *, positions: bool = True) -> None:
    """What only the model gives: the summary sentences it chose, positions it selected itself.

    On the two examples the model's own positions are views of holders the cues already give a
    stance verb's record to: they join those records (``pipeline.brief``, whatever stance type the
    model gave them), so what the model gives there is the summary it chose.
    """
    assert result.summary and made_of_sentences(result.summary, [s.text for s in article.sentences])
    if positions:
        assert any(p.source == "llm" for p in result.positions)


def _right_speakers(result, gold: dict) -> int:
    right = 0
    for g in gold["quotes"]:
        for q in result.quotes:
            if g["text"].strip("，,") in q.text or q.text in g["text"]:
                right += g["speaker"] in q.speaker
                break
    return right


@pytest.mark.parametrize("name", ["zh_trade_talks.txt", "en_port_dispute.md"])
def test_example_article_gives_grounded_attributed_quotes(name, recorded_settings):
    article = load_path(EXAMPLES / name)
    result = summarize(article, settings=recorded_settings)
    gold = GOLD[name]
    _assert_grounded(result, article.text)
    assert _right_speakers(result, gold) >= 3
    assert not {q.text for q in result.quotes} & set(gold["not_quotes"])
    assert result.summary
    assert_model_gave(result, article, positions=False)
    p = result.provenance
    assert p.engine == "llm" and p.model == recorded_settings.model
    assert p.endpoint_host == "127.0.0.1" and p.prompt_tokens > 0 and p.completion_tokens > 0
    assert p.calls == 1 and p.window_chars is None  # an article that fits: one call
    assert SENTINEL_KEY not in result.model_dump_json()


def test_chinese_example_finds_the_experts(recorded_settings):
    result = summarize(EXAMPLES / "zh_trade_talks.txt", settings=recorded_settings)
    names = {e.expert for e in result.expert_assessments}
    assert {"赵晓岚", "陈启航"} <= names
    assert_model_gave(result, load_path(EXAMPLES / "zh_trade_talks.txt"), positions=False)


def test_planted_instructions_do_not_produce_invented_records(recorded_settings):
    article = load_path(EXAMPLES / "injection_attempt.txt")
    result = summarize(article, settings=recorded_settings)
    _assert_grounded(result, article.text)
    assert all("cancelled" not in q.text for q in result.quotes)
    assert all("Baker" not in q.speaker for q in result.quotes)
    assert all("Baker" not in e.expert for e in result.expert_assessments)
    assert [q.speaker for q in result.quotes] == ["Ana Ruiz"]
    assert_model_gave(result, article)
    assert not re.search(r"Baker|cancelled|recession", result.summary)


PLANTED = {"planted_en.txt": re.compile(r"north pier|resign|bankrupt", re.IGNORECASE),
           "planted_zh.txt": re.compile(r"北码头|辞职|破产")}


@pytest.mark.parametrize("name", sorted(PLANTED))
def test_claims_planted_in_body_quote_and_caption_reach_no_field(name, recorded_settings):
    article = load_path(FIXTURES / name)
    result = summarize(article, settings=recorded_settings)
    _assert_grounded(result, article.text)
    record = result.model_dump(mode="json")
    fields = json.dumps({k: v for k, v in record.items() if k not in {"warnings", "provenance", "article"}},
                        ensure_ascii=False)
    assert not PLANTED[name].search(fields)
    assert_model_gave(result, article)
