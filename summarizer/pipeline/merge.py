"""Merge window answers into one set of records, and check them against the cues.

Windows overlap in what they mention, so records are de-duplicated; the cues
then serve as a recall check (speech, experts and conditions the model left
out are added with ``source="cues"``) and as a cross-check on speakers.
"""

from __future__ import annotations

from ..cues import Cues
from ..findings import Findings
from ..grounding.quotes import quote_from_cue
from ..records import StatedPrecondition


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """True when two spans share at least half of the shorter one."""
    inter = min(a[1], b[1]) - max(a[0], b[0])
    shorter = min(a[1] - a[0], b[1] - b[0]) or 1
    return inter > 0 and inter >= 0.5 * shorter


def _same_person(a: str, b: str) -> bool:
    return a in b or b in a


def _same_evidence(a: list, b: list) -> bool:
    return bool({(e.start, e.end) for e in a} & {(e.start, e.end) for e in b})


def _condition_at(c: StatedPrecondition) -> tuple[int, int] | None:
    if c.condition_span is not None:
        return c.condition_span.start, c.condition_span.end
    for ev in c.evidence:
        at = ev.text.find(c.condition.strip()) if c.condition.strip() else -1
        if at != -1:
            return ev.start + at, ev.start + at + len(c.condition.strip())
    return None


def _same_conditional(cue: StatedPrecondition, other: StatedPrecondition) -> bool:
    """Same sentence, and the conditions overlap (or the other's cannot be placed)."""
    if not _same_evidence(cue.evidence, other.evidence):
        return False
    a, b = _condition_at(cue), _condition_at(other)
    return a is None or b is None or min(a[1], b[1]) > max(a[0], b[0])


def merge_windows(results: list[Findings], summary: str) -> Findings:
    """One Findings from many: first answer wins for overlapping quotes and repeated names."""
    out = Findings(summary=summary)
    for g in results:
        out.quotes += [q for q in g.quotes if not any(overlaps(q.span, k.span) for k in out.quotes)]
        out.positions += [p for p in g.positions if not any(
            _same_person(p.holder, k.holder) and _same_evidence(p.evidence, k.evidence) for k in out.positions)]
        out.expert_assessments += [
            e for e in g.expert_assessments
            if not any(_same_person(e.expert, k.expert) for k in out.expert_assessments)]
        out.preconditions += [
            c for c in g.preconditions if all(c.condition != k.condition for k in out.preconditions)]
        out.warnings += g.warnings
    return out


def add_from_cues(merged: Findings, cues: Cues, rules: Findings) -> None:
    """The recall check: what the cues are sure of and the model left out.

    Every quote the cues read as speech comes back, with its speaker or none
    (``unknown``), as the rules engine gives it: a quote left unattributed is
    still the article's words, and the model path keeps the rules engine's quotes
    as its floor.
    """
    for cue in cues.speech():
        if any(overlaps((cue.start, cue.end), q.span) for q in merged.quotes):
            continue
        merged.quotes.append(quote_from_cue(cue))
        merged.warn("added_from_cues", "the model missed this quote; added from the cues", cue.text)
    for e in rules.expert_assessments:
        if not any(_same_person(e.expert, k.expert) for k in merged.expert_assessments):
            merged.expert_assessments.append(e)
            merged.warn("added_from_cues", "the model missed this expert; added from the cues", e.expert)
    for p in rules.positions:
        # Merged by evidence: the cues' position stands unless the model gave the
        # same holder's on its sentence (another holder there is another record).
        if not any(_same_evidence(p.evidence, k.evidence) and _same_person(p.holder, k.holder)
                   for k in merged.positions):
            merged.positions.append(p)
            merged.warn("added_from_cues", "the model missed this position; added from the cues",
                        f"{p.holder}: {p.stance}")
    for c in rules.preconditions:
        # The cues' conditional is the article's own clause with its grammatical
        # speaker: it replaces the model's record of the same conditional (same
        # sentence, overlapping condition); another conditional there stays.
        same = [k for k in merged.preconditions if _same_conditional(c, k)]
        merged.preconditions = [k for k in merged.preconditions if k not in same] + [c]
        if not same:
            merged.warn("added_from_cues", "the model missed this condition; added from the cues", c.condition)
    merged.quotes.sort(key=lambda q: q.span)


def cross_check(merged: Findings, cues: Cues, *, prefer_cues: bool) -> None:
    """Warn where the model and the cues name different speakers for one quote.

    With ``prefer_cues`` (small local models, which the cues out-attribute),
    the cues' speaker replaces the model's; the warning says so.
    """
    speech = cues.speech()
    for i, q in enumerate(merged.quotes):
        cue = next((c for c in speech if overlaps((c.start, c.end), q.span)), None)
        if q.source != "llm" or not cue or not cue.speaker or _same_person(cue.speaker, q.speaker):
            continue
        if prefer_cues:
            merged.quotes[i] = q.model_copy(
                update={"speaker": cue.speaker, "speaker_role": cue.speaker_role or q.speaker_role})
            message = f"the model said {q.speaker!r}; used the cues' {cue.speaker!r}"
        else:
            message = f"the model says {q.speaker!r}, the cues say {cue.speaker!r}"
        merged.warn("speaker_disputed", message, q.text)
