"""English clause subjects: the subject before a speech verb, after an inverted one, or opening a sentence."""

from __future__ import annotations

import re

from ..types import Attribution
from . import lexicon
from .names import NAME_AT_END, NAME_GAP, NAME_TOKEN, PARTY_STATE, PERSON_NAME, drop_function_words, split_title
from .words import DET_CAPS, LEADING, NOT_NAMES, PREPOSITIONS, PRONOUNS, SMALL

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
_OPENING_NAME = re.compile(rf"(?:[Tt]he\s+)?({NAME_TOKEN}(?:{NAME_GAP}{NAME_TOKEN}){{0,6}})")
# 'Sen. Ann Lee (D-Ohio) said', and with a stray comma, 'Gov. Ann Lee (R-OH), said'.
_PAREN_TAIL = re.compile(r"\s*\([^()]{1,40}\)\s*,?\s*$")
_APPOSITIVE_ROLE = re.compile(rf"({NAME_TOKEN}(?:{NAME_GAP}{NAME_TOKEN}){{0,6}})(?:\s*\([^()]{{1,40}}\))?\s*,\s*([^,\"“”]{{2,160}}),\s*$")
_OBJECT_BEFORE = re.compile(r"\b(?:of|at|for|from|with|by|to|in|on)\s+(?:the\s+)?$")
# 'Ana Lopez's campaign manager', 'Ana Lopez' campaign manager': a role held for a named possessor.
_POSSESSOR = re.compile(r"(?:[A-Z][\w.]*\s+){0,3}[A-Z][\w.]*(?:[’']s|s[’'])(?=\s)")
_POSSESSIVE_ROLE = re.compile(r"[\w.][’']s?\s+[a-z]")
_APPOSITIVE_CLAUSE = re.compile(
    rf"(?:^\W*|[.;:,]\s+)({NAME_TOKEN}(?:{NAME_GAP}{NAME_TOKEN}){{0,6}})\s*,\s*((?:who\s|an?\s|the\s|[a-z\d])[^\"“”]{{2,200}}?),\s*$"
)
_DESCRIBED_CLAUSE = re.compile(
    r"(?:^\W*|[.;:]\s+)((?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother)\s[\w\s.’'-]{2,60}?)\s*,\s*"
    r"((?:who|[a-z]+ing)\s[^\"“”,]{2,200}?),\s*$"
)
_APPOSITIVE_NAME = re.compile(rf"(?:^|[,;:]\s*)([a-zA-Z][^,\"“”]{{1,60}}),\s*({NAME_TOKEN}(?:{NAME_GAP}{NAME_TOKEN}){{0,6}}),\s*$")
# A name, 'of' and a place (with its state), right before a name run: the run is the place.
_NAME_OF = re.compile(rf"({NAME_TOKEN}(?:{NAME_GAP}{NAME_TOKEN}){{0,6}})\s+of\s+(?:{NAME_TOKEN}(?:{NAME_GAP}{NAME_TOKEN}){{0,3}},\s*)?$")


def _person_of(s: str, at: int) -> re.Match[str] | None:
    """'Ann Lee of ' right before ``at`` (a person's full name, not 'The Bank of' or 'the CEO of')."""
    m = _NAME_OF.search(s, 0, at)
    return m if m and PERSON_NAME.fullmatch(split_title(drop_function_words(m.group(1)))[0]) else None


_LAST_WORD = re.compile(r"\b(\w+)\s*$")


def main_subject(sentence: str) -> Attribution | None:
    """The subject at the start of a sentence, after a leading adverbial ('During X, Trump …')."""
    s = _DATELINE.sub("", sentence.strip(" \"“”"))
    # 'But Sen. Ann Lee refused …', 'And then Lee …': a conjunction or connective that opens the sentence
    # without a comma joins it to the one before; the subject follows it.
    s = _OPENING_CONJUNCTION.sub("", s, count=1)
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
    if np and np.group(1).lower() not in LEADING and not any(
        w in SMALL or w in PREPOSITIONS or w in PRONOUNS or w in LEADING
        or w.endswith("ed") or lexicon.VERB.fullmatch(w)
        for w in np.group(0).split()[1:-1]
    ):
        # 'Nuclear proliferation experts have …': a capital that only opens the sentence
        # heads a common noun phrase, which runs to the finite verb ('Carter however said' is a
        # name and a sentence adverb).
        return Attribution(np.group(0).rsplit(None, 1)[0])
    m = _OPENING_NAME.match(s)
    if m and m.group(1).split()[0] in DET_CAPS:
        m = None
    if not m:
        # 'The crowd chanted back': a determiner noun phrase, up to its verb.
        det = _DET_SUBJECT.match(s)
        return Attribution(_np_head(det.group(0))) if det else None
    name, title = split_title(drop_function_words(m.group(1)))
    if not name or name in NOT_NAMES or _CONTRACTION.sub("", name) in NOT_NAMES:
        return None  # "It's the pull of …", "There's still time …": a contraction, not a name
    return Attribution(name, title)


_OPENING_CONJUNCTION = re.compile(
    r"^(?:And|But|Or|Nor|So|Yet|Then|Still|Now|Meanwhile|Instead|Also)\s+(?:then\s+|now\s+)?(?=[A-Z\"“])"
)
_CONTRACTION = re.compile(r"[’'](?:s|m|re|ll|d|ve)$")
_CAPITAL_BEFORE_COMMA = re.compile(r"\b[A-Z][\w.-]*,\s*$")
_PLACE_THEN_NAME = re.compile(rf"{NAME_TOKEN}(?:{NAME_GAP}{NAME_TOKEN}){{0,2}},\s+(?={NAME_TOKEN}(?:{NAME_GAP}{NAME_TOKEN}){{0,3}}\s+(?!(?:and|or)\b)[a-z])")
# 'Ana Lopez's campaign manager, Tom Reyes,', "Elma's Republican mayor, Tom Reyes,": a role held for a named
# possessor, then the holder's name.
_HELD_ROLE_NAME = re.compile(
    rf"((?:{NAME_TOKEN}{NAME_GAP}){{0,3}}{NAME_TOKEN}(?:[’']s|s[’'])(?:\s+[A-Za-z][\w-]*){{1,4}}),\s+({NAME_TOKEN}(?:{NAME_GAP}{NAME_TOKEN}){{1,4}}),"
)
_DET_SUBJECT = re.compile(rf"(?:{'|'.join(sorted(DET_CAPS))})\s+[a-z][\w'’-]*(?:\s+[\w'’-]+){{0,5}}")
_CAPITAL_WORD = re.compile(r"[A-Z][a-z]+\b")


def _opens_phrase(word: str, rest: str) -> bool:
    """Whether a capitalised first word opens an adverbial phrase, not a name ('Asked about …,')."""
    w = word.lower()
    if w in LEADING or w in PREPOSITIONS or w in {"following", "speaking", "asked"}:
        return True
    nxt = rest.split(None, 1)[0].lower() if rest.split() else ""
    if _TIME_LATER.match(rest):
        return True  # 'Hours later, …', 'Weeks ago, …': a time adverbial
    if w.endswith("ed") and nxt in PREPOSITIONS:
        return True  # 'Reached by phone, …', 'Pressed on the issue, …': a participle phrase
    # A participle or an adverb before its object: 'Acknowledging that …,', 'Surveying the …,'.
    return (w.endswith("ing") or w.endswith("ly")) and nxt in SMALL | _PHRASE_NEXT


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
        name, title = split_title(drop_function_words(of.group(1) if of else app.group(1)))
        if name:
            role = ", ".join(x for x in (title, app.group(2).strip()) if x)
            return Attribution(name, role or None)
    # "Reyes, who is a pilot at the port of Elma, Ohio, said": a relative or descriptive appositive
    # may hold commas of its own (places, lists); the subject is the name before it.
    app = _APPOSITIVE_CLAUSE.search(s)
    if app and app.group(2).count(",") >= 1:
        name, title = split_title(drop_function_words(app.group(1)))
        if name and name not in NOT_NAMES:
            # 'Lee, during a visit to Elma, Ohio, said': a phrase between commas, not a role.
            phrase = app.group(2).split(None, 1)[0].lower() in PREPOSITIONS | LEADING
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
            head = s[: tail.start()].rstrip(" ,")
            # 'a lecture from the Mexican president, who said': with no subject of its own before
            # it, the relative pronoun stands for the noun phrase it follows (its antecedent).
            return subject_before(head) or _antecedent(head)
        return Attribution(tail.group(1), pronoun=True)
    clause = _CLAUSE_CUT.split(s)[-1].strip() if s else ""
    if _POSSESSIVE_END.search(clause):
        return None  # 'said Rubio's plan …', 'It's': a possessive or a contraction is no subject
    run = NAME_AT_END.search(clause)
    if run and run.group(1).split()[-1].rstrip(".").lower() not in SMALL:
        # 'Ann Lee of Elma said', 'Ann Lee of Elma, Ohio says': the person, not the place.
        at = len(s) - len(clause) + run.start(1) if s.endswith(clause) else -1
        of = _person_of(s, at) if at > 0 else None
        if of:
            name, title = split_title(drop_function_words(of.group(1)))
            return Attribution(name, title) if name and name not in NOT_NAMES else None
        name, title = split_title(drop_function_words(run.group(1)))
        if not name or name in NOT_NAMES:
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


# The last determiner noun phrase of a text: 'the memoirs of a former East German spymaster'.
_LAST_DET_NP = re.compile(r"(?:^|\s)((?:the|a|an|one|another)\s+(?:(?!(?:the|a|an)\s)[\w’'-]+\s+){0,4}[\w’'-]+)$", re.IGNORECASE)


_INVERTING = frozenset({"said", "says", "added", "adds"})


def _antecedent(s: str) -> Attribution | None:
    """The determiner noun phrase that ends ``s``, when no preposition or verb is inside it.

    After an inverted speech verb the antecedent is its subject, however it is described
    ('said one Democrat familiar with the talks, who added'), not the last noun phrase; after
    any other speech verb there is none.
    """
    verbs = list(lexicon.VERB.finditer(s))
    if verbs and verbs[-1].group(0).lower() in _INVERTING:
        who, _ = inverted_subject(s[verbs[-1].end() :])
        if who is not None:
            return None if who.pronoun else who
    if verbs:
        # 'Groups are asking Lee to repudiate a general who suggested "…"': an earlier speech
        # verb's subject reports the words (the annotated source); that verb decides.
        return None
    m = _LAST_DET_NP.search(s)
    if not m:
        return None
    words = m.group(1).split()
    if any(w.lower() in PREPOSITIONS or w.lower() in SMALL or w.lower() in PRONOUNS or lexicon.VERB.fullmatch(w) for w in words[1:]):
        return None
    return Attribution(m.group(1))


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
        if (w.endswith("ed") and len(w) > 4) or w in _IRREGULAR_PAST or lexicon.VERB.fullmatch(w):
            return " ".join(words[:i])
        # A present tense before its object's determiner ('The ad targets a …', 'The group's Web page
        # features a …'): a plural noun is not followed by an article.
        if i + 1 < len(words) and _PRESENT.fullmatch(w) and words[i + 1].lower() in _OBJECT_DETERMINERS:
            return " ".join(words[:i])
    return np


# Irregular past tenses (a closed class) that open a predicate; not those that are also
# adjectives or nouns ('the left', 'a lost cause', 'the newly found').
_IRREGULAR_PAST = {
    "put", "sent", "made", "took", "gave", "went", "got", "told", "said", "spoke", "wrote",
    "began", "came", "became", "brought", "kept", "knew", "met", "ran", "stood", "sought", "heard",
}  # fmt: skip
_PRESENT = re.compile(r"[a-z]{2,}[^s'’]s")
_OBJECT_DETERMINERS = {"a", "an", "the", "his", "her", "its", "their"}  # not "this": "this week"


_LEAD_ADVERB = re.compile(r"^(?:(?:even|also|only|then|now|still|just|yet)\s+)+")
_POSSESSIVE_END = re.compile(r"[’']s$")


def inverted_subject(s: str, before_quote: bool = False, source: bool = False) -> tuple[Attribution | None, int]:
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
        name, title = split_title(drop_function_words(later.group(2)))
        if name and name not in NOT_NAMES:
            return Attribution(name, f"{m.group(0).strip()} {later.group(1).strip()}"), later.end()
    if m and (not m.group(1) or m.group(1).split()[0].lower() not in _DETERMINERS):
        name, title = split_title(drop_function_words(m.group(2)))
        if name and name not in NOT_NAMES:
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
    if m and before_quote and not _INVERTED_END.match(s, m.end()):
        m = None  # 'said they were "angry"': the pronoun opens the reported clause, as a name would
    if m:
        return Attribution(m.group(1), pronoun=True), m.end()
    return None, 0


_ROLE_THEN_NAME = re.compile(rf"\s+((?:[a-z][\w-]*\s+){{1,3}})({NAME_TOKEN}(?:{NAME_GAP}{NAME_TOKEN}){{1,6}})(?=\s*(?:[,:;.—–(]|-\s|$))")


def _is_role_words(words: str) -> bool:
    """Lowercase words that can only be a role's modifiers and head: no verb, function word or clause opener."""
    return not any(
        w in SMALL or w in PREPOSITIONS or w in _CLAUSE_OPENERS or w in LEADING or w in PRONOUNS
        or lexicon.VERB.fullmatch(w) or FINITE.fullmatch(w) or w.endswith("ly")
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
_INVERTED_NAME = re.compile(rf"\s*((?:[\w/'’-]+\s+){{0,4}}?)({NAME_TOKEN}(?:{NAME_GAP}{NAME_TOKEN}){{0,6}})")
_INVERTED_ROLE = re.compile(r"\s*,\s*(?:an?|the)\s+([^,.\"“”]{2,120})")
_DESCRIBED = re.compile(rf"\s*((?:{_DETERMINER})\s+[\w\s.’'-]{{2,60}}?)(?=[,.;]|$|\s+(?:who|whose)\b)")
_DESCRIBED_BEFORE_QUOTE = re.compile(rf"\s*((?:{_DETERMINER})\s+[\w\s.’'-]{{2,60}}?)(?=\s*[,.;:—–-]\s*$)")
_INVERTED_PRONOUN = re.compile(r"\s*(he|she|they|we|I)\b", re.IGNORECASE)


def subject_after(s: str) -> tuple[Attribution | None, int]:
    """The subject right after an inverted verb or 'according to' at the start of ``s``."""
    return inverted_subject(s, source=True)


# A finite verb by its form: a past tense, a third person singular present, or a learned speech verb.
FINITE = re.compile(r"[a-z]{2,}(?:ed|[^s'’]s)")
