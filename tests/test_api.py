"""The Python API: summarize() and asummarize() take text or a path."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

import summarizer
from summarizer import ArticleSummary, InputError

from .conftest import EXAMPLES


def test_summarize_takes_text_and_reports_its_sha256():
    text = (EXAMPLES / "en_port_dispute.md").read_text(encoding="utf-8")
    result = summarizer.summarize(text, engine="rules")
    assert isinstance(result, ArticleSummary)
    assert result.article.source == "<text>" and result.article.chars == len(text)
    assert all(text[q.span[0] : q.span[1]] == q.text for q in result.quotes)


def test_summarize_takes_a_path_object_or_a_path_string():
    path = EXAMPLES / "zh_trade_talks.txt"
    by_path = summarizer.summarize(path, engine="rules")
    by_str = summarizer.summarize(str(path), engine="rules")
    assert by_path.article.sha256 == by_str.article.sha256
    assert by_path.article.language == "zh" and by_path.article.source == str(path)


def test_asummarize_gives_the_same_records():
    path = EXAMPLES / "zh_trade_talks.txt"
    result = asyncio.run(summarizer.asummarize(path, engine="rules"))
    assert result.quotes == summarizer.summarize(path, engine="rules").quotes


def test_empty_text_raises_input_error():
    with pytest.raises(InputError):
        summarizer.summarize("   \n ", engine="rules")


def test_public_surface_is_small_and_listed():
    assert set(summarizer.__all__) >= {"summarize", "asummarize", "ArticleSummary", "Quote"}
    assert isinstance(summarizer.Summarizer, type)
    assert Path(summarizer.__file__).name == "__init__.py"
