"""`summarizer summarize`: articles in, records out (through one writer)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any, NoReturn

import click
from rich.console import Console

from ..check import Kind, refresh
from ..config import MODES, Settings
from ..errors import ConfigError, SummarizerError
from ..output import FORMATS, Writer, pick_format
from ..repo import Layout
from .common import (
    EXIT_CODES,
    article_error,
    debug_option,
    engine_options,
    err,
    fail,
    progress,
    resolve_settings,
    setup_logging,
    status_line,
    verbose_option,
    warning_line,
)


@click.command(epilog=EXIT_CODES)
@click.argument("inputs", nargs=-1, metavar="ARTICLE...")
@click.option("--missing", is_flag=True,
              help="Only (re)make summaries that are missing, invalid or stale, and write each to "
                   "its summary file ([tool.summarizer]); with no ARTICLE, all articles of the "
                   "repository. Exit 1 when any was written (the pre-commit hook).")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Write here. A .jsonl file is appended to and a rerun skips articles already "
                   "in it (resume); .json and .md files are replaced, holding every article.")
@click.option("-f", "--format", "fmt", type=click.Choice(FORMATS), default="auto", show_default=True,
              help="auto: the rich view on a terminal, JSON when piped (JSONL for several articles); "
                   "by suffix for -o. json with several articles is one array; md one document.")
@engine_options
@click.option("--mode", type=click.Choice(MODES), help="How to ask for structured output; auto picks by endpoint.")
@click.option("--window", "window_chars", type=click.IntRange(min=0),
              help="Characters per extraction window; 0 = whole article. Default: 700 on the "
                   "embedded model, whole article on providers.")
@click.option("--max-reasks", type=click.IntRange(min=0), help="Re-asks when an answer fails validation.")
@click.option("--retries", "transport_attempts", type=click.IntRange(min=1),
              help="Attempts on 429/5xx/timeouts before giving up.")
@click.option("--retry-seconds", "transport_max_seconds", type=click.FloatRange(min=0),
              help="Stop retrying 429/5xx/timeouts after this many seconds in all "
                   "(env SUMMARIZER_RETRY_SECONDS).")
@click.option("--timeout", type=click.FloatRange(min=1), help="Seconds without a new token before a call counts as stalled.")
@click.option("--local", is_flag=True, default=None, help="Use the embedded local model even if a provider is configured.")
@click.option("--local-model", type=click.Path(dir_okay=False), help="Another GGUF file for the embedded server.")
@click.option("--no-cues", is_flag=True, help="Do not give the model rule-based quote candidates.")
@verbose_option
@debug_option
def summarize(inputs: tuple[str, ...], output: Path | None, fmt: str, verbose: int, debug: bool,
              no_cues: bool, missing: bool, **flags: Any) -> None:
    """Summarize ARTICLE files (.txt, .md, .html; '-' reads stdin).

    \b
    Examples:
      summarizer summarize article.md
      summarizer summarize a.txt b.md -o out.jsonl
      cat article.txt | summarizer summarize - | jq '.quotes[].speaker'
      summarizer summarize --engine rules article.txt
      summarizer summarize --missing
    """
    if not inputs and not missing:
        raise click.UsageError("Missing argument 'ARTICLE...'.")
    if missing and (output is not None or fmt != "auto"):
        raise click.UsageError("--missing writes each summary to its own file; drop -o/--format.")
    settings = resolve_settings(debug, **flags, cues=False if no_cues else None)
    setup_logging(verbose, settings.api_key)
    if missing:
        _summarize_missing(settings, inputs, debug)
    several = len(inputs) > 1
    try:
        fmt = pick_format(fmt, output, several, sys.stdout.isatty())
        writer = Writer(fmt, output, several=several, console=Console())
    except SummarizerError as e:
        fail(e, debug)

    from ..batch import run_batch
    from ..pipeline import Summarizer

    with progress(disable=not err.is_terminal or debug) as bar, writer:
        # One live line: the article (k of n in a batch), then its model calls (pipeline.progress.Step).
        files = bar.add_task("articles", total=len(inputs), visible=False)
        windows = bar.add_task("extracting", total=None, visible=False)
        label = [""]
        model = bar.add_task("preparing local model", total=None, visible=False)
        failed = article_error(debug)

        def started(name: str) -> None:
            count = f"article {bar.tasks[files].completed + 1:.0f} of {len(inputs)} · " if several else ""
            label[0] = f"{count}{Path(name).name}"
            bar.update(windows, completed=0, total=None, visible=several, description=label[0])

        def on_error(name: str, e: SummarizerError) -> None:
            bar.advance(files)
            failed(name, e)

        try:
            with Summarizer(settings, status=status_line,
                            progress=lambda step: bar.update(windows, completed=step.done, total=step.calls,
                                                             visible=True,
                                                             description=f"{label[0]} · {step.line()}"),
                            model_progress=lambda d, t: bar.update(model, completed=d, total=t,
                                                                   visible=d < t)) as run:
                report = run_batch(inputs, run, writer, stdin=sys.stdin.buffer, warn=warning_line,
                                   on_start=started, on_result=lambda *_: bar.advance(files),
                                   on_error=on_error)
        except OSError as e:
            if output is None:
                raise
            # Disk full, permissions: records written before this one stay on disk.
            fail(ConfigError(f"{output}: cannot write ({e.strerror or e})"), debug)
    if report.skipped:
        where = f"already in {output}" if output else "given twice"
        err.print(f"[dim]skipped {len(report.skipped)} {where}[/dim]", highlight=False)
    if several and report.failed:
        err.print(f"{len(report.done)} done, {len(report.skipped)} skipped, {len(report.failed)} failed"
                  + (" (stopped: provider failure; rerun to resume)" if report.stopped else ""))
    sys.exit(report.exit_code)


_WHY: dict[Kind, str] = {"missing": "there was none", "invalid": "the old one was invalid",
                         "stale": "the article changed"}


def _summarize_missing(settings: Settings, inputs: tuple[str, ...], debug: bool) -> NoReturn:
    try:
        layout = Layout.from_config()
    except SummarizerError as e:
        fail(e, debug)

    from ..pipeline import Summarizer

    with Summarizer(settings, status=status_line) as run:
        report = refresh(layout, inputs or None, run, on_error=article_error(debug),
                         on_written=lambda path, why: click.echo(f"wrote {path} ({_WHY[why]})"))
    if report.written:
        err.print(f"{len(report.written)} summaries written: review them, then stage them")
    sys.exit(max((e.exit_code for _, e in report.failed), default=1 if report.written else 0))
