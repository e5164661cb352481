"""Conditionals: 如果…则… / if …, … split into condition and consequence, with who states them."""

from __future__ import annotations

import re
from collections.abc import Callable

from ..article import Segment
from .types import ConditionCue

# 若 alone is a marker only when it is not part of 若干 / 倘若 / 如若 (those are matched whole).
ZH_MARK = re.compile(r"如果|假如|倘若|如若|要是|只要|一旦|除非|(?<![倘如假])若(?![干])")
# 则 and 便 end a condition, but not inside words (即便, 以便, 否则, 规则, 原则 …);
# 否则 after a comma is the consequence marker of 除非….
_ZH_THEN = re.compile(
    r"[，,](?:那么|否则|则|就|便|才)|(?<=[^，,即以方随顺否规原准法细])(?:则|便)"
)
_ZH_STOP = re.compile(r"[，,](?:但|可是|不过|然而|而且|但是)|[。！？；;\n”]")
EN_MARK = re.compile(
    r"\b(?:only if|even if|if|unless|as long as|provided that|on condition that)\b", re.IGNORECASE
)
_EN_NOT_COND = re.compile(r"(?:\bask(?:ed|s)?|wonder(?:ed|s)?|whether|see|know|as|what)\s*$", re.IGNORECASE)

_EN_CLAUSE_WORD = re.compile(r"\b(?:that|and|but|so|because|then|said|says)$", re.IGNORECASE)

Speaker = Callable[[int, int], str | None]


def find_conditions_zh(text: str, sents: list[Segment], speaker: Speaker) -> list[ConditionCue]:
    """Conditionals in Chinese sentences: 如果…则…, 一旦…, 只要…就…."""
    out: list[ConditionCue] = []
    for s in sents:
        for m in ZH_MARK.finditer(text, s.start, s.end):
            cond_start = m.end()
            then = _ZH_THEN.search(text, cond_start, s.end)
            if then is None:
                comma = re.compile(r"[，,]").search(text, cond_start, s.end)
                if comma is None:
                    continue
                cond_end, cons_start = comma.start(), comma.end()
            else:
                cond_end, cons_start = then.start(), then.end()
            stop = _ZH_STOP.search(text, cons_start, s.end)
            cons_end = stop.start() if stop else s.end
            condition = text[cond_start:cond_end].strip("，, ")
            consequence = text[cons_start:cons_end].strip("，, 。") or None
            if condition:
                who = speaker(m.start(), s.start)
                out.append(ConditionCue(m.start(), cons_end, condition, consequence, who, s.index))
    return out


def find_conditions_en(text: str, sents: list[Segment], speaker: Speaker) -> list[ConditionCue]:
    """Conditionals in English sentences: 'If X, Y' and 'Y if X'."""
    out: list[ConditionCue] = []
    for s in sents:
        for m in EN_MARK.finditer(text, s.start, s.end):
            if _EN_NOT_COND.search(text[max(s.start, m.start() - 12) : m.start()]):
                continue
            lead = text[s.start : m.start()].rstrip(" \"“”'‘’")
            if not lead or lead[-1] in ",;:—(" or _EN_CLAUSE_WORD.search(lead):
                # 'If X, Y': the condition runs to the next comma.
                comma = text.find(",", m.end(), s.end)
                if comma == -1:
                    continue
                condition = text[m.end() : comma].strip()
                consequence = text[comma + 1 : s.end].strip(" .\"”").removeprefix("then ").strip()
                start, end = m.start(), s.end
            else:
                clause_lo = max(text.rfind(",", s.start, m.start()) + 1, s.start)
                consequence = text[clause_lo : m.start()].strip(" \"“”")
                stop = re.compile(r"[,;.!?\"”]").search(text, m.end(), s.end)
                condition = text[m.end() : stop.start() if stop else s.end].strip()
                start, end = clause_lo, stop.start() if stop else s.end
            if condition:
                out.append(
                    ConditionCue(start, end, condition, consequence or None, speaker(m.start(), s.start), s.index)
                )
    return out
