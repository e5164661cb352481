"""English experts: ``X, a professor at Y``, ``X of <research institution>``, ``Y fellow X``,
``economist X`` (the forms and the rule on offices are in ``experts``)."""

from __future__ import annotations

import re

from ...article import EN_NAME_ABBREVIATIONS, EN_NOT_AFTER_ABBREVIATION
from .. import en as cues_en
from ..scan import finditer_at, first_chars
from ..types import ExpertCue
from .base import first_mentions

# Titles that name expertise themselves, and titles of an office (expert only at a research body).
_EN_ANALYST = (
    r"(?:professor|analyst|fellow|researcher|scholar|expert|economist|scientist|historian|"
    r"strategist|lecturer|specialist|pollster|demographer|sociologist|criminologist|consultant)"
)
# Before a name 'fellow' is usually 'fellow Republican X', not a research post.
_EN_PREFIXED = _EN_ANALYST.replace("fellow|", "")
_EN_OFFICE = r"(?:(?:co-|vice\s+)?(?:director|dean|editor|chair|adviser|advisor|head|president|coordinator|counsel|manager))"
_EN_TITLE = rf"(?:{_EN_ANALYST}|{_EN_OFFICE})"
_RESEARCH = (
    r"\b(?:Institute|Institution|University|College|School|Center|Centre|Foundation|Endowment|"
    r"Laboratory|Lab|Forecast|Analytics|Economics|Research|Studies|Project|Initiative|Corporation|"
    r"Council on|Academy|Observatory|Think)\b"
)
_CAP = r"[A-Z][\w.&'’-]*"
# A full stop inside a name ends an initial or a short title (J., U.S., Sen.); after another word it ends the
# sentence, and the name opens after it ('… the Second Amendment. Mark Penn, the Democratic pollster').
_ABBR = EN_NAME_ABBREVIATIONS  # article's one list of short titles and name parts
_AFTER_ABBR = "|".join(rf"(?<=\b{a}\.)" for a in _ABBR)
_WORD = r"[A-Z][\w&'’-]*(?![\w&'’-])"
_CAP_INNER = rf"{_WORD}(?:\.{_WORD})*(?:\.(?:(?<=[A-Z]\.)|{_AFTER_ABBR}))?"
_NAME = rf"{_CAP_INNER}(?:[ \u00a0]+{_CAP_INNER}){{0,3}}[ \u00a0]+{_CAP}"
_AFF = rf"{_CAP}(?:[ \u00a0]+(?:of|for|and|on|the|at|in|&|{_CAP}))*"
# A premodifier between the article and the institution's name: 'the government-funded Rand'.
_PRE = r"(?:the\s+)?(?:[a-z][\w-]*\s+)?"
EN_APPOSITIVE = re.compile(
    rf"(?P<name>{_NAME}),\s+(?:an?\s+|the\s+)?"
    rf"(?P<title>(?:[\w-]+\s+){{0,3}}?{_EN_TITLE}(?:\s+(?:of|in|on|for)\s+(?:[a-z][a-z ,-]*?|the\s+[A-Z][\w ,-]*?(?=\s+at\s)))?)"
    # 'director of the Critical Threats Project at the Y': a named programme inside the institution.
    rf"\s+(?P<via>at|of|with|for|from|in)\s+{_PRE}(?P<aff>{_AFF})"
)
# 'X, an economist' / 'X, a political scientist who …': an analyst title, no institution.
# The title's premodifiers: up to three words ('political', 'D.C.-based', 'veteran'), after an institution's
# name if one stands first ('a University of South Carolina political science professor').
_EN_PREMOD = rf"(?:{_CAP}(?:\s+(?:of|at|for|{_CAP}))*\s+)?(?:[\w.-]+\s+){{0,3}}?"
EN_APPOSITIVE_BARE = re.compile(
    rf"(?P<name>{_NAME}),\s+(?:an?\s+|another\s+|the\s+(?=(?:[\w.'’-]+\s+){{0,3}}?{_EN_ANALYST}\b)"
    # no article: lowercase words and the title, then a stop or a coordination ('X, urban policy professor and director …')
    rf"|(?=(?:[a-z][\w'’-]*\s+){{0,3}}?{_EN_ANALYST}(?:[,.;]|\s+(?:and|who)\b)))(?P<title>{_EN_PREMOD}{_EN_ANALYST}"
    # '… a historian and professor of communications at Y': a second title in coordination, and its institution.
    rf"(?:\s+and\s+(?:an?\s+)?(?:[\w-]+\s+){{0,2}}?{_EN_TITLE}(?:\s+(?:of|in|on|for)\s+[a-z][a-z -]*?)?(?=\s+(?:at|with)\s))?)"
    rf"(?=[\s,.;])(?:\s+(?:at|with)\s+{_PRE}(?P<aff2>{_AFF}))?"
    # '… an economist who is the director of the X Forecast': the institution in the relative clause.
    rf"(?:\s+who\s+is\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){{0,3}}?(?:at|of|with)\s+{_PRE}(?P<aff>{_AFF}))?"
)
# 'X, director of Y and an independent political analyst': an office, then an analyst title in coordination.
EN_APPOSITIVE_AND = re.compile(
    rf"(?P<name>{_NAME}),\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){{0,3}}?{_EN_OFFICE}\s+(?:of|at|with)\s+{_PRE}(?P<aff>{_AFF})"
    rf"\s+and\s+(?:an?\s+)?(?P<title>(?:[\w-]+\s+){{0,3}}?{_EN_ANALYST})(?=[\s,.;])"
)
EN_PREFIX = re.compile(
    rf"(?P<aff>{_CAP}(?:[ \u00a0]+(?:of|for|and|{_CAP}))*)[ \u00a0]+"
    rf"(?P<title>(?:senior\s+|associate\s+|assistant\s+|political\s+|research\s+)?(?:{_EN_TITLE}|columnist))"
    rf"\s+(?P<name>{_NAME})"
)
# 'X, a Clinton campaign aide in 2008 and now director of the Y Institute', 'X, a former agency lawyer now at the
# Y Institution': what a person did before, then the research post held now.
EN_NOW_AT = re.compile(
    rf"(?P<name>{_NAME}),\s+an?\s+(?P<title>[^,.;\"“”]{{0,80}}?\s+(?:and\s+)?now\s+(?:(?:the\s+|an?\s+)?(?:[\w-]+\s+){{0,3}}?"
    rf"{_EN_TITLE}\s+(?:of|at|with)|at|with))\s+{_PRE}(?P<aff>{_AFF})"
)
# 'X, a veteran newspaper editor who teaches journalism at the University of Y': one who teaches at a research body
# is its scholar, whatever else the appositive calls them.
EN_TEACHES = re.compile(
    rf"(?P<name>{_NAME}),\s+(?:an?\s+|the\s+)?(?:(?P<title>[^,.;\"“”]{{1,60}}?)\s+)?who\s+(?P<teach>(?:teaches|lectures)(?:\s+[a-z][\w-]*){{0,4}}?)"
    rf"\s+at\s+{_PRE}(?P<aff>{_AFF})"
)
# 'X, who chairs the political science department at the University of Y', 'X, a chairman of the history department
# at Y': one who heads a department of a research body is its scholar (a chairman of the body itself holds its office).
EN_DEPARTMENT = re.compile(
    rf"(?P<name>{_NAME}),\s+(?:an?\s+|the\s+)?(?:[^,.;\"“”]{{1,60}}?\s+)??"
    rf"(?P<title>(?:who\s+(?:chairs|heads|directs)|(?:chair(?:man|woman)?|head|director)\s+of)\s+(?:the\s+|a\s+)?"
    rf"(?:[a-z][\w-]*\s+){{0,4}}?department)\s+at\s+{_PRE}(?P<aff>{_AFF})"
)
# 'Iowa State University's X agreed', 'the Brookings Institution's X said': a research body's own analyst.
EN_POSSESSIVE = re.compile(rf"(?P<aff>{_CAP}(?:[ \u00a0]+(?:of|for|and|on|{_CAP}))*)['’]s[ \u00a0]+(?P<name>{_NAME})")
# The campaign's own analyst speaks for it unless the post is past ('the former campaign pollster', 'the 2012 campaign's adviser').
_EN_CAMPAIGN_STAFF = re.compile(r"^(?!.*\b(?:former|then|onetime|ex|(?:19|20)\d\d)\b).*\bcampaign\b", re.IGNORECASE)
# Where a name followed by a comma opens (zero-width: every such position), as each appositive form does.
_EN_NAME_COMMA_AT = re.compile(rf"(?={_NAME},)")
# 'X of the Y Institute': a name, then a research body.
EN_OF = re.compile(rf"(?P<name>{_NAME})\s+(?:of|from)\s+{_PRE}(?P<aff>{_AFF})")
# 'economist X', 'nuclear experts X and Z of Y', 'Professor X'.
_EN_LOWER_REST = (
    rf"(?P<title>\b(?:{_EN_PREFIXED}s?|[Pp]rofessors?|Prof\.))\s+"
    rf"(?P<names>{_NAME}(?:,?\s+(?:and\s+)?{_NAME})*)"
    rf"(?:\s+(?:of|at|from)\s+{_PRE}(?P<aff>{_AFF}))?"
)
EN_LOWER = re.compile(r"(?P<pre>\b[a-z][\w-]*\s+)?" + _EN_LOWER_REST)
# Where EN_LOWER's title can stand (zero-width: every such position); a match opens there or at
# the word before it.
_EN_LOWER_AT = re.compile(f"(?={first_chars([*_EN_PREFIXED[3:-1].split('|'), 'Professor'])}{_EN_LOWER_REST})")
# Trainees are not yet the experts they train to be.
# A former office, then speech: 'said X, who was coordinator for counterterrorism at the State Department
# from 2009 to 2012', 'X, a veteran of Y who retired as acting director in 2013, said …'. Someone who held a
# post and now comments on it from outside is an analyst; one who still holds a post ('and is now …') is not.
_EN_PAST_POST = (
    r"(?:adviser|advisor|strategist|pollster|director|coordinator|secretary|ambassador|official|officer|counsel|"
    r"administrator|commissioner|chairman|chairwoman|deputy|envoy|negotiator|commander|analyst|economist)"
)
_EN_SPEECH = rf"(?:told|noted|called|questioned|{cues_en.REPORTING})"
EN_FORMER = re.compile(
    rf"(?P<name>{_NAME}),\s+(?:an?\s+[^,.;]{{0,60}}?\s+)?who\s+(?:was|served\s+as|retired\s+as|had\s+been)\s+"
    rf"(?P<title>(?:the\s+|an?\s+)?(?:[\w.'’-]+\s+){{0,5}}?{_EN_PAST_POST}(?:\s+(?:of|for|to|on|in)\s+[a-z][\w'’ -]*?(?=\s+at\s))?)"
    rf"(?:\s+(?:at|of|with)\s+{_PRE}(?P<aff>{_AFF}))?"
    r"(?P<rest>[^.;\"“”]{0,80}?)(?=[,.;])"
)
_EN_NOW = re.compile(r"\b(?:now|is|are|currently|still)\b")
# A former aide, adviser or speechwriter introduced by the post ('former Obama adviser X said', 'X, a former senior
# adviser to Romney, said') comments from outside, as one introduced by 'who was' does; a former office holder
# with a rank (former Gov., former CIA director) is an official, and one who holds a post now is not outside.
# No initial or short title ends before this stop ('George W. Bush', 'Sen. Tom Hale').
_NOT_AFTER_ABBR = r"(?<!\b[A-Z])" + EN_NOT_AFTER_ABBREVIATION
# Where an inverted appositive ends: its sentence's (or clause's) stop, or the text's end.
_EN_APPOSITIVE_END = re.compile(rf"{_NOT_AFTER_ABBR}[.;]|$")
_EN_FORMER_POST = r"(?:adviser|advisor|aide|speechwriter|strategist|pollster|prosecutor|press\s+secretary|chief\s+of\s+staff)"
EN_FORMER_PREFIX = re.compile(
    rf"\b(?P<title>[Ff]ormer\s+(?:{_CAP}\s+){{0,3}}?(?:[a-z][\w-]*\s+){{0,2}}?{_EN_FORMER_POST})\s+(?P<name>{_NAME})"
)
EN_FORMER_APPOSITIVE = re.compile(
    rf"(?P<name>{_NAME}),\s+(?:an?\s+)?(?P<title>former\s+(?:[\w.'’-]+\s+){{0,4}}?{_EN_FORMER_POST}"
    rf"(?:\s+(?:to|for|in|on|with)\s+(?:[\w.'’-]+\s+){{0,4}}?[\w.'’-]+)?)(?P<rest>[^.;\"“”]{{0,80}}?)"
    # then speech ('X, a former aide to Y, said'), or speech stood before the name ('said X, former press secretary to Y.')
    rf"(?=,\s+(?:also\s+)?{_EN_SPEECH}\b|(?<=(?P<inverted>[\w'’-])){_NOT_AFTER_ABBR}[,.])"
)
_EN_SAID_BEFORE = re.compile(rf"\b{_EN_SPEECH}\s+$")
_EN_HOLDS_NOW = re.compile(r"\b(?:now|currently|still|who\s+(?:is|leads|runs|heads|sits|serves|chairs|works))\b")
_EN_TRAINEE = re.compile(r"\b(?:student|postdoctoral|postdoc|graduate|intern|trainee|fellow\s+student)\b", re.IGNORECASE)
_EN_NOT_NAME = re.compile(r"^(?:But|And|Meanwhile|However|Still|Yet|So|Also|The|Then|Now|Instead|Even)\s+")
_EN_TRAIL = re.compile(r"\s+(?:and|of|the|at|in|on|for|&)$")
# A sentence ends inside a run of capitalised words: 'University of Virginia. He'.
_EN_SENTENCE_END = re.compile(r"(?<![A-Z])\.(?:\s.*)?$")
# Offices before a name make an official, and words of a body are not part of a person's name.
_EN_OFFICIAL = re.compile(r"^(?:Sen|Rep|Gov|Senator|Representative|Governor|President|Secretary|Mayor|Judge|Gen|Lt|Col)\b")
_EN_STAFF = re.compile(r"\b(?:chief|who|spokes\w*|press)\b", re.IGNORECASE)
# A title held for a named person or campaign is staff: 'a senior strategist for Sanders', 'consultant to Kasich'.
_EN_FOR_SOMEONE = re.compile(r"\s+(?:(?:for|to)\s+(?:the\s+)?[A-Z]|(?:in|on|with)\s+(?:[A-Z][\w.-]*\s+)*?[A-Z][\w.-]*['’]s\s+campaign)")
# An office whose field is research is an analyst's post: 'director of research', 'vice president for policy studies'.
# So is one the field names first: 'research director', 'research and policy director'.
_EN_RESEARCH_POST = re.compile(
    r"\b(?:of|for)\s+(?:[\w-]+\s+){0,5}?(?:research|studies|polling)\b|\b(?:research|polling)\s+(?:and\s+[\w-]+\s+)?director\b",
    re.IGNORECASE,
)
_EN_BODY_WORD = re.compile(
    rf"\b(?:{_RESEARCH}|Department|Society|Director|Committee|Party|Association|Agency|Office|Ministry|"
    r"Republicans?|Democrats?|National|Federal|State|Program|Programme)\b"
)


def _starts_with_word_before(anchor: re.Pattern[str], text: str) -> list[int]:
    """Where a match can open: at a place ``anchor`` finds, or in the word and spaces before it."""
    out: list[int] = []
    for m in anchor.finditer(text):
        q = i = m.start()
        while i > 0 and text[i - 1].isspace():  # what \s matches
            i -= 1
        while i < q and i > 0 and (text[i - 1].isalnum() or text[i - 1] in "_-"):  # \w and -
            i -= 1
        out.extend(range(i, q + 1))
    return sorted(set(out))


def find_experts_en(text: str) -> list[ExpertCue]:
    """'X, a professor at Y', 'X of the Y Institute', 'Y fellow X', 'economist X'; first mention wins."""
    found: list[ExpertCue] = []
    # The appositive forms open with 'Name,': try them only where one stands (one scan, not four).
    named = [m.start() for m in _EN_NAME_COMMA_AT.finditer(text)]
    for m in finditer_at(EN_APPOSITIVE, text, named):
        if m.group("via") in ("for", "in") and not re.search(_RESEARCH, m.group("aff")) and not _EN_RESEARCH_POST.search(m.group("title")):
            continue  # 'a senior strategist for Sanders', 'a top strategist in X's campaign': staff; 'in Washington': a place
        _add_en(found, m.group("name"), m.group("title"), m.group("aff"), m.start(), m.end())
    for m in finditer_at(EN_APPOSITIVE_BARE, text, named):
        if m.group("title").endswith("fellow") and re.match(r"\s+[A-Z]", text[m.end("title") :]):
            continue  # 'a fellow New Hampshire veteran': a companion, not a research post
        if "the" in text[m.end("name") : m.start("title")] and _EN_CAMPAIGN_STAFF.search(m.group("title")):
            continue  # 'the campaign pollster', 'the Trump campaign's strategist': its staff ('a campaign consultant' is a trade)
        if not _EN_FOR_SOMEONE.match(text, m.end()):
            _add_en(found, m.group("name"), m.group("title"), m.group("aff") or m.group("aff2"), m.start(), m.end())
    for m in finditer_at(EN_NOW_AT, text, named):
        if re.search(_RESEARCH, m.group("aff")):
            _add_en(found, m.group("name"), re.sub(r"\s+(?:of|at|with)$|\s+(?:and\s+)?now\s+(?:at|with)$", "", m.group("title")), m.group("aff"), m.start(), m.end())
    for m in finditer_at(EN_APPOSITIVE_AND, text, named):
        _add_en(found, m.group("name"), m.group("title"), m.group("aff"), m.start(), m.end())
    for m in EN_PREFIX.finditer(text):
        if _EN_TRAIL.search(m.group("aff")):
            continue  # 'consulted Attorney General X and scholar Y': no noun phrase ends in a conjunction or preposition
        _add_en(found, m.group("name"), m.group("title"), m.group("aff"), m.start(), m.end())
    for m in finditer_at(EN_TEACHES, text, named):
        if re.search(_RESEARCH, m.group("aff")):
            teach = m.group("teach") if " " in m.group("teach") else None  # "teaches journalism"; a bare "teaches" is no title
            _add_en(found, m.group("name"), m.group("title") or teach, m.group("aff"), m.start(), m.end())
    for m in finditer_at(EN_DEPARTMENT, text, named):
        if re.search(_RESEARCH, m.group("aff")):
            _add_en(found, m.group("name"), m.group("title").removeprefix("who "), m.group("aff"), m.start(), m.end())
    for m in EN_POSSESSIVE.finditer(text):
        if re.search(_RESEARCH, m.group("aff")) and not _EN_TRAIL.search(m.group("aff")):
            _add_en(found, m.group("name"), None, m.group("aff"), m.start(), m.end())
    for m in EN_OF.finditer(text):
        if re.search(_RESEARCH, m.group("aff")):
            _add_en(found, m.group("name"), None, m.group("aff"), m.start(), m.end())
    for m in finditer_at(EN_LOWER, text, _starts_with_word_before(_EN_LOWER_AT, text)):
        if m.group("pre") and _EN_STAFF.search(m.group("pre")):
            continue
        names = re.split(r",?\s+and\s+|,\s+", m.group("names"))
        for n in names:
            _add_en(found, n, m.group("title"), m.group("aff"), m.start(), m.end())
    for m in finditer_at(EN_FORMER, text, named):
        before = text[max(0, m.start() - 30) : m.start()]
        after = text[m.end() : m.end() + 30]
        spoken = re.search(rf"\b{_EN_SPEECH}\s+(?:[a-z]+\s+)?$", before) or re.match(rf",\s+(?:also\s+)?{_EN_SPEECH}\b", after)
        if spoken and not _EN_NOW.search(m.group("rest")):
            _add_former(found, m.group("name"), text[m.start("title") : m.end()], m.group("aff"), m.start(), m.end())
    for m in EN_FORMER_PREFIX.finditer(text):
        _add_former(found, m.group("name"), m.group("title"), None, m.start(), m.end())
    for m in finditer_at(EN_FORMER_APPOSITIVE, text, named):
        inverted = m.group("inverted") is not None and not re.match(rf",\s+(?:also\s+)?{_EN_SPEECH}\b", text[m.end() :])
        if inverted and not _EN_SAID_BEFORE.search(text, max(0, m.start() - 20), m.start()):
            continue
        # inverted, the appositive runs on to the sentence's end: a post held now may follow ('…, now at Y.')
        rest = text[m.start("rest") : _EN_APPOSITIVE_END.search(text, m.end()).start()] if inverted else m.group("rest")
        if not _EN_HOLDS_NOW.search(rest):
            title = text[m.start("title") : m.end()] if inverted else m.group("title")
            _add_former(found, m.group("name"), title, None, m.start(), m.end())
    return [e for e in first_mentions(found, lambda n: n.split()[-1]) if _assesses(e, text) and not _actor(e, text)]


# A title that names a side's role in the race ('a Clinton supporter and president of Y', 'a Trump delegate
# strategist') makes a holder, as a campaign's surrogates and delegates are.
_EN_PARTISAN = re.compile(
    r"\b(?:supporter|ally|backer|surrogate|donor|fundraiser|delegate|superdelegate|volunteer|loyalist|confidant)s?\b",
    re.IGNORECASE,
)
# A candidate is an actor in the race, not an analyst of it, whatever their trade: 'her primary challenger in
# Florida, law professor X', 'X, the law professor running for Congress', 'X, who is challenging Rep. Y'.
_EN_CANDIDACY = r"(?:candidate|challenger|nominee|contender|hopeful)s?"
_EN_RUNNING = r"(?:running|ran)\s+(?:for|against)\b"


def _actor(e: ExpertCue, text: str) -> bool:
    """A side's actor in the race: a candidate, or one whose title names a partisan role."""
    return _EN_PARTISAN.search(e.title or "") is not None or _candidate(e, text)


def _candidate(e: ExpertCue, text: str) -> bool:
    """Whether the article names the expert as running for office: a candidacy noun in apposition before or after
    the name, or 'running for' / 'challenging' said of them."""
    name, surname = re.escape(e.name), re.escape(e.name.split()[-1])
    forms = (
        rf"\b(?:{name}|{surname})(?:['’]s)?,?\s+(?:who\s+(?:is|was|has\s+been)\s+)?(?:now\s+|also\s+)?"
        rf"(?:{_EN_RUNNING}|challenging\b|seeking\s+(?:the|a)\s+(?:[\w-]+\s+){{0,4}}?(?:nomination|seat|office)\b)",
        rf"\b{name},\s+(?:an?|the|her|his|their)\s+[^,.;“”\"]{{0,60}}?(?:\b{_EN_CANDIDACY}\b|{_EN_RUNNING})",
        rf"\b{_EN_CANDIDACY}\b(?:\s+[\w.'’-]+){{0,4}},?\s+(?:[a-z][\w-]*\s+){{0,3}}{name}\b",
    )
    return any(re.search(f, text) for f in forms)


# A view is reported: a reporting verb, 'told', 'according to', or a quote in the sentence.
# A finding (a study by X found), a judgment (X criticized, X believes) or the frame 'To X, …' is a view too;
# a verb in a relative clause ('X, who frequently criticizes Y, …') describes the person, it reports nothing.
_EN_VIEW = re.compile(
    rf"(?<!who\s)\b(?:{_EN_SPEECH}|according\s+to|in\s+an?\s+(?:interview|email|statement)|"
    r"(?:saying|notes|calls|disagreed|disagrees|objected|doubts|doubted|expects|found|finds|showed|shows|proved|criticized|criticizes|believes|thinks|calculated|calculates|projected|projects)\b)"
    r"|(?:^|\s)To\s+[A-Z]"
)
_EN_WHO_ADVERB = re.compile(r"who\s+[a-z]+ly\s+$")
_EN_INVERTED_REACH = 30  # 'said X', 'according to a 2013 study by economists X
# A full stop after an initial or a short title ends no sentence: 'Michael J. Petrilli', 'Sen. Lamar Alexander'.
_EN_SENTENCE_STOP = re.compile(rf"(?:{_NOT_AFTER_ABBR}\.|[!?])(?=[\"”’]?\s+[\"“]?[A-Z])|\n")
_EN_PRONOUN_VIEW = re.compile(rf"\s*(?:[\"“]|(?:He|She)\s+(?:also\s+)?(?:{_EN_SPEECH})\b)")


def _assesses(e: ExpertCue, text: str) -> bool:
    """An expert gives a view: the sentence that introduces them reports speech, writing or a finding (said, wrote,
    told, according to, found), or the next sentence opens with their pronoun speaking, or a later sentence has them
    speak by surname (or the next sentence is a quote). A name in a list, an aside ('a super PAC aligned with strategist X') or a cast gives none."""
    opening = max((m.end() for m in _EN_SENTENCE_STOP.finditer(text, 0, e.start)), default=0)
    # The sentence is the name's: a match may run past the name's full stop ('adviser Rick Davis. It …').
    at = text.find(e.name, e.start)
    stop = _EN_SENTENCE_STOP.search(text, at + len(e.name) if at != -1 else e.end)
    end = stop.end() if stop else len(text)
    for v in _EN_VIEW.finditer(text, opening, end):
        # A verb before the name is theirs only inverted next to it ('said pollster X', 'according to a study by X'):
        # further back it has its own subject ('Y announced she will be replaced by strategist X').
        if v.end() <= e.start and e.start - v.end() > _EN_INVERTED_REACH:
            continue
        if not _EN_WHO_ADVERB.search(text, max(0, v.start() - 30), v.start()):
            return True
    if _EN_PRONOUN_VIEW.match(text, end):
        return True
    surname = re.escape(e.name.split()[-1])
    speaks = rf"\b{surname}\b(?:,[^,.]{{0,80}},)?\s+(?:also\s+)?(?:{_EN_SPEECH})\b|\b(?:{_EN_SPEECH}|according\s+to)\s+(?:\w+\s+){{0,3}}?{surname}\b"
    return re.search(speaks, text[end:]) is not None


def _add_former(found: list[ExpertCue], name: str, title: str, aff: str | None, start: int, end: int) -> None:
    """A post held in the past: 'former' is part of the title, and the post's own staff words do not exclude."""
    # A rank before the name is not part of it: 'retired Army Lt. Gen. X'.
    words = name.split()
    cut = max((i + 1 for i, w in enumerate(words) if w.endswith(".")), default=0)
    if len(words) - cut >= 2:
        name = " ".join(words[cut:])
    name = _EN_SENTENCE_END.sub("", _EN_NOT_NAME.sub("", name.strip()))
    if len(name.split()) < 2 or _EN_OFFICIAL.match(name) or _EN_BODY_WORD.search(name) or re.search(r"['’]s\b", name):
        return
    if aff is not None:
        aff = _EN_TRAIL.sub("", _EN_SENTENCE_END.sub("", aff.strip())) or None
    found.append(ExpertCue(name, title.strip(), aff, start, end))


def _add_en(
    found: list[ExpertCue], name: str, title: str | None, aff: str | None, start: int, end: int
) -> None:
    name = _EN_SENTENCE_END.sub("", _EN_NOT_NAME.sub("", name.strip()))
    if len(name.split()) < 2 or _EN_OFFICIAL.match(name) or _EN_BODY_WORD.search(name):
        return
    title = title.strip() if title else None
    if title and _EN_TRAINEE.search(title):
        return
    if aff is not None:
        aff = _EN_TRAIL.sub("", _EN_SENTENCE_END.sub("", _EN_NOT_NAME.sub("", aff.strip()))) or None
    # An office title is expertise only at a research body: 'Port director Sara Lind' is an official.
    # A campaign's or an office's own staff speak for it: 'chief strategist', 'who was …'.
    if (title and _EN_STAFF.search(title)) or re.search(r"['’]s\b", name):
        return
    # A paper's columnist assesses in print: 'Washington Post columnist X' (the paper named before the title).
    office_only = title is not None and not re.search(rf"{_EN_ANALYST}|columnist", title, re.IGNORECASE) and not _EN_RESEARCH_POST.search(title)
    if office_only and not (aff and re.search(_RESEARCH, aff)):
        return
    found.append(ExpertCue(name, title, aff, start, end))
