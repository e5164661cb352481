"""The command line: a thin layer over the library.

Exit codes: 0 done, 1 extraction failed, 2 bad usage or input, 3 provider
unreachable or refused. Errors are one line on stderr; ``--debug`` (or
SUMMARIZER_RAISE_ERRORS=1, for tests) shows the traceback.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path
from typing import Any

import click
from rich.console import Console
from rich.progress import BarColumn, Progress, TaskProgressColumn, TextColumn, TimeElapsedColumn

from . import __version__, schemas
from .check import Kind, refresh
from .check import check as check_pairs
from .config import ENGINES, MODES, Settings, redact, resolve
from .errors import ConfigError, SummarizerError
from .render import print_summary, to_json, to_markdown
from .repo import Layout

EXIT_CODES = """\b
Exit codes:
  0  done
  1  extraction failed (the model never gave a valid, grounded answer)
  2  bad usage or bad input (empty, binary, undecodable, missing, too large)
  3  provider unreachable or refused (or the embedded model is not installed)"""

err = Console(stderr=True)


class _Redact(logging.Filter):
    """Scrub the API key from every log record, whatever the verbosity."""

    def __init__(self, secret: str | None) -> None:
        super().__init__()
        self.secret = secret

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = redact(record.getMessage(), self.secret)
        record.args = ()
        # Tracebacks attached to a record are formatted apart from its message.
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text, self.secret)
        if record.stack_info:
            record.stack_info = redact(record.stack_info, self.secret)
        return True


def _setup_logging(verbose: int, secret: str | None) -> None:
    level = logging.WARNING if verbose == 0 else logging.INFO if verbose == 1 else logging.DEBUG
    handler = logging.StreamHandler(sys.stderr)
    handler.addFilter(_Redact(secret))
    logging.basicConfig(level=level, handlers=[handler], force=True,
                        format="%(levelname)s %(name)s: %(message)s")
    # -vvv shows everything; reset even then, as an earlier run in this process may have set it.
    noisy_level = max(level, logging.WARNING) if verbose < 3 else logging.NOTSET
    for noisy in ("httpx", "httpx2", "httpcore", "openai", "instructor"):
        logging.getLogger(noisy).setLevel(noisy_level)
    if verbose < 3:
        # instructor logs every failed call at ERROR; we report the same failure
        # once, as one line, so its copies would only break that line up.
        logging.getLogger("instructor").setLevel(logging.CRITICAL)


def _error_line(message: str) -> None:
    """One plain line on stderr: no markup, no wrapping."""
    click.secho("error: ", fg="red", nl=False, err=True)
    click.echo(message, err=True)


def _status_line(message: str) -> None:
    """One unwrapped line on stderr (dim on a terminal)."""
    click.secho(message, dim=True, err=True)


def _fail(e: SummarizerError, debug: bool) -> None:
    if debug or os.environ.get("SUMMARIZER_RAISE_ERRORS"):
        raise e
    _error_line(e.one_line())
    sys.exit(e.exit_code)


@click.group(context_settings={"help_option_names": ["-h", "--help"]}, epilog=EXIT_CODES)
@click.version_option(__version__, prog_name="summarizer")
def main() -> None:
    """Grounded, structured summaries of news articles.

    Positions, verbatim quotes (with character offsets), expert assessments and
    stated preconditions, from any OpenAI-compatible LLM - or, with no provider
    configured, from an embedded local model.

    Configuration comes from flags, then the environment (OPENAI_API_KEY,
    OPENAI_BASE_URL, SUMMARIZER_MODEL, ...), then [tool.summarizer] in
    pyproject.toml.
    """


@main.command(epilog=EXIT_CODES)
@click.argument("inputs", nargs=-1, metavar="ARTICLE...")
@click.option("--missing", is_flag=True,
              help="Only (re)make summaries that are missing, invalid or stale, and write each to "
                   "its summary file ([tool.summarizer]); with no ARTICLE, all articles of the "
                   "repository. Exit 1 when any was written (the pre-commit hook).")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Write here. A .jsonl file is appended to and a rerun skips articles "
                   "already in it (resume).")
@click.option("-f", "--format", "fmt", type=click.Choice(["auto", "rich", "json", "jsonl", "md"]),
              default="auto", show_default=True,
              help="auto: the rich view on a terminal, JSON when piped (JSONL for several articles).")
@click.option("--engine", type=click.Choice(ENGINES), help="llm (default) or rules (no model).")
@click.option("-m", "--model", help="Model name (env SUMMARIZER_MODEL).")
@click.option("--base-url", help="OpenAI-compatible endpoint, e.g. http://localhost:11434/v1 (env OPENAI_BASE_URL).")
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
@click.option("--timeout", type=click.FloatRange(min=1), help="Seconds to wait for one answer.")
@click.option("--local", is_flag=True, default=None, help="Use the embedded local model even if a provider is configured.")
@click.option("--local-model", type=click.Path(dir_okay=False), help="Another GGUF file for the embedded server.")
@click.option("--no-cues", is_flag=True, help="Do not give the model rule-based quote candidates.")
@click.option("-v", "--verbose", count=True, help="More logging on stderr (-vv for debug).")
@click.option("--debug", is_flag=True, help="Show tracebacks.")
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
    try:
        settings = resolve(**flags, cues=False if no_cues else None)
    except SummarizerError as e:
        _fail(e, debug)
        return
    _setup_logging(verbose, settings.api_key)
    if missing:
        _summarize_missing(settings, inputs, debug)
        return
    if output is not None and not output.parent.is_dir():
        _fail(ConfigError(f"{output}: directory {output.parent} does not exist"), debug)
    several = len(inputs) > 1
    if fmt == "auto":
        jsonl = several or (output is not None and output.suffix == ".jsonl")
        fmt = "jsonl" if jsonl else ("json" if output or not sys.stdout.isatty() else "rich")
    out = Console()
    show_progress = err.is_terminal and not debug

    with Progress(TextColumn("{task.description}"), BarColumn(), TaskProgressColumn(),
                  TimeElapsedColumn(), console=err, disable=not show_progress, transient=True) as bar:
        files = bar.add_task("articles", total=len(inputs), visible=several)
        windows = bar.add_task("extracting", total=None, visible=False)
        model = bar.add_task("preparing local model", total=None, visible=False)

        def window_progress(done: int, total: int) -> None:
            bar.update(windows, completed=done, total=total, visible=True)

        def model_progress(done: int, total: int) -> None:
            bar.update(model, completed=done, total=total, visible=done < total)

        def status(msg: str) -> None:
            _status_line(msg)

        def started(name: str) -> None:
            bar.update(windows, completed=0, total=None, visible=False,
                       description=f"extracting {Path(name).name}")

        def emit(name: str, result: Any) -> None:
            bar.advance(files)
            if output is not None and fmt == "jsonl":
                return  # already appended by the batch
            if fmt == "rich":
                print_summary(result, out)
            else:
                text = to_markdown(result) if fmt == "md" else to_json(result, indent=None if fmt == "jsonl" else 2)
                if output is not None:
                    output.write_text(text if text.endswith("\n") else text + "\n", encoding="utf-8")
                else:
                    click.echo(text)

        def failed(name: str, e: SummarizerError) -> None:
            bar.advance(files)
            if debug or os.environ.get("SUMMARIZER_RAISE_ERRORS"):
                raise e
            _error_line(f"{name}: {e.one_line()}")

        from .batch import run_batch
        from .pipeline import Summarizer

        try:
            with Summarizer(settings, status=status, progress=window_progress,
                            model_progress=model_progress) as run:
                report = run_batch(
                    inputs, run, out=output if fmt == "jsonl" else None,
                    stdin=lambda: sys.stdin.buffer.read(),
                    on_start=started, on_result=emit, on_error=failed,
                )
        except OSError as e:
            if output is None:
                raise
            # Disk full, permissions: records appended before this one stay on disk.
            _fail(ConfigError(f"{output}: cannot write ({e.strerror or e})"), debug)
            return
    if report.skipped:
        err.print(f"[dim]skipped {len(report.skipped)} already in {output}[/dim]")
    if several and report.failed:
        err.print(f"{len(report.done)} done, {len(report.skipped)} skipped, {len(report.failed)} failed"
                  + (" (stopped: provider failure; rerun to resume)" if report.stopped else ""))
    sys.exit(report.exit_code)


_WHY: dict[Kind, str] = {"missing": "there was none", "invalid": "the old one was invalid",
                         "stale": "the article changed"}


def _summarize_missing(settings: Settings, inputs: tuple[str, ...], debug: bool) -> None:
    try:
        layout = Layout.from_config()
    except SummarizerError as e:
        _fail(e, debug)
        return

    def wrote(path: str, why: Kind) -> None:
        click.echo(f"wrote {path} ({_WHY[why]})")

    def failed(name: str, e: SummarizerError) -> None:
        if debug or os.environ.get("SUMMARIZER_RAISE_ERRORS"):
            raise e
        _error_line(f"{name}: {e.one_line()}")

    from .pipeline import Summarizer

    with Summarizer(settings, status=_status_line) as run:
        report = refresh(layout, inputs or None, run, on_written=wrote, on_error=failed)
    if report.written:
        err.print(f"{len(report.written)} summaries written: review them, then stage them")
    sys.exit(max((e.exit_code for _, e in report.failed), default=1 if report.written else 0))


@main.command("check")
@click.argument("files", nargs=-1, metavar="[FILE]...")
@click.option("--files-only", is_flag=True,
              help="Check only the pairs of the FILES given, none when none are (the pre-commit "
                   "hook, which passes the staged files). The orphan scan still covers the repository.")
@click.option("--debug", is_flag=True, help="Show tracebacks.")
def check_command(files: tuple[str, ...], files_only: bool, debug: bool) -> None:
    """Check that articles have fresh, valid, grounded summaries.

    FILES are articles or summary files, each standing for its pair; with none,
    every article and summary of the repository ([tool.summarizer] articles,
    summary_dir) is checked. A pair fails when the summary is missing, does not
    validate, is stale (its article.sha256 is not the article's), or has a quote
    or evidence span that no longer reproduces from the article. Summaries whose
    article is gone are orphans. One line per failure; exit 1 if any.

    \b
    Examples:
      summarizer check
      summarizer check articles/2024/port.md
    """
    try:
        report = check_pairs(Layout.from_config(), files if files or files_only else None)
    except SummarizerError as e:
        _fail(e, debug)
        return
    for failure in report.failures:
        click.echo(str(failure))
    n = len(report.articles)
    if report.failures:
        err.print(f"{len(report.failures)} failures ({n} articles checked)", highlight=False)
        sys.exit(1)
    err.print(f"{n} articles checked: every summary fresh and grounded", highlight=False)


@main.command()
@click.option("--dir", "folder", type=click.Path(file_okay=False, path_type=Path),
              default=Path("schemas"), show_default=True, help="Where the schema files live.")
@click.option("--check", is_flag=True, help="Exit 1 if the files differ from the models (drift).")
def schema(folder: Path, check: bool) -> None:
    """Write the JSON Schemas of the records to schemas/ (or check them)."""
    if check:
        stale = schemas.drift(folder)
        if stale:
            _error_line(f"schema drift: {', '.join(stale)} differ from the models; "
                        "run `summarizer schema` and commit the result")
            sys.exit(1)
        click.echo(f"schemas in {folder} are up to date")
        return
    for path in schemas.write(folder):
        click.echo(f"wrote {path}")


@main.command("eval", epilog=EXIT_CODES)
@click.argument("gold", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--engine", type=click.Choice(ENGINES), help="llm (default) or rules (no model).")
@click.option("-m", "--model", help="Model name (env SUMMARIZER_MODEL).")
@click.option("--base-url", help="OpenAI-compatible endpoint (env OPENAI_BASE_URL).")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@click.option("--worst", type=click.IntRange(min=0), default=5, show_default=True,
              help="How many lowest-scoring articles to list.")
@click.option("--debug", is_flag=True, help="Show tracebacks.")
def eval_command(gold: Path, as_json: bool, worst: int, debug: bool, **flags: Any) -> None:
    """Score an engine's quotes, positions, experts, preconditions and language against GOLD.jsonl.

    \b
    Examples:
      summarizer eval gold.jsonl --engine rules
      summarizer eval gold.jsonl --model qwen2.5:7b --json > report.json
    """
    import json

    from rich.table import Table

    from .evaluate import evaluate, load_gold
    from .pipeline import Summarizer

    try:
        items = load_gold(gold)
        with Summarizer(resolve(**flags)) as run:
            report = evaluate(items, run.summarize, worst=worst)
    except SummarizerError as e:
        _fail(e, debug)
        return
    if as_json:
        click.echo(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
        return
    table = Table(title=f"{gold.name}: {len(report.articles)} articles, {report.seconds:.1f} s, "
                  f"{report.tokens} tokens, {report.errors} errors")
    for col in ("record type", "gold", "predicted", "precision", "recall", "F1", "checks"):
        table.add_column(col, justify="left" if col in ("record type", "checks") else "right")
    for r in report.rows():
        table.add_row(*r)
    out = Console()
    out.print(table)
    if report.worst:
        rows = Table(title="worst articles")
        for col in ("article", "P", "R", "speaker", "missed / spurious / wrong speaker (first)"):
            rows.add_column(col)
        for a in report.worst:
            first = (a.missed[:1] or a.spurious[:1] or [w["quote"] for w in a.wrong_speakers[:1]] or [""])[0]
            rows.add_row(a.id, f"{a.precision:.2f}", f"{a.recall:.2f}",
                         f"{a.speaker_right}/{a.speaker_scored}", (a.error or first)[:60])
        out.print(rows)

@main.group("local")
def local_group() -> None:
    """The embedded local model: keep a server running, or inspect the setup."""


@local_group.command("serve")
@click.option("--port", type=click.IntRange(1, 65535), default=8765, show_default=True,
              help="Port on 127.0.0.1 to listen on.")
@click.option("--model", "model_path", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Another GGUF file instead of the embedded model.")
@click.option("--log", "log_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Append the server's own output (load and timing lines) to this file.")
@click.option("--debug", is_flag=True, help="Show tracebacks.")
def local_serve(port: int, model_path: Path | None, log_path: Path | None, debug: bool) -> None:
    """Run the embedded model on 127.0.0.1 until Ctrl-C, for repeated runs.

    \b
    Example:
      summarizer local serve --port 8765
      OPENAI_BASE_URL=http://127.0.0.1:8765/v1 summarizer summarize a.md
    """
    from . import local
    from .errors import LocalModelError

    try:
        if model_path is None:
            with Progress(TextColumn("{task.description}"), BarColumn(), TaskProgressColumn(),
                          TimeElapsedColumn(), console=err, transient=True,
                          disable=not err.is_terminal) as bar:
                task = bar.add_task("preparing local model", total=None)
                model_path = local.ensure_model(
                    lambda done, total: bar.update(task, completed=done, total=total))
        with local.LocalServer(model_path, port=port, log_path=log_path) as server:
            click.echo(f"OPENAI_BASE_URL={server.base_url}")
            err.print(f"[dim]serving {server.model} (pid {server.pid}); Ctrl-C to stop[/dim]",
                      highlight=False)
            code = server.wait()
            raise LocalModelError(f"the local model server exited by itself (code {code}):\n"
                                  + server.log_tail())
    except KeyboardInterrupt:
        err.print("[dim]stopped[/dim]", highlight=False)
    except SummarizerError as e:
        _fail(e, debug)


@local_group.command("info")
@click.option("--json", "as_json", is_flag=True, help="Print the facts as JSON.")
def local_info(as_json: bool) -> None:
    """Show the embedded model's file, size and hash state, and whether its runtime is installed."""
    import json

    from rich.table import Table

    from . import local

    facts = local.info()
    if as_json:
        click.echo(json.dumps(facts, indent=2))
        return
    table = Table(show_header=False, box=None)
    table.add_column(style="bold", no_wrap=True)
    table.add_column(overflow="fold")
    for key, value in facts.items():
        table.add_row(key.replace("_", " "), "-" if value is None else str(value))
    Console().print(table)


if __name__ == "__main__":  # pragma: no cover
    main()
