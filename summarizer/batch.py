"""Many articles, one run: each record is written as it finishes, a rerun resumes.

Records go through an :class:`~summarizer.output.Writer`; with a JSONL file
that file is the checkpoint: every finished record is on disk before the next
article starts, and on a rerun the articles whose (source, sha256) are already
in it are skipped (a torn last line is cut off first). A failing article is
reported and the batch goes on, unless the provider itself is unreachable, in
which case the rest would fail too and the batch stops (finished work is
already on disk).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import BinaryIO

from .article import Article, from_bytes, load_path
from .errors import ArticleFailure, InputError, SummarizerError, note_failure
from .findings import Summarizes
from .output import Writer
from .reading import read_limited
from .records import ArticleSummary

STDIN = "<stdin>"


@dataclass
class BatchReport:
    done: list[ArticleSummary] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    failed: list[ArticleFailure] = field(default_factory=list)
    stopped: bool = False

    @property
    def exit_code(self) -> int:
        """0 all done; 3 provider failure; 2 bad input; 1 extraction failed."""
        codes = {f.error.exit_code for f in self.failed}
        for code in (3, 2, 1):
            if code in codes:
                return code
        return 0


def display_name(name: str) -> str:
    """How an input is named in messages and records ('-' is standard input)."""
    return STDIN if name == "-" else name


def load_input(name: str, stdin: BinaryIO | None = None) -> Article:
    """A path (regular files only), or '-' for standard input; both bounded by the size limit."""
    if name == "-":
        if stdin is None:
            raise InputError("standard input is not available")
        return from_bytes(read_limited(stdin, STDIN), source=STDIN)
    return load_path(name)


def run_batch(
    inputs: Iterable[str],
    run: Summarizes,
    writer: Writer,
    *,
    stdin: BinaryIO | None = None,
    warn: Callable[[str], None] | None = None,
    on_start: Callable[[str], None] | None = None,
    on_result: Callable[[str, ArticleSummary], None] | None = None,
    on_error: Callable[[str, SummarizerError], None] | None = None,
) -> BatchReport:
    """Summarize every input into ``writer``; see the module docstring for the guarantees.

    Args:
        inputs: paths, or '-' for ``stdin``.
        run: anything with ``summarize(article)`` (a :class:`~summarizer.pipeline.Summarizer`).
        writer: where the records go.
        warn: told about repairs to the output file (a torn last line cut off).
        on_start / on_result / on_error: progress callbacks, with the input's display name.
    """
    report = BatchReport()
    done = writer.resume(warn)
    for raw in inputs:
        name = display_name(raw)
        if on_start:
            on_start(name)
        try:
            article = load_input(raw, stdin)
            key = (article.source, article.sha256)
            if key in done:  # already in the output, or given twice
                report.skipped.append(name)
                continue
            result = run.summarize(article)
        except SummarizerError as e:
            if note_failure(report.failed, name, e, on_error):
                report.stopped = True
                break
            continue
        writer.write(result)
        done.add(key)
        report.done.append(result)
        if on_result:
            on_result(name, result)
    return report
