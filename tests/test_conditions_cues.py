"""Conditional cues: markers with their main clause, and what is not a condition. All sentences are constructed."""

from __future__ import annotations

from summarizer.article import from_text
from summarizer.cues import find_cues


def conds(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(c.condition, c.consequence, c.stated_by) for c in find_cues(from_text(text)).conditions]


def test_zh_zhiyou_needs_cai() -> None:
    assert conds("李平说，只有港口扩建完成，货运量才能回升。") == [("只有港口扩建完成", "货运量才能回升", "李平")]
    assert conds("李平说，码头上只有三艘船。") == []


def test_zh_yaoxiang_with_bixu() -> None:
    assert conds("王芳表示，要想降低运价，必须增加航线。") == [("要想降低运价", "必须增加航线", "王芳")]


def test_zh_dehua_closes_a_condition() -> None:
    assert conds("赵强说，对方让步的话，谈判就能继续。") == [("对方让步的话", "谈判就能继续", "赵强")]


def test_zh_coordinated_condition_is_not_cut_at_yiji() -> None:
    (c,) = conds("陈云说，如果没有资金，以及没有人手，工程无法完成。")
    assert c[1] == "工程无法完成"


def test_en_once_so_long_as_in_case() -> None:
    text = (
        "Constructed.\n\n"
        "Once the bridge is repaired, traffic will return, Mayor Ana Ruiz said.\n\n"
        "So long as rates stay low, builders will keep hiring, Ruiz said.\n\n"
        "In case the vote fails, the council will meet again, Ruiz said."
    )
    got = conds(text)
    assert [c[0] for c in got] == ["Once the bridge is repaired", "So long as rates stay low", "In case the vote fails"]
    assert got[0][1] == "traffic will return"  # the attribution is not part of the main clause
    assert got[0][2] == "Ana Ruiz" and all((c[2] or "").endswith("Ruiz") for c in got)


def test_en_once_as_adverb_or_apposition_is_not_a_condition() -> None:
    text = (
        "Constructed.\n\nThe harbor was once a busy port.\n\n"
        "Once a critic of the plan, Ruiz now backs it.\n\nShe said it at once."
    )
    assert conds(text) == []


def test_en_hedges_and_embedded_questions_are_not_conditions() -> None:
    text = (
        "Constructed.\n\n\"It was, if you will, a disaster,\" Ruiz said.\n\n"
        "Reporters asked the mayor on Monday if the bridge would open."
    )
    assert conds(text) == []


def test_en_speaker_named_after_the_conditional() -> None:
    (c,) = conds("Constructed.\n\nIf the tide rises, the road will close, Tom Berg said.")
    assert c[0] == "If the tide rises" and c[2] == "Tom Berg"


def test_zh_fouze_takes_the_requirement_before_it() -> None:
    assert conds("刘军说，买方须在月底前付款，否则合同自动终止。") == [("买方须在月底前付款", "否则合同自动终止", "刘军")]


def test_zh_chufei_fouze_is_one_condition() -> None:
    assert conds("刘军说，除非买方付款，否则合同终止。") == [("除非买方付款", "合同终止", "刘军")]


def test_en_anaphoric_condition_states_nothing_of_its_own() -> None:
    text = "Constructed.\n\n\"If that happens, the port will close,\" Ruiz said.\n\n\"If she's elected, taxes will fall,\" Berg said."
    assert [c[0] for c in conds(text)] == ["If she's elected"]


def test_en_interposed_attribution_is_not_part_of_the_consequence() -> None:
    (c,) = conds("Constructed.\n\nBut Berg disagreed. If the tide rises, he said, the road will close.")
    assert c[1] == "the road will close"


# --- English: where the condition and its main clause end (constructed sentences) ---------------


def test_en_even_if_is_concessive_not_a_condition() -> None:
    assert conds("Constructed.\n\n\"Even if the vote fails, the port will open,\" Ruiz said.") == []


def test_en_if_not_comparison_is_not_a_condition() -> None:
    assert conds("Constructed.\n\nRuiz said most if not all of the ferries were late.") == []


def test_en_conditional_question_states_no_precondition() -> None:
    text = "Constructed.\n\n\"If the ferry stops, what happens to the island?\" Ruiz asked the council."
    assert conds(text) == []


def test_en_consequence_ends_with_the_quotation() -> None:
    text = ("Constructed.\n\n\"If the ferry stops, the island will starve,\" said Ana Ruiz, head of the "
            "island council, which met on Monday.")
    assert conds(text) == [("If the ferry stops", "the island will starve", "Ana Ruiz")]


def test_en_condition_after_i_think_opens_the_clause() -> None:
    text = "Constructed.\n\n\"The plan is sound, and I think if the council backs it, the port will grow,\" Ruiz said."
    assert conds(text) == [("if the council backs it", "the port will grow", "Ruiz")]


def test_en_reporting_frame_is_not_part_of_the_consequence() -> None:
    text = "Constructed.\n\nAna Ruiz has insisted that the port will reopen if the strike ends."
    assert conds(text) == [("if the strike ends", "the port will reopen", "Ana Ruiz")]


def test_en_parenthesis_after_a_name_stays_in_the_condition() -> None:
    text = "Constructed.\n\n\"If Ana Ruiz, after the vote, still refuses, the council will act,\" Tom Berg said."
    assert conds(text) == [("If Ana Ruiz, after the vote, still refuses", "the council will act", "Tom Berg")]


def test_en_dash_closes_the_condition() -> None:
    text = "Constructed.\n\n\"If elected mayor - I will cut the fares,\" Tom Berg said."
    assert conds(text) == [("If elected mayor", "I will cut the fares", "Tom Berg")]


def test_en_long_condition_without_comma_ends_at_the_new_subject() -> None:
    text = ("Constructed.\n\n\"If the council votes for the new harbor plan next month I'll resign from the "
            "board,\" Tom Berg said.\n\n\"If he thinks we will win the vote in the council next spring, he will "
            "lose,\" Berg said.")
    got = conds(text)
    assert got[0][:2] == ("If the council votes for the new harbor plan next month", "I'll resign from the board")
    assert got[1][0] == "If he thinks we will win the vote in the council next spring"


def test_en_trailing_condition_after_a_comma() -> None:
    text = "Constructed.\n\nTom Berg said the ferries will run daily, so long as the budget allows it."
    assert conds(text) == [("so long as the budget allows it", "the ferries will run daily", "Tom Berg")]


# --- English: who states it ---------------------------------------------------------------------


def test_en_writer_and_indefinite_phrases_state_nothing() -> None:
    text = ("Constructed.\n\nWe learned that if the vote fails, the council will meet again.\n\n"
            "For example, if a driver wanted a permit, she could only apply online.")
    assert [c[2] for c in conds(text)] == [None, None]


def test_en_a_document_states_its_provisions() -> None:
    text = ("Constructed.\n\nThe bill, sponsored by Ana Ruiz, would require ferries to run daily, so long as "
            "the budget allows it.\n\nThe deal would collapse if the port closes.")
    got = conds(text)
    assert got[0] == ("so long as the budget allows it", "would require ferries to run daily", "The bill")
    assert got[1][2] is None  # 'would collapse' is a prediction, not a provision


# --- Chinese (constructed sentences) -------------------------------------------------------------


def test_zh_bare_cai_after_a_comma() -> None:
    assert conds("李平表示，港口扩建完成，货运量才能回升。") == [("港口扩建完成", "货运量才能回升", "李平")]
    assert conds("李平表示，在航道疏通时才可通行。") == [("在航道疏通时", "才可通行", "李平")]
    assert conds("李平表示，他三年后才回到港口。") == []  # no modal: 'only then', not a condition
    assert conds("李平问，港口何时才能扩建完成？") == []


def test_zh_ru_at_a_clause_start_with_a_modal_main_clause() -> None:
    assert conds("李平表示，如船东申请，可以延长停泊期限。") == [("如船东申请", "可以延长停泊期限", "李平")]
    assert conds("李平表示，如医生、教师，年龄大一些经验更丰富。") == []  # 如 = such as


def test_zh_dang_hou_with_a_modal_main_clause() -> None:
    assert conds("李平表示，当航道疏通后，货轮应该改走南线。") == [("当航道疏通后", "货轮应该改走南线", "李平")]
    assert conds("李平说，当记者赶到时，大火已经扑灭。") == []  # narration, no modal


def test_zh_report_speaks_for_the_outlet_named_before() -> None:
    text = "《海港日报》指出，码头今年亏损。报道称，如果运费继续下降，两家公司将退出航线。"
    assert conds(text) == [("如果运费继续下降", "两家公司将退出航线", "海港日报")]


def test_zh_according_to_names_the_source() -> None:
    text = "据《港口管理条例》，船东须在月底前缴费，否则将被暂停作业。"
    assert conds(text) == [("船东须在月底前缴费", "否则将被暂停作业", "《港口管理条例》")]


def test_zh_sentence_opening_with_a_condition_continues_the_report() -> None:
    text = "交通部长王芳表示，新航线下月开通。如果客流稳定，还将增加班次。"
    assert conds(text) == [("如果客流稳定", "还将增加班次", "王芳")]


def test_zh_consequence_ends_where_a_quotation_opens() -> None:
    text = "王芳说，只有客流回升，航线才能盈利，“现在还不行。”"
    assert conds(text)[0][1] == "航线才能盈利"


def test_zh_list_marks_before_the_speaker_are_skipped() -> None:
    assert conds("▼▼交通部负责人曾表示，航道疏通后，货轮才会改走南线。")[0][2] == "交通部负责人"


def test_en_measure_after_as_long_as_is_not_a_condition() -> None:
    assert conds("Constructed.\n\nRuiz said riders waited for as long as three hours.") == []


def test_en_if_after_decide_is_whether() -> None:
    assert conds("Constructed.\n\nRuiz said the council must decide if the port should close.") == []


def test_en_comma_before_particularly_continues_the_condition() -> None:
    text = ("Constructed.\n\n\"If we lose riders, particularly young riders, and the night crowd, the line "
            "will close,\" Ruiz said.")
    assert conds(text) == [("If we lose riders, particularly young riders, and the night crowd",
                            "the line will close", "Ruiz")]


def test_en_trailing_condition_needs_a_main_clause_with_a_verb() -> None:
    text = ("Constructed.\n\n\"They fear the plan, with no delay and with no vote, if the mayor signs it,\" "
            "Ruiz said.")
    assert conds(text) == []


def test_en_coordinator_is_not_part_of_the_consequence() -> None:
    text = "Constructed.\n\nRuiz wrote a report on the port, and how the town would suffer if the port closed."
    assert conds(text)[0][1] == "the town would suffer"


def test_en_pronoun_or_quantifier_with_no_name_states_nothing() -> None:
    text = ("Constructed.\n\nBut if the port is remembered as a success, it will be because he delivered it.\n\n"
            "\"The port will close if they keep the ferries,\" neither said.")
    assert [c[2] for c in conds(text)] == [None, None]


def test_zh_sentence_that_goes_on_in_a_quotation_is_its_speakers() -> None:
    text = "交通部长王芳表示，航线亏损严重。前期投入巨大，只有客流回升，航线才能盈利，“现在还不行。”"
    assert conds(text) == [("只有客流回升", "航线才能盈利", "王芳")]


def test_en_if_you_look_at_frames_a_view() -> None:
    assert conds("Constructed.\n\n\"If you look at the port, it is just a village dock,\" Ruiz said.") == []


def test_en_trailing_condition_runs_past_abbreviations() -> None:
    text = "Constructed.\n\n\"Fares must fall if we are to keep riders in the U.S. and abroad,\" Ruiz said."
    assert conds(text)[0][0] == "if we are to keep riders in the U.S. and abroad"


def test_en_if_clause_inside_a_free_relative_is_not_a_condition() -> None:
    assert conds("Constructed.\n\n\"What a landlord can do to you if you are late is a disgrace,\" Ruiz said.") == []


def test_en_quotation_that_opens_with_the_condition_has_no_main_clause_before_it() -> None:
    text = "Constructed.\n\nA rider asked for a photo and Ruiz said, \"as long as the ferry is on time.\""
    assert conds(text) == []


def test_en_he_said_opening_the_main_clause_is_not_the_consequence() -> None:
    text = "Constructed.\n\nTom Berg spoke on Monday. If the plan fails, he said he would leave the council."
    assert conds(text) == [("If the plan fails", "he would leave the council", "Tom Berg")]


def test_en_quantifier_as_a_quotes_speaker_names_nobody() -> None:
    text = "Constructed.\n\nSome disagreed. \"If the plan fails, the council will collapse,\" some said."
    assert [c[2] for c in conds(text)] == [None]


def test_en_condition_inside_a_nouns_that_clause_has_no_stated_author() -> None:
    text = ("Constructed.\n\nTom Berg dismissed the argument that the port would fail if the ferry stopped.\n\n"
            "Ruiz repeated her warning that the island would starve if the ferry stopped.")
    assert conds(text) == []


def test_en_should_before_its_subject_is_a_trailing_condition() -> None:
    text = (
        "Constructed.\n\n"
        "Tom Berg promised to rebuild the pier should he win the council seat.\n\n"
        "The ferry will stop, should the storm reach the coast, Ana Ruiz said."
    )
    assert conds(text) == [
        ("should he win the council seat", "Tom Berg promised to rebuild the pier", "Tom Berg"),
        ("should the storm reach the coast", "The ferry will stop", "Ana Ruiz"),
    ]


def test_en_should_as_a_modal_or_in_a_question_is_no_condition() -> None:
    text = (
        "Constructed.\n\n"
        "Tom Berg said the city should rebuild the pier.\n\n"
        "Ana Ruiz asked what should he do now?\n\n"
        "Ruiz asked him whether he would stay should he lose the seat."
    )
    assert conds(text) == []


def test_en_long_condition_without_comma_ends_where_that_would_begins() -> None:
    text = ('Constructed.\n\n"If we were to close the harbour and cancel every ferry to the islands that would '
            'hurt the fishermen," Ana Ruiz said.')
    assert conds(text) == [
        ("If we were to close the harbour and cancel every ferry to the islands", "that would hurt the fishermen",
         "Ana Ruiz")
    ]


def test_en_pronoun_with_a_contraction_names_nobody() -> None:
    text = "Constructed.\n\nIn Ohio, she’s promised to reopen the mill, should she win the seat."
    assert [c[2] for c in conds(text)] == [None]


def test_zh_demand_with_ultimatum_is_the_demanders() -> None:
    # constructed: the demander is the subject of the reported clause, not the outlet
    assert conds("此前，当地媒体报道李平就码头问题向船东施压，要求船东补交运费，否则就会扣留货船。") == [
        ("要求船东补交运费", "否则就会扣留货船", "李平")
    ]
    assert conds("港务局长王芳当天召见船东，要求对方停止超载，否则将吊销执照。")[0][2] == "王芳"
    assert conds("他向船东施压，要求对方停止超载，否则将吊销执照。")[0][2] is None


def test_should_inversion_counts_as_a_conditional_sentence() -> None:
    from summarizer.cues.conditions import has_conditional

    assert has_conditional("The ferry will stop, should the storm reach the coast, Ana Ruiz said.")
    assert not has_conditional("Tom Berg said the city should rebuild the pier.")


def test_en_should_inversion_is_a_condition_and_a_wh_question_is_not() -> None:
    # Constructed: 'should X' = 'if X' (grammar; 5 of the 6 uses in PolNeAR train outside en-dev).
    assert conds('"We will cut the night route, should the levy fail," Lind said.') == [
        ("should the levy fail", "We will cut the night route", "Lind")
    ]
    assert conds("Should the council approve the levy, fares will fall by a third, Mayor Sara Lind said.") == [
        ("Should the council approve the levy", "fares will fall by a third", "Sara Lind")
    ]
    assert conds("What should they do about the ferry? Nobody knows, Lind said.") == []


def test_zh_a_document_issued_before_the_speech_verb_shares_its_subject() -> None:
    # constructed: the condition opens the next sentence of the notice's report
    got = conds("今年3月，交通局、港务局联合下发通知称，货船将在夜间停靠。如船东申请，可以在白天停靠。")
    assert got == [("如船东申请", "可以在白天停靠", "交通局、港务局")]
    assert conds("交通局联合港务局发布通知称，如船东申请，可以在白天停靠。")[0][2] == "交通局联合港务局"


def test_zh_what_a_ruling_or_statement_says_is_its_authors() -> None:
    # constructed: no speech verb, the sentence reports the court's ruling
    got = conds("海事法院在裁定中援引旧例，说明扣押令在符合以下条件时才可执行：船东拒绝出庭。")
    assert [c[2] for c in got] == ["海事法院"]
    assert conds("海事法院在会议室门口停着两辆车，船东申请的话，可以离开。")[0][2] is None


def test_zh_legal_de_form_is_a_condition_the_law_states() -> None:
    # constructed: …的，依法… is 'whoever …, shall …'; the law that 明确 states it
    got = conds("4月1日，会议通过的港口安全法明确，以暴力阻挠引航员工作，危害航行安全的，依法承担民事责任；"
                "构成犯罪的，依法追究刑事责任。")
    assert got == [
        ("以暴力阻挠引航员工作，危害航行安全的", "依法承担民事责任", "港口安全法"),
        ("构成犯罪的", "依法追究刑事责任", "港口安全法"),
    ]
    assert conds("交通局表示，超载的，由海事部门依法处罚。") == [("超载的", "由海事部门依法处罚", "交通局")]


def test_zh_de_ending_a_noun_phrase_is_no_condition() -> None:
    assert conds("李平说，他说的，我都同意。") == []
    assert conds("王芳表示，新来的，都在码头上工作。") == []


def test_en_generic_you_and_fixed_hedges_state_no_actors_condition() -> None:
    text = (
        "Constructed.\n\n\"If you are not ready, you will fail,\" Ana Ruiz said.\n\n"
        "\"It gets rewarded if you get things done,\" Ruiz said.\n\n"
        "\"We will sue the port if need be,\" Tom Berg said.\n\n"
        "\"We will figure that out, if and when,\" Berg said."
    )
    assert conds(text) == []


def test_en_plural_we_in_a_single_role_is_anyones_condition() -> None:
    text = (
        "Constructed.\n\n\"If we're a farmer, we get up before dawn,\" Ana Ruiz said.\n\n"
        "\"If we are an engineer, we check the bridge twice,\" Ruiz said."
    )
    assert conds(text) == []
    # the group's own condition stays
    assert conds("Constructed.\n\n\"If we win the county, we will pass the bill,\" Tom Berg said.") == [
        ("If we win the county", "we will pass the bill", "Tom Berg")
    ]


def test_en_speaker_after_a_later_comma_or_according_to() -> None:
    text = (
        "Constructed.\n\n\"The bridge will close\" if the river rises, said Tom Berg, an engineer at the port.\n\n"
        "Ferries may dock as long as they pay the fee, according to harbour master Ana Ruiz."
    )
    assert [c[2] for c in conds(text)] == ["Tom Berg", "Ana Ruiz"]


def test_en_interposed_the_campaign_said() -> None:
    (c,) = conds("Constructed.\n\nIf the margin is small, the campaign said, it will not ask for a recount.")
    assert c[0] == "If the margin is small" and c[1] == "it will not ask for a recount" and c[2]


def test_en_should_inversion_opening_a_quotation_after_a_colon() -> None:
    (c,) = conds("Constructed.\n\nAna Ruiz writes: \"Should the port close, the town will lose its ferry.\"")
    assert c == ("Should the port close", "the town will lose its ferry", "Ana Ruiz")


def test_en_condition_without_any_comma_ends_at_the_new_subject() -> None:
    text = (
        "Constructed.\n\n\"If the vote is close we will ask for a recount,\" Ana Ruiz said.\n\n"
        "\"If the turnout is high I think we win the county,\" Tom Berg said."
    )
    assert conds(text) == [
        ("If the vote is close", "we will ask for a recount", "Ana Ruiz"),
        ("If the turnout is high", "I think we win the county", "Tom Berg"),
    ]


def test_en_reported_condition_inside_the_narrators_main_clause_is_the_actors() -> None:
    text = "Constructed.\n\nIf there was any doubt about it, Ana Ruiz has argued that the port will close if the tax passes."
    assert [(c[0], c[2]) for c in conds(text) if c[2]] == [("if the tax passes", "Ana Ruiz")]


def test_en_condition_inside_an_actors_main_clause_is_one_statement() -> None:
    (c,) = conds("Constructed.\n\nAna Ruiz said if Berg wins, he would close the port if a storm came.")
    assert c[0] == "if Berg wins" and c[2] == "Ana Ruiz"


def test_en_subject_of_was_expected_states_nothing() -> None:
    text = "Constructed.\n\nThe mayor was expected to win easily and, if she follows custom, Ana Ruiz will speak first."
    assert [c[2] for c in conds(text)] == [None]


def test_en_condition_on_the_content_of_a_claim_with_a_parenthesis_has_no_author() -> None:
    text = ("Constructed.\n\nRuiz answered a claim, first made by a blog on Monday, that she would sell the port "
            "if she is elected.")
    assert [c[2] for c in conds(text)] in ([], [None])


def test_en_speech_verb_after_and_shares_the_sentences_subject() -> None:
    text = "Constructed.\n\nAna Ruiz criticised the plan on Monday and suggested that the port would close if the tax passed."
    assert [(c[0], c[2]) for c in conds(text)] == [("if the tax passed", "Ana Ruiz")]


def test_en_as_x_noted_cites_the_speaker_and_a_dash_trails_the_main_clause() -> None:
    (c,) = conds("Constructed.\n\nBut as Ruiz noted, the ferry will run again — if the river falls.")
    assert c == ("if the river falls", "the ferry will run again", "Ruiz")


def test_en_coordinated_report_after_a_claim_is_the_speakers_again() -> None:
    text = ("Constructed.\n\nAna Ruiz rejected the claim that the port is closing, and Ruiz said the ferry would run "
            "if the river falls.")
    assert [(c[0], c[2]) for c in conds(text)] == [("if the river falls", "Ruiz")]


def test_en_if_after_idea_care_or_than_is_no_condition_and_if_elected_is_one() -> None:
    text = (
        "Constructed.\n\nAna Ruiz said she had \"no idea\" if the port would close.\n\n"
        "Tom Berg said he cared if the ferry was late.\n\n"
        "\"My view is different than if I lived in the city,\" Ruiz said.\n\n"
        "Ruiz said she would close the port if elected."
    )
    assert conds(text) == [("if elected", "she would close the port", "Ruiz")]


def test_en_another_and_they_name_nobody() -> None:
    text = (
        "Constructed.\n\nOne voter wrote a letter.\n\nAnother wrote, \"If the port closes, the town is done.\"\n\n"
        "Tom Berg said the vote was close. They said the ferry would stop if the tax passed."
    )
    assert [c[2] for c in conds(text)] == [None, None]


def test_en_asked_a_long_way_before_if_is_whether() -> None:
    text = "Constructed.\n\nAna Ruiz asked the mayor of the town during a long radio show on Monday if she would resign."
    assert conds(text) == []


def test_en_participle_of_speech_shares_the_sentences_subject() -> None:
    text = (
        "Constructed.\n\nAna Ruiz spoke in the port on Monday.\n\n"
        "Ruiz also sent a letter saying, if elected mayor, she would close the ferry.\n\n"
        "Tom Berg published a report saying the town would shrink if the port closed."
    )
    assert [(c[0], c[2]) for c in conds(text)] == [("if elected mayor", "Ruiz"), ("if the port closed", "Tom Berg")]


def test_en_thousands_comma_does_not_end_a_condition() -> None:
    (c,) = conds("Constructed.\n\nIf the city hires 12,000 workers, the budget will break, Mayor Ana Ruiz said.")
    assert c[:2] == ("If the city hires 12,000 workers", "the budget will break")
    (c,) = conds("Constructed.\n\nThe budget will break if the city hires 12,000 workers, Mayor Ana Ruiz said.")
    assert c[0] == "if the city hires 12,000 workers"


def test_en_capitalised_if_inside_a_title_is_not_a_condition() -> None:
    text = "Constructed.\n\nAna Ruiz runs a blog called “Move North If the Levy Passes” from her kitchen."
    assert conds(text) == []
    # The same words as a sentence are a condition.
    assert conds("Constructed.\n\nIf the levy passes, families will move north, Ana Ruiz said.") != []


def test_en_marker_in_quote_marks_of_its_own_is_the_word_mentioned() -> None:
    text = "Constructed.\n\n“It is not an ‘if’ question, it is a when,” Ana Ruiz said of the levy."
    assert conds(text) == []
    assert conds("Constructed.\n\nAna Ruiz said the word \"unless\" was missing from the draft levy.") == []
    # The marker opening a quotation is a condition.
    assert conds("Constructed.\n\nAna Ruiz said: “If the levy fails, the library will close.”") != []


def test_en_he_after_a_sentence_opened_by_a_surname_is_that_person() -> None:
    # The full name comes mid-sentence; the next sentence opens with the surname alone, and a later
    # name in it ('Ruiz's letter') is not its subject.
    text = (
        "Constructed.\n\nThe council met Mayor Ana Ruiz and Tom Berg on Monday.\n\n"
        "Berg has not answered Ruiz's letter, although he kept up his campaign online.\n\n"
        "\"If elected, I will close the port,\" he wrote on Saturday."
    )
    assert [(c[0], c[2]) for c in conds(text)] == [("If elected", "Berg")]


def test_en_he_after_a_possessors_role_and_its_holder_is_the_holder() -> None:
    text = (
        "Constructed.\n\nAfter the vote, Ana Ruiz's campaign manager, Tom Berg, appeared on the radio.\n\n"
        "He also said that if Ruiz wins, the port will reopen."
    )
    assert [(c[0], c[2]) for c in conds(text)] == [("if Ruiz wins", "Tom Berg")]


def test_zh_yaoshi_inside_zhuyao_shi_is_not_a_condition() -> None:
    assert conds("王芳说，延误主要是天气造成的，航线本身没有问题。") == []


def test_zh_hua_after_a_measure_word_is_the_noun() -> None:
    assert conds("王芳说的一句简单的话，让在场的乘客都笑了。") == []


def test_zh_fouze_after_luckily_is_a_counterfactual() -> None:
    assert conds("王芳说，幸亏救援及时赶到，否则后果不堪设想。") == []


def test_zh_report_goes_on_past_a_connective_and_a_short_subject() -> None:
    text = "交通部长王芳表示，新航线下月开通。也就是说，在旺季内，旅客如果提前订票，可以享受折扣。"
    assert conds(text) == [("如果提前订票", "可以享受折扣", "王芳")]


def test_zh_report_goes_on_with_the_pronouns_referent() -> None:
    # The pronoun is read at its frame: 李明, named after it, is not who 她 is.
    text = "交通部长王芳说，票价不变。她还表示，新航线下月开通，李明所说的停航并不存在。也就是说，旅客如果提前订票，可以享受折扣。"
    assert conds(text)[-1] == ("如果提前订票", "可以享受折扣", "王芳")


def test_zh_report_pronoun_far_from_any_name_names_nobody() -> None:
    # 她's person is not named in the frame's sentence or the one before: no speaker is guessed.
    text = "交通部长王芳说，票价不变。新航线下月开通。记者随后采访了一位乘客，她表示，航线很方便。也就是说，旅客如果提前订票，可以享受折扣。"
    assert conds(text)[-1] == ("如果提前订票", "可以享受折扣", None)


def test_en_main_clause_that_only_judges_the_condition_states_no_precondition() -> None:
    # constructed: 'that's fine if X', 'it would be terrific if X', 'he is crazy if X' judge X
    assert conds("Constructed.\n\n“If the council wants to delay the vote, that’s fine,” Mayor Ana Ruiz said.") == []
    assert conds("Constructed.\n\nIt would be terrific if the council approved the bridge, Ruiz said.") == []
    assert conds("Constructed.\n\nRuiz said the senator is crazy if he thinks the port will close.") == []
    # an 'if' inside the judged condition is no precondition either
    assert conds("Constructed.\n\n“If the board wants to say the fee won’t rise if it wins, that’s fine,” Ruiz said.") == []
    # an outcome, even with a copula, stays one
    assert conds("Constructed.\n\nRuiz said Lee would be eligible if he won the primary.") == [
        ("if he won the primary", "Lee would be eligible", "Ruiz")]


# --- Chinese, round eleven: classes found on the zh silver sets (constructed sentences) ----------


def test_zh_coordinated_conditions_split_at_the_subject_of_their_main_clause() -> None:
    got = conds("李明说，如果纪检部门查出问题，否定或者废标，我们就该介入了，如果没有任何事情，企业中标了，就正常操作。")
    assert got == [
        ("如果纪检部门查出问题，否定或者废标", "我们就该介入了", "李明"),
        ("如果没有任何事情，企业中标了", "就正常操作", "李明"),
    ]


def test_zh_second_coordinated_condition_keeps_the_first_ones_speaker() -> None:
    # 认为 inside the first condition is not the second one's frame
    got = conds("王强的说法是，如果小陈认为水果可以吃，那就签字，如果不行，那就找组长处理。")
    assert got == [("如果小陈认为水果可以吃", "那就签字", "王强"), ("如果不行", "那就找组长处理", "王强")]


def test_zh_opinion_noun_frames_the_condition() -> None:
    got = conds("对此，于波的看法是，公司如果把资金挪作他用，风险会比较高。")
    assert got == [("如果把资金挪作他用", "风险会比较高", "于波")]


def test_zh_discourse_conditionals_are_not_conditions() -> None:
    assert conds("王明说，如果从这个角度看，交警确实存在失职。") == []
    assert conds("王明说，如果说过去靠投资，现在要靠创新。") == []
    assert conds("王明说，如果说开放有新变化的话，那就是门会越开越大。") == []
    assert conds("王明说，要是说了伤了她的心，我可负不起这个责任。") == [("要是说了伤了她的心", "我可负不起这个责任", "王明")]
    assert conds("王明说，如果从明年开始征税，企业就会外迁。") == [("如果从明年开始征税", "企业就会外迁", "王明")]


def test_zh_ru_opening_a_list_of_examples_is_not_a_condition() -> None:
    assert conds("李明认为，用户也有偏好，如对快车、专车的选择等，可以此判断用户的经济水平。") == []


def test_zh_ru_with_advice_or_a_subject_before_the_modal() -> None:
    assert conds("李明建议，如非必要，尽量不要在网站上提交个人信息。") == [
        ("如非必要", "尽量不要在网站上提交个人信息", "李明")]
    assert conds("李明认为，但如当事人以此为由要求更换，首席自己宜主动退出。") == [
        ("如当事人以此为由要求更换", "首席自己宜主动退出", "李明")]


def test_zh_standard_states_its_own_conditions() -> None:
    got = conds("国家标准《城市道路照明设计规范》明确规定：当道路宽度超过20米时，应设置路灯。")
    assert got == [("当道路宽度超过20米时", "应设置路灯", "城市道路照明设计规范")]


def test_zh_jike_opens_the_main_clause_and_qie_continues_the_condition() -> None:
    got = conds("李明表示，只要作品由其独立创作完成，且对方有接触作品的可能，即可认定侵权。")
    assert got == [("只要作品由其独立创作完成，且对方有接触作品的可能", "即可认定侵权", "李明")]


def test_zh_buyao_xiang_is_not_yaoxiang() -> None:
    assert conds("外祖母对我说：“你不要想太多，也不要管太多，做好自己就行了。”") == []


def test_en_until_a_requirement_still_to_happen_is_a_condition() -> None:
    # constructed: 'until X can Y' states a requirement; 'until she retired' is a time
    assert conds("Constructed.\n\nRuiz said the port should stay closed until the council can verify the repairs.") == [
        ("until the council can verify the repairs", "the port should stay closed", "Ruiz")]
    assert conds("Constructed.\n\nRuiz said the port stayed closed until the council finished the repairs.") == []
    assert conds("Constructed.\n\nRuiz worked at the port until she retired in 2010.") == []


def test_en_withheld_commitment_states_no_precondition() -> None:
    # constructed: the actor declines to state the conditional (or 'would not say if' = whether)
    assert conds("Constructed.\n\nMayor Lee stopped short of committing to fund the port if she wins.") == []
    assert conds("Constructed.\n\nThe campaign would not say if Lee has met the council.") == []


def test_en_condition_inside_a_reports_content_has_no_stated_author() -> None:
    # constructed: 'dismissed a report in the Herald that X … if Y': the report's content, not Ruiz's claim
    text = ("Constructed.\n\nRuiz dismissed a report in the Herald that Lee has been considering announcing that "
            "she will veto the budget, if it passes.")
    assert conds(text) == []


# --- Chinese, round twelve (constructed sentences) ---------------------------------------------


def test_zh_report_goes_on_two_sentences_past_its_frame() -> None:
    text = "交通部长王芳告诉记者，新航线下月开通。票价暂不调整。如果客流稳定，还将增加班次。"
    assert conds(text) == [("如果客流稳定", "还将增加班次", "王芳")]


def test_zh_report_goes_on_only_from_an_actor() -> None:
    # The frame's subject is no actor (a conjunction, an indefinite group): the condition has no author.
    for frame in ("或者说", "很多人认为"):
        text = f"{frame}，新航线很受欢迎。如果客流稳定，还将增加班次。"
        assert conds(text) == [("如果客流稳定", "还将增加班次", None)]
    assert conds("客观地讲，如果客流稳定，还将增加班次。") == [("如果客流稳定", "还将增加班次", None)]


def test_zh_demand_or_ruling_frames_the_conditions_after_it() -> None:
    text = "交通部长王芳要求，各港口应当当日办结。无法当日办结的，应当向船东说明理由。"
    assert conds(text)[-1] == ("无法当日办结的", "应当向船东说明理由", "王芳")
    text = "港务局方面表示，违规船只将被登记。同时，他们也明确，如果船东拒不整改，将暂停其作业。"
    assert conds(text) == [("如果船东拒不整改", "将暂停其作业", "港务局方面")]


def test_zh_copula_frame_continues_the_report() -> None:
    text = "交通部长王芳告诉记者，航线由港务局管理。总体原则是，只要船东按时缴费，就可以继续作业。"
    assert conds(text) == [("只要船东按时缴费", "就可以继续作业", "王芳")]


def test_zh_conditional_question_states_no_precondition() -> None:
    text = "王芳说，如果客流不稳定，航线的意义是什么呢？李明表示，若船东拒不整改，否则岂不是纵容违规？"
    assert conds(text) == []


def test_zh_condition_without_a_comma_ends_at_dehua_or_jiu() -> None:
    assert conds("王芳说，要是票不够的话你再来找我。") == [("要是票不够的话", "你再来找我", "王芳")]
    assert conds("王芳说，只要按时缴费就可以继续作业。") == [("只要按时缴费", "就可以继续作业", "王芳")]


def test_zh_prompt_or_request_opens_the_main_clause_without_a_comma() -> None:
    # constructed: 立即 / 请 / 要及时 open the main clause inside the condition's own clause
    assert conds("李平表示，一旦发现违规施工立即制止。") == [("一旦发现违规施工", "立即制止", "李平")]
    assert conds("李平说，如遇紧急情况请及时报警。") == [("如遇紧急情况", "请及时报警", "李平")]
    assert conds("李平说，如果大家发现不对劲要及时退出。") == [("如果大家发现不对劲", "要及时退出", "李平")]
    # negated, or inside a verb (申请): still the comma's split
    assert conds("李平说，如果不及时处理，后果会很严重。") == [("如果不及时处理", "后果会很严重", "李平")]
    assert conds("李平说，如果申请通过，就能入学。") == [("如果申请通过", "就能入学", "李平")]


def test_zh_case_and_wait_before_a_modal_main_clause() -> None:
    # constructed: 在…情况下 and 待…后 open a condition when a modal main clause follows
    text = "李平说，营业厅在系统不能核实身份的情况下，应当人工核实。"
    assert conds(text) == [("在系统不能核实身份的情况下", "应当人工核实", "李平")]
    text = "李平说，未获赔偿的损失，待事实查清后，可以另行主张。"
    assert conds(text) == [("待事实查清后", "可以另行主张", "李平")]
    assert conds("李平说，在这种情况下，应当报警。") == []  # anaphoric: the condition was stated before
    assert conds("李平说，我们期待调查结束后，能给个说法。") == []  # 期待 'look forward to'


def test_zh_cai_with_a_negated_modal_needs_zhiyou() -> None:
    # constructed: 只有…才不会 is a condition; a bare 才不会 is emphatic ('would never')
    assert conds("李平说，只有严格执法，违法者才不会心存侥幸。") == [("只有严格执法", "违法者才不会心存侥幸", "李平")]
    assert conds("李平说，真的是有钱任性，才不会管那么多。") == []


def test_zh_conditions_coordinated_over_a_semicolon_share_the_speaker() -> None:
    # constructed
    text = "王强说，如果下雨，比赛就会取消；如果下雪，比赛就会延期。"
    assert [c[2] for c in conds(text)] == ["王强", "王强"]


def test_zh_according_to_must_name_an_actor() -> None:
    # constructed: 据了解 names nobody; 根据X规定 names X
    assert conds("据了解，如果下雨，比赛就会取消。") == [("如果下雨", "比赛就会取消", None)]
    for frame in ("根据铁路公司规定", "根据铁路公司的相关规定"):
        text = f"{frame}，如果密码输错超过四次，账户将被锁定。"
        assert conds(text) == [("如果密码输错超过四次", "账户将被锁定", "铁路公司")]
    text = "据海港证券测算，若全额征收，航运公司可对冲六成成本。"
    assert conds(text) == [("若全额征收", "航运公司可对冲六成成本", "海港证券")]


def test_zh_in_someones_view_frames_the_condition() -> None:
    # constructed
    assert conds("在王芳看来，如果客流稳定，航线就能盈利。") == [("如果客流稳定", "航线就能盈利", "王芳")]


def test_zh_condition_speaker_is_written_as_a_quote_speaker() -> None:
    # constructed: the nickname the article gives a named person is that person
    text = "王建国是社区民警，大家都称他为“老王”。在老王的心里，只要涉及群众利益的事，都是头等大事。"
    assert conds(text)[-1][2] == "王建国"



def test_zh_ruo_inside_a_name_is_no_marker() -> None:
    # constructed
    assert conds("赵明说，王若飞在狱中时，也说抗日是当前大事。") == []
    assert conds("赵明说，若想成功，就必须努力。") == [("若想成功", "就必须努力", "赵明")]


def test_zh_measure_and_only_are_no_conditions() -> None:
    # constructed: 若以X衡量 chooses a measure; 只要 + a number is 'only'
    assert conds("王芳表示，若以体积衡量，海洋占据了绝大部分空间。") == []
    assert conds("王芳表示，国内产量只要2800亿方，缺口很大。") == []
    assert conds("王芳表示，顾客坚持只要两张票，她只好重新出票。") == []


def test_zh_legal_form_needs_a_whoever_clause() -> None:
    # constructed: 是…的 asserts; 可能 / 可是 after 的， are 'maybe' / 'but'
    assert conds("王芳说，孩子被救上来的时候是缩成一团的，可能因为冷。") == []
    assert conds("王芳说，人是放松的，可以自己把握分寸。") == []
    assert conds("王芳说，原本不想来的，可是朋友一再邀请。") == []
    text = "王芳说，对难以判明是否成年的，应当要求其出示身份证。"
    assert conds(text) == [("对难以判明是否成年的", "应当要求其出示身份证", "王芳")]


def test_zh_warning_or_advice_frames_its_conditions() -> None:
    # constructed: 提醒/提示/告诫 with or without an addressee before the comma or colon
    assert conds("民警提醒市民，如遇紧急情况，应及时拨打报警电话。")[0][2] == "民警"
    assert conds("交警提示：如果发现车辆故障，应立即靠边停车。")[0][2] == "交警"
    assert conds("王芳告诫大家，一旦发现问题，要立即上报。")[0][2] == "王芳"


def test_zh_condition_speaker_must_name_someone() -> None:
    # constructed names: an adverbial, a verb phrase or a pronoun names nobody; people, bodies, laws do
    from summarizer.cues.conditions.zh_who import zh_names_someone

    for nobody in ("缓缓走出", "热情地", "是他", "了解", "采访时", "他们", "小编", "笔者"):
        assert not zh_names_someone(nobody), nobody
    for someone in ("王芳", "于百程", "小女孩", "港务局", "海港日报", "港口管理条例", "彼得•奇尔"):
        assert zh_names_someone(someone), someone


# --- Chinese, round fourteen (constructed sentences) -------------------------------------------


def test_zh_report_does_not_go_on_past_a_quoted_report() -> None:
    # X说：“…”。 reports the quotation; the sentence after it is the writer's (a quoted term opening
    # the content, X称，“A”只是…, does not make the report a quotation).
    text = "交通部长王芳说：“新航线下月开通。”如果客流稳定，还将增加班次。"
    assert conds(text) == [("如果客流稳定", "还将增加班次", None)]
    text = "交通部长王芳称，“快航”只是一个名字。如果客流稳定，还将增加班次。"
    assert conds(text) == [("如果客流稳定", "还将增加班次", "王芳")]


def test_zh_report_does_not_go_on_from_a_verb_with_an_object() -> None:
    # 承认偷了船，: an admission with its object frames nothing after its sentence; 解释道，/ 告诉本报， do.
    text = "船员李明承认偷了船，船在码头。如果客流稳定，还将增加班次。"
    assert conds(text) == [("如果客流稳定", "还将增加班次", None)]
    for frame in ("解释道", "告诉澎湃新闻"):
        text = f"交通部长王芳{frame}，新航线下月开通。如果客流稳定，还将增加班次。"
        assert conds(text) == [("如果客流稳定", "还将增加班次", "王芳")]


def test_zh_report_does_not_go_on_past_the_writers_voice() -> None:
    # A sentence between in the first person (笔者, 我们) is the writer's: the report has ended.
    text = "交通部长王芳告诉记者，新航线下月开通。笔者也在考虑航线的前景。如果客流稳定，还将增加班次。"
    assert conds(text) == [("如果客流稳定", "还将增加班次", None)]


def test_zh_ruo_inside_an_idiom_is_no_marker() -> None:
    # 若隐若现 / 置若罔闻 / 若无其事: 若 is a character of an idiom, not 'if'.
    assert conds("王芳说，船员若无其事地笑了，码头的灯光若隐若现。") == []
    assert conds("王芳说，若船东拒不整改，将暂停其作业。") == [("若船东拒不整改", "将暂停其作业", "王芳")]


def test_zh_quotation_before_the_condition_does_not_name_its_speaker() -> None:
    # X谈到…，“…”，只有A，B才能C: the quotation ended before the condition, whose clause is the writer's.
    text = "港务局局长王芳谈到了变化，“航线下月开通，票价不变，大家放心”，船员们只有按时缴费，才能继续作业。"
    assert conds(text) == [("只有按时缴费", "才能继续作业", None)]
    # …，只有A，B才能C，“…”: a sentence that goes on in a speaker's quotation is theirs.
    text = "港务局局长王芳谈到了变化，只有按时缴费，才能继续作业，“这是规矩，谁也不能例外，我们会严格执行。”"
    assert conds(text)[-1][2] == "王芳"


def test_zh_quotation_with_a_frame_of_its_own_does_not_state_the_condition_before_it() -> None:
    # Constructed. 如果A，B，民警批评道：“…”: the quotation opens a new report (a speech verb or a
    # colon before it); the condition before it is the writer's.
    text = "码头上排起长队。如果船只超载，风险很大，民警严厉地批评道：“超载会危及安全，必须卸货。”"
    assert [c[2] for c in conds(text)] == [None]
    # 如果A，B，“…”X说: the words run on into the quotation after a comma; its speaker states the condition.
    text = "如果按照常规流程，港务部门会马上核查，“这种做法对正规企业适用，但对走私团伙会打草惊蛇。”港务局局长王芳说。"
    assert conds(text)[0][2] == "王芳"


def test_zh_writer_first_person_states_its_own_condition() -> None:
    # constructed: a commentary or research note whose writer opens the sentence (我们认为，… / 我们只有…才…)
    assert conds("我们认为，明年市场将逐步回暖，待利率下调后，投资将快速增长。") == [
        ("待利率下调后", "投资将快速增长", "我们")]
    assert conds("我们只有坚持改革，才能保持增长。") == [("只有坚持改革", "才能保持增长", "我们")]
    # a quoted speaker's 我们 is not the writer's; a speech verb between names someone else
    assert conds("“我们只有坚持改革，才能保持增长。”")[0][2] is None
    assert conds("我们认为，王明表示，如果利率下调，投资将增长。")[0][2] == "王明"


def test_zh_words_said_and_classifications_are_not_conditions() -> None:
    # constructed: 说的话 is 'the words one says'; X的，应当认定为Y classifies X, no consequence follows
    assert conds("王芳说，写自己想说的话，写看到的事物，这是老师的要求。") == []
    assert conds("法院指出，多次持械闹事的，应当认定为寻衅滋事。") == []


def test_zh_main_clause_opening_with_a_contrast_is_no_consequence() -> None:
    # constructed: 都要想要 is 'all want', and a clause opening with 但是 does not follow from the one before
    assert conds("王芳说，大家都要想要赚钱，但是不能污染环境。") == []


def test_zh_wait_until_unless_after_and_otherwise_forms() -> None:
    # constructed: 待X后，再Y; Y，除非X。 after its main clause; 要不然 as 否则, but not before 早就 (a counterfactual)
    assert conds("王明表示，待调查结果公布后，再决定赔偿方案。") == [
        ("待调查结果公布后", "再决定赔偿方案", "王明")]
    assert conds("王明说，他工作很忙，要不然他早就回家了。") == []
    assert conds("王明说，公司不会退款，除非合同另有约定。") == [
        ("除非合同另有约定", "公司不会退款", "王明")]
    assert conds("王明说，必须尽快手术，要不然伤口会感染。") == [("必须尽快手术", "要不然伤口会感染", "王明")]


def test_zh_fouze_after_thanks_or_suoxing_is_a_counterfactual() -> None:
    # constructed: thanks for what was done (感谢X及时处置，否则B) and 所幸A，否则B tell what A prevented
    assert conds("王芳说，非常感谢民警挺身而出，及时处置，否则受伤的就是我们了。") == []
    assert conds("王芳表示，所幸司机没有在驾车时昏厥，否则后果不堪设想。") == []
    assert conds("王芳说，乘客必须系好安全带，否则将被罚款。") == [("乘客必须系好安全带", "否则将被罚款", "王芳")]



def test_zh_speaker_cut_from_a_clause_keeps_its_head_or_names_nobody() -> None:
    # constructed: 正如X所说 / X审理认为: the words after the speaker's head are not its name; 经调查 names nobody
    assert conds("正如莎士比亚所说：只有不断学习，才能进步。") == [("只有不断学习", "才能进步", "莎士比亚")]
    assert conds("据了解，法院审理认为，如果买方违约，合同将自动终止。")[0][2] == "法院"
    assert conds("经调查表示，如果买方违约，合同将自动终止。")[0][2] is None
    # a given name that reads as an adverb (欣然 'gladly') after a surname is still a name
    assert conds("刘欣然说，如果买方违约，合同将自动终止。")[0][2] == "刘欣然"


def test_zh_report_inside_a_quotation_names_who_states_the_condition() -> None:
    # constructed: the quoted speaker retells what the doctor said (…，医生说，如果…): the doctor states it
    text = "杨大爷说：“不行啊，医生说，如果强行限制她的自由，不利于病情康复。”"
    assert conds(text) == [("如果强行限制她的自由", "不利于病情康复", "医生")]
    assert conds("王芳说：“我相信，如果大家坚持，就能成功。”")[0][2] == "王芳"
    assert conds("王芳说：“对于国内的电视台来说，如果收视率下降，广告收入就会减少。”")[0][2] == "王芳"  # 来说: no report
    # a third person the quotation's speaker retells (他们都说我，如果…) is no one it names: not the speaker's condition
    assert conds("王先生说：“他们都说我，如果孩子出了事情，我后悔都来不及。”")[0][2] is None


def test_zh_wish_judgement_or_hedge_sets_no_condition() -> None:
    # constructed: the main clause only judges or wishes, or the condition is a hedge that names nothing
    assert conds("王芳说，如果房租再涨一千元，店里就尴尬了。") == []
    assert conds("王芳说，要是地铁修到村口就好了。") == []
    assert conds("王芳表示，如果有可能，她仍然愿意回到学校任教。") == []
    assert conds("王芳表示，顺利的话，大桥将于明年年底通车。") == []
    # 只要X就好了 is 'X is enough': a condition; a hedge with content (如有必要) is one too
    assert conds("王芳说，只要按时缴纳房租，就好了。") == [("只要按时缴纳房租", "就好了", "王芳")]
    assert conds("王芳表示，如有必要，可以关闭免密支付功能。") == [("如有必要", "可以关闭免密支付功能", "王芳")]


def test_zh_writer_who_states_its_views_states_the_unattributed_conditions() -> None:
    # constructed: a research note whose writer says 我们认为 three times; its narration's conditions are its own
    note = ("我们认为，降准释放了流动性。我们认为，债市仍有机会。我们预计，利率将继续下行。"
            "如果信贷需求回暖，银行将减少债券配置。")
    assert conds(note)[-1] == ("如果信贷需求回暖", "银行将减少债券配置", "我们")
    # said once, or only inside a quotation, the narration stays the reporter's
    assert conds("我们认为，降准释放了流动性。如果信贷需求回暖，银行将减少债券配置。")[-1][2] is None
    quoted = "“我们认为，降准有效。我们认为，债市有机会。我们预计，利率下行。”如果信贷需求回暖，银行将减少债券配置。"
    assert conds(quoted)[-1][2] is None
    # an advice before the condition is its adviser's (提醒公民若…，不要…)
    advised = note.replace("如果信贷需求回暖，银行将减少债券配置。", "外交部提醒公民若发现异常，不要自行处理。")
    assert conds(advised)[-1][2] != "我们"


def test_zh_point_of_view_after_an_adverb_is_no_condition() -> None:
    # constructed: 如果(仅)从X来看 chooses a point of view, with or without a parenthesis after it
    assert conds("王明说，如果仅从每个企业来看，企业确实都很困难。") == []
    assert conds("王明说，如果从总体上看（假定电价不变），行业收入会略有增加。") == []
