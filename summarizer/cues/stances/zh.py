"""Chinese stance cues: a stance verb from a closed class, or a speech verb, its named subject, its clause.

The verbs are a closed grammatical class (wanting, demanding, urging,
refusing, supporting, opposing, warning, promising, planning), not taken from
any one article.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ...article import CJK, Article
from .. import zh as cues_zh
from ..scan import BLANK
from ..script import simplified
from ..zh.names import OFFICE, SURNAMES
from ..zh_words import (
    ACTOR_END,
    ADDRESS,
    CONNECTOR_LEAD,
    NAME_HEAD_END,
    ORG_END,
    PERSON_END,
    QUANTIFIER,
    STANCE_NARRATOR_END,
)
from .base import StanceCue, last_person

# Chinese: verbs of wanting, demanding, urging, refusing, supporting, opposing,
# warning, promising and planning (longest first, so 表示愿意 wins over 愿意).
_ZH_VERBS = (
    "表示愿意", "表示支持", "表示反对", "强烈反对", "坚决反对", "不打算", "不愿意", "不愿", "拒不",
    "要求", "呼吁", "敦促", "敦请", "反对", "支持", "拒绝", "希望", "警告", "愿意", "同意",
    "主张", "坚持", "谴责", "批评", "抨击", "指责", "欢迎", "承诺", "誓言", "威胁", "打算",
    "决定", "提议", "寻求", "期待", "期望", "赞成", "否决", "力挺", "辩护", "提醒", "告诫", "叮嘱",
)  # fmt: skip
ZH_VERB = re.compile("|".join(_ZH_VERBS))
# Warning and admonishing someone (提醒市民…, 告诫孩子…, 叮嘱…): what follows the addressee is the advice, the
# actor's stance, when the verb is no noun (温馨提醒, 善意提醒, 报警提醒, 提醒公告), is not denied (没有提醒他),
# is not said to oneself (告诫自己) and says something (提醒您：, 再提醒大家一句 say nothing yet).
ADVISING = ("提醒", "告诫", "叮嘱")
_ZH_ADVICE_NOUN_BEFORE = re.compile(r"(?:温馨|善意|友情|报警|事件|风险|安全|的|“)$")
_ZH_ADVICE_NOUN_AFTER = re.compile(r"(?:公告|短信|功能|服务|事项|信息|就|自己|一下|一遍|一句|”)")
_ZH_ADVICE_DENIED = re.compile(r"没有|没|未|不")
# A column's persona giving the advice (小乐, 意生君, 消防蜀黍): the writer's voice, as 小编's is.
_ZH_PERSONA = re.compile(r"小[\u4e00-\u9fff]|[\u4e00-\u9fff]{1,3}君|[\u4e00-\u9fff]{0,4}蜀黍")
# How many of a named speaker's first direct quotes are read as their words on the matter; a later one counts
# only where the article names its speaker beside it (``named_beside_quote``).
ZH_QUOTES_PER_SPEAKER = 2
# A court's acts of judging (判处, 判决, 裁定, 驳回, 认定 …) are its stance on the case, the one a brief
# reports; only a court takes them (警方认定… is a finding, 经认定 nobody's).
_ZH_RULING = re.compile(r"判处|判决|裁定|驳回|维持原判|改判|认定")
_ZH_COURT = re.compile(r"(?:法院|法庭|[中高]院|合议庭|审判庭|仲裁委员会|仲裁委|仲裁庭)$")
# What makes a ruling verb a noun, its object: 维持一审判决, 不服判决, 作出判决, 撤销原判决.
# A court governed by a preposition or a verb before it (经法院判决, 由人民法院判处, 请求法院判决,
# 建议法庭裁定, 获法院支持, 继X中院驳回…之后, 看法院这样判决) is no subject of the ruling.
_ZH_COURT_GOVERNED = re.compile(r"^(?:经|由|继|获|请求|提请|建议|要求|看|到|被|让|向|对|待|等待)")
_ZH_RULING_ADVERBIAL = re.compile(r"(?:[一二再终]审|依法|当庭|遂|以[^，,。；;]{1,15}?罪名?)+$")
_ZH_RULING_OBJECT = re.compile(r"(?:维持|撤销|不服|执行|作出|做出|宣读|送达|的)(?:原|[一二再终]审)?$")
# A view, not a plain report: modal (deontic ones too: 禁止, 严禁), volitional, planning, epistemic,
# evaluative and future-time words (closed classes), read as jieba's words, so that 主要, 需求, 会议
# and 反应 hold no 要, 需, 会 or 应.
_ZH_VIEW_WORDS = frozenset((
    "将", "将会", "将要", "会", "要", "应", "应该", "应当", "该", "需", "需要", "须", "必须", "务必", "必将",
    "希望", "愿", "愿意", "想要", "可以", "可", "不能", "不可能", "不得", "不会", "不要", "不应", "不该", "不可",
    "不必", "不愿", "不想", "一定", "绝不", "决不", "绝对", "认为", "相信", "坚信", "主张", "建议", "值得",
    "有必要", "是时候", "最好", "大势所趋", "准备", "计划", "打算", "力争", "争取", "努力", "着力", "致力", "致力于", "全力", "看来", "看上去",
    "似乎", "显然", "恐怕", "禁止", "严禁", "不准", "不许",
    # The future, as 将 marks it: what an actor says will be is a plan or a forecast, not a report.
    "明年", "明天", "下周", "下月", "下个月", "今后", "未来", "将来", "接下来", "下一步",
))  # fmt: skip
# An adverb that jieba joins to the modal after it (也会, 还要, 就将): the modal still counts.
_ZH_MODAL_AFTER_ADVERB = re.compile(r"[也还就都才更仍又便却总亦]([将会要应需])")


def zh_view(text: str) -> bool:
    """``text`` states a view: one of its words (jieba's) is modal, volitional, planning, epistemic or evaluative."""
    toks = cues_zh.pos_tags(text)
    for i, w in enumerate(toks):
        word = w.word
        after = toks[i + 1].flag if i + 1 < len(toks) else ""
        if word == "将" and _disposal(toks, i):
            continue  # 将其中的50万元借给…, 已将公司查封: 将 marks the object (disposal, as 把 does), not the future
        if word == "该" and not (i and toks[i - 1].flag.startswith(("n", "r"))):
            continue  # 该决定书, 他表示，该数据…: the demonstrative ('this'); the modal follows its subject (你该…)
        if word in ("需要", "需") and not after.startswith("v"):
            continue  # 需要两万元, 需要一个过程: a need stated, not 'needs to' do something
        if word == "要" and after == "a":
            continue  # 比以往都要大: a comparison, not 'will' or 'must'
        if i and toks[i - 1].word == "不":
            word = "不" + word  # 不 / 可能: the tagger may split a negated modal
        if word in _ZH_VIEW_WORDS or _ZH_MODAL_AFTER_ADVERB.fullmatch(word):
            return True
    return False


def _disposal(toks: tuple, i: int) -> bool:
    """将 at ``i`` marks an object, as 把 does: a pronoun or a number follows it, or a verb that 的 makes
    a modifier (将收钱的事儿告诉…), or 已 / 曾 put it in the past (已将…)."""
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if i and toks[i - 1].word in ("已", "已经", "曾", "曾经", "均已", "都已"):
        return True
    if nxt is None:
        return False
    if nxt.flag in ("r", "m"):
        return True  # (a noun is no sign: the tagger reads 采取措施 as a name)
    return nxt.flag.startswith("v") and i + 2 < len(toks) and toks[i + 2].word == "的"


# Verbs of opinion and of answering: 认为 and 相信 assert a view, 强调 and 重申 insist, 回应, 否认 and
# 驳斥 answer a charge, 建议 proposes, 表态 takes a position. What they report is the speaker's stance.
# Verbs of asserting (称, 说, 表示, 指出 …) report what a speaker holds. Verbs of informing pass on facts
# (介绍 explains, 透露 and 披露 disclose, 告诉 tells, 提到 and 谈到 mention, 回忆 recalls, 描述 describes):
# what they report is a stance only when it states one (a stance verb, an opinion verb or a view).
# (Holding the verbs of asserting to that test as well dropped more reported facts on silver-1/2, but on
# the 57-article held-out set it cost 6 of 97 core positions for no precision: their stances are often
# evaluative, 这一做法违反…, which no closed class here reads.)
_ZH_INFORMING = frozenset(("介绍", "透露", "披露", "告诉", "提到", "谈到", "谈及", "回忆", "描述", "解释", "补充"))
ZH_OPINION = frozenset((
    "认为", "相信", "觉得", "坚信", "强调", "重申", "坚称", "回应", "否认", "驳斥", "反驳", "质疑", "建议", "表态",
))  # fmt: skip
_ZH_NEG = re.compile(r"(?:并不|绝不|决不|没有|不|未|没)$")
# A holder never holds these: function words, demonstratives, conjunctions.
_ZH_NOT_IN_NAME = re.compile(r"[这那的了着是把被对向从为就而但所如若虽即且或此该每]")
# Adverbs the subject finder may leave on a name ('李在明积极' -> '李在明').
_ZH_ADVERB_TAIL = re.compile(
    r"(?:积极|长期|一直|始终|仍然|依然|仍|继续|坚决|强烈|明确|公开|再次|一再|多次|不断|均|都|也|亦|还|"
    r"曾经|曾|已经|已|正在|将|则|却|更|又|同样|坚定|随即|当即|早已|一度|尚未|仍应|应当|应|其本人|本人|"
    r"普遍|可以|并|并不|绝不|不|未|没有|没)+$"
)
# A causative (令人感叹, 使人担忧) or a concessive clause (无论X说什么) names no one who holds the stance,
# and lends no earlier clause's subject to the verb after it.
_ZH_NO_SUBJECT = re.compile(r"^(?:令人|使人|让人|无论|不论|不管)")
_ZH_BAD_HEAD = re.compile(
    rf"^(?:以|不|也|还|又|因|所|此|其|暂|尚|会|一(?!审)|该|每|各|某|将|首次|再次|多次|曾|虽然|如果|今天|昨天|反复|希望|报道|分析|有)|{_ZH_NO_SUBJECT.pattern}"
)
# Documents, statements and events are not actors (通知表示 is its issuer's stance, named elsewhere).
_ZH_NOT_EVENT = re.compile(r"(?:现象|错误|事件|法律|法规|条例|判决)$")
# A place or a time read as a noun phrase (世界范围内, 两年以来): an adverbial, not an actor.
_ZH_LOCATIVE = re.compile(r"(?:内|期间|以来|之后|以后|之前|以前|之中|当中)$")
# Texts are not actors either: a post, a letter, a mail (网文称, 公开信中表示), or a place in one (文中指出).
_ZH_TEXT = re.compile(r"(?:网文|博文|帖文|推文|原文|全文|正文|公开信|来信|回信|书信|短信|邮件|[文信函]中)$")
# Outlets report stances, they do not take them (韩联社报道称 / 《华尔街日报》称); an unnamed
# source (知情人士, 消息人士) is not a named actor either.
_ZH_UNNAMED = re.compile(r"《|人士$|消息源$|消息来源$|知情者$|知情人$")
# An unnamed analyst (业内专家, 多位学者) gives an assessment, not an actor's stance: the expert
# cues read named ones, and an unnamed one is no named actor.
_ZH_ANALYST = re.compile(r"(?:专家|学者|分析师|评论员|研究员)$")
_ZH_VERB_TAIL = re.compile(
    rf"(?:{cues_zh.QUOTE_VERB.pattern}|爆料|发文|撰文|发帖|明确|公开|再次|也|还|则|都|已|曾|[一二再终]审|依法|当庭|遂)+$"
)
# Prepositions that end a subject (two characters at least before them: 李在明 keeps its 在).
_ZH_PREP = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:针对|为|对|向|与|就|把|给|替|被|同|跟|在|从)")
_ZH_CLAUSE_END = re.compile(r"[。！？；\n]")
# What follows a verb before its content: more speech verbs (回应称), punctuation (表示：).
_ZH_AFTER_VERB = re.compile(rf"(?:{cues_zh.VERB.pattern}|[，,：: ])*")
_ZH_MAX = 80  # a longer stance is cut at its last comma within this many characters


def _zh_holder(masked: str, verb_at: int, lo: int) -> tuple[str, bool] | None:
    """The named subject of the verb at ``verb_at`` and whether it was a pronoun.

    Clause by clause back from the verb (韩方明确表示，在…方面，不打算…): the
    clause's connector (而且, 不过 …) is dropped, a modifier ending in 的 is
    dropped (总部位于比利时的国际危机组织 -> 国际危机组织), then the subject noun
    phrase is read by the same rule as a speaker's.
    """
    end = verb_at
    tail = _ZH_VERB_TAIL.search(masked, max(lo, verb_at - 8), verb_at)
    if tail:
        end = tail.start()
    own = True  # the verb's own clause (or a speaker before a colon); earlier ones lend a subject, not a bare noun
    while end > lo:
        cut = max((m.end() for m in re.finditer(r"[，,：:；;]", masked[lo:end])), default=0) + lo
        seg = _existential(CONNECTOR_LEAD.sub("", masked[cut:end].strip(" \u3000")))
        if _ZH_NO_SUBJECT.match(seg):
            return None  # 令人感叹，建议…: what follows is the writer's, not the subject of an earlier clause
        quantified = QUANTIFIER.match(seg) is not None
        seg = QUANTIFIER.sub("", seg)
        after_adverbial = _ZH_PRONOUN_AFTER_ADVERBIAL.search(seg)
        if after_adverbial and seg.startswith(_ZH_ADVERBIAL_OPENERS):
            return after_adverbial.group(1), True  # 但为了孩子他决定…: the subject after the adverbial
        # An empty clause or one opening with an adverbial shares the subject of the clause before.
        if seg and not seg.startswith(_ZH_ADVERBIAL_OPENERS) and (not _ZH_BAD_HEAD.match(seg) or _titled_after_demonstrative(seg)):
            p = next((x for x in ("他们", "她们", "他", "她") if seg.startswith(x)), None)
            if p:
                return p, True
            np = _zh_np(seg)
            if not np:
                return None  # a clause with a subject we cannot read ('这与美国政府长期…') is not someone else's
            name, role = cues_zh.split_name(holder_np(np))
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
            if modified_common_noun(masked, masked.rfind(name, cut, end), name):
                return None  # 小陈的堂哥, 数量不断增加的流浪猫: a common noun its modifier picks out names nobody
            return (name, False) if zh_named(name) and agent(name, masked) else None
        end = cut - 1
        own = masked[end : end + 1] in ("：", ":")  # 市民：希望…: a name and a colon say who speaks
    return None


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


def zh_named(name: str, titled: bool = False) -> bool:
    """2-15 Han characters with no function word in them and no connector at their head, read as a noun phrase.

    ``titled``: the name came with a title (部员许愿), so it is a name whatever the tagger makes of it.
    """
    return (
        2 <= len(name) <= 15 and CJK.match(name) is not None and not _ZH_NOT_IN_NAME.search(name)
        and not _ZH_BAD_HEAD.match(name) and not cues_zh.VERB.search(name) and not ZH_VERB.search(name)
        and not cues_zh.DOCUMENT_END.search(name) and not _ZH_NOT_EVENT.search(name) and not _ZH_TEXT.search(name)
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
        and not cues_zh.DOCUMENT_END.search(name) and not _ZH_NOT_EVENT.search(name) and not _ZH_TEXT.search(name)
        and not cues_zh.OUTLET.search(name) and not _ZH_UNNAMED.search(name) and not _ZH_ANALYST.search(name)
    )  # fmt: skip


# Before a speech verb that reports nothing: a light verb making it a noun (作出回应), a negation.
_ZH_NOT_SAID = re.compile(r"(?:作出|做出|进行|未|没有|不)$")


def _not_said(masked: str, verb_at: int) -> bool:
    """港务局尚未作出回应 / 没有表示: the speech verb reports no content."""
    return _ZH_NOT_SAID.search(masked, max(0, verb_at - 2), verb_at) is not None


def reported_by_another(masked: str, lo: int, at: int, name: str) -> bool:
    """The holder at ``at`` stands inside what another named speaker says (科斯塔表示，西陆愿意…).

    That speaker's own record states it; an outlet's report (…报道说，X拒绝…) is not a
    speaker's, so its subject keeps the stance.
    """
    for v in cues_zh.VERB.finditer(masked, lo, max(lo, at)):
        if _not_said(masked, v.start()):
            continue
        who = cues_zh.speaker_of_verb(masked, v.start(), lo)
        if who is None or who.pronoun or not (zh_named(who.name) or _ZH_TEXT.search(who.name)):
            continue  # (a text's words are its writer's: 文中指出，…)
        if who.name not in name and name not in who.name:
            return True
    # 在X看来，Y要求…: what Y does is told as X's view
    for m in cues_zh.OPINION.finditer(masked, lo, max(lo, at)):
        view = holder_np(m.group(1))
        if view and view not in name and name not in view and zh_named(cues_zh.split_name(view)[0]):
            return True
    return False


def _zh_verbs(masked: str, lo: int, hi: int) -> list[re.Match[str]]:
    """Stance verbs, and speech verbs followed by reported content (表示，… / 认为…), not a quote."""
    found = list(ZH_VERB.finditer(masked, lo, hi))
    found += [r for r in _ZH_RULING.finditer(masked, lo, hi) if not _ZH_RULING_OBJECT.search(masked, max(lo, r.start() - 4), r.start())]
    for v in cues_zh.VERB.finditer(masked, lo, hi):
        nxt = masked[v.end() : v.end() + 2].lstrip("，,：:")
        if nxt[:1] in ("\uff3f", "“", "") or any(f.start() <= v.start() < f.end() for f in found):
            continue
        if _not_said(masked, v.start()):
            continue
        found.append(v)
    return sorted(found, key=lambda m: m.start())


def states_stance(verb: str, content: str) -> bool:
    """What ``verb`` reports (``content``) is a stance: a stance verb's own clause, an opinion verb's
    content, or any reporting verb's content that holds a stance verb, an opinion verb (发表谈话，
    回应…) or a view."""
    return (
        bool(ZH_VERB.fullmatch(verb)) or verb in ZH_OPINION
        or any(is_stance_verb(content, m) for m in ZH_VERB.finditer(content))
        or any(m.group(0) in ZH_OPINION for m in cues_zh.VERB.finditer(content)) or zh_view(content)
    )  # fmt: skip


def is_stance_verb(text: str, v: re.Match[str]) -> bool:
    """The stance verb at ``v`` is a verb, not a noun (的支持, 支持者, 支持率, 决定书; 总体要求，: no object)."""
    after = text[v.end() : v.end() + 1]
    return text[v.start() - 1 : v.start()] != "的" and after not in ("的", "者", "率", "度", "书") and after not in _ZH_PAUSE


# After a stance verb, a pause: its object is missing. 、 lists it as a noun (问题和要求、…); a comma
# either ends a noun (技术要求，…) or opens what was demanded (周强要求，各级法院要…), which is then read
# as reported speech.
_ZH_PAUSE = ("，", ",", "、", "。", "；", ";", "")
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


# After a stance verb, frames that make it a noun: (在X)要求下, (以X)要求为由 / 为名.
_ZH_NOUN_FRAME = re.compile(r"(?:下|之下)(?=[，,。；;])|为由|为名")
# A verb whose clause ends as a time adverbial (在回应…时，): its content is not reported, the main clause follows.
_ZH_TIME_CLAUSE = re.compile(r"[^，,：:；;。！？“”]{0,30}?(?:(?<!同)时|之时|的时候)[，,]")
# A preposition before a stance verb makes it a noun: 按要求, 根据…决定.
_ZH_PREP_BEFORE = re.compile(r"(?:按|按照|根据|依照|依据|遵照)$")


# Frames that make a clause an adverbial of the act after it: 在…下 (在民众要求下颁布法令: the
# circumstance) and 以…为由 / 为名 (以X拒不执行为由，对其拘留: the reason given for it).

def _in_frame(masked: str, lo: int, at: int, end: int) -> bool:
    """The verb at ``at`` (ending at ``end``) stands inside 在…下 or 以…为由 opened in its clause (from ``lo``)."""
    before = masked[lo:at]
    rest = re.split(r"[，,。；;！？]", masked[end : end + 40], maxsplit=1)[0]
    if re.search(r"(?<![正现存实所自内好])在", before) and re.match(r"(?:之)?下(?![午旬属级面发达载调降])", masked[end : end + 2]):
        return True
    return re.search(r"(?<![可所难得予足加])以", before) is not None and re.search(r"为由|为名|为借口", rest) is not None


def _ruling_not_made(masked: str, sent: int, lo: int, at: int, end: int, hi: int) -> bool:
    """The ruling at ``at`` (its sentence from ``sent``, its clause from ``lo``) is supposed (如果…法院判决), a time (法院在驳回…后，),
    or argued for (法院应裁定…, 可以判处): no ruling the court made."""
    if re.search(r"如果|假如|若|一旦|只有|除非", masked[sent:at]):
        return True
    if re.search(r"(?:应当?|应该|可以?|会|将|须|必须|才能|能够?)$", masked[lo:at]):
        return True
    rest = re.split(r"[，,。；;！？]", masked[end:hi], maxsplit=1)[0]
    return re.search(r"在", masked[lo:at]) is not None and re.search(r"(?:之?后|时|以后)$", rest) is not None


def _advice(masked: str, lo: int, at: int, end: int, hi: int) -> bool:
    """The advising verb at ``at`` (ending at ``end``, its clause from ``lo``) gives advice: no noun, no denial, not
    to oneself, and eight characters or more of words after it in its clause."""
    if _ZH_ADVICE_NOUN_BEFORE.search(masked, max(lo, at - 2), at) or _ZH_ADVICE_NOUN_AFTER.match(masked, end):
        return False
    if _ZH_ADVICE_DENIED.search(masked, lo, at):
        return False
    stop = _ZH_CLAUSE_END.search(masked, end, hi)
    return len(re.sub(r"[，,：:\s]", "", masked[end : stop.start() if stop else hi])) >= 8


def _not_holders_act(masked: str, sent: int, lo: int, at: int, end: int) -> bool:
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


def person_named(name: str, text: str) -> bool:
    """``name`` names a person: jieba reads a person's name in it (王隆庆, 博尔索纳罗), or it is a noun for a person or one
    the article gives a post (``zh_person``: 该男子, 部长黄坤明), not a common noun for a thing (总体情况, 当地时间)."""
    return any(t.flag.startswith("nr") for t in cues_zh.pos_tags(name)) or zh_person(name, text)


def _set_phrase(masked: str, at: int, name: str, verb: str) -> bool:
    """The holder ``name`` right before the verb at ``at`` makes one word with it, a set phrase of the writer's
    reasoning (按理说, 退一步讲): jieba reads them as one word, a set phrase (its tag l or i)."""
    if masked[max(0, at - len(name)) : at] != name:
        return False
    toks = cues_zh.pos_tags(name + verb)
    return len(toks) == 1 and toks[0].flag in ("l", "i")  # (本院认为, 双方同意 and 刘建说 are one word too, not set phrases)


# 给予王某党内警告处分, 对其处以警告: a sanction given, its object named after the verb of giving.
_ZH_SANCTION_GIVEN = re.compile(r"(?:给予|予以|处以)[^，,：:；;。]{0,12}?(?:党内|党纪|政务|行政|纪律|严重|口头|书面|公开)*$")


def _sanctioned(masked: str, lo: int, at: int, name: str) -> bool:
    """The verb at ``at`` names a sanction given (给予王某党内警告处分) and the holder ``name`` stands after the verb of
    giving: the one sanctioned, not the one who gives it (县纪委给予…: the commission's act, a penalty it decides)."""
    m = _ZH_SANCTION_GIVEN.search(masked, lo, at)
    return m is not None and masked.find(name, m.start(), at) != -1


def _received(masked: str, lo: int, at: int, name: str, pronoun: bool) -> bool:
    """The speech verb at ``at`` (its clause from ``lo``) reports a call, an order or a tip its subject ``name``
    received (指挥中心接到报警称, 接分局指令称): the words are the caller's. A caller named inside what was received
    (记者接到市民王某举报称) is the one who says it."""
    m = _ZH_RECEIVED.search(masked, lo, at)
    if not m:
        return False
    return pronoun or masked.find(name, lo, m.end()) < m.start()


def _content_start(masked: str, pos: int) -> int:
    m = _ZH_AFTER_VERB.match(masked, pos)
    return m.end() if m else pos


def _stance_end(masked: str, start: int, after: int, sent_end: int) -> int:
    """Where a stance that starts at ``start`` ends: at its clause's end after the verb (``after``), or within its
    sentence; a longer one is cut at its last comma within ``_ZH_MAX`` characters (past the verb), else at the bound."""
    stop = _ZH_CLAUSE_END.search(masked, after, sent_end)
    end = stop.start() if stop else sent_end
    if end - start > _ZH_MAX:
        cut = max(masked.rfind("，", start, start + _ZH_MAX), masked.rfind(",", start, start + _ZH_MAX))
        end = cut if cut > after else start + _ZH_MAX
    return end


def zh_stances(article: Article, masked: str) -> Iterator[StanceCue]:
    text = article.text
    # Who a 他 / 她 may stand for: a person named as a subject (总体情况 and 当地时间, read off a clause, are no one's name).
    mentions = sorted((m for m in cues_zh.named_subjects(masked, article.sentences) if person_named(m.name, text)), key=lambda m: m.pos)
    for s in article.sentences:
        for v in _zh_verbs(masked, s.start, s.end):
            at = v.start()
            if masked[at - 1 : at] == "的" or masked[v.end() : v.end() + 1] in ("的", "者", "率", "度", "书"):
                continue  # a noun: 的支持, 支持者, 支持率, 决定书
            if masked[v.end() : v.end() + 1] == "着" and v.group(0) == "决定":
                continue  # 决定着: 'determines', not 'decides'
            if masked[v.end() : v.end() + 1] == "是":
                continue  # 要求是…: the noun 'requirement', the subject of 是
            if _ZH_NOUN_FRAME.match(masked, v.end()):
                continue  # 在民众要求下, 以美国要求为由: the noun 'request' in a frame, the reason for another's act
            if _ZH_TIME_CLAUSE.match(masked, v.end()):
                continue  # 地方政府在回应相关事件时，…: a time adverbial, what follows is not what was said
            if masked[v.end() : v.end() + 1] == "、" or _ZH_PREP_BEFORE.search(masked, max(0, at - 2), at):
                continue  # 问题和要求、…, 按要求重新注册: nouns
            clause = max((m.end() for m in re.finditer(r"[，,：:；;]", masked[s.start : at])), default=0)
            if _in_frame(masked, s.start + clause, at, v.end()):
                continue  # 在民众要求下颁布…, 以庞某某拒不执行为由…: a circumstance or a reason of another act
            if re.search(r"是否|被", masked[s.start + clause : at]):
                continue  # 被问及是否会承认…: a question put to them, or a passive, is not their stance
            if re.search(r"据[^，,：:；;]{1,20}$", masked[s.start + clause : at]):
                continue  # 据X介绍，…: the narrator's account, sourced to X, not X's stance
            if _not_holders_act(masked, s.start, s.start + clause, at, v.end()):
                continue  # …条例规定，乘客可以要求…, 所希望的, 受到警告处分, “希望工程”: no act of the subject's
            ruling = _ZH_RULING.fullmatch(v.group(0)) is not None
            # 法院一审以受贿罪判处…: the court's adverbials (instance, charge) stand between it and its ruling
            adv = _ZH_RULING_ADVERBIAL.search(masked, s.start, at) if ruling else None
            found = _zh_holder(masked, adv.start() if adv else at, s.start)
            if found is None:
                continue
            name, pronoun = found
            if v.group(0) in ADVISING and _ZH_PERSONA.fullmatch(name):
                continue  # 小编's kin (小乐提醒大家, 意生君告诫大家, 蜀黍提醒): a column's voice, the writer's
            if pronoun and name in ("他们", "她们"):
                continue  # a plural pronoun stands for a group, not the last person named
            if pronoun:
                name = last_person(mentions, at) or ""
                if not zh_named(name):
                    continue  # no one, or no name, for the pronoun to stand for (…以来，他决定…)
            if _received(masked, s.start + clause, at, name, pronoun):
                continue  # 指挥中心接到报警称…: what was received is the caller's words
            if _sanctioned(masked, s.start + clause, at, name):
                continue  # 县纪委给予王某党内警告处分: 王某 is the one sanctioned (the commission's is the act)
            if _set_phrase(masked, at, name, v.group(0)):
                continue  # 按理说, 退一步讲, 坦白说: the writer's set phrase, no one who speaks
            if ruling and (pronoun or not _ZH_COURT.search(name) or _ZH_COURT_GOVERNED.match(name)):
                continue  # 警方认定…, 经认定: only a court rules; 经法院判决, 请求法院判决: a court governed is no subject
            if ruling and _ruling_not_made(masked, s.start, s.start + clause, at, v.end(), s.end):
                continue  # 如果…法院判决…, 法院在驳回…后, 法院应裁定…: a ruling supposed, a time, an argument
            if v.group(0) in ADVISING and not _advice(masked, s.start + clause, at, v.end(), s.end):
                continue  # 温馨提醒, 提醒公告, 没有提醒他, 告诫自己, 提醒您：: no advice given
            said = not (ZH_VERB.fullmatch(v.group(0)) or ruling)
            # A stance verb with a pause after it has no object, unless a preposition put it first
            # (为移民辩护，…): after a comma what was demanded follows (要求，各级法院要…), read as
            # reported speech; at the sentence's end, or before 、, it is a noun (默默支持。).
            paused = not said and masked[v.end() : v.end() + 1] in _ZH_PAUSE and not fronted(masked, s.start + clause, at)
            if paused and masked[v.end() : v.end() + 1] not in ("，", ","):
                continue
            if said or paused or (v.group(0) in ADVISING and masked[v.end() : v.end() + 1] in ("：", ":")):
                # Reported speech: the stance is what was said, after 表示， / 回应称： / 要求，
                start = _content_start(masked, v.end())
            else:
                neg = _ZH_NEG.search(masked, max(s.start, at - 2), at)
                start = neg.start() if neg else at
                # '韩方明确表示不打算…': keep what stands between the holder and the verb in its clause.
                near = masked.rfind(name, s.start, at)
                if near != -1 and not re.search(r"[，,：:；]", masked[near + len(name) : at]):
                    start = near + len(name)
            end = _stance_end(masked, start, v.end(), s.end)
            stance = text[start:end].strip("，, ")
            if len(stance) < 4:
                continue
            if not said and masked[end : end + 1] in ("？", "?"):
                continue  # 三全为何视政府的明确要求如无物？: a question about the verb asks, it reports no stance
            # The words as written (a quote the mask blanked is what was said: 表示双方“将…”).
            if v.group(0) in _ZH_INFORMING and not states_stance(v.group(0), simplified(text[start:end])):
                continue  # 黄锋介绍，从凌晨5点到7点…: a fact passed on, not a stance taken
            start = text.index(stance, start)
            topic = re.split(r"[，,：:；]", text[_content_start(masked, v.end()) : end], maxsplit=1)[0][:30] or stance
            yield StanceCue(name, v.group(0), stance, topic, start, start + len(stance), s.index,
                            cues_zh.looks_person(name))  # fmt: skip


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


# The writer's own voice taking a stance: a commentary's or a research note's 我们 / 笔者 as the subject of a verb of
# opinion (我们认为…, 对此我们并不认同, 笔者建议…). The silver sets name such a holder as the text does (我们, 笔者).
# (Wishes, 我们希望 / 期待 / 坚信, are the writer's too, but on inews-train they were mostly an advertiser's or a
# site's boilerplate and an interviewee's unmarked speech: 15 of 28 right.)
_ZH_WRITER_STANCE = re.compile(
    r"(?:^|(?<=[，,。；;！？!?\n：:]))\s*(?:因此|所以|对此|但是|但|而|不过|同时|此外|总之|综上所述|综上|故|因而|然而|那么|当然)?[，,]?"
    r"(?P<who>我们|笔者)(?P<adv>[也还都则更始终一直并仍亦]{0,3})(?P<verb>倾向于认为|认为|并不认同|不认同|认同|建议)"
)
# A transcript's speaker label (答：, 彭博社记者：, 主持人：): what follows is that speaker's, 我们 included.
_ZH_SPEAKER_LABEL = re.compile(r"(?:^|(?<=[\n。！？]))[^，,。\n]{0,12}(?:答|问|记者|主持人|发言人)[：:]")


def _someone_speaks(masked: str, lo: int, hi: int) -> bool:
    """A speech verb between ``lo`` and ``hi`` has a named speaker, or a pronoun for one (not 我们 / 笔者 themselves)."""
    for v in cues_zh.VERB.finditer(masked, lo, hi):
        who = cues_zh.speaker_of_verb(masked, v.start(), lo)
        if who is not None and who.name not in ("我们", "笔者") and (who.pronoun or zh_named(who.name)):
            return True
    return False


def writer_stances(article: Article, masked: str) -> Iterator[StanceCue]:
    """The writer's views: 我们 / 笔者 heading a clause whose verb states an opinion, in a text where nobody has been
    quoted before it, no transcript label stands before it and nobody is reported speaking earlier in its paragraph
    (else the 我们 may be that speaker's, unmarked: an executive's 我们相信…, a spokesman's 答：我们要求…)."""
    text = article.text
    for s in article.sentences:
        for m in _ZH_WRITER_STANCE.finditer(masked, s.start, s.end):
            at, v_end = m.start("who"), m.end("verb")
            para = masked.rfind("\n", 0, at) + 1
            if BLANK in masked[:v_end] or _ZH_SPEAKER_LABEL.search(masked, 0, at) or _someone_speaks(masked, para, at):
                continue
            start = _content_start(masked, v_end)
            end = _stance_end(masked, start, v_end, s.end)
            stance = text[start:end].strip("，, ：:")
            if len(stance) < 6 or masked[end : end + 1] in ("？", "?"):
                continue  # 对此我们并不认同: what is not agreed with is the sentence before; a question takes no view
            start = text.index(stance, start)
            topic = re.split(r"[，,：:；]", stance, maxsplit=1)[0][:30] or stance
            yield StanceCue(m.group("who"), m.group("verb"), stance, topic, start, start + len(stance), s.index, False)


# A court's ruling told in the passive or after 经 / 由 (张某被榆阳区人民法院以受贿罪判处有期徒刑六年, 经保定中院二审裁定…):
# the court, named with its place, rules; the clause's subject is whom it rules on.
_ZH_PASSIVE_RULING = re.compile(
    r"(?P<prep>被|经|由|在)(?P<court>[\u4e00-\u9fff]{2,20}?(?:人民法院|法院|中院|高院|法庭))"
    r"(?P<adv>(?:[^，,。；;：:！？\n]{0,12}?审理[，,])?[^，,。；;：:！？\n]{0,20}?)(?P<verb>判处|判决|裁定|驳回|改判)"
)
_ZH_RULING_OBJECT_AFTER = {
    "判处": re.compile(r"[^，,。；;]{0,20}?(?:有期徒刑|无期徒刑|死刑|死缓|拘役|管制|罚金|缓刑)"),
    "驳回": re.compile(r"[^，,。；;]{0,12}?(?:上诉|起诉|诉讼请求|申请|请求|再审)"),
}
# A ruling that is the background of the story (此前曾因盗窃被法院判处…, …刑满释放), supposed (如果…被判处), or
# to come (将被, 可能被): not the court's act this article reports.
_ZH_RULING_BACKGROUND = re.compile(r"此前|之前|以前|曾经|曾因|曾被|曾|前科|早年|多年前|年前|刑满|释放|如果|假如|若|一旦|可能|或将|将被|会被|将|应当|应")
_ZH_COURT_PLACE = re.compile(r"[省市县区州旗盟]|中级|高级|铁路|海事")


def passive_rulings(article: Article, masked: str) -> Iterator[StanceCue]:
    """A named court's ruling where the court stands after 被 / 经 / 由 in its clause: its stance on the case."""
    text = article.text
    for s in article.sentences:
        for m in _ZH_PASSIVE_RULING.finditer(masked, s.start, s.end):
            court, verb = m.group("court"), m.group("verb")
            place = re.sub(r"(?:人民法院|法院|中院|高院|法庭)$", "", court)
            tags = cues_zh.pos_tags(place)
            if not (_ZH_COURT_PLACE.search(place) or any(t.flag == "ns" for t in tags)) or any(t.flag == "v" for t in tags):
                continue  # 被法院, 经一审法院, 由人民法院: no court named; 在履行银海法院…: a verb's object, no court acting
            if masked[m.end() : m.end() + 1] in ("的", "书") or masked[m.start() - 1 : m.start()] == "的":
                continue  # 被法院判决的罚金: a noun
            obj = _ZH_RULING_OBJECT_AFTER.get(verb)
            if obj is not None and not obj.match(masked, m.end()):
                continue
            clause = max((c.end() for c in re.finditer(r"[，,：:；;]", masked[s.start : m.start()])), default=0) + s.start
            stop = _ZH_CLAUSE_END.search(masked, m.end(), s.end)
            if _ZH_RULING_BACKGROUND.search(masked, s.start, m.start()) or _ZH_RULING_BACKGROUND.search(masked, m.end(), stop.start() if stop else s.end):
                continue
            start = m.end("court")
            end = _stance_end(masked, start, m.end(), s.end)
            stance = text[start:end].strip("，, ")
            if len(stance) < 6 or clause > m.start():
                continue
            start = text.index(stance, start)
            yield StanceCue(court, verb, stance, stance[:30], start, start + len(stance), s.index, False)

