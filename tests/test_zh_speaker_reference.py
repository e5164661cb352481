"""Chinese quote speakers who are referred back to: pronouns, unnamed posts, 这位X (every article here is constructed)."""

from __future__ import annotations

from summarizer.article import from_text
from summarizer.cues import Cues, QuoteCue, find_cues
from summarizer.cues.zh.reference import clause_person, fits_pronoun


def cues_of(text: str) -> Cues:
    return find_cues(from_text(text))


def by_text(cues: Cues, fragment: str) -> QuoteCue:
    return next(q for q in cues.quotes if fragment in q.text)


def test_a_pronoun_is_the_subject_of_the_sentence_before_not_the_last_speaker() -> None:
    # constructed: 周先生 spoke last; the sentence before 她 is about 何女士
    c = cues_of(
        "周先生表示：“今年的菜价比去年稳定。”\n"
        "住在东门的何女士也为家里准备好了年货，“我们一家人要回老家过年。”她笑着说。"
    )
    assert by_text(c, "回老家").speaker == "何女士"


def test_a_pronoun_skips_a_person_of_the_other_sex() -> None:
    # constructed: 他 is not 林女士, the last person named; it is the man named before her
    assert not fits_pronoun("林女士", "他") and not fits_pronoun("赵先生", "她") and fits_pronoun("赵先生", "他")
    c = cues_of("退休教师郑志明每天都去公园。林女士说，公园里的人越来越多了。\n他说：“我在这里认识了很多朋友。”")
    assert by_text(c, "认识了很多朋友").speaker == "郑志明"


def test_a_pronoun_after_a_moved_subject_is_that_subject() -> None:
    # constructed: a villager moved to tears speaks, not the official who spoke before
    c = cues_of("镇长王立新说：“我们一定把路修好。”路修好那天，村民邓某某充满感动，他说，“这条路我们盼了二十年。”")
    assert by_text(c, "盼了二十年").speaker == "邓某某"


def test_the_reporter_is_never_the_one_a_pronoun_stands_for() -> None:
    # constructed: the reporter meets the teacher; 她 is the teacher
    assert clause_person("记者与该校的班主任孙老师取得联系") == "孙老师"
    c = cues_of("家长吴先生称学校没有通知他。\n当晚，记者与班主任孙老师取得联系，她表示：“这件事我刚刚知道。”")
    assert by_text(c, "刚刚知道").speaker == "孙老师"


def test_a_clause_with_the_pronoun_inside_is_about_someone_else() -> None:
    # constructed: 工作人员给她递水 is not about her; the sentence before names her
    c = cues_of("获救的游客罗女士被送上岸。工作人员给她递了一瓶水，她小声说：“我以为回不来了。”")
    assert by_text(c, "回不来了").speaker == "罗女士"


def test_the_head_after_a_modifier_ending_in_de_is_the_clause_person() -> None:
    # constructed: 家住南门的袁女士 / 张先生就准备带…的女儿 (张先生's clause: an adverb follows him)
    assert clause_person("家住南门的袁女士最近有点忧心") == "袁女士"
    assert clause_person("张先生就准备带读三年级的女儿去海边") == "张先生"
    assert clause_person("看着大熊猫憨态可掬的样子") is None


def test_a_quote_standing_alone_continues_an_unnamed_post() -> None:
    # constructed: the police officer speaks in paraphrase, then in a quote; the driver named earlier does not
    c = cues_of(
        "司机魏某某对罚单不服。\n民警介绍，这条路全线禁止停车。“路边的标识很清楚，车主应该知道。”"
    )
    assert by_text(c, "标识很清楚").speaker == "民警"


def test_this_expert_is_the_expert_named_before() -> None:
    # constructed: 这位专家 points back to 有知情专家, not to the last person named
    c = cues_of("有媒体记者向本报表示，报告从未公开。有知情专家向记者透露，调查过程相当复杂。这位专家说：“材料都在他们手里。”")
    assert by_text(c, "材料都在").speaker == "专家"


def test_someone_of_a_kind_is_the_kind() -> None:
    # constructed: 也有律师称 names a lawyer, not 有律师
    c = cues_of("也有律师称，这种做法并不违法。“法律保护的是合法的隐私。”")
    assert by_text(c, "合法的隐私").speaker == "律师"


def test_a_surname_that_is_also_a_preposition_opens_a_name_after_a_quote() -> None:
    # constructed: 于 is a surname here, not the preposition
    c = cues_of("“租金贷的风险在于资金被挪作他用。”于百程说。")
    assert c.quotes[0].speaker == "于百程"


def test_a_post_and_a_transliterated_name_after_a_quote_is_the_speaker() -> None:
    # constructed: 总干事 is a post; a long post and a foreign name read as one subject
    c = cues_of("“我们对控制疫情非常有信心。”世界动物卫生组织总干事玛丽亚·艾伦说。")
    assert c.quotes[0].speaker == "玛丽亚·艾伦"


def test_a_common_word_is_no_surname_before_jieba_has_cut_anything() -> None:
    # 于是 ('so') is a dictionary word, not 于 and a given name. jieba loads its dictionary on its
    # first cut; the check must not read an empty dictionary when it is the first to ask, so it
    # runs in a fresh interpreter.
    import subprocess
    import sys

    code = "from summarizer.cues.zh import cut_surname; print(cut_surname('于是'), cut_surname('于百程'))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "True"]


def test_there_is_a_colleague_is_the_colleague() -> None:
    # constructed: 有同事称 names a colleague (同事 is not a post), not 有同事; 有关部门 keeps its 有
    c = cues_of("事发后，有同事称：“她平时工作很认真。”有关部门表示：“正在调查。”")
    assert by_text(c, "工作很认真").speaker == "同事"
    assert by_text(c, "正在调查").speaker == "有关部门"


def test_the_above_mentioned_person_is_the_one_named_before() -> None:
    # constructed: 上述负责人 is the official quoted before; 前述知情人士 is a source, without 前述
    c = cues_of(
        "市交通局有关负责人告诉记者：“新线路下月开通。”\n“票价不会上涨。”上述负责人说。\n"
        "前述知情人士称：“工程已经完成九成。”"
    )
    assert by_text(c, "票价不会上涨").speaker == "市交通局有关负责人"
    assert by_text(c, "工程已经完成").speaker == "知情人士"


def test_a_pronoun_with_no_subject_to_stand_for_is_the_person_named_last() -> None:
    # constructed: 林晓燕 is an object (激发了…林晓燕的…), so no subject stands for 她; not 赵建国, who spoke before
    c = cues_of(
        "这一场景让工程师赵建国深有感触：“大桥明年通车。”\n"
        "这部电影激发了师范大学学生林晓燕内心的自豪。\n"
        "“这就是我们国家的样子。”她写道。"
    )
    assert by_text(c, "国家的样子").speaker == "林晓燕"


def test_the_person_named_last_is_of_the_pronouns_sex_and_outside_its_clause() -> None:
    # constructed: 她 is not 赵先生; 向王丽说: 王丽 is spoken to
    from summarizer.cues.zh.reference import salient_person

    text = "电影打动了林晓燕和赵先生。她向王丽说"
    assert salient_person(text, 0, len(text) - 1, "她") == "林晓燕"
    assert salient_person(text, 0, len(text) - 1, "他") == "赵先生"


def test_a_standalone_quote_after_a_sentence_about_a_named_person_is_that_persons() -> None:
    # constructed: 赵德明 spoke first; the sentence right before the quote is about 李秀兰
    c = cues_of(
        "镇长赵德明说：“今年的收成比去年好。”\n"
        "刚从外地回来的李秀兰，去年在县城开了一家面馆，这次也回村帮忙。\n"
        "“村里的路修好了，回家方便多了。”"
    )
    assert by_text(c, "回家方便").speaker == "李秀兰"


def test_a_standalone_quote_that_speaks_of_him_is_not_the_persons_before() -> None:
    # constructed: the quote says 他 of the boy the sentence before is about; the father spoke before
    c = cues_of(
        "父亲张志刚说：“孩子以前很听话。”\n"
        "期末考试周明宇又没有及格，老师只好找了家长。\n"
        "“我们还没来得及和他谈，他就跑出去了。”"
    )
    assert by_text(c, "跑出去").speaker == "张志刚"


def test_a_standalone_quote_after_a_question_put_or_a_list_of_people_is_not_theirs() -> None:
    # constructed: 孙建国 questions her, so the quote answers him (hers, not his); 县领导王立、陈华
    # attend, so the questions after them are not theirs; 影响范围广 is no person
    c = cues_of(
        "林晓红说：“我每天都按时回家。”\n"
        "那天回到家里，孙建国就追问她，为什么这么晚才回来。\n"
        "“难道加班也有错吗？”\n"
        "县长周海涛到镇里检查春耕工作。县领导王立、陈华参加活动。“今年的种子够不够？”\n"
        "该项目投资少，影响范围广，村民积极性高。“我们今年全都用上了新种子。”"
    )
    assert by_text(c, "加班也有错").speaker != "孙建国"
    assert by_text(c, "种子够不够").speaker not in ("王立", "县领导王立", "陈华")
    assert by_text(c, "用上了新种子").speaker not in ("范围广", "影响范围广")


def test_a_post_and_a_name_then_the_predicate_is_the_subject_not_the_object_after_de() -> None:
    # constructed: 队长王和新也提出了自己的建议 is about 王和新, not 建议; jieba cuts the name 王|和|新
    assert clause_person("志愿服务队队长王和新也提出了自己的建议") == "志愿服务队队长王和新"


def test_a_quote_standing_alone_then_a_post_and_a_name_is_that_persons() -> None:
    # constructed: the clause after the quote opens with a post (分行 read as a verb) and a name, no speech verb
    c = cues_of(
        "检察长孙力说：“我们马上出发。”干警们随即上街巡逻。"
        "“那时路都断了，我们走了一整夜才到。”中国银行广东分行职工李秀兰心情激动。"
    )
    assert by_text(c, "走了一整夜").speaker == "李秀兰"


def test_a_surname_jieba_reads_as_an_adjective_stays_with_the_given_name() -> None:
    # constructed: jieba cuts 高|玉兰 and reads 高 as an adjective; the villager is 高玉兰, not 村民
    assert clause_person("村民高玉兰正在自家地里忙活着") == "村民高玉兰"


def test_a_kin_word_and_a_name_after_a_possessor_are_whom_the_clause_is_about() -> None:
    # constructed: 哥哥 (jieba reads it as a place here) and a name after 的: the brother, not the possessor
    assert clause_person("苏明远的哥哥苏明山接受了记者的采访") == "苏明山"
    assert clause_person("家住南门的袁女士最近有点忧心") == "袁女士"


def test_a_whole_name_before_a_form_of_address_is_kept() -> None:
    # constructed: 贾少谦先生 is not 谦先生; a surname jieba reads apart stays with the given name
    from summarizer.cues.zh.reference import _addressed

    assert _addressed("贾少谦先生") == "贾少谦先生" and _addressed("游客罗女士") == "罗女士" and _addressed("王先生") == "王先生"
