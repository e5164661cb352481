"""Chinese quote speakers read from the clause around the quote: a predicate is no subject, a name
jieba cuts is one name, a noun that opens with a preposition's character stays whole, a clause after
the quote names who said it, a feature names its 他 afterwards (every article here is constructed)."""

from __future__ import annotations

from summarizer.article import from_text
from summarizer.cues import Cues, QuoteCue, find_cues
from summarizer.cues import zh as cues_zh
from summarizer.cues.zh import verb_speaker


def cues_of(text: str) -> Cues:
    return find_cues(from_text(text))


def by_text(cues: Cues, fragment: str) -> QuoteCue:
    return next(q for q in cues.quotes if fragment in q.text)


def test_a_predicate_before_the_verb_is_no_subject_the_clause_before_gives_it() -> None:
    # constructed: 安排志愿者轮流上门劝说 has no subject of its own; 李阿姨 is the sentence's
    c = cues_of("李阿姨发现以后，安排志愿者轮流上门劝说，“前后去了五六次，每次两个人。”")
    assert by_text(c, "五六次").speaker == "李阿姨"
    assert verb_speaker._predicate_words("安排志愿者轮流上门")
    assert not verb_speaker._predicate_words("相关负责人") and not verb_speaker._predicate_words("小陈")


def test_quan_shuo_with_an_object_is_persuading_not_speaking() -> None:
    # constructed: 成功劝说一名老人 is no speech verb; the speaker is the one who 说 before
    c = cues_of("说起工作成绩，李阿姨说，上个月成功劝说一名老人退掉了保健品，“现在她见了推销员就躲。”")
    assert by_text(c, "推销员就躲").speaker == "李阿姨"


def test_a_name_jieba_cuts_after_a_post_is_the_name() -> None:
    # constructed: a post, then a three-character name read as two words; a surname and a post
    assert cues_zh.split_name("公诉人杨俊岩") == ("杨俊岩", "公诉人")
    assert cues_zh.split_name("村委兰书记") == ("兰书记", "村委")


def test_a_preposition_that_opens_a_noun_does_not_end_the_subject() -> None:
    # constructed: 被告 and 与会者 open with 被 and 与; a name before 同志 still ends the subject
    assert cues_zh.subject_np("两名被告在庭审中") == "两名被告"
    c = cues_of("展会现场人头攒动。“这台机器一分钟就能装好一箱货。”一位与会者参观后表示。")
    assert by_text(c, "装好一箱货").speaker == "与会者"
    assert cues_zh.subject_np("正如张建国同志所") == "张建国"


def test_a_confession_or_a_statement_in_court_reports_speech() -> None:
    # constructed: 供述 / 陈述 after a quote say whose words they were
    c = cues_of("案件审理中，检方出示了证据。“那时我只想着把钱还上。”被告人赵某某向办案人员供述。")
    assert by_text(c, "把钱还上").speaker.endswith("赵某某")


def test_a_clause_about_a_person_after_a_quote_without_a_verb_names_the_speaker() -> None:
    # constructed: no speech verb; the clause after the closing mark is about 小刘
    c = cues_of("中介公司至今没有退钱。记者见到了小刘，“钱都是向亲戚借的，只能先还上。”小刘十分无奈。")
    assert by_text(c, "向亲戚借的").speaker == "小刘"
    c = cues_of("周三上午，学校打来电话。“孩子只是手上烫红了一点。”当天中午接到电话后，宋先生以为问题不大。")
    assert by_text(c, "烫红了一点").speaker == "宋先生"


def test_a_pronoun_the_feature_names_after_the_quote() -> None:
    # constructed: 他 is named only in the sentence after the words
    c = cues_of("他说：“在这个岗位上，就要对得起老百姓。”他就是郑志明，一名在基层干了二十年的检察官。")
    assert by_text(c, "对得起老百姓").speaker == "郑志明"


def test_a_notice_speaks_for_the_body_that_issued_it() -> None:
    # constructed: 通报称 after the sentence in which the police issue it; an issuer the text never names stays the notice
    c = cues_of("昨天下午，临河县警方就此事在网上发布通报。通报称：“3月2日8时许，县公安局接到群众报警。”")
    assert by_text(c, "接到群众报警").speaker == "临河县警方"
    c = cues_of("这件事在网上引起关注。通报称：“事故原因正在调查。”")
    assert by_text(c, "正在调查").speaker == "通报"


def test_a_quote_standing_alone_after_a_body_spoke_is_the_body_s() -> None:
    # constructed: the company spoke in the sentence right before; a concessive 说 reports no one
    c = cues_of("28日傍晚，东方航运集团在官方微博中表示，网传信息不实。“请旅客通过官方渠道购票。”")
    assert by_text(c, "官方渠道").speaker == "东方航运集团"
    c = cues_of("发言人王立华表示，岛屿自古就是本国领土。无论邻国说什么，都改变不了事实。“我们敦促对方正视历史。”")
    assert by_text(c, "正视历史").speaker == "王立华"


def test_a_role_before_a_colon_in_a_transcript_is_the_speaker() -> None:
    # constructed: an interview written as a transcript; a heading before a colon is no one
    c = cues_of(
        "记者来到村里了解情况。\n记者：“那以前呢？”\n小陈：“价格呢？”\n"
        "果品批发市场经营户：“一共六十块钱。”\n原标题：“大桥通车”"
    )
    assert by_text(c, "以前呢").speaker == "记者"
    assert by_text(c, "价格呢").speaker == "小陈"
    assert by_text(c, "六十块钱").speaker == "果品批发市场经营户"
    assert by_text(c, "大桥通车").speaker is None


def test_a_quote_closing_a_sentence_about_a_person_is_that_person_s() -> None:
    # constructed: no speech verb; the sentence is about the officer, the next one about someone else;
    # a bare noun (家长) is too vague to take the words from the last speaker
    c = cues_of("现场痕迹已被雪覆盖。民警张建国一遍又一遍检查着现场，“这儿有一块碎片。”报警人向民警讲述了经过。")
    assert by_text(c, "一块碎片").speaker == "张建国"
    c = cues_of("王先生说：“我先不管他。”亲戚朋友都不同意，他们担心孩子，“他们都劝我，别后悔。”")
    assert by_text(c, "别后悔").speaker == "王先生"


def test_a_time_adverbial_between_subject_and_verb_is_no_part_of_the_speaker() -> None:
    # constructed: 在接受记者采访时 stands between the speaker and 说 (its 记者 is no post before a name)
    c = find_cues(
        from_text(
            "一位业内人士在接受《经济日报》记者采访时说：“市场还会调整。”"
            "证监会副主席李明在出席论坛活动时表示：“监管会更加严格。”"
        )
    )
    assert [q.speaker for q in c.quotes] == ["业内人士", "李明"]


def test_a_phrase_of_manner_opens_a_clause_with_no_subject_of_its_own() -> None:
    # constructed: 用平和的语气(喊道): the tone is no speaker; 张伟, the subject of the clause before, speaks
    c = find_cues(from_text("记者赶到现场。张伟放慢了脚步，用平和的语气喊道：“大哥，先下来再说。”"))
    assert c.quotes[0].speaker == "张伟"
