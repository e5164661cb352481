"""Articles repositories for the pre-commit tests: constructed articles and grounded summaries.

The articles are written for these tests (no real outlet, no real event). A
summary is built by hand rather than by an engine, so that each test knows
exactly which quotes and spans it holds, and an engine's changes cannot move them.
"""

from __future__ import annotations

import re
from datetime import datetime, timezone
from pathlib import Path

from summarizer import __version__
from summarizer.article import Article, load_path
from summarizer.pipeline import article_info
from summarizer.records import ArticleSummary, Position, Provenance, Quote, Span

ARTICLES = {
    "articles/en/harbour_fees.md": """---
title: Harbour board doubles mooring fees
date: 2031-04-02
---
# Harbour board doubles mooring fees

The Eastmere harbour board voted on Tuesday to double mooring fees from June.

“We have no other way to pay for the breakwater,” said board chair Odile Varga.
Fishermen's association secretary Tomas Brand said the vote was “a tax on the smallest boats”.

If the council does not cover half the repair bill, the board will raise fees again in 2032.
""",
    "articles/zh/bridge.txt": """青石县新桥推迟通车

青石县交通局周三表示，新建的河口大桥将推迟三个月通车。
局长周明远说：“安全检测必须全部完成，我们不会赶工期。”
县人大代表林秀英表示，推迟“给沿河商户带来了实际损失”。
""",
    "articles/en/library.html": """<!doctype html>
<html><head><title>Library keeps late hours</title>
<script>var tracking = "not article text";</script></head>
<body><article>
<h1>Library keeps late hours</h1>
<p>The Northgate public library will stay open until midnight during exam weeks.</p>
<p>“Students asked for a quiet place after the cafés close,” said librarian Ines Okafor.</p>
</article></body></html>
""",
}

_QUOTED = re.compile(r"[“「]([^”」]+)[”」]")


def grounded_summary(article: Article) -> ArticleSummary:
    """A valid summary of ``article``: every quoted passage as a quote, the first sentence as evidence."""
    text = article.text
    quotes = [
        Quote(speaker="unnamed", text=m.group(1), span=(m.start(1), m.end(1)), match="exact", source="cues")
        for m in _QUOTED.finditer(text)
    ]
    first = article.sentences[0]
    lead = Span(start=first.start, end=first.end, text=first.text, match="exact")
    return ArticleSummary(
        article=article_info(article),
        summary=first.text,
        quotes=quotes,
        positions=[Position(holder="the article", topic="its lead", stance="As its first sentence says.",
                            evidence=[lead], source="cues")],
        provenance=Provenance(engine="rules", summarizer_version=__version__,
                              created_at=datetime(2031, 1, 1, tzinfo=timezone.utc)),
    )


def write_article(root: Path, rel: str, text: str | None = None) -> Path:
    """Write one of ARTICLES (or ``text``) at ``root/rel``."""
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(ARTICLES[rel] if text is None else text, encoding="utf-8")
    return path


def write_summary_for(root: Path, rel: str, summary_rel: str | None = None) -> Path:
    """Write the grounded summary of the article at ``root/rel`` where the default layout puts it."""
    target = root / (summary_rel or rel + ".summary.json")
    target.parent.mkdir(parents=True, exist_ok=True)
    article = load_path(root / rel)
    target.write_text(grounded_summary(article).model_dump_json(indent=2) + "\n", encoding="utf-8")
    return target


def write_pairs(root: Path) -> list[str]:
    """Every article of ARTICLES with its fresh summary; returns the article paths."""
    for rel in ARTICLES:
        write_article(root, rel)
        write_summary_for(root, rel)
    return list(ARTICLES)
