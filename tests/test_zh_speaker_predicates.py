"""Chinese speakers whose clause goes on past the subject: a title inside the predicate (在接受记者采访时)
is no post and name, nor is an adverbial (…地) a name; a copula (这是) is no part of a name (every article here is
constructed)."""

from __future__ import annotations

from summarizer.article import from_text
from summarizer.cues import Cues, QuoteCue, find_cues
from summarizer.cues.zh.subject import subject_np


def cues_of(text: str) -> Cues:
    return find_cues(from_text(text))


def by_text(cues: Cues, fragment: str) -> QuoteCue:
    return next(q for q in cues.quotes if fragment in q.text)


def test_a_title_inside_the_predicate_is_no_post_and_name() -> None:
    # constructed: 记者 is the interviewer; 采访时 is no name
    assert subject_np("王明在接受记者采访时") == "王明"
    assert subject_np("资深业内人士王明接受本报记者专访时") == "资深业内人士王明"
    assert subject_np("一位不愿透露姓名的券商有关负责人在接受记者采访时") == "券商有关负责人"
    c = cues_of("一位资深业内人士在接受《晨报》记者采访时说，“我们很多客户都接到过类似的电话。”")
    assert by_text(c, "类似的电话").speaker == "资深业内人士"


def test_a_post_and_name_with_a_joining_word_or_a_dateline_stays_whole() -> None:
    # constructed: 与 joins two nouns of an institute's name, 结合 is inside a hospital's, 曾 opens a name
    assert subject_np("江城大学建筑与规划学院教授刘明") == "江城大学建筑与规划学院教授刘明"
    assert subject_np("江城市中西医结合医院眼科主任陈亮") == "江城市中西医结合医院眼科主任陈亮"
    assert subject_np("主任曾庆海对记者") == "主任曾庆海"


def test_an_adverbial_before_the_verb_is_no_name_after_a_title() -> None:
    # constructed: 网友 and 师 end words that a title may end, but 气愤地 / 无奈地 are adverbials
    assert subject_np("郭师傅无奈地") == "郭师傅"
    c = cues_of("“吃了十几年的火锅，头回遇到这种事。”爆料网友气愤地说道。“眨眼工夫，车就着完了！”昨日，郭师傅无奈地说。")
    assert by_text(c, "十几年的火锅").speaker == "爆料网友"
    assert by_text(c, "车就着完了").speaker == "郭师傅"


def test_a_copula_before_the_name_is_no_part_of_it() -> None:
    # constructed: “…”这是X对…说的 names X
    c = cues_of("她的办公室名叫温馨小屋。“我希望这是最后一次在这里见面。”这是刘晓玲对来访者说的最多的一句话。")
    assert by_text(c, "最后一次").speaker == "刘晓玲"


def test_the_one_name_before_a_predicate_and_an_adverbial_is_the_subject() -> None:
    # constructed: 接过喜报后 is the predicate, 激动地 the adverbial; the name ends the subject
    c = cues_of("乡亲们赶来迎接。王小宇的父亲王德明接过喜报后激动地说：“我们感到很骄傲。”")
    q = by_text(c, "很骄傲")
    assert (q.speaker, q.speaker_role) == ("王德明", "父亲")


def test_a_speaker_who_speaks_thus_ru_shi_is_the_subject() -> None:
    # constructed: 如是说, literary "said thus", after the quote
    c = find_cues(from_text("“这条路我们盼了二十年。”退休教师李先生如是说。"))
    assert c.quotes[0].speaker == "李先生"


def test_a_name_then_ba_is_the_subject_whatever_de_follows() -> None:
    # constructed: 把 opens the predicate; the 的 inside it modifies its object, not the subject
    assert subject_np("周女士把自己这段离奇的打车经历发到了微博") == "周女士"
    c = find_cues(from_text("“等了半小时，来的却是一辆货车。”昨天，周女士把自己这段离奇的打车经历发到了微博，感慨“以前不是这样的”。"))
    assert all(q.speaker == "周女士" for q in c.quotes if q.kind == "speech")


def test_a_predicate_is_no_speaker() -> None:
    # constructed: a copula, a causative or a verb with its complement opens no name
    from summarizer.cues.zh.speaker import _fragment

    assert _fragment("是对报亭老板") and _fragment("经历发到了朋友圈") and _fragment("让当事人")
    assert not _fragment("被告人王某") and not _fragment("到场记者")
