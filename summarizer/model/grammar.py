"""The llama.cpp grammar a call's answer must follow, generated from the answer models.

The answer models (``answers.py``) take their fields from the records; the grammar is
generated from them, so a field added to a record reaches the grammar without a second
definition. A small model's grammar selects and classifies: ids and short keys only.
"""

from __future__ import annotations

import types
import typing
from typing import Any

from pydantic import BaseModel

from ..records import HolderKind, StanceType
from .answers import MAX_OTHERS, MAX_QUOTES, ConditionAnswer, ExpertAnswer, PositionAnswer, QuoteAnswer

SENTENCES_PER_ITEM = 3  # evidence sentences a small model may cite per item
SUMMARY_MAX_CHARS = 600


def _nullable(kind: str) -> dict[str, Any]:
    return {"anyOf": [{"type": kind}, {"type": "null"}]}


_JSON_TYPES = {str: "string", int: "integer"}


def _grammar_of(annotation: Any) -> dict[str, Any]:
    """The grammar fragment for one answer field's type."""
    origin, args = typing.get_origin(annotation), typing.get_args(annotation)
    if annotation in _JSON_TYPES:
        return {"type": _JSON_TYPES[annotation]}
    if origin is typing.Literal:
        return {"enum": list(args)}
    if origin in (types.UnionType, typing.Union) and len(args) == 2 and type(None) in args:
        inner = next(a for a in args if a is not type(None))
        if typing.get_origin(inner) is typing.Literal:
            return {"anyOf": [{"enum": list(typing.get_args(inner))}, {"type": "null"}]}
        return _nullable(_JSON_TYPES[inner])
    if origin is list and args == (int,):
        return {"type": "array", "items": {"type": "integer"}, "maxItems": SENTENCES_PER_ITEM}
    raise TypeError(f"no grammar for answer field type {annotation!r}")


def _strict_object(props: dict[str, Any]) -> dict[str, Any]:
    # Every key required, in this order: a small model then has to consider
    # each field instead of stopping after the first.
    return {"type": "object", "properties": props, "required": list(props)}


def _item(model: type[BaseModel], **overrides: dict[str, Any] | None) -> dict[str, Any]:
    """A strict object over ``model``'s fields in order; an override replaces a field's grammar, None drops it."""
    props = {name: overrides.get(name, _grammar_of(f.annotation)) for name, f in model.model_fields.items()}
    return _strict_object({k: v for k, v in props.items() if v is not None})


def _array(items: dict[str, Any], most: int) -> dict[str, Any]:
    return {"type": "array", "maxItems": most, "items": items}


def grammar_schema(
    part: str,
    *,
    quote_ids: list[int] | None = None,
    experts: int = MAX_OTHERS,
    conditions: int = MAX_OTHERS,
    positions: int = 2,
) -> dict[str, Any]:
    """The JSON schema a llama.cpp grammar enforces for one call, generated from the answer models.

    The summary call may only write the summary. A window call answers one
    entry per candidate quote of the window, in order (the model names the
    speaker, or null when it is not speech), and at most as many experts and
    conditions as the cues saw there, so a small model neither skips
    candidates nor rambles past its budget.
    """
    if part == "summary":
        return _strict_object({"summary": {"type": "string", "maxLength": SUMMARY_MAX_CHARS}})
    if quote_ids is None:  # no candidates offered: quotes are copied as text
        quotes = _array(_item(QuoteAnswer, quote_id=None, text={"type": "string"},
                              speaker={"type": "string"}), MAX_QUOTES)
    else:
        cited = [_item(QuoteAnswer, quote_id={"const": q}, text=None) for q in quote_ids]
        quotes = {"type": "array", "prefixItems": cited, "items": False,
                  "minItems": len(cited), "maxItems": len(cited)}
    return _strict_object({
        "quotes": quotes,
        "positions": _array(_item(PositionAnswer), positions),
        "experts": _array(_item(ExpertAnswer), experts),
        "conditions": _array(_item(ConditionAnswer), conditions),
    })


def small_grammar_schema(
    part: str,
    *,
    quote_ids: list[int] | None = None,
    actors: list[str] | None = None,
    experts: list[str] | None = None,
    sentences: list[int] | None = None,
    condition_sentences: list[int] | None = None,
    positions: int = 2,
    summary_sentences: list[int] | None = None,
    actor_sentences: dict[str, list[int]] | None = None,
) -> dict[str, Any]:
    """The grammar for a small model, from the same answer models: it selects and classifies.

    Holders and experts are chosen from the names the cues found, stance types
    from the closed set, evidence from the window's sentence numbers; the
    text fields are left out (the records' text is the article's own clause).
    Every generated token costs a small model about 0.1 s, so the answer is
    ids and short keys, and a list the cues leave nothing to ask about is not
    in the grammar at all. ``summary_sentences`` (the lead's sentence numbers)
    adds the summary's choice to an extraction answer. With ``actor_sentences``
    (the sentences each actor is named or speaks in), a position's holder may
    cite only those: the check that would drop it is built into the grammar.
    """
    sentences = sentences or []
    if part == "summary":
        return _strict_object({"summary_sentences": _summary_choice(sentences)})
    base = grammar_schema("extract", quote_ids=quote_ids or [])
    actors, experts, conds = actors or [], experts or [], condition_sentences or []
    cited = {"type": "array", "items": {"enum": sentences or [0]}, "minItems": 1, "maxItems": 2}
    stance_types = [t for t in typing.get_args(StanceType) if t != "other"]
    kinds = {"enum": list(typing.get_args(HolderKind))}

    def position(holder: dict[str, Any], said: dict[str, Any]) -> dict[str, Any]:
        return _item(PositionAnswer, holder=holder, holder_kind=kinds, topic=None, stance=None,
                     stance_type={"enum": stance_types}, sentences=said)

    if actor_sentences is not None:
        choices = [position({"const": a}, {**cited, "items": {"enum": actor_sentences[a]}})
                   for a in actors if actor_sentences.get(a)]
        holders: dict[str, Any] | None = {"anyOf": choices} if choices else None
    else:
        holders = position({"enum": actors}, cited) if actors else None
    props = {
        "quotes": base["properties"]["quotes"] if quote_ids else None,
        "positions": _array(holders, positions) if holders and sentences else None,
        "experts": _array(_item(ExpertAnswer, expert={"enum": experts}, assessment=None,
                                prediction=None, sentences=cited), min(len(experts), MAX_OTHERS))
        if experts else None,
        "conditions": _array(_item(ConditionAnswer, stated_by={"enum": actors}, condition=None,
                                   consequence=None, sentences={"type": "array", "items": {"enum": conds},
                                                                "minItems": 1, "maxItems": 1}),
                             min(len(conds), MAX_OTHERS)) if actors and conds else None,
        "summary_sentences": _summary_choice(summary_sentences) if summary_sentences else None,
    }
    return _strict_object({k: v for k, v in props.items() if v is not None})


def _summary_choice(sentences: list[int]) -> dict[str, Any]:
    return {"type": "array", "items": {"enum": sentences or [1]}, "minItems": 1, "maxItems": 3}
