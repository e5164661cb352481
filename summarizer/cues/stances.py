"""Stances an actor takes, read off the surface: holder + stance verb + the article's own clause.

A stance cue is a sentence where a named actor (a person, body or state, the
subject of the verb) wants, demands, offers, refuses, supports, opposes, warns,
urges, rejects … something. The stance is the article's words from after the
holder (negation and auxiliaries kept: "would not support …", "不打算让步") to
the end of the clause, so it can never say more than the article does.

Vocabulary. English verbs and the collective actor nouns come from PolNeAR
train (``bench/stance_vocab.py`` prints the attribution cues and source heads
they were chosen from; the ten en-dev articles are left out). Chinese verbs
are a closed grammatical class (verbs of wanting, demanding, refusing,
supporting, opposing, warning, promising), not taken from any one article.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from ..article import CJK, Article
from . import en as cues_en
from . import zh as cues_zh
from .types import Attribution, ExpertCue, Mention, QuoteCue


@dataclass(frozen=True)
class StanceCue:
    """One stance: ``holder`` takes ``stance`` (= ``text[start:end]``) in sentence ``sentence``.

    ``verb`` is the stance verb as written; ``person`` whether the holder looks
    like a person (not a body or state).
    """

    holder: str
    verb: str
    stance: str
    topic: str
    start: int
    end: int
    sentence: int
    person: bool


# Stance verbs among PolNeAR train attribution cues (wants 27, support 23, urged 21,
# called for 18, refused 16, warned 14, vowed 14, pledged 14, offered 13, proposed 13, …).
_EN_VERBS = (
    r"wants?|wanted|demand(?:s|ed)?|offer(?:s|ed)?|refus(?:es|ed|e)|support(?:s|ed)?|"
    r"oppos(?:es|ed|e)|warn(?:s|ed)?|urg(?:es|ed|e)|reject(?:s|ed)?|call(?:s|ed)? (?:for|on|upon)|"
    r"vow(?:s|ed)?|pledg(?:es|ed|e)|promis(?:es|ed|e)|propos(?:es|ed|e)|seeks?|sought|"
    r"insist(?:s|ed)?|endors(?:es|ed|e)|defend(?:s|ed)?|criticiz(?:es|ed|e)|condemn(?:s|ed)?|"
    r"denounc(?:es|ed|e)|blam(?:es|ed|e)|accus(?:es|ed|e)|prais(?:es|ed|e)|favou?r(?:s|ed)?|"
    r"dismiss(?:es|ed)?|threaten(?:s|ed)?|plan(?:s|ned)? to|agree(?:s|d)? to|declin(?:es|ed|e) to|"
    r"push(?:es|ed)? for|ask(?:s|ed)? for|hop(?:es|ed|e) to"
)
_EN_VERB = re.compile(rf"\b(?:{_EN_VERBS})\b")
# Speech and belief verbs followed by reported content ('say (that) the move will …'), not by a quote.
_EN_SPEECH = re.compile(
    r"\b(?:say|says|said|argue[sd]?|insist(?:s|ed)|stress(?:es|ed)|believes?|believed|thinks?|"
    r"thought|noted|added|claim(?:s|ed)|contend(?:s|ed)|maintain(?:s|ed)|acknowledged|predicted|"
    r"suggested|announced|stated|declared|told \w+)(?:,)?\s+(?:that\s+)?(?=[A-Za-z])"
)
# Between subject and verb: auxiliaries, negation, adverbs ('has long opposed', 'would not support').
_EN_AUX = re.compile(
    r"(?:\s+(?:has|have|had|would|will|could|should|may|might|must|can|did|does|do|is|are|was|"
    r"were|not|n't|never|also|long|still|again|now|already|once|continues? to|continued to|"
    r"[a-z]+ly))+\s*$"
)
# Before a verb form used as a noun or an infinitive: a determiner, 'of', 'to', another verb.
_EN_NOUN_BEFORE = re.compile(
    rf"\b(?:the|a|an|his|her|their|its|our|my|your|this|that|any|no|of|to|{_EN_VERBS}|"
    r"announced|said|says)\s*$", re.IGNORECASE
)
_EN_PASSIVE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?$")
_EN_CLAUSE_END = re.compile(
    r";|:|—|\s-\s|[\"“]|,\s*(?:saying|according|adding|who|which|but|while|although|though|"
    r"as|despite|even)\b|\.(?=\s|$)|[!?]"
)
_DAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year|morning|afternoon|evening|night)"
_EN_TIME_TAIL = re.compile(rf"\s+(?:(?:on|last|this|early|late|earlier|later)\s+)?{_DAY}(?:\s+{_DAY})?\s*$")
# A dateline or a sentence adverb before the subject: 'WASHINGTON ― ', 'Likewise, '.
_EN_LEAD = re.compile(r"^\s*(?:[A-Z][A-Z .]+\s*[―—–-]+\s*|[A-Z][a-z]+(?:ly|wise),\s*)")
_EN_CONNECTORS = {"but", "and", "so", "yet", "still", "however", "meanwhile", "now", "also", "even"}
# Words that open an adverbial, not reported content, after a speech verb.
_EN_NOT_CONTENT = {
    "in", "at", "on", "during", "after", "before", "to", "of", "for", "with", "by", "from", "as",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "last", "this",
    "earlier", "later", "recently", "yesterday", "today", "previously", "also", "then",
}  # fmt: skip
# Lower-case heads of PolNeAR train attribution sources that name actors (campaign 178,
# voters 82, officials 70, candidates 50, supporters 49, leaders 38, allies 30, …).
_EN_ACTORS = {
    "campaign", "campaigns", "voters", "officials", "official", "candidates", "candidate",
    "supporters", "supporter", "leaders", "leader", "allies", "experts", "group", "groups",
    "aides", "team", "administration", "party", "senators", "lawmakers", "advisers", "members",
    "government", "company", "agency", "board", "advocates", "critics", "committee",
    "organization", "organizations", "conservatives", "activists", "delegates", "prosecutors",
    "rivals", "opponents", "analysts", "lawyers", "unions", "union", "protesters",
    "authorities", "progressives", "executives", "politicians", "democrats", "republicans",
}  # fmt: skip

# Chinese: verbs of wanting, demanding, urging, refusing, supporting, opposing,
# warning, promising and planning (longest first, so 表示愿意 wins over 愿意).
_ZH_VERBS = (
    "表示愿意", "表示支持", "表示反对", "强烈反对", "坚决反对", "不打算", "不愿意", "不愿", "拒不",
    "要求", "呼吁", "敦促", "敦请", "反对", "支持", "拒绝", "希望", "警告", "愿意", "同意",
    "主张", "坚持", "谴责", "批评", "抨击", "指责", "欢迎", "承诺", "誓言", "威胁", "打算",
    "决定", "提议", "寻求", "期待", "期望", "赞成", "否决", "力挺", "辩护",
)  # fmt: skip
_ZH_VERB = re.compile("|".join(_ZH_VERBS))
_ZH_NEG = re.compile(r"(?:并不|绝不|决不|没有|不|未|没)$")
# A holder never holds these: function words, demonstratives, conjunctions.
_ZH_NOT_IN_NAME = re.compile(r"[这那与和及的了着是把被对向从为就而但所如若虽即且或此该每]")
# Adverbs the subject finder may leave on a name ('李在明积极' -> '李在明').
_ZH_ADVERB_TAIL = re.compile(
    r"(?:积极|长期|一直|始终|仍然|依然|仍|继续|坚决|强烈|明确|公开|再次|一再|多次|不断|均|都|也|亦|还|"
    r"曾经|曾|已经|已|正在|正|将|则|却|更|又|同样|坚定|随即|当即|早已|一度|尚未|仍应|应当|应|其本人|本人|"
    r"普遍|可以|并|并不|绝不|不|未|没有|没)+$"
)
# Clause openers that are not part of a subject: connectors, time and place adverbials.
_ZH_LEAD = re.compile(
    r"^(?:而且|并且|但是|然而|不过|此外|同时|因此|所以|另外|其中|对此|另据|据悉|此前|随后|目前|如今|"
    r"当地时间|与此同时|而|但|并|且|另)+"
)
_ZH_BAD_HEAD = re.compile(
    r"^(?:以|不|也|还|又|因|所|此|其|暂|尚|会|一|该|每|各|某|将|虽然|如果|今天|昨天|反复|希望|报道|分析|有)"
)
# Documents, statements and events are not actors (通知表示 is its issuer's stance, named elsewhere).
_ZH_NOT_ACTOR = re.compile(r"(?:通知|信息|消息|裁定|现象|文章|报道|声明|言论|研究|分析|规定|意见|文件|错误)$")
# Outlets report stances, they do not take them (韩联社报道称 / 《华尔街日报》称).
_ZH_OUTLET = re.compile(r"《|(?:通讯社|社|日报|晚报|时报|报|网站|网|电视台|台|媒体|媒|新闻|杂志|周刊)$")
_ZH_VERB_TAIL = re.compile(rf"(?:{cues_zh.VERB.pattern}|明确|公开|再次|也|还|则|都|已|曾)+$")
# Prepositions that end a subject (two characters at least before them: 李在明 keeps its 在).
_ZH_PREP = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:针对|为|对|向|与|就|把|给|替|被|同|跟|在|从)")
_ZH_CLAUSE_END = re.compile(r"[。！？；\n]")
_ZH_MAX = 80
QUOTES_PER_SPEAKER = 2
_PRONOUNS = {"he", "she", "they", "we", "i", "it", "他", "她", "他们", "她们", "unknown"}


def find_stances(article: Article, quotes: list[QuoteCue], experts: Sequence[ExpertCue] = ()) -> list[StanceCue]:
    """Every stance a named actor takes: stance verbs, reported speech, a speaker's first quotes.

    Args:
        article: the article.
        quotes: its quote cues; speech inside them belongs to the quoted speaker.
        experts: its expert cues; an analyst's view is an expert assessment, not an actor's stance.

    Returns:
        StanceCues in article order, at most one per holder and sentence.
    """
    masked = _mask(article.text, quotes)
    zh = article.language == "zh"
    found = list(_zh_stances(article, masked) if zh else _en_stances(article, masked))
    found += _quoted(article, quotes, QUOTES_PER_SPEAKER)
    out: list[StanceCue] = []
    seen: set[tuple[str, int]] = set()
    analysts = {e.name for e in experts}
    for c in sorted(found, key=lambda c: c.start):
        if c.holder in analysts:
            continue
        if (c.holder, c.sentence) not in seen:
            seen.add((c.holder, c.sentence))
            out.append(c)
    return out


def _quoted(article: Article, quotes: list[QuoteCue], per_speaker: int) -> list[StanceCue]:
    """A named speaker's first direct quotes, as their own words on the matter."""
    zh = article.language == "zh"
    looks_person = cues_zh.looks_person if zh else cues_en.looks_person
    out: list[StanceCue] = []
    count: dict[str, int] = {}
    for q in quotes:
        who = q.speaker or ""
        key = who if zh else (who.split() or [""])[-1]  # Tom Ellis, then Ellis: one speaker
        if not q.is_speech or q.mixed or not who or who.lower() in _PRONOUNS or count.get(key, 0) >= per_speaker:
            continue
        if not (_zh_named(who) if zh else _en_actor(who)):
            continue
        words = len(q.text) if zh else len(q.text.split())
        if words < (8 if zh else 5):
            continue
        count[key] = count.get(key, 0) + 1
        stance = q.text.strip(" ,，")
        topic = stance[:30] if zh else " ".join(stance.split()[:8])
        start = article.text.index(stance, q.start)
        out.append(StanceCue(who, "", stance, topic, start, start + len(stance), q.sentence, looks_person(who)))
    return out


def _mask(text: str, quotes: list[QuoteCue]) -> str:
    chars = list(text)
    for q in quotes:
        if q.is_speech:
            chars[q.start : q.end] = "\uff3f" * (q.end - q.start)
    return "".join(chars)


def _last_person(mentions: list[Mention], pos: int) -> str | None:
    best = None
    for m in mentions:
        if m.pos >= pos:
            break
        if m.person:
            best = m.name
    return best


def _en_verbs(masked: str, lo: int, hi: int) -> list[re.Match[str]]:
    """Stance verbs, and speech verbs that report a content clause ('say the move will …')."""
    found = list(_EN_VERB.finditer(masked, lo, hi))
    for v in _EN_SPEECH.finditer(masked, lo, hi):
        if not any(f.start() <= v.start() < f.end() for f in found):
            found.append(v)
    return sorted(found, key=lambda m: m.start())


def _en_stances(article: Article, masked: str) -> Iterator[StanceCue]:
    text = article.text
    mentions = sorted(cues_en.named_subjects(masked), key=lambda m: m.pos)
    for s in article.sentences:
        for v in _en_verbs(masked, s.start, s.end):
            before = masked[s.start : v.start()]
            if _EN_PASSIVE.search(before) or _EN_NOUN_BEFORE.search(before):
                continue  # 'was supported by', 'the support of', 'to support', 'announced plans to'
            aux = _EN_AUX.search(before)
            head = before[: aux.start()] if aux else before
            who = _en_subject(head)
            if who is None and re.search(r"\band\s*$", head):
                # 'Likewise, Trump went after X and called for …': the sentence's subject.
                who = cues_en.main_subject(_EN_LEAD.sub("", masked[s.start : v.start()]))
            if who is None:
                continue
            name = who.name
            if who.pronoun:
                if name.lower() not in ("he", "she"):
                    continue
                name = _last_person(mentions, v.start()) or ""
            if not _en_actor(name):
                continue
            speech = v.re is _EN_SPEECH
            # Reported speech: what was said. A stance verb: from after the subject, negation kept.
            start = v.end() if speech else s.start + (aux.start() if aux else len(before.rstrip()))
            stop = _EN_CLAUSE_END.search(masked, v.end(), s.end)
            end = stop.start() if stop else s.end
            stance = text[start:end].strip(" ,")
            content = text[v.end() : end]
            if len(stance.split()) < 3 or (speech and _en_no_content(content)):
                continue
            start = text.index(stance, start)
            obj = re.split(r"[,;.]|\b(?:to|that|if|because|unless|after|before|when|in order)\b", text[v.end() : end], maxsplit=1)[0]
            topic = " ".join(obj.split()[:8]) or stance
            yield StanceCue(name, v.group(0), stance, topic, start, start + len(stance), s.index,
                            cues_en.looks_person(name))  # fmt: skip


def _en_subject(head: str) -> Attribution | None:
    """The subject at the end of ``head``, past an inserted clause or a time adverbial.

    'Republican lawmakers, who are close to …, have vowed', 'Sen. Bernie Sanders on
    Wednesday morning also called upon', 'But opponents say'.
    """
    head = _EN_LEAD.sub("", head)
    for _ in range(3):
        who = cues_en.subject_before(head)
        if who is not None:
            return who
        shorter = _EN_TIME_TAIL.sub("", head)
        if shorter == head:
            shorter = re.sub(r",[^,]*,\s*$", "", head)
        if shorter == head:
            break
        head = shorter
    clause = re.split(r"[,;:]", head)[-1].split()
    while clause and clause[0].lower() in _EN_CONNECTORS:
        clause.pop(0)
    if 1 <= len(clause) <= 4 and clause[-1].lower() in _EN_ACTORS:
        return Attribution(" ".join(clause))
    return None


def _en_no_content(clause: str) -> bool:
    """'said in an interview', 'told reporters Wednesday': a speech verb with no reported content."""
    words = clause.split()
    return len(words) < 4 or words[0].lower() in _EN_NOT_CONTENT


def _en_actor(name: str) -> bool:
    """A named actor ('Corker', 'the White House') or a collective one ('Senate Republicans', 'critics')."""
    toks = name.split()
    if not toks or re.search(r"[’']s?$", name):
        return False  # "Pyongyang's": a possessive is not a subject
    # The head (last word) is a name ('the White House') or an actor noun ('Senate Republicans').
    return toks[-1][0].isupper() or toks[-1].lower() in _EN_ACTORS


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
    while end > lo:
        cut = max((m.end() for m in re.finditer(r"[，,：:；;]", masked[lo:end])), default=0) + lo
        seg = _ZH_LEAD.sub("", masked[cut:end].strip(" \u3000"))
        if seg and not seg.startswith(("在", "据", "对", "从", "就", "随着", "由于", "为了")):
            p = next((x for x in ("他们", "她们", "他", "她") if seg.startswith(x)), None)
            if p:
                return p, True
            np = _zh_np(seg)
            if np:
                name, role = cues_zh.split_name(np)
                name = re.sub(r"声明$", "", _ZH_ADVERB_TAIL.sub("", name))
                return (name, False) if _zh_named(name) else None
        end = cut - 1
    return None


def _zh_np(seg: str) -> str | None:
    """The subject noun phrase at the head of a clause, its modifier (…的) and prepositional phrase cut."""
    if "的" in seg:
        pre = seg[: seg.rindex("的")]
        if not (_ZH_PREP.search(pre) or _ZH_VERB.search(pre) or cues_zh.VERB.search(pre)):
            seg = seg[seg.rindex("的") + 1 :]
    m = _ZH_PREP.search(seg)
    return cues_zh.subject_np(seg[: m.start()] if m else seg)


def _zh_named(name: str) -> bool:
    """2-15 Han characters with no function word in them and no connector at their head."""
    return (
        2 <= len(name) <= 15 and CJK.match(name) is not None and not _ZH_NOT_IN_NAME.search(name)
        and not _ZH_BAD_HEAD.match(name) and not cues_zh.VERB.search(name) and not _ZH_VERB.search(name)
        and not _ZH_NOT_ACTOR.search(name) and not _ZH_OUTLET.search(name)
    )  # fmt: skip


def _zh_verbs(masked: str, lo: int, hi: int) -> list[re.Match[str]]:
    """Stance verbs, and speech verbs followed by reported content (表示，… / 认为…), not a quote."""
    found = list(_ZH_VERB.finditer(masked, lo, hi))
    for v in cues_zh.VERB.finditer(masked, lo, hi):
        nxt = masked[v.end() : v.end() + 2].lstrip("，,：:")
        if nxt[:1] in ("\uff3f", "“", "") or any(f.start() <= v.start() < f.end() for f in found):
            continue
        found.append(v)
    return sorted(found, key=lambda m: m.start())


def _zh_stances(article: Article, masked: str) -> Iterator[StanceCue]:
    text = article.text
    mentions = sorted(cues_zh.named_subjects(masked, article.sentences), key=lambda m: m.pos)
    for s in article.sentences:
        for v in _zh_verbs(masked, s.start, s.end):
            at = v.start()
            if masked[at - 1 : at] == "的" or masked[v.end() : v.end() + 1] in ("的", "者", "率", "度"):
                continue  # a noun: 的支持, 支持者, 支持率
            found = _zh_holder(masked, at, s.start)
            if found is None:
                continue
            name, pronoun = found
            if pronoun:
                name = _last_person(mentions, at) or ""
                if not name:
                    continue
            if not _ZH_VERB.fullmatch(v.group(0)):
                # Reported speech: the stance is what was said, after 表示， / 认为.
                start = v.end() + len(masked[v.end() : v.end() + 2]) - len(masked[v.end() : v.end() + 2].lstrip("，,：: "))
            else:
                neg = _ZH_NEG.search(masked, max(s.start, at - 2), at)
                start = neg.start() if neg else at
                # '韩方明确表示不打算…': keep what stands between the holder and the verb in its clause.
                near = masked.rfind(name, s.start, at)
                if near != -1 and not re.search(r"[，,：:；]", masked[near + len(name) : at]):
                    start = near + len(name)
            stop = _ZH_CLAUSE_END.search(masked, v.end(), s.end)
            end = stop.start() if stop else s.end
            if end - start > _ZH_MAX:
                cut = max(masked.rfind("，", start, start + _ZH_MAX), masked.rfind(",", start, start + _ZH_MAX))
                end = cut if cut > v.end() else start + _ZH_MAX
            stance = text[start:end].strip("，, ")
            if len(stance) < 4:
                continue
            start = text.index(stance, start)
            topic = re.split(r"[，,：:；]", text[v.end() : end].lstrip("，,：: "), maxsplit=1)[0][:30] or stance
            yield StanceCue(name, v.group(0), stance, topic, start, start + len(stance), s.index,
                            cues_zh.looks_person(name))  # fmt: skip


__all__ = ["StanceCue", "find_stances"]
