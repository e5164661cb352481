"""A transliterated name of five or six characters after a post (巴西总统博尔索纳罗): the post and the name split
as a shorter name's do (every phrase and article here is constructed)."""

from __future__ import annotations

from summarizer.article import from_text
from summarizer.cues import find_cues
from summarizer.cues import zh as cues_zh


def test_a_five_or_six_character_transliterated_name_after_a_post_is_the_name() -> None:
    assert cues_zh.split_name("巴西总统博尔索纳罗") == ("博尔索纳罗", "巴西总统")
    assert cues_zh.split_name("哈萨克斯坦总统纳扎尔巴耶夫") == ("纳扎尔巴耶夫", "哈萨克斯坦总统")


def test_a_shorter_name_after_a_post_splits_as_before() -> None:
    assert cues_zh.split_name("美国总统特朗普") == ("特朗普", "美国总统")
    assert cues_zh.split_name("海湾大学教授陈立新") == ("陈立新", "海湾大学教授")


def test_five_characters_after_an_office_word_that_are_no_one_name_stay_whole() -> None:
    # 长 ends an office, but 副秘书长 / 办公室主任 end in no transliterated name
    assert cues_zh.split_name("市政府副秘书长")[1] is None
    assert cues_zh.split_name("公司总经理办公室主任")[1] is None


def test_a_long_transliterated_name_looks_like_a_person_and_a_well_known_place_does_not() -> None:
    assert cues_zh.looks_person("博尔索纳罗")
    assert not cues_zh.looks_person("哈萨克斯坦")  # jieba's dictionary knows the country well


def test_a_quote_after_a_clause_naming_a_long_transliterated_name_is_theirs() -> None:
    # constructed article: the quote stands after a clause whose subject is a post and a five-character name
    text = (
        "海湾矿区周末发生塌方，村民里欧说：“我很担心家人。”\n"
        "巴西总统博尔索纳罗宣布成立应急小组，“类似事故一再发生，一定有什么地方做错了”。\n"
    )
    quotes = [q for q in find_cues(from_text(text)).quotes if "类似事故" in q.text]
    assert quotes and quotes[0].speaker == "博尔索纳罗"
