"""A simplified-Chinese view of a text with the same offsets, for the Chinese rules.

The rules know simplified verbs and titles (说, 部长); traditional text (說,
部長) reads through this view. The conversion is character by character with
OpenCC's traditional-to-simplified table, so every offset in the view is an
offset in the article and a cue's words can be taken back from the article
in its own characters. Corner brackets read as curly quotes (「」『』 -> “”),
so one set of patterns serves both conventions; pairing and nesting of the
marks themselves is done on the article text by ``marks``.
"""

from __future__ import annotations

from functools import lru_cache

import opencc

from ..article import CJK

_QUOTES = {ord("「"): "“", ord("『"): "“", ord("」"): "”", ord("』"): "”"}
_table: dict[int, str] = dict(_QUOTES)
_known: set[str] = set()


@lru_cache(maxsize=1)
def _converter() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


def simplified(text: str) -> str:
    """``text`` with each traditional character replaced by its simplified form (same length)."""
    new = {ch for ch in set(CJK.findall(text)) if ch not in _known}
    if new:
        chars = sorted(new)
        # One character per line: OpenCC converts each alone, never as part of a phrase.
        out = _converter().convert("\n".join(chars)).split("\n")
        if len(out) == len(chars):
            for a, b in zip(chars, out):
                if len(b) == 1 and b != a:
                    _table[ord(a)] = b
        _known.update(new)
    return text.translate(_table)


def restore(s: str | None, view: str, text: str, near: int) -> str | None:
    """``s`` (words read in ``view``) in the article's own characters: the occurrence nearest ``near``."""
    if not s or view is text:
        return s
    best = -1
    i = view.find(s)
    while i != -1:
        if best == -1 or abs(i - near) < abs(best - near):
            best = i
        i = view.find(s, i + 1)
    return text[best : best + len(s)] if best != -1 else s
