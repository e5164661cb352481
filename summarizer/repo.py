"""An articles repository: which files are articles, and where each one's summary lives.

Configured by ``[tool.summarizer]`` in the repository's pyproject.toml (or the
top level of a summarizer.toml)::

    articles = ["articles/**/*.txt", "articles/**/*.md", "articles/**/*.html"]  # the default
    exclude = ["articles/drafts/**"]                                          # default: none
    summary_dir = "summaries"   # default: unset, summaries sit next to their articles

Paths are POSIX strings relative to the repository root (the current
directory, where pre-commit runs its hooks). The summary of ``a/b.md`` is
``a/b.md.summary.json`` next to it, or ``<summary_dir>/a/b.md.summary.json``
with a summary directory. The article's whole file name is kept so that
``b.md`` and ``b.txt`` never share a summary, and a summary always names its
one article - which is how an orphan is recognised after its article is gone.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .config import file_config
from .errors import ConfigError

SUFFIX = ".summary.json"
DEFAULT_ARTICLES = ("articles/**/*.txt", "articles/**/*.md", "articles/**/*.html")
_WILD = re.compile(r"[*?\[]")


def glob_regex(pattern: str) -> str:
    """A regex for a path glob: ``*`` and ``?`` stay inside one folder, ``**/`` spans folders."""
    out: list[str] = []
    i, p = 0, pattern.strip("/")
    while i < len(p):
        if p.startswith("**/", i):
            out.append("(?:[^/]+/)*")
            i += 3
        elif p.startswith("**", i):
            out.append(".*")
            i += 2
        elif p[i] == "*":
            out.append("[^/]*")
            i += 1
        elif p[i] == "?":
            out.append("[^/]")
            i += 1
        elif p[i] == "[" and "]" in p[i + 2 :]:
            close = p.index("]", i + 2)
            body = p[i + 1 : close]
            out.append("[" + ("^" + body[1:] if body.startswith("!") else body).replace("\\", "\\\\") + "]")
            i = close + 1
        else:
            out.append(re.escape(p[i]))
            i += 1
    return "".join(out)


def _globs(table: dict[str, Any], key: str, default: tuple[str, ...]) -> tuple[str, ...]:
    value = table.get(key, default)
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, (list, tuple)) or not all(isinstance(v, str) and v.strip() for v in value):
        raise ConfigError(f"[tool.summarizer] {key} must be a glob or a list of globs, not {value!r}")
    return tuple(v.strip().removeprefix("./") for v in value)


@dataclass(frozen=True)
class Layout:
    """Which files of a repository are articles and where their summaries go."""

    root: Path
    articles: tuple[str, ...] = DEFAULT_ARTICLES
    exclude: tuple[str, ...] = ()
    summary_dir: str | None = None
    _include: re.Pattern[str] = field(init=False, repr=False, compare=False)
    _exclude: re.Pattern[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self.summary_dir is not None and (
            Path(self.summary_dir).is_absolute() or ".." in Path(self.summary_dir).parts
        ):
            raise ConfigError(
                f"[tool.summarizer] summary_dir {self.summary_dir!r} must be a folder inside the repository"
            )
        include = "|".join(glob_regex(g) for g in self.articles) or "(?!)"
        exclude = "|".join(glob_regex(g) for g in self.exclude) or "(?!)"
        object.__setattr__(self, "_include", re.compile(f"(?:{include})"))
        object.__setattr__(self, "_exclude", re.compile(f"(?:{exclude})"))

    @classmethod
    def from_config(cls, root: Path | None = None) -> Layout:
        """The layout configured for the repository at ``root`` (default: the current directory).

        Raises:
            ConfigError: a key has the wrong type, or summary_dir leaves the repository.
        """
        root = Path(os.path.abspath(root or Path.cwd()))
        table = {k.replace("-", "_"): v for k, v in file_config(root).items()}
        folder = table.get("summary_dir")
        if folder is not None and (not isinstance(folder, str) or not folder.strip("./ ")):
            raise ConfigError(f"[tool.summarizer] summary_dir must name a folder, not {folder!r}")
        return cls(
            root=root,
            articles=_globs(table, "articles", DEFAULT_ARTICLES),
            exclude=_globs(table, "exclude", ()),
            summary_dir=folder.strip().strip("/").removeprefix("./") if folder else None,
        )

    def describe(self) -> str:
        """The configured globs, for messages: ``[tool.summarizer] articles = a, b; exclude = c``."""
        text = "[tool.summarizer] articles = " + ", ".join(self.articles)
        return text + ("; exclude = " + ", ".join(self.exclude) if self.exclude else "")

    def relative(self, path: str | os.PathLike[str]) -> str | None:
        """``path`` (relative to the current directory, or absolute) relative to the root; None if outside."""
        p = Path(os.path.abspath(path))
        try:
            return p.relative_to(self.root).as_posix()
        except ValueError:
            return None

    def is_article(self, rel: str) -> bool:
        """True when the configured globs make ``rel`` an article."""
        return bool(self._include.fullmatch(rel)) and not self._exclude.fullmatch(rel)

    def summary_path(self, article: str) -> str:
        """Where the summary of ``article`` goes."""
        name = article + SUFFIX
        return f"{self.summary_dir}/{name}" if self.summary_dir else name

    def article_of_summary(self, rel: str) -> str | None:
        """The article a summary file belongs to (existing or not); None when ``rel`` is not one of ours.

        In a summary directory every ``*.summary.json`` is ours, even when its
        article is no longer an article per the configuration (an orphan).
        """
        if not rel.endswith(SUFFIX):
            return None
        if self.summary_dir:
            prefix = self.summary_dir + "/"
            return rel[len(prefix) : -len(SUFFIX)] if rel.startswith(prefix) else None
        article = rel[: -len(SUFFIX)]
        return article if self.is_article(article) else None

    def pair_of(self, rel: str) -> str | None:
        """The article whose pair ``rel`` (an article or a summary) belongs to; None for other files."""
        return rel if self.is_article(rel) else self.article_of_summary(rel)

    def walk(self) -> tuple[list[str], list[str]]:
        """Every article and every summary file in the repository, sorted.

        Only folders that can hold them are walked (the fixed start of each
        glob, and the summary directory); hidden folders such as .git are skipped.
        """
        articles: list[str] = []
        summaries: list[str] = []
        starts = {_fixed_prefix(g) for g in self.articles}
        if self.summary_dir:
            starts.add(self.summary_dir)
        for rel in _files_under(self.root, _outermost(starts)):
            if self.is_article(rel):
                articles.append(rel)
            elif self.article_of_summary(rel) is not None:
                summaries.append(rel)
        return sorted(articles), sorted(summaries)


def _fixed_prefix(pattern: str) -> str:
    """The folder a glob starts in: its leading components without wildcards."""
    parts = pattern.strip("/").split("/")[:-1]
    fixed: list[str] = []
    for part in parts:
        if _WILD.search(part):
            break
        fixed.append(part)
    return "/".join(fixed)


def _outermost(folders: Iterable[str]) -> list[str]:
    """Drop folders that lie inside another one in the set, so nothing is walked twice."""
    out: list[str] = []
    for f in sorted(folders, key=len):
        if not any(f == o or not o or f.startswith(o + "/") for o in out):
            out.append(f)
    return out


def _files_under(root: Path, folders: list[str]) -> Iterable[str]:
    for folder in folders:
        top = root / folder if folder else root
        for dirpath, dirnames, filenames in os.walk(top):
            dirnames[:] = [d for d in dirnames if not d.startswith(".")]
            rel_dir = Path(dirpath).relative_to(root).as_posix()
            prefix = "" if rel_dir == "." else rel_dir + "/"
            for name in filenames:
                yield prefix + name
