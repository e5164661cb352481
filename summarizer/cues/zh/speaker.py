"""The Chinese speaker as a reader writes it: the name or role, not the phrase around it.

The attribution rules pick the mention (and drop a count or a description
before a name: zh.split_name); this room only cleans the string they settled
on. A determiner goes (该主任 -> the 主任 the article named before), the
medium the words were found in gives way to its owner (一段FTC视频中 -> FTC),
a surname with an honorific or a nickname is
the full name the article introduced (阮女士 -> 马伊・阮, 老闫 -> 闫瑞明), and a
fragment that is no noun phrase (人都, 时间未, 报告中) names nobody.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .attribution import cut_name
from .names import cut_surname, names_a_body, split_name
from .reference import person_phrase
from .subject import subject_np
from .tags import pos_tags
from .verbs import VERB_END
from .words import EXISTENTIAL, NAME_HEAD_END, PERSON_END

_HAN = r"\u4e00-\u9fff"
_DOTS = "·・•"
_COUNT_LEFT = re.compile(r"^(?:[一两二三四五六七八九十几]|好几|数)(?:位|名|个)$")  # 一位 alone
_COUNTED = re.compile(rf"^(?:[一两二三四五六七八九十几]|好几|\d+)(?:户|个|名|位)(?=[{_HAN}]{{2}})")
_COPULA = re.compile(r"^这(?:就|正|便)?是(?=[\u4e00-\u9fff]{2})")
_DETERMINER = re.compile(rf"^(?:(?:该|此)(?:位|名)?|(?:这|那)(?:位|名|个|家))(?=[{_HAN}]{{2}})")
# 一段FTC视频中 / 报告中 / 一个论坛上: the medium or the occasion, not who spoke.
_MEDIA = "视频|报告|文件|节目|采访|论坛|峰会|会议|讲话|文章|声明|通知|通报|答复|信|短片|录音|推文|帖子|微博|书"
_MEDIUM = re.compile(rf"^(?:[一这那该][段份篇个封条场次])?(.*?)(?:{_MEDIA})?[中上里内]$")
_LATIN = re.compile(r"[A-Za-z][A-Za-z0-9&.' -]*[A-Za-z0-9]|[A-Za-z]")
_HONORIFICS = ("女士", "先生", "小姐", "老师")
_HONORIFIC = re.compile(rf"^([{_HAN}]{{1,4}})(?:{'|'.join(_HONORIFICS)})$|^[老小]([{_HAN}])$")
_MENTIONED = re.compile(rf"^(?:上述|前述)(?=[{_HAN}]{{2}})")  # 'the above-mentioned'
_PERSON_HEAD = re.compile(r"(?:[者人员师长官警士]|主任|书记|经理)$")  # 该工作人员 -> 工作人员; 该公司 stays
# 人都, 时间未, 期以来, 长此以往: an adverb, a locative, a time word, a particle ends no noun phrase.
# (A verb may: jieba reads the last character of many names as one, 江离, 刘才添, 付生财.)
_NOT_END = ("d", "f", "t", "c", "p", "u", "uj", "ul", "uz", "ug", "y", "e")
_NOUNS = ("n", "j", "k")  # n, nr, nrt, ns, nt, nz; 村委 (j); 们 (k)
_NOT_START = ("c", "p")  # 虽然后来他…, 因为该电商平台 (an adverb may open a name: 高速交警, 曾)
_CLAUSE = re.compile(r"[，,。！？!?；;：:]")


def clean_speaker(
    speaker: str | None, role: str | None, before: str, earlier: Sequence[str] = ()
) -> tuple[str | None, str | None]:
    """The speaker and role as a reader writes them.

    Args:
        speaker: the name or phrase the attribution rules read.
        role: its role, if they read one.
        before: the article's text before the quote (names it introduced).
        earlier: the speakers and roles of the article's earlier quotes, last one last.

    Returns:
        The cleaned speaker (None when the phrase names nobody) and role.
    """
    if not speaker or not re.search(f"[{_HAN}]", speaker):
        return speaker, role
    s = speaker.strip()
    if _CLAUSE.search(s):
        return None, role  # 我现在不能告诉你，: words of a clause, not a name
    issued = _DOCUMENT.fullmatch(s)
    if issued:
        # 通报称 / 该公告指出: a document speaks for the body that issued it, when the text says who.
        return _issuer(issued.group(1), before) or s, role
    medium = _MEDIUM.match(s)
    if medium and medium.group(1) != s[:-1]:
        owner = _LATIN.search(medium.group(1))
        return (owner.group(0).strip(), role) if owner else (None, role)
    det = _DETERMINER.match(s)
    if det:
        head = s[det.end() :]
        # 该主任: the one named before. Unnamed, a person's role of one word reads alone (工作人员);
        # a body does not (该公司), nor a phrase 该 only opens (该企业相关负责人).
        one_word = _PERSON_HEAD.search(head) and len(pos_tags(head)) == 1
        short = len(pos_tags(head)) <= 2 and person_phrase(head, None)  # 这位专家 (not 该企业相关负责人: 该企业的)
        s = _named_before(head, earlier) or (head if one_word or short else s)
    mentioned = _MENTIONED.match(s)
    if mentioned:
        # 上述资深业内人士 / 前述负责人: the one the article named before, else the phrase without 上述.
        s = _named_before(s[mentioned.end() :], earlier) or s[mentioned.end() :]
    copula = _COPULA.match(s)
    if copula and person_phrase(s[copula.end() :], role):
        s = s[copula.end() :]  # “…”这是刘晓玲对…说的: the copula is no part of the name
    bare = _name_without_predicate(s)
    if bare != s and role is None:
        # 周国宇的父亲周华武接过喜报后(激动地说) -> 父亲周华武 -> 周华武, role 父亲: the name the cut left, as
        # the attribution rules split a post or a kin word off it.
        bare, role = split_name(bare)
    s = bare
    if role is None and len(s) >= 5 and cut_name(s[-3:]) and PERSON_END.search(s[:-3]):
        s, role = s[-3:], s[:-3]  # 扫雷大队战士|窦希望: a post, then a name jieba cut (窦|希望)
    existential = EXISTENTIAL.match(s)
    # 有 as a word of its own (有关部门 opens with the word 有关, not the verb).
    own = next((w.word for w in pos_tags(s) if "有" in w.word), "") == "有"
    if existential and own and (person_phrase(s[existential.end() :], role) or _there_is(s)):
        s = s[existential.end() :]  # 也有律师称 / 有网友说 / 有同事称: someone of that kind, the noun alone
    counted = _COUNTED.match(s)
    if counted and role is None and person_phrase(s[counted.end() :], None):
        s = s[counted.end() :]  # 一户李姓村民 / 三名小伙 / 一个同事: the count is no part of who speaks
    if _fragment(s):
        return None, role
    # 韦斯女士 read as 韦斯 with the role 女士: the honorific still points to the full name.
    full = _full_name(s + role if role in _HONORIFICS else s, before)
    if full:
        return full, None if role in _HONORIFICS else role
    return s, role


# A notice, announcement or statement named alone (通报, 该公告, 这份声明): its words are its issuer's.
_DOCUMENT = re.compile(r"(?:该|此|这份|这一|上述)?(通报|公告|通告|声明|公报|通知|情况说明)")
_PUBLISH = r"(?:发布|发出|发表|公布|下发|印发|出具|张贴|刊发|通报)"
ISSUER_REACH = 300  # how far back the sentence that issues the document may be


def _issuer(noun: str, before: str) -> str | None:
    """泗洪警方就此事在网上发布通报。通报称 -> 泗洪警方: the subject of the last clause before that
    publishes the document (or, for 通报, that reports with the verb 通报), when it names a body or a person."""
    publish = re.compile(rf"{_PUBLISH}[^，,。！？!?；;“”]{{0,40}}?{noun}|{_PUBLISH}了?[^，,。！？!?；;“”]{{0,40}}$" if noun == "通报"
                         else rf"{_PUBLISH}[^，,。！？!?；;“”]{{0,40}}?{noun}")
    clauses = re.split(r"[，,。！？!?；;\n]", before[-ISSUER_REACH:])
    for clause in reversed(clauses[:-1]):
        if not publish.search(clause):
            continue
        np = subject_np(clause)
        if not np or np in ("他", "她", "他们", "她们", "其"):
            return None
        name, role = split_name(np)
        return np if names_a_body(np) or person_phrase(name, role) else None
    return None


def _there_is(s: str) -> bool:
    """有同事 / 也有员工: the verb 有 (its own word, not 有关) before a noun phrase, not part of the name."""
    words = [w for w in pos_tags(s) if w.word not in ("也", "还")]
    return len(words) >= 2 and words[0].word == "有" and all(w.flag.startswith(("n", "j")) for w in words[1:])


def _fragment(s: str) -> bool:
    """True when jieba reads the phrase as no noun phrase: it ends in an adverb, a locative, a verb..."""
    if _COUNT_LEFT.match(s):
        return True
    if len(s) < 2 or not re.search(f"[{_HAN}]", s) or re.search(f"[{_DOTS}]", s):
        return False  # 他, 其; 米兰达·博特: a transliterated name is a name
    if _HONORIFIC.match(s):
        return False  # 于先生: a surname may be read as a preposition
    words = pos_tags(s)
    last = words[-1]
    if words[0].word in _PREDICATE_OPENS or any(
        w.flag.startswith("v") and w.flag != "vn" and nxt.word in _COMPLEMENTS and nxt.flag.startswith(("u", "v"))
        for w, nxt in zip(words, words[1:])
    ):
        return True  # 是对书亭老板 / 乘车经历发到了朋友圈 / 让当事人: a copula, a causative or a verb with its complement is a predicate
    if len(words) == 1 and len(s) > 2:
        return False  # 周恩来, read as one time word: a single word of three characters is a name
    if len(s) <= 3 and words[0].flag == "nr" and len(words[0].word) == 1:
        return False  # 王大同 (王 + 大同 read as an adverb): a surname and a given name
    # 黄润中: a one-character locative may end a name; 期以来 / 报告中 (the media above) do not.
    ends = last.flag in _NOT_END and (len(last.word) > 1 or last.flag != "f")
    speech_verb = VERB_END.search(s) is not None  # 表示: the verb, not its subject
    return ends or speech_verb or (len(words) > 1 and words[0].flag in _NOT_START and not cut_surname(s))


_PREDICATE_OPENS = ("是", "被", "把", "让", "得")  # words that open a predicate, never a name
_COMPLEMENTS = ("了", "着", "过", "到")  # an aspect particle or a result complement after a verb


def _name_without_predicate(s: str) -> str:
    """杨澜直言 / 小王却 / 刘斐在 / 此时的张敏 -> 杨澜 / 小王 / 刘斐 / 张敏: a name read with the
    speech verb, adverb or preposition after it, or the modifier before it."""
    verb = VERB_END.search(s)
    if verb and verb.start() >= 2:
        s = s[: verb.start()]
    words = pos_tags(s)
    if len(words) >= 2 and words[-1].flag.startswith(("nr", "nrt")) and words[-2].flag == "uj":
        return words[-1].word  # 此时的张敏
    # 陈毅进而 / 奶奶经常 / 围观群众纷纷: nouns, then the adverb that opens the predicate.
    if words[-1].flag == "f" and len(words) >= 3:
        # 与会者参观后 / 与会者现场体验后: a person, then a time clause closed by 后 / 时 (jieba may read its
        # verb as a noun): the person is the subject.
        for i in range(1, len(words) - 1):
            head = "".join(x.word for x in words[:i])
            rest = words[i:-1]
            if (
                len(head) >= 2 and all(x.flag.startswith(_NOUNS) for x in words[:i])
                and (words[i - 1].flag.startswith("nr") or NAME_HEAD_END.search(head))
                and not any(x.flag.startswith("nr") or NAME_HEAD_END.search(x.word) for x in rest)
            ):  # fmt: skip
                return head
    for i, w in enumerate(words[1:], 1):
        # 老父亲|见到邻居 / 黑衣男子|完全不听 / 郭超华信心|满满地: a verb of two characters or more, or an
        # adverbial (an adjective, a word in 地), opens the predicate as an adverb does (a one-character
        # verb may end a name jieba cut: 刘才|添).
        predicate = (w.flag in ("v", "vi", "ad", "z") or w.word.endswith("地")) and len(w.word) >= 2
        if w.flag in ("d", "c", "p", "u", "uj", "ul", "t", "f") or predicate:
            head = "".join(x.word for x in words[:i])
            nominal = all(x.flag.startswith(_NOUNS) for x in words[:i])
            someone = words[i - 1].flag.startswith("nr") or NAME_HEAD_END.search(head) is not None
            if nominal and not someone:
                # 郭超华|信心|满满地 / 王大拿|表情|异常: a name, then the noun its predicate is about.
                named = [k for k in range(i) if words[k].flag.startswith("nr") and len(words[k].word) >= 2]
                if named and not any(NAME_HEAD_END.search(x.word) for x in words[named[-1] + 1 : i]):
                    return "".join(x.word for x in words[: named[-1] + 1])
            # 交警经开大队民警: a person after the cut means the cut is inside the phrase.
            rest = words[i + 1 :]
            inside = any(x.flag.startswith("nr") or NAME_HEAD_END.search(x.word) for x in rest)
            return head if nominal and someone and not inside and len(head) >= 2 else s
        if not w.flag.startswith(_NOUNS):
            break
    return s


def _named_before(head: str, earlier: Sequence[str]) -> str | None:
    """该主任: the last earlier speaker or role that ends with the same head noun."""
    for name in reversed(earlier):
        if name and name != head and name.endswith(head):
            return name
    return None


def _full_name(s: str, before: str) -> str | None:
    """阮女士 / 老闫: the full name the article gave before.

    A transliterated name's family name after the dot (马伊・阮 -> 阮女士), the one such name;
    a nickname only where the article gives it to a name (闫瑞明…称他为“老闫”). A Chinese
    surname with 先生/女士 is not resolved: on inews-train it is as often another
    person of that surname (the father 王先生 of the boy 王哲) as the one named.
    """
    m = _HONORIFIC.match(s)
    if not m:
        return None
    if m.group(1):
        names = set()
        for found in re.finditer(rf"([{_HAN}]{{1,6}})((?:[{_DOTS}][{_HAN}]{{1,6}})*[{_DOTS}]{m.group(1)})", before):
            given = _trailing_name(found.group(1))
            if given:
                names.add(given + found.group(2))
        return names.pop() if len(names) == 1 else None
    surname = m.group(2)
    given = re.search(rf"({surname}[{_HAN}]{{1,2}})[^。！？!?]{{0,30}}?(?:称|叫|喊|唤)(?:他|她)?(?:为|作)?[“「]?{s}", before)
    if not given:
        return None
    words = pos_tags(before[given.start() : given.start() + 4])
    first = words[0] if words else None
    ok = first is not None and first.flag == "nr" and 2 <= len(first.word) <= 3 and first.word[0] == surname
    return first.word if ok else None


def _trailing_name(s: str) -> str:
    """全职妈妈马伊 -> 马伊: the words before the dot that are still the name (the last one always)."""
    words = pos_tags(s)
    kept = ""
    for w in reversed(words):
        if w.flag not in ("nr", "nrt", "nrfg", "x", "eng") and kept:
            break
        kept = w.word + kept
    return kept
