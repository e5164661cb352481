"""Conditionals: 如果…则… / if …, … split into condition and consequence, with who states them."""

from __future__ import annotations

import re
from collections.abc import Callable

from ..article import Segment
from .types import ConditionCue

# 若 alone is a marker only when it is not part of 若干 / 倘若 / 如若 (those are matched whole).
ZH_MARK = re.compile(r"如果|假如|倘若|如若|要是|只要|一旦|除非|只有|要想|(?<![倘如假])若(?![干])")
# 只有 (only if) and 要想 (to … one must) are conditions only with their main-clause partner;
# otherwise 只有 is 'there are only' (只有三个人).
_ZH_PARTNER = {"只有": re.compile(r"才"), "要想": re.compile(r"必须|就|才|得|需要|要")}
# …的话 closes a condition that no marker opened: 中方让步的话，谈判就能继续.
_ZH_DEHUA = re.compile(r"的话(?=[，,])")
# A，否则B: B follows when the requirement A is not met (除非…否则 is the marker's own cue).
_ZH_FOUZE = re.compile(r"[，,]否则")
_ZH_CLAUSE_START = re.compile(r"[，,。；;：:！？“”\n]")
# 则 and 便 end a condition, but not inside words (即便, 以便, 否则, 规则, 原则 …);
# 否则 after a comma is the consequence marker of 除非….
_ZH_THEN = re.compile(
    r"[，,](?:那么|否则|则|就|便|才)|(?<=[^，,即以方随顺否规原准法细])(?:则|便)"
)
# A comma before a coordinator (以及, 和, 或者 …) continues the condition: 如果没有A，以及B，就….
_ZH_COMMA = re.compile(r"[，,](?!以及|及|和|或者|或是|并且|而且|还有)")
_ZH_STOP = re.compile(r"[，,](?:但|可是|不过|然而|而且|但是)|[。！？；;\n”]")
EN_MARK = re.compile(
    r"\b(?:only if|even if|if|unless|as long as|so long as|provided that|on condition that|in case(?! of)|"
    r"once(?=\s+(?:the|a|an|we|they|he|she|it|you|I|this|that|these|those|someone|everyone)\s))\b",
    re.IGNORECASE,
)
# 'once' after these words is an adverb ('at once', 'more than once', 'was once').
_EN_ONCE_ADVERB = re.compile(r"\b(?:the|at|than|all|for|is|was|were|had|has|have|been|not|only|just)\s*$", re.IGNORECASE)
# 'Once a proponent of X, …' is an apposition; a conditional 'once' clause has a finite verb.
_EN_FINITE = re.compile(r"\b(?:is|are|was|were|be|been|has|have|had|will|would|can|could|gets?|got|\w+ed)\b", re.IGNORECASE)
_EN_ASKED = re.compile(r"\b(?:ask|asks|asked|asking|wonder|wonders|wondered)\b(?:\s+[^\s,.;:]+){0,8}\s*$", re.IGNORECASE)
# The attribution after a conditional is not part of its main clause: '…, traffic will return, Ruiz said'.
_EN_SAID_TAIL = re.compile(
    r",\s*(?:(?:[A-Z][\w.'’-]*|he|she|they|we|I)(?:\s+[A-Z][\w.'’-]*){0,4}\s+"
    r"(?:said|says|added|argued|warned|wrote|noted|explained|predicted|told\s+\w+)"
    r"|(?:said|says|added)\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4})[^,]*$"
)
# … or interposed before it: 'If X, he said, Congress can …'.
_EN_SAID_HEAD = re.compile(
    r"^(?:(?:[A-Z][\w.'’-]*|he|she|they|we|I)(?:\s+[A-Z][\w.'’-]*){0,4}\s+(?:said|says|added|argued|warned)"
    r"|(?:said|says|added)\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4}),\s*"
)
# Hedges, not conditions: 'if you will', 'if you like', 'if needed', 'if so'.
# An anaphoric condition ('if it happens', 'if that's true', 'if they like') states no content of its own.
_EN_HEDGE = re.compile(r"^(?:[\w’']+|(?:you|it|they|that|this)(?:[’']s)?\s+[\w’']+)$", re.IGNORECASE)
_EN_NOT_COND = re.compile(r"(?:\bask(?:ed|s)?|wonder(?:ed|s)?|whether|see|know|as|what)\s*$", re.IGNORECASE)

_EN_CLAUSE_WORD = re.compile(r"\b(?:that|and|but|so|because|then|said|says)$", re.IGNORECASE)

Speaker = Callable[..., str | None]  # (position, sentence start[, sentence end]) -> name


def find_conditions_zh(text: str, sents: list[Segment], speaker: Speaker) -> list[ConditionCue]:
    """Conditionals in Chinese sentences: 如果…则…, 一旦…, 只要…就…."""
    out: list[ConditionCue] = []
    for s in sents:
        marks = list(ZH_MARK.finditer(text, s.start, s.end))
        for m in marks:
            partner = _ZH_PARTNER.get(m.group())
            if partner and not partner.search(text, m.end(), s.end):
                continue
            cond_start = m.end()
            then = _ZH_THEN.search(text, cond_start, s.end)
            if then is None:
                comma = _ZH_COMMA.search(text, cond_start, s.end)
                if comma is None:
                    continue
                cond_end, cons_start = comma.start(), comma.end()
            else:
                cond_end, cons_start = then.start(), then.end()
            stop = _ZH_STOP.search(text, cons_start, s.end)
            cons_end = stop.start() if stop else s.end
            body = text[cond_start:cond_end].strip("，, ")
            # The marker is part of the condition: 除非X states the opposite of X.
            condition = text[m.start() : cond_end].strip("，, ")
            consequence = text[cons_start:cons_end].strip("，, 。") or None
            if body:
                who = speaker(m.start(), s.start)
                out.append(ConditionCue(m.start(), cons_end, condition, consequence, who, s.index))
        for d in _ZH_DEHUA.finditer(text, s.start, s.end):
            lo = max((c.end() for c in _ZH_CLAUSE_START.finditer(text, s.start, d.start())), default=s.start)
            if any(lo <= m.start() < d.start() for m in marks):
                continue  # 如果…的话: the marker's cue has it
            comma = d.end()
            stop = _ZH_STOP.search(text, comma + 1, s.end)
            cons_end = stop.start() if stop else s.end
            body = text[lo : d.start()].strip("，, ")
            condition = text[lo : d.end()].strip("，, ")
            consequence = text[comma + 1 : cons_end].strip("，, 。") or None
            if len(body) >= 2:
                out.append(ConditionCue(lo, cons_end, condition, consequence, speaker(lo, s.start), s.index))
        for f in _ZH_FOUZE.finditer(text, s.start, s.end):
            if any(m.group() == "除非" and m.start() < f.start() for m in marks):
                continue
            lo = max((c.end() for c in _ZH_CLAUSE_START.finditer(text, s.start, f.start())), default=s.start)
            stop = _ZH_STOP.search(text, f.end(), s.end)
            cons_end = stop.start() if stop else s.end
            condition = text[lo : f.start()].strip("，, ")
            # 否则 stays with its clause: the consequence follows when the condition is NOT met.
            consequence = text[f.start() + 1 : cons_end].strip("，, 。") or None
            if len(condition) >= 2:
                out.append(ConditionCue(lo, cons_end, condition, consequence, speaker(lo, s.start), s.index))
    return sorted(out, key=lambda c: c.start)


def find_conditions_en(text: str, sents: list[Segment], speaker: Speaker) -> list[ConditionCue]:
    """Conditionals in English sentences: 'If X, Y' and 'Y if X'."""
    out: list[ConditionCue] = []
    for s in sents:
        for m in EN_MARK.finditer(text, s.start, s.end):
            if _EN_NOT_COND.search(text[max(s.start, m.start() - 12) : m.start()]):
                continue
            if _EN_ASKED.search(text[max(s.start, m.start() - 80) : m.start()]):
                continue  # 'asked the senator if …': an embedded question
            if m.group().lower() == "once" and _EN_ONCE_ADVERB.search(text[max(s.start, m.start() - 12) : m.start()]):
                continue
            lead = text[s.start : m.start()].rstrip(" \"“”'‘’")
            if not lead or lead[-1] in ",;:—(" or _EN_CLAUSE_WORD.search(lead):
                # 'If X, Y': the condition runs to the next comma.
                comma = text.find(",", m.end(), s.end)
                if comma == -1:
                    continue
                cond_hi = comma
                body = text[m.end() : comma].strip()
                consequence = text[comma + 1 : s.end].strip(" .\"”").removeprefix("then ").strip()
                consequence = _EN_SAID_HEAD.sub("", _EN_SAID_TAIL.sub("", consequence)).strip(" ,\"”")
                start, end = m.start(), s.end
            else:
                clause_lo = max(text.rfind(",", s.start, m.start()) + 1, s.start)
                consequence = text[clause_lo : m.start()].strip(" \"“”")
                stop = re.compile(r"[,;.!?\"”]").search(text, m.end(), s.end)
                cond_hi = stop.start() if stop else s.end
                body = text[m.end() : cond_hi].strip()
                start, end = clause_lo, stop.start() if stop else s.end
            if out and out[-1].sentence == s.index and out[-1].start <= m.start() < out[-1].end:
                continue  # 'if X and frankly if Z': the second marker is inside the first condition
            if m.group().lower() == "once" and not _EN_FINITE.search(body):
                continue
            if body and not _EN_HEDGE.match(body):
                # The marker is part of the condition: 'unless X' states the opposite of X.
                condition = text[m.start() : cond_hi].strip()
                out.append(
                    ConditionCue(start, end, condition, consequence or None, speaker(m.start(), s.start, s.end), s.index)
                )
    return out
