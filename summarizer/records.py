"""The public records: what ``summarize()`` returns and what ``schemas/`` exports.

Offsets are Python string indices (code points) into ``Article.text`` - the
text the loader produced from the source (the file itself for .txt and .md,
the visible text for HTML). ``text[start:end]`` is always what ``text`` says.
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

SCHEMA_VERSION = "1.0"

MatchKind = Literal["exact", "normalized", "fuzzy"]
Source = Literal["llm", "cues"]
HolderKind = Literal["state", "government_body", "person", "party", "organisation", "other"]
# What a holder does about the topic: the closed set a small model classifies into.
StanceType = Literal[
    "demands", "offers", "refuses", "supports", "opposes", "warns", "proposes", "criticizes",
    "denies", "plans", "other",
]


class _Record(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Span(_Record):
    """A grounded piece of the article: ``article_text[start:end] == text``."""

    start: int = Field(ge=0, description="Start offset (inclusive) into the article text.")
    end: int = Field(ge=0, description="End offset (exclusive) into the article text.")
    text: str = Field(description="The article's own text at [start, end).")
    match: MatchKind = Field(
        description="How the model's citation was found: exact, normalized "
        "(width, quote marks, whitespace, ellipses) or fuzzy."
    )

    @model_validator(mode="after")
    def _ordered(self) -> Span:
        if self.end < self.start:
            raise ValueError(f"span end {self.end} is before start {self.start}")
        if len(self.text) != self.end - self.start:
            raise ValueError("span text length does not match its offsets")
        return self


class Quote(_Record):
    """Verbatim direct speech, found in the article."""

    speaker: str = Field(description="The speaker as written in the article.")
    speaker_role: str | None = Field(
        default=None, description="Role, title or affiliation, if the article states it."
    )
    text: str = Field(description="The quoted words, verbatim from the article (without quote marks).")
    span: tuple[int, int] = Field(description="[start, end) of the quoted words in the article.")
    match: MatchKind
    model_text: str | None = Field(
        default=None,
        description="What the model cited, when it differed from the article (normalized or fuzzy match).",
    )
    occasion: str | None = Field(default=None, description="Where or to whom it was said, if stated.")
    date: str | None = Field(default=None, description="When it was said, as the article puts it.")
    via: list[str] = Field(
        default_factory=list,
        description="The outlets it was reported through, outermost first (e.g. one agency citing another).",
    )
    source: Source = Field(default="llm", description="Which engine found it: the LLM or the cues.")

    @model_validator(mode="after")
    def _span_matches_text(self) -> Quote:
        start, end = self.span
        if not 0 <= start <= end or end - start != len(self.text):
            raise ValueError("quote span does not match the length of its text")
        return self


# What a position, an assessment and a precondition say, defined once: the
# records below add their evidence spans, and the model's answer shapes
# (model/answers.py) add the sentence numbers the model cites instead.


class PositionFields(BaseModel):
    holder: str
    holder_kind: HolderKind = "other"
    topic: str
    stance: str = Field(
        description="The stance: the article's own clause (small models), or a paraphrase held to "
        "the evidence by the support checks (names, numbers, negations)."
    )


class ExpertFields(BaseModel):
    expert: str
    title: str | None = None
    affiliation: str | None = None
    assessment: str
    prediction: str | None = None


class PreconditionFields(BaseModel):
    stated_by: str
    condition: str
    consequence: str
    addressed_to: str | None = None


class Position(PositionFields, _Record):
    """Who holds what stance on what."""

    stance_type: StanceType | None = Field(
        default=None, description="What the holder does: demands, offers, refuses, supports, opposes, warns…"
    )
    evidence: list[Span] = Field(default_factory=list)
    source: Source = "llm"


class ExpertAssessment(ExpertFields, _Record):
    """A named analyst's assessment and, when given, prediction."""

    evidence: list[Span] = Field(default_factory=list)
    source: Source = "llm"


class StatedPrecondition(PreconditionFields, _Record):
    """A conditional statement: if <condition>, then <consequence>."""

    condition_span: Span | None = Field(
        default=None, description="Where the condition stands in the cited sentence(s), and how it matched."
    )
    consequence_span: Span | None = Field(
        default=None, description="Where the consequence stands in the cited sentence(s), and how it matched."
    )
    evidence: list[Span] = Field(default_factory=list)
    source: Source = "llm"


class ArticleInfo(_Record):
    """What we know of the article itself."""

    title: str | None = None
    source: str | None = Field(default=None, description="Path, URL or '<stdin>' / '<text>'.")
    published: str | None = None
    url: str | None = None
    language: str = Field(description="'zh', 'en' or another BCP-47 primary tag.")
    format: Literal["text", "markdown", "html"] = "text"
    chars: int = Field(ge=0, description="Length of the article text in characters.")
    sha256: str = Field(
        description="SHA-256 of the article's source bytes (UTF-8 of the text when given a string)."
    )


class SummaryWarning(_Record):
    """Something dropped or doubted, and why."""

    code: str = Field(description="Machine-readable reason, e.g. 'ungrounded_quote'.")
    message: str
    item: str | None = Field(default=None, description="The dropped text, truncated.")


class Provenance(_Record):
    """How this record was made. Never contains credentials."""

    engine: Literal["llm", "rules"] = "llm"
    model: str | None = None
    endpoint_host: str | None = Field(default=None, description="Host of the endpoint; never a key.")
    prompt_version: str | None = None
    schema_version: str = SCHEMA_VERSION
    summarizer_version: str
    created_at: datetime
    prompt_tokens: int = 0
    completion_tokens: int = 0
    attempts: int = Field(default=0, description="Completions requested, re-asks and retries included.")
    calls: int = Field(default=0, description="Extraction calls made (one per window, plus the summary).")
    window_chars: int | None = Field(default=None, description="Window size used; null for whole-article.")


class ArticleSummary(_Record):
    """The structured, grounded summary of one article."""

    schema_version: str = SCHEMA_VERSION
    article: ArticleInfo
    summary: str = ""
    positions: list[Position] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    expert_assessments: list[ExpertAssessment] = Field(default_factory=list)
    preconditions: list[StatedPrecondition] = Field(default_factory=list)
    warnings: list[SummaryWarning] = Field(default_factory=list)
    provenance: Provenance
