"""Load an article (text, Markdown or HTML) and cut it into paragraphs and sentences.

Everything downstream indexes ``Article.text`` by code point, so the loader
decides that text once and never changes it afterwards.
"""

from __future__ import annotations

import datetime
import hashlib
import os
import re
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

import yaml

from .errors import InputError
from .htmltext import html_to_text
from .reading import CJK, check_size, decode, read_file

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    import tomli as tomllib

_HTML_EXT = {".html", ".htm", ".xhtml"}
_MD_EXT = {".md", ".markdown", ".mdown"}
# Runs, not single characters: counting by the length of each run builds one string per
# word instead of one per character (the same count, ~3x faster on a long article).
_LATIN_RUN = re.compile(r"[A-Za-z]+")
_CJK_RUN = re.compile(f"(?:{CJK.pattern})+")


@dataclass(frozen=True)
class Segment:
    """A paragraph or sentence: ``article.text[start:end] == text``."""

    index: int
    start: int
    end: int
    text: str
    paragraph: int = 0


@dataclass
class Article:
    """An article's text and what we know about it.

    Attributes:
        text: the text every offset refers to.
        sha256: hex digest of the source bytes.
        format: 'text', 'markdown' or 'html'.
    """

    text: str
    sha256: str
    source: str | None = None
    format: str = "text"
    title: str | None = None
    published: str | None = None
    url: str | None = None
    meta: dict[str, str] = field(default_factory=dict)

    @cached_property
    def language(self) -> str:
        cjk = sum(map(len, _CJK_RUN.findall(self.text)))
        latin = sum(map(len, _LATIN_RUN.findall(self.text)))
        return "zh" if cjk and cjk * 3 >= latin else "en"

    @cached_property
    def paragraphs(self) -> list[Segment]:
        return split_paragraphs(self.text)

    @cached_property
    def sentences(self) -> list[Segment]:
        out: list[Segment] = []
        for para in self.paragraphs:
            for start, end in _sentence_bounds(self.text, para.start, para.end):
                out.append(Segment(len(out), start, end, self.text[start:end], para.index))
        return out


def from_text(text: str, *, source: str | None = "<text>", format: str | None = None) -> Article:
    """Build an Article from a string (the Python API's entry point)."""
    return _build(text, text.encode("utf-8"), source, format or _sniff_format(text, None))


def load_path(path: str | os.PathLike[str]) -> Article:
    """Read a regular file as an article.

    Raises:
        InputError: missing, not a regular file (directory, FIFO, device,
            socket), unreadable, too large, binary, undecodable, or empty.
    """
    name = os.fspath(path)
    return from_bytes(read_file(name), source=name)


def from_bytes(data: bytes, *, source: str | None = None, format: str | None = None) -> Article:
    """Decode raw bytes (file or stdin) into an Article."""
    name = source or "<input>"
    check_size(len(data), name)
    text = decode(data, name)
    suffix = Path(source).suffix.lower() if source and not source.startswith("<") else None
    return _build(text, data, source, format or _sniff_format(text, suffix))


def _sniff_format(text: str, suffix: str | None) -> str:
    if suffix in _HTML_EXT:
        return "html"
    if suffix in _MD_EXT:
        return "markdown"
    head = text.lstrip()[:200].lower()
    if head.startswith(("<!doctype html", "<html")):
        return "html"
    return "text"


def _build(text: str, data: bytes, source: str | None, fmt: str) -> Article:
    meta: dict[str, str] = {}
    if fmt == "html":
        text, meta = html_to_text(text)
    elif fmt == "markdown":
        text, meta = split_front_matter(text)
    if not text.strip():
        raise InputError(f"{source or '<input>'}: the article has no text")
    title = meta.get("title") or _guess_title(text, fmt)
    return Article(
        text=text,
        sha256=hashlib.sha256(data).hexdigest(),
        source=source,
        format=fmt,
        title=title,
        published=meta.get("date") or meta.get("published"),
        url=meta.get("url"),
        meta=meta,
    )


_FRONT = re.compile(r"(---|\+\+\+)[ \t]*\r?\n(.*?)\r?\n\1[ \t]*(?:\r?\n|\Z)", re.S)


def split_front_matter(text: str) -> tuple[str, dict[str, str]]:
    """Markdown front matter (YAML ``---`` or TOML ``+++``) as metadata, and the text without it.

    The block is blanked, not cut: it becomes one line of spaces of the same
    length, so offsets still index the file's text and no sentence, cue or
    prompt ever sees it. Only scalar values are kept; a block that does not
    parse gives no metadata but is blanked all the same.
    """
    m = _FRONT.match(text)
    if not m:
        return text, {}
    end = m.end()
    body = text[m.start(2) : m.end(2)]
    try:
        data = yaml.safe_load(body) if m.group(1) == "---" else tomllib.loads(body)
    except (yaml.YAMLError, tomllib.TOMLDecodeError, ValueError):
        data = None
    meta: dict[str, str] = {}
    for key, value in (data.items() if isinstance(data, dict) else ()):
        if isinstance(value, (str, int, float)) and not isinstance(value, bool):
            meta[str(key).strip().lower()] = str(value).strip()
        elif isinstance(value, (datetime.date, datetime.time)):
            meta[str(key).strip().lower()] = value.isoformat()
    newline = text[end - 1] == "\n"
    return " " * (end - newline) + "\n" * newline + text[end:], {k: v for k, v in meta.items() if v}


def _guess_title(text: str, fmt: str) -> str | None:
    if fmt == "markdown":
        m = re.search(r"^#\s+(.+)$", text, re.M)
        if m:
            return m.group(1).strip()
    first = text.strip().splitlines()[0].strip() if text.strip() else ""
    if 0 < len(first) <= 80 and not re.search(r"[。！？.!?”\"]$", first):
        return first.lstrip("# ").strip()
    return None


# --- segmentation ---------------------------------------------------------

_CLOSERS = "”’」』\"')）》】]"
# English titles written short before a name, whose full stop ends no sentence ('Sen. Ann Lee', 'Lt. Col.
# Ray Diaz'): one list for every room that reads a title (sentences here, the cues' names, experts, holders).
EN_TITLE_ABBREVIATIONS = (
    "Mr", "Mrs", "Ms", "Dr", "Prof", "Sen", "Sens", "Rep", "Reps", "Gov", "Govs", "Gen", "Lt", "Col", "Cmdr",
    "Capt", "Maj", "Sgt", "Cpl", "Pvt", "Adm", "Brig", "Atty", "Amb", "Hon", "Pres", "Supt", "Rev", "Msgr",
    "Fr", "Del",
)  # fmt: skip
# With the short parts of a name that are no title: after it ('Ann Lee Jr.', 'Gen. Ray Diaz (Ret.)') or
# of a place ('St. Louis', 'Ft. Worth', 'Mt. Hood').
EN_NAME_ABBREVIATIONS = (*EN_TITLE_ABBREVIATIONS, "Jr", "Sr", "Ret", "St", "Ft", "Mt")
# A lookbehind for a pattern's full stop: not right after one of those ('Sen.', 'Jr.', 'St.').
EN_NOT_AFTER_ABBREVIATION = "".join(rf"(?<!\b{a})" for a in EN_NAME_ABBREVIATIONS)
# Words whose period does not end an English sentence (titles, initials, Latin).
EN_ABBREVIATIONS = {a.lower() for a in EN_NAME_ABBREVIATIONS} | {
    "u.s", "u.k", "u.n", "no", "vs", "etc", "inc", "corp", "co", "ltd",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "e.g",
    "i.e", "a.m", "p.m",
}  # fmt: skip


def split_paragraphs(text: str) -> list[Segment]:
    """Paragraphs: blank-line blocks for hard-wrapped text, otherwise lines."""
    lines = [ln for ln in text.split("\n") if ln.strip()]
    hard_wrapped = bool(re.search(r"\n[ \t]*\n", text)) and lines and (
        sorted(len(ln) for ln in lines)[len(lines) // 2] < 90
    )
    pattern = r"\n[ \t]*\n" if hard_wrapped else r"\n"
    # Scraped text: a newline left escaped ('…功能\\n香港…'), and Chinese paragraphs opened by
    # two ideographic spaces with no line break ('…遭质疑　　“韩国…') also end a paragraph.
    pattern += r"|\\n|(?<=\S)[ \t\u00a0]*\u3000{2,}"
    out: list[Segment] = []
    pos = 0
    for m in [*re.finditer(pattern, text), None]:
        end = m.start() if m else len(text)
        _append_stripped(out, text, pos, end)
        if m:
            pos = m.end()
    return out


def _append_stripped(out: list[Segment], text: str, start: int, end: int) -> None:
    start, end = strip_span(text, start, end)
    if end > start:
        out.append(Segment(len(out), start, end, text[start:end], len(out)))


# Each alternative a plain string, so ``re`` skips to their first characters (a class among them would stop that).
_END = re.compile(r"……|\.\.\.|。|！|？|!|\?|；|\.")


def join_sentences(texts: list[str], language: str) -> str:
    """Sentences as one text; a line with no end mark (a headline) gets one, so two never run together."""
    out = ""
    for t in texts:
        if out and not re.search(r"(?:……|\.\.\.|[。！？!?；.:：])[" + re.escape(_CLOSERS) + r"]*$", out):
            out += "。" if language == "zh" else "."
        out += t if language == "zh" or not out else " " + t
    return out


def _sentence_bounds(text: str, start: int, end: int) -> list[tuple[int, int]]:
    bounds: list[tuple[int, int]] = []
    cur = start
    for m in _END.finditer(text, start, end):
        stop = m.end()
        if m.group() in {".", "..."} and not _english_sentence_end(text, m.start(), stop, end):
            continue
        if m.group() == "；":
            continue
        while stop < end and text[stop] in _CLOSERS:
            stop += 1
        if stop < end and m.group() in {".", "!", "?", "..."} and not text[stop].isspace():
            continue
        if stop > cur:
            bounds.append((cur, stop))
            cur = stop
    if cur < end:
        bounds.append((cur, end))
    return [(s, e) for s, e in (strip_span(text, s, e) for s, e in bounds) if e > s]


def strip_span(text: str, s: int, e: int) -> tuple[int, int]:
    """``text[s:e]`` without the white space at either end, as offsets (``s == e`` when nothing is left)."""
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)$")


def _english_sentence_end(text: str, dot: int, after: int, limit: int) -> bool:
    if text[dot] == "." and dot > 0 and text[dot - 1].isdigit() and after < limit and text[after].isdigit():
        return False
    word = _WORD_BEFORE.search(text, max(0, dot - 12), dot)
    if word:
        w = word.group(1).lower()
        if w in EN_ABBREVIATIONS or len(w) == 1:
            return False
    rest = text[after : min(limit, after + 3)].lstrip(_CLOSERS)
    if rest[:1].isspace():
        # 'U.S. dist. court': a sentence never opens with a lowercase Latin word.
        nxt = text[after : min(limit, after + 40)].lstrip(_CLOSERS).lstrip()
        return not ("a" <= nxt[:1] <= "z")
    return not rest
