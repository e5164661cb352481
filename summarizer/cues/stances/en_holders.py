"""Who holds an English stance: the actor the verb's subject names (a description, a pronoun, a group's role
noun), or None for an object, an indefinite, a name inside a phrase or a clause.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from .. import en as cues_en
from ..types import Attribution, Mention
from .base import last_person
from .en_actors import EN_ACTORS, en_actor, inside_a_document
from .en_names import (
    EN_JOURNALIST_BEFORE,
    EN_OUTLET_NOUN,
    described,
    modifies_a_name,
    name_at,
    named_before,
    not_a_subject,
    sex_of,
)


def en_holder(masked: str, lo: int, at: int, who: Attribution, people: Callable[[], list[Mention]],
            persons: list[Mention]) -> str | None:
    """The actor ``who`` (the subject of the verb at ``at``, sentence from ``lo``) names, or None.

    A description is the person the article names with it, a he/she the person named before,
    a group's role noun ('the Clinton campaign') the group; an object, an indefinite, a
    document's complement, a name inside a that-clause or modifying a title names no holder.
    """
    name = who.name
    if not who.pronoun and cues_en.is_description(name):
        # 'In December, the prince called for …': the person the article names with that head
        # noun ('Saudi Prince Alwaleed Bin Talal'), else the last person named before it.
        name = described(masked, name, at, people())
    if _in_a_that_clause(masked, lo, at, name):
        return None  # 'Sanders reiterated that the party must support …': the speaker's, not the party's
    if who.pronoun and name.lower() == "they":
        return _group_before(masked, lo, at)
    if who.pronoun:
        if name.lower() not in ("he", "she"):
            return None
        # Not a reporter, nor a person the article marks as the other sex ('Cruz spokeswoman Catherine Frazier').
        fits = [m for m in persons if not EN_JOURNALIST_BEFORE.search(masked, max(0, name_at(masked, m) - 60), name_at(masked, m))
                and sex_of(masked, m.name) in ("", name.lower())]
        name = named_before(masked, lo, at, fits) or _subject_before(masked, lo, at, name.lower()) or last_person(fits, at) or ""
        if name.split() and name.split()[-1].lower() in EN_ACTORS:
            return None  # 'Some Democrats', 'Iowa Republicans', "Clinton's campaign": a he/she is one person, not a group
    if not en_actor(name):
        return None
    if who.pronoun:
        return name
    pos = masked.rfind(name, lo, at)
    if pos > 0 and masked[pos - 1].isalnum():
        # 'liberal Democrats' read as 'al Democrats': a particle cut from the end of a word starts no name.
        name = name.split(None, 1)[1] if len(name.split()) > 1 else ""
        pos = masked.rfind(name, lo, at) if name else -1
        if not name or not en_actor(name):
            return None
    if _participle_opening(masked, lo, pos, name):
        return None  # 'Standing alongside Huerta, Ana Ruiz accused … and chided': a participle, not a name
    if pos > lo and re.match(r"\s+who\b", masked[pos + len(name) : at]) and _EN_IN_A_PHRASE.search(masked, lo, pos):
        return None  # 'an RNC committeewoman from Nevada who openly supports Trump': the committeewoman's
    titled = _EN_TITLE_OF_NAME.match(masked, pos + len(name), at)
    if titled and name.split()[-1].rstrip(".").lower() in cues_en.TITLES:
        # 'Republican Secretary of State Jon Husted applauded': the person the title names.
        name, pos = titled.group(1), titled.start(1)
    if not_a_subject(masked, lo, pos, name) or modifies_a_name(masked, lo, at, name):
        return None
    if inside_a_document(masked, lo, pos, name):
        return None  # 'A projection by the firm Oxford Economics … predicted': the projection's
    if who.role and _EN_PERSON_OF.search(who.role):
        return None  # 'the former CEO of Hewlett-Packard added': the company is not the speaker
    if who.role and EN_OUTLET_NOUN.search(who.role):
        return None  # 'The Israeli newspaper Haaretz noted': an outlet reports, it takes no stance
    pair = _EN_BOTH.search(masked[lo:pos]) if pos > lo else None
    if pair:
        return f"{pair.group(1)} and {name}"  # 'Lindsey Graham and David Perdue said': both hold it
    head = _EN_ROLE_AFTER.match(masked, pos + len(name), at)
    if head and head.group(1).lower() in EN_ACTORS:
        return f"{name} {head.group(1)}"  # 'the Clinton campaign said': the campaign
    if head:
        # 'The Supreme Court justice -- who …': the person the article names as the justice.
        name = described(masked, f"{name} {head.group(1)}", at, people())
        return name if en_actor(name) else None
    return name


def _group_before(masked: str, lo: int, at: int) -> str | None:
    """The group a 'they' at ``at`` (sentence from ``lo``) stands for: the plural actor that is the subject
    of its own sentence before it ('Senate Democrats blocked the bill because they said …'), else of the
    sentence before ('The GOP contenders agree that … They denounced …'). Nothing else: a 'they' after a
    person, a place or a thing names no actor the rules can tell.
    """
    own = cues_en.main_subject(masked[lo:at])
    if own is None or own.pronoun:
        stop = masked.rfind(". ", 0, max(0, lo - 1))
        prev = max(stop + 2 if stop != -1 else 0, masked.rfind("\n", 0, max(0, lo - 1)) + 1)
        own = cues_en.main_subject(masked[prev:lo]) if 0 < lo - prev < 600 else None
    if own is None or own.pronoun:
        return None
    head = own.name.split()[-1].lower()
    # Not voters or delegates: what they did is a vote's count ('they supported her by a 40-point margin').
    group = head.endswith("s") and head in EN_ACTORS - {"voters", "delegates"}
    return own.name if group and en_actor(own.name) else None


# A name that ends a prepositional phrase (a list's last name too: 'in New York, Los Angeles and Seattle'):
# a relative clause right after it with no comma ('the owner of the Dallas Mavericks who rebuffed …', 'a
# committeewoman from Nevada who openly supports Trump') belongs to the noun the phrase modifies; a name
# takes a relative set off by a comma. PolNeAR train outside the labelled sets: 5 such holders, 4 wrong.
_EN_IN_A_PHRASE = re.compile(r"\b(?:of|in|from|at|with|for)\s+(?:the\s+)?(?:[A-Z][\w.'’&-]*(?:,?\s+(?:and\s+)?))*$")

# A title's office and the person holding it, up to the verb: ' of State Jon Husted', ' of Elections Ana Ruiz'.
_EN_TITLE_OF_NAME = re.compile(r"\s+of\s+(?:the\s+)?(?:[A-Z][\w.'’&-]*\s+){1,3}?([A-Z][\w.'’-]*\s+[A-Z][\w'’-]+)\s*$")

# A participle opening its sentence ('Standing alongside …', 'Leaning into …', 'Heaping praise on …',
# 'Having announced …'), read as a one-word name: its next word is lower case and no verb of a subject.
# 'Manning demanded', 'Manning told', 'Manning will': a name before its verb (a past or -s form, an auxiliary).
_EN_PARTICIPLE_OPENING = re.compile(
    r"Having\s+[a-z]|[A-Z][a-z]+ing\s+(?![a-z]+(?:ed|s)\b|(?:said|told|will|would|could|should|can|may|might|must|"
    r"also|and|of|to)\b)[a-z]"
)


def _participle_opening(masked: str, lo: int, pos: int, name: str) -> bool:
    """The one-word name at ``pos`` opens its sentence (from ``lo``) and is a participle before its object."""
    return " " not in name and not masked[lo:pos].strip(" \"“‘'") and _EN_PARTICIPLE_OPENING.match(masked, pos) is not None


def _in_a_that_clause(masked: str, lo: int, hi: int, name: str) -> bool:
    """The subject ``name`` (last one before ``hi``) opens a clause after 'that'.

    'Sanders reiterated that the party must support …', 'reminding the co-hosts that Trump has
    denounced …', 'a claim … that he told …': a content clause is what its speaker (or a report)
    says, not a stance its subject takes here.
    """
    at = masked.rfind(name, lo, hi)
    return at != -1 and re.search(r"\bthat\s+(?:(?:the|a|an)\s+)?$", masked[lo:at], re.IGNORECASE) is not None


# Two named people as one subject ('Lindsey Graham and David Perdue, who …, said'): the first name,
# opening the sentence (after a connective or an adverbial), right before 'and'.
_EN_BOTH = re.compile(r"^\s*(?:(?:But|And|So|Yet|Meanwhile|Both),?\s+|[A-Z][a-z]+ly,\s+)?((?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]+)\s+and\s+$")

# A role noun right after a name makes the name a modifier ('The Supreme Court justice', 'Trump
# campaign officials', 'Clinton supporters'), unless a person's name follows the role.
_EN_ROLE_AFTER = re.compile(
    r"\s+(justice|judge|spokes(?:man|woman|person)|aides?|advis[eo]rs?|officials?|staff(?:ers?)?|sources?|"
    r"supporters?|campaign|team|lawyers?|attorneys?|allies|surrogates?|backers|donors)\b(?!\s+[A-Z])"
)

# A person's title of an organisation ('the former CEO of', 'a member of'); 'The government of
# Costa Rica' is the country's own stance.
_EN_PERSON_OF = re.compile(
    r"\b(?:CEO|chairman|chairwoman|chair|president|head|director|founder|leader|member|chief|"
    r"spokes(?:man|woman|person)|secretary|executive|owner|editor|employee|officer)s?\s+of$",
    re.IGNORECASE,
)


# A person's title before a name ('Sen. Bernie Sanders', 'President Obama'): the article names a person so.
_EN_TITLE_WORD = "|".join(sorted(cues_en.TITLES, key=len, reverse=True))
_EN_OPENING = re.compile(
    rf"\s*[\"“‘']?(?:(?:And|But|So|Yet|Still|Meanwhile|Now|Then),?\s+|[A-Z][a-z]+ly,\s+)?(?:(?i:{_EN_TITLE_WORD})\.?\s+)*$"
)


def _subject_before(masked: str, lo: int, at: int, pronoun: str) -> str | None:
    """The person whose name opens the sentence as its subject, for a he/she later in it.

    'Sanders appeared to dismiss the issue in October, when he told Clinton …': a pronoun is bound
    by its own sentence's subject, when the rules read no speaker there (``named_before`` finds
    speakers only). The subject must open the sentence and be a person the article titles
    somewhere ('Sen. Bernie Sanders', 'President Obama'), of the pronoun's sex if it is told.
    """
    own = cues_en.main_subject(masked[lo:at])
    if own is None or own.pronoun or not re.fullmatch(r"(?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+", own.name):
        return None
    pos = masked.find(own.name, lo, at)
    if pos == -1 or not _EN_OPENING.match(masked[lo:pos]) or sex_of(masked, own.name) not in ("", pronoun):
        return None
    return own.name if _titled(masked, own.name.split()[-1]) and en_actor(own.name) else None


@lru_cache(maxsize=256)
def _titled(masked: str, surname: str) -> bool:
    """The article writes ``surname`` after a person's title ('Sen. Bernie Sanders', 'President Obama')."""
    return re.search(rf"\b(?i:{_EN_TITLE_WORD})\.?\s+(?:[A-Z][\w.'’-]*\s+){{0,2}}{re.escape(surname)}\b", masked) is not None
