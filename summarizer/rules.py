"""The rules engine: full records from the cues alone, no LLM.

Everything here is read off the article's surface, so every record is exact:
quotes are cue spans, evidence spans are whole sentences. Positions are a
named holder and the clause of its stance verb, in the article's words.
"""

from __future__ import annotations

import re

from .article import Article, Segment, join_sentences
from .cues import Cues, has_headline, sentence_at
from .cues import en as cues_en
from .cues import zh as cues_zh
from .cues.script import rules_view
from .cues.stances import find_stances
from .findings import Findings
from .grounding.quotes import UNKNOWN_SPEAKER, quote_from_cue
from .records import ExpertAssessment, Position, Span, StatedPrecondition

LEAD_CHARS = {"zh": 160, "en": 360}

_PREDICTION = re.compile(r"可能|将会|预计|有望|难以|很难|will\b|would likely|expects?\b|likely to")


def extract(article: Article, cues: Cues) -> Findings:
    """Records built from ``cues`` only: lead-sentence summary, quotes, experts, conditions.

    Args:
        article: the article the cues were found in.
        cues: ``find_cues(article)``.

    Returns:
        Findings whose records all have ``source="cues"`` and exact spans.
    """
    return Findings(
        summary=lead(article),
        quotes=[quote_from_cue(q) for q in cues.speech()],
        positions=_positions(article, cues),
        expert_assessments=_experts(article, cues),
        preconditions=_preconditions(article, cues),
    )


def lead(article: Article) -> str:
    """The first sentences of the body, up to a short paragraph's length."""
    sents = article.sentences
    first = 0
    if has_headline(article):
        first = 1
    limit = LEAD_CHARS.get(article.language, 360)
    out: list[str] = []
    for s in sents:
        if s.paragraph < first:
            continue
        if out and sum(map(len, out)) + len(s.text) > limit:
            break
        out.append(s.text)
    return join_sentences(out, article.language)


def _span(s: Segment) -> Span:
    return Span(start=s.start, end=s.end, text=s.text, match="exact")


def _speaker_sentences(article: Article, cues: Cues, name: str) -> list[Segment]:
    """Sentences the named person speaks in: their quotes, and '<name> 表示/said …'."""
    sents = article.sentences
    idx = {q.sentence for q in cues.speech() if q.speaker == name}
    verb = cues_zh.VERB if article.language == "zh" else cues_en.VERB
    name = rules_view(name, article.language)
    for s in sents:
        text = rules_view(s.text, article.language)
        at = text.find(name)
        # The verb may follow an appositive: 'X, a professor at Y, said'.
        if at != -1 and verb.search(text, at + len(name), at + len(name) + 120):
            idx.add(s.index)
    return [sents[i] for i in sorted(idx)]


def _experts(article: Article, cues: Cues) -> list[ExpertAssessment]:
    out: list[ExpertAssessment] = []
    for e in cues.experts:
        said = _speaker_sentences(article, cues, e.name)
        if not said:
            # Introduced without a speech verb ('according to calculations by X of Y',
            # 'X, an economist, calculates …'): the introducing sentence reports the view.
            said = [article.sentences[sentence_at(article.sentences, e.start)]] if article.sentences else []
            if not said:
                continue
        predictions = [s for s in said if _PREDICTION.search(rules_view(s.text, article.language))]
        out.append(
            ExpertAssessment(
                expert=e.name,
                title=e.title,
                affiliation=e.affiliation,
                assessment=said[0].text,
                prediction=predictions[0].text if predictions else None,
                evidence=[_span(s) for s in said],
                source="cues",
            )
        )
    return out


def _preconditions(article: Article, cues: Cues) -> list[StatedPrecondition]:
    out: list[StatedPrecondition] = []
    for c in cues.conditions:
        if not c.stated_by:
            continue  # a condition nobody states is the article's own reasoning
        if len((c.consequence or "").split()) < 2 and len(c.consequence or "") < 4:
            continue  # no main clause ('Or if it is a mistake'): a fragment, not a precondition
        s = article.sentences[c.sentence]
        out.append(
            StatedPrecondition(
                stated_by=c.stated_by,
                condition=c.condition,
                consequence=c.consequence or "",
                evidence=[_span(s)],
                source="cues",
            )
        )
    return out


def _positions(article: Article, cues: Cues) -> list[Position]:
    """A named holder and the stance clause in the article's words, evidenced by its sentence."""
    sents = article.sentences
    return [
        Position(holder=c.holder, holder_kind="person" if c.person else "other", topic=c.topic,
                 stance=c.stance, evidence=[_span(sents[c.sentence])], source="cues")
        for c in find_stances(article, cues.quotes, cues.experts)
    ]  # fmt: skip


__all__ = ["UNKNOWN_SPEAKER", "extract", "lead"]
