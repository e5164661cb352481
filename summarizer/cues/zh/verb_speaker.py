"""The speaker of a Chinese speech verb: the subject of its clause, or of an earlier one."""

from __future__ import annotations

import re

from ...article import CJK
from ..scan import BLANK
from ..types import Attribution
from .words import ADDRESSED, ANAPHOR, OPENER, PERSON_END, PERSON_NOUN
from .names import NOT_NAME_START, OFFICE, POST_END, PRONOUNS, cut_surname, looks_person, split_name
from .outlets import outlets
from .subject import CUT, NOMINAL, modifier_head, subject_np
from .tags import pos_tags
from .verbs import QUOTE_VERB, VERB_TAIL, exchange_verb

CLAUSE = re.compile(r"[，,：:；;]")


def leading_pronoun(seg: str) -> str | None:
    for p in ("他们", "她们", "他", "她"):
        if seg.startswith(p):
            return p
    return None


# Answers of ``speaker_of_verb`` for one masked text, by (verb_at, lo). ``named_subjects``
# reads every verb of an article; the quote and condition rules then ask about the same
# verbs again. The answers are frozen, so one article's rules can share them.
VerbMemo = dict[tuple[int, int], Attribution | None]


def speaker_of_verb(masked: str, verb_at: int, lo: int, memo: VerbMemo | None = None) -> Attribution | None:
    """The speaker of the speech verb at ``verb_at``, looking back clause by clause to ``lo``.

    ``memo``: answers already found in this same ``masked`` text (filled as it goes).
    """
    if memo is None:
        return _speaker_of_verb(masked, verb_at, lo)
    key = (verb_at, lo)
    if key not in memo:
        memo[key] = _speaker_of_verb(masked, verb_at, lo)
    return memo[key]


def _speaker_of_verb(masked: str, verb_at: int, lo: int) -> Attribution | None:
    who = _subject_of_verb(masked, verb_at, lo)
    if who is not None and exchange_verb(masked, verb_at) and (not person_np(who) or _passive(masked, verb_at, lo)):
        return None  # 过程中时不时对着民警喊道 / 父亲破门而入，怒吼道: no noun phrase, no speaker from this verb
    return who


def _surname_first(name: str) -> bool:
    """杨秀英 / 邹惠 / 莫林·桑德森: a name of two to four characters that jieba opens with a
    person's name or surname and that holds no particle, preposition or adverb (急切地, 冲俞璟烟)."""
    if "·" in name:
        return True
    tokens = pos_tags(name)
    return (
        2 <= len(name) <= 4 and CJK.match(name) is not None and tokens[0].flag.startswith("nr")
        and not any(t.flag.startswith(("u", "p", "d", "c")) for t in tokens)
    )  # fmt: skip


def _passive(masked: str, verb_at: int, lo: int) -> bool:
    """被告知 / 被铁粉嘶吼: 被 in the verb's clause makes its subject the one spoken to."""
    clause_lo = max((m.end() for m in CLAUSE.finditer(masked, lo, verb_at)), default=lo)
    return "被" in masked[clause_lo:verb_at]


def reads_as_verb(masked: str, verb_at: int, lo: int, memo: VerbMemo | None) -> bool:
    """A verb of exchange with no person's noun phrase before it (…时不时对着民警喊道) is read as no verb."""
    return not exchange_verb(masked, verb_at) or bool(speaker_of_verb(masked, verb_at, lo, memo))


# What a person's noun phrase is made of: nouns and names, verbal nouns (示威群众), abbreviations,
# numerals and measure words (一名男子), distinguishing words (女性), Latin words.
NP_FLAGS = ("n", "vn", "j", "m", "q", "b", "x", "eng")


def person_np(who: Attribution) -> bool:
    """The speaker reads as a noun phrase naming a person: a pronoun, a person's name (with or
    without a post), or nouns only that end in a noun for a person (一名男子, 示威群众, 某老师;
    a demonstrative first: 这位老人), not a place or a thing (呼和浩特11月房价, 语气, 档口)."""
    if who.pronoun or (who.role is not None and looks_person(who.name)) or _surname_first(who.name):
        return True
    phrase = (who.role or "") + who.name
    tokens = pos_tags(phrase)
    if not tokens or not PERSON_END.search(phrase) or not ADDRESSED.search(phrase) and not tokens[-1].flag.startswith(("n", "vn")):
        return False
    if all(t.flag.startswith(NP_FLAGS) or (i == 0 and t.flag.startswith("r")) for i, t in enumerate(tokens)):
        return True
    # 当事人随行女子 / 保护队长 / 值班民警: a noun for a person of two or more characters after words of two
    # or more that jieba reads as an adverb or a verb is an attributive before its head, not a clause;
    # a particle, preposition, pronoun or locative (看了视频的网友, 人群中, 让网友) makes it one.
    head = tokens[-1]
    return (
        len(tokens) >= 2 and len(head.word) >= 2 and head.flag.startswith("n")
        and (PERSON_NOUN.search(head.word) is not None or POST_END.search(head.word) is not None)
        and all(len(t.word) >= 2 and not t.flag.startswith(("u", "p", "r", "f", "c", "y", "e", "t", "m")) for t in tokens[:-1])
    )  # fmt: skip


def _subject_of_verb(masked: str, verb_at: int, lo: int) -> Attribution | None:
    # 回应称 / 发表谈话称: verbs in a row share one subject.
    tail = VERB_TAIL.search(masked, max(lo, verb_at - 8), verb_at)
    end = tail.start() if tail else verb_at
    if masked.startswith("道", verb_at) and not tail:
        end = _before_manner(masked, max(lo, end - 6), end)
    # X这样说 / X也是这么说: an adverb of manner stands between the subject and the verb.
    manner = _MANNER.search(masked, max(lo, end - 6), end)
    end = manner.start() if manner else end
    via = outlets(masked[lo:verb_at])
    elided = False
    while end > lo:
        cut = max((m.end() for m in CLAUSE.finditer(masked, lo, end)), default=lo)
        # “…，”X说，“…”: a quotation too long to be a name ends a clause like a comma.
        seg = masked[cut:end]
        cut += max((m.end() for m in _LONG_QUOTE.finditer(seg)), default=0)
        seg = masked[cut:end]
        # 在交警队处理的时候这个外卖员(说): a time clause the writer closed with no comma; no subject holds 时候.
        when = seg.rfind("时候")
        if when >= 0 and len(seg.strip()) - when > 3:
            cut += when + 2
            seg = masked[cut:end]
        # 业内人士在接受记者采访时(说) / 谢众在出席论坛活动时(表示): the time adverbial between the subject
        # and the verb is no part of the subject (its 记者 is no post before a name 采访时).
        during = _DURING.search(seg)
        seg = seg[: during.start()] if during else seg
        if _ALSO.match(seg.strip()):
            # …转发了这条微博，并且配文称 / 并说: a clause joined by 并 has no subject of its own; the
            # clause before gives it.
            elided = True
            end = cut - 1
            continue
        p = leading_pronoun(seg.strip())
        if p:
            return Attribution(p, pronoun=True, via=via)
        if ANAPHOR.match(seg.strip()):
            return Attribution(seg.strip(), pronoun=True, via=via)
        bare = OPENER.sub("", seg.strip())
        source = _source_person(seg)
        if source:
            return Attribution(*source, via=via)
        if _ADDRESSEE.match(bare) and pos_tags(bare)[0].flag == "p":
            # 对着父亲大吵 / 向围观的居民说: the one spoken to; the speaker is the clause before's person.
            elided = True
            end = cut - 1
            continue
        if not seg.startswith("据") and bare and (not _opens_with_cut(bare) or modifier_head(bare)):
            np = subject_np(seg)
            # A phrase ending in 的 modifies a noun; it is not the subject (得到的回应是…).
            if np and not QUOTE_VERB.match(np) and not np.endswith("的"):
                if _predicate_words(np) or _manner_phrase(bare, np):
                    elided = True  # 安排队员轮番上门劝说: the subject is an earlier clause's person, or no one
                    end = cut - 1
                    continue
                name, role = split_name(_without_subject_adverb(np))
                if elided and not (_surname_first(name) or PERSON_END.search(name)):
                    return None  # 俞璟烟的面部表情迅速变得明朗: a person's name or a noun for a person only
                return Attribution(name, role, via=via)
        end = cut - 1
    return None


_ALSO = re.compile(r"(?:并且|并|而且|便)(?!有)(?![\u4e00-\u9fff]*[者人员家师士])")
_DURING = re.compile(r"(?<=[\u4e00-\u9fff》]{2})在[^，,。；;：:“”]{1,30}?(?:时|时候|之际|期间)\s*$")
_ADDRESSEE = re.compile(r"(?:对着|对|向|朝着|朝|冲着)(?!于)")
_MANNER = re.compile(r"(?:[也就都还]?是?)(?:这样|这么|如此|如是|那样|那么|这般)$")  # 如是说: literary "thus"


def _manner_phrase(bare: str, np: str) -> bool:
    """用诚恳的语气(喊道) / 以平静的口吻(说): a phrase of manner (用, 以) whose noun is no person opens a
    clause with no subject of its own; an earlier clause's person speaks."""
    if np == bare or pos_tags(bare)[0].word not in ("用", "以") or PERSON_END.search(np) or POST_END.search(np) or ADDRESSED.search(np):
        return False
    return not person_np(Attribution(*split_name(np))) and not any(t.flag.startswith("nr") for t in pos_tags(np))


def _predicate_words(np: str) -> bool:
    """安排队员轮番上门 / 成功劝 / 更广而宣之: words that open with a verb, an adverb or an adjective
    and end in no noun for a person are a predicate whose subject an earlier clause gave (何阿姨发现后，
    安排队员…劝说), not a subject (but 相关负责人, 留守儿童, 涉事司机 end as a person does)."""
    tokens = pos_tags(np)
    if len(tokens) < 2 or cut_surname(np) or "·" in np or tokens[-1].flag == "eng":
        return False  # 批热|扎特·阿德尔汗, 赌博|治疗师chris burn: a name, transliterated or in Latin letters
    first = tokens[0]
    # 老教师 / 小陈: one character describes the noun after it; 站长 (read as a verb) is a post.
    verb = first.flag in ("v", "vd", "vi", "a", "ad") and len(first.word) >= 2 and not re.search(f"{OFFICE}$", first.word)
    # 更广而宣之: an adverb before a predicate; 不少卡贩 (an adverb of quantity before nouns) is a subject.
    adverb = first.flag == "d" and not all(t.flag.startswith(NOMINAL) for t in tokens[1:])
    if not (verb or adverb):
        return False
    name, role = split_name(np)
    if role is not None and looks_person(name) and not pos_tags(name)[0].flag.startswith(NOT_NAME_START):
        return False  # 选煤|中心副主任岳西庆: a post and a name, whatever jieba reads the first word as
    # 小陈 / 老闫: a familiar surname (小 read as an adjective) is a name.
    return not (PERSON_END.search(np) or POST_END.search(np) or tokens[-1].flag.startswith("nr") and (len(tokens[-1].word) >= 2 or len(np) <= 4))


# A blanked quotation that opens its clause (after no word) and is longer than a name (12
# characters, as ``classify`` reads a short quote), or the tail of one the sentence began inside:
# words said, not a name in the clause (雷巴利琴科在俄罗斯第一频道“…”节目中说).
_LONG_QUOTE = re.compile(rf"^\s*{BLANK}+[”」』]|(?:^\s*|(?<![\u4e00-\u9fffA-Za-z0-9]))[“「『]{BLANK}{{13,}}[”」』]")


# The one-character adverbs that come between a subject and its verb (X就说, X也表示, X则认为).
_SUBJECT_ADVERBS = set("就也还都则却亦才又曾正刚先便")


def _before_manner(masked: str, lo: int, end: int) -> int:
    """刘德安笑道 / 他冷冷道: before a bare 道 the words of manner (a verb, an adjective, an
    adverb) belong to the predicate; the subject ends before them."""
    tokens = pos_tags(masked[lo:end])
    for i in range(len(tokens) - 1, max(0, len(tokens) - 2) - 1, -1):
        t = tokens[i]
        if not t.flag.startswith(("v", "a", "d")) or t.flag.startswith("vn"):
            break
        if i > 0 and tokens[i - 1].flag.startswith("nr") and len(tokens[i - 1].word) == 1:
            break  # 江离道: a surname and a character jieba reads as a verb are one name
        end -= len(t.word)
    return end


def _without_subject_adverb(np: str) -> str:
    """张峰就(曾辟谣) / 团队则(表示): a one-character adverb that a three-character name reading
    took in before the next cut word is no part of the subject."""
    tokens = pos_tags(np)
    if len(tokens) >= 2 and tokens[-1].word in _SUBJECT_ADVERBS and tokens[-1].flag == "d" and len(np) >= 3:
        return np[:-1]
    return np


def _source_person(seg: str) -> tuple[str, str | None] | None:
    """据总经理郭冬亮介绍: the person an account is according to (a post and a name, or a
    name jieba reads as a person's) is its speaker; an outlet or a document (据新华社, 据通报)
    is not."""
    if not seg.startswith("据") or len(seg) < 3:
        return None
    np = subject_np(seg[1:])
    if not np or np in PRONOUNS:
        return None
    name, role = split_name(np)
    if role is not None and looks_person(name) or role is None and name == np and _person_name(np):
        return name, role
    return None


def _person_name(s: str) -> bool:
    """jieba reads ``s`` as one person's name."""
    tokens = pos_tags(s)
    return len(tokens) == 1 and tokens[0].flag.startswith("nr") and 2 <= len(s) <= 4


def _opens_with_cut(seg: str) -> bool:
    """The clause opens with a time word, preposition or adverb, so it has no subject of its own;
    but not when that character begins a noun (同事李明, 被告人王某, 将军, 同济大学…教授: jieba
    reads a noun of two or more characters there)."""
    if not CUT.match(seg):
        return False
    if cut_surname(seg.strip()):
        return False  # “…”于百程说: a whole clause of 2-3 characters is a name
    first = pos_tags(seg)[0]
    return not (first.flag.startswith("n") and len(first.word) >= 2 and first.word not in PRONOUNS)
