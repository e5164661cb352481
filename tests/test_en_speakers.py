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


def test_name_after_a_role_held_for_a_possessor_is_the_speaker() -> None:
    c = cues_of(
        '"Positions will soften on the bridge," Elma Rep. Ana Lopez’s chief of staff, Tom Reyes, told the Ledger.\n\n'
        '"The campaign is changing politics," Pat Moreno, Ana Summers\' campaign manager, said in a statement.'
    )
    reyes = by_text(c, "soften on the bridge")
    assert (reyes.speaker, reyes.speaker_role) == ("Tom Reyes", "Elma Rep. Ana Lopez’s chief of staff")
    moreno = by_text(c, "changing politics")
    assert (moreno.speaker, moreno.speaker_role) == ("Pat Moreno", "Ana Summers' campaign manager")


def test_inverted_speaker_after_a_four_word_title() -> None:
    c = cues_of('"The first line of defense is the town," said former secretary of state Ana Lopez, who praised it.')
    q = by_text(c, "first line of defense")
    assert (q.speaker, q.speaker_role) == ("Ana Lopez", "former secretary of state")


def test_he_said_is_the_person_the_previous_sentence_is_about() -> None:
    c = cues_of(
        '"We will build it," Tom Reyes said.\n\n'
        'Ana Lee, a consultant and the host of a radio show, is an Elma resident who crossed party lines. '
        '"If the vote had come earlier, Reyes would have lost," she said.'
    )
    assert by_text(c, "vote had come earlier").speaker == "Ana Lee"


def test_a_name_inside_quoted_speech_is_not_who_he_is() -> None:
    c = cues_of(
        'Tom Reyes spoke first at the meeting on Monday.\n\n'
        '"Carl Fox is wrong about the bridge. It will stand for a hundred years," he said.'
    )
    assert by_text(c, "Carl Fox is wrong").speaker == "Tom Reyes"


def test_a_surname_alone_is_a_subject_once_the_full_name_was_given() -> None:
    c = cues_of(
        'Ana Lee opened her campaign in Elma in March.\n\n'
        '"We will win this," Tom Reyes said at his own rally.\n\n'
        'Lee, who has met every voter, does not pretend otherwise. '
        '"If we lose, we go home," she told reporters.'
    )
    assert by_text(c, "we go home").speaker == "Lee"


def test_a_heading_with_a_possessive_or_capitals_is_no_person() -> None:
    c = cues_of(
        '"We will build it," Tom Reyes said.\n\n'
        'Voters’ Long History\n\n'
        'Presumptive GOP nominee Bob Ray met voters. "It is fine if they want to wait," he said.'
    )
    assert by_text(c, "fine if they want").speaker not in {"Voters’ Long", "Presumptive GOP"}


def stated_by(text: str) -> list[str | None]:
    return [c.stated_by for c in cues_of(text).conditions]


def test_a_description_states_a_condition_as_the_person_named_with_its_head_noun() -> None:
    text = (
        'Senate Minority Leader Ann M. Lee spoke in Elma. "It is a two-way street," Lee said.\n\n'
        'Reflecting on her career, the Senate Democratic leader said, "If I could get a decent offer, I would settle."'
    )
    assert stated_by(text) == ["Ann M. Lee"]
    # the quote keeps the words of its own sentence
    assert by_text(cues_of(text), "decent offer").speaker == "the Senate Democratic leader"


def test_a_description_right_after_a_named_speaker_stands_for_that_speaker() -> None:
    assert stated_by(
        '"They want a mechanism," Carl Fox, the committeeman from Elma, told the Ledger.\n\n'
        'The influential delegate and conservative activist, who backs Reyes, warned of a battle '
        'that could split the party if the leaders try to steer the vote.'
    ) == ["Carl Fox"]
    assert stated_by(
        'One of the authors, Tom Reyes, said the plan would test them. "We went the other way," said the '
        'former top aide to Governor Pat Moreno. "If he loses, he will give credence to our report."'
    ) == ["Tom Reyes"]


def test_an_organisation_or_a_spokesman_is_not_the_last_person_named() -> None:
    assert stated_by('Tom Reyes spoke on Monday. "If the council agrees, we will build it," the campaign said.') == [
        "the campaign"
    ]
    assert stated_by(
        'Mayor Tom Reyes met Ana Lee on Monday. The spokesman said there was no meeting planned, '
        'adding: "If one is proposed we will consider it."'
    ) == ["The spokesman"]


def test_a_person_of_a_place_is_the_person_not_the_place() -> None:
    c = cues_of(
        'Ann Lee of Elma said the plan "will not work at all."\n\n'
        'Ana Baker of Columbia, South Carolina says she thinks Reyes can pull off "a big win."\n\n'
        'Rep. Tom Reyes of Elma, a Lee supporter, said it will help "if they can work through it."'
    )
    assert by_text(c, "will not work").speaker == "Ann Lee"
    assert by_text(c, "a big win").speaker == "Ana Baker"
    assert by_text(c, "work through it").speaker == "Tom Reyes"


def test_a_paragraph_a_colon_introduces_is_the_colon_speakers() -> None:
    # The speaker may be an outlet: the quoted report runs over two paragraphs and quotes
    # Reyes inside it, but its first paragraph is the Gazette's words, not Reyes's.
    c = cues_of(
        "As the Elma Gazette reported on Monday:\n\n"
        '"The mill closed on Monday, and its owner Tom Reyes spoke to the workers.\n\n'
        '"We will reopen in the spring," Reyes said."\n\n'
        "Ana Lopez added:\n\n"
        '"We will fix the bridge before the winter comes, whatever the council decides."'
    )
    assert by_text(c, "mill closed").speaker == "Elma Gazette"
    assert by_text(c, "fix the bridge").speaker == "Ana Lopez"


def test_who_is_told_is_the_hearer_not_the_speaker() -> None:
    c = cues_of(
        'Ana Lopez spoke for an hour. "We need the bridge," Lopez said.\n\n'
        'Tom Reyes did not name his rivals, but told his supporters, "our valley is in serious trouble."'
    )
    assert by_text(c, "serious trouble").speaker == "Tom Reyes"


def test_a_name_quoted_before_the_verb_does_not_end_the_clause() -> None:
    # 'Lights' is a show's name, not speech: the clause and its subject run on past it.
    c = cues_of(
        'Ana Lopez spoke first. The actress, star of the show "Lights," thanked Lopez for "making the valley safer for everyone."'
    )
    assert by_text(c, "valley safer").speaker == "The actress"


def test_a_subordinate_clause_that_runs_to_the_quote_has_its_own_speaker() -> None:
    c = cues_of(
        '"We are here to stay," Tom Reyes said as the heckler yelled: "Go home!"\n\n'
        'Ana Lopez said that once the council goes on recess, "I will visit every town in the valley."'
    )
    assert by_text(c, "Go home").speaker == "the heckler"
    assert by_text(c, "every town").speaker == "Ana Lopez"


def test_a_quote_that_ends_its_sentence_is_not_the_next_sentences() -> None:
    c = cues_of(
        'Ana Lopez has said that the new toll on the bridge could lead to another "disaster for the valley." '
        "Tom Reyes has said that the toll is fair.\n\n"
        'Pat Moreno, exasperated, famously responded: "What difference does it make now?" Her critics cited it for years.'
    )
    assert by_text(c, "disaster for the valley").speaker == "Ana Lopez"
    assert by_text(c, "What difference").speaker == "Pat Moreno"


def test_a_described_subject_ends_before_its_verb() -> None:
    # An irregular past ('began') or a present tense before its object's article ('targets a') opens
    # the predicate: the speaker is the noun phrase before it.
    c = cues_of(
        'The veteran organizer began by praising the volunteers, saying the drive was "bigger than last year."\n\n'
        'The new ad targets a rival, warning that he "never showed up for the vote."'
    )
    assert by_text(c, "bigger than last year").speaker == "The veteran organizer"
    assert by_text(c, "never showed up").speaker == "The new ad"



def test_who_after_a_described_person_is_that_person() -> None:
    # The relative pronoun stands for the noun phrase it follows, even after a preposition.
    c = cues_of(
        'In Elma, Ana Lopez sat through a lecture from the harbour master, who said the port had been "good for '
        'both towns" for years.\n\n'
        'Pat Moreno has been circulating a passage from the diary of a retired ferry captain who wrote about the "quiet war" '
        'on the river.\n\n'
        '"It was not convincing," said one councillor familiar with the talks, who added that the mayor seemed '
        '"rattled" by the vote.'
    )
    assert by_text(c, "good for both towns").speaker == "the harbour master"
    assert by_text(c, "quiet war").speaker == "a retired ferry captain"
    assert by_text(c, "rattled").speaker == "one councillor familiar"


def test_full_stop_after_an_inverted_name_is_not_part_of_it() -> None:
    c = cues_of(
        '"The bridge will hold," said Ann Lee. "We checked it twice."\n\n'
        '"The ferry is late," said Robert P. Casey Jr. "It always is."'
    )
    assert by_text(c, "bridge will hold").speaker == "Ann Lee"
    assert by_text(c, "ferry is late").speaker == "Robert P. Casey Jr."
