"""English quote kinds: whether a quoted span is speech, a name, a title or a scare quote."""

from __future__ import annotations

import re

from .words import SMALL

_NAME_MARK_BEFORE = re.compile(
    r"(?:known as|dubbed|titled|entitled|named|episode of|broadcast of|edition of|hashtag|"
    r"slogan|book|film|movie|show|program|programme|song|album|article|op-ed|column|"
    r"commentary,?|headline|motto|label)\s*(?:the\s+)?$",
    re.IGNORECASE,
)
_SCARE_MARK_BEFORE = re.compile(r"so-called\s*$|\bso called\s*$", re.IGNORECASE)
# The noun a quoted name modifies ('the "Gang of Eight" bill'), in lower case and on the same
# line: 'Bill Clinton said' after a quote, or a new paragraph, is no such noun.
_NAME_MARK_AFTER = re.compile(
    r"^[ \t,.]*(?:radio |television |tv |TV |talk )?(?:show|program|programme|forum|act|bill|"
    r"initiative|campaign|plan|podcast|series|newsletter|website|magazine|column|op-ed)\b",
)
_NICKNAME = re.compile(r"\b[A-Z][\w.]*\s*$")
# A headline cited with its byline, as newsletters list stories:
# '—"Museum to close at the end of May," by the Globe's Ann Reyes: …'.
_BYLINE_AFTER = re.compile(r"^\s+by\s+(?:the\s+)?[A-Z][\w.&-]*(?:\s[A-Z][\w.&-]*){0,4}['’]s?\s+[A-Z]")
_NAMED_THING = re.compile(
    r"\b(?:Forum|Act|Show|Program|Day|Conference|Summit|Initiative|Project|Award|Prize|Fund)\W*$"
)
_CALLED_BEFORE = re.compile(r"\b(?:call|calls|called)\s+(?:the\s+|it\s+)?$", re.IGNORECASE)
_PREP_BEFORE = re.compile(r"(?:\bon|\bof|\bin|\bat|\bto|\bwith|\btold|\bduring|\bfor|[’']s)\s*(?:the\s+)?$", re.IGNORECASE)


def classify(
    text: str, start: int, end: int, closed: bool, attributed: bool, headline: bool, single_aside: bool = False
) -> str:
    """'speech', 'name', 'title', 'scare' or 'other' for one English quote span.

    ``attributed``: a speaker or a speech verb is in the quote's sentence.
    ``headline``: the span is in the headline.
    ``single_aside``: the span is in single marks, and the article quotes speech in double ones.
    """
    inner = text[start:end]
    before = text[max(0, start - 40) : start - 1]
    after = text[end + 1 : end + 40] if closed else ""
    if headline:
        return "other"  # the headline repeats the body; its quotes are not annotated speech
    if single_aside:
        # American style (AP, Chicago 6.9) quotes speech in double marks and keeps single ones for
        # a quotation inside a quotation and for headlines and section heads ('Totally pro-Israel.'),
        # so a single-quoted span at the top level of such an article is a heading or a term.
        return "other"
    if _SCARE_MARK_BEFORE.search(before):
        return "scare"
    words = re.findall(r"[\w'’-]+", inner)
    if _NAME_MARK_BEFORE.search(before) or (len(words) <= 8 and _NAME_MARK_AFTER.match(after)):
        return "name"
    nickname = len(inner.split()) == 1 and inner[:1].isupper() and inner[-1:].isalnum()
    if nickname and _NICKNAME.search(before) and re.match(r"\s+[A-Z]", after):
        # Roberta K. "Bobbie" Lane: a nickname inside a name; 'called Reyes "reckless." Moreno' is no nickname.
        return "name"
    if inner.rstrip()[-1:] == "," and _BYLINE_AFTER.match(after):
        return "title"
    big = [w for w in words if w.lower() not in SMALL]
    title_case = len(big) >= 2 and all(w[0].isupper() or w[0].isdigit() for w in big)
    if title_case and len(words) <= 8 and (_PREP_BEFORE.search(before) or _NAMED_THING.search(inner)):
        return "title"
    if title_case and len(words) <= 4 and _CALLED_BEFORE.search(before):
        return "name"  # what staff call the "Green Hall"
    if len(words) >= 6:
        return "speech"
    # A whole sentence ("Nor will we.") is a statement; a noun phrase may be a scare quote.
    if len(words) >= 2 and inner[:1].isupper() and inner.rstrip()[-1:] in ".!?" and not title_case:
        return "speech"
    return "speech" if attributed else "scare"
