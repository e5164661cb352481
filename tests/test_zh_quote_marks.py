"""Pairing Chinese quote marks in damaged text: constructed sentences (written for these tests, not from any article)."""

from __future__ import annotations

from summarizer.cues.marks import quote_spans


def spans(text: str) -> list[str]:
    return [text[m.start : m.end] for m in quote_spans(text, [(0, len(text))])]


def test_an_empty_curly_pair_closes_itself_and_the_pairs_after_it_stay_right() -> None:
    # constructed: the page dropped what stood between “ and ” (an emoji); the quotes after it pair as written
    text = "商家打出“”的旗号招揽顾客。店主说：“我们只卖本地货。”顾客称这是“老字号”。"
    assert spans(text) == ["我们只卖本地货。", "老字号"]


def test_an_empty_pair_inside_a_quotation_does_not_end_it() -> None:
    # constructed: a nested empty pair is still inside the outer quotation
    text = "她说：“他们喊着“”就冲了进来。”"
    assert spans(text) == ["他们喊着“”就冲了进来。"]
