"""Whatever users feed in: each bad input is one line on stderr, exit 2, never a traceback.

Good-but-odd inputs (legacy Chinese encodings, BOMs, HTML full of scripts, a
text with no quotes) go through and are checked for the text they produce.
Most runs use ``--engine rules`` (no model needed); where what the model would
be shown matters, the loopback fault server stands in for the provider.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from summarizer import reading
from summarizer.article import load_path
from summarizer.cli import main

from .conftest import FIXTURES, SENTINEL_KEY, one_error_line
from .faultserver import FaultServer, good

ZH_SIMPLIFIED = (FIXTURES / "faults_zh.txt").read_text(encoding="utf-8")
ZH_QUOTE = "新码头完工之前，我们不会提高票价。"
# The same article in traditional characters, written for the Big5 case.
ZH_TRADITIONAL = (
    "港口委員會推遲渡輪票價表決\n\n"
    "（本文為測試用的虛構文章，並非真實新聞。）\n\n"
    "西灣港口委員會週二在激烈討論後推遲了渡輪票價表決。\n\n"
    "委員會主席奧卡福在會後對記者說：「新碼頭完工之前，我們不會提高票價。」\n"
)
ZH_TRADITIONAL_QUOTE = "新碼頭完工之前，我們不會提高票價。"
# The summary restates the no_quotes fixture (a summary the article does not support is dropped).
EMPTY_ANSWER = {"summary": "Light rain is expected across the northern valleys this week.", "quotes": [], "positions": [],
                "experts": [], "conditions": []}


def run(*args: str, input: bytes | None = None, env: dict[str, str] | None = None):
    return CliRunner().invoke(main, ["summarize", *args], input=input, env=env)


def rules(*paths: str, input: bytes | None = None):
    return run("--engine", "rules", "-f", "json", *paths, input=input)


def write(tmp_path: Path, name: str, data: bytes) -> str:
    p = tmp_path / name
    p.write_bytes(data)
    return str(p)


# --- refused: exit 2, one line -----------------------------------------------

BAD = {
    "empty.txt": (b"", "the article is empty"),
    "spaces.txt": (b"   \n\t\n  \r\n", "the article is empty"),
    "ideographic_spaces.txt": ("\u3000\u3000\n\u3000\n".encode(), "the article has no text"),
    "binary.bin": (b"\x7fELF\x02\x01\x01\x00\x00\x00" + bytes(range(256)), "looks binary"),
    "nul_in_text.txt": (b"The council met on Tuesday.\x00\x00 It voted.", "looks binary"),
    "latin1.txt": ("Caf\u00e9 cr\u00e8me, na\u00efve fa\u00e7ade, \u00e0 la carte.".encode("latin-1"),
                   "not UTF-8, GB18030 or Big5"),
    "random_high_bytes.txt": (bytes(range(0x80, 0x100)) * 4, "not UTF-8, GB18030 or Big5"),
    "only_markup.html": ((b"<html><head><script>var a = 1;</script><style>p{}</style></head>"
                          b"<body><div></div></body></html>"), "the article has no text"),
}


@pytest.mark.parametrize("name", sorted(BAD))
def test_bad_file_is_exit_2_with_one_clear_line(tmp_path, name):
    data, says = BAD[name]
    path = write(tmp_path, name, data)
    result = rules(path)
    assert result.exit_code == 2
    one_error_line(result, name, says)
    assert result.stdout == ""


def test_a_directory_is_exit_2(tmp_path):
    result = rules(str(tmp_path))
    assert result.exit_code == 2
    one_error_line(result, "is a directory")


def test_a_missing_file_is_exit_2(tmp_path):
    result = rules(str(tmp_path / "nope.txt"))
    assert result.exit_code == 2
    one_error_line(result, "nope.txt: no such file")


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0,
                    reason="root reads files whatever their mode; see the simulated test below")
def test_an_unreadable_file_is_exit_2(tmp_path):
    path = Path(write(tmp_path, "locked.txt", b"The council met."))
    path.chmod(0)
    try:
        result = rules(str(path))
    finally:
        path.chmod(0o644)
    assert result.exit_code == 2
    one_error_line(result, "locked.txt: permission denied")


def test_an_unreadable_file_is_exit_2_simulated(tmp_path, monkeypatch):
    """Tests run as root here, where chmod 000 does not stop reads: make the read fail instead."""
    path = Path(write(tmp_path, "locked.txt", b"The council met."))
    real = os.open

    def deny(name, *args, **kwargs):
        if str(name).endswith("locked.txt"):
            raise PermissionError(13, "Permission denied", str(name))
        return real(name, *args, **kwargs)

    monkeypatch.setattr(reading.os, "open", deny)
    result = rules(str(path))
    assert result.exit_code == 2
    one_error_line(result, "locked.txt: permission denied")


def test_a_20_mb_file_is_refused_naming_the_limit(tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as fh:
        fh.truncate(20 * 1024 * 1024)  # sparse: refused on its size before any read
    result = rules(str(path))
    assert result.exit_code == 2
    line = one_error_line(result, "huge.txt", "20,971,520 bytes", "limit",
                          f"{reading.MAX_BYTES:,} bytes")
    assert "SUMMARIZER_MAX_BYTES" in line


def test_a_20_mb_stdin_is_refused_naming_the_limit():
    data = b"The council met on Tuesday. " * (20 * 1024 * 1024 // 28)
    result = rules("-", input=data)
    assert result.exit_code == 2
    one_error_line(result, "<stdin>", "over the limit", f"{reading.MAX_BYTES:,}")


def test_empty_stdin_is_exit_2():
    result = rules("-", input=b"")
    assert result.exit_code == 2
    one_error_line(result, "<stdin>: the article is empty")


# --- accepted: decoded right --------------------------------------------------


@pytest.mark.parametrize(
    ("encoding", "text", "quote"),
    [
        ("gb18030", ZH_SIMPLIFIED, ZH_QUOTE),
        ("big5", ZH_TRADITIONAL, ZH_TRADITIONAL_QUOTE),
        ("utf-8-sig", ZH_SIMPLIFIED, ZH_QUOTE),
        ("utf-16", ZH_SIMPLIFIED, ZH_QUOTE),
    ],
)
def test_chinese_in_other_encodings_is_decoded_to_the_same_text(tmp_path, encoding, text, quote):
    path = write(tmp_path, f"zh_{encoding}.txt", text.encode(encoding))
    assert load_path(path).text == text  # no BOM, no mojibake: offsets index this text
    result = rules(path)
    assert result.exit_code == 0, result.stderr
    record = json.loads(result.stdout)
    assert record["article"]["language"] == "zh"
    assert record["article"]["chars"] == len(text)
    [q] = record["quotes"]
    assert q["text"] == quote
    assert text[q["span"][0]:q["span"][1]] == quote


def test_gb18030_article_reaches_the_model_as_chinese_text(tmp_path):
    path = write(tmp_path, "zh.txt", ZH_SIMPLIFIED.encode("gb18030"))
    with FaultServer(then=good(EMPTY_ANSWER)) as fs:
        result = run("--base-url", fs.base_url, "-m", "m", "--window", "0", "-f", "json", path,
                     env={"OPENAI_API_KEY": SENTINEL_KEY})
    assert result.exit_code == 0, result.stderr
    assert ZH_QUOTE in fs.chat_requests[0].text


def test_html_full_of_scripts_and_styles_keeps_only_the_visible_text():
    path = FIXTURES / "scripts.html"
    article = load_path(path)
    for marker in ("SCRIPT-MARKER", "STYLE-MARKER", "NOSCRIPT-MARKER", "SVG-MARKER",
                   "TEMPLATE-MARKER", "font-family", "console.log", "dataLayer", "ignore previous"):
        assert marker not in article.text, marker
    assert "The Westmere harbour council postponed its vote" in article.text
    assert article.title == "Harbour council delays vote"
    assert article.published == "2024-05-07"
    result = rules(str(path))
    assert result.exit_code == 0, result.stderr
    record = json.loads(result.stdout)
    assert record["article"]["format"] == "html"
    assert [q["speaker"] for q in record["quotes"]] == ["Dana Okafor"]
    assert "MARKER" not in result.stdout


def test_html_scripts_are_not_shown_to_the_model():
    with FaultServer(then=good(EMPTY_ANSWER)) as fs:
        result = run("--base-url", fs.base_url, "-m", "m", "--window", "0", "-f", "json",
                     str(FIXTURES / "scripts.html"), env={"OPENAI_API_KEY": SENTINEL_KEY})
    assert result.exit_code == 0, result.stderr
    sent = "\n".join(r.text for r in fs.chat_requests)
    assert "postponed its vote" in sent
    assert "MARKER" not in sent and "dataLayer" not in sent


def test_a_text_without_quotes_is_valid_with_empty_lists():
    result = rules(str(FIXTURES / "no_quotes.txt"))
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    record = json.loads(result.stdout)
    assert record["quotes"] == [] and record["positions"] == []
    assert record["expert_assessments"] == [] and record["preconditions"] == []
    assert record["summary"]


def test_a_text_without_quotes_via_the_model_is_valid_with_empty_lists():
    with FaultServer(then=good(EMPTY_ANSWER)) as fs:
        result = run("--base-url", fs.base_url, "-m", "m", "--window", "0", "-f", "json",
                     str(FIXTURES / "no_quotes.txt"), env={"OPENAI_API_KEY": SENTINEL_KEY})
    assert result.exit_code == 0, result.stderr
    record = json.loads(result.stdout)
    assert record["quotes"] == [] and record["warnings"] == []


# --- in a batch: recorded, and the batch goes on -------------------------------


def test_bad_inputs_in_a_batch_are_recorded_and_the_batch_goes_on(tmp_path):
    bad_paths = [write(tmp_path, name, data) for name, (data, _) in sorted(BAD.items())]
    bad_paths += [str(tmp_path / "missing.txt"), str(tmp_path)]
    good_first = str(FIXTURES / "faults_en.txt")
    good_last = write(tmp_path, "zh_big5.txt", ZH_TRADITIONAL.encode("big5"))
    out = tmp_path / "out.jsonl"
    inputs = [good_first, *bad_paths, good_last]
    result = run("--engine", "rules", "-o", str(out), *inputs)
    assert result.exit_code == 2
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    errors = [ln for ln in lines if ln.startswith("error: ")]
    assert len(errors) == len(bad_paths)  # one line per bad input
    for path in bad_paths:
        assert sum(ln.startswith(f"error: {path}: ") for ln in errors) == 1, path
    assert lines[-1] == f"2 done, 0 skipped, {len(bad_paths)} failed"
    records = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [r["article"]["source"] for r in records] == [good_first, good_last]
