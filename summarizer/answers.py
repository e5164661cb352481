"""What the model is asked to answer, and how each answer is grounded.

The model is untrusted. Its answer is validated here with the article in the
validation context: every quote must point at a candidate quote or be found
in the article, every piece of evidence must cite real sentences. While
re-asks remain, an ungrounded quote fails validation and instructor re-asks
with the reason; on the last attempt it is dropped with a notice instead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel, Field, PrivateAttr, ValidationInfo, model_validator

from .article import Article
from .cues import QuoteCue
from .cues.conditions import EN_MARK, ZH_MARK
from .grounding import fold, locate
from .records import (
    ExpertAssessment,
    HolderKind,
    Notice,
    Position,
    Quote,
    Span,
    StatedPrecondition,
)

MAX_QUOTES, MAX_OTHERS = 6, 4


class QuoteAnswer(BaseModel):
    quote_id: int | None = Field(default=None, description="Number of the candidate quote [Q#], if listed.")
    text: str | None = Field(default=None, description="Exact words, only for speech without a [Q#].")
    speaker: str | None = Field(default=None, description="Who said it, named as in the article; null if not speech.")
    speaker_role: str | None = Field(default=None, description="Speaker's title or affiliation, if stated.")


class PositionAnswer(BaseModel):
    holder: str
    holder_kind: HolderKind = "other"
    topic: str
    stance: str = Field(description="The stance in one sentence.")
    sentences: list[int] = Field(default_factory=list, description="Evidence sentence numbers.")


class ExpertAnswer(BaseModel):
    expert: str
    title: str | None = None
    affiliation: str | None = None
    assessment: str
    prediction: str | None = None
    sentences: list[int] = Field(default_factory=list)


class ConditionAnswer(BaseModel):
    stated_by: str
    condition: str
    consequence: str
    addressed_to: str | None = None
    sentences: list[int] = Field(default_factory=list)


@dataclass
class Grounded:
    """An answer turned into records, plus what was dropped and why."""

    summary: str = ""
    quotes: list[Quote] = field(default_factory=list)
    positions: list[Position] = field(default_factory=list)
    expert_assessments: list[ExpertAssessment] = field(default_factory=list)
    preconditions: list[StatedPrecondition] = field(default_factory=list)
    notices: list[Notice] = field(default_factory=list)
    ungrounded: list[str] = field(default_factory=list)


class Extraction(BaseModel):
    """One answer: a summary, or the records found in one window."""

    summary: str | None = None
    quotes: list[QuoteAnswer] = Field(default_factory=list, max_length=MAX_QUOTES * 3)
    positions: list[PositionAnswer] = Field(default_factory=list)
    experts: list[ExpertAnswer] = Field(default_factory=list)
    conditions: list[ConditionAnswer] = Field(default_factory=list)

    _grounded: Grounded | None = PrivateAttr(default=None)

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
            grounded.notices.append(Notice(code="ungrounded_quote",
                                           message="the model cited words that are not in the article; dropped",
                                           item=item[:80]))
        self._grounded = grounded
        return self

    @property
    def grounded(self) -> Grounded:
        return self._grounded or Grounded(summary=(self.summary or "").strip())


def _nullable(kind: str) -> dict[str, Any]:
    return {"anyOf": [{"type": kind}, {"type": "null"}]}


def _strict_object(props: dict[str, Any]) -> dict[str, Any]:
    # Every key required, in this order: a small model then has to consider
    # each field instead of stopping after the first.
    return {"type": "object", "properties": props, "required": list(props)}


def grammar_schema(
    part: str,
    *,
    quote_ids: list[int] | None = None,
    experts: int = MAX_OTHERS,
    conditions: int = MAX_OTHERS,
    positions: int = 2,
) -> dict[str, Any]:
    """The JSON schema a llama.cpp grammar enforces for one call.

    The summary call may only write the summary. A window call answers one
    entry per candidate quote of the window, in order (the model names the
    speaker, or null when it is not speech), and at most as many experts and
    conditions as the cues saw there, so a small model neither skips
    candidates nor rambles past its budget.
    """
    if part == "summary":
        return _strict_object({"summary": {"type": "string", "maxLength": 600}})
    sentences = {"type": "array", "items": {"type": "integer"}, "maxItems": 3}
    quote_items = [
        _strict_object({"quote_id": {"const": q}, "speaker": _nullable("string"),
                        "speaker_role": _nullable("string")})
        for q in (quote_ids or [])
    ]
    if quote_ids is None:  # no candidates offered: quotes are copied as text
        quotes = {"type": "array", "maxItems": MAX_QUOTES, "items": _strict_object({
            "text": {"type": "string"}, "speaker": {"type": "string"},
            "speaker_role": _nullable("string")})}
    else:
        quotes = {"type": "array", "prefixItems": quote_items, "items": False,
                  "minItems": len(quote_items), "maxItems": len(quote_items)}
    holder_kinds = list(HolderKind.__args__)  # type: ignore[attr-defined]
    return _strict_object({
        "quotes": quotes,
        "positions": {"type": "array", "maxItems": positions, "items": _strict_object({
            "holder": {"type": "string"}, "holder_kind": {"enum": holder_kinds},
            "topic": {"type": "string"}, "stance": {"type": "string"}, "sentences": sentences})},
        "experts": {"type": "array", "maxItems": experts, "items": _strict_object({
            "expert": {"type": "string"}, "title": _nullable("string"),
            "affiliation": _nullable("string"), "assessment": {"type": "string"},
            "prediction": _nullable("string"), "sentences": sentences})},
        "conditions": {"type": "array", "maxItems": conditions, "items": _strict_object({
            "stated_by": {"type": "string"}, "condition": {"type": "string"},
            "consequence": {"type": "string"}, "addressed_to": _nullable("string"),
            "sentences": sentences})},
    })


@dataclass
class GroundingContext:
    """What a validator needs: the article, the candidate quotes, the window."""

    article: Article
    candidates: dict[int, QuoteCue]
    window: tuple[int, int]  # character range the task covered
    reasks_left: int = 0
    reasks: int = 0
    sentence_range: tuple[int, int] = (0, 0)  # 0-based sentence indices, inclusive
    # Every quote-marked span of the article (speech or not): direct speech
    # copied as free text must lie inside one of them.
    quote_marks: tuple[tuple[int, int], ...] = ()

    def inside_quote_marks(self, start: int, end: int) -> bool:
        return any(lo <= start and end <= hi for lo, hi in self.quote_marks)


def _evidence(ctx: GroundingContext, numbers: list[int], names: list[str | None]) -> list[Span]:
    sentences = ctx.article.sentences
    picked = sorted({n - 1 for n in numbers if 1 <= n <= len(sentences)})
    if not picked:
        # The model named no valid sentence: fall back to sentences of the
        # window that mention the holder, so evidence is still the article's.
        lo, hi = ctx.sentence_range
        keys = [fold(n) for n in names if n and len(fold(n)) >= 2]
        picked = [i for i in range(lo, hi + 1) if any(k in fold(sentences[i].text) for k in keys)][:2]
    return [
        Span(start=s.start, end=s.end, text=s.text, match="exact")
        for s in (sentences[i] for i in picked)
    ]


def _in_article(ctx: GroundingContext, name: str) -> bool:
    key = fold(name)
    return bool(key) and key in fold(ctx.article.text)


def _ground_quote(q: QuoteAnswer, ctx: GroundingContext, out: Grounded) -> None:
    text = ctx.article.text
    speaker = (q.speaker or "").strip()
    cue = ctx.candidates.get(q.quote_id) if q.quote_id is not None else None
    if cue is not None and not speaker:
        return  # the model judged the candidate not to be direct speech
    if q.quote_id is not None and cue is None and not q.text:
        out.ungrounded.append(f"[Q{q.quote_id}] (no such candidate)")
        return
    if cue is not None:
        if cue.kind in {"name", "title"}:
            out.notices.append(Notice(code="not_speech", message=f"[Q{cue.id}] is a {cue.kind}, not speech",
                                      item=cue.text[:80]))
            return
        start, end, match, model_text = cue.start, cue.end, "exact", None
        via = list(cue.via)
    else:
        loc = locate(q.text or "", text, within=ctx.window, near=ctx.window[0])
        if loc is None:
            out.ungrounded.append((q.text or "").strip() or "(empty quote)")
            return
        if not ctx.inside_quote_marks(loc.start, loc.end):
            # Words of the article that nobody is quoted as saying (narration,
            # or an instruction planted in the article) are not direct speech.
            out.notices.append(Notice(code="not_in_quote_marks",
                                      message="cited text is in the article but not inside quote marks",
                                      item=text[loc.start:loc.end][:80]))
            return
        start, end, match = loc.start, loc.end, loc.match
        model_text = None if match == "exact" else (q.text or "").strip()
        via = []
    if not speaker or not _in_article(ctx, speaker):
        fallback = cue.speaker if cue else None
        if not fallback:
            out.notices.append(Notice(code="speaker_not_in_article",
                                      message=f"speaker {speaker!r} is not named in the article",
                                      item=text[start:end][:80]))
            return
        if speaker:
            out.notices.append(Notice(code="speaker_replaced",
                                      message=f"speaker {speaker!r} is not in the article; used {fallback!r}"))
        speaker = fallback
    role = (q.speaker_role or "").strip() or (cue.speaker_role if cue else None)
    out.quotes.append(Quote(speaker=speaker, speaker_role=role or None, text=text[start:end],
                            span=(start, end), match=match, model_text=model_text, via=via,
                            occasion=cue.occasion if cue else None, date=cue.date if cue else None))


_JUNK = re.compile(r"```|\{\s*\"|\n\s*\n")
_SENTENCE_END = re.compile(r"(?<=[。！？.!?])(?:[”’\"']?)\s*")


def clean_summary(text: str | None, max_sentences: int = 4) -> str:
    """Keep the summary's prose: cut at code fences or JSON a model rambles into, at most 4 sentences."""
    text = (text or "").strip()
    m = _JUNK.search(text)
    if m:
        text = text[: m.start()].strip()
    text = text.rstrip("{}[]` \n")
    ends = [m.end() for m in _SENTENCE_END.finditer(text)]
    if len(ends) > max_sentences:
        text = text[: ends[max_sentences - 1]].strip()
    return text


def ground(answer: Extraction, ctx: GroundingContext) -> Grounded:
    """Turn one model answer into grounded records; nothing ungrounded gets through."""
    out = Grounded(summary=clean_summary(answer.summary))
    for q in answer.quotes:
        _ground_quote(q, ctx, out)
    for p in answer.positions:
        ev = _evidence(ctx, p.sentences, [p.holder])
        if _keep(out, ev, "position", p.stance):
            out.positions.append(Position(holder=p.holder.strip(), holder_kind=p.holder_kind,
                                          topic=p.topic.strip(), stance=p.stance.strip(), evidence=ev))
    for e in answer.experts:
        if not _in_article(ctx, e.expert):
            out.notices.append(Notice(code="expert_not_in_article",
                                      message=f"expert {e.expert!r} is not named in the article"))
            continue
        ev = _evidence(ctx, e.sentences, [e.expert])
        if _keep(out, ev, "expert", e.assessment):
            out.expert_assessments.append(ExpertAssessment(
                expert=e.expert.strip(), title=_opt(e.title), affiliation=_opt(e.affiliation),
                assessment=e.assessment.strip(), prediction=_opt(e.prediction), evidence=ev))
    for c in answer.conditions:
        ev = _evidence(ctx, c.sentences, [c.stated_by])
        # A stated precondition is conditional on the surface: its evidence must
        # hold a conditional marker (如果/只要/除非…, if/unless/as long as…).
        ev = [e for e in ev if ZH_MARK.search(e.text) or EN_MARK.search(e.text)]
        if _keep(out, ev, "condition", c.condition):
            out.preconditions.append(StatedPrecondition(
                stated_by=c.stated_by.strip(), condition=c.condition.strip(),
                consequence=c.consequence.strip(), addressed_to=_opt(c.addressed_to), evidence=ev))
    return out


def _opt(value: str | None) -> str | None:
    value = (value or "").strip()
    return value or None


def _keep(out: Grounded, evidence: list[Span], kind: str, what: str) -> bool:
    if evidence:
        return True
    out.notices.append(Notice(code="no_evidence", message=f"{kind} cites no supporting sentence of the article",
                              item=what[:80]))
    return False
