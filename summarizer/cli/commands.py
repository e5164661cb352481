"""The other commands: check, schema, eval, local."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click
from rich.console import Console

from .. import schemas
from ..check import check as check_pairs
from ..check import strangers
from ..config import resolve
from ..errors import InputError, SummarizerError
from ..repo import Layout
from .common import EXIT_CODES, debug_option, engine_options, err, error_line, fail, progress


@click.command("check")
@click.argument("files", nargs=-1, metavar="[FILE]...")
@click.option("--files-only", is_flag=True,
              help="Check only the pairs of the FILES given, none when none are (the pre-commit "
                   "hook, which passes the staged files; other files are ignored). The orphan "
                   "scan still covers the repository.")
@debug_option
def check_command(files: tuple[str, ...], files_only: bool, debug: bool) -> None:
    """Check that articles have fresh, valid, grounded summaries.

    FILES are articles or summary files, each standing for its pair; with none,
    every article and summary of the repository ([tool.summarizer] articles,
    summary_dir) is checked. A pair fails when the summary is missing, does not
    validate, is stale (its article.sha256 is not the article's), or has a quote
    or evidence span that no longer reproduces from the article. Summaries whose
    article is gone are orphans. One line per failure; exit 1 if any; exit 2
    when a FILE is not an article under the configuration, or when there are
    no articles at all.

    \b
    Examples:
      summarizer check
      summarizer check articles/2024/port.md
    """
    try:
        layout = Layout.from_config()
        if not files_only and (outside := strangers(layout, files)):
            more = f" (and {len(outside) - 1} more)" if len(outside) > 1 else ""
            raise InputError(f"{outside[0]}: not an article or summary under {layout.describe()}{more}")
        report = check_pairs(layout, files if files or files_only else None)
        if not report.articles and not report.failures and not files_only:
            raise InputError(f"no articles found: nothing matches {layout.describe()}",
                             hint="set [tool.summarizer] articles in pyproject.toml")
    except SummarizerError as e:
        fail(e, debug)
    for failure in report.failures:
        click.echo(str(failure))
    n = len(report.articles)
    if report.failures:
        err.print(f"{len(report.failures)} failures ({n} articles checked)", highlight=False)
        sys.exit(1)
    if n:
        err.print(f"{n} articles checked: every summary fresh and grounded", highlight=False)
    else:
        err.print("no article among the files given; no orphaned summaries", highlight=False)


@click.command()
@click.option("--dir", "folder", type=click.Path(file_okay=False, path_type=Path),
              default=Path("schemas"), show_default=True, help="Where the schema files live.")
@click.option("--check", is_flag=True, help="Exit 1 if the files differ from the models (drift).")
def schema(folder: Path, check: bool) -> None:
    """Write the JSON Schemas of the records to schemas/ (or check them)."""
    if check:
        stale = schemas.drift(folder)
        if stale:
            error_line(f"schema drift: {', '.join(stale)} differ from the models; "
                        "run `summarizer schema` and commit the result")
            sys.exit(1)
        click.echo(f"schemas in {folder} are up to date")
        return
    for path in schemas.write(folder):
        click.echo(f"wrote {path}")


@click.command("eval", epilog=EXIT_CODES)
@click.argument("gold", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@engine_options
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@click.option("--worst", type=click.IntRange(min=0), default=5, show_default=True,
              help="How many lowest-scoring articles to list.")
@debug_option
def eval_command(gold: Path, as_json: bool, worst: int, debug: bool, **flags: Any) -> None:
    """Score an engine's quotes, positions, experts, preconditions and language against GOLD.jsonl.

    \b
    Examples:
      summarizer eval gold.jsonl --engine rules
      summarizer eval gold.jsonl --model qwen2.5:7b --json > report.json
    """
    import json

    from ..evaluate import evaluate, load_gold
    from ..pipeline import Summarizer
    from ..render import print_eval

    try:
        items = load_gold(gold)
        with Summarizer(resolve(**flags)) as run:
            report = evaluate(items, run.summarize, worst=worst)
    except SummarizerError as e:
        fail(e, debug)
    if as_json:
        click.echo(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
    else:
        print_eval(report, gold.name, Console())


@click.group("local")
def local_group() -> None:
    """The embedded local model: keep a server running, or inspect the setup."""


@local_group.command("serve")
@click.option("--port", type=click.IntRange(1, 65535), default=8765, show_default=True,
              help="Port on 127.0.0.1 to listen on.")
@click.option("--model", "model_path", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Another GGUF file instead of the embedded model.")
@click.option("--log", "log_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Append the server's own output (load and timing lines) to this file.")
@debug_option
def local_serve(port: int, model_path: Path | None, log_path: Path | None, debug: bool) -> None:
    """Run the embedded model on 127.0.0.1 until Ctrl-C, for repeated runs.

    \b
    Example:
      summarizer local serve --port 8765
      OPENAI_BASE_URL=http://127.0.0.1:8765/v1 summarizer summarize a.md
    """
    from .. import local
    from ..errors import LocalModelError

    try:
        if model_path is None:
            with progress(disable=not err.is_terminal) as bar:
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
        fail(e, debug)


@local_group.command("info")
@click.option("--json", "as_json", is_flag=True, help="Print the facts as JSON.")
def local_info(as_json: bool) -> None:
    """Show the embedded model's file, size and hash state, and whether its runtime is installed."""
    import json

    from .. import local
    from ..render import print_facts

    facts = local.info()
    if as_json:
        click.echo(json.dumps(facts, indent=2))
    else:
        print_facts(facts, Console())
