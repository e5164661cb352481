"""Stances an actor takes, read off the surface: holder + stance verb + the article's own clause.

A stance cue is a sentence where a named actor (a person, body or state, the
subject of the verb) wants, demands, offers, refuses, supports, opposes, warns,
urges, rejects … something. The stance is the article's words from after the
holder (negation and auxiliaries kept: "would not support …", "不打算让步") to
the end of the clause, so it can never say more than the article does.

Rooms: ``base`` (the StanceCue type), ``en`` and ``zh`` (each language's stance cues, read
with its ``*_verbs``, ``*_names``, ``*_holders`` … rooms; where their vocabulary comes from is said there), and
this module, which adds a named speaker's first direct quotes and merges.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ...article import Article
from .. import en as cues_en
from .. import zh as cues_zh
from ..scan import blank_out
from ..script import restore, rules_view, simplified
from ..types import ExpertCue, QuoteCue
from .base import StanceCue
from .en import EN_QUOTES_PER_SPEAKER, en_stances
from .en_actors import a_common_word, en_actor
from .en_names import described, people_named, quoted_speaker
from .en_verbs import EN_VERB, progressive_stances, reports_or_jokes
from .zh import ZH_QUOTES_PER_SPEAKER, named_beside_quote, zh_stances
from .zh_filters import fronted
from .zh_holders import reported_by_another
from .zh_names import agent, modified_common_noun, relational, zh_actor, zh_named, zh_person
from .zh_verbs import ADVISING, ZH_GIVEN_UP, ZH_OPINION, ZH_VERB, is_stance_verb, zh_view
from .zh_writer import passive_rulings, writer_stances

_PRONOUNS = {"he", "she", "they", "we", "i", "it", "他", "她", "他们", "她们", "unknown"}


def find_stances(article: Article, quotes: list[QuoteCue], experts: Sequence[ExpertCue] = ()) -> list[StanceCue]:
    """Every stance a named actor takes: stance verbs, reported speech, a speaker's first quotes.

    Args:
        article: the article.
        quotes: its quote cues; speech inside them belongs to the quoted speaker.
        experts: its expert cues; an analyst's view is an expert assessment, not an actor's stance.

    Returns:
        StanceCues in article order, at most one per holder and sentence.
    """
    zh = article.language == "zh"
    # Chinese is read in its simplified view (same offsets): 表示/說 and 部長 are one rule each.
    view = rules_view(article.text, article.language)
    masked = _mask(view, quotes)
    found = list(zh_stances(article, masked) if zh else en_stances(article, masked))
    if zh:
        found += writer_stances(article, masked)  # a commentary's 我们认为…, 笔者建议…
        found += passive_rulings(article, masked)  # 被榆阳区人民法院判处…
    if view is not article.text:
        # Holders were read in the view: back into the article's own characters.
        found = [replace(c, holder=restore(c.holder, view, article.text, c.start) or c.holder) for c in found]
    found += _quoted(article, quotes, ZH_QUOTES_PER_SPEAKER if zh else EN_QUOTES_PER_SPEAKER, masked)
    out: list[StanceCue] = []
    seen: set[tuple[str, int]] = set()
    # 'Michael Tanner, an analyst at …' is later just 'Tanner said': the same analyst.
    analysts = {holder_key(e.name, article.language) for e in experts}
    for c in sorted(found, key=lambda c: c.start):
        if holder_key(c.holder, article.language) in analysts:
            continue
        if (c.holder, c.sentence) not in seen:
            seen.add((c.holder, c.sentence))
            out.append(c)
    return out


def takes_stances(holder: str, language: str, experts: Sequence[ExpertCue] = (), text: str = "") -> bool:
    """Whether ``holder`` is an actor who can take a stance in this article.

    Outlets report stances and documents state rules; neither takes one. An
    unnamed analyst (业内专家, analysts) and a named one the expert cues found
    give an assessment (an expert record), not an actor's stance. A holder
    that is a clause or a fragment (a function word inside, a possessive) names
    no actor. The same test as the cues' own subjects, for a holder from any
    source (the model's included). With the article's ``text``, a holder the
    article titles as a scholar or analyst (林远教授, 'Lin, an economist at …')
    is one too, whether or not the expert cues read the introduction.
    """
    holder, text = rules_view(holder, language), rules_view(text, language)
    if not holder.strip() or (text and titled_analyst(text, holder, language)):
        return False
    if not (zh_actor(holder) if language == "zh" else en_actor(holder.strip())):
        return False
    if language != "zh" and text and a_common_word(holder, text):
        return False  # 'Or, maybe, his act …', 'wrote Time magazine': a word of the sentence, not a name
    return holder_key(holder, language) not in {holder_key(rules_view(e.name, language), language) for e in experts}


# Titles of those who assess, not act: scholars and analysts (not advisers, members, officials).
_ZH_SCHOLAR = r"(?:经济学家|研究员|教授|学者|专家|分析师|分析人士|评论员|讲师|院士)"
_EN_SCHOLAR = (
    r"(?:professor|analyst|scholar|fellow|researcher|economist|expert|strategist|lecturer|scientist|pollster|"
    r"portfolio manager|economic advis[eo]r)"  # the market's analysts ('chief economic adviser at Allianz')
)


def titled_analyst(text: str, holder: str, language: str) -> bool:
    """The article introduces ``holder`` with a scholar's or analyst's title, next to the name.

    '教授林远' / '林远教授'; 'Professor Lin', 'Sara Lind, an economist at …' (the
    title within the appositive's first five words).
    """
    name = holder.strip()
    if not name:
        return False
    n = re.escape(name)
    if language == "zh":
        # The title may be part of the holder itself (南京邮电大学黄海平教授).
        return re.search(rf"{_ZH_SCHOLAR}$", name) is not None or re.search(rf"{_ZH_SCHOLAR}{n}|{n}{_ZH_SCHOLAR}", text) is not None
    n = "|".join(re.escape(x) for x in dict.fromkeys([name, name.split()[-1]]))  # 'Sara Lind', later 'Lind'
    return re.search(
        rf"\b{_EN_SCHOLAR}\s+(?:{n})\b|\b(?:{n}),\s+(?:an?|the)\s+(?:[\w.'’-]+\s+){{0,4}}?{_EN_SCHOLAR}s?\b"
        # No article: a title and its employer ('Megan Greene, chief economist at Manulife').
        rf"|\b(?:{n}),\s+(?:(?:chief|senior|lead|top|global)\s+)?{_EN_SCHOLAR}\s+(?:at|of|for|with)\b",
        text, re.IGNORECASE,
    ) is not None


def holder_key(holder: str, language: str) -> str:
    """What two mentions of one actor share: the name after '·' (zh), the surname (en).

    '特朗普' and '美国总统特朗普' are joined by ``pipeline.brief``; 'Michael Tanner'
    and 'Tanner' share 'tanner'.
    """
    holder = holder.strip()
    if language == "zh":
        return holder.rsplit("·", 1)[-1]
    toks = re.findall(r"[\w-]+", re.sub(r"[’']s\b", "", holder))
    if len(toks) >= 2 and toks[-1].islower() and toks[-2][:1].isupper():
        # 'the Clinton campaign' and 'the Sanders campaign', 'Trump supporters': the name tells them apart.
        return f"{toks[-2].lower()} {toks[-1]}"
    return toks[-1].lower() if toks else holder.lower()


def _quoted(article: Article, quotes: list[QuoteCue], per_speaker: int, masked: str) -> list[StanceCue]:
    """A named speaker's first direct quotes, as their own words on the matter.

    An English speaker named by a description ('said the Democratic nominee') is the person it
    stands for (``en.described``).
    """
    zh = article.language == "zh"
    looks_person = cues_zh.looks_person if zh else cues_en.looks_person
    out: list[StanceCue] = []
    count: dict[str, int] = {}
    people: list | None = None
    for q in quotes:
        who = (q.speaker or "").rstrip(".,;:")  # 'said Trump.': the sentence's stop is not the name's
        if not zh and q.is_speech and cues_en.is_description(who):
            people = people_named(article, masked) if people is None else people
            who = described(masked, who, q.start, people)
        elif not zh and q.is_speech and who and article.sentences:
            # The speaker as the quote's sentence, or the one before (a quote continued), names them.
            lo, hi = article.sentences[max(0, q.sentence - 1)].start, article.sentences[q.sentence].end
            who = quoted_speaker(masked, lo, hi, who) or ""
            if who and reports_or_jokes(masked, lo, hi, who):
                continue  # an outlet's report or a quip quotes no stance of its own
        key = who if zh else (who.split() or [""])[-1]  # Tom Ellis, then Ellis: one speaker
        if not q.is_speech or q.mixed or not who or who.lower() in _PRONOUNS:
            continue
        if count.get(key, 0) >= per_speaker and not (zh and _named_beside(article, masked, q, simplified(who))):
            continue  # a speaker's later quote counts only where the article names them beside it
        if not (zh_named(simplified(who), titled=bool(q.speaker_role)) if zh else en_actor(who)):
            continue
        if zh and not q.speaker_role and _common_thing(simplified(who), masked):
            continue  # 电话, 负面情绪: a thing the attribution read as the speaker is no actor
        if not zh and _according_to(article, q):
            continue  # 'According to the campaign, “The speech will be …”': information sourced, no stance
        if zh and not q.speaker_role and _modified_speaker(article, masked, q, simplified(who)):
            continue  # 小陈的堂哥称，…“他很懂事…”: a common noun its modifier picks out names nobody
        words = len(q.text) if zh else len(q.text.split())
        if words < (8 if zh else 5) or _QUESTION.search(q.text):
            continue  # a fragment says nothing; a question asks, it takes no stance
        count[key] = count.get(key, 0) + 1
        stance = q.text.strip(" ,，")
        topic = stance[:30] if zh else " ".join(stance.split()[:8])
        start = article.text.index(stance, q.start)
        out.append(StanceCue(who, "", stance, topic, start, start + len(stance), q.sentence, looks_person(who)))
    return out


def _common_thing(who: str, masked: str) -> bool:
    """A quote's speaker is a common noun for a thing (电话, 语气, 负面情绪): common words only (no one-character
    pieces, as a transliterated name splits into: 里|皮), none a name or a place, and no noun for a person or a body."""
    toks = cues_zh.pos_tags(who)
    if not toks or any(len(t.word) < 2 or t.flag.startswith(("nr", "ns", "nt", "nz", "s", "j")) for t in toks):
        return False
    # Any word of it a noun for a person or a body (同事, 民警接下来): a person, whatever follows.
    return not any(agent(t.word) or relational(t.word) or zh_person(t.word, "") for t in toks) and not agent(who, masked)


# A quote its sentence sources with 'according to' reports what the source gave out, an outlet's report
# or an announcement (PolNeAR train without en-dev: 4 such quotes read as stances, 3 of them outlets'
# reports or a claim passed on), not the source's stance.
_EN_ACCORDING = re.compile(r"\baccording to\b", re.IGNORECASE)


def _sentence_start(article: Article, q: QuoteCue) -> int | None:
    """Where the quote's sentence starts (None when the cue names no sentence of the article)."""
    return article.sentences[q.sentence].start if 0 <= q.sentence < len(article.sentences) else None


def _according_to(article: Article, q: QuoteCue) -> bool:
    """The quote's sentence opens with its source after 'according to' before the quote."""
    lo = _sentence_start(article, q)
    return lo is not None and _EN_ACCORDING.search(article.text, lo, q.start) is not None


def _named_beside(article: Article, masked: str, q: QuoteCue, who: str) -> bool:
    """The quote's speaker is named in its sentence before it, or right after it (``zh.named_beside_quote``)."""
    lo = _sentence_start(article, q)
    return lo is not None and named_beside_quote(masked, lo, q.start, q.end, who)


def _modified_speaker(article: Article, masked: str, q: QuoteCue, who: str) -> bool:
    """The quote's speaker, as named before the quote in its sentence, is a common noun a 的-modifier picks out."""
    lo = _sentence_start(article, q)
    return lo is not None and modified_common_noun(masked, masked.rfind(who, lo, q.start), who)


# A quote that ends by asking ('… how many states I've lost? Is it two? Three?').
_QUESTION = re.compile(r"[?？][\s\"'”’」』)）]*$")


def _mask(text: str, quotes: Sequence[QuoteCue]) -> str:
    return blank_out(text, [(q.start, q.end) for q in quotes if q.is_speech])




# A view, not a plain report: modal, volitional and evaluative words (closed classes; zh in .zh, as jieba's words).
_EN_VIEW = re.compile(
    r"\b(?:will|would|should|must|need(?:s|ed)? to|ha(?:ve|s|d) to|ought|can(?:not|'t|’t)|won(?:'t|’t)|"
    r"going to|believes?|believed|thinks?|thought|hopes?|wish(?:es)?|better|worse|wrong|right|"
    r"mistake|dangerous|necessary|important|could|may|might|concern(?:s|ed)?|worr(?:y|ied|ies)|fears?|"
    r"time (?:to|for))\b",
    re.IGNORECASE,
)
# How an actor's words are reported that makes them a view or a charge, before the words themselves:
# arguing, protesting, complaining, accusing, calling someone a name, citing a thing as evidence.
_EN_VIEW_REPORT = re.compile(
    r"\b(?:argu(?:es?|ed|ing)|protest(?:s|ed|ing)|complain(?:s|ed|ing)|accusing|insist(?:s|ed|ing)|"
    r"(?:call(?:s|ed|ing)|dubb?(?:s|ed|ing)|labell?(?:s|ed|ing)) (?:\w+ ){1,3}(?:an?|the) |cit(?:es|ed|ing) \w+ as|"
    r"express(?:es|ed|ing) (?:\w+ )?(?:concern|worry|hope|doubt|frustration|anger|dismay))",
    re.IGNORECASE,
)


def stance_strength(language: str, text: str, holder: str, stance: str) -> int:
    """How much of a stance a record states: 3 a stance verb, 2 a view, 1 any other statement.

    Args:
        language: the article's language.
        text: the record's evidence sentence(s).
        holder: who holds it.
        stance: the record's stance text (the article's clause, or a paraphrase).

    Returns:
        3 when a verb of the closed stance class (wants, demands, refuses,
        supports, opposes, warns …) stands between the holder and the end of
        the stance; 2 when the stance carries a modal, volitional or
        evaluative word (will, should, 将, 应该, 认为 …), or (Chinese) a verb of
        opinion or answering (认为, 强调, 回应, 否认 …) reports it; else 1.
    """
    zh = language == "zh"
    text, holder, stance = (rules_view(x, language) for x in (text, holder, stance))
    verbs = ZH_VERB if zh else EN_VERB
    at = text.find(holder) if holder else -1
    if at == -1 and not zh and holder.split():
        at = text.find(holder.split()[-1])
    lo = at + len(holder) if at != -1 else 0
    end = text.find(stance)
    hi = end + len(stance) if end != -1 else len(text)
    region = text[lo:hi] if hi > lo else stance
    for v in verbs.finditer(region):
        if zh and v.group(0) in ADVISING and not all(t.flag in ("d", "ad") for t in cues_zh.pos_tags(region[: v.start()].strip("，, "))):
            continue  # 并没有提醒他, 敲窗提醒时: advice counts when it is the holder's own predicate (交警也提醒…)
        if zh and not is_stance_verb(region, v):
            # A noun (的支持, 支持者, 问题和要求、), unless a preposition put its object first (为移民辩护，)
            # or the verb is the holder's own predicate before a comma (教育厅还要求，…: what was demanded follows).
            at = lo + v.start() if hi > lo else text.find(stance) + v.start()
            clause = max((m.end() for m in re.finditer(r"[，,：:；;。]", text[:at])), default=0)
            if not fronted(text, clause, at) and not (hi > lo and demands_after_comma(region, v)):
                continue
        return 3
    if not zh and progressive_stances(region):
        return 3  # 'are happily supporting the delay': a stance verb in the progressive
    if zh:
        opinion = any(v.group(0) in ZH_OPINION and not _ZH_BELIEF_GIVEN_UP.search(region, 0, v.start()) for v in cues_zh.VERB.finditer(region))
        return 2 if opinion or zh_view(stance) else 1
    return 2 if _EN_VIEW.search(stance) or _EN_VIEW_REPORT.search(region) else 1


# A belief held once and given up (原本认为, 本来觉得, 起初相信): the speaker tells what they no longer hold.
_ZH_BELIEF_GIVEN_UP = re.compile(f"(?:{'|'.join(sorted(ZH_GIVEN_UP, key=len, reverse=True))})$")


def demands_after_comma(region: str, v: re.Match[str]) -> bool:
    """The stance verb at ``v`` opens ``region`` (a holder's predicate: adverbs at most before it) and a comma
    follows it: 港务局还要求，各码头要…: the verb's content is the clause after the comma, as reported speech's is."""
    if region[v.end() : v.end() + 1] not in ("，", ","):
        return False
    return all(t.flag in ("d", "ad") for t in cues_zh.pos_tags(region[: v.start()]))


def masked_view(article: Article, quotes: Sequence[QuoteCue]) -> str:
    """The text the stance rules read: the rules' view with speech quotes blanked (same offsets)."""
    return _mask(rules_view(article.text, article.language), quotes)


def in_anothers_words(article: Article, masked: str, sentence: int, holder: str, stance: str = "") -> bool:
    """The holder, in sentence ``sentence``, stands inside what another named speaker says.

    '科斯塔说，西陆愿意…' is 科斯塔's statement, not 西陆's stance; an outlet's report
    ('…报道说，X拒绝…') is not a speaker's, so its subject keeps the stance. Chinese only:
    the English stance cues already leave such subjects out ('Cardin said that Republicans …').
    The holder is read where it stands last before the ``stance`` (白宫发言人X表示，白宫不希望…:
    the second 白宫, not the one in the speaker's title).
    """
    if article.language != "zh" or not holder or not 0 <= sentence < len(article.sentences):
        return False
    s = article.sentences[sentence]
    holder = simplified(holder)
    said = article.text.find(stance, s.start, s.end) if stance else -1
    at = masked.rfind(holder, s.start, said) if said > s.start else -1
    if at == -1:
        at = masked.find(holder, s.start, s.end)
    return at != -1 and reported_by_another(masked, s.start, at, holder)


__all__ = ["StanceCue", "find_stances", "holder_key", "in_anothers_words", "masked_view", "stance_strength", "takes_stances", "titled_analyst", "zh_person"]
