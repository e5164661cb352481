"""Positions, experts and preconditions against their gold: precision, recall, content checks.

Matching rules (README, "summarizer eval"): a predicted record and a gold one
are the same record when their actors match (``same_actor``) and, where the
gold gives an ``evidence_span``, the record cites it (``evidence_hits``).
Records are paired one to one. A predicted record paired with no gold record is
spurious; for positions, recall counts ``core`` gold only, and a record paired
with a non-core gold position is not spurious.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..records import ArticleSummary, ExpertAssessment, Position, StatedPrecondition
from .match import contains_all, evidence_hits, pair, same_actor

Gold = dict[str, Any]


@dataclass
class TypeScore:
    """One record type on one article (or summed over many).

    ``checks`` maps a content check to [right, scored] over the paired records
    (experts: affiliation; preconditions: condition, consequence; positions:
    located = core gold whose evidence some record cites, whoever its holder).
    """

    gold: int = 0
    found: int = 0
    predicted: int = 0
    correct: int = 0
    checks: dict[str, list[int]] = field(default_factory=dict)
    scored: bool = True
    missed: list[str] = field(default_factory=list)
    spurious: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return ratio(self.correct, self.predicted)

    @property
    def recall(self) -> float:
        return ratio(self.found, self.gold)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def check(self, name: str, right: bool) -> None:
        c = self.checks.setdefault(name, [0, 0])
        c[0] += int(right)
        c[1] += 1

    def add(self, other: TypeScore) -> None:
        """Sum ``other`` into this one (for the report's totals); unscored rows are left out."""
        if not other.scored:
            return
        self.gold += other.gold
        self.found += other.found
        self.predicted += other.predicted
        self.correct += other.correct
        for name, (right, scored) in other.checks.items():
            c = self.checks.setdefault(name, [0, 0])
            c[0] += right
            c[1] += scored


def ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


def cited_spans(text: str, evidence: Sequence[Any], *free: str | None) -> list[tuple[int, int]]:
    """The record's evidence spans, plus where its free text stands verbatim in the article."""
    spans = [(e.start, e.end) for e in evidence]
    for t in free:
        t = (t or "").strip()
        at = text.find(t) if len(t) >= 4 else -1
        if at != -1:
            spans.append((at, at + len(t)))
    return spans


def cites_gold(gold: Gold, cited: list[tuple[int, int]]) -> bool:
    """Whether ``cited`` covers the gold record's evidence span (a gold record with no span is always cited)."""
    span = gold.get("evidence_span")
    return span is None or evidence_hits(cited, tuple(span))


def _score(
    preds: Sequence[Any], golds: Sequence[Gold], ok: Callable[[Any, Gold], bool],
    counted: Callable[[Gold], bool], label: Callable[[Any], str], gold_label: Callable[[Gold], str],
) -> tuple[TypeScore, list[tuple[int, int]]]:
    """Precision over all gold, recall over the gold ``counted`` selects; the pairs for content checks."""
    all_pairs = pair(preds, golds, ok)
    counted_idx = [j for j, g in enumerate(golds) if counted(g)]
    recall_pairs = pair(preds, [golds[j] for j in counted_idx], ok)
    found = {counted_idx[j] for _, j in recall_pairs}
    hit = {i for i, _ in all_pairs}
    s = TypeScore(
        gold=len(counted_idx), found=len(found), predicted=len(preds), correct=len(hit),
        missed=[gold_label(golds[j])[:80] for j in counted_idx if j not in found],
        spurious=[label(p)[:80] for i, p in enumerate(preds) if i not in hit],
    )  # fmt: skip
    return s, all_pairs


def score_positions(text: str, result: ArticleSummary | None, golds: list[Gold]) -> TypeScore:
    """Holder and evidence; recall over ``core`` positions."""
    preds: list[Position] = result.positions if result else []
    cited = [cited_spans(text, p.evidence, p.stance) for p in preds]

    def ok(i: int, g: Gold) -> bool:
        return same_actor(preds[i].holder, g.get("holder")) and cites_gold(g, cited[i])

    s, _ = _score(range(len(preds)), golds, ok, lambda g: bool(g.get("core")),
                  lambda i: f"{preds[i].holder}: {preds[i].stance}", lambda g: f"{g.get('holder')}: {g.get('stance')}")  # fmt: skip
    for g in golds:
        if g.get("core"):
            s.check("located", any(cites_gold(g, c) for c in cited) if g.get("evidence_span") else False)
    return s


def score_experts(text: str, result: ArticleSummary | None, golds: list[Gold]) -> TypeScore:
    """Name; affiliation right when the gold's ``affiliation_contains`` is in the affiliation or title."""
    preds: list[ExpertAssessment] = result.expert_assessments if result else []

    def ok(i: int, g: Gold) -> bool:
        return same_actor(preds[i].expert, g.get("name") or "?")

    s, pairs = _score(range(len(preds)), golds, ok, lambda g: True,
                      lambda i: preds[i].expert, lambda g: str(g.get("name")))  # fmt: skip
    for i, j in pairs:
        want = golds[j].get("affiliation_contains") or golds[j].get("affiliation")
        if want:
            p = preds[i]
            s.check("affiliation", contains_all(f"{p.affiliation or ''} {p.title or ''}", [want]))
    return s


def score_preconditions(text: str, result: ArticleSummary | None, golds: list[Gold]) -> TypeScore:
    """Author and evidence; condition and consequence hold the gold keywords."""
    preds: list[StatedPrecondition] = result.preconditions if result else []
    cited = [cited_spans(text, p.evidence) for p in preds]

    def ok(i: int, g: Gold) -> bool:
        return same_actor(preds[i].stated_by, g.get("stated_by")) and cites_gold(g, cited[i])

    s, pairs = _score(range(len(preds)), golds, ok, lambda g: True,
                      lambda i: f"{preds[i].stated_by}: {preds[i].condition}",
                      lambda g: f"{g.get('stated_by')}: {' '.join(g.get('condition_keywords') or [])}")  # fmt: skip
    for i, j in pairs:
        for part in ("condition", "consequence"):
            keys = golds[j].get(f"{part}_keywords") or []
            if keys:
                s.check(part, contains_all(getattr(preds[i], part), keys))
    return s
