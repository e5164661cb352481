"""When a Chinese stance verb states no act of its subject's: a frame, a rule's text, a sanction, a call received,
a set phrase, a ruling supposed, advice not given, an object put before the verb, a private person's decision.
"""

from __future__ import annotations

import re

from .. import zh as cues_zh
from ..zh.names import SURNAMES
from .zh_names import zh_person
from .zh_verbs import ZH_CLAUSE_END, ZH_VERB


_ZH_ADVICE_NOUN_BEFORE = re.compile(r"(?:温馨|善意|友情|报警|事件|风险|安全|的|“)$")
_ZH_ADVICE_NOUN_AFTER = re.compile(r"(?:公告|短信|功能|服务|事项|信息|就|自己|一下|一遍|一句|”)")
_ZH_ADVICE_DENIED = re.compile(r"没有|没|未|不")

# Prepositions that put a stance verb's object before it (为X辩护, 对X表示支持, 向X道歉).
_ZH_OBJECT_PREP = re.compile(r"(?<=[\u4e00-\u9fff]{2})[为对向替给]")


def fronted(masked: str, lo: int, at: int) -> bool:
    """The verb at ``at`` has its object before it, in a prepositional phrase of its own clause (from ``lo``).

    Another verb between the preposition and this one takes the phrase (对公民发出健康警告: 警告 is
    发出's object), unless a 的 makes that verb a modifier (为巡逻队使用催泪弹的做法辩护).
    """
    for m in _ZH_OBJECT_PREP.finditer(masked, lo, at):
        toks = cues_zh.pos_tags(masked[m.end() : at])
        words = [t.word for t in toks]
        # The last word is the object's head (的做法 is tagged a verb): a verb there governs nothing.
        if not any(t.flag == "v" and words[i + 1 :] and "的" not in words[i + 1 :] for i, t in enumerate(toks)):
            return True
    return False


# Frames that make a clause an adverbial of the act after it: 在…下 (在民众要求下颁布法令: the
# circumstance) and 以…为由 / 为名 (以X拒不执行为由，对其拘留: the reason given for it).

def in_frame(masked: str, lo: int, at: int, end: int) -> bool:
    """The verb at ``at`` (ending at ``end``) stands inside 在…下 or 以…为由 opened in its clause (from ``lo``)."""
    before = masked[lo:at]
    rest = re.split(r"[，,。；;！？]", masked[end : end + 40], maxsplit=1)[0]
    if re.search(r"(?<![正现存实所自内好])在", before) and re.match(r"(?:之)?下(?![午旬属级面发达载调降])", masked[end : end + 2]):
        return True
    return re.search(r"(?<![可所难得予足加])以", before) is not None and re.search(r"为由|为名|为借口", rest) is not None


def ruling_not_made(masked: str, sent: int, lo: int, at: int, end: int, hi: int) -> bool:
    """The ruling at ``at`` (its sentence from ``sent``, its clause from ``lo``) is supposed (如果…法院判决), a time (法院在驳回…后，),
    or argued for (法院应裁定…, 可以判处): no ruling the court made."""
    if re.search(r"如果|假如|若|一旦|只有|除非", masked[sent:at]):
        return True
    if re.search(r"(?:应当?|应该|可以?|会|将|须|必须|才能|能够?)$", masked[lo:at]):
        return True
    rest = re.split(r"[，,。；;！？]", masked[end:hi], maxsplit=1)[0]
    return re.search(r"在", masked[lo:at]) is not None and re.search(r"(?:之?后|时|以后)$", rest) is not None


def gives_advice(masked: str, lo: int, at: int, end: int, hi: int) -> bool:
    """The advising verb at ``at`` (ending at ``end``, its clause from ``lo``) gives advice: no noun, no denial, not
    to oneself, and eight characters or more of words after it in its clause."""
    if _ZH_ADVICE_NOUN_BEFORE.search(masked, max(lo, at - 2), at) or _ZH_ADVICE_NOUN_AFTER.match(masked, end):
        return False
    if _ZH_ADVICE_DENIED.search(masked, lo, at):
        return False
    stop = ZH_CLAUSE_END.search(masked, end, hi)
    return len(re.sub(r"[，,：:\s]", "", masked[end : stop.start() if stop else hi])) >= 8


def not_holders_act(masked: str, sent: int, lo: int, at: int, end: int) -> bool:
    """The verb at ``at`` (ending at ``end``; its sentence from ``sent``, its clause from ``lo``) states no act of the
    subject before it: the subject stands in a rule's text (…条例规定，乘客可以要求…), the verb is a noun after 所
    (他所希望的), a sanction received (受到党内警告处分) or a short quoted name (“希望工程”)."""
    if _ZH_RULE_TEXT.search(masked, max(sent, masked.rfind("；", sent, at), masked.rfind(";", sent, at)), at):
        return True  # (a rule's text runs to the semicolon: …第三条规定：…；2006年最高人民法院决定删除…)
    if masked[at - 1 : at] == "所" and ZH_VERB.fullmatch(masked[at:end]):
        return True
    if _ZH_SANCTION_BEFORE.search(masked, lo, at):
        return True
    return masked[at - 1 : at] == "“" and re.match(r"[^“”，,。；;：:]{0,6}”", masked[end : end + 8]) is not None


# 接到报警称, 接分局指令称, 收到群众举报称: what was received is the caller's words, not the receiver's.
_ZH_RECEIVED = re.compile(
    r"(?:接到|接获|收到|接|接报|获悉|得到)[^，,：:；;。]{0,10}?(?:报警|举报|电话|指令|通知|消息|求助|反映|投诉|来电|报案|短信|信息|线索)$"
)

# A rule's text (《劳动合同法》规定，…劳动者可以要求…): the persons in it are the rule's, generic, no actor's stance.
_ZH_RULE_TEXT = re.compile(r"(?:法|条例|办法|[条款]|章程|细则|规章|制度)》?规定[，,：:]")

# 受到党内警告处分, 遭到严重警告: the verb is a sanction's name, the object of a verb of receiving. (The giver's
# verbs are its own act: 予以谴责, 予以否认, 给予支持.)
_ZH_SANCTION_BEFORE = re.compile(r"(?:受到|遭到|受|被)(?:党内|党纪|政务|行政|纪律|严重|口头|书面|公开|了|过|一次|的)*$")


def set_phrase(masked: str, at: int, name: str, verb: str) -> bool:
    """The holder ``name`` right before the verb at ``at`` makes one word with it, a set phrase of the writer's
    reasoning (按理说, 退一步讲): jieba reads them as one word, a set phrase (its tag l or i)."""
    if masked[max(0, at - len(name)) : at] != name:
        return False
    toks = cues_zh.pos_tags(name + verb)
    return len(toks) == 1 and toks[0].flag in ("l", "i")  # (本院认为, 双方同意 and 刘建说 are one word too, not set phrases)


# 给予王某党内警告处分, 对其处以警告: a sanction given, its object named after the verb of giving.
_ZH_SANCTION_GIVEN = re.compile(r"(?:给予|予以|处以)[^，,：:；;。]{0,12}?(?:党内|党纪|政务|行政|纪律|严重|口头|书面|公开)*$")


def sanctioned(masked: str, lo: int, at: int, name: str) -> bool:
    """The verb at ``at`` names a sanction given (给予王某党内警告处分) and the holder ``name`` stands after the verb of
    giving: the one sanctioned, not the one who gives it (县纪委给予…: the commission's act, a penalty it decides)."""
    m = _ZH_SANCTION_GIVEN.search(masked, lo, at)
    return m is not None and masked.find(name, m.start(), at) != -1


def received(masked: str, lo: int, at: int, name: str, pronoun: bool) -> bool:
    """The speech verb at ``at`` (its clause from ``lo``) reports a call, an order or a tip its subject ``name``
    received (指挥中心接到报警称, 接分局指令称): the words are the caller's. A caller named inside what was received
    (记者接到市民王某举报称) is the one who says it."""
    m = _ZH_RECEIVED.search(masked, lo, at)
    if not m:
        return False
    return pronoun or masked.find(name, lo, m.end()) < m.start()


# Posts whose holder's decisions are an office's policy (总统, 部长, 市长, 书记, 发言人 …), not a private act.
_ZH_OFFICE_HELD = re.compile(r"(?:长|总统|总理|首相|外相|主席|书记|大使|特使|发言人|领导人|议员|司令|代表|委员)$")


def _chinese_name(name: str) -> bool:
    """``name`` is a Chinese person's name as the tagger reads it (曲磊, 郑利锋, 老李), not a body's (党中央, 中共六大).
    (A foreign name is left out: the world's leaders are often named bare, 昂山素季决定亲自挂帅…, and decide policy.)"""
    surname = name[1:2] if name[:1] in ("老", "小") else name[:1]
    toks = cues_zh.pos_tags(name)
    return 2 <= len(name) <= 3 and surname in SURNAMES and bool(toks) and toks[0].flag.startswith("nr")


def private_decision(verb: str, name: str, text: str) -> bool:
    """决定 with a person for its subject (a noun for a person, a Chinese name) who holds no public office the article
    names (于是马先生决定亲自去学校…, 民警决定采取以车找人的方法…, 反复考虑后，郑利锋决定…): an act the story tells, what
    the person did next, not a stance. A body's decision (证监会决定对公司立案调查, 省公安厅决定…) and an office
    holder's (部长…决定) are their policy, kept."""
    if verb != "决定" or _ZH_OFFICE_HELD.search(name):
        return False
    if not (zh_person(name, text) or _chinese_name(name)):
        return False
    for m in re.finditer(re.escape(name), text):
        titled = cues_zh.NAME_AFTER_TITLE.match(text[max(0, m.start() - 12) : m.end()])
        if titled and titled.group(2) == name and _ZH_OFFICE_HELD.search(titled.group(1)):
            return False
    return True
