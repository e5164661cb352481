"""Who states an English conditional: the attribution around it, the subject that speaks, and who names nobody."""

from __future__ import annotations

import re

from .. import en as cues_en
from ..types import Attribution

# The attribution after a conditional is not part of its main clause: '…, traffic will return, Ruiz said'.
SAID_TAIL = re.compile(
    r",\s*(?:(?:[A-Z][\w.'’-]*|he|she|they|we|I)(?:\s+[A-Z][\w.'’-]*){0,4}\s+"
    rf"(?:noted|told\s+\w+|{cues_en.REPORTING})"
    r"|(?:said|says|added)\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4})[^,]*$"
)
# … or interposed before it: 'If X, he said, Congress can …', 'If X, the campaign said, Y'.
SAID_HEAD = re.compile(
    r"^(?:(?:[A-Z][\w.'’-]*|he|she|they|we|I|the\s+[a-z]+)(?:\s+[A-Z][\w.'’-]*){0,4}\s+"
    rf"(?:noted|{cues_en.REPORTING})"
    r"|(?:said|says|added|wrote)\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4}),\s*"
)
# An attribution after any comma past the conditional: '"Y" if X, said Ana Ruiz, an analyst at …',
# '…, according to Ana Ruiz.'
_EN_SAID_AFTER = re.compile(
    rf",\s*(?:(?:[A-Z][\w.'’-]*|he|she|they)(?:\s+[A-Z][\w.'’-]*){{0,4}}\s+(?:told\s+\w+|{cues_en.REPORTING})"
    r"|(?:said|says|wrote)\s+[A-Z][\w.'’-]*|according\s+to\s)"
)
# A closing quote mark after punctuation ends the quotation that holds the conditional.
QUOTE_END = re.compile(r"[,.!?][\"”“](?=\s|$)")


# A speaker is a name or a definite description: not 'a 21-year-old', not 'The magnate was'.
_EN_NOT_SOMEONE = re.compile(
    r"^(?:an?|another|some|one|any|other|others|many|most|few|several|both|all|each)(?:\s|$)|\s(?:is|are|was|were|has|have|had|be|been|will|would)$"
    r"|^(?:he|she|they|we|i|it|you)['’]"
    r"|^(?:he|she|they|we|i|it|you|neither|both|either|each|all|none|many|most|few|several|others?|another)$",
    re.IGNORECASE,
)
# 'California's plan would give …', 'The bill, sponsored by X, would require …': the
# document that provides (closed class of provision verbs) states the condition.
_EN_DOCUMENT = re.compile(
    r"^\W*((?:the|this|that|its|their|his|her|[A-Z][\w.-]*['’]s)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:plan|bill|law|proposal|rule|regulation|measure|agreement|deal|order|legislation|resolution|"
    r"policy|ordinance|amendment|treaty|contract|program|provision|act))\b"
    r"(?:\s*,[^,]{1,160},)?\s+(?:would\s+|will\s+|also\s+|could\s+)?"
    r"(?:require|allow|permit|give|let|prohibit|bar|ban|grant|direct|mandate|provide|authorize|exempt|"
    r"make)s?\b",
    re.IGNORECASE,
)


# Verbs that introduce quotations (the lexicon learnt them there) but report no claim of their subject's:
# 'The magnate was expected to win and, if he follows tradition, …', 'X voted …', 'X posted a video …'.
_EN_NOT_STATEMENT = re.compile(
    r"(?:expected|seemed|appears|began|ended|played|launched|shown|voted|named|adopted|"
    r"delivered|signed|titled|opened|cited|citing|credited|labeled|dubbed|described|describes|quoted|quotes|"
    r"referenced|referred\s+to|turned\s+to|talked|discussing|wanted|prefer|remember|thanked|lists|puts|mocked|praised|praising|chanted|chanting|chants|speaking\s+on)\b",
    re.IGNORECASE,
)


def states_claim(text: str, verb_at: int) -> bool:
    """Whether the verb at ``verb_at`` reports what its subject says (not 'was expected', 'voted', 'posted')."""
    return verb_at < 0 or not _EN_NOT_STATEMENT.match(text, verb_at)


_EN_FULL_STOP = re.compile(r"(?<=[A-Za-z]{2}[a-z])\.$")


def without_full_stop(name: str) -> str:
    """A name found at the sentence's end without the sentence's full stop ('Ruiz.'; 'Jr.' and 'U.S.' keep theirs)."""
    return _EN_FULL_STOP.sub("", name)


# 'As Ruiz noted, Y if X': the writer cites the speaker for the sentence that follows.
_EN_AS_SAID = re.compile(
    r"\b[Aa]s\s+((?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*)\s+(?:has\s+|have\s+)?"
    rf"(?:noted|pointed\s+out|put\s+it|{cues_en.REPORTING})\s*,"
)
# '… X criticised Y and suggested that Z if W', 'X sent a tweet saying, if W, Z': the speech verb after
# 'and' or a participle of speech after a clause shares the sentence's subject.
_EN_AND_BEFORE = re.compile(r"\band\s+(?:also\s+|then\s+)?$")
_EN_SAYING = re.compile(r"(?:saying|adding|arguing|warning|noting|insisting|explaining|telling)\b", re.IGNORECASE)


def cited_speaker(text: str, sent_lo: int, pos: int) -> str | None:
    """The speaker an 'As Ruiz noted,' frame before ``pos`` cites for the rest of the sentence."""
    m = _EN_AS_SAID.search(text, sent_lo, pos)
    return m.group(1) if m and m.group(1).lower() not in {"he", "she", "they", "we", "i", "it", "you"} else None


def coordinated_subject(text: str, sent_lo: int, pos: int) -> Attribution | None:
    """The subject of a sentence whose last speech verb before ``pos`` follows 'and' ('X did Y and said …')
    or is a participle of speech ('X sent a tweet saying …')."""
    verbs = list(cues_en.VERB.finditer(text, sent_lo, pos))
    if not verbs or not states_claim(text, verbs[-1].start()):
        return None
    if not (_EN_AND_BEFORE.search(text, sent_lo, verbs[-1].start()) or _EN_SAYING.match(text, verbs[-1].start())):
        return None
    # A pronoun subject ('She sent a tweet saying …') is left unresolved: the last person named
    # before it is too often someone else.
    return cues_en.main_subject(text[sent_lo : verbs[-1].start()])


def names_someone(name: str) -> bool:
    """Whether a found speaker names someone (English indefinite phrases and verb tails do not)."""
    return not _EN_NOT_SOMEONE.search(name)


def document_subject(text: str, sent_lo: int, pos: int) -> str | None:
    """The plan, bill or law that is the subject of the sentence and provides, before ``pos``."""
    m = _EN_DOCUMENT.match(text[sent_lo:pos])
    return m.group(1) if m else None


def attribution_points(text: str, pos: int, hi: int) -> list[int]:
    """Where a speaker named after a conditional at ``pos`` may stand: an interposed
    'he said,' after its first comma, after the sentence's last comma or closing quote, and
    after the first comma that opens an attribution ('…, said Ruiz, an analyst at …')."""
    points = []
    first = text.find(",", pos, hi)
    if first != -1 and SAID_HEAD.match(text[first + 1 : hi].lstrip()):
        points.append(first + 1)
    close = QUOTE_END.search(text, pos, hi)
    if close:
        points.append(close.end())  # '"If X, Y," said Reyes, …'
    tail = text.rfind(",", pos, hi)
    if tail != -1 and SAID_TAIL.match(text, tail, hi):
        points.append(tail + 1)  # 'If X, Y, Reyes said.'
    after = _EN_SAID_AFTER.search(text, pos, hi)
    if after and after.start() + 1 not in points:
        points.append(after.start() + 1)  # '"Y" if X, said Ruiz, an analyst at …'
    return points


# A speaker found across a sentence's end ('Israel. Instead') names nobody ('Gov. Ann Lee', 'Capt. Ann
# Lee' keep their title's dot: four small letters or more before it end a word of a sentence).
_EN_ACROSS_SENTENCES = re.compile(r"[a-z]{4}\.\s+[A-Z]")

# '…," stated Stone' read as 'Stated Stone', '…," wrote the authors' as 'wrote the': the verb is not the name.
_EN_VERB_FIRST = re.compile(r"^(?i:wrote|said|says|told|added|stated)\s+")


def speaker_name(name: str | None) -> str | None:
    """A found speaker as a name: without a speech verb before it or the full stop ('Unruh.'), or nobody."""
    if name is None or _EN_ACROSS_SENTENCES.search(name):
        return None
    rest = _EN_VERB_FIRST.sub("", name)
    if rest != name and not rest[:1].isupper():
        return None  # 'wrote the': no name after the verb
    return without_full_stop(rest)


# Inside a quotation, a reported clause of someone else's that holds the conditional: 'One guy came in
# and said (that) …', 'his critics "seem to think that …', 'The Bible tells us that …', 'A lot of people
# predicted that …'.
_EN_RETOLD = re.compile(
    r"(?P<subj>\w+)(?:['’]ve|['’]d)?\s+(?:(?:have|has|had|do|does|did|don['’]t|doesn['’]t|didn['’]t|not|"
    r"always|also|just|really|still|all|both|never|often|ever|now|long|truly|firmly|strongly|seems?\s+to|"
    r"seemed\s+to)\s+){0,3}"
    r"(?:said|says|tells?|told|think|thinks|thought|believe|believes|believed|predicted|predict|argue|argues|"
    r"argued|claim|claims|claimed|warned|warn|warns)(?:\s+(?:us|me|him|her|them|you))?(?:\s+that)?\s*"
    r"(?:maybe\s+)?$"
)
_EN_SPEAKER_SELF = {"i", "we"}


def retold(text: str, lo: int, at: int) -> bool:
    """Whether the clause at ``at`` is another's words reported inside a quotation that opened in this
    sentence (the reporting subject not the quoted speaker's 'I' or 'we')."""
    m = _EN_RETOLD.search(text, lo, at)
    if m is None or m.group("subj").lower() in _EN_SPEAKER_SELF:
        return False
    before = text[lo:at]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1
