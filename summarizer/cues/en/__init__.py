"""English surface cues: who said a quotation, and whether it is speech at all.

Works on plain offsets into the article text; ``quotes`` turns the results
into quote cues and resolves pronouns across the article.

One module a concern, each importing only those above it in this list:
``lexicon`` (speech verbs and titles), ``words`` (closed word classes),
``names`` (names, titles and descriptions), ``subject`` (a clause's subject),
``attribution`` (a quote's speaker), ``quote_kind`` (speech, name, title or
scare quote) and ``quotes`` (the article's quote cues, which ``find`` imports
itself). The names below are what the other cues import from here.
"""

from __future__ import annotations

from typing import Any

from . import lexicon
from .attribution import (
    ascribed_to,
    attribute_after,
    attribute_at_end,
    attribute_before,
    named_subjects,
    sentence_end,
    sentence_subjects,
)
from .lexicon import HONORIFICS, REPORTING, use_lexicon
from .names import (
    NAME_AT_END,
    NAME_AT_START,
    PARTY_STATE,
    is_description,
    looks_person,
    name_for_description,
    split_title,
)
from .quote_kind import classify
from .subject import main_subject, subject_after, subject_before
from .words import PRONOUNS

__all__ = [
    "HONORIFICS",
    "NAME_AT_END",
    "NAME_AT_START",
    "PARTY_STATE",
    "PRONOUNS",
    "REPORTING",
    "TITLES",
    "VERB",
    "ascribed_to",
    "attribute_after",
    "attribute_at_end",
    "attribute_before",
    "classify",
    "is_description",
    "looks_person",
    "main_subject",
    "name_for_description",
    "named_subjects",
    "sentence_end",
    "sentence_subjects",
    "split_title",
    "subject_after",
    "subject_before",
    "use_lexicon",
]


def __getattr__(name: str) -> Any:
    # VERB and TITLES are rebound when ``use_lexicon`` swaps the lexicon: read them from
    # ``lexicon`` at each use, never bound here once, so every reader sees the lexicon in force.
    if name in ("VERB", "TITLES"):
        return getattr(lexicon, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
