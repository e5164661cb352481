"""Repairs applied to raw model answers before validation."""

from __future__ import annotations

import json

from summarizer.model.repairs import close_truncated_json, escape_control_chars


def test_control_characters_are_escaped_only_inside_strings():
    raw = '{\n "summary": "line one\nline\ttwo \\" still\x01 inside"\n}'
    fixed = escape_control_chars(raw)
    assert json.loads(fixed)["summary"] == 'line one\nline\ttwo " still\x01 inside'
    assert fixed.startswith('{\n "summary"')  # structural whitespace untouched


def test_truncated_answer_keeps_its_complete_items():
    raw = '{"quotes": [{"quote_id": 1, "speaker": "周明远"}, {"quote_id": 2, "speak'
    closed = close_truncated_json(raw)
    # whole items survive; the half-written one is dropped, not kept half-empty
    assert json.loads(closed) == {"quotes": [{"quote_id": 1, "speaker": "周明远"}]}


def test_truncated_answer_keeps_finished_top_level_members():
    raw = '{"quotes": [], "positions": [{"holder": "A", "topic": "t"}], "experts": [{"expert": "赵'
    assert json.loads(close_truncated_json(raw)) == {
        "quotes": [], "positions": [{"holder": "A", "topic": "t"}], "experts": []}


def test_truncated_answer_with_nothing_complete_is_refused():
    assert close_truncated_json('{"summary": "半句') is None


def test_brackets_inside_strings_do_not_count():
    raw = '{"summary": "a } b ]", "quotes": []}'
    assert close_truncated_json(raw) == raw
