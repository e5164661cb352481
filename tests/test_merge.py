"""Merging the model's records with the cues' (constructed sentences)."""

from __future__ import annotations

from summarizer.cues import Cues
from summarizer.findings import Findings
from summarizer.pipeline.merge import add_from_cues
from summarizer.records import Span, StatedPrecondition

# constructed: one sentence with two conditionals
SENTENCE = "周强表示，如果运费下降，航线就会恢复；只要港口开放，货物就能进来。"
EVIDENCE = [Span(start=0, end=len(SENTENCE), text=SENTENCE, match="exact")]


def _record(who: str, condition: str, consequence: str, source: str) -> StatedPrecondition:
    return StatedPrecondition(stated_by=who, condition=condition, consequence=consequence,
                              evidence=EVIDENCE, source=source)  # type: ignore[arg-type]


def test_cue_conditional_replaces_the_models_record_of_the_same_conditional() -> None:
    merged = Findings(preconditions=[_record("航线", "运费下降", "航线就会恢复", "llm")])
    rules = Findings(preconditions=[_record("周强", "如果运费下降", "航线就会恢复", "cues")])
    add_from_cues(merged, Cues(), rules)
    assert [(c.stated_by, c.condition, c.source) for c in merged.preconditions] == [
        ("周强", "如果运费下降", "cues")]


def test_models_other_conditional_in_the_same_sentence_stays() -> None:
    model = _record("周强", "只要港口开放", "货物就能进来", "llm")
    merged = Findings(preconditions=[model])
    rules = Findings(preconditions=[_record("周强", "如果运费下降", "航线就会恢复", "cues")])
    add_from_cues(merged, Cues(), rules)
    assert sorted(c.condition for c in merged.preconditions) == ["只要港口开放", "如果运费下降"]
    assert [w.code for w in merged.warnings] == ["added_from_cues"]


def test_a_speech_quote_with_no_speaker_the_model_left_out_comes_back_unattributed() -> None:
    # constructed: a quote the cues read as speech but could give no speaker (the
    # rules engine emits it as "unknown"); the model path keeps it too
    from summarizer.cues.types import QuoteCue
    from summarizer.grounding.quotes import UNKNOWN_SPEAKER
    text = "港口下月开放。"
    cue = QuoteCue(id=0, start=10, end=10 + len(text), text=text, kind="speech", speaker=None)
    merged = Findings()
    add_from_cues(merged, Cues(quotes=[cue]), Findings())
    assert [(q.text, q.speaker, q.source) for q in merged.quotes] == [(text, UNKNOWN_SPEAKER, "cues")]
    assert [w.code for w in merged.warnings] == ["added_from_cues"]
