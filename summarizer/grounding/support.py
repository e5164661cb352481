"""Is a piece of free text faithful to the sentences it cites? Pure checks, no model.

A record's free text (a stance, an assessment, a summary sentence) is a claim
about the article. These checks hold it to the sentences it cites:

- language: it is written in the article's language (by script: CJK for
  Chinese, Latin for the others);
- support: every name, number and negation in it appears in the cited
  sentences, and it does not turn a stance the other way round (supports
  <-> opposes) or drop the negation of the clause it paraphrases;
- holders and speakers: named in the cited sentence (or resolved from its
  quote or pronoun by the cues), and a noun phrase, not a verb fragment;
- planted instructions: a sentence that addresses the model (any language)
  is never citable.

Each check returns a :class:`Verdict` whose ``reason`` is one line, fit to
send back to the model in a re-ask and to keep in a warning.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from ..cues.script import rules_view, simplified
from ..cues.zh import tagger
from .locate import Located, fold, locate
from .planted import addresses_model, planted  # noqa: F401 - re-exported: the support checks' public surface
from .tokens import (
    Copy,
    cjk_share,
    clauses,
    copies,
    denials_in,
    en_names,
    grams,
    is_cjk,
    names_in,
    negations_in,
    norm_name,
    numbers_in,
    stance_direction,
    zh_tokens,
)


@dataclass(frozen=True)
class Verdict:
    """The outcome of one check: ``ok``, or why not (one line)."""

    ok: bool
    reason: str = ""
    missing: tuple[str, ...] = field(default=())

    def __bool__(self) -> bool:
        return self.ok


PASS = Verdict(True)


def _fail(reason: str, missing: Iterable[str] = ()) -> Verdict:
    return Verdict(False, reason, tuple(missing))


# --- language ---------------------------------------------------------------


def in_language(text: str, language: str) -> Verdict:
    """Is ``text`` written in the article's ``language``?

    By script: a Chinese record is mostly CJK ideographs (Latin names and
    acronyms inside it are fine), any other record has almost none.
    """
    if not any(ch.isalpha() for ch in text):
        return PASS
    share = cjk_share(text)
    if language == "zh":
        ok = share >= 0.5
    else:
        ok = share <= 0.1
    return PASS if ok else _fail(f"not written in the article's language ({language}): {text[:40]!r}")


def _paraphrased(claim: str, evidence: Sequence[str]) -> list[str]:
    """The evidence clauses ``claim`` restates: at least half of each clause's words are in it."""
    mine = grams(claim)
    out: list[str] = []
    for sentence in evidence:
        for c in clauses(sentence):
            theirs = grams(c)
            shared = len(mine & theirs)
            if theirs and shared >= 2 and shared >= 0.5 * len(theirs):
                out.append(c)
    return out


def _name_found(name: str, hay: str, known: Sequence[str]) -> bool:
    key = norm_name(name)
    if not key:
        return True
    if key in hay or any(key in norm_name(k) or norm_name(k) in key for k in known if norm_name(k)):
        return True
    if any(is_cjk(c) for c in name):
        # A compound name (美国政府) is there when each of its words is.
        parts = [w for w in _jieba_search(name) if len(w) >= 2 and w != name]
        return bool(parts) and all(fold(p) in hay for p in parts) and _covers(name, parts)
    return False


def _covers(name: str, parts: list[str]) -> bool:
    covered = set()
    for p in parts:
        at = name.find(p)
        covered |= set(range(at, at + len(p)))
    return len(covered) >= len(name) - 1


def _jieba_search(text: str) -> list[str]:
    tagger()
    import jieba

    return list(jieba.cut_for_search(text))


def supported(
    claim: str,
    evidence: Sequence[str],
    language: str,
    *,
    known: Sequence[str] = (),
    min_coverage: float | None = None,
) -> Verdict:
    """Is every name, number and negation of ``claim`` in the cited ``evidence``?

    Args:
        claim: the record's free text.
        evidence: the text of the sentences it cites.
        language: the article's language.
        known: names that count as present (the speaker the cues resolved a
            pronoun or quote of these sentences to).
        min_coverage: share of the claim's words the evidence must hold
            (default MIN_COVERAGE; 0 for a label such as a topic).

    Returns:
        PASS, or a Verdict naming what is not in the evidence.
    """
    if not claim.strip():
        return _fail("empty text")
    if not evidence:
        return _fail("cites no sentence of the article")
    claim, evidence, known = rules_view(claim, language), [rules_view(e, language) for e in evidence], [rules_view(k, language) for k in known]
    joined = "\n".join(evidence)
    hay = norm_name(joined)
    missing = [n for n in names_in(claim, language) if not _name_found(n, hay, known)]
    if missing:
        return _fail("names not in the cited sentences: " + ", ".join(missing[:4]), missing)
    extra = sorted(numbers_in(claim, language) - numbers_in(joined, language))
    if extra:
        return _fail("numbers not in the cited sentences: " + ", ".join(extra[:4]), extra)
    share = coverage(claim, evidence, language)
    if share < (MIN_COVERAGE if min_coverage is None else min_coverage):
        return _fail(f"most of its words are not in the cited sentences ({share:.0%} are)")
    parts = clauses(claim) or [claim]
    for part, copy in zip(parts, copies(parts, evidence), strict=True):
        verdict = _same_polarity(part, copy, evidence, joined, language)
        if not verdict:
            return verdict
    return PASS


# At least half of a claim's own words (names aside) are the evidence's: a
# paraphrase restates, it does not add an event the sentences do not report.
MIN_COVERAGE = 0.5


def coverage(claim: str, evidence: Sequence[str], language: str) -> float:
    """Share of the claim's words (CJK bigrams, Latin stems; names left out) found in the evidence."""
    names = [norm_name(n) for n in names_in(claim, language)]
    mine = {g for g in grams(claim) if not any(g in n or n.startswith(g) for n in names)}
    if not mine:
        return 1.0
    theirs = set().union(*(grams(e) for e in evidence)) if evidence else set()
    return len(mine & theirs) / len(mine)


def _same_polarity(part: str, copy: Copy | None, evidence: Sequence[str], joined: str, language: str) -> Verdict:
    if copy is not None:
        # A clause copied word for word still drops a negation when the words around the
        # copy negate or deny it ('并非X' -> 'X', '否认X' -> 'X', 'did not say X' -> 'X').
        around = negations_in(copy.before, language) + negations_in(copy.after, language) + denials_in(copy.before)
        if around:
            return _fail(f"drops the negation {around[0]!r} around the words it copies: {copy.clause[:40]!r}")
    restated = _paraphrased(part, evidence)
    mine = negations_in(part, language)
    theirs = [n for c in restated for n in negations_in(c, language)]
    if mine and not theirs and not (not restated and negations_in(joined, language)):
        where = "the clause it paraphrases" if restated else "the cited sentences"
        return _fail(f"negation {mine[0]!r} is not in {where}")
    if theirs and not mine:
        clause = next(c for c in restated if negations_in(c, language))
        return _fail(f"drops the negation {theirs[0]!r} of the clause it paraphrases: {clause[:40]!r}")
    return _same_direction(part, restated, joined)


def _same_direction(part: str, restated: Sequence[str], joined: str) -> Verdict:
    pro, con = stance_direction(part)
    for scope in [*restated, joined]:
        epro, econ = stance_direction(scope)
        if (pro and not con and econ and not epro) or (con and not pro and epro and not econ):
            return _fail(f"turns the stance of the cited text the other way: {scope[:40]!r}")
        if epro or econ:
            break
    return PASS


def label_ok(label: str, evidence: Sequence[str], language: str, *, known: Sequence[str] = ()) -> Verdict:
    """A short label (a topic): in the article's language, its names and numbers in the evidence.

    A label abstracts ('非法移民', 'tariffs'): its wording and negation-like
    words are not held to the sentences, its names and numbers are.
    """
    verdict = in_language(label, language)
    if not verdict:
        return verdict
    label, evidence, known = rules_view(label, language), [rules_view(e, language) for e in evidence], [rules_view(k, language) for k in known]
    hay = norm_name("\n".join(evidence))
    missing = [n for n in names_in(label, language) if not _name_found(n, hay, known)]
    if missing:
        return _fail("names not in the cited sentences: " + ", ".join(missing[:4]), missing)
    extra = sorted(numbers_in(label, language) - numbers_in("\n".join(evidence), language))
    if extra:
        return _fail("numbers not in the cited sentences: " + ", ".join(extra[:4]), extra)
    return PASS


def faithful(
    claim: str, evidence: Sequence[str], language: str, *, known: Sequence[str] = (),
    min_coverage: float | None = None,
) -> Verdict:
    """Language and support together: the check every free-text field passes."""
    return in_language(claim, language) and supported(claim, evidence, language, known=known,
                                                      min_coverage=min_coverage)


# --- holders, speakers, spans ------------------------------------------------

_ZH_HOLDER_BAD_START = tuple("这那其此该与和对在将把被从向他她它我你们也都就还又")
# Adverbs, prepositions, conjunctions, pronouns, particles: a phrase with one
# is a clause fragment ('李在明积极', '这与美国政府长期'), not a name.
_ZH_HOLDER_BAD_FLAGS = ("d", "ad", "p", "c", "u", "r", "y", "e", "o")
_EN_HOLDER_BAD = re.compile(
    r"\b(?:said|says|say|told|tells|urged|urges|added|warned|warns|argued|insisted|wants|demanded|"
    r"called|is|are|was|were|will|would|has|have|had|who|which|that|this|these|those|it|he|she|they|"
    r"we|i|you)\b",
    re.IGNORECASE,
)


def holder_ok(
    holder: str,
    evidence: Sequence[str],
    language: str,
    *,
    resolved: Sequence[str] = (),
) -> Verdict:
    """A position's holder: a noun phrase named in the cited sentences.

    Args:
        holder: as the model or the rules gave it.
        evidence: the cited sentences.
        language: the article's language.
        resolved: who the cues say speaks in those sentences (a quote's
            speaker, the name a pronoun refers to); such a holder need not
            be spelled out in the sentence itself.
    """
    holder = rules_view(holder.strip(), language)
    if not holder:
        return _fail("no holder")
    evidence, resolved = [rules_view(e, language) for e in evidence], [rules_view(r, language) for r in resolved]
    if not in_language(holder, language) and not en_names(holder):
        return _fail(f"holder {holder!r} is not in the article's language")
    if any(is_cjk(c) for c in holder):
        # 我们 holds a commentary's view where the cues read it as the writer's (stances.zh.writer_stances).
        if holder.startswith(_ZH_HOLDER_BAD_START) and not (holder == "我们" and "我们" in resolved):
            return _fail(f"holder {holder!r} is not a name (starts with a function word)")
        tokens = zh_tokens(holder)
        bad = [w for w, f in tokens if f in _ZH_HOLDER_BAD_FLAGS]
        verbs = [w for w, f in tokens if f.startswith("v")]
        if len(verbs) >= 2:
            bad.append(verbs[0])  # two verbs make a clause ('特朗普执意退出…', '研究建立')
        if bad and not any(_same(holder, r) for r in resolved):
            return _fail(f"holder {holder!r} is not a name (contains {bad[0]!r})")
    elif _EN_HOLDER_BAD.search(holder) or len(holder.split()) > 8:
        return _fail(f"holder {holder!r} is not a name")
    hay = norm_name("\n".join(evidence))
    if norm_name(holder) in hay or any(_same(holder, r) for r in resolved):
        return PASS
    # 'the Treasury Department' is named when its words are there.
    words = [w for w in names_in(holder, language)] or [holder]
    if all(_name_found(w, hay, resolved) for w in words):
        return PASS
    return _fail(f"holder {holder!r} is not named in the cited sentences", [holder])


def _same(a: str, b: str) -> bool:
    fa, fb = norm_name(simplified(a)), norm_name(simplified(b))
    return bool(fa and fb) and (fa in fb or fb in fa)


def speaker_ok(stated_by: str, speakers: Sequence[str]) -> Verdict:
    """``stated_by`` is the speaker the cues found for the cited sentence or quote."""
    if not stated_by.strip():
        return _fail("no speaker")
    if any(_same(stated_by, s) for s in speakers if s):
        return PASS
    listed = ", ".join(s for s in speakers if s) or "nobody named"
    return _fail(f"{stated_by!r} is not who states the cited sentence ({listed})", [stated_by])


def locate_part(part: str, text: str, spans: Sequence[tuple[int, int]]) -> Located | None:
    """Find a condition or consequence inside the cited sentences: exact, normalised or fuzzy."""
    for lo, hi in spans:
        loc = locate(part, text[lo:hi])
        if loc is not None:
            return Located(lo + loc.start, lo + loc.end, loc.match, loc.score)
    return None


__all__ = [
    "PASS",
    "Verdict",
    "addresses_model",
    "clauses",
    "faithful",
    "holder_ok",
    "in_language",
    "label_ok",
    "locate_part",
    "names_in",
    "negations_in",
    "numbers_in",
    "planted",
    "speaker_ok",
    "supported",
]
