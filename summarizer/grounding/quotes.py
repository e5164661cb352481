"""Quotes: a model's citation or a cue becomes a Quote record only if the article bears it out.

A cited candidate ([Q#]) is exact by construction; words copied as free text
are located in the article and must lie inside quote marks; the speaker must
be named in the article (or the cue's speaker stands in).
"""

from __future__ import annotations

from ..cues import QuoteCue
from ..findings import Findings
from ..records import Quote
from .context import GroundingContext
from .locate import locate, mentions
from .planted import addresses_model

UNKNOWN_SPEAKER = "unknown"


def quote_from_cue(q: QuoteCue) -> Quote:
    """The record for a speech cue: exact by construction."""
    return Quote(
        speaker=q.speaker or UNKNOWN_SPEAKER,
        speaker_role=q.speaker_role,
        text=q.text,
        span=(q.start, q.end),
        match="exact",
        via=list(q.via),
        occasion=q.occasion,
        date=q.date,
        source="cues",
    )


def ground_quote(
    ctx: GroundingContext,
    out: Findings,
    *,
    quote_id: int | None,
    text: str | None,
    speaker: str | None,
    speaker_role: str | None,
) -> None:
    """Add the quote a model cited to ``out``, or say in ``out`` why it was left out.

    Args:
        ctx: the article and the window the model answered about.
        out: receives the Quote, a warning, or (for words not in the article)
            an entry in ``ungrounded``.
        quote_id: the candidate [Q#] the model picked, if any.
        text: words the model copied as free text (without a [Q#]).
        speaker / speaker_role: who the model says spoke.
    """
    article = ctx.article.text
    speaker = (speaker or "").strip()
    cue = ctx.candidates.get(quote_id) if quote_id is not None else None
    if cue is not None and not speaker:
        return  # the model judged the candidate not to be direct speech
    if quote_id is not None and cue is None and not text:
        out.ungrounded.append(f"[Q{quote_id}] (no such candidate)")
        return
    cited = ctx.article.text[cue.start:cue.end] if cue is not None else (text or "")
    if addresses_model(cited) or (cue is not None and ctx.planted(cue.start, cue.end)):
        out.warn("planted_instruction", "words addressed to the model are not a quote", cited)
        return
    if cue is not None:
        if cue.kind in {"name", "title"}:
            out.warn("not_speech", f"[Q{cue.id}] is a {cue.kind}, not speech", cue.text)
            return
        start, end, match, model_text = cue.start, cue.end, "exact", None
        via = list(cue.via)
    else:
        loc = locate(text or "", article, within=ctx.window, near=ctx.window[0])
        if loc is None:
            out.ungrounded.append((text or "").strip() or "(empty quote)")
            return
        if not ctx.inside_quote_marks(loc.start, loc.end):
            # Words of the article that nobody is quoted as saying (narration,
            # or an instruction planted in the article) are not direct speech.
            out.warn("not_in_quote_marks", "cited text is in the article but not inside quote marks",
                     article[loc.start:loc.end])
            return
        start, end, match = loc.start, loc.end, loc.match
        if ctx.planted(start, end):
            out.warn("planted_instruction", "words of a sentence addressed to the model are not a quote",
                     article[start:end])
            return
        model_text = None if match == "exact" else (text or "").strip()
        via = []
    if not speaker or not mentions(article, speaker):
        fallback = cue.speaker if cue else None
        if not fallback:
            out.warn("speaker_not_in_article", f"speaker {speaker!r} is not named in the article",
                     article[start:end])
            return
        if speaker:
            out.warn("speaker_replaced", f"speaker {speaker!r} is not in the article; used {fallback!r}")
        speaker = fallback
    role = (speaker_role or "").strip() or (cue.speaker_role if cue else None)
    out.quotes.append(Quote(speaker=speaker, speaker_role=role or None, text=article[start:end],
                            span=(start, end), match=match, model_text=model_text, via=via,
                            occasion=cue.occasion if cue else None, date=cue.date if cue else None))
