"""English surface cues: who said a quotation, and whether it is speech at all.

Works on plain offsets into the article text; ``find.py`` turns the results
into quote cues and resolves pronouns across the article.
"""

from __future__ import annotations

import json
import re
from dataclasses import replace
from pathlib import Path

from ..article import EN_ABBREVIATIONS
from .types import Attribution, Mention

_LEXICON_FILE = Path(__file__).with_name("lexicon_en.json")

# Honorifics that precede a name (AP style abbreviations and forms of address)
# and general offices; the lexicon adds the titles learned from train.
HONORIFICS = {
    "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "adm", "prof",
    "rev", "del", "sir", "president", "vice", "secretary", "senator", "governor", "general",
    "retired", "former", "chairman", "chairwoman", "chief", "justice", "judge", "mayor",
    "minister", "prime", "speaker", "leader", "director", "ambassador", "commissioner",
    "attorney", "state", "house", "senate", "majority", "minority", "deputy", "press",
    "spokesman", "spokeswoman", "candidate", "nominee", "pastor", "king", "queen", "prince",
    "lord", "coach", "captain", "officer", "detective", "sheriff", "councilor", "councilman",
    "councilwoman", "chancellor", "provost",
}  # fmt: skip


def use_lexicon(lexicon: dict) -> None:
    """Compile the speech verbs and titles of a lexicon (``lexicon_en.json``'s shape).

    The shipped lexicon is loaded at import; ``bench/build_lexicon.py`` calls
    this with lexicons learned on part of train to cross-validate.
    """
    global VERB, _VERB_AT_START, TITLES
    by_letter: dict[str, list[str]] = {}
    # The learned verbs and the grammar's closed classes of reporting and judgment verbs (rare in
    # train, not in news).
    verbs = {*lexicon["speech_verbs"], *lexicon.get("reporting_verbs", ()), *lexicon.get("judgment_verbs", ())}
    for v in sorted(verbs, key=len, reverse=True):
        by_letter.setdefault(v[0], []).append(re.escape(v[1:]).replace(r"\ ", r"\s+"))
    # 'According to X': a cue may open a sentence, so its first letter may be a capital.
    # Grouping by first letter keeps the alternation fast (one branch per letter).
    alternation = "|".join(f"[{c}{c.upper()}](?:{'|'.join(rest)})" for c, rest in sorted(by_letter.items()))
    # Not inside a hyphenated compound: 'the self-described socialist', 'a much-told story'.
    VERB = re.compile(rf"(?<![\w-])(?:{alternation})\b(?!-)")
    _VERB_AT_START = re.compile(rf"^\s*(?:{alternation})\b")
    TITLES = HONORIFICS | set(lexicon["titles"])


VERB: re.Pattern[str]
_VERB_AT_START: re.Pattern[str]
TITLES: set[str]
_SHIPPED = json.loads(_LEXICON_FILE.read_text(encoding="utf-8"))
use_lexicon(_SHIPPED)
# The closed class alone (past, third-person and -ing forms), for the rules that read an
# attribution next to a clause rather than a quote (experts, stances, conditions): one class,
# not a short list in each.
REPORTING = "(?:" + "|".join(sorted(_SHIPPED["reporting_verbs"], key=len, reverse=True)) + ")"
PRONOUNS = {"he", "she", "they", "we", "i", "it", "who", "you"}

_TOK = r"(?:[A-Z][\w.'’&-]*|(?:de|van|von|bin|al|da|del|di|la|le|du)(?=\s+[A-Z]))"
_SP = r"[ \t\u00a0]+"  # names never run across a line break
NAME_AT_END = re.compile(rf"({_TOK}(?:{_SP}{_TOK}){{0,6}})\s*(?:\([^()]{{1,30}}\))?\s*$")
NAME_AT_START = re.compile(rf"^\s*({_TOK}(?:{_SP}{_TOK}){{0,6}})")
_ADVERB_TAIL = re.compile(
    r"(?:\s+(?:also|later|then|has|had|have|once|recently|previously|publicly|reportedly|"
    r"repeatedly|again|further|would|will|did|does|had|always|never|just|still|even|often|already|"
    r"(?:goes|went|go|going) on to|continues to|continued to|[a-z]+ly|"
    # 'Feinstein last week said', 'Reyes on Tuesday said': a time adverbial between subject and verb.
    r"(?:late|early|earlier|last|this|next|on)?\s*(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|"
    r"(?:last|this|earlier this|later that|that|the next|the following)\s+(?:week|month|year|night|morning|"
    r"afternoon|evening|weekend|spring|summer|fall|autumn|winter)|yesterday|today|tonight))+\s*$"
)
_CLAUSE_CUT = re.compile(
    r"(?:[,;:—–(\"“”]|\s-\s|\b(?:that|because|when|while|as|after|before|where|which|but|"
    r"and|if|since|though|although|so)\b)"
)
_DET_NP = re.compile(
    r"^(?:the|a|an|his|her|their|its|this|that|one|another|other|some|many|several|"
    r"[A-Z][\w.]*[’']s)\b[\w\s.’'-]*$",
    re.IGNORECASE,
)

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
_SMALL = {"a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "with", "by", "is"}
_PREP_BEFORE = re.compile(r"(?:\bon|\bof|\bin|\bat|\bto|\bwith|\btold|\bduring|\bfor|[’']s)\s*(?:the\s+)?$", re.IGNORECASE)



def split_title(run: str) -> tuple[str, str | None]:
    """'Retired Col. Ann Reyes' -> ('Ann Reyes', 'Retired Col.')."""
    toks = run.split()
    cut = 0
    for i, tok in enumerate(toks[:-1]):
        if tok.rstrip(".").lower() in TITLES:
            cut = i + 1
    name = " ".join(toks[cut:])
    return name, (" ".join(toks[:cut]) or None)


_LEADING = {
    "after", "in", "as", "but", "and", "when", "while", "if", "on", "at", "during", "following",
    "since", "even", "although", "though", "so", "then", "yet", "still", "meanwhile", "also",
    "instead", "however", "now", "later", "earlier", "today", "yesterday", "last", "this", "that",
    # "On Saturday Zhou insisted": day and month names are not part of a name.
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "june", "july", "august", "september", "october", "november",
    "december",
    # Sentence connectives (a closed class): 'Specifically, "…"', 'Perhaps young voters …'.
    "because", "perhaps", "likewise", "neither", "nor", "either", "specifically", "indeed",
    "moreover", "furthermore", "besides", "otherwise", "nevertheless", "nonetheless", "thus",
    "therefore", "hence", "similarly", "additionally", "ultimately", "finally", "separately",
    "notably", "regardless", "accordingly", "consequently", "rather",
}  # fmt: skip
_NOT_NAMES = {
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
    "Saturday", "Sunday", "I", "It", "They", "We", "He", "She", "The", "A", "An", "There", "Here",
    "This", "That", "These", "Those",
}  # fmt: skip


def _drop_function_words(run: str) -> str:
    # A sentence-initial 'But' or 'In' is capitalised without being a name.
    toks = run.split()
    while toks and toks[0].lower() in _LEADING:
        toks.pop(0)
    return " ".join(toks)


# 'WASHINGTON (AP) — ', 'LA CROSSE, Wisc. — ': the place and agency a report is filed from.
# A place in any case followed by its agency, and a date after the place ('Washington (AFP) – ',
# 'WASHINGTON, Dec. 8 (UPI) — ') are datelines too.
_DATELINE = re.compile(
    r"^(?:[A-Z][A-Z.'’ -]+(?:,\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)?\s*(?:\([^()]{1,30}\))?"
    r"|[A-Z][\w.'’ -]{1,30}?(?:,\s*[A-Z][\w.]*\s\d{1,2})?\s*\([A-Z][^()]{0,20}\))\s*[—–-]+\s*"
)
_COMMON_NP = re.compile(
    r"([A-Z][a-z]+)(?:\s+[a-z][\w-]*){1,3}?\s+(?:have|has|had|are|is|were|was|will|would|can|could|say|said|says)\b"
)

# Compiled once (these run for every speech verb of an article).
_LEAD_ADVERBIAL = re.compile(r"(?:([A-Z][a-z]+)\b[^,]{0,80},\s*)")
_OPENING_NAME = re.compile(rf"(?:[Tt]he\s+)?({_TOK}(?:{_SP}{_TOK}){{0,6}})")
# 'Sen. Ann Lee (D-Ohio) said', and with a stray comma, 'Gov. Ann Lee (R-OH), said'.
_PAREN_TAIL = re.compile(r"\s*\([^()]{1,40}\)\s*,?\s*$")
_APPOSITIVE_ROLE = re.compile(rf"({_TOK}(?:{_SP}{_TOK}){{0,6}})(?:\s*\([^()]{{1,40}}\))?\s*,\s*([^,\"“”]{{2,160}}),\s*$")
_OBJECT_BEFORE = re.compile(r"\b(?:of|at|for|from|with|by|to|in|on)\s+(?:the\s+)?$")
# 'Ana Lopez's campaign manager', 'Ana Lopez' campaign manager': a role held for a named possessor.
_POSSESSOR = re.compile(r"(?:[A-Z][\w.]*\s+){0,3}[A-Z][\w.]*(?:[’']s|s[’'])(?=\s)")
_POSSESSIVE_ROLE = re.compile(r"[\w.][’']s?\s+[a-z]")
_APPOSITIVE_CLAUSE = re.compile(
    rf"(?:^\W*|[.;:,]\s+)({_TOK}(?:{_SP}{_TOK}){{0,6}})\s*,\s*((?:who\s|an?\s|the\s|[a-z\d])[^\"“”]{{2,200}}?),\s*$"
)
_DESCRIBED_CLAUSE = re.compile(
    r"(?:^\W*|[.;:]\s+)((?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother)\s[\w\s.’'-]{2,60}?)\s*,\s*"
    r"((?:who|[a-z]+ing)\s[^\"“”,]{2,200}?),\s*$"
)
_APPOSITIVE_NAME = re.compile(rf"(?:^|[,;:]\s*)([a-zA-Z][^,\"“”]{{1,60}}),\s*({_TOK}(?:{_SP}{_TOK}){{0,6}}),\s*$")
# A name, 'of' and a place (with its state), right before a name run: the run is the place.
_NAME_OF = re.compile(rf"({_TOK}(?:{_SP}{_TOK}){{0,6}})\s+of\s+(?:{_TOK}(?:{_SP}{_TOK}){{0,3}},\s*)?$")


def _person_of(s: str, at: int) -> re.Match[str] | None:
    """'Ann Lee of ' right before ``at`` (a person's full name, not 'The Bank of' or 'the CEO of')."""
    m = _NAME_OF.search(s, 0, at)
    return m if m and _PERSON_NAME.fullmatch(split_title(_drop_function_words(m.group(1)))[0]) else None


_LAST_WORD = re.compile(r"\b(\w+)\s*$")


def main_subject(sentence: str) -> Attribution | None:
    """The subject at the start of a sentence, after a leading adverbial ('During X, Trump …')."""
    s = _DATELINE.sub("", sentence.strip(" \"“”"))
    lead = _LEAD_ADVERBIAL.match(s)
    if lead and _opens_phrase(lead.group(1), s[lead.end(1) :]):
        place = _CAPITAL_BEFORE_COMMA.search(lead.group(0)) and _PLACE_THEN_NAME.match(s, lead.end())
        # 'Speaking in Elma, Ohio, Ruiz said': the state after the place ends the phrase, not the subject.
        s = s[place.end() if place else lead.end() :]
    elif _CAPITAL_WORD.match(s) and _opens_phrase(s.split()[0], s[len(s.split()[0]) :]):
        return None  # 'From X's "…" to …, Will described': the subject comes after the phrase
    held = _HELD_ROLE_NAME.match(s)
    if held:
        # "Ana Lopez's campaign manager, Tom Reyes, appeared …": the appositive names the subject.
        name, title = split_title(held.group(2))
        return Attribution(name, ", ".join(x for x in (held.group(1), title) if x))
    np = _COMMON_NP.match(s)
    if np and np.group(1).lower() not in _LEADING and not any(
        w in _SMALL or w in _PREPOSITIONS or w in PRONOUNS or w.endswith("ed") or VERB.fullmatch(w)
        for w in np.group(0).split()[1:-1]
    ):
        # 'Nuclear proliferation experts have …': a capital that only opens the sentence
        # heads a common noun phrase, which runs to the finite verb.
        return Attribution(np.group(0).rsplit(None, 1)[0])
    m = _OPENING_NAME.match(s)
    if m and m.group(1).split()[0] in _DET_CAPS:
        m = None
    if not m:
        # 'The crowd chanted back': a determiner noun phrase, up to its verb.
        det = _DET_SUBJECT.match(s)
        return Attribution(_np_head(det.group(0))) if det else None
    name, title = split_title(_drop_function_words(m.group(1)))
    if not name or name in _NOT_NAMES or _CONTRACTION.sub("", name) in _NOT_NAMES:
        return None  # "It's the pull of …", "There's still time …": a contraction, not a name
    return Attribution(name, title)


_CONTRACTION = re.compile(r"[’'](?:s|m|re|ll|d|ve)$")
_CAPITAL_BEFORE_COMMA = re.compile(r"\b[A-Z][\w.-]*,\s*$")
_PLACE_THEN_NAME = re.compile(rf"{_TOK}(?:{_SP}{_TOK}){{0,2}},\s+(?={_TOK}(?:{_SP}{_TOK}){{0,3}}\s+(?!(?:and|or)\b)[a-z])")
# 'Ana Lopez's campaign manager, Tom Reyes,': a role held for a named possessor, then the holder's name.
_HELD_ROLE_NAME = re.compile(
    rf"((?:{_TOK}{_SP}){{0,3}}{_TOK}(?:[’']s|s[’'])(?:\s+[a-z][\w-]*){{1,4}}),\s+({_TOK}(?:{_SP}{_TOK}){{1,4}}),"
)


# Determiners that open a sentence's subject noun phrase ('His campaign protested', 'The crowd chanted').
_DET_CAPS = {"The", "A", "An", "His", "Her", "Their", "Its", "Our", "One", "Another", "Some", "Many", "Several", "Both", "Each"}
_DET_SUBJECT = re.compile(rf"(?:{'|'.join(sorted(_DET_CAPS))})\s+[a-z][\w'’-]*(?:\s+[\w'’-]+){{0,5}}")
_CAPITAL_WORD = re.compile(r"[A-Z][a-z]+\b")
_PREPOSITIONS = {
    "from", "with", "by", "for", "of", "about", "under", "over", "among", "amid", "despite", "against",
    "without", "through", "like", "unlike", "beyond", "before", "after", "in", "on", "at", "during",
    "into", "toward", "towards", "across", "behind", "besides", "regarding", "given",
}  # fmt: skip


def _opens_phrase(word: str, rest: str) -> bool:
    """Whether a capitalised first word opens an adverbial phrase, not a name ('Asked about …,')."""
    w = word.lower()
    if w in _LEADING or w in _PREPOSITIONS or w in {"following", "speaking", "asked"}:
        return True
    nxt = rest.split(None, 1)[0].lower() if rest.split() else ""
    if _TIME_LATER.match(rest):
        return True  # 'Hours later, …', 'Weeks ago, …': a time adverbial
    if w.endswith("ed") and nxt in _PREPOSITIONS:
        return True  # 'Reached by phone, …', 'Pressed on the issue, …': a participle phrase
    # A participle or an adverb before its object: 'Acknowledging that …,', 'Surveying the …,'.
    return (w.endswith("ing") or w.endswith("ly")) and nxt in _SMALL | _PHRASE_NEXT


_TIME_LATER = re.compile(r"\s+(?:later|ago|earlier)\s*,")
_PHRASE_NEXT = {"that", "his", "her", "their", "its", "this", "these", "those", "what", "how", "why", "up", "out", "back"}


def subject_before(s: str) -> Attribution | None:
    """The subject at the end of ``s`` (the text right before a speech verb)."""
    s = _ADVERB_TAIL.sub("", s.rstrip())
    s = _PAREN_TAIL.sub("", s)
    # "Reyes, a veteran negotiator, said": the appositive names the role.
    app = _APPOSITIVE_ROLE.search(s)
    if app and _OBJECT_BEFORE.search(s, 0, app.start(1)) and not _person_of(s, app.start(1)):
        clause = _APPOSITIVE_CLAUSE.search(s)
        if clause and clause.group(2).count(",") >= 1:
            app = None  # 'Ann Lee, head of Elma Ports, the city's operator, said': 'Elma Ports' is an object
    if app and (
        not app.group(2)[0].isupper()
        or _POSSESSOR.match(app.group(2))
        or PARTY_STATE.fullmatch(app.group(2).strip())  # 'Rep. Ann Lee, D-Ohio, said'
    ):
        of = _person_of(s, app.start(1))
        name, title = split_title(_drop_function_words(of.group(1) if of else app.group(1)))
        if name:
            role = ", ".join(x for x in (title, app.group(2).strip()) if x)
            return Attribution(name, role or None)
    # "Reyes, who is a pilot at the port of Elma, Ohio, said": a relative or descriptive appositive
    # may hold commas of its own (places, lists); the subject is the name before it.
    app = _APPOSITIVE_CLAUSE.search(s)
    if app and app.group(2).count(",") >= 1:
        name, title = split_title(_drop_function_words(app.group(1)))
        if name and name not in _NOT_NAMES:
            # 'Lee, during a visit to Elma, Ohio, said': a phrase between commas, not a role.
            phrase = app.group(2).split(None, 1)[0].lower() in _PREPOSITIONS | _LEADING
            role = ", ".join(x for x in (title, None if phrase else app.group(2).strip()) if x)
            return Attribution(name, role or None)
    # "An official, speaking on condition of anonymity, said": a described speaker and its clause.
    app = _DESCRIBED_CLAUSE.search(s)
    if app:
        return Attribution(_np_head(app.group(1)))
    # "One critic, Omar K. Haddad, said": the name is the appositive.
    app = _APPOSITIVE_NAME.search(s)
    if app and (
        not app.group(1)[0].isupper()
        or app.group(1).split()[0] in {"The", "A", "An", "One", "Another"}
        or _POSSESSIVE_ROLE.search(app.group(1))  # "Ana Lopez's campaign manager, Tom Reyes, said"
    ):
        name, title = split_title(app.group(2))
        role = ", ".join(x for x in (app.group(1).strip(), title) if x)
        return Attribution(name, role or None)
    tail = _LAST_WORD.search(s)
    if tail and tail.group(1).lower() in PRONOUNS:
        if tail.group(1).lower() == "who":
            return subject_before(s[: tail.start()].rstrip(" ,"))
        return Attribution(tail.group(1), pronoun=True)
    clause = _CLAUSE_CUT.split(s)[-1].strip() if s else ""
    if _POSSESSIVE_END.search(clause):
        return None  # 'said Rubio's plan …', 'It's': a possessive or a contraction is no subject
    run = NAME_AT_END.search(clause)
    if run and run.group(1).split()[-1].rstrip(".").lower() not in _SMALL:
        # 'Ann Lee of Elma said', 'Ann Lee of Elma, Ohio says': the person, not the place.
        at = len(s) - len(clause) + run.start(1) if s.endswith(clause) else -1
        of = _person_of(s, at) if at > 0 else None
        if of:
            name, title = split_title(_drop_function_words(of.group(1)))
            return Attribution(name, title) if name and name not in _NOT_NAMES else None
        name, title = split_title(_drop_function_words(run.group(1)))
        if not name or name in _NOT_NAMES:
            return None
        before = clause[: run.start()].strip()
        role = " ".join(x for x in (before, title) if x) or None
        if len(before.split()) > 8:
            role = title
        return Attribution(name, role)
    clause = _LEAD_ADVERB.sub("", clause)  # 'even a top strategist said'
    if clause and len(clause.split()) <= 8 and _DET_NP.match(clause):
        return Attribution(_np_head(clause))
    return None


# Closed classes that end a noun phrase: auxiliaries and modals, and prepositions other than 'of'
# ('the Florida senator is telling', 'a staffer in the room', 'an official responded by').
_NP_END = re.compile(
    r"\s+(?:is|are|was|were|be|been|has|have|had|can|could|will|would|may|might|must|should|shall|"
    r"does|did|do|in|at|on|by|to|for|with|from|into|during|after|before|than|less|more|who|which|that)\b.*$"
)


def _np_head(np: str) -> str:
    """A determiner noun phrase without the predicate that follows it."""
    np = _NP_END.sub("", np) or np
    words = np.split()
    # After the determiner and a head noun, a past-tense verb starts the predicate
    # ('His office put out a statement', 'The senator challenged the').
    for i in range(2, len(words)):
        w = words[i].lower()
        if (w.endswith("ed") and len(w) > 4) or w in _IRREGULAR_PAST or VERB.fullmatch(w):
            return " ".join(words[:i])
    return np


_IRREGULAR_PAST = {"put", "sent", "made", "took", "gave", "went", "got", "told", "said", "spoke", "wrote"}


_LEAD_ADVERB = re.compile(r"^(?:(?:even|also|only|then|now|still|just|yet)\s+)+")
_POSSESSIVE_END = re.compile(r"[’']s$")


def _subject_after(s: str, before_quote: bool = False, source: bool = False) -> tuple[Attribution | None, int]:
    """A subject right after an inverted verb: 'said Sen. Jane Roe, a Democrat'.

    ``before_quote``: ``s`` runs up to an opening quote mark. A noun phrase that
    runs into it without a comma or colon ('said the plan was "…"') is the subject
    of the reported clause, not an inverted speaker ('said the mayor, "…"').
    """
    m = _INVERTED_NAME.match(s)
    if m and before_quote and not _INVERTED_END.match(s, m.end()):
        m = None  # 'said Clinton will have to choose, "…"': the name opens the reported clause
    if m and m.group(1) and _CLAUSE_OPENERS & set(m.group(1).lower().split()):
        m = None  # 'said when Boyle asked him': a clause, not a speaker, follows the verb
    if m and (later := _ROLE_THEN_NAME.match(s, m.end())) and _is_role_words(later.group(1)):
        # 'said Idaho nutritional-supplement executive Frank Lee,', 'said Trump aide Ann Lee,': the
        # capitalised word before a role noun modifies it; the name ends the phrase.
        name, title = split_title(_drop_function_words(later.group(2)))
        if name and name not in _NOT_NAMES:
            return Attribution(name, f"{m.group(0).strip()} {later.group(1).strip()}"), later.end()
    if m and (not m.group(1) or m.group(1).split()[0].lower() not in _DETERMINERS):
        name, title = split_title(_drop_function_words(m.group(2)))
        if name and name not in _NOT_NAMES:
            rest = s[m.end() :]
            app = _INVERTED_ROLE.match(rest)
            parts = (m.group(1).strip(), title, app.group(0).strip(" ,:") if app else None)
            role = ", ".join(x for x in parts if x)
            return Attribution(name, role or None), m.end()
    # 'said a Mexican official who was not authorized to …': the relative clause describes the speaker.
    m = (_DESCRIBED_BEFORE_QUOTE if before_quote else _DESCRIBED).match(s)
    head = _np_head(m.group(1).strip()) if m else ""
    # 'according to a court document filed by …': a source may be described at length; its head names it.
    if m and len((head if source else m.group(1)).split()) <= 8:
        return Attribution(head), m.end()
    m = _INVERTED_PRONOUN.match(s)
    if m:
        return Attribution(m.group(1), pronoun=True), m.end()
    return None, 0


_ROLE_THEN_NAME = re.compile(rf"\s+((?:[a-z][\w-]*\s+){{1,3}})({_TOK}(?:{_SP}{_TOK}){{1,6}})(?=\s*(?:[,:;.—–(]|-\s|$))")


def _is_role_words(words: str) -> bool:
    """Lowercase words that can only be a role's modifiers and head: no verb, function word or clause opener."""
    return not any(
        w in _SMALL or w in _PREPOSITIONS or w in _CLAUSE_OPENERS or w in _LEADING or w in PRONOUNS
        or VERB.fullmatch(w) or _FINITE.fullmatch(w) or w.endswith("ly")
        for w in words.split()
    )


# Determiners and quantifiers that open a described speaker: 'said one former official', 'said another delegate'.
_DETERMINER = r"the|a|an|his|her|their|its|our|one|another|two|three|four|five|several|some|many|multiple|numerous|both"
_DETERMINERS = frozenset(_DETERMINER.split("|"))
_CLAUSE_OPENERS = frozenset(
    "when while as after before if because since that though although where until and but or".split()
)
# An inverted speaker ends at a comma, a colon or a dash before the quote ('said Sen. Roe, "…"'),
# or runs up to it; a finite verb after the name makes it the subject of the reported clause.
_INVERTED_END = re.compile(r"\s*(?:[,:;.—–(]|-\s|$)")
PARTY_STATE = re.compile(r"[RDI]-[A-Z][A-Za-z. ]{1,20}")
_INVERTED_NAME = re.compile(rf"\s*((?:[\w/'’-]+\s+){{0,4}}?)({_TOK}(?:{_SP}{_TOK}){{0,6}})")
_INVERTED_ROLE = re.compile(r"\s*,\s*(?:an?|the)\s+([^,.\"“”]{2,120})")
_DESCRIBED = re.compile(rf"\s*((?:{_DETERMINER})\s+[\w\s.’'-]{{2,60}}?)(?=[,.;]|$|\s+(?:who|whose)\b)")
_DESCRIBED_BEFORE_QUOTE = re.compile(rf"\s*((?:{_DETERMINER})\s+[\w\s.’'-]{{2,60}}?)(?=\s*[,.;:—–-]\s*$)")
_INVERTED_PRONOUN = re.compile(r"\s*(he|she|they|we|I)\b", re.IGNORECASE)
# 'Reyes: "…"', and after a lead-in dash ('Pollsters agree - Ann Lee: "…"').
_NAME_COLON = re.compile(rf"(?:^\s*|\s[-—–]\s*)({_TOK}(?:{_SP}{_TOK}){{0,4}})\s*:\s*$")
_AFTER_LEAD = re.compile(r"^[\s,.!?—–-]*")
_STOP = re.compile(r"[!?;“\"”\n]|\.(?=\s|$)")


def sentence_end(s: str) -> int:
    """Where the sentence at the start of ``s`` ends (titles and initials do not end it)."""
    return _sentence_stop(s)


def subject_after(s: str) -> tuple[Attribution | None, int]:
    """The subject right after an inverted verb or 'according to' at the start of ``s``."""
    return _subject_after(s, source=True)


def _sentence_stop(s: str) -> int:
    """Where the sentence at the start of ``s`` ends (titles and initials do not end it)."""
    for m in _STOP.finditer(s):
        if m.group() == ".":
            word = re.search(r"([\w.-]+)$", s[: m.start()])
            w = word.group(1).lower() if word else ""
            if w in EN_ABBREVIATIONS or len(w) == 1 or re.fullmatch(r"[a-z]-[a-z.]+", w):
                continue
        return m.start()
    return len(s)


def attribute_after(text: str, pos: int, limit: int, object_quote: bool = False) -> Attribution | None:
    """Speaker named right after a closing mark: '..." Trump said' or '..." said Trump'.

    ``object_quote``: the quote ends in a comma ('"…," '), so the clause after it reports
    it; any finite verb there is the reporting verb ('"…," Toomey fumed', '"…," agrees Ann Lee').
    """
    after = text[pos : min(limit, pos + 220)]
    lead = _AFTER_LEAD.match(after)
    rest = after[lead.end() :] if lead else after
    if rest[:1] in "\"“”" or not rest:
        return None
    m = _VERB_AT_START.match(rest)
    if m and not _PARTICIPLE.fullmatch(m.group(0).strip()):  # '"…," promising the club will …' is no inversion
        who, _ = _subject_after(rest[m.end() :], source=m.group(0).strip().lower() == "according to")
        if who:
            return who
    # '"...," Reyes, a former envoy, told reporters.' — the verb within a few words.
    window = rest[: _sentence_stop(rest)]
    v = VERB.search(window)
    if v and v.start() <= 160:
        who = subject_before(window[: v.start()])
        if who and len(window[: v.start()].split()) <= 14:
            return who
    return _reporting_clause(window) if object_quote else None


def _reporting_clause(window: str) -> Attribution | None:
    """The subject of the first finite verb of a clause that reports the quote before it."""
    words = window.split()
    if words and _FINITE.fullmatch(words[0]):  # '"…," agrees Ann Lee, 30, of Elma.'
        who, _ = _subject_after(window[window.index(words[0]) + len(words[0]) :])
        return who
    learned = [i for i, w in enumerate(words[:9]) if i and VERB.fullmatch(w)]
    for i, w in enumerate(words[:9]):
        # '"…," Toomey fumed on Tuesday.', '"…," federal prosecutors wrote' (a learned verb comes first).
        if i and (i == learned[0] if learned else _FINITE.fullmatch(w)):
            subject = " ".join(words[:i])
            if _FUNCTION_START.match(subject) or words[0].lower() in _PREPOSITIONS:
                return None  # '"…," in sharp contrast to …': a phrase, not a subject
            who = subject_before(subject)
            if who is None and (i >= 2 or learned) and _BARE_NP.fullmatch(subject):
                who = Attribution(subject)
            return who
        if w[-1:] in ",;:":
            break
    return None


# A finite verb by its form: a past tense, a third person singular present, or a learned speech verb.
_FINITE = re.compile(r"[a-z]{2,}(?:ed|[^s'’]s)")
_FUNCTION_START = re.compile(r"(?:[a-z]+ing|[a-z]+ly|because|and|but|or|so|while|as|when|which|that|who)\b", re.IGNORECASE)
_BARE_NP = re.compile(r"[a-z][\w-]*(?: [a-z][\w-]*){0,3}")
_PARTICIPLE = re.compile(r"(?!according\b)\w+ing(?:\s+\w+)?", re.IGNORECASE)


def attribute_at_end(tail: str) -> Attribution | None:
    """Speaker named in a clause that closes the sentence: '… "a great deal of weight" and more, Ann Lee said'.

    ``tail`` is the sentence's text after its last quote, without the final stop. The
    reporting clause follows a comma and ends the sentence: 'said Ann Lee, a spokeswoman'
    (inverted) or 'Ann Lee said on Friday' (a few words after the verb at most).
    """
    for c in re.finditer(",", tail):
        rest = tail[c.end() :]
        m = _VERB_AT_START.match(rest)
        if m:
            who, _ = _subject_after(rest[m.end() :])
            if who:
                return who
            continue
        v = VERB.search(rest)
        if v and len(rest[: v.start()].split()) <= 8 and len(rest[v.end() :].split()) <= 6:
            who = subject_before(rest[: v.start()])
            if who:
                return who
    return None


def attribute_before(text: str, lo: int, qstart: int) -> Attribution | None:
    """Speaker of a quote from the same sentence before it: 'Trump said: "..."'."""
    before = text[lo:qstart]
    turn = _NAME_COLON.search(before)
    if turn:
        # 'Reyes: "We will wait."': a name and a colon introduce the words.
        name, title = split_title(_drop_function_words(turn.group(1)))
        if name and name not in _NOT_NAMES:
            return Attribution(name, title, verb_at=lo + turn.start(1))
    verbs = list(VERB.finditer(before))
    # 'Obama said he expected that Americans will say "no"': a verb that runs on from an earlier
    # one with no clause break between them is in that verb's reported clause; the outer verb's
    # subject is the speaker. The inner verbs are tried only when no outer one names anybody.
    outer = [
        v for k, v in enumerate(verbs)
        if k == 0 or not _EMBEDDED.fullmatch(before, verbs[k - 1].end(), v.start())
        # 'Lee said as the crowd yelled: "…"': a subordinate clause that runs to the quote has a
        # subject of its own ('said that once the Senate goes on recess, "…"' is Lee's).
        or (_SUBORDINATE.match(before, verbs[k - 1].end(), v.start()) is not None and "," not in before[v.end() :])
    ]  # fmt: skip
    return _speaker_of(before, lo, outer) or (_speaker_of(before, lo, verbs) if len(outer) < len(verbs) else None)


_INVERSION_POINT = re.compile(r"(?:^|,)\s*$")
# Between a speech verb and a later verb: a reported clause's subject, with no clause break.
_EMBEDDED = re.compile(r"(?:\s+that)?\s+[^,;:\"“”()—–]*")
# Conjunctions that open an adverbial clause (Quirk et al. 1985, 14.12): after one, a verb is
# no longer inside the reported clause of the verb before it.
_SUBORDINATE = re.compile(r"\s+(?:[\w'’-]+\s+){0,3}?(?:as|after|when|while|before|because|since|until|once|whereas|though|although)\s")


def _speaker_of(before: str, lo: int, verbs: list[re.Match[str]]) -> Attribution | None:
    for v in reversed(verbs):
        vtext = v.group(0).lower()
        gap = before[v.end() :]
        if vtext in ("according to", "said", "says", "told"):
            # Inverted or 'according to X, "..."'.
            who, _ = _subject_after(gap, before_quote=vtext != "according to")
            if vtext == "according to" and who:
                return replace(who, adjacent=True, verb_at=lo + v.start())
        who = subject_before(before[: v.start()])
        if who:
            adjacent = len(gap.split()) <= 12
            return replace(who, adjacent=adjacent, verb_at=lo + v.start())
        if vtext == "told":
            continue  # 'As one employee told the Weekly, "…"': who is told is the hearer, never the speaker
        if vtext in ("said", "says") or (
            # '…, explained Ann Lee, "…"': a finite verb after a comma, with no subject before it.
            _INVERSION_POINT.search(before, 0, v.start()) and not vtext.endswith("ing")
        ):
            who, _ = _subject_after(gap, before_quote=True)
            if who and (vtext in ("said", "says") or (not who.pronoun and looks_person(who.name))):
                return replace(who, adjacent=True, verb_at=lo + v.start())
    return None


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
    big = [w for w in words if w.lower() not in _SMALL]
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


# A person the sentence names before a quote, as an agent or a possessor: 'he', 'their', "Ann Lee's".
_PERSON_BEFORE = re.compile(
    r"\b([Hh]e|[Ss]he|[Tt]hey|[Hh]is|[Hh]er|[Tt]heir)\b|((?:[A-Z][\w.-]*[ ]){0,3}[A-Z][a-z][\w-]*)[’']s\b"
)
_SUBJECT_FORM = {"his": "he", "her": "she", "their": "they"}


def ascribed_to(before: str, at: int = 0) -> Attribution | None:
    """Whose words a short quote is when its sentence has no speech verb, if anybody's.

    ``before``: the quote's sentence (or clause) up to its opening mark. The first person it
    names as an agent or a possessor ('his signature "…"', "Ann Lee's claim that \"…\"", 'they
    rail against "…"') is whom the quoted words belong to: a partial quote, not the writer's
    scare quote. A pronoun comes back as one (``pronoun``), in its subject form; ``verb_at`` is
    where the person is named (``before`` starts at ``at`` in the article).
    """
    m = _PERSON_BEFORE.search(before)
    if m is None:
        return None
    if m.group(1):
        word = m.group(1).lower()
        return Attribution(_SUBJECT_FORM.get(word, word), pronoun=True, verb_at=at + m.start())
    words = _drop_function_words(m.group(2)).split()
    while words and (words[0].lower() in _PREPOSITIONS or words[0] in _DET_CAPS):
        words.pop(0)  # 'From Ann Lee's "…"', 'The Mayor's "…"'
    name, title = split_title(" ".join(words))
    if not name or name in _NOT_NAMES:
        return None
    return Attribution(name, title, verb_at=at + m.start())


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


def named_subjects(text: str) -> list[Mention]:
    """Every named subject of a speech verb, for pronoun resolution."""
    out: list[Mention] = []
    for v in VERB.finditer(text):
        lo = max(text.rfind(". ", 0, v.start()), text.rfind("\n", 0, v.start()), v.start() - 200)
        who = subject_before(text[lo + 1 : v.start()])
        if who and not who.pronoun:
            out.append(Mention(v.start(), who.name, who.role, looks_person(who.name)))
    # People introduced in apposition ("A spokeswoman for X, Marina Costa, rejected
    # the offer.") are who a following "she said" most often means.
    for m in _APPOSITIVE.finditer(text):
        out.append(Mention(m.start(1), m.group(1), None, True))
    return out


def sentence_subjects(text: str, sentences: list[tuple[int, int]]) -> list[Mention]:
    """The named person each sentence is about (its opening subject), for 'he said' in a later one.

    ``text`` has the quotations blanked: a name inside quoted speech is not who the article
    is talking about.
    """
    out: list[Mention] = []
    surnames: set[str] = set()  # 'Kasich, who …' once 'John Kasich' has been named
    # Full names anywhere in the narration, not only as a sentence's subject: 'Trump has not
    # responded' opens a sentence once 'Donald Trump' was named in the middle of another.
    named = [(m.start(), m.group().split()[-1]) for m in _PERSON_NAME.finditer(text) if looks_person(m.group())]
    k = 0
    for lo, hi in sentences:
        while k < len(named) and named[k][0] < lo:
            surnames.add(named[k][1])
            k += 1
        head = text[lo : min(hi, lo + 200)]
        if not _CAPITAL_START.match(head):
            continue
        who = main_subject(head)
        if not who or who.pronoun or not looks_person(who.name):
            continue
        if _PERSON_NAME.fullmatch(who.name):
            surnames.add(who.name.split()[-1])
        elif who.name not in surnames:
            continue
        out.append(Mention(lo, who.name, who.role, True))
    return out


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
    return head in TITLES or head in _ROLE_NOUNS or bool(_AGENT_SUFFIX.search(head))


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
    name = rf"({_TOK}(?:{_SP}{_TOK}){{0,4}})"
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


_CAPITAL_START = re.compile(r"\s*[\"“]?\s*[A-Z]")
# Two to four capitalised words, none all capitals or possessive: 'Ann Lee', 'Carl J. Fox Jr.'
# (a person is named in full when introduced).
_NAME_WORD = r"(?:[A-Z](?:['’][A-Z])?[a-z][\w-]*\.?|[A-Z]\.)"
_PERSON_NAME = re.compile(rf"{_NAME_WORD}(?: (?:{_NAME_WORD}|de|van|von|bin|al|da|del|di|la|le|du)){{1,3}}")


_APPOSITIVE = re.compile(
    r"\b(?:[Ss]pokes(?:wo)?man|[Ss]pokesperson|[Mm]inister|[Pp]rofessor|[Oo]fficial|[Dd]irector|"
    r"[Aa]mbassador|[Ss]ecretary|[Aa]nalyst|[Ff]ellow|[Cc]hairman|[Cc]hairwoman|[Pp]resident)"
    r"\b[^,.\n\"“”]{0,60}, ([A-Z][a-z]+(?: [A-Z][a-z]+){1,2}),"
)

