"""Chinese names and posts: who a noun phrase names, split into name and role.

Chinese has no capitals to mark names: a title is a noun phrase ending in an office word,
and the name follows it (or jieba reads a person's name at the phrase's end).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..scan import first_chars
from .words import ADDRESS, ORG_END, PERSON_END_CHARS
from .outlets import DOCUMENT_END, OUTLET, TITLED_OUTLET
from .tags import dictionary_word, pos_tags, tagger

# A title is a noun phrase ending in an office word (交通部长, 外交部发言人,
# 首席专家, 副外务相). The office words are a closed class: the characters
# that end an office whatever precedes them (…长, …员, …师), and whole words
# for the endings that are also common in other words (首相 but not 相关,
# 专家 but not 国家, 记者 but not 或者).
_OFFICE_WORDS = (
    "大使", "特使", "公使", "专家", "作家", "学家", "记者", "学者", "主任", "主席", "总统", "总理", "经理",
    "助理", "网民", "居民", "村民", "市民", "外交官", "法官", "检察官", "警官", "发言人", "负责人", "领导人",
    "代表", "书记", "主管", "顾问", "会计", "主编", "总裁", "董事", "干事", "司令", "网友", "博主", "医生",
)  # fmt: skip
_OFFICE_ENDS = "长员师授卿"  # one character ends an office whatever precedes it
_XIANG = "首外副"  # …相 only in 首相, 外相, 副相 (and 务相 below)
OFFICE = rf"(?:[{_OFFICE_ENDS}]|[{_XIANG}]相|务相|{'|'.join(_OFFICE_WORDS)})"
OFFICE_START = first_chars((*_OFFICE_ENDS, *_XIANG, "务", *_OFFICE_WORDS))
_NAME = r"(?:[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{1,6}·[\u4e00-\u9fff·]{1,10})"
# A foreign name left in Latin letters (市长yves barniol, 部长ursula von der leyen): one to four words.
_LATIN_NAME = r"(?:[A-Za-z][A-Za-z'’.-]*(?: [A-Za-z][A-Za-z'’.-]*){0,3})"
LATIN_RUN = re.compile(rf"(?:^|(?<=[\u4e00-\u9fff（(])){_LATIN_NAME}")  # opening the phrase, after a post, or a gloss
NAME_AFTER_TITLE = re.compile(rf"^(.*{OFFICE})({_NAME}|{_LATIN_NAME})$")
# A transliterated name of five or six characters after a post (巴西总统博尔索纳罗, 总统纳扎尔巴耶夫).
_LONG_NAME_AFTER_TITLE = re.compile(rf"^(.*{OFFICE})([\u4e00-\u9fff]{{5,6}})$")
GLOSS = re.compile(rf"(?<=[\u4e00-\u9fff])[（(]{_LATIN_NAME}[）)]$")
# A transliterated name with its title after it: 威廉·诺德豪斯教授.
_TITLE_AFTER_NAME = re.compile(rf"^([\u4e00-\u9fff]{{1,6}}·[\u4e00-\u9fff·]*?)({OFFICE}|教授|先生|女士)$")
_TITLE_AFTER_PERSON = re.compile(r"^(.+)(教授|先生|女士|博士|研究员)$")
PRONOUNS = {"他", "她", "他们", "她们", "其", "对方"}
# The commonest surnames (百家姓 by population), a closed class; jieba reads some as verbs (顾, 付, 戴, 习, 关, 包).
SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔"
    "钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛"
    "邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝"
    "路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆司卓古吉缪简车项连麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全"
    "佟应臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟习洪"
)


def org_name(name: str) -> bool:
    """The name ends like an organisation's (…部, …局, …方面, …组织)."""
    return ORG_END.search(name) is not None


def names_a_body(name: str) -> bool:
    """An organisation, an outlet or a document (外交部, 新华社, 通报), not a person."""
    return org_name(name) or OUTLET.search(name) is not None or DOCUMENT_END.search(name) is not None


def looks_person(name: str) -> bool:
    """A 2-5 character name (or one with ·) that does not end like an organisation, nor reads as a common word."""
    return name_shaped(name) and ("·" in name or not common_words(name)) and "有人" not in name


def name_shaped(name: str) -> bool:
    """A 2-5 character name (or one with ·) that does not end like an organisation."""
    if "·" in name:
        return True
    # 王建国 ends like 美国 but is a person's name: jieba reads it as one.
    org = ORG_END.search(name) and not (len(pos_tags(name)) == 1 and pos_tags(name)[0].flag.startswith("nr"))
    # 博尔索纳罗: a transliterated name jieba reads as one word may run to five or six characters; one its
    # dictionary knows well is a place (哈萨克斯坦, 斯洛文尼亚), not a person.
    shaped = 2 <= len(name) <= 4 or 5 <= len(name) <= 6 and _transliterated(name) and not dictionary_word(name)
    return shaped and not org and name not in PRONOUNS


# Parts of speech that open no name: verbs, conjunctions, adverbs, prepositions, particles,
# pronouns and demonstratives, time words, numerals and locatives (了解到, 因为忙, 这种板房, 周末出发).
NOT_NAME_START = tuple("vcdpurtmf")
# Proper nouns: people, places, organisations, other names (普京 is tagged a place), foreign words.
_PROPER = ("nr", "ns", "nt", "nz", "eng", "x")


@lru_cache(maxsize=4096)
def common_words(s: str) -> bool:
    """Whether ``s`` reads as ordinary words, not a name: one dictionary word that is no
    person's name (时间, 学校, 伤亡 after 多长/人员), or words that open with a function word."""
    tokens = pos_tags(s)
    if any(t.flag.startswith(_PROPER) for t in tokens):
        return False
    return len(tokens) == 1 or tokens[0].flag.startswith(NOT_NAME_START)


def split_name(np: str) -> tuple[str, str | None]:
    """'上海对外经贸大学教授詹德斌' -> ('詹德斌', '上海对外经贸大学教授')."""
    counted = _COUNTED.match(np)
    if counted and len(np) - counted.end() >= 2:
        np = np[counted.end() :]  # 一位司机 / 路边一位出租车司机: the count is no part of who speaks
    m = NAME_AFTER_TITLE.match(np)
    if not m:
        m = _LONG_NAME_AFTER_TITLE.match(np)
        m = m if m and _transliterated(m.group(2)) else None
    if m and len(m.group(1)) >= 2 and not _inside_word(np, m.end(1), m.group(2)):
        return m.group(2), m.group(1)
    m = _TITLE_AFTER_NAME.match(np)
    if m:
        return m.group(1), m.group(2)
    m = _TITLE_AFTER_PERSON.match(np)
    person = person_in(m.group(1)) if m else None
    if m and person and m.group(1).endswith(person):
        # 南京某大学姚国章教授: an institution, a person's name, then the title
        return person, np[: len(m.group(1)) - len(person)] + m.group(2)
    m = TITLED_OUTLET.search(np)
    if m:  # 美国《华尔街日报》: the outlet is the name inside the title marks
        return m.group(1), np[: m.start()] or None
    name = owner_surname(np) or final_name(np) or addressed_by_surname(np)
    if name:
        return name, np[: -len(name)]
    return np, None


# An owner (业主, 车主, 店主, 事主, 摊主) before a surname: jieba reads the 主 and the surname as 主张 ('advocate').
_OWNER_SURNAME = re.compile(r"(?<=[车业店摊事]主)张")
_OWNER_GIVEN = re.compile(rf"某某|某|{ADDRESS}|[\u4e00-\u9fff]{{2}}|[\u4e00-\u9fff]")


def owner_name_at(text: str, at: int) -> str | None:
    """企业主张某 / 宇通网创业主张广琛 / 业主张先生: the name opening at ``at`` (张 after an owner: …业主, 车主, 事主),
    though jieba reads 主张 ('advocate') as one word: 张 and a form of address, 某, or a given name that is no
    common word (企业主张开放, 企业主张扩大投资: an owner advocating, no name)."""
    if not _OWNER_SURNAME.match(text, at) or at < 2:
        return None
    m = _OWNER_GIVEN.match(text, at + 1)
    if not m:
        return None
    given = m.group()
    if given in ("某", "某某") or re.fullmatch(ADDRESS, given) or not (dictionary_word(given) or common_words(given)):
        return text[at : m.end()]
    return None


def owner_surname(np: str) -> str | None:
    """The owner's name closing ``np`` (企业主张某 -> 张某), see ``owner_name_at``."""
    m = _OWNER_SURNAME.search(np)
    name = owner_name_at(np, m.start()) if m else None
    return name if name and m.start() + len(name) == len(np) else None


def _transliterated(name: str) -> bool:
    """A five- or six-character name jieba reads as one transliterated name (博尔索纳罗, 纳扎尔巴耶夫), not words."""
    tokens = pos_tags(name)
    return len(tokens) == 1 and tokens[0].flag == "nrt"


def title_cut_inside_word(np: str) -> bool:
    """``np`` reads as a title and a name only by a cut inside one of jieba's words (欧盟委员|会就曾, 首都师|范大学),
    which ``split_name`` refuses: the phrase is kept whole."""
    m = NAME_AFTER_TITLE.match(np)
    return m is not None and len(m.group(1)) >= 2 and _inside_word(np, m.end(1), m.group(2))


def _inside_word(np: str, at: int, name: str) -> bool:
    """The title read before character ``at`` of ``np`` ends inside one of jieba's words, and ``name`` after it is
    no name: a word running to the phrase's end (首都师|范大学), or one opening with no surname (扶贫|长效机制,
    加强|师风|建设: 长 and 师 open a word with what follows). 主任|何平, which jieba reads 任何, opens with a surname."""
    start = 0
    for t in pos_tags(np):
        end = start + len(t.word)
        if start < at < end:
            return end == len(np) or name[0] not in SURNAMES
        start = end
    return False


# A count of people before the noun naming them (一位, 两名, 好几位, 路边一位).
_COUNTED = re.compile(r"^[\u4e00-\u9fff]{0,2}?(?:[一两几多数]|好几|\d+)[位名]")


_PERSON_NOUN_END = PERSON_END_CHARS + "属"


def final_name(np: str) -> str | None:
    """合伙人王明 / 邻居王明 -> 王明: a person's name closing a noun phrase names the person;
    the nouns before it are their post or relation, whatever word ends them."""
    tokens = pos_tags(np)
    if len(tokens) >= 3 and _split_person(tokens[-2], tokens[-1]):
        # 公诉人杨俊|岩 (a name jieba cut after two characters) / 村委兰|书记 (a surname and a post):
        # one person's name, read as one word.
        tokens = (*tokens[:-2], _Word(tokens[-2].word + tokens[-1].word, "nr"))
    if len(tokens) < 2 or len(np) - len(tokens[-1].word) < 2:
        return None
    name, before = tokens[-1], tokens[-2]
    # The post is a word (a noun, or a verb used as one: 邻居, 分析人士), not the first half of a
    # transliterated name (jieba's nrt), another name, or a conjunction (王明和李华: two people).
    person = name.flag in ("nr", "nrfg") and 2 <= len(name.word) <= 4
    # 目击者|拉什 / 遇难者家属|里欧 / 母亲|克里斯: a transliterated name jieba reads as a place or a name's half
    # after a noun for a person.
    # A common word is no such name (老人|莫大, 游客|北京).
    foreign = name.flag == "nrt" or name.flag == "ns" and not dictionary_word(name.word)
    person = person or foreign and 2 <= len(name.word) <= 4 and before.word[-1] in _PERSON_NOUN_END
    # 全球互联网巨头腾讯 / 全球著名咨询机构GFK: a brand or a Latin name after a description of it (four
    # characters or more: 百度百科 is one name).
    named = name.flag in ("nz", "eng") and len(name.word) >= 2 and len(np) - len(name.word) >= 4
    if not (person or named):
        return None
    # 老港口人|杨一兵 / 首席质量官|曹秀明: a one-character noun for a person ends the post too.
    post = len(before.word) >= 2 or before.word in PERSON_END_CHARS
    return name.word if post and before.flag in ("n", "nt", "vn", "v", "j") else None


# How a person is called by surname alone (王先生, 朱经理, 李大姐, 张某): a form of address or a post.
_BY_SURNAME = re.compile(rf"(?:{ADDRESS}|小姐|大姐|大哥|大爷|大妈|大娘|大叔|阿姨|老板|某某|某|{'|'.join(_OFFICE_WORDS)}|[^长]{{1,3}}长)")


def addressed_by_surname(np: str) -> str | None:
    """该店朱经理 / 外婆杨女士 / 环卫工李大姐 / 南京王先生 -> the surname and the address or post closing the
    phrase, which names the person; the words before it describe them. The surname is a word of its own
    (成员, 安全主任: a character of a longer word is no surname), or opens jieba's one name (王先生)."""
    tokens = pos_tags(np)
    if len(tokens) < 2:
        return None
    last = tokens[-1]
    if len(last.word) >= 3 and last.flag == "nr" and last.word[0] in SURNAMES and _BY_SURNAME.fullmatch(last.word[1:]):
        name, before = last.word, tokens[:-1]  # 南京|王先生
    elif len(tokens) >= 3 and len(tokens[-2].word) == 1 and tokens[-2].word in SURNAMES and _BY_SURNAME.fullmatch(last.word):
        name, before = tokens[-2].word + last.word, tokens[:-2]  # 该店|朱|经理
    else:
        return None
    lead = "".join(t.word for t in before)
    # 王先生和李女士: two people; 对张经理 / 的王女士: a preposition or a particle before is no description.
    # 发现辖区…陈某某: a description opens with no verb, adverb or preposition (a clause, not a noun phrase).
    opens = before[0].flag.startswith(("v", "d", "p", "c", "u"))
    if len(lead) < 2 or opens or before[-1].flag.startswith(("c", "p", "u")) or "、" in lead:
        return None
    return name


@dataclass(frozen=True)
class _Word:
    """A word and its part of speech, as jieba's pairs give them."""

    word: str
    flag: str


def _split_person(first: object, second: object) -> bool:
    """杨俊|岩 / 兰|书记: jieba's two words that are one person's name, or a surname and a post."""
    cut = first.flag == "nr" and len(first.word) == 2 and len(second.word) == 1 and second.flag in ("nr", "n", "ng", "a", "ag")
    post = first.flag == "nr" and len(first.word) == 1 and re.fullmatch(OFFICE, second.word) is not None
    # 学生李|玟: a surname and a one-character given name jieba reads as a character of its own
    given = first.flag == "nr" and first.word in SURNAMES and len(second.word) == 1 and second.flag in ("zg", "ng", "ag")
    return cut or post or given


POST_END = re.compile(rf"(?:{OFFICE}|人士|人员)$")


def cut_surname(s: str) -> bool:
    """于百程 / 向东明: 于, 向 and 曾 are surnames as well as a preposition and an adverb; with one or
    two characters after them that are no common word, they open a name."""
    return re.fullmatch(r"[于向曾][\u4e00-\u9fff]{1,2}", s) is not None and not dictionary_word(s[1:])


def last_person(text: str) -> str | None:
    """The last person's name in ``text`` (jieba's person names)."""
    names = [t.word for t in tagger().cut(text) if t.flag.startswith("nr") and len(t.word) >= 2]
    return names[-1] if names else None


def person_in(clause: str, *, first: bool = False) -> str | None:
    """The person a clause names (jieba's person names with the nouns that follow, 顾军妻子).

    ``first``: only a name that opens the clause.
    """
    tokens = pos_tags(clause)
    for i, t in enumerate(tokens):
        if t.flag.startswith("nr") and len(t.word) >= 2:
            name = t.word
            for nxt in tokens[i + 1 :]:
                if nxt.flag != "n" or len(name) + len(nxt.word) > 6:
                    break
                name += nxt.word
            return name
        if first:
            return None
    return None
