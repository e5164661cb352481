"""Which Chinese quoted strings are speech: constructed sentences (written for these tests, not from any article)."""

from __future__ import annotations

from summarizer.article import from_text
from summarizer.cues import find_cues


def kinds(text: str) -> dict[str, str]:
    return {q.text: q.kind for q in find_cues(from_text(text)).quotes}


def test_a_short_name_a_text_defines_is_a_name_not_speech() -> None:
    # constructed: 下称 / 以下称 / 史称 / 又称 define a name; 称 alone still reports speech
    k = kinds(
        "青石科技股份有限公司(下称“青石科技”)昨日发布公告。该会议史称“秋田会议”。"
        "这种面饼又称“月牙饼”。公司发言人称：“我们将按期交付。”"
    )
    assert k["青石科技"] == "name"
    assert k["秋田会议"] == "name"
    assert k["月牙饼"] == "name"
    assert k["我们将按期交付。"] == "speech"


def test_a_quote_summed_up_by_a_demonstrative_or_deng_is_a_term() -> None:
    # constructed: “…”这一目标 / “…”等标语 hold up a text; “…”这种话 and “…”这位X表示 stay speech
    k = kinds(
        "新规是为实现“让每位老人吃上热饭，让每个孩子有人照看”这一目标。"
        "居民举着“守护绿水青山，共建美丽家园”等标语走上街头。"
        "他在会上放出“谁拦我们，我们就换人，不惜一切代价”这种话。"
        "“今年的工作重点就是安全，安全，还是安全”这位负责人表示。"
    )
    assert k["让每位老人吃上热饭，让每个孩子有人照看"] == "name"
    assert k["守护绿水青山，共建美丽家园"] == "name"
    assert k["谁拦我们，我们就换人，不惜一切代价"] == "speech"
    assert k["今年的工作重点就是安全，安全，还是安全"] == "speech"


def test_a_quote_that_is_the_last_clause_of_a_speech_sentence_is_speech() -> None:
    # constructed: the speech verb is two clauses before the quote; a bare term in that place stays out
    k = kinds(
        "站长周立新表示，新线路下月开通，“我们还要再加两趟车”。"
        "她说，这批货物早已清点入库，属于“库存商品”。"
    )
    assert k["我们还要再加两趟车"] == "speech"
    assert k["库存商品"] != "speech"


def test_names_given_sayings_and_refusals_are_not_speech() -> None:
    # constructed: 称X为 / 被誉为 / 公认为 give a name; 古人云 quotes a saying; 说“不” is the idiom
    k = kinds(
        "村民们都称他为“山里的活地图”。这座小城被誉为“北方的花园，候鸟的驿站”。"
        "古人云：“读书破万卷，下笔如有神。”全县坚决向浪费说“不”。"
        "厂长王立表示：“明年我们再建两条生产线。”"
    )
    assert k["山里的活地图"] == "name"
    assert k["北方的花园，候鸟的驿站"] == "name"
    assert k["读书破万卷，下笔如有神。"] != "speech"
    assert k["不"] != "speech"
    assert k["明年我们再建两条生产线。"] == "speech"


def test_a_noun_after_the_copula_in_a_speech_sentence_is_a_term() -> None:
    # constructed: a bare noun, or a quote the clause goes on past, after 是 is a term; a characterisation stays speech
    k = kinds(
        "知情人士表示，在合作当中，平台提供的是“流量”，银行提供资金。"
        "专家认为，这类店铺不涉及违法行为，无法禁止，这也是“快闪店”屡禁不止的原因。"
        "区长刘海涛表示，这次调整是“不得已而为之”。"
    )
    assert k["流量"] != "speech"
    assert k["快闪店"] != "speech"
    assert k["不得已而为之"] == "speech"


def test_a_closing_mark_after_a_chinese_full_stop_never_opens_a_quote() -> None:
    # constructed: the quotation's opening mark is missing; the narration after it is no quote
    k = kinds("工程进展顺利，这是我们今年的计划。”李伟说。他又说：“明年还会扩建一期。”")
    assert "李伟说。他又说：" not in k
    assert k["明年还会扩建一期。"] == "speech"


def test_a_curly_quotation_inside_a_curly_one_nests() -> None:
    # constructed: “…“X”…“Y”…” is one quotation with two names inside
    k = kinds("站长王强说：“请通过“城市通”客户端或“市民卡”窗口办理，不要轻信陌生电话。”")
    assert k["请通过“城市通”客户端或“市民卡”窗口办理，不要轻信陌生电话。"] == "speech"


def test_a_speech_verb_whose_subject_is_left_out_still_introduces_speech() -> None:
    # constructed: the sentence's subject is the speaker of the sentence before
    k = kinds("公司回应称，产品已经全部召回。对于标签过期的问题，称“更新工作滞后了”。")
    assert k["更新工作滞后了"] == "speech"


def test_the_text_of_a_law_or_of_a_sign_is_not_speech() -> None:
    # constructed: 《…法》第X条规定：“…” and 上面写着“…” quote texts, not people
    k = kinds(
        "《城市绿化条例》第十二条规定：“任何单位和个人不得擅自砍伐树木。”"
        "路口的牌子上面写着“前方施工，车辆绕行。”"
        "园林局局长赵平说：“我们会加强巡查。”"
    )
    assert k["任何单位和个人不得擅自砍伐树木。"] != "speech"
    assert k["前方施工，车辆绕行。"] != "speech"
    assert k["我们会加强巡查。"] == "speech"


def test_a_list_that_deng_or_a_count_sums_up_is_all_terms() -> None:
    # constructed: every item of “A”、“B”等标语 / “A”“B”两种做法 is a term, even after a speech verb
    k = kinds(
        "村民们打出了“还我青山，还我绿水”、“拒绝污染，守护家园”等标语。"
        "局长李明指出，“先建后拆”“边建边拆”两种做法都不可取。"
        "“老周”连忙说：“你们认错人了！”"
    )
    assert k["还我青山，还我绿水"] != "speech"
    assert k["拒绝污染，守护家园"] == "name"
    assert k["先建后拆"] != "speech"
    assert k["边建边拆"] != "speech"
    assert k["老周"] != "speech"
    assert k["你们认错人了！"] == "speech"


def test_a_short_whole_utterance_a_colon_introduces_is_speech() -> None:
    # constructed: a question, an exclamation and a reply, each a full utterance after a colon; a term after a
    # label's colon and a heading's quoted phrase are no utterance
    k = kinds(
        "她停下脚步问我：“你累吗？”我想了想。"
        "门外传来一声怒吼：“滚开！”"
        "我们俩齐声道：“没味啊。”"
        "原标题：“失信村庄”疑云重重。"
    )
    assert k["你累吗？"] == "speech"
    assert k["滚开！"] == "speech"
    assert k["没味啊。"] == "speech"
    assert k["失信村庄"] != "speech"


def test_words_after_a_verb_of_saying_in_a_manner_are_speech_with_its_subject_as_speaker() -> None:
    # constructed: 反呛 / 高呼 / 道歉 / 叫嚣着 before a quote report words said, by their subject;
    # with no quote after them (呼救，…) they introduce nothing, and 喊他“…” names what he is called
    cues = find_cues(
        from_text(
            "村民张海涛反呛“那你们来查啊”，随后离开了现场。工人李建国在门口高呼“还我工钱，还我血汗钱”。"
            "店主王丽当场向顾客道歉“对不起”，并退还了货款。厂长周卫东叫嚣着：“谁敢拦我，我就报警！”"
            "万一孩子呼救，旁人也听不到。老人每天喊他“小胖”。"
        )
    )
    got = {q.text: (q.kind, q.speaker) for q in cues.quotes}
    assert got["那你们来查啊"] == ("speech", "张海涛")
    assert got["还我工钱，还我血汗钱"] == ("speech", "李建国")
    assert got["对不起"] == ("speech", "王丽")
    assert got["谁敢拦我，我就报警！"] == ("speech", "周卫东")
    assert got["小胖"][0] != "speech"


def test_a_person_noun_after_an_attributive_jieba_reads_as_a_verb_speaks_with_a_verb_of_manner() -> None:
    # constructed: 随行 / 保护 before a noun for a person open the speaker's noun phrase; an adverb
    # of place alone (人群中) names nobody
    cues = find_cues(
        from_text(
            "傍晚，店主随行女子在门口朝保安叫嚣，“你们凭什么赶人”。"
            "“这里不许拍照！”景区保护队长喝斥道：“请大家马上离开。”人群中大声喊道：“快跑！”"
        )
    )
    got = {q.text: q.speaker for q in cues.quotes}
    assert got["你们凭什么赶人"] == "店主随行女子"
    assert got["请大家马上离开。"] == "景区保护队长"
    assert got["快跑！"] is None
