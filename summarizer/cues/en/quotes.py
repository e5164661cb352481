"""English quotes: each quote span classified as speech or not, with its speaker."""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from ...article import Article, Segment
from ..speakers import Speakers, flagged_quote, has_headline, sentence_at
from ..types import Attribution, MarkSpan, QuoteCue
from . import lexicon
from .attribution import ascribed_to, attribute_after, attribute_at_end, attribute_before, sentence_end
from .names import looks_person
from .quote_kind import classify
from .subject import main_subject, subject_after


def find_quotes_en(article: Article, spans: list[MarkSpan], tracker: Speakers) -> list[QuoteCue]:
    """One cue per quote span of an English article: its kind, and for speech its speaker."""
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
            out.append(flagged_quote(len(out) + 1, text, m, si))
            continue
        para = paras[max(0, bisect.bisect_right(para_starts, m.start) - 1)]
        lo = max(sents[si].start if sents else para.start, para.start)
        if prev_para == para.index and prev_end > lo:
            lo = prev_end + 1
        before = attribute_before(text, lo, m.start - 1)
        if before is None and lo < m.start - 1 and lexicon.VERB.search(text, lo, m.start - 1):
            # 'Reyes attacked the plan …, saying, "…"': the sentence's own subject.
            before = main_subject(text[lo : m.start - 1])
        # '"…," Toomey fumed.': a quote that opens its sentence and ends in a comma is reported after it.
        object_quote = text[m.start : m.end].rstrip()[-1:] == "," and not text[lo : m.start - 1].strip()
        after = attribute_after(text, _after_mark(text, m.end), para.end, object_quote) if m.closed else None
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
            after = attribute_at_end(tail) if tail else None
        inner_ends = text[m.start : m.end].rstrip()[-1:] == "."
        # 'Lee said it would "glow," for instance, and Ray vowed to …': a clause joined after the
        # quote is another speaker's; the quote is the one its own sentence reports.
        joined = m.closed and _JOINED.match(text, _after_mark(text, m.end)) is not None
        att = before if ((inner_ends or joined) and before and before.adjacent) else (after or before)
        sent = sents[si] if sents else para
        # Short quotes are speech when anything in their sentence reports speech.
        attributed = att is not None or bool(lexicon.VERB.search(text, sent.start, sent.end))
        if after is not None and text[sent.start : m.start - 1].strip() and _ends_sentence(text, m):
            # 'Ray has said the deal could lead to another "Holocaust." Lee has said …': the quote
            # ended a sentence that began before it; the clause after it is the next sentence's.
            att = before
        # 'a "paper tiger" and a "lame duck"': coordinated with speech just before.
        attributed = attributed or (prev_speech is not None and prev_speech.sentence == si)
        # '… his signature "bu, bu, bu"': a person named in the sentence before the quote.
        ascribed = None if attributed else ascribed_to(text[sent.start : m.start - 1])
        attributed = attributed or ascribed is not None
        kind = classify(
            text, m.start, m.end, m.closed, attributed, headline and para.index == 0,
            single_aside and m.open_mark in _SINGLE,
        )
        speaker = role = None
        if kind == "speech":
            if att is None and not m.closed:
                forward.add(len(out))
            # 'Ted Cruz accuses Obama of "leading from behind"': a quote inside a clause with no
            # speech verb is its subject's words (the first quote of the sentence only).
            own = main_subject(text[lo : m.start - 1]) if att is None and lo == sent.start < m.start - 1 else None
            if own is None and ascribed is not None:
                att = ascribed_to(text[lo : m.start - 1], lo)  # the person the clause names
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
                    nested = single_aside and m.open_mark in _SINGLE  # words quoted inside a quote
                    if speaker and not nested and not _names_before(text[lo : m.start - 1], speaker):
                        # '… and Sen. Ann Lee kept asking why it was "spontaneous"': a quote inside a
                        # narrative sentence is not the words of a person named before that sentence.
                        speaker = role = None
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
                    own = main_subject(text[lo : att.verb_at])
                if own is not None and looks_person(own.name) and own.name.split()[0][:1].isupper():
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


def _names_before(lead: str, speaker: str) -> bool:
    """Whether a quote whose sentence opens with ``lead`` may continue ``speaker``, named before it.

    So it may when the quote opens its sentence (``lead`` is empty or only opening marks) or
    follows a lead-in colon ('Then, later that month on CNN: "…"'), or when the sentence names
    the speaker before the quote ('… when Lee used the words "…"') or has a person's pronoun for
    its subject ('She greeted supporters and told them they'd "…"'; 'I ask them, ‘…' inside a quote).
    """
    lead = lead.strip(_OPENERS)
    if not lead or lead.endswith(":") or _PERSON_SUBJECT.search(lead):
        return True
    return re.search(rf"\b{re.escape(speaker.split()[-1])}\b", lead) is not None


def _colon_intro(text: str, sents: list[Segment], prev: Segment) -> Attribution | None:
    """The speaker of a colon that ends paragraph ``prev`` ('As the Times reported:'), if any."""
    end = len(prev.text.rstrip())
    if not end or prev.text[end - 1] != ":":
        return None
    colon = prev.start + end - 1
    lo = max(sents[sentence_at(sents, colon)].start, prev.start) if sents else prev.start
    return attribute_before(text, lo, colon + 1)


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
        stop = sentence_end(seg)
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
_OPENERS = " \t\"“”‘’'([—–-"
_PERSON_SUBJECT = re.compile(r"\b(?:[Hh]e|[Ss]he|I)\b")
_POSSESSIVE = re.compile(r"(?<=\w)[’']s?$")
_JOINED = re.compile(r"\s*,?\s*(?:[a-z][\w ]{0,30},\s*)?(?:and|but|while|whereas)\s")
_CLOSING = re.compile(r"[ \t]*[\"”’'»」』]")


def _reported_by(text: str, spans: list[MarkSpan], lo: int, k: int, para_end: int):  # noqa: ANN202
    """'X said "…", according to the Times': the source the article attributes the quote to."""
    m = spans[k]
    _, tail_end = _tail_bounds(text, spans, k, para_end)
    end = tail_end if tail_end is not None else m.end + 1 + sentence_end(text[m.end + 1 : m.end + 240])
    for a in _ACCORDING.finditer(text, lo, end):
        if any(q.start <= a.start() < q.end for q in spans):
            continue
        who, _ = subject_after(text[a.end() : end])
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
