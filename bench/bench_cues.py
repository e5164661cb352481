"""Time find_cues on a ~10,000-character article (Chinese and English) and print the numbers.

Run: python bench/bench_cues.py [ARTICLE ...]
Without arguments it times the seed article (as written and converted to
traditional characters) and a PolNeAR article from ../shared/eval, each
repeated to about 10,000 characters.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from summarizer.article import from_text
from summarizer.cues import find_cues

EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval"
TARGET_CHARS = 10_000


def _texts(args: list[str]) -> list[tuple[str, str]]:
    if args:
        return [(a, Path(a).read_text(encoding="utf-8")) for a in args]
    seed = (EVAL / "seed" / "000_3a6c66ea2a701dcc.txt").read_text(encoding="utf-8")
    out = [("seed (zh)", seed)]
    # The same article in traditional characters: the cues read it through the simplified view.
    import opencc

    out.append(("seed (zh-Hant)", opencc.OpenCC("s2t").convert(seed)))
    first = (EVAL / "polnear" / "polnear-dev.jsonl").read_text(encoding="utf-8").splitlines()[1]
    out.append(("polnear[1] (en)", json.loads(first)["text"]))
    return out


def _grow(text: str) -> str:
    # Repeat whole paragraphs so the cost per character stays realistic.
    out = text
    while len(out) < TARGET_CHARS:
        out += "\n" + text
    return out[: max(TARGET_CHARS, len(text))]


def main() -> None:
    for name, text in _texts(sys.argv[1:]):
        text = _grow(text)
        runs, cpu = [], []
        for _ in range(30):
            article = from_text(text, source=name)  # fresh: sentences are cached per article
            t0, c0 = time.perf_counter(), time.process_time()
            cues = find_cues(article)
            runs.append((time.perf_counter() - t0) * 1000)
            cpu.append((time.process_time() - c0) * 1000)
        # CPU time is the steadier figure on a shared machine; wall time includes waiting.
        print(
            f"{name:18} {len(text):6} chars  median {statistics.median(runs):6.2f} ms  "
            f"(cpu {statistics.median(cpu):6.2f} ms)  "
            f"max {max(runs):6.2f} ms  ({len(cues.quotes)} quotes, {len(cues.speech())} speech, "
            f"{len(cues.experts)} experts, {len(cues.conditions)} conditions; target < 20 ms)"
        )


if __name__ == "__main__":
    main()
