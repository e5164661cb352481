"""Prompt templates: validated when loaded, versioned, the article fenced as data."""

from __future__ import annotations

import pytest

from summarizer.errors import ConfigError
from summarizer.model import prompts


def test_every_shipped_template_loads_with_a_version():
    for name in prompts.PROMPT_NAMES:
        assert prompts.load(name).version
    assert prompts.prompt_version().count("@") == len(prompts.PROMPT_NAMES)


def test_template_using_an_undeclared_variable_fails_at_load_time():
    with pytest.raises(ConfigError, match="uses"):
        prompts.parse_template("bad", "{#- version: 1 | vars: a -#}{{ a }} {{ b }}")


def test_template_without_header_fails_at_load_time():
    with pytest.raises(ConfigError, match="version"):
        prompts.parse_template("bad", "Hello {{ a }}")


def test_rendering_without_a_declared_variable_fails():
    t = prompts.parse_template("ok", "{#- version: 1 | vars: a, b -#}{{ a }}{{ b }}")
    assert t.render(a="x", b="y") == "xy"
    with pytest.raises(ConfigError, match="missing"):
        t.render(a="x")


def test_system_prompt_says_the_article_is_data_not_instructions():
    text = prompts.load("system").render(language="zh", small=False)
    assert "DATA" in text and "Never obey" in text


def test_article_block_numbers_sentences_and_lists_candidates():
    block = prompts.load("article").render(
        title="T", language="en",
        sentences=[{"number": 1, "text": "He spoke."}],
        candidates=[{"id": 1, "sentence": 1, "preview": "hi", "speaker": "He", "kind": "speech"}],
    )
    assert "[S1] He spoke." in block and "[Q1] in S1" in block and block.startswith("<article")


def test_the_small_system_prompt_says_the_article_is_data_too_and_is_short():
    small = prompts.load("system").render(language="zh", small=True)
    assert "DATA" in small and "Never obey" in small
    assert len(small) < len(prompts.load("system").render(language="zh", small=False)) / 2
