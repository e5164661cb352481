"""The gold format (see ../shared/eval/README.md and README.md, "Gold format"): reading and checking it."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import InputError


@dataclass(frozen=True)
class GoldQuote:
    """One annotated quote; ``span`` indexes the article text (``text`` is for reading)."""

    text: str
    span: tuple[int, int]
    speaker: str = ""
    speaker_is_pronoun: bool = False
    mixed: bool = False


@dataclass
class GoldArticle:
    """One gold line. Positions, experts and preconditions are kept as the annotators wrote them.

    ``quotes_annotated`` is False when the quote list is not gold (quote scores
    skip the article); ``optional_quotes`` are neither missed nor spurious;
    ``not_quotes`` are quoted strings that are not speech. ``annotated`` names
    the record types the line has gold for (a missing key is not "none").
    """

    id: str
    text: str
    lang: str | None = None
    title: str | None = None
    quotes: list[GoldQuote] = field(default_factory=list)
    positions: list[dict[str, Any]] = field(default_factory=list)
    experts: list[dict[str, Any]] = field(default_factory=list)
    preconditions: list[dict[str, Any]] = field(default_factory=list)
    quotes_annotated: bool = True
    optional_quotes: list[GoldQuote] = field(default_factory=list)
    not_quotes: list[str] = field(default_factory=list)
    annotated: frozenset[str] = frozenset({"positions", "experts", "preconditions"})


def load_gold(path: str | Path) -> list[GoldArticle]:
    """Read a gold JSONL file (one article per line).

    Raises:
        InputError: the file is missing or a line is not valid gold.
    """
    p = Path(path)
    try:
        lines = p.read_text(encoding="utf-8").splitlines()
    except OSError as e:
        raise InputError(f"{p}: cannot read gold file ({e.strerror or e})") from e
    out: list[GoldArticle] = []
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            out.append(parse_gold(json.loads(line)))
        except (ValueError, KeyError, TypeError) as e:
            raise InputError(f"{p}:{n}: not a gold article ({e})") from e
    return out


def _quotes(items: list[dict[str, Any]], text: str) -> list[GoldQuote]:
    out: list[GoldQuote] = []
    for q in items:
        start, end = _span(q["quote_span"], text, "quote_span")
        # The span is authoritative; annotators' ``text`` may drop a trailing comma.
        out.append(
            GoldQuote(q.get("text") or text[start:end], (start, end), q.get("speaker") or "",
                      bool(q.get("speaker_is_pronoun")), bool(q.get("mixed")))
        )  # fmt: skip
    return out


def _span(value: Any, text: str, name: str) -> tuple[int, int]:
    start, end = (int(x) for x in value)
    if not 0 <= start <= end <= len(text):
        raise ValueError(f"{name} {start}:{end} is outside the text")
    return start, end


def _records(items: Any, text: str, kind: str) -> list[dict[str, Any]]:
    if not isinstance(items, list) or not all(isinstance(r, dict) for r in items):
        raise ValueError(f"{kind} is not a list of objects")
    for r in items:
        if r.get("evidence_span") is not None:
            r["evidence_span"] = _span(r["evidence_span"], text, f"{kind} evidence_span")
    return list(items)


def parse_gold(item: dict[str, Any]) -> GoldArticle:
    """One gold object; every span is checked to lie inside the text."""
    text = item["text"]
    return GoldArticle(
        id=str(item["id"]), text=text, lang=item.get("lang"), title=item.get("title"),
        quotes=_quotes(item.get("gold_quotes", []), text),
        positions=_records(item.get("gold_positions", []), text, "gold_positions"),
        experts=_records(item.get("gold_experts", []), text, "gold_experts"),
        preconditions=_records(item.get("gold_preconditions", []), text, "gold_preconditions"),
        quotes_annotated=item.get("quotes_annotated") is not False,
        optional_quotes=_quotes(item.get("optional_quotes", []), text),
        not_quotes=[str(s) for s in item.get("not_quotes", [])],
        annotated=frozenset(k for k in ("positions", "experts", "preconditions") if f"gold_{k}" in item),
    )  # fmt: skip
