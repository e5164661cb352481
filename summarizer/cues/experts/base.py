"""What the Chinese and English expert readers share."""

from __future__ import annotations

from ..types import ExpertCue


def first_mentions(found: list[ExpertCue], key) -> list[ExpertCue]:  # noqa: ANN001
    """Each expert once, at the first mention: ``key`` reads the name a later mention shares."""
    out: list[ExpertCue] = []
    seen: set[str] = set()
    for e in sorted(found, key=lambda e: e.start):
        k = key(e.name)
        if k in seen:
            continue
        seen.add(k)
        out.append(e)
    return out
