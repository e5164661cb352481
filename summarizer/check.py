"""What the pre-commit hooks enforce: every article paired with a fresh, valid, grounded summary.

A summary is *fresh* when it exists, validates against the current
``ArticleSummary`` schema and its ``article.sha256`` is the SHA-256 of the
article file's bytes. It is *grounded* when every quote and evidence span still
reproduces from the article text. :func:`check` reports every pair that is not
both, and every orphaned summary; :func:`refresh` re-summarizes only the pairs
that are not fresh (missing, invalid, stale). A fresh summary whose spans no
longer reproduce was edited by hand: refresh leaves it for a person to mend,
and check keeps refusing it until they do.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Literal

from pydantic import ValidationError

from .article import Article, from_bytes
from .errors import ArticleFailure, InputError, SummarizerError, note_failure
from .findings import Summarizes
from .grounding import verify_span
from .oneline import short
from .output import write_summary
from .reading import read_file
from .records import SCHEMA_VERSION, ArticleSummary
from .repo import Layout

Kind = Literal["missing", "invalid", "stale", "ungrounded", "orphan", "unreadable"]
# The failures a new summary mends; the others need a person.
REFRESHABLE = ("missing", "invalid", "stale")


@dataclass(frozen=True)
class Failure:
    """One reason one file fails, printed as one line: ``path: reason``."""

    path: str
    kind: Kind
    reason: str

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


@dataclass
class Pair:
    """An article, its summary, and the first problem that keeps the summary from being fresh."""

    article_path: str
    summary_path: str
    article: Article | None = None
    summary: ArticleSummary | None = None
    failure: Failure | None = None

    @property
    def fresh(self) -> bool:
        return self.failure is None


def examine(layout: Layout, article: str) -> Pair:
    """Load an article and its summary and say whether the summary is fresh.

    Args:
        layout: the repository's layout.
        article: the article's path relative to the repository root.

    Returns:
        The pair; ``failure`` is None when the summary is fresh, otherwise the
        first of: orphan, unreadable, missing, invalid, stale.
    """
    pair = Pair(article, layout.summary_path(article))
    summary_file = layout.root / pair.summary_path
    pair.failure = _article_gone(layout, article)
    if pair.failure:
        return pair
    path = str(layout.root / article)
    try:
        pair.article = from_bytes(read_file(path), source=article)
    except InputError as e:
        pair.failure = Failure(article, "unreadable", e.one_line().removeprefix(f"{path}: ")
                               .removeprefix(f"{article}: "))
        return pair
    try:
        pair.summary = ArticleSummary.model_validate_json(summary_file.read_bytes())
    except FileNotFoundError:
        pair.failure = Failure(article, "missing", f"no summary {pair.summary_path} "
                               f"(run: summarizer summarize --missing {article})")
    except OSError as e:
        pair.failure = Failure(pair.summary_path, "invalid", f"cannot read the summary ({e.strerror or e})")
    except ValidationError as e:
        pair.failure = Failure(pair.summary_path, "invalid", _validation_line(e))
    else:
        recorded, actual = pair.summary.article.sha256, pair.article.sha256
        if recorded != actual:
            pair.failure = Failure(pair.summary_path, "stale",
                                   f"stale: {article} changed since this summary was written "
                                   f"(sha256 {recorded[:12]} recorded, {actual[:12]} now)")
    return pair


def _article_gone(layout: Layout, article: str) -> Failure | None:
    """None when the article is there; else its orphaned summary, or no such article."""
    exists = (layout.root / article).is_file()
    if exists and layout.is_article(article):
        return None
    summary = layout.summary_path(article)
    if not (layout.root / summary).is_file():
        why = "not an article per [tool.summarizer] articles" if exists else "no such article file"
        return Failure(article, "unreadable", why)
    why = "is not an article per [tool.summarizer] articles" if exists else "does not exist"
    return Failure(summary, "orphan", f"orphaned summary: its article {article} {why}")


def _validation_line(e: ValidationError) -> str:
    errors = e.errors(include_url=False)
    first = errors[0]
    if first["type"] == "json_invalid":
        return f"not valid JSON ({first['msg'].removeprefix('Invalid JSON: ')})"
    where = ".".join(str(part) for part in first["loc"]) or "the record"
    more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
    line = f"does not match the ArticleSummary schema {SCHEMA_VERSION}: {where}: {first['msg']}{more}"
    return line.replace("\n", " ")


def ungrounded(pair: Pair) -> list[Failure]:
    """Every quote and evidence span of a fresh pair that does not reproduce from the article text."""
    assert pair.article is not None and pair.summary is not None
    text, s, where = pair.article.text, pair.summary, pair.article_path
    out: list[Failure] = []
    for i, q in enumerate(s.quotes, 1):
        if not verify_span(text, q.span[0], q.span[1], q.text):
            out.append(Failure(pair.summary_path, "ungrounded",
                               f"quote {i} ({q.speaker}: {short(q.text, 40)!r}) at {list(q.span)} "
                               f"does not reproduce from {where}"))
    groups = (("position", s.positions), ("expert assessment", s.expert_assessments),
              ("precondition", s.preconditions))
    for label, items in groups:
        for i, item in enumerate(items, 1):
            for j, span in enumerate(item.evidence, 1):
                if not verify_span(text, span.start, span.end, span.text):
                    out.append(Failure(pair.summary_path, "ungrounded",
                                       f"{label} {i} evidence {j} ({short(span.text, 40)!r}) at "
                                       f"[{span.start}, {span.end}] does not reproduce from {where}"))
    return out


def _targets(layout: Layout, files: Iterable[str] | None, articles: list[str]) -> list[str]:
    """The articles whose pairs ``files`` touch (all articles when None), each once."""
    if files is None:
        return articles
    rels = (layout.relative(f) for f in files)
    return list(dict.fromkeys(a for rel in rels if rel and (a := layout.pair_of(rel))))


def strangers(layout: Layout, files: Iterable[str]) -> list[str]:
    """The ``files`` that are neither an article nor one of its summaries under the configuration."""
    return [f for f in files if (rel := layout.relative(f)) is None or layout.pair_of(rel) is None]


@dataclass
class Checked:
    """What :func:`check` looked at (the articles whose pairs it checked) and what failed."""

    articles: list[str] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failures


def check(layout: Layout, files: Iterable[str] | None = None) -> Checked:
    """Check article/summary pairs and look for orphaned summaries.

    Args:
        layout: the repository's layout.
        files: articles and summary files (paths relative to the current
            directory), each standing for its pair; other files are ignored.
            None checks every pair in the repository. The orphan scan always
            covers the whole repository (it only lists files).

    Returns:
        The articles checked and the failures, one per problem, in the order found.
    """
    articles, summaries = layout.walk()
    report = Checked(_targets(layout, files, articles))
    found: dict[str, Failure] = {}
    for article in report.articles:
        pair = examine(layout, article)
        for f in [pair.failure] if pair.failure else ungrounded(pair):
            found.setdefault(str(f), f)
    for summary in summaries:
        article = layout.article_of_summary(summary)
        f = _article_gone(layout, article) if article is not None else None
        if f is not None:
            found.setdefault(str(f), f)
    report.failures = list(found.values())
    return report


@dataclass
class Refreshed:
    """What :func:`refresh` did: summaries written (path, why) and articles that failed."""

    written: list[tuple[str, Kind]] = field(default_factory=list)
    failed: list[ArticleFailure] = field(default_factory=list)
    stopped: bool = False


def refresh(
    layout: Layout,
    files: Iterable[str] | None,
    run: Summarizes,
    *,
    on_written: Callable[[str, Kind], None] | None = None,
    on_error: Callable[[str, SummarizerError], None] | None = None,
) -> Refreshed:
    """Summarize the articles whose summary is missing, invalid or stale, and write it.

    A fresh summary is never re-made, so the model is not called for it.
    Orphaned summaries are left to :func:`check`. When the provider itself
    fails the rest would fail too, so refresh stops (what was written stays).

    Args:
        layout: the repository's layout.
        files: articles or summary files standing for their pairs; None for all articles.
        run: a :class:`~summarizer.pipeline.Summarizer` (anything with ``summarize(article)``).
        on_written: called with the summary path and why it was (re)made.
        on_error: called with the article path and the error.
    """
    report = Refreshed()
    targets = _targets(layout, files, layout.walk()[0] if files is None else [])
    for article in targets:
        pair = examine(layout, article)
        failure = pair.failure
        if failure is None or failure.kind == "orphan":
            continue
        try:
            if failure.kind not in REFRESHABLE or pair.article is None:
                raise InputError(str(failure))
            result = run.summarize(pair.article)
        except SummarizerError as e:
            if note_failure(report.failed, article, e, on_error):
                report.stopped = True
                break
            continue
        write_summary(layout.root / pair.summary_path, result)
        report.written.append((pair.summary_path, failure.kind))
        if on_written:
            on_written(pair.summary_path, failure.kind)
    return report
