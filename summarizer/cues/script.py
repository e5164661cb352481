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

import re
from functools import lru_cache

import opencc

from ..reading import MIDDLE_DOTS

_QUOTES = {ord("「"): "“", ord("『"): "“", ord("」"): "”", ord("』"): "”"}
# Transliterated names are written with any of several middle dots; the rules know ·.
_DOTS = {ord(c): "·" for c in MIDDLE_DOTS if c != "·"}
# The ideographs ``reading.CJK`` matches, compatibility forms included.
_IDEOGRAPHS = (range(0x3400, 0xA000), range(0xF900, 0xFB00))


@lru_cache(maxsize=1)
def _table() -> tuple[list[int], re.Pattern[str]]:
    """The view's table (code point -> code point) and a pattern for the characters it changes.

    Built once, from OpenCC's table for every ideograph (some 30 ms): a lookup
    list translates ~3x faster than a dict, and a simplified article, which has
    nothing to change, is only searched, never copied.
    """
    chars = [chr(i) for r in _IDEOGRAPHS for i in r]
    # One character per line: OpenCC converts each alone, never as part of a phrase.
    out = opencc.OpenCC("t2s").convert("\n".join(chars)).split("\n")
    changes = {**_QUOTES, **_DOTS}
    if len(out) == len(chars):
        changes.update({ord(a): b for a, b in zip(chars, out, strict=True) if len(b) == 1 and b != a})
    table = list(range(max(changes) + 1))  # past its end, str.translate keeps a character as it is
    for k, v in changes.items():
        table[k] = ord(v)
    return table, re.compile("[" + "".join(re.escape(chr(k)) for k in sorted(changes)) + "]")


def simplified(text: str) -> str:
    """``text`` with each traditional character replaced by its simplified form (same length)."""
    table, changed = _table()
    return text.translate(table) if changed.search(text) else text


def rules_view(text: str, language: str) -> str:
    """What the Chinese rules and checks read: ``text`` simplified (same length); other languages as written."""
    return simplified(text) if language == "zh" else text


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
