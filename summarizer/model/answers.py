"""What the model is asked to answer, and how each answer is grounded.

The model is untrusted. Its answer is validated here with the article in the
validation context: every quote must point at a candidate quote or be found
in the article, every piece of evidence must cite real sentences. While
re-asks remain, an ungrounded quote fails validation and instructor re-asks
with the reason; on the last attempt it is dropped with a warning instead.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, ValidationInfo, model_validator

from ..article import join_sentences
from ..findings import Findings
from ..grounding import mentions
from ..grounding.checks import (
    check_expert,
    check_position,
    check_precondition,
    check_stated_there,
    check_summary,
    usable,
)
from ..grounding.context import GroundingContext
from ..grounding.evidence import conditional, evidence, own_clause, supported
from ..grounding.quotes import ground_quote
from ..grounding.support import speaker_ok
from ..records import (
    ExpertAssessment,
    ExpertFields,
    Position,
    PositionFields,
    PreconditionFields,
    Span,
    StanceType,
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
    """A large model writes topic and stance; a small one classifies (``stance_type``) and cites."""

    model_config = ConfigDict(extra="ignore")
    stance_type: StanceType | None = Field(default=None, description="demands, offers, refuses… (small models)")
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
    summary_sentences: list[int] = Field(
        default_factory=list, description="Sentence numbers that summarise the article (small models).")
    quotes: list[QuoteAnswer] = Field(default_factory=list, max_length=MAX_QUOTES * 3)
    positions: list[PositionAnswer] = Field(default_factory=list)
    experts: list[ExpertAnswer] = Field(default_factory=list)
    conditions: list[ConditionAnswer] = Field(default_factory=list)

    _grounded: Findings | None = PrivateAttr(default=None)

    @model_validator(mode="before")
    @classmethod
    def _selected(cls, data: Any, info: ValidationInfo) -> Any:
        """A small model selects and classifies: its items carry no text (the article's clause is used)."""
        ctx: GroundingContext | None = (info.context or {}).get("grounding")
        if ctx is None or not ctx.small or not isinstance(data, dict):
            return data
        blank = {"positions": ("topic", "stance"), "experts": ("assessment",),
                 "conditions": ("condition", "consequence")}
        data = dict(data)
        for key, fields in blank.items():
            items = data.get(key)
            if isinstance(items, list):
                data[key] = [{**{f: "" for f in fields}, **i} if isinstance(i, dict) else i for i in items]
        return data

    @model_validator(mode="after")
    def _ground(self, info: ValidationInfo) -> Extraction:
        ctx: GroundingContext | None = (info.context or {}).get("grounding")
        if ctx is None:
            return self
        grounded = ground(self, ctx)
        # A small model answers ids under a grammar, greedily: asked again with the
        # reason it repeated the same answer (recorded, zh example), at the cost
        # of a whole call; its unsupported records are dropped at once instead.
        unsupported = grounded.unsupported if not ctx.small else []
        if (grounded.ungrounded or unsupported) and ctx.reasks_left > 0:
            ctx.reasks_left -= 1
            ctx.reasks += 1
            reasons = []
            if grounded.ungrounded:
                listed = "; ".join(t[:60] for t in grounded.ungrounded[:5])
                reasons.append(f"These quotes are not in the article: {listed}. "
                               "Use a [Q#] number, or copy the words exactly, or leave them out.")
            if unsupported:
                listed = "; ".join(r[:120] for _, r in unsupported[:5])
                reasons.append(f"These records are not supported by the sentences they cite: {listed}. "
                               "Cite the sentence that states it, use the article's own words, or leave it out.")
            raise ValueError(" ".join(reasons))
        for item in grounded.ungrounded:
            grounded.warn("ungrounded_quote", "the model cited words that are not in the article; dropped", item)
        for code, reason in grounded.unsupported:
            grounded.warn(code, f"not supported by its evidence; dropped: {reason}", reason)
        self._grounded = grounded
        return self

    @property
    def grounded(self) -> Findings:
        return self._grounded or Findings(summary=(self.summary or "").strip())


def ground(answer: Extraction, ctx: GroundingContext) -> Findings:
    """Turn one model answer into grounded records; nothing ungrounded or unsupported gets through."""
    out = Findings()
    article = ctx.article
    out.summary = _summary(answer, ctx, out)
    for q in answer.quotes:
        ground_quote(ctx, out, quote_id=q.quote_id, text=q.text, speaker=q.speaker,
                     speaker_role=q.speaker_role)
    for p in answer.positions:
        ev = usable(evidence(ctx, p.sentences, [p.holder]), article, ctx.facts)
        if not supported(out, ev, "position", p.stance or p.holder):
            continue
        holder = p.holder.strip()
        stance, topic = p.stance.strip(), p.topic.strip()
        if ctx.small or not stance:
            # Small models select; the stance is the article's own clause, from the cited
            # sentence where the holder states something (else the first that names them).
            i = next((k for k, e in enumerate(ev)
                      if speaker_ok(holder, ctx.facts.stances_of([_sentence_of(ctx, e)]))), None)
            if i is None:
                i = next((k for k, e in enumerate(ev) if holder and holder in e.text), 0)
            ev = [ev[i]]
            stance, topic = own_clause(article, _sentence_of(ctx, ev[0]), holder)
        record = Position(holder=holder, holder_kind=p.holder_kind, topic=topic, stance=stance,
                          stance_type=p.stance_type, evidence=ev)
        verdict = check_position(record, article, ctx.facts)
        if verdict and ctx.small:
            # A small model selects: what it picks must be a stance the sentence states.
            verdict = check_stated_there(record, article, ctx.facts)
        _checked(out, verdict, "unsupported_position",
                 f"position {holder}: ", lambda r=record: out.positions.append(r))
    for e in answer.experts:
        if not mentions(article.text, e.expert):
            out.warn("expert_not_in_article", f"expert {e.expert!r} is not named in the article")
            continue
        ev = usable(evidence(ctx, e.sentences, [e.expert]), article, ctx.facts)
        if not supported(out, ev, "expert", e.assessment or e.expert):
            continue
        assessment, prediction = e.assessment.strip(), _opt(e.prediction)
        if ctx.small or not assessment:
            assessment, prediction = _extracted_assessment(article.language, ev)
        record = ExpertAssessment(
            expert=e.expert.strip(), title=_opt(e.title), affiliation=_opt(e.affiliation),
            assessment=assessment, prediction=prediction, evidence=ev)
        _checked(out, check_expert(record, article, ctx.facts), "unsupported_expert",
                 f"expert {record.expert}: ", lambda r=record: out.expert_assessments.append(r))
    for c in answer.conditions:
        ev = conditional(usable(evidence(ctx, c.sentences, [c.stated_by]), article, ctx.facts))
        if not supported(out, ev, "condition", c.condition or c.stated_by):
            continue
        condition, consequence = c.condition.strip(), c.consequence.strip()
        if ctx.small or not condition:
            cue = _condition_cue(ctx, ev)
            if cue is None:
                out.warn("no_evidence", "condition cites no sentence the cues found a conditional in", c.stated_by)
                continue
            ev = [e for e in ev if e.start <= cue.start < e.end] or ev
            condition, consequence = cue.condition, cue.consequence or ""
        record = StatedPrecondition(
            stated_by=c.stated_by.strip(), condition=condition, consequence=consequence,
            addressed_to=_opt(c.addressed_to), evidence=ev)
        verdict, record = check_precondition(record, article, ctx.facts)
        _checked(out, verdict, "unsupported_precondition", f"condition of {record.stated_by}: ",
                 lambda r=record: out.preconditions.append(r))
    return out


_PREDICTION = re.compile(r"可能|将会|预计|有望|难以|很难|\bwill\b|would likely|\bexpects?\b|likely to")


def _sentence_of(ctx: GroundingContext, span: Span) -> int:
    return next(s.index for s in ctx.article.sentences if s.start <= span.start < s.end)


def _extracted_assessment(language: str, ev: list[Span]) -> tuple[str, str | None]:
    """An expert's assessment as the article words it: the cited sentences (at most two)."""
    said = [e.text for e in ev[:2]]
    predictions = [t for t in said if _PREDICTION.search(t)]
    return ("" if language == "zh" else " ").join(said), (predictions[0] if predictions else None)


def _condition_cue(ctx: GroundingContext, ev: list[Span]) -> Any:
    for e in ev:
        for cue in ctx.conditions:
            if e.start <= cue.start < e.end:
                return cue
    return None


def _checked(out: Findings, verdict: Any, code: str, label: str, keep: Callable[[], None]) -> None:
    if verdict:
        keep()
    else:
        out.unsupported.append((code, label + verdict.reason))


def _summary(answer: Extraction, ctx: GroundingContext, out: Findings) -> str:
    """The summary: article sentences the model chose (small models), or prose held to the article."""
    sents = ctx.article.sentences
    if answer.summary_sentences:
        picked = sorted({n - 1 for n in answer.summary_sentences if 1 <= n <= len(sents)} - ctx.facts.planted)
        return join_sentences([sents[i].text for i in picked[:4]], ctx.article.language)
    text = clean_summary(answer.summary)
    if not text:
        return text
    kept, dropped = check_summary(text, ctx.article, ctx.facts)
    for d in dropped:
        out.warn("unsupported_summary_sentence", "a summary sentence is not supported by the article; dropped", d)
    return kept


def _opt(value: str | None) -> str | None:
    value = (value or "").strip()
    return value or None
