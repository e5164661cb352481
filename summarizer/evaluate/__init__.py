"""Score any engine against gold: quotes, positions, experts, preconditions, language, cost.

Pure library code (no terminal output): the CLI renders the ``EvalReport``.
The gold format is described in README.md, "Gold format"; the matching rules
in README.md, "summarizer eval".
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable

from ..article import Article, from_text
from ..errors import SummarizerError
from ..records import ArticleSummary
from .gold import GoldArticle, GoldQuote, load_gold, parse_gold
from .language import in_language, score_language
from .match import same_actor, spans_match, speaker_right, surname
from .quotes import score_quotes
from .report import ArticleScore, EvalReport
from .structured import TypeScore, score_experts, score_positions, score_preconditions


def _if(item: GoldArticle, kind: str, score: Callable[[], TypeScore]) -> TypeScore:
    """The score, or an unscored one when the gold line has no key for ``kind``."""
    return score() if kind in item.annotated else TypeScore(scored=False)


def score_article(item: GoldArticle, result: ArticleSummary | None, seconds: float,
                  error: str | None = None, lang: str | None = None) -> ArticleScore:  # fmt: skip
    """Compare one engine result with its gold article (every record type and the language)."""
    q = score_quotes(item, result)
    tokens = result.provenance.prompt_tokens + result.provenance.completion_tokens if result else 0
    lang = item.lang or lang or (result.article.language if result else "")
    return ArticleScore(
        id=item.id, gold=q.gold, predicted=q.predicted, matched=q.matched,
        speaker_scored=q.speaker_scored, speaker_right=q.speaker_right, seconds=seconds, tokens=tokens,
        error=error, missed=q.missed, spurious=q.spurious, wrong_speakers=q.wrong_speakers,
        speaker_none=q.speaker_none,
        quotes_scored=q.scored, not_quotes=q.not_quotes,
        positions=_if(item, "positions", lambda: score_positions(item.text, result, item.positions)),
        experts=_if(item, "experts", lambda: score_experts(item.text, result, item.experts)),
        preconditions=_if(item, "preconditions", lambda: score_preconditions(item.text, result, item.preconditions)),
        language=score_language(result, lang),
    )  # fmt: skip


def evaluate(
    gold: Iterable[GoldArticle],
    run: Callable[[Article], ArticleSummary],
    *,
    worst: int = 5,
) -> EvalReport:
    """Run ``run`` on every gold article and score every record type.

    Args:
        gold: articles from ``load_gold``.
        run: the engine, e.g. ``Summarizer(settings).summarize``.
        worst: how many lowest-scoring articles (by quote F1) to list.

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
        rows.append(score_article(item, result, time.perf_counter() - t0, error, article.language))
    bad = sorted(rows, key=lambda a: (a.f1, a.speaker_right / a.speaker_scored if a.speaker_scored else 1.0, a.id))
    return EvalReport(articles=rows, worst=bad[:worst])


__all__ = [
    "ArticleScore", "EvalReport", "GoldArticle", "GoldQuote", "TypeScore", "evaluate", "in_language",
    "load_gold", "parse_gold", "same_actor", "score_article", "spans_match", "speaker_right", "surname",
]  # fmt: skip
