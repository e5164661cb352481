"""Who holds a Chinese stance: the clause's own subject, never a fragment of another clause.

Every article here is constructed for these tests (invented places, bodies and people).
"""

from __future__ import annotations

import pytest

from .conftest import stance_holders as holders


@pytest.mark.parametrize(
    ("text", "not_holder"),
    [
        # A clause that is a common noun alone lends no subject to the next one.
        ("法院认定被告构成盗窃罪和诈骗罪，数罪并罚，决定执行有期徒刑六年。", "数罪并罚"),
        # A causative clause (令人…) and a concessive one (无论X说什么) name no holder.
        ("港务局官员仅因渔民抗议就退缩，令人感叹，建议可考虑与海湾市合作应对。", "令人"),
        ("港务局官员仅因渔民抗议就退缩，令人感叹，建议可考虑与海湾市合作应对。", "抗议"),
        ("无论日方说什么、做什么，都改变不了小岛属于海湾市的事实。", "无论日方"),
        # A document opens what follows it: the noun before it modifies the document.
        ("5月4日，海湾渡轮传出即将退出市场的“重大通知”称，海湾渡轮即将解散。", "重大"),
        # A place or a time read as a noun phrase is an adverbial.
        ("今年世界范围内发生了许多灾害，因此决定了年度汉字。", "世界范围内"),
        # Events and laws are not actors.
        ("法律没有要求构成本罪必须以营利为目的。", "法律"),
        # 经审理 ('after the hearing') opens an adverbial, it is nobody.
        ("经审理，一审法院认为，渡轮公司未尽到告知义务。", "经审理"),
        # A quantity of things is no group that speaks.
        ("很多事情女孩子都不好意思跟父亲说，觉得母亲更懂自己。", "事情女孩子"),
    ],
)
def test_a_fragment_of_another_clause_is_no_holder(text: str, not_holder: str) -> None:
    assert not_holder not in [h for h, _ in holders(text)]


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        ("经审理，一审法院认为，渡轮公司未尽到告知义务。", "一审法院"),  # 一审 is a court, not 'one'
        ("最慢的潮阳湾区，认为之前定的选址不适合。", "潮阳湾区"),  # a place alone is a topic that holds a view
        ("市民：希望有关部门尽快规范码头管理。", "市民"),  # a name before a colon says who speaks
        ("不少市民表示烟花爆竹并非年味的标配。", "市民"),  # 不少 counts the group; the group holds the view
        ("有网友爆料称，渡轮公司拖欠船员工资。", "网友"),  # 爆料 is the act of publishing, its subject speaks
    ],
)
def test_the_clauses_own_subject_holds_the_stance(text: str, holder: str) -> None:
    assert holder in [h for h, _ in holders(text)]


def test_an_actor_inside_anothers_view_takes_no_stance_there() -> None:
    from summarizer import summarize

    # Constructed: 在X看来 tells what follows as X's view, as X认为 does.
    text = "在海湾大学合伙人郭凯看来，前两年港务局要求各码头扩建泊位。渔民协会拒绝了填海计划。"
    assert [p.holder for p in summarize(text, engine="rules").positions] == ["渔民协会"]


@pytest.mark.parametrize(
    ("text", "not_holder"),
    [
        # Constructed: a thing, an idea or an event as the subject of a stance verb's other sense
        # ('determines', 'calls for', 'threatens') is no actor.
        ("方法决定成效。整改要抓紧落实。", "方法"),
        ("比如，考试要求写海湾市，你可以写“海湾的渡轮”，这个很具体。", "考试"),
        ("网络诈骗犯罪威胁着渔民的财产安全。", "网络诈骗犯罪"),
    ],
)
def test_a_common_noun_for_a_thing_holds_no_stance(text: str, not_holder: str) -> None:
    assert not_holder not in [h for h, _ in holders(text)]


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        # Constructed: a name, a party, a unit and a post hold stances whatever the dictionary makes of them.
        ("孙海潮表示，渡轮公司应当尽快赔偿渔民的损失。", "孙海潮"),
        ("家属要求渡轮公司公开事故调查结果。", "家属"),
        ("专案组决定对渡轮公司立案调查。", "专案组"),
        ("港务局书记要求各码头立即整改。", "港务局书记"),
    ],
)
def test_a_name_a_party_or_a_unit_holds_a_stance(text: str, holder: str) -> None:
    assert holder in [h for h, _ in holders(text)]


@pytest.mark.parametrize(
    ("text", "holder", "stance"),
    [
        # Constructed: a court's ruling is its stance on the case, read past its adverbials (instance, charge).
        ("海湾市中级人民法院一审以受贿罪判处吴某有期徒刑8年，并处罚金130万元。", "海湾市中级人民法院", "一审以受贿罪判处吴某有期徒刑8年"),
        ("港湾区法院以危险驾驶罪一审判处王某拘役五个月。", "港湾区法院", "以危险驾驶罪一审判处王某拘役五个月"),
        ("二审法院裁定驳回上诉，维持原判。", "二审法院", "裁定驳回上诉，维持原判"),
    ],
)
def test_a_courts_ruling_is_its_stance(text: str, holder: str, stance: str) -> None:
    assert any(h == holder and s.startswith(stance) for h, s in holders(text))


@pytest.mark.parametrize(
    "text",
    [
        "警方认定该车系被盗车辆。",  # only a court rules: the police's finding is no ruling
        "渡轮公司不服一审判决，提起上诉。",  # the judgment as a noun, the object of 不服
        "经法院判决，肇事者应赔偿渔民损失13万余元。",  # a court governed by 经 is no subject
        "如果当事人起诉离婚，法院判决不准离婚，那么赔偿请求也不予支持。",  # a ruling supposed
        "法院在驳回渡轮公司的诉讼请求后，案件进入执行。",  # a time
        "构成危险驾驶罪的，由人民法院依法判处拘役，并处罚金。",  # the law's rule, not a court's ruling
    ],
)
def test_a_ruling_word_outside_a_courts_ruling_is_no_stance(text: str) -> None:
    assert not [h for h, _ in holders(text) if h.endswith(("警方", "渡轮公司", "法院"))]


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        # Constructed: jieba tags some surnames (顾, 戴, 关) and attributive words (相关, 公诉, 承办) as verbs;
        # before a title, a form of address or a noun for a person or a body they open a noun phrase.
        ("海湾市渡轮公司相关负责人表示，将尽快恢复停航的航线。", "海湾市渡轮公司相关负责人"),
        ("公诉机关认为，应以诈骗罪追究被告人王某的刑事责任。", "公诉机关"),
        ("顾科长强调，渡轮停航期间，乘客的船票应当全额退还。", "顾科长"),
        ("戴先生表示，希望渡轮公司尽快给个说法。", "戴先生"),
    ],
)
def test_a_surname_or_attributive_word_tagged_as_a_verb_opens_a_holder(text: str, holder: str) -> None:
    assert holder in [h for h, _ in holders(text)]


def test_a_modal_inside_a_holder_makes_it_a_predicate() -> None:
    # Constructed: 要 with words after it opens the predicate; 海湾区相关部门要大力 names nobody.
    text = "王市长希望渡轮公司做好航线恢复工作，海湾区相关部门要大力支持码头改造。"
    assert not [h for h, _ in holders(text) if h.endswith("大力")]


@pytest.mark.parametrize(
    ("text", "not_holder"),
    [
        # Constructed: an indefinite pronoun ('everyone', 'people') names no actor.
        ("座谈会上，大家一致认为，渡轮航线应当尽快恢复。", "大家"),
        ("人们希望渡轮公司能尽快恢复航线。", "人们"),
        # The modal 会 ('will') ends no organisation's name as 协会 does.
        ("公司会对司机进行内部教育，希望乘客谅解。", "公司会"),
        # A prepositional phrase inside what was read as a holder is a predicate.
        ("售后服务由品牌厂商提供，支持全国联保。", "售后服务由品牌厂商"),
    ],
)
def test_no_actor_is_read_off_a_pronoun_a_modal_or_a_prepositional_phrase(text: str, not_holder: str) -> None:
    assert not_holder not in [h for h, _ in holders(text)]


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        # Constructed: a time word before the subject is an adverbial, not part of the holder.
        ("现在海湾市方面要求渡轮公司尽快调查出真相。", "海湾市方面"),
        ("当初王海波说，渡轮公司一定会赔偿乘客的损失。", "王海波"),
    ],
)
def test_a_time_word_before_the_subject_is_no_part_of_the_holder(text: str, holder: str) -> None:
    assert holder in [h for h, _ in holders(text)]


@pytest.mark.parametrize(
    ("text", "holder", "stance"),
    [
        # Constructed: warning and admonishing (提醒, 告诫, 叮嘱) give advice, the actor's stance.
        ("海湾市交警提醒广大驾驶人，雪天出行务必减速慢行，保持安全车距。", "海湾市交警", "提醒广大驾驶人，雪天出行务必减速慢行"),
        ("港湾区警方提醒：遇到陌生来电要多加核实，切勿轻易转账。", "港湾区警方", "遇到陌生来电要多加核实"),
    ],
)
def test_a_warning_given_is_a_stance(text: str, holder: str, stance: str) -> None:
    assert any(h == holder and s.startswith(stance) for h, s in holders(text))


@pytest.mark.parametrize(
    "text",
    [
        "温馨提醒：确保信件在1月4日前寄到报社。",  # a noun ('a kind reminder'), no one's advice
        "海湾市交通委提醒您：",  # nothing said yet
        "执法交警并没有提醒他，只是拍照处罚了事。",  # a warning not given
        "王海波在心里暗暗地告诫自己，千万不能乱来。",  # said to oneself
    ],
)
def test_no_warning_given_is_no_stance(text: str) -> None:
    assert not [s for _, s in holders(text) if "提醒" in s or "告诫" in s or len(s) > 4]


@pytest.mark.parametrize(
    ("text", "not_holder"),
    [
        # Constructed: a call received (接到报警称, 接分局指令称) is the caller's words, not the receiver's.
        ("海湾市消防支队119指挥中心接到报警称：港湾路一处仓库起火。", "海湾市消防支队"),
        ("巡逻中的王海波接到分局指令称，有一名老人爬上了大桥。", "王海波"),
        # A rule's text (…法规定，…) names its persons generically: no actor's stance.
        ("《海湾市渡轮管理条例》规定，乘客可以要求渡轮公司退还船票。", "乘客"),
        # 所 + verb is a noun phrase ('what he hoped for'), no stance taken.
        ("王海波十分虔诚。但王海波所希望妻子能够痊愈，却再也没有出现。", "王海波"),
        # A sanction received (受到党内警告处分) is no warning given.
        ("王海波受到党内严重警告处分，违纪款予以收缴。", "王海波"),
        ("2017年10月19日，县纪委报请县委同意，给予王海波同志党内警告处分。", "王海波"),
        # A stance verb opening a short quoted term (“希望工程”) is a name.
        ("1990年，王海波亲自为“希望工程”题词，鼓励学生读书。", "王海波"),
        # 由 + a body tells who is to act, as a notice does (由市人民政府决定并公布).
        ("庆典期间确需燃放烟花的，由海湾市人民政府决定并向社会公布。", "由海湾市人民政府"),
        # An unnamed source (消息源) is no named actor.
        ("多个联盟消息源透露，渡轮公司越来越担心航线会被取消。", "多个联盟消息源"),
    ],
)
def test_no_stance_is_read_off_a_call_received_a_rule_a_sanction_or_a_name(text: str, not_holder: str) -> None:
    assert not_holder not in [h for h, _ in holders(text)]


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        # Constructed: the caller named inside what was received is the one who says it.
        ("近日，记者接到市民王海波举报称，港湾路渡口存在强行搭售船票的现象。", "王海波"),
        # A warning given, not received; a condemnation given (予以谴责) is the giver's own act.
        ("港湾区交警提醒市民，雪天出行务必减速慢行，保持安全车距。", "港湾区交警"),
        ("海湾市驻港湾办事处对此次暴力事件予以谴责，对无辜伤亡感到痛心。", "海湾市驻港湾办事处"),
    ],
)
def test_a_caller_and_a_warning_given_keep_their_stance(text: str, holder: str) -> None:
    assert holder in [h for h, _ in holders(text)]


@pytest.mark.parametrize(
    ("text", "not_holder"),
    [
        # Constructed: the writer's set phrases (按理说, 退一步讲) and idioms (弥留之际, 双管齐下) are no holders.
        ("按理说，渡轮公司一般只会在旺季增开航线。", "按理"),
        ("退一步讲，即使渡轮公司没有过错，也应当承担说明义务。", "退一步"),
        ("自知时日不多的王老汉，弥留之际对医生提出了一个要求：让他再看一眼大海。", "弥留之际"),
        ("双管齐下拒绝“毒鸡汤”，海湾市网信办发布公告称，将对诱导转发进行处罚。", "双管齐下"),
    ],
)
def test_no_set_phrase_or_idiom_holds_a_stance(text: str, not_holder: str) -> None:
    assert not_holder not in [h for h, _ in holders(text)]



def test_a_pronoun_stands_for_a_person_not_a_thing_read_as_a_subject() -> None:
    # Constructed: what a later 他 may stand for is a person (a name, a noun for a person, a titled name), not a thing
    # the speaker code read as a subject (总体情况, 当地时间).
    from summarizer.cues.stances.zh_names import person_named

    text = "港湾区区长王海波听取了总体情况汇报。当地时间5月22日，他表示渡轮要安全。"
    assert person_named("王海波", text) and person_named("该男子", text)
    assert not person_named("总体情况", text) and not person_named("当地时间", text)


@pytest.mark.parametrize(
    ("text", "holder", "not_holder"),
    [
        # Constructed: a post and a name the tagger cut at a number, a letter or a misread word: the name closing the
        # noun phrase holds the stance, not its first word.
        ("新任100渡轮公司ceo王建华表示，将全面开放合作，开拓海湾市场。", "王建华", "新任"),
        ("港湾村村民陈顺(化名)说，码头应该尽快修好，不能再拖了。", "陈顺", "港湾"),
        # An anonymised name keeps its number (纪某2: the second 纪某 of the case).
        ("2011年，海湾公司向银行申请贷款，纪某2再次提出希望王德利对该项目多多支持。", "纪某2", "纪某"),
    ],
)
def test_the_name_closing_a_cut_noun_phrase_holds_the_stance(text: str, holder: str, not_holder: str) -> None:
    found = [h for h, _ in holders(text)]
    assert holder in found and not_holder not in found


@pytest.mark.parametrize(
    ("text", "not_holder"),
    [
        # Constructed: a number inside the noun phrase (360公司, 6名女生) leaves the holder read before it a modifier.
        ("海湾县12名驴友从港湾乡出发，打算穿越大峡谷。", "海湾县"),
        ("奇石100公司总经理就表示，海湾市场将继续扩大，公司要加大投入。", "奇石"),
    ],
)
def test_a_modifier_cut_at_a_number_holds_no_stance(text: str, not_holder: str) -> None:
    assert not_holder not in [h for h, _ in holders(text)]


def test_a_phrase_cut_at_a_number_inside_it_is_repaired_when_it_says_something() -> None:
    # Constructed: 海湾港口|300医院 -- the holder is the whole phrase (a body), not its modifier, when it states
    # what it holds; a counted group's plan (12名驴友…打算) is no repaired holder's stance.
    found = [h for h, _ in holders("2月4日，海湾港口300医院在医院网站上发布声明称，擅自离职的医护人员违背了职业操守。")]
    assert "海湾港口300医院" in found and "海湾港口" not in found
    assert not any(h.startswith("海湾县") for h, _ in holders("海湾县12名驴友从港湾乡出发，打算穿越大峡谷。"))


def test_an_owner_and_zhang_jieba_reads_as_advocate_is_no_stance_verb() -> None:
    # Constructed: 企业主张某也…, 创业主张广琛说 -- 主张 is an owner's 主 and a surname, not 'advocate'.
    assert not any(s.startswith("主张") for _, s in holders("海湾企业主张某也竖起了大拇指：“感谢政府为我们做主。”"))
    assert ("海湾企业", "主张扩大投资，认为市场前景很好") in holders("海湾企业主张扩大投资，认为市场前景很好。")


def test_a_courts_hearing_before_its_finding_is_no_part_of_the_holder() -> None:
    # Constructed: 法院审理认为, 中院经查认为 -- the court holds the finding; 审理 and 经查 are its acts.
    assert "海湾市中级人民法院" in [h for h, _ in holders("海湾市中级人民法院审理认为，被告的行为构成诈骗罪。")]
    assert "市一中院" in [h for h, _ in holders("市一中院经查认为，原告的主张缺乏证据。")]


def test_a_date_after_the_holder_is_no_part_of_its_phrase() -> None:
    # Constructed: 港务局2日表示 -- the number opens a date, the holder is whole.
    assert "港务局" in [h for h, _ in holders("港务局2日表示，将坚决反对任何加价，要求渡轮公司降价。")]


def test_a_pronoun_in_a_later_clause_stands_for_the_person_opening_the_sentence() -> None:
    # Constructed: 他 opening the second clause is the person named as the sentence's first subject (a topic chain),
    # not the last speaker named before the sentence.
    text = "副市长朱海清说，要把项目做好。王隆庆对项目实施工作给予了充分肯定，他指出，项目建设不是某一个单位的事情，希望相关部门高度重视。"
    assert ("王隆庆", "项目建设不是某一个单位的事情，希望相关部门高度重视") in holders(text)
    assert ("朱海清", "项目建设不是某一个单位的事情，希望相关部门高度重视") not in holders(text)
    # Clauses that open with a verb lend no subject: the person heading the clause before them is the one.
    text = "海湾日报记者王小明报道。判决宣读后，李红没有说话，转身收拾东西，她说自己将要提出上诉。"
    assert "李红" in [h for h, _ in holders(text)] and "王小明" not in [h for h, _ in holders(text)]


def test_a_pronoun_after_a_clause_headed_by_a_thing_or_a_modifier_is_not_its_head() -> None:
    # Constructed: a clause headed by a body (海湾日报联系到…) or by a modified noun (陈某的母亲) gives the pronoun no
    # person of its own.
    from summarizer.cues.stances.zh import _sentence_subject

    for text in ("海湾日报联系到当事人李红，她表示要起诉。", "陈海的母亲后来总算明白，她表示要道歉。"):
        clause = text.index("她")
        assert _sentence_subject(text, 0, clause, text) is None
