"""Find what the model cited in the article: exact, then normalised, then fuzzy.

The model is untrusted: whatever it says it copied is looked up here, and a
citation that cannot be found is not emitted. Offsets always index the
original article text; the normalised view keeps a map back to it.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz

from ..records import MatchKind, Span

FUZZY_MIN_SCORE = 90.0
FUZZY_MIN_CHARS = 8

_QUOTES = {
    **dict.fromkeys("“”„‟«»「」『』〝〞〟＂\"", '"'),
    **dict.fromkeys("‘’‚‛‹›＇'`´", "'"),
}
_DASHES = dict.fromkeys("‐‑‒–—―−", "-")
_ELLIPSES = {"…": "...", "⋯": "...", "‥": ".."}
# Marks a model adds or drops around a quotation; trimmed before matching.
_TRIM = "".join(_QUOTES) + " \t\r\n\u3000"


@dataclass(frozen=True)
class Located:
    start: int
    end: int
    match: MatchKind
    score: float = 100.0


def fold_char(ch: str) -> str:
    """The normalised form of one character ('' for whitespace)."""
    if ch.isspace():
        return ""
    if ch in _QUOTES:
        return _QUOTES[ch]
    if ch in _DASHES:
        return "-"
    if ch in _ELLIPSES:
        return _ELLIPSES[ch]
    return unicodedata.normalize("NFKC", ch).casefold()


@dataclass(frozen=True)
class _Folded:
    text: str
    origin: tuple[int, ...]  # origin[i] = index in the original of folded char i


@lru_cache(maxsize=64)
def _fold(text: str) -> _Folded:
    chars: list[str] = []
    origin: list[int] = []
    for i, ch in enumerate(text):
        for f in fold_char(ch):
            chars.append(f)
            origin.append(i)
    return _Folded("".join(chars), tuple(origin))


def fold(text: str) -> str:
    """Normalise width, quote marks, dashes, ellipses, case; drop whitespace."""
    return _fold(text).text


def trim_marks(text: str) -> str:
    """Strip whitespace and quote marks that wrap a citation."""
    return text.strip(_TRIM)


def _nearest(positions: list[int], near: int | None) -> int:
    if near is None:
        return positions[0]
    return min(positions, key=lambda p: abs(p - near))


def _all_find(hay: str, needle: str, lo: int, hi: int) -> list[int]:
    found: list[int] = []
    i = hay.find(needle, lo, hi)
    while i != -1:
        found.append(i)
        i = hay.find(needle, i + 1, hi)
    return found


def locate(
    needle: str,
    text: str,
    *,
    near: int | None = None,
    within: tuple[int, int] | None = None,
    fuzzy: bool = True,
) -> Located | None:
    """Find ``needle`` in ``text``.

    Args:
        needle: what the model says it copied (quote marks around it are ignored).
        text: the article text.
        near: prefer the occurrence closest to this offset.
        within: search only text[lo:hi] (the window the model saw) first;
            the whole text is tried after it.
        fuzzy: allow the fuzzy stage.

    Returns:
        The span in ``text`` and how it matched, or None when it is not there.
    """
    needle = trim_marks(needle)
    if not needle:
        return None
    ranges = [within, (0, len(text))] if within else [(0, len(text))]
    for lo, hi in ranges:
        hits = _all_find(text, needle, lo, hi)
        if hits:
            start = _nearest(hits, near)
            return Located(start, start + len(needle), "exact")
    folded = _fold(text)
    fneedle = fold(needle)
    if not fneedle:
        return None
    for lo, hi in ranges:
        flo, fhi = _folded_range(folded, lo, hi)
        hits = _all_find(folded.text, fneedle, flo, fhi)
        if hits:
            fstart = _nearest([folded.origin[h] for h in hits], near)
            i = folded.origin.index(fstart)
            return _span_from_folded(text, folded, i, i + len(fneedle), "normalized", 100.0)
    if not fuzzy or len(fneedle) < FUZZY_MIN_CHARS:
        return None
    for lo, hi in ranges:
        flo, fhi = _folded_range(folded, lo, hi)
        hay = folded.text[flo:fhi]
        if not hay:
            continue
        al = fuzz.partial_ratio_alignment(fneedle, hay, score_cutoff=FUZZY_MIN_SCORE)
        if al is None:
            continue
        length = al.dest_end - al.dest_start
        if length < 0.8 * len(fneedle):
            continue
        return _span_from_folded(
            text, folded, flo + al.dest_start, flo + al.dest_end, "fuzzy", round(al.score, 1)
        )
    return None


def _folded_range(folded: _Folded, lo: int, hi: int) -> tuple[int, int]:
    import bisect

    return bisect.bisect_left(folded.origin, lo), bisect.bisect_left(folded.origin, hi)


def _span_from_folded(
    text: str, folded: _Folded, fs: int, fe: int, kind: MatchKind, score: float
) -> Located | None:
    if fe <= fs:
        return None
    start = folded.origin[fs]
    end = folded.origin[fe - 1] + 1
    # Do not start or end on a quote mark or space of the article itself.
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    if end <= start:
        return None
    return Located(start, end, kind, score)


def to_span(text: str, loc: Located) -> Span:
    """A record Span for a located citation."""
    return Span(start=loc.start, end=loc.end, text=text[loc.start : loc.end], match=loc.match)


def verify_span(text: str, start: int, end: int, expected: str) -> bool:
    """True when ``text[start:end]`` still reproduces ``expected`` (for checks of stored records)."""
    return 0 <= start <= end <= len(text) and text[start:end] == expected


def mentions(text: str, name: str) -> bool:
    """True when ``name`` appears in ``text`` once width, quote marks, case and spaces are folded."""
    key = fold(name)
    return bool(key) and key in fold(text)
