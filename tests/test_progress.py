"""The model engine's progress: call k of n, tokens per second, time left (a fake clock)."""

from __future__ import annotations

from summarizer.pipeline.progress import Pace, Step


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_pace_reports_calls_tokens_rate_and_time_left():
    clock, steps = Clock(), []
    pace = Pace(3, steps.append, clock=clock)
    pace.begin()
    assert steps[-1] == Step(call=1, calls=3, done=0, tokens=0, tokens_per_s=None, eta_s=None)
    clock.now += 4.0  # reading the prompt: not generation
    for n in range(1, 11):
        pace.tokens(n)
        clock.now += 0.5
    pace.end()  # 9 s for the call, 10 tokens over 5 s of generation
    last = steps[-1]
    assert (last.done, last.tokens, last.tokens_per_s, last.eta_s) == (1, 10, 2.0, 18.0)
    assert last.line() == "call 1 of 3 · 2.0 tok/s · ~18 s left"
    pace.begin()
    clock.now += 3.0
    pace.tokens(1)
    assert steps[-1].call == 2 and steps[-1].eta_s == 15.0  # 2 calls at 9 s, 3 s into this one


def test_pace_without_a_listener_is_silent():
    pace = Pace(1, None)
    pace.begin()
    pace.tokens(3)
    pace.end()
    assert pace.step().done == 1
