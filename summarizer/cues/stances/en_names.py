"""The people an English article names and where a name stands: named in full, described, quoted;
whether a name is a subject, part of a longer name, or a title's.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ...article import Article
from .. import en as cues_en
from ..speakers import DESCRIPTION_REACH
from ..types import Mention
from .base import last_person
from .en_actors import EN_ACTORS, EN_SHARE_OF, en_actor


def quoted_speaker(masked: str, lo: int, hi: int, name: str) -> str | None:
    """A quote's speaker as a holder, held to the tests the stance verbs' subjects pass.

    ``name`` as the text between ``lo`` and ``hi`` writes it: the end of a longer name holds
    nothing ('Jeffrey Lewis of the James Martin Center for Nonproliferation Studies wrote': None);
    a modifier of a title and a name stands for that name ('Republican Presidential hopeful Sen.
    Ted Cruz': 'Ted Cruz'; 'Band member Flea': 'Flea').
    """
    at = masked.rfind(name, lo, hi)
    if at == -1:
        return name
    if at > 0 and masked[at - 1].isalnum():
        # 'potential VP' read as 'al VP': the name after the cut-off particle.
        rest = name.split(None, 1)[1] if len(name.split()) > 1 else ""
        return quoted_speaker(masked, lo, hi, rest) if rest and en_actor(rest) else None
    if inside_a_longer_name(masked, lo, at):
        return None
    s0 = max(lo, masked.rfind("\n", lo, at) + 1, masked.rfind(". ", lo, at) + 2)
    if _EN_ORIGIN_BEFORE.search(masked, s0, at):
        return None  # 'the campaign of the former senator from Pennsylvania saying': a place, no speaker
    if EN_JOURNALIST_BEFORE.search(masked, s0, at):
        return None  # 'wrote Post White House bureau chief Juliet Eilperin': a reporter reports
    if EN_OUTLET_NOUN.search(masked[s0:at].rstrip()):
        return None  # 'the Israeli newspaper Haaretz noted that "…"': an outlet's report
    if re.match(r"\.?,", masked[at + len(name) :]) and (
        _EN_FRONTED_PREP.fullmatch(masked[s0:at]) or _EN_PLACE_BEFORE.search(masked[s0:at])
    ):
        return None  # 'On CNN Tuesday, his wife said', 'a voter from Raleigh, N.C., said': a place, no speaker
    if not modifies_a_name(masked, at, hi, name):
        return name
    title = _EN_TITLE_THEN_NAME.match(masked, at + len(name))
    run = re.match(r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4}", masked[title.end() - 1 : hi]) if title else None
    person = cues_en.split_title(run.group(0).rstrip("."))[0] if run else ""
    return person if person and en_actor(person) else None


# A place a person is from ('the former senator from Pennsylvania', 'a Democrat from Ohio'): a person's
# title or role noun and 'from' right before the name ('a letter from Blackwell' is Blackwell's).
_EN_ORIGIN_BEFORE = re.compile(
    r"\b(?:senator|congressman|congresswoman|representative|governor|lawmaker|legislator|delegate|"
    r"Democrat|Republican|resident|voter|native|man|woman|mayor)\s+from\s+(?:the\s+)?$",
    re.IGNORECASE,
)

# Words before a name that tell a person's sex ('Cruz spokeswoman Catherine Frazier', 'Mr. Lee').
_EN_SHE = r"(?:Mrs|Ms|Miss|Madam|spokeswoman|chairwoman|congresswoman|businesswoman|councilwoman|wife|mother|daughter|sister|widow|actress|First Lady)"
_EN_HE = r"(?:Mr|spokesman|chairman|congressman|businessman|councilman|husband|father|son|brother|widower|actor)"


@lru_cache(maxsize=1024)
def sex_of(masked: str, name: str) -> str:
    """'she' or 'he' when a word right before the person's full name tells it, else ''.

    Cached: asked once per pronoun for every person before it, and each asking compiles two
    patterns for the name and scans the whole article (PolNeAR dev's rules run took 2.8x as long)."""
    n = re.escape(name)
    she = re.search(rf"\b{_EN_SHE}\.?\s+(?:[A-Z][\w.'’-]*\s+){{0,2}}?{n}\b", masked, re.IGNORECASE)
    he = re.search(rf"\b{_EN_HE}\.?\s+(?:[A-Z][\w.'’-]*\s+){{0,2}}?{n}\b", masked, re.IGNORECASE)
    return "she" if she and not he else "he" if he and not she else ""


def name_at(masked: str, m: Mention) -> int:
    """Where the mention's name stands (its position, or the first place the article writes it)."""
    at = masked.rfind(m.name, 0, m.pos + len(m.name))  # a speech verb's subject stands before the verb
    return at if at != -1 else m.pos


# A journalist's title right before the name ('Post White House bureau chief Juliet Eilperin', 'Times
# columnist Ross Douthat', 'CNN correspondent …'): a reporter reports what others said.
EN_JOURNALIST_BEFORE = re.compile(
    r"\b(?:reporters?|correspondents?|columnists?|bureau\s+chief|(?<!\bcommentary\s)writers?|anchors?|"
    r"journalists?)\s+$"
    # An outlet's own ('The Post’s Robert Costa', 'NBC’s Ali Vitali', 'the paper's …'): its reporter or columnist.
    r"|\b(?-i:News|Post|Times|Journal|Press|Herald|Tribune|Gazette|Magazine|Reuters|CNN|MSNBC|NBC|ABC|CBS|BBC|"
    r"POLITICO|Politico|HuffPo|Fox|paper|newspaper|network|magazine|station)[’']s?\s+$",
    re.IGNORECASE,
)


def named_in_full(masked: str, mentions: list[Mention]) -> list[Mention]:
    """Who a he/she may stand for: a person, so not a one-word subject the article never names in
    full ('featuring Hispanics telling …' is a group; 'Trump' after 'Donald Trump', 'Ban' after
    'Ban Ki-moon' are people)."""
    def full(name: str) -> bool:
        n = re.escape(name.strip())
        return " " in name.strip() or re.search(rf"\b[A-Z][\w.'’-]+\s+{n}\b|\b{n}\s+[A-Z]", masked) is not None

    return [m for m in mentions if full(m.name)]


def people_named(article: Article, masked: str, mentions: list[Mention] | None = None) -> list[Mention]:
    """Who a description ('the justice') may stand for: speech verbs' subjects and the people sentences open with."""
    if mentions is None:
        mentions = cues_en.named_subjects(masked)
    spans = [(s.start, s.end) for s in article.sentences]
    return sorted([*mentions, *cues_en.sentence_subjects(masked, spans)], key=lambda m: m.pos)


def described(masked: str, description: str, pos: int, mentions: list[Mention]) -> str:
    """The person a definite description before ``pos`` stands for, or the description itself.

    The name the article gives with the description's head noun, else the last person named
    as a subject shortly before it (``cues_en.name_for_description``, as the conditionals'
    speakers). ``mentions`` are subjects of speech verbs and the people sentences open with.
    """
    if not cues_en.is_description(description):
        return description
    at = masked.rfind(description, 0, pos)  # read before the description, not in it ('In December, the prince')
    at = pos if at == -1 else at
    near = [m for m in mentions if at - DESCRIPTION_REACH <= m.pos]
    return cues_en.name_for_description(masked, description, at, last_person(near, at))


# What stands before a noun phrase that is not the verb's subject: a preposition, when the
# name then closes an appositive ('a driver from Ava, Mo., who …, said'; 'At a rally in
# Modesto, Sanders promised' is a subject after an adverbial), 'of' only after a name ('Sen.
# Ray Bell of Ohio, who …, said'; 'The government of Costa Rica' is a subject), an indefinite
# article ('an activist who pledged'), an infinitive ('to build Democratic support'), or
# another speaker's verb ('Cardin said Wednesday that Republicans rejected …' is Cardin's).
_EN_PREP_BEFORE = re.compile(
    r"(?:[A-Z][\w.'’-]*\s+of|\b(?:from|in|at|to|for|near|with|by|on|about|into|against|between|among|"
    r"across|through|under|over))\s+(?:(?:the|a|an)\s+)?(?:[A-Z][\w.'’-]*,?\s+)*$"
)

# A town before a state ('of Raleigh, N.C.,', 'from Aurora, Colorado,'): the state is part of a place.
_EN_PLACE_BEFORE = re.compile(r"\b(?:of|from|in)\s+(?:[A-Z][\w.'’-]*\s+){0,2}[A-Z][\w.'’-]*,\s+$")
_EN_NOUN_PREP_BEFORE = re.compile(r"\b(?i:an?|the|one|two|three|some|several|many)\s+[a-z][\w-]*\s+(?:in|from|at|near|for)\s+(?:the\s+)?$")
_EN_FRONTED_PREP = re.compile(r"\s*(?:On|In|At|From|During|After|Before|Since|With|For|Over|Across)\s+(?:the\s+)?")
_EN_NOT_SUBJECT = re.compile(
    r"(?:(?:^|\s)(?:a|an)\s+|\bto\s+[a-z]+\s+"
    rf"|\b(?:say|told\s+\w+|noted|believes|believed|thinks|thought|{cues_en.REPORTING})"
    r"(?:\s+(?:on\s+)?[A-Z]?[a-z]+day)?,?\s+(?:that\s+)?)$"
)


def not_a_subject(text: str, lo: int, at: int, name: str) -> bool:
    """The name at ``at`` (sentence from ``lo``) is an object, an indefinite or inside another's report.

    A single capitalised word opening the sentence is a name only if the
    article never writes it in lower case ('What really …', 'Just before …'),
    unless it is an actor noun ('Analysts say …').
    """
    before = text[lo:at]
    if EN_SHARE_OF.search(before):
        return True  # '63 percent of Americans want …': poll respondents
    if " " not in name and name.lower() not in EN_ACTORS and not before.strip(" \"“‘'") and re.search(rf"\b{re.escape(name.lower())}\b", text):
        return True
    if _EN_NOT_SUBJECT.search(before) or inside_a_longer_name(text, lo, at):
        return True
    if not text.startswith(",", at + len(name)):
        # 'A lawmaker in the Philippines is calling for …': a phrase after a common noun, the noun its subject.
        return _EN_NOUN_PREP_BEFORE.search(before) is not None
    # 'On CNN Tuesday, his wife, Jane, called for …': the object of a fronted phrase, not its subject.
    return _EN_PREP_BEFORE.search(before) is not None or _EN_FRONTED_PREP.fullmatch(before) is not None


# A capitalised name after 'for' in a capitalised name ('the James Martin Center for
# Nonproliferation Studies', 'the Organization for Economic Cooperation and Development') is the
# end of that longer name, not a subject of its own.
_EN_NAME_FOR = re.compile(r"\b[A-Z][\w.'’&-]*\s+(?:for|on)\s+(?:[A-Z][\w.'’&-]*\s+(?:and\s+)?)*$")


def inside_a_longer_name(text: str, lo: int, at: int) -> bool:
    """The name at ``at`` (sentence from ``lo``) ends a longer name: 'Center for Nonproliferation Studies'.

    Not after a title ('Centers for Disease Control Director Tom Frieden' is the director).
    """
    words = text[lo:at].split()
    if words and words[-1].lower().rstrip(".") in cues_en.TITLES | cues_en.HONORIFICS:
        return False
    return _EN_NAME_FOR.search(text, lo, at) is not None


# A title between a noun phrase and a person's name makes the phrase a modifier: 'UK Independence
# Party leader Nigel Farage', 'Republican presidential hopeful Sen. Ted Cruz'. The person is the holder.
_EN_TITLE_THEN_NAME = re.compile(
    r"\s+(?:leader|hopeful|chairman|chairwoman|chair|spokesman|spokeswoman|spokesperson|secretary|"
    r"candidate|president|senator|minister|chief|director|head|nominee|adviser|advisor|official|"
    r"founder|member|executive|governor|ambassador)s?\s+[A-Z]"
)

# What an outlet is called in the role before its name ('the Israeli newspaper Haaretz').
EN_OUTLET_NOUN = re.compile(r"\b(?:newspaper|magazine|tabloid|broadcaster|network|website|news (?:agency|site|outlet)|outlet)$", re.IGNORECASE)


def modifies_a_name(masked: str, lo: int, hi: int, name: str) -> bool:
    """Every mention of ``name`` before the verb (from ``lo`` to ``hi``) is followed by a title and a name."""
    hits = [m.end() for m in re.finditer(re.escape(name), masked[lo:hi])]
    return bool(hits) and all(_EN_TITLE_THEN_NAME.match(masked, lo + e) for e in hits)


def named_before(masked: str, lo: int, at: int, mentions: list[Mention]) -> str | None:
    """The person a 'he'/'she' inside a sentence refers to: one named earlier in that sentence.

    'Trump has made several statements — including a wall, which he said Mexico should pay
    for': a pronoun is bound by a person its own sentence names before it (the first one,
    usually the subject), not by the last speaker of the sentences before. Only people the
    article names as speakers count.
    """
    best: tuple[int, str] | None = None
    # Longest first, then alphabetical: 'Michael Tanner' and 'Tanner' hit at one place, and the
    # full name must win on every run (a set's order changes with the hash seed).
    for name in sorted({m.name for m in mentions if m.person}, key=lambda n: (-len(n), n)):
        key = name.split()[-1]
        hit = re.search(rf"\b{re.escape(key)}\b", masked[lo:at])
        if hit and (best is None or hit.start() < best[0]):
            best = (hit.start(), name)
    return best[1] if best else None
