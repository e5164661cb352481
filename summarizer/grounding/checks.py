"""The support checks applied to records: positions, experts, preconditions, the summary.

``support`` holds the pure checks on strings; this module knows the records
and the article: which sentences a record cites, who speaks in them (the cues'
speakers, so a pronoun or a quote's speaker counts as named), and which
sentences are planted instructions (never evidence). A record that fails comes
back with the reason; the caller re-asks once, then drops it into warnings.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from ..article import Article, join_sentences
from ..cues import Cues
from ..cues import en as cues_en
from ..cues import zh as cues_zh
from ..cues.script import restore, simplified
from ..findings import Findings
from ..records import ExpertAssessment, Position, Span, StatedPrecondition
from .support import (
    PASS,
    Verdict,
    faithful,
    holder_ok,
    in_language,
    label_ok,
    locate_part,
    planted,
    speaker_ok,
    supported,
)
from .tokens import grams


@dataclass
class SentenceFacts:
    """What the cues know of each sentence: who speaks in it, and whether it is planted.

    ``speakers`` is everyone a sentence names as speaking or as its subject (a
    holder named there or resolved); ``stances`` only those the cues read as
    stating something there: a quote's speaker, a conditional's, a stance or
    speech verb's subject.
    """

    speakers: dict[int, list[str]] = field(default_factory=dict)
    planted: set[int] = field(default_factory=set)
    stances: dict[int, list[str]] = field(default_factory=dict)

    def speakers_of(self, sentences: Sequence[int]) -> list[str]:
        return list(dict.fromkeys(n for i in sentences for n in self.speakers.get(i, [])))

    def stances_of(self, sentences: Sequence[int]) -> list[str]:
        return list(dict.fromkeys(n for i in sentences for n in self.stances.get(i, [])))


def sentence_facts(article: Article, cues: Cues) -> SentenceFacts:
    """Speakers per sentence (quotes, speech verbs, conditions, experts) and the planted sentences."""
    sents = article.sentences
    starts = [s.start for s in sents]
    facts = SentenceFacts(planted=planted([(s.text, s.paragraph) for s in sents]))

    def add(i: int, name: str | None, states: bool = False) -> None:
        # A sentence that addresses the model names no speaker: its names are not actors to offer.
        if name and 0 <= i < len(sents) and i not in facts.planted:
            for table in (facts.speakers, facts.stances) if states else (facts.speakers,):
                table.setdefault(i, [])
                if name not in table[i]:
                    table[i].append(name)

    for q in cues.speech():
        add(q.sentence, q.speaker, True)
        add(_at(starts, max(q.start, q.end - 1)), q.speaker, True)
    for c in cues.conditions:
        add(c.sentence, c.stated_by, True)
    for e in cues.experts:
        add(_at(starts, e.start), e.name)
    # The stance cues resolve 'he'/'他' to the last named person: their holder is
    # who speaks in that sentence too.
    from ..cues.stances import find_stances

    for st in find_stances(article, cues.quotes, cues.experts):
        add(_at(starts, st.start), st.holder, True)
    if sents:
        if article.language == "zh":
            # Read in the simplified view, each name taken back in the article's characters.
            view = simplified(article.text)
            for m in cues_zh.named_subjects(view, sents):
                add(_at(starts, m.pos), restore(m.name, view, article.text, m.pos))
        else:
            for m in cues_en.named_subjects(article.text):
                add(_at(starts, m.pos), m.name)
    return facts


def _at(starts: list[int], pos: int) -> int:
    return max(0, bisect.bisect_right(starts, pos) - 1)


def _indices(article: Article, evidence: Sequence[Span]) -> list[int]:
    starts = [s.start for s in article.sentences]
    return sorted({_at(starts, e.start) for e in evidence})


def usable(evidence: list[Span], article: Article, facts: SentenceFacts) -> list[Span]:
    """Evidence without planted sentences: an instruction to the model is never evidence."""
    starts = [s.start for s in article.sentences]
    return [e for e in evidence if _at(starts, e.start) not in facts.planted]


def check_position(p: Position, article: Article, facts: SentenceFacts) -> Verdict:
    """Holder named in (or resolved from) the cited sentences; stance and topic supported."""
    texts = [e.text for e in p.evidence]
    resolved = facts.speakers_of(_indices(article, p.evidence))
    lang = article.language
    verdict = holder_ok(p.holder, texts, lang, resolved=resolved)
    if not verdict:
        return verdict
    known = [p.holder, *resolved]
    verdict = faithful(p.stance, texts, lang, known=known)
    if not verdict:
        return Verdict(False, f"stance: {verdict.reason}", verdict.missing)
    # A topic is a label ("tariffs"): its names, numbers and negations must be
    # the evidence's, but not its wording.
    topic = label_ok(p.topic, texts, lang, known=known) if p.topic.strip() else PASS
    return topic if topic else Verdict(False, f"topic: {topic.reason}", topic.missing)


def check_stated_there(p: Position, article: Article, facts: SentenceFacts) -> Verdict:
    """The holder states something in the cited sentences, as the cues read them.

    A small model picks a holder and a sentence that names it; a sentence that
    only mentions the holder ('candidates condemned North Korea's claim', the
    holder's name inside another's quote) states no stance of theirs. The
    holder must be a quote's or a conditional's speaker there, or the subject
    of a stance or speech verb there (the cues' reading, the one the rules
    engine's positions rest on).
    """
    verdict = speaker_ok(p.holder, facts.stances_of(_indices(article, p.evidence)))
    if verdict:
        return verdict
    return Verdict(False, f"holder states nothing in the cited sentences: {verdict.reason}", verdict.missing)


def check_expert(e: ExpertAssessment, article: Article, facts: SentenceFacts) -> Verdict:
    """Assessment and prediction in the article's language and supported by the cited sentences."""
    texts = [s.text for s in e.evidence]
    known = [e.expert, *facts.speakers_of(_indices(article, e.evidence))]
    # The expert's own name and body are names, in whatever script (activtrades首席分析师carlo…表示):
    # the language is judged on the rest.
    names = sorted({n for n in (e.expert, e.affiliation) if n}, key=len, reverse=True)
    for name, value in (("assessment", e.assessment), ("prediction", e.prediction)):
        if value:
            words = value
            for n in names:
                words = words.replace(n, "")
            verdict = in_language(words, article.language) and supported(value, texts, article.language, known=known)
            if not verdict:
                return Verdict(False, f"{name}: {verdict.reason}", verdict.missing)
    return PASS


def check_precondition(
    c: StatedPrecondition, article: Article, facts: SentenceFacts
) -> tuple[Verdict, StatedPrecondition]:
    """Condition and consequence found in the cited sentences (with spans); stated_by is their speaker."""
    spans = [(e.start, e.end) for e in c.evidence]
    found: dict[str, Span] = {}
    for part in ("condition", "consequence"):
        value = getattr(c, part).strip()
        if not value:
            if part == "condition":
                return Verdict(False, "no condition"), c
            continue
        loc = locate_part(value, article.text, spans)
        if loc is None:
            return Verdict(False, f"{part} {value[:40]!r} is not in the cited sentences"), c
        found[part] = Span(start=loc.start, end=loc.end, text=article.text[loc.start:loc.end], match=loc.match)
    speakers = facts.speakers_of(_indices(article, c.evidence))
    verdict = speaker_ok(c.stated_by, speakers)
    if not verdict and any(c.stated_by.strip() and c.stated_by.strip() in e.text for e in c.evidence):
        verdict = PASS  # named as the subject of the sentence itself
    if not verdict:
        return verdict, c
    return PASS, c.model_copy(update={
        "condition": found["condition"].text, "condition_span": found["condition"],
        "consequence": found["consequence"].text if "consequence" in found else c.consequence,
        "consequence_span": found.get("consequence")})


# --- the summary -------------------------------------------------------------

def summary_sentences(summary: str) -> list[str]:
    """The sentences of a summary."""
    parts = re.findall(r"[^。！？!?]*[。！？!?]+[”’\"']?|[^。！？!?]+$", summary)
    if len(parts) <= 1 and not re.search(r"[\u4e00-\u9fff]", summary):
        parts = re.split(r"(?<=[.!?])\s+", summary)
    return [p.strip() for p in parts if p.strip()]


def support_for(claim: str, article: Article, facts: SentenceFacts, k: int = 2) -> list[int]:
    """The article sentences a summary sentence most likely rests on (planted ones excluded)."""
    mine = grams(claim)
    scored = []
    for s in article.sentences:
        if s.index in facts.planted:
            continue
        theirs = grams(s.text)
        shared = len(mine & theirs)
        if shared:
            scored.append((shared / max(1, len(mine)), s.index))
    scored.sort(reverse=True)
    return sorted(i for _, i in scored[:k])


def check_summary(summary: str, article: Article, facts: SentenceFacts) -> tuple[str, list[str]]:
    """Keep the summary sentences that rest on article sentences and pass the support check.

    Returns:
        The kept summary, and each dropped sentence with its reason.
    """
    kept: list[str] = []
    dropped: list[str] = []
    sents = article.sentences
    for sentence in summary_sentences(summary):
        cited = support_for(sentence, article, facts)
        texts = [sents[i].text for i in cited]
        verdict = faithful(sentence, texts, article.language) if texts else Verdict(False, "rests on no sentence")
        if verdict and any(addressed(sents[i].text) for i in cited):
            verdict = Verdict(False, "repeats a planted instruction")
        if verdict:
            kept.append(sentence)
        else:
            dropped.append(f"{sentence[:60]} ({verdict.reason})")
    return join_sentences(kept, article.language), dropped


def addressed(text: str) -> bool:
    from .planted import addresses_model

    return addresses_model(text)


def language_of_fields(values: Sequence[str | None], language: str) -> Verdict:
    """Every free-text value in the article's language."""
    for v in values:
        if v and not (verdict := in_language(v, language)):
            return verdict
    return PASS


def _with_own_sentences(record: Any, article: Article) -> list[Span]:
    """The record's evidence, plus the sentences its text is copied from verbatim.

    A record whose stance or assessment is the article's own words (the rules
    engine's, a small model's) rests on the sentences those words stand in.
    """
    evidence = list(record.evidence)
    text = getattr(record, "stance", None) or getattr(record, "assessment", None) or ""
    at = article.text.find(text.strip()) if len(text.strip()) >= 4 else -1
    if at == -1:
        return evidence
    end = at + len(text.strip())
    have = {(e.start, e.end) for e in evidence}
    for s in article.sentences:
        if s.start < end and at < s.end and (s.start, s.end) not in have:
            evidence.append(Span(start=s.start, end=s.end, text=s.text, match="exact"))
    return sorted(evidence, key=lambda e: e.start)


def verify(found: Findings, article: Article, cues: Cues) -> None:
    """The last check before records go out, for every engine and every source.

    Positions, experts and preconditions that fail their support check are
    moved into warnings (``unsupported_*``); what passes is emitted. Records
    from the model were already checked (and re-asked) per window; this pass
    holds the cues' records and the merged result to the same rules.
    """
    facts = sentence_facts(article, cues)
    for i in sorted(facts.planted):
        planted_text = article.sentences[i].text
        if planted_text in found.summary:
            found.summary = found.summary.replace(planted_text, "").replace("  ", " ").strip()
            found.warn("planted_instruction", "a sentence addressed to the model is left out of the summary",
                       planted_text)
    quotes = []
    sents = article.sentences
    for q in found.quotes:
        inside = [s.index for s in sents if s.start < q.span[1] and q.span[0] < s.end]
        if addressed(q.text) or any(i in facts.planted for i in inside):
            found.warn("planted_instruction", "words addressed to the model are not a quote", q.text)
        else:
            quotes.append(q)
    found.quotes = quotes
    checks = (
        ("positions", "unsupported_position", lambda r: (check_position(r, article, facts), r),
         lambda r: f"{r.holder}: {r.stance}"),
        ("expert_assessments", "unsupported_expert", lambda r: (check_expert(r, article, facts), r),
         lambda r: r.expert),
        ("preconditions", "unsupported_precondition", lambda r: check_precondition(r, article, facts),
         lambda r: f"{r.stated_by}: {r.condition}"),
    )
    for attr, code, check, label in checks:
        kept = []
        for record in getattr(found, attr):
            evidence = usable(_with_own_sentences(record, article), article, facts)
            record = record.model_copy(update={"evidence": evidence})
            verdict, record = check(record) if record.evidence else (Verdict(False, "no evidence"), record)
            if verdict:
                kept.append(record)
            else:
                found.warn(code, f"not supported by its evidence; dropped: {verdict.reason}", label(record))
        setattr(found, attr, kept)
