"""Chinese stance verbs that tell an act of the story, not a stance taken.

Every article here is constructed for these tests (invented places, bodies and people).
"""

from __future__ import annotations

import pytest

from .conftest import stance_holders as holders


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # A private person's 决定: what they did next in the story.
        ("孩子回家后一直在哭，于是市民马先生决定亲自去学校查看监控。", "马先生"),
        ("经过近半小时劝导无果后，民警决定对涉事司机采取强制措施。", "民警"),
        ("反复考虑后，市民郑海峰决定暂时放弃手术，退还全部善款。", "郑海峰"),
        # A Chinese name alone, no post: the person of a feature story.
        ("经过认真思考，刘建国决定辞职回乡开一家米店。", "刘建国"),
    ],
)
def test_a_persons_decision_told_in_the_story_is_no_stance(text: str, person: str) -> None:
    assert not [s for h, s in holders(text) if person in h and "决定" in s]


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        # A body's decision is its policy.
        ("海湾市证监局决定对渡轮公司立案调查。", "海湾市证监局"),
        # So is an office holder's: the article names the post.
        ("海湾市副市长张建国决定暂停渡轮公司的全部航线，直至调查结束。", "张建国"),
        # A foreign leader is often named bare: the name alone does not make the decision private.
        ("面对渡轮公司的请求，马克西姆决定暂停渡轮公司的全部航线。", "马克西姆"),
    ],
)
def test_a_bodys_or_an_office_holders_decision_is_a_stance(text: str, holder: str) -> None:
    assert any(holder in h and "暂停" in s or holder in h and "立案" in s for h, s in holders(text))


@pytest.mark.parametrize("writer", ["我们", "笔者"])
def test_the_writers_own_view_is_read_for_each_name_the_writer_goes_by(writer: str) -> None:
    # The conditions' writer's names (zh words WE / WRITER); a site's 小编 narrates advice, no stance (test_stances).
    text = f"海湾市的渡轮票价又涨了。{writer}认为，票价上涨应当先听取市民的意见。"
    assert (writer, "票价上涨应当先听取市民的意见") in holders(text)


@pytest.mark.parametrize(
    "text",
    [
        # 坚持 with a complement or a duration: persevering, an endurance told.
        "郑海峰终于坚持下来了，从山脚下开始补种。",
        "乡村医生梁春荣常背着药箱为人治病，已坚持20多年。",
        "然而，父亲还是让大哥坚持住。",
    ],
)
def test_persevering_is_no_insisting(text: str) -> None:
    assert not [s for _, s in holders(text) if "坚持" in s]


def test_insisting_is_a_stance() -> None:
    assert ("港务局", "坚持认为渡轮公司应当停航") in holders("港务局坚持认为渡轮公司应当停航。")
