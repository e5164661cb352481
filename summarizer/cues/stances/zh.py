"""Chinese stance cues: a stance verb from a closed class, or a speech verb, its named subject, its clause.

The verbs are a closed grammatical class (wanting, demanding, urging,
refusing, supporting, opposing, warning, promising, planning), not taken from
any one article. Rooms: ``zh_verbs`` (the verbs and where a clause ends), ``zh_names``
(what names an actor), ``zh_holders`` (the verb's subject), ``zh_filters`` (a verb that is
no act of its subject's), ``zh_writer`` (the writer's views, passive rulings); this module
reads each sentence's verbs with them (``zh_stances``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ...article import Article
from .. import zh as cues_zh
from ..script import simplified
from ..zh.words import CONNECTOR_LEAD
from .base import StanceCue, last_person
from .zh_filters import (
    fronted,
    gives_advice,
    in_frame,
    not_holders_act,
    private_decision,
    received,
    ruling_not_made,
    sanctioned,
    set_phrase,
)
from .zh_holders import zh_holder
from .zh_names import person_named, zh_named
from .zh_verbs import (
    ADVISING,
    ZH_INFORMING,
    ZH_PAUSE,
    ZH_RULING,
    ZH_VERB,
    content_start,
    stance_end,
    states_stance,
    verbs_in,
)


# A column's persona giving the advice (小乐, 意生君, 消防蜀黍): the writer's voice, as 小编's is.
_ZH_PERSONA = re.compile(r"小[\u4e00-\u9fff]|[\u4e00-\u9fff]{1,3}君|[\u4e00-\u9fff]{0,4}蜀黍")

# How many of a named speaker's first direct quotes are read as their words on the matter; a later one counts
# only where the article names its speaker beside it (``named_beside_quote``).
ZH_QUOTES_PER_SPEAKER = 2

# Only a court takes the acts of judging (ZH_RULING): 警方认定… is a finding, 经认定 nobody's.
_ZH_COURT = re.compile(r"(?:法院|法庭|[中高]院|合议庭|审判庭|仲裁委员会|仲裁委|仲裁庭)$")

# A court governed by a preposition or a verb before it (经法院判决, 由人民法院判处, 请求法院判决,
# 建议法庭裁定, 获法院支持, 继X中院驳回…之后, 看法院这样判决) is no subject of the ruling.
_ZH_COURT_GOVERNED = re.compile(r"^(?:经|由|继|获|请求|提请|建议|要求|看|到|被|让|向|对|待|等待)")
_ZH_RULING_ADVERBIAL = re.compile(r"(?:[一二再终]审|依法|当庭|遂|以[^，,。；;]{1,15}?罪名?)+$")
# A negation before a stance verb belongs to the stance (不打算…, 并不支持…).
_ZH_NEG = re.compile(r"(?:并不|绝不|决不|没有|不|未|没)$")

# After a stance verb, frames that make it a noun: (在X)要求下, (以X)要求为由 / 为名.
_ZH_NOUN_FRAME = re.compile(r"(?:下|之下)(?=[，,。；;])|为由|为名")

# A verb whose clause ends as a time adverbial (在回应…时，): its content is not reported, the main clause follows.
_ZH_TIME_CLAUSE = re.compile(r"[^，,：:；;。！？“”]{0,30}?(?:(?<!同)时|之时|的时候)[，,]")

# 坚持 with a complement of result or direction (下来, 下去, 住, 不住), a duration (20多年, 几天) or 不懈 after it is
# 'persevere', an intransitive verb of endurance, not 'insist' on something.
_ZH_PERSEVERE = re.compile(r"(?:下来|下去|不住|得住|住|不懈|了?[\d一二三四五六七八九十两几数]+[多个余]*(?:年|天|月|周|小时|分钟))")

# A preposition before a stance verb makes it a noun: 按要求, 根据…决定.
_ZH_PREP_BEFORE = re.compile(r"(?:按|按照|根据|依照|依据|遵照)$")


# The parts of speech of a noun phrase opening a clause (jieba's tags): nouns, names, distinguishing words, a dash
# inside a transliterated name.
_NP_OPENING = ("n", "b", "j")
# What opens a clause with no subject of its own: a verb, an adverb, a preposition, a conjunction, an adjective.
_NO_SUBJECT_OPENING = ("v", "d", "p", "c", "a")


def _sentence_subject(masked: str, sent: int, clause: int, text: str) -> str | None:
    """The person a 他 / 她 opening a later clause of the sentence (its clause from ``clause``) stands for: the person
    named at the head of the nearest clause before it that opens with a noun phrase (王某对工作给予了充分肯定，他指出…;
    王某没有说话，转身…，她说…), the topic the clauses share. A clause opening with another noun phrase (红星新闻联系到
    杨某，她称: the pronoun is the object's) or a modifier (魏某的母亲…，她…) leaves the pronoun to the speakers named
    before; clauses opening with a verb, an adverb or a preposition lend no subject and are passed over."""
    bounds = [sent] + [m.end() + sent for m in re.finditer(r"[，,；;：:]", masked[sent:clause])]
    for lo, hi in zip(reversed(bounds[:-1]), reversed(bounds[1:])):
        seg = CONNECTOR_LEAD.sub("", masked[lo : hi - 1].strip(" \u3000"))
        toks = list(cues_zh.pos_tags(seg))
        while toks and toks[0].flag == "t":
            toks.pop(0)
        np = ""
        for i, t in enumerate(toks):
            given = i == 1 and len(toks[0].word) == 1 and toks[0].flag == "nr" and len(t.word) <= 2  # 王|隆庆: a given name
            if not (t.flag.startswith(_NP_OPENING) or t.word in ("-", "·", "－") or given):
                break
            np += t.word
        if not np and toks and toks[0].flag.startswith(_NO_SUBJECT_OPENING):
            continue  # 转身准备…, 当他了解到…时: no subject of its own
        if not np:
            return None  # 各种案件频发: a subject, no name
        after = seg[seg.find(np) + len(np) :]
        named = [t for t in cues_zh.pos_tags(np) if t.flag.startswith("nr")]
        if after.startswith("的") or not named:
            return None  # 魏某的母亲, 红星新闻, 记者: not a person named at the head
        np_toks = cues_zh.pos_tags(np)
        # The name: the last run of name words (庄红翔|副书记, 华裔律师|邓洪, 主裁|赫拉德-克雷乌斯, 副校长|徐辉明|出面).
        last = max(i for i, t in enumerate(np_toks) if t.flag.startswith("nr"))
        first = last
        while first > 0 and (np_toks[first - 1].flag.startswith(("nr", "ns")) or np_toks[first - 1].word in ("-", "·", "－")):
            first -= 1
        while last + 1 < len(np_toks) and re.search(r"[-·－]", "".join(t.word for t in np_toks[first : last + 1])):
            last += 1  # 赫拉德-克雷|乌斯: a transliterated name runs to the end of the phrase
        role = "".join(t.word for t in np_toks[:first])
        name = "".join(t.word for t in np_toks[first : last + 1])
        if len(name) == 1 and last + 1 < len(np_toks) and len(np_toks[last + 1].word) <= 2:
            name += np_toks[last + 1].word  # 王|隆庆: a surname and a given name the tagger misread
        if len(name) == 1:
            name = np[len(role) :]  # 史警官, 陈同学: a surname and a post or a form of address
        if not (zh_named(name, titled=bool(role)) and person_named(name, text)) or role.endswith("记者"):
            return None
        return name
    return None


# How far into a clause its speech verb may stand for the clause to open with its speaker (王某称…, 物业方面表示…).
_ZH_TURN_SPAN = 16
# What may open such a clause before the speaker (而王某称, 但物业表示) and stand between the speaker and the verb.
_ZH_TURN_OPENS = re.compile(r"(?:而|但|但是|则|随后|之后|对此|不过)?")
_ZH_TURN_GAP = re.compile(r"(?:方面|则|也|还|又|都|均|即|便|就|随即|当即|立即|马上|随后|再次|同样|却|仍|一再)*")


def _anothers_turn(masked: str, after: int, end: int, name: str) -> int:
    """Where the words a verb ending at ``after`` reports stop: before a later clause (up to ``end``) that opens with
    another named speaker and a speech verb (民警要求…出示证件，王某称证件在后备箱里; 告诉时小雨他的难处，时小雨表示…):
    the words after are that speaker's, not the holder ``name``'s."""
    said_from = content_start(masked, after)  # (the first clause of what is said is said, whoever its subject)
    for c in re.finditer(r"[，,；;]", masked[said_from:end]):
        lo = said_from + c.end()
        v = cues_zh.VERB.search(masked, lo, min(end, lo + _ZH_TURN_SPAN))
        if v is None or re.search(r"[，,：:；;]", masked[lo : v.start()]):
            continue
        who = zh_holder(masked, v.start(), lo)
        if who is None or who[1] or not zh_named(who[0]) or who[0] in name or name in who[0]:
            continue  # no one named, a pronoun (the same speaker, as often as not) or the holder again
        if any(t.flag in ("f", "t") for t in cues_zh.pos_tags(who[0])):
            continue  # 过程中校方宣称…: a time or a place read into the subject, the clause no one's turn for sure
        at = masked.find(who[0], lo, v.start())
        if at < 0 or not _ZH_TURN_OPENS.fullmatch(masked, lo, at) or not _ZH_TURN_GAP.fullmatch(masked, at + len(who[0]), v.start()):
            continue  # 广西检察机关在强调…的同时: the speaker must open the clause and speak (adverbs at most between)
        return lo - 1
    return end


def zh_stances(article: Article, masked: str) -> Iterator[StanceCue]:
    text = article.text
    # Who a 他 / 她 may stand for: a person named as a subject (总体情况 and 当地时间, read off a clause, are no one's name).
    mentions = sorted((m for m in cues_zh.named_subjects(masked, article.sentences) if person_named(m.name, text)), key=lambda m: m.pos)
    for s in article.sentences:
        for v in verbs_in(masked, s.start, s.end):
            at = v.start()
            if masked[at - 1 : at] == "的" or masked[v.end() : v.end() + 1] in ("的", "者", "率", "度", "书"):
                continue  # a noun: 的支持, 支持者, 支持率, 决定书
            if masked[v.end() : v.end() + 1] == "着" and v.group(0) == "决定":
                continue  # 决定着: 'determines', not 'decides'
            if v.group(0) == "坚持" and _ZH_PERSEVERE.match(masked, v.end()):
                continue  # 终于坚持下来了, 已坚持20多年, 坚持不懈地…: persevering, an endurance told, not insisting
            if masked[v.end() : v.end() + 1] == "是":
                continue  # 要求是…: the noun 'requirement', the subject of 是
            if _ZH_NOUN_FRAME.match(masked, v.end()):
                continue  # 在民众要求下, 以美国要求为由: the noun 'request' in a frame, the reason for another's act
            if _ZH_TIME_CLAUSE.match(masked, v.end()):
                continue  # 地方政府在回应相关事件时，…: a time adverbial, what follows is not what was said
            if masked[v.end() : v.end() + 1] == "、" or _ZH_PREP_BEFORE.search(masked, max(0, at - 2), at):
                continue  # 问题和要求、…, 按要求重新注册: nouns
            clause = max((m.end() for m in re.finditer(r"[，,：:；;]", masked[s.start : at])), default=0)
            if in_frame(masked, s.start + clause, at, v.end()):
                continue  # 在民众要求下颁布…, 以庞某某拒不执行为由…: a circumstance or a reason of another act
            if re.search(r"是否|被", masked[s.start + clause : at]):
                continue  # 被问及是否会承认…: a question put to them, or a passive, is not their stance
            if re.search(r"据[^，,：:；;]{1,20}$", masked[s.start + clause : at]):
                continue  # 据X介绍，…: the narrator's account, sourced to X, not X's stance
            if not_holders_act(masked, s.start, s.start + clause, at, v.end()):
                continue  # …条例规定，乘客可以要求…, 所希望的, 受到警告处分, “希望工程”: no act of the subject's
            ruling = ZH_RULING.fullmatch(v.group(0)) is not None
            # 法院一审以受贿罪判处…: the court's adverbials (instance, charge) stand between it and its ruling
            adv = _ZH_RULING_ADVERBIAL.search(masked, s.start, at) if ruling else None
            found = zh_holder(masked, adv.start() if adv else at, s.start)
            if found is None:
                continue
            name, pronoun = found
            if v.group(0) in ADVISING and _ZH_PERSONA.fullmatch(name):
                continue  # 小编's kin (小乐提醒大家, 意生君告诫大家, 蜀黍提醒): a column's voice, the writer's
            if pronoun and name in ("他们", "她们"):
                continue  # a plural pronoun stands for a group, not the last person named
            if pronoun:
                name = _sentence_subject(masked, s.start, s.start + clause, text) or last_person(mentions, at) or ""
                if not zh_named(name):
                    continue  # no one, or no name, for the pronoun to stand for (…以来，他决定…)
            if received(masked, s.start + clause, at, name, pronoun):
                continue  # 指挥中心接到报警称…: what was received is the caller's words
            if sanctioned(masked, s.start + clause, at, name):
                continue  # 县纪委给予王某党内警告处分: 王某 is the one sanctioned (the commission's is the act)
            if private_decision(v.group(0), name, text):
                continue  # 于是马先生决定亲自去学校查看…: a person's next act in the story, not a stance
            if set_phrase(masked, at, name, v.group(0)):
                continue  # 按理说, 退一步讲, 坦白说: the writer's set phrase, no one who speaks
            if ruling and (pronoun or not _ZH_COURT.search(name) or _ZH_COURT_GOVERNED.match(name)):
                continue  # 警方认定…, 经认定: only a court rules; 经法院判决, 请求法院判决: a court governed is no subject
            if ruling and ruling_not_made(masked, s.start, s.start + clause, at, v.end(), s.end):
                continue  # 如果…法院判决…, 法院在驳回…后, 法院应裁定…: a ruling supposed, a time, an argument
            if v.group(0) in ADVISING and not gives_advice(masked, s.start + clause, at, v.end(), s.end):
                continue  # 温馨提醒, 提醒公告, 没有提醒他, 告诫自己, 提醒您：: no advice given
            said = not (ZH_VERB.fullmatch(v.group(0)) or ruling)
            # A stance verb with a pause after it has no object, unless a preposition put it first
            # (为移民辩护，…): after a comma what was demanded follows (要求，各级法院要…), read as
            # reported speech; at the sentence's end, or before 、, it is a noun (默默支持。).
            paused = not said and masked[v.end() : v.end() + 1] in ZH_PAUSE and not fronted(masked, s.start + clause, at)
            if paused and masked[v.end() : v.end() + 1] not in ("，", ","):
                continue
            if said or paused or (v.group(0) in ADVISING and masked[v.end() : v.end() + 1] in ("：", ":")):
                # Reported speech: the stance is what was said, after 表示， / 回应称： / 要求，
                start = content_start(masked, v.end())
            else:
                neg = _ZH_NEG.search(masked, max(s.start, at - 2), at)
                start = neg.start() if neg else at
                # '韩方明确表示不打算…': keep what stands between the holder and the verb in its clause.
                near = masked.rfind(name, s.start, at)
                if near != -1 and not re.search(r"[，,：:；]", masked[near + len(name) : at]):
                    start = near + len(name)
            end = stance_end(masked, start, v.end(), s.end)
            end = _anothers_turn(masked, v.end(), end, name)
            stance = text[start:end].strip("，, ")
            if len(stance) < 4:
                continue
            if not said and masked[end : end + 1] in ("？", "?"):
                continue  # 三全为何视政府的明确要求如无物？: a question about the verb asks, it reports no stance
            # The words as written (a quote the mask blanked is what was said: 表示双方“将…”).
            if v.group(0) in ZH_INFORMING and not states_stance(v.group(0), simplified(text[start:end])):
                continue  # 黄锋介绍，从凌晨5点到7点…: a fact passed on, not a stance taken
            start = text.index(stance, start)
            topic = re.split(r"[，,：:；]", text[content_start(masked, v.end()) : end], maxsplit=1)[0][:30] or stance
            yield StanceCue(name, v.group(0), stance, topic, start, start + len(stance), s.index,
                            cues_zh.looks_person(name))  # fmt: skip


# Where the words after a quote stop being its attribution: the sentence's end, a line's, the next quote.
_ZH_AFTER_QUOTE_END = re.compile(r"[。！？!?\n“「]")


def named_beside_quote(masked: str, lo: int, start: int, end: int, who: str) -> bool:
    """The speaker ``who`` is named in the quote's own sentence (from ``lo``) before the quote at ``start``..``end``
    (小朱先生表示：“…”), or right after its closing mark (“…”郭超华笑着说): the article says who speaks there.

    A speaker's later quotes are often another's voice the attribution carried over (a relative, a commenter,
    the writer's maxim: “…”向心翠开心说到 after three of 郭超华's); a name at the quote is no carried-over guess.
    Other quotes (blanked in ``masked``) do not name anyone here.
    """
    if not who:
        return False
    if who in masked[lo:start]:
        return True
    stop = _ZH_AFTER_QUOTE_END.search(masked, end + 1)
    after = masked[end : stop.start() if stop else len(masked)].lstrip("”」’』\"' \u3000，,")
    return after.startswith(who)
