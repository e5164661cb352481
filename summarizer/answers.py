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
from .grounding.support import addresses_model
from .grounding.checks import (
    SentenceFacts,
    check_expert,
    check_position,
    check_precondition,
    check_summary,
    own_clause,
    usable,
)
from .records import (
    ExpertAssessment,
    HolderKind,
    Notice,
    Position,
    Quote,
    Span,
    StanceType,
    StatedPrecondition,
)

MAX_QUOTES, MAX_OTHERS = 6, 4


class QuoteAnswer(BaseModel):
    quote_id: int | None = Field(default=None, description="Number of the candidate quote [Q#], if listed.")
    text: str | None = Field(default=None, description="Exact words, only for speech without a [Q#].")
    speaker: str | None = Field(default=None, description="Who said it, named as in the article; null if not speech.")
    speaker_role: str | None = Field(default=None, description="Speaker's title or affiliation, if stated.")


class PositionAnswer(BaseModel):
    """A large model writes the stance; a small one classifies it (``type``) and cites the sentence."""

    holder: str
    holder_kind: HolderKind = "other"
    topic: str
    stance: str = Field(description="The stance in one sentence (large models).")
    type: str | None = Field(default=None, description="Stance type (small models): demands, offers, refuses…")
    sentences: list[int] = Field(default_factory=list, description="Evidence sentence numbers.")

    @model_validator(mode="before")
    @classmethod
    def _classified(cls, data: Any) -> Any:
        # A classified answer has no text of its own: the article's clause is used.
        if isinstance(data, dict) and data.get("type") and "stance" not in data:
            data = {**data, "stance": "", "topic": data.get("topic", "")}
        return data


class ExpertAnswer(BaseModel):
    expert: str
    title: str | None = None
    affiliation: str | None = None
    assessment: str = ""
    prediction: str | None = None
    sentences: list[int] = Field(default_factory=list)


class ConditionAnswer(BaseModel):
    stated_by: str
    condition: str = ""
    consequence: str = ""
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
    # (code, reason) of records that failed a support check.
    unsupported: list[tuple[str, str]] = field(default_factory=list)


class Extraction(BaseModel):
    """One answer: a summary, or the records found in one window."""

    summary: str | None = None
    summary_sentences: list[int] = Field(default_factory=list, description="Sentence numbers that summarise (small models).")
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
        if (grounded.ungrounded or grounded.unsupported) and ctx.reasks_left > 0:
            ctx.reasks_left -= 1
            ctx.reasks += 1
            reasons = []
            if grounded.ungrounded:
                listed = "; ".join(t[:60] for t in grounded.ungrounded[:5])
                reasons.append(f"These quotes are not in the article: {listed}. "
                               "Use a [Q#] number, or copy the words exactly, or leave them out.")
            if grounded.unsupported:
                listed = "; ".join(r[:120] for _, r in grounded.unsupported[:5])
                reasons.append(f"These records are not supported by the sentences they cite: {listed}. "
                               "Cite the sentence that states it, use the article's own words, or leave it out.")
            raise ValueError(" ".join(reasons))
        for item in grounded.ungrounded:
            grounded.notices.append(Notice(code="ungrounded_quote",
                                           message="the model cited words that are not in the article; dropped",
                                           item=item[:80]))
        for code, reason in grounded.unsupported:
            grounded.notices.append(Notice(code=code, message=f"not supported by its evidence; dropped: {reason}",
                                           item=reason[:80]))
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


def small_grammar_schema(
    part: str,
    *,
    quote_ids: list[int] | None = None,
    actors: list[str] | None = None,
    experts: list[str] | None = None,
    sentences: list[int] | None = None,
    condition_sentences: list[int] | None = None,
    positions: int = 2,
) -> dict[str, Any]:
    """The grammar for a small model: it selects and classifies, it does not compose.

    Holders and experts are chosen from the names the cues found, stance types
    from a closed set, evidence from the window's sentence numbers; the
    records' text is then the article's own clause. Every generated token
    costs a small model about 0.1 s, so the answer is ids and short keys.
    """
    sentences = sentences or []
    if part == "summary":
        return _strict_object({"summary_sentences": {
            "type": "array", "items": {"enum": sentences or [1]}, "minItems": 1, "maxItems": 3}})
    one_of = lambda values: {"enum": values}  # noqa: E731
    quote_items = [
        _strict_object({"quote_id": {"const": q}, "speaker": _nullable("string"),
                        "speaker_role": _nullable("string")})
        for q in (quote_ids or [])
    ]
    quotes = {"type": "array", "prefixItems": quote_items, "items": False,
              "minItems": len(quote_items), "maxItems": len(quote_items)}
    cited = {"type": "array", "items": one_of(sentences or [0]), "minItems": 1, "maxItems": 2}
    stance_types = [t for t in StanceType.__args__ if t != "other"]  # type: ignore[attr-defined]
    holder_kinds = list(HolderKind.__args__)  # type: ignore[attr-defined]
    actors = actors or []
    experts = experts or []
    conds = condition_sentences or []
    return _strict_object({
        "quotes": quotes,
        "positions": {"type": "array", "maxItems": positions if actors and sentences else 0,
                      "items": _strict_object({
                          "holder": one_of(actors or [""]), "holder_kind": one_of(holder_kinds),
                          "type": one_of(stance_types), "sentences": cited})},
        "experts": {"type": "array", "maxItems": min(len(experts), MAX_OTHERS), "items": _strict_object({
            "expert": one_of(experts or [""]), "title": _nullable("string"),
            "affiliation": _nullable("string"), "sentences": cited})},
        "conditions": {"type": "array", "maxItems": min(len(conds), MAX_OTHERS), "items": _strict_object({
            "stated_by": one_of(actors or [""]), "addressed_to": _nullable("string"),
            "sentences": {"type": "array", "items": one_of(conds or [0]), "minItems": 1, "maxItems": 1}})},
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
    # Speakers per sentence and planted sentences, for the support checks.
    facts: SentenceFacts = field(default_factory=SentenceFacts)
    # Small models select and classify: the record's text is the article's own clause.
    small: bool = False
    conditions: tuple[Any, ...] = ()  # the cues' ConditionCues, for the small profile

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


def _in_planted(ctx: GroundingContext, start: int, end: int) -> bool:
    return any(s.index in ctx.facts.planted for s in ctx.article.sentences if s.start < end and start < s.end)


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
    cited = text[cue.start:cue.end] if cue is not None else (q.text or "")
    if addresses_model(cited):
        out.notices.append(Notice(code="planted_instruction", item=cited[:80],
                                  message="words addressed to the model are not a quote"))
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
        if ctx.facts.planted and _in_planted(ctx, start, end):
            out.notices.append(Notice(code="planted_instruction", item=text[start:end][:80],
                                      message="words of a sentence addressed to the model are not a quote"))
            return
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
    """Turn one model answer into grounded records; nothing ungrounded or unsupported gets through."""
    out = Grounded()
    article = ctx.article
    out.summary = _summary(answer, ctx, out.notices)
    for q in answer.quotes:
        _ground_quote(q, ctx, out)
    for p in answer.positions:
        ev = usable(_evidence(ctx, p.sentences, [p.holder]), article, ctx.facts)
        if not _keep(out, ev, "position", p.stance or p.holder):
            continue
        holder = p.holder.strip()
        stance, topic = p.stance.strip(), p.topic.strip()
        if ctx.small or not stance:
            # Small models select; the stance is the article's own clause.
            i = next((k for k, e in enumerate(ev) if holder and holder in e.text), 0)
            ev = [ev[i]]
            stance, topic = own_clause(article, _sentence_of(ctx, ev[0]), holder)
        record = Position(holder=holder, holder_kind=p.holder_kind, topic=topic, stance=stance,
                          stance_type=_stance_type(p.type), evidence=ev)
        _checked(out, check_position(record, article, ctx.facts), "unsupported_position",
                 f"position {holder}: ", lambda r=record: out.positions.append(r))
    for e in answer.experts:
        if not _in_article(ctx, e.expert):
            out.notices.append(Notice(code="expert_not_in_article",
                                      message=f"expert {e.expert!r} is not named in the article"))
            continue
        ev = usable(_evidence(ctx, e.sentences, [e.expert]), article, ctx.facts)
        if not _keep(out, ev, "expert", e.assessment or e.expert):
            continue
        assessment, prediction = e.assessment.strip(), _opt(e.prediction)
        if ctx.small or not assessment:
            assessment, prediction = _extracted_assessment(article, ev)
        record = ExpertAssessment(
            expert=e.expert.strip(), title=_opt(e.title), affiliation=_opt(e.affiliation),
            assessment=assessment, prediction=prediction, evidence=ev)
        _checked(out, check_expert(record, article, ctx.facts), "unsupported_expert",
                 f"expert {record.expert}: ", lambda r=record: out.expert_assessments.append(r))
    for c in answer.conditions:
        ev = usable(_evidence(ctx, c.sentences, [c.stated_by]), article, ctx.facts)
        # A stated precondition is conditional on the surface: its evidence must
        # hold a conditional marker (如果/只要/除非…, if/unless/as long as…).
        ev = [e for e in ev if ZH_MARK.search(e.text) or EN_MARK.search(e.text)]
        if not _keep(out, ev, "condition", c.condition or c.stated_by):
            continue
        condition, consequence = c.condition.strip(), c.consequence.strip()
        if ctx.small or not condition:
            cue = _condition_cue(ctx, ev)
            if cue is None:
                out.notices.append(Notice(code="no_evidence", item=c.stated_by[:80],
                                          message="condition cites no sentence the cues found a conditional in"))
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


_STANCE_TYPES = set(StanceType.__args__)  # type: ignore[attr-defined]
_PREDICTION = re.compile(r"可能|将会|预计|有望|难以|很难|\bwill\b|would likely|\bexpects?\b|likely to")


def _stance_type(value: str | None) -> str | None:
    value = (value or "").strip().lower()
    return value if value in _STANCE_TYPES else None


def _sentence_of(ctx: GroundingContext, span: Span) -> int:
    return next(s.index for s in ctx.article.sentences if s.start <= span.start < s.end)


def _extracted_assessment(article: Article, ev: list[Span]) -> tuple[str, str | None]:
    joiner = "" if article.language == "zh" else " "
    said = [e.text for e in ev[:2]]
    predictions = [t for t in said if _PREDICTION.search(t)]
    return joiner.join(said), (predictions[0] if predictions else None)


def _condition_cue(ctx: GroundingContext, ev: list[Span]) -> Any:
    for e in ev:
        for cue in ctx.conditions:
            if e.start <= cue.start < e.end:
                return cue
    return None


def _checked(out: Grounded, verdict: Any, code: str, label: str, keep: Any) -> None:
    if verdict:
        keep()
    else:
        out.unsupported.append((code, label + verdict.reason))


def _summary(answer: Extraction, ctx: GroundingContext, notices: list[Notice]) -> str:
    """The summary: chosen article sentences (small models), or prose held to the article."""
    sents = ctx.article.sentences
    if answer.summary_sentences:
        picked = sorted({n - 1 for n in answer.summary_sentences if 1 <= n <= len(sents)} - ctx.facts.planted)
        joiner = "" if ctx.article.language == "zh" else " "
        return joiner.join(sents[i].text for i in picked[:4])
    text = clean_summary(answer.summary)
    if not text:
        return text
    kept, dropped = check_summary(text, ctx.article, ctx.facts)
    for d in dropped:
        notices.append(Notice(code="unsupported_summary_sentence", item=d[:80],
                              message="a summary sentence is not supported by the article; dropped"))
    return kept


def _opt(value: str | None) -> str | None:
    value = (value or "").strip()
    return value or None


def _keep(out: Grounded, evidence: list[Span], kind: str, what: str) -> bool:
    if evidence:
        return True
    out.notices.append(Notice(code="no_evidence", message=f"{kind} cites no supporting sentence of the article",
                              item=what[:80]))
    return False
