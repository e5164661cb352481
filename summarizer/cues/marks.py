"""Quote-mark spans: pair the marks of a text, nested and unbalanced cases included.

Only outermost spans are returned: a quotation inside a quotation is part of
its speaker's words, not a second quote. Offsets exclude the marks.
"""

from __future__ import annotations

import re

from ..article import strip_span
from ..reading import CJK
from .types import MarkSpan

# Double marks are one class: news text mixes “ ” and " and sometimes types
# the wrong curly glyph, so pairing goes by state and context, not by glyph.
_DOUBLE = frozenset("“”\"„‟＂")
_PAIRED = {"「": "」", "『": "』", "«": "»", "‹": "›"}
_PAIRED_CLOSE = {v: k for k, v in _PAIRED.items()}
_SINGLE_OPEN = frozenset("‘'")
_SINGLE_CLOSE = frozenset("’'")
_OPEN_PUNCT = frozenset("([{—–-:;,/")
_CJK_CLOSING_PUNCT = frozenset("。！？…；，、")
_CLAUSE_PUNCT = re.compile("[，。！？；,;!?]")
_ANY_MARK = re.compile("[“”\"„‟＂「」『』«»‹›‘’']")
# Markup left in a text ('<tweet id="…" author="…">', '<a href="…">'): its attribute
# values are not quotations, and an empty one (pic="") would shift every pair after it.
_TAG = re.compile(r"<[A-Za-z/][\w:-]*(?:\s[^<>\n]*)?/?>")



# Quote spam: news prose spends well over SPAM_CHARS characters per quotation
# (the densest real paragraph in the eval data spends ~100), so a run of more
# than SPAM_MIN spans packed tighter than that is not quotations. A Chinese
# character counts twice, as wide as it is written: it carries a word, and
# Chinese news quotes terms densely (“实”字当头…“课题”, ~38 characters a span).
SPAM_MIN = 12
NESTED_REACH = 600  # how far ahead a curly quotation inside a curly one must close, and its span after it
SPAM_CHARS = 40
INSIDE_OUT_MAX = 30  # a span opened by ” and closed by “ longer than this is the text between two quotations
LOST_CLOSE_MIN = 30  # a span this long that a fresh left-hand mark ends has lost its closing mark


def quote_spans(text: str, paragraphs: list[tuple[int, int]]) -> list[MarkSpan]:
    """Outermost quote-mark spans of ``text``, paragraph by paragraph, in order.

    A paragraph whose marks are spam yields one flagged span covering them;
    so does the whole article when its spans are spam taken together.
    """
    out: list[MarkSpan] = []
    for p_start, p_end in paragraphs:
        out.extend(_bounded(_paragraph_spans(text, p_start, p_end), text, p_start, p_end))
    return _bounded(out, text, 0, len(text))


def _bounded(spans: list[MarkSpan], text: str, start: int, end: int) -> list[MarkSpan]:
    if len(spans) <= SPAM_MIN or len(spans) * SPAM_CHARS <= end - start:
        return spans
    if len(spans) * SPAM_CHARS <= end - start + len(CJK.findall(text, start, end)):
        return spans
    return [MarkSpan(spans[0].start, spans[-1].end, spans[0].open_mark, spans[-1].closed, flagged=True)]


def _is_word(ch: str) -> bool:
    return ch.isalnum()


def _paragraph_spans(text: str, start: int, end: int) -> list[MarkSpan]:
    out: list[MarkSpan] = []
    opener: str | None = None  # the mark that opened the current outermost span
    open_at = -1  # index of the first character inside it
    depth = 0  # nesting of bracket-style marks inside a 「」 or «» span
    inner = 0  # curly quotations open inside a curly “ span
    tags = [t.span() for t in _TAG.finditer(text, start, end)] if text.find("<", start, end) != -1 else []
    t = 0
    # Visit only the marks: most characters cannot change the state.
    for mark in _ANY_MARK.finditer(text, start, end):
        i = mark.start()
        while t < len(tags) and tags[t][1] <= i:
            t += 1
        if t < len(tags) and tags[t][0] < i:
            continue  # inside a markup tag
        ch = text[i]
        prev = text[i - 1] if i > start else " "
        nxt = text[i + 1] if i + 1 < end else " "
        if opener is None:
            if ch in _DOUBLE:
                depth = 0
                # A mark glued to a word or a sentence's punctuation on its left and
                # free on its right closes something we never saw open ('6’2”,” Reyes
                # said', where the inch mark took the closing); skip it.
                if (_is_word(prev) or prev in ",.!?") and not _is_word(nxt) and ch != "“":
                    continue
                if ch == "”" and prev in _CJK_CLOSING_PUNCT:
                    # 。”李旭说。“…: a Chinese sentence's own punctuation before a right-hand mark
                    # closes a quotation whose opening mark is missing; opening here would turn
                    # every pair after it inside out.
                    continue
                opener, open_at = ch, i + 1
            elif ch in _PAIRED:
                opener, open_at, depth = ch, i + 1, 0
            elif ch in _SINGLE_OPEN and _single_opens(prev, nxt):
                opener, open_at = ch, i + 1
        elif opener in _DOUBLE:
            if opener == '"' and ((ch == "“" and not _is_word(prev) and i > open_at) or (ch == "”" and depth)):
                # "… who wrote “Peter Pan,” has been …": typed straight outside, curly
                # inside, the curly pair is a quotation within the quotation.
                depth += 1 if ch == "“" else -1
            elif opener == "“" and ch == '"' and (
                depth or ((prev.isspace() or prev in _OPEN_PUNCT) and _is_word(nxt) and _next_curly(text, i + 1, end) == "”")
            ):
                # “… who called it "a detour," and …”: typed curly outside, straight
                # inside. A straight mark that opens (free on its left, a word on
                # its right) while the span's own closing ” is still ahead, with no
                # fresh “ before it, opens a quotation within the quotation; the
                # next straight mark closes that. A straight mark typed for the
                # closing one ('disagree," said') does not open, and closes the span.
                depth = 0 if depth else 1
            elif opener == "“" and ch == "“" and i > open_at and not depth and _closes_nested(text, i + 1, min(end, i + NESTED_REACH)):
                # “他说“它”好吃”: a curly quotation inside a curly one, when the marks ahead
                # balance; otherwise a fresh “ means the span's own closing mark is missing.
                inner += 1
            elif opener == "“" and ch == "”" and inner:
                inner -= 1
            elif opener == "“" and ch == "”" and i == open_at:
                # “”: an empty pair (what stood between them, an image or an emoji, was dropped)
                # closes nothing but itself; left open, it turns every pair after it inside out.
                opener = None
            elif opener == "”" and ch == "“" and _inside_out(text, open_at, i):
                # 形成“一带一路” 有机衔接…，的“三大定位”: a right-hand mark opened and a left-hand mark
                # closes over a clause: the text between is outside two quotations (a mark before was
                # lost or doubled), not one. The left-hand mark opens the next quotation.
                opener, open_at, depth, inner = ch, i + 1, 0, 0
            elif ch in _DOUBLE and _double_closes(ch, prev, nxt, i - open_at):
                _emit(out, text, open_at, i, opener, True)
                if _opens_after_lost_close(text, open_at, i, end, opener):
                    opener, open_at, depth, inner = ch, i + 1, 0, 0
                else:
                    opener, depth, inner = None, 0, 0
        elif opener in _PAIRED:
            if ch == opener:
                depth += 1
            elif ch == _PAIRED[opener]:
                if depth:
                    depth -= 1
                else:
                    _emit(out, text, open_at, i, opener, True)
                    opener = None
        else:  # a top-level single quote
            if ch in _SINGLE_CLOSE and not _is_word(nxt) and not prev.isspace():
                _emit(out, text, open_at, i, opener, True)
                opener = None
            elif ch in _DOUBLE or i - open_at > 400:
                # An apostrophe fooled us; single-quoted spans are short. The
                # double mark that showed it is looked at again as an opener.
                opener = None
                if ch in _DOUBLE and not (_is_word(prev) and not _is_word(nxt)):
                    opener, open_at = ch, i + 1
    if opener is not None and opener not in _SINGLE_OPEN:
        _emit(out, text, open_at, end, opener, False)
    return out


def _closes_nested(text: str, start: int, end: int) -> bool:
    """After a “ opened inside a “ span: the curly marks ahead in ``text[start:end]`` balance,
    closing this one and then the span (“他说“它”和“这”都好”), before the paragraph ends."""
    depth = 2
    for ch in text[start:end]:
        if ch == "“":
            depth += 1
        elif ch == "”":
            depth -= 1
            if depth == 0:
                return True
    return False


def _opens_after_lost_close(text: str, open_at: int, i: int, end: int, opener: str) -> bool:
    """报道“甲乙丙…中心摘要:距“丁戊”已经…: a left-hand mark at ``i`` between Chinese words, no
    sentence's punctuation before it, after a long span that a left-hand mark opened, whose next
    curly mark ahead closes: it opens the next quotation (the span before it lost its closing mark).
    A term typed with two left-hand marks (“某某门“这出戏) is short, and keeps closing."""
    prev, nxt = text[i - 1], text[i + 1 : i + 2]
    return (
        opener == "“" and text[i] == "“" and i - open_at >= LOST_CLOSE_MIN and CJK.match(nxt) is not None
        and CJK.match(prev) is not None and _next_curly(text, i + 1, end) == "”"
    )


def _inside_out(text: str, open_at: int, i: int) -> bool:
    """”…“ from ``open_at`` to ``i`` is the text between two quotations: it holds a clause's punctuation
    or is longer than a term (INSIDE_OUT_MAX). Typed reversed, a term (”一夫多妻“制, 通过”某某信息发布系统“)
    has neither, and a quotation follows its colon or speech verb (问X：”…？“, 她们说”…“): both still pair."""
    if open_at >= 2 and text[open_at - 2] in "：:说称":
        return False
    return i - open_at > INSIDE_OUT_MAX or _CLAUSE_PUNCT.search(text, open_at, i) is not None


def _next_curly(text: str, start: int, end: int) -> str | None:
    """The next curly double mark in ``text[start:end]``, or None."""
    for ch in text[start:end]:
        if ch in "“”":
            return ch
    return None


def _single_opens(prev: str, nxt: str) -> bool:
    # ‘ or ' opens only at a word's start: not an apostrophe (don't, '90s).
    return (prev.isspace() or prev in _OPEN_PUNCT or prev in "“\"") and (
        nxt.isalpha() and not nxt.isspace()
    )


def _double_closes(ch: str, prev: str, nxt: str, length: int) -> bool:
    # A “ after a space while a span is open is usually a fresh opening with
    # the previous closing mark missing; we still close here, because the
    # alternative (one span across two quotes) swallows the attribution.
    if length == 0:
        return False
    return True


def _emit(out: list[MarkSpan], text: str, s: int, e: int, mark: str, closed: bool) -> None:
    s, e = strip_span(text, s, e)  # spaces just inside the marks: offsets hit the words themselves
    if e > s:
        out.append(MarkSpan(s, e, mark, closed))
