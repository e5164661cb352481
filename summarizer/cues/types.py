"""The cue types: plain dataclasses every cue module returns (the floor of ``cues/``)."""

from __future__ import annotations

from dataclasses import dataclass, field

QuoteKind = str  # "speech" | "name" | "scare" | "title" | "other"


@dataclass(frozen=True)
class MarkSpan:
    """The inside of one pair of quote marks.

    ``closed`` is False when the paragraph ended first (a quote running into
    the next paragraph, or a missing closing mark); ``end`` is then the end
    of the paragraph's text. ``flagged`` marks one span standing for a run of
    marks too dense to be quotations (quote spam): it is never speech.
    """

    start: int
    end: int
    open_mark: str
    closed: bool = True
    flagged: bool = False


@dataclass(frozen=True)
class Attribution:
    """A speaker found for a quotation (or a clause), as written in the text.

    ``adjacent``: the verb governs the quote directly, not from far away.
    ``via``: the outlet chain of a 据…报道 phrase, outermost first.
    ``mixed``: a short quoted phrase inside a paraphrase.
    """

    name: str
    role: str | None = None
    pronoun: bool = False
    adjacent: bool = True
    verb_at: int = -1
    via: tuple[str, ...] = ()
    mixed: bool = False


@dataclass(frozen=True)
class Mention:
    """A named subject of a speech verb at ``pos``, for resolving pronouns later."""

    pos: int
    name: str
    role: str | None
    person: bool


@dataclass(frozen=True)
class QuoteCue:
    """Text between quote marks. ``start``/``end`` exclude the marks.

    ``mixed`` marks a short quoted phrase inside a paraphrase (她直言…是“一厢情愿”,
    called him a "strong leader"): the speaker's words, but not a full statement.
    ``flagged`` marks a candidate found among too many quote marks to trust
    (quote spam): it is never classified as speech.
    """

    id: int
    start: int
    end: int
    text: str
    kind: QuoteKind = "speech"
    speaker: str | None = None
    speaker_role: str | None = None
    via: tuple[str, ...] = ()
    sentence: int = 0
    mixed: bool = False
    occasion: str | None = None
    date: str | None = None
    flagged: bool = False

    @property
    def is_speech(self) -> bool:
        return self.kind == "speech"


@dataclass(frozen=True)
class ExpertCue:
    """A person introduced with a title and an institution."""

    name: str
    title: str | None
    affiliation: str | None
    start: int
    end: int


@dataclass(frozen=True)
class ConditionCue:
    """A conditional statement; ``start``/``end`` cover condition and consequence."""

    start: int
    end: int
    condition: str
    consequence: str | None
    stated_by: str | None = None
    sentence: int = 0


@dataclass
class Cues:
    """Everything ``find_cues`` found, each list in article order."""

    quotes: list[QuoteCue] = field(default_factory=list)
    experts: list[ExpertCue] = field(default_factory=list)
    conditions: list[ConditionCue] = field(default_factory=list)

    def speech(self) -> list[QuoteCue]:
        """The quotes classified as direct speech."""
        return [q for q in self.quotes if q.is_speech]
