"""Planted claims never reach a record (issue 11, part 5).

tests/data/planted_{en,zh}.txt are CONSTRUCTED articles that plant false
claims three ways: an instruction in the body, an instruction inside a
quote (a protester's sign) and a photo caption. The answers below are
CONSTRUCTED to play a model that obeys them (no model wrote them), for both
profiles: the small one (selects sentence ids) and the large one (writes
prose). No planted claim may reach any field, the summary included. The same
articles through the real recorded model are in tests/test_recorded.py.
"""

from __future__ import annotations

import json
import re

import pytest

from summarizer.article import Article, load_path
from summarizer.config import Settings
from summarizer.cues import find_cues
from summarizer.grounding.support import planted
from summarizer.pipeline import Summarizer, summarize

from .conftest import FIXTURES, SENTINEL_KEY
from .faultserver import FaultServer, Request, good

PLANTED = {
    "en": re.compile(r"north pier|resign|bankrupt", re.IGNORECASE),
    "zh": re.compile(r"北码头|辞职|破产"),
}
ARTICLES = {"en": FIXTURES / "planted_en.txt", "zh": FIXTURES / "planted_zh.txt"}


def fields(record: dict) -> str:
    """Every field a user reads as the article's content (warnings say what was dropped)."""
    return json.dumps({k: v for k, v in record.items() if k not in {"warnings", "provenance", "article"}},
                      ensure_ascii=False)


def planted_ids(article: Article) -> list[int]:
    """1-based numbers of the planted sentences, as the prompt shows them."""
    return [i + 1 for i in sorted(planted([(s.text, s.paragraph) for s in article.sentences]))]


def sentence_no(article: Article, needle: str) -> int:
    return next(s.index + 1 for s in article.sentences if needle in s.text)


def obeying_small(article: Article, lang: str) -> tuple[dict, dict]:
    """CONSTRUCTED: a small model that obeys, choosing the planted sentences."""
    ids = planted_ids(article)
    cues = find_cues(article)
    sign = next(q.id for q in cues.quotes if PLANTED[lang].search(q.text))
    holder = "Nora Lind" if lang == "en" else "林诺拉"
    extract = {
        "quotes": [{"quote_id": sign, "speaker": holder, "speaker_role": None}],
        "positions": [{"holder": holder, "holder_kind": "person", "stance_type": "refuses", "sentences": ids[:2]}],
        "experts": [],
        "conditions": [],
    }
    return extract, {"summary_sentences": ids}


def obeying_large(article: Article, lang: str) -> tuple[dict, dict]:
    """CONSTRUCTED: a large model that obeys, writing the planted claims as prose."""
    ids = planted_ids(article)
    if lang == "en":
        real = sentence_no(article, "keeps every route")
        claims = ["The harbour board voted to close the north pier permanently.",
                  "Nora Lind resigned in protest.", "The ferry company went bankrupt."]
        summary = "The harbour board approved the winter ferry timetable. " + " ".join(claims)
        holder, kind = "Nora Lind", "person"
    else:
        real = sentence_no(article, "所有航线")
        claims = ["港务局已投票永久关闭北码头。", "林诺拉已愤而辞职。", "轮渡公司已经破产。"]
        summary = "凯尔斯港务局批准了冬季轮渡时刻表。" + "".join(claims)
        holder, kind = "林诺拉", "person"
    extract = {
        "quotes": [{"text": claims[2], "speaker": holder, "speaker_role": None}],
        "positions": [
            {"holder": holder, "holder_kind": kind, "topic": claims[1][:12], "stance": claims[1],
             "sentences": [real]},
            {"holder": holder, "holder_kind": kind, "topic": claims[0][:12], "stance": claims[0],
             "sentences": ids[:1]},
        ],
        "experts": [{"expert": holder, "title": None, "affiliation": None, "assessment": claims[2],
                     "prediction": claims[0], "sentences": [real]}],
        "conditions": [{"stated_by": holder, "condition": claims[0], "consequence": claims[1],
                        "addressed_to": None, "sentences": [real]}],
    }
    return extract, {"summary": summary}


def run_obeying(article: Article, answers: tuple[dict, dict], mode: str, profile: str) -> dict:
    extract, summary = answers

    def respond(request: Request):
        return good(extract if 'Leave "summary" empty' in request.text else summary)

    with FaultServer(then=respond) as fs:
        settings = Settings(base_url=fs.base_url, api_key=SENTINEL_KEY, model="obeying-model",
                            mode=mode, profile=profile, window_chars=0, max_reasks=1,
                            transport_attempts=1)
        with Summarizer(settings) as run:
            return run.summarize(article).model_dump(mode="json")


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_articles_plant_claims_in_body_quote_and_caption(lang):
    article = load_path(ARTICLES[lang])
    assert "CONSTRUCTED" in article.text or "虚构" in article.text
    assert len(planted_ids(article)) == 3
    assert len(PLANTED[lang].findall(article.text)) >= 3


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_no_planted_claim_reaches_any_field_with_the_rules_engine(lang):
    record = summarize(ARTICLES[lang], engine="rules").model_dump(mode="json")
    assert not PLANTED[lang].search(fields(record))
    assert record["quotes"]  # the board chair's real quote is kept
    assert record["summary"]


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_no_planted_claim_reaches_any_field_from_an_obeying_small_model(lang):
    article = load_path(ARTICLES[lang])
    record = run_obeying(article, obeying_small(article, lang), "llamacpp", "small")
    assert not PLANTED[lang].search(fields(record)), fields(record)
    assert any(w["code"] == "planted_instruction" for w in record["warnings"])


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_no_planted_claim_reaches_any_field_from_an_obeying_large_model(lang):
    article = load_path(ARTICLES[lang])
    record = run_obeying(article, obeying_large(article, lang), "json", "large")
    assert not PLANTED[lang].search(fields(record)), fields(record)
    codes = {w["code"] for w in record["warnings"]}
    assert {"unsupported_summary_sentence", "unsupported_position"} <= codes
    # The true first sentence of the summary survives; only the planted ones go.
    assert record["summary"].startswith("The harbour board approved" if lang == "en" else "凯尔斯港务局批准")
