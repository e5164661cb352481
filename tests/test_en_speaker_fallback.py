"""English quotes with no speaker of their own: when the last person named may be their speaker.

Every article here is constructed for the test.
"""

from __future__ import annotations

from summarizer.article import from_text
from summarizer.cues import Cues, QuoteCue, find_cues


def cues_of(text: str) -> Cues:
    return find_cues(from_text("Constructed headline for a test.\n\n" + text))


def by_text(cues: Cues, fragment: str) -> QuoteCue:
    return next(q for q in cues.quotes if fragment in q.text)


OPENING = '"We will finish the bridge by spring," Ana Lopez said on Monday.\n\n'


def test_quote_inside_a_narrative_sentence_is_not_the_last_named_persons() -> None:
    c = cues_of(
        OPENING
        + 'Under the new rules, a bridge is closed when an inspector finds it "unsafe for cars, trucks '
        'and buses of any size," and the council must vote again.\n\n'
        'That is in addition to the "millions of dollars the town spent on its roads last year" and before.'
    )
    assert by_text(c, "unsafe for cars").speaker is None
    assert by_text(c, "millions of dollars").speaker is None


def test_quote_that_opens_its_sentence_continues_the_last_speaker() -> None:
    c = cues_of(OPENING + 'Lopez spoke to the crowd at length.\n\n"We start in May and nobody will stop us."')
    assert (by_text(c, "start in May").speaker or "").endswith("Lopez")


def test_sentence_that_names_the_person_or_has_a_pronoun_subject_keeps_them() -> None:
    c = cues_of(
        OPENING
        + 'When Lopez used the words "a new start for every family in this valley" in the hall, '
        'the crowd cheered.\n\n'
        'She waved to the crowd at the end, mouthing "thank you, thank you all for coming tonight" '
        'to her staff.'
    )
    assert (by_text(c, "a new start").speaker or "").endswith("Lopez")
    assert (by_text(c, "thank you all").speaker or "").endswith("Lopez")


def test_quote_after_a_lead_in_colon_keeps_the_last_speaker() -> None:
    c = cues_of(
        OPENING + 'Lopez spoke to the crowd at length.\n\n'
        'Then, later that week on the radio: "We are ready to build."'
    )
    assert (by_text(c, "ready to build").speaker or "").endswith("Lopez")


def test_pronoun_after_said_that_runs_on_into_a_verb_opens_the_reported_clause() -> None:
    # 'said they were "…"': 'they' is the reported clause's subject, not a speaker put after the verb.
    c = cues_of(
        OPENING + 'Voters in Elma were polled in March. About four in 10 said they were "angry with the way '
        'the council has handled the bridge and the roads."'
    )
    assert by_text(c, "angry with the way").speaker is None
    c = cues_of(OPENING + '"The bridge will be late," said he, "and the roads will be later still."')
    assert (by_text(c, "roads will be later").speaker or "").endswith("Lopez")


def test_name_and_a_sentence_adverb_before_said_is_the_name() -> None:
    c = cues_of(OPENING + 'Reyes however said he would welcome the town\'s part in a "plan for the whole valley" soon.')
    assert by_text(c, "plan for the whole valley").speaker == "Reyes"


def test_conjunction_opening_the_sentence_is_not_its_subject() -> None:
    # 'But Sen. Tom Reyes refused …': the subject follows the conjunction that joins the sentence to the last.
    c = cues_of(
        OPENING + 'But Sen. Tom Reyes refused to give a date, responding that he is "not going to go into '
        'what the council is doing."\n\n'
        'And then Pat Moreno went on the attack, saying, "Is the council ever going to finish that bridge?"'
    )
    assert by_text(c, "not going to go into").speaker == "Tom Reyes"
    assert by_text(c, "ever going to finish").speaker == "Pat Moreno"


def test_names_before_a_colon_after_a_dash_or_from_introduce_the_quote() -> None:
    c = cues_of(
        OPENING + 'BRIDGE POLLS NOT WRONG, JUST EARLY - Ann Lee and Tom Reyes: "The polls closed too early to see '
        'the late shift in the valley."\n\n'
        'Why the late shift matters - More from Reyes: "The valley has voted late for thirty years and '
        'always will."\n\n'
        'Lopez later suggested the delay came from Elma: "The town never sent the papers on time."'
    )
    assert by_text(c, "closed too early").speaker == "Ann Lee and Tom Reyes"
    assert by_text(c, "voted late for thirty years").speaker == "Reyes"
    assert by_text(c, "never sent the papers").speaker == "Lopez"  # a speech verb before 'from': its subject
