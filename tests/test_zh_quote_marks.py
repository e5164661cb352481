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


def test_a_long_span_that_lost_its_closing_mark_ends_where_the_next_quotation_opens() -> None:
    # constructed: the first quotation lost its closing mark; the next “ between Chinese words opens a
    # quotation, so the pairs after it stay right
    text = "记者报道“这座桥的桥墩与竣工图严重不符，承台中心存在多处空洞，施工涉嫌偷工减料摘要:距“江桥垮塌案”已经十年，船长仍在申诉。"
    assert spans(text) == ["这座桥的桥墩与竣工图严重不符，承台中心存在多处空洞，施工涉嫌偷工减料摘要:距", "江桥垮塌案"]


def test_a_short_term_typed_with_two_left_marks_still_closes() -> None:
    # constructed: “某某门“ typed with the wrong closing glyph is one short term, not two quotations
    text = "对于“邮件门“这出戏来说，调查才刚刚开始，如果”邮件门“坐实，他就得辞职。"
    assert spans(text)[0] == "邮件门"


def test_a_long_span_a_right_mark_opens_and_a_left_mark_closes_is_between_two_quotations() -> None:
    # constructed: “鲁班” lost its opening mark once, so its closing mark opened; the text up to the next
    # left-hand mark is narrative between two quotations, and the pairs after it stay right
    text = "这是黑科技“鲁班”的杰作。现在，鲁班”的设计水平有了较大提升，据公司透露，“鲁班”学会了设计师的作品。王经理说：“我们还会继续改进。”"
    assert spans(text) == ["鲁班", "鲁班", "我们还会继续改进。"]


def test_a_quotation_typed_reversed_after_its_colon_and_a_short_reversed_term_still_pair() -> None:
    # constructed: one writer's glyphs swapped throughout: after a colon the reversed pair is a quotation
    text = "委员会问医生：”如果药物没能杀灭体内的寄生虫，这些志愿者会怎样？“医生回答。泰国实行”一夫多妻“制。"
    assert spans(text) == ["如果药物没能杀灭体内的寄生虫，这些志愿者会怎样？", "一夫多妻"]


def test_a_long_term_typed_reversed_still_pairs() -> None:
    # constructed: a system's name between reversed marks, longer than most terms but no clause
    text = "记者通过”本市空气质量信息发布系统“查询到，全市空气质量良好。"
    assert spans(text) == ["本市空气质量信息发布系统"]


def test_a_quotation_typed_reversed_after_a_speech_verb_still_pairs() -> None:
    # constructed: 说 introduces the reversed pair, as a colon does
    text = "收费员们说”我们的青春都交给收费了，现在啥也不会了。“这话让人唏嘘。"
    assert spans(text) == ["我们的青春都交给收费了，现在啥也不会了。"]
