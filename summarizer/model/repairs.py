"""Repairs of raw model answers: what a model gets wrong in form, not in content.

Applied before instructor parses an answer (raw control characters in JSON
strings, JSON cut at the token limit) and after it (a summary that rambles
into code or JSON). Nothing here changes what the answer claims.
"""

from __future__ import annotations

import json
import re
from typing import Any

_CTRL = re.compile(r"[\x00-\x1f]")


def _scan_json(raw: str):  # noqa: ANN202 - a generator of (index, char, inside_a_string)
    """Walk JSON text, telling for each character whether it lies inside a string."""
    in_str = escaped = False
    for i, ch in enumerate(raw):
        if in_str:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_str = False
                yield i, ch, False
                continue
            yield i, ch, True
            continue
        in_str = ch == '"'
        yield i, ch, False


def escape_control_chars(raw: str) -> str:
    """Escape raw control characters inside JSON strings (llama.cpp grammars let them through)."""
    return "".join(
        json.dumps(ch)[1:-1] if inside and _CTRL.match(ch) else ch for _, ch, inside in _scan_json(raw)
    )


def close_truncated_json(raw: str) -> str | None:
    """Best effort: cut a truncated JSON object back to its last complete value and close it.

    Returns None when nothing usable remains.
    """
    stack: list[str] = []
    # Where the text can be cut: after a whole element of an array, or a whole
    # member of the top-level object, so that no item survives half-written
    # (a half item would fail validation and waste a re-ask).
    last_good = -1
    good_stack: list[str] = []

    def boundary() -> bool:
        return stack[-1] == "]" or len(stack) == 1

    for i, ch, inside in _scan_json(raw):
        if inside or ch == '"':
            continue
        if ch in "{[":
            stack.append("}" if ch == "{" else "]")
            if ch == "[":  # an array cut right after it opens is still an (empty) array
                last_good, good_stack = i + 1, list(stack)
        elif ch in "}]":
            if not stack:
                break
            stack.pop()
            if not stack:
                return raw[: i + 1]
            if boundary():
                last_good, good_stack = i + 1, list(stack)
        elif ch == "," and stack and boundary():
            last_good, good_stack = i, list(stack)
    if last_good <= 0:
        return None
    candidate = raw[:last_good].rstrip().rstrip(",") + "".join(reversed(good_stack))
    try:
        json.loads(candidate, strict=False)
    except ValueError:
        return None
    return candidate


class RepairHook:
    """An instructor 'completion:response' hook: fixes raw answers in place, warns of what it did.

    It also counts every request sent ('completion:kwargs') and the tokens of
    every answer, so a failure can say what it cost whichever way it failed.
    """

    def __init__(self) -> None:
        self.warnings: list[str] = []
        self.last_raw: str | None = None
        self.empty = False
        self.requests = 0
        self.prompt_tokens = 0
        self.completion_tokens = 0

    def sent(self, *args: Any, **kwargs: Any) -> None:
        self.requests += 1

    def __call__(self, response: Any) -> None:
        # instructor swallows exceptions raised in hooks, so record, don't raise.
        usage = getattr(response, "usage", None)
        self.prompt_tokens += getattr(usage, "prompt_tokens", 0) or 0
        self.completion_tokens += getattr(usage, "completion_tokens", 0) or 0
        choices = getattr(response, "choices", None)
        if not choices:
            self.empty = True
            return
        msg = choices[0].message
        content = getattr(msg, "content", None)
        if isinstance(content, str):
            self.last_raw = content
            fixed = escape_control_chars(content)
            if choices[0].finish_reason == "length":
                closed = close_truncated_json(fixed)
                if closed is not None:
                    self.warnings.append("answer was cut at the token limit; kept its complete part")
                    fixed = closed
                    choices[0].finish_reason = "stop"
            msg.content = fixed
        else:
            calls = getattr(msg, "tool_calls", None) or []
            if calls:
                self.last_raw = calls[0].function.arguments
                calls[0].function.arguments = escape_control_chars(calls[0].function.arguments)


_JUNK = re.compile(r"```|\{\s*\"|\n\s*\n")
_SENTENCE_END = re.compile(r"(?<=[。！？.!?])(?:[”’\"']?)\s*")


def clean_summary(text: str | None, max_sentences: int = 4) -> str:
    """Keep the summary's prose: cut at code fences or JSON a model rambles into, at most 4 sentences."""
    text = (text or "").strip()
    m = _JUNK.search(text)
    if m:
        text = text[: m.start()].strip()
    text = text.rstrip("{}[]` \n")
    ends = [m.end() for m in _SENTENCE_END.finditer(text)]
    if len(ends) > max_sentences:
        text = text[: ends[max_sentences - 1]].strip()
    return text
