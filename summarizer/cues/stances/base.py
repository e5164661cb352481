"""The stance cue type, shared by the English and Chinese readers."""

from __future__ import annotations

from dataclasses import dataclass

from ..types import Mention


@dataclass(frozen=True)
class StanceCue:
    """One stance: ``holder`` takes ``stance`` (= ``text[start:end]``) in sentence ``sentence``.

    ``verb`` is the stance verb as written; ``person`` whether the holder looks
    like a person (not a body or state).
    """

    holder: str
    verb: str
    stance: str
    topic: str
    start: int
    end: int
    sentence: int
    person: bool


def last_person(mentions: list[Mention], pos: int) -> str | None:
    """The last person named as a subject before ``pos`` (who a following 他/she is)."""
    best = None
    for m in mentions:
        if m.pos >= pos:
            break
        if m.person:
            best = m.name
    return best
