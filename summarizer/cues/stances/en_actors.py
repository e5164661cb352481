"""Whether an English phrase names an actor: a person, a body or a state, not an outlet, a document,
an indefinite or a common word; and the subject a reporting clause's head names (``en_subject``).
"""

from __future__ import annotations

import re

from ...article import EN_NAME_ABBREVIATIONS, EN_NOT_AFTER_ABBREVIATION, EN_TITLE_ABBREVIATIONS
from .. import en as cues_en
from ..types import Attribution

# A time after the subject ('Trump on Monday', 'officials this week'): no part of its name.
_DAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year|morning|afternoon|evening|night)"
_EN_TIME_TAIL = re.compile(rf"\s+(?:(?:on|last|this|early|late|earlier|later)\s+)?{_DAY}(?:\s+{_DAY})?\s*$")

# A dateline or a sentence adverb before the subject: 'WASHINGTON ― ', 'Likewise, '.
EN_LEAD = re.compile(r"^\s*(?:[A-Z][A-Z .]+\s*[―—–-]+\s*|[A-Z][a-z]+(?:ly|wise),\s*)")
_EN_CONNECTORS = {"but", "and", "so", "yet", "still", "however", "meanwhile", "now", "also", "even"}

# Lower-case heads of PolNeAR train attribution sources that name actors (campaign 178,
# voters 82, officials 70, candidates 50, supporters 49, leaders 38, allies 30, …).
# 'experts' and 'analysts' are left out: an analyst's view is an expert assessment, not an
# actor's stance (the Chinese readers leave out 专家 and 学者 alike).
EN_ACTORS = {
    "campaign", "campaigns", "voters", "officials", "official", "candidates", "candidate",
    "supporters", "supporter", "leaders", "leader", "allies", "group", "groups",
    "aides", "team", "administration", "party", "senators", "lawmakers", "advisers", "members",
    "government", "company", "agency", "board", "advocates", "critics", "committee",
    "organization", "organizations", "conservatives", "activists", "delegates", "prosecutors",
    "rivals", "opponents", "lawyers", "unions", "union", "protesters",
    "authorities", "progressives", "executives", "politicians", "democrats", "republicans",
}  # fmt: skip


def en_subject(head: str) -> Attribution | None:
    """The subject at the end of ``head``, past an inserted clause or a time adverbial.

    'Republican lawmakers, who are close to …, have vowed', 'Sen. Bernie Sanders on
    Wednesday morning also called upon', 'But opponents say'.
    """
    head = EN_LEAD.sub("", head)
    for _ in range(3):
        who = cues_en.subject_before(head)
        if who is not None:
            return who
        shorter = _EN_TIME_TAIL.sub("", head)
        if shorter == head:
            shorter = re.sub(r",[^,]*,\s*$|\s(?:--|—|―)\s[^—―]*?(?:--|—|―)\s*$", "", head)
        if shorter == head:
            break
        head = shorter
    clause = re.split(r"[,;:]", head)[-1].split()
    while clause and clause[0].lower() in _EN_CONNECTORS:
        clause.pop(0)
    if 1 <= len(clause) <= 4 and clause[-1].lower() in EN_ACTORS:
        return Attribution(" ".join(clause))
    of = _EN_ACTOR_OF.fullmatch(" ".join(clause))
    if of and of.group(1).lower() in EN_ACTORS and not cues_en.is_description(of.group(0)):
        return Attribution(of.group(0))  # 'Supporters of abortion rights argued': the group (not 'the leader of …', a person)
    return None


# A group noun and its of-phrase ('Supporters of abortion rights', 'leaders of both parties', 'members
# of Congress'): up to two words before the noun, up to five plain words after 'of', none a verb form.
_EN_ACTOR_OF = re.compile(r"(?:[\w-]+\s+){0,2}?([a-z]+|[A-Z][a-z]+)\s+of\s+(?:(?!(?:who|which|that)\b)[\w’'-]+\s+){0,4}[\w’'-]+")


def en_actor(name: str) -> bool:
    """A named actor ('Corker', 'the White House') or a collective one ('Senate Republicans', 'critics')."""
    toks = name.split()
    if not toks or re.search(r"[’']s?$", name) or toks[0].lower() in _EN_NOT_A_HEAD_START:
        return False  # "Pyongyang's": a possessive is not a subject; "which officials": a relative
    if len(toks) == 1 and toks[0].lower() in _EN_INDEFINITE | _EN_WORDS:
        return False  # 'Some accused Trump …', 'Everyone wants …': nobody in particular
    if len(toks) >= 3 and all(not re.search(r"[a-z]", t) for t in toks):
        return False  # 'HOW CHINA’S DECLINE AFFECTS THE REST OF': a headline in capitals, not a name
    if _EN_SHARE.search(name):
        return False  # 'Some 56 percent of Cuban-Americans polled': poll respondents, a measurement
    if _EN_NOT_ACTOR.search(name) or _EN_OUTLETS_OWN.match(name) or _EN_UNNAMED.match(name):
        return False
    if re.match(r"(?i)(?:co-)?(?:reporter|correspondent|columnist|anchor|journalist)s?\b", name):
        return False  # 'Reporter Jomana Karadsheh', 'Anchor DeMarco Morgan': a journalist reports
    if _document(name):
        return False  # 'A new poll of likely voters', 'the statement': a document states, it takes no stance
    if cues_en.PARTY_STATE.fullmatch(name.strip(" ,")):
        return False  # 'Sen. Ted Cruz, R-Texas,': a party-state tag names no one
    if name.strip(" ,.") in _EN_US_STATES:
        return False  # 'California offered a unique opportunity', 'Butterfield of North Carolina': a place, no actor
    if name.strip(" ,") in _EN_LONE_ADJECTIVE:
        return False  # 'The Republican candidate said': the adjective of a description names no one
    # The head (last word) is a name ('the White House') or an actor noun ('Senate Republicans'),
    # or an actor noun before its of-phrase ('supporters of abortion rights').
    of = _EN_ACTOR_OF.fullmatch(name.strip())
    return toks[-1][0].isupper() or toks[-1].lower() in EN_ACTORS or (of is not None and of.group(1).lower() in EN_ACTORS)


def a_common_word(holder: str, text: str) -> bool:
    """A one-word holder the article also writes in lower case, and never after another capitalised word
    of a name ('Or, maybe, his act …', 'wrote Time magazine', 'Respondents are obliged to …'): a word that
    opens a sentence or a title, not a name ('Small' after 'Marty Small', 'Department' after 'State' are
    names). Collective actor nouns ('Aides say', 'Voters are rejecting him') are holders as they are."""
    word = holder.strip()
    if " " in word or not word[:1].isupper() or word.lower() in EN_ACTORS:
        return False
    if word.endswith("-"):
        return True  # 'the GOP-backed bill', 'Koch-backed': the first half of a compound
    w = re.escape(word)
    if re.search(rf"\b{re.escape(word.lower())}\b", text) is not None and re.search(rf"(?:\b(?:{_ABBREVIATION})\.|\b[A-Z][\w'’&-]*)[ \t]+{w}\b", text) is None:
        return True
    # A participle or an adverb written only where a sentence, a line or a quote opens ('Leaning into her
    # message, she added …', 'Hastily politicizing …'): an opening word; a name ('Kelly', 'Ebeling') stands
    # after a word or a title too.
    return re.search(r"[a-z](?:ing|ly)$", word) is not None and all(
        _EN_OPENS.search(text, 0, m.start()) for m in re.finditer(rf"(?<![\w@#.-]){w}(?![\w-])", text)
    )


# Where a sentence, a line or a quote opens: the text's start, a line break, a sentence's stop (not a
# title's: 'Gov. Kasich'), an opening quote mark.
_ABBREVIATION = "|".join(EN_NAME_ABBREVIATIONS)
_EN_OPENS = re.compile(
    r"(?:^|\n|" + EN_NOT_AFTER_ABBREVIATION + r"[.!?][\"”’']?|[“‘]|^\s*[\"'])\s*$"
)

# A relative or a subordinator opens a clause, not a noun phrase ('which officials', 'when black voters').
_EN_NOT_A_HEAD_START = {
    "which", "that", "who", "whom", "whose", "when", "while", "if", "because", "since", "although", "though",
    "whether", "until",
    # A preposition opens a phrase, not a name ('Alongside BLM calls for action, …', 'Amid Republican attacks').
    "alongside", "amid", "amidst", "despite", "among", "unlike", "beyond", "throughout", "during", "following",
    "against", "without",
    # A time clause or phrase ('After the candidates unanimously opposed …', 'as lawmakers accused …', 'From …'),
    # a conjunctive adverb, a determiner with no noun ('However, …', 'Another tweeted, …').
    "after", "before", "as", "once", "from", "within", "upon", "along", "however", "another",
    # A phrase after a preposition of place or direction ('To Florida', 'to the drafting committee').
    "to", "into", "onto", "at", "in", "on", "by", "of", "for", "with",
}  # fmt: skip

# A U.S. state named alone is where things happen or a modifier cut from its noun ('The Florida senator',
# 'Butterfield of North Carolina', 'voters in Alabama, Georgia and Virginia said'): PolNeAR train outside
# the labelled sets: 12 such holders, none an actor's stance; no silver set has one as a holder. Not
# 'Washington', which also names the federal government ('Washington has accused China of hacking …').
_EN_US_STATES = {
    "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida",
    "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine",
    "Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska",
    "Nevada", "New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio",
    "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas",
    "Utah", "Vermont", "Virginia", "West Virginia", "Wisconsin", "Wyoming",
}  # fmt: skip

# Indefinite pronouns and quantifiers standing alone name no actor (the silver sets' guide: 'an
# indefinite "some"/"many" with no group noun' holds no position).
_EN_INDEFINITE = {
    "some", "many", "most", "others", "everyone", "everybody", "someone", "somebody", "anyone", "anybody",
    "nobody", "few", "several", "all", "both", "each", "none",
    # A fraction standing alone ('Two-thirds support reducing …'): a poll's share of its respondents.
    "half", "two-thirds", "one-third", "three-quarters", "one-quarter", "one-fifth",
}  # fmt: skip

# Words that are no one's name when capitalised alone: an answer word or an abbreviation's first
# part ('the No. 2 in the GOP leadership, put it'), a form's label ('Name: …', 'Age: …').
_EN_WORDS = {"no", "yes", "not", "name", "age", "title", "here", "there", "what", "why", "how", "where"}

# A share of a group ('56 percent of voters', '12% of Democrats say'): poll respondents, whose answers
# are survey findings, not stances an actor takes (PolNeAR train: 20 such subjects of say/want/support …).
_EN_SHARE = re.compile(
    r"\d\s*(?:%|percent\b|per cent\b)|\bpercent\b|^(?i:the\s+)?(?i:proportion|share|percentage|majority|plurality|number)\s+of\b"
)  # 'The proportion of GOP primary voters saying they want …': a poll's count
# A poll's count of a group ('a 69% majority of Republicans support …', 'majorities of Americans believe …',
# 'the share of Republicans saying …'; PolNeAR train outside the labelled sets: 3 such holders, every one a
# poll's finding) is the same measurement.
EN_SHARE_OF = re.compile(
    r"(?:(?:\d\s*%|\d\s+(?:percent|per cent))|\b(?i:majority|majorities|plurality|pluralities|share|proportion|percentage))"
    r"\s+of\s+(?:the\s+|all\s+)?(?:[\w-]+\s+){0,2}$"
)

# A party or faith adjective alone, the modifier of the noun that names the actor ('the Republican
# candidate', 'Democratic front-runner Hillary Clinton', 'the GOP nominee', 'Muslim leaders'). PolNeAR
# train without en-dev: the rules engine read these lone words as holders 20 times, none the actor
# (Republican 13, Democratic 3, GOP 2, Muslim 2); 'Democrat', a noun ('one senior Democrat'), is not one.
_EN_LONE_ADJECTIVE = {"Republican", "Democratic", "GOP", "Muslim"}

# Not an actor: a news outlet (outlets report stances, they do not take them; the Chinese
# readers have the same rule), an adjective ('Los Angeles-based'), a dateline in capitals
# ('TALLAHASSEE'; acronyms such as NATO are shorter), unnamed analysts (see EN_ACTORS).
_EN_NOT_ACTOR = re.compile(
    r"\b(?:News|Post|Times|Journal|Press|Herald|Tribune|Gazette|Magazine|Reuters|CNN|MSNBC|"
    r"NBC|ABC|CBS|BBC|POLITICO|Politico|HuffPo)$|-based$|^[A-Z]{7,}$|\b(?:[Aa]nalysts?|[Ee]xperts?)$"
    # A day ends a date or a time phrase, never an actor's name ('said Wednesday', 'fact-check Wednesday').
    r"|\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$"
    # A title cut from its name ('Pennsylvania Gov' of 'Pennsylvania Gov. Tom Wolf'): the name is the holder, not the title.
    rf"|\b(?:{'|'.join(EN_TITLE_ABBREVIATIONS)})\.?$"
)

# An outlet's own reporter or columnist ('The Post’s Chris Cillizza', 'NBC’s Ali Vitali') reports
# or assesses for the outlet: an outlet's name in the possessive before the holder.
_EN_OUTLETS_OWN = re.compile(
    r"^(?:The\s+)?(?:[A-Z][\w.&-]*\s+){0,3}?(?:News|Post|Times|Journal|Press|Herald|Tribune|Gazette|Magazine|"
    r"Reuters|CNN|MSNBC|NBC|ABC|CBS|BBC|POLITICO|Politico|HuffPo|Fox)[’']s?\s+[A-Z]"
)

# What a document or a count is called (PolNeAR train gold speakers with these heads: statement 14,
# report 14, email 9, poll 8, ad 8, lawsuit 6, letter 5, book 5, message 4, release 3, …).
_EN_DOCUMENT = re.compile(
    r"(?:statement|report|e-?mail|poll|ad|advertisement|lawsuit|letter|book|message|release|complaint|"
    r"document|survey|tweet|memo|video|analysis|research|study|paper|projection|estimate|forecast|"
    r"filing|ruling|audit|data|figures|findings)s?"
)

# The head of a noun phrase before its complement ('a poll [of voters]', 'a projection [by the firm …]').
_EN_COMPLEMENT = re.compile(r"\s+(?:of|by|from|for|in|on|among|with)\s+")


def _document(phrase: str) -> bool:
    """The noun phrase's head (the last word before its complement) is a document's, in lower case."""
    words = _EN_COMPLEMENT.split(phrase.strip(), maxsplit=1)[0].split()
    return bool(words) and _EN_DOCUMENT.fullmatch(words[-1]) is not None


def inside_a_document(masked: str, lo: int, at: int, name: str) -> bool:
    """The name at ``at`` completes a document's noun phrase ('A new poll by Gallup', 'a report from the agency')."""
    if at < lo:
        return False
    phrase = re.split(r"[,;:—]", masked[lo:at])[-1] + name
    return _EN_COMPLEMENT.search(phrase) is not None and _document(EN_LEAD.sub("", phrase))


# One unnamed member of a group ('One official', 'another aide', 'a source'): nobody the reader can name.
# 'One Democratic official', 'One of Grayson's former supporters', 'Another GOP aide' too: one of a group,
# whatever words follow; and a number word alone ('Eight years ago, he …', 'Thirteen years earlier').
_EN_UNNAMED = re.compile(
    r"^(?:(?:[Oo]ne|[Aa]nother)\s+\S.*|[Aa]n?\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*|(?:[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|"
    r"[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Ee]leven|[Tt]welve|[Tt]hirteen|[Ff]ourteen|[Ff]ifteen|[Ss]ixteen|[Ss]eventeen|[Ee]ighteen|"
    r"[Nn]ineteen|[Tt]wenty|[Tt]hirty|[Ff]orty|[Ff]ifty|[Ss]ixty|[Ss]eventy|[Ee]ighty|[Nn]inety|[Hh]undreds|[Tt]housands|[Dd]ozens|[Mm]illions))$",
    re.DOTALL,
)
