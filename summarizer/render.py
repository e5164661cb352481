"""The rich terminal views: a summary, an evaluation report, a table of facts.

The plain formats (JSON, JSONL, Markdown) are in :mod:`summarizer.output`.
"""

from __future__ import annotations

from typing import Any

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from .oneline import short as _short
from .records import ArticleSummary


def print_summary(result: ArticleSummary, console: Console) -> None:
    """The terminal view."""
    a = result.article
    head = Text.assemble((a.title or a.source or "Article", "bold"),
                         f"\n{a.language} · {a.chars} chars · sha256 {a.sha256[:12]}")
    parts: list[object] = [head]
    if result.summary:
        parts += [Text(""), Text(result.summary)]
    console.print(Panel(Group(*parts), border_style="cyan"))

    if result.quotes:
        t = Table(title="Quotes", show_lines=False, expand=True)
        t.add_column("speaker", style="bold", max_width=24)
        t.add_column("quote", ratio=3)
        t.add_column("span", no_wrap=True)
        t.add_column("match", no_wrap=True)
        for q in result.quotes:
            who = q.speaker + (f"\n[dim]{q.speaker_role}[/dim]" if q.speaker_role else "")
            t.add_row(who, _short(q.text, 160), f"{q.span[0]}–{q.span[1]}",
                      q.match + (" (cues)" if q.source == "cues" else ""))
        console.print(t)
    if result.positions:
        t = Table(title="Positions", expand=True)
        t.add_column("holder", style="bold", max_width=24)
        t.add_column("topic", max_width=30)
        t.add_column("stance", ratio=3)
        for p in result.positions:
            t.add_row(p.holder, p.topic, p.stance)
        console.print(t)
    if result.expert_assessments:
        t = Table(title="Expert assessments", expand=True)
        t.add_column("expert", style="bold", max_width=30)
        t.add_column("assessment", ratio=3)
        for e in result.expert_assessments:
            who = e.expert + "".join(f"\n[dim]{x}[/dim]" for x in (e.title, e.affiliation) if x)
            body = e.assessment + (f"\n[italic]Prediction:[/italic] {e.prediction}" if e.prediction else "")
            t.add_row(who, body)
        console.print(t)
    if result.preconditions:
        t = Table(title="Stated preconditions", expand=True)
        t.add_column("stated by", style="bold", max_width=20)
        t.add_column("if", ratio=2)
        t.add_column("then", ratio=2)
        t.add_column("to", max_width=16)
        for c in result.preconditions:
            t.add_row(c.stated_by, c.condition, c.consequence, c.addressed_to or "")
        console.print(t)
    if not (result.quotes or result.positions or result.expert_assessments or result.preconditions):
        console.print("[dim]No quotes, positions, assessments or preconditions found.[/dim]")
    for w in result.warnings:
        console.print(f"[yellow]warning[/yellow] {w.code}: {w.message}"
                      + (f" [dim]({_short(w.item, 50)})[/dim]" if w.item else ""))
    p = result.provenance
    console.print(f"[dim]{p.engine} · {p.model or '-'} @ {p.endpoint_host or '-'} · "
                  f"{p.prompt_tokens}+{p.completion_tokens} tokens · {p.calls} calls, "
                  f"{p.attempts} attempts · prompts {p.prompt_version or '-'}[/dim]")


def print_eval(report: Any, title: str, console: Console) -> None:
    """An evaluation report (:class:`~summarizer.evaluate.EvalReport`): totals, then the worst articles."""
    table = Table(title=f"{title}: {len(report.articles)} articles, {report.seconds:.1f} s, "
                  f"{report.tokens} tokens, {report.errors} errors")
    for col in ("record type", "gold", "predicted", "precision", "recall", "F1", "checks"):
        table.add_column(col, justify="left" if col in ("record type", "checks") else "right")
    for r in report.rows():
        table.add_row(*r)
    console.print(table)
    if report.worst:
        rows = Table(title="worst articles")
        for col in ("article", "P", "R", "speaker", "missed / spurious / wrong speaker (first)"):
            rows.add_column(col)
        for a in report.worst:
            first = (a.missed[:1] or a.spurious[:1] or [w["quote"] for w in a.wrong_speakers[:1]] or [""])[0]
            rows.add_row(a.id, f"{a.precision:.2f}", f"{a.recall:.2f}",
                         f"{a.speaker_right}/{a.speaker_scored}", (a.error or first)[:60])
        console.print(rows)


def print_facts(facts: dict[str, Any], console: Console) -> None:
    """Key/value facts as a two-column table (``local info``)."""
    table = Table(show_header=False, box=None)
    table.add_column(style="bold", no_wrap=True)
    table.add_column(overflow="fold")
    for key, value in facts.items():
        table.add_row(key.replace("_", " "), "-" if value is None else str(value))
    console.print(table)
