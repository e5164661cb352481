"""Deterministic evidence found without an LLM: quote spans, speakers, experts, conditionals.

Rooms, bottom to top: ``types`` (the cue dataclasses), ``marks`` (quote-mark
pairing), ``occasion``, ``speakers`` (the speaker tracker both languages share),
``en`` / ``zh`` (each language's attribution rules, quotes and speakers),
``experts``, ``conditions``, and ``find`` (``find_cues``, which runs them).
"""

from .find import find_cues
from .speakers import has_headline, sentence_at
from .types import Attribution, ConditionCue, Cues, ExpertCue, MarkSpan, Mention, QuoteCue

__all__ = [
    "Attribution",
    "ConditionCue",
    "Cues",
    "ExpertCue",
    "MarkSpan",
    "Mention",
    "QuoteCue",
    "find_cues",
    "has_headline",
    "sentence_at",
]
