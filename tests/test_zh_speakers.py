"""Chinese quote speakers: the subject noun phrase before the verb (every article here is constructed)."""

from __future__ import annotations

from summarizer.article import from_text
from summarizer.cues import Cues, QuoteCue, find_cues
from summarizer.cues.zh import looks_person


def cues_of(text: str) -> Cues:
    return find_cues(from_text(text))


def by_text(cues: Cues, fragment: str) -> QuoteCue:
    return next(q for q in cues.quotes if fragment in q.text)


def test_a_student_addressed_as_tongxue_speaks_with_shuo() -> None:
    # constructed: 同学说 is speech, though 学说 (a doctrine) is not
    c = cues_of("“这道题我想了很久，”王同学说，“最后还是问了老师。”")
    assert [q.speaker for q in c.speech()] == ["王同学", "王同学"]


def test_opening_conjunction_or_time_word_is_no_part_of_the_subject() -> None:
    # constructed
    c = cues_of(
        "由于展品十分珍贵，所以馆长林国华在开幕式上感慨道：“这是几代人的心血。”\n"
        "当时赵明远称，“工期不会推迟”。"
    )
    assert by_text(c, "几代人").speaker == "林国华"
    assert by_text(c, "工期").speaker == "赵明远"


def test_the_head_noun_after_de_is_the_speaker() -> None:
    # constructed: 的 ends a modifier; the name after it is the subject
    c = cues_of("总部设在北京的咨询公司恒远顾问的刘文斌表示：“明年的订单会更多。”")
    assert c.quotes[0].speaker == "刘文斌"


def test_a_report_in_a_prepositional_phrase_is_not_the_speaker() -> None:
    # constructed: 在…的报道中 closes with a locative, so the subject stays the outlet
    c = cues_of("新华社在当天的报道中指出：“救援工作仍在进行。”")
    assert c.quotes[0].speaker == "新华社"


def test_a_verb_phrase_with_an_aspect_particle_is_not_the_speaker() -> None:
    # constructed: 声音颤抖着说 has its subject in the clause before
    c = cues_of("王秀英拉着他的手，声音颤抖着说：“谢谢你们。”")
    speaker = c.quotes[0].speaker
    assert speaker != "声音颤抖着" and speaker.startswith("王秀英")


def test_a_doctor_is_a_title_before_a_name() -> None:
    # constructed: a long noun phrase ending in 医生 + name
    c = cues_of("“病人的情况已经稳定。”市第一人民医院急诊科主治医生赵丽华认为，还要观察两天。")
    assert (c.quotes[0].speaker, c.quotes[0].speaker_role) == ("赵丽华", "市第一人民医院急诊科主治医生")


def test_a_surname_with_a_form_of_address_ends_the_subject() -> None:
    # constructed: 所在 would otherwise cut the noun phrase at 在
    c = cues_of("“费用还会增加。”伤者原所在学院王老师表示，学校会组织捐款。")
    assert c.quotes[0].speaker == "王老师"


def test_an_office_character_inside_a_common_word_introduces_nobody() -> None:
    # constructed: 人员伤亡 / 多长时间 end in 员 / 长 but name no one; the quote continues the mayor
    c = cues_of(
        "市长李建国说：“我们会尽快修好这条路。”为了减少人员伤亡，工人连夜施工，没用多长时间就完成了。\n"
        "“明天就能通车。”"
    )
    assert by_text(c, "通车").speaker == "李建国"


def test_common_words_do_not_look_like_people_but_foreign_names_do() -> None:
    # constructed names and words
    assert not looks_person("时间") and not looks_person("这种板房") and not looks_person("了解到")
    assert looks_person("普京") and looks_person("刘文斌")


def test_a_sentence_said_is_its_owners() -> None:
    # constructed: 的一句“…” is a sentence someone said
    c = cues_of("平台运营方的一句“全部下线，不再恢复”引发热议。")
    assert c.quotes[0].is_speech and c.quotes[0].speaker == "平台运营方"


def test_a_list_of_four_character_phrases_is_a_slogan() -> None:
    # constructed
    c = cues_of("区长表示，要坚持“稳定增长、优化结构、改善民生、保护环境”。")
    assert not c.quotes[0].is_speech


def test_a_short_quote_modifying_a_noun_is_a_term() -> None:
    # constructed: “X”的说法 / “X”团伙: the quote is a word in the clause
    c = cues_of("专家认为，“电波干扰”的说法缺乏依据。警方表示，“午夜快车”团伙已被抓获。")
    assert not by_text(c, "电波干扰").is_speech and not by_text(c, "午夜快车").is_speech


def test_a_standalone_quote_ending_in_a_halfwidth_mark_continues_the_speaker() -> None:
    # constructed: scraped text often ends Chinese sentences with ! or ?
    c = cues_of("市长李建国说：“路会修好。”\n“大家放心吧!”")
    assert by_text(c, "放心").is_speech and by_text(c, "放心").speaker == "李建国"


def test_a_colon_introduces_speech_without_a_speech_verb() -> None:
    # constructed; the person is found by jieba's name tagger, which knows common name shapes
    c = cues_of("八十岁的老人王建国连连摇头：“这么大的雨从来没见过。”")
    assert c.quotes[0].speaker == "王建国"


def test_a_standalone_quote_belongs_to_the_person_who_opens_the_next_clause() -> None:
    # constructed: no speech verb after the quote, a named person opens the next clause
    c = cues_of("警方赶到时，屋里只有两个人。\n“我再也不会碰它了。”刘志强低着头，声音很小。")
    assert c.quotes[0].speaker == "刘志强"


def test_a_subject_after_a_prepositional_opening_is_the_head_after_de() -> None:
    # constructed: 在…时被…拦住的X说
    c = cues_of("在车站等车时被记者拦住的周晓东同学说，“车票早就卖完了。”")
    assert c.quotes[0].speaker == "周晓东"


def test_an_institution_name_and_a_title_after_the_name() -> None:
    # constructed
    c = cues_of("“数据还要再核对。”华东理工大学周文彬教授认为，结论为时尚早。")
    assert (c.quotes[0].speaker, c.quotes[0].speaker_role) == ("周文彬", "华东理工大学教授")


def test_the_object_of_suffer_verbs_is_a_term() -> None:
    # constructed: 遭到/受到 take an event noun, not words said
    c = cues_of("该国外交部称，其使馆遭到“电子干扰”。")
    assert not c.quotes[0].is_speech


def test_a_standalone_quote_then_a_pronoun_clause_is_the_last_named_persons() -> None:
    # constructed
    c = cues_of("村党支部书记王建国说，明年要修一条新路。\n“我们不会放弃。”他握紧拳头，看着远处的山。")
    assert by_text(c, "不会放弃").speaker == "王建国"


def test_someone_and_time_words_are_not_people() -> None:
    # constructed: 村里有人 is indefinite; a name does not open with a time word (周末出发)
    assert not looks_person("村里有人") and not looks_person("周末出发")


def test_recalling_reports_speech() -> None:
    # constructed: X回忆，“…” / X回忆说
    c = cues_of("村民张桂芳回忆，“那年冬天特别冷。”")
    assert c.quotes[0].speaker == "张桂芳"


def test_a_given_name_ending_like_a_country_or_an_army_is_a_person() -> None:
    # constructed: 建国 / 建军 end in 国 / 军 like 美国 / 空军, yet these are people
    assert looks_person("王建国") and looks_person("李建军") and not looks_person("美国")


def test_a_pronoun_with_no_speaker_before_is_the_last_person_named() -> None:
    # constructed: the villager is introduced without a speech verb
    c = cues_of("村民王建国正在地里干活。\n“今年收成不错。”他笑着说。")
    assert c.quotes[0].speaker == "王建国"


def test_what_may_be_said_and_sayings_are_not_reported_speech() -> None:
    # constructed: a modal before 说 (irrealis) and a proverb 俗话说
    c = cues_of("大家都盼着将来有人会说“这里的水变清了”。俗话说“远亲不如近邻”，邻居之间要互相帮助。")
    assert not by_text(c, "水变清").is_speech and not by_text(c, "远亲").is_speech


def test_a_copula_with_a_quoted_complement_is_a_predicate_not_a_subject() -> None:
    # constructed: 努力是“…” is what she says of the effort; the next quote is still hers
    c = cues_of(
        "东岸外交部副部长林晓发表谈话，回应了西陆的倡议。她直言，西陆改善关系的努力是“一厢情愿”，"
        "还抨击西陆邀请东岸出席峰会是“白日做梦”。"
    )
    assert by_text(c, "白日做梦").speaker == "林晓"


def test_a_name_closing_a_noun_phrase_is_the_speaker_and_the_rest_its_post() -> None:
    # constructed: 合伙人 and 助手 are in no list of office words; the name at the end decides
    c = cues_of("“这项技术还要再等五年。”合伙人周文博表示。助手李秀云说：“我们会继续试验。”")
    assert (c.quotes[0].speaker, c.quotes[0].speaker_role) == ("周文博", "合伙人")
    assert (c.quotes[1].speaker, c.quotes[1].speaker_role) == ("李秀云", "助手")


def test_two_names_joined_by_a_conjunction_are_not_a_post_and_a_name() -> None:
    # constructed
    from summarizer.cues.zh import split_name

    assert split_name("王明和李秀云") == ("王明和李秀云", None)


def test_an_adverbial_with_de_is_no_part_of_the_speaker() -> None:
    # constructed: 风趣地 / 兴奋地 modify the verb
    c = cues_of("赵德明风趣地说：“我们都是老队员了。”一位参会的开发者兴奋地表示：“这个平台太方便了。”")
    assert [q.speaker for q in c.speech()] == ["赵德明", "开发者"]


def test_a_verb_after_the_name_opens_the_predicate() -> None:
    # constructed: 摆摆手 is what the speaker did, not part of the name
    c = cues_of("孙立平摆摆手，说道：“别着急，马上就到了。”")
    assert c.quotes[0].speaker == "孙立平"


def test_a_short_term_inside_a_clause_is_not_speech() -> None:
    # constructed: 因“设备检修” is a term the writer holds up; 直言“完全赞成” follows a speech verb
    c = cues_of("公司发言人说，工厂因“设备检修”停产三天。赵明直言“完全赞成”。")
    assert [q.kind for q in c.quotes] == ["scare", "speech"]


def test_a_quoted_predicate_after_its_subject_is_speech() -> None:
    # constructed: 他们“知道…”: a verb and its object, the speaker's own words
    c = cues_of("发言人表示，他们“知道一名员工”已经离职。")
    assert c.quotes[0].kind == "speech"


def test_a_quote_before_de_modifies_a_noun_unless_a_speech_verb_introduces_it() -> None:
    # constructed
    c = cues_of("镇政府围绕“绿水青山，美丽家园”的主题开展活动。王立新声称“罚款算什么，我都不怕”的言论引起不满。")
    assert [q.kind for q in c.quotes] == ["name", "speech"]


def test_lines_of_equal_length_are_verse_unless_someone_says_them() -> None:
    # constructed
    c = cues_of("“东湖三月桃花艳，西岭千年古木深”。这是当地人熟悉的句子。张华说：“一杯清，二杯香。”")
    assert [q.kind for q in c.quotes] == ["name", "speech"]


def test_a_long_post_without_a_name_is_the_speaker() -> None:
    # constructed: a 15-character post is a noun phrase, not a clause
    c = cues_of("“新系统下月上线。”滨江市交通运输管理局相关负责人介绍。")
    assert c.quotes[0].speaker == "滨江市交通运输管理局相关负责人"


def test_a_long_post_and_a_name_after_it_is_the_speaker() -> None:
    # constructed: a post of more than 12 characters (a unit and a rank) and then a person's name
    c = cues_of("记者走访了营区。滨江消防救援支队二大队三中队战士刘建国说：“今年是我第三次在营区过年。”")
    assert by_text(c, "第三次").speaker == "刘建国"


def test_a_long_clause_before_the_verb_is_still_no_speaker() -> None:
    # constructed: a locative ends a clause, not a post
    c = cues_of("发言人林海主持例行记者会上回答提问时表示：“我们欢迎各方参与。”")
    assert c.quotes[0].speaker != "发言人林海主持例行记者会上回答提问时"


def test_a_quote_standing_alone_is_said_by_the_titled_subject_after_it() -> None:
    # constructed: no speech verb after the quote; the next clause's subject (a post and a name,
    # or a verb clause first and then the subject) is the speaker
    c = cues_of(
        "市里又下了一场雨。\n“这几天几乎没有睡过整觉。”28岁的值班医生周晓梅已连续工作了三天。\n"
        "“水一下子就涨到了膝盖。”想起那天晚上，河口村村民王建华仍然有些后怕。"
    )
    assert by_text(c, "整觉").speaker == "周晓梅"
    assert by_text(c, "膝盖").speaker == "王建华"


def test_a_noun_that_opens_with_a_preposition_character_is_still_a_subject() -> None:
    # constructed: 同事 and 被告人 open with 同 and 被, which are prepositions only as words of their own
    c = cues_of("同事王建华说：“他每天最早到单位。”\n被告人王某在庭上称：“我不知道那是假货。”")
    assert by_text(c, "最早").speaker == "王建华"
    assert by_text(c, "假货").speaker == "王某"


def test_a_verb_with_an_aspect_particle_ends_the_subject() -> None:
    # constructed: 拿着… / 笑着 open the predicate; the person named before them speaks
    c = cues_of(
        "眼科主任医师王建华拿着检查单看了看说，“问题不大。”\n“我们辛苦一点不算什么。”工作人员李秀英笑着告诉记者。"
    )
    assert by_text(c, "问题不大").speaker == "王建华"
    assert by_text(c, "辛苦").speaker == "李秀英"


def test_the_person_an_account_is_according_to_is_a_speaker() -> None:
    # constructed: 据X介绍 names who gives the account; a later 他说 is that person, an outlet is not a person
    c = cues_of(
        "记者李明在工地见到了工人。据王建华介绍，新车间今年投产。他说：“订单已经排到了明年。”\n"
        "据新华社报道，展会明天开幕。“展位已经全部订满。”"
    )
    assert by_text(c, "订单").speaker == "王建华"
    assert by_text(c, "展位").speaker != "新华社"


def test_a_quoted_name_before_a_verbal_noun_is_a_name() -> None:
    # constructed: “X”微信公众号: the quote names an account (微信 is a verbal noun), it is not speech
    c = cues_of("“平安江城”微信公众号今日发布通报称，一辆货车在高速路上起火。")
    assert c.quotes[0].kind != "speech"


def test_verbs_of_manner_and_exchange_introduce_a_quote() -> None:
    # constructed: 大喊, 嘱咐, 反映, 追问 and …道 say the quote, as 说 does
    c = cues_of(
        "火势越来越大，一名男子大喊：“快从东门撤离！”\n"
        "护士长周丽萍嘱咐道：“每两个小时翻一次身。”\n"
        "市民陈建国向记者反映，“小区的路灯坏了三个月没人修。”\n"
        "老教师刘德安笑道：“孩子们比我们那时候强多了。”"
    )
    assert by_text(c, "东门").speaker == "男子"
    assert by_text(c, "翻一次身").speaker == "周丽萍"
    assert by_text(c, "路灯").speaker == "陈建国"
    assert by_text(c, "孩子们").speaker == "刘德安"
    assert all(q.kind == "speech" for q in c.quotes)


def test_a_verb_of_exchange_needs_a_person_before_it() -> None:
    # constructed: a long adverbial, a passive or a thing before 喊道/告知 gives no speaker from that verb
    c = cues_of(
        "村民王大海赶到现场后报了警。在派出所门口的台阶上时不时对着民警喊道：“你们快去救人！”\n"
        "李女士去营业厅办理退款，却被告知“系统正在升级，下周再来”。"
    )
    assert by_text(c, "快去救人").speaker != "台阶上时不时"
    assert by_text(c, "系统正在升级").speaker != "李女士"


def test_a_quote_introduced_by_an_unnamed_speaker_is_no_continuation() -> None:
    # constructed: 我回复：“…” is said by the writer, not by the last person named
    c = cues_of("经理张卫东说：“方案下周定。”\n我回复：“好的，我等通知。”")
    assert by_text(c, "方案").speaker == "张卫东"
    assert by_text(c, "等通知").speaker is None


def test_a_quote_split_by_its_speaker_keeps_the_speaker() -> None:
    # constructed: “…。…，”X说，“…” — the sentence begins inside the first part
    c = cues_of("“这起案件涉嫌合同诈骗。当事人的理由更正当，”法学教授王明远说，“申请回避没有拖延仲裁。”")
    assert [q.speaker for q in c.speech()] == ["王明远", "王明远"]


def test_a_long_name_in_quote_marks_inside_the_clause_is_not_the_end_of_a_quote() -> None:
    # constructed: the programme's name sits between the speaker and the verb
    c = cues_of("专家李华在电视台“周日晚间与科学家面对面的访谈之夜”节目中说：“这是一种神经毒剂。”")
    assert by_text(c, "神经毒剂").speaker == "李华"


def test_an_adverb_after_a_name_is_no_part_of_it() -> None:
    # constructed: 就/则/也 between the subject and the verb
    c = cues_of(
        "时任公司新闻发言人张峰就曾辟谣：“公司没有裁员计划。”\n"
        "旅行社总经理潘炯则告诉记者：“游客的体验很好。”"
    )
    assert by_text(c, "裁员").speaker == "张峰"
    assert by_text(c, "体验").speaker == "潘炯"


def test_a_count_before_the_noun_is_no_part_of_the_speaker() -> None:
    # constructed: 一位/两名 counts the people; the noun names them
    c = cues_of("记者在现场采访时，一位出租车司机说：“今天的车特别多。”")
    assert c.quotes[0].speaker == "出租车司机"


def test_a_brand_after_its_description_is_the_speaker() -> None:
    # constructed: the description is the role, the brand (one jieba knows as a name) the speaker
    c = cues_of("全球知名电商平台淘宝表示：“暑期订单同比增长三成。”\n全球著名咨询机构IDC称：“出货量下降了。”")
    assert [(q.speaker, q.speaker_role) for q in c.quotes] == [("淘宝", "全球知名电商平台"), ("IDC", "全球著名咨询机构")]


def test_a_word_after_a_bare_title_is_not_a_name() -> None:
    # constructed: 村民了解 is a title and a verb, not 村民 named 了解
    c = cues_of("据村民了解，工程已经停了。好几位村民说：“我们等了半年。”")
    assert c.quotes[0].speaker == "村民"
