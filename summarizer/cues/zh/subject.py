"""The subject noun phrase of a Chinese clause: where it ends, and its head.

The subject is the noun phrase before the verb, cut at the first time word, preposition
or adverb (a closed class), or where jieba reads a predicate after a person's name.
"""

from __future__ import annotations

import re

from ...article import CJK
from .words import ADDRESS, ADDRESSED, AS_LEAD, CLAUSE_FLAGS, OPENER, TIME
from .names import (
    GLOSS, LATIN_RUN, OFFICE, POST_END, PRONOUNS, SURNAMES, final_name, looks_person, split_name,
)  # fmt: skip
from .tags import dictionary_word, pos_tags

# Where a subject noun phrase ends: the closed classes that come between a subject and
# its verb. Time words, prepositions (针对 before 对: 王某针对…, not 王某针), adverbs,
# and common verbs.
CUT = re.compile(
    r"\d|" + TIME + "|"
    r"针对|关于|围绕|根据|依据|按照|结合|基于|对于|面对|透过|借此|为此|以此|对此|就此|"
    r"在|对|向|与|于|就|从|通过|跟|同|被|将|也|还|则|都|曾|已|又|再次|再度|一再|多次|首次|同时|"
    r"随即|当即|立即|接着|继而|更是|甚至|始终|一直|依然|仍然|坚持|特别|专门|直接|正式|"
    r"进一步|明确|公开|发表|发布|发出|出席|参加|接受|举行|访问|前往|抵达|会见|会晤|致信|"
    r"上任|就职|表态|这样|如此|这么|却|仍|亦|当(?![地局事今前然选])"
)
# A 的 ends a modifier: the head noun follows it (总部设在伦敦的研究公司的X -> X), unless a
# locative ends that noun: then it closes a prepositional phrase (在18日的报道中).
_MODIFIER = re.compile(r"^.*的(?![确士])")
_LOCATIVE_END = re.compile(r"[中上里内下后前时间]$")
# A clause that ends in an aspect particle or the copula is a verb phrase, not a subject
# (双唇颤抖着说 / 值得注意的是，…).
_NOT_SUBJECT_END = re.compile(r"(?:[着了过是]|是[“「『][^”」』]*[”」』]?)$")  # and 是 with a quoted complement (努力是“…”)


def strip_opener(clause: str) -> str:
    """The clause without the conjunctions and time words that open it (当天中午接到电话后 -> 接到电话后)."""
    return OPENER.sub("", clause.strip(" \u3000\n\t\r"))


def subject_np(segment: str) -> str | None:
    """The subject noun phrase at the start of a clause ('特朗普在白宫…时' -> '特朗普')."""
    seg = AS_LEAD.sub("", segment.strip(" \u3000“”\"\n\t\r"))
    seg = OPENER.sub("", seg) or seg
    aspect = _before_aspect(seg)
    if aspect == "" or (aspect is None and _NOT_SUBJECT_END.search(seg)):
        return None
    seg = aspect or seg
    named = _name_then_ba(seg)
    if named:
        return named  # 曹女士把自己这段…的经历发到了朋友圈: the 的 after 把 modifies the object, not the subject
    titled = _titled_name(seg)
    if titled and len(titled) < seg.rfind("的") and "的" not in titled and _whole_name(seg, titled):
        # 队长王和新也提出了自己的建议: a post and a name, then the predicate (也, 在, 对…); the 的 after
        # them modifies the object, not the subject.
        return titled
    seg = modifier_head(seg) or seg
    titled = _titled_name(seg)
    if titled:
        return titled
    addressed = ADDRESSED.search(seg)
    if addressed and len(seg) > 5:
        return addressed.group()
    for m in CUT.finditer(seg):
        # names are at least two characters: 李在明 keeps its 在; 两名被告 / 一位与会者 keep the 被 and
        # the 与 that open a noun.
        if m.start() >= 2 and not _opens_noun(seg, m.start(), m.end()):
            # 一位不愿透露姓名的…负责人|在接受采访时: the head noun, once the predicate (…时) is cut off.
            seg = modifier_head(seg[: m.start()]) or seg[: m.start()]
            break
    seg = _name_before_predicate(seg) or seg
    seg = GLOSS.sub("", seg)  # 路人查利斯（eunice chalice）: the name as the article spells it in Latin letters
    # A name in Latin letters counts as one word, however long it is spelled.
    if len(seg) > 12 and len(LATIN_RUN.sub("X", seg)) > 12 and not _long_post(seg):
        return None  # a clause (发言人耿爽主持例行记者会上), not a noun phrase
    if seg in PRONOUNS or (seg[:1] in "他她" and seg[:2] in PRONOUNS):
        return seg
    # A subject opens with a Chinese character, an outlet's title mark (《纽约时报》) or a
    # Latin name (CNBC).
    # A name in quote marks (“某某科技”方面), which the mask hides, is one too: ``find`` reads it back.
    if len(seg) < 2 or not (CJK.match(seg) or seg[0] in "《\uff3f" or seg[0].isascii() and seg[0].isalpha()):
        return seg if seg in PRONOUNS else None
    return seg


def _name_then_ba(seg: str) -> str | None:
    """曹女士把…的经历发到了朋友圈: a clause that opens with a person's name (a surname's name, or a surname and
    a form of address) and then the object marker 把 has that name as its subject, whatever 的 comes later in
    the predicate (it modifies 把's object)."""
    if "的" not in seg:
        return None
    addressed = re.match(rf"[\u4e00-\u9fff](?:{ADDRESS})", seg)
    first = pos_tags(seg)[0]
    name = addressed.group() if addressed else first.word if first.flag.startswith("nr") else ""
    if not name or not (addressed or surnamed(name) or 2 <= len(name) <= 3 and looks_person(name)):
        return None
    rest = pos_tags(seg[len(name) :])
    return name if rest and rest[0].word == "把" and rest[0].flag == "p" else None


def _whole_name(seg: str, titled: str) -> bool:
    """The name at the end of ``titled`` (the start of ``seg``) opens a word of jieba's reading of ``seg``
    (队长|王|和|新, not 鲍|师傅|附近 nor 李长峰|在|大会) and is a surname's name."""
    name = split_name(titled)[0]
    at, starts = len(titled) - len(name), set()
    pos = 0
    for t in pos_tags(seg):
        starts.add(pos)
        pos += len(t.word)
    return at in starts and surnamed(name)


def surnamed(name: str) -> bool:
    """A person's name of two to four characters that opens with a common surname jieba reads as a name,
    however it cuts the rest (王|和|新), with no preposition inside (峰|在|大) and no dictionary word (附近)."""
    tokens = pos_tags(name)
    return (
        2 <= len(name) <= 4 and name[0] in SURNAMES and tokens[0].flag.startswith("nr")
        and not any(t.flag.startswith("p") for t in tokens)
        and looks_person(name) and not dictionary_word(name)
    )  # fmt: skip


def _opens_noun(seg: str, start: int, end: int) -> bool:
    """The cut word at [start, end) is the start of a longer noun jieba reads there (被告, 与会者, 对手),
    not after a person's name (闫瑞明同志所说: the name ends the subject)."""
    at, last = 0, None
    for t in pos_tags(seg):
        if at == start:
            named = last is not None and last.flag.startswith("nr") and len(last.word) >= 2
            return len(t.word) > end - start and t.flag.startswith("n") and not t.flag.startswith("nr") and not named
        at += len(t.word)
        last = t
        if at > start:
            return False
    return False


def _before_aspect(seg: str) -> str | None:
    """医师刘学伟拿着面膜看了看 / 爷爷指着遗像 / 王明笑着: a verb with an aspect particle (着, 了, 过)
    opens the predicate, so the noun phrase before it is the subject: "" when there is none (an
    adverb first), None when no such verb is there or an adverb comes between. At the end of the clause (笑着) only a person
    (a name, a post and a name, a form of address) counts: 双唇颤抖着 is a clause of its own."""
    tokens = pos_tags(seg)
    for i, t in enumerate(tokens):
        if not t.flag.startswith("v"):
            continue
        if i + 1 < len(tokens) and tokens[i + 1].word in "着了过" and tokens[i + 1].flag.startswith("u"):
            rest = i + 2
        elif len(t.word) >= 2 and t.word[-1] == "着" and t.flag == "v":
            rest = i + 1  # 指着: jieba's one word (but 路过, 为了: words of their own)
        else:
            continue
        head = tokens[:i]
        if not head or head[0].flag.startswith(CLAUSE_FLAGS):
            return ""  # 总是开着玩笑: an adverb first, the subject is elsewhere
        if any(x.flag.startswith(CLAUSE_FLAGS) for x in head) or not head[-1].flag.startswith(NOMINAL + ("nr",)):
            return None  # 顾军耐心接受了: a name and a modifier of the verb, read as before
        np = "".join(x.word for x in head)
        if rest < len(tokens):
            return np
        name, role = split_name(np)
        person = (role is not None and looks_person(name)) or (head[-1].flag.startswith("nr") and len(head[-1].word) >= 2)
        return np if person or ADDRESSED.search(np) else None
    return None


# Nominal parts of speech: nouns and names, verbal nouns (分析人士), abbreviations.
NOMINAL = ("n", "vn", "j")
_POST_OR_ADDRESS = re.compile(rf"(?:{OFFICE}|{ADDRESS})$")


def _name_before_predicate(seg: str) -> str | None:
    """习近平风趣地 / 高亚哲摆摆手 -> the name (with a post or a form of address right after it).

    A subject is a noun phrase. After a person's name, a word that is not nominal (an adverbial
    ending in 地, a verb, an adverb, an idiom) opens the predicate, so the subject ends there.
    """
    if "·" in seg:
        return None  # 莫林·桑德森: jieba cuts a transliterated name at its dot
    tokens = pos_tags(seg)
    if len(tokens) >= 3 and tokens[-1].word == "地" and tokens[-1].flag == "uv":
        # 开发者兴奋地: an adverbial (a word and 地) closes the clause before the verb; a predicate may
        # come before it (父亲王德明接过喜报后激动地: the one name there ends the subject).
        head = "".join(x.word for x in tokens[:-2])
        named = [t for t in tokens[:-2] if t.flag.startswith("nr") and len(t.word) >= 2]
        return (len(named) == 1 and _name_before_predicate(head)) or head
    for i, t in enumerate(tokens):
        if t.flag.startswith("nr") and len(t.word) >= 2:
            j = i + 1
            if len(t.word) == 2 and j < len(tokens) and len(tokens[j].word) == 1 and tokens[j].flag in ("n", "ng", "a", "ag"):
                j += 1  # 梁后|权: a three-character name that jieba cut after two characters
            while j < len(tokens) and tokens[j].flag.startswith("n") and _POST_OR_ADDRESS.search(tokens[j].word):
                j += 1
            rest = tokens[j:]
            # A noun right after the name makes the name its modifier (王明学生), not the subject.
            if rest and not rest[0].flag.startswith(NOMINAL):
                return "".join(x.word for x in tokens[:j])
            return None
    return None
# 世界动物卫生组织总干事莫妮卡·艾略特: a post, then a transliterated name.
_TITLED_FOREIGN = re.compile(rf"^.*(?:{OFFICE}|人)[\u4e00-\u9fff]{{1,6}}·[\u4e00-\u9fff·]{{1,10}}$")
LONG_POST = 24  # the longest unnamed post read as a subject (福州市市场监督管理局相关负责人 is 15)


def _long_post(seg: str) -> bool:
    """A long noun phrase naming a post without a name (…管理局相关负责人): it ends in a post word,
    and no preposition, adverb, locative or particle inside makes it a clause. A long post followed
    by a person's name (…五中队战士王明) is one too: ``split_name`` reads the name off its end."""
    if len(seg) > LONG_POST or not (POST_END.search(seg) or final_name(seg) or _TITLED_FOREIGN.match(seg)):
        return False
    return not any(t.flag.startswith(("p", "d", "f", "ul", "uz", "ug", "y", "r")) for t in pos_tags(seg))


def modifier_head(seg: str) -> str | None:
    """The head noun after the last 的 of a subject (总部设在伦敦的研究公司的X -> X), if it is one."""
    head = _MODIFIER.sub("", seg)
    # X是…的Y: after a copula the 的 phrase is the predicate, not a modifier of the subject.
    copula = "是" in seg[: len(seg) - len(head)]
    if len(head) >= 2 and head != seg and not copula and not CUT.match(head) and not _LOCATIVE_END.search(head):
        return head
    return None


def _titled_name(seg: str) -> str | None:
    # 'X主任韩献栋对澎湃新闻' : a title and a name, then a prepositional phrase.
    m = _TITLED_NAME.match(seg)
    if not m or _predicate_before(seg, m.start(2)) or m.group(2).endswith("地"):
        return None  # 爆料网友|气愤地 / 郭师|傅无奈地: an adverbial (…地) before the verb is no name
    return seg[: name_end(seg, m.start(2), m.end(2))]


def _predicate_before(seg: str, at: int) -> bool:
    """王明在接受记者采访时 / 业内人士接受本报记者专访时: a preposition (在, 向, 对) or a verb of an event
    (接受, 出席) that opens the predicate before the title ends the subject, so the title and the
    words after it (记者|采访时) are inside the predicate, not a post and a name. Only a word of its
    own counts: 曾 that opens a name (主任曾庆红), 与 that joins nouns (建筑与城市规划学院), a number
    in a dateline (新华社北京2月25日电), 结合 inside a name (中西医结合医院) do not."""
    pos, last = 0, None
    for t in pos_tags(seg[:at]):
        # Right after the subject's noun (王明|在, 人士|接受), not after an adverb (能不能只|针对: a heading).
        after_noun = last is not None and last.flag.startswith(NOMINAL + ("nr", "nt", "ns"))
        if pos >= 2 and after_noun and (t.flag.startswith("p") and t.word not in _JOINS or t.word in _EVENT_VERBS):
            return True
        pos += len(t.word)
        last = t
    return False


_JOINS = ("与", "跟", "同", "和")
# The verbs of CUT that open a predicate about an event the subject takes part in.
_EVENT_VERBS = ("接受", "出席", "参加", "举行", "访问", "前往", "抵达", "会见", "会晤", "致信", "发表", "发布", "发出")


def name_end(s: str, start: int, end: int) -> int:
    """Where a name at [start, end) really ends: before a cut word that runs across its end (穆勒|针对).

    A cut word wholly inside stays part of the name (王大同 keeps its 同).
    """
    for c in CUT.finditer(s, start + 2, end + 4):
        if c.start() >= end:
            break
        if c.end() > end:
            return c.start()
    return end


_TITLED_NAME = re.compile(
    # Names are most often three characters, then two, then four.
    # A name does not open with a preposition or time word (张市长在…); 曾 is also a surname.
    rf"(.*?{OFFICE}(?!(?!曾)(?:{CUT.pattern}))((?:[\u4e00-\u9fff]{{3}}|[\u4e00-\u9fff]{{2}}|[\u4e00-\u9fff]{{4}}|[\u4e00-\u9fff]{{1,6}}·[\u4e00-\u9fff·]{{1,10}}?)))"
    rf"(?={CUT.pattern}|先生|女士|$)"
)
