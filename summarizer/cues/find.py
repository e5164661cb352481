"""``find_cues``: quote spans, speakers, experts and conditionals of one article.

It pairs quote marks (``marks``), classifies each span as speech or not and
finds its speaker with the language's surface rules (``zh`` / ``en``), then
resolves pronouns and continuation quotes to the last named speaker. Every
cue carries offsets into ``article.text``.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import replace
from typing import TypeVar

from ..article import CJK, Article, Segment
from . import conditions as cues_conditions
from . import conditions_zh_who as cues_conditions_zh
from . import en as cues_en
from . import experts as cues_experts
from . import experts_en as cues_experts_en
from . import reference_zh
from . import zh as cues_zh
from .marks import quote_spans
from .occasion import occasion_and_date
from .scan import blank_out
from .speaker_zh import clean_speaker
from .script import restore, simplified
from .types import Attribution, Cues, MarkSpan, Mention, QuoteCue

T = TypeVar("T")


def find_cues(article: Article) -> Cues:
    """All cues in the article, each with offsets into ``article.text``."""
    text = article.text
    sents = article.sentences
    spans = quote_spans(text, [(p.start, p.end) for p in article.paragraphs])
    memo: cues_zh.VerbMemo = {}  # each Chinese speech verb's speaker, read once for all the rules below
    if article.language == "zh":
        # The Chinese rules read a simplified view with the same offsets.
        view = simplified(text)
        view = text if view == text else view
        masked = _mask(view, spans)
        tracker = _Speakers(cues_zh.named_subjects(masked, sents, memo))
        quotes = _quotes_zh(article, spans, view, masked, tracker, memo)
        experts = cues_experts.find_experts_zh(view)
    else:
        view = masked = text
        blank = _mask(text, spans)
        sentences = [(s.start, s.end) for s in sents if not (has_headline(article) and s.paragraph == 0)]
        tracker = _Speakers(cues_en.named_subjects(text) + cues_en.sentence_subjects(blank, sentences))
        quotes = _quotes_en(article, spans, tracker)
        experts = cues_experts_en.find_experts_en(text)
    quotes = _with_occasions(article, view, quotes)
    speaker = _condition_speaker(article.language, masked, quotes, tracker, sents, view, memo)
    find = cues_conditions.find_conditions_zh if article.language == "zh" else cues_conditions.find_conditions_en
    cues = Cues(quotes=quotes, experts=experts, conditions=find(view, sents, speaker))
    return cues if view is text else _in_own_characters(cues, view, text)


def _in_own_characters(cues: Cues, view: str, text: str) -> Cues:
    """Every name and phrase the rules read in the simplified view, back in the article's characters."""

    seen: dict[str, str] = {}  # a name is written the same way throughout an article

    def own(s: str | None, near: int) -> str | None:
        if s is None:
            return None
        if s not in seen:
            seen[s] = "，".join(restore(part, view, text, near) or part for part in s.split("，"))
        return seen[s]

    quotes = [
        _renamed(q, speaker=own(q.speaker, q.start), speaker_role=own(q.speaker_role, q.start),
                via=tuple(own(v, q.start) or v for v in q.via), occasion=own(q.occasion, q.start),
                date=own(q.date, q.start))
        for q in cues.quotes
    ]  # fmt: skip
    experts = [
        _renamed(e, name=own(e.name, e.start) or e.name, title=own(e.title, e.start),
                affiliation=own(e.affiliation, e.start))
        for e in cues.experts
    ]  # fmt: skip
    conditions = [
        _renamed(c, condition=own(c.condition, c.start) or c.condition,
                consequence=own(c.consequence, c.start), stated_by=own(c.stated_by, c.start))
        for c in cues.conditions
    ]  # fmt: skip
    return Cues(quotes=quotes, experts=experts, conditions=conditions)


def _renamed(cue: T, **fields: object) -> T:
    """``cue`` with the fields that differ replaced (most are the same in both scripts: no copy)."""
    changed = {k: v for k, v in fields.items() if v != getattr(cue, k)}
    return replace(cue, **changed) if changed else cue


def _with_occasions(article: Article, view: str, quotes: list[QuoteCue]) -> list[QuoteCue]:
    """Fill occasion and date of each speech quote from the sentences that report it.

    Those are the quote's own sentences, and the one before or after it when
    that one names the speaker (他说：“…” after 周明远当天在记者会上表示…;
    “…” followed by 8月，特朗普在白宫…说道). Quoted speech is blanked out first:
    the speaker's words are not the circumstances.
    """
    sents = article.sentences
    blank = _mask(view, [q for q in quotes if q.is_speech])

    read: dict[tuple[int, int], tuple[str | None, str | None]] = {}  # quotes of one sentence share it

    def circumstances(first: int, last: int) -> tuple[str | None, str | None]:
        if (first, last) not in read:
            read[first, last] = occasion_and_date(blank[sents[first].start : sents[last].end], article.language)
        return read[first, last]

    out = []
    for q in quotes:
        if q.is_speech and sents:
            first, last = q.sentence, sentence_at(sents, max(q.start, q.end - 1))
            occasion, date = circumstances(first, last)
            para = sents[first].paragraph
            for n in (first - 1, last + 1):  # the neighbour that names the speaker
                if (occasion and date) or not q.speaker or not 0 <= n < len(sents):
                    continue
                if sents[n].paragraph == para and q.speaker in view[sents[n].start : sents[n].end]:
                    more = circumstances(n, n)
                    occasion, date = occasion or more[0], date or more[1]
            q = _renamed(q, occasion=occasion, date=date)
        out.append(q)
    return out


def _mask(text: str, spans: list[MarkSpan] | list[QuoteCue]) -> str:
    # Verbs inside a quotation belong to the quoted speaker, not to the article's
    # narration; hide them from the attribution rules.
    return blank_out(text, [(m.start, m.end) for m in spans])


def _condition_speaker(
    lang: str,
    masked: str,
    quotes: list[QuoteCue],
    tracker: _Speakers,
    sents: list[Segment],
    view: str,
    memo: cues_zh.VerbMemo,
) -> Callable[[int, int], str | None]:
    speech = [q for q in quotes if q.is_speech]

    def speaker(pos: int, sent_lo: int, sent_hi: int | None = None) -> str | None:
        who = find(pos, sent_lo, sent_hi)
        if who and lang == "en" and cues_en.is_description(who):
            # 'the Senate leader said, "If …"': the person the description stands for states it.
            near = tracker.last_matching(pos, pos - DESCRIPTION_REACH, _looks_person)
            return cues_en.name_for_description(masked, who, pos, near)
        # A name in quote marks (“某某科技”方面表示) was read masked: back to the quoted name.
        who = _quoted_name(who, None, masked, view, pos)[0] if who and "\uff3f" in who else who
        if who and lang == "zh" and not cues_conditions_zh.zh_names_someone(who):
            return None  # 缓缓走出 / 热情地 / 是他: words of a clause, no actor
        if who and lang == "zh":
            # The person a nickname or a determiner stands for, as a quote's speaker is written (老闫 ->
            # 闫瑞明, 该主任 -> the 主任 named before); only a name the article gave, never a cut of this one.
            earlier = [q.speaker for q in speech if q.start < pos and q.speaker]
            named = clean_speaker(who, None, view[:pos], earlier)[0]
            who = named if named and named not in who else who
        return who

    def find(pos: int, sent_lo: int, sent_hi: int | None = None) -> str | None:
        for q in speech:
            if q.start <= pos < q.end:
                return q.speaker if q.speaker and cues_conditions.names_someone(q.speaker) else None
        if lang == "zh":
            lo = cues_conditions_zh.zh_body_start(masked, sent_lo)
            verbs = list(cues_zh.VERB.finditer(masked, lo, pos))
            who = cues_conditions_zh.zh_verb_speaker(masked, verbs[-1].start(), lo, memo) if verbs else None
            if who is None and verbs and cues_zh.REPORT.match(masked, lo):
                # 报道称，…: the report speaks for the outlet named just before.
                return tracker.last_matching(pos, pos - cues_zh.OUTLET_REACH, cues_zh.OUTLET.search)
            who = who or cues_conditions_zh.zh_source(masked, lo, pos, sents)
            if who is None and sent_hi is not None:
                # …，只有A，B才能C，“…”: a sentence that runs on into a speaker's quotation is theirs (a
                # quotation after the condition: one before it, “…”王凯说，预计…才…, ended its speaker's words;
                # one with a frame of its own, …，民警批评道：“…”, is a new report).
                return next((q.speaker for q in speech if pos <= q.start < sent_hi and q.speaker
                             and cues_conditions_zh.zh_runs_into(masked, pos, q.start)), None)
        else:
            who = cues_en.attribute_before(masked, sent_lo, pos)  # type: ignore[assignment]
            if who is not None and not cues_conditions.states_claim(masked, who.verb_at):
                who = None  # 'X was expected to …, and if Y, Z': the narrator's conditional
            if who is None and sent_hi is not None:
                # 'If X, he said, Y' and 'If X, Y, Reyes said.': named after a comma.
                for at in cues_conditions.attribution_points(masked, pos, sent_hi):
                    who = who or cues_en.attribute_after(masked, at, sent_hi)
            cited = cues_conditions.cited_speaker(masked, sent_lo, pos)
            if cited:
                return cited  # 'As Ruiz noted, Y if X'
            who = who or cues_conditions.coordinated_subject(masked, sent_lo, pos)
        if who is None:
            # 'The bill would require X so long as Y': a document states its own conditions.
            return cues_conditions.document_subject(masked, sent_lo, pos) if lang == "en" else None
        if who.pronoun:
            if who.name.lower() in {"i", "we"}:
                return None  # first person outside a quotation is the writer
            if who.name.lower() == "they":
                return None  # 'they believed …': a group, not the last person named
            if who.name.lower() == "it":
                return tracker.last_thing(pos)[0]  # 'it warned': a document or an organisation
            if lang == "zh" and who.verb_at >= 0:
                # The frame of a report the sentence goes on with (她表示，…。如果X，Y。): 她 is a
                # person named in the frame's sentence or the one before it, else nobody.
                near = sents[max(0, sentence_at(sents, who.verb_at) - 1)].start
                return tracker.last_matching(who.verb_at, near, _looks_person)
            return tracker.last_before(pos, person=True)[0]  # an unresolved pronoun names nobody
        return cues_conditions.without_full_stop(who.name) if cues_conditions.names_someone(who.name) else None

    return speaker


def sentence_at(sents: list[Segment], pos: int) -> int:
    """Index of the sentence containing ``pos`` (the one before, between sentences)."""
    # Sentences are sorted by start; bisect on them directly (no list per call).
    lo, hi = 0, len(sents)
    while lo < hi:
        mid = (lo + hi) // 2
        if sents[mid].start <= pos:
            lo = mid + 1
        else:
            hi = mid
    return max(0, lo - 1)


def has_headline(article: Article) -> bool:
    """Whether the first paragraph is a headline: one short sentence before the body."""
    paras = article.paragraphs
    if len(paras) < 2 or len(paras[0].text) > HEADLINE_CHARS:
        return False
    return sum(s.paragraph == 0 for s in article.sentences) == 1


HEADLINE_CHARS = 200
# A description stands for the last person named at most this far before it ('…," Ann Lee told the
# paper. The veteran activist warned …'); further off it may be anyone.
DESCRIPTION_REACH = 400


def _quotes_en(article: Article, spans: list[MarkSpan], tracker: _Speakers) -> list[QuoteCue]:
    text = article.text
    sents, paras = article.sentences, article.paragraphs
    out: list[QuoteCue] = []
    prev_end, prev_para, prev_speech = -1, -1, None
    para_starts = [p.start for p in paras]
    forward: set[int] = set()  # unclosed quotes whose speaker is named in the next paragraph
    headline = has_headline(article)
    # The article's style: speech in double marks (American) or in single ones (British).
    double = sum(m.open_mark not in _SINGLE for m in spans)
    single_aside = double > len(spans) - double
    for k, m in enumerate(spans):
        si = sentence_at(sents, m.start - 1)
        if m.flagged:
            out.append(_flagged(len(out) + 1, text, m, si))
            continue
        para = paras[max(0, bisect.bisect_right(para_starts, m.start) - 1)]
        lo = max(sents[si].start if sents else para.start, para.start)
        if prev_para == para.index and prev_end > lo:
            lo = prev_end + 1
        before = cues_en.attribute_before(text, lo, m.start - 1)
        if before is None and lo < m.start - 1 and cues_en.VERB.search(text, lo, m.start - 1):
            # 'Reyes attacked the plan …, saying, "…"': the sentence's own subject.
            before = cues_en.main_subject(text[lo : m.start - 1])
        # '"…," Toomey fumed.': a quote that opens its sentence and ends in a comma is reported after it.
        object_quote = text[m.start : m.end].rstrip()[-1:] == "," and not text[lo : m.start - 1].strip()
        after = cues_en.attribute_after(text, _after_mark(text, m.end), para.end, object_quote) if m.closed else None
        alone = not text[para.start : m.start - 1].strip() and not text[m.end + 1 : para.end].strip(' ."”')
        if after is None and m.closed and alone and para.index + 1 < len(paras):
            # A quote paragraph signed on the next line: '"…"' / '- Ann Reyes.' (an epigraph's byline).
            sign = _SIGNED.match(paras[para.index + 1].text)
            after = Attribution(sign.group(1).rstrip(".")) if sign else None
        if before is None and after is None and m.start - 1 == para.start and para.index:
            # 'Ann Lee responded:' / '"…': a paragraph that a colon introduces is the words of
            # that colon's speaker (a person, an outlet or a document).
            before = _colon_intro(text, sents, paras[para.index - 1])
        if before is None and after is None and m.closed:
            # '… carry "a great deal of weight" and help …, DFA spokesman Ann Lee said.'
            tail = _sentence_tail(text, spans, k, para.end)
            after = cues_en.attribute_at_end(tail) if tail else None
        inner_ends = text[m.start : m.end].rstrip()[-1:] == "."
        # 'Lee said it would "glow," for instance, and Ray vowed to …': a clause joined after the
        # quote is another speaker's; the quote is the one its own sentence reports.
        joined = m.closed and _JOINED.match(text, _after_mark(text, m.end)) is not None
        att = before if ((inner_ends or joined) and before and before.adjacent) else (after or before)
        sent = sents[si] if sents else para
        # Short quotes are speech when anything in their sentence reports speech.
        attributed = att is not None or bool(cues_en.VERB.search(text, sent.start, sent.end))
        if after is not None and text[sent.start : m.start - 1].strip() and _ends_sentence(text, m):
            # 'Ray has said the deal could lead to another "Holocaust." Lee has said …': the quote
            # ended a sentence that began before it; the clause after it is the next sentence's.
            att = before
        # 'a "paper tiger" and a "lame duck"': coordinated with speech just before.
        attributed = attributed or (prev_speech is not None and prev_speech.sentence == si)
        # '… his signature "bu, bu, bu"': a person named in the sentence before the quote.
        ascribed = None if attributed else cues_en.ascribed_to(text[sent.start : m.start - 1])
        attributed = attributed or ascribed is not None
        kind = cues_en.classify(
            text, m.start, m.end, m.closed, attributed, headline and para.index == 0,
            single_aside and m.open_mark in _SINGLE,
        )
        speaker = role = None
        if kind == "speech":
            if att is None and not m.closed:
                forward.add(len(out))
            # 'Ted Cruz accuses Obama of "leading from behind"': a quote inside a clause with no
            # speech verb is its subject's words (the first quote of the sentence only).
            own = cues_en.main_subject(text[lo : m.start - 1]) if att is None and lo == sent.start < m.start - 1 else None
            if own is None and ascribed is not None:
                att = cues_en.ascribed_to(text[lo : m.start - 1], lo)  # the person the clause names
            elif own is not None:
                # "Lopez's latest promise of a "…"": the subject's possessor is whose words they are.
                own = replace(own, name=_POSSESSIVE.sub("", own.name))
            if own is not None:
                speaker, role = own.name, own.role
            elif att is None:
                # A quote with no speaker of its own continues the last one.
                if prev_speech is not None and (prev_para == para.index or m.start == para.start):
                    speaker, role = prev_speech.speaker, prev_speech.speaker_role
                else:
                    speaker, role = tracker.last_before(m.start, person=True)
            elif att.pronoun and att.name.lower() == "it":
                # '"…," it read': a document or an organisation, never a person.
                speaker, role = tracker.last_thing(m.start)
                speaker = speaker or att.name
            elif att.pronoun:
                plural = att.name.lower() in {"they", "we"}
                speaker, role = tracker.last_before(m.start, person=not plural)
                # 'Bush went after Trump, when he called him "unhinged"': a singular pronoun in the
                # sentence of a named person subject is that subject.
                own = None
                if not plural and lo == sent.start and att.verb_at > lo:
                    own = cues_en.main_subject(text[lo : att.verb_at])
                if own is not None and cues_en.looks_person(own.name) and own.name.split()[0][:1].isupper():
                    speaker, role = own.name, own.role
                speaker = speaker or att.name
            else:
                speaker, role = att.name, att.role
                tracker.add(m.start, speaker, role)
            source = _reported_by(text, spans, sent.start, k, para.end)
            if source is not None:
                speaker, role = source.name, source.role
        mixed = kind == "speech" and len(text[m.start : m.end].split()) <= 5
        cue = QuoteCue(
            len(out) + 1, m.start, m.end, text[m.start : m.end], kind, speaker, role,
            (), si, mixed,
        )  # fmt: skip
        out.append(cue)
        if kind == "speech":
            prev_speech = cue
            # 'Lee, star of "Lights," thanked Ray for "…"': a name or scare quote does not end the
            # clause; only speech has its own attribution, which the next quote must not reuse.
            prev_end, prev_para = m.end, para.index
    for i in sorted(forward, reverse=True):
        # '"First part…\n\n"…rest," Park said.': the quote runs on; so does its speaker.
        if i + 1 < len(out) and out[i + 1].is_speech and out[i + 1].speaker:
            nxt = out[i + 1]
            out[i] = replace(out[i], speaker=nxt.speaker, speaker_role=nxt.speaker_role)
    return out


def _colon_intro(text: str, sents: list[Segment], prev: Segment) -> Attribution | None:
    """The speaker of a colon that ends paragraph ``prev`` ('As the Times reported:'), if any."""
    end = len(prev.text.rstrip())
    if not end or prev.text[end - 1] != ":":
        return None
    colon = prev.start + end - 1
    lo = max(sents[sentence_at(sents, colon)].start, prev.start) if sents else prev.start
    return cues_en.attribute_before(text, lo, colon + 1)


def _sentence_tail(text: str, spans: list[MarkSpan], k: int, para_end: int) -> str | None:
    """The text of the sentence of quote ``k`` after its last quote (None when a quote ends it)."""
    pos, end = _tail_bounds(text, spans, k, para_end)
    return None if end is None else text[pos:end]


def _tail_bounds(text: str, spans: list[MarkSpan], k: int, para_end: int) -> tuple[int, int | None]:
    """Start and end of the text after the last quote of quote ``k``'s sentence (end None: a quote ends it)."""
    pos, j = _after_mark(text, spans[k].end), k + 1
    if text[spans[k].start : spans[k].end].rstrip()[-1:] == "." and _NEXT_CAPITAL.match(text, pos):
        return pos, pos  # '… is "Football Life." Christie has …': the quote ended the sentence
    while True:
        nxt = spans[j].start - 1 if j < len(spans) and spans[j].start - 1 < para_end else para_end
        seg = text[pos:nxt]
        stop = cues_en.sentence_end(seg)
        if stop < len(seg) or nxt == para_end:
            return pos, pos + stop
        q = spans[j]
        if not q.closed or q.flagged or text[q.start : q.end].rstrip()[-1:] in (".", "!", "?"):
            return pos, None  # the sentence ends inside a later quote
        pos, j = _after_mark(text, q.end), j + 1


def _ends_sentence(text: str, m: MarkSpan) -> bool:
    """The quote ends in a full stop, question or exclamation mark, and a capital follows its closing mark."""
    return m.closed and text[m.start : m.end].rstrip()[-1:] in (".", "?", "!") and (
        _NEXT_CAPITAL.match(text, _after_mark(text, m.end)) is not None
    )


def _after_mark(text: str, end: int) -> int:
    """Just past the closing mark of a quote whose inside ends at ``end`` (trailing spaces are not inside)."""
    m = _CLOSING.match(text, end)
    return m.end() if m else end + 1


_NEXT_CAPITAL = re.compile(r"\s*[A-Z]")
_SINGLE = frozenset("‘'")
_POSSESSIVE = re.compile(r"(?<=\w)[’']s?$")
_JOINED = re.compile(r"\s*,?\s*(?:[a-z][\w ]{0,30},\s*)?(?:and|but|while|whereas)\s")
_CLOSING = re.compile(r"[ \t]*[\"”’'»」』]")
def _reported_by(text: str, spans: list[MarkSpan], lo: int, k: int, para_end: int):  # noqa: ANN202
    """'X said "…", according to the Times': the source the article attributes the quote to."""
    m = spans[k]
    _, tail_end = _tail_bounds(text, spans, k, para_end)
    end = tail_end if tail_end is not None else m.end + 1 + cues_en.sentence_end(text[m.end + 1 : m.end + 240])
    for a in _ACCORDING.finditer(text, lo, end):
        if any(q.start <= a.start() < q.end for q in spans):
            continue
        who, _ = cues_en.subject_after(text[a.end() : end])
        if who is not None and not who.pronoun:
            return who
    # '…, saying the plan was "…", CNN reported.': a closing report clause covers the sentence.
    r = _REPORTED.search(text, m.end, end)
    if r and not any(q.start <= r.start() < q.end for q in spans):
        return Attribution(r.group(1) or r.group(2))
    return None


_SIGNED = re.compile(r"\s*[-–—]\s*([A-Z][\w.'’-]*(?:[ ][A-Z][\w.'’-]*){0,3})\s*\.?\s*$")
_ACCORDING = re.compile(r"\b[Aa]ccording to\b")
# ', CNN reported.', ', the Examiner first reported.', ', reports USA Today.': the sentence's outlet.
_OUTLET = r"((?:the\s+)?[A-Z][\w.&'’-]*(?:[ ][A-Z][\w.&'’-]*){0,4})"
_REPORTED = re.compile(
    rf"[,\"”]\s*(?:{_OUTLET}\s+(?:first\s+|also\s+|later\s+|previously\s+|originally\s+)?(?:reported|reports)"
    rf"|(?:reported|reports)\s+{_OUTLET})\s*$"
)


_TERM_JOINS = frozenset({"", "、", "和", "与", "及"})
_CLAUSE_MARK = re.compile(r"[，,。！？!?；;：:]")


def _next_term(view: str, prev: QuoteCue, m: MarkSpan, si: int) -> bool:
    """The quote at ``m`` follows a quoted name or term of its sentence with nothing but a list's join
    between them, and both are a few words with no clause's punctuation: one more item of that list."""
    return (
        prev.sentence == si and view[prev.end + 1 : m.start - 1].strip() in _TERM_JOINS
        and all(len(t) <= 12 and not _CLAUSE_MARK.search(t) for t in (prev.text, view[m.start : m.end]))
    )


def _quotes_zh(
    article: Article, spans: list[MarkSpan], view: str, masked: str, tracker: _Speakers, memo: cues_zh.VerbMemo
) -> list[QuoteCue]:
    text = article.text
    sents = article.sentences
    out: list[QuoteCue] = []
    prev_speech: QuoteCue | None = None
    for m in spans:
        si = sentence_at(sents, m.start - 1)
        if m.flagged:
            out.append(_flagged(len(out) + 1, text, m, si))
            continue
        att = cues_zh.attribute(masked, m.start, m.end, m.closed, sents[si].start if sents else 0, memo)
        kind = cues_zh.classify(view, m.start, m.end, att)
        if sents and _zh_heading(article, sents[si].paragraph):
            kind = "other"  # 专家称明年底才能“真降费”: a heading sums up the text; its quotes are not speech
        if kind == "speech" and out and out[-1].kind in ("name", "scare") and _next_term(view, out[-1], m, si):
            kind = out[-1].kind  # 又称“上元节”、“花灯节” / 大熊猫“团团”“圆圆”: the next item of a list of names
        summed = cues_zh.sums_up(view, m.end)
        if kind != "speech" and (summed or cues_zh.modifies_noun(view, m.start, m.end)):
            # “A”、“B”、“C”等口号 / “A”“B”“C”三种服务 / “A”、“B”的招牌: 等, a count or a noun after the
            # last item makes the whole list terms, the items before it too; before a noun, not a
            # whole sentence (“…！”“某某”官网显示: the name after speech is no item of a list with it).
            j, at = len(out) - 1, m.start
            while (
                j >= 0 and out[j].sentence == si and view[out[j].end + 1 : at - 1].strip() in _LIST_JOINS
                and (summed or not _SENTENCE_END_ZH.match(out[j].text.rstrip()[-1:]))
            ):
                out[j] = _renamed(out[j], kind="name", speaker=None, speaker_role=None, via=(), mixed=False)
                at, j = out[j].start, j - 1
            prev_speech = next((q for q in reversed(out) if q.kind == "speech"), None)
        elif kind != "speech" and prev_speech is not None and prev_speech.sentence == si:
            # 回应是：“A”、“B”和“C”: quotes listed after a speech quote are its speaker's too.
            if view[prev_speech.end + 1 : m.start - 1].strip() in _LIST_JOINS - {"", "或", "还是"}:
                kind, att = "speech", None
        speaker = role = None
        via: tuple[str, ...] = ()
        if kind == "speech":
            if att is None and cues_zh.introduced(masked, m.start):
                pass  # 我回复：“…” / 有人喊：“…”: introduced by a speaker the rules cannot name, not a continuation
            elif att is None and m.closed and (after := _person_after(masked, m, sents[si].start if sents else 0)):
                # “…”小曹十分无奈 / “…”家住南门的袁女士最近有点忧心: a quote with no speech verb, then a
                # clause about a person: the words are that person's.
                speaker, role = cues_zh.split_name(after)
            elif att is None and m.closed and _opens_paragraph(article, masked, m, si) and (
                named := reference_zh.next_subject(masked[m.end + 1 : m.end + 120])
            ):
                # A paragraph that opens with words no verb attributes, then a sentence about a named
                # person (“…”⏎…职工刘威心情激动): the words are that person's, not the last speaker's.
                speaker, role = cues_zh.split_name(named)
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
                if prev_speech is not None and (speaker is None or speaker == prev_speech.speaker):
                    speaker = prev_speech.speaker
                    role, via = prev_speech.speaker_role, prev_speech.via
            elif att.pronoun and reference_zh.named_earlier(att.name, masked, m.start):
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
                    spoke = {n for n in tracker.names(lo, at) if not cues_zh.names_a_body(n)}
                    near = reference_zh.antecedent(masked, lo, at, att.name, spoke)
                if near:
                    speaker, role = cues_zh.split_name(near)
                elif att.name in ("他", "她") and (
                    salient := reference_zh.salient_person(masked, sents[max(0, sentence_at(sents, at) - 2)].start if sents else lo, at, att.name)
                ):
                    # …激发了学生陶鹤天的骄傲。“…”她写道: with no subject to stand for, the person the
                    # sentences before name last, in any role, not the last speaker.
                    speaker, role = salient, None
                else:
                    speaker, role = tracker.last_person(m.start, lambda x: _zh_person(x) and reference_zh.fits_pronoun(x.name, att.name))
                # 村民X正在…。“…”他说: with no named speaker before, 他 is the last person named.
                speaker = speaker or cues_zh.last_person(masked[max(0, m.start - PRONOUN_REACH) : m.start])
                # 他说：“…”他就是闫瑞明，…: a feature that names its person only after the words.
                speaker = speaker or _revealed(masked, m.end, att.name) or att.name
                # 据A援引B报道，X表示…。他说：“…” : the outlets of the paragraph still hold.
                para_start = article.paragraphs[sents[si].paragraph].start if sents else 0
                via = att.via or cues_zh.outlets(masked[para_start : m.start])
            else:
                speaker, role, via = att.name, att.role, att.via
                tracker.add(m.start, speaker, role)
        if speaker and "\uff3f" in speaker:
            speaker, role = _quoted_name(speaker, role, masked, view, m.start)
        if speaker and role is None:
            # A bare title (人社部副部长这样说) is the person the article names with it.
            # Only in the quote's sentence and its neighbours: further off the same title
            # may be another office's holder (one country's 外交部发言人 and another's).
            last = sentence_at(sents, max(m.start, m.end - 1)) if sents else 0
            lo = sents[max(0, si - 1)].start if sents else 0
            hi = sents[min(len(sents) - 1, last + 1)].end if sents else len(masked)
            named = cues_zh.name_for_title(masked, speaker, m.start, lo, hi)
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


def _revealed(masked: str, end: int, pronoun: str) -> str | None:
    """他就是闫瑞明，…: the name a sentence that opens with the pronoun gives it, after the quote."""
    if pronoun not in ("他", "她"):
        return None
    found = re.search(rf"(?:^|[。！？!?”\n]){pronoun}(?:就|便|正|即)是([^，,。！？!?；;、\s“”]{{2,24}})", masked[end : end + PRONOUN_REACH])
    if not found:
        return None
    name, _ = cues_zh.split_name(found.group(1))
    return name if cues_zh.looks_person(name) else None


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
            own = reference_zh.clause_person(clause) if "记者" not in clause else None
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
    first = reference_zh.clause_person(clauses[0])
    opening = cues_zh.pos_tags(cues_zh.strip_opener(clauses[0]) or "，")[0]
    if first or len(clauses) < 3 or not (opening.flag.startswith(("v", "t", "m")) or opening.word == "，"):
        return first
    # 5月15日接到幼儿园电话: a clause with no subject of its own; the next clause's subject is the sentence's.
    return reference_zh.clause_person(clauses[1])


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


def _quoted_name(speaker: str, role: str | None, masked: str, view: str, near: int) -> tuple[str, str | None]:
    # 微博网友“X”说: the speaker's name is the quoted nickname, which the mask hid.
    at = masked.rfind(speaker, 0, near)
    if at == -1:
        at = masked.find(speaker, near)
    if at == -1:
        return speaker, role
    phrase = view[at : at + len(speaker)]
    head, mark, name = phrase.rpartition("“")
    if not mark:
        # “蓝鲸科技”方面回应称 (the subject reader dropped the opening mark): the quoted name.
        return phrase.split("”", 1)[0], role
    name = name.rstrip("”")
    return (name, (role or "") + head or None) if name and head else (phrase, role)


def _flagged(n: int, text: str, m: MarkSpan, sentence: int) -> QuoteCue:
    # One candidate for a run of quote spam: shown, never speech, no speaker.
    return QuoteCue(n, m.start, m.end, text[m.start : m.end], "other", sentence=sentence, flagged=True)


class _Speakers:
    """Named speakers by position, for resolving 'he' / 他 and continuation quotes."""

    def __init__(self, seen: list[Mention]) -> None:
        self._items = sorted(seen, key=lambda x: x.pos)
        self._pos = [x.pos for x in self._items]

    def add(self, pos: int, name: str, role: str | None) -> None:
        i = bisect.bisect_right(self._pos, pos)
        self._pos.insert(i, pos)
        self._items.insert(i, Mention(pos, name, role, _looks_person(name)))

    def last_matching(self, pos: int, lo: int, ok: Callable[[str], object]) -> str | None:
        """The last name in [lo, pos) that ``ok`` accepts."""
        for j in range(bisect.bisect_left(self._pos, pos) - 1, -1, -1):
            if self._pos[j] < lo:
                break
            if ok(self._items[j].name):
                return self._items[j].name
        return None

    def last_thing(self, pos: int) -> tuple[str | None, str | None]:
        """The last name before ``pos`` that is not a person's ('the editorial', 'the ministry'), for 'it'."""
        for j in range(bisect.bisect_left(self._pos, pos) - 1, -1, -1):
            m = self._items[j]
            if not m.person:
                return m.name, m.role
        return None, None

    def names(self, lo: int, pos: int) -> set[str]:
        """The names mentioned in [lo, pos)."""
        return {m.name for m in self._items[bisect.bisect_left(self._pos, lo) : bisect.bisect_left(self._pos, pos)]}

    def last_person(self, pos: int, ok: Callable[[Mention], bool]) -> tuple[str | None, str | None]:
        """The last mention before ``pos`` that ``ok`` accepts (a person, and for 他 no 女士)."""
        for j in range(bisect.bisect_left(self._pos, pos) - 1, -1, -1):
            m = self._items[j]
            if ok(m):
                return m.name, m.role
        return None, None

    def last_before(self, pos: int, *, person: bool) -> tuple[str | None, str | None]:
        """The last mention before ``pos`` (a person's, with ``person``)."""
        return self.last_person(pos, lambda m: m.person or not person)


def _zh_person(m: Mention) -> bool:
    """A person named, or a post or a noun for a person with no name (民警介绍 / 律师称), not the reporter."""
    return m.person or (reference_zh.person_phrase(m.name, m.role) and reference_zh.fits_pronoun(m.name, ""))


# 无论日方说什么: a concessive or conditional clause reports no one's words.
_CONCESSIVE = re.compile(r"(?:无论|不管|不论|如果|假如|即使|哪怕)[^，,。！？!?；;]*$")


def _named_person(np: str) -> bool:
    """A person's name (jieba's nr: 胡燕燕, 小曹, 罗女士), not a bare noun (家长, 孩子) nor 律协 (律 read as a surname)."""
    named = any(t.flag.startswith("nr") and len(t.word) >= 2 for t in cues_zh.pos_tags(np))
    return named or re.fullmatch(r"[小老阿][\u4e00-\u9fff]|.*[\u4e00-\u9fff](?:先生|女士|小姐)", np) is not None


def _zh_body(m: Mention) -> bool:
    """A body (外交部, 中国铁路总公司, 武汉市中院) named as a speech verb's subject, not a document."""
    body = cues_zh.names_a_body(m.name) or _BODY_END.search(m.name) is not None
    # 陈建国 ends like 美国: a name the subject reader took for a person's is none.
    return body and not m.person and not cues_zh.DOCUMENT_END.search(m.name) and len(m.name) >= 3


# Bodies whose names end in a word the organisation endings leave out (…公司, …集团, …银行).
_BODY_END = re.compile(r"(?:公司|集团|银行|医院|学校|法院|中院|协会|机构|平台|警方)$")


def _looks_person(name: str) -> bool:
    if CJK.search(name):
        return cues_zh.looks_person(name)
    return cues_en.looks_person(name)
