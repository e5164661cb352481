"""The Chinese speaker string as a reader writes it (every article and phrase here is constructed)."""

from __future__ import annotations

from summarizer.article import from_text
from summarizer.cues import find_cues
from summarizer.cues.zh.speaker import clean_speaker


def speakers(text: str) -> list[str | None]:
    return [q.speaker for q in find_cues(from_text(text)).speech()]


def test_a_count_word_alone_names_nobody() -> None:
    assert clean_speaker("一位", None, "")[0] is None


def test_the_medium_gives_way_to_its_owner_or_to_nobody() -> None:
    # constructed
    assert clean_speaker("一段abc视频中", None, "")[0] == "abc"
    assert clean_speaker("报告中", None, "")[0] is None
    assert clean_speaker("一个论坛上", None, "")[0] is None


def test_a_fragment_that_is_no_noun_phrase_names_nobody() -> None:
    # constructed: a subject cut before an adverb, a verb, a clause
    for fragment in ("人都", "时间未", "表示", "我现在不能说，"):
        assert clean_speaker(fragment, None, "")[0] is None
    for name in ("王华礼", "曾彬彬", "司机", "他", "米兰达·博特"):
        assert clean_speaker(name, None, "")[0] == name


def test_a_determiner_points_back_to_the_earlier_speaker_with_that_head() -> None:
    # constructed
    assert clean_speaker("该主任", None, "", ["星河乳业公司办公室主任"])[0] == "星河乳业公司办公室主任"
    assert clean_speaker("该工作人员", None, "", [])[0] == "工作人员"
    assert clean_speaker("该公司", None, "", [])[0] == "该公司"  # a body unnamed keeps its pointer
    assert clean_speaker("该企业相关负责人", None, "", [])[0] == "该企业相关负责人"  # 该 opens the phrase


def test_a_surname_with_an_honorific_is_the_full_name_given_before() -> None:
    # constructed
    before = "记者在学校门口见到了安娜・韦斯。安娜・韦斯说，她刚搬来。"
    assert clean_speaker("韦斯女士", None, before)[0] == "安娜・韦斯"
    before = "闫志明在这里工作了十年，同事们都亲切地叫他老闫。闫志明笑着点头。"
    assert clean_speaker("老闫", None, before)[0] == "闫志明"
    # a surname with 先生 may be another person of that name (the father of the boy named)
    before = "15岁的王志远休学在家。王志远的父亲找到了学校。王志远说他想回去。"
    assert clean_speaker("王先生", None, before)[0] == "王先生"
    # no name given to the nickname: no guess
    before = "闫志明和闫立新都在这里。闫志明说了话，闫立新也说了。"
    assert clean_speaker("老闫", None, before)[0] == "老闫"


def test_cleaned_speakers_in_an_article() -> None:
    # constructed
    text = (
        "安娜・韦斯是一名教师。“今天的课很难。”韦斯女士告诉记者。\n"
        "“骗子总是先示好。”一段abc视频中说。"
    )
    assert speakers(text) == ["安娜・韦斯", "abc"]


def test_a_name_read_with_the_word_after_it_is_the_name() -> None:
    # constructed: a speech verb, an adverb, a preposition after the name; a modifier before it
    assert clean_speaker("赵立群直言", None, "")[0] == "赵立群"
    assert clean_speaker("刘斐在", None, "")[0] == "刘斐"
    assert clean_speaker("此时的张敏", None, "")[0] == "张敏"
    for name in ("江离", "于先生"):  # jieba reads a character of these as a verb or a preposition
        assert clean_speaker(name, None, "")[0] == name
    assert clean_speaker("王大同", None, "")[0] == "王大同"  # constructed: 大同 read as an adverb


def test_a_person_read_with_the_adverb_after_it_is_the_person() -> None:
    # constructed: 经常 / 纷纷 open the predicate; 时间未 is no one
    assert clean_speaker("奶奶经常", None, "")[0] == "奶奶"
    assert clean_speaker("围观群众纷纷", None, "")[0] == "围观群众"
    assert clean_speaker("时间未", None, "")[0] is None
    assert clean_speaker("交警经开大队民警", None, "")[0] == "交警经开大队民警"  # 经 read as an adverb


def test_a_noun_for_a_person_keeps_its_name_when_the_adverb_after_it_goes() -> None:
    # constructed: 民工 and 老兵 end in 工 / 兵, which zh's person nouns (zh.words.PERSON_END) hold;
    # the speaker cleaner reads the same endings, so the name before 纷纷 / 却 is kept, not dropped
    assert clean_speaker("民工纷纷", None, "")[0] == "民工"
    assert clean_speaker("老兵却", None, "")[0] == "老兵"
    assert speakers("村里的民工纷纷表示：“工钱还没发。”") == ["民工"]


def test_a_kin_word_cut_off_with_the_predicate_is_the_role() -> None:
    # constructed: 李强的父亲李建国接过奖状后(激动地说): the name is 李建国, 父亲 his role
    c = find_cues(from_text("记者来到村里。李强的父亲李建国接过奖状后激动地说：“我们全家都很骄傲。”"))
    assert (c.quotes[0].speaker, c.quotes[0].speaker_role) == ("李建国", "父亲")
