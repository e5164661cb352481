"""When a predicted record is the gold one: spans, names, one-to-one pairing."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TypeVar

from ..article import CJK as _HAN
from ..grounding import fold
from ..reading import MIDDLE_DOTS

OVERLAP = 0.8  # quotes: share of the shorter span that must overlap for a match
EVIDENCE_OVERLAP = 0.5  # records: share of the shorter span (predicted evidence or gold evidence_span)
MAX_EVIDENCE = 500  # a cited span longer than this (a paragraph) locates nothing

_DOT = re.compile(f"[{MIDDLE_DOTS}]")

P = TypeVar("P")
G = TypeVar("G")


def spans_match(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Overlap of at least 80% of the shorter span, or one span contains the other."""
    if (a[0] <= b[0] and b[1] <= a[1]) or (b[0] <= a[0] and a[1] <= b[1]):
        return True
    overlap = min(a[1], b[1]) - max(a[0], b[0])
    shorter = min(a[1] - a[0], b[1] - b[0])
    return overlap > 0 and overlap >= OVERLAP * shorter


def evidence_hits(cited: Sequence[tuple[int, int]], gold: tuple[int, int]) -> bool:
    """A cited span of at most MAX_EVIDENCE characters covers half of the shorter of it and ``gold``."""
    for s, e in cited:
        if e - s > MAX_EVIDENCE or e <= s:
            continue
        overlap = min(e, gold[1]) - max(s, gold[0])
        if overlap > 0 and overlap >= EVIDENCE_OVERLAP * min(e - s, gold[1] - gold[0]):
            return True
    return False


def surname(name: str) -> str:
    """The part of a predicted name that must appear in the gold speaker."""
    name = name.strip()
    if _HAN.search(name):
        # 玛丽娜·科斯塔: a transliterated name puts the family name after the dot,
        # whichever middle dot the article uses (克里西•克拉克, 安娜・贝克).
        return _DOT.split(name)[-1]
    tokens = re.findall(r"[\w-]+", re.sub(r"[’']s\b", "", name))
    return tokens[-1] if tokens else ""


def speaker_right(predicted: str, gold: str) -> bool:
    """True when the predicted name's surname appears in the gold speaker.

    English: the last token, as a whole word, case-insensitive. Chinese: the
    name itself, or its first three or two characters (surname + given name
    written without a title).
    """
    key = surname(predicted)
    if not key:
        return False
    if _HAN.search(key):
        return key in gold or any(len(key) > k and key[:k] in gold for k in (3, 2))
    return re.search(rf"\b{re.escape(key)}\b", gold, re.IGNORECASE) is not None


def same_actor(predicted: str | None, gold: str | None) -> bool:
    """Holders and authors: either name's surname is in the other ('李在明' / '韩国总统李在明')."""
    if not gold:
        return True  # the gold names nobody: the actor is not scored
    if not predicted:
        return False
    return speaker_right(predicted, gold) or speaker_right(gold, predicted)


def pair(preds: Sequence[P], golds: Sequence[G], ok: Callable[[P, G], bool]) -> list[tuple[int, int]]:
    """A largest one-to-one pairing (pred index, gold index) of the pairs ``ok`` accepts."""
    edges = [[j for j, g in enumerate(golds) if ok(p, g)] for p in preds]
    owner: dict[int, int] = {}

    def augment(i: int, seen: set[int]) -> bool:
        for j in edges[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in owner or augment(owner[j], seen):
                owner[j] = i
                return True
        return False

    for i in range(len(preds)):
        augment(i, set())
    return sorted((i, j) for j, i in owner.items())


def contains_all(text: str | None, keywords: Sequence[str]) -> bool:
    """Every keyword is in ``text``, both folded (case, width, quote marks; whitespace dropped)."""
    t = fold(text or "")
    return all(fold(k) in t for k in keywords)
