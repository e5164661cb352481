"""The speaker tracker and the helpers every quote rule shares, in both languages.

``Speakers`` holds the names the article gives by position, for resolving
pronouns ('he' / 他) and continuation quotes to the last named speaker (whether a
name is a person's is the caller's rule: ``find`` passes the languages' own);
``sentence_at`` and ``has_headline`` place a position in the article.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from dataclasses import replace
from typing import TypeVar

from ..article import Article, Segment
from .types import MarkSpan, Mention, QuoteCue

T = TypeVar("T")


class Speakers:
    """Named speakers by position, for resolving 'he' / 他 and continuation quotes."""

    def __init__(self, seen: list[Mention], looks_person: Callable[[str], bool]) -> None:
        self._items = sorted(seen, key=lambda x: x.pos)
        self._pos = [x.pos for x in self._items]
        self._looks_person = looks_person

    def add(self, pos: int, name: str, role: str | None) -> None:
        i = bisect.bisect_right(self._pos, pos)
        self._pos.insert(i, pos)
        self._items.insert(i, Mention(pos, name, role, self._looks_person(name)))

    def last_matching(self, pos: int, lo: int, ok: Callable[[str], object]) -> str | None:
        """The last name in [lo, pos) that ``ok`` accepts."""
        for j in range(bisect.bisect_left(self._pos, pos) - 1, -1, -1):
            if self._pos[j] < lo:
                break
            if ok(self._items[j].name):
                return self._items[j].name
        return None

    def last_thing(self, pos: int) -> tuple[str | None, str | None]:
        """The last name before ``pos`` that is not a person's ('the editorial', 'the ministry'), for 'it'."""
        for j in range(bisect.bisect_left(self._pos, pos) - 1, -1, -1):
            m = self._items[j]
            if not m.person:
                return m.name, m.role
        return None, None

    def names(self, lo: int, pos: int) -> set[str]:
        """The names mentioned in [lo, pos)."""
        return {m.name for m in self._items[bisect.bisect_left(self._pos, lo) : bisect.bisect_left(self._pos, pos)]}

    def last_person(self, pos: int, ok: Callable[[Mention], bool]) -> tuple[str | None, str | None]:
        """The last mention before ``pos`` that ``ok`` accepts (a person, and for 他 no 女士)."""
        for j in range(bisect.bisect_left(self._pos, pos) - 1, -1, -1):
            m = self._items[j]
            if ok(m):
                return m.name, m.role
        return None, None

    def last_before(self, pos: int, *, person: bool) -> tuple[str | None, str | None]:
        """The last mention before ``pos`` (a person's, with ``person``)."""
        return self.last_person(pos, lambda m: m.person or not person)


def sentence_at(sents: list[Segment], pos: int) -> int:
    """Index of the sentence containing ``pos`` (the one before, between sentences)."""
    # Sentences are sorted by start; bisect on them directly (no list per call).
    lo, hi = 0, len(sents)
    while lo < hi:
        mid = (lo + hi) // 2
        if sents[mid].start <= pos:
            lo = mid + 1
        else:
            hi = mid
    return max(0, lo - 1)


def has_headline(article: Article) -> bool:
    """Whether the first paragraph is a headline: one short sentence before the body."""
    paras = article.paragraphs
    if len(paras) < 2 or len(paras[0].text) > HEADLINE_CHARS:
        return False
    return sum(s.paragraph == 0 for s in article.sentences) == 1


HEADLINE_CHARS = 200
# A description stands for the last person named at most this far before it ('…," Ann Lee told the
# paper. The veteran activist warned …'); further off it may be anyone.
DESCRIPTION_REACH = 400


def renamed(cue: T, **fields: object) -> T:
    """``cue`` with the fields that differ replaced (most are the same in both scripts: no copy)."""
    changed = {k: v for k, v in fields.items() if v != getattr(cue, k)}
    return replace(cue, **changed) if changed else cue


def flagged_quote(n: int, text: str, m: MarkSpan, sentence: int) -> QuoteCue:
    """Cue ``n``: the one quote shown for a run of flagged marks."""
    # One candidate for a run of quote spam: shown, never speech, no speaker.
    return QuoteCue(n, m.start, m.end, text[m.start : m.end], "other", sentence=sentence, flagged=True)


def quoted_name(speaker: str, role: str | None, masked: str, view: str, near: int) -> tuple[str, str | None]:
    """The speaker (and role) as written in ``view``, for a speaker read in ``masked`` with quote marks blanked."""
    # 微博网友“X”说: the speaker's name is the quoted nickname, which the mask hid.
    at = masked.rfind(speaker, 0, near)
    if at == -1:
        at = masked.find(speaker, near)
    if at == -1:
        return speaker, role
    phrase = view[at : at + len(speaker)]
    head, mark, name = phrase.rpartition("“")
    if not mark:
        # “蓝鲸科技”方面回应称 (the subject reader dropped the opening mark): the quoted name.
        return phrase.split("”", 1)[0], role
    name = name.rstrip("”")
    return (name, (role or "") + head or None) if name and head else (phrase, role)
