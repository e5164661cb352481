"""English stance cues: a stance or speech verb, its subject, and the clause it governs.

The verbs and the collective actor nouns come from PolNeAR train
(``bench/stance_vocab.py`` prints the lists they were chosen from; the ten
en-dev articles are left out). Rooms: ``en_verbs`` (the verbs, where a clause ends),
``en_actors`` (what names an actor), ``en_names`` (the people named, where a name stands),
``en_holders`` (the verb's subject), ``en_forms`` (participles, inverted attributions);
this module reads each sentence's verbs with them (``en_stances``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ...article import EN_TITLE_ABBREVIATIONS, Article
from .. import en as cues_en
from ..types import Attribution, Mention
from .base import StanceCue
from .en_actors import EN_ACTORS, EN_LEAD, en_subject
from .en_forms import inverted_stance, participle_stances
from .en_holders import en_holder
from .en_names import named_in_full, people_named
from .en_verbs import (
    EN_ADVERBIAL_THAT,
    EN_AUX,
    EN_CLAUSE_END,
    EN_DIRECT,
    EN_ING,
    EN_NOT_A_STANCE_REPORT,
    EN_NOUN_AFTER,
    EN_NOUN_BEFORE,
    EN_PASSIVE,
    EN_REPORTED_END,
    EN_SPEECH,
    EN_VERB,
    en_no_content,
    speech_act,
    verbs_in,
)


# How many of a named speaker's first direct quotes are read as their words on the matter.
EN_QUOTES_PER_SPEAKER = 3


def en_stances(article: Article, masked: str) -> Iterator[StanceCue]:
    text = article.text
    mentions = sorted(cues_en.named_subjects(masked), key=lambda m: m.pos)
    found: list[list[Mention]] = []

    def people() -> list[Mention]:
        # Read once, and only for an article with a description in subject position.
        if not found:
            found.append(people_named(article, masked, mentions))
        return found[0]

    persons = named_in_full(masked, mentions)
    for s in article.sentences:
        for v in verbs_in(masked, s.start, s.end):
            before = masked[s.start : v.start()]
            if v.re is not EN_ING and (
                EN_PASSIVE.search(before) or EN_NOUN_BEFORE.search(before) or EN_NOUN_AFTER.match(masked, v.start())
            ):
                continue  # 'was supported by', 'the support of', 'to support', 'announced plans to', 'Latino support for'
            if v.re is EN_VERB and _passive_participle(masked, before, v):
                continue  # 'The man accused of purchasing …', 'a staffer backed by the senator': a passive participle
            aux = EN_AUX.search(before)
            head = before[: aux.start()] if aux else before
            who = en_subject(head)
            if who is None and re.search(r"\band\s*$", head):
                # 'Likewise, Trump went after X and called for …': the sentence's subject.
                who = cues_en.main_subject(EN_LEAD.sub("", masked[s.start : v.start()]))
            rel = _EN_RESTRICTIVE_CLAUSE.search(head) if who is None else None
            if rel is not None:
                # 'Even Republicans who have praised his candidacy warned …': the subject before the relative clause.
                who = en_subject(head[: rel.start()])
            if who is None:
                continue
            if _EN_RESTRICTIVE_WHO.search(head) and not _full_name(who.name):
                continue  # 'Republicans who want to be president squared off': the clause says which ones, no stance
            if _hypothetical(head, who.name):
                continue  # 'what would happen if their candidate announced he would not back Trump': not taken
            if v.re is EN_VERB and _bare_after_one(head, who, v.group(0), aux.group(0) if aux else ""):
                continue  # 'the DOJ demand that …', 'Trump support is strong': no finite verb of one named subject
            if v.re is not EN_SPEECH and aux and _EN_NOT_DONE.search(aux.group(0)) and _EN_ACCUSING.match(v.group(0)):
                continue  # 'The U.S. has never formally accused Riyadh of …': an act not done is no stance
            if v.re is EN_VERB and aux and _EN_PLUPERFECT.search(aux.group(0)) and _EN_INTENDING.fullmatch(v.group(0)):
                continue  # 'Kasich had planned to continue his bid': an intention the story has overtaken, not a stance
            if aux and _EN_AT_FIRST.search(aux.group(0)):
                continue  # 'Sanders initially defended his vote, but …': a stance the story says was given up
            name = en_holder(masked, s.start, v.start(), who, people, persons)
            if name is None:
                continue
            speech = v.re is EN_SPEECH
            if speech and EN_NOT_A_STANCE_REPORT.match(v.group(0)):
                continue
            if not speech and speech_act(v.group(0), masked, v.end()):
                continue  # 'declined to comment', 'offered his assessment': speaking or not, no stance
            # Reported speech: what was said. A stance verb: from after the subject, negation kept.
            start = v.end() if speech else s.start + (aux.start() if aux else len(before.rstrip()))
            reported = speech and (v.group(0).rstrip().endswith("that") or not EN_DIRECT.match(masked, v.end()))
            # A stance verb's clause runs through a fragment it quotes ('vowed to "bomb the hell" out of
            # ISIS', 'called the plan a "Chinese menu"'); speech quoted right after the verb is its own record.
            through = reported or (not speech and not EN_DIRECT.match(masked, v.end()))
            stop = (EN_REPORTED_END if through else EN_CLAUSE_END).search(masked, v.end(), s.end)
            if reported and stop:
                stop = _past_a_relative(masked, v.end(), stop, s.end)
            end = stop.start() if stop else s.end
            if _EN_FRONTED_CLAUSE.match(masked, s.start, v.start()):
                # 'While Sanders has pledged to support Clinton as the nominee, Devine suggested …': a fronted
                # clause ends at its comma; what follows is the main clause, another subject's.
                comma = masked.find(",", v.end(), end)
                end = comma if comma != -1 else end
            if speech and en_no_content(text[v.end() : end]):
                # 'told delegates at the convention that …': an adverbial, then what was said.
                then = EN_ADVERBIAL_THAT.match(masked, v.end(), end)
                if then:
                    start = then.end()
            stance = text[start:end].strip(" ,")
            content = text[start:end]
            if len(stance.split()) < 3 or (speech and en_no_content(content)):
                continue
            if _EN_POLL_SPLIT.search(stance):
                continue  # 'Republicans favored Trump, 82 percent to 6 percent': a poll's count, no actor's stance
            if not speech and _object_gap(masked[v.end() : end], head, who.name):
                continue  # 'a ruling which Beijing has vowed to ignore', 'the wall he wants to build': the object is the noun before
            start = text.index(stance, start)
            obj = re.split(r"[,;.]|\b(?:to|that|if|because|unless|after|before|when|in order)\b", text[v.end() : end], maxsplit=1)[0]
            topic = " ".join(obj.split()[:8]) or stance
            yield StanceCue(name, v.group(0), stance, topic, start, start + len(stance), s.index,
                            cues_en.looks_person(name))  # fmt: skip
        after = inverted_stance(article, masked, s.index)
        if after is not None:
            yield after
        yield from participle_stances(article, masked, s.index, people, persons)


# A restrictive relative clause on a common noun or a group ('A dozen Republicans who want to be president
# squared off', 'the party leaders who can support the candidate of their choice', 'a veteran GOP leader who
# had endorsed Kasich'): it tells which ones the noun means; the sentence's verb comes after it. With no
# comma before 'who', it reports nobody's stance (PolNeAR train outside the labelled sets: 5 such records,
# every one a garbled clause, a generic group or a description standing for the person named before it).
# A person's full name keeps its own ('Gov. Pete Wilson who supported Proposition 226').
_EN_RESTRICTIVE_WHO = re.compile(r"(?<![,—–-])\s+who(?:\s+[a-z]+ly)?\s*$")
_EN_RESTRICTIVE_CLAUSE = re.compile(r"(?<![,—–-])\s+who\s+[^,;:—–\"“”]+$")
_EN_FULL_NAME = re.compile(r"(?:[A-Z][\w.'’-]*\s+)+[A-Z][\w'’-]+")


def _full_name(name: str) -> bool:
    """A person's name in full ('Pete Wilson who supported …' is his own), not a group ('Senate Republicans')."""
    name = name.strip()
    return _EN_FULL_NAME.fullmatch(name) is not None and name.split()[-1].lower() not in EN_ACTORS

# A sentence that opens with an adverbial clause ('While Clinton pledged …, Sanders insisted …', 'When Sanders
# accused Clinton of …, she said …', 'After Jerry Brown criticized …, Hillary shot back'), with no comma
# before the verb: the verb is the clause's, and the clause ends at the next comma.
_EN_FRONTED_CLAUSE = re.compile(
    r"\s*[\"“‘']?(?:(?:And|But|Yet)\s+(?=[a-z]))?(?i:while|whereas|although|though|even\s+though|even\s+as|when|whenever|"
    r"where|after|as|because|since|before|once|until)\b[^,;:—]*$"
)

# A poll's split of its respondents ('favored Clinton, 72 percent to 8 percent', 'say they should …, 76%-21%'):
# PolNeAR train outside the labelled sets: 4 such records, every one a poll's result read as a group's stance.
_EN_POLL_SPLIT = re.compile(r"\d\s*(?:%|percent)\s*(?:to|-|–)\s*\d")

# A past participle after its noun, the passive with no 'was' ('The woman accused of deliberately driving …
# told police', 'a staffer for Sen. Gillibrand, backed by the senator', 'the SVP … proposed by the
# government'): its agent follows 'by', or a verb whose object comes first ('accused X of', 'blamed X for')
# has none. The name before it is no subject of the verb (PolNeAR train outside the labelled sets: 5 such
# records; the verb's active forms are 'accused him of', 'backed the bill').
_EN_PARTICIPLE_PASSIVE = re.compile(
    r"(?:\w+ed|sought)\s+by\b"
    r"|(?:accus|blam|prais|criticiz|condemn|denounc|attack|slamm|blast|mock|rebuk|chid|lambast|fault|chastis|scold|castigat|excoriat)ed\s+(?:of|for)\b"
)
_EN_RELATIVE_OPEN = re.compile(r"\b(?:which|whom|that)\b[^,;:—]*$")


def _passive_participle(masked: str, before: str, v: re.Match[str]) -> bool:
    """The stance verb at ``v`` is a passive participle after a noun, not the finite verb of a subject.

    Not after an auxiliary nor inside a relative clause whose object is the noun before it ('a socialist
    whom she has accused of selling pipe dreams', 'the offshoot, which Hollande blamed for the attacks'):
    there the subject before the verb is its own.
    """
    if not _EN_PARTICIPLE_PASSIVE.match(masked, v.start()) or EN_AUX.search(before):
        return False
    return _EN_RELATIVE_OPEN.search(before) is None


# A stance verb whose object stands before its subject: a relative clause on that noun ('a ruling …, which
# Beijing has vowed to ignore', 'the border wall he wants to build', 'something many Republicans had urged
# him to do'). Nothing after the verb but an infinitive's bare verb, a pronoun and such an infinitive, or a
# stranded preposition; the subject right after a relative pronoun or a lower-case noun (not a time word:
# 'This week Reyes vowed to resign' is her own stance).
_EN_NO_OBJECT = re.compile(
    r"\s*(?:(?:\w+\s+)?to\s+[a-z]+(?:\s+(?:about|for|with|on|at|of|in|into|against|from))?|(?:about|for|with|on|at|of|in|into|against|from))?\s*$"
)
_EN_AFTER_A_NOUN = re.compile(
    r"(?:\b(?:which|whom)|(?<![\w-])(?!(?:and|but|or|so|also|then|now|said|says|while|when|as|if|because|after|before|though|although|yet|since|until|once|where|why|how|what|who|that|even|only|just|still|here|there|"
    r"week|weeks|month|months|year|years|day|days|morning|afternoon|evening|night|weekend|time|ago|today|yesterday|"
    r"tonight|earlier|later|instead|too)\b)[a-z][a-z-]+)\s+$"
)


def _object_gap(clause: str, head: str, name: str) -> bool:
    """The verb's ``clause`` has no object and its subject ``name`` (ending ``head``) opens a relative clause on a noun."""
    if not _EN_NO_OBJECT.fullmatch(clause):
        return False
    at = head.rfind(name)
    return at > 0 and _EN_AFTER_A_NOUN.search(head[:at]) is not None


# A subject after 'if', 'whether' or 'unless' (a few words may stand between: 'if, say, Trump') is
# a supposition's: 'officials looked into what would happen if their candidate announced he would
# not back Trump', 'asked whether Clinton would support …' state no stance anybody takes. So does one
# after 'how', 'why' or 'what', an embedded question or a free relative: 'asking Sanders why he has
# criticized …', 'That was what Sanders wanted to hear', 'no details about how he planned to …'.
_EN_SUPPOSED = re.compile(r"\b(?:if|whether|unless|how|why|what)\s+(?:\S+\s+){0,2}$", re.IGNORECASE)

# A relative clause set off by commas right after the reported clause's subject ('said the decision,
# which struck down restrictions on clinics, illustrates …'): the reported clause goes on after it.
_EN_RELATIVE_AFTER_SUBJECT = re.compile(r",\s*(?:which|who)\b[^,;:—]*,\s+(?=[a-z])")


def _past_a_relative(masked: str, lo: int, stop: re.Match[str], hi: int) -> re.Match[str] | None:
    """The reported clause's end, read past a relative clause right after its (short) subject."""
    rel = _EN_RELATIVE_AFTER_SUBJECT.match(masked, stop.start(), hi)
    if rel is None or len(masked[lo : stop.start()].split()) > 4:
        return stop
    return EN_REPORTED_END.search(masked, rel.end(), hi)


# A verb that agrees with a singular subject carries -s (or a past form, or an auxiliary before it):
# 'the DOJ demand that HB2 …', 'a Department of Defense offer', 'Trump support is strong in …', 'Does
# Rubio, like Tilton, 19, oppose …' are a noun or another subject's verb (PolNeAR train outside the
# labelled sets: 9 such records, every one a noun, a poll's place or a question's aside).
_EN_FINITE_AUX = re.compile(r"\b(?:has|have|had|would|will|could|should|may|might|must|can|did|does|do|is|are|was|were|continues?|continued)\b|n't")
_EN_PAST_BARE = {"sought", "took", "came"}
# A title before the second of two names joined ("Cruz and Sen. Ann Lee want").
_TITLE = "|".join(EN_TITLE_ABBREVIATIONS)


def _bare_after_one(head: str, who: Attribution, verb: str, aux: str) -> bool:
    """The stance verb ``verb`` is a bare form (no -s, no past) after one singular named subject and no auxiliary."""
    first = verb.split()[0]
    if first.endswith(("s", "ed")) or first in _EN_PAST_BARE or _EN_FINITE_AUX.search(aux):
        return False
    name = who.name.strip()
    if who.pronoun and name.lower() not in ("he", "she", "it"):
        return False  # 'they support', 'we oppose'
    if not name[:1].isupper() and not who.pronoun:
        return False  # a common noun may be plural without an -s ('people want', 'the police oppose')
    at = head.rfind(name)
    joined = re.search(rf"(?:\band|&)\s*(?:(?:{_TITLE})\.?\s+)?$", head[:at]) if at != -1 else None
    return not (name.split()[-1].endswith("s") or " and " in name or joined)


def _hypothetical(head: str, name: str) -> bool:
    """The subject ``name`` (at the end of ``head``) is the subject of an if-, whether- or unless-clause."""
    at = head.rfind(name)
    return at != -1 and _EN_SUPPOSED.search(head[:at]) is not None


# Accusing, blaming and criticising not done ('has not publicly accused', 'has never formally
# accused', 'did not blame the collapse on …'): the article states what the actor has not said, a fact
# about the record, not a stance the actor takes ('would not support', 'will not back' still are).
_EN_NOT_DONE = re.compile(r"\b(?:has|have|had|did|does|do)\s+(?:\w+ly\s+)?(?:not|never|n't)\b|\bnever\b(?!.*\b(?:will|would)\b)")

# An intention in the pluperfect ('had planned to', 'had hoped to', 'had sought to') is one events
# overtook: Kasich had planned to continue (he quit), Trump had planned to give remarks (he did not).
# PolNeAR train outside the labelled sets: 5 such records, none a stance the actor holds in the story.
_EN_PLUPERFECT = re.compile(r"\bhad\b")
_EN_INTENDING = re.compile(r"planned to|hoped to|sought|wanted")
_EN_ACCUSING = re.compile(r"accus|blam|criticiz|condemn|denounc|attack|blast|slam|rebuk|chid|assail|lambast|knock|mock", re.IGNORECASE)


# A stance its actor took at first ('Sanders initially defended his vote, but late Saturday he announced he
# supported repeal', 'Trump had initially welcomed Khan's election', 'Prosecutors initially threatened to charge
# him …', 'Obama originally asked for $1.9 billion'): the adverb tells the story has moved past it, as the
# pluperfect's intention. PolNeAR train outside the labelled sets: 6 such cues, every one dropped, contradicted
# or overtaken in the article. Not 'once again' (a stance repeated) nor 'previously' (held before, and still).
_EN_AT_FIRST = re.compile(r"\b(?:initially|originally)\b|\bonce\b(?!\s+again)")
