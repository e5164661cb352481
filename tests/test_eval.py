"""Scoring against gold: tests/data/gold_small.jsonl holds two constructed articles."""

from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path

import pytest

from summarizer.article import Article
from summarizer.config import resolve
from summarizer.errors import InputError, ProviderError
from summarizer.evaluate import evaluate, load_gold, spans_match, speaker_right
from summarizer.pipeline import Summarizer, article_info
from summarizer.records import ArticleSummary, Provenance, Quote

GOLD = Path(__file__).parent / "data" / "gold_small.jsonl"


def _summary(article: Article, quotes: list[tuple[int, int, str]], tokens: int = 0) -> ArticleSummary:
    return ArticleSummary(
        article=article_info(article),
        quotes=[
            Quote(speaker=who, text=article.text[s:e], span=(s, e), match="exact") for s, e, who in quotes
        ],
        provenance=Provenance(summarizer_version="test", created_at=datetime.now(timezone.utc),
                              prompt_tokens=tokens, completion_tokens=1),
    )  # fmt: skip


def test_load_gold_reads_quotes_and_optional_lists() -> None:
    gold = load_gold(GOLD)
    assert [g.id for g in gold] == ["constructed-en-1", "constructed-zh-1"]
    assert len(gold[0].quotes) == 3 and gold[0].quotes[2].speaker_is_pronoun
    assert gold[0].experts[0]["name"] == "Ruth Adler"
    assert gold[1].preconditions and gold[1].positions == []


def test_load_gold_rejects_a_span_outside_the_text(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps({"id": "x", "text": "short", "gold_quotes": [
        {"text": "far", "quote_span": [10, 13]}]}) + "\n", encoding="utf-8")  # fmt: skip
    with pytest.raises(InputError, match="bad.jsonl:1"):
        load_gold(bad)


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [((0, 10), (2, 8), True), ((0, 10), (1, 11), True), ((0, 10), (5, 15), False), ((0, 4), (4, 8), False)],
)
def test_spans_match_by_containment_or_80_percent_overlap(a: tuple[int, int], b: tuple[int, int], expected: bool) -> None:
    assert spans_match(a, b) is expected


@pytest.mark.parametrize(
    ("pred", "gold", "expected"),
    [
        ("Tom Ellis", "Mayor Tom Ellis", True),
        ("Mr. Ellis", "Tom Ellis, the mayor", True),
        ("Tom Ellison", "Mayor Tom Ellis", False),
        ("林海涛", "南方大学交通研究中心主任林海涛", True),
        ("林海涛教授", "林海涛", True),
        ("王海峰", "林海涛", False),
        ("玛丽娜·科斯塔", "外交部发言人科斯塔", True),
        ("玛丽娜·科斯塔", "外交部发言人玛丽娜", False),
        ("玛丽娜•科斯塔", "外交部发言人科斯塔", True),
        ("玛丽娜・科斯塔", "外交部发言人科斯塔", True),
        ("玛丽娜‧科斯塔", "外交部发言人科斯塔", True),
        ("玛丽娜•科斯塔", "外交部发言人玛丽娜", False),
        ("unknown", "Mayor Tom Ellis", False),
    ],
)
def test_speaker_right_by_surname(pred: str, gold: str, expected: bool) -> None:
    assert speaker_right(pred, gold) is expected


def test_evaluate_counts_matches_spurious_and_wrong_speakers() -> None:
    gold = load_gold(GOLD)

    def run(article: Article) -> ArticleSummary:
        if article.source == "constructed-en-1":
            first = gold[0].quotes[0].span
            return _summary(article, [(first[0], first[1], "Ruth Adler"), (0, 11, "Tom Ellis")], tokens=5)
        return _summary(article, [])

    report = evaluate(gold, run)
    assert (report.precision, report.recall) == (0.5, 0.2)
    assert report.speaker_accuracy == 0.0
    assert report.tokens == 7 and report.worst[0].id == "constructed-zh-1"
    row = report.articles[0]
    assert row.spurious == ["Constructed"] and row.wrong_speakers[0]["predicted"] == "Ruth Adler"
    d = report.to_dict()
    assert d["recall"] == 0.2 and d["per_article"][1]["missed"]


def test_an_unattributed_quote_is_wrong_for_accuracy_but_not_misattributed() -> None:
    gold = load_gold(GOLD)  # constructed articles

    def run(article: Article) -> ArticleSummary:
        if article.source == "constructed-en-1":
            (s1, e1), (s2, e2) = gold[0].quotes[0].span, gold[0].quotes[1].span
            return _summary(article, [(s1, e1, "unknown"), (s2, e2, "Tom Ellis")])
        return _summary(article, [])

    report = evaluate(gold, run)
    assert report.speaker_accuracy == 0.0
    assert report.speaker_misattributed == 1  # Adler's words given to Ellis
    d = report.to_dict()
    assert (d["speaker_misattributed"], d["speaker_unattributed"]) == (1, 1)
    assert "1 misattributed, 1 unattributed" in report.rows()[0][-1]


def test_evaluate_records_engine_errors_and_goes_on() -> None:
    def run(article: Article) -> ArticleSummary:
        raise ProviderError("endpoint down")

    report = evaluate(load_gold(GOLD), run)
    assert report.errors == 2 and report.recall == 0.0


def test_rules_engine_scores_perfectly_on_the_small_gold() -> None:
    with Summarizer(resolve(engine="rules")) as s:
        report = evaluate(load_gold(GOLD), s.summarize)
    assert (report.precision, report.recall, report.speaker_accuracy) == (1.0, 1.0, 1.0)


def test_eval_command_prints_json_for_the_rules_engine() -> None:
    from click.testing import CliRunner

    from summarizer.cli import main

    result = CliRunner().invoke(main, ["eval", str(GOLD), "--engine", "rules", "--json"])
    assert result.exit_code == 0, result.output
    d = json.loads(result.output)
    assert (d["recall"], d["precision"], d["gold_quotes"]) == (1.0, 1.0, 5)
