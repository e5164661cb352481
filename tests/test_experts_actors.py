"""Experts who are actors in the story: a candidate is a holder, not an analyst. All sentences are constructed."""

from __future__ import annotations

from summarizer.article import from_text
from summarizer.cues import find_cues


def experts(text: str) -> dict[str, tuple[str | None, str | None]]:
    return {e.name: (e.title, e.affiliation) for e in find_cues(from_text(text)).experts}


def test_en_a_candidate_introduced_by_a_trade_is_no_expert() -> None:
    # Constructed: the candidacy in apposition before the name, after it, or said of the name later.
    assert experts("The mayor backs her primary challenger in Ohio, law professor Dana Pike. “We will win,” Pike said.") == {}
    assert experts("Dana Pike, the law professor running for Congress in the 5th District, said the bill was a mistake.") == {}
    assert experts("Dana Pike, a law professor at Lakeview University, said the bill was wrong. Pike, who is challenging "
                   "Rep. Tom Hale, spoke at the fair.") == {}  # fmt: skip


def test_en_a_scholar_near_a_campaign_word_stays_an_expert() -> None:
    # Constructed: 'ran' something other than a race, and a candidacy that is someone else's.
    assert experts("Dana Pike, a law professor at Lakeview University, said the bill was a mistake.") == {
        "Dana Pike": ("law professor", "Lakeview University")
    }
    got = experts("Mike Rowe, a veteran GOP consultant who ran the super PAC behind the failed candidacy of Tom Hale, "
                  "said the race was over.")  # fmt: skip
    assert got == {"Mike Rowe": ("veteran GOP consultant", None)}


def test_en_the_head_of_a_university_department_is_its_scholar() -> None:
    # Constructed: a department's chair in a relative clause or an appositive; the chairman of a body is its officer.
    got = experts('"Turnout is hard to guess," said Ann Mare, who chairs the history department at Lakeview University.')
    assert got == {"Ann Mare": ("chairs the history department", "Lakeview University")}
    got = experts("The race is close, said Tom Hale, a chairman of the political science department at Eastvale College.")
    assert got == {"Tom Hale": ("chairman of the political science department", "Eastvale College")}
    assert experts('"They were unyielding," said Rob Kline, chairman of the Pacific Institute for Cell Medicine.') == {}
    assert experts('"It is hard," said Ann Mare, who heads the fire department at the City of Reno.') == {}


def test_en_a_title_naming_a_sides_role_in_the_race_makes_a_holder() -> None:
    # Constructed: a candidate's supporter heading a research body, a campaign's delegate strategist.
    assert experts('"He will win," said Nora Pell, a Hale supporter and president of the Center for Civic Policy.') == {}
    assert experts('"We are encouraged," said Ben Jude, a Hale delegate strategist.') == {}
    assert experts('"He will win," said Nora Pell, president of the Center for Civic Policy Research.') == {
        "Nora Pell": ("president", "Center for Civic Policy Research")
    }


def test_en_a_former_press_secretary_or_chief_of_staff_comments_from_outside() -> None:
    # Constructed: no article before 'former', and the appositive after an inverted 'said'.
    got = experts("Ed Kline, former chief of staff of the Joint Committee on Budgets, agreed that the rule is weak.")
    assert got == {"Ed Kline": ("former chief of staff", None)}
    got = experts('"Neither one helped," said Ari Fell, former White House press secretary to George W. Hale, who was there.')
    assert got == {"Ari Fell": ("former White House press secretary to George W. Hale", None)}
    # one who holds a post now is not outside; one named with no view gives none
    assert experts('"It is over," said Ann Lee, a former aide to Sen. Tom Hale and Sen. Bo Rix, now at the Hale Group.') == {}
    assert experts("The group hired Ann Lee, a former aide to Sen. Tom Hale, last week.") == {}


def test_en_a_post_the_field_names_first_is_an_analysts_at_any_body() -> None:
    # Constructed: 'research director for' a consulting firm; a strategist 'for' a candidate stays staff.
    got = experts("Gus Arno, research director for Delta Market Sciences, a consulting company, said the deal was careful.")
    assert got == {"Gus Arno": ("research director", "Delta Market Sciences")}
    assert experts('"It is late," said Ann Lee, a senior strategist for Tom Hale.') == {}
