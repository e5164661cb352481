"""`summarizer summarize --missing` (the summarize hook's command) against a real model's answers.

It replays cassettes/test_recorded/ (recorded from the embedded model by
`.ci/record`): the requests for the Chinese example are the same whether the
article comes through `summarize()` or through the hook's command.
"""

from __future__ import annotations

import json
import shutil

import pytest
from click.testing import CliRunner

from summarizer.article import load_path
from summarizer.check import check
from summarizer.cli import main
from summarizer.repo import Layout

from .conftest import CASSETTES, EXAMPLES, RECORD_BASE_URL, RECORD_MODEL, SENTINEL_KEY, made_of_sentences

CASSETTE = str(CASSETTES / "test_recorded"
               / "test_example_article_gives_grounded_attributed_quotes[zh_trade_talks.txt].yaml")


def _sentences(root) -> list[str]:
    return [s.text for s in load_path(root / "articles" / "talks.txt").sentences]


@pytest.mark.vcr(CASSETTE)
@pytest.mark.recorded
def test_missing_summary_is_made_by_the_model_then_checks_clean(tmp_path, monkeypatch):
    (tmp_path / "articles").mkdir()
    shutil.copy(EXAMPLES / "zh_trade_talks.txt", tmp_path / "articles" / "talks.txt")
    monkeypatch.chdir(tmp_path)
    for var, value in {"OPENAI_BASE_URL": RECORD_BASE_URL, "OPENAI_API_KEY": SENTINEL_KEY,
                       "SUMMARIZER_MODEL": RECORD_MODEL, "SUMMARIZER_MODE": "llamacpp", "SUMMARIZER_PROFILE": "small",
                       "SUMMARIZER_RETRIES": "1"}.items():
        monkeypatch.setenv(var, value)

    result = CliRunner().invoke(main, ["summarize", "--missing"])
    assert result.exit_code == 1, result.output  # like black: it wrote something
    summary_path = tmp_path / "articles" / "talks.txt.summary.json"
    data = json.loads(summary_path.read_text(encoding="utf-8"))
    assert data["provenance"]["engine"] == "llm" and data["quotes"]
    # Only the model gives this: the sentences it chose as the summary (its positions on this
    # article are views that join the cues' records of their holders: pipeline.brief).
    assert data["summary"] and made_of_sentences(data["summary"], _sentences(tmp_path))
    assert SENTINEL_KEY not in summary_path.read_text(encoding="utf-8")
    checked = check(Layout.from_config(tmp_path))
    assert checked.ok and checked.articles == ["articles/talks.txt"]

    again = CliRunner().invoke(main, ["summarize", "--missing"])
    assert again.exit_code == 0, again.output  # fresh: no model call (the cassette is used up)
