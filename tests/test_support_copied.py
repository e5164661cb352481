"""A clause copied word for word from its evidence drops a negation when the words around the copy negate it.

Every sentence below is CONSTRUCTED for these tests (no article text). A
record's stance is often the article's own clause; a verbatim substring can
still leave out the negation or denial around it ('并非X' -> 'X',
'不同意X' -> '同意X', 'did not say X' -> 'X'), and the check must fail it.
"""

from __future__ import annotations

import pytest

from summarizer.grounding.support import supported
from summarizer.grounding.tokens import copies, negations_in

# (evidence sentence, claim copied from it): the claim states what the sentence states.
FAITHFUL = [
    ("zh", "市长表示，市政府不会提高公交票价。", "市政府不会提高公交票价"),
    ("zh", "江苏无锡市中级人民法院判决该公司赔偿损失。", "判决该公司赔偿损失"),
    ("en", "The mayor said the council would not raise bus fares next year.",
     "the council would not raise bus fares next year"),
]

# (evidence sentence, claim copied from it): the copy drops a negation or denial around it.
UNFAITHFUL = [
    ("zh", "发言人说，公司并非要求员工周末加班。", "要求员工周末加班"),
    ("zh", "工会代表不同意延长每周工时。", "同意延长每周工时"),
    ("zh", "工会代表并非不愿意延长每周工时。", "不愿意延长每周工时"),
    ("zh", "经理否认公司将关闭南区工厂。", "公司将关闭南区工厂"),
    ("zh", "村民拒绝接受开发商的赔偿方案。", "接受开发商的赔偿方案"),
    ("zh", "所谓公司将裁员三成的消息并不属实。", "公司将裁员三成"),
    ("zh", "店主说：“也许不是全城最大的书店，但是全城最有特色的书店。”", "全城最大的书店"),
    ("en", "The senator did not say the bill would pass this spring.", "the bill would pass this spring"),
    ("en", "The governor denied that the plant would close in March.", "the plant would close in March"),
    ("en", "The minister refused to sign the fishing treaty.", "sign the fishing treaty"),
    ("en", "Neither the union nor the board accepted the arbitrator's ruling.",
     "accepted the arbitrator's ruling"),
    ("en", "\"I didn't like the plan much, but I did like the plan's goals,\" Ortiz said.",
     "I did like the plan much"),
]


@pytest.mark.parametrize(("lang", "evidence", "claim"), FAITHFUL)
def test_a_copied_clause_is_supported(lang, evidence, claim):
    verdict = supported(claim, [evidence], lang)
    assert verdict, verdict.reason


@pytest.mark.parametrize(("lang", "evidence", "claim"), UNFAITHFUL)
def test_a_copy_that_drops_the_negation_around_it_fails(lang, evidence, claim):
    verdict = supported(claim, [evidence], lang)
    assert not verdict
    assert "negation" in verdict.reason or "around" in verdict.reason


def test_copies_give_the_words_around_each_copied_clause_within_its_evidence_clause():
    ev = ["前言，工会代表不同意延长每周工时，并表示将继续谈判。"]
    copy, = copies(["同意延长每周工时"], ev)
    assert (copy.before, copy.after, copy.clause) == ("工会代表不", "", "工会代表不同意延长每周工时")
    assert copies(["缩短每周工时", "是"], ev) == [None, None]  # not copied; too short to place


def test_a_clause_found_twice_is_the_copy_that_follows_the_clause_before_it():
    ev = ["\"I don't know what Ben did or didn't see, I don't know.\""]
    parts = ["I don't know what Ben did or didn't see", "I don't know"]
    first, second = copies(parts, ev)
    assert second.before == " " and second.after == ".\""
    assert supported("I don't know what Ben did or didn't see, I don't know.", ev, "en")


def test_names_and_time_words_are_not_negations():
    # Constructed: place and person names and time words that begin with 无/莫/不.
    assert negations_in("江苏无锡市的莫迪先生不久前到访", "zh") == []
    assert negations_in("他不久前表示不会参加", "zh") == ["不会"]
