"""The eval report: per-article rows and totals, as plain data for the CLI and ``--json``."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from .language import LanguageScore
from .structured import TypeScore, ratio

KINDS = ("positions", "experts", "preconditions")


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class ArticleScore:
    """One article's row: its quotes (flat, as before), the other record types, the language."""

    id: str
    gold: int
    predicted: int
    matched: int
    speaker_scored: int
    speaker_right: int
    seconds: float
    tokens: int
    error: str | None = None
    missed: list[str] = field(default_factory=list)
    spurious: list[str] = field(default_factory=list)
    wrong_speakers: list[dict[str, str]] = field(default_factory=list)
    speaker_none: int = 0
    quotes_scored: bool = True
    not_quotes: int = 0
    positions: TypeScore = field(default_factory=TypeScore)
    experts: TypeScore = field(default_factory=TypeScore)
    preconditions: TypeScore = field(default_factory=TypeScore)
    language: LanguageScore = field(default_factory=LanguageScore)

    @property
    def precision(self) -> float:
        return ratio(self.matched, self.predicted)

    @property
    def recall(self) -> float:
        return ratio(self.matched, self.gold)

    @property
    def f1(self) -> float:
        if not self.gold and not self.predicted:
            return 1.0  # nothing to find and nothing found
        return _f1(self.precision, self.recall)


def _type_dict(s: TypeScore) -> dict[str, Any]:
    if not s.scored:
        return {"scored": False, "predicted": s.predicted}
    d: dict[str, Any] = {
        "gold": s.gold, "found": s.found, "predicted": s.predicted, "correct": s.correct,
        "precision": round(s.precision, 4), "recall": round(s.recall, 4), "f1": round(s.f1, 4),
    }  # fmt: skip
    for name, (right, scored) in s.checks.items():
        d[name] = {"right": right, "scored": scored, "share": round(ratio(right, scored), 4)}
    return d


@dataclass
class EvalReport:
    """Totals over all articles, per-article rows, and the worst articles."""

    articles: list[ArticleScore]
    worst: list[ArticleScore]

    def _sum(self, name: str) -> int:
        return sum(getattr(a, name) for a in self.articles)

    @property
    def precision(self) -> float:
        return ratio(self._sum("matched"), self._sum("predicted"))

    @property
    def recall(self) -> float:
        return ratio(self._sum("matched"), self._sum("gold"))

    @property
    def f1(self) -> float:
        return _f1(self.precision, self.recall)

    @property
    def speaker_accuracy(self) -> float:
        return ratio(self._sum("speaker_right"), self._sum("speaker_scored"))

    @property
    def speaker_misattributed(self) -> int:
        """Scored quotes given to someone other than their speaker. Speaker accuracy counts an
        unattributed quote as wrong too; this count does not, so a change that leaves a speaker
        empty rather than guess it shows here and not as a loss of accuracy alone."""
        return self._sum("speaker_scored") - self._sum("speaker_right") - self._sum("speaker_none")

    @property
    def seconds(self) -> float:
        return sum(a.seconds for a in self.articles)

    @property
    def tokens(self) -> int:
        return self._sum("tokens")

    @property
    def errors(self) -> int:
        return sum(a.error is not None for a in self.articles)

    def total(self, kind: str) -> TypeScore:
        """``positions``, ``experts`` or ``preconditions`` summed over the articles that have gold for it."""
        out = TypeScore(scored=any(getattr(a, kind).scored for a in self.articles))
        for a in self.articles:
            out.add(getattr(a, kind))
        return out

    @property
    def language(self) -> LanguageScore:
        out = LanguageScore()
        for a in self.articles:
            out.add(a.language)
        return out

    def rows(self) -> list[list[str]]:
        """One table row per record type: type, gold (positions: core), predicted, P, R, F1, checks."""
        out = [["quotes", str(self._sum("gold")), str(self._sum("predicted")), f"{self.precision:.3f}",
                f"{self.recall:.3f}", f"{self.f1:.3f}", f"speaker {self.speaker_accuracy:.3f} ({self._sum('speaker_scored')}; "
                f"{self.speaker_misattributed} misattributed, {self._sum('speaker_none')} unattributed)"]]  # fmt: skip
        for kind in KINDS:
            s = self.total(kind)
            if not s.scored:
                out.append([kind, "-", "-", "-", "-", "-", "no gold"])
                continue
            checks = ", ".join(f"{n} {r}/{c}" for n, (r, c) in s.checks.items())
            out.append([kind, str(s.gold), str(s.predicted), f"{s.precision:.3f}", f"{s.recall:.3f}",
                        f"{s.f1:.3f}", checks])  # fmt: skip
        lang = self.language
        out.append(["language", str(lang.fields), "", "", "", "", f"{lang.share:.3f} ({lang.right}/{lang.fields} fields)"])
        return out

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready data (what ``summarizer eval --json`` prints).

        The quote keys stay at the top level (precision, recall, f1,
        speaker_accuracy); each other record type has its own object.
        """

        def row(a: ArticleScore) -> dict[str, Any]:
            d = asdict(a)
            d.update(precision=round(a.precision, 4), recall=round(a.recall, 4), f1=round(a.f1, 4))
            for kind in KINDS:
                s = getattr(a, kind)
                d[kind] = {**_type_dict(s), "missed": s.missed, "spurious": s.spurious}
            d["language"] = {"fields": a.language.fields, "right": a.language.right, "wrong": a.language.wrong}
            return d

        lang = self.language
        return {
            "articles": len(self.articles),
            "gold_quotes": self._sum("gold"),
            "predicted_quotes": self._sum("predicted"),
            "matched": self._sum("matched"),
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "speaker_accuracy": round(self.speaker_accuracy, 4),
            "speaker_scored": self._sum("speaker_scored"),
            "speaker_misattributed": self.speaker_misattributed,
            "speaker_unattributed": self._sum("speaker_none"),
            "not_quotes": self._sum("not_quotes"),
            **{kind: _type_dict(self.total(kind)) for kind in KINDS},
            "language": {"fields": lang.fields, "right": lang.right, "share": round(lang.share, 4)},
            "seconds": round(self.seconds, 3),
            "tokens": self.tokens,
            "errors": self.errors,
            "per_article": [row(a) for a in self.articles],
            "worst": [a.id for a in self.worst],
        }
