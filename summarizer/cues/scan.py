"""Fast scanning for long alternations of words.

Python's ``re`` tries every alternative of ``(?:说|表示|指出|…)`` at every
position of the text. A lookahead on the set of first characters rejects most
positions at once and changes no match (every alternative begins with one of
them), which keeps the cues under 20 ms per 10,000 characters.
"""

from __future__ import annotations

import re
from collections.abc import Iterable


def first_chars(words: Iterable[str]) -> str:
    """A lookahead ``(?=[…])`` on the first characters of ``words`` (plain words, no regex syntax)."""
    chars = sorted({w[0] for w in words if w})
    return "(?=[" + "".join(re.escape(c) for c in chars) + "])"
