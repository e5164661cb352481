"""What the model is asked to answer, and how each answer is grounded.

The model is untrusted. Its answer is validated here with the article in the
validation context: every quote must point at a candidate quote or be found
in the article, every piece of evidence must cite real sentences. While
re-asks remain, an ungrounded quote fails validation and instructor re-asks
with the reason; on the last attempt it is dropped with a warning instead.
"""

from __future__ import annotations

import types
import typing
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, ValidationInfo, model_validator

from ..findings import Findings
from ..grounding import mentions
from ..grounding.context import GroundingContext
from ..grounding.evidence import conditional, evidence, supported
from ..grounding.quotes import ground_quote
from ..records import (
    ExpertAssessment,
    ExpertFields,
    Position,
    PositionFields,
    PreconditionFields,
    StatedPrecondition,
)
from .repairs import clean_summary

MAX_QUOTES, MAX_OTHERS = 6, 4


class QuoteAnswer(BaseModel):
    quote_id: int | None = Field(default=None, description="Number of the candidate quote [Q#], if listed.")
    text: str | None = Field(default=None, description="Exact words, only for speech without a [Q#].")
    speaker: str | None = Field(default=None, description="Who said it, named as in the article; null if not speech.")
    speaker_role: str | None = Field(default=None, description="Speaker's title or affiliation, if stated.")


# The answer shapes of the three records: the record's own fields (defined
# once, in records.py) plus the sentence numbers the model cites as evidence.
# Extra keys a model adds are ignored, not refused.


class PositionAnswer(PositionFields):
    model_config = ConfigDict(extra="ignore")
    sentences: list[int] = Field(default_factory=list, description="Evidence sentence numbers.")


class ExpertAnswer(ExpertFields):
    model_config = ConfigDict(extra="ignore")
    sentences: list[int] = Field(default_factory=list)


class ConditionAnswer(PreconditionFields):
    model_config = ConfigDict(extra="ignore")
    sentences: list[int] = Field(default_factory=list)


class Extraction(BaseModel):
    """One answer: a summary, or the records found in one window."""

    summary: str | None = None
    quotes: list[QuoteAnswer] = Field(default_factory=list, max_length=MAX_QUOTES * 3)
    positions: list[PositionAnswer] = Field(default_factory=list)
    experts: list[ExpertAnswer] = Field(default_factory=list)
    conditions: list[ConditionAnswer] = Field(default_factory=list)

    _grounded: Findings | None = PrivateAttr(default=None)

    @model_validator(mode="after")
    def _ground(self, info: ValidationInfo) -> Extraction:
        ctx: GroundingContext | None = (info.context or {}).get("grounding")
        if ctx is None:
            return self
        grounded = ground(self, ctx)
        if grounded.ungrounded and ctx.reasks_left > 0:
            ctx.reasks_left -= 1
            ctx.reasks += 1
            listed = "; ".join(t[:60] for t in grounded.ungrounded[:5])
            raise ValueError(
                "These quotes are not in the article: "
                f"{listed}. Use a [Q#] number, or copy the words exactly, or leave them out."
            )
        for item in grounded.ungrounded:
            grounded.warn("ungrounded_quote", "the model cited words that are not in the article; dropped", item)
        self._grounded = grounded
        return self

    @property
    def grounded(self) -> Findings:
        return self._grounded or Findings(summary=(self.summary or "").strip())


# --- the llama.cpp grammar, generated from the answer models ------------------

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


def ground(answer: Extraction, ctx: GroundingContext) -> Findings:
    """Turn one model answer into grounded records; nothing ungrounded gets through."""
    out = Findings(summary=clean_summary(answer.summary))
    for q in answer.quotes:
        ground_quote(ctx, out, quote_id=q.quote_id, text=q.text, speaker=q.speaker,
                     speaker_role=q.speaker_role)
    for p in answer.positions:
        ev = evidence(ctx, p.sentences, [p.holder])
        if supported(out, ev, "position", p.stance):
            out.positions.append(Position(holder=p.holder.strip(), holder_kind=p.holder_kind,
                                          topic=p.topic.strip(), stance=p.stance.strip(), evidence=ev))
    for e in answer.experts:
        if not mentions(ctx.article.text, e.expert):
            out.warn("expert_not_in_article", f"expert {e.expert!r} is not named in the article")
            continue
        ev = evidence(ctx, e.sentences, [e.expert])
        if supported(out, ev, "expert", e.assessment):
            out.expert_assessments.append(ExpertAssessment(
                expert=e.expert.strip(), title=_opt(e.title), affiliation=_opt(e.affiliation),
                assessment=e.assessment.strip(), prediction=_opt(e.prediction), evidence=ev))
    for c in answer.conditions:
        ev = conditional(evidence(ctx, c.sentences, [c.stated_by]))
        if supported(out, ev, "condition", c.condition):
            out.preconditions.append(StatedPrecondition(
                stated_by=c.stated_by.strip(), condition=c.condition.strip(),
                consequence=c.consequence.strip(), addressed_to=_opt(c.addressed_to), evidence=ev))
    return out


def _opt(value: str | None) -> str | None:
    value = (value or "").strip()
    return value or None
