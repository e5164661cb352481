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
