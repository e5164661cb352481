"""One position per actor and stance, in the final record set of either engine.

Both engines find more statements than positions: every quote and every
reported-speech clause of a speaker is a candidate, so one holder gets three
or four records where a reader sees one stance. The gold guide's definition
is the rule applied here, after the model's records and the cues' are merged
(so the model path never floods the rules floor):

- a position is a stance an actor takes (wants, demands, offers, refuses,
  supports, opposes, warns …): a clause governed by a verb of that closed
  class outranks a view (speech with a modal or evaluative word: will,
  should, 将, 应该 …), which outranks any other reported statement
  (``cues.stances.stance_strength``);
- one holder's records on the same or the next sentence state one stance:
  they become one record, the strongest clause kept, every sentence cited;
  the run is followed through (a stance verb, a quote, a view on three
  sentences in a row are one record, whichever was read first);
- a plain statement (no stance verb, no view) by a holder who already has a
  record anywhere in the article adds evidence to that record, not a new
  position: a reader's brief lists an actor's stance once, not each thing
  the actor said; a view joins the same way, so only a stance verb opens
  a holder's second stance (``_JOINS_ANY``), whatever type a model gave it;
- a holder must be an actor who takes stances (``cues.stances.takes_stances``):
  an outlet reports one, a document states a rule, an analyst (one the
  expert cues name, one the article titles 教授 / economist, or an unnamed
  业内专家 / analysts) assesses, and a clause
  or fragment ('约翰·罗伯茨暂时中止了诉讼') names nobody: none holds a position,
  whichever engine wrote it;
- a record only the headline states (a short first paragraph of one or two lines) is
  left out: the headline restates the body in headline words ('could draw
  Trump support'), and the body's sentence is the evidence a reader checks;
- a holder that stands inside another speaker's words (科斯塔说，西陆愿意…)
  takes no stance there: the speaker's record states it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from ..article import Article
from ..cues import sentence_at
from ..cues.stances import holder_key, in_anothers_words, masked_view, stance_strength, takes_stances, zh_person
from ..cues.types import ExpertCue, QuoteCue
from ..records import Position

# The strongest record that joins its holder's record anywhere in the article, not only next to it.
# English: a view as well as a plain report, whatever stance type a model gave it: the sentence's
# words decide a record's strength, not its source (the small model's type on a view opened its
# holder's second record; on 16 zh-silver articles' saved answers 3 such, none gold, and the model
# path P 0.622 -> 0.648 at the same core recall). Chinese as well: a private speaker's second and third
# views (张先生 on the school, the fees, the flights) are one stance to a reader; on zh-silver-a and -b
# (rules) precision rose 0.338 -> 0.400 and 0.439 -> 0.509, core recall 15/53 and 15/50 -> 15/53 and 14/50.
_JOINS_ANY = {"en": 2, "zh": 2}


@dataclass
class _Stance:
    record: Position
    strength: int
    sentences: set[int] = field(default_factory=set)


def same_holder(a: str, b: str, language: str) -> bool:
    """'特朗普' and '美国总统特朗普', 'Trump' and 'Donald Trump': one actor."""
    ka, kb = holder_key(a, language), holder_key(b, language)
    if ka == kb:
        return bool(ka)
    if language != "zh":
        # 'Alwaleed' after 'Prince Alwaleed Bin Talal', 'Hillary' after 'Hillary Clinton': a one-word
        # holder that is the other's first name.
        one, full = sorted((a.split(), b.split()), key=len)
        return len(one) == 1 and len(full) > 1 and one[0][:1].isupper() and one[0] == full[0]
    return language == "zh" and min(len(ka), len(kb)) >= 2 and (ka in kb or kb in ka)


def one_per_stance(
    article: Article, positions: list[Position], quotes: Sequence[QuoteCue] = (), experts: Sequence[ExpertCue] = ()
) -> list[Position]:
    """Records of one holder on the same or neighbouring sentences joined into one.

    Args:
        article: the article the records were found in.
        positions: every grounded position of one run (either engine, any source).
        quotes: the article's quote cues (speech inside them is the quoted speaker's).
        experts: the article's expert cues (a named analyst holds no position).

    Returns:
        One record per holder and stance, in article order. A joined record
        is its strongest member (a stance verb over a view over a plain
        statement, then the earliest) with every member's evidence.
    """
    sents = article.sentences
    lang = article.language
    found: list[_Stance] = []
    masked = masked_view(article, quotes)
    head = headline_end(article)
    for p in positions:
        if not takes_stances(p.holder, lang, experts, article.text):
            continue
        if head and p.evidence and all(e.start < head for e in p.evidence):
            continue  # the headline restates the body in headline words: the body is the evidence
        idx = {sentence_at(sents, e.start) for e in p.evidence} if sents else set()
        if idx and all(in_anothers_words(article, masked, i, p.holder, p.stance) for i in idx):
            continue
        text = " ".join(sents[i].text for i in sorted(idx)) or p.stance
        found.append(_Stance(p, stance_strength(lang, text, p.holder, p.stance), idx))
    # A speaker's quote that states no stance (strength 1) supports its speaker's stance; it opens none.
    said = {q.text.strip(" ,，") for q in quotes if q.is_speech}
    kept: list[_Stance] = []
    for c in sorted(found, key=lambda c: (-c.strength, _first(c.record))):
        mine = [k for k in kept if same_holder(c.record.holder, k.record.holder, lang)]
        near = [k for k in mine if any(abs(i - j) <= 1 for i in c.sentences for j in k.sentences)]
        if near:
            # A run of one holder's sentences is one stance, whatever order its members come in:
            # a record that bridges two kept ones (a quote between a stance verb and a view) joins them.
            _join(near[0], c)
            for k in near[1:]:
                _join(near[0], k)
                kept.remove(k)
        elif mine and c.strength <= _JOINS_ANY.get(lang, 1):
            _join(mine[0], c)
        elif c.strength == 1 and lang == "zh" and c.record.stance in said:
            continue  # 周明说：“早上五点多，我听到一声巨响。”: an account, and no stance of theirs it supports
        elif c.strength == 1 and lang == "zh" and not c.record.stance_type and zh_person(c.record.holder, article.text):
            continue  # 副区长刘燕飞说，虽然有打捞船…跟不上…: a person's account of facts, no stance
        else:
            kept.append(c)
    if lang == "en":
        # A plain statement standing alone (no stance verb, no view, nothing of its holder's joined to
        # it: 'It just was never meant to be', 'I don't have any new announcements yet') is something
        # said, not a stance taken.
        kept = [k for k in kept if k.strength > 1 or len(k.record.evidence) > 1 or k.record.stance_type]
    return [k.record for k in sorted(kept, key=lambda k: _first(k.record))]


HEADLINE_CHARS = 200  # PolNeAR train headlines: at most 24 words, 130 characters (headline and deck)
HEADLINE_WORDS = 25


def headline_end(article: Article) -> int:
    """Where the article's headline ends, or 0 when it has none that can be told.

    The headline is the first line when it is the article's title (metadata,
    or the short unpunctuated first line ``from_text`` takes for one), or a
    short first paragraph (one or two lines, a headline and its deck) set off
    from the body by a blank line (in Chinese, one that does not end as a sentence does).
    """
    text = article.text
    lead = len(text) - len(text.lstrip())
    line_end = text.find("\n", lead)
    titled = bool(article.title) and line_end != -1 and text[lead:line_end].strip().rstrip(".") == (article.title or "").strip().rstrip(".")
    end = text.find("\n\n", lead)
    head = text[lead:end].strip() if end != -1 else ""
    short = len(head) <= HEADLINE_CHARS and len(head.split()) <= HEADLINE_WORDS
    # A Chinese headline carries no full stop (a short lede paragraph, '本报讯 … 表示，…。', does).
    # English copy may end its headline with one (every PolNeAR train headline does).
    stopped = article.language == "zh" and head.rstrip("”’」』）) ").endswith(("。", "！", "？"))
    if head and head.count("\n") <= 1 and short and not stopped and text[end:].strip():
        return end
    return line_end if titled else 0


def _first(p: Position) -> int:
    return min((e.start for e in p.evidence), default=0)


def _join(into: _Stance, other: _Stance) -> None:
    have = {(e.start, e.end) for e in into.record.evidence}
    extra = [e for e in other.record.evidence if (e.start, e.end) not in have]
    if extra:
        ev = sorted([*into.record.evidence, *extra], key=lambda e: e.start)
        into.record = into.record.model_copy(update={"evidence": ev})
    into.sentences |= other.sentences
