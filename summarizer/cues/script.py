"""A simplified-Chinese view of a text with the same offsets, for the Chinese rules.

The rules know simplified verbs and titles (说, 部长); traditional text (說,
部長) reads through this view. The conversion is character by character with
OpenCC's traditional-to-simplified table, so every offset in the view is an
offset in the article and a cue's words can be taken back from the article
in its own characters. Corner brackets read as curly quotes (「」『』 -> “”)
and other middle dots as · (克里西•克拉克),
so one set of patterns serves both conventions; pairing and nesting of the
marks themselves is done on the article text by ``marks``.
"""

from __future__ import annotations

from functools import lru_cache

import opencc

from ..article import CJK
from ..reading import MIDDLE_DOTS

_QUOTES = {ord("「"): "“", ord("『"): "“", ord("」"): "”", ord("』"): "”"}
# Transliterated names are written with any of several middle dots; the rules know ·.
_DOTS = {ord(c): "·" for c in MIDDLE_DOTS if c != "·"}
_table: dict[int, str] = {**_QUOTES, **_DOTS}
_known: set[str] = set()
_changed: set[str] = {chr(k) for k in (*_QUOTES, *_DOTS)}


@lru_cache(maxsize=1)
def _converter() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


def simplified(text: str) -> str:
    """``text`` with each traditional character replaced by its simplified form (same length)."""
    chars = set(text)
    new = {ch for ch in chars - _known if CJK.match(ch)}
    if new:
        ordered = sorted(new)
        # One character per line: OpenCC converts each alone, never as part of a phrase.
        out = _converter().convert("\n".join(ordered)).split("\n")
        if len(out) == len(ordered):
            for a, b in zip(ordered, out, strict=True):
                if len(b) == 1 and b != a:
                    _table[ord(a)] = b
                    _changed.add(a)
        _known.update(new)
    # Most simplified articles have nothing to change: skip the copy.
    return text.translate(_table) if chars & _changed else text


def restore(s: str | None, view: str, text: str, near: int, reach: int = 400) -> str | None:
    """``s`` (words read in ``view``) in the article's own characters, taken where it occurs nearest ``near``."""
    if not s or view is text:
        return s
    before = view.rfind(s, max(0, near - reach), near + len(s))
    after = view.find(s, near, near + reach + len(s))
    hits = [i for i in (before, after) if i != -1]
    if not hits:
        hits = [i for i in (view.rfind(s, 0, near + len(s)), view.find(s, near)) if i != -1]
    if not hits:
        return s
    i = min(hits, key=lambda i: abs(i - near))
    return text[i : i + len(s)]
