"""Which English quoted strings are speech: constructed articles (written for these tests, not from any article)."""

from __future__ import annotations

from summarizer.article import from_text
from summarizer.cues import Cues, QuoteCue, find_cues


def cues_of(text: str) -> Cues:
    return find_cues(from_text("Constructed headline for a test.\n\n" + text))


def by_text(cues: Cues, fragment: str) -> QuoteCue:
    return next(q for q in cues.quotes if fragment in q.text)


def test_single_marks_in_a_double_mark_article_are_heads_not_speech() -> None:
    # constructed: American style quotes speech in double marks; a single-quoted section head
    # or deck is no quotation
    c = cues_of(
        "Council weighs ferry cuts as riders warn of 'a lost winter'\n\n"
        '"We will keep the ferry running all winter," Mayor Ana Lopez said on Monday.\n\n'
        "'Not one boat less.'\n\n"
        'Tom Reyes, who chairs the riders\' group, said the cuts were "a slow way to close the pier."\n\n'
        '"Nobody asked the riders," Reyes said.'
    )
    assert by_text(c, "a lost winter").kind == "other"
    assert by_text(c, "Not one boat less").kind == "other"
    assert by_text(c, "running all winter").is_speech
    assert by_text(c, "slow way to close").is_speech


def test_single_marks_are_speech_in_an_article_that_quotes_with_them() -> None:
    # constructed: British style quotes speech in single marks
    c = cues_of(
        "'We will keep the ferry running all winter,' Mayor Ana Lopez said on Monday.\n\n"
        "Tom Reyes, who chairs the riders' group, said: 'Nobody asked the riders.'\n\n"
        "The council meets again in March."
    )
    assert by_text(c, "running all winter").is_speech
    assert by_text(c, "Nobody asked").is_speech
    assert by_text(c, "Nobody asked").speaker == "Tom Reyes"


def test_a_short_quote_after_a_person_named_as_agent_or_possessor_is_their_words() -> None:
    # constructed: no speech verb in the sentence, but a person whose words the phrase are
    c = cues_of(
        'Mayor Ana Lopez met the riders on Monday.\n\n'
        'Lopez\'s latest promise of a "bigger ferry" drew cheers.\n\n'
        'She repeated her plan for "a ferry every hour" at the pier.\n\n'
        'The city faces a "perfect storm" of costs this winter.'
    )
    promise = by_text(c, "bigger ferry")
    assert promise.is_speech and promise.mixed and promise.speaker == "Lopez"
    plan = by_text(c, "every hour")
    assert plan.is_speech and plan.speaker == "Ana Lopez"
    assert by_text(c, "perfect storm").kind == "scare"  # nobody's words: the writer's
