"""The Chinese speech verbs: the reporting verbs and the verbs that introduce a quote."""

from __future__ import annotations

import re

from ..scan import first_chars

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
# Verbs of saying in a manner: crying out (高呼, 惊呼, 叫嚣), scolding and retorting (怒斥, 反呛, 辩解),
# pleading (哭诉, 央求, 呼救) and soothing, apologising or praising (安抚, 道歉, 称赞) — the closed class
# a grammar lists beside 说, each found before a quotation in the inews-train articles (女子高呼“…” /
# 杨某反呛“那你来打啊” / 向观众道歉“对不起”). They are verbs of exchange: their subject must read as a
# person. Their words may follow an aspect particle, a count of cries or a pronoun object (叫嚣着：“…” /
# 大喊数声“…” / 安抚他“…”).
_OUTCRY_VERBS = (
    "高呼", "大呼", "惊呼", "疾呼", "直呼", "呐喊", "大叫", "叫嚷", "叫嚣", "咆哮",
    "怒斥", "痛斥", "呵斥", "喝斥", "训斥", "怒骂", "大骂", "反呛", "回怼", "回呛", "辩解",
    "哭诉", "哀求", "恳求", "央求", "乞求", "求饶", "呼救",
    "安抚", "道歉", "致歉", "称赞", "赞叹", "惊叹",
)  # fmt: skip
_OUTCRY_TAIL = r"(?=(?:着|了|道)?(?:[一两几数][声遍句])?(?:他们|她们|我们|你们|[他她我你])?(?:[，,：:]\s*)?(?:[“「『]|$))"
# The shouting verbs of exchange take the particle and the count too (喊着：“…” / 大喊数声“…”), but
# not a pronoun object: 喊他“…” names what he is called.
_SHOUTS = ("大喊", "高喊", "呼喊", "喊", "大吼", "怒吼", "吼", "嚷", "尖叫")
_SHOUT_TAIL = r"(?=(?:着|了)?[一两几数][声遍句](?:[，,：:]\s*)?(?:[“「『]|$)|着道?(?:[，,：:]\s*)?(?:[“「『]|$))"
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
        first_chars((*_VERBS, *content, *(("道", *_OUTCRY_VERBS) if exchange else ()))) + "(?:"
        + "|".join(_VERBS[:-2])
        # X笑道：“…” / 贾珍道：“…”: 道 before a colon and a quote mark says the quote, after any verb or
        # name (but 知道, 报道, 味道, 渠道, 频道, 街道, 一道 are words of their own).
        + (r"|(?<![知报味渠频街轨通隧难一这那])道(?=[：:]\s*[“「『])" if exchange else "")
        + (r"|(?<![据经的演听开])(?<!的大声|的高声)" + _LIGHT_VERB_BEFORE + "(?:" + "|".join(_OUTCRY_VERBS) + ")" + _OUTCRY_TAIL if exchange else "")
        + (r"|(?<![据经的演听开])" + _LIGHT_VERB_BEFORE + "(?:" + "|".join(_SHOUTS) + ")" + _SHOUT_TAIL if exchange else "")
        + r"|(?<![堪号简名俗统自人声宣下史])称(?![为作之号快霸职心]|赞(?![：:“]))"
        r"|(?:(?<=同学)|(?<![小传学听据虽再来是以如话游演劝]))说(?![明服法])"
        + r"|(?<![据经的演听开])" + _LIGHT_VERB_BEFORE + "(?:" + alternatives
        + r")(?=[，,：:“「『]|说|道|称|指出|认为|表示|$))"
    )  # fmt: skip


# The reporting verbs: what the stance, condition and expert readers take as speech.
VERB = re.compile(_verb_pattern(_CONTENT_VERBS))
# The verbs that introduce a quote: the reporting verbs and the verbs of manner and exchange
# (``_EXCHANGE_VERBS``), which report how words were said more than a view held.
QUOTE_VERB = re.compile(_verb_pattern((*_CONTENT_VERBS, *_EXCHANGE_VERBS), exchange=True))
# 报道称 / 发文指出 / 撰文说: an act of publishing before the speech verb shares its subject.
VERB_TAIL = re.compile(f"(?:报道|报导|发文|撰文|刊文|发帖|发推文?|发表文章|{QUOTE_VERB.pattern})+$")
VERB_COLON = re.compile(f"(?:{QUOTE_VERB.pattern})(?:是|道)?[：:]$")

# A phrase that ends in a speech verb (直言 / 感慨道 / 表示).
VERB_END = re.compile(f"(?:{QUOTE_VERB.pattern})$")


def exchange_verb(masked: str, verb_at: int) -> bool:
    """The speech verb at ``verb_at`` is a verb of manner or exchange (喊, 问, 反映, …道)."""
    m = QUOTE_VERB.match(masked, verb_at)
    return m is not None and (m.group() == "道" or m.group() in _EXCHANGE_VERBS or m.group() in _OUTCRY_VERBS)
