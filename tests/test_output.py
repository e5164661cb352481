"""Where records go: one JSON array, one Markdown document, atomic files, resumable JSONL.

Every run uses ``--engine rules`` (no model). The articles are constructed for
these tests.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from summarizer import output
from summarizer.article import from_text
from summarizer.cli import main
from summarizer.config import Settings
from summarizer.output import Writer, repair_tail
from summarizer.pipeline import Summarizer

ARTICLES = {
    "council.md": "---\ntitle: Council delays the fare vote\n---\n# Council delays the fare vote\n\n"
                  "The council met on Tuesday.\n\n“We need more time,” said chair Ana Reyes.\n",
    "ferry.txt": "Ferry fares stay put\n\nThe ferry board kept fares unchanged.\n\n"
                 "“Nobody should pay more this winter,” said director Lee Park.\n",
    "bridge.txt": "大桥推迟通车\n\n交通局周三表示，大桥将推迟通车。\n\n局长周明说：“安全检测必须全部完成。”\n",
}


@pytest.fixture
def articles(tmp_path: Path) -> list[str]:
    paths = []
    for name, text in ARTICLES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        paths.append(str(tmp_path / name))
    return paths


def rules(*args: str):
    return CliRunner().invoke(main, ["summarize", "--engine", "rules", *args])


def sources(records: list[dict]) -> list[str]:
    return [r["article"]["source"] for r in records]


def test_several_articles_as_json_to_a_file_are_one_array_of_all(articles, tmp_path):
    out = tmp_path / "out.json"
    result = rules("-f", "json", "-o", str(out), *articles)
    assert result.exit_code == 0, result.output
    assert sources(json.loads(out.read_text(encoding="utf-8"))) == articles


def test_several_articles_as_json_on_stdout_are_one_array(articles):
    result = rules("-f", "json", *articles)
    assert result.exit_code == 0, result.output
    assert sources(json.loads(result.stdout)) == articles


def test_one_article_as_json_is_one_object(articles):
    result = rules("-f", "json", articles[0])
    assert json.loads(result.stdout)["article"]["source"] == articles[0]


@pytest.mark.skipif(shutil.which("jq") is None, reason="jq is not installed")
def test_json_on_stdout_pipes_into_jq(articles):
    result = rules("-f", "json", *articles)
    jq = subprocess.run(["jq", "-r", ".[].article.source"], input=result.stdout, capture_output=True,
                        text=True, check=True)
    assert jq.stdout.split() == articles


def test_several_articles_as_markdown_are_one_document_with_a_section_each(articles, tmp_path):
    out = tmp_path / "out.md"
    result = rules("-f", "md", "-o", str(out), *articles)
    assert result.exit_code == 0, result.output
    headings = [ln for ln in out.read_text(encoding="utf-8").splitlines() if ln.startswith("# ")]
    assert headings == ["# Council delays the fare vote", "# Ferry fares stay put", "# 大桥推迟通车"]


def test_a_bad_article_among_good_ones_loses_no_record_in_any_format(articles, tmp_path):
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    inputs = [articles[0], str(tmp_path / "empty.txt"), *articles[1:]]
    for fmt in ("json", "jsonl", "md"):
        out = tmp_path / f"all.{fmt}"
        result = rules("-f", fmt, "-o", str(out), *inputs)
        assert result.exit_code == 2
        text = out.read_text(encoding="utf-8")
        if fmt == "json":
            assert sources(json.loads(text)) == articles
        elif fmt == "jsonl":
            assert sources([json.loads(ln) for ln in text.splitlines()]) == articles
        else:
            assert text.count("\n# ") + text.startswith("# ") == 3


def _records(n: int) -> list:
    run = Summarizer(Settings(engine="rules"))
    return [run.summarize(from_text(text, source=name)) for name, text in list(ARTICLES.items())[:n]]


def test_a_file_is_replaced_in_one_step_so_a_failed_write_keeps_the_last_whole_file(tmp_path, monkeypatch):
    first, second = _records(2)
    out = tmp_path / "out.json"
    writer = Writer("json", out, several=True)
    writer.write(first)
    before = out.read_text(encoding="utf-8")

    def crash(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(output.os, "replace", crash)
    with pytest.raises(OSError):
        writer.write(second)
    assert out.read_text(encoding="utf-8") == before  # never half-written
    assert sources(json.loads(before)) == ["council.md"]
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]  # no temporary file left behind


def test_a_symlinked_output_stays_a_link_and_its_target_gets_the_records(tmp_path):
    first, second = _records(2)
    target = tmp_path / "real" / "out.json"
    target.parent.mkdir()
    link = tmp_path / "out.json"
    link.symlink_to(target)
    writer = Writer("json", link, several=True)
    writer.write(first)
    writer.write(second)
    assert link.is_symlink()
    assert sources(json.loads(target.read_text(encoding="utf-8"))) == ["council.md", "ferry.txt"]


def test_each_jsonl_record_is_fsynced_before_the_next(tmp_path, monkeypatch):
    synced: list[int] = []
    real = os.fsync
    monkeypatch.setattr(output.os, "fsync", lambda fd: (synced.append(fd), real(fd)))
    out = tmp_path / "out.jsonl"
    writer = Writer("jsonl", out, several=True)
    for i, record in enumerate(_records(3), 1):
        writer.write(record)
        assert len(synced) == i and len(out.read_text(encoding="utf-8").splitlines()) == i


def test_rich_view_cannot_go_to_a_file(articles, tmp_path):
    result = rules("-f", "rich", "-o", str(tmp_path / "out.txt"), articles[0])
    assert result.exit_code == 2 and "-f rich" in result.stderr


# --- resume ---------------------------------------------------------------

def test_repair_tail_cuts_only_a_line_without_its_newline(tmp_path):
    path = tmp_path / "x.jsonl"
    path.write_bytes(b'{"a": 1}\n{"b": 2}\n')
    assert repair_tail(path) == 0 and path.read_bytes() == b'{"a": 1}\n{"b": 2}\n'
    path.write_bytes(b'{"a": 1}\n{"b": 2')
    assert repair_tail(path) == 7 and path.read_bytes() == b'{"a": 1}\n'
    path.write_bytes(b'{"a"')
    assert repair_tail(path) == 4 and path.read_bytes() == b""


def test_resume_after_a_cut_at_every_byte_of_the_last_line_gives_valid_jsonl_with_each_article_once(
        articles, tmp_path):
    two = articles[1:]  # the shortest records: a rerun per byte offset
    out = tmp_path / "out.jsonl"
    assert rules("-o", str(out), *two).exit_code == 0
    whole = out.read_bytes()
    first, last = whole.splitlines(keepends=True)
    for cut in range(len(last)):
        out.write_bytes(first + last[:cut])
        result = rules("-o", str(out), *two)
        assert result.exit_code == 0, (cut, result.output)
        assert ("torn last line" in result.stderr) == (cut > 0), cut
        lines = out.read_bytes().splitlines(keepends=True)
        assert all(ln.endswith(b"\n") for ln in lines), cut
        assert sorted(sources([json.loads(ln) for ln in lines])) == sorted(two), cut
