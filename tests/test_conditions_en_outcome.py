"""English conditionals whose main clause only judges the condition, past narration with 'once', and
'until after' as a requirement. All sentences are constructed."""

from __future__ import annotations

from summarizer.article import from_text
from summarizer.cues import find_cues
from summarizer.cues.conditions.en_who import speaker_name


def conds(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(c.condition, c.consequence, c.stated_by) for c in find_cues(from_text(text)).conditions]


def test_en_bare_evaluative_main_clause_judges_the_condition() -> None:
    # constructed: 'If X, fine.' judges X; it sets no outcome of it
    assert conds('"If the farmers stay home and sit out the vote, fine," Mayor Ana Ruiz said.') == []
    assert conds('"If the farmers stay home, the council will lose," Mayor Ana Ruiz said.') == [
        ("If the farmers stay home", "the council will lose", "Ana Ruiz")
    ]


def test_en_better_off_judges_the_condition() -> None:
    # constructed: 'would be better off if X' (with adverbs before 'be') wants X
    assert conds('"Maybe growers would in fact be better off if they sell the land," Ana Ruiz said.') == []
    assert conds('"The growers would be worse off if the tariff stays," Ana Ruiz said.') == []


def test_en_evaluative_behind_a_long_told_frame() -> None:
    # constructed: 'told a reporter Monday that she "would be surprised if X"': the frame is no main clause
    text = 'Ana Ruiz told a local reporter Monday evening that she "would be surprised if the levy passes."'
    assert conds(text) == []
    (c,) = conds("Ana Ruiz told a reporter Monday evening that the state would cut taxes if the levy passes.")
    assert c[1] == "the state would cut taxes"


def test_en_once_in_past_narration_is_a_time() -> None:
    # constructed: 'once X happened, Y happened' narrates; a main clause still to come is a condition
    assert conds('"Once he talked to the growers, they were sold," Ana Ruiz said.') == []
    assert conds("The aides became angry once the cameras were off, Ana Ruiz said.") == []
    assert conds('"Once the vote was done, the issue was going to fade," Ana Ruiz said.') == [
        ("Once the vote was done", "the issue was going to fade", "Ana Ruiz")
    ]
    (c,) = conds('"Reporters cannot keep up once a false story gains speed," Ana Ruiz said.')
    assert c[0] == "once a false story gains speed"


def test_en_until_after_with_a_requirement() -> None:
    # constructed: 'should not act until after X' is a requirement; 'will not happen until after X' a time
    text = ("Senate leader Ana Ruiz issued a statement saying that the Senate should not vote on the nominee "
            "until after the election.")
    want = ("until after the election", "the Senate should not vote on the nominee", "Ana Ruiz")
    assert conds(text) == [want]
    assert conds("That has not happened, and it will not until after the primary, Ana Ruiz said.") == []
    assert conds("The union did not endorse anyone until after the primaries, Ana Ruiz said.") == []


def test_en_if_nothing_else_is_a_hedge() -> None:
    # constructed: 'if nothing else' and 'if for no other reason than' hold the main clause anyway
    assert conds('"If nothing else, this is your neighbour," Ana Ruiz said.') == []
    assert conds('"We backed him, if for no other reason than to help the party," Ana Ruiz said.') == []
    assert conds('"If for some reason the vote fails, we might abstain," Ana Ruiz said.') == [
        ("If for some reason the vote fails", "we might abstain", "Ana Ruiz")
    ]


def test_en_funny_and_easier_judge_the_condition() -> None:
    # constructed: 'it would be funny / easier if X' wants X, as 'it would be terrific if X'
    assert conds('"It would be funny if I went out and bought a jump suit," Ana Ruiz said.') == []
    assert conds("Ana Ruiz acknowledged it would be easier if her changes were adopted.") == []


def test_en_found_speaker_is_cleaned_to_a_name() -> None:
    # constructed names: a full stop, a speech verb read before the name, a sentence boundary inside
    assert speaker_name("Ruiz.") == "Ruiz"
    assert speaker_name("Stated Ruiz") == "Ruiz"
    assert speaker_name("wrote the") is None
    assert speaker_name("Chile. Instead") is None
    assert speaker_name("Gov. Ana Ruiz") == "Gov. Ana Ruiz"
    assert speaker_name("the campaign") == "the campaign"
    assert speaker_name(None) is None


def test_en_once_with_a_present_verb_in_s() -> None:
    # constructed: 'once the Senate goes on recess' has a finite verb; 'Once a friend of X,' is an apposition
    assert conds('Ana Ruiz said that once the Senate goes on recess, "I intend to help wherever I can."') == [
        ("once the Senate goes on recess", "I intend to help wherever I can", "Ana Ruiz")
    ]
    assert conds('"Once a friend of the Clintons, he turned on them," Ana Ruiz said.') == []


def test_en_conditional_retold_from_a_third_party_inside_a_quotation() -> None:
    # constructed: another's words inside the quotation are not the quoted speaker's condition
    assert conds('"One guy came in and said maybe we should fight them if they come," said Ana Ruiz.') == []
    assert conds('"The old book tells us that if we kneel, we will be forgiven," Ana Ruiz said.') == []
    assert conds('Ana Ruiz said her critics "seem to think that if I was louder, that would help."') == []
    # the quoted speaker's own 'I think', 'we always believed', and the narrator's frame keep theirs
    assert conds('"I think if she were elected, taxes would fall," Ana Ruiz said.') == [
        ("if she were elected", "taxes would fall", "Ana Ruiz")
    ]
    assert conds('"We always believed if we had a chance, we could win," Ana Ruiz said.') == [
        ("if we had a chance", "we could win", "Ana Ruiz")
    ]
    assert conds("Ana Ruiz said that if taxes rise, the plant will close.") == [
        ("if taxes rise", "the plant will close", "Ana Ruiz")
    ]


def test_en_ellipsis_before_a_new_subject_ends_the_condition() -> None:
    # constructed: an ellipsis in a quotation stands where the comma would
    text = 'Ana Ruiz says, "Here is a man, honestly, if he were not in office…you would not hire him."'
    assert conds(text) == [("if he were not in office", "you would not hire him", "Ana Ruiz")]
    text = '"If the governor had won the seat ... you can be sure the party would back him," Ana Ruiz said.'
    want = ("If the governor had won the seat", "you can be sure the party would back him", "Ana Ruiz")
    assert conds(text) == [want]


def test_en_focus_and_evidence_if_are_no_conditions() -> None:
    # constructed: 'if there is one thing …, it is X' focuses X; 'if history is any guide, X' is evidence
    assert conds('"If there is one thing I learned, it is patience," Ana Ruiz said.') == []
    assert conds('"If there is anyone the party wants to lose, it would be the mayor," Ana Ruiz said.') == []
    assert conds('"If history is any guide, the mayor will lose the race," Ana Ruiz said.') == []
    assert conds('"If there are any delays, we will sue," Ana Ruiz said.') == [
        ("If there are any delays", "we will sue", "Ana Ruiz")
    ]
