"""Chinese quote speakers before a colon with no speech verb: the clause's subject (a post and a
name, or a noun for a person) speaks, not the first word jieba tags as a name; a line that ends in a
colon introduces the quote opening the next line; an adverb of manner (这样说) and a time clause with
no comma (…的时候X说) are no part of the subject (every article here is constructed)."""

from __future__ import annotations

from summarizer.article import from_text
from summarizer.cues import Cues, QuoteCue, find_cues


def cues_of(text: str) -> Cues:
    return find_cues(from_text(text))


def by_text(cues: Cues, fragment: str) -> QuoteCue:
    return next(q for q in cues.quotes if fragment in q.text)


def test_a_post_and_a_name_before_a_colon_speak_not_a_place_read_as_a_name() -> None:
    # constructed: 哈拉布拉乡 is a place jieba reads as a name; the heading is a post and a name
    c = cues_of("驻村工作队走访了农户。裕民县畜牧局驻哈拉布拉乡阿尕什村工作队队长章树林：“我们一定帮大家把刺绣卖出去。”")
    assert by_text(c, "刺绣卖出去").speaker == "章树林"


def test_the_subject_of_the_clause_before_a_colon_speaks_not_its_object() -> None:
    # constructed: the clause has a predicate after its subject (跟…一样, 就遇到了), and an object after a verb
    c = cues_of("村里开了座谈会。保安镇农科村党总支书记王能干跟很多人感受一样：“大家都很受鼓舞。”")
    assert by_text(c, "受鼓舞").speaker == "王能干"
    c = cues_of("程红秀去年毕业。第一年教书，程老师就遇到了一个难题：“一年级学生识字少，记作业很难。”")
    assert by_text(c, "识字少").speaker == "程老师"
    c = cues_of("民警赶到现场。警员离开时提醒围观男子：“拍可以，但不能断章取义。”男子点头。")
    assert by_text(c, "断章取义").speaker == "警员"


def test_no_subject_from_a_passive_nor_alone() -> None:
    # constructed: 被 makes the subject the one named, not the speaker; 一个人 (alone) is an adverbial
    c = cues_of("陈师傅的壶做得好，名气很大。他的壶被当时的报纸称为：“出品精良，驰誉遐迩。”")
    assert all(q.speaker != "报纸" for q in c.quotes)
    c = cues_of("老人的妻子去年去世了。每天一大早，他都去墓地看她，一个人默默流泪：“我真想你能跟我回家。”")
    assert all(q.speaker != "一个人" for q in c.quotes)


def test_a_line_ending_in_a_colon_introduces_the_quote_on_the_next_line() -> None:
    # constructed: the colon ends a paragraph; the quote opens the next one
    c = cues_of("一个星期天，社区主任王建国来到广场，对着围观的居民说：\n\n“大家不要在这里停车。”\n\n居民们纷纷点头。")
    assert by_text(c, "不要在这里停车").speaker == "王建国"


def test_an_adverb_of_manner_and_a_time_clause_are_no_part_of_the_subject() -> None:
    # constructed: 这样写道 / 也是这么说; 处理的时候 with no comma before the subject
    c = cues_of("事情过去一周后，“我会全力配合调查。”结尾处司机靳师傅这样写道。")
    assert by_text(c, "全力配合").speaker == "靳师傅"
    c = cues_of("在交警队处理的时候这个外卖员也是这么说“撞了也跟我没关系”，家属很气愤。")
    assert by_text(c, "跟我没关系").speaker == "外卖员"


def test_words_that_hold_cheng_are_no_speech_verb() -> None:
    # constructed: 拍手称快 / 称心 are no saying; the speech verb after the quote gives the speaker
    c = cues_of("物业拖走了占道的车辆。对于物业的做法，业主拍手称快，“早就该这样了，大家都没地方停车。”业主张女士说。")
    assert by_text(c, "早就该这样").speaker == "张女士"


def test_the_person_subject_of_a_colon_clause_speaks_not_the_last_speaker() -> None:
    # constructed: a noun for a person opens the clause, then its predicate (no speech verb) and a colon
    c = cues_of("民警赶到时，司机拒不配合。民警随即喷射了催泪瓦斯。黑衣男子数次叫喊：“我眼睛睁不开！”")
    assert by_text(c, "睁不开").speaker == "黑衣男子"


def test_no_colon_speaker_from_a_thing_nor_from_after_a_pronoun() -> None:
    # constructed: the subject of 电话响了 is the telephone; 她的语气中充满干劲儿 is about her, not 干劲儿
    c = cues_of("当晚22时，县交警大队报警电话响了：“路口发生车祸，有人受伤。”民警随即出警。")
    assert by_text(c, "有人受伤").speaker is None
    c = cues_of("社工刘芳说：“工作还要再细一些。”谈到未来计划时，她的语气中充满干劲儿：“要让档案全部电子化。”")
    assert by_text(c, "全部电子化").speaker != "干劲儿"


def test_an_answer_or_a_voice_is_its_owners() -> None:
    # constructed: X的回答是“…” / X的回答：“…”: the possessor, a person, answers; 得到的回答 names no one
    c = cues_of("主办方说：“我们会替你保密。”但是宝强的回答是“只是为了尊重电影。”")
    assert by_text(c, "尊重电影").speaker == "宝强"
    c = cues_of("记者问了三次，得到的回答是：“不知道。”")
    assert by_text(c, "不知道").speaker is None
