"""The hooks under the real pre-commit framework, committing in a throwaway articles repository.

How the hook repository reaches pre-commit, and why:

- ``repo:`` points at a snapshot of this working tree committed into a
  temporary git repository, and ``rev:`` at that commit, so the code under
  test is what pytest imports, committed or not. pre-commit clones it and
  installs it into its own virtualenv with pip (``language: python``), as it
  does for users; commits go through the git hook ``pre-commit install`` writes.
- For users, pip fetches the hook's dependencies from PyPI. Tests run offline
  and should be quick, so the hook's virtualenv gets this interpreter's
  site-packages appended to its path (a ``sitecustomize`` on PYTHONPATH calls
  ``site.addsitedir``) and pip runs with no index and no build isolation: it
  finds every dependency installed and builds only summarizer itself, from the
  clone. The environment is built once per session (PRE_COMMIT_HOME in tmp).
- The articles repository's ``[tool.summarizer]`` sets ``engine = "rules"``, so
  the summarize hook needs no model; the snippet stays the one users copy.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import site
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from summarizer.check import check
from summarizer.repo import Layout

from .articles_repo import write_article, write_pairs, write_summary_for
from .conftest import ROOT

# The README's "Use as a pre-commit hook" snippet; the tests swap in the repository and commit.
SNIPPET = """\
repos:
  - repo: https://github.com/OWNER/summarizer
    rev: v0.1.0
    hooks:
      - id: summarizer-summarize
      - id: summarizer-check
"""

MD = "articles/en/harbour_fees.md"
ZH = "articles/zh/bridge.txt"

_IDENTITY = {"GIT_AUTHOR_NAME": "Test", "GIT_AUTHOR_EMAIL": "test@example.invalid",
             "GIT_COMMITTER_NAME": "Test", "GIT_COMMITTER_EMAIL": "test@example.invalid",
             "GIT_CONFIG_GLOBAL": os.devnull, "GIT_CONFIG_NOSYSTEM": "1"}


def _run(args: list[str], cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, check=False, cwd=cwd, env=env, capture_output=True, text=True, timeout=300)


def _git_env() -> dict[str, str]:
    return {**os.environ, **_IDENTITY}


@pytest.fixture(scope="session")
def hook_repo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """This working tree (tracked and untracked, not ignored), committed in a fresh repository."""
    snap = tmp_path_factory.mktemp("hook-repo")
    listed = subprocess.run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
                            cwd=ROOT, capture_output=True, check=True).stdout.decode()
    for rel in filter(None, listed.split("\0")):
        if (ROOT / rel).is_file():
            (snap / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / rel, snap / rel)
    env = _git_env()
    for args in (["git", "init", "-q"], ["git", "add", "-A"], ["git", "commit", "-q", "-m", "snapshot"]):
        subprocess.run(args, cwd=snap, env=env, check=True, capture_output=True)
    sha = subprocess.run(["git", "rev-parse", "HEAD"], cwd=snap, env=env, check=True,
                         capture_output=True, text=True).stdout.strip()
    return snap, sha


@pytest.fixture(scope="session")
def hook_env(tmp_path_factory: pytest.TempPathFactory, hook_repo: tuple[Path, str]) -> dict[str, str]:
    """Environment for pre-commit, with the hook virtualenv built once (see the module docstring)."""
    custom = tmp_path_factory.mktemp("sitecustomize")
    (custom / "sitecustomize.py").write_text(
        f"import site\nfor folder in {site.getsitepackages()!r}:\n    site.addsitedir(folder)\n",
        encoding="utf-8")
    env = {"PRE_COMMIT_HOME": str(tmp_path_factory.mktemp("pre-commit-home")),
           "PYTHONPATH": str(custom), "PIP_NO_INDEX": "1", "PIP_NO_BUILD_ISOLATION": "0", **_IDENTITY}
    scratch = tmp_path_factory.mktemp("install")
    (scratch / ".pre-commit-config.yaml").write_text(_config(*hook_repo), encoding="utf-8")
    full = {**os.environ, **env}
    subprocess.run(["git", "init", "-q"], cwd=scratch, env=full, check=True)
    done = _run([sys.executable, "-m", "pre_commit", "install-hooks"], scratch, full)
    assert done.returncode == 0, done.stdout + done.stderr
    return env


def _config(repo: Path, sha: str) -> str:
    config = re.sub(r"(?m)^(\s*- repo: ).*$", rf"\g<1>{repo}", SNIPPET)
    return re.sub(r"(?m)^(\s*rev: ).*$", rf"\g<1>{sha}", config)


@dataclass
class ArticlesRepo:
    path: Path
    env: dict[str, str]

    def git(self, *args: str) -> subprocess.CompletedProcess[str]:
        done = _run(["git", *args], self.path, self.env)
        assert done.returncode == 0, done.stderr
        return done

    def commit(self, message: str, *, skip: str = "") -> tuple[int, str]:
        """``git add -A`` and ``git commit`` through the pre-commit hook; (exit code, output)."""
        self.git("add", "-A")
        env = {**self.env, "SKIP": skip} if skip else self.env
        done = _run(["git", "commit", "-q", "-m", message], self.path, env)
        return done.returncode, done.stdout + done.stderr

    def committed(self) -> list[str]:
        return self.git("ls-files").stdout.split()


@pytest.fixture
def articles_repo(tmp_path: Path, hook_repo: tuple[Path, str], hook_env: dict[str, str]) -> ArticlesRepo:
    """A git repository with three fresh pairs committed (without hooks) and the hooks installed."""
    repo = ArticlesRepo(tmp_path, {**os.environ, **hook_env})
    repo.git("init", "-q")
    (tmp_path / "pyproject.toml").write_text('[tool.summarizer]\nengine = "rules"\n', encoding="utf-8")
    (tmp_path / ".pre-commit-config.yaml").write_text(_config(*hook_repo), encoding="utf-8")
    write_pairs(tmp_path)
    repo.git("add", "-A")
    repo.git("commit", "-q", "--no-verify", "-m", "articles and their summaries")
    done = _run([sys.executable, "-m", "pre_commit", "install"], tmp_path, repo.env)
    assert done.returncode == 0, done.stderr
    return repo


def test_readme_snippet_is_the_one_these_tests_use():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    if "## Use as a pre-commit hook" not in readme:
        pytest.skip("the README section has not been merged yet")
    section = readme.split("## Use as a pre-commit hook", 1)[1]
    block = re.search(r"```yaml\n(.*?)```", section, re.S)
    assert block and block.group(1) == SNIPPET


def test_hooks_run_the_copy_pre_commit_installed_not_this_checkout(hook_env):
    [env_dir] = Path(hook_env["PRE_COMMIT_HOME"]).glob("repo*/py_env-*")
    python = env_dir / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    done = _run([str(python), "-c", "import summarizer; print(summarizer.__file__)"], env_dir,
                {**os.environ, **hook_env})
    assert Path(done.stdout.strip()).is_relative_to(env_dir), done.stdout + done.stderr


def test_new_article_with_its_fresh_summary_is_committed(articles_repo):
    write_article(articles_repo.path, "articles/en/ferry.md", "The ferry runs hourly.\n“On time,” said Ana Ruiz.\n")
    write_summary_for(articles_repo.path, "articles/en/ferry.md")
    code, out = articles_repo.commit("a new article with its summary")
    assert code == 0, out
    assert "articles/en/ferry.md.summary.json" in articles_repo.committed()


def test_new_article_without_summary_is_refused_then_summarized_for_review(articles_repo):
    write_article(articles_repo.path, "articles/en/ferry.md", "The ferry runs hourly.\n“On time,” said Ana Ruiz.\n")
    code, out = articles_repo.commit("article alone", skip="summarizer-summarize")
    assert code != 0
    assert "articles/en/ferry.md: no summary articles/en/ferry.md.summary.json" in out

    code, out = articles_repo.commit("article alone")
    assert code != 0, "the summarize hook must fail when it wrote a summary"
    assert "wrote articles/en/ferry.md.summary.json (there was none)" in out
    assert (articles_repo.path / "articles/en/ferry.md.summary.json").is_file()

    code, out = articles_repo.commit("article and the summary the hook wrote")
    assert code == 0, out
    assert "articles/en/ferry.md.summary.json" in articles_repo.committed()


def test_edited_article_with_stale_summary_is_refused_then_refreshed(articles_repo):
    path = articles_repo.path / MD
    path.write_text(path.read_text(encoding="utf-8").replace("double", "triple"), encoding="utf-8")
    code, out = articles_repo.commit("edit only the article", skip="summarizer-summarize")
    assert code != 0
    assert f"{MD}.summary.json: stale: {MD} changed since this summary was written" in out

    code, out = articles_repo.commit("edit only the article")
    assert code != 0 and f"wrote {MD}.summary.json (the article changed)" in out
    assert check(Layout(root=articles_repo.path), [MD]).failures == []


def test_tampered_quote_is_refused_and_not_overwritten(articles_repo):
    summary = articles_repo.path / (ZH + ".summary.json")
    data = json.loads(summary.read_text(encoding="utf-8"))
    data["quotes"][0]["text"] = data["quotes"][0]["text"].replace("安全", "质量")
    summary.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    tampered = summary.read_bytes()
    code, out = articles_repo.commit("tamper with a quote")
    assert code != 0
    assert re.search(rf"^{re.escape(ZH)}\.summary\.json: quote 1 \(.*\) at \[\d+, \d+\] does not reproduce", out, re.M)
    assert summary.read_bytes() == tampered, "a fresh summary must not be re-made"


def test_summary_of_a_deleted_article_is_refused_until_it_goes_too(articles_repo):
    articles_repo.git("rm", "-q", MD)
    code, out = articles_repo.commit("delete an article")
    assert code != 0
    assert f"{MD}.summary.json: orphaned summary: its article {MD} does not exist" in out

    articles_repo.git("rm", "-q", MD + ".summary.json")
    code, out = articles_repo.commit("delete its summary too")
    assert code == 0, out


def test_malformed_summary_json_is_refused(articles_repo):
    (articles_repo.path / (ZH + ".summary.json")).write_text('{"schema_version": "1.0", "article": {', encoding="utf-8")
    code, out = articles_repo.commit("break a summary", skip="summarizer-summarize")
    assert code != 0
    assert f"{ZH}.summary.json: not valid JSON" in out


def test_summarize_hook_does_not_call_the_model_for_fresh_summaries(articles_repo):
    # A provider that cannot answer: any model call would fail the hook.
    (articles_repo.path / "pyproject.toml").write_text(
        '[tool.summarizer]\nengine = "llm"\nbase_url = "http://127.0.0.1:9/v1"\ntransport_attempts = 1\n',
        encoding="utf-8")
    write_article(articles_repo.path, "articles/en/ferry.md", "The ferry runs hourly.\n")
    summary = write_summary_for(articles_repo.path, "articles/en/ferry.md")
    before = summary.read_bytes()
    code, out = articles_repo.commit("fresh pair, unreachable provider")
    assert code == 0, out
    assert re.search(r"^summarizer summarize --missing\.+Passed$", out, re.M), out
    assert summary.read_bytes() == before
