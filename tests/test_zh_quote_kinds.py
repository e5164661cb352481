"""Which Chinese quoted strings are speech: constructed sentences (written for these tests, not from any article)."""

from __future__ import annotations

from summarizer.article import from_text
from summarizer.cues import find_cues


def kinds(text: str) -> dict[str, str]:
    return {q.text: q.kind for q in find_cues(from_text(text)).quotes}


def test_a_short_name_a_text_defines_is_a_name_not_speech() -> None:
    # constructed: 下称 / 以下称 / 史称 / 又称 define a name; 称 alone still reports speech
    k = kinds(
        "青石科技股份有限公司(下称“青石科技”)昨日发布公告。该会议史称“秋田会议”。"
        "这种面饼又称“月牙饼”。公司发言人称：“我们将按期交付。”"
    )
    assert k["青石科技"] == "name"
    assert k["秋田会议"] == "name"
    assert k["月牙饼"] == "name"
    assert k["我们将按期交付。"] == "speech"


def test_a_quote_summed_up_by_a_demonstrative_or_deng_is_a_term() -> None:
    # constructed: “…”这一目标 / “…”等标语 hold up a text; “…”这种话 and “…”这位X表示 stay speech
    k = kinds(
        "新规是为实现“让每位老人吃上热饭，让每个孩子有人照看”这一目标。"
        "居民举着“守护绿水青山，共建美丽家园”等标语走上街头。"
        "他在会上放出“谁拦我们，我们就换人，不惜一切代价”这种话。"
        "“今年的工作重点就是安全，安全，还是安全”这位负责人表示。"
    )
    assert k["让每位老人吃上热饭，让每个孩子有人照看"] == "name"
    assert k["守护绿水青山，共建美丽家园"] == "name"
    assert k["谁拦我们，我们就换人，不惜一切代价"] == "speech"
    assert k["今年的工作重点就是安全，安全，还是安全"] == "speech"


def test_a_quote_that_is_the_last_clause_of_a_speech_sentence_is_speech() -> None:
    # constructed: the speech verb is two clauses before the quote; a bare term in that place stays out
    k = kinds(
        "站长周立新表示，新线路下月开通，“我们还要再加两趟车”。"
        "她说，这批货物早已清点入库，属于“库存商品”。"
    )
    assert k["我们还要再加两趟车"] == "speech"
    assert k["库存商品"] != "speech"
