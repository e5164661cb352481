"""English stance holders that are groups named by a noun phrase.

Every article here is constructed for these tests (invented people, places and ferries).
"""

from __future__ import annotations

import pytest

from summarizer.cues.stances.en_actors import en_actor

from .conftest import stance_holders as holders


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        # Constructed: a group noun with its of-phrase is the subject, not the phrase's last word.
        ("Supporters of the ferry levy, on the other hand, argued that the new boats will cut crossing times.",
         "Supporters of the ferry levy"),
        ("Members of the harbor union accused the shipyard of delaying the new boats.", "Members of the harbor union"),
    ],
)  # fmt: skip
def test_a_group_noun_with_its_of_phrase_holds_the_stance(text: str, holder: str) -> None:
    assert holder in [h for h, _ in holders(text)]


def test_a_singular_description_with_an_of_phrase_is_no_group() -> None:
    # Constructed: 'the leader of …' is a person the article may name elsewhere, not a group.
    assert holders("But the leader of last week's harbor strike is pressing Ann Reyes to reopen the docks early.") == []


@pytest.mark.parametrize("name", ["supporters of the ferry levy", "Members of the harbor union", "leaders of both parties"])
def test_a_group_noun_before_its_of_phrase_is_an_actor(name: str) -> None:
    assert en_actor(name) is True


@pytest.mark.parametrize("name", ["the price of ferry tickets", "a share of the vote"])
def test_a_thing_before_an_of_phrase_is_no_actor(name: str) -> None:
    assert en_actor(name) is False


def test_a_participle_calling_something_a_name_is_the_subjects_stance() -> None:
    # Constructed: as 'called the plan "a tax"', after the main clause and a comma.
    assert ("Tom Ellis", 'calling it a "tax on islanders" that nobody voted for') in holders(
        'Governor Tom Ellis spoke about the toll plan on Monday, calling it a "tax on islanders" that nobody voted for.'
    )


def test_a_participle_after_a_staff_title_and_name_is_not_the_modifiers() -> None:
    # Constructed: 'Reyes campaign spokesman Sara Lind' is the spokesman, not Reyes nor the campaign.
    assert [h for h, _ in holders('Reyes campaign spokesman Sara Lind responded on Monday, calling the toll "a disgrace."')] == []


@pytest.mark.parametrize(
    "name", ["One Democratic official", "One of Reyes's former aides", "another GOP aide", "Eight", "Thirteen", "one Republican"]
)
def test_one_of_a_group_or_a_number_word_is_no_actor(name: str) -> None:
    # Constructed: one unnamed member of a group, whatever words follow, and a lone number word name nobody.
    assert en_actor(name) is False


@pytest.mark.parametrize("name", ["Eleven harbor unions", "Ann Reyes", "the Ferry Authority"])
def test_a_counted_group_and_a_name_are_actors(name: str) -> None:
    assert en_actor(name) is True


def test_reported_speech_an_outlet_reported_after_it_is_no_stance() -> None:
    # Constructed: '…, Harbor TV reported.' is the outlet's report, as 'Harbor TV reported that …' is.
    assert holders("Local officials were closing the ferry terminal and urging people to stay home, Harbor TV reported.") == []


@pytest.mark.parametrize(
    "text",
    [
        # Constructed: a subject inside an embedded question or a free relative takes no stance there.
        "The moderator asked Tom Ellis why he has criticized the ferry board so often this year.",
        "That was exactly what Ann Reyes wanted to hear from the harbor board on Monday.",
        "The report gave no details about how Mayor Ann Reyes planned to fund the new ferry terminal.",
    ],
)
def test_a_subject_after_how_why_or_what_takes_no_stance(text: str) -> None:
    assert holders(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # Constructed: journalists report what others say; none of it is their stance.
        "A reporter for Harbor Wire called the ferry crossing a disaster for the islands.",
        '"That was the first time in a long time, mayor," Harbor TV co-Anchor Dana Wells said.',
        "The Post's Tom Ellis wrote about the ferry in June. He hoped, he said, that the board would drop the toll plan now.",
    ],
)
def test_a_journalist_holds_no_stance(text: str) -> None:
    assert holders(text) == []


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        # Constructed: 'they' stands for the plural actor that is the subject of its own sentence or the one before.
        ("Senate Democrats blocked the ferry bill because they said the toll was unfair to islanders.", "Democrats"),
        ("The harbor unions said the board had failed. They demanded a new contract for every dockworker.", "The harbor unions"),
    ],
)  # fmt: skip
def test_they_stands_for_the_group_that_is_the_subject_before_it(text: str, holder: str) -> None:
    assert holder in [h for h, _ in holders(text)]


@pytest.mark.parametrize(
    "text",
    [
        # Constructed: voters' 'they' reports a count; a 'they' after a person or a thing stands for nobody the rules can tell.
        "Island voters turned out early on Tuesday. They supported Ann Reyes by a wide margin.",
        "The ferry plan was unveiled in May. They demanded changes to it within a week.",
    ],
)
def test_they_after_voters_or_a_thing_holds_no_stance(text: str) -> None:
    assert holders(text) == []


@pytest.mark.parametrize("name", ["The proportion of GOP primary voters", "the share of islanders", "A majority of voters"])
def test_a_share_of_a_group_is_no_actor(name: str) -> None:
    assert en_actor(name) is False


def test_a_statement_the_subject_put_out_says_the_subjects_stance() -> None:
    # Constructed: 'issued a statement saying that …' is what the mayor says.
    assert ("Ann Reyes", "the board should not raise the ferry toll this year") in holders(
        "Mayor Ann Reyes issued a statement saying that the board should not raise the ferry toll this year."
    )
