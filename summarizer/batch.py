"""Many articles, one run: results are appended as they finish, a rerun resumes.

A JSONL output file is the checkpoint: every finished record is written and
flushed to disk before the next article starts, and on a rerun the articles
whose (source, sha256) are already in the file are skipped. A failing article
is reported and the batch goes on, unless the provider itself is unreachable,
in which case the rest would fail too and the batch stops (finished work is
already on disk).
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .article import Article, from_bytes, load_path
from .errors import ArticleFailure, InputError, SummarizerError, note_failure
from .pipeline import Summarizer
from .records import ArticleSummary


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


def finished_keys(path: Path) -> set[tuple[str | None, str]]:
    """(source, sha256) of every valid record already in a JSONL file."""
    keys: set[tuple[str | None, str]] = set()
    if not path.is_file():
        return keys
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            try:
                data = json.loads(line)
                keys.add((data["article"]["source"], data["article"]["sha256"]))
            except (ValueError, KeyError, TypeError):
                continue  # a torn last line from an interrupted run: redo that article
    return keys


def append_jsonl(path: Path, result: ArticleSummary) -> None:
    """Append one record and make it durable before going on."""
    with path.open("a+b") as fh:
        if fh.tell() > 0:
            fh.seek(-1, os.SEEK_END)
            if fh.read(1) != b"\n":
                # A torn last line from an interrupted run: end it, so the new
                # record starts a line of its own instead of being glued to it.
                fh.write(b"\n")
        fh.write(result.model_dump_json().encode("utf-8") + b"\n")
        fh.flush()
        os.fsync(fh.fileno())


def load_input(name: str, stdin: Callable[[], bytes] | None = None) -> Article:
    """A path, or '-' for standard input."""
    if name == "-":
        if stdin is None:
            raise InputError("standard input is not available")
        return from_bytes(stdin(), source="<stdin>")
    return load_path(name)


def run_batch(
    inputs: Iterable[str],
    run: Summarizer,
    *,
    out: Path | None = None,
    stdin: Callable[[], bytes] | None = None,
    on_start: Callable[[str], None] | None = None,
    on_result: Callable[[str, ArticleSummary], None] | None = None,
    on_error: Callable[[str, SummarizerError], None] | None = None,
) -> BatchReport:
    """Summarize every input; see the module docstring for the guarantees."""
    report = BatchReport()
    done = finished_keys(out) if out else set()
    for name in inputs:
        if on_start:
            on_start(name)
        try:
            article = load_input(name, stdin)
            if (article.source, article.sha256) in done:
                report.skipped.append(name)
                continue
            result = run.summarize(article)
        except SummarizerError as e:
            if note_failure(report.failed, name, e, on_error):
                report.stopped = True
                break
            continue
        if out:
            append_jsonl(out, result)
        report.done.append(result)
        if on_result:
            on_result(name, result)
    return report
