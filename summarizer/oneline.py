"""One-line renderings of text for tables, reports and error lines."""

from __future__ import annotations


def short(text: str | None, n: int = 90) -> str:
    """One line of at most ``n`` characters (whitespace runs become one space)."""
    text = " ".join((text or "").split())
    return text if len(text) <= n else text[: n - 1] + "…"
