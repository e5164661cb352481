"""Fast scanning: long alternations of words, and blanking spans out of a text.

Python's ``re`` tries every alternative of ``(?:说|表示|指出|…)`` at every
position of the text. A lookahead on the set of first characters rejects most
positions at once and changes no match (every alternative begins with one of
them), which keeps the cues under 20 ms per 10,000 characters.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

BLANK = "\uff3f"  # what a blanked-out character reads as: a full-width low line, never a word


def first_chars(words: Iterable[str]) -> str:
    """A lookahead ``(?=[…])`` on the first characters of ``words`` (plain words, no regex syntax)."""
    chars = sorted({w[0] for w in words if w})
    return "(?=[" + "".join(re.escape(c) for c in chars) + "])"


def blank_out(text: str, spans: Iterable[tuple[int, int]]) -> str:
    """``text`` with every character inside one of the ``(start, end)`` spans replaced by ``BLANK``.

    Same length, so offsets still hold. Built from slices of ``text`` (no list of
    characters); spans may come in any order and overlap.
    """
    parts: list[str] = []
    pos = 0
    for start, end in sorted(spans):
        start = max(start, pos)
        if end <= start:
            continue
        parts += (text[pos:start], BLANK * (end - start))
        pos = end
    if not parts:
        return text
    parts.append(text[pos:])
    return "".join(parts)
