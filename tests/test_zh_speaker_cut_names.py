"""Chinese speakers: names jieba cuts, predicates read into a name (every article and phrase here is
constructed)."""

from __future__ import annotations

from summarizer.article import from_text
from summarizer.cues import find_cues
from summarizer.cues.speaker_zh import clean_speaker
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
