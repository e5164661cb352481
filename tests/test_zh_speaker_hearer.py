"""Chinese quote speakers before a colon: a person after a preposition of address (V给X, 向X V,
对着X, 冲X) is the one spoken to, not the speaker; the speaker is the clause's subject, or unknown when
the clause has none (every article here is constructed)."""

from __future__ import annotations

from summarizer.article import from_text
from summarizer.cues import Cues, QuoteCue, find_cues


def cues_of(text: str) -> Cues:
    return find_cues(from_text(text))


def by_text(cues: Cues, fragment: str) -> QuoteCue:
    return next(q for q in cues.quotes if fragment in q.text)


def test_the_person_spoken_to_is_not_the_speaker() -> None:
    # constructed: the only name in the clause is the hearer after 给 / 向
    c = cues_of("警方通报了此事。两名男子将刘某带到仓库，同时放话给刘某：“你要是不听话，就别想回家。”")
    assert by_text(c, "别想回家").speaker != "刘某"
    c = cues_of("事情发生在周五晚上。一名陌生男子随后向周某喊道：“把东西放下，马上离开这里。”")
    assert by_text(c, "马上离开").speaker != "周某"


def test_the_subject_before_the_hearer_still_speaks() -> None:
    # constructed: a named subject opens the clause, the hearer follows 给
    c = cues_of("案件今天开庭。被告人李某随后写信给宋某：“你要替我保密。”")
    assert by_text(c, "替我保密").speaker == "李某"
