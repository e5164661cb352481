"""Conditionals: 如果…则… / 'if X, Y' split into condition and consequence, with who states them.

Rooms: ``zh`` (Chinese conditionals, and ``has_conditional`` for either language) with its
speakers in ``zh_who``; ``en`` (English conditionals) over ``en_clause`` (where a conditional's
clauses begin and end) and ``en_who`` (who states them). This module only exports.
"""

from __future__ import annotations

from .en import Speaker, find_conditions_en
from .en_who import (
    attribution_points,
    cited_speaker,
    coordinated_subject,
    document_subject,
    names_someone,
    states_claim,
    without_full_stop,
)
from .zh import find_conditions_zh, has_conditional

__all__ = [
    "Speaker",
    "attribution_points",
    "cited_speaker",
    "coordinated_subject",
    "document_subject",
    "find_conditions_en",
    "find_conditions_zh",
    "has_conditional",
    "names_someone",
    "states_claim",
    "without_full_stop",
]
