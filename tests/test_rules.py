"""The rules engine on constructed articles (written for these tests)."""

from __future__ import annotations

from summarizer.article import from_text
from summarizer.cues import find_cues
from summarizer.rules import UNKNOWN_SPEAKER, extract

ZH = (
    "港口城市更新方案公布\n"
    "交通局局长王海峰表示：“明年起地铁票价不变。”市政府主办“城市更新论坛”。\n"
    "南方大学交通研究中心主任林海涛认为，新线路将缓解拥堵。\n"
    "林海涛说，如果客流稳定，则公交公司会增加班次。\n"
    "环保组织谴责填海计划，称其破坏湿地。"
)
EN = (
    "Constructed: Ferry Plan Approved\n\n"
    '"We will keep the ferry running all winter," Mayor Tom Ellis said on Monday.\n\n'
    "Ruth Adler, a professor of economics at Lakeside University, said fares will likely rise.\n\n"
    '"Nobody asked us first."'
)


def run(text: str):
    a = from_text(text)
    return a, extract(a, find_cues(a))


def test_quotes_are_exact_cue_spans_from_the_cues() -> None:
    a, out = run(ZH)
    assert [q.text for q in out.quotes] == ["明年起地铁票价不变。"]
    q = out.quotes[0]
    assert a.text[q.span[0] : q.span[1]] == q.text
    assert (q.source, q.match, q.speaker, q.speaker_role) == ("cues", "exact", "王海峰", "交通局局长")


def test_expert_assessment_with_evidence_sentences() -> None:
    a, out = run(ZH)
    e = out.expert_assessments[0]
    assert (e.expert, e.title, e.affiliation) == ("林海涛", "主任", "南方大学交通研究中心")
    assert e.assessment.startswith("南方大学") and e.source == "cues"
    for span in e.evidence:
        assert a.text[span.start : span.end] == span.text


def test_preconditions_carry_who_states_them() -> None:
    _, out = run(ZH)
    p = out.preconditions[0]
    assert (p.stated_by, p.condition, p.consequence) == ("林海涛", "如果客流稳定", "公交公司会增加班次")


def test_positions_are_a_named_holder_and_the_articles_own_clause() -> None:
    a, out = run(ZH)
    # 林海涛 is an expert (his view is an expert assessment, not a position).
    assert [(p.holder, p.stance) for p in out.positions] == [
        ("王海峰", "明年起地铁票价不变。"),  # a named speaker's quote
        ("环保组织", "谴责填海计划，称其破坏湿地"),  # a stance verb and its clause
    ]
    assert out.positions[1].topic == "填海计划"
    for p in out.positions:
        assert p.source == "cues" and p.stance in p.evidence[0].text
        assert a.text[p.evidence[0].start : p.evidence[0].end] == p.evidence[0].text


def test_summary_is_the_lead_without_the_headline() -> None:
    _, out = run(EN)
    assert out.summary.startswith('"We will keep the ferry')
    _, zh = run(ZH)
    assert zh.summary.startswith("交通局局长") and "港口城市更新方案公布" not in zh.summary


def test_en_expert_prediction_and_continuation_speaker() -> None:
    _, out = run(EN)
    e = out.expert_assessments[0]
    assert e.assessment.startswith("Ruth Adler") and e.prediction and "likely" in e.prediction
    speakers = [q.speaker for q in out.quotes]
    assert speakers == ["Tom Ellis", "Ruth Adler"]  # the last named speaker before it
    assert UNKNOWN_SPEAKER not in speakers


def test_traditional_expert_speech_and_prediction_read_through_the_simplified_view() -> None:
    # Constructed, in traditional characters: 說 and 將會 are what the simplified rules know as 说 and 将会.
    text = "南方大學交通研究中心主任林海濤表示，票價不變。\n林海濤還說，客流明年將會回升。"
    a, out = run(text)
    e = next(e for e in out.expert_assessments if e.expert == "林海濤")
    assert len(e.evidence) == 2
    assert e.prediction == "林海濤還說，客流明年將會回升。"
