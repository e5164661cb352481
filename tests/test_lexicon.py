"""The shipped English lexicon is what bench/build_lexicon.py learns from PolNeAR train."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _builder():
    spec = importlib.util.spec_from_file_location("build_lexicon", ROOT / "bench" / "build_lexicon.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_shipped_lexicon_matches_a_rebuild_from_train() -> None:
    b = _builder()
    if not b.TRAIN.exists():
        pytest.skip("PolNeAR train is not beside this checkout")
    shipped = json.loads(b.OUT.read_text(encoding="utf-8"))
    rebuilt = b.build(
        b._load(), shipped["min_articles"], shipped["min_share"], shipped["min_lemma_share"], shipped["min_use_share"]
    )
    assert rebuilt == shipped


def test_lexicon_keeps_common_speech_verbs_and_drops_function_words() -> None:
    lex = json.loads((ROOT / "summarizer" / "cues" / "lexicon_en.json").read_text(encoding="utf-8"))
    assert {"said", "told", "according to", "wrote", "added"} <= set(lex["speech_verbs"])
    assert not {"the", "a", "as", "in", "to"} & set(lex["speech_verbs"])


def test_learned_verbs_come_from_annotated_cues_not_from_a_list() -> None:
    b = _builder()
    articles = [
        {"id": str(i), "text": "He grumbled. She grumbled.", "gold_quotes": [],
         "gold_attributions": [{"type": "direct_or_mixed", "cue": "has also grumbled", "source": "he"}]}
        for i in range(3)
    ]  # fmt: skip
    assert b.build(articles, 3, 0.05)["speech_verbs"] == ["grumbled"]
    assert b.build(articles[:2], 3, 0.05)["speech_verbs"] == []


def test_learned_words_must_be_of_the_right_word_class() -> None:
    """A constructed train: a noun cue is not a speech verb; an adjective, the start of an
    organisation's name or a word before one name only is not a title; a noun before the
    names of different people is."""
    b = _builder()
    text = (
        "The comedian grumbled. His assertion stood. The new human rights watch began in the harbor. "
        "Comedian {name} grumbled. Human Rights Watch grumbled. New Hampshire Voters grumbled. "
        "Harbor Evening Gazette grumbled."
    )
    people = ["Ann Reyes", "Bo Lind", "Cy Marsh"]
    articles = [
        {"id": str(i), "text": text.format(name=name),
         "gold_quotes": [{"speaker": f"Comedian {name}"}, {"speaker": "Human Rights Watch"},
                         {"speaker": "New Hampshire Voters"}, {"speaker": "Harbor Evening Gazette"}],
         "gold_attributions": [{"type": "direct_or_mixed", "cue": "grumbled", "source": "she"},
                               {"type": "direct_or_mixed", "cue": "assertion", "source": "he"}]}
        for i, name in enumerate(people)
    ]  # fmt: skip
    lex = b.build(articles, 3, 0.05)
    assert lex["speech_verbs"] == ["grumbled"]
    assert lex["titles"] == ["comedian"]


def test_a_verb_rarely_speech_in_any_form_is_dropped_even_if_one_form_passes() -> None:
    b = _builder()
    cued = [
        {"id": str(i), "text": "She played it down. He grumbled.", "gold_quotes": [],
         "gold_attributions": [{"type": "direct_or_mixed", "cue": "played", "source": "she"},
                               {"type": "direct_or_mixed", "cue": "grumbled", "source": "he"}]}
        for i in range(3)
    ]  # fmt: skip
    others = [{"id": f"o{i}", "text": "They play chess.", "gold_quotes": [], "gold_attributions": []} for i in range(60)]
    assert b.build(cued + others, 3, 0.05)["speech_verbs"] == ["grumbled", "played"]
    assert b.build(cued + others, 3, 0.05, 0.05)["speech_verbs"] == ["grumbled"]


def test_a_verb_must_introduce_quotes_in_a_share_of_its_uses() -> None:
    # constructed: 'began' is a quote's cue in every article, but once among many uses
    b = _builder()
    text = "It began at noon. The vote began. Talks began again. The rally began late. He grumbled."
    articles = [
        {"id": str(i), "text": text, "gold_quotes": [],
         "gold_attributions": [{"type": "direct_or_mixed", "cue": "began", "source": "she"},
                               {"type": "direct_or_mixed", "cue": "grumbled", "source": "he"}]}
        for i in range(10)
    ]  # fmt: skip
    assert b.build(articles, 3, 0.05)["speech_verbs"] == ["began", "grumbled"]
    assert b.build(articles, 3, 0.05, 0.0, 0.3)["speech_verbs"] == ["grumbled"]
    assert b.wilson_low(0, 10) == 0.0 and 0.0 < b.wilson_low(2, 11) < 2 / 11


def test_judgment_verbs_are_a_closed_class_of_verb_forms() -> None:
    b = _builder()
    forms = b.reporting_forms(b.JUDGMENT_LEMMAS)
    assert {"praised", "condemns", "lambasting", "dubbed", "labeled"} <= set(forms)
    # forms that also read as nouns ('calls', 'brands', 'mock') are not attribution cues
    assert not {"calls", "brands", "mock", "thanks"} & set(forms)


def test_words_keep_their_apostrophes() -> None:
    # constructed: "Lind's" and "don't" are one word each, not 'lind' + 's' and 'don' + 't'
    b = _builder()
    assert b._TOKEN.findall("Lind's plan, they don't know, O'Brien said") == [
        "Lind's", "plan", "they", "don't", "know", "O'Brien", "said",
    ]  # fmt: skip
    assert b._USE.findall("Lind's plan") == ["plan"]
    assert b._cue_verb("’s remarks") == "remarks"
