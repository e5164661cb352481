"""Who states a Chinese conditional: the speech verb before it, 据X, a view or a law framing it,
a report that goes on past its sentence, and who makes a demand (the conditions themselves are in ``zh``)."""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from ...article import Segment
from .. import zh as cues_zh
from ..types import Attribution, ConditionCue
from ..zh.names import SURNAMES
from ..zh.words import ACTOR_END, INDEFINITE, WE, WRITER, WRITER_NAME, WRITER_VOICE

# 要求B做X，否则Y: a demand with its ultimatum. The demander is the subject of the demand's
# clause; past a report verb in it (美媒报道A向B…，要求…), the subject of the reported clause.
ZH_DEMAND = re.compile(r"(?:并|还|则|也)?(?:要求|敦促|责令|勒令|命令|促请)")
_ZH_REPORTED = re.compile(r"报道|报导|披露|透露|表示|指出|声称|宣称|称")
_ZH_NAME_MAX = 8
_ZH_CLAUSE_COMMA = re.compile(r"[，,；;：:。！？\n]")


# X联合下发通知称 / X发布公告指出: issuing a document before the speech verb shares its subject.
_ZH_ISSUE = re.compile(
    r"(?:联合|共同)?(?:下发|发布|印发|发出|公布|发表)了?(?:一份|一项)?(?:通知|公告|通告|文件|意见|声明|决定|规定)$"
)
# X在裁定中… / X在声明中…: the sentence reports what X's document or speech says.
_ZH_IN_DOCUMENT = re.compile(
    r"([^，,。；;“”]{2,12}?)在(?:[^，,。；;“”]{0,10}?)"
    r"(?:裁定|裁决|判决书?|声明|报告|通知|公告|文件|讲话|演讲|致辞|社论|信)中"
)

# 《X法》明确，… / X条例规定：…: a law or rule states its own conditions (the name after the last 的).
ZH_LAW_SAYS = re.compile(
    r"([^，,。；;“”]{2,40}?(?:法|条例|规定|办法|细则|规则|章程|决定|通知|公约|规范|标准|准则))》?"
    r"(?:明确|规定|指出|明确规定)(?:了)?[，,：:]"
)

# X的看法是，… / X的说法是：…: a noun of speech or opinion framing what follows as X's.
_ZH_VIEW_IS = re.compile(
    r"([^，,。；;：:“”]{2,16}?)的(?:看法|说法|观点|意见|解释|回答|回应|判断|建议|态度)(?:则|也)?是[，,：:]"
)
# 据X，… : the sentence reports what X says (据…报道 has its own rule in the quotes).
_ZH_ACCORDING = re.compile(
    r"(?:另|又|而)?根?据([^，,。；“”]{2,30}?)(?:的)?(?:相关|有关)?"
    r"(?:报道|消息|介绍|透露|称|显示|规定|测算|估算|预测|预计|分析|统计|调查|研究)?[，,]"
)
_ZH_RULE_NAME = re.compile(r"《|(?:法|条例|规定|办法|细则|规则|章程|公约|规范|标准|准则)$")
# 在X看来，… / 在X的心里，…: X's view frames what follows.
_ZH_IN_VIEW = re.compile(r"在([^，,。；;：:“”]{2,16}?)(?:的)?(?:看来|心里|心中|心目中)[，,]")
_ZH_SYMBOLS = re.compile(r"[^\w“《]*")

def zh_body_start(text: str, sent_lo: int) -> int:
    """Where the words of a sentence begin, past list marks and symbols (▼▼, ●, 1、)."""
    return _ZH_SYMBOLS.match(text, sent_lo).end()  # type: ignore[union-attr]


def zh_source(text: str, lo: int, pos: int, sents: list[Segment]) -> Attribution | None:
    """Who states a condition whose sentence has no speech verb before it.

    据X， at the sentence start names X. A sentence that opens with the condition
    and names nobody continues the report of the sentence before (X称，…。如Y，Z。).
    """
    m = _ZH_ACCORDING.match(text, lo) or _ZH_IN_VIEW.match(text, lo)
    if m and m.end() <= pos:
        if _ZH_RULE_NAME.search(m.group(1)):
            return Attribution(m.group(1).strip())  # a law or a rule (据《港口管理条例》) states its own conditions
        source = Attribution(*cues_zh.split_name(m.group(1).strip()))
        return source if _zh_actor(source) else None  # 据了解 / 根据调查: no actor
    view = None
    for view in _ZH_VIEW_IS.finditer(text, lo, pos):
        pass  # the last frame before the condition
    holder = cues_zh.subject_np(view.group(1)) if view else None
    if holder and not cues_zh.VERB.search(holder):
        return Attribution(*cues_zh.split_name(holder))
    law = ZH_LAW_SAYS.search(text, lo, pos)
    if law:
        # 国家强制性标准《X规范》: the law's own name, inside its title marks.
        return Attribution(law.group(1).rsplit("的", 1)[-1].rsplit("《", 1)[-1].strip("《》 "))
    d = _ZH_IN_DOCUMENT.match(text, lo)
    author = cues_zh.subject_np(d.group(1)) if d and d.end() <= pos else None
    if author and not cues_zh.VERB.search(author):
        return Attribution(*cues_zh.split_name(author))
    rule = None
    for rule in _ZH_RULE_FRAME.finditer(text, lo, pos):
        pass  # the last frame before the condition
    ruler = zh_verb_speaker(text, rule.start(), lo) if rule else None
    if ruler and not ruler.pronoun:
        return ruler
    if not sents or not _ZH_GOES_ON.fullmatch(text, lo, pos):
        return None
    i = max(0, bisect.bisect_right([s.start for s in sents], lo) - 1)
    for j in range(i - 1, max(-1, i - 1 - ZH_REPORT_REACH), -1):
        prev = sents[j]
        if prev.paragraph != sents[i].paragraph:
            return None
        verbs = sorted([*cues_zh.VERB.finditer(text, prev.start, prev.end),
                        *_ZH_RULE_FRAME.finditer(text, prev.start, prev.end)], key=lambda v: v.start())
        frame, end = next(((v, e) for v in verbs if (e := _ZH_FRAME_END.match(text, v.end(), prev.end))), (None, None))
        if frame is None or end is None:
            if verbs or WRITER_VOICE.search(text, prev.start, prev.end):
                return None  # the sentence between reports speech of its own, or is the writer's (笔者也在考虑…)
            continue
        if _ZH_QUOTED_REPORT.match(text, end.end(), prev.end):
            return None  # X说：“…”。: the report is the quotation; what follows it is the writer's
        who = zh_verb_speaker(text, frame.start(), zh_body_start(text, prev.start))
        if who and not who.pronoun and not _zh_actor(who):
            return None  # 可能一天时间说 / 这其实说明: no actor whose report goes on
        # A pronoun (他表示，…) stands for the person named before the frame, not before the condition.
        return replace(who, verb_at=frame.start()) if who and who.pronoun else who
    return None


# An actor whose report may go on past its sentence: a person's name, an organisation, or a noun
# phrase ending in a noun for people or an office (…副教授, 业内人士, 警方), not an indefinite
# group (很多人), words that open with a conjunction (或者说) nor an adverbial (客观地讲).


def _zh_actor(who: Attribution) -> bool:
    """Whether a speech verb's subject names an actor (see ``ACTOR_END``); 客观地讲 is an adverbial.

    Looser than the stance cues' ``zh_named`` (a stance holder must be a named noun phrase): a post, a
    body or a noun for people lets a report go on past its sentence.
    """
    tags = cues_zh.pos_tags(who.name)
    if not tags or tags[-1].flag == "uv":
        return False
    if who.role or cues_zh.looks_person(who.name) or cues_zh.org_name(who.name):
        return True
    return bool(ACTOR_END.search(who.name) and not INDEFINITE.match(who.name)
                and not tags[0].flag.startswith(("c", "u")))


# A report goes on over the sentences after its frame (X告诉记者，A。B。如果C，D。): a sentence
# that names no new speaker continues it, up to this many sentences after the frame's.
ZH_REPORT_REACH = 2
# The frame: a speech verb, its addressee at most (告诉华夏时报记者，/ 告诉澎湃新闻，) or 道 / 说 / 称
# (解释道，), then the content; a verb with an object (承认杀了人，) frames nothing after its sentence.
_ZH_FRAME_END = re.compile(
    r"(?:[^，,。；;：:“”]{0,6}?(?:记者|媒体|笔者|本报|大家|我们|新闻|日报|晚报|时报|早报|商报|[网社台])|道|说|称)?[，,：:]"
)
# A frame whose content is a quotation to the sentence's end (X说：“…”。) reports the quotation, not the
# sentences after it (X称，“e代喝”只是… goes on: a quoted term opens the content).
_ZH_QUOTED_REPORT = re.compile(r"\s*[“「『][^”」』]*[”」』][\s。！？!?…．.]*$")
# X要求，… / X明确，…: a demand or a ruling followed by its content frames what follows as X's,
# as a speech verb does (曹建明要求，…的，应当…); 要求他们… (with an object) is a demand of its own.
# A warning or an advice to someone frames its conditions the same way (民警提醒市民，如遇…，应…;
# 交警提示：如果…); the addressee may stand between the verb and the comma.
_ZH_RULE_FRAME = re.compile(
    r"(?<![的出到了])(?:要求|明确)(?=[，,：:])"
    r"|(?:提醒|提示|告诫|叮嘱|嘱咐|劝告|奉劝|忠告)(?:[^，,。；;：:“”]{0,12}?)(?=[，,：:])"
)
# What may stand before a condition that goes on with the report: nothing, discourse connectives
# (a closed class), an adverbial of time or place (在…内), the frame's pronoun again (他们也明确，),
# a copula frame (…的总体原则是，) and a short subject (企业如果…).
_ZH_GOES_ON = re.compile(
    r"(?:[，,\s]*(?:也就是说|换言之|换句话说|因此|所以|同时|此外|另外|而且|但是|但|不过|然而|其实|事实上|当然|那么|而|且|"
    r"在[^，,。；;“”]{1,12}?(?:内|中|上|下|时|后|前|里)|(?:他|她|他们|她们)(?:也|还|又|并|则)?(?:要求|明确)|"
    r"[^，,。；;“”]{1,16}?是(?=[，,：:]))[，,：:]?)*[^，,。；;“”]{0,4}"
)


# What no actor's name holds: an adverb, a particle, a pronoun, an adjective or a distinguishing word
# (缓缓走出, 热情地, 是他, 强烈), a sentence's punctuation, or a verb alone or first (了解, 采访时).
_ZH_NOT_NAME_TAGS = ("d", "u", "y", "r", "a", "b")
_ZH_NOT_NAME_MARK = re.compile(r"[!！?？。，,；;…]")
# What no actor's name ends in after its first word: a locative (嘴上, 时间后), an adverb or a conjunction
# (笔者不, 罗曼罗兰所), a preposition, a pronoun (问他们), a number or a verbal noun (法院审理, 经调查); a
# person's given name may read as such a word (刘欣然: 欣然 'gladly'), so not after a surname read alone.
_ZH_NOT_HEAD_TAGS = ("f", "d", "c", "p", "r", "m", "an", "vn")


def zh_name_head(name: str) -> str:
    """The speaker's name without the words a clause cut left after its head (罗曼罗兰所(说) -> 罗曼罗兰,
    法院审理(认为) -> 法院, 笔者不 -> 笔者): what ends in no noun is not yet a name (``_ZH_NOT_HEAD_TAGS``)."""
    tags = cues_zh.pos_tags(name)
    if len(tags) < 2 or _opens_with_surname(tags):
        return name  # 刘欣然: a given name may read as an adverb
    while len(tags) > 1 and tags[-1].flag in _ZH_NOT_HEAD_TAGS:
        tags = tags[:-1]
    head = "".join(t.word for t in tags)
    if tags[-1].flag.startswith("v"):
        return name  # 站务人员极力劝阻(这): still a clause, not a name
    return head if len(head) >= 2 and name.startswith(head) else name


def _opens_with_surname(tags: tuple) -> bool:
    """The name opens with a person's name or a surname read alone (刘|欣然), whose given name may read as
    any word."""
    return bool(tags) and (tags[0].flag.startswith("nr") or (len(tags[0].word) == 1 and tags[0].word in SURNAMES))


def zh_names_someone(name: str) -> bool:
    """Whether a condition's speaker, found by any rule, can name an actor (a law or a rule may; the
    writer, 小编 / 笔者, states the article's own conditions, which are no actor's)."""
    if WRITER_NAME.fullmatch(name):
        return False
    if (_ZH_RULE_NAME.search(name) or cues_zh.OUTLET.search(name) or cues_zh.cut_surname(name)
            or re.search(r"(?:法|报告|细则)$|[·•・]|[A-Za-z]", name)):
        return True
    who = Attribution(*cues_zh.split_name(name))
    tags = cues_zh.pos_tags(who.name)
    if len(tags) > 1 and tags[-1].flag in _ZH_NOT_HEAD_TAGS and not _opens_with_surname(tags):
        return False  # 时间后 / 法院审理 / 笔者不 / 罗曼罗兰所(说): a phrase that ends in no noun is cut from a clause
    if _zh_actor(who):
        return True
    return not (_ZH_NOT_NAME_MARK.search(name) or not tags or tags[0].flag.startswith(("v", "p", "c"))
                or any(t.flag.startswith(_ZH_NOT_NAME_TAGS) for t in tags))


def zh_verb_speaker(text: str, verb_at: int, lo: int, memo: cues_zh.VerbMemo | None = None) -> Attribution | None:
    """The speaker of the speech verb at ``verb_at``; past a document it issues (X联合下发通知称).

    ``memo``: answers already found in ``text`` (see ``cues_zh.speaker_of_verb``).
    """
    issue = _ZH_ISSUE.search(text, lo, verb_at)
    who = cues_zh.speaker_of_verb(text, issue.start() if issue else verb_at, lo, memo)
    return who if who is None or who.pronoun or _zh_actor(who) else None

def zh_demander(text: str, sent_lo: int, at: int) -> str | None:
    """Who makes the demand that opens a clause at ``at`` (…，要求B做X，否则Y): the subject of the
    clause before it, or, when that clause reports (美媒报道A就…), the subject of what it reports."""
    hi = at - 1 if at > sent_lo and text[at - 1] in "，," else at
    lo = max((m.end() for m in _ZH_CLAUSE_COMMA.finditer(text, sent_lo, hi)), default=sent_lo)
    clause = text[lo:hi]
    reported = list(_ZH_REPORTED.finditer(clause))
    if reported:
        clause = clause[reported[-1].end() :]
    np = cues_zh.subject_np(clause)
    if not np or np[:1] in "他她其它这该" or cues_zh.VERB.match(np):
        return None
    name = cues_zh.split_name(np)[0]
    return name if len(name) <= _ZH_NAME_MAX or "·" in name else None  # longer: a clause, not a name


# The writer stating a condition in the first person (commentaries, letters, research notes: 我们认为，…待…后，… /
# 我们只有…才能… / 本举报人如果…): the writer as the text names itself. Only at the sentence's start, as the
# subject of the condition's clause or of a verb of view whose content the condition is in.
_ZH_WRITER = re.compile(
    r"(?:(?:因此|所以|同时|此外|另外|而且|但是|但|不过|然而|其实|事实上|当然|那么|总之|对此|为此)[，,]?)?"
    rf"(?P<writer>{WE}|{WRITER}|本举报人|本控告人|本人)(?:也|则|还|都|更|就|始终|一直|仍然|依然)?"
)
# The writer's verbs of view (我们认为 / 笔者预计 …), read by the writer's own condition and by the persona below.
_ZH_VIEW_VERB = "认为|相信|预计|判断|建议|觉得|预测|估计|看来|以为"
_ZH_WRITER_VIEW = re.compile(rf"(?:{_ZH_VIEW_VERB}|强调)[，,：:]")


def _quoted(text: str, pos: int) -> bool:
    """Whether ``pos`` stands inside a quotation opened earlier in its paragraph (a quoted speaker's 我们)."""
    para = text.rfind("\n", 0, pos) + 1
    return text.count("“", para, pos) > text.count("”", para, pos)


def zh_writer(text: str, sent_lo: int, pos: int) -> str | None:
    """The writer stating the condition at ``pos`` in the narration, when the sentence opens with the
    writer's first person as its subject (我们只有…才能…) or as the subject of a verb of view whose content
    holds the condition (我们认为，…，待…后，…); not inside quotation marks (a quoted speaker's 我们)."""
    m = _ZH_WRITER.match(text, zh_body_start(text, sent_lo))
    if m is None or m.end() > pos:
        return None
    if _quoted(text, pos):
        return None
    if m.end() < pos:
        view = _ZH_WRITER_VIEW.match(text, m.end())
        if view is None or view.end() > pos or cues_zh.VERB.search(text, view.end(), pos):
            return None
    return m.group("writer")


# The writer of a commentary or a research note stating its views in its own voice, outside quotation marks
# (我们认为… / 笔者预计… / 我们也倾向于…): at least this many times makes the narration the writer's.
_ZH_PERSONA = re.compile(
    rf"(?P<writer>{WE}|{WRITER})(?:也|都|还|则|一直|始终|更|仍|仍然|依然)?"
    rf"(?:{_ZH_VIEW_VERB}|倾向于)"
)
_ZH_PERSONA_MIN = 3
# X提醒公民若…，不要…: an advice or a demand before the condition is its speaker's, not the writer's.
_ZH_ADVISE = re.compile(r"提醒|提示|告诫|叮嘱|嘱咐|劝告|奉劝|忠告|要求|呼吁|敦促")


def zh_persona(text: str, sents: list[Segment], cues: list[ConditionCue]) -> list[ConditionCue]:
    """Conditions nobody is said to state, in the narration of a text whose writer states its views in its own
    voice (a commentary, a research note), are the writer's, named as the text names itself (我们, 笔者)."""
    if not any(c.stated_by is None for c in cues):
        return cues
    counts: dict[str, int] = {}
    for m in _ZH_PERSONA.finditer(text):
        if not _quoted(text, m.start()):
            counts[m.group("writer")] = counts.get(m.group("writer"), 0) + 1
    writer = max(counts, key=counts.get, default=None)  # type: ignore[arg-type]
    if writer is None or counts[writer] < _ZH_PERSONA_MIN:
        return cues
    out = []
    for c in cues:
        s = sents[c.sentence]
        framed = cues_zh.VERB.search(text, s.start, c.start) or _ZH_ADVISE.search(text, s.start, c.start)
        if c.stated_by is None and not framed and not _quoted(text, c.start):
            c = replace(c, stated_by=writer)
        out.append(c)
    return out


def zh_runs_into(text: str, pos: int, quote_start: int) -> bool:
    """Whether the words of a sentence from a condition at ``pos`` run on into the quotation opening at
    ``quote_start`` (…，只有A，B才能C，“…”: a comma before it, no speech verb between), so the condition is
    the quotation's speaker's. A quotation with a frame of its own (…，民警批评道：“…”; 一句话：“…”; a statute
    quoted after 规定：) opens a new report: the condition before it is not its words."""
    return text[quote_start - 2 : quote_start - 1] in ("，", ",") and not cues_zh.VERB.search(text, pos, quote_start)
