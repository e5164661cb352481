"""Quotes against gold quotes: spans paired one to one, then the speaker of each pair."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..grounding.quotes import UNKNOWN_SPEAKER
from ..records import ArticleSummary
from .gold import GoldArticle
from .match import spans_match, speaker_right


@dataclass
class QuoteScore:
    """One article's quotes. ``scored`` is False when its quote list is not gold."""

    gold: int = 0
    predicted: int = 0
    matched: int = 0
    speaker_scored: int = 0
    speaker_right: int = 0
    speaker_none: int = 0  # scored quotes left unattributed (counted wrong, but no one named wrongly)
    not_quotes: int = 0
    scored: bool = True
    missed: list[str] = field(default_factory=list)
    spurious: list[str] = field(default_factory=list)
    wrong_speakers: list[dict[str, str]] = field(default_factory=list)


def _match(pred: list[tuple[int, int]], gold: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """One-to-one pairs (pred index, gold index), largest overlaps first."""
    cands = []
    for i, p in enumerate(pred):
        for j, g in enumerate(gold):
            if spans_match(p, g):
                cands.append((min(p[1], g[1]) - max(p[0], g[0]), i, j))
    used_p: set[int] = set()
    used_g: set[int] = set()
    pairs = []
    for _, i, j in sorted(cands, reverse=True):
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            pairs.append((i, j))
    return pairs


def score_quotes(item: GoldArticle, result: ArticleSummary | None) -> QuoteScore:
    """Span matches, speakers of the matched quotes; optional quotes are neither missed nor spurious."""
    if not item.quotes_annotated:
        return QuoteScore(scored=False)
    optional = [q.span for q in item.optional_quotes]
    quotes = [q for q in (result.quotes if result else []) if not any(spans_match(q.span, o) for o in optional)]
    pred = [q.span for q in quotes]
    gold = [q.span for q in item.quotes]
    pairs = _match(pred, gold)
    s = QuoteScore(gold=len(gold), predicted=len(pred), matched=len(pairs))
    for i, j in pairs:
        g = item.quotes[j]
        if g.speaker_is_pronoun or not g.speaker:
            continue
        s.speaker_scored += 1
        if speaker_right(quotes[i].speaker, g.speaker):
            s.speaker_right += 1
        else:
            s.speaker_none += quotes[i].speaker in ("", UNKNOWN_SPEAKER)
            s.wrong_speakers.append({"quote": g.text[:60], "predicted": quotes[i].speaker, "gold": g.speaker[:60]})
    hit_p = {i for i, _ in pairs}
    hit_g = {j for _, j in pairs}
    s.missed = [item.quotes[j].text[:80] for j in range(len(gold)) if j not in hit_g]
    s.spurious = [quotes[i].text[:80] for i in range(len(pred)) if i not in hit_p]
    not_quotes = {t.strip() for t in item.not_quotes}
    s.not_quotes = sum(quotes[i].text.strip() in not_quotes for i in range(len(pred)) if i not in hit_p)
    return s
