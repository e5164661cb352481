"""The llama.cpp grammar is generated from the answer models, which take their fields from the records."""

from __future__ import annotations

from summarizer.model.answers import ConditionAnswer, ExpertAnswer, PositionAnswer
from summarizer.model.grammar import grammar_schema, small_grammar_schema
from summarizer.records import ExpertAssessment, Position, StatedPrecondition


def test_each_answer_has_its_records_fields_plus_the_cited_sentences():
    for answer, record in ((PositionAnswer, Position), (ExpertAnswer, ExpertAssessment),
                           (ConditionAnswer, StatedPrecondition)):
        # Spans are the grounding's (like evidence), never the model's to write.
        grounded = {"evidence", "source", "condition_span", "consequence_span"}
        own = [f for f in record.model_fields if f not in grounded]
        assert list(answer.model_fields) == [*own, "sentences"]


def test_the_grammar_requires_every_answer_field_in_order():
    props = grammar_schema("extract", quote_ids=[4])["properties"]
    for key, answer in (("positions", PositionAnswer), ("experts", ExpertAnswer),
                        ("conditions", ConditionAnswer)):
        assert props[key]["items"]["required"] == list(answer.model_fields)
    assert props["positions"]["items"]["properties"]["holder_kind"]["enum"][-1] == "other"


def test_candidate_quotes_are_answered_one_each_in_order_without_free_text():
    quotes = grammar_schema("extract", quote_ids=[2, 7])["properties"]["quotes"]
    assert [q["properties"]["quote_id"] for q in quotes["prefixItems"]] == [{"const": 2}, {"const": 7}]
    assert quotes["minItems"] == quotes["maxItems"] == 2 and quotes["items"] is False
    assert all("text" not in q["properties"] for q in quotes["prefixItems"])


def test_without_candidates_quotes_are_copied_text_with_a_named_speaker():
    item = grammar_schema("extract", quote_ids=None)["properties"]["quotes"]["items"]
    assert item["required"] == ["text", "speaker", "speaker_role"]
    assert item["properties"]["speaker"] == {"type": "string"}


def test_the_summary_call_may_write_only_the_summary():
    assert grammar_schema("summary")["required"] == ["summary"]


def test_the_small_grammar_asks_only_what_is_left_open():
    schema = small_grammar_schema("extract", quote_ids=[], actors=["A"], experts=[], sentences=[1, 2],
                                  condition_sentences=[], summary_sentences=[1, 2])
    assert list(schema["properties"]) == ["positions", "summary_sentences"]
    assert small_grammar_schema("extract", sentences=[1])["properties"] == {}


def test_a_small_models_holder_may_cite_only_the_sentences_it_is_in():
    schema = small_grammar_schema("extract", actors=["A", "B", "C"], sentences=[1, 2, 3],
                                  actor_sentences={"A": [1], "B": [2, 3], "C": []})
    choices = schema["properties"]["positions"]["items"]["anyOf"]
    cited = {c["properties"]["holder"]["const"]: c["properties"]["sentences"]["items"]["enum"] for c in choices}
    assert cited == {"A": [1], "B": [2, 3]}  # C is named in no sentence: no choice
