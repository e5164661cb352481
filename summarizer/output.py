"""Where records go: one writer for every format and target.

The CLI, the batch and the pre-commit hook all write through here, so there is
one answer to "what is in the file now":

- ``json``: one record is one object; several are one array. A file is
  rewritten atomically (temporary file, fsync, rename) after every record, so
  it always holds every record finished so far and is never half-written.
- ``jsonl``: one record per line. A file is appended to, each line flushed
  and fsynced before the next article starts; it is the batch's checkpoint
  (a rerun skips what it holds, after cutting off a torn last line).
- ``md``: one document, a section per article; a file is rewritten
  atomically like ``json``.
- ``rich``: the terminal view (stdout only).
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any, TextIO

from .errors import ConfigError
from .oneline import short
from .records import ArticleSummary


def to_json(result: ArticleSummary, *, indent: int | None = 2) -> str:
    """JSON for one record (``indent=None`` gives one line, for JSONL)."""
    return result.model_dump_json(indent=indent)


def to_markdown(result: ArticleSummary) -> str:
    """A Markdown report of one record."""
    a = result.article
    lines = [f"# {a.title or a.source or 'Article'}", ""]
    lines += [f"- language: {a.language}, {a.chars} characters, sha256 `{a.sha256[:12]}`", ""]
    if result.summary:
        lines += ["## Summary", "", result.summary, ""]
    if result.quotes:
        lines += ["## Quotes", "", "| speaker | role | quote | span | match |", "|---|---|---|---|---|"]
        for q in result.quotes:
            text = short(q.text).replace("|", "\\|")
            lines.append(f"| {q.speaker} | {q.speaker_role or ''} | {text} | {q.span[0]}-{q.span[1]} | {q.match} |")
        lines.append("")
    if result.positions:
        lines += ["## Positions", ""]
        lines += [f"- **{p.holder}** on {p.topic}: {p.stance}" for p in result.positions] + [""]
    if result.expert_assessments:
        lines += ["## Expert assessments", ""]
        for e in result.expert_assessments:
            who = ", ".join(x for x in (e.expert, e.title, e.affiliation) if x)
            pred = f" Prediction: {e.prediction}" if e.prediction else ""
            lines.append(f"- **{who}**: {e.assessment}{pred}")
        lines.append("")
    if result.preconditions:
        lines += ["## Stated preconditions", ""]
        for c in result.preconditions:
            to = f" (to {c.addressed_to})" if c.addressed_to else ""
            # The condition keeps its own marker (if / unless / 如果 / 除非).
            lines.append(f"- **{c.stated_by}**{to}: {c.condition} → {c.consequence}")
        lines.append("")
    if result.warnings:
        lines += ["## Warnings", ""] + [f"- {w.code}: {w.message}" for w in result.warnings] + [""]
    p = result.provenance
    lines.append(f"_{p.engine} · {p.model or '-'} · {p.prompt_tokens}+{p.completion_tokens} tokens · "
                 f"schema {p.schema_version}_")
    return "\n".join(lines) + "\n"


FORMATS = ("auto", "rich", "json", "jsonl", "md")
Key = tuple[str | None, str]


def pick_format(fmt: str, path: Path | None, several: bool, terminal: bool) -> str:
    """The format ``auto`` stands for: JSONL for several articles or a .jsonl file, else JSON
    (Markdown for a .md file), the rich view only on a terminal."""
    if fmt != "auto":
        if fmt == "rich" and path is not None:
            raise ConfigError("-f rich is the terminal view; write a file with -f json, jsonl or md")
        return fmt
    if path is not None:
        return {".jsonl": "jsonl", ".md": "md"}.get(path.suffix.lower(), "jsonl" if several else "json")
    return "jsonl" if several else ("rich" if terminal else "json")


def atomic_write(path: Path, text: str) -> None:
    """Replace ``path`` with ``text`` in one step: readers see the old file or the new one.

    A symlink is followed, so the link stays a link and its target gets the text.
    """
    path = Path(os.path.realpath(path))
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_summary(path: Path, result: ArticleSummary) -> None:
    """Write one summary file (the pre-commit hook's), creating its folder."""
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(path, to_json(result, indent=2) + "\n")


def append_line(path: Path, line: str) -> None:
    """Append one line and make it durable before going on."""
    with path.open("ab") as fh:
        fh.write(line.encode("utf-8") + b"\n")
        fh.flush()
        os.fsync(fh.fileno())


def repair_tail(path: Path) -> int:
    """Cut a torn last line (no newline: a crash mid-write) off a JSONL file; the bytes removed."""
    try:
        fh = path.open("r+b")
    except FileNotFoundError:
        return 0
    with fh:
        size = fh.seek(0, os.SEEK_END)
        end = size
        while end > 0:
            start = max(0, end - 65536)
            fh.seek(start)
            block = fh.read(end - start)
            if end == size and block.endswith(b"\n"):
                return 0
            newline = block.rfind(b"\n")
            if newline >= 0:
                end = start + newline + 1
                break
            end = start
        fh.truncate(end)
        fh.flush()
        os.fsync(fh.fileno())
        return size - end


def finished_keys(path: Path) -> set[Key]:
    """(source, sha256) of every valid record in a JSONL file."""
    keys: set[Key] = set()
    if not path.is_file():
        return keys
    with path.open(encoding="utf-8", errors="replace") as fh:
        for line in fh:
            try:
                data = json.loads(line)
                keys.add((data["article"]["source"], data["article"]["sha256"]))
            except (ValueError, KeyError, TypeError):
                continue
    return keys


class Writer:
    """Writes records in one format to stdout or to one file (see the module docstring).

    Args:
        fmt: 'json', 'jsonl', 'md' or 'rich' (see :func:`pick_format`).
        path: the file, or None for stdout.
        several: more than one article may come: JSON becomes an array.
        stdout: where stdout-bound text goes (default: ``sys.stdout`` at write time).
        console: a rich Console for the 'rich' view.
    """

    def __init__(self, fmt: str, path: Path | None = None, *, several: bool = False,
                 stdout: TextIO | None = None, console: Any = None) -> None:
        if fmt not in FORMATS[1:]:
            raise ConfigError(f"unknown output format {fmt!r}")
        if path is not None and not path.parent.is_dir():
            raise ConfigError(f"{path}: directory {path.parent} does not exist")
        self.fmt, self.path, self.several = fmt, path, several
        self._stdout, self._console = stdout, console
        self.records: list[ArticleSummary] = []
        self._closed = False

    def resume(self, warn: Callable[[str], None] | None = None) -> set[Key]:
        """For a JSONL file: repair a torn tail (saying so) and return the keys already done."""
        if self.fmt != "jsonl" or self.path is None:
            return set()
        cut = repair_tail(self.path)
        if cut and warn:
            warn(f"{self.path}: removed a torn last line ({cut} bytes, from an interrupted run); "
                 "its article is summarized again")
        return finished_keys(self.path)

    def write(self, record: ArticleSummary) -> None:
        """Write one record (durably, for files) before the next article starts."""
        self.records.append(record)
        if self.fmt == "jsonl":
            line = to_json(record, indent=None)
            if self.path is not None:
                append_line(self.path, line)
            else:
                self._echo(line + "\n")
        elif self.fmt == "rich":
            from .render import print_summary  # rich: only for the terminal view

            print_summary(record, self._console)
        elif self.path is not None:
            atomic_write(self.path, self._document())
        elif self.fmt == "md":
            self._echo(("\n" if len(self.records) > 1 else "") + to_markdown(record))
        elif not self.several:
            self._echo(to_json(record) + "\n")

    def close(self) -> None:
        """Finish the output: a JSON array on stdout is printed here, with every record done."""
        if self._closed:
            return
        self._closed = True
        if self.fmt == "json" and self.several and self.path is None:
            self._echo(self._document())

    def __enter__(self) -> Writer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _document(self) -> str:
        if self.fmt == "md":
            return "\n".join(to_markdown(r) for r in self.records)
        if not self.several and len(self.records) == 1:
            return to_json(self.records[0]) + "\n"
        items = ",\n".join("  " + to_json(r, indent=2).replace("\n", "\n  ") for r in self.records)
        return f"[\n{items}\n]\n" if items else "[]\n"

    def _echo(self, text: str) -> None:
        out = self._stdout or sys.stdout
        out.write(text)
        out.flush()
