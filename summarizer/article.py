"""Load an article (text, Markdown or HTML) and cut it into paragraphs and sentences.

Everything downstream indexes ``Article.text`` by code point, so the loader
decides that text once and never changes it afterwards.
"""

from __future__ import annotations

import datetime
import hashlib
import os
import re
import stat
import unicodedata
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import BinaryIO

import yaml

from .errors import InputError
from .htmltext import html_to_text

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    import tomli as tomllib

MAX_BYTES = int(os.environ.get("SUMMARIZER_MAX_BYTES", 5 * 1024 * 1024))

_HTML_EXT = {".html", ".htm", ".xhtml"}
_MD_EXT = {".md", ".markdown", ".mdown"}
CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")  # CJK ideographs, compatibility forms included
_LATIN = re.compile(r"[A-Za-z]")


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
        cjk = len(CJK.findall(self.text))
        latin = len(_LATIN.findall(self.text))
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


_KINDS = ((stat.S_ISDIR, "a directory"), (stat.S_ISFIFO, "a named pipe (FIFO)"),
          (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"),
          (stat.S_ISSOCK, "a socket"))


def _not_regular(mode: int) -> str | None:
    for test, kind in _KINDS:
        if test(mode):
            return kind
    return None if stat.S_ISREG(mode) else "not a regular file"


def read_file(name: str) -> bytes:
    """The bytes of a regular file, refused before any read when it is anything else.

    A FIFO would block the run forever and /dev/zero never ends, so the kind
    is checked with stat first and again on the open descriptor (the path may
    have changed in between); the open itself never blocks (O_NONBLOCK). The
    size limit is enforced while reading: stat says 0 for devices and pipes.
    """
    try:
        kind = _not_regular(os.stat(name).st_mode)
        if kind:
            raise InputError(f"{name}: is {kind}, not an article file", hint="pass a regular file")
        fd = os.open(name, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    except FileNotFoundError:
        raise InputError(f"{name}: no such file") from None
    except PermissionError:
        raise InputError(f"{name}: permission denied") from None
    except OSError as e:
        raise InputError(f"{name}: cannot read ({e.strerror or e})") from e
    try:
        info = os.fstat(fd)
        kind = _not_regular(info.st_mode)
        if kind:
            raise InputError(f"{name}: is {kind}, not an article file", hint="pass a regular file")
        if info.st_size > MAX_BYTES:
            raise InputError(f"{name}: {info.st_size:,} bytes is over the limit of {MAX_BYTES:,} bytes",
                             hint="split the file, or raise SUMMARIZER_MAX_BYTES")
        with os.fdopen(fd, "rb", closefd=False) as fh:
            return read_limited(fh, name)
    except IsADirectoryError:
        raise InputError(f"{name}: is a directory, not an article file") from None
    except OSError as e:
        raise InputError(f"{name}: cannot read ({e.strerror or e})") from e
    finally:
        os.close(fd)


def read_limited(stream: BinaryIO, name: str) -> bytes:
    """Read a stream (a file, stdin) to its end, failing as soon as it passes MAX_BYTES."""
    chunks: list[bytes] = []
    total = 0
    while chunk := stream.read(min(1 << 20, MAX_BYTES + 1 - total)):
        chunks.append(chunk)
        total += len(chunk)
        if total > MAX_BYTES:
            raise InputError(
                f"{name}: over the limit of {MAX_BYTES:,} bytes (stopped reading there)",
                hint="split the file, or raise SUMMARIZER_MAX_BYTES",
            )
    return b"".join(chunks)


def from_bytes(data: bytes, *, source: str | None = None, format: str | None = None) -> Article:
    """Decode raw bytes (file or stdin) into an Article."""
    name = source or "<input>"
    if len(data) > MAX_BYTES:
        raise InputError(
            f"{name}: {len(data):,} bytes is over the limit of {MAX_BYTES:,} bytes",
            hint="split the file, or raise SUMMARIZER_MAX_BYTES",
        )
    text = decode(data, name)
    suffix = Path(source).suffix.lower() if source and not source.startswith("<") else None
    return _build(text, data, source, format or _sniff_format(text, suffix))


def decode(data: bytes, name: str = "<input>") -> str:
    """UTF-8 first (BOM tolerated); then a detected CJK or UTF-16 encoding; else refuse."""
    if not data.strip():
        raise InputError(f"{name}: the article is empty")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            pass
    if b"\x00" in data:
        raise InputError(f"{name}: looks binary (contains NUL bytes), not an article")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    for encoding in ("gb18030", "big5"):
        text = _try_decode(data, encoding)
        if text is not None and _looks_like_text(text):
            return text
    raise InputError(
        f"{name}: not UTF-8, GB18030 or Big5 text",
        hint="convert it to UTF-8 first, e.g. iconv -f <encoding> -t UTF-8",
    )


def _try_decode(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _looks_like_text(text: str) -> bool:
    # A wrong legacy codec still "decodes" most byte soup; demand mostly
    # common CJK, ASCII and punctuation, and few control or private-use chars.
    bad = sum(1 for ch in text if unicodedata.category(ch) in {"Co", "Cn", "Cc"} and ch not in "\r\n\t")
    good = len(CJK.findall(text))
    return bad == 0 and good >= max(1, len(text) // 20)


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
# Words whose period does not end an English sentence (titles, initials, Latin).
EN_ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "col", "lt", "sgt", "adm", "rev",
    "del", "st", "jr", "sr", "u.s", "u.k", "u.n", "no", "vs", "etc", "inc", "corp", "co", "ltd",
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
    out: list[Segment] = []
    pos = 0
    for m in [*re.finditer(pattern, text), None]:
        end = m.start() if m else len(text)
        _append_stripped(out, text, pos, end)
        if m:
            pos = m.end()
    return out


def _append_stripped(out: list[Segment], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Segment(len(out), start, end, text[start:end], len(out)))


_END = re.compile(r"(?:……|\.\.\.|[。！？!?；]|\.)")


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
    return [(s, e) for s, e in (_strip(text, s, e) for s, e in bounds) if e > s]


def _strip(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def _english_sentence_end(text: str, dot: int, after: int, limit: int) -> bool:
    if text[dot] == "." and dot > 0 and text[dot - 1].isdigit() and after < limit and text[after].isdigit():
        return False
    word = re.search(r"([A-Za-z][A-Za-z.]*)$", text[max(0, dot - 12) : dot])
    if word:
        w = word.group(1).lower()
        if w in EN_ABBREVIATIONS or len(w) == 1:
            return False
    rest = text[after : min(limit, after + 3)].lstrip(_CLOSERS)
    return not rest or rest[0].isspace()
