"""Chinese speakers: names jieba cuts, predicates read into a name (every article and phrase here is
constructed)."""

from __future__ import annotations

from summarizer.article import from_text
from summarizer.cues import find_cues
from summarizer.cues.zh.speaker import clean_speaker
from summarizer.cues.zh import cut_name


def speakers(text: str) -> list[str | None]:
    return [q.speaker for q in find_cues(from_text(text)).speech()]


def test_a_surname_and_a_given_name_jieba_reads_as_other_words_is_a_name() -> None:
    for name in ("付生财", "张爱国", "邓贤国"):
        assert cut_name(name), name
    # a function word after the surname, a body, a person's noun, a dictionary word: no name
    for words in ("文中称", "关于此", "江医院", "石头人", "程序员", "高新区", "王局长"):
        assert not cut_name(words), words


def test_a_quote_standing_alone_continues_the_person_jieba_cut() -> None:
    # constructed: 付生财 (付|生财) spoke last; the group named before him did not
    text = (
        "当地藏族群众告诉记者，新村的名字意为幸福。54岁的农民付生财站在雪中迎接客人。"
        "“动物都过不好，别提人了。”付生财说。他在新村种了两个大棚。“价格稳定，一茬能收入八千多元。”"
    )
    assert speakers(text) == ["付生财", "付生财"]


def test_a_post_then_a_name_jieba_cut_is_the_name() -> None:
    assert clean_speaker("扫雷大队战士窦希望", None, "") == ("窦希望", "扫雷大队战士")


def test_a_predicate_read_into_the_speaker_is_cut_off() -> None:
    # constructed: the subject of the clause before a verb with none of its own (…，于是说道)
    assert clean_speaker("老父亲见到邻居", None, "")[0] == "老父亲"
    assert clean_speaker("黑衣男子完全不听", None, "")[0] == "黑衣男子"
    assert clean_speaker("郭超华信心满满地", None, "")[0] == "郭超华"
    assert clean_speaker("王大拿表情异常精彩起来", None, "")[0] == "王大拿"
    # a one-character verb may end a name jieba cut
    for name in ("刘才添", "江离", "付生财"):
        assert clean_speaker(name, None, "")[0] == name


def test_a_quote_after_a_half_width_sentence_end_opens_its_clause() -> None:
    # constructed: an ellipsis of points, then the quote and its speaker after it
    text = "一季度计划完成六十七万吨，实际完成六十七点二万吨.....“我们把考核做细做实，效益就出来了。”选煤中心主任来存龙说。"
    assert speakers(text) == ["来存龙"]
    text = "空降兵某旅把喜报送到他父亲手中。摄影 方超????“送喜报到家，就是让军人成为受尊崇的职业。”这个旅领导表示，要在点滴中推动落实。"
    assert speakers(text) == ["这个旅领导"]


def test_the_point_after_a_list_number_is_no_sentence_end() -> None:
    # constructed: a numbered heading, then a company's name in quote marks
    text = "4.某网贷平台案\n5.“臻纪文化公司”非法吸收公众存款案据警方立案侦查，马永彤等人向社会宣称其有大量项目。"
    assert speakers(text) == []


def test_who_hears_a_quote_standing_alone_did_not_say_it() -> None:
    # constructed: the clause after the quote is about the one who hears the cry
    text = "老人下水后不久出了意外。“快救命啊，有人落水了！”下午2点40分，应急救援中心的救援队员李伟正在码头值班，突然听到不远处的水域传来呼救声。"
    assert speakers(text) == [None]


def test_a_name_before_a_colon_after_the_quote_introduces_its_own_words() -> None:
    # constructed: a commenter's handle after the quoted insult, then the commenter's own words
    text = "这位车主还骂起了外地车主..“不会开车就滚回去！”金翅扑街:建议交警查一查这个司机。"
    assert speakers(text) == [None]


def test_the_reporters_question_is_the_reporters_and_the_answer_the_others() -> None:
    # constructed
    text = "李女士说孩子已经走了三天。记者问她：“为什么当天没有报警？”李女士回答说：“我以为他们很快会回来。”"
    assert speakers(text) == ["记者", "李女士"]


def test_a_clause_joined_by_bing_takes_the_subject_of_the_clause_before() -> None:
    # constructed
    text = "作家王明转发了这条微博，并且配文称：“道理不错，可我也想知道这是谁写的。”"
    assert speakers(text) == ["王明"]


def test_a_count_before_the_people_who_speak_is_no_part_of_them() -> None:
    assert clean_speaker("一户李姓村民", None, "")[0] == "李姓村民"
    assert clean_speaker("三名小伙", None, "")[0] == "小伙"
    assert clean_speaker("有一个记载", None, "")[0] == "有一个记载"  # no person after the count: left alone
