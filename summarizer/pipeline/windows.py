"""The model engine: one article through the model, window by window, each answer grounded.

Small models do far better on short windows than on whole articles, and large
hosted models are happy with a whole article in one call; both run this same
code, with the limits of the model profile (``model.profile``). A small model
sees each window with the paragraph before it; a large one sees the whole
article with every window. The window answers are merged into one Findings.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..article import Article
from ..config import Settings
from ..cues import Cues, QuoteCue
from ..errors import ExtractionError
from ..findings import Findings, Usage, warning
from ..grounding.checks import sentence_facts
from ..grounding.context import GroundingContext
from ..grounding.quotes import ground_quote
from ..model import prompts
from ..model.answers import Extraction
from ..model.client import LLM
from ..model.grammar import grammar_schema, small_grammar_schema
from ..model.profile import profile_for
from ..records import SummaryWarning
from .merge import merge_windows
from .progress import Pace, StepCallback


@dataclass(frozen=True)
class Window:
    first: int  # sentence index, inclusive
    last: int

    def chars(self, article: Article) -> tuple[int, int]:
        s = article.sentences
        return s[self.first].start, s[self.last].end


def make_windows(article: Article, window_chars: int) -> list[Window]:
    """Group whole paragraphs into windows of about ``window_chars``; 0 means one window."""
    sents = article.sentences
    if not sents:
        return []
    if window_chars <= 0:
        return [Window(0, len(sents) - 1)]
    windows: list[Window] = []
    first = 0
    size = 0
    for i, s in enumerate(sents):
        new_para = i > first and s.paragraph != sents[i - 1].paragraph
        if size and (new_para and size >= window_chars * 0.6 or size + len(s.text) > window_chars * 1.5):
            windows.append(Window(first, i - 1))
            first, size = i, 0
        size += len(s.text)
    windows.append(Window(first, len(sents) - 1))
    return windows


class ModelEngine:
    """The model engine: the records of any number of articles, one model client.

    Like the rules engine, it answers ``extract(article, cues) -> Findings``;
    the Findings carry what the model calls cost (``usage``).
    """

    def __init__(self, llm: LLM, settings: Settings,
                 progress: StepCallback | None = None) -> None:
        self.llm = llm
        self.settings = settings
        self.progress = progress
        s = settings
        p = self.profile = profile_for(s)
        self.window_chars = s.window_chars if s.window_chars is not None else p.window_chars
        # A window answers briefly; a whole article in one call needs the full budget.
        windowed = p.max_tokens is not None and self.window_chars > 0
        self.max_tokens = min(s.max_tokens, p.max_tokens) if windowed else s.max_tokens
        self.hints = s.cues

    def window_for(self, article: Article) -> int:
        """Characters per call for this article: 0 (one call) when it fits the profile's whole_chars."""
        fits = 0 < len(article.text) <= self.profile.whole_chars
        return 0 if self.settings.window_chars is None and fits else self.window_chars

    def extract(self, article: Article, cues: Cues) -> Findings:
        """Every window, then the summary; merged into one Findings.

        Raises:
            ExtractionError: when every window failed.
        """
        return _Reading(self, article, cues).run()


class _Reading:
    """One article through the model engine: its windows, its summary, what they cost."""

    def __init__(self, engine: ModelEngine, article: Article, cues: Cues) -> None:
        self.engine = engine
        self.llm = engine.llm
        self.profile = engine.profile
        self.hints = engine.hints
        self.article = article
        self.cues = cues
        self.window_chars = engine.window_for(article)
        self.usage = Usage(window_chars=self.window_chars or None)
        self.warnings: list[SummaryWarning] = []  # the run's own: failed windows, repaired answers
        # The same for every window of the article.
        self.candidates = {q.id: q for q in cues.quotes} if self.hints else {}
        self.quote_marks = tuple((q.start, q.end) for q in cues.quotes)
        # Small models select and classify (holders from the cues' actors, sentence ids).
        self.small = self.profile.name == "small" and self.hints
        self.system = prompts.load("system").render(language=article.language, small=self.small)
        # Who speaks in each sentence, and which sentences are planted instructions.
        self.facts = sentence_facts(article, cues)
        self._actor_at: dict[int, list[str]] = {}
        for i, names in self.facts.speakers.items():
            self._actor_at.setdefault(i, []).extend(names)
        if self.small:
            from ..rules import extract as rules_extract

            starts = {s.start: s.index for s in article.sentences}
            for pos in rules_extract(article, cues).positions:
                for ev in pos.evidence:
                    if ev.start in starts and starts[ev.start] not in self.facts.planted:
                        self._actor_at.setdefault(starts[ev.start], []).append(pos.holder)

    def _actors(self, w: Window) -> list[str]:
        """The names the cues found in the window: the holders a small model may choose from."""
        names = [n for i in range(w.first, w.last + 1) for n in self._actor_at.get(i, [])]
        return list(dict.fromkeys(n for n in names if n and len(n) <= 30))[:8]

    def _actor_sentences(self, w: Window, actors: list[str]) -> dict[str, list[int]]:
        """Per actor, the citable sentence numbers that name it or that the cues say it speaks in."""
        sents = self.article.sentences
        return {a: [n for n in self._citable(w.first, w.last)
                    if a in sents[n - 1].text or a in self._actor_at.get(n - 1, [])] for a in actors}

    def _citable(self, first: int, last: int) -> list[int]:
        """Sentence numbers (1-based) a record may cite: planted instructions are not evidence."""
        return [i + 1 for i in range(first, last + 1) if i not in self.facts.planted]

    def _article_block(self, first: int, last: int) -> str:
        sents = self.article.sentences
        if len(self.article.text) > self.profile.context_chars:
            # Not shared as a prefix: show the window and the paragraph before it.
            lo_p = max(0, sents[first].paragraph - 1)
            shown = [s for s in sents[: last + 1] if s.paragraph >= lo_p]
        else:
            shown = sents
        ids = {s.index for s in shown}
        listed = self._asked_quotes() if self.small else self.cues.quotes if self.hints else []
        candidates = [
            {"id": q.id, "sentence": q.sentence + 1, "speaker": q.speaker, "kind": q.kind,
             "preview": q.text if len(q.text) <= 24 else q.text[:20] + "…"}
            for q in listed if q.sentence in ids
        ]
        return prompts.load("article").render(
            title=self.article.title, language=self.article.language,
            sentences=[{"number": s.index + 1, "text": s.text} for s in shown],
            candidates=candidates,
        )

    def _asked_quotes(self) -> list[QuoteCue]:
        """Speech a small model is asked to attribute: where the cues name no speaker.

        Where they do, the cues' speaker stands on this profile whatever the
        model says (``prefer_cues``), so asking would only cost tokens.
        """
        return [q for q in self.cues.speech() if not q.speaker]

    def _settled(self, w: Window, ctx: GroundingContext) -> Findings:
        """The window's speech whose speaker the cues settle, grounded like the model's, source "cues"."""
        out = Findings()
        for q in self.cues.speech():
            if q.speaker and w.first <= q.sentence <= w.last:
                ground_quote(ctx, out, quote_id=q.id, text=None, speaker=q.speaker,
                             speaker_role=q.speaker_role)
        out.quotes = [q.model_copy(update={"source": "cues"}) for q in out.quotes]
        return out

    def _extract_task(self, w: Window, summary_last: int = 0) -> tuple[str, dict[str, Any]]:
        """The window's task text and the grammar that holds the model to its candidates.

        On the small profile the model is asked only what the cues leave open:
        speakers they do not name, experts without title or affiliation,
        conditions nobody is said to state; ``summary_last`` > 0 adds the
        summary's sentences (up to that one) to the same answer.
        """
        lo, hi = w.chars(self.article)
        if self.small:
            speech = [q.id for q in self._asked_quotes() if w.first <= q.sentence <= w.last]
            experts = list(dict.fromkeys(e.name for e in self.cues.experts
                                         if lo <= e.start < hi and not (e.title and e.affiliation)))
            conds = sorted({c.sentence + 1 for c in self.cues.conditions
                            if w.first <= c.sentence <= w.last and not c.stated_by})
        else:
            speech = [q.id for q in self.cues.speech() if w.first <= q.sentence <= w.last] if self.hints else []
            experts = list(dict.fromkeys(e.name for e in self.cues.experts if lo <= e.start < hi))
            conds = sorted({c.sentence + 1 for c in self.cues.conditions if w.first <= c.sentence <= w.last})
        actors = self._actors(w) if self.small else []
        task = prompts.load("extract").render(
            first=w.first + 1, last=w.last + 1, quote_ids=speech,
            experts=experts if self.hints else [], condition_sentences=conds if self.hints else [],
            small=self.small, actors=actors, summary_last=summary_last)
        if self.small:
            conds = [n for n in conds if n - 1 not in self.facts.planted]
            return task, small_grammar_schema(
                "extract", quote_ids=speech, actors=actors, experts=experts[:4],
                sentences=self._citable(w.first, w.last), condition_sentences=conds[:4],
                summary_sentences=self._citable(0, summary_last - 1) if summary_last else None,
                actor_sentences=self._actor_sentences(w, actors),
                positions=min(6, max(2, 2 * ((hi - lo) // 1000))))
        if not self.hints:
            return task, grammar_schema("extract", quote_ids=None)
        grammar = grammar_schema("extract", quote_ids=speech, experts=min(len(experts), 4),
                                 conditions=min(len(conds), 4))
        return task, grammar

    def _call(self, first: int, last: int, task: str, grammar: dict[str, Any],
              ctx: GroundingContext) -> Findings:
        messages = [
            {"role": "system", "content": self.system},
            {"role": "user", "content": self._article_block(first, last) + "\n\n" + task},
        ]
        self.pace.begin()
        self.llm.on_tokens = self.pace.tokens
        try:
            result = self.llm.complete(
                messages, Extraction, context={"grounding": ctx}, grammar=grammar,
                max_tokens=self.engine.max_tokens,
            )
        finally:
            self.llm.on_tokens = None
            self.pace.end()
        self.usage.spend(result.attempts, result.prompt_tokens, result.completion_tokens)
        for repaired in result.warnings:
            self.warnings.append(warning("repaired_answer", repaired))
        return result.value.grounded

    def _context(self, window: Window) -> GroundingContext:
        return GroundingContext(
            article=self.article,
            candidates=self.candidates,
            window=window.chars(self.article),
            reasks_left=max(0, self.engine.settings.max_reasks),
            sentence_range=(window.first, window.last),
            quote_marks=self.quote_marks,
            facts=self.facts,
            small=self.small,
            conditions=tuple(self.cues.conditions),
        )

    def run(self) -> Findings:
        windows = make_windows(self.article, self.window_chars)
        results: list[Findings] = []
        failures: list[ExtractionError] = []
        # A small model chooses the summary's sentences in the first window's answer
        # (the whole article when it fits), from the lead that window shows.
        folded = min(self._summary_last(), windows[0].last + 1) if self.small and windows else 0
        summary: str | None = None
        self.pace = Pace(len(windows) + (0 if folded else 1), self.engine.progress)
        for k, w in enumerate(windows):
            task, grammar = self._extract_task(w, folded if k == 0 else 0)
            ctx = self._context(w)
            try:
                if self.small:
                    results.append(self._settled(w, ctx))
                    if not grammar["properties"]:
                        continue  # nothing here the cues leave open: no call
                results.append(self._call(w.first, w.last, task, grammar, ctx))
                if k == 0 and folded:
                    summary = results[-1].summary
            except ExtractionError as e:
                failures.append(e)
                self._spent(e)
                where = f"sentences {w.first + 1}-{w.last + 1}"
                self.warnings.append(warning("window_failed", f"{where}: {e.one_line()}"))
        if windows and len(failures) == len(windows):
            last = failures[-1]
            raise ExtractionError(
                f"every window failed; last: {last}", attempts=self.usage.attempts,
                last_raw=last.last_raw, prompt_tokens=self.usage.prompt_tokens,
                completion_tokens=self.usage.completion_tokens, hint=last.hint)
        if summary is None:  # not folded, or the first window failed: a call of its own
            summary = self._summary()
        return self._assemble(results, summary)

    def _spent(self, e: ExtractionError) -> None:
        self.usage.spend(e.attempts, e.prompt_tokens, e.completion_tokens)

    def _summary_last(self) -> int:
        """The last sentence number (1-based) the summary may use: the lead, up to the profile's budget."""
        sents = self.article.sentences
        if len(self.article.text) <= self.profile.summary_chars:
            return len(sents)
        end = next((i for i, s in enumerate(sents) if s.end > self.profile.summary_chars), len(sents))
        return max(1, end)

    def _summary(self) -> str:
        last = self._summary_last() - 1
        task = prompts.load("summary").render(language=self.article.language, small=self.small)
        whole = Window(0, last)
        grammar = (small_grammar_schema("summary", sentences=self._citable(0, last)) if self.small
                   else grammar_schema("summary"))
        try:
            found = self._call(0, last, task, grammar, self._context(whole))
            self.warnings += found.warnings
            return found.summary
        except ExtractionError as e:
            self._spent(e)
            self.warnings.append(warning("summary_failed", e.one_line()))
            return ""

    def _assemble(self, results: list[Findings], summary: str) -> Findings:
        merged = merge_windows(results, summary)
        merged.warnings = self.warnings + merged.warnings
        merged.usage = self.usage
        return merged
