"""Where a model run stands: call k of n, tokens per second, time left.

The model engine reports a :class:`Step` when a call starts, as each token
arrives, and when a call ends; a front end shows it however it likes (the CLI:
one live line on a terminal).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Step:
    """One article's model calls so far.

    Attributes:
        call: the call under way (1-based), or the last one when all are done.
        calls: how many calls the article needs.
        done: calls finished.
        tokens: tokens generated so far, over every call.
        tokens_per_s: generation speed over the run (None before the first token).
        eta_s: seconds left, from the pace of the finished calls (None before one finished).
    """

    call: int
    calls: int
    done: int
    tokens: int
    tokens_per_s: float | None
    eta_s: float | None

    def line(self) -> str:
        """A short line for a status bar: ``call 2 of 4 · 9.8 tok/s · ~40 s left``."""
        parts = [f"call {self.call} of {self.calls}"]
        if self.tokens_per_s is not None:
            parts.append(f"{self.tokens_per_s:.1f} tok/s")
        if self.eta_s is not None:
            parts.append(f"~{self.eta_s:.0f} s left")
        return " · ".join(parts)


StepCallback = Callable[[Step], None]


class Pace:
    """Counts one article's calls and tokens and reports a :class:`Step` on each change."""

    def __init__(self, calls: int, report: StepCallback | None,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.calls = max(1, calls)
        self.report = report
        self.clock = clock
        self.call = self.done = 0
        self.tokens_before = self.call_tokens = 0
        self.busy_before = 0.0  # seconds spent in finished calls
        self.generating_before = 0.0  # seconds between first and last token, finished calls
        self.started = self.first_token = 0.0

    def begin(self) -> None:
        """A call starts."""
        self.call = min(self.call + 1, self.calls)
        self.started = self.clock()
        self.first_token = 0.0
        self.call_tokens = 0
        self._emit()

    def tokens(self, count: int) -> None:
        """The call under way has generated ``count`` tokens."""
        now = self.clock()
        if not self.first_token:
            self.first_token = now
        self.call_tokens = count
        self._emit(now)

    def end(self) -> None:
        """The call finished (answered or failed)."""
        now = self.clock()
        self.done += 1
        self.busy_before += now - self.started
        if self.first_token:
            self.generating_before += now - self.first_token
        self.tokens_before += self.call_tokens
        self.call_tokens = 0
        self.first_token = 0.0
        self._emit(now)

    def step(self, now: float | None = None) -> Step:
        now = self.clock() if now is None else now
        generating = self.generating_before + (now - self.first_token if self.first_token else 0.0)
        tokens = self.tokens_before + self.call_tokens
        rate = tokens / generating if tokens > 1 and generating > 0 else None
        eta = None
        if self.done:
            per_call = self.busy_before / self.done
            in_call = now - self.started if self.done < self.call else 0.0
            eta = max(0.0, (self.calls - self.done) * per_call - in_call)
        return Step(call=max(1, self.call), calls=self.calls, done=self.done, tokens=tokens,
                    tokens_per_s=rate, eta_s=eta)

    def _emit(self, now: float | None = None) -> None:
        if self.report is not None:
            self.report(self.step(now))
