"""English stances in two other forms: a participle after a name ('Smith, calling for …') and an
inverted attribution ('… , said Smith').
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from ...article import Article
from .. import en as cues_en
from ..types import Mention
from .base import StanceCue
from .en_actors import EN_LEAD, en_actor
from .en_holders import en_holder
from .en_verbs import EN_CLAUSE_END, EN_DIRECT, EN_NOT_CONTENT, EN_NOT_OWN, EN_REPORTED_END, en_no_content


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


def participle_stances(article: Article, masked: str, index: int, people: Callable[[], list[Mention]],
                 persons: list[Mention]) -> Iterator[StanceCue]:
    """Stances a participle clause after the main clause states, held by the main clause's subject."""
    s = article.sentences[index]
    text = article.text
    for p in _EN_PARTICIPLE.finditer(masked, s.start, s.end):
        lead = EN_LEAD.match(masked, s.start)
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
        name = en_holder(masked, lo, p.start(), who, people, persons)
        if name is None:
            continue
        if p.group("speech"):
            if EN_DIRECT.match(masked, p.end()):
                continue  # ', saying, "We …"': direct speech, the quote's own record
            that = re.match(r"\s+that\b", masked[p.end() :])
            start = p.end() + (that.end() if that else 0)
            stop = EN_REPORTED_END.search(masked, start, s.end)
        else:
            # The name given is a quoted fragment the clause runs through ('calling it a "paperwork error"').
            start = p.start("naming") if p.group("naming") else p.start("stance")
            stop = (EN_REPORTED_END if p.group("naming") else EN_CLAUSE_END).search(masked, p.end(), s.end)
        end = stop.start() if stop else s.end
        stance = text[start:end].strip(" ,")
        if len(stance.split()) < 3 or (p.group("speech") and en_no_content(text[start:end])):
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


def inverted_stance(article: Article, masked: str, index: int) -> StanceCue | None:
    """The sentence is what a named speaker after it said ('…, Ana Ruiz said Monday.')."""
    s = article.sentences[index]
    m = _EN_INVERTED.search(masked, s.start, s.end)
    if m is None:
        return None
    tail = m.group("tail").split()
    if tail and tail[0].lower() not in EN_NOT_CONTENT:
        return None  # 'Eric Holder announced his resignation': an object, not an adverbial
    if re.search(rf"\b{EN_NOT_OWN}\b", masked[m.start() : m.end()]):
        return None  # '…, BFM TV reported.': an outlet's report (or a joke), as after the speaker
    who = cues_en.split_title(m.group("who") or m.group("who2"))[0]
    lead = EN_LEAD.match(masked, s.start)
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
