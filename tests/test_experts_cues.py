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
