"""Show an ArticleSummary: a rich terminal view, JSON/JSONL, or Markdown."""

from __future__ import annotations

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from .records import ArticleSummary


def to_json(result: ArticleSummary, *, indent: int | None = 2) -> str:
    """JSON for one record (``indent=None`` gives one line, for JSONL)."""
    return result.model_dump_json(indent=indent)


def _short(text: str | None, n: int = 90) -> str:
    text = (text or "").replace("\n", " ")
    return text if len(text) <= n else text[: n - 1] + "…"


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
            text = _short(q.text).replace("|", "\\|")
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
            lines.append(f"- **{c.stated_by}**{to}: if {c.condition}, then {c.consequence}")
        lines.append("")
    if result.warnings:
        lines += ["## Warnings", ""] + [f"- {w.code}: {w.message}" for w in result.warnings] + [""]
    p = result.provenance
    lines.append(f"_{p.engine} · {p.model or '-'} · {p.prompt_tokens}+{p.completion_tokens} tokens · "
                 f"schema {p.schema_version}_")
    return "\n".join(lines) + "\n"


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
