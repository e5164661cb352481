"""The first-character lookahead that keeps long word alternations fast."""

from __future__ import annotations

import re

from summarizer.cues import experts, zh
from summarizer.cues.scan import first_chars


def test_first_chars_is_a_lookahead_on_first_characters() -> None:
    guard = re.compile(first_chars(["表示", "说", "a.b"]))
    assert [bool(guard.match(s)) for s in ("表", "说", "a", "示", ".")] == [True, True, True, False, False]


def test_every_speech_verb_still_matches_behind_the_guard() -> None:
    # Constructed: each verb of the closed class after a name; the guard must not hide any.
    for verb in zh._VERBS:
        assert zh.VERB.search(f"李平{verb}，") is not None, verb


def test_every_institution_still_matches_behind_the_guard() -> None:
    # Constructed: 南方<institution>教授李平表示 for each institution word.
    for inst in experts._ZH_INST_WORDS:
        m = experts.ZH_EXPERT.search(f"据悉，南方{inst}教授李平表示，")
        assert m is not None and m.group("name") == "李平", inst


def test_every_office_word_still_introduces_a_name() -> None:
    for office in (*zh._OFFICE_WORDS, "部长", "首相"):
        assert zh._INTRODUCED.search(f"该国{office}王明，") is not None, office
