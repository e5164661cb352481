"""Score any engine against gold quotes: precision, recall, F1, speaker accuracy, cost.

Pure library code (no terminal output): the CLI renders the ``EvalReport``.
The gold format is described in README.md, "Gold format".
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from .article import CJK as _HAN
from .article import Article, from_text
from .errors import InputError, SummarizerError
from .records import ArticleSummary

OVERLAP = 0.8  # share of the shorter span that must overlap for a match


@dataclass(frozen=True)
class GoldQuote:
    """One annotated quote; ``span`` indexes the article text (``text`` is for reading)."""

    text: str
    span: tuple[int, int]
    speaker: str = ""
    speaker_is_pronoun: bool = False
    mixed: bool = False


@dataclass
class GoldArticle:
    """One gold line. ``positions``/``experts``/``preconditions`` are kept as given, for later scorers."""

    id: str
    text: str
    lang: str | None = None
    title: str | None = None
    quotes: list[GoldQuote] = field(default_factory=list)
    positions: list[dict[str, Any]] = field(default_factory=list)
    experts: list[dict[str, Any]] = field(default_factory=list)
    preconditions: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class ArticleScore:
    """One article's row in the report."""

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

    @property
    def precision(self) -> float:
        return _ratio(self.matched, self.predicted)

    @property
    def recall(self) -> float:
        return _ratio(self.matched, self.gold)

    @property
    def f1(self) -> float:
        if not self.gold and not self.predicted:
            return 1.0  # nothing to find and nothing found
        return _f1(self.precision, self.recall)


@dataclass
class EvalReport:
    """Totals over all articles, per-article rows, and the worst articles."""

    articles: list[ArticleScore]
    worst: list[ArticleScore]

    def _sum(self, name: str) -> int:
        return sum(getattr(a, name) for a in self.articles)

    @property
    def precision(self) -> float:
        return _ratio(self._sum("matched"), self._sum("predicted"))

    @property
    def recall(self) -> float:
        return _ratio(self._sum("matched"), self._sum("gold"))

    @property
    def f1(self) -> float:
        return _f1(self.precision, self.recall)

    @property
    def speaker_accuracy(self) -> float:
        return _ratio(self._sum("speaker_right"), self._sum("speaker_scored"))

    @property
    def seconds(self) -> float:
        return sum(a.seconds for a in self.articles)

    @property
    def tokens(self) -> int:
        return self._sum("tokens")

    @property
    def errors(self) -> int:
        return sum(a.error is not None for a in self.articles)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready data (what ``summarizer eval --json`` prints)."""

        def row(a: ArticleScore) -> dict[str, Any]:
            d = asdict(a)
            d.update(precision=round(a.precision, 4), recall=round(a.recall, 4), f1=round(a.f1, 4))
            return d

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
            "seconds": round(self.seconds, 3),
            "tokens": self.tokens,
            "errors": self.errors,
            "per_article": [row(a) for a in self.articles],
            "worst": [a.id for a in self.worst],
        }


def _ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def load_gold(path: str | Path) -> list[GoldArticle]:
    """Read a gold JSONL file (one article per line).

    Raises:
        InputError: the file is missing or a line is not valid gold.
    """
    p = Path(path)
    try:
        lines = p.read_text(encoding="utf-8").splitlines()
    except OSError as e:
        raise InputError(f"{p}: cannot read gold file ({e.strerror or e})") from e
    out: list[GoldArticle] = []
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            out.append(parse_gold(json.loads(line)))
        except (ValueError, KeyError, TypeError) as e:
            raise InputError(f"{p}:{n}: not a gold article ({e})") from e
    return out


def parse_gold(item: dict[str, Any]) -> GoldArticle:
    """One gold object; quote spans are checked to lie inside the text."""
    text = item["text"]
    quotes: list[GoldQuote] = []
    for q in item.get("gold_quotes", []):
        start, end = (int(x) for x in q["quote_span"])
        # The span is authoritative; annotators' ``text`` may drop a trailing comma.
        if not 0 <= start <= end <= len(text):
            raise ValueError(f"quote_span {start}:{end} is outside the text")
        quotes.append(
            GoldQuote(q["text"], (start, end), q.get("speaker") or "",
                      bool(q.get("speaker_is_pronoun")), bool(q.get("mixed")))
        )  # fmt: skip
    return GoldArticle(
        id=str(item["id"]), text=text, lang=item.get("lang"), title=item.get("title"), quotes=quotes,
        positions=list(item.get("gold_positions", [])), experts=list(item.get("gold_experts", [])),
        preconditions=list(item.get("gold_preconditions", [])),
    )  # fmt: skip


def spans_match(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Overlap of at least 80% of the shorter span, or one span contains the other."""
    if (a[0] <= b[0] and b[1] <= a[1]) or (b[0] <= a[0] and a[1] <= b[1]):
        return True
    overlap = min(a[1], b[1]) - max(a[0], b[0])
    shorter = min(a[1] - a[0], b[1] - b[0])
    return overlap > 0 and overlap >= OVERLAP * shorter


def surname(name: str) -> str:
    """The part of a predicted name that must appear in the gold speaker."""
    name = name.strip()
    if _HAN.search(name):
        # 玛丽娜·科斯塔: a transliterated name puts the family name after the dot.
        return name.rsplit("·", 1)[-1] if "·" in name else name
    tokens = re.findall(r"[\w-]+", re.sub(r"[’']s\b", "", name))
    return tokens[-1] if tokens else ""


def speaker_right(predicted: str, gold: str) -> bool:
    """True when the predicted name's surname appears in the gold speaker.

    English: the last token, as a whole word, case-insensitive. Chinese: the
    name itself, or its first three or two characters (surname + given name
    written without a title).
    """
    key = surname(predicted)
    if not key:
        return False
    if _HAN.search(key):
        return key in gold or any(len(key) > k and key[:k] in gold for k in (3, 2))
    return re.search(rf"\b{re.escape(key)}\b", gold, re.IGNORECASE) is not None


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


def score_article(item: GoldArticle, result: ArticleSummary | None, seconds: float, error: str | None = None) -> ArticleScore:
    """Compare one engine result with its gold article."""
    quotes = result.quotes if result else []
    pred = [q.span for q in quotes]
    gold = [q.span for q in item.quotes]
    pairs = _match(pred, gold)
    scored = right = 0
    wrong: list[dict[str, str]] = []
    for i, j in pairs:
        g = item.quotes[j]
        if g.speaker_is_pronoun or not g.speaker:
            continue
        scored += 1
        if speaker_right(quotes[i].speaker, g.speaker):
            right += 1
        else:
            wrong.append({"quote": g.text[:60], "predicted": quotes[i].speaker, "gold": g.speaker[:60]})
    hit_p = {i for i, _ in pairs}
    hit_g = {j for _, j in pairs}
    tokens = result.provenance.prompt_tokens + result.provenance.completion_tokens if result else 0
    return ArticleScore(
        id=item.id, gold=len(gold), predicted=len(pred), matched=len(pairs),
        speaker_scored=scored, speaker_right=right, seconds=seconds, tokens=tokens, error=error,
        missed=[item.quotes[j].text[:80] for j in range(len(gold)) if j not in hit_g],
        spurious=[quotes[i].text[:80] for i in range(len(pred)) if i not in hit_p],
        wrong_speakers=wrong,
    )  # fmt: skip


def evaluate(
    gold: Iterable[GoldArticle],
    run: Callable[[Article], ArticleSummary],
    *,
    worst: int = 5,
) -> EvalReport:
    """Run ``run`` on every gold article and score its quotes.

    Args:
        gold: articles from ``load_gold``.
        run: the engine, e.g. ``Summarizer(settings).summarize``.
        worst: how many lowest-scoring articles to list.

    Returns:
        The report. An article whose run raises a SummarizerError is scored
        as finding nothing, with the error recorded on its row.
    """
    rows: list[ArticleScore] = []
    for item in gold:
        article = from_text(item.text, source=item.id)
        t0 = time.perf_counter()
        try:
            result, error = run(article), None
        except SummarizerError as e:
            result, error = None, str(e)
        rows.append(score_article(item, result, time.perf_counter() - t0, error))
    bad = sorted(rows, key=lambda a: (a.f1, _ratio(a.speaker_right, a.speaker_scored) if a.speaker_scored else 1.0, a.id))
    return EvalReport(articles=rows, worst=bad[:worst])
