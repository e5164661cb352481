"""Article bytes, read safely, and their text: regular files only, bounded, decoded.

A FIFO would block a run forever and /dev/zero never ends, so only regular
files are read (and standard input, by the caller); the size limit holds while
reading, because ``stat`` says 0 for devices, pipes and /proc files.
"""

from __future__ import annotations

import os
import re
import stat
import unicodedata
from typing import BinaryIO

from .errors import InputError

MAX_BYTES = int(os.environ.get("SUMMARIZER_MAX_BYTES", 5 * 1024 * 1024))
CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")  # CJK ideographs, compatibility forms included
# The middle dots that join a transliterated name (玛丽娜·科斯塔, 克里西•克拉克, カール・マルクス).
MIDDLE_DOTS = "·•‧・･⋅∙"


def check_size(size: int, name: str) -> None:
    """Refuse ``size`` bytes when over the limit."""
    if size > MAX_BYTES:
        raise InputError(f"{name}: {size:,} bytes is over the limit of {MAX_BYTES:,} bytes",
                         hint="split the file, or raise SUMMARIZER_MAX_BYTES")


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
        check_size(info.st_size, name)
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
