"""Scoring positions, experts, preconditions and language.

tests/data/gold_records.jsonl holds two constructed articles (English and
Chinese, written for these tests) with gold for every record type.
"""

from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import pytest

from summarizer.article import Article
from summarizer.evaluate import GoldArticle, evaluate, in_language, load_gold, parse_gold, same_actor
from summarizer.evaluate.match import pair
from summarizer.pipeline import article_info
from summarizer.records import (
    ArticleSummary,
    ExpertAssessment,
    Position,
    Provenance,
    Quote,
    Span,
    StatedPrecondition,
)  # fmt: skip

GOLD = Path(__file__).parent / "data" / "gold_records.jsonl"


@pytest.fixture(scope="module")
def gold() -> dict[str, GoldArticle]:
    return {g.id: g for g in load_gold(GOLD)}


def _span(text: str, part: str) -> Span:
    at = text.index(part)
    return Span(start=at, end=at + len(part), text=part, match="exact")


def _sentence(text: str, part: str) -> Span:
    """The whole sentence holding ``part`` (what the rules engine cites)."""
    at = text.index(part)
    lo = max(text.rfind(". ", 0, at) + 2, text.rfind("\n", 0, at) + 1, text.rfind("。", 0, at) + 1)
    ends = [i for i in (text.find(". ", at), text.find("。", at)) if i != -1]
    hi = min(ends) + 1 if ends else len(text)
    return Span(start=lo, end=hi, text=text[lo:hi], match="exact")


def _result(article: Article, **records: Any) -> ArticleSummary:
    return ArticleSummary(
        article=article_info(article), summary=records.pop("summary", ""),
        provenance=Provenance(summarizer_version="test", created_at=datetime.now(timezone.utc)), **records,
    )  # fmt: skip


def _run(gold: dict[str, GoldArticle], make: dict[str, Any]) -> Any:
    """Evaluate with ``make[id](article)`` as the engine (no records for other ids)."""

    def run(article: Article) -> ArticleSummary:
        build = make.get(article.source or "")
        return build(article) if build else _result(article)

    return evaluate(gold.values(), run)


def test_a_position_needs_its_holder_and_evidence_and_recall_counts_core_only(gold: dict[str, GoldArticle]) -> None:
    def en(a: Article) -> ArticleSummary:
        t = a.text
        return _result(a, positions=[
            Position(holder="dockworkers' union", topic="pay", stance="wants a pay rise",
                     evidence=[_sentence(t, "demands a pay rise")]),
            Position(holder="Sara Lind", topic="pay", stance="the union wants more",
                     evidence=[_sentence(t, "demands a pay rise")]),  # wrong sentence for Lind
            Position(holder="city council", topic="union", stance="backs the union",
                     evidence=[_sentence(t, "The city council supports")]),  # a non-core gold position
        ])  # fmt: skip

    report = _run(gold, {"constructed-en-records": en})
    s = report.articles[0].positions
    assert (s.gold, s.found, s.predicted, s.correct) == (2, 1, 3, 2)
    assert s.spurious == ["Sara Lind: the union wants more"]
    assert s.missed == ["Sara Lind: Rejects the pay demand."]
    assert s.checks["located"] == [1, 2]
    total = report.to_dict()["positions"]
    assert (total["gold"], total["found"], total["predicted"]) == (4, 1, 3)


def test_a_verbatim_stance_locates_a_position_without_evidence(gold: dict[str, GoldArticle]) -> None:
    def zh(a: Article) -> ArticleSummary:
        return _result(a, positions=[Position(holder="港务局局长林莎", topic="加薪", stance="拒绝这一要求")])

    s = _run(gold, {"constructed-zh-records": zh}).articles[1].positions
    assert (s.found, s.correct) == (1, 1)


def test_a_paragraph_long_citation_locates_nothing(gold: dict[str, GoldArticle]) -> None:
    def en(a: Article) -> ArticleSummary:
        whole = Span(start=0, end=len(a.text), text=a.text, match="exact")
        return _result(a, positions=[Position(holder="Sara Lind", topic="pay", stance="x", evidence=[whole])])

    g = gold["constructed-en-records"]
    long_gold = GoldArticle(id=g.id, text=g.text + " " + "Filler words here. " * 40, lang="en",
                            positions=g.positions)  # fmt: skip
    s = evaluate([long_gold], en).articles[0].positions
    assert (s.found, s.correct) == (0, 0)


def test_experts_score_names_and_affiliation_and_count_invented_ones(gold: dict[str, GoldArticle]) -> None:
    def en(a: Article) -> ArticleSummary:
        return _result(a, expert_assessments=[
            ExpertAssessment(expert="Omar Haddad", title="economist", affiliation="Lakeside College",
                             assessment="The dispute may last."),
            ExpertAssessment(expert="Sara Lind", assessment="The budget is fixed."),
        ])  # fmt: skip

    def zh(a: Article) -> ArticleSummary:
        return _result(a, expert_assessments=[
            ExpertAssessment(expert="吴明", title="海湾大学经济学家", assessment="争端可能持续到春天"),
        ])  # fmt: skip

    report = _run(gold, {"constructed-en-records": en, "constructed-zh-records": zh})
    total = report.total("experts")
    assert (total.gold, total.found, total.predicted, total.correct) == (2, 2, 3, 2)
    assert total.checks["affiliation"] == [1, 2]  # the title carries 海湾大学; Lakeside College is wrong
    assert report.articles[0].experts.spurious == ["Sara Lind"]


def test_preconditions_score_author_evidence_and_keyword_content(gold: dict[str, GoldArticle]) -> None:
    def en(a: Article) -> ArticleSummary:
        t = a.text
        ev = [_sentence(t, "If the union calls")]
        return _result(a, preconditions=[
            StatedPrecondition(stated_by="Sara Lind", condition="the union calls a strike",
                               consequence="the terminal stays open", evidence=ev),
            StatedPrecondition(stated_by="Omar Haddad", condition="the union calls a strike",
                               consequence="we will close the east terminal", evidence=ev),  # wrong author
        ])  # fmt: skip

    def zh(a: Article) -> ArticleSummary:
        return _result(a, preconditions=[
            StatedPrecondition(stated_by="林莎", condition="工会罢工", consequence="我们就关闭东码头",
                               evidence=[_span(a.text, "如果工会罢工，我们就关闭东码头。")]),
        ])  # fmt: skip

    report = _run(gold, {"constructed-en-records": en, "constructed-zh-records": zh})
    total = report.total("preconditions")
    assert (total.gold, total.found, total.predicted, total.correct) == (2, 2, 3, 2)
    assert total.checks["condition"] == [2, 2] and total.checks["consequence"] == [1, 2]
    d = report.to_dict()["preconditions"]
    assert d["precision"] == round(2 / 3, 4) and d["consequence"]["share"] == 0.5


def test_free_text_in_another_language_counts_against_the_record(gold: dict[str, GoldArticle]) -> None:
    def zh(a: Article) -> ArticleSummary:
        return _result(a, summary="码头工会要求加薪，港务局拒绝。", positions=[
            Position(holder="林莎", topic="加薪", stance="refuses the union's pay demand"),
            Position(holder="码头工会", topic="WTO规则", stance="要求加薪"),
        ])  # fmt: skip

    report = _run(gold, {"constructed-zh-records": zh})
    lang = report.articles[1].language
    assert (lang.fields, lang.right) == (5, 4)
    assert lang.wrong == ["stance: refuses the union's pay demand"]
    assert report.to_dict()["language"]["share"] == 0.8


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [("美国财政部: refuse to cooperate with sanctions", "zh", False), ("特朗普称WTO规则过时", "zh", True),
     ("Lind rejects the demand.", "en", True), ("Lind 拒绝 the demand", "en", False), ("2025", "zh", None)],
)  # fmt: skip
def test_language_of_a_field(text: str, lang: str, expected: bool | None) -> None:
    assert in_language(text, lang) is expected


def test_quotes_are_not_scored_where_the_gold_says_they_are_not_annotated(gold: dict[str, GoldArticle]) -> None:
    def zh(a: Article) -> ArticleSummary:
        at = a.text.index("工会罢工")
        return _result(a, quotes=[Quote(speaker="林莎", text="工会罢工", span=(at, at + 4), match="exact")])

    row = _run(gold, {"constructed-zh-records": zh}).articles[1]
    assert (row.quotes_scored, row.gold, row.predicted) == (False, 0, 0)


def test_an_optional_quote_is_neither_matched_nor_spurious_and_not_quotes_are_counted(gold: dict[str, GoldArticle]) -> None:
    g = gold["constructed-en-records"]
    at = g.text.index("Port authority")
    opt = {"text": "Port authority", "quote_span": [at, at + 14]}
    at2 = g.text.index("night shifts")
    item = json.loads(GOLD.read_text(encoding="utf-8").splitlines()[0])
    item.update(optional_quotes=[opt], not_quotes=["night shifts"])
    def run(a: Article) -> ArticleSummary:
        return _result(a, quotes=[
            Quote(speaker="x", text="Port authority", span=(at, at + 14), match="exact"),
            Quote(speaker="x", text="night shifts", span=(at2, at2 + 12), match="exact"),
        ])  # fmt: skip

    row = evaluate([parse_gold(item)], run).articles[0]
    assert (row.gold, row.predicted, row.matched, row.not_quotes) == (1, 1, 0, 1)


def test_pairing_finds_the_largest_one_to_one_matching() -> None:
    # Greedy would give pred 0 gold 0 and leave pred 1 unpaired.
    ok = {(0, 0), (0, 1), (1, 0)}
    assert pair([0, 1], [0, 1], lambda p, g: (p, g) in ok) == [(0, 1), (1, 0)]


@pytest.mark.parametrize(
    ("pred", "gold", "expected"),
    [("Corker", "Sen. Bob Corker", True), ("Sen. Bob Corker", "Corker", True), ("李在明", "韩国总统李在明", True),
     ("韩国总统李在明", "李在明", True), ("Cardin", "Corker", False), ("李在明积极", "特朗普", False), ("", "Corker", False)],
)  # fmt: skip
def test_actors_match_by_surname_either_way(pred: str, gold: str, expected: bool) -> None:
    assert same_actor(pred, gold) is expected


def test_eval_json_keeps_the_quote_keys_at_the_top_and_adds_every_record_type() -> None:
    from click.testing import CliRunner

    from summarizer.cli import main

    result = CliRunner().invoke(main, ["eval", str(GOLD), "--engine", "rules", "--json"])
    assert result.exit_code == 0, result.output
    d = json.loads(result.output)
    assert {"precision", "recall", "f1", "speaker_accuracy"} <= d.keys()
    assert d["positions"]["gold"] == 4 and d["experts"]["gold"] == 2 and d["preconditions"]["gold"] == 2
    assert 0 <= d["language"]["share"] <= 1
    row = d["per_article"][0]
    assert {"missed", "spurious"} <= row["positions"].keys()


def test_eval_table_has_a_row_per_record_type() -> None:
    from click.testing import CliRunner

    from summarizer.cli import main

    result = CliRunner().invoke(main, ["eval", str(GOLD), "--engine", "rules"])
    assert result.exit_code == 0, result.output
    for label in ("quotes", "positions", "experts", "preconditions", "language"):
        assert label in result.output
