"""English stance verbs read as a passive participle or a poll's count: no holder takes a stance.

Every article here is constructed for these tests (invented people, towns and ferries).
"""

from __future__ import annotations

import pytest

from .conftest import stance_holders as holders


@pytest.mark.parametrize(
    "text",
    [
        # Constructed: a participle after its noun, the passive with no 'was': the noun is accused or backed.
        "Mayor Ann Reyes opened the pier on Monday. The ferry captain accused of steering into it told investigators he had been tired.",
        "Governor Tom Ellis spoke on Friday. The man accused of buying the harbor permits will remain in custody, a judge ruled.",
        "Ana Ruiz faces Tom Lind, a former aide to Mayor Ann Reyes, backed by both the mayor and the port union.",
        # Constructed: a poll's count of a group is a measurement, not the group's stance.
        "On the ferry, there is a divide: a 61% majority of Republicans support a new pier; a plurality of Democrats oppose the idea.",
        "Polls show majorities of Democrats believe the ferry service is on the wrong track this year.",
    ],
)  # fmt: skip
def test_a_passive_participle_or_a_polls_count_holds_no_stance(text: str) -> None:
    assert holders(text) == []


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        # Constructed: the active verb with its object first, or a relative clause whose object is the noun before it.
        ("Mayor Ann Reyes accused the ferry company of hiding the repair costs from riders.", "Ann Reyes"),
        ("The port union backs Tom Lind, a shipwright whom Mayor Ann Reyes has accused of selling pipe dreams.", "Ann Reyes"),
        ("The council must confront the shipyard, which Mayor Ann Reyes blamed for the collapse of the old pier.", "Ann Reyes"),
    ],
)  # fmt: skip
def test_an_active_verb_keeps_its_subject(text: str, holder: str) -> None:
    assert holder in [h for h, _ in holders(text)]


@pytest.mark.parametrize(
    "text",
    [
        # Constructed: a relative clause on a noun whose object is that noun; the verb there has none of its own.
        "The court will rule on the pier case in May, a ruling which the Harbor Party has vowed to ignore.",
        "Mayor Ann Reyes spoke on Monday. Reporters asked about the sea wall Reyes wants to build.",
        "He did not apologize for the remarks, something many Republicans had urged him to do.",
    ],
)  # fmt: skip
def test_a_verb_whose_object_is_the_noun_before_it_holds_no_stance(text: str) -> None:
    assert holders(text) == []


def test_an_infinitive_with_its_own_object_keeps_the_stance() -> None:
    # Constructed: the same verbs with an object after them.
    assert holders("The Harbor Party has vowed to ignore the ruling on the pier case in May.") == [
        ("The Harbor Party", "has vowed to ignore the ruling on the pier case in May")
    ]


def test_a_time_word_before_the_subject_opens_no_relative_clause() -> None:
    # Constructed: 'This week' is an adverbial; the infinitive with no object is the mayor's own stance.
    assert holders("Mayor Ann Reyes spoke on Monday. This week Reyes vowed to resign.") == [("Reyes", "vowed to resign")]
