"""Who holds a Chinese stance: the named subject of the verb, read clause by clause back from it.

``zh_holder`` finds the subject noun phrase (``holder_np`` cuts it where its predicate begins);
``reported_by_another`` tells a holder that stands inside another speaker's words.
"""

from __future__ import annotations

import re

from .. import zh as cues_zh
from ..zh.names import owner_name_at
from ..zh.words import CONNECTOR_LEAD, PERSON_END_CHARS, QUANTIFIER
from .zh_names import ZH_BAD_HEAD, ZH_NO_SUBJECT, ZH_TEXT, agent, modified_common_noun, np_head, zh_named
from .zh_verbs import ZH_VERB, not_said


# Adverbs the subject finder may leave on a name ('李在明积极' -> '李在明').
_ZH_ADVERB_TAIL = re.compile(
    r"(?:积极|长期|一直|始终|仍然|依然|仍|继续|坚决|强烈|明确|公开|再次|一再|多次|不断|均|都|也|亦|还|"
    r"曾经|曾|已经|已|正在|将|则|却|更|又|同样|坚定|随即|当即|早已|一度|尚未|仍应|应当|应|其本人|本人|"
    r"普遍|可以|并|并不|绝不|不|未|没有|没)+$"
)
_ZH_VERB_TAIL = re.compile(
    rf"(?:{cues_zh.QUOTE_VERB.pattern}|爆料|发文|撰文|发帖|明确|公开|再次|也|还|则|都|已|曾|[一二再终]审|依法|当庭|遂"
    # A court's hearing before its finding (法院审理认为, 中院经查认为): the act of the subject, not part of its name.
    r"|经?审理|经?审查|经查|查明)+$"
)

# Prepositions that end a subject (two characters at least before them: 李在明 keeps its 在).
_ZH_PREP = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:针对|为|对|向|与|就|把|给|替|被|同|跟|在|从)")


def zh_holder(masked: str, verb_at: int, lo: int) -> tuple[str, bool] | None:
    """The named subject of the verb at ``verb_at`` and whether it was a pronoun.

    Clause by clause back from the verb (韩方明确表示，在…方面，不打算…): the
    clause's connector (而且, 不过 …) is dropped, a modifier ending in 的 is
    dropped (总部位于比利时的国际危机组织 -> 国际危机组织), then the subject noun
    phrase is read by the same rule as a speaker's.
    """
    if masked.startswith("主张", verb_at) and owner_name_at(masked, verb_at + 1):
        return None  # 企业主张某也…, 创业主张广琛说: an owner and a surname jieba reads as 主张 ('advocate'), no verb
    end = verb_at
    tail = _ZH_VERB_TAIL.search(masked, max(lo, verb_at - 8), verb_at)
    if tail:
        end = tail.start()
    own = True  # the verb's own clause (or a speaker before a colon); earlier ones lend a subject, not a bare noun
    while end > lo:
        cut = max((m.end() for m in re.finditer(r"[，,：:；;]", masked[lo:end])), default=0) + lo
        seg = _existential(CONNECTOR_LEAD.sub("", masked[cut:end].strip(" \u3000")))
        if ZH_NO_SUBJECT.match(seg):
            return None  # 令人感叹，建议…: what follows is the writer's, not the subject of an earlier clause
        quantified = QUANTIFIER.match(seg) is not None
        seg = QUANTIFIER.sub("", seg)
        after_adverbial = _ZH_PRONOUN_AFTER_ADVERBIAL.search(seg)
        if after_adverbial and seg.startswith(_ZH_ADVERBIAL_OPENERS):
            return after_adverbial.group(1), True  # 但为了孩子他决定…: the subject after the adverbial
        # An empty clause or one opening with an adverbial shares the subject of the clause before.
        if seg and not seg.startswith(_ZH_ADVERBIAL_OPENERS) and (not ZH_BAD_HEAD.match(seg) or _titled_after_demonstrative(seg)):
            p = next((x for x in ("他们", "她们", "他", "她") if seg.startswith(x)), None)
            if p:
                return p, True
            np = _zh_np(seg)
            if not np:
                return None  # a clause with a subject we cannot read ('这与美国政府长期…') is not someone else's
            name, role = cues_zh.split_name(holder_np(np))
            if cues_zh.title_cut_inside_word(holder_np(np)) and not cues_zh.QUOTE_VERB.match(masked, verb_at):
                # 全国绿化委员|会批复同意, 经本院审判委员|会讨论决定: a phrase that reads as a title and a name only by a
                # cut inside a word, kept whole, holds what it says (a speech verb), not an act
                return None
            # A name in quote marks (“某某医生”方面表示): the actor is the quoted name.
            name = name.split("”", 1)[0].rsplit("“", 1)[-1]
            name = np_head(re.sub(r"声明$", "", _ZH_ADVERB_TAIL.sub("", name)))
            if quantified and not (seg == name and len(cues_zh.pos_tags(name)) == 1):
                # 很多事情女孩子都…, 很多老板还沾沾自喜说: a group noun right before the verb speaks, else the
                # quantity counts a thing or tells a habit
                return None
            if masked[cut + seg.find(name) + len(name) : verb_at].startswith(_ZH_DOCUMENT_HEADS):
                return None  # 重大通知称, X公告指出: a document's words (its issuer, if any, is named elsewhere)
            if not own and not _place_or_body(name) and (seg == name or _in_predicate(seg, name)):
                # 数罪并罚，决定执行…: a clause that is a common noun alone is no subject of the next one, and an
                # earlier clause lends the subject at its head, not a noun inside its predicate (…属于作品范畴);
                # a place or a body is (最慢的潮阳区，认为…: the topic, then what it holds).
                return None
            at_name = masked.rfind(name, cut, end)
            if modified_common_noun(masked, at_name, name):
                return None  # 小陈的堂哥, 数量不断增加的流浪猫: a common noun its modifier picks out names nobody
            person = _named_at_head(masked, at_name, end, name)
            if person:
                return person, False  # 新任360游戏艺术ceo曹凯表示: the name closing the noun phrase, not its first word
            numbered = _ZH_NUMBERED.match(masked, at_name + len(name)) if at_name >= 0 and name.endswith("某") else None
            if numbered:
                return name + numbered.group(0), False  # 纪某2, 成某1: an anonymised name numbered, the number its own
            if at_name >= 0 and _ZH_NUMBER_INSIDE.match(masked, at_name + len(name)) and not _ZH_DATE.match(masked, at_name + len(name)):
                # 王家棚全村|1300名村民, 贵航|贵阳300医院: a number inside the phrase, the holder only its modifier. The
                # whole phrase holds what it says (a speech verb) when it ends in a noun for people or a body, and
                # a post and a name cut there hold any stance (奇虎|360公司总裁齐向东就表示).
                whole = _numbered_phrase(masked, at_name, end)
                said = cues_zh.QUOTE_VERB.match(masked, verb_at) is not None
                return (whole, False) if whole and (said or not re.search(r"\d", whole)) else None
            return (name, False) if zh_named(name) and agent(name, masked) else None
        end = cut - 1
        own = masked[end : end + 1] in ("：", ":")  # 市民：希望…: a name and a colon say who speaks
    return None


# A number right after a holder, inside its noun phrase (360公司, 6名女生, 43中) or opening a date (2日, 2019年, 5月).
_ZH_NUMBER_INSIDE = re.compile(r"\d")
_ZH_DATE = re.compile(r"\d+(?:\.\d+)?\s*(?:年|月|日|号|时|点|:\d)")
_ZH_NUMBERED = re.compile(r"\d{1,2}(?!\d)")
def _numbered_phrase(masked: str, at: int, end: int) -> str | None:
    """The noun phrase from ``at`` (cut at a number inside it) up to its predicate before ``end``: a modifier, a count
    and a noun for people or a body (王家棚全村1300名村民, 贵航贵阳300医院), or a post and a name (奇虎360公司总裁齐向东 ->
    齐向东). Only nouns, numbers, measure words and letters stand inside; a phrase with a number that ends in no noun
    for people or a body (印度80-20规则, 斐讯c630手机) is none."""
    phrase = ""
    for t in cues_zh.pos_tags(masked[at:end]):
        if not (t.flag.startswith(_NP_INSIDE + ("nr", "ns", "nt", "nz")) or t.word in ("·",)):
            break
        phrase += t.word
    name, role = cues_zh.split_name(phrase)
    if role and name != phrase and len(name) >= 2 and cues_zh.pos_tags(name)[-1].flag.startswith("nr"):
        return name
    if len(phrase) > 15 or not re.search(r"\d", phrase) or not (_ZH_PEOPLE_END.search(phrase) or cues_zh.org_name(phrase)):
        return None
    return phrase


# The nouns for people a counted phrase ends in (1300名村民, 59名驴友, 6名女生), or a body (300医院, 43中学).
_ZH_PEOPLE_END = re.compile(rf"[{PERSON_END_CHARS}]$|(?:医院|学校|中学|小学|大学|公司|集团|银行|法院|检察院|政府)$")


# What may stand between a person's name and the verb: a pseudonym's note (张顺(化名)说).
_ZH_ALIAS_NOTE = re.compile(r"[(（][^()（）]{1,6}[)）]$")
# The parts of speech inside a noun phrase of posts and names (jieba's tags): nouns, names, numbers, letters.
_NP_INSIDE = ("n", "m", "eng", "q", "j", "b", "s", "zg")


def _named_at_head(masked: str, at: int, end: int, name: str) -> str | None:
    """The person's name that closes the noun phrase the holder ``name`` (at ``at``) opens, right before the verb at
    ``end`` (or before 在, the place of the act): the holder was cut from its phrase at a number, a letter or a word
    the tagger misread (新任|360游戏艺术ceo曹凯, 呼延|村村民张顺), and the phrase is a post and a name, whose head is the
    name. Only nouns, numbers and letters stand between, and a post right before the name (对李琦说, 以高楠楠犯罪为由:
    an object, no head; 经审查, 上周三, 张|富平: the tagger's guesses at a name)."""
    if at < 0:
        return None
    rest = _ZH_ALIAS_NOTE.sub("", re.split(r"(?<=[\u4e00-\u9fff])在", masked[at + len(name) : end], maxsplit=1)[0].rstrip())
    if not rest or re.search(r"[，,。：:；;！？!?“”\s]", rest):
        return None
    toks = cues_zh.pos_tags(rest)
    person = toks[-1].word if toks else ""
    if len(person) < 2 or not toks[-1].flag.startswith("nr") or not zh_named(person, titled=True):
        return None
    if len(toks) < 2 or len(toks[-2].word) < 2 or not toks[-2].flag.startswith(("n", "eng")) or cues_zh.dictionary_word(person):
        return None
    if not all(t.flag.startswith(_NP_INSIDE) or t.word in ("、", "·") for t in toks[:-1]):
        return None
    return person


# Documents that open what follows them (X通知称, X声明：): the noun phrase before them modifies the document.
_ZH_DOCUMENT_HEADS = ("通知", "声明", "公告", "通告", "公报", "通报", "报告", "文件", "规定")


def _titled_after_demonstrative(seg: str) -> bool:
    """该委负责人彭峥嵘拒绝…: a clause opening with 该 ('this') whose subject is a title and a name is that name's."""
    if not seg.startswith("该"):
        return False
    np = cues_zh.subject_np(seg)
    return bool(np and cues_zh.split_name(np)[1])


# Prepositions that open an adverbial before the subject (在会上, 为了孩子, 随着…).
_ZH_ADVERBIAL_OPENERS = (
    "在", "据", "对", "从", "就", "随着", "由于", "为了",
    # Adverbials of manner, reason and summing up (依法向…发出建议, 综上，…, 鉴于政府认为…), which jieba may tag as nouns.
    # (按照, 根据, 通过 as well sent the finder back to an earlier clause's noun on inews-train: 公共安全, 能进能出.)
    "依法", "综上", "鉴于",
    # 经 + a verb of examining ('after the hearing'): 经审理，一审法院认为…
    "经审理", "经审查", "经调查", "经研究", "经查", "经核查", "经核实",
)

# A personal pronoun closing such a clause, right before the verb, is its subject (为了孩子他 | 决定), unless a
# preposition governs it (对他 | 表示支持: the pronoun is the preposition's object).
_ZH_PRONOUN_AFTER_ADVERBIAL = re.compile(r"(?<=[^对向给为跟和与同把被让将])(他们|她们|他|她)$")


def _in_predicate(seg: str, name: str) -> bool:
    """``name`` stands after a verb of its clause ``seg`` (一审法院认定…属于…作品范畴): an object, not the subject."""
    at = seg.find(name)
    return at > 0 and any(t.flag.startswith("v") for t in cues_zh.pos_tags(seg[:at]))


def _place_or_body(name: str) -> bool:
    """``name`` is a place or an organisation by its ending or by the tagger (潮阳区, 中国移动)."""
    return cues_zh.org_name(name) or any(t.flag in ("ns", "nt") for t in cues_zh.pos_tags(name))


def _existential(seg: str) -> str:
    """现在有村民提出…: after an existential 有 (a time word before it at most) the subject is the noun that follows."""
    toks = cues_zh.pos_tags(seg)
    i = 0
    while i < len(toks) and toks[i].flag == "t":
        i += 1
    if i + 1 < len(toks) and toks[i].word == "有" and toks[i + 1].flag.startswith("n"):
        return seg[sum(len(t.word) for t in toks[: i + 1]) :]
    return seg


# Where a holder's noun phrase ends and its predicate begins (a holder is a noun phrase:
# 特朗普政府开始… -> 特朗普政府, 特鲁多当地时间 -> 特鲁多): time words, words that open a
# predicate (aspect and manner), and prepositions of two characters, which no name contains.
_ZH_HOLDER_END = re.compile(
    r"\d|当地时间|目前|当前|如今|近日|日前|此前|早前|今年|去年|明年|当天|当日|昨天|今天|明天|"
    r"开始|继续|执意|试图|准备|正在|分别|相继|先后|纷纷|一直|始终|仍然|已经|曾经|"
    r"针对|对于|关于|根据|通过|按照|随着|依法|经(?:审理|审查|研究|调查|核查|核实|查明|讨论|协商)|(?<=[\u4e00-\u9fff]{2})[在于]"
)


def holder_np(np: str) -> str:
    """The noun phrase of a holder, cut where its predicate begins (two characters at least kept).

    Chinese puts no space inside a noun phrase: what stands before a space is
    another line (a headline, a column name), not part of the holder.
    """
    np = re.split(r"\s+", np.strip())[-1]
    m = next((m for m in _ZH_HOLDER_END.finditer(np) if m.start() >= 2), None)
    return np[: m.start()].rstrip() if m else np


def _zh_np(seg: str) -> str | None:
    """The subject noun phrase at the head of a clause, its modifier (…的) and prepositional phrase cut."""
    np = cues_zh.subject_np(seg)
    if np and cues_zh.split_name(np)[1]:
        return np  # a title and a name (上海对外经贸大学教授詹德斌): 对 is inside the organisation
    if "的" in seg:
        pre = seg[: seg.rindex("的")]
        if not (_ZH_PREP.search(pre) or ZH_VERB.search(pre) or cues_zh.VERB.search(pre)):
            seg = seg[seg.rindex("的") + 1 :]
    for m in _ZH_PREP.finditer(seg):
        if not _in_titled_name(seg, m.start()):  # 副局长金与正: 与 is part of the name
            return cues_zh.subject_np(seg[: m.start()])
    return cues_zh.subject_np(seg)


def _in_titled_name(seg: str, i: int) -> bool:
    """Character ``i`` of ``seg`` is inside the name after a title (cutting there would leave one character)."""
    if cues_zh.NAME_AFTER_TITLE.match(seg[:i]):
        return False  # 市长林莎|为…: a whole name already stands before it
    for end in range(i + 1, min(len(seg), i + 4) + 1):
        m = cues_zh.NAME_AFTER_TITLE.match(seg[:end])
        if m and m.start(2) < i:
            return True  # (a name opens with no preposition: 主任|对交通民警 is a title and a preposition)
    return False


def reported_by_another(masked: str, lo: int, at: int, name: str) -> bool:
    """The holder at ``at`` stands inside what another named speaker says (科斯塔表示，西陆愿意…).

    That speaker's own record states it; an outlet's report (…报道说，X拒绝…) is not a
    speaker's, so its subject keeps the stance.
    """
    for v in cues_zh.VERB.finditer(masked, lo, max(lo, at)):
        if not_said(masked, v.start()):
            continue
        who = cues_zh.speaker_of_verb(masked, v.start(), lo)
        if who is None or who.pronoun or not (zh_named(who.name) or ZH_TEXT.search(who.name)):
            continue  # (a text's words are its writer's: 文中指出，…)
        if who.name not in name and name not in who.name:
            return True
    # 在X看来，Y要求…: what Y does is told as X's view
    for m in cues_zh.OPINION.finditer(masked, lo, max(lo, at)):
        view = holder_np(m.group(1))
        if view and view not in name and name not in view and zh_named(cues_zh.split_name(view)[0]):
            return True
    return False
