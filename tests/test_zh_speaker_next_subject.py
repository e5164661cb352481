"""A Chinese quote that opens its paragraph with no speech verb: the person the next sentence is
about says it (every article here is constructed)."""

from __future__ import annotations

from summarizer.article import from_text
from summarizer.cues import Cues, QuoteCue, find_cues
from summarizer.cues.zh.reference import next_subject


def cues_of(text: str) -> Cues:
    return find_cues(from_text(text))


def by_text(cues: Cues, fragment: str) -> QuoteCue:
    return next(q for q in cues.quotes if fragment in q.text)


def test_a_paragraph_opening_quote_is_the_titled_subject_after_it_not_the_last_speaker() -> None:
    # constructed: 孙建平 spoke last; the new paragraph's words are the clerk's, named after them
    c = cues_of(
        "区长孙建平表示：“今年要新建三座公园。”\n\n"
        "“公园建好了，孩子们放学就有地方玩了。”东城区建设银行支行职员林小峰心情激动。他家就住在公园旁边。"
    )
    assert by_text(c, "有地方玩了").speaker == "林小峰"


def test_a_paragraph_run_together_behind_its_indent_opens_a_paragraph_too() -> None:
    # constructed: paragraphs joined by the ideographic spaces that indent them
    c = cues_of(
        "　　区长孙建平表示：“今年要新建三座公园。”记者来到施工现场。"
        "　　“工期很紧，大家都在加班。”在施工队队长何志强眼中，这是一项民心工程。"
    )
    assert by_text(c, "都在加班").speaker == "何志强"


def test_the_next_subject_is_the_name_before_its_predicate() -> None:
    # constructed clauses: a date may come first; a possessor, an object or a place is no subject
    assert next_subject("5月3日，退休工人赵德明坐在门口晒太阳。") == "赵德明"
    assert next_subject("刘女士笑着点了点头。") == "刘女士"
    assert next_subject("赵德明的父亲坐在门口。") is None
    assert next_subject("看着儿子赵德明，他笑了。") is None
    assert next_subject("在许多人眼里，这是好事。") is None


def test_a_quote_inside_a_paragraph_still_continues_the_speaker() -> None:
    # constructed: the quote does not open its paragraph, so the last speaker goes on
    c = cues_of(
        "区长孙建平表示，今年要新建三座公园。“公园建好了，孩子们就有地方玩了。”东城区职员林小峰心情激动。"
    )
    assert by_text(c, "有地方玩了").speaker == "孙建平"
