"""One position per actor and stance (summarizer/pipeline/brief.py), on constructed articles written for these tests."""

from __future__ import annotations

import pytest

from summarizer.article import Article, from_text
from summarizer.cues.stances import stance_strength, takes_stances
from summarizer.pipeline.brief import headline_end, one_per_stance, same_holder
from summarizer.records import Position, Span

# Constructed. Sentences 1 and 2 are Lind's one stance (a stance verb, then her reason); sentence 4
# is another stance of hers, far from the first; sentence 3 is another holder's.
EN = (
    "Constructed: Ferry Fares\n\n"
    "Mayor Sara Lind opposed the fare increase on Monday. "
    "Lind said the ferry will stay the only link for the islands. "
    "The ferry union said the crews should be paid in March. "
    "Weeks later, Lind also called for a new night route."
)
ZH = "港务局拒绝工会的加薪要求。港务局表示，今年的预算已经用完。工会说，码头昨天停工了三个小时。"


def _position(article: Article, holder: str, sentence: int, stance: str) -> Position:
    s = article.sentences[sentence]
    return Position(holder=holder, topic=stance[:20], stance=stance, source="cues",
                    evidence=[Span(start=s.start, end=s.end, text=s.text, match="exact")])  # fmt: skip


def test_one_holders_records_on_neighbouring_sentences_become_one_citing_both() -> None:
    a = from_text(EN)
    quote = _position(a, "Sara Lind", 2, "the ferry will stay the only link for the islands")
    verb = _position(a, "Lind", 1, "opposed the fare increase on Monday")
    out = one_per_stance(a, [quote, verb])
    assert len(out) == 1
    # The stance verb's clause is kept over the reason she gave; both sentences stay cited.
    assert out[0].stance == "opposed the fare increase on Monday"
    assert [e.start for e in out[0].evidence] == [a.sentences[1].start, a.sentences[2].start]


def test_another_holder_and_a_distant_stance_stay_separate() -> None:
    a = from_text(EN)
    records = [
        _position(a, "Sara Lind", 1, "opposed the fare increase on Monday"),
        _position(a, "The ferry union", 3, "the crews should be paid in March"),
        _position(a, "Lind", 4, "also called for a new night route"),
    ]
    out = one_per_stance(a, records)
    assert [(p.holder, p.stance) for p in out] == [(p.holder, p.stance) for p in records]


def test_an_english_plain_statement_standing_alone_is_no_position() -> None:
    # Constructed: the harbor master's plain report (no stance verb, no view, nothing else of his) is
    # something said, not a stance; the union's charge ('arguing') and Lind's stance stay.
    a = from_text(
        "Constructed: Ferry Fares\n\n"
        "Mayor Sara Lind opposed the fare increase on Monday. "
        "Harbor master Tom Ellis said the ferry left the dock at nine on Tuesday. "
        "The ferry union sent a letter to the council, arguing the fares hurt the islanders."
    )
    out = one_per_stance(a, [
        _position(a, "Sara Lind", 1, "opposed the fare increase on Monday"),
        _position(a, "Tom Ellis", 2, "the ferry left the dock at nine on Tuesday"),
        _position(a, "The ferry union", 3, "the fares hurt the islanders"),
    ])  # fmt: skip
    assert [p.holder for p in out] == ["Sara Lind", "The ferry union"]


def test_chinese_records_of_one_holder_on_neighbouring_sentences_are_one_stance() -> None:
    a = from_text(ZH)
    out = one_per_stance(a, [
        _position(a, "港务局", 1, "今年的预算已经用完"),
        _position(a, "港务局", 0, "拒绝工会的加薪要求"),
        _position(a, "工会", 2, "码头昨天停工了三个小时"),
    ])  # fmt: skip
    assert [(p.holder, p.stance, len(p.evidence)) for p in out] == [
        ("港务局", "拒绝工会的加薪要求", 2), ("工会", "码头昨天停工了三个小时", 1)]  # fmt: skip


def test_same_holder_reads_surnames_and_titles() -> None:
    assert same_holder("Donald Trump", "Trump", "en")
    assert not same_holder("Donald Trump", "Melania Knauss", "en")
    assert same_holder("海湾市市长林莎", "林莎", "zh")
    assert not same_holder("港务局", "工会", "zh")


def test_the_rules_engine_gives_one_position_for_a_stance_and_its_reason() -> None:
    from summarizer import summarize

    out = summarize(EN, engine="rules")
    lind = [p for p in out.positions if same_holder(p.holder, "Lind", "en")]
    # Without the rule: one record for "opposed …" and one for "Lind said …"; the distant call is its own.
    assert len(lind) == 2
    assert lind[0].stance.startswith("opposed the fare increase")
    assert len(lind[0].evidence) == 2


def test_a_holder_inside_another_speakers_words_takes_no_stance_there() -> None:
    from summarizer import summarize

    # Constructed. What Lin says about the port authority is Lin's statement.
    out = summarize("林莎表示，港务局愿意在明年重开北码头。港务局拒绝了工会的要求。", engine="rules")
    assert [(p.holder, p.stance) for p in out.positions] == [
        ("林莎", "港务局愿意在明年重开北码头"), ("港务局", "拒绝了工会的要求")]  # fmt: skip


# Constructed: an outlet, a law, a clause and an analyst as holders (what a model may write), and one actor.
ZH_HOLDERS = (
    "《海港日报》报道称，港务局拒绝加薪。《港口管理条例》规定，码头夜间停止作业。"
    "港务局暂时中止了谈判。业内专家表示，停工将持续一周。大学教授林远认为，港口应当扩建。"
)


def test_outlets_documents_clauses_and_analysts_hold_no_position() -> None:
    from summarizer.cues.types import ExpertCue

    a = from_text(ZH_HOLDERS)
    lin = ExpertCue("林远", "教授", "大学", a.text.index("大学"), a.text.index("认为"))
    out = one_per_stance(a, [
        _position(a, "海港日报", 0, "港务局拒绝加薪"),
        _position(a, "港务局", 0, "拒绝加薪"),
        _position(a, "《港口管理条例》", 1, "码头夜间停止作业"),
        _position(a, "港务局暂时中止了谈判", 2, "暂时中止了谈判"),
        _position(a, "业内专家", 3, "停工将持续一周"),
        _position(a, "林远", 4, "港口应当扩建"),
    ], experts=[lin])  # fmt: skip
    assert [(p.holder, p.stance) for p in out] == [("港务局", "拒绝加薪")]


def test_english_outlets_and_analysts_hold_no_position_but_actors_do() -> None:
    from summarizer.cues.types import ExpertCue

    a = from_text(EN)
    records = [
        _position(a, "The Harbor Times", 1, "opposed the fare increase on Monday"),
        _position(a, "analysts", 2, "the ferry will stay the only link for the islands"),
        _position(a, "The ferry union", 3, "the crews should be paid in March"),
        _position(a, "Lind", 4, "also called for a new night route"),
    ]
    # Constructed: as if the expert cues had introduced Lind as an analyst.
    assert [p.holder for p in one_per_stance(a, records)] == ["The ferry union", "Lind"]
    lind = ExpertCue("Sara Lind", "analyst", None, 0, 1)
    assert [p.holder for p in one_per_stance(a, records, experts=[lind])] == ["The ferry union"]


def test_a_holder_the_article_titles_as_scholar_or_analyst_holds_no_position() -> None:
    from summarizer.cues.stances import titled_analyst

    # Constructed: the expert cues need not have read these introductions.
    assert titled_analyst("诚如林远教授所言，港口应当扩建。", "林远", "zh")
    assert titled_analyst("研究员林远说，港口应当扩建。", "林远", "zh")
    assert not titled_analyst("港务局局长林远说，港口应当扩建。", "林远", "zh")
    # The title may be part of the holder itself (a subject read as 海湾大学林远教授).
    assert titled_analyst("海湾大学林远教授认为，港口应当扩建。", "海湾大学林远教授", "zh")
    assert not titled_analyst("海湾大学校长林远认为，港口应当扩建。", "海湾大学校长林远", "zh")
    assert titled_analyst("Sara Lind, a senior economist at the port institute, said fares will rise.", "Lind", "en")
    assert titled_analyst("Professor Sara Lind said fares will rise.", "Sara Lind", "en")
    assert not titled_analyst("Sara Lind, the mayor of the island, said fares will rise.", "Sara Lind", "en")
    a = from_text("港务局拒绝加薪。诚如林远教授所言，港口应当扩建。")
    out = one_per_stance(a, [_position(a, "港务局", 0, "拒绝加薪"), _position(a, "林远", 1, "港口应当扩建")])
    assert [p.holder for p in out] == ["港务局"]


def test_a_distant_plain_statement_of_a_holder_joins_that_holders_stance() -> None:
    # Constructed. Sentence 4 is a plain statement of Lind's (no stance verb, no view), three
    # sentences after her stance: it is evidence for her record, not a second position.
    a = from_text(
        "Constructed: Ferry Fares\n\n"
        "Mayor Sara Lind opposed the fare increase on Monday. "
        "The ferry union said the crews should be paid in March. "
        "The harbour office said the ferry left at noon. "
        "Later, Lind said the boat was built in 1990."
    )
    stance = _position(a, "Sara Lind", 1, "opposed the fare increase on Monday")
    plain = _position(a, "Lind", 4, "the boat was built in 1990")
    union = _position(a, "The ferry union", 2, "the crews should be paid in March")
    out = one_per_stance(a, [stance, union, plain])
    assert [(p.holder, p.stance) for p in out] == [(stance.holder, stance.stance), (union.holder, union.stance)]
    assert [e.start for e in out[0].evidence] == [a.sentences[1].start, a.sentences[4].start]


def test_a_stance_verb_whose_object_a_preposition_put_first_is_a_stance_verb_before_a_comma() -> None:
    # Constructed. 为…辩护，: a stance (3), which a distant plain statement of the same holder joins;
    # 问题和要求，: a noun, no stance verb.
    text = "港务局局长林远为码头工人加班的做法辩护，称工期很紧。"
    assert stance_strength("zh", text, "林远", "为码头工人加班的做法辩护，称工期很紧") == 3
    text = "周明说：“每个人都提出各种问题和要求，所以我不回去了。”"
    assert stance_strength("zh", text, "周明", "每个人都提出各种问题和要求，所以我不回去了。") == 1


def test_a_stance_verb_that_is_its_holders_predicate_before_a_comma_is_a_stance_verb() -> None:
    # Constructed. 还要求，: what was demanded follows the comma (3); 提出的要求，: a noun (1).
    text = "港务局还要求，各码头停止夜间作业。"
    assert stance_strength("zh", text, "港务局", "各码头停止夜间作业") == 3
    text = "港务局说，工会提出的要求，码头已经收到。"
    assert stance_strength("zh", text, "港务局", "工会提出的要求，码头已经收到") == 1


def test_a_quote_that_states_no_stance_is_evidence_for_its_speakers_distant_stance() -> None:
    from summarizer import summarize

    # Constructed. Lin's quote (sentence 3) recounts a visit: no position of its own, but Lin's
    # stance two sentences before it is what it supports, and it is cited there.
    text = (
        "港务局局长林远表示，码头必须在月底前完成加固。工会代表周明介绍，工人们已经连续加班三周。"
        "货主们也在等待消息。林远随后说：“我昨天下午去码头看过了那台吊车。”"
    )
    a = from_text(text)
    out = summarize(text, engine="rules")
    assert [(p.holder, p.stance) for p in out.positions] == [("林远", "码头必须在月底前完成加固")]
    assert [e.start for e in out.positions[0].evidence] == [a.sentences[0].start, a.sentences[3].start]


@pytest.mark.parametrize(("holder", "takes"), [("北京日報", False), ("業內專家", False), ("李小明", True)])
def test_traditional_holders_are_judged_in_the_simplified_view(holder: str, takes: bool) -> None:
    # Constructed: an outlet (日報) and an unnamed analyst (專家) in traditional characters hold no stance.
    assert takes_stances(holder, "zh") is takes


def test_traditional_stance_verbs_count_as_stance_verbs() -> None:
    # Constructed: 反對 is 反对, a verb of the closed stance class.
    assert stance_strength("zh", "李小明表示反對新法案", "李小明", "反對新法案") == 3


def test_a_run_of_one_holders_sentences_is_one_record_whatever_order_it_is_read_in() -> None:
    # Constructed: a stance verb (1), a plain quote (2) and a view (3) in a row; the view is read
    # before the quote that links it to the stance verb.
    a = from_text(
        "Constructed: Night Route\n\n"
        "Mayor Sara Lind criticized the night route on Monday. "
        "Lind said the pier was closed in March. "
        "Lind said the county should pay for the lights."
    )
    records = [
        _position(a, "Sara Lind", 1, "criticized the night route on Monday"),
        _position(a, "Lind", 3, "the county should pay for the lights"),
        _position(a, "Lind", 2, "the pier was closed in March"),
    ]
    out = one_per_stance(a, records)
    assert [p.stance for p in out] == ["criticized the night route on Monday"]
    assert len(out[0].evidence) == 3


def test_a_one_word_holder_that_is_the_full_names_first_name_is_the_same_actor() -> None:
    assert same_holder("Alwaleed", "Alwaleed Bin Talal", "en")
    assert same_holder("Hillary", "Hillary Clinton", "en")
    assert not same_holder("Hillary", "Bill Clinton", "en")
    assert not same_holder("Ann Reyes", "Ann Lind", "en")


def test_a_record_only_the_headline_states_is_left_out_but_the_bodys_stays() -> None:
    # Constructed: a headline paragraph, then the body that states the stance in full.
    a = from_text(
        "Lind: the night route could draw union support.\n\n"
        "Mayor Sara Lind opposed the fare increase on Monday. The union said the crews were paid in March."
    )
    head = _position(a, "Lind", 0, "the night route could draw union support")
    body = _position(a, "Sara Lind", 1, "opposed the fare increase on Monday")
    assert [p.stance for p in one_per_stance(a, [head, body])] == ["opposed the fare increase on Monday"]
    # A first paragraph of a long sentence is the body's lede, not a headline.
    lede = from_text(
        "Mayor Sara Lind on Monday opposed the fare increase that the ferry board approved last week, saying the "
        "islands' commuters cannot pay more while the night route stays closed for repairs.\n\nThe union agreed."
    )
    assert headline_end(lede) == 0
    assert len(one_per_stance(lede, [_position(lede, "Sara Lind", 0, "opposed the fare increase")])) == 1


def test_two_campaigns_are_two_holders() -> None:
    assert not same_holder("the Clinton campaign", "the Sanders campaign", "en")
    assert same_holder("the Sanders campaign", "Sanders' campaign", "en")


def test_a_short_chinese_lede_paragraph_is_no_headline() -> None:
    # Constructed: a Chinese headline has no full stop; a short lede paragraph ends with one.
    headline = from_text("港务局否认涨价传闻\n\n港务局周一表示，明年不会上调码头收费。渔民协会表示欢迎。")
    assert headline_end(headline) > 0
    lede = from_text("港务局周一表示，明年不会上调码头收费。\n\n渔民协会表示欢迎。")
    assert headline_end(lede) == 0


def test_an_english_view_joins_its_holders_stance_elsewhere_even_when_the_model_typed_it() -> None:
    # Constructed: sentence 4 is a view of Lind's ('should'), far from her stance in sentence 1.
    a = from_text(
        "Constructed: Ferry Fares\n\n"
        "Mayor Sara Lind opposed the fare increase on Monday. "
        "The ferry union said the crews should be paid in March. "
        "The harbour office said the ferry left at noon. "
        "Later, Lind said the city should buy a second boat."
    )
    stance = _position(a, "Sara Lind", 1, "opposed the fare increase on Monday")
    view = _position(a, "Lind", 4, "the city should buy a second boat")
    out = one_per_stance(a, [stance, view])
    assert [(p.holder, p.stance) for p in out] == [(stance.holder, stance.stance)]
    assert [e.start for e in out[0].evidence] == [a.sentences[1].start, a.sentences[4].start]
    # A model's stance type on the view (a demand) does not make it a stance: the sentence states a view.
    typed = view.model_copy(update={"stance_type": "demands", "source": "llm"})
    joined = one_per_stance(a, [stance, typed])
    assert [p.stance for p in joined] == [stance.stance]
    assert [e.start for e in joined[0].evidence] == [a.sentences[1].start, a.sentences[4].start]


def test_a_chinese_view_joins_its_holders_stance_elsewhere_even_when_the_model_typed_it() -> None:
    # Constructed: sentence 3 is a view of 林莎's (应该), far from her stance in sentence 0.
    a = from_text("市长林莎反对提高船票价格。工会说，船员三月领了工资。港务局说，渡轮中午开出。后来林莎说，市里应该再买一条船。")
    stance = _position(a, "林莎", 0, "反对提高船票价格")
    view = _position(a, "林莎", 3, "市里应该再买一条船")
    out = one_per_stance(a, [stance, view])
    assert [(p.holder, p.stance) for p in out] == [("林莎", stance.stance)]
    assert [e.start for e in out[0].evidence] == [a.sentences[0].start, a.sentences[3].start]
    typed = view.model_copy(update={"stance_type": "demands", "source": "llm"})
    joined = one_per_stance(a, [stance, typed])
    assert [p.stance for p in joined] == [stance.stance]
    assert [e.start for e in joined[0].evidence] == [a.sentences[0].start, a.sentences[3].start]


def test_a_persons_plain_account_is_no_position_but_a_bodys_plain_statement_is() -> None:
    from summarizer import summarize

    # Constructed. A deputy mayor and a passer-by recount facts (no stance verb, no view): testimony, not
    # positions. The port authority's plain statement is its answer as a body, and stays.
    text = (
        "副市长林莎说，码头上周一共停靠了十二艘货船。路过的一名男子说，当时码头上有很多人。"
        "港务局回应称，涉事吊车已于昨日停用。"
    )
    out = summarize(text, engine="rules")
    assert [p.holder for p in out.positions] == ["港务局"]


@pytest.mark.parametrize(
    ("holder", "person"),
    [("林莎", True), ("男子", True), ("杜某", True), ("戴夫·林", True), ("港务局", False), ("恒丰银行", False), ("工会", False)],
)
def test_zh_person_tells_people_from_bodies(holder: str, person: bool) -> None:
    # Constructed: 林莎 is given a post in the article; 恒丰银行 is a name with no post and no person noun.
    from summarizer.cues.stances import zh_person

    assert zh_person(holder, "副市长林莎到场。恒丰银行称。") is person


def test_a_holder_named_again_inside_a_spokespersons_words_is_read_where_it_stands() -> None:
    from summarizer import summarize

    # Constructed. 港务局 first stands in the spokesman's title, then inside what he says: the stance
    # is the spokesman's, not the port authority's as a second holder.
    text = "港务局发言人周明表示，港务局不希望码头停工。工会说，码头昨天停工了三个小时。"
    out = summarize(text, engine="rules")
    assert "港务局" not in [p.holder for p in out.positions]
    assert "周明" in [p.holder for p in out.positions]


@pytest.mark.parametrize(
    "sentence",
    ["1990年，市政府在居民要求下颁布规定，限制码头夜间作业。", "法院以林某拒不执行判决为由，对其拘留七天。"],
)
def test_a_stance_verb_inside_a_circumstance_or_reason_frame_takes_no_stance(sentence: str) -> None:
    from summarizer import summarize

    # Constructed: 在…要求下 is the circumstance of another act, 以…拒不执行为由 the reason given for it.
    assert summarize(sentence, engine="rules").positions == []
