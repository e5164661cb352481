"""The model profile: how much a model is asked to read and write at once.

A small model (the embedded 1.5B one) does far better on short windows, reads
slowly, and attributes speakers worse than the cues; a large hosted model
reads a whole article in one call. Which one a run talks to is a setting
(``profile``: auto, small or large; ``SUMMARIZER_PROFILE``; ``[tool.summarizer]
profile``), not a guess from the endpoint: a large model can sit on a
loopback port too. ``auto`` means small for the embedded model, large for
any endpoint.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..config import Settings

EVERYTHING = 10**9


@dataclass(frozen=True)
class Profile:
    """Limits for one kind of model.

    Attributes:
        name: "small" or "large".
        window_chars: window size when the settings give none (0 = whole article).
        whole_chars: with no window size set, articles up to this long are read in
            one call, the summary chosen in the same answer (0 = never).
        context_chars: articles up to this long are shown whole with every
            window; longer ones show the window and the paragraph before it.
        summary_chars: the summary call reads the lead up to this many characters.
        max_tokens: output cap for a windowed call (None = the settings' max_tokens).
        prefer_cues: when the model and the cues name different speakers for
            one quote, the cues' speaker wins.
    """

    name: str
    window_chars: int
    whole_chars: int
    context_chars: int
    summary_chars: int
    max_tokens: int | None
    prefer_cues: bool


# Small local models read ~74 tokens/s and write ~10 (2 cores): an article of
# up to about 3,000 characters is one call (system prompt and task read once,
# the summary chosen in the same answer); a longer one goes in windows that see
# themselves and the paragraph before, and the summary sees the lead.
SMALL = Profile("small", window_chars=700, whole_chars=3200, context_chars=0, summary_chars=1200, max_tokens=600,
                prefer_cues=True)
LARGE = Profile("large", window_chars=0, whole_chars=0, context_chars=EVERYTHING, summary_chars=EVERYTHING,
                max_tokens=None, prefer_cues=False)


def profile_for(settings: Settings) -> Profile:
    """The profile a run uses: the setting, with ``auto`` resolved (see :meth:`Settings.model_size`)."""
    return SMALL if settings.model_size == "small" else LARGE
