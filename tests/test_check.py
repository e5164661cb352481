"""The pre-commit rules, one by one: layout, pair checks, orphans, refresh, and their CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from summarizer.article import Article
from summarizer.check import check, examine, refresh
from summarizer.cli import main
from summarizer.errors import ConfigError, ExtractionError, ProviderError
from summarizer.records import ArticleSummary
from summarizer.repo import DEFAULT_ARTICLES, Layout

from .articles_repo import ARTICLES, grounded_summary, write_article, write_pairs, write_summary_for

MD = "articles/en/harbour_fees.md"
ZH = "articles/zh/bridge.txt"
HTML = "articles/en/library.html"


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A repository of three fresh, grounded pairs (default layout), as the current directory."""
    write_pairs(tmp_path)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def layout(root: Path, **kw) -> Layout:
    return Layout(root=root, **kw)


def kinds(root: Path, files=None, **kw) -> list[tuple[str, str]]:
    return [(f.path, f.kind) for f in check(layout(root, **kw), files).failures]


def edit_json(path: Path, change) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


class CountingRun:
    """Stands in for a Summarizer: counts calls, answers with a grounded summary."""

    def __init__(self, error: Exception | None = None) -> None:
        self.calls: list[str] = []
        self.error = error

    def summarize(self, article: Article) -> ArticleSummary:
        self.calls.append(article.source or "")
        if self.error:
            raise self.error
        return grounded_summary(article)


# --- which files are articles, where summaries go ---------------------------


def test_default_globs_take_text_markdown_and_html_under_articles(tmp_path):
    lay = layout(tmp_path)
    assert lay.articles == DEFAULT_ARTICLES
    for rel in ("articles/a.md", "articles/x/y/z.html", "articles/b.txt"):
        assert lay.is_article(rel), rel
    for rel in ("README.md", "docs/a.md", "articles/a.pdf", "articles/a.md.summary.json", "articlesx/a.md"):
        assert not lay.is_article(rel), rel


def test_single_star_stays_in_one_folder_and_double_star_spans_folders(tmp_path):
    lay = layout(tmp_path, articles=("news/*.md", "wire/**/*.txt"))
    assert lay.is_article("news/a.md")
    assert not lay.is_article("news/2024/a.md")
    assert lay.is_article("wire/a.txt") and lay.is_article("wire/2024/05/a.txt")


def test_exclude_globs_win_over_article_globs(tmp_path):
    lay = layout(tmp_path, exclude=("articles/drafts/**",))
    assert not lay.is_article("articles/drafts/a.md")
    assert lay.is_article("articles/final/a.md")


def test_summary_sits_next_to_its_article_under_the_whole_file_name(tmp_path):
    lay = layout(tmp_path)
    assert lay.summary_path("articles/a.md") == "articles/a.md.summary.json"
    assert lay.summary_path("articles/a.txt") != lay.summary_path("articles/a.md")
    assert lay.article_of_summary("articles/a.md.summary.json") == "articles/a.md"
    assert lay.article_of_summary("other/a.md.summary.json") is None  # not an article's summary


def test_summary_dir_mirrors_the_article_path(tmp_path):
    lay = layout(tmp_path, summary_dir="summaries")
    assert lay.summary_path("articles/en/a.md") == "summaries/articles/en/a.md.summary.json"
    assert lay.article_of_summary("summaries/articles/en/a.md.summary.json") == "articles/en/a.md"
    assert lay.article_of_summary("articles/en/a.md.summary.json") is None


def test_layout_comes_from_tool_summarizer_in_pyproject(tmp_path):
    (tmp_path / "pyproject.toml").write_text(
        '[tool.summarizer]\narticles = ["news/**/*.md"]\nexclude = "news/drafts/**"\n'
        'summary_dir = "./summaries/"\nengine = "rules"\n', encoding="utf-8")
    lay = Layout.from_config(tmp_path)
    assert (lay.articles, lay.exclude, lay.summary_dir) == (("news/**/*.md",), ("news/drafts/**",), "summaries")


def test_layout_comes_from_the_top_of_summarizer_toml(tmp_path):
    (tmp_path / "summarizer.toml").write_text('articles = ["*.txt"]\n', encoding="utf-8")
    assert Layout.from_config(tmp_path).articles == ("*.txt",)


@pytest.mark.parametrize("line", ["articles = 3", 'articles = [""]', 'summary_dir = "../elsewhere"',
                                  "summary_dir = 1"])
def test_bad_layout_configuration_is_a_config_error(tmp_path, line):
    (tmp_path / "pyproject.toml").write_text(f"[tool.summarizer]\n{line}\n", encoding="utf-8")
    with pytest.raises(ConfigError):
        Layout.from_config(tmp_path)


def test_walk_finds_articles_and_summaries_and_skips_hidden_folders(repo):
    write_article(repo, "articles/.trash/old.md", "an old article")
    write_article(repo, "README.md", "not an article")
    articles, summaries = layout(repo).walk()
    assert articles == sorted(ARTICLES)
    assert summaries == sorted(a + ".summary.json" for a in ARTICLES)


# --- one pair -------------------------------------------------------------


def test_fresh_grounded_pairs_pass_in_every_format(repo):
    report = check(layout(repo))
    assert report.failures == []
    assert sorted(report.articles) == sorted(ARTICLES)


def test_html_offsets_index_the_extracted_text(repo):
    pair = examine(layout(repo), HTML)
    assert pair.fresh
    q = pair.summary.quotes[0]
    assert pair.article.text[q.span[0]:q.span[1]] == q.text
    assert "tracking" not in pair.article.text


def test_article_without_summary_is_missing(repo):
    write_article(repo, "articles/en/new.md", "A new article with no summary yet.\n")
    assert kinds(repo) == [("articles/en/new.md", "missing")]


def test_malformed_json_is_invalid(repo):
    (repo / (ZH + ".summary.json")).write_text('{"schema_version": "1.0", "article": ', encoding="utf-8")
    [failure] = check(layout(repo)).failures
    assert (failure.path, failure.kind) == (ZH + ".summary.json", "invalid")
    assert "not valid JSON" in failure.reason


def test_summary_that_does_not_match_the_schema_is_invalid(repo):
    edit_json(repo / (MD + ".summary.json"), lambda d: d.pop("provenance"))
    edit_json(repo / (ZH + ".summary.json"), lambda d: d.update(mood="cheerful"))
    failures = check(layout(repo)).failures
    assert {(f.path, f.kind) for f in failures} == {(MD + ".summary.json", "invalid"),
                                                     (ZH + ".summary.json", "invalid")}
    assert any("provenance" in f.reason for f in failures)


def test_edited_article_makes_its_summary_stale(repo):
    path = repo / MD
    path.write_text(path.read_text(encoding="utf-8").replace("Tuesday", "Wednesday"), encoding="utf-8")
    # Stale says it all: the spans of an old version are not checked against the new one.
    assert kinds(repo) == [(MD + ".summary.json", "stale")]


def test_a_byte_change_that_keeps_the_text_is_still_stale(repo):
    path = repo / ZH
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())  # a BOM: same decoded text, other bytes
    assert kinds(repo) == [(ZH + ".summary.json", "stale")]


def test_tampered_quote_does_not_reproduce(repo):
    def tamper(d):
        d["quotes"][0]["text"] = d["quotes"][0]["text"].replace("breakwater", "lighthouse")
    edit_json(repo / (MD + ".summary.json"), tamper)
    [failure] = check(layout(repo)).failures
    assert (failure.path, failure.kind) == (MD + ".summary.json", "ungrounded")
    assert failure.reason.startswith("quote 1 (")


def test_shifted_quote_span_does_not_reproduce(repo):
    def shift(d):
        start, end = d["quotes"][1]["span"]
        d["quotes"][1]["span"] = [start + 1, end + 1]
    edit_json(repo / (ZH + ".summary.json"), shift)
    assert kinds(repo) == [(ZH + ".summary.json", "ungrounded")]


def test_tampered_evidence_span_does_not_reproduce(repo):
    def tamper(d):
        span = d["positions"][0]["evidence"][0]
        span["text"] = span["text"][::-1]
    edit_json(repo / (HTML + ".summary.json"), tamper)
    [failure] = check(layout(repo)).failures
    assert failure.kind == "ungrounded" and failure.reason.startswith("position 1 evidence 1 (")


def test_span_past_the_end_of_the_article_does_not_reproduce(repo):
    def past(d):
        n = len(d["quotes"][0]["text"])
        d["quotes"][0]["span"] = [10_000, 10_000 + n]
    edit_json(repo / (MD + ".summary.json"), past)
    assert kinds(repo) == [(MD + ".summary.json", "ungrounded")]


def test_unreadable_article_is_reported_not_raised(repo):
    (repo / "articles/en/empty.md").write_text("  \n", encoding="utf-8")
    [failure] = check(layout(repo)).failures
    assert (failure.path, failure.kind) == ("articles/en/empty.md", "unreadable")
    assert "empty" in failure.reason


def test_every_failure_is_one_line_naming_its_file(repo):
    write_article(repo, "articles/en/new.md", "No summary.\n")
    (repo / (ZH + ".summary.json")).write_text("{", encoding="utf-8")
    (repo / MD).write_text("Changed.\n", encoding="utf-8")
    (repo / HTML).unlink()
    failures = check(layout(repo)).failures
    assert len(failures) == 4
    for f in failures:
        line = str(f)
        assert "\n" not in line and line.startswith(f.path + ": ") and (repo / f.path).exists()


# --- staged files, orphans -------------------------------------------------


def test_a_staged_summary_alone_checks_its_whole_pair(repo):
    def tamper(d):
        d["quotes"][0]["speaker"] = "someone else"
        d["quotes"][0]["text"] = "x" * len(d["quotes"][0]["text"])
    edit_json(repo / (ZH + ".summary.json"), tamper)
    assert kinds(repo, files=[ZH + ".summary.json"]) == [(ZH + ".summary.json", "ungrounded")]


def test_only_the_pairs_of_the_given_files_are_checked(repo):
    (repo / MD).write_text("Changed.\n", encoding="utf-8")
    assert kinds(repo, files=[ZH]) == []
    assert kinds(repo, files=[MD]) == [(MD + ".summary.json", "stale")]


def test_files_that_are_neither_articles_nor_their_summaries_are_ignored(repo):
    write_article(repo, "README.md", "# Read me\n")
    write_article(repo, "data/x.summary.json", "{")
    report = check(layout(repo), ["README.md", "data/x.summary.json", "/elsewhere/a.md"])
    assert report.articles == [] and report.failures == []


def test_absolute_paths_are_taken_relative_to_the_root(repo):
    (repo / MD).write_text("Changed.\n", encoding="utf-8")
    assert kinds(repo, files=[str(repo / MD)]) == [(MD + ".summary.json", "stale")]


def test_summary_of_a_deleted_article_is_an_orphan_whatever_files_are_given(repo):
    (repo / MD).unlink()
    expected = [(MD + ".summary.json", "orphan")]
    assert kinds(repo) == expected
    assert kinds(repo, files=[]) == expected  # the hook with nothing staged but the deletion
    assert kinds(repo, files=[ZH]) == expected
    assert kinds(repo, files=[MD + ".summary.json"]) == expected  # reported once


def test_renamed_article_leaves_an_orphan_and_a_missing_summary(repo):
    (repo / MD).rename(repo / "articles/en/fees.md")
    assert sorted(kinds(repo)) == [("articles/en/fees.md", "missing"), (MD + ".summary.json", "orphan")]


def test_pairs_in_a_summary_dir(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    lay = layout(tmp_path, summary_dir="summaries")
    for rel in ARTICLES:
        write_article(tmp_path, rel)
        write_summary_for(tmp_path, rel, lay.summary_path(rel))
    assert check(lay).failures == []
    (tmp_path / ZH).unlink()
    assert [(f.path, f.kind) for f in check(lay, []).failures] == [(lay.summary_path(ZH), "orphan")]


def test_summary_dir_orphan_when_its_article_is_no_longer_an_article(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    lay = layout(tmp_path, summary_dir="summaries")
    write_article(tmp_path, MD)
    write_summary_for(tmp_path, MD, lay.summary_path(MD))
    narrower = layout(tmp_path, summary_dir="summaries", exclude=("articles/en/**",))
    [failure] = check(narrower).failures
    assert failure.kind == "orphan" and "not an article" in failure.reason


# --- refresh (the summarize hook) ------------------------------------------


def test_refresh_never_calls_the_model_for_a_fresh_summary(repo):
    before = {rel: (repo / (rel + ".summary.json")).read_bytes() for rel in ARTICLES}
    run = CountingRun()
    report = refresh(layout(repo), None, run)
    assert run.calls == [] and report.written == []
    assert before == {rel: (repo / (rel + ".summary.json")).read_bytes() for rel in ARTICLES}


def test_refresh_makes_missing_invalid_and_stale_summaries_and_only_those(repo):
    write_article(repo, "articles/en/new.md", "A new article. “Quoted words,” said someone.\n")
    (repo / (ZH + ".summary.json")).write_text("{", encoding="utf-8")
    (repo / MD).write_text((repo / MD).read_text(encoding="utf-8") + "\nA late paragraph.\n", encoding="utf-8")
    run = CountingRun()
    report = refresh(layout(repo), None, run)
    assert sorted(report.written) == sorted([("articles/en/new.md.summary.json", "missing"),
                                            (ZH + ".summary.json", "invalid"),
                                            (MD + ".summary.json", "stale")])
    assert sorted(run.calls) == sorted(["articles/en/new.md", ZH, MD])  # sources are repository paths
    assert check(layout(repo)).failures == []


def test_refresh_of_given_files_touches_only_their_pairs(repo):
    (repo / MD).write_text("Changed.\n", encoding="utf-8")
    (repo / ZH).write_text("也改了。\n", encoding="utf-8")
    run = CountingRun()
    report = refresh(layout(repo), [ZH + ".summary.json"], run)
    assert report.written == [(ZH + ".summary.json", "stale")] and run.calls == [ZH]


def test_refresh_leaves_a_hand_edited_fresh_summary_for_a_person(repo):
    edit_json(repo / (MD + ".summary.json"), lambda d: d["quotes"][0].update(text="x" * len(d["quotes"][0]["text"])))
    run = CountingRun()
    assert refresh(layout(repo), [MD], run).written == [] and run.calls == []
    assert kinds(repo) == [(MD + ".summary.json", "ungrounded")]


def test_refresh_reports_an_unreadable_article_and_goes_on(repo):
    (repo / "articles/en/empty.md").write_text("", encoding="utf-8")
    (repo / MD).write_text("Changed.\n", encoding="utf-8")
    report = refresh(layout(repo), None, CountingRun())
    assert [name for name, _ in report.failed] == ["articles/en/empty.md"]
    assert report.written == [(MD + ".summary.json", "stale")]


def test_refresh_skips_an_article_whose_model_answer_fails_and_goes_on(repo):
    (repo / MD).write_text("Changed.\n", encoding="utf-8")
    (repo / ZH).write_text("也改了。\n", encoding="utf-8")
    report = refresh(layout(repo), None, CountingRun(ExtractionError("no valid answer")))
    assert len(report.failed) == 2 and not report.stopped
    assert kinds(repo) != []  # nothing was written over the stale summaries


def test_refresh_stops_when_the_provider_fails(repo):
    (repo / MD).write_text("Changed.\n", encoding="utf-8")
    (repo / ZH).write_text("也改了。\n", encoding="utf-8")
    run = CountingRun(ProviderError("connection refused"))
    report = refresh(layout(repo), None, run)
    assert report.stopped and len(run.calls) == 1 and len(report.failed) == 1


def test_refresh_writes_into_a_summary_dir(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write_article(tmp_path, HTML)
    lay = layout(tmp_path, summary_dir="out/summaries")
    assert refresh(lay, [HTML], CountingRun()).written == [(lay.summary_path(HTML), "missing")]
    assert check(lay).failures == []


# --- the CLI ----------------------------------------------------------------


def test_cli_check_prints_one_line_per_failure_and_exits_1(repo):
    (repo / MD).write_text("Changed.\n", encoding="utf-8")
    (repo / HTML).unlink()
    result = CliRunner().invoke(main, ["check"])
    assert result.exit_code == 1
    stale, orphan = sorted(result.stdout.splitlines())
    assert stale.startswith(f"{MD}.summary.json: stale: {MD} changed since this summary was written")
    assert orphan == f"{HTML}.summary.json: orphaned summary: its article {HTML} does not exist"


def test_cli_check_passes_on_a_clean_repository(repo):
    result = CliRunner().invoke(main, ["check"])
    assert result.exit_code == 0 and result.stdout == ""
    assert "3 articles checked" in result.stderr


def test_cli_check_files_only_with_no_files_checks_only_for_orphans(repo):
    (repo / MD).write_text("Changed.\n", encoding="utf-8")
    assert CliRunner().invoke(main, ["check", "--files-only"]).exit_code == 0
    assert CliRunner().invoke(main, ["check", "--files-only", MD]).exit_code == 1
    (repo / ZH).unlink()
    assert CliRunner().invoke(main, ["check", "--files-only"]).exit_code == 1


def test_cli_check_bad_configuration_exits_2(repo):
    (repo / "pyproject.toml").write_text("[tool.summarizer]\narticles = 3\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["check"])
    assert result.exit_code == 2 and "articles" in result.stderr


def test_cli_summarize_missing_writes_exits_1_then_0(repo):
    (repo / MD).write_text((repo / MD).read_text(encoding="utf-8") + "\nA late paragraph.\n", encoding="utf-8")
    first = CliRunner().invoke(main, ["summarize", "--missing", "--engine", "rules"])
    assert first.exit_code == 1, first.output
    assert first.stdout == f"wrote {MD}.summary.json (the article changed)\n"
    second = CliRunner().invoke(main, ["summarize", "--missing", "--engine", "rules"])
    assert second.exit_code == 0 and second.stdout == ""
    assert CliRunner().invoke(main, ["check"]).exit_code == 0


def test_cli_summarize_missing_with_an_unreachable_provider_and_fresh_summaries_succeeds(repo):
    result = CliRunner().invoke(main, ["summarize", "--missing", "--base-url", "http://127.0.0.1:9/v1",
                                       "--retries", "1", *ARTICLES])
    assert result.exit_code == 0, result.output


def test_cli_summarize_without_articles_needs_missing(repo):
    result = CliRunner().invoke(main, ["summarize"])
    assert result.exit_code == 2 and "ARTICLE" in result.stderr


def test_cli_summarize_missing_refuses_an_output_file(repo):
    result = CliRunner().invoke(main, ["summarize", "--missing", "-o", "out.jsonl"])
    assert result.exit_code == 2 and "--missing" in result.stderr


def test_cli_check_of_a_path_that_is_not_an_article_is_exit_2_naming_the_globs(repo):
    write_article(repo, "notes/missing.txt", "A note, not an article.")
    for path in ("notes/missing.txt", "no/such/file.txt"):
        result = CliRunner().invoke(main, ["check", path])
        assert result.exit_code == 2, path
        line = result.stderr.strip()
        assert line.startswith(f"error: {path}: not an article or summary under [tool.summarizer] "
                               "articles = articles/**/*.txt, articles/**/*.md, articles/**/*.html")
        assert "fresh and grounded" not in result.output


def test_cli_check_that_finds_no_article_at_all_says_so_and_exits_2(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "pyproject.toml").write_text('[tool.summarizer]\narticles = ["news/*.md"]\n',
                                             encoding="utf-8")
    result = CliRunner().invoke(main, ["check"])
    assert result.exit_code == 2
    assert "no articles found: nothing matches [tool.summarizer] articles = news/*.md" in result.stderr
    assert "fresh and grounded" not in result.output


def test_cli_check_files_only_ignores_other_files_as_the_hook_passes_them(repo):
    write_article(repo, "README.md", "Not an article.")
    result = CliRunner().invoke(main, ["check", "--files-only", "README.md"])
    assert result.exit_code == 0, result.output
    assert "fresh and grounded" not in result.stderr
