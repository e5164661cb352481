"""Whether a Chinese holder names an actor: a noun phrase with a name, or a noun for a person or a body.

Read off jieba's words and tags at the phrase's two ends (``zh_named``, ``noun_phrase``, ``np_head``,
``clause_inside``, ``agent``), and the looser test for a holder written by anyone (``zh_actor``), a
person (``zh_person``, ``person_named``) and a noun of kin (``relational``).
"""

from __future__ import annotations

import re

from ...article import CJK
from .. import zh as cues_zh
from ..zh.names import OFFICE, SURNAMES
from ..zh.words import ACTOR_END, ADDRESS, NAME_HEAD_END, ORG_END, PERSON_END, STANCE_NARRATOR_END
from .zh_verbs import ZH_VERB


# A holder never holds these: function words, demonstratives, conjunctions.
_ZH_NOT_IN_NAME = re.compile(r"[这那的了着是把被对向从为就而但所如若虽即且或此该每]")

# A causative (令人感叹, 使人担忧) or a concessive clause (无论X说什么) names no one who holds the stance,
# and lends no earlier clause's subject to the verb after it.
ZH_NO_SUBJECT = re.compile(r"^(?:令人|使人|让人|无论|不论|不管)")
ZH_BAD_HEAD = re.compile(
    rf"^(?:以|不|也|还|又|因|所|此|其|暂|尚|会|一(?!审)|该|每|各|某|将|首次|再次|多次|曾|虽然|如果|今天|昨天|反复|希望|报道|分析|有)|{ZH_NO_SUBJECT.pattern}"
)

# Documents, statements and events are not actors (通知表示 is its issuer's stance, named elsewhere).
_ZH_NOT_EVENT = re.compile(r"(?:现象|错误|事件|法律|法规|条例|判决)$")

# A place or a time read as a noun phrase (世界范围内, 两年以来): an adverbial, not an actor.
_ZH_LOCATIVE = re.compile(r"(?:内|期间|以来|之后|以后|之前|以前|之中|当中)$")

# Texts are not actors either: a post, a letter, a mail (网文称, 公开信中表示), or a place in one (文中指出).
ZH_TEXT = re.compile(r"(?:网文|博文|帖文|推文|原文|全文|正文|公开信|来信|回信|书信|短信|邮件|[文信函]中)$")

# Outlets report stances, they do not take them (韩联社报道称 / 《华尔街日报》称); an unnamed
# source (知情人士, 消息人士) is not a named actor either.
_ZH_UNNAMED = re.compile(r"《|人士$|消息源$|消息来源$|知情者$|知情人$")

# An unnamed analyst (业内专家, 多位学者) gives an assessment, not an actor's stance: the expert
# cues read named ones, and an unnamed one is no named actor.
_ZH_ANALYST = re.compile(r"(?:专家|学者|分析师|评论员|研究员)$")

# Nouns of kin and company, which name someone only through another (小徐的哥哥, 杨某的友人); the tagger may
# read them as names (哥哥: a place).
_ZH_RELATIONAL = re.compile(
    r"(?:[堂表]?[哥姐弟妹]|哥哥|姐姐|弟弟|妹妹|父亲|母亲|爸爸|妈妈|儿子|女儿|妻子|丈夫|爷爷|奶奶|外公|外婆|叔叔|阿姨|"
    r"舅舅|姑姑|家属|家人|亲属|亲戚|朋友|友人|同学|同事|邻居)们?$"
)


def relational(name: str) -> bool:
    """``name`` is a noun of kin or company (哥哥, 同事, 邻居们): a person named through another."""
    return _ZH_RELATIONAL.fullmatch(name) is not None


def modified_common_noun(masked: str, at: int, name: str) -> bool:
    """The holder ``name`` at ``at`` is a common noun a 的-modifier picks out (小陈的堂哥, 增加的流浪猫), not a name."""
    if at <= 0 or masked[at - 1] != "的":
        return False
    return bool(_ZH_RELATIONAL.fullmatch(name)) or not _proper(name)


def _proper(name: str) -> bool:
    """``name`` holds a proper name (a person's, a place's, a body's) or ends as an organisation's does."""
    return cues_zh.org_name(name) or any(t.flag.startswith(("nr", "ns", "nt", "nz")) for t in cues_zh.pos_tags(name))


def zh_named(name: str, titled: bool = False) -> bool:
    """2-15 Han characters with no function word in them and no connector at their head, read as a noun phrase.

    ``titled``: the name came with a title (部员许愿), so it is a name whatever the tagger makes of it.
    """
    return (
        2 <= len(name) <= 15 and CJK.match(name) is not None and not _ZH_NOT_IN_NAME.search(name)
        and not ZH_BAD_HEAD.match(name) and not cues_zh.VERB.search(name) and not ZH_VERB.search(name)
        and not cues_zh.DOCUMENT_END.search(name) and not _ZH_NOT_EVENT.search(name) and not ZH_TEXT.search(name)
        and not cues_zh.OUTLET.search(name) and not _ZH_UNNAMED.search(name) and not _ZH_ANALYST.search(name)
        and not STANCE_NARRATOR_END.search(name) and not _ZH_LOCATIVE.search(name) and (titled or (noun_phrase(name) and not idiom(name))) and not clause_inside(name)
        and not _preposition_head(name)
    )  # fmt: skip


# jieba's tags for one word that is no noun: an idiom or a set phrase, a verb, an adverb, an adjective.
_NOT_NOUN_WORD = frozenset(("l", "i", "v", "vn", "vd", "d", "ad", "a", "an"))


def idiom(name: str) -> bool:
    """``name`` is one word that jieba reads as an idiom, a set phrase, a verb or an adverb (按理说's 按理, 退一步,
    弥留之际, 真诚地, 双管齐下) and it ends in no noun for a person or a body (亲朋好友, 中年男子, 死者家属 do)."""
    toks = cues_zh.pos_tags(name)
    if len(toks) != 1 or toks[0].flag not in _NOT_NOUN_WORD:
        return False
    return not any(p.search(name) for p in (PERSON_END, NAME_HEAD_END, ACTOR_END, ORG_END, _ZH_AGENT_END, _ZH_PERSON_NOUN))


def _preposition_head(name: str) -> bool:
    """``name`` opens with the preposition of agency 由 (由市人民政府决定, 由奎山街道对…进行通报批评): the body after it is
    its object in a clause that tells who is to act, the way a rule or a notice does, and 由 opens no name a common
    word does not (由于, 由衷)."""
    return len(name) >= 3 and name.startswith("由") and not cues_zh.dictionary_word(name[:2])


# The last words of a noun for a person or a body that the shared classes (PERSON_END, NAME_HEAD_END,
# ACTOR_END, ORG_END) leave out: parties and kin (原告, 家属, 住户, 开发商, 嫌犯, 代表, 球迷), units and
# offices (专案组, 拆迁办, 车站, 银行, 学校, 法庭, 公署), posts with no agent suffix (书记, 主席, 总统,
# 领导, 司机, 老板), and places that act as bodies (街道, 乡, 镇, 县, 市).
_ZH_AGENT_END = re.compile(
    r"(?:[告属户商犯表迷组办盟站行校馆厂店庭科室署区乡镇村县市州妇]|书记|主席|总统|总理|领导|司机|老板|同志|高层|中央)$"
    # A firm named as Chinese firms are (trade name, industry, form) with its form left off: 金冠电气, 三全食品.
    r"|(?<=[\u4e00-\u9fff]{2})(?:电气|科技|技术|电子|能源|食品|证券|保险|航空|钢铁|影视|传媒|地产|置业|汽车|医药|药业|物流|电力|通信|控股|实业|股份)$"
)

# What a one-character word opening a short holder is when it is no surname: an adverb, preposition, conjunction,
# pronoun, particle, numeral, verb, locative or adjective (也|要, 对|方).
_NOT_SURNAME = tuple("dpcrumvfa")


def agent(name: str, text: str = "") -> bool:
    """``name`` can take a stance: it holds a name, or it is a noun for a person or a body.

    A name is a word the tagger reads as a proper name (a person's, a place's, a body's) or one
    jieba's dictionary does not know (孙海潮, 滴滴); a holder with no name in it must end as a noun
    for a person or a body does (网友, 家属, 公安局, 专案组), or be a person the article gives a post
    (``zh_person``). A common noun for a thing, an idea or an event (方法决定成效, 考试要求…,
    网络诈骗犯罪威胁着…, 看点, 观点) is the subject of a stance verb's other sense ('determines',
    'calls for', 'threatens'), not an actor.
    """
    name = name.strip()
    if "·" in name or re.search(r"某+$|们$", name) or re.fullmatch(r"[小老][\u4e00-\u9fff]", name):
        return True
    if any(p.search(name) for p in (PERSON_END, NAME_HEAD_END, ACTOR_END, ORG_END, _ZH_AGENT_END)):
        return True
    if cues_zh.split_name(name)[1]:
        return True
    toks = cues_zh.pos_tags(name)
    if len(name) <= 4 and len(toks) >= 2 and len(toks[0].word) == 1 and toks[0].flag[:1] not in _NOT_SURNAME:
        return True  # 孙|海潮, 黄|家光: one character, then a word, is a surname and a given name
    if any(t.flag.startswith(("nr", "ns", "nt", "nz", "j")) or (len(t.word) >= 2 and not cues_zh.dictionary_word(t.word)) for t in toks):
        return True
    return bool(text) and zh_person(name, text)


# Personal pronouns and 有人 ('someone') point at people named elsewhere, or at nobody: inside a holder
# they show a clause (王某和他妈妈用qq交流, 村里有人), not a name.
_PERSONAL = frozenset(("他", "她", "他们", "她们", "我", "我们", "你", "你们", "自己", "有人", "人家"))

# 'Everyone', 'people': an indefinite pronoun opening a holder names no actor (大家一致认为, 人们希望, 人们口中).
_ZH_EVERYONE = frozenset(("大家", "人们", "大伙", "大伙儿", "众人"))


def clause_inside(name: str) -> bool:
    """``name`` holds a clause, not a noun phrase: a list mark or other punctuation, a personal pronoun, a negation,
    or a verb of two characters or more with more words after it and no 的 to make it a modifier
    (某局接到群众报警, 某某应值班民警).

    A title's own words (移民权利项目副主任), an organisation's (动物保护组织: the tagger reads 组织 as
    a verb) and 驻 in a mission's name (驻华大使馆) are no clause; nor is one character the tagger
    calls a verb inside a transliterated name (姆可科).
    """
    if re.search(r"[、，,：:；;！？!?()（）]", name):
        return True
    name = cues_zh.split_name(name)[0]
    toks = [(w.word, w.flag) for w in cues_zh.pos_tags(name)]
    if toks and toks[0][0] in _ZH_EVERYONE:
        return True
    for i, (word, flag) in enumerate(toks):
        if word in _PERSONAL or (word.startswith(("不", "没", "未")) and not flag.startswith("n")):
            return True  # a pronoun, or a negation (农村工作没什么窍门)
        after = [w for w, _ in toks[i + 1 :]]
        if i and after and flag == "p" and word in _ZH_INNER_PREP:
            return not cues_zh.org_name(name)  # 售后服务由品牌厂商, 本公司以诚信: a prepositional phrase, a predicate
        if i and after and word in _MODALS and flag.startswith("v") and len(toks[i - 1][0]) >= 2:
            return True  # a modal verb after a word, words after it: a predicate (南郑区相关部门要大力…; not 姆|可|科)
        if flag == "v" and len(word) >= 2 and after and "的" not in after and not word.startswith("驻") and word not in _ZH_ATTRIBUTIVE:
            return not cues_zh.org_name(name)
    return False


# Prepositions that open an adverbial of a predicate inside what was read as a holder (大会由党中央…, 本公司以诚信…).
_ZH_INNER_PREP = frozenset(("以", "由", "按", "用", "给", "把", "被", "将"))

# Parts of speech (jieba's tags) that neither open nor close a Chinese noun phrase. Adverbs, prepositions
# and conjunctions open an adverbial or a predicate (甚至…, 依…, 和…), and a verb or a modal verb (要,
# 应当 …) a predicate, unless a 的 makes the whole a relative clause (支持…的民众). At its end, an adverb, conjunction, preposition or time word already belongs to the predicate
# (古巴官方断然否认, 美团不仅强调, 新闻办昨晚通报: ``np_head`` cuts it off); a noun phrase ending in a
# locative (观念里, 信息中, 以来), a numeral (多年), an adjective (网友扎心), a particle or a distinguishing word (二要: the list
# item '二要…' of an official's speech) is an adverbial or a fragment, not an actor. A reflexive (自己,
# 本人) points back to a subject named elsewhere.
_NP_NOT_HEAD = ("d", "ad", "p", "c")
_NP_PREDICATE_TAIL = ("d", "ad", "c", "p", "t", "v")
_NP_NOT_TAIL = ("f", "m", "b", "a")
_MODALS = frozenset(("要", "应", "应当", "应该", "须", "必须", "需要", "能", "能够", "会", "可", "可以", "将"))
_REFLEXIVE = frozenset(("自己", "本人", "自身"))


def _protected(name: str) -> bool:
    """A party (中方, 校方), an organisation (…局, …组织), a title and a name, or a name with a surname at its
    head: the tagger's guesses about their characters (陈建设 is no 建设, 黄坤明 no 明) do not count."""
    toks = cues_zh.pos_tags(name)
    if toks and toks[-1].word == "会" and toks[-1].flag == "v":
        return False  # 公司会, 才会: the modal 'will', which ends no organisation's name as 协会, 委员会 do
    if name.endswith("方") or cues_zh.org_name(name) or cues_zh.split_name(name)[1]:
        return True
    f0 = toks[0].flag if toks else ""
    return len(name) <= 4 and (f0.startswith("nr") or (f0 == "ns" and len(toks) == 2))


def np_head(name: str) -> str:
    """``name`` without the adverbs, conjunctions, prepositions and time words the subject finder left at its end."""
    toks = [(w.word, w.flag) for w in cues_zh.pos_tags(name)]
    while len(toks) > 1 and toks[0][1] == "t" and toks[1][1].startswith(("n", "s", "j")) and len(name) - len(toks[0][0]) >= 2:
        name = name[len(toks.pop(0)[0]) :]  # 现在法院, 当初王思聪: the time adverbial before the subject
    if not name or _protected(name):
        return name
    while len(toks) > 1 and toks[-1][1] in _NP_PREDICATE_TAIL and len(name) - len(toks[-1][0]) >= 2:
        name = name[: -len(toks.pop()[0])]
    return name


# Words jieba tags as verbs that modify a noun for a person or a body as adjectives do (相关负责人, 公诉机关,
# 承办检察官, 涉事企业, 值班民警): a closed class of attributive words, no predicate.
_ZH_ATTRIBUTIVE = frozenset(("相关", "有关", "公诉", "涉事", "涉案", "承办", "主办", "值班", "执勤", "办案"))
_ZH_TITLE_OR_ADDRESS = re.compile(rf"(?:{OFFICE}|{ADDRESS})$")


def mistagged_head(toks: list[tuple[str, str]]) -> bool:
    """The first word, tagged a verb, opens a noun phrase: a surname before a title or a form of address (顾科长,
    戴先生, 习总书记), or an attributive word before a noun (相关负责人, 公诉机关)."""
    if len(toks) < 2 or not all(f.startswith("n") for _, f in toks[1:]):
        return False
    w0, rest = toks[0][0], "".join(w for w, _ in toks[1:])
    if w0 in _ZH_ATTRIBUTIVE:
        return True
    return w0 in SURNAMES and len(rest) <= 4 and _ZH_TITLE_OR_ADDRESS.search(rest) is not None


def noun_phrase(name: str) -> bool:
    """Whether a holder read off a clause is a noun phrase, by the parts of speech at its two ends (names protected)."""
    if name in _REFLEXIVE:
        return False
    if _protected(name):
        return True
    toks = [(w.word, w.flag) for w in cues_zh.pos_tags(name)]
    if not toks:
        return False
    (w0, f0), (_, f1) = toks[0], toks[-1]
    if f0 in _NP_NOT_HEAD or w0 in _MODALS or (f0 == "v" and "的" not in name and not mistagged_head(toks)):
        return False
    return not (f1 in _NP_NOT_TAIL or f1 in _NP_PREDICATE_TAIL or f1[:1] == "u")


def zh_actor(name: str) -> bool:
    """A holder written by anyone (a model, a cue) names an actor: not an outlet, a document, an
    unnamed analyst, a statement or a clause ('约翰·罗伯茨暂时中止了诉讼' holds a function word).

    Looser than ``zh_named`` (which reads a subject off raw text): no length cap, and the
    heads a subject finder must refuse (以, 有 …) are left to it, so 以色列 stays an actor.
    """
    name = name.strip()
    return (
        CJK.match(name) is not None and "《" not in name and not _ZH_NOT_IN_NAME.search(name)
        and not cues_zh.DOCUMENT_END.search(name) and not _ZH_NOT_EVENT.search(name) and not ZH_TEXT.search(name)
        and not cues_zh.OUTLET.search(name) and not _ZH_UNNAMED.search(name) and not _ZH_ANALYST.search(name)
    )  # fmt: skip


def person_named(name: str, text: str) -> bool:
    """``name`` names a person: jieba reads a person's name in it (王隆庆, 博尔索纳罗), or it is a noun for a person or one
    the article gives a post (``zh_person``: 该男子, 部长黄坤明), not a common noun for a thing (总体情况, 当地时间)."""
    return any(t.flag.startswith("nr") for t in cues_zh.pos_tags(name)) or zh_person(name, text)


# A noun for a person (agent suffixes and kin: 网友, 执法人员, 男子, 家长, 奶奶), or an anonymised name (杜某, 王某某).
_ZH_PERSON_NOUN = re.compile(r"(?:[者人员师生士民友客长官兵警众子女儿孙亲夫妻父母爷奶姐妹兄弟哥嫂叔姨婆妈爸]|某|某某)$")


def zh_person(name: str, text: str) -> bool:
    """``name`` is a person (or people), not a body: a noun for a person, a transliterated name
    (戴夫·…), or a name the article gives a post (副区长刘燕飞, 该校校长李玲).

    A body's name (…局, …部, …方面) is no person, whatever else holds.
    """
    name = name.strip()
    if not name or cues_zh.org_name(name):
        return False
    if "·" in name or _ZH_PERSON_NOUN.search(name):
        return True
    for m in re.finditer(re.escape(name), text):
        m2 = cues_zh.NAME_AFTER_TITLE.match(text[max(0, m.start() - 12) : m.end()])
        if m2 and m2.group(2) == name:
            return True
    return False
