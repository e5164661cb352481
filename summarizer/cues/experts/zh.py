"""Chinese experts: ``<机构><头衔><姓名>`` (南方大学教授李平), a bare analyst title before a name
followed by speech (业界评论员王某说) and ``姓名（机构头衔）`` (the forms and the rule on offices are in ``experts``)."""

from __future__ import annotations

import re

from ..scan import finditer_at, first_chars, starts_near
from ..types import ExpertCue
from ..zh import VERB as _ZH_SPEECH
from ..zh import pos_tags
from ..zh.words import AFFILIATION_LEAD, FIRM_END, TITLE_LEAD
from .base import first_mentions

# Research, academic and civic bodies; government bodies (局, 部, 委员会, 政府) are not here.
_ZH_INST_WORDS = (
    "大学", "学院", "研究院", "研究所", "研究中心", "中心", "科学院", "工程院", "社科院", "智库", "基金会", "协会",
    "学会", "研究会", "实验室", "教研室", "联盟", "专家委员会", "咨询委员会", "律师事务所", "医院",
)  # fmt: skip
# A school's teaching office is a scholar's affiliation, but its head is the school's staff; so is
# a centre's head unless the centre does research (某某研究中心, a discipline: 某某流行病学中心):
# most centres are public services (土地储备中心, 便民服务中心, 环境监测中心).
_ZH_SCHOLARS_ONLY = ("教研室",)
_ZH_RESEARCH_CENTRE = re.compile(r"研究|学中心$")
# A hospital's specialists assess as scholars do: a clinician (主任医师), a department's head (眼科主任) or
# an academic title; its president and managers speak for the hospital.
_ZH_CLINICIAN = re.compile(r"医师|医生|科(?:副|常务副)?主任|教授|研究员|专家|院士")
_ZH_COLLEGE_HEAD = re.compile(r"(?:常务)?副?院长")
_ZH_INST = first_chars(_ZH_INST_WORDS) + f"(?:{'|'.join(_ZH_INST_WORDS)})"
# A scholar's title is a short modifier and an office word: 讲席教授, 首席专家, 高级研究员.
_ZH_ANALYST = r"(?:经济学家|研究员|教授|学者|专家|分析师|讲师|院士|评论员|顾问|委员|执行董事|董事|工程师|医师)"
# A law firm's lawyer comments on a case as a scholar does (a party's own lawyer names no firm).
_ZH_OFFICE = rf"(?:{_ZH_ANALYST}|所长|院长|主任|秘书长|理事长|会长|负责人|律师|合伙人)"
# A branch, committee or department of the body may stand before the office (某医学会医事法学分会主任,
# 某协会法律事务专业委员会秘书长, 某医院神经内科副主任, 某协会培训部主任, 某大学某学院某某学与某某系主任).
_ZH_TITLE = rf"(?:(?:[\u4e00-\u9fff]{{1,10}}?(?:分会|专业委员会|专委会|专业会|科|系|部|处|室))?[\u4e00-\u9fff]{{0,4}}?{_ZH_OFFICE})"
# A name: two to four characters, a transliteration with a middle dot, or a foreign name in Latin letters.
_ZH_NAME = (
    r"(?:[\u4e00-\u9fff]{1,6}[·•・‧][\u4e00-\u9fff·•・‧]{1,12}?|[\u4e00-\u9fff]{2,4}?"
    r"|[A-Za-z][A-Za-z'.-]*(?: [A-Za-z][A-Za-z'.-]*){0,3})"
)
# Adverbs that stand between a subject and its verb (X同样表示, X也认为, X进一步指出): a closed class.
_ZH_ADVERB = r"(?:也|亦|还|则|都|均|又|曾|就|同样|同时|再次|再度|一再|进一步|更是|更|甚至|如此|随即|此前|最近|近日|日前|近期|当天|今天|昨天)"
# What may follow a name introduced this way: speech, an adverb or time word, or punctuation.
# 在X看来 frames the view as speech does; X等专家认为 names X first among those who speak; a colon
# opens what X says (律师事务所律师X：…); 就 opens the topic of the view (X就此事表示).
_ZH_AFTER = rf"(?=对|向|在|就|{_ZH_SPEECH.pattern}|接受|看来|预言|等|{_ZH_ADVERB}|日|，|。|、|：|:|（|\(|的看法)"
# A second title may follow the name (某研究中心研究员X教授近日说, 某律师事务所合伙人X律师表示).
_ZH_NAME_TAIL = r"(?P<tail>副?教授|(?:副|助理)?研究员|院士|博士|律师|(?:副)?主任医师)?"
_ZH_EXPERT_REST = (
    rf"(?P<title>{_ZH_TITLE}(?:、[\u4e00-\u9fff]{{0,16}}?{_ZH_OFFICE})*)[ \u3000]?"  # a caption spaces them: 某协会会长 李平：
    rf"(?P<name>{_ZH_NAME}){_ZH_NAME_TAIL}{_ZH_AFTER}"
)
# A joint body joins two names with one dash (中国—东盟研究院, 南京大学-牛津大学金融创新研究院); a double dash is punctuation.
_ZH_BODY_CHAR = r"(?:[\u4e00-\u9fff（）()a-zA-Z0-9]|(?<=[\u4e00-\u9fff])[—–-](?=[\u4e00-\u9fff]))"
ZH_EXPERT = re.compile(rf"(?P<aff>{_ZH_BODY_CHAR}{{2,30}}?{_ZH_INST})" + _ZH_EXPERT_REST)
# 南方大学（的）李平教授认为: the name, then the title. Only academic titles follow a name this way.
_ZH_POST_TITLE = r"(?:副?教授|(?:副|助理)?研究员|院士|博士)"
# 某律师事务所李平律师认为: a law firm's lawyer is named the same way.
_ZH_POST_INST_TITLE = rf"(?:{_ZH_POST_TITLE}|律师|(?:副)?主任医师)"
# A department may stand between the body and the name (某大学某中心某科李平教授, 某医院某科李平主任医师).
_ZH_DEPT = r"(?:[\u4e00-\u9fff]{1,10}?(?:科|系|教研室|研究室|实验室))?"
ZH_EXPERT_POST = re.compile(
    rf"(?P<aff>{_ZH_BODY_CHAR}{{2,30}}?{_ZH_INST}{_ZH_DEPT})的?(?P<name>{_ZH_NAME})(?P<title>{_ZH_POST_INST_TITLE}){_ZH_AFTER}"
)
# Without an institution only an analyst's own title, and the name must be followed by speech
# (after an adverb and a 向记者-phrase, if any) or close a 在X看来 frame. The words before the title,
# from where the clause opens, are the title's noun phrase: the body the analyst works at, ending
# in a rank (网贷之家高级研究员X表示) or in an organisation's own last word (某某集团房地产专家X), or
# a relative clause (长期研究电池行业的分析人士X), or a short modifier (业界评论员X).
_ZH_BARE_TITLE = r"(?:评论员|分析师|分析人士|经济学家|学者|专家|研究员|教授|观察家|策略师|律师|合伙人|总工程师|高级工程师|首席工程师|投资顾问)"
# Of these, the posts one holds at a body (the words before them name it when no rank or
# organisation word ends it); the others are described by a field.
_ZH_POST_WORD = r"(?:分析师|经济学家|研究员|教授|策略师|合伙人|总工程师|高级工程师|首席工程师|投资顾问)"
_ZH_RANK = r"(?:高级|资深|首席|特约|特聘|客座|兼职|副|助理)"
# An interview frames what follows as the analyst's words: X接受某报记者采访时表示, X在接受采访时指出.
_ZH_INTERVIEW = r"(?:在)?接受[\u4e00-\u9fffA-Za-z0-9《》“”]{0,16}?(?:采访|专访|访问)时?[，,]?"
# To whom the analyst speaks: a few words (向记者) or an outlet's name as printed, with digits, Latin letters,
# book marks or brackets (对21世纪经济报道记者, 向《某某日报》记者, 对澎湃新闻()).
_ZH_TO = r"(?:向|对|跟)[\u4e00-\u9fffA-Za-z0-9《》（）()]{1,16}?"
# A foreign name may be glossed in its own letters in brackets: 彼得·奇尔(peter tchir)表示.
_ZH_GLOSS = r"(?:[（(][A-Za-z][A-Za-z .'-]{1,40}[）)])?"
_ZH_BARE_NAME = (
    rf"(?P<name>{_ZH_NAME})(?={_ZH_GLOSS}{_ZH_ADVERB}?(?:{_ZH_TO}|{_ZH_INTERVIEW}{_ZH_ADVERB}?)?"
    rf"(?:{_ZH_SPEECH.pattern}|看来|预言|[：:])"  # an analyst's prediction is his view: X预言：…
    # or is introduced in a clause of its own and speaks in the next: X是其中一位。他告诉记者…
    rf"|(?:[，。]|是[^。！？；“”\n]{{0,24}}[，。])(?:他|她){_ZH_ADVERB}?(?:(?:向|对|跟)[\u4e00-\u9fff]{{1,6}}?)?{_ZH_SPEECH.pattern})"
)
ZH_BARE = re.compile(
    rf"(?:^|(?<=[，。；：、！？!?;\s“”在])|(?<=\\n))(?P<pre>[\u4e00-\u9fffA-Za-z0-9（）()·&]{{0,24}}?)"
    rf"(?P<word>{_ZH_BARE_TITLE})" + _ZH_BARE_NAME
)
# A party's own lawyer argues its case; only a lawyer named for no party gives a legal view.
_ZH_PARTY_LAWYER = re.compile(r"代理|辩护|委托|原告|被告|当事|家属|双方|一方|方|其|该|公司|集团|企业|私人|法律顾问")
# 熊某教授告诉记者: a name and its academic title, no institution, opening a clause before speech.
ZH_NAME_TITLE = re.compile(
    rf"(?:^|(?<=[，。；：、！？!?;\s“”])|(?<=\\n))(?P<name>[\u4e00-\u9fff]{{2,3}})(?P<title>{_ZH_POST_TITLE})"
    rf"(?={_ZH_ADVERB}?(?:{_ZH_SPEECH.pattern}|看来))"
)
# 姓名（机构头衔）: the name, then its institution and title in brackets.
_ZH_BRACKET_REST = rf"[（(](?P<aff>[\u4e00-\u9fff]{{2,30}}?{_ZH_INST})(?P<title>{_ZH_TITLE})[）)]"
ZH_BRACKET = re.compile(r"(?P<name>[\u4e00-\u9fff·•・‧]{2,8})" + _ZH_BRACKET_REST)
# Where each pattern's opening run (the affiliation, the name, the title's modifier) can end, found
# zero-width so that every such position is found: a match opens 2-30, 2-8 or 0-4 characters before.
_ZH_EXPERT_AT = re.compile(f"(?={_ZH_INST}{_ZH_EXPERT_REST})")
_ZH_BRACKET_AT = re.compile(f"(?={_ZH_BRACKET_REST})")
_ZH_BARE_AT = re.compile(f"(?={first_chars(_ZH_BARE_TITLE[3:-1].split('|'))}{_ZH_BARE_TITLE}{_ZH_BARE_NAME})")
ZH_BARE_REACH = 24  # how far before its title word ZH_BARE opens: the title's noun phrase
_ZH_POST_AT = re.compile(f"(?={_ZH_INST}{_ZH_DEPT}的?{_ZH_NAME}{_ZH_POST_INST_TITLE}{_ZH_AFTER})")
_ZH_YEAR = re.compile(r"\d{2,4}年")
_ZH_GENERIC = {"专家", "学者", "人士"}
# No name opens with a preposition, a conjunction, an adverb or a demonstrative, nor ends in an office,
# a group noun or a body: 有知情专家向记者透露, 业内专家和律师表示, 专家们也认为, 某大学法学院教授表示 name nobody;
# nor does a surname with an honorific or 某 (律师王先生, 专家李某): the article withholds the name.
_ZH_NOT_NAME = re.compile(r"^[向对在和与跟及或被把将从给也亦还则都均又就这那该此等们]|(?:记者|专家|律师|人士|学者|官员|院|系|所|中心|大学|先生|女士|小姐|某)$")

# A student (or a student body's officer) is not yet the scholar he trains to be: 某大学学生某协会会长, 博士生.
_ZH_STUDENT = re.compile(r"学生(?![态物命理化产殖])|本科生|硕士生|博士生|研究生(?!院)")  # not 大学|生态学


def find_experts_zh(text: str) -> list[ExpertCue]:
    """Each titled scholar; first mention wins."""
    found: list[ExpertCue] = []
    for m in finditer_at(ZH_EXPERT, text, _starts(_ZH_EXPERT_AT, text, 2, 30)):
        _add_zh(found, m, text)
    for m in finditer_at(ZH_EXPERT_POST, text, _starts(_ZH_POST_AT, text, 2, 30)):
        _add_zh(found, m, text)
    for m in finditer_at(ZH_BRACKET, text, _starts(_ZH_BRACKET_AT, text, 2, 8)):
        if _is_zh_name(m.group("name")):
            found.append(ExpertCue(m.group("name"), m.group("title"), m.group("aff"), m.start(), m.end()))
    # A bare title is the fallback: a mention already read with its institution keeps that reading.
    read = {(e.name, e.end) for e in found}
    for m in finditer_at(ZH_BARE, text, _starts(_ZH_BARE_AT, text, 0, ZH_BARE_REACH)):
        if (m.group("name"), m.end()) not in read:
            _add_zh_bare(found, m)
    for m in ZH_NAME_TITLE.finditer(text):
        if _is_zh_name(m.group("name")):
            found.append(ExpertCue(m.group("name"), m.group("title"), None, m.start(), m.end()))
    return [
        e for e in first_mentions(found, lambda n: n)
        if not _retained(e, text) and _assesses(e, text) and not _ZH_STUDENT.search(f"{e.affiliation or ''}{e.title}")
    ]


_ZH_SENTENCE_END = re.compile(r"[。！？!?\n]|\\n")
# A view: speech, a frame (在X看来, X：, a quote), or a finding or inference (研究发现, 推测).
_ZH_VIEW = re.compile(rf"{_ZH_SPEECH.pattern}|看来|发现|推测|推断|判断|预言|[：:]")
_ZH_VIEW_REACH = 80  # a list of guests runs on: a view further than this from the name is someone else's
# A later mention by surname and title (张律师告诉记者) or by pronoun, at the next sentence's opening.
_ZH_SURNAME_TITLE = r"(?:律师|教授|博士|研究员|院士|医生|所长|院长|主任|会长|秘书长)"
_ZH_NEXT_OPENING = rf"[\s“”]*(?:他|她|其|结果|研究){_ZH_ADVERB}?"


def _assesses(e: ExpertCue, text: str) -> bool:
    """An expert gives a view: the sentence that introduces them goes on to one (李平教授认为, 李平，长期研究…，他说),
    or the next one opens with their pronoun, or a later sentence has them speak by name or by surname and title.
    A name in a list of guests, speakers or prize winners, or in a story's cast, gives no assessment."""
    end = _ZH_SENTENCE_END.search(text, e.end)
    stop = end.start() if end else len(text)
    if _ZH_VIEW.search(text, e.end - len(e.name), min(stop, e.end + _ZH_VIEW_REACH)):
        return True
    if end and re.match(_ZH_NEXT_OPENING, text[end.end() :]) and _ZH_VIEW.search(text[end.end() : end.end() + 40]):
        return True
    later = re.escape(e.name) if not re.search(r"[\u4e00-\u9fff]", e.name) or len(e.name) < 2 else (
        f"{re.escape(e.name)}|{re.escape(e.name[0])}{_ZH_SURNAME_TITLE}")
    for m in re.finditer(later, text[stop:]):
        at = stop + m.end()
        tail = _ZH_SENTENCE_END.search(text, at)
        if _ZH_VIEW.search(text, at, min(tail.start() if tail else len(text), at + 40)):
            return True
    return False


def _retained(e: ExpertCue, text: str) -> bool:
    """A lawyer (or a law firm's partner) the article says someone retained (委托/聘请/找到…律师X, X一方的代理律师、…律师X)
    is that party's counsel."""
    return "律师" in f"{e.title}{e.affiliation}" and re.search(rf"(?:委托|聘请|找到|请来|代理人|代理律师|辩护律师|辩护人)[^。！？]{{0,40}}{re.escape(e.name)}", text) is not None


def _add_zh(found: list[ExpertCue], m: re.Match[str], text: str) -> None:
    """A match's name, title and affiliation (without the words that lead into it); no verb is a name."""
    name = m.group("name")
    if not _is_zh_name(name):
        return  # 南方大学李平教授认为 read as the title 李平教授 and the 'name' 认为
    aff = m.group("aff")
    if aff is None:
        found.append(ExpertCue(name, m.group("title"), None, m.start(), m.end()))
        return
    titles = m.group("title") + (m.groupdict().get("tail") or "")  # 某教研室副主任李平教授: the tail is a title too
    if not re.search(_ZH_ANALYST, titles) and (
        aff.endswith(_ZH_SCHOLARS_ONLY) or (aff.endswith("中心") and not _ZH_RESEARCH_CENTRE.search(aff))
    ):
        return  # the head of a school's teaching office, or of a service or land centre, is its staff
    if aff.endswith("基金会") and not re.search(_ZH_ANALYST, titles):
        return  # a foundation's officers speak for it: it funds and campaigns, it studies nothing
    if "医院" in f"{aff}{m.group('title')}" and not _ZH_CLINICIAN.search(titles) and not (
        _ZH_COLLEGE_HEAD.fullmatch(titles) and _own_view(text, m)
    ):
        return  # a hospital's manager speaks for the hospital, and so does its president but for a view of his own
    if _ZH_COLLEGE_HEAD.fullmatch(titles) and aff.endswith("学院") and not re.search("大学|科学院|工程院", aff):
        return  # so does a college's president (某职业技术学院院长); a university school's dean is a scholar
    if "负责人" in m.group("title") and not re.search(r"研究(?:院|所|中心)$", aff):
        return  # 'the person in charge' speaks for a body unless the body does research
    lead = AFFILIATION_LEAD.match(aff) or TITLE_LEAD.match(aff)  # 而某律师事务所
    start = m.start("aff") + (lead.end() if lead else 0)
    # A relative clause before the body describes the person (长期参与治污的某研究所): the body follows its 的,
    # and a clause's verb (记者采访了某研究会) ends before it; a line break written out as the two characters
    # '\\n' is no part of a name.
    start = max(start, m.start("aff") + max(aff.rfind("的"), aff.rfind("是"), aff.rfind("了")) + 1)
    year = _ZH_YEAR.match(text, start)
    start = year.end() if year and year.end() < m.end("aff") else start
    if text.startswith("n", start) and text[start - 1 : start] == "\\":
        start += 1  # and the words that lead into the body may follow it (\\n据某协会秘书长X透露)
        lead = AFFILIATION_LEAD.match(text[start : m.end("aff")]) or TITLE_LEAD.match(text[start : m.end("aff")])
        start += lead.end() if lead else 0
    start += _clause_before_body(text[start : m.end("aff")])
    title = m.group("title").removeprefix("的")  # 某律师事务所的律师X: the 的 joins body and title
    aff, title = _office_opens_title(text[start : m.end("aff")], title)
    hospital = _ZH_AFFILIATED.match(title)
    if hospital and hospital.end() < len(title):  # 某大学|附属第一医院眼科主任: the hospital is the body, not the title
        aff, title = aff + hospital.group(), title[hospital.end() :]
    found.append(ExpertCue(name, title, aff or None, start, m.end()))


# A title is a noun phrase ending in an office word, and may open with one (董事合伙人, 主任研究员).
_ZH_OFFICE_END = re.compile(rf"(?:{_ZH_OFFICE}|{_ZH_RANK})+$")


# A university's teaching hospital is named after it (某医科大学附属第三医院, 某大学第一附属医院): the body's name runs on.
_ZH_AFFILIATED = re.compile(r"(?:第[一二三四五六七八九十]+)?附属[\u4e00-\u9fff]{0,10}?医院")


def _office_opens_title(aff: str, title: str) -> tuple[str, str]:
    """全景国际董事|合伙人, 某博物馆主任|研究员: an office or a rank at the body's end is the title's first word."""
    office = _ZH_OFFICE_END.search(aff)
    if office and office.start() > 1:
        return aff[: office.start()], aff[office.start() :] + title
    return aff, title


# A hospital's president gives a view of his own (认为, 指出, 分析) on no work of the hospital (我院, 该院,
# 院方, 医院): on the hospital's work or a patient's state (介绍, 表示) he speaks for it.
_ZH_OWN_BODY = re.compile(r"[我本该全]院|院方|医院")
_ZH_VIEW_VERB = re.compile(r"认为|指出|分析|看来|判断|预计|预测|建议")


def _own_view(text: str, m: re.Match[str]) -> bool:
    """The sentence of a body's head, outside the body's name, holds a view verb and says nothing of the body."""
    opening = max(text.rfind(c, 0, m.start()) for c in "。！？\n")
    end = _ZH_SENTENCE_END.search(text, m.end())
    after = text[m.end() : end.start() if end else len(text)]
    return _ZH_VIEW_VERB.search(after) is not None and not _ZH_OWN_BODY.search(text[opening + 1 : m.start("aff")] + after)


def _clause_before_body(aff: str) -> int:
    """How many characters of ``aff`` are a clause or a byline before the body's name: a headline or a sentence
    run on with no punctuation ends in a verb, an adverb, a time word or a particle before a place or body opens
    the name (预计房价回落|中国社科院, 近日|中国某研究所, …吗|广西某律师事务所); a byline ends in the reporter's
    name (南都记者某某|云南省地震局…)."""
    caption = re.match("图为|图中为", aff)  # a photo's caption: 图为某研究院副研究员X
    at = cut = caption.end() if caption else 0
    tokens = pos_tags(aff[at:])
    for i, t in enumerate(tokens[:-1]):
        at += len(t.word)
        opens_name = tokens[i + 1].flag in ("ns", "nt")
        if opens_name and (t.flag in ("v", "d", "t", "y") and t.word != "驻" or t.word in ("时任", "记者")):
            cut = at
        elif opens_name and "记者" in aff[:at] and not cut:
            cut = at  # 南都记者某某|云南省…: the reporter's name ends the byline
    return cut if cut < len(aff) - 1 else 0


def _is_zh_name(name: str) -> bool:
    """No verb, adverb, body or common word is a name: 专家同时认为, 某大学法学院教授表示, 客座教授兼职, 专家们也认为."""
    if _ZH_SPEECH.search(name) or _ZH_NOT_NAME.search(name) or re.fullmatch(_ZH_ADVERB, name) or "的" in name:
        return False
    if re.match(f"{_ZH_OFFICE}|代表", name):
        return False  # 主任王某教授: the office before the name is a second title
    if not re.search(r"[\u4e00-\u9fff]", name) or re.search("[·•・‧]", name):
        return True
    # One dictionary word that is no proper noun (期间, 助理, 名誉), or words that open with a verb
    # (带领下, 会主任), is what stands after a title when no name does.
    tokens = pos_tags(name)
    if any(t.flag.startswith(("nr", "ns", "nt", "nz", "eng")) for t in tokens):
        return True
    # Two common words of two characters or more (执业证书) are a noun phrase: a name splits off a surname.
    return len(tokens) > 1 and not tokens[0].flag.startswith("v") and min(len(t.word) for t in tokens) == 1


def _add_zh_bare(found: list[ExpertCue], m: re.Match[str]) -> None:
    """A bare analyst title: its noun phrase split into the body (if one is named) and the title."""
    name = m.group("name")
    if name in _ZH_GENERIC or not _is_zh_name(name):
        return
    pre = TITLE_LEAD.sub("", m.group("pre"))
    pre = pre[pre.rfind("了") + 1 :]  # a clause's verb (记者采访了…) ends before the noun phrase
    word = m.group("word")
    if word == "律师" and _ZH_PARTY_LAWYER.search(pre):
        return
    aff: str | None = None
    rank = re.search(_ZH_RANK, pre)
    org = list(FIRM_END.finditer(pre))
    if "的" in pre:  # a relative clause describes the analyst: it is the title's
        title = pre + word
    elif rank:
        aff, title = pre[: rank.start()], pre[rank.start() :] + word
    elif org:
        aff, title = pre[: org[-1].end()], pre[org[-1].end() :] + word
    elif len(pre) > 4 and re.fullmatch(_ZH_POST_WORD, word) and not re.search(_ZH_BARE_TITLE, pre):
        aff, title = pre, word  # a post is held at a body: 某某贸易网研究员
    else:
        title = pre + word  # a field describes an expert: 俄罗斯军事专家, 业界评论员
    if aff:  # 某国际董事合伙人, 某博物馆主任研究员: the office opens the title
        aff, title = _office_opens_title(aff, title)
    aff = aff if aff and len(aff) >= 2 else None
    start = m.end("pre") - len(pre)
    found.append(ExpertCue(name, title, aff, start, m.end()))


def _starts(anchor: re.Pattern[str], text: str, lo: int, hi: int) -> list[int]:
    """Where a match can open: ``lo`` to ``hi`` characters before a place ``anchor`` finds."""
    return starts_near((m.start() for m in anchor.finditer(text)), lo, hi)

