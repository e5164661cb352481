"""English quote speakers: sentence structure around the quote (every article here is constructed)."""

from __future__ import annotations

from summarizer.article import from_text
from summarizer.cues import Cues, QuoteCue, find_cues


def cues_of(text: str) -> Cues:
    return find_cues(from_text("Constructed headline for a test.\n\n" + text))


def by_text(cues: Cues, fragment: str) -> QuoteCue:
    return next(q for q in cues.quotes if fragment in q.text)


def test_dateline_with_agency_or_date_is_no_speaker() -> None:
    c = cues_of(
        'Elma (AFP) – Ana Lopez has taken a swipe at Tom Reyes, saying that "loud remarks" hurt the town.\n\n'
        'ELMA, Dec. 8 (UPI) — Pat Moreno rallied supporters, saying: "We have to be ready for the vote."'
    )
    assert by_text(c, "loud remarks").speaker == "Ana Lopez"
    assert by_text(c, "ready for the vote").speaker == "Pat Moreno"


def test_opening_time_adverbial_or_participle_phrase_is_no_speaker() -> None:
    c = cues_of(
        'Days later, Ana Lopez returned the favour, telling the paper, "Tom and I have been friends for years."\n\n'
        'Reached by phone, Pat Moreno denied it, explaining that she was "taking a day off."\n\n'
        'Specifically, Tom Reyes argued, "the bridge is older than the town and needs repair."'
    )
    assert by_text(c, "friends for years").speaker == "Ana Lopez"
    assert by_text(c, "day off").speaker == "Pat Moreno"
    assert by_text(c, "older than the town").speaker == "Tom Reyes"


def test_name_before_a_verb_earlier_is_still_the_subject() -> None:
    # 'earlier' after a name is an adverb before the verb, not 'Hours later,'
    c = cues_of('Ana Lopez earlier quashed the rumors by writing that "I am bound by an agreement with the board."')
    assert by_text(c, "bound by an agreement").speaker == "Ana Lopez"


def test_appositive_with_commas_of_its_own_keeps_the_name_before_it() -> None:
    c = cues_of(
        'Ana Lopez, 22, of Elma, Ohio, said the plan "will not work in a town this size."\n\n'
        'Tom Reyes, during a town hall in Elma, Ohio, said the mill was "the heart of the valley."\n\n'
        '"The new rules are a step in the right direction," Pat Moreno, deputy director for roads, '
        'bridges and tunnels, said.'
    )
    assert by_text(c, "town this size").speaker == "Ana Lopez"
    reyes = by_text(c, "heart of the valley")
    assert reyes.speaker == "Tom Reyes" and reyes.speaker_role is None  # a phrase, not a role
    moreno = by_text(c, "right direction")
    assert moreno.speaker == "Pat Moreno"
    assert moreno.speaker_role == "deputy director for roads, bridges and tunnels"


def test_however_between_commas_is_no_role() -> None:
    c = cues_of('Ana Lopez, however, said the plan "will not work in a town this size."')
    assert by_text(c, "town this size").speaker == "Ana Lopez"


def test_inverted_speaker_after_a_comma_and_any_speech_verb() -> None:
    c = cues_of(
        'Because of the schedule, explained Ana Lopez, "the vote will be over by March."\n\n'
        'In a calendar that was packed, added Tom Reyes, a planner: "nobody will notice the debate."'
    )
    assert by_text(c, "over by March").speaker == "Ana Lopez"
    reyes = by_text(c, "nobody will notice")
    assert (reyes.speaker, reyes.speaker_role) == ("Tom Reyes", "a planner")


def test_participle_object_after_a_comma_is_not_an_inverted_speaker() -> None:
    c = cues_of('Ana Lopez seemed ready to joke about it, telling the crowd, "Some people get carried away."')
    assert by_text(c, "carried away").speaker == "Ana Lopez"


def test_a_clause_joined_after_the_quote_is_another_speaker() -> None:
    c = cues_of(
        'Ana Lopez said she would make the river "run uphill," for instance, and Tom Reyes vowed to '
        '"fix every road" in a year.\n\n'
        'Pat Moreno accuses the council of "sleeping on the job" and Tom Reyes says it is "out of ideas."'
    )
    assert by_text(c, "run uphill").speaker == "Ana Lopez"
    assert by_text(c, "fix every road").speaker == "Tom Reyes"
    assert by_text(c, "sleeping on the job").speaker == "Pat Moreno"
    assert by_text(c, "out of ideas").speaker == "Tom Reyes"


def test_described_speaker_with_a_clause_between_commas() -> None:
    c = cues_of(
        '"We will win this," Tom Reyes said.\n\n'
        'An Elma official, speaking on condition of anonymity, said Monday that Reyes "will meet any candidate."\n\n'
        'The senior adviser, who asked not to be named, said the plan "cannot pass the council."'
    )
    assert by_text(c, "meet any candidate").speaker == "An Elma official"
    assert by_text(c, "cannot pass").speaker == "The senior adviser"
