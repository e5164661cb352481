"""English names and titles: a run of capitalised words, split into title and name; a person or an organisation;
a definite description ('the senator') and the person it stands for."""

from __future__ import annotations

import re

from ...article import EN_ABBREVIATIONS
from . import lexicon
from .words import AP_STATES, LEADING

NAME_TOKEN = r"(?:[A-Z][\w.'’&-]*|(?:de|van|von|bin|al|da|del|di|la|le|du)(?=\s+[A-Z]))"
NAME_GAP = r"[ \t\u00a0]+"  # names never run across a line break
NAME_AT_END = re.compile(rf"({NAME_TOKEN}(?:{NAME_GAP}{NAME_TOKEN}){{0,6}})\s*(?:\([^()]{{1,30}}\))?\s*$")
NAME_AT_START = re.compile(rf"^\s*({NAME_TOKEN}(?:{NAME_GAP}{NAME_TOKEN}){{0,6}})")


def split_title(run: str) -> tuple[str, str | None]:
    """'Retired Col. Ann Reyes' -> ('Ann Reyes', 'Retired Col.')."""
    toks = run.split()
    cut = 0
    for i, tok in enumerate(toks[:-1]):
        if tok.rstrip(".").lower() in lexicon.TITLES:
            cut = i + 1
    name = " ".join(toks[cut:])
    if _SENTENCE_STOP.search(name) and name.rsplit(None, 1)[-1][:-1].lower() not in EN_ABBREVIATIONS | AP_STATES:
        name = name[:-1]  # '…," said Ann Lee. "…"': the full stop ends the sentence, not the name
    return name, (" ".join(toks[:cut]) or None)


# A word of three letters or more (no initial, no 'U.S.') and the full stop after it.
_SENTENCE_STOP = re.compile(r"(?:^|\s)[A-Z][\w'’&-]{2,}\.$")


def drop_function_words(run: str) -> str:
    """A run of capitalised words without the function words that open it ('But Ann Lee' -> 'Ann Lee')."""
    # A sentence-initial 'But' or 'In' is capitalised without being a name.
    toks = run.split()
    while toks and toks[0].lower() in LEADING:
        toks.pop(0)
    return " ".join(toks)


PARTY_STATE = re.compile(r"[RDI]-[A-Z][A-Za-z. ]{1,20}")


_ORG_WORDS = re.compile(
    r"\b(?:Post|Times|News|Journal|Press|Department|Ministry|Committee|Party|Campaign|House|"
    r"Agency|Council|Office|Administration|Government|Association|Institute|University|"
    r"Commission|Bank|Court|Congress|Senate|Union|Organization|Foundation|Network|Reuters|"
    r"Corp|Inc|Group|Center|Centre|Board|Service|Authority|Bureau|Police|Army|Pentagon|"
    r"statement|report|complaint)\b"
)


def looks_person(name: str) -> bool:
    """A capitalised name that is not an organisation or a common noun phrase."""
    return bool(name) and name[0].isupper() and not _ORG_WORDS.search(name) and (
        name.split()[0].lower() not in {"the", "a", "an", "his", "her", "their"}
    )


# Nouns for a person's office or role (a closed class beside the titles): the head of a
# description such as 'the former top aide' or 'the veteran strategist'.
_ROLE_NOUNS = {
    "aide", "adviser", "advisor", "official", "lawmaker", "delegate", "strategist", "lawyer", "executive",
    "founder", "manager", "candidate", "nominee", "member", "head", "owner", "veteran", "congresswoman",
    "representative", "legislator", "politician", "economist", "analyst", "activist", "consultant",
}  # fmt: skip
_AGENT_SUFFIX = re.compile(r"(?:ist|man|woman|person|ian)$")
_DESCRIPTION = re.compile(r"^[Tt]he\s+((?:[\w’'-]+\s+){0,5}?([a-z][\w-]*))(?:\s+(?:of|to|for|at|from|in|with|who)\b.*)?$")


def is_description(name: str) -> bool:
    """Whether a speaker is a definite description of a person ('the former top aide to X', 'the senator')."""
    m = _DESCRIPTION.match(name)
    if not m:
        return False
    head = m.group(2)
    return head in lexicon.TITLES or head in _ROLE_NOUNS or bool(_AGENT_SUFFIX.search(head))


def name_for_description(text: str, description: str, pos: int, last_person: str | None) -> str:
    """The person a description before ``pos`` stands for.

    The nearest person's name the article gives with the description's head noun ('Senate Minority
    Leader Ann Lee', 'Ann Lee, a senior aide to …'); failing that, the last person named before it
    ('…," Ann Lee told the paper. The veteran activist warned …', ``last_person``); failing that,
    the description.
    """
    m = _DESCRIPTION.match(description)
    if not m:
        return description
    head = re.escape(m.group(2))
    name = rf"({NAME_TOKEN}(?:{NAME_GAP}{NAME_TOKEN}){{0,4}})"
    found: list[tuple[int, str]] = []
    for pat in (rf"\b(?i:{head})s?[ \t]+{name}", rf"{name},[ \t]+(?:an?[ \t]|the[ \t])?[^,.;:\"“”\n]{{0,60}}\b{head}\b"):
        found += [(f.start(), f.group(1)) for f in re.finditer(pat, text[:pos])]
    # The nearest that names a person ('Yahoo News, in which the prince …' names none).
    for _, candidate in sorted(found, reverse=True):
        named, _ = split_title(candidate)
        if named and looks_person(named):
            return named
    if m.group(2).startswith("spokes"):
        return description  # a spokesperson speaks for the person named before, and is someone else
    return last_person or description


# Two to four capitalised words, none all capitals or possessive: 'Ann Lee', 'Carl J. Fox Jr.'
# (a person is named in full when introduced).
_NAME_WORD = r"(?:[A-Z](?:['’][A-Z])?[a-z][\w-]*\.?|[A-Z]\.)"
PERSON_NAME = re.compile(rf"{_NAME_WORD}(?: (?:{_NAME_WORD}|de|van|von|bin|al|da|del|di|la|le|du)){{1,3}}")
