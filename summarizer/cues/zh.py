"""Chinese surface cues: who said a quotation, through which outlets, and whether it is speech.

Chinese has no capitals to mark names, so speakers are found by position:
the noun phrase before a speech verb, cut at the first time word,
preposition or adverb, and split into role and name at the last title word.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from functools import lru_cache

from ..article import CJK, Segment
from .scan import BLANK, first_chars
from .types import Attribution, Mention
from .zh_words import ADDRESS, ADDRESSED, ANAPHOR, AS_LEAD, CLAUSE_FLAGS, OPENER, ORG_END, PERSON_END, TIME

_VERBS = (
    "补充说", "补充道", "发表谈话", "发表声明", "发表言论", "发表讲话", "发表评论", "所言", "如是说", "表示", "说道", "指出", "认为", "强调", "直言",
    "透露", "坦言", "谴责", "回应", "声称", "宣称", "写道", "问道", "警告", "呼吁", "批评",
    "抨击", "否认", "承认", "重申", "告诉", "披露", "断言", "坦承", "直指", "提到", "称", "说",
)  # fmt: skip
# Manner of speaking and exchanges (X大喊：“…” / X嘱咐道 / X向记者反映，…): the verbs that
# introduce a quote after a colon in the inews-train articles, with their near kin. Stories
# use them with long adverbials (X在…的过程中时不时对着民警喊道), so their subject counts only
# when it reads as a person's noun phrase (``person_np``).
_EXCHANGE_VERBS = (
    "大喊", "高喊", "呼喊", "喊", "大吼", "怒吼", "吼", "嚷", "尖叫", "叹息",
    "嘱咐", "劝说", "安慰", "念叨", "嘀咕", "调侃", "吐槽", "抱怨", "放话", "辟谣",
    "追问", "反问", "质问", "询问", "提问", "发问", "问", "回复", "答复", "反映", "讲述", "证实",
    "确认", "告知", "提及", "预言", "留言",
)  # fmt: skip
# Verbs that report speech or a view only when the content follows them (X介绍，… / X回答说 /
# X觉得：…), not with an object (介绍了产品, 回答问题, 讲课): the rest of the closed class of
# reporting verbs in news prose (saying, explaining, answering, adding, announcing, reminding,
# suggesting, believing, predicting).
_CONTENT_VERBS = (
    "介绍", "解释", "补充", "回答", "答道", "谈到", "谈及", "讲道", "讲", "表态", "宣布", "提醒", "感叹",
    "评论", "评价", "预测", "预计", "估计", "相信", "觉得", "建议", "告诫", "叮嘱", "描述", "形容",
    "反驳", "驳斥", "质疑", "感慨", "坦陈", "指称", "声明", "分析", "回忆", "供述", "陈述",
)  # fmt: skip
# After a light verb the word is its object, a noun (提出建议, 充满质疑, 发表评论).
_LIGHT_VERB_BEFORE = "".join(f"(?<!{v})" for v in ("提出", "作出", "做出", "给出", "发表", "发出", "充满", "引发", "引起", "遭到", "受到"))
# 说 and 称 are also parts of words that are not speech (小说, 称为, 来说). 分析 reports
# speech only as a verb opening the content (X分析，… / X分析称): not 分析师, 据分析, 数据分析显示.


def _verb_pattern(content: tuple[str, ...], *, exchange: bool = False) -> str:
    # The lookahead on the first characters only makes the scan fast; it matches what the alternatives do.
    alternatives = "|".join(content).replace("|问|", "|(?<![顾访学疑过询追反质提发讯慰审盘拷借请])问|")
    return (
        first_chars((*_VERBS, *content, *("道" * exchange))) + "(?:"
        + "|".join(_VERBS[:-2])
        # X笑道：“…” / 贾珍道：“…”: 道 before a colon and a quote mark says the quote, after any verb or
        # name (but 知道, 报道, 味道, 渠道, 频道, 街道, 一道 are words of their own).
        + (r"|(?<![知报味渠频街轨通隧难一这那])道(?=[：:]\s*[“「『])" if exchange else "")
        + r"|(?<![堪号简名俗统自人声宣下史])称(?![为作之号])"
        r"|(?:(?<=同学)|(?<![小传学听据虽再来是以如话游演劝]))说(?![明服法])"
        r"|(?<![据经的演听开])" + _LIGHT_VERB_BEFORE + "(?:" + alternatives
        + r")(?=[，,：:“「『]|说|道|称|指出|认为|表示|$))"
    )  # fmt: skip


# The reporting verbs: what the stance, condition and expert readers take as speech.
VERB = re.compile(_verb_pattern(_CONTENT_VERBS))
# The verbs that introduce a quote: the reporting verbs and the verbs of manner and exchange
# (``_EXCHANGE_VERBS``), which report how words were said more than a view held.
QUOTE_VERB = re.compile(_verb_pattern((*_CONTENT_VERBS, *_EXCHANGE_VERBS), exchange=True))
# 报道称 / 发文指出 / 撰文说: an act of publishing before the speech verb shares its subject.
_VERB_TAIL = re.compile(f"(?:报道|报导|发文|撰文|刊文|发帖|发推文?|发表文章|{QUOTE_VERB.pattern})+$")
_VERB_COLON = re.compile(f"(?:{QUOTE_VERB.pattern})(?:是|道)?[：:]$")
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
_OFFICE = rf"(?:[{_OFFICE_ENDS}]|[{_XIANG}]相|务相|{'|'.join(_OFFICE_WORDS)})"
_OFFICE_START = first_chars((*_OFFICE_ENDS, *_XIANG, "务", *_OFFICE_WORDS))
_NAME = r"(?:[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{1,6}·[\u4e00-\u9fff·]{1,10})"
# A foreign name left in Latin letters (市长yves barniol, 部长ursula von der leyen): one to four words.
_LATIN_NAME = r"(?:[A-Za-z][A-Za-z'’.-]*(?: [A-Za-z][A-Za-z'’.-]*){0,3})"
LATIN_RUN = re.compile(rf"(?:^|(?<=[\u4e00-\u9fff（(])){_LATIN_NAME}")  # opening the phrase, after a post, or a gloss
NAME_AFTER_TITLE = re.compile(rf"^(.*{_OFFICE})({_NAME}|{_LATIN_NAME})$")
_GLOSS = re.compile(rf"(?<=[\u4e00-\u9fff])[（(]{_LATIN_NAME}[）)]$")
# A transliterated name with its title after it: 威廉·诺德豪斯教授.
_TITLE_AFTER_NAME = re.compile(rf"^([\u4e00-\u9fff]{{1,6}}·[\u4e00-\u9fff·]*?)({_OFFICE}|教授|先生|女士)$")
_TITLE_AFTER_PERSON = re.compile(r"^(.+)(教授|先生|女士|博士|研究员)$")
PRONOUNS = {"他", "她", "他们", "她们", "其", "对方"}
# Where a subject noun phrase ends: the closed classes that come between a subject and
# its verb. Time words, prepositions (针对 before 对: 王某针对…, not 王某针), adverbs,
# and common verbs.
_CUT = re.compile(
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
_VIA = re.compile(r"据(.{1,40}?)(?:\d{1,2}月)?(?:\d{1,2}日)?(?:的)?报道")
_NAME_BEFORE = re.compile(
    r"(?:主办|举办|举行|召开|出席|参加|名为|题为|称为|叫做|号称|简称|下称|史称|俗称|又称|别称|昵称|以|在|提出)$"
)
_NAME_AFTER = re.compile(
    r"^(?:上|号|论坛|倡议|方案|计划|战略|政策|行动|会议|峰会|协议|条约|项目|概念|一词|字样|"
    r"口号|系列|节目|栏目|为题|之称|文章|一文|报告|品牌|公司|平台|账号|公众号|网站|方面)"
)
# 所谓“X”, the object of 把/将 (将“X”比作“Y”), and a phrase modified by 的 (实打实的“降费”):
# words held up, not said.
_SCARE_BEFORE = re.compile(r"(?:所谓|所谓的|被|遭|遭到|受到|称之为|将|把|比作|视为|称作|当作|的)$")
_OUTLET = re.compile(r"《([^》]{1,20})》(?:网站|网)?$")
# A news outlet's name ends in a media noun (新华社, 《人民日报》, 央视网, 韩联社, 凤凰卫视频道).
OUTLET_END = r"(?:通讯社|社|报|网站|网|台|刊|杂志|新闻|媒体|媒|频道)"
OUTLET = re.compile(rf"{OUTLET_END}》?$")
# Pieces of the press: 报道称 / 文章指出 speak for the outlet named before them (within a few sentences).
REPORT_NOUNS = r"(?:报道|文章|消息|报告|社论|评论)"
REPORT = re.compile(rf"(?:该|这篇|此|上述)?{REPORT_NOUNS}")
OUTLET_REACH = 300
# Documents and statements: the texts that say things for their issuer, which is no actor itself.
# Announcements (公告, 通报, 公报) and written instruments (裁定书, 起诉书, 白皮书 …; 秘书 is an office) are documents too.
DOCUMENT_END = re.compile(rf"(?:{REPORT_NOUNS}|通知|信息|声明|言论|研究|分析|规定|意见|文件|裁定|公告|通告|公报|通报|(?<![秘尚])书)$")
OPINION = re.compile(r"在([^，。“”]{2,20}?)看来")
_CONTRAST = re.compile(r"(?:却|则|反而|但|然而|不过)\s*$")
_CLAUSE = re.compile(r"[，,：:；;]")



def strip_opener(clause: str) -> str:
    """The clause without the conjunctions and time words that open it (当天中午接到电话后 -> 接到电话后)."""
    return OPENER.sub("", clause.strip(" \u3000\n\t\r"))


def org_name(name: str) -> bool:
    """The name ends like an organisation's (…部, …局, …方面, …组织)."""
    return ORG_END.search(name) is not None


def names_a_body(name: str) -> bool:
    """An organisation, an outlet or a document (外交部, 新华社, 通报), not a person."""
    return org_name(name) or OUTLET.search(name) is not None or DOCUMENT_END.search(name) is not None


def looks_person(name: str) -> bool:
    """A 2-5 character name (or one with ·) that does not end like an organisation, nor reads as a common word."""
    return name_shaped(name) and ("·" in name or not _common_words(name)) and "有人" not in name


def name_shaped(name: str) -> bool:
    """A 2-5 character name (or one with ·) that does not end like an organisation."""
    if "·" in name:
        return True
    # 王建国 ends like 美国 but is a person's name: jieba reads it as one.
    org = ORG_END.search(name) and not (len(pos_tags(name)) == 1 and pos_tags(name)[0].flag.startswith("nr"))
    return 2 <= len(name) <= 4 and not org and name not in PRONOUNS


# Parts of speech that open no name: verbs, conjunctions, adverbs, prepositions, particles,
# pronouns and demonstratives, time words, numerals and locatives (了解到, 因为忙, 这种板房, 周末出发).
_NOT_NAME_START = tuple("vcdpurtmf")
# Proper nouns: people, places, organisations, other names (普京 is tagged a place), foreign words.
_PROPER = ("nr", "ns", "nt", "nz", "eng", "x")


@lru_cache(maxsize=4096)
def _common_words(s: str) -> bool:
    """Whether ``s`` reads as ordinary words, not a name: one dictionary word that is no
    person's name (时间, 学校, 伤亡 after 多长/人员), or words that open with a function word."""
    tokens = pos_tags(s)
    if any(t.flag.startswith(_PROPER) for t in tokens):
        return False
    return len(tokens) == 1 or tokens[0].flag.startswith(_NOT_NAME_START)


def split_name(np: str) -> tuple[str, str | None]:
    """'上海对外经贸大学教授詹德斌' -> ('詹德斌', '上海对外经贸大学教授')."""
    counted = _COUNTED.match(np)
    if counted and len(np) - counted.end() >= 2:
        np = np[counted.end() :]  # 一位司机 / 路边一位出租车司机: the count is no part of who speaks
    m = NAME_AFTER_TITLE.match(np)
    if m and len(m.group(1)) >= 2:
        return m.group(2), m.group(1)
    m = _TITLE_AFTER_NAME.match(np)
    if m:
        return m.group(1), m.group(2)
    m = _TITLE_AFTER_PERSON.match(np)
    person = person_in(m.group(1)) if m else None
    if m and person and m.group(1).endswith(person):
        # 南京某大学姚国章教授: an institution, a person's name, then the title
        return person, np[: len(m.group(1)) - len(person)] + m.group(2)
    m = _OUTLET.search(np)
    if m:  # 美国《华尔街日报》: the outlet is the name inside the title marks
        return m.group(1), np[: m.start()] or None
    name = _final_name(np)
    if name:
        return name, np[: -len(name)]
    return np, None


# A count of people before the noun naming them (一位, 两名, 好几位, 路边一位).
_COUNTED = re.compile(r"^[\u4e00-\u9fff]{0,2}?(?:[一两几多数]|好几|\d+)[位名]")


def _final_name(np: str) -> str | None:
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
    # 全球互联网巨头腾讯 / 全球著名咨询机构GFK: a brand or a Latin name after a description of it (four
    # characters or more: 百度百科 is one name).
    named = name.flag in ("nz", "eng") and len(name.word) >= 2 and len(np) - len(name.word) >= 4
    if not (person or named):
        return None
    return name.word if len(before.word) >= 2 and before.flag in ("n", "nt", "vn", "v", "j") else None


@dataclass(frozen=True)
class _Word:
    """A word and its part of speech, as jieba's pairs give them."""

    word: str
    flag: str


def _split_person(first: object, second: object) -> bool:
    """杨俊|岩 / 兰|书记: jieba's two words that are one person's name, or a surname and a post."""
    cut = first.flag == "nr" and len(first.word) == 2 and len(second.word) == 1 and second.flag in ("nr", "n", "ng", "a", "ag")
    post = first.flag == "nr" and len(first.word) == 1 and re.fullmatch(_OFFICE, second.word) is not None
    return cut or post


def subject_np(segment: str) -> str | None:
    """The subject noun phrase at the start of a clause ('特朗普在白宫…时' -> '特朗普')."""
    seg = AS_LEAD.sub("", segment.strip(" \u3000“”\"\n\t\r"))
    seg = OPENER.sub("", seg) or seg
    aspect = _before_aspect(seg)
    if aspect == "" or (aspect is None and _NOT_SUBJECT_END.search(seg)):
        return None
    seg = aspect or seg
    seg = modifier_head(seg) or seg
    titled = _titled_name(seg)
    if titled:
        return titled
    addressed = ADDRESSED.search(seg)
    if addressed and len(seg) > 5:
        return addressed.group()
    for m in _CUT.finditer(seg):
        # names are at least two characters: 李在明 keeps its 在; 两名被告 / 一位与会者 keep the 被 and
        # the 与 that open a noun.
        if m.start() >= 2 and not _opens_noun(seg, m.start(), m.end()):
            seg = seg[: m.start()]
            break
    seg = _name_before_predicate(seg) or seg
    seg = _GLOSS.sub("", seg)  # 路人查利斯（eunice chalice）: the name as the article spells it in Latin letters
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
        if any(x.flag.startswith(CLAUSE_FLAGS) for x in head) or not head[-1].flag.startswith(_NOMINAL + ("nr",)):
            return None  # 顾军耐心接受了: a name and a modifier of the verb, read as before
        np = "".join(x.word for x in head)
        if rest < len(tokens):
            return np
        name, role = split_name(np)
        person = (role is not None and looks_person(name)) or (head[-1].flag.startswith("nr") and len(head[-1].word) >= 2)
        return np if person or ADDRESSED.search(np) else None
    return None


# Nominal parts of speech: nouns and names, verbal nouns (分析人士), abbreviations.
_NOMINAL = ("n", "vn", "j")
_POST_OR_ADDRESS = re.compile(rf"(?:{_OFFICE}|{ADDRESS})$")


def _name_before_predicate(seg: str) -> str | None:
    """习近平风趣地 / 高亚哲摆摆手 -> the name (with a post or a form of address right after it).

    A subject is a noun phrase. After a person's name, a word that is not nominal (an adverbial
    ending in 地, a verb, an adverb, an idiom) opens the predicate, so the subject ends there.
    """
    if "·" in seg:
        return None  # 莫林·桑德森: jieba cuts a transliterated name at its dot
    tokens = pos_tags(seg)
    if len(tokens) >= 3 and tokens[-1].word == "地" and tokens[-1].flag == "uv":
        # 开发者兴奋地: an adverbial (a word and 地) closes the clause before the verb.
        return "".join(x.word for x in tokens[:-2])
    for i, t in enumerate(tokens):
        if t.flag.startswith("nr") and len(t.word) >= 2:
            j = i + 1
            if len(t.word) == 2 and j < len(tokens) and len(tokens[j].word) == 1 and tokens[j].flag in ("n", "ng", "a", "ag"):
                j += 1  # 梁后|权: a three-character name that jieba cut after two characters
            while j < len(tokens) and tokens[j].flag.startswith("n") and _POST_OR_ADDRESS.search(tokens[j].word):
                j += 1
            rest = tokens[j:]
            # A noun right after the name makes the name its modifier (王明学生), not the subject.
            if rest and not rest[0].flag.startswith(_NOMINAL):
                return "".join(x.word for x in tokens[:j])
            return None
    return None


POST_END = re.compile(rf"(?:{_OFFICE}|人士|人员)$")
# 世界动物卫生组织总干事莫妮卡·艾略特: a post, then a transliterated name.
_TITLED_FOREIGN = re.compile(rf"^.*(?:{_OFFICE}|人)[\u4e00-\u9fff]{{1,6}}·[\u4e00-\u9fff·]{{1,10}}$")
LONG_POST = 24  # the longest unnamed post read as a subject (福州市市场监督管理局相关负责人 is 15)


def _long_post(seg: str) -> bool:
    """A long noun phrase naming a post without a name (…管理局相关负责人): it ends in a post word,
    and no preposition, adverb, locative or particle inside makes it a clause. A long post followed
    by a person's name (…五中队战士王明) is one too: ``split_name`` reads the name off its end."""
    if len(seg) > LONG_POST or not (POST_END.search(seg) or _final_name(seg) or _TITLED_FOREIGN.match(seg)):
        return False
    return not any(t.flag.startswith(("p", "d", "f", "ul", "uz", "ug", "y", "r")) for t in pos_tags(seg))


def modifier_head(seg: str) -> str | None:
    """The head noun after the last 的 of a subject (总部设在伦敦的研究公司的X -> X), if it is one."""
    head = _MODIFIER.sub("", seg)
    # X是…的Y: after a copula the 的 phrase is the predicate, not a modifier of the subject.
    copula = "是" in seg[: len(seg) - len(head)]
    if len(head) >= 2 and head != seg and not copula and not _CUT.match(head) and not _LOCATIVE_END.search(head):
        return head
    return None


def _titled_name(seg: str) -> str | None:
    # 'X主任韩献栋对澎湃新闻' : a title and a name, then a prepositional phrase.
    m = _TITLED_NAME.match(seg)
    return seg[: _name_end(seg, m.start(2), m.end(2))] if m else None


def _name_end(s: str, start: int, end: int) -> int:
    """Where a name at [start, end) really ends: before a cut word that runs across its end (穆勒|针对).

    A cut word wholly inside stays part of the name (王大同 keeps its 同).
    """
    for c in _CUT.finditer(s, start + 2, end + 4):
        if c.start() >= end:
            break
        if c.end() > end:
            return c.start()
    return end


_TITLED_NAME = re.compile(
    # Names are most often three characters, then two, then four.
    # A name does not open with a preposition or time word (张市长在…); 曾 is also a surname.
    rf"(.*?{_OFFICE}(?!(?!曾)(?:{_CUT.pattern}))((?:[\u4e00-\u9fff]{{3}}|[\u4e00-\u9fff]{{2}}|[\u4e00-\u9fff]{{4}}|[\u4e00-\u9fff]{{1,6}}·[\u4e00-\u9fff·]{{1,10}}?)))"
    rf"(?={_CUT.pattern}|先生|女士|$)"
)


def _pronoun(seg: str) -> str | None:
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
    clause_lo = max((m.end() for m in _CLAUSE.finditer(masked, lo, verb_at)), default=lo)
    return "被" in masked[clause_lo:verb_at]


def _reads_as_verb(masked: str, verb_at: int, lo: int, memo: VerbMemo | None) -> bool:
    """A verb of exchange with no person's noun phrase before it (…时不时对着民警喊道) is read as no verb."""
    return not exchange_verb(masked, verb_at) or bool(speaker_of_verb(masked, verb_at, lo, memo))


def exchange_verb(masked: str, verb_at: int) -> bool:
    """The speech verb at ``verb_at`` is a verb of manner or exchange (喊, 问, 反映, …道)."""
    m = QUOTE_VERB.match(masked, verb_at)
    return m is not None and (m.group() == "道" or m.group() in _EXCHANGE_VERBS)


# What a person's noun phrase is made of: nouns and names, verbal nouns (示威群众), abbreviations,
# numerals and measure words (一名男子), distinguishing words (女性), Latin words.
_NP_FLAGS = ("n", "vn", "j", "m", "q", "b", "x", "eng")


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
    return all(t.flag.startswith(_NP_FLAGS) or (i == 0 and t.flag.startswith("r")) for i, t in enumerate(tokens))


def _subject_of_verb(masked: str, verb_at: int, lo: int) -> Attribution | None:
    # 回应称 / 发表谈话称: verbs in a row share one subject.
    tail = _VERB_TAIL.search(masked, max(lo, verb_at - 8), verb_at)
    end = tail.start() if tail else verb_at
    if masked.startswith("道", verb_at) and not tail:
        end = _before_manner(masked, max(lo, end - 6), end)
    via = _via(masked[lo:verb_at])
    elided = False
    while end > lo:
        cut = max((m.end() for m in _CLAUSE.finditer(masked, lo, end)), default=lo)
        # “…，”X说，“…”: a quotation too long to be a name ends a clause like a comma.
        seg = masked[cut:end]
        cut += max((m.end() for m in _LONG_QUOTE.finditer(seg)), default=0)
        seg = masked[cut:end]
        p = _pronoun(seg.strip())
        if p:
            return Attribution(p, pronoun=True, via=via)
        if ANAPHOR.match(seg.strip()):
            return Attribution(seg.strip(), pronoun=True, via=via)
        bare = OPENER.sub("", seg.strip())
        source = _source_person(seg)
        if source:
            return Attribution(*source, via=via)
        if not seg.startswith("据") and bare and (not _opens_with_cut(bare) or modifier_head(bare)):
            np = subject_np(seg)
            # A phrase ending in 的 modifies a noun; it is not the subject (得到的回应是…).
            if np and not QUOTE_VERB.match(np) and not np.endswith("的"):
                if _predicate_words(np):
                    elided = True  # 安排队员轮番上门劝说: the subject is an earlier clause's person, or no one
                    end = cut - 1
                    continue
                name, role = split_name(_without_subject_adverb(np))
                if elided and not (_surname_first(name) or PERSON_END.search(name)):
                    return None  # 俞璟烟的面部表情迅速变得明朗: a person's name or a noun for a person only
                return Attribution(name, role, via=via)
        end = cut - 1
    return None


def _predicate_words(np: str) -> bool:
    """安排队员轮番上门 / 成功劝 / 更广而宣之: words that open with a verb, an adverb or an adjective
    and end in no noun for a person are a predicate whose subject an earlier clause gave (何阿姨发现后，
    安排队员…劝说), not a subject (but 相关负责人, 留守儿童, 涉事司机 end as a person does)."""
    tokens = pos_tags(np)
    if len(tokens) < 2 or cut_surname(np) or "·" in np or tokens[-1].flag == "eng":
        return False  # 批热|扎特·阿德尔汗, 赌博|治疗师chris burn: a name, transliterated or in Latin letters
    first = tokens[0]
    # 老教师 / 小陈: one character describes the noun after it; 站长 (read as a verb) is a post.
    verb = first.flag in ("v", "vd", "vi", "a", "ad") and len(first.word) >= 2 and not re.search(f"{_OFFICE}$", first.word)
    # 更广而宣之: an adverb before a predicate; 不少卡贩 (an adverb of quantity before nouns) is a subject.
    adverb = first.flag == "d" and not all(t.flag.startswith(_NOMINAL) for t in tokens[1:])
    if not (verb or adverb):
        return False
    name, role = split_name(np)
    if role is not None and looks_person(name) and not pos_tags(name)[0].flag.startswith(_NOT_NAME_START):
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
    if not _CUT.match(seg):
        return False
    if cut_surname(seg.strip()):
        return False  # “…”于百程说: a whole clause of 2-3 characters is a name
    first = pos_tags(seg)[0]
    return not (first.flag.startswith("n") and len(first.word) >= 2 and first.word not in PRONOUNS)


def cut_surname(s: str) -> bool:
    """于百程 / 向东明: 于, 向 and 曾 are surnames as well as a preposition and an adverb; with one or
    two characters after them that are no common word, they open a name."""
    return re.fullmatch(r"[于向曾][\u4e00-\u9fff]{1,2}", s) is not None and not dictionary_word(s[1:])


def outlets(s: str) -> tuple[str, ...]:
    """The outlet chain of a 据…报道 phrase in ``s``, outermost first."""
    return _via(s)


def _via(s: str) -> tuple[str, ...]:
    m = _VIA.search(s)
    if not m:
        return ()
    parts = re.split(r"援引|引述|引用|转引|转载", m.group(1))
    return tuple(p.strip("《》 ").rstrip("0123456789月日") for p in parts if p.strip("《》 "))


def attribute(
    masked: str, start: int, end: int, closed: bool, sent_lo: int, memo: VerbMemo | None = None
) -> Attribution | None:
    """Speaker of the quote at [start, end) from the verb before it or the clause after it.

    ``memo``: as for ``speaker_of_verb``, answers already found in ``masked``.
    """
    before = masked[sent_lo : start - 1]
    owner = _SAYING_OWNER.search(before)
    if owner:
        # 凤凰网的一句“…”: the sentence said is its owner's.
        np = subject_np(owner.group(1))
        if np and np not in PRONOUNS:
            return Attribution(*split_name(np))
    # A verb of exchange with no person's noun phrase before it (…时不时对着民警喊道) is read as no verb.
    verbs = [v for v in QUOTE_VERB.finditer(before) if _reads_as_verb(masked, sent_lo + v.start(), sent_lo, memo)]
    # An ideographic space before the mark often separates paragraphs run together (　　“…”).
    at_clause_start = not before.strip() or before.rstrip()[-1:] in "。！？\n" or before[-1:].isspace()
    if not verbs and before.rstrip()[-1:] in "：:":
        # 老人罗厚宇连连摇头：“…”: a colon introduces direct speech; its clause's person says it.
        clause = before.rstrip()[:-1]
        clause = clause[max((m.end() for m in _CLAUSE.finditer(clause)), default=0) :]
        person = person_in(clause)
        if person:
            return Attribution(person)
        heading = _colon_heading(clause)
        if heading:
            return Attribution(*split_name(heading), adjacent=True)
    if verbs:
        v = verbs[-1]
        gap = before[v.end() :]
        # Direct: 说：“…”.  Content clause: 表示，朝鲜“…”.  Anything longer is paraphrase.
        plain = re.sub(r"“[^”]*”", "", gap)
        direct = len(plain.strip("：:，, 道")) == 0
        content = not direct and plain[:1] in "，,：:" and not _CLAUSE.search(plain[1:])
        near = not direct and not _CLAUSE.search(plain) and len(plain) <= 30
        who = speaker_of_verb(masked, sent_lo + v.start(), sent_lo, memo)
        if who:
            # A short phrase inside a paraphrase (…是“一厢情愿”), not a statement.
            embedded = not direct and start >= 2 and masked[start - 2] not in "：:，,”"
            mixed = embedded and len(masked[start:end]) <= 10
            return replace(who, adjacent=direct or content or near, mixed=mixed, verb_at=sent_lo + v.start())
    if closed:
        # “…”詹德斌补充说 / “…”8月，特朗普…时说道。
        after = masked[end + 1 : end + 120]
        stop = re.search(r"[。！？；\n“]", after)
        after = after[: stop.start()] if stop else after
        opinion = OPINION.match(after)
        if opinion and at_clause_start:
            # “…。”在X看来，… : the view that follows is the quote's speaker's.
            np = subject_np(opinion.group(1))
            if np and np not in PRONOUNS:
                name, role = split_name(np)
                return Attribution(name, role)
        v = QUOTE_VERB.search(after)
        if v and not _reads_as_verb(masked, end + 1 + v.start(), end + 1, memo):
            v = None  # “…”两个小男孩忍不住朝着大海喊道: read as no verb
        opens = at_clause_start or before.rstrip()[-1:] in "”，"
        # “…。”X却认为 / X则表示: a contrast marker turns to someone answering the quote.
        if opens and v and not _CONTRAST.search(after[: v.start()]):
            who = speaker_of_verb(masked, end + 1 + v.start(), end + 1, memo)
            if who:
                return replace(who, verb_at=end + 1 + v.start())
        if at_clause_start and not v:
            # “…”顾军显得很无辜: a quote standing alone, then a clause that opens with a person's
            # name and no speech verb: the quote is that person's.
            clause = after[: _CLAUSE.search(after).start()] if _CLAUSE.search(after) else after
            person = person_in(clause, first=True) or _subject_person(after)
            if person:
                return Attribution(person)
            p = _pronoun(clause)
            if p:
                return Attribution(p, pronoun=True, verb_at=end + 1)
    return None


def _colon_heading(clause: str) -> str | None:
    """记者：“…” / 村民：“…” / 杭州果品批发市场经营户：“…”: in an interview written as a transcript, a
    noun phrase for a person alone before the colon is who speaks."""
    np = clause.strip(" \u3000\n\t\r")
    if not 2 <= len(np) <= LONG_POST or subject_np(np) != np or QUOTE_VERB.search(np):
        return None
    name, role = split_name(np)
    tokens = pos_tags(np)
    nominal = all(t.flag.startswith(_NP_FLAGS + ("nr", "ns", "nt")) for t in tokens)
    familiar = re.fullmatch(r"[小老阿][\u4e00-\u9fff]", np) is not None  # 小陈
    person = person_np(Attribution(name, role)) or POST_END.search(np) or np.endswith(("户", "方")) or familiar
    return np if (nominal or familiar) and person else None


def _subject_person(after: str) -> str | None:
    """“…”35岁的执行法官X已有… / “…”回想起…，村民X至今…: the titled person who is the subject
    of the sentence that follows a quote standing alone.

    The subject is the noun phrase opening the first clause that has one; a clause that is only a
    time adverbial (数月前的一天) or opens with a verb (回想起…: its subject comes after) has none.
    The phrase is a post (ending in an office word) and a name jieba reads as a person's, with
    no preposition, adverb, pronoun or particle before it, and the predicate right after it.
    """
    for clause in _CLAUSE.split(after)[:2]:
        tokens = pos_tags(clause.strip())
        if not tokens:
            return None
        if tokens[0].flag.startswith("v") or _time_only(clause.strip()):
            continue
        for i, t in enumerate(tokens):
            if t.flag.startswith(CLAUSE_FLAGS):
                return None
            nxt = tokens[i + 1] if i + 1 < len(tokens) else None
            if (
                t.flag.startswith("nr") and 2 <= len(t.word) <= 4 and i >= 1
                and POST_END.search("".join(x.word for x in tokens[:i]))
                and (nxt is None or not nxt.flag.startswith(_NOMINAL))
            ):  # fmt: skip
                return t.word
        return None
    return None


def _time_only(clause: str) -> bool:
    """数月前的一天 / 当天下午: a clause of time words only (jieba's t, m, f and 的)."""
    return bool(OPENER.fullmatch(clause + "，")) or all(t.flag[:1] in "tmfqu" for t in pos_tags(clause))


_COMMON = 50  # how often jieba's dictionary must have seen a word to call it common


def dictionary_word(word: str) -> bool:
    """Whether jieba's dictionary has seen ``word`` often (a common word, not a name)."""
    tagger()
    import jieba

    jieba.dt.check_initialized()  # the dictionary loads on the first cut: FREQ is empty before it
    return jieba.dt.FREQ.get(word, 0) >= _COMMON


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


def name_for_title(masked: str, title: str, near: int, lo: int, hi: int) -> str | None:
    """The name [lo, hi) gives the holder of ``title`` (人社部副部长 -> 人社部副部长汤涛), nearest ``near``."""
    if not re.search(f"{_OFFICE}$", title):
        return None
    pat = re.compile(
        re.escape(title) + rf"(?!(?:{_CUT.pattern}))(?![以之等的和与及或们])([\u4e00-\u9fff]{{3}}|[\u4e00-\u9fff]{{2}}|[\u4e00-\u9fff]{{1,6}}·[\u4e00-\u9fff·]{{1,10}}?)"
        # A name does not end in a preposition (林涛在回应…表示 is 林涛).
        rf"(?<![在对向于就从跟被将])(?=(?:{_CUT.pattern})|先生|女士|[，。、：:]|{QUOTE_VERB.pattern})"
    )
    hits = [
        (abs(m.start() - near), m.group(1)) for m in pat.finditer(masked, lo, hi)
        if not QUOTE_VERB.search(m.group(1)) and not _common_words(m.group(1))  # 村民了解 / 官员赠送: words, not a name
    ]  # fmt: skip
    return min(hits)[1] if hits else None



# A phrase that ends in a speech verb (直言 / 感慨道 / 表示).
VERB_END = re.compile(f"(?:{QUOTE_VERB.pattern})$")


@lru_cache(maxsize=1)
def tagger():  # noqa: ANN201 - jieba's part-of-speech tagger (the module), loaded on first use; the checks share it
    import jieba
    import jieba.posseg

    jieba.setLogLevel(60)
    return jieba.posseg


@lru_cache(maxsize=4096)
def pos_tags(text: str) -> tuple:  # noqa: ANN201 - jieba's pair objects (.word, .flag)
    """jieba's words and parts of speech for a short piece of text (a holder, a name)."""
    return tuple(tagger().cut(text))


_DISPOSAL = ("将", "把")  # 将“X”比作“Y”: the object of a disposal construction
_SAYING_OWNER = re.compile(r"([^，,。；;：:\s]{2,20})的[一这那]句(?:话)?[：:]?$")
_SAYING_BEFORE = re.compile(r"[一这那]句(?:话)?[：:]?$")
# A modal before the speech verb (irrealis), or people in general saying a saying.
_UNSAID_BEFORE = re.compile(
    r"(?:(?:能够|能|会|可以|可能|应该|应当)说|(?:人们?|俗话|常言|老话|古人|古语|俗语|谚语)[常都总有]?(?:说|讲|道|云|曰))(?:[一这那]句(?:话)?)?[：:，,]?$"
)
_TERM_AFTER = re.compile(r"(?:的|之后|以后|之前|以前|以来|之间|之中)")
# Naming: 称/誉/叫 with an object, then 为 (称民营企业家为“…”), 被称是/被称作, 公认为. 称…是 alone
# (称这是“…”) reports what was said.
_NAMING_BEFORE = re.compile(r"(?:(?:称|誉|叫)[^，,。！？：:“”「」]{1,10}为|被称[是作为]|公认为)$")
_LAW_BEFORE = re.compile(
    r"(?:(?:法|条例|规定|办法|细则|解释)》?(?:第[一二三四五六七八九十百零\d]+[条款项])+|(?:相关|有关)(?:法律|法规)"
    r"|《[^》]{1,40}(?:法|条例|规定|办法|细则|解释)》)(?:明确)?(?:规定|称|指出)?[：:，,]?$"
)
# Words on a sign, a screen, a banner or a message, and what a text is cited as saying (文中所称“…”):
# written, not said. 提示 is a person's advice unless a notice or a system gives it (温馨提示, 后台提示称).
_WRITTEN_BEFORE = re.compile(
    r"(?:显示|写着|印着|标着|标有|写有|弹出|横幅|条幅|标语|所称|[条则](?:短信|信息)|[着份张]通知"
    r"|(?:温馨|核心|系统|页面|后台|牌)提示(?:称|道)?)[：:，,]?$"
)
_APPOSED_AFTER = re.compile(r"(?:这[一个种些类样项]|此[类项]|之类|一类|等(?![待到候着了过])|[两三四五六七八九十几][种类项个大条](?![月日年]))")
# “林某”连忙说: an adverb between a quoted name and its speech verb (a closed class).
_ADVERB_VERB = re.compile(r"(?:连忙|随即|立即|当即|马上|迅速|也|还|则|又|便|就|再次|随后)(?:" + QUOTE_VERB.pattern + ")")
# 放出“…”这种话 / “…”这个旅领导表示: what the demonstrative sums up is words said, or it opens the speaker.
_SAID_NOUN = re.compile(r"(?:这[一个种些类样项]|此[类项]|之类|一类|等)(?:的)?(?:话|言论|表态|说法|讲话|发言)")


def _said_after(text: str, end: int) -> bool:
    clause = text[end + 1 : end + 30]
    stop = re.search(r"[，,：:；;。！？!?“]", clause)  # the clause ends at the first of them
    clause = clause[: stop.end()] if stop else clause  # with its punctuation: 质疑。 is a noun there
    return bool(_SAID_NOUN.match(clause) or VERB.search(clause))


_SLOGAN = re.compile(r"[\u4e00-\u9fff]{4}(?:、[\u4e00-\u9fff]{4}){2,}")


def _noun_follows(text: str, start: int, end: int) -> bool:
    """“X”事件: a common noun right after the closing mark is the head the quote modifies; so is a
    brand or an organisation (nz, nt), and a verbal noun when the quote opens its clause (“X”微信公众号
    发布…; after a verb, 进入“X”经营, the quote is that verb's object)."""
    after = text[end + 1 : end + 7]
    if not CJK.match(after) or QUOTE_VERB.match(after):
        return False
    flag = pos_tags(after)[0].flag
    opens = start < 2 or not CJK.match(text[start - 2])
    return flag in ("n", "nz", "nt") or (flag == "vn" and opens)


def _term_in_clause(text: str, start: int, end: int) -> bool:
    """进入“X”转售…: a verb (or 将/把) just before the quote and a verb just after it, in one
    run of characters: the quote is an object inside its clause, a term, not the words said."""
    if start < 2 or end + 1 >= len(text) or not (CJK.match(text[start - 2]) and CJK.match(text[end + 1])):
        return False
    lo = start - 1
    while lo > max(0, start - 10) and CJK.match(text[lo - 1]):
        lo -= 1
    hi = end + 1
    while hi < min(len(text), end + 7) and CJK.match(text[hi]):
        hi += 1
    before = list(tagger().cut(text[lo : start - 1]))
    after = list(tagger().cut(text[end + 1 : hi]))
    last, first = before[-1], after[0]
    governs = last.word in _DISPOSAL or (
        last.flag.startswith(("v", "p")) and last.word != "是" and not VERB.search(last.word)
    )
    return governs and first.flag.startswith("v")


# Parts of speech that make a phrase a statement, not a term: pronouns, adverbs and negation,
# prepositions, conjunctions, aspect and modal particles (我们都没有想到 / 很后悔 / 被欠款).
_PREDICATE_FLAGS = ("r", "d", "zg", "p", "c", "ul", "uz", "ug", "y", "e")
_LINE_BREAK = re.compile(r"[，,；;]")


def _held_term(text: str, start: int, end: int) -> bool:
    """干“脏活” / 因“个人原因” / 实行“包餐制”: a short quote inside a clause (a word of the clause
    right before the mark, and it is no speech verb) made of content words only is a term the
    writer holds up, not words said."""
    before = text[max(0, start - 12) : start - 1]
    if not before or not CJK.match(before[-1]) or before.endswith("是"):
        return False  # X是“一厢情愿”: the copula's complement is the speaker's own characterisation
    if _after_speech_verb(before):
        return False  # 直言“举双手赞成” / 感慨道“…”: a speech verb right before introduces speech
    tokens = pos_tags(text[start:end])
    if len(tokens) >= 3 and tokens[0].flag == "v":
        return False  # 他们“知道一名…”: a verb with its object is a predicate, the speaker's words
    return not any(t.flag.startswith(_PREDICATE_FLAGS) for t in tokens)


def introduced(masked: str, start: int) -> bool:
    """A speech verb and a colon (or comma) right before the quote's mark introduce it
    (我回复：“…” / 有人喊：“…”): whoever its subject is, the quote is no continuation of the last one."""
    before = masked[max(0, start - 12) : start - 1].rstrip()
    return before[-1:] in "：:，," and _after_speech_verb(before[:-1].rstrip())


def _after_speech_verb(before: str) -> bool:
    """The text before a quote mark ends with a speech verb (直言 / 感慨道 / 声称)."""
    return bool(VERB_END.search(before) or VERB_END.search(before.rstrip("道说")))


def _parallel_lines(inner: str) -> bool:
    """一骑红尘妃子笑，无人知是荔枝来: two or more lines of equal length (three to eight
    characters) and no pronoun, adverb or particle in them: verse or a couplet, not speech."""
    lines = [x for x in _LINE_BREAK.split(inner.rstrip("。！!")) if x]
    if len(lines) < 2 or len({len(x) for x in lines}) != 1 or not 3 <= len(lines[0]) <= 8:
        return False
    if not all(CJK.fullmatch(c) for x in lines for c in x):
        return False
    return not any(t.flag.startswith(_PREDICATE_FLAGS) for x in lines for t in pos_tags(x))


def _own_clause(text: str, start: int, end: int) -> bool:
    """，“…”。 : the quote marks stand between a comma (or colon) and the end of the sentence."""
    before = text[max(0, start - 3) : start - 1].rstrip()
    return before[-1:] in ("，", ",", "：", ":") and (end + 1 >= len(text) or text[end + 1] in "。！？!?；;\n")


def _statement(inner: str) -> bool:
    """A verb, pronoun, adverb or particle in it: a clause that says something, not a term."""
    return any(t.flag.startswith(("v", *_PREDICATE_FLAGS)) for t in pos_tags(inner))


def _bare_nouns(inner: str) -> bool:
    """流量 / 数据中心: common nouns only, a thing named, not a characterisation (一厢情愿, 不得已…)."""
    return all(t.flag in ("n", "nz", "eng", "x") for t in pos_tags(inner))


def _goes_on(after: str) -> bool:
    """这也是“X”屡禁不止的原因: the clause goes on past the quote (a sentence-final particle does not)."""
    return bool(CJK.match(after[:1])) and after[:1] not in "了啊呀吧呢嘛哦啦"


def sums_up(text: str, end: int) -> bool:
    """“…”等口号 / “…”三种服务: 等, a demonstrative or a count after the closing mark sums up a list."""
    return bool(_APPOSED_AFTER.match(text, end + 1)) and not _said_after(text, end)


def modifies_noun(text: str, start: int, end: int) -> bool:
    """“…”的店面 / “…”事件: 的 (not 的话) or a noun right after the closing mark makes the quote a
    modifier of that noun, and a list of quotes ending in it a list of names."""
    return (text.startswith("的", end + 1) and not text.startswith("的话", end + 1)) or _noun_follows(text, start, end)


def classify(text: str, start: int, end: int, att: Attribution | None) -> str:
    """'speech', 'name', 'title', 'scare' or 'other' for one Chinese quote span."""
    inner = text[start:end]
    before = text[max(0, start - 6) : start - 1]
    after = text[end + 1 : end + 6]
    short = len(inner) <= 12 and not re.search(r"[，。！？；,!?]", inner)
    if _NAMING_BEFORE.search(text, max(0, start - 16), start - 1):
        return "name"  # 称他为“…” / 被誉为“…” / 被市场公认为“…”: a name given, whatever its length
    if _LAW_BEFORE.search(text, max(0, start - 60), start - 1):
        return "other"  # 《…法》第X条规定：“…” / 相关法律称，“…”: the text of a law, not words said
    if _WRITTEN_BEFORE.search(before):
        return "other"  # 上面写着“…” / 页面显示“…”: words written on a sign, a screen or a form, not said
    if inner in ("不", "NO", "No", "no"):
        return "scare"  # 对…说“不”: the idiom for refusing, not a word reported
    if _UNSAID_BEFORE.search(before):
        return "scare"  # 能说一句“…” / 你会说“…” / 人常说“…”: what may be said, or a saying, not a report
    if _SAYING_BEFORE.search(before):
        return "speech"  # 凤凰网的一句“…”: a measure word for sentences said
    if short and _SCARE_BEFORE.search(before):
        return "scare"
    # Names without 《》: 称为“X”, “X”计划, vessels (“X号”), and a quoted name that is
    # itself the subject of a speech verb (网友“X”说).
    if short and (
        _NAME_BEFORE.search(before) or _NAME_AFTER.match(after) or inner.endswith("号") or QUOTE_VERB.match(after) or _ADVERB_VERB.match(text, end + 1)
    ):
        return "name"
    # A word that modifies what follows (“X”的指控, “X”事件) or is the object of a
    # postposition (“X”之后) is a noun in the clause, not words said.
    if short and (_TERM_AFTER.match(after) or _noun_follows(text, start, end)):
        return "name"
    if _SLOGAN.fullmatch(inner) or (_parallel_lines(inner) and not _after_speech_verb(before.rstrip("：:，, "))):
        return "name"  # 服务发展、保护资源、维护权益 / 五言、七言 lines: a slogan or verse
    if sums_up(text, end) and not re.search(r"[。！？!?]", inner):
        # 为实现“…”这一功能 / 包括“…”等措施: whatever its length, a quote that a demonstrative or 等
        # sums up is a noun in the clause, not words said.
        return "name"
    if after.startswith("的") and not after.startswith("的话") and not re.search(r"[。！？!?]", inner) and not _after_speech_verb(before):
        # 围绕“…”的主题 / “…”的规定: whatever its length, a quote before 的 modifies a noun
        # (but 声称“…”的言论 reports what was said).
        return "name"
    if short and _held_term(text, start, end):
        return "scare"
    if "——" in inner and not re.search(r"[。！？]", inner):
        return "title"  # 论坛——副题 : a headline-style title
    opens_clause = before[-1:] in ("，", ",", "：", ":") or VERB_END.search(before) is not None
    if short and att is not None and att.adjacent and opens_clause and CJK.match(after) and not QUOTE_VERB.search(text, end + 1, end + 8):
        # 回应称，“某某医生”文章不实: the quote opens the reported clause and the clause goes
        # on past the mark (no speaker after it), so the quote is that clause's subject, a name
        # or term, not the words said.
        return "scare"
    if not re.search(r"[，。！？；,]", inner) and _term_in_clause(text, start, end):
        return "scare"
    if att is not None and att.adjacent:
        return "speech"
    if att is not None and att.mixed and before.endswith("是") and not _bare_nouns(inner) and not _goes_on(after):
        return "speech"  # 美方是“不得已…”: the speaker's own characterisation, in paraphrase
    if _VERB_COLON.search(before):
        return "speech"  # 回应是：“…” : introduced as speech, whoever the speaker
    if not short and att is not None:
        return "speech"
    if att is None and len(inner) >= 5 and not CJK.match(after[:1]) and _after_speech_verb(before.rstrip("：:，, ")) and _statement(inner):
        # 对于…问题，称“申请工作滞后了”。: a speech verb whose subject the sentence leaves out (the
        # speaker of the sentence before) right before a clause that says something and ends there.
        return "speech"
    if att is not None and _own_clause(text, start, end) and _statement(inner):
        # X表示，…，“我们想要关闭的是边境”。: a quote that is a whole clause of a speech verb's
        # sentence, after a comma and before the sentence's end, and says something, is the words said.
        return "speech"
    if (len(inner) >= 15 and re.search(r"[，。！？]", inner)) or (
        len(inner) >= 6 and re.search(r"[。！？!?]$", inner)
    ):
        return "speech"  # a continuation quote: full sentences, speaker given earlier
    return "scare"


def named_subjects(masked: str, sents: list[Segment], memo: VerbMemo | None = None) -> list[Mention]:
    """Named subjects of every speech verb, for resolving 他/她 (``memo``: see ``speaker_of_verb``)."""
    out: list[Mention] = []
    starts = [s.start for s in sents]

    for v in QUOTE_VERB.finditer(masked):
        i = max(0, bisect.bisect_right(starts, v.start()) - 1)
        lo = starts[i] if starts else 0
        who = speaker_of_verb(masked, v.start(), lo, memo)
        if who and not who.pronoun:
            # A titled subject of a speech verb (部员许愿介绍道) is a person whatever its name reads as.
            person = name_shaped(who.name) if who.role is not None else looks_person(who.name)
            out.append(Mention(v.start(), who.name, who.role, person))
    # People introduced with a title (边境巡逻队主管斯科特26日…) are who a later 他 may mean,
    # whatever verb their sentence has.
    for m in _INTRODUCED.finditer(masked):
        if not QUOTE_VERB.search(m.group(1)):  # 专家曾表示: a verb, not a name
            name = masked[m.start(1) : _name_end(masked, m.start(1), m.end(1))]
            # 多长时间 / 人员伤亡 / 记者了解到: an office character inside a word, then words, not a name.
            if not _common_words(name):
                out.append(Mention(m.start(1), name, None, True))
    return out


_INTRODUCED = re.compile(
    # 副教授以上 / 专家之一: a function word after the title is not a name.
    rf"{_OFFICE_START}{_OFFICE}(?!(?!曾)(?:{_CUT.pattern}))(?![以之等的和与及或们])([\u4e00-\u9fff]{{3}}|[\u4e00-\u9fff]{{2}}|[\u4e00-\u9fff]{{1,6}}·[\u4e00-\u9fff·]{{1,10}}?)"
    rf"(?=(?:{_CUT.pattern})|先生|女士|[，。、])"
)
