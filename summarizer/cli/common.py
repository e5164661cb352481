"""What every command shares: options, error lines, the progress bar, logging.

Exit codes: 0 done, 1 extraction failed, 2 bad usage or input, 3 provider
unreachable or refused. Errors are one line on stderr; ``--debug`` (or
SUMMARIZER_RAISE_ERRORS=1, for tests) shows the traceback.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, NoReturn

import click
from rich.console import Console
from rich.progress import BarColumn, Progress, TaskProgressColumn, TextColumn, TimeElapsedColumn

from ..config import ENGINES, PROFILES, Settings, redact
from ..config import resolve as _resolve_config
from ..errors import SummarizerError

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


def setup_logging(verbose: int, secret: str | None) -> None:
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


def error_line(message: str) -> None:
    """One plain line on stderr: no markup, no wrapping."""
    click.secho("error: ", fg="red", nl=False, err=True)
    click.echo(message, err=True)


def warning_line(message: str) -> None:
    """One plain warning line on stderr."""
    click.secho("warning: ", fg="yellow", nl=False, err=True)
    click.echo(message, err=True)


def status_line(message: str) -> None:
    """One unwrapped line on stderr (dim on a terminal)."""
    click.secho(message, dim=True, err=True)


def raise_errors(debug: bool) -> bool:
    """--debug, or SUMMARIZER_RAISE_ERRORS=1 (tests): let errors raise with their traceback."""
    return debug or bool(os.environ.get("SUMMARIZER_RAISE_ERRORS"))


def fail(e: SummarizerError, debug: bool) -> NoReturn:
    if raise_errors(debug):
        raise e
    error_line(e.one_line())
    sys.exit(e.exit_code)


def article_error(debug: bool) -> Callable[[str, SummarizerError], None]:
    """Report a failed article as ``name: reason``, naming it once (input errors already do)."""

    def report(name: str, e: SummarizerError) -> None:
        if raise_errors(debug):
            raise e
        line = e.one_line()
        error_line(line if line.startswith(f"{name}: ") else f"{name}: {line}")

    return report


@contextmanager
def progress(disable: bool) -> Iterator[Progress]:
    """The one progress bar (on stderr, gone when done)."""
    with Progress(TextColumn("{task.description}"), BarColumn(), TaskProgressColumn(),
                  TimeElapsedColumn(), console=err, disable=disable, transient=True) as bar:
        yield bar


# --- shared options (the sqlite-utils habit) ----------------------------------

def debug_option(fn: Callable[..., Any]) -> Callable[..., Any]:
    return click.option("--debug", is_flag=True, help="Show tracebacks.")(fn)


def verbose_option(fn: Callable[..., Any]) -> Callable[..., Any]:
    return click.option("-v", "--verbose", count=True, help="More logging on stderr (-vv for debug).")(fn)


def engine_options(fn: Callable[..., Any]) -> Callable[..., Any]:
    """--engine, -m/--model, --base-url, --profile: which engine and which model."""
    for option in reversed((
        click.option("--engine", type=click.Choice(ENGINES), help="llm (default) or rules (no model)."),
        click.option("-m", "--model", help="Model name (env SUMMARIZER_MODEL)."),
        click.option("--base-url", help="OpenAI-compatible endpoint, e.g. http://localhost:11434/v1 "
                                        "(env OPENAI_BASE_URL)."),
        click.option("--profile", type=click.Choice(PROFILES), help="small or large model: window, token "
                     "cap, whose speaker wins; auto = small for the embedded model (env SUMMARIZER_PROFILE)."),
    )):
        fn = option(fn)
    return fn


def resolve_settings(debug: bool, **flags: Any) -> Settings:
    try:
        return _resolve_config(**flags)
    except SummarizerError as e:
        fail(e, debug)
