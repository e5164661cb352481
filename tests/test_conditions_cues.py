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
