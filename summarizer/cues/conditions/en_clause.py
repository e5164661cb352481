"""Where an English conditional's clauses begin and end: 'If X, Y' split at the comma, a dash or a new
subject (``condition_first``); 'Y if X' without its reporting frame (``without_frame``); a condition
inside a noun's content, a quotation or quote marks of its own.
"""

from __future__ import annotations

import re

from .en_who import QUOTE_END, SAID_HEAD, SAID_TAIL


# A comma before these continues the condition: 'If we lose voters, particularly young voters, …'.
_EN_COMMA_GOES_ON = re.compile(r",\s*(?:particularly|especially|including|notably|such as|and|or|like)\b")

# 'that if', 'and if', 'I think if': the conditional opens a clause, its main clause follows.
EN_CLAUSE_WORD = re.compile(
    r"\b(?:that|and|but|so|because|then|said|says|think|thinks|thought|believe|believes|believed|"
    r"argued|argues|insisted|insists|warned|warns|added|noted|suggested|predicted|stressed)$",
    re.IGNORECASE,
)

# A clause comma, not the one in a number ('10,000').
COMMA = r",(?!(?<=\d,)\d{3}(?!\d))"
_CLAUSE_COMMA = re.compile(COMMA)

# "not an 'if' question", 'the word “unless”': a marker in quote marks of its own is the word mentioned.
_EN_OPENS = "'‘\"“"
_EN_CLOSES = "'’\"”"

# 'the argument that X', 'his warning that X', 'a claim, first made by Y, that X': X is the content
# of a noun, whose author the sentence may not name (or may reject), so a condition on X has no stated author.
_EN_NOUN_FRAME = re.compile(
    r"\b(?:argument|claim|idea|notion|suggestion|assertion|criticism|charge|fear|concern|worry|possibility|"
    r"warning|threat|promise|pledge|view|belief|theory|rumou?r|report|speculation|allegation|accusation|"
    r"assumption|expectation)s?(?:\s+(?:in|by|from)\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})?"
    r"(?:\s*,[^,]{1,80},)?\s+that\b",
    re.IGNORECASE,
)
_EN_NEXT_CLAUSE = re.compile(r"(?:[,;]\s*(?:and|but)|;)\s+(?:\w+\s+){0,4}?(?:said|says|added|argued|insisted|warned|noted)\b")

# 'If X, he said he would Y': the frame that opens the main clause says who, not what.
_EN_LEAD_FRAME = re.compile(
    r"^(?:he|she|they|we|I|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})\s+(?:also\s+)?"
    r"(?:said|says|added|argued|warned|noted|believes|thinks|predicted)\s+(?:that\s+)?(?=\w+\s+\w+)"
)

# A condition of capitalised words and articles only has no verb yet: the comma after it is inside it.
_EN_NOUNS_ONLY = re.compile(r"^(?:(?:[A-Z][\w.'’-]*|the|a|an|of)\s*)+$")

# 'If elected - I will …': a dash closes the condition.
_EN_DASH = re.compile(r"\s*[-–—]+\s+")

# 'If he wins the seat I'll leave …', 'if turnout is high I think we win', 'if he had won … you would':
# without a comma (an ellipsis marks no clause of its own), a new
# subject with its modal (or 'I think') opens the main clause; looked for when the comma comes late
# or never (a short condition followed by a comma has its own).
_EN_NEW_SUBJECT = re.compile(
    r"(?:(?<=[a-z’'”)…])\s+|(?<=…)|(?<=\.\.\.)\s*)"
    r"(?=(?:I|we|you|he|she|they|it|that|this|there)(?:['’](?:ll|d)\b"
    r"|\s+(?:will|would|can|could|must|should|may|might|won['’]t|wouldn['’]t|can['’]t|cannot)\b)"
    r"|(?:I|we)\s+(?:think|believe|need)\b|(?:we|they)['’]re\s+going\s+to\b)"
)
_EN_LONG_CONDITION = 10
_EN_JOINER = re.compile(r"^(?:and|but|or|so)\s+(?:(?:how|that|why)\s+)?", re.IGNORECASE)

# The reporting frame before a 'Y if X' main clause: '… has insisted that', 'said he thinks that'.
_EN_FRAME = re.compile(
    r"\b(?:said|says|say|saying|told(?:\s+[\w.'’-]+){1,6}?(?=\s+that\b)|told\s+\w+|insisted|insists|argued|"
    r"argues|warned|warns|noted|believes?|believed|"
    r"thinks?|thought|predicted|suggested|contended|maintained|claimed|stressed|acknowledged|acknowledges|"
    r"admitted|admits|conceded|concedes)(?:\s+that)?\s+",
    re.IGNORECASE,
)


def quoted_word(text: str, lo: int, hi: int) -> bool:
    """Whether ``text[lo:hi]`` stands in quote marks of its own (the word mentioned, not used)."""
    return 0 < lo and hi < len(text) and text[lo - 1] in _EN_OPENS and text[hi] in _EN_CLOSES


def in_noun_content(lead: str) -> bool:
    """Whether the clause before a trailing 'if' is the content of a noun ('the claim, made by X, that Y'),
    not left by a coordinated reporting clause ('…, and she said that')."""
    nouns = list(_EN_NOUN_FRAME.finditer(lead))
    if not nouns:
        return False
    # The content runs to the end unless a coordinated clause ('…, and said that') leaves it.
    return not _EN_NEXT_CLAUSE.search(lead, nouns[-1].end())


def opens_quotation(lead: str) -> bool:
    """Whether ``lead`` ends with an opening quote mark (a straight one opens when it is the odd one)."""
    lead = lead.rstrip()
    return lead.endswith("“") or (lead.endswith('"') and lead.count('"') % 2 == 1)


def condition_first(text: str, lo: int, hi: int) -> tuple[int, str, bool] | None:
    """'If X, Y': where X ends, the main clause Y, and whether Y is a question.

    X runs to the next comma; past a comma that leaves X without a verb ('If
    Ms. Lee, after the vote, still refuses, …'); up to a dash or a new
    subject with its modal when no comma comes in time or at all ('If elected - I will …',
    'if one is proposed we will consider it').
    """
    comma = _next_comma(text, lo, hi)
    while comma != -1 and _EN_COMMA_GOES_ON.match(text, comma):
        comma = _next_comma(text, comma + 1, hi)
    if comma != -1 and _EN_NOUNS_ONLY.match(text[lo:comma].strip()):
        # 'If Ana Ruiz, after the vote, still refuses, …': past the parenthesis.
        after = _next_comma(text, comma + 1, hi)
        comma = _next_comma(text, after + 1, hi) if after != -1 else -1
    limit = comma if comma != -1 else hi
    dashes = list(_EN_DASH.finditer(text, lo, limit))
    inner = dashes[0] if len(dashes) == 1 else None  # two dashes hold a parenthesis
    closes = comma != -1 and text[comma + 1 : comma + 2] in "\"”“’"  # '"If X Y," she said': no comma inside
    if inner is None and (comma == -1 or closes or len(text[lo:limit].split()) > _EN_LONG_CONDITION):
        # No comma in time: a new subject with its modal opens the main clause,
        # unless a verb before it takes it as its object ('if he thinks we will').
        inner = next((i for i in _EN_NEW_SUBJECT.finditer(text, lo, limit)
                      if not EN_CLAUSE_WORD.search(text[lo : i.start()].rstrip())
                      and len(text[lo : i.start()].split()) >= 2), None)
    if inner and text[lo : inner.start()].strip():
        cond_hi, main = inner.start(), inner.end()
    elif closes:
        return None  # the quotation ends with the condition: no main clause follows it
    elif comma != -1:
        cond_hi, main = comma, comma + 1
    else:
        return None
    rest = text[main:hi]
    close = QUOTE_END.search(rest)
    if close:
        # The quotation ends here: what follows is its attribution or other words.
        rest = rest[: close.start() + 1]
    question = rest.rstrip(" \"”“'’").endswith("?")
    consequence = rest.strip(" .?!\"”").removeprefix("then ").strip()
    consequence = SAID_HEAD.sub("", SAID_TAIL.sub("", consequence)).strip(" ,\"”")
    return cond_hi, _EN_LEAD_FRAME.sub("", consequence), question


def _next_comma(text: str, lo: int, hi: int) -> int:
    """The first clause comma in ``text[lo:hi]`` (not a thousands separator), or -1."""
    m = _CLAUSE_COMMA.search(text, lo, hi)
    return m.start() if m else -1


def without_frame(consequence: str) -> str:
    """'Y if X' reported: 'Lee has insisted that Y' -> 'Y' (the frame is who says it, not what)."""
    frames = list(_EN_FRAME.finditer(consequence))
    rest = consequence[frames[-1].end() :] if frames else consequence
    rest = rest if len(rest.split()) >= 2 else consequence
    # '…, and how the party was at stake if …': the coordinator joins the clause, it is not in it.
    return _EN_JOINER.sub("", rest)
