"""Recorded tests test the model: with the model's answers blanked, each one fails.

For every test that replays cassettes/test_recorded/, a copy of its cassette
is made with each completion's answer replaced by an empty one (no summary,
no records); the same test is then run on the copy in a subprocess and must
fail. A recorded test that passed there would be checking only what the cues
supply.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from .conftest import CASSETTES, ROOT

BLANK_ANSWER = json.dumps({"summary": "", "summary_sentences": [], "quotes": [], "positions": [],
                           "experts": [], "conditions": []})

# Each recorded test, and the cassette file it replays.
RECORDED = {
    "tests/test_recorded.py::test_example_article_gives_grounded_attributed_quotes[zh_trade_talks.txt]":
        "test_example_article_gives_grounded_attributed_quotes[zh_trade_talks.txt].yaml",
    "tests/test_recorded.py::test_example_article_gives_grounded_attributed_quotes[en_port_dispute.md]":
        "test_example_article_gives_grounded_attributed_quotes[en_port_dispute.md].yaml",
    "tests/test_recorded.py::test_chinese_example_finds_the_experts":
        "test_chinese_example_finds_the_experts.yaml",
    "tests/test_recorded.py::test_planted_instructions_do_not_produce_invented_records":
        "test_planted_instructions_do_not_produce_invented_records.yaml",
    "tests/test_recorded.py::test_claims_planted_in_body_quote_and_caption_reach_no_field[planted_en.txt]":
        "test_claims_planted_in_body_quote_and_caption_reach_no_field[planted_en.txt].yaml",
    "tests/test_recorded.py::test_claims_planted_in_body_quote_and_caption_reach_no_field[planted_zh.txt]":
        "test_claims_planted_in_body_quote_and_caption_reach_no_field[planted_zh.txt].yaml",
    "tests/test_hook_recorded.py::test_missing_summary_is_made_by_the_model_then_checks_clean":
        "test_example_article_gives_grounded_attributed_quotes[zh_trade_talks.txt].yaml",
}


def blank(cassette: Path, out: Path) -> int:
    """Copy ``cassette`` to ``out`` with every completion's answer blanked; returns how many."""
    data = yaml.safe_load(cassette.read_text(encoding="utf-8"))
    blanked = 0
    for interaction in data["interactions"]:
        if not interaction["request"]["uri"].endswith("/chat/completions"):
            continue
        body = interaction["response"]["body"]
        raw = body["string"]
        if isinstance(raw, bytes):
            raw = raw.decode("utf-8")
        if "data: " in raw and not raw.lstrip().startswith("{"):
            body["string"], n = _blank_stream(raw)
            blanked += n
            continue
        completion = json.loads(raw)
        for choice in completion.get("choices", []):
            message = choice.get("message") or {}
            if message.get("content") is not None:
                message["content"] = BLANK_ANSWER
                blanked += 1
            for call in message.get("tool_calls") or []:
                call["function"]["arguments"] = BLANK_ANSWER
                blanked += 1
        body["string"] = json.dumps(completion)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return blanked


def _blank_stream(raw: str) -> tuple[str, int]:
    """A streamed answer (server-sent events) with its text replaced: the first content chunk
    carries the blank answer, the others carry nothing."""
    lines, done = [], 0
    for line in raw.split("\n"):
        if line.startswith("data: {"):
            chunk = json.loads(line[len("data: "):])
            for choice in chunk.get("choices", []):
                delta = choice.get("delta") or {}
                if delta.get("content"):
                    delta["content"] = "" if done else BLANK_ANSWER
                    done = 1
            line = "data: " + json.dumps(chunk)
        lines.append(line)
    return "\n".join(lines), done


def test_every_recorded_test_is_listed():
    source = (ROOT / "tests" / "test_recorded.py").read_text(encoding="utf-8")
    listed = {n.split("::")[1].split("[")[0] for n in RECORDED if "test_recorded.py" in n}
    defined = {line.split("(")[0][4:] for line in source.splitlines() if line.startswith("def test_")}
    assert defined == listed


@pytest.mark.parametrize("nodeid", sorted(RECORDED))
def test_a_recorded_test_fails_when_the_model_answers_are_blanked(nodeid, tmp_path):
    original = CASSETTES / "test_recorded" / RECORDED[nodeid]
    assert original.is_file(), f"{original} is missing: run .ci/record"
    # Every answer of the cassette blanked (an article that fits is one call on the small profile).
    answers = sum(i["request"]["uri"].endswith("/chat/completions")
                  for i in yaml.safe_load(original.read_text(encoding="utf-8"))["interactions"])
    assert blank(original, tmp_path / "test_recorded" / original.name) == answers >= 1
    module = nodeid.split("::")[0].split("/")[-1].removesuffix(".py")
    if module != "test_recorded":  # the hook test replays test_recorded's cassette by path
        (tmp_path / module).mkdir(exist_ok=True)
    env = {**os.environ, "SUMMARIZER_CASSETTES": str(tmp_path)}
    run = subprocess.run([sys.executable, "-m", "pytest", "-q", "-x", "-p", "no:cacheprovider", nodeid],
                         cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
    assert run.returncode == 1, run.stdout[-2000:]
    assert "1 failed" in run.stdout
    # It fails on an assertion about the answers, not because the replay missed a request.
    assert "AssertionError" in run.stdout and "CannotOverwriteExistingCassette" not in run.stdout
