"""English stance cues: a stance or speech verb, its subject, and the clause it governs.

The verbs and the collective actor nouns come from PolNeAR train
(``bench/stance_vocab.py`` prints the lists they were chosen from; the ten
en-dev articles are left out).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import lru_cache

from ...article import Article
from .. import en as cues_en
from ..speakers import DESCRIPTION_REACH
from ..types import Attribution, Mention
from .base import StanceCue, last_person

# Stance verbs among PolNeAR train attribution cues (wants 27, support 23, urged 21,
# called for 18, refused 16, warned 14, vowed 14, pledged 14, offered 13, proposed 13, …).
_EN_VERBS = (
    r"wants?|wanted|demand(?:s|ed)?|offer(?:s|ed)?|refus(?:es|ed|e)|support(?:s|ed)?|"
    r"oppos(?:es|ed|e)|warn(?:s|ed)?|urg(?:es|ed|e)|reject(?:s|ed)?|call(?:s|ed)? (?:for|on|upon)|"
    r"vow(?:s|ed)?|pledg(?:es|ed|e)|promis(?:es|ed|e)|propos(?:es|ed|e)|seeks?|sought|"
    r"insist(?:s|ed)?|endors(?:es|ed|e)|defend(?:s|ed)?|criticiz(?:es|ed|e)|condemn(?:s|ed)?|"
    r"denounc(?:es|ed|e)|blam(?:es|ed|e)|accus(?:es|ed|e)|prais(?:es|ed|e)|favou?r(?:s|ed)?|"
    r"dismiss(?:es|ed)?|threaten(?:s|ed)?|plan(?:s|ned)? to|agree(?:s|d)? to|declin(?:es|ed|e) to|"
    r"push(?:es|ed)? for|ask(?:s|ed)? for|hop(?:es|ed|e) to|"
    # Criticism and praise, and a stance voiced (PolNeAR train, en-dev left out: attacked 37,
    # blasted 12, defended 11, touted 9, mocked 7, voiced 7, denied 6, knocked 5, applauded 5, …).
    r"attack(?:s|ed)?|blast(?:s|ed)?|slam(?:s|med)?|mock(?:s|ed)?|knock(?:s|ed)?|assail(?:s|ed)?|"
    r"derid(?:es|ed|e)|lambast(?:es|ed|e)|rebuk(?:es|ed|e)|chid(?:es|ed|e)|applaud(?:s|ed)?|"
    r"tout(?:s|ed)?|hail(?:s|ed)?|champion(?:s|ed)?|backs|backed|den(?:ies|ied|y)|disavow(?:s|ed)?|"
    r"(?:voic|express|signal)(?:es|ed|e|d|s|led)? (?:his|her|their|its) (?:support|opposition|disapproval|concern)s?|"
    # A stance taken in a phrase (PolNeAR train without en-dev: voted to/for/against 49, pressed … to 8,
    # came out in support/against 6, lashed out at 4).
    r"vot(?:es|ed) (?:to|for|against)|press(?:es|ed)(?= (?:[\w.’'-]+ ){1,3}to )|lash(?:es|ed)? out (?:at|against)|"
    r"(?:comes|came) out (?:in (?:support|opposition|favou?r)|against|for)|"
    # More criticism and welcome (PolNeAR train attribution cues, en-dev and the held-out articles left out:
    # decried 6, encouraged 5, welcomed 4; and as stance verbs in its text: took aim at 6, disagreed with 8).
    r"decr(?:ies|ied)|welcom(?:es|ed)(?! (?:[\w.’'-]+ ){1,4}(?:to|into) (?:the )?[A-Z])|(?:takes|took) (?:aim at|issue with)|"
    r"disagree(?:s|d)? with|encourag(?:es|ed)(?= (?:[\w.’'-]+ ){1,3}to )|"
    # Rebuke and praise in other words, a plan unveiled, a stance kept (PolNeAR train text: unveiled 9,
    # doubled down on 5, rebuffed 4, pushed back 3, implored, lauded, castigated 2 each).
    # Not a participle with no object ('Perez, lauded for his effectiveness'), a passive's.
    r"(?:rebuff(?:s|ed)|laud(?:s|ed)|castigat(?:es|ed)|excoriat(?:es|ed)|chastis(?:es|ed)|scold(?:s|ed)|implor(?:es|ed))(?! (?:for|as|by)\b)|"
    r"unveil(?:s|ed)(?= (?:a|an|his|her|their|its) (?:[\w-]+ )?(?:plan|proposal|agenda|bill|legislation))|"
    r"doubl(?:es|ed) down on|push(?:es|ed) back (?:on|against)|question(?:s|ed) (?:whether|why)|"
    # Calling someone or something a name: 'called Trump "unhinged"', 'called the plan "the least bad
    # option"', 'called him a fascist' (PolNeAR train attribution cues: called 87, calls 25). The object,
    # then a quote or an indefinite article; not 'called for/on', a meeting or a vote ('called a press conference').
    r"(?<!what he )(?<!what she )(?<!what it )(?<!what they )call(?:s|ed)(?= (?!(?:for|on|upon|off|a|an)\b)(?:[\w.’'-]+ ){1,4}?(?:[\"“]|an? (?!(?:press|news|meeting|vote|halt|special|recess)\b)))"
)
# A stance verb in the progressive ('Republicans are happily supporting the delay', 'is seeking'; PolNeAR
# train: 69 after is/are/was/were/been): read only after the auxiliary, where the -ing form is a verb.
_EN_ING = re.compile(
    r"\b(?:supporting|opposing|urging|calling (?:for|on|upon)|demanding|pushing for|threatening|refusing|"
    r"promising|pledging|vowing|warning|backing(?! (?:down|off|away))|insisting|pressing|rejecting|"
    r"hailing|praising|criticizing|attacking|blasting(?! out)|slamming|pushing(?= (?:[\w.’'-]+ ){1,4}to ))\b"
)  # not 'seeking' (the nomination, a fifth term) nor 'fighting for' (second place): a race, not a stance
_EN_BE_BEFORE = re.compile(r"\b(?:is|are|was|were|been)\s+(?:(?:\w+ly|not|also|still|now)\s+)*$")
EN_VERB = re.compile(rf"\b(?:{_EN_VERBS})\b")
# Speech and belief verbs followed by reported content ('say (that) the move will …'), not by a quote.
_EN_SPEECH = re.compile(
    # The reporting class, and what it leaves out: base forms, forms that can be nouns, belief verbs,
    # and forms that can be adjectives or take other objects, which report only before 'that'
    # (PolNeAR train: pointed/points out that 17, admitted/admits that 9, implied that 5, charged that 4).
    rf"\b(?:say|argue|stresses|claims|noted|believes?|believed|thinks?|thought|told \w+|{cues_en.REPORTING}|"
    r"(?:pointed|points) out(?=\s+that\b)|(?:admit(?:s|ted)|impl(?:ies|ied)|charged)(?=\s+that\b))"
    r"(?:,)?\s+(?:that\s+)?(?=[A-Za-z\"“])"
)
# Between subject and verb: auxiliaries, negation, adverbs ('has long opposed', 'would not support').
_EN_AUX = re.compile(
    r"(?:\s+(?:has|have|had|would|will|could|should|may|might|must|can|did|does|do|is|are|was|"
    r"were|not|n't|never|also|long|still|again|now|already|once|continues? to|continued to|"
    r"[a-z]+ly))+\s*$"
)
# Before a verb form used as a noun or an infinitive: a determiner, 'of', 'to', another verb.
# After a preposition ('with plans to send', 'in support of'), a gerund ('spreading attack
# literature') or a copula and an article with
# its adjectives ('was a sustained clarion call for') the verb form is a noun too.
_EN_NOUN_BEFORE = re.compile(
    rf"\b(?:the|a|an|his|her|their|its|our|my|your|this|that|any|no|of|to|with|without|in|for|by|"
    rf"from|about|{_EN_VERBS}|announced|said|says|(?-i:(?!morning|evening|during|\w*thing)[a-z]{{2,}}ing))\s*$"
    r"|\b(?:is|was|are|were|be|been)\s+(?:a|an|the)\s+(?:[a-z][\w-]*\s+){0,3}$",
    re.IGNORECASE,
)
# A verb form that is also a noun, before the preposition only the noun takes: 'Latino support for the
# party', 'demands for a recount', 'attacks on Clinton' (the verbs take a direct object).
_EN_NOUN_AFTER = re.compile(
    r"(?:support|supports|demands?|offers?|pledges?|promises?|attacks?|proposes|threats?)\s+(?:for|of|from|among|behind|on)\b"
    # A transitive verb with no object is the noun: 'After the Paris attacks, Rubio …', 'the Benghazi
    # attack, including …', 'Despite Cruz consolidating anti-Trump support, …', 'turn out Clinton support and
    # rally …' (PolNeAR train outside the labelled sets: 13 such holders, every one a place or a modifier).
    r"|(?:support|attacks?)(?=\s*(?:[,;:.]|\s(?:and|or|in|at|including)\b))"
)
_EN_PASSIVE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?$")
_EN_CLAUSE_BREAK = (
    r";|:|—|\s-\s|,\s*(?:saying|according|adding|who|which|but|while|although|though|"
    r"as|despite|even)\b|\.(?=\s|$)|[!?]"
)
_EN_CLAUSE_END = re.compile(rf"{_EN_CLAUSE_BREAK}|[\"“]")
# Reported speech runs through the words it quotes ('said that "we need more information" about
# …', 'said she was "proud to be a Democrat."'): a quote mark ends no reported clause. Speech
# quoted straight after the verb ('said, "We …"'; not after 'that') is direct speech, the quote's own record.
_EN_REPORTED_END = re.compile(_EN_CLAUSE_BREAK)
_EN_DIRECT = re.compile(r"\s*[,:]?\s*[\"“]")
_DAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year|morning|afternoon|evening|night)"
_EN_TIME_TAIL = re.compile(rf"\s+(?:(?:on|last|this|early|late|earlier|later)\s+)?{_DAY}(?:\s+{_DAY})?\s*$")
# A dateline or a sentence adverb before the subject: 'WASHINGTON ― ', 'Likewise, '.
_EN_LEAD = re.compile(r"^\s*(?:[A-Z][A-Z .]+\s*[―—–-]+\s*|[A-Z][a-z]+(?:ly|wise),\s*)")
_EN_CONNECTORS = {"but", "and", "so", "yet", "still", "however", "meanwhile", "now", "also", "even"}
# Words that open an adverbial, not reported content, after a speech verb.
_EN_NOT_CONTENT = {
    "in", "at", "on", "during", "after", "before", "to", "of", "for", "with", "by", "from", "as",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "last", "this",
    "earlier", "later", "recently", "yesterday", "today", "previously", "also", "then",
}  # fmt: skip
# Lower-case heads of PolNeAR train attribution sources that name actors (campaign 178,
# voters 82, officials 70, candidates 50, supporters 49, leaders 38, allies 30, …).
# 'experts' and 'analysts' are left out: an analyst's view is an expert assessment, not an
# actor's stance (the Chinese readers leave out 专家 and 学者 alike).
_EN_ACTORS = {
    "campaign", "campaigns", "voters", "officials", "official", "candidates", "candidate",
    "supporters", "supporter", "leaders", "leader", "allies", "group", "groups",
    "aides", "team", "administration", "party", "senators", "lawmakers", "advisers", "members",
    "government", "company", "agency", "board", "advocates", "critics", "committee",
    "organization", "organizations", "conservatives", "activists", "delegates", "prosecutors",
    "rivals", "opponents", "lawyers", "unions", "union", "protesters",
    "authorities", "progressives", "executives", "politicians", "democrats", "republicans",
}  # fmt: skip

# How many of a named speaker's first direct quotes are read as their words on the matter.
EN_QUOTES_PER_SPEAKER = 3


def progressive_stances(text: str, lo: int = 0, hi: int | None = None) -> list[re.Match[str]]:
    """Stance verbs in the progressive ('are happily supporting'): an -ing form after is/are/was/were/been."""
    hi = len(text) if hi is None else hi
    return [v for v in _EN_ING.finditer(text, lo, hi) if _EN_BE_BEFORE.search(text, lo, v.start())]


def _en_verbs(masked: str, lo: int, hi: int) -> list[re.Match[str]]:
    """Stance verbs, and speech verbs that report a content clause ('say the move will …')."""
    found = list(EN_VERB.finditer(masked, lo, hi)) + progressive_stances(masked, lo, hi)
    for v in _EN_SPEECH.finditer(masked, lo, hi):
        if not any(f.start() <= v.start() < f.end() for f in found):
            found.append(v)
    return sorted(found, key=lambda m: m.start())


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
        for v in _en_verbs(masked, s.start, s.end):
            before = masked[s.start : v.start()]
            if v.re is not _EN_ING and (
                _EN_PASSIVE.search(before) or _EN_NOUN_BEFORE.search(before) or _EN_NOUN_AFTER.match(masked, v.start())
            ):
                continue  # 'was supported by', 'the support of', 'to support', 'announced plans to', 'Latino support for'
            aux = _EN_AUX.search(before)
            head = before[: aux.start()] if aux else before
            who = _en_subject(head)
            if who is None and re.search(r"\band\s*$", head):
                # 'Likewise, Trump went after X and called for …': the sentence's subject.
                who = cues_en.main_subject(_EN_LEAD.sub("", masked[s.start : v.start()]))
            if who is None:
                continue
            if _hypothetical(head, who.name):
                continue  # 'what would happen if their candidate announced he would not back Trump': not taken
            if v.re is EN_VERB and _bare_after_one(head, who, v.group(0), aux.group(0) if aux else ""):
                continue  # 'the DOJ demand that …', 'Trump support is strong': no finite verb of one named subject
            if v.re is not _EN_SPEECH and aux and _EN_NOT_DONE.search(aux.group(0)) and _EN_ACCUSING.match(v.group(0)):
                continue  # 'The U.S. has never formally accused Riyadh of …': an act not done is no stance
            if v.re is EN_VERB and aux and _EN_PLUPERFECT.search(aux.group(0)) and _EN_INTENDING.fullmatch(v.group(0)):
                continue  # 'Kasich had planned to continue his bid': an intention the story has overtaken, not a stance
            name = _holder(masked, s.start, v.start(), who, people, persons)
            if name is None:
                continue
            speech = v.re is _EN_SPEECH
            if speech and _EN_NOT_A_STANCE_REPORT.match(v.group(0)):
                continue
            if not speech and _speech_act(v.group(0), masked, v.end()):
                continue  # 'declined to comment', 'offered his assessment': speaking or not, no stance
            # Reported speech: what was said. A stance verb: from after the subject, negation kept.
            start = v.end() if speech else s.start + (aux.start() if aux else len(before.rstrip()))
            reported = speech and (v.group(0).rstrip().endswith("that") or not _EN_DIRECT.match(masked, v.end()))
            # A stance verb's clause runs through a fragment it quotes ('vowed to "bomb the hell" out of
            # ISIS', 'called the plan a "Chinese menu"'); speech quoted right after the verb is its own record.
            through = reported or (not speech and not _EN_DIRECT.match(masked, v.end()))
            stop = (_EN_REPORTED_END if through else _EN_CLAUSE_END).search(masked, v.end(), s.end)
            if reported and stop:
                stop = _past_a_relative(masked, v.end(), stop, s.end)
            end = stop.start() if stop else s.end
            if speech and _en_no_content(text[v.end() : end]):
                # 'told delegates at the convention that …': an adverbial, then what was said.
                then = _EN_ADVERBIAL_THAT.match(masked, v.end(), end)
                if then:
                    start = then.end()
            stance = text[start:end].strip(" ,")
            content = text[start:end]
            if len(stance.split()) < 3 or (speech and _en_no_content(content)):
                continue
            if _EN_POLL_SPLIT.search(stance):
                continue  # 'Republicans favored Trump, 82 percent to 6 percent': a poll's count, no actor's stance
            start = text.index(stance, start)
            obj = re.split(r"[,;.]|\b(?:to|that|if|because|unless|after|before|when|in order)\b", text[v.end() : end], maxsplit=1)[0]
            topic = " ".join(obj.split()[:8]) or stance
            yield StanceCue(name, v.group(0), stance, topic, start, start + len(stance), s.index,
                            cues_en.looks_person(name))  # fmt: skip
        after = _inverted(article, masked, s.index)
        if after is not None:
            yield after
        yield from _participles(article, masked, s.index, people, persons)


# A poll's split of its respondents ('favored Clinton, 72 percent to 8 percent', 'say they should …, 76%-21%'):
# PolNeAR train outside the labelled sets: 4 such records, every one a poll's result read as a group's stance.
_EN_POLL_SPLIT = re.compile(r"\d\s*(?:%|percent)\s*(?:to|-|–)\s*\d")


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
    return _EN_REPORTED_END.search(masked, rel.end(), hi)


# A verb that agrees with a singular subject carries -s (or a past form, or an auxiliary before it):
# 'the DOJ demand that HB2 …', 'a Department of Defense offer', 'Trump support is strong in …', 'Does
# Rubio, like Tilton, 19, oppose …' are a noun or another subject's verb (PolNeAR train outside the
# labelled sets: 9 such records, every one a noun, a poll's place or a question's aside).
_EN_FINITE_AUX = re.compile(r"\b(?:has|have|had|would|will|could|should|may|might|must|can|did|does|do|is|are|was|were|continues?|continued)\b|n't")
_EN_PAST_BARE = {"sought", "took", "came"}


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
    joined = re.search(r"(?:\band|&)\s*(?:(?:Sens?|Reps?|Gov|Mr|Mrs|Ms|Dr)\.?\s+)?$", head[:at]) if at != -1 else None
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


def _holder(masked: str, lo: int, at: int, who: Attribution, people: Callable[[], list[Mention]],
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
        fits = [m for m in persons if not _EN_JOURNALIST_BEFORE.search(masked, max(0, _name_at(masked, m) - 60), _name_at(masked, m))
                and _sex(masked, m.name) in ("", name.lower())]
        name = _named_before(masked, lo, at, fits) or last_person(fits, at) or ""
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
    if _not_a_subject(masked, lo, pos, name) or _modifies_a_name(masked, lo, at, name):
        return None
    if _inside_a_document(masked, lo, pos, name):
        return None  # 'A projection by the firm Oxford Economics … predicted': the projection's
    if who.role and _EN_PERSON_OF.search(who.role):
        return None  # 'the former CEO of Hewlett-Packard added': the company is not the speaker
    if who.role and _EN_OUTLET_NOUN.search(who.role):
        return None  # 'The Israeli newspaper Haaretz noted': an outlet reports, it takes no stance
    pair = _EN_BOTH.search(masked[lo:pos]) if pos > lo else None
    if pair:
        return f"{pair.group(1)} and {name}"  # 'Lindsey Graham and David Perdue said': both hold it
    head = _EN_ROLE_AFTER.match(masked, pos + len(name), at)
    if head and head.group(1).lower() in _EN_ACTORS:
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
    group = head.endswith("s") and head in _EN_ACTORS - {"voters", "delegates"}
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


# A participle clause after the main clause ('Clinton responded Friday, saying the campaign was …',
# 'Davis lashed out at the nominee, telling Trump that …', '…, urging Congress to act'): the
# main clause's subject says or takes it. PolNeAR train attribution cues (en-dev left out):
# saying 115, adding 40, telling 33, noting 30, arguing 20, supporting 19, claiming 11, stating 10,
# calling for 8, backing 8, accusing 7, seeking 7, declaring 6, attacking 6, denouncing 6,
# promising 6, refusing 5, insisting 5, vowing 5, slamming 5, criticizing, pledging, threatening,
# alleging, calling on, blasting, defending, asserting, urging 4 each. Not 'supporting' and 'backing'
# after a comma: in train they report votes ('Utah has long been loyal to Republicans, supporting the
# party's candidates by double digits'), not a stance taken.
_EN_PART_SPEECH = (
    r"saying|adding|telling\s+(?:[\w.’'-]+\s+){0,3}?that|noting(?=\s+that\b)|arguing|stating|insisting|"
    r"asserting|alleging|warning|"
    # 'claiming his third victory', 'claiming 41 percent of the vote': a thing won, not a claim made.
    r"(?:claiming|declaring)(?!\s+(?:his|her|their|its|an?|victory|credit|responsibility|\d))"
)
_EN_PART_STANCE = (
    r"calling\s+(?:for|on|upon)|urging|refusing\s+to|vowing|pledging|promising|threatening|demanding|"
    r"accusing|criticizing|attacking|blasting|slamming|denouncing|defending|rejecting|seeking"
)
# Calling someone or something a name, as the stance verbs read it ('Cruz belittled the loans, calling
# it a "paperwork error"'; PolNeAR train, the silver sets and en-dev left out: 24 after a comma).
_EN_PART_NAMING = r"calling(?=\s+(?!(?:for|on|upon|off|a|an)\b)(?:[\w.’'-]+\s+){1,4}?(?:[\"“]|an?\s+(?!(?:press|news|meeting|vote|halt|special|recess)\b)))"
# A name before a staff title and another name modifies them ('Clinton campaign spokesman Brian Fallon').
_EN_STAFF_THEN_NAME = re.compile(
    r"\s+(?:campaign\s+|team\s+)?(?:spokes(?:man|woman|person)|manager|chairman|chairwoman|chair|advis[eo]r|aide|"
    r"strategist|director|official|press\s+secretary)\s+[A-Z]"
)
# A statement the subject put out, and what it says ('McConnell issued a statement saying that the
# Senate should not confirm …'; PolNeAR train: statement 6, memo, email, tweet 1 each before 'saying').
_EN_DOC_PUT_OUT = (
    r"\s(?:issued|released|put\s+out|sent|posted|tweeted|published)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:statement|letter|tweet|e-?mail|memo|message|video|post)\s+"
)
_EN_PARTICIPLE = re.compile(
    rf"(?:,\s+|{_EN_DOC_PUT_OUT})(?:(?P<speech>{_EN_PART_SPEECH})|(?P<naming>{_EN_PART_NAMING})|(?P<stance>{_EN_PART_STANCE}))\b"
)
# Between the main clause's subject and the participle: another clause (a relative, a second
# subject, a quote) whose subject the participle may belong to.
# A name: capitalised words, with the lower-case joints of names ('Bank of America', 'the DNC').
_EN_PROPER = re.compile(r"(?:(?:[Tt]he|of|for|and|de|van|von|bin|al)\s+|[A-Z][\w.'’&-]*\s*)*[A-Z][\w.'’&-]*")
_EN_OTHER_CLAUSE = re.compile(r"\b(?:who|whom|whose|which|that|while|when|after|before|because|as|and|but|if)\b|[;:＿\"“”]")


def _participles(article: Article, masked: str, index: int, people: Callable[[], list[Mention]],
                 persons: list[Mention]) -> Iterator[StanceCue]:
    """Stances a participle clause after the main clause states, held by the main clause's subject."""
    s = article.sentences[index]
    text = article.text
    for p in _EN_PARTICIPLE.finditer(masked, s.start, s.end):
        lead = _EN_LEAD.match(masked, s.start)
        lo = lead.end() if lead else s.start
        who = cues_en.main_subject(masked[lo : p.start()])
        if who is None or who.pronoun or cues_en.is_description(who.name) or not _EN_PROPER.fullmatch(who.name):
            continue  # a named subject only: 'His chief aide doubled down, saying …' is not the candidate
        at = masked.find(who.name, lo, p.start())
        if at == -1:
            continue
        noun = re.match(r"\s+([a-z][\w-]*)", masked[at + len(who.name) : p.start()])
        if noun and not who.pronoun and cues_en.is_description(f"the {noun.group(1)}"):
            continue  # 'The New York businessman has praised Putin, saying …': a modifier of a description
        if _EN_STAFF_THEN_NAME.match(masked, at + len(who.name), p.start()):
            continue  # 'Clinton campaign spokesman Brian Fallon responded, calling …': the spokesman's, not Clinton's
        # The main verb follows its subject (and an appositive); no other clause before the participle.
        rest = masked[at + len(who.name) : p.start()]
        rest = re.sub(r"^\s*(?:\([^()]*\))?\s*,[^,]*,", " ", rest)  # 'Davis, a longtime liberal, lashed out'
        if _EN_OTHER_CLAUSE.search(rest):
            continue
        name = _holder(masked, lo, p.start(), who, people, persons)
        if name is None:
            continue
        if p.group("speech"):
            if _EN_DIRECT.match(masked, p.end()):
                continue  # ', saying, "We …"': direct speech, the quote's own record
            that = re.match(r"\s+that\b", masked[p.end() :])
            start = p.end() + (that.end() if that else 0)
            stop = _EN_REPORTED_END.search(masked, start, s.end)
        else:
            # The name given is a quoted fragment the clause runs through ('calling it a "paperwork error"').
            start = p.start("naming") if p.group("naming") else p.start("stance")
            stop = (_EN_REPORTED_END if p.group("naming") else _EN_CLAUSE_END).search(masked, p.end(), s.end)
        end = stop.start() if stop else s.end
        stance = text[start:end].strip(" ,")
        if len(stance.split()) < 3 or (p.group("speech") and _en_no_content(text[start:end])):
            continue
        begin = text.index(stance, start)
        obj = text[p.end() : end] if not p.group("speech") else stance
        topic = " ".join(re.split(r"[,;.]|\b(?:to|that|if|because)\b", obj, maxsplit=1)[0].split()[:8]) or stance
        yield StanceCue(name, p.group(0).lstrip(", "), stance, topic, begin, begin + len(stance), index,
                        cues_en.looks_person(name))


# Reported speech with its speaker after it, no quote marks: 'The fare rise will hurt the islands,
# Ana Ruiz said Monday.', '…, said Sen. Tom Reyes.' (an adverbial may follow: 'said in a statement').
_EN_NAME_RUN = r"(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]*"
_EN_INVERTED = re.compile(
    rf",\s+(?:(?P<who>{_EN_NAME_RUN})\s+(?:says|{cues_en.REPORTING})|(?:says|{cues_en.REPORTING})\s+(?P<who2>{_EN_NAME_RUN})"
    # '…, predicted Ana Ruiz, the former mayor challenged by Reyes in 1990.': an appositive after the name.
    r"(?:,\s+(?:the|a|an|who)\s[^\"“”＿]{0,160}?(?=\s*[.!]?\s*$))?)"
    r"(?P<tail>(?:\s+[\w’'-]+){0,5})\s*[.!]?\s*$"
)


def _inverted(article: Article, masked: str, index: int) -> StanceCue | None:
    """The sentence is what a named speaker after it said ('…, Ana Ruiz said Monday.')."""
    s = article.sentences[index]
    m = _EN_INVERTED.search(masked, s.start, s.end)
    if m is None:
        return None
    tail = m.group("tail").split()
    if tail and tail[0].lower() not in _EN_NOT_CONTENT:
        return None  # 'Eric Holder announced his resignation': an object, not an adverbial
    if re.search(rf"\b{_EN_NOT_OWN}\b", masked[m.start() : m.end()]):
        return None  # '…, BFM TV reported.': an outlet's report (or a joke), as after the speaker
    who = cues_en.split_title(m.group("who") or m.group("who2"))[0]
    lead = _EN_LEAD.match(masked, s.start)
    lo = lead.end() if lead else s.start
    content = masked[lo : m.start()]
    if re.search(r"[\"“”＿]", content) or len(content.split()) < 4 or not en_actor(who):
        return None  # a quote is the quote's record; a fragment says nothing
    if who.lower() in cues_en.PRONOUNS or cues_en.is_description(who):
        return None
    stance = article.text[lo : m.start()].strip()
    start = article.text.index(stance, lo)
    return StanceCue(who, "", stance, " ".join(stance.split()[:8]), start, start + len(stance), index,
                     cues_en.looks_person(who))


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
    if _EN_JOURNALIST_BEFORE.search(masked, s0, at):
        return None  # 'wrote Post White House bureau chief Juliet Eilperin': a reporter reports
    if _EN_OUTLET_NOUN.search(masked[s0:at].rstrip()):
        return None  # 'the Israeli newspaper Haaretz noted that "…"': an outlet's report
    if re.match(r"\.?,", masked[at + len(name) :]) and (
        _EN_FRONTED_PREP.fullmatch(masked[s0:at]) or _EN_PLACE_BEFORE.search(masked[s0:at])
    ):
        return None  # 'On CNN Tuesday, his wife said', 'a voter from Raleigh, N.C., said': a place, no speaker
    if not _modifies_a_name(masked, at, hi, name):
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
def _sex(masked: str, name: str) -> str:
    """'she' or 'he' when a word right before the person's full name tells it, else ''.

    Cached: asked once per pronoun for every person before it, and each asking compiles two
    patterns for the name and scans the whole article (PolNeAR dev's rules run took 2.8x as long)."""
    n = re.escape(name)
    she = re.search(rf"\b{_EN_SHE}\.?\s+(?:[A-Z][\w.'’-]*\s+){{0,2}}?{n}\b", masked, re.IGNORECASE)
    he = re.search(rf"\b{_EN_HE}\.?\s+(?:[A-Z][\w.'’-]*\s+){{0,2}}?{n}\b", masked, re.IGNORECASE)
    return "she" if she and not he else "he" if he and not she else ""


def _name_at(masked: str, m: Mention) -> int:
    """Where the mention's name stands (its position, or the first place the article writes it)."""
    at = masked.rfind(m.name, 0, m.pos + len(m.name))  # a speech verb's subject stands before the verb
    return at if at != -1 else m.pos
# A journalist's title right before the name ('Post White House bureau chief Juliet Eilperin', 'Times
# columnist Ross Douthat', 'CNN correspondent …'): a reporter reports what others said.
_EN_JOURNALIST_BEFORE = re.compile(
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


def _in_a_that_clause(masked: str, lo: int, hi: int, name: str) -> bool:
    """The subject ``name`` (last one before ``hi``) opens a clause after 'that'.

    'Sanders reiterated that the party must support …', 'reminding the co-hosts that Trump has
    denounced …', 'a claim … that he told …': a content clause is what its speaker (or a report)
    says, not a stance its subject takes here.
    """
    at = masked.rfind(name, lo, hi)
    return at != -1 and re.search(r"\bthat\s+(?:(?:the|a|an)\s+)?$", masked[lo:at], re.IGNORECASE) is not None


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


def _not_a_subject(text: str, lo: int, at: int, name: str) -> bool:
    """The name at ``at`` (sentence from ``lo``) is an object, an indefinite or inside another's report.

    A single capitalised word opening the sentence is a name only if the
    article never writes it in lower case ('What really …', 'Just before …'),
    unless it is an actor noun ('Analysts say …').
    """
    before = text[lo:at]
    if _EN_SHARE_OF.search(before):
        return True  # '63 percent of Americans want …': poll respondents
    if " " not in name and name.lower() not in _EN_ACTORS and not before.strip(" \"“‘'") and re.search(rf"\b{re.escape(name.lower())}\b", text):
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


# Two named people as one subject ('Lindsey Graham and David Perdue, who …, said'): the first name,
# opening the sentence (after a connective or an adverbial), right before 'and'.
_EN_BOTH = re.compile(r"^\s*(?:(?:But|And|So|Yet|Meanwhile|Both),?\s+|[A-Z][a-z]+ly,\s+)?((?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]+)\s+and\s+$")


# A role noun right after a name makes the name a modifier ('The Supreme Court justice', 'Trump
# campaign officials', 'Clinton supporters'), unless a person's name follows the role.
_EN_ROLE_AFTER = re.compile(
    r"\s+(justice|judge|spokes(?:man|woman|person)|aides?|advis[eo]rs?|officials?|staff(?:ers?)?|sources?|"
    r"supporters?|campaign|team|lawyers?|attorneys?|allies|surrogates?|backers|donors)\b(?!\s+[A-Z])"
)


# What an outlet is called in the role before its name ('the Israeli newspaper Haaretz').
_EN_OUTLET_NOUN = re.compile(r"\b(?:newspaper|magazine|tabloid|broadcaster|network|website|news (?:agency|site|outlet)|outlet)$", re.IGNORECASE)


# A person's title of an organisation ('the former CEO of', 'a member of'); 'The government of
# Costa Rica' is the country's own stance.
_EN_PERSON_OF = re.compile(
    r"\b(?:CEO|chairman|chairwoman|chair|president|head|director|founder|leader|member|chief|"
    r"spokes(?:man|woman|person)|secretary|executive|owner|editor|employee|officer)s?\s+of$",
    re.IGNORECASE,
)


def _modifies_a_name(masked: str, lo: int, hi: int, name: str) -> bool:
    """Every mention of ``name`` before the verb (from ``lo`` to ``hi``) is followed by a title and a name."""
    hits = [m.end() for m in re.finditer(re.escape(name), masked[lo:hi])]
    return bool(hits) and all(_EN_TITLE_THEN_NAME.match(masked, lo + e) for e in hits)


def _named_before(masked: str, lo: int, at: int, mentions: list[Mention]) -> str | None:
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


def _en_subject(head: str) -> Attribution | None:
    """The subject at the end of ``head``, past an inserted clause or a time adverbial.

    'Republican lawmakers, who are close to …, have vowed', 'Sen. Bernie Sanders on
    Wednesday morning also called upon', 'But opponents say'.
    """
    head = _EN_LEAD.sub("", head)
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
    if 1 <= len(clause) <= 4 and clause[-1].lower() in _EN_ACTORS:
        return Attribution(" ".join(clause))
    of = _EN_ACTOR_OF.fullmatch(" ".join(clause))
    if of and of.group(1).lower() in _EN_ACTORS and not cues_en.is_description(of.group(0)):
        return Attribution(of.group(0))  # 'Supporters of abortion rights argued': the group (not 'the leader of …', a person)
    return None


# A group noun and its of-phrase ('Supporters of abortion rights', 'leaders of both parties', 'members
# of Congress'): up to two words before the noun, up to five plain words after 'of', none a verb form.
_EN_ACTOR_OF = re.compile(r"(?:[\w-]+\s+){0,2}?([a-z]+|[A-Z][a-z]+)\s+of\s+(?:(?!(?:who|which|that)\b)[\w’'-]+\s+){0,4}[\w’'-]+")


# Speech that is not the speaker's stance: a report ('The Post reported that …'; PolNeAR train:
# the subjects of 'reported' are outlets and their reporters) and a joke ('quipped', 'joked').
_EN_NOT_OWN = r"(?:reported|jok(?:es|ed)|quip(?:s|ped))"


def reports_or_jokes(masked: str, lo: int, hi: int, who: str) -> bool:
    """Between ``lo`` and ``hi``, ``who`` reports or jokes ('…,” The Blaze reported', 'quipped Ana Ruiz')."""
    n = re.escape(who)
    pattern = rf"\b{n}\s+(?:\w+ly\s+|first\s+)?{_EN_NOT_OWN}\b|\b{_EN_NOT_OWN}\s+(?:[\w.]+\s+){{0,3}}?{n}\b"
    return re.compile(pattern).search(masked, lo, hi) is not None


# Reporting verbs that report no stance of the subject before them: a participle ('a letter the
# campaign sent the DNC alleging that …' is the letter's), a question ('asked Republicans a simple
# question'), 'wrote' without 'that' ('wrote a host of new songs' is a deed, not speech).
_EN_NOT_A_STANCE_REPORT = re.compile(rf"\w+ing\b|ask(?:s|ed)?\b|(?:wrote|writes)\b(?!,?\s+that\b)|{_EN_NOT_OWN}\b", re.IGNORECASE)


# A stance verb whose object is speaking itself: declining to speak ('declined to comment',
# 'refused to say') or a view handed over ('offered his early assessment of'), which is no
# offer. PolNeAR train, after declined/refused to: comment 21, say 7, answer 4, discuss 2,
# speculate 2, respond, elaborate, specify, divulge 1 each; after 'offered his/her/an':
# preview 4, opinion 2, thoughts, caveat, assessment 1 each.
_EN_SPEAK = r"(?:publicly\s+)?(?:comment|say|answer|discuss|speculate|respond|elaborate|specify|divulge|confirm|detail|address)\b"
_EN_VIEW_NOUN = r"(?:opinion|thoughts?|views?|assessment|preview|caveat|take|prediction|analysis|observations?)\b"
_EN_SPEECH_ACT = (
    (re.compile(r"declin"), re.compile(rf"\s*{_EN_SPEAK}")),  # the verb match ends in 'to'
    (re.compile(r"refus"), re.compile(rf"\s+to\s+{_EN_SPEAK}")),
    (re.compile(r"offer"), re.compile(rf"\s+(?:his|her|their|its|an?|the|some)\s+(?:[a-z]+\s+)?{_EN_VIEW_NOUN}")),
    # 'rebuffed several requests for interviews': no comment, as declining to comment.
    (re.compile(r"rebuff"), re.compile(r"\s+(?:[\w-]+\s+){0,2}(?:requests?|attempts?|calls)\s+(?:for|to)\s+(?:an?\s+)?(?:comment|interviews?|speak)")),
)


def _speech_act(verb: str, masked: str, end: int) -> bool:
    """The stance verb ``verb`` (ending at ``end``) has speaking for its object: no stance."""
    return any(v.match(verb.lower()) and obj.match(masked, end) for v, obj in _EN_SPEECH_ACT)


# An adverbial phrase (a preposition and up to eight words, no clause break) closed by 'that'.
# Its first word is one of the words that open an adverbial ('told delegates at …', 'said Monday that').
_EN_ADVERBIAL_THAT = re.compile(
    rf"(?:{'|'.join(sorted(_EN_NOT_CONTENT))})\b(?:\s+[\w.’'-]+){{0,8}}?\s+that\s+(?=[A-Za-z\"“])",
    re.IGNORECASE,
)


def _en_no_content(clause: str) -> bool:
    """'said in an interview', 'told reporters Wednesday': a speech verb with no reported content."""
    words = clause.split()
    return len(words) < 4 or words[0].lower() in _EN_NOT_CONTENT


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
    if name.strip(" ,") in _EN_LONE_ADJECTIVE:
        return False  # 'The Republican candidate said': the adjective of a description names no one
    # The head (last word) is a name ('the White House') or an actor noun ('Senate Republicans'),
    # or an actor noun before its of-phrase ('supporters of abortion rights').
    of = _EN_ACTOR_OF.fullmatch(name.strip())
    return toks[-1][0].isupper() or toks[-1].lower() in _EN_ACTORS or (of is not None and of.group(1).lower() in _EN_ACTORS)


def a_common_word(holder: str, text: str) -> bool:
    """A one-word holder the article also writes in lower case, and never after another capitalised word
    of a name ('Or, maybe, his act …', 'wrote Time magazine', 'Respondents are obliged to …'): a word that
    opens a sentence or a title, not a name ('Small' after 'Marty Small', 'Department' after 'State' are
    names). Collective actor nouns ('Aides say', 'Voters are rejecting him') are holders as they are."""
    word = holder.strip()
    if " " in word or not word[:1].isupper() or word.lower() in _EN_ACTORS:
        return False
    if word.endswith("-"):
        return True  # 'the GOP-backed bill', 'Koch-backed': the first half of a compound
    w = re.escape(word)
    if re.search(rf"\b{re.escape(word.lower())}\b", text) is not None and re.search(rf"(?:\b(?:Mr|Ms|Mrs|Dr|Gov|Sen|Rep|St|Gen|Jr)\.|\b[A-Z][\w'’&-]*)[ \t]+{w}\b", text) is None:
        return True
    # A participle or an adverb written only where a sentence, a line or a quote opens ('Leaning into her
    # message, she added …', 'Hastily politicizing …'): an opening word; a name ('Kelly', 'Ebeling') stands
    # after a word or a title too.
    return re.search(r"[a-z](?:ing|ly)$", word) is not None and all(
        _EN_OPENS.search(text, 0, m.start()) for m in re.finditer(rf"(?<![\w@#.-]){w}(?![\w-])", text)
    )


# Where a sentence, a line or a quote opens: the text's start, a line break, a sentence's stop (not a
# title's: 'Gov. Kasich'), an opening quote mark.
_EN_OPENS = re.compile(r"(?:^|\n|(?<!\b(?:Mr|Ms|Dr|St|Jr|Sr))(?<!\b(?:Mrs|Gov|Sen|Rep|Gen|Lt\.|Col|Sgt))[.!?][\"”’']?|[“‘]|^\s*[\"'])\s*$")


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
}  # fmt: skip
# Indefinite pronouns and quantifiers standing alone name no actor (the silver sets' guide: 'an
# indefinite "some"/"many" with no group noun' holds no position).
_EN_INDEFINITE = {
    "some", "many", "most", "others", "everyone", "everybody", "someone", "somebody", "anyone", "anybody",
    "nobody", "few", "several", "all", "both", "each", "none",
}  # fmt: skip
# Words that are no one's name when capitalised alone: an answer word or an abbreviation's first
# part ('the No. 2 in the GOP leadership, put it'), a form's label ('Name: …', 'Age: …').
_EN_WORDS = {"no", "yes", "not", "name", "age", "title", "here", "there", "what", "why", "how", "where"}
# A share of a group ('56 percent of voters', '12% of Democrats say'): poll respondents, whose answers
# are survey findings, not stances an actor takes (PolNeAR train: 20 such subjects of say/want/support …).
_EN_SHARE = re.compile(
    r"\d\s*(?:%|percent\b|per cent\b)|\bpercent\b|^(?i:the\s+)?(?i:proportion|share|percentage|majority|plurality|number)\s+of\b"
)  # 'The proportion of GOP primary voters saying they want …': a poll's count
_EN_SHARE_OF = re.compile(r"(?:\d\s*%|\d\s+(?:percent|per cent))\s+of\s+(?:the\s+|all\s+)?(?:[\w-]+\s+){0,2}$")
# A party or faith adjective alone, the modifier of the noun that names the actor ('the Republican
# candidate', 'Democratic front-runner Hillary Clinton', 'the GOP nominee', 'Muslim leaders'). PolNeAR
# train without en-dev: the rules engine read these lone words as holders 20 times, none the actor
# (Republican 13, Democratic 3, GOP 2, Muslim 2); 'Democrat', a noun ('one senior Democrat'), is not one.
_EN_LONE_ADJECTIVE = {"Republican", "Democratic", "GOP", "Muslim"}
# Not an actor: a news outlet (outlets report stances, they do not take them; the Chinese
# readers have the same rule), an adjective ('Los Angeles-based'), a dateline in capitals
# ('TALLAHASSEE'; acronyms such as NATO are shorter), unnamed analysts (see _EN_ACTORS).
_EN_NOT_ACTOR = re.compile(
    r"\b(?:News|Post|Times|Journal|Press|Herald|Tribune|Gazette|Magazine|Reuters|CNN|MSNBC|"
    r"NBC|ABC|CBS|BBC|POLITICO|Politico|HuffPo)$|-based$|^[A-Z]{7,}$|\b(?:[Aa]nalysts?|[Ee]xperts?)$"
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


def _inside_a_document(masked: str, lo: int, at: int, name: str) -> bool:
    """The name at ``at`` completes a document's noun phrase ('A new poll by Gallup', 'a report from the agency')."""
    if at < lo:
        return False
    phrase = re.split(r"[,;:—]", masked[lo:at])[-1] + name
    return _EN_COMPLEMENT.search(phrase) is not None and _document(_EN_LEAD.sub("", phrase))


# One unnamed member of a group ('One official', 'another aide', 'a source'): nobody the reader can name.
# 'One Democratic official', 'One of Grayson's former supporters', 'Another GOP aide' too: one of a group,
# whatever words follow; and a number word alone ('Eight years ago, he …', 'Thirteen years earlier').
_EN_UNNAMED = re.compile(
    r"^(?:(?:[Oo]ne|[Aa]nother)\s+\S.*|[Aa]n?\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*|(?:[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|"
    r"[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Ee]leven|[Tt]welve|[Tt]hirteen|[Ff]ourteen|[Ff]ifteen|[Ss]ixteen|[Ss]eventeen|[Ee]ighteen|"
    r"[Nn]ineteen|[Tt]wenty|[Tt]hirty|[Ff]orty|[Ff]ifty|[Ss]ixty|[Ss]eventy|[Ee]ighty|[Nn]inety|[Hh]undreds|[Tt]housands|[Dd]ozens|[Mm]illions))$",
    re.DOTALL,
)

