"""English quote speakers: who said a quotation, from the verbs and names around it, and the named subjects
(of speech verbs and of sentences) that a later pronoun may stand for."""

from __future__ import annotations

import re
from dataclasses import replace

from ...article import EN_ABBREVIATIONS
from ..types import Attribution, Mention
from . import lexicon
from .names import NAME_GAP, NAME_TOKEN, PERSON_NAME, drop_function_words, looks_person, split_title
from .subject import FINITE, inverted_subject, main_subject, subject_before
from .words import DET_CAPS, NOT_NAMES, PREPOSITIONS

# 'Reyes: "…"', 'Ann Lee and Tom Reyes: "…"', and after a lead-in dash ('Pollsters agree - Ann Lee: "…"');
# with no speech verb before it, after 'from' ('More from Ann Lee: "…"').
_NAMES = rf"({NAME_TOKEN}(?:{NAME_GAP}{NAME_TOKEN}){{0,4}}(?:\s+and\s+{NAME_TOKEN}(?:{NAME_GAP}{NAME_TOKEN}){{0,4}})?)\s*:\s*$"
_NAME_COLON = re.compile(rf"(?:^\s*|\s[-—–]\s*){_NAMES}")
_SOURCE_COLON = re.compile(rf"\sfrom\s+{_NAMES}")
_AFTER_LEAD = re.compile(r"^[\s,.!?—–-]*")
_STOP = re.compile(r"[!?;“\"”\n]|\.(?=\s|$)")


def sentence_end(s: str) -> int:
    """Where the sentence at the start of ``s`` ends (titles and initials do not end it)."""
    return _sentence_stop(s)


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
    m = lexicon.VERB_AT_START.match(rest)
    if m and not _PARTICIPLE.fullmatch(m.group(0).strip()):  # '"…," promising the club will …' is no inversion
        who, _ = inverted_subject(rest[m.end() :], source=m.group(0).strip().lower() == "according to")
        if who:
            return who
    # '"...," Reyes, a former envoy, told reporters.' — the verb within a few words.
    window = rest[: _sentence_stop(rest)]
    v = lexicon.VERB.search(window)
    if v and v.start() <= 160:
        who = subject_before(window[: v.start()])
        if who and len(window[: v.start()].split()) <= 14:
            return who
    return _reporting_clause(window) if object_quote else None


def _reporting_clause(window: str) -> Attribution | None:
    """The subject of the first finite verb of a clause that reports the quote before it."""
    words = window.split()
    if words and FINITE.fullmatch(words[0]):  # '"…," agrees Ann Lee, 30, of Elma.'
        who, _ = inverted_subject(window[window.index(words[0]) + len(words[0]) :])
        return who
    learned = [i for i, w in enumerate(words[:9]) if i and lexicon.VERB.fullmatch(w)]
    for i, w in enumerate(words[:9]):
        # '"…," Toomey fumed on Tuesday.', '"…," federal prosecutors wrote' (a learned verb comes first).
        if i and (i == learned[0] if learned else FINITE.fullmatch(w)):
            subject = " ".join(words[:i])
            if _FUNCTION_START.match(subject) or words[0].lower() in PREPOSITIONS:
                return None  # '"…," in sharp contrast to …': a phrase, not a subject
            who = subject_before(subject)
            if who is None and (i >= 2 or learned) and _BARE_NP.fullmatch(subject):
                who = Attribution(subject)
            return who
        if w[-1:] in ",;:":
            break
    return None


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
        m = lexicon.VERB_AT_START.match(rest)
        if m:
            who, _ = inverted_subject(rest[m.end() :])
            if who:
                return who
            continue
        v = lexicon.VERB.search(rest)
        if v and len(rest[: v.start()].split()) <= 8 and len(rest[v.end() :].split()) <= 6:
            who = subject_before(rest[: v.start()])
            if who:
                return who
    return None


def attribute_before(text: str, lo: int, qstart: int) -> Attribution | None:
    """Speaker of a quote from the same sentence before it: 'Trump said: "..."'."""
    before = text[lo:qstart]
    turn = _NAME_COLON.search(before) or (None if lexicon.VERB.search(before) else _SOURCE_COLON.search(before))
    if turn:
        # 'Reyes: "We will wait."': a name and a colon introduce the words.
        name, title = split_title(drop_function_words(turn.group(1)))
        if name and name not in NOT_NAMES:
            return Attribution(name, title, verb_at=lo + turn.start(1))
    verbs = list(lexicon.VERB.finditer(before))
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
            who, _ = inverted_subject(gap, before_quote=vtext != "according to")
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
            who, _ = inverted_subject(gap, before_quote=True)
            if who and (vtext in ("said", "says") or (not who.pronoun and looks_person(who.name))):
                return replace(who, adjacent=True, verb_at=lo + v.start())
    return None


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
    words = drop_function_words(m.group(2)).split()
    while words and (words[0].lower() in PREPOSITIONS or words[0] in DET_CAPS):
        words.pop(0)  # 'From Ann Lee's "…"', 'The Mayor's "…"'
    name, title = split_title(" ".join(words))
    if not name or name in NOT_NAMES:
        return None
    return Attribution(name, title, verb_at=at + m.start())


def named_subjects(text: str) -> list[Mention]:
    """Every named subject of a speech verb, for pronoun resolution."""
    out: list[Mention] = []
    for v in lexicon.VERB.finditer(text):
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
    named = [(m.start(), m.group().split()[-1]) for m in PERSON_NAME.finditer(text) if looks_person(m.group())]
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
        if PERSON_NAME.fullmatch(who.name):
            surnames.add(who.name.split()[-1])
        elif who.name not in surnames:
            continue
        out.append(Mention(lo, who.name, who.role, True))
    return out


_CAPITAL_START = re.compile(r"\s*[\"“]?\s*[A-Z]")


_APPOSITIVE = re.compile(
    r"\b(?:[Ss]pokes(?:wo)?man|[Ss]pokesperson|[Mm]inister|[Pp]rofessor|[Oo]fficial|[Dd]irector|"
    r"[Aa]mbassador|[Ss]ecretary|[Aa]nalyst|[Ff]ellow|[Cc]hairman|[Cc]hairwoman|[Pp]resident)"
    r"\b[^,.\n\"“”]{0,60}, ([A-Z][a-z]+(?: [A-Z][a-z]+){1,2}),"
)
