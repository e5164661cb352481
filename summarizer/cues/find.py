"""``find_cues``: quote spans, speakers, experts and conditionals of one article.

It pairs quote marks (``marks``), classifies each span as speech or not and
finds its speaker with the language's surface rules (``zh.quotes`` /
``en.quotes``, over the rest of ``zh`` / ``en``), which resolve pronouns and continuation
quotes to the last named speaker (``speakers``). Every cue carries offsets
into ``article.text``.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..article import CJK, Article, Segment
from . import conditions as cues_conditions
from . import en as cues_en
from . import zh as cues_zh
from .conditions import zh_who as cues_conditions_zh
from .en.quotes import find_quotes_en
from .experts import find_experts_en, find_experts_zh
from .marks import quote_spans
from .occasion import occasion_and_date
from .scan import blank_out
from .speakers import (
    DESCRIPTION_REACH,
    Speakers,
    has_headline,
    quoted_name,
    renamed,
    sentence_at,
)
from .script import restore, simplified
from .types import Cues, MarkSpan, QuoteCue
from .zh.quotes import find_quotes_zh
from .zh.speaker import clean_speaker


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
        masked = mask_quotes(view, spans)
        tracker = Speakers(cues_zh.named_subjects(masked, sents, memo), looks_person)
        quotes = find_quotes_zh(article, spans, view, masked, tracker, memo)
        experts = find_experts_zh(view)
    else:
        view = masked = text
        blank = mask_quotes(text, spans)
        sentences = [(s.start, s.end) for s in sents if not (has_headline(article) and s.paragraph == 0)]
        tracker = Speakers(cues_en.named_subjects(text) + cues_en.sentence_subjects(blank, sentences), looks_person)
        quotes = find_quotes_en(article, spans, tracker)
        experts = find_experts_en(text)
    quotes = _with_occasions(article, view, quotes)
    speaker = _condition_speaker(article.language, masked, quotes, tracker, sents, view, memo)
    find = cues_conditions.find_conditions_zh if article.language == "zh" else cues_conditions.find_conditions_en
    cues = Cues(quotes=quotes, experts=experts, conditions=find(view, sents, speaker))
    return cues if view is text else _in_own_characters(cues, view, text)


def looks_person(name: str) -> bool:
    """Whether ``name`` reads as a person's, by the rules of its script (a Latin name in Chinese news too)."""
    if CJK.search(name):
        return cues_zh.looks_person(name)
    return cues_en.looks_person(name)


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
        renamed(q, speaker=own(q.speaker, q.start), speaker_role=own(q.speaker_role, q.start),
                via=tuple(own(v, q.start) or v for v in q.via), occasion=own(q.occasion, q.start),
                date=own(q.date, q.start))
        for q in cues.quotes
    ]  # fmt: skip
    experts = [
        renamed(e, name=own(e.name, e.start) or e.name, title=own(e.title, e.start),
                affiliation=own(e.affiliation, e.start))
        for e in cues.experts
    ]  # fmt: skip
    conditions = [
        renamed(c, condition=own(c.condition, c.start) or c.condition,
                consequence=own(c.consequence, c.start), stated_by=own(c.stated_by, c.start))
        for c in cues.conditions
    ]  # fmt: skip
    return Cues(quotes=quotes, experts=experts, conditions=conditions)


def _with_occasions(article: Article, view: str, quotes: list[QuoteCue]) -> list[QuoteCue]:
    """Fill occasion and date of each speech quote from the sentences that report it.

    Those are the quote's own sentences, and the one before or after it when
    that one names the speaker (他说：“…” after 周明远当天在记者会上表示…;
    “…” followed by 8月，特朗普在白宫…说道). Quoted speech is blanked out first:
    the speaker's words are not the circumstances.
    """
    sents = article.sentences
    blank = mask_quotes(view, [q for q in quotes if q.is_speech])

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
            q = renamed(q, occasion=occasion, date=date)
        out.append(q)
    return out


def mask_quotes(text: str, spans: list[MarkSpan] | list[QuoteCue]) -> str:
    # Verbs inside a quotation belong to the quoted speaker, not to the article's
    # narration; hide them from the attribution rules.
    return blank_out(text, [(m.start, m.end) for m in spans])


# Inside a quotation, a report of someone else's words (…，医生说，如果… / 销售员称，…否则…): a saying verb before
# a comma or a colon, with a named subject of its own.
# (对X来说 / 就是说 / 可以说 / 应该说 / 比如说 / 老实说 / 换句话说 are no report.)
_SAYS = re.compile(r"(?:(?<![来是以就该如实话])说(?:我们|我)?|称|表示|声称|告诉我们|告诉我)(?=[，,：:])")


def _reported_in_quote(view: str, lo: int, pos: int) -> str | None:
    """The speaker a quotation reports before a condition at ``pos`` (the quotation opens at ``lo``), if any."""
    says = None
    for says in _SAYS.finditer(view, lo, pos):
        pass  # the last report before the condition
    if says is None:
        return None
    lo = max(lo, view.rfind("，", lo, says.start()) + 1, view.rfind(",", lo, says.start()) + 1)  # its own clause
    who = cues_conditions_zh.zh_verb_speaker(view, says.start(), lo)
    if who is not None and who.pronoun and who.name in ("他", "她", "他们", "她们"):
        return ""  # a third person the quotation's speaker reports
    if who is None or who.pronoun or not cues_conditions_zh.zh_names_someone(who.name):
        return None
    return who.name


def _condition_speaker(
    lang: str,
    masked: str,
    quotes: list[QuoteCue],
    tracker: Speakers,
    sents: list[Segment],
    view: str,
    memo: cues_zh.VerbMemo,
) -> Callable[[int, int], str | None]:
    speech = [q for q in quotes if q.is_speech]

    def speaker(pos: int, sent_lo: int, sent_hi: int | None = None) -> str | None:
        who = find(pos, sent_lo, sent_hi)
        if who and lang == "en" and cues_en.is_description(who):
            # 'the Senate leader said, "If …"': the person the description stands for states it.
            near = tracker.last_matching(pos, pos - DESCRIPTION_REACH, looks_person)
            return cues_en.name_for_description(masked, who, pos, near)
        # A name in quote marks (“某某科技”方面表示) was read masked: back to the quoted name.
        who = quoted_name(who, None, masked, view, pos)[0] if who and "\uff3f" in who else who
        who = cues_conditions_zh.zh_name_head(who) if who and lang == "zh" else who
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
                reported = _reported_in_quote(view, q.start, pos) if lang == "zh" else None
                if reported is not None:
                    # “…医生说，如果…”: the one the speaker reports states it; “他们都说我，如果…”: someone the
                    # quotation does not name, not its speaker.
                    return reported or None
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
                return tracker.last_matching(who.verb_at, near, looks_person)
            return tracker.last_before(pos, person=True)[0]  # an unresolved pronoun names nobody
        return cues_conditions.without_full_stop(who.name) if cues_conditions.names_someone(who.name) else None

    return speaker
