"""A Chinese name after the words that describe its person: a surname with a form of address or a post
(该店朱经理, 外婆杨女士) names the person, the description before it is their role (every phrase and
article here is constructed)."""

from __future__ import annotations

from summarizer.article import from_text
from summarizer.cues import find_cues
from summarizer.cues import zh as cues_zh


def test_a_surname_and_an_address_closing_a_description_is_the_name() -> None:
    assert cues_zh.split_name("该店朱经理") == ("朱经理", "该店")
    assert cues_zh.split_name("外婆杨女士") == ("杨女士", "外婆")
    assert cues_zh.split_name("环卫工李大姐") == ("李大姐", "环卫工")
    assert cues_zh.split_name("南京王先生") == ("王先生", "南京")
    assert cues_zh.split_name("当地居民王某") == ("王某", "当地居民")


def test_a_surname_character_inside_a_word_or_after_a_joining_word_is_no_name() -> None:
    # 成员 and 安全主任: 成 and 全 end or open a longer word; 和 joins two people
    assert cues_zh.split_name("小组成员") == ("小组成员", None)
    assert cues_zh.split_name("公司安全主任") == ("公司安全主任", None)
    assert cues_zh.split_name("王先生和李女士") == ("王先生和李女士", None)
    assert cues_zh.split_name("发现辖区丁家镇陈某某")[1] is None  # a clause opening with a verb, not a description


def test_the_quote_speaker_is_the_surname_and_address_not_the_description() -> None:
    c = find_cues(from_text("店里的生意一直不错。该店朱经理告诉记者：“周末的客人比平时多一倍。”"))
    assert next(q for q in c.quotes if "多一倍" in q.text).speaker == "朱经理"


def test_a_one_character_person_noun_ends_a_post_and_a_cut_given_name_joins_its_surname() -> None:
    assert cues_zh.split_name("老港口人杨一兵") == ("杨一兵", "老港口人")
    assert cues_zh.split_name("江苏阳光首席质量官曹秀明") == ("曹秀明", "江苏阳光首席质量官")
    assert cues_zh.split_name("大一学生李玟") == ("李玟", "大一学生")  # jieba's 李|玟


def test_a_transliterated_name_jieba_reads_as_a_place_after_a_person_noun_is_the_name() -> None:
    assert cues_zh.split_name("目击者拉什") == ("拉什", "目击者")
    assert cues_zh.split_name("遇难者家属里欧") == ("里欧", "遇难者家属")


def test_an_owner_before_zhang_is_a_name_though_jieba_reads_advocate() -> None:
    # 业主|张…: jieba reads 主张 ('advocate'); after an owner, 张 and an address, 某 or a given name close the phrase.
    assert cues_zh.split_name("海湾企业主张某") == ("张某", "海湾企业主")
    assert cues_zh.split_name("港湾小区业主张先生") == ("张先生", "港湾小区业主")
    assert cues_zh.split_name("海湾网创业主张广琛") == ("张广琛", "海湾网创业主")
    # An owner advocating something is no name.
    assert cues_zh.split_name("海湾企业主张扩大")[1] is None


def test_an_office_character_opening_a_word_with_what_follows_ends_no_title() -> None:
    # 长效机制, 师风建设, 师范大学: 长 and 师 open one of jieba's words with the characters after them, so no name
    # follows a title (constructed phrases).
    assert cues_zh.split_name("形成港湾长效机制")[1] is None
    assert cues_zh.split_name("加强师风建设")[1] is None
    assert cues_zh.split_name("海湾师范大学")[1] is None
    assert cues_zh.split_name("副市长王海清") == ("王海清", "副市长")
    assert cues_zh.split_name("海湾大学教授陈立新") == ("陈立新", "海湾大学教授")


def test_a_title_read_only_by_a_cut_inside_a_word_is_told_apart() -> None:
    # constructed phrases: 委员会 and 师范 are one word each, so 委员|会就曾 and 师|范大学 are no title and name
    assert cues_zh.title_cut_inside_word("欧盟委员会就曾")
    assert cues_zh.title_cut_inside_word("海湾师范大学")
    assert not cues_zh.title_cut_inside_word("副市长王海清")
    assert not cues_zh.title_cut_inside_word("主任何平")
