"""Expert cues: the introduction forms a style guide lists. All sentences are constructed."""

from __future__ import annotations

from summarizer.article import from_text
from summarizer.cues import find_cues


def experts(text: str) -> dict[str, tuple[str | None, str | None]]:
    return {e.name: (e.title, e.affiliation) for e in find_cues(from_text(text)).experts}


def test_zh_academy_member_with_two_titles() -> None:
    got = experts("东岭工程院院士、沿海航运联盟理事长周立川表示，航线会恢复。")
    assert got == {"周立川": ("院士、沿海航运联盟理事长", "东岭工程院")}


def test_zh_title_list_ending_in_an_adviser_and_a_time_word() -> None:
    got = experts("北湖大学教授、市政府高级顾问陶明最近接受采访时表示，地价会回落。")
    assert got["陶明"][1] == "北湖大学"


def test_zh_transliterated_name_and_bracketed_institution() -> None:
    got = experts("“禁令有效。”海岸（coast）基金会执行董事安娜•卡尔森说。")
    assert got == {"安娜•卡尔森": ("执行董事", "海岸（coast）基金会")}


def test_zh_bare_analyst_title_needs_speech() -> None:
    assert experts("业界评论员孟凡说，价格还会下降。") == {"孟凡": ("业界评论员", None)}
    assert experts("业界评论员孟凡的文章很长。") == {}


def test_zh_name_before_an_academic_title() -> None:
    # The name, then the title: no verb read as the name.
    assert experts("东海大学林志远教授认为，港口扩建的收益被高估了。") == {"林志远": ("教授", "东海大学")}


def test_zh_adverb_between_the_name_and_speech() -> None:
    got = experts("此外，西岭经济研究院高级研究员方雅琴同样表示，利率下调的空间有限。")
    assert got == {"方雅琴": ("高级研究员", "西岭经济研究院")}


def test_zh_body_without_an_institution_word_ends_at_the_rank() -> None:
    assert experts("云帆数据高级分析师陶梦溪表示，今年的销量可能回落。") == {"陶梦溪": ("高级分析师", "云帆数据")}


def test_zh_foreign_name_in_latin_letters() -> None:
    assert experts("滨江大学教授maria lopez也表示，珊瑚白化正在加速。") == {"maria lopez": ("教授", "滨江大学")}


def test_zh_lawyer_at_a_law_firm_is_an_expert_and_a_party_lawyer_is_not() -> None:
    assert experts("北川市明德律师事务所律师韩思远表示，合同条款存在漏洞。") == {
        "韩思远": ("律师", "北川市明德律师事务所")}
    assert experts("原告律师韩思远表示，合同条款存在漏洞。") == {}


def test_zh_engineer_at_a_research_body_is_an_expert_and_a_project_engineer_is_not() -> None:
    assert experts("东岭省水文研究院高级工程师范立群表示，汛期水位还会上涨。") == {
        "范立群": ("高级工程师", "东岭省水文研究院")}
    assert experts("该项目工程师范立群表示，工期不会推迟。") == {}


def test_zh_anonymous_experts_name_nobody() -> None:
    assert experts("有知情专家向记者透露，调查过程相当复杂。") == {}
    assert experts("业内专家和律师表示，这家公司有三大问题。") == {}


def test_zh_name_with_institution_in_brackets() -> None:
    assert experts("周宁（南江大学教授）认为，税率会上调。") == {"周宁": ("教授", "南江大学")}


def test_zh_government_official_is_not_an_expert() -> None:
    assert experts("市交通局局长王海说，票价不变。") == {}


def test_zh_zai_kanlai_frame_reports_the_view() -> None:
    # Constructed: 在X看来 frames the view as a speech verb does, for a body and for a bare title.
    assert experts("在南岭大学经济学院教授许文涛看来，补贴不会持续。") == {"许文涛": ("经济学院教授", "南岭大学")}
    assert experts("在云帆集团房地产专家罗安妮看来，房价已经见顶。") == {"罗安妮": ("房地产专家", "云帆集团")}


def test_zh_first_of_several_experts_named_before_deng() -> None:
    # Constructed: X等专家认为 names X first among those who speak.
    got = experts("东岭安全研究院院长赵明远等专家认为，这个漏洞无法修补。")
    assert got == {"赵明远": ("院长", "东岭安全研究院")}


def test_zh_body_named_in_latin_letters_and_digits() -> None:
    # Constructed: a company written in Latin letters or with digits is still the analyst's body.
    assert experts("\\nbluepeak首席分析师tom reed表示，金价会上涨。") == {"tom reed": ("首席分析师", "bluepeak")}
    assert experts("据悉，3d打印研究院研究员吴敏表示，成本在下降。") == {"吴敏": ("研究员", "3d打印研究院")}


def test_zh_bare_title_phrase_ends_in_an_organisation_word_or_a_relative_clause() -> None:
    # Constructed: the noun phrase before an analyst's title names the body or describes the analyst.
    assert experts("此外，海川证券债券分析师魏晓东认为，利率还会下调。") == {"魏晓东": ("债券分析师", "海川证券")}
    assert experts("长期研究电池行业的分析人士孔亮向记者说道，行业正在整合。") == {
        "孔亮": ("长期研究电池行业的分析人士", None)}
    assert experts("此外，资深互联网观察家钱一鸣认为，平台的优势在于数据。") == {"钱一鸣": ("资深互联网观察家", None)}


def test_zh_field_before_an_expert_is_its_title_and_a_post_names_its_body() -> None:
    assert experts("北方军事专家罗曼·伊万诺夫指出，航母会有弹射器。") == {"罗曼·伊万诺夫": ("北方军事专家", None)}
    assert experts("国际茶叶交易网研究员齐志刚表示，茶价平稳。") == {"齐志刚": ("研究员", "国际茶叶交易网")}


def test_zh_name_after_de_and_before_an_academic_title() -> None:
    # Constructed: 某大学（某教研室）的X教授认为.
    got = experts("东海大学文学院古典文学教研室的柳青教授认为，读经班缺少监管。")
    assert got == {"柳青": ("教授", "东海大学文学院古典文学教研室")}


def test_zh_head_of_a_school_teaching_office_speaks_for_the_school() -> None:
    assert experts("滨海第六中学教研室主任苏明说，学校重视科技教育。") == {}


def test_zh_adverbs_bodies_and_demonstratives_are_no_names() -> None:
    assert experts("不过，专家同时提醒，雨雪天气还会持续。") == {}
    assert experts("南江大学法学院教授表示，这种做法不妥。") == {}
    assert experts("多个古籍研究专家都出来表态说，这句话是伪作。") == {}


def test_zh_affiliation_drops_a_relative_clause_and_a_year() -> None:
    got = experts("长期参与治污的东江环境科学研究所研究员邓海说，水质在好转。")
    assert got == {"邓海": ("研究员", "东江环境科学研究所")}
    got = experts("提出这个指标的是1934年北湖大学经济学家林森，他认为它不完整。")
    assert got["林森"][1] == "北湖大学"


def test_zh_second_title_in_a_list_may_name_its_own_body() -> None:
    got = experts("西城食品科学研究院院长、中国禽类食品综合研究中心主任丁国平表示，检测已经完成。")
    assert got == {"丁国平": ("院长、中国禽类食品综合研究中心主任", "西城食品科学研究院")}


def test_zh_lawyer_named_for_no_party_gives_a_legal_view() -> None:
    # Constructed: 律师X认为 with no party before the title is an expert; a party's lawyer is not.
    assert experts("律师康立群认为，幼儿园的做法违反了劳动法。") == {"康立群": ("律师", None)}
    assert experts("被告代理律师康立群认为，合同有效。") == {}
    assert experts("该公司律师康立群表示，公司没有违约。") == {}


def test_zh_person_in_charge_of_a_research_institute_is_an_expert_and_of_a_centre_is_not() -> None:
    assert experts("东岭无线电安全研究院负责人杨帆表示，蓝牙协议存在漏洞。") == {
        "杨帆": ("负责人", "东岭无线电安全研究院")}
    assert experts("东岭市反诈骗中心负责人杨帆介绍，诈骗手段不断翻新。") == {}


def test_zh_name_and_academic_title_opening_a_clause() -> None:
    # Constructed: 熊某教授告诉记者 with no institution named; a demonstrative before the title names nobody.
    assert experts("“材料很脆。”熊立新教授告诉记者，高温会让陶瓷开裂。") == {"熊立新": ("教授", None)}
    assert experts("这位教授告诉记者，高温会让陶瓷开裂。") == {}


def test_zh_colon_after_a_titled_name_opens_the_view() -> None:
    # Constructed: a Q&A line, 律师事务所律师X：…
    got = experts("江北明理律师事务所律师左成:如果平台不提供注销服务，就侵犯了知情权。")
    assert got == {"左成": ("律师", "江北明理律师事务所")}


def test_zh_lawyer_a_party_retained_is_its_counsel() -> None:
    # Constructed: the lawyer named as retained by the plaintiff speaks for him, however introduced later.
    text = "赵明找到南湖律师团队首席律师罗青，讲了自己的经历。南湖律师团队首席律师罗青表示，赔偿金额太低。"
    assert experts(text) == {}


def test_zh_interview_frames_a_bare_titled_analysts_view() -> None:
    # Constructed: 接受…采访时 between the name and the speech verb.
    assert experts("独立航运分析师梁远接受本报记者采访时表示，运价还会下跌。") == {"梁远": ("独立航运分析师", None)}
    assert experts("tmt分析师梁远在接受采访时则认为，换机潮已经过去。") == {"梁远": ("tmt分析师", None)}


def test_zh_colon_after_a_bare_titled_name_opens_the_view_and_a_common_noun_is_no_name() -> None:
    # Constructed: a Q&A line with a bare title; a statute's heading is no name.
    assert experts("来听听专业意见吧。律师周岚：如果不知情，就不构成犯罪。") == {"周岚": ("律师", None)}
    assert experts("有下列情形之一的，不予颁发律师执业证书：（一）受过刑事处罚的。") == {}
    assert experts("会上，专家们也表示，还需要更多研究。") == {}


def test_zh_partner_of_a_firm_is_an_expert_unless_a_party_retained_the_firm() -> None:
    # Constructed: a law firm's partner comments; a consultancy's partner frames a view; a retained one is counsel.
    assert experts("东城明理律师事务所高级合伙人范一鸣对记者表示，平台有审核义务。") == {
        "范一鸣": ("高级合伙人", "东城明理律师事务所")}
    assert experts("在迈远(上海)合伙人何青看来，投资人更看重价格。") == {"何青": ("合伙人", "迈远(上海)")}
    assert experts("某咖啡公司委托律师、南岭律师事务所合伙人李正称：对方违约在先。") == {}


def test_zh_second_title_after_the_name() -> None:
    # Constructed: 研究员X教授, 主任X研究员 before the speech.
    got = experts("东湖健康发展研究中心研究员张明远教授近日在解读报告时说，控烟要立法。")
    assert got == {"张明远": ("研究员", "东湖健康发展研究中心")}
    got = experts("西山社科院城市研究中心主任刘一平研究员认为，房价趋稳。")
    assert got == {"刘一平": ("主任", "西山社科院城市研究中心")}


def test_zh_ranked_engineer_is_an_expert_without_a_research_body() -> None:
    # Constructed: 总工程师 / 高级工程师 are professional ranks; a plain project engineer describes his project.
    assert experts("南曙科技大数据总工程师宋立明说，攻击更有目的性。") == {"宋立明": ("总工程师", "南曙科技大数据")}
    assert experts("该项目组工程师赵一波介绍，飞行器可重复使用。") == {}


def test_zh_branch_or_committee_of_a_body_before_the_office() -> None:
    # Constructed: 学会 + 分会 + office, 协会 + 专业委员会 + office; a clause's verb before the body is cut.
    got = experts("东岭省医学会卫生法学分会主任宋一鸣认为，平台应加强审核。")
    assert got == {"宋一鸣": ("卫生法学分会主任", "东岭省医学会")}
    got = experts("记者采访了南方中医药研究会外治分会秘书长石岩。石岩说，面膜不能代替药。")
    assert got == {"石岩": ("外治分会秘书长", "南方中医药研究会")}


def test_zh_investment_adviser_of_a_broker_is_an_analyst() -> None:
    # Constructed: 首席投资顾问 at a securities firm comments on the market.
    assert experts("北岭证券首席投资顾问郭一峰对记者表示，减持与虚假陈述有关。") == {"郭一峰": ("首席投资顾问", "北岭证券")}


def test_zh_expert_introduced_in_a_clause_of_his_own_speaks_in_the_next() -> None:
    # Constructed: X是其中一位。他告诉记者…; …评论员X。他表示…; an anonymised name (王先生) names nobody.
    got = experts("东岭设计院桥梁高级工程师郭一华是其中一位。他告诉记者，承台是否空心要看实际情况。")
    assert got == {"郭一华": ("高级工程师", "东岭设计院桥梁")}
    got = experts("记者就此采访了财经评论员丁一帆。他表示，降价只是短期行为。")
    assert got == {"丁一帆": ("财经评论员", None)}
    assert experts("记者采访了郑州的律师王先生。他表示，这属于强制消费。") == {}


def test_zh_law_firm_then_name_then_lawyer_and_a_partys_counsel() -> None:
    # Constructed: 某律师事务所X律师认为 is a lawyer's view; a party's 代理律师 named before the firm is its counsel.
    assert experts("对此，东湖明德律师事务所李一娜律师认为，平台应当审核。") == {"李一娜": ("律师", "东湖明德律师事务所")}
    assert experts("被告一方的代理律师、南岭律师事务所的律师李一涛认为，判决有误。") == {}
    assert experts("记者联系了南岭律师事务所的律师李一涛。李一涛认为，判决有误。") == {"李一涛": ("律师", "南岭律师事务所")}


def test_en_name_of_a_research_institution() -> None:
    got = experts('Constructed.\n\n"Rents will rise," said Nora Quill of the Lakeshore Policy Institute.')
    assert got == {"Nora Quill": (None, "Lakeshore Policy Institute")}


def test_en_appositive_without_institution_and_after_a_quote() -> None:
    got = experts("Constructed.\n\nPeter Vance, an economist, calculates that 9,000 jobs will move.")
    assert got == {"Peter Vance": ("economist", None)}


def test_en_lowercase_title_before_two_names() -> None:
    got = experts("Constructed.\n\nThe figure is low, energy experts Lia Moss and Tom Ekberg of the Delta Energy Center wrote.")
    assert got == {"Lia Moss": ("experts", "Delta Energy Center"), "Tom Ekberg": ("experts", "Delta Energy Center")}


def test_en_premodified_institution() -> None:
    got = experts("Constructed.\n\nMara Lunde, a political scientist at the state-funded Norrvik University, disagreed.")
    assert got == {"Mara Lunde": ("political scientist", "Norrvik University")}


def test_en_officials_and_campaign_staff_are_not_experts() -> None:
    text = (
        "Constructed.\n\nPort director Sara Lind said the berth will open.\n\n"
        "Sen. Ann Holt, a former economist, objected.\n\n"
        '"We will win," said Joe Marr, chief strategist for the Holt campaign.\n\n'
        "The bill passed with fellow Republican Dan Orr voting yes."
    )
    assert experts(text) == {}


def test_en_office_title_at_a_research_body_is_an_expert() -> None:
    got = experts("Constructed.\n\nIda Brenn, director of the Coastal Research Center, said tides are rising.")
    assert got["Ida Brenn"][1] == "Coastal Research Center"


def test_en_institution_in_a_relative_clause() -> None:
    got = experts("Constructed.\n\nLena Hart, an economist who is the director of the Baytown Economic Forecast, said so.")
    assert got == {"Lena Hart": ("economist", "Baytown Economic Forecast")}


def test_en_trainee_is_not_an_expert() -> None:
    text = "Port report.\n\n\"It is out of touch,\" said Mia Long, a postdoctoral fellow at Elma University."
    assert experts(text) == {}


def test_en_office_whose_field_is_research() -> None:
    got = experts("Nora Vale, director of research at Harbor Ledger Partners, said rents would fall.")
    assert got == {"Nora Vale": ("director of research", "Harbor Ledger Partners")}
    assert experts("Nora Vale, director of sales at Harbor Ledger Partners, said rents would fall.") == {}


def test_en_office_then_an_analyst_title_in_coordination() -> None:
    got = experts("The vote will be close, said Omar Pell, director of Lantern Books and an independent political analyst.")
    assert got == {"Omar Pell": ("independent political analyst", "Lantern Books")}


def test_en_two_coordinated_titles_and_their_institution() -> None:
    got = experts('"She set the tone," says Ida Marsh, a port historian and professor of economics at Westbay University.')
    assert got == {"Ida Marsh": ("port historian and professor of economics", "Westbay University")}


def test_en_consultant_and_unaligned_strategist_are_analysts() -> None:
    got = experts("Lena Ruiz, another unaligned Iowa Republican strategist, said the bus tour helps. "
                  "Tom Reyes, a Democratic media consultant, said ads cost more.")
    assert got == {"Lena Ruiz": ("unaligned Iowa Republican strategist", None),
                   "Tom Reyes": ("Democratic media consultant", None)}


def test_en_strategist_of_a_named_campaign_is_staff() -> None:
    text = ('"We will win," said Ben Ode, a senior strategist for Marlowe. '
            "Kay Dunn, another top strategist in Marlowe's campaign, agreed. "
            "Marlowe's chief strategist Ray Fenn says the race is open.")
    assert experts(text) == {}


def test_en_named_programme_inside_an_institution() -> None:
    got = experts("Ada Kerr, co-director of the Center for Tidal Policy Research, said. "
                  "Sam Ito, director of the Grain Futures Project at the conservative Westbay Institute, said.")
    assert got["Ada Kerr"] == ("co-director", "Center for Tidal Policy Research")
    assert got["Sam Ito"] == ("director of the Grain Futures Project", "Westbay Institute")


def test_en_former_post_then_speech_is_an_analyst() -> None:
    text = ('"The ferry plan will fail," said Dana Roe, who was coordinator for shipping at the Harbor Department '
            "from 2009 to 2012. Cal Ode, who served as Lind's chief strategist in 2012, called the plan late.")
    got = experts(text)
    assert got["Dana Roe"] == ("coordinator for shipping at the Harbor Department from 2009 to 2012", "Harbor Department")
    assert got["Cal Ode"] == ("Lind's chief strategist in 2012", None)


def test_en_rank_before_a_former_post_is_not_the_name() -> None:
    got = experts('"It fails," said retired Navy Lt. Cmdr. Rita Voss, who served as the chief port adviser in Elma.')
    assert got == {"Rita Voss": ("the chief port adviser in Elma", None)}


def test_en_former_post_needs_speech_and_no_current_post() -> None:
    text = ("The family of Ron Jay, who was a port official, met the mayor. "
            '"We will win," said Eve Park, who was a national co-chair for the campaign and is now its treasurer.')
    assert experts(text) == {}


def test_en_former_office_holder_who_speaks_is_an_expert() -> None:
    text = ('"It will fail," said retired Navy Rear Adm. Tom Hale, who served as the chief naval adviser in Oslo. '
            "Ana Lee, who was coordinator for trade at the Commerce Department, told reporters it would pass.")
    got = experts(text)
    assert got["Tom Hale"] == ("the chief naval adviser in Oslo", None)
    assert got["Ana Lee"] == ("coordinator for trade at the Commerce Department", "Commerce Department")


def test_en_former_office_holder_needs_speech_and_an_office() -> None:
    assert experts("Ana Lee, who was coordinator for trade at the Commerce Department, resigned in May.") == {}
    assert experts("Ana Lee, who was arrested in May, said it would fail.") == {}


def test_zh_expert_sentence_heavy_with_latin_names_is_still_chinese() -> None:
    # Constructed: the analyst and the firm are written in Latin letters; the rest of the sentence is Chinese.
    import summarizer

    text = "金价本周上涨。\n\nbluepeaktrading首席分析师maximiliandelacroix表示，对明年金价有信心。"
    result = summarizer.summarize(text, engine="rules")
    assert [e.expert for e in result.expert_assessments] == ["maximiliandelacroix"]


def test_zh_a_named_scholar_who_gives_no_view_is_no_expert() -> None:
    # Constructed: a list of guests, and a professor named in a story's cast, give no assessment.
    text = ("出席论坛的有南湖大学教授林志远、东岭经济学会会长周立川，二人分别作了专题报告。"
            "当年举报他的是北湖大学法学院教授陶明。此后案件重新调查。")
    assert experts(text) == {}


def test_zh_a_scholar_introduced_first_and_heard_later_is_an_expert() -> None:
    # Constructed: the view comes in the next sentence (pronoun), later by name, or by surname and title.
    assert "林志远" in experts("南湖大学教授林志远，长期研究港口。他认为，扩建的收益被高估了。")
    assert "方雅琴" in experts("西岭经济研究院研究员方雅琴，收集了十年的样本。结果发现，增长逐年递减。")
    text = "记者联系了东湖律师事务所的孟凡律师。孟律师告诉记者，合同有效。"
    assert experts(text) == {"孟凡": ("律师", "东湖律师事务所")}


def test_zh_a_hospital_specialist_is_an_expert_its_president_is_not() -> None:
    # Constructed: a department's head and a clinician assess; the hospital's president speaks for it.
    got = experts("东岭市人民医院眼科主任林志远提醒，看手机会引起眼疲劳。西湖医院院长周立川表示，医院将扩建。")
    assert got == {"林志远": ("眼科主任", "东岭市人民医院")}
    got = experts("据南湖大学附属医院急诊医学教研室副主任方雅琴教授介绍，年轻患者在增多。")
    assert "方雅琴" in got


def test_zh_department_chair_topic_phrase_and_a_line_break_before_the_name() -> None:
    # Constructed: a department between school and office; 就 opening the view's topic; a name after a written-out line break.
    got = experts("北湖大学医学院口腔与综合护理系主任林志远表示，细菌会阻塞动脉。")
    assert got["林志远"][0].endswith("口腔与综合护理系主任") and got["林志远"][1].startswith("北湖大学")
    assert "方雅琴" in experts("东湖律师事务所合伙人方雅琴律师就此事表示：乘客可以索赔。")
    assert "陶明" in experts("孩子受欺负怎么办？\\n陶明教授还提到：要教孩子保护自己。")


def test_zh_a_guest_list_with_a_quoted_name_gives_no_view() -> None:
    # Constructed: the list runs on past a quoted society's name; the next speech is far from the scholar.
    text = ("论坛上，南湖大学教授林志远、东岭经济学会副会长周立川，“海港之友”会长陶明、秘书长孟凡、"
            "理事方雅琴、理事王立新、理事张海洋、理事李文博、理事赵丽华、理事钱志强、理事孙国庆、理事吴晓东、理事郑春华等出席了启动仪式，主办方负责人表示欢迎。")
    assert experts(text) == {}


def test_zh_a_colleges_president_speaks_for_it_a_schools_dean_is_a_scholar() -> None:
    # Constructed: the head of a whole college, then the dean of a university's law school.
    text = "东岭职业技术学院院长林志远表示，学院将扩大招生。南湖大学法学院副院长周立川认为，这项规定缺乏依据。"
    assert experts(text) == {"周立川": ("法学院副院长", "南湖大学")}


def test_zh_a_department_between_the_body_and_a_scholar_named_before_his_title() -> None:
    # Constructed: body, department, name, then the academic title.
    got = experts("南湖大学肿瘤防治中心儿童肿瘤科林志远教授指出，这种肿瘤多见于幼儿。")
    assert got == {"林志远": ("教授", "南湖大学肿瘤防治中心儿童肿瘤科")}


def test_zh_a_hospital_president_with_a_view_of_his_own_is_an_expert() -> None:
    # Constructed: a view on a field (认为) is his; the hospital's work or a patient's state is the hospital's.
    text = "东岭医院院长林志远认为，老龄化来得很快。西湖医院副院长周立川表示，患者仍在昏迷。"
    assert experts(text) == {"林志远": ("院长", "东岭医院")}
    assert experts("北湖医院院长陶明指出，该院的远程会诊量逐年攀升。") == {}


def test_zh_a_foundations_officer_speaks_for_it() -> None:
    # Constructed: a charity's vice-chair gives its figures; a foundation's researcher still assesses.
    assert experts("东岭儿童基金会副理事长林志远说，近年来溺水事故急剧增多。") == {}
    assert "周立川" in experts("东岭儿童基金会研究员周立川认为，溺水事故被低估了。")


def test_zh_an_analyst_speaking_to_an_outlet_named_as_printed_and_after_a_question() -> None:
    # Constructed: the outlet's name has digits or a stripped link; a name opens a clause after a question mark.
    assert "周立川" in experts("资金偏紧。东岭证券首席分析师周立川对21世纪财经周报记者表示，利率会回落。")
    assert "方雅琴" in experts("资金偏紧。环保专家方雅琴对海港新闻()说，清洁煤成本较低。")
    assert "陶明" in experts("机器为什么能学习?陶明教授解释，它有大量的数据。")


def test_zh_a_foreign_analysts_name_glossed_in_brackets_before_speech() -> None:
    # Constructed: the name in its own letters between the name and the verb.
    got = experts("监管部门展开调查，加密货币分析师彼得·林德(peter lind)表示，价格会被操纵。")
    assert got == {"彼得·林德": ("加密货币分析师", None)}


def test_zh_an_analysts_adverb_and_prediction_before_the_view() -> None:
    # Constructed: 更是/甚至/就 stand between the name and the verb; 预言 opens a prediction.
    assert "周立川" in experts("东岭地产首席分析师周立川更是表示，明年房价会回落。")
    assert "方雅琴" in experts("医改专家方雅琴甚至预言：“滥用抗生素的代价会很大。”")
    assert "陶明" in experts("北湖大学研究寄生虫的专家陶明就表示：“我不会参加这种试验。”")


def test_zh_a_lead_word_after_a_written_out_line_break_is_no_part_of_the_body() -> None:
    # Constructed: a line break written as the two characters \n, then 据, then the body.
    got = experts("宠物医院很多。\\n据东岭小动物保护协会秘书长林志远透露，宠物到了陌生环境会抓咬。")
    assert got == {"林志远": ("秘书长", "东岭小动物保护协会")}


def test_en_a_titled_name_that_reports_no_view_is_no_expert() -> None:
    text = (
        "Constructed.\n\nLaw professor Tim Vale, who is challenging Rep. Ann Holt, raised $2 million.\n\n"
        "Sanders invited Max Reed, the president of the Hill Peace Institute, who frequently criticizes the plan, to testify.\n\n"
        "The ad is funded by Republican strategist Karl Dunn's PAC, Delta Action. The Dunn ad hits Holt."
    )
    assert experts(text) == {}


def test_en_a_view_reported_in_the_sentence_or_the_next_one() -> None:
    text = (
        'Constructed.\n\nYang Li, director of the Institute of Delta Studies at Norrvik University, calls the port "a mistake".\n\n'
        "A survey by independent analyst Eva Dahl found that most residents oppose it.\n\n"
        "Ron Tate, a Republican campaign consultant, lives in Elma. "
        '"The port will not pay," he said.'
    )
    assert set(experts(text)) == {"Yang Li", "Eva Dahl", "Ron Tate"}


def test_en_an_affiliation_is_no_person_in_coordination() -> None:
    text = ("Constructed.\n\nThe mayor remarked that he had consulted Attorney General Ann Holt and scholar Rob Dane "
            "at Norrvik University. Dane said the order was lawful.")
    assert experts(text) == {"Rob Dane": ("scholar", "Norrvik University")}


def test_zh_a_student_bodys_officer_is_no_expert() -> None:
    # Constructed: a student club's president explains the club's practice; a university's ecology scholar stays.
    text = ("南江大学学生野鸟观察协会会长李安表示，社团不组织投喂。\n"
            "北江师范大学生态学副教授王平说，湿地的鸟类正在减少。")
    assert set(experts(text)) == {"王平"}


def test_zh_an_office_word_at_the_bodys_end_opens_the_title() -> None:
    # Constructed: 董事合伙人 and 主任研究员 are titles; the body ends before them.
    text = ("远景国际董事合伙人陈安认为，无人便利店的成本太高。\n"
            "南江省立博物馆主任研究员林平告诉记者，这幅画反映了两地的文化联系。")
    got = experts(text)
    assert got["陈安"] == ("董事合伙人", "远景国际")
    assert got["林平"] == ("主任研究员", "南江省立博物馆")


def test_en_a_verb_far_before_the_name_has_its_own_subject_and_a_fellow_veteran_is_no_fellow() -> None:
    text = (
        "Constructed.\n\nParty chair Ann Holt announced Sunday she will resign, to be replaced by veteran Democratic "
        "strategist Dana Moss through the election.\n\n"
        "Zeliff and Tom Lund, a fellow Ohio campaign veteran, explained how canvassers rank voters.\n\n"
        '"It will be close," said Democratic pollster Ray Kell.'
    )
    assert set(experts(text)) == {"Ray Kell"}


def test_zh_a_joint_body_joins_two_names_with_one_dash() -> None:
    # Constructed: a joint research institute's name holds a dash.
    got = experts("南江大学中国—北欧研究院首席研究员陈平说，港口的货运量还会增长。")
    assert got == {"陈平": ("首席研究员", "南江大学中国—北欧研究院")}


def test_en_a_former_aide_or_adviser_introduced_by_the_post_comments_from_outside() -> None:
    text = (
        'Constructed.\n\n"It was a good month for her," said former Holt adviser Dan Reyes.\n\n'
        "Ida Marsh, a former senior adviser to Holt, said the race is over.\n\n"
        "Tom Ek, a former aide to Holt who now runs the Delta PAC, said it was close.\n\n"
        "Lund formed the firm with former Holt adviser Rick Lake. It closed in 2008."
    )
    got = experts(text)
    assert got == {"Dan Reyes": ("former Holt adviser", None), "Ida Marsh": ("former senior adviser to Holt", None)}


def test_en_an_initial_or_a_title_with_a_full_stop_ends_no_sentence() -> None:
    text = ("Constructed.\n\nMichael J. Petrov, president of the Delta Policy Institute, tied the scores to rising "
            "graduation rates, saying the law helped.")
    assert set(experts(text)) == {"Michael J. Petrov"}


def test_en_what_a_person_did_before_then_the_research_post_held_now() -> None:
    text = (
        'Constructed.\n\n"She is ahead," said Mo Adel, a Holt campaign aide in 2008 and now director of the Delta '
        'University Institute of Politics.\n\n"It is legal," said Sue Hale, a former agency lawyer now at the Norrvik Institution.'
    )
    got = experts(text)
    assert got == {
        "Mo Adel": ("Holt campaign aide in 2008 and now director", "Delta University Institute of Politics"),
        "Sue Hale": ("former agency lawyer", "Norrvik Institution"),
    }


def test_en_a_papers_columnist_named_after_the_paper() -> None:
    text = ('Constructed.\n\nDelta Herald columnist Ann Voss calls the plan "a gamble".\n\n'
            "The bill passed, columnist Rob Tate wrote in the Norrvik Times.")
    assert experts(text) == {"Ann Voss": ("columnist", "Delta Herald")}


def test_en_name_opens_after_a_full_stop() -> None:
    # A full stop after a word ends the sentence: the name is what follows it (constructed).
    got = experts("The council backed the Harbor Act. Nora Field, the veteran pollster who has surveyed the valley "
                  "for decades, argued that the vote will be close.")
    assert got == {"Nora Field": ("veteran pollster", None)}


def test_en_appositive_premodified_by_an_institution_name() -> None:
    got = experts('"The vote is open," said Carl Imre, a Westlake University political science professor.')
    assert got == {"Carl Imre": ("Westlake University political science professor", None)}


def test_en_one_who_teaches_at_a_university_is_its_scholar() -> None:
    got = experts('"The rumours spread fast," said Lena Ortiz, a former radio host who teaches media law at the '
                  "University of Eastvale.")
    assert got == {"Lena Ortiz": ("former radio host", "University of Eastvale")}


def test_en_research_body_possessive() -> None:
    got = experts('Westlake University\'s Omar Bell agreed. "The turnout will decide it," Bell said.')
    assert got == {"Omar Bell": (None, "Westlake University")}
    # A programme of the body is no person.
    assert "Democracy Program" not in experts('"It matters," said Ann Roe, counsel in the Harbor Center\'s Democracy Program.')


def test_en_appositive_without_an_article() -> None:
    got = experts('"The city is missing," said Ada Kroll, urban policy professor and director of the Transit Center at '
                  "Eastvale University.")
    assert got == {"Ada Kroll": ("urban policy professor", None)}
    # No article and a name after the title: a list, not an appositive.
    assert experts('"Yes," said Tom Reyes, pollster Ann Lee and others.') == {"Ann Lee": ("pollster", None)}


def test_en_coordinator_or_counsel_at_a_research_body() -> None:
    # An office at a research body, as a director's is; 'in' a body's programme too, but not 'in' a place or campaign.
    got = experts('"This is not anti-European," said Dirk Maas, Europe coordinator at the Westlake Institute of '
                  "International Relations.")
    assert got == {"Dirk Maas": ("Europe coordinator", "Westlake Institute of International Relations")}
    got = experts('"Judges look like politicians," said Ruth Kane, senior counsel in the Harbor Center for Justice.')
    assert got == {"Ruth Kane": ("senior counsel", "Harbor Center for Justice")}
    assert experts('Rick Dale, another top strategist in Ross\'s campaign, said the plan worked.') == {}
    got = experts('"It is over," said Bo Hale, a GOP strategist in Washington.')
    assert got == {"Bo Hale": ("GOP strategist", None)}


def test_en_the_campaign_analyst_is_its_staff() -> None:
    # 'the' opens an analyst's title, but the campaign's own pollster speaks for it; a campaign consultant by trade does not.
    assert experts('"We will win," said Ann Lee, the campaign pollster.') == {}
    assert experts('"We will win," said Ann Lee, the former campaign pollster.') == {"Ann Lee": ("former campaign pollster", None)}
    got = experts('"It will be close," said Ann Lee, a Republican campaign consultant.')
    assert got == {"Ann Lee": ("Republican campaign consultant", None)}


def test_en_who_teaches_without_a_title_before() -> None:
    got = experts('"The anger was new," said the writer Lena Ortiz, who teaches at Eastvale University.')
    assert got == {"Lena Ortiz": (None, "Eastvale University")}


def test_zh_teaching_hospital_is_the_affiliation() -> None:
    got = experts("东岭医科大学附属第二医院眼科主任周岚提醒，老人视物不清不一定是老花。")
    assert got == {"周岚": ("眼科主任", "东岭医科大学附属第二医院")}
