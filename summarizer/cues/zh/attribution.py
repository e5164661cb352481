"""Who said a Chinese quotation: the verb before it, the clause after it, or a colon's heading."""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from ...article import Segment
from ..types import Attribution, Mention
from .words import CLAUSE_FLAGS, OPENER, ORG_END, PERSON_END
from .names import OFFICE, OFFICE_START, POST_END, PRONOUNS, SURNAMES, common_words, looks_person, name_shaped, person_in, split_name
from .subject import CUT, LONG_POST, NOMINAL, modifier_head, name_end, subject_np
from .tags import dictionary_word, pos_tags
from .verb_speaker import CLAUSE, NP_FLAGS, VerbMemo, leading_pronoun, person_np, reads_as_verb, speaker_of_verb
from .verbs import QUOTE_VERB

OPINION = re.compile(r"在([^，。“”]{2,20}?)看来")
_REPORTER_ASKS = re.compile(r"记者(?:追问|询问|反问|提问|问)(?:道)?[^，,。！？；;：:“”]{0,6}[：:，,]?\s*$")
_CONTRAST = re.compile(r"(?:却|则|反而|但|然而|不过)\s*$")
_ANSWER_OWNER = re.compile(r"([^，,。；;：:\s“”]{2,20})的(?:回答|回复|答复|声音|答案)(?:是|为)?[：:]?$")
_SAYING_OWNER = re.compile(r"([^，,。；;：:\s]{2,20})的[一这那]句(?:话)?[：:]?$")


def attribute(
    masked: str, start: int, end: int, closed: bool, sent_lo: int, memo: VerbMemo | None = None
) -> Attribution | None:
    """Speaker of the quote at [start, end) from the verb before it or the clause after it.

    ``memo``: as for ``speaker_of_verb``, answers already found in ``masked``.
    """
    before = masked[sent_lo : start - 1]
    if not before.strip() and sent_lo > 0:
        # 奶奶…对着父亲大吵起来：⏎“…”: a line that ends in a colon introduces the quote that opens
        # the next line (the sentence reader ends the line there); read the quote after that line.
        above = masked[:sent_lo].rstrip(" \u3000\n\t\r")
        if above[-1:] in "：:":
            line_lo = max((m.end() for m in _LINE_END.finditer(above)), default=0)
            return attribute(masked, start, end, closed, line_lo, memo)
    if _REPORTER_ASKS.search(before):
        # 记者问她：“…” / 当记者问林春梅:“…”: the question is the reporter's (the answer after it is the other's).
        return Attribution("记者", adjacent=True)
    owner = _SAYING_OWNER.search(before)
    if owner:
        # 凤凰网的一句“…”: the sentence said is its owner's.
        np = subject_np(owner.group(1))
        if np and np not in PRONOUNS:
            return Attribution(*split_name(np))
    owner = _ANSWER_OWNER.search(before)
    if owner:
        # 孩子的回答：“…” / 桥下的老百姓的声音：“…”: the answer or the voice is its owner's, when that is a person.
        np = modifier_head(owner.group(1)) or owner.group(1)
        np = subject_np(np)
        who = Attribution(*split_name(np)) if np and np not in PRONOUNS else None
        if who and person_np(who):
            return replace(who, adjacent=True)
    # A verb of exchange with no person's noun phrase before it (…时不时对着民警喊道) is read as no verb.
    verbs = [v for v in QUOTE_VERB.finditer(before) if reads_as_verb(masked, sent_lo + v.start(), sent_lo, memo)]
    # An ideographic space before the mark often separates paragraphs run together (　　“…”).
    # A sentence may end in half-width marks or an ellipsis too (…元.....“ / 摄????“), as web pages write
    # them; not the point after a list's number (5.“…”).
    tail = before.rstrip()
    at_clause_start = (
        not before.strip() or tail[-1:] in "。！？\n!?…" or before[-1:].isspace()
        or tail[-1:] == "." and not tail[-2:-1].isdigit()
    )  # fmt: skip
    if not verbs and before.rstrip()[-1:] in "：:":
        # 老人罗厚宇连连摇头：“…”: a colon introduces direct speech; its clause's person says it.
        clause = before.rstrip()[:-1]
        clause = clause[max((m.end() for m in _CLAUSE_OR_QUOTE.finditer(clause)), default=0) :]
        who = _colon_subject(clause.strip())
        if who:
            return who
        # 她的语气中充满干劲儿：“…”: a clause about 他/她 names no one else as the speaker (not a word jieba
        # reads as a name further on, 干劲儿); the quote goes on with the one the text was about.
        about_pronoun = leading_pronoun(OPENER.sub("", clause.strip())) is not None
        person = None if about_pronoun else person_in(clause)
        if person and _hearer(clause, person):
            return None  # 同时放话给宋某：“…”: who is spoken to does not speak; the subject is not named
        if person:
            return Attribution(person)
        heading = None if about_pronoun else _colon_heading(clause)
        if heading:
            return Attribution(*split_name(heading), adjacent=True)
    if verbs:
        v = verbs[-1]
        gap = before[v.end() :]
        # Direct: 说：“…”.  Content clause: 表示，朝鲜“…”.  Anything longer is paraphrase.
        plain = re.sub(r"“[^”]*”", "", gap)
        direct = len(plain.strip("：:，, 道")) == 0
        content = not direct and plain[:1] in "，,：:" and not CLAUSE.search(plain[1:])
        near = not direct and not CLAUSE.search(plain) and len(plain) <= 30
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
        if v and not reads_as_verb(masked, end + 1 + v.start(), end + 1, memo):
            v = None  # “…”两个小男孩忍不住朝着大海喊道: read as no verb
        opens = at_clause_start or before.rstrip()[-1:] in "”，"
        # “…。”X却认为 / X则表示: a contrast marker turns to someone answering the quote.
        if opens and v and not _CONTRAST.search(after[: v.start()]):
            who = speaker_of_verb(masked, end + 1 + v.start(), end + 1, memo)
            if who:
                return replace(who, verb_at=end + 1 + v.start())
        if at_clause_start and not v and not _HEARD.search(after):
            # “…”顾军显得很无辜: a quote standing alone, then a clause that opens with a person's
            # name and no speech verb: the quote is that person's (not one who hears it: “…”X正在值班，
            # 突然听到…).
            clause = after[: CLAUSE.search(after).start()] if CLAUSE.search(after) else after
            # 金翅扑街:建议…: a name before a colon introduces that person's own words, not the quote's.
            own_words = after[len(clause) : len(clause) + 1] in ("：", ":")
            person = None if own_words else person_in(clause, first=True) or _subject_person(after)
            if person:
                return Attribution(person)
            p = leading_pronoun(clause)
            if p:
                return Attribution(p, pronoun=True, verb_at=end + 1)
    return None


def _colon_subject(clause: str) -> Attribution | None:
    """The person a clause before a colon is about: the noun phrase before its first verb, adverb or
    preposition (党总支书记王能干跟很多人感受一样： / 程老师就遇到了一个难题：, not the object of
    警员…提醒围观男子：), else the whole clause when it is a post and a name (某工作队队长章树林：,
    not 哈拉, a place jieba tags as a name), when it names a person (a post and a name, or a noun for
    one; not the reporter)."""
    if leading_pronoun(clause) or "被" in clause:
        return None  # 他谈道：(the reference rules read 他) / 他的壶被报纸称为：(the subject is not the speaker)
    lead = ""
    for t in pos_tags(clause):
        predicate = t.flag.startswith(("v", *CLAUSE_FLAGS)) and not t.flag.startswith("vn")
        if predicate or lead and t.flag.startswith("a"):
            break  # 吴大头|坏笑道: an adjective after a name opens the predicate
        lead += t.word
    for np in (subject_np(lead) if lead and lead != clause else None, clause):
        if not np or "记者" in np or np in _ALONE or np == clause and subject_np(clause) != clause:
            continue
        name, role = split_name(np)
        if role is not None and looks_person(name) or np != clause and person_np(Attribution(name, role)):
            return Attribution(name, role)
    return None


def _hearer(clause: str, person: str) -> bool:
    """放话给宋某 / 向宋某喊道 / 对着民警 / 冲他…: a person after a preposition of address (给, 对, 向, 朝,
    冲, 跟) is the hearer of the words, not their speaker (a grammar fact: V给X, 对X说, 向X V)."""
    at = clause.find(person)
    return at > 0 and _TO_HEARER.search(clause[:at]) is not None


_TO_HEARER = re.compile(r"(?:给|对|向|朝|冲|跟)着?$")
_HEARD = re.compile(r"听到|听见|闻听")  # who hears words is not who says them
_ALONE = ("一个人", "独自")  # 一个人默默流泪: alone, an adverbial, not someone
# Where a line ends: a full stop, a line break, or the run of spaces that stands for one (　　).
_LINE_END = re.compile(r"[。！？!?\n]|[\u3000 ]{2,}")
_CLAUSE_OR_QUOTE = re.compile(r"[，,：:；;”」』]")


def _colon_heading(clause: str) -> str | None:
    """记者：“…” / 村民：“…” / 杭州果品批发市场经营户：“…”: in an interview written as a transcript, a
    noun phrase for a person alone before the colon is who speaks."""
    np = clause.strip(" \u3000\n\t\r")
    if not 2 <= len(np) <= LONG_POST or subject_np(np) != np or QUOTE_VERB.search(np):
        return None
    name, role = split_name(np)
    tokens = pos_tags(np)
    nominal = all(t.flag.startswith(NP_FLAGS + ("nr", "ns", "nt")) for t in tokens)
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
    for clause in CLAUSE.split(after)[:2]:
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
                and (nxt is None or not nxt.flag.startswith(NOMINAL))
            ):  # fmt: skip
                return t.word
        return None
    return None


def _time_only(clause: str) -> bool:
    """数月前的一天 / 当天下午: a clause of time words only (jieba's t, m, f and 的)."""
    return bool(OPENER.fullmatch(clause + "，")) or all(t.flag[:1] in "tmfqu" for t in pos_tags(clause))


def name_for_title(masked: str, title: str, near: int, lo: int, hi: int) -> str | None:
    """The name [lo, hi) gives the holder of ``title`` (人社部副部长 -> 人社部副部长汤涛), nearest ``near``."""
    if not re.search(f"{OFFICE}$", title):
        return None
    pat = re.compile(
        re.escape(title) + rf"(?!(?:{CUT.pattern}))(?![以之等的和与及或们])([\u4e00-\u9fff]{{3}}|[\u4e00-\u9fff]{{2}}|[\u4e00-\u9fff]{{1,6}}·[\u4e00-\u9fff·]{{1,10}}?)"
        # A name does not end in a preposition (林涛在回应…表示 is 林涛), nor in the 地 of an adverbial
        # (爆料网友气愤地说道: 网友 is no title before a name).
        rf"(?<![在对向于就从跟被将地])(?=(?:{CUT.pattern})|先生|女士|[，。、：:]|{QUOTE_VERB.pattern})"
    )
    hits = [
        (abs(m.start() - near), m.group(1)) for m in pat.finditer(masked, lo, hi)
        if not QUOTE_VERB.search(m.group(1)) and not common_words(m.group(1))  # 村民了解 / 官员赠送: words, not a name
    ]  # fmt: skip
    return min(hits)[1] if hits else None


def cut_name(s: str) -> bool:
    """付生财 / 张爱国 / 邓贤国: three characters, a common surname first, that jieba reads as two words and
    not as one dictionary word: a surname and a given name it read as a verb or a noun (付|生财, 张|爱国), or
    a name it cut before the last character (邓贤|国). Not a function word after the surname (文中|称,
    关于|此), nor a body or a person's noun (江|医院, 石头|人)."""
    if len(s) != 3 or s[0] not in SURNAMES or s[-1] in _SPEECH_END or dictionary_word(s):
        return False
    tokens = pos_tags(s)
    if len(tokens) != 2:
        return False
    first, rest = tokens
    if len(first.word) == 1:
        noun_end = rest.flag.startswith("n") and (ORG_END.search(rest.word) or PERSON_END.search(rest.word)) and rest.flag != "ns"
        return rest.flag.startswith(("v", "n", "a", "i", "j")) and not noun_end and not _PLACE_END.search(s)
    return first.flag == "nr" and rest.flag in ("n", "ng", "a", "ag", "v", "vg") and not _PLACE_END.search(s)


_SPEECH_END = "道说称问讲"  # 江离|道: a verb of speech after a two-character name
_PLACE_END = re.compile(r"[省市县区镇乡村路街]$")


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
            person = name_shaped(who.name) if who.role is not None else looks_person(who.name) or cut_name(who.name)
            out.append(Mention(v.start(), who.name, who.role, person))
    # People introduced with a title (边境巡逻队主管斯科特26日…) are who a later 他 may mean,
    # whatever verb their sentence has.
    for m in _INTRODUCED.finditer(masked):
        if not QUOTE_VERB.search(m.group(1)):  # 专家曾表示: a verb, not a name
            name = masked[m.start(1) : name_end(masked, m.start(1), m.end(1))]
            # 多长时间 / 人员伤亡 / 记者了解到: an office character inside a word, then words, not a name.
            if not common_words(name):
                out.append(Mention(m.start(1), name, None, True))
    return out


_INTRODUCED = re.compile(
    # 副教授以上 / 专家之一: a function word after the title is not a name.
    rf"{OFFICE_START}{OFFICE}(?!(?!曾)(?:{CUT.pattern}))(?![以之等的和与及或们])([\u4e00-\u9fff]{{3}}|[\u4e00-\u9fff]{{2}}|[\u4e00-\u9fff]{{1,6}}·[\u4e00-\u9fff·]{{1,10}}?)"
    rf"(?=(?:{CUT.pattern})|先生|女士|[，。、])"
)
