"""What a Chinese quotation is: words said, a name, a title, or words held up (scare quotes)."""

from __future__ import annotations

import re

from ...article import CJK
from ..types import Attribution
from .tags import pos_tags, tagger
from .verbs import QUOTE_VERB, VERB, VERB_COLON, VERB_END

_NAME_BEFORE = re.compile(
    r"(?:主办|举办|举行|召开|出席|参加|名为|题为|称为|叫做|号称|简称|下称|史称|俗称|又称|别称|昵称|以|在|提出"
    r"|[古素旧统泛雅美尊合]称|第[一二三四五六七八九十百零\d]+[届期])$"  # 素称“…” / 第三届“…”: a name
)
_NAME_AFTER = re.compile(
    r"^(?:上|号|论坛|倡议|方案|计划|战略|政策|行动|会议|峰会|协议|条约|项目|概念|一词|字样|"
    r"口号|系列|节目|栏目|为题|之称|文章|一文|报告|品牌|公司|平台|账号|公众号|网站|方面)"
)
# 所谓“X”, the object of 把/将 (将“X”比作“Y”), and a phrase modified by 的 (实打实的“降费”):
# words held up, not said.
_SCARE_BEFORE = re.compile(r"(?:所谓|所谓的|被|遭|遭到|受到|称之为|将|把|比作|视为|称作|当作|的)$")
_DISPOSAL = ("将", "把")  # 将“X”比作“Y”: the object of a disposal construction
_SAYING_BEFORE = re.compile(r"[一这那]句(?:话)?[：:]?$")
# A modal before the speech verb (irrealis), or people in general saying a saying: 人们, 有人, 老辈人,
# or 人 alone; a noun ending in 人 (老人, 当事人, 主持人说：“…”) is someone who speaks.
_UNSAID_BEFORE = re.compile(
    r"(?:(?:能够|能|会|可以|可能|应该|应当)说|(?:(?<![\u4e00-\u9fff])人|(?<=[有辈])人|人们|俗话|常言|老话|古人|古语|俗语|谚语)[常都总有]?(?:说|讲|道|云|曰))(?:[一这那]句(?:话)?)?[：:，,]?$"
)
# A saying, not a report: a noun for sayings in the clause before the mark (那句民谚:“…” / 有句老话曾经说，“…” /
# 古人有诗云：“…”), or 都说 with no subject (……，都说“…”): what everyone says.
_SAYING_NOUN = re.compile(
    r"(?:(?:俗话|老话|古话|常言|俗语|谚语|民谚|古语|格言|箴言|老人言|诗[云曰]|诗句)[^，,。！？；;：:“”「」]{0,6}|有句话叫|(?:^|(?<=[，,。！？；;：:\s]))都说)[：:，,]?$"
)
_WORK_BEFORE = re.compile(r"[一两几这那该此每][篇首部册]$")
_TERM_AFTER = re.compile(r"(?:的|之后|以后|之前|以前|以来|之间|之中)")
# Naming: 称/誉/叫 with an object, then 为 (称民营企业家为“…”), 被称是/被称作, 公认为. 称…是 alone
# (称这是“…”) reports what was said.
_NAMING_BEFORE = re.compile(r"(?:(?:称|誉|叫)[^，,。！？：:“”「」]{1,10}为|被称[是作为]|公认为)$")
_LAW_BEFORE = re.compile(
    r"(?:(?:法|条例|规定|办法|细则|解释)》?(?:第[一二三四五六七八九十百零\d]+[条款项])+|(?:相关|有关)(?:法律|法规)"
    r"|《[^》]{1,40}(?:法|条例|规定|办法|细则|解释)》"
    # 第六十二条明确规定：“…” / 第三十七条之一：“…”: an article of a code or a document cited by its number
    r"|第[一二三四五六七八九十百零\d]+条(?:之[一二三四五六七八九十])?(?:第[一二三四五六七八九十百零\d]+[款项])*)"
    r"(?:明确)?(?:规定|称|指出)?[：:，,]?$"
)
# Words on a sign, a screen, a banner or a message, and what a text is cited as saying (文中所称“…”):
# written, not said. 提示 is a person's advice unless a notice or a system gives it (温馨提示, 后台提示称).
_WRITTEN_BEFORE = re.compile(
    r"(?:显示|写着|印着|标着|标有|写有|弹出|横幅|条幅|标语|所称|[条则](?:短信|信息)|[着份张]通知"
    r"|(?:温馨|核心|系统|页面|后台|牌)提示(?:称|道)?)[：:，,]?$"
)
# Nouns whose content a quote of any length can be (“…”理念 / “…”精神 / “…”活动 / “…”之称): a quote
# right before one of them that is no whole sentence modifies it; and 以“…”为 (以“…”为主题 / 为目标).
_CONTENT_HEAD = re.compile(
    r"(?:理念|精神|原则|宗旨|方针|思路|主题|口号|标语|横幅|活动|行动|条款|要求(?![\u4e00-\u9fff])|"
    r"之称|一事|话题|目标|战略|政策|倡议|方案|计划|论坛|会议|峰会|项目|系列|节目|栏目|为题|文章|一文|报告)"
)
_AS_WHAT = re.compile(r"(?<![所可予加难得足])以$")
_AS_HEAD = re.compile(r"为(?!由|理由|借口|托词)")  # 以“…”为由: the reason someone gave, in their words
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
    if _WORK_BEFORE.search(before):
        return "title"  # 一篇“震惊！…” / 这首“…”: a measure word for writings and songs before it names a work
    if not CJK.search(inner) and not re.search(r"[!?！？.。]\W*$", inner):
        return "other"  # “ridgebury alexandra z” / “display:none” / “110”: no Chinese and no sentence: a name, a code
    if inner in ("不", "NO", "No", "no"):
        return "scare"  # 对…说“不”: the idiom for refusing, not a word reported
    if _UNSAID_BEFORE.search(text, max(0, start - 6), start - 1) or _SAYING_NOUN.search(text, max(0, start - 14), start - 1):
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
    inside = before[-1:] == "、" or CJK.match(before[-1:]) is not None
    if inside and not re.search(r"[。！？!?]", inner) and not _after_speech_verb(before) and (
        _CONTENT_HEAD.match(after) or (_AS_WHAT.search(before) and _AS_HEAD.match(after))
    ):
        # 秉承“…，…”理念 / 以“…，…”为主题: whatever its length, a slogan or a principle inside a
        # clause that a content noun heads (or 以…为 frames) is a noun in the clause, not words said.
        # A quote that opens its sentence (“…，…”会议宣读了…) is a speaker's words before the narration.
        return "name"
    if short and _held_term(text, start, end):
        return "scare"
    if "——" in inner and not re.search(r"[。！？]", inner):
        return "title"  # 论坛——副题 : a headline-style title
    opens_clause = before[-1:] in ("，", ",", "：", ":") or VERB_END.search(before) is not None
    opens_clause = opens_clause or not before.strip() or before.rstrip()[-1] in "。！？!?"  # or its sentence
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
    if VERB_COLON.search(before):
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
    if before.rstrip()[-1:] in ("：", ":") and re.search(r"[。！？!?…]$", inner):
        return "speech"  # 她问我：“你迷茫吗？” / 齐声道：“没味啊。”: a whole utterance, however short, that a colon introduces
    return "scare"
