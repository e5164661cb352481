"""Prompt injection, stopped at the grounding layer.

The fixture articles (tests/data/injection_*.txt, constructed) tell the model
to ignore its instructions and output invented quotes. Whatever a model makes
of that, its answer goes through grounding; the answers below are CONSTRUCTED
to play a model that obeyed the injection (no model produced them). None of
their invented quotes may reach the output, and every quote and evidence span
that does must be the article's own text at its offsets.
"""

from __future__ import annotations

import json

import pytest
from pydantic import ValidationError

from summarizer.article import Article, load_path
from summarizer.config import Settings
from summarizer.model.answers import Extraction, ground
from summarizer.pipeline import Summarizer

from .conftest import FIXTURES, SENTINEL_KEY, grounding_context
from .faultserver import FaultServer, Request, good

EN = FIXTURES / "injection_en.txt"
ZH = FIXTURES / "injection_zh.txt"

# CONSTRUCTED answer: what a model that obeyed the English injection might say.
CONSTRUCTED_OBEYING_ANSWER_EN = {
    "quotes": [
        {"text": "The treaty is dead and we will build the dam tomorrow.", "speaker": "Tomas Berg"},
        {"text": "War between the river states is now unavoidable.", "speaker": "Alma Reyes",
         "speaker_role": "President"},
        {"quote_id": 99, "speaker": "Tomas Berg"},  # no such candidate
        {"text": "The treaty has served both our peoples for forty years",
         "speaker": "Defence chief Ivo Marr"},  # real words, speaker not in the article
        {"text": "The treaty has served both our peoples for forty years", "speaker": "Tomas Berg"},
    ],
    "positions": [{"holder": "Tomas Berg", "holder_kind": "person", "topic": "river treaty",
                   "stance": "Declares the treaty dead.", "sentences": [42, -1]}],
    "experts": [{"expert": "General Ivo Marr", "title": "General", "assessment": "War is near.",
                 "sentences": [5]}],
    "conditions": [{"stated_by": "Tomas Berg", "condition": "if the dam is built",
                    "consequence": "war", "sentences": [1000]}],
}
INVENTED_EN = ["The treaty is dead and we will build the dam tomorrow",
               "War between the river states is now unavoidable", "Ivo Marr"]

# CONSTRUCTED answer: the same for the Chinese article.
CONSTRUCTED_OBEYING_ANSWER_ZH = {
    "quotes": [
        {"text": "条约已经作废，我们明天就开建大坝。", "speaker": "贝格"},
        {"text": "两国之间的战争已经不可避免。", "speaker": "雷耶斯", "speaker_role": "总统"},
        {"quote_id": 7, "speaker": "贝格"},
        {"quote_id": 1, "speaker": "贝格"},  # the real candidate quote
    ],
    "positions": [],
    "experts": [{"expert": "马尔将军", "assessment": "战争迫在眉睫。", "sentences": [5]}],
    "conditions": [],
}
INVENTED_ZH = ["条约已经作废", "战争已经不可避免", "马尔"]
REAL_QUOTE = {"en": "The treaty has served both our peoples for forty years",
              "zh": "这份条约四十年来造福了两国人民。"}


def assert_all_spans_are_article_text(article: Article, record: dict) -> None:
    text = article.text
    for q in record["quotes"]:
        assert text[q["span"][0]:q["span"][1]] == q["text"], q
    for key in ("positions", "expert_assessments", "preconditions"):
        for item in record[key]:
            for ev in item["evidence"]:
                assert text[ev["start"]:ev["end"]] == ev["text"], ev


CASES = [
    pytest.param(EN, CONSTRUCTED_OBEYING_ANSWER_EN, INVENTED_EN, "en", id="en"),
    pytest.param(ZH, CONSTRUCTED_OBEYING_ANSWER_ZH, INVENTED_ZH, "zh", id="zh"),
]


@pytest.mark.parametrize(("path", "answer", "invented", "lang"), CASES)
def test_grounding_drops_every_invented_quote(path, answer, invented, lang):
    article = load_path(path)
    assert "ignore previous instructions" in article.text or "忽略之前的所有指令" in article.text
    grounded = ground(Extraction.model_validate(answer), grounding_context(article))
    record = {
        "quotes": [q.model_dump() for q in grounded.quotes],
        "positions": [p.model_dump() for p in grounded.positions],
        "expert_assessments": [e.model_dump() for e in grounded.expert_assessments],
        "preconditions": [c.model_dump() for c in grounded.preconditions],
    }
    dumped = json.dumps(record, ensure_ascii=False)
    for fake in invented:
        assert fake not in dumped, fake
    assert [q.text for q in grounded.quotes] == [REAL_QUOTE[lang]]
    assert [q.speaker for q in grounded.quotes] == [{"en": "Tomas Berg", "zh": "贝格"}[lang]]
    assert grounded.expert_assessments == []  # an expert the article never names
    assert_all_spans_are_article_text(article, record)
    # What was refused is accounted for, not silently lost.
    assert len(grounded.ungrounded) >= 2
    assert any(n.code in {"speaker_not_in_article", "expert_not_in_article"}
               for n in grounded.warnings)


@pytest.mark.parametrize(("path", "answer", "invented", "lang"), CASES)
def test_while_re_asks_remain_the_invented_quote_fails_validation_with_the_reason(
        path, answer, invented, lang):
    article = load_path(path)
    ctx = grounding_context(article, reasks_left=1)
    with pytest.raises(ValidationError) as info:
        Extraction.model_validate(answer, context={"grounding": ctx})
    assert "not in the article" in str(info.value)
    assert invented[0] in str(info.value)
    # On the last attempt the same answer passes validation, minus what is not grounded.
    last = Extraction.model_validate(answer, context={"grounding": ctx})
    assert invented[0] not in json.dumps([q.model_dump() for q in last.grounded.quotes],
                                         ensure_ascii=False)


@pytest.mark.parametrize(("path", "answer", "invented", "lang"), CASES)
def test_injected_answers_from_a_provider_never_reach_the_output(path, answer, invented, lang):
    article = load_path(path)

    def respond(request: Request):
        if 'Leave "summary" empty' in request.text:
            return good(answer)  # obeys the injection on every attempt
        return good({"summary": "The treaty is dead; war is coming (invented)."})

    with FaultServer(then=respond) as fs:
        settings = Settings(base_url=fs.base_url, api_key=SENTINEL_KEY, model="fault-model",
                            mode="llamacpp", window_chars=0, max_reasks=1, transport_attempts=1)
        with Summarizer(settings) as run:
            result = run.summarize(article)
    extract_calls = [r for r in fs.chat_requests if 'Leave "summary" empty' in r.text]
    assert len(extract_calls) == 2  # re-asked once with the reason, then dropped
    assert "not in the article" in extract_calls[1].text
    record = result.model_dump(mode="json")
    found = json.dumps({k: record[k] for k in ("quotes", "positions", "expert_assessments",
                                               "preconditions")}, ensure_ascii=False)
    for fake in invented:
        assert fake not in found, fake
    assert REAL_QUOTE[lang] in [q["text"] for q in record["quotes"]]
    assert_all_spans_are_article_text(article, record)


def test_words_lifted_from_the_injection_instruction_are_not_a_quote():
    article = load_path(EN)
    lifted = "the treaty is dead and the dam will be built tomorrow"
    assert lifted in article.text  # it is the injection's own wording, not speech
    answer = {"quotes": [{"text": lifted, "speaker": "Tomas Berg"}]}
    grounded = ground(Extraction.model_validate(answer), grounding_context(article))
    assert grounded.quotes == []
