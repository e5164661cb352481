"""Chinese quotes: each quote span classified as speech or not, with its speaker."""

from __future__ import annotations

import re

from ...article import CJK, Article
from ..scan import BLANK
from ..speakers import Speakers, flagged_quote, quoted_name, renamed, sentence_at
from ..types import MarkSpan, Mention, QuoteCue
from . import reference
from .attribution import attribute, name_for_title
from .names import POST_END, SURNAMES, last_person, looks_person, names_a_body, split_name
from .outlets import DOCUMENT_END, outlets
from .quote_kind import classify, introduced, modifies_noun, sums_up
from .speaker import clean_speaker
from .subject import strip_opener, subject_np, surnamed
from .tags import pos_tags
from .verb_speaker import VerbMemo
from .words import ADDRESSED, PERSON_END


_TERM_JOINS = frozenset({"", "、", "和", "与", "及"})
_CLAUSE_MARK = re.compile(r"[，,。！？!?；;：:]")


def _next_term(view: str, prev: QuoteCue, m: MarkSpan, si: int) -> bool:
    """The quote at ``m`` follows a quoted name or term of its sentence with nothing but a list's join
    between them, and both are a few words with no clause's punctuation: one more item of that list."""
    return (
        prev.sentence == si and view[prev.end + 1 : m.start - 1].strip() in _TERM_JOINS
        and all(len(t) <= 12 and not _CLAUSE_MARK.search(t) for t in (prev.text, view[m.start : m.end]))
    )


def find_quotes_zh(
    article: Article, spans: list[MarkSpan], view: str, masked: str, tracker: Speakers, memo: VerbMemo
) -> list[QuoteCue]:
    """One cue per quote span of a Chinese article (read in ``view``, quotes blanked in ``masked``): its
    kind, and for speech its speaker, role and the outlets it was reported through."""
    text = article.text
    sents = article.sentences
    out: list[QuoteCue] = []
    prev_speech: QuoteCue | None = None
    for m in spans:
        si = sentence_at(sents, m.start - 1)
        if m.flagged:
            out.append(flagged_quote(len(out) + 1, text, m, si))
            continue
        att = attribute(masked, m.start, m.end, m.closed, sents[si].start if sents else 0, memo)
        kind = classify(view, m.start, m.end, att)
        if sents and _zh_heading(article, sents[si].paragraph):
            kind = "other"  # 专家称明年底才能“真降费”: a heading sums up the text; its quotes are not speech
        if kind == "speech" and out and out[-1].kind in ("name", "scare") and _next_term(view, out[-1], m, si):
            kind = out[-1].kind  # 又称“上元节”、“花灯节” / 大熊猫“团团”“圆圆”: the next item of a list of names
        summed = sums_up(view, m.end)
        if kind != "speech" and (summed or modifies_noun(view, m.start, m.end)):
            # “A”、“B”、“C”等口号 / “A”“B”“C”三种服务 / “A”、“B”的招牌: 等, a count or a noun after the
            # last item makes the whole list terms, the items before it too; before a noun, not a
            # whole sentence (“…！”“某某”官网显示: the name after speech is no item of a list with it).
            j, at = len(out) - 1, m.start
            while (
                j >= 0 and out[j].sentence == si and view[out[j].end + 1 : at - 1].strip() in _LIST_JOINS
                and (summed or not _SENTENCE_END_ZH.match(out[j].text.rstrip()[-1:]))
            ):
                out[j] = renamed(out[j], kind="name", speaker=None, speaker_role=None, via=(), mixed=False)
                at, j = out[j].start, j - 1
            prev_speech = next((q for q in reversed(out) if q.kind == "speech"), None)
        elif kind != "speech" and prev_speech is not None and prev_speech.sentence == si:
            # 回应是：“A”、“B”和“C”: quotes listed after a speech quote are its speaker's too.
            if view[prev_speech.end + 1 : m.start - 1].strip() in _LIST_JOINS - {"", "或", "还是"}:
                kind, att = "speech", None
        speaker = role = None
        via: tuple[str, ...] = ()
        if kind == "speech":
            if att is None and (colon := _colon_person(masked, m, sents[si].start if sents else 0)):
                # 企业主张某也竖起了大拇指：“…” / 白衣男子数次叫喊：“…”: a colon introduces direct speech, and
                # the person who is its clause's subject says it (not the last speaker named).
                speaker, role = split_name(colon)
            elif att is None and introduced(masked, m.start):
                pass  # 我回复：“…” / 有人喊：“…”: introduced by a speaker the rules cannot name, not a continuation
            elif att is None and m.closed and (after := _person_after(masked, m, sents[si].start if sents else 0)):
                # “…”小曹十分无奈 / “…”家住南门的袁女士最近有点忧心: a quote with no speech verb, then a
                # clause about a person: the words are that person's.
                speaker, role = split_name(after)
            elif att is None and m.closed and _opens_paragraph(article, masked, m, si) and (
                named := reference.next_subject(masked[m.end + 1 : m.end + 120])
            ):
                # A paragraph that opens with words no verb attributes, then a sentence about a named
                # person (“…”⏎…职工刘威心情激动): the words are that person's, not the last speaker's.
                speaker, role = split_name(named)
            elif att is None and (prior := _prior_subject(masked, view[m.start : m.end], m, sents, si)):
                # 刚到…工作的王原，…产生了强烈共鸣。“…”: a quote standing alone after a sentence about a
                # named person is that person's words, not those of a speaker named further back.
                speaker, role = split_name(prior)
            elif att is None:
                # A quote standing alone continues the last named speaker, who
                # may have spoken in paraphrase since the last quote (X认为，…。“…”); a body that
                # spoke in the sentence right before is that speaker (中国铁路总公司…表示，…。“…”).
                lo = sents[si - 1].start if sents and si > 0 else 0
                speaker, role = tracker.last_person(
                    m.start, lambda x: x.pos >= lo and _zh_body(x) and not _CONCESSIVE.search(masked, lo, x.pos)
                )
                if speaker is None:
                    speaker, role = tracker.last_person(m.start, _zh_person)
                    if speaker is not None and not _in_reach(masked, speaker, sents, si, m.start):
                        # …莱昂纳德几乎很少公开露面。波波维奇…曾呛到“…”: a speaker last named further back than
                        # the sentences before the quote may not be the one saying it; no speaker rather than a guess.
                        speaker = role = None
                # “…”“…” / “…”他一直觉得…。“…”: a quote in those sentences goes on; one further back may not.
                recent = prev_speech is not None and prev_speech.end >= (sents[max(0, si - REACH_SENTENCES)].start if sents else 0)
                if prev_speech is not None and (speaker is None and recent or speaker == prev_speech.speaker):
                    speaker = prev_speech.speaker
                    role, via = prev_speech.speaker_role, prev_speech.via
            elif att.pronoun and reference.named_earlier(att.name, masked, m.start):
                # 这位专家说 / 该负责人表示, after 有知情专家…: the phrase itself, which ``clean_speaker``
                # names from the earlier speakers with the same head (该主任 -> 张主任), not the last person.
                speaker, via = att.name, att.via
            elif att.pronoun:
                at = att.verb_at if att.verb_at >= 0 else m.start
                # 庞某某充满感动，他说: 他 is the person the sentences before are about, of its sex.
                near = None
                if att.name in ("他", "她"):
                    lo = max(0, at - ANTECEDENT_REACH)
                    # Who spoke before is a person, whatever jieba reads the name as (kolfage表示 … 他认为).
                    spoke = {n for n in tracker.names(lo, at) if not names_a_body(n)}
                    near = reference.antecedent(masked, lo, at, att.name, spoke)
                if near:
                    speaker, role = split_name(near)
                elif att.name in ("他", "她") and (
                    salient := reference.salient_person(masked, sents[max(0, sentence_at(sents, at) - 2)].start if sents else lo, at, att.name)
                ):
                    # …激发了学生陶鹤天的骄傲。“…”她写道: with no subject to stand for, the person the
                    # sentences before name last, in any role, not the last speaker.
                    speaker, role = salient, None
                else:
                    speaker, role = tracker.last_person(m.start, lambda x: _zh_person(x) and reference.fits_pronoun(x.name, att.name))
                # 村民X正在…。“…”他说: with no named speaker before, 他 is the last person named.
                speaker = speaker or last_person(masked[max(0, m.start - PRONOUN_REACH) : m.start])
                # 他说：“…”他就是闫瑞明，…: a feature that names its person only after the words.
                speaker = speaker or _revealed(masked, m.end, att.name) or att.name
                # 据A援引B报道，X表示…。他说：“…” : the outlets of the paragraph still hold.
                para_start = article.paragraphs[sents[si].paragraph].start if sents else 0
                via = att.via or outlets(masked[para_start : m.start])
            else:
                speaker, role, via = att.name, att.role, att.via
                tracker.add(m.start, speaker, role)
        if speaker and "\uff3f" in speaker:
            speaker, role = quoted_name(speaker, role, masked, view, m.start)
        if speaker and role is None:
            # A bare title (人社部副部长这样说) is the person the article names with it.
            # Only in the quote's sentence and its neighbours: further off the same title
            # may be another office's holder (one country's 外交部发言人 and another's).
            last = sentence_at(sents, max(m.start, m.end - 1)) if sents else 0
            lo = sents[max(0, si - 1)].start if sents else 0
            hi = sents[min(len(sents) - 1, last + 1)].end if sents else len(masked)
            named = name_for_title(masked, speaker, m.start, lo, hi)
            if named:
                speaker, role = named, speaker
        if speaker:
            earlier = [x for q in out for x in (q.speaker_role, q.speaker) if x]
            speaker, role = clean_speaker(speaker, role, view[: m.start], earlier)
        mixed = kind == "speech" and att is not None and att.mixed
        cue = QuoteCue(
            len(out) + 1, m.start, m.end, text[m.start : m.end], kind, speaker, role,
            via, si, mixed,
        )  # fmt: skip
        out.append(cue)
        if kind == "speech":
            prev_speech = cue
    return out


# A clause that brings in someone else: existential 有 (也有专家…) or a contrast (但, 而, 不过, 对此).
_TURN = re.compile(r"^\s*(?:[也还另又]?有|但|而|不过|然而|可是|对此|相反)")


def _opens_paragraph(article: Article, masked: str, m: MarkSpan, si: int) -> bool:
    """The quote's mark opens its paragraph, or a line (a line break spelled out as a backslash and n),
    or a paragraph run together with the one before it behind the spaces that indent it (…。　　“…”)."""
    lo = article.paragraphs[article.sentences[si].paragraph].start if article.sentences else 0
    raw = masked[lo : m.start - 1]
    before = raw.rstrip(" \u3000\n\t\r")
    return not before or before.endswith("\\n") or _INDENTED.search(raw) is not None


_INDENTED = re.compile(r"[。！？!?”」][\u3000 ]{2,}$")


def _colon_person(masked: str, m: MarkSpan, sent_lo: int) -> str | None:
    """The person who is the subject of the clause a colon ends right before the quote (男子…：“…”), when
    the attribution rules found no speaker there; not the reporter, nor one spoken to (放话给宋某)."""
    before = masked[sent_lo : m.start - 1].rstrip()
    if before[-1:] not in "：:":
        return None
    clause = re.split(r"[，,。！？!?；;：:\n]", before[:-1])[-1].strip(" \u3000\t\r")
    if not clause or "记者" in clause or "被" in clause or BLANK in clause:
        return None  # 他的壶被报纸称为：: the subject is not the speaker
    person = reference.clause_person(clause)
    at = clause.rfind(person) if person else -1
    if at < 0:
        return None
    # The phrase is the clause's subject: the predicate follows it (企业主张某|也…, 白衣男子|数次叫喊), not
    # more nouns (保定市交警支队报警|电话响了: the subject is the telephone); and it names a person (a post, a
    # noun for one, a form of address, a surname's name), not a thing jieba read as one (小麦|种植户).
    rest = pos_tags(clause[at + len(person) :])
    if rest and (rest[0].flag.startswith(("n", "j", "q", "t", "b", "l")) or rest[0].word == "的"):
        return None
    name, role = split_name(person)
    named = surnamed(name) or re.search(r"[\u4e00-\u9fff]某某?$", name) is not None
    titled = PERSON_END.search(person) is not None or POST_END.search(person) is not None or ADDRESSED.search(person) is not None
    return person if named or titled else None


def _revealed(masked: str, end: int, pronoun: str) -> str | None:
    """他就是闫瑞明，…: the name a sentence that opens with the pronoun gives it, after the quote."""
    if pronoun not in ("他", "她"):
        return None
    found = re.search(rf"(?:^|[。！？!?”\n]){pronoun}(?:就|便|正|即)是([^，,。！？!?；;、\s“”]{{2,24}})", masked[end : end + PRONOUN_REACH])
    if not found:
        return None
    name, _ = split_name(found.group(1))
    return name if looks_person(name) else None


def _person_after(masked: str, m: MarkSpan, sent_lo: int) -> str | None:
    """The person the clause right after a quote's closing mark is about (its subject, or the next
    clause's when the first has none: “…”5月15日接到电话，饶先生以为…), when the quote opens its
    clause (after a full stop or a comma) and no punctuation comes between the mark and the clause."""
    before = masked[sent_lo : m.start - 1].rstrip()
    if before and before[-1] not in "。！？!?\n，,":
        return None
    if before[-1:] in "，,":
        # 办案民警借着路灯…检查着现场，“…” / 胡燕燕伏在…泣不成声，“…”: the quote closes a sentence about
        # a person, who says it (not a body: 律协一方面会…，“…” goes on with the last speaker's words; not
        # whom the reporter saw, who may be the one spoken to).
        # The nearest clause about someone says who; a bare noun (家长, 亲戚朋友) or a body there is too
        # vague to take the words from the last speaker.
        for clause in reversed(re.split(r"[，,；;：:]", before)[:-1] or [before]):
            own = reference.clause_person(clause) if "记者" not in clause else None
            if own:
                if _named_person(own):
                    return own
                break
    after = masked[m.end + 1 : m.end + 80]
    if not after or not CJK.match(after):
        return None
    clauses = re.split(r"[，,。！？!?；;：:“\n]", after)
    if after[len(clauses[0]) : len(clauses[0]) + 1] == "“":
        return None  # 网友“娜娜”告诉记者: a quoted name inside the clause, which this reading cannot see
    if _TURN.match(clauses[0]) or re.search(r"[却则倒]|反而", clauses[0]):
        return None  # “…”也有专家持不同观点 / X却认为: someone else comes in
    first = reference.clause_person(clauses[0]) or _titled_subject(clauses[0])
    opening = pos_tags(strip_opener(clauses[0]) or "，")[0]
    if first or len(clauses) < 3 or not (opening.flag.startswith(("v", "t", "m")) or opening.word == "，"):
        return first
    # 5月15日接到幼儿园电话: a clause with no subject of its own; the next clause's subject is the sentence's.
    return reference.clause_person(clauses[1])


def _prior_subject(masked: str, said: str, m: MarkSpan, sents: list, si: int) -> str | None:
    """The named person the sentence right before a quote that opens its own sentence is about: the
    subject of its first clause that has a person's, when that is a name (a surname's: 王原, 王|和|新),
    a surname and a form of address (周先生) or 小/老 and a surname (小张).

    Not when that sentence opens with a connective (而王先生将车停在…: it goes on with what was
    reported before), nor when the quote names that person or says 他 / 她 (a speaker does not name
    himself: “…王原…” is said about him).
    """
    if not sents:
        return None
    lo = sents[max(0, si - 1)].start
    before = _TRAILING_SPACE.sub("", masked[lo : m.start - 1])
    if not before or before[-1] not in "。！？!?":
        return None
    sentence = [x for x in _PRIOR_SENTENCE.split(before) if x.strip()]
    if not sentence or BLANK in sentence[-1] or _CONNECTIVE.match(sentence[-1].strip(" \u3000")):
        return None
    if _EXCHANGE.search(sentence[-1]):
        return None  # 吴正就质问她，… / 代表们询问… : a question put, so the quote may be the answer
    for clause in re.split(r"[，,；;：:]", sentence[-1]):
        person = reference.clause_person(clause) or _modified_name(clause)
        if person:
            name, role = split_name(person)
            after = clause[clause.find(name) + len(name) :] if name in clause else ""
            if _SEVERAL.match(after) or _ATTENDING.search(clause):
                return None  # 区领导X、Y参加活动: one of several people, or of those present at an event
            if role and pos_tags(role)[-1].flag.startswith("v"):
                return None  # 影响范围广: a verb before the 'name', which is no person's post
            familiar = re.fullmatch(r"[小老阿](.)", name)  # 小张, not 老人
            familiar = familiar is not None and familiar.group(1) in SURNAMES
            named = surnamed(name) or ADDRESSED.fullmatch(name) or familiar
            if not named or name in said or re.search("[他她]", said) or "记者" in person:
                return None
            return person
    return None


# A question or an accusation put to someone in the sentence before: the quote after it may be the reply.
_EXCHANGE = re.compile(r"[质追反询盘责逼]问|问道|问[他她我你]")
# The named person is one of a list (X、Y / X等人), or one of those present at an event. Not X和Y:
# 小张和同事打开门时 / 戴先生和妻子… are still about X, who speaks next, and 和 ends names (顾翠和).
_SEVERAL = re.compile(r"\s*(?:、|等人|等[0-9一二三四五六七八九十几多])")
_ATTENDING = re.compile(r"参加|出席|陪同|调研|参观|视察|慰问")

# Connectives that open a sentence going on with what came before (而, 但, 同时, 因此, 此外…).
_CONNECTIVE = re.compile(r"(?:而|但|不过|然而|同时|因此|所以|并且|而且|此外|另外|因为|由于|如果|虽然|尽管|可是|于是)")


def _modified_name(clause: str) -> str | None:
    """刚到…公司工作的王原: a clause that is only a person's name after a modifier ending in 的."""
    found = re.search(r"的([\u4e00-\u9fff]{2,4})$", clause.strip())
    if not found:
        return None
    tokens = pos_tags(found.group(1))
    named = len(tokens) == 1 and tokens[0].flag.startswith("nr") and looks_person(found.group(1))
    return found.group(1) if named else None


_TRAILING_SPACE = re.compile(r"(?:\s|\u3000|\\n)+$")  # and a line break spelled out as a backslash and n
_PRIOR_SENTENCE = re.compile(r"[。！？!?\n”」』]|\u3000\u3000|\\n")
def _titled_subject(clause: str) -> str | None:
    """经历过大地震的老法警队长陈应华提起… / 中国邮储银行广东分行职工刘威心情激动: a post and a surname's
    name opening the clause as its subject, however jieba reads the post (分行 as a verb)."""
    np = subject_np(clause)
    if np:
        name, role = split_name(np)
        return np if role is not None and surnamed(name) else None
    named = reference.next_subject(clause)
    return named if named and surnamed(named) else None


_LIST_JOINS = frozenset({"", "、", "，", ",", "和", "与", "及", "以及", "或", "还是"})
PRONOUN_REACH = 300  # how far back a 他/她 looks for the person it stands for, with no speaker named before
ANTECEDENT_REACH = 250  # how far back a 他/她 looks for the subject it stands for
_SENTENCE_END_ZH = re.compile(r"[。！？!?…；;]")
ZH_HEADING_CHARS = 40


def _zh_heading(article: Article, index: int) -> bool:
    """A short paragraph that no punctuation ends, with text after it: a (sub)heading."""
    paras = article.paragraphs
    p = paras[index]
    return index + 1 < len(paras) and len(p.text) <= ZH_HEADING_CHARS and not _SENTENCE_END_ZH.search(p.text)


def _in_reach(masked: str, speaker: str, sents: list, si: int, at: int) -> bool:
    """The speaker is named (whole, or the name without its post) outside quote marks in the quote's own
    sentence before it or the three sentences before that; or, when one of those has a clause about 他/她
    (…。他去学校附近找。…“…”), in the three sentences before them."""
    if not sents:
        return True
    name, _ = split_name(speaker)
    names = [n for n in (speaker, name) if len(n) >= 2]
    near = sents[max(0, si - REACH_SENTENCES)].start
    if any(n in masked[near:at] for n in names):
        return True
    farther = sents[max(0, si - 2 * REACH_SENTENCES)].start
    return _PRONOUN_SUBJECT.search(masked, near, at) is not None and any(n in masked[farther:at] for n in names)


REACH_SENTENCES = 3  # how many sentences before a quote standing alone may name the one it goes on with
_PRONOUN_SUBJECT = re.compile(r"(?:^|(?<=[，,。！？!?；;：:\n”]))\s*[他她]们?(?![的们])")


def _zh_person(m: Mention) -> bool:
    """A person named, or a post or a noun for a person with no name (民警介绍 / 律师称), not the reporter."""
    return m.person or (reference.person_phrase(m.name, m.role) and reference.fits_pronoun(m.name, ""))


# 无论日方说什么: a concessive or conditional clause reports no one's words.
_CONCESSIVE = re.compile(r"(?:无论|不管|不论|如果|假如|即使|哪怕)[^，,。！？!?；;]*$")


def _named_person(np: str) -> bool:
    """A person's name (jieba's nr: 胡燕燕, 小曹, 罗女士), not a bare noun (家长, 孩子) nor 律协 (律 read as a surname)."""
    named = any(t.flag.startswith("nr") and len(t.word) >= 2 for t in pos_tags(np))
    return named or re.fullmatch(r"[小老阿][\u4e00-\u9fff]|.*[\u4e00-\u9fff](?:先生|女士|小姐)", np) is not None


def _zh_body(m: Mention) -> bool:
    """A body (外交部, 中国铁路总公司, 武汉市中院) named as a speech verb's subject, not a document."""
    body = names_a_body(m.name) or _BODY_END.search(m.name) is not None
    # 陈建国 ends like 美国: a name the subject reader took for a person's is none.
    return body and not m.person and not DOCUMENT_END.search(m.name) and len(m.name) >= 3


# Bodies whose names end in a word the organisation endings leave out (…公司, …集团, …银行).
_BODY_END = re.compile(r"(?:公司|集团|银行|医院|学校|法院|中院|协会|机构|平台|警方)$")
