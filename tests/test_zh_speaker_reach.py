"""A Chinese quote standing alone (no speech verb, no person after it) goes on with the last speaker only
when that speaker is still in reach: named in the quote's own sentence or the three before it (or, behind a
clause about 他/她, the three before those), or the speaker of a quote in those sentences. Further off, the
words may be anyone's: no speaker rather than a guess. Every article here is constructed."""

from __future__ import annotations

from summarizer.article import from_text
from summarizer.cues import Cues, QuoteCue, find_cues


def cues_of(text: str) -> Cues:
    return find_cues(from_text(text))


def by_text(cues: Cues, fragment: str) -> QuoteCue:
    return next(q for q in cues.quotes if fragment in q.text)


def test_a_quote_far_from_the_last_speaker_has_no_speaker() -> None:
    # constructed: 周建国 spoke four sentences back; the sentences since are about the flood, not about him
    c = cues_of(
        "镇长周建国表示，今年的防汛工作已经全面展开。"
        "上周的暴雨让河水上涨了两米。下游三个村的农田被淹。抢险队连夜加固了堤坝。"
        "“再下一场雨，这段堤坝就守不住了。”"
    )
    assert by_text(c, "守不住了").speaker is None


def test_a_quote_right_after_the_speakers_sentence_goes_on_with_the_speaker() -> None:
    # constructed: the sentence before names the speaker, who is still talking
    c = cues_of("镇长周建国表示，今年的防汛工作已经全面展开。“我们准备了两千个沙袋。”")
    assert by_text(c, "两千个沙袋").speaker == "周建国"


def test_a_quote_three_sentences_on_still_goes_on_with_the_speaker() -> None:
    # constructed: two sentences between the speaker's name and the words
    c = cues_of(
        "镇长周建国表示，今年的防汛工作已经全面展开。全镇已经组织了五支抢险队。下游的农田被淹了。"
        "“我们准备了两千个沙袋。”"
    )
    assert by_text(c, "两千个沙袋").speaker == "周建国"


def test_a_clause_about_him_keeps_the_speaker_in_reach() -> None:
    # constructed: 他 carries the speaker through sentences that no longer name him
    c = cues_of(
        "镇长周建国表示，今年的防汛工作已经全面展开。"
        "上周的暴雨让河水上涨了两米。他连夜赶到了堤坝上。抢险队也随后赶到。"
        "“再下一场雨，这段堤坝就守不住了。”"
    )
    assert by_text(c, "守不住了").speaker == "周建国"


def test_without_a_clause_about_him_the_same_distance_is_out_of_reach() -> None:
    # constructed: the same four sentences, none of them about him
    c = cues_of(
        "镇长周建国表示，今年的防汛工作已经全面展开。"
        "上周的暴雨让河水上涨了两米。下游的农田被淹了。抢险队也随后赶到。"
        "“再下一场雨，这段堤坝就守不住了。”"
    )
    assert by_text(c, "守不住了").speaker is None


def test_a_quote_after_the_speakers_last_quote_goes_on_with_it() -> None:
    # constructed: the quote before is the speaker's, in the sentence before, though his name is further off
    c = cues_of(
        "镇长周建国表示，今年的防汛工作已经全面展开。上周的暴雨让河水上涨了两米。"
        "下游三个村的农田被淹。抢险队连夜加固了堤坝。"
        "他说：“堤坝还算牢固。”“不过再下一场雨就难说了。”"
    )
    assert by_text(c, "再下一场雨").speaker == by_text(c, "还算牢固").speaker
