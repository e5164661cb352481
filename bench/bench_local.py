"""Windowed versus whole-article extraction on the embedded model (or any endpoint).

Prints a Markdown table per article: seconds, prompt and completion tokens,
calls, tokens/s, the server's own prompt and generation rates in the same run
(from its log), the floor (this run's tokens at those rates) and the run's
ratio to it, and quotes found with the right speaker against gold:
tests/data/examples.gold.json for the example articles, bench/seed_gold.json
(offsets and speakers only) for ../shared/eval/seed/.

    python bench/bench_local.py                        # starts the embedded server
    python bench/bench_local.py --base-url http://127.0.0.1:8765/v1 --server-log /tmp/server.log
    python bench/bench_local.py --articles seed --windows 700

`--windows auto` (the default) is what `summarizer summarize` does on the
embedded model: the small profile's choice, one call for an article that fits.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # this checkout's package, whatever an editable install points at

from summarizer import local  # noqa: E402
from summarizer.article import load_path  # noqa: E402
from summarizer.config import Settings  # noqa: E402
from summarizer.evaluate import spans_match, speaker_right  # noqa: E402
from summarizer.pipeline import Summarizer  # noqa: E402

EXAMPLE_GOLD = json.loads((ROOT / "tests/data/examples.gold.json").read_text(encoding="utf-8"))
SEED_GOLD = json.loads((ROOT / "bench/seed_gold.json").read_text(encoding="utf-8"))
ARTICLES = {
    "zh": ROOT / "examples/zh_trade_talks.txt",
    "en": ROOT / "examples/en_port_dispute.md",
    "seed": (ROOT / SEED_GOLD["article"]).resolve(),
}


def gold_spans(name: str, text: str) -> list[tuple[tuple[int, int], str]]:
    if name == "seed":
        return [((q["span"][0], q["span"][1]), q["speaker"]) for q in SEED_GOLD["quotes"]]
    out = []
    for q in EXAMPLE_GOLD[ARTICLES[name].name]["quotes"]:
        start = text.index(q["text"])
        out.append(((start, start + len(q["text"])), q["speaker"]))
    return out


def right_speakers(result, gold: list[tuple[tuple[int, int], str]]) -> int:
    """Gold quotes found with the right speaker, by `summarizer eval`'s own rules."""
    right = 0
    for span, speaker in gold:
        for q in result.quotes:
            if spans_match(span, q.span):
                right += speaker_right(q.speaker, speaker)
                break
    return right


_PROMPT = re.compile(r"prompt eval time =\s*([\d.]+) ms /\s*(\d+) tokens")
_EVAL = re.compile(r"^llama_perf_context_print:\s+eval time =\s*([\d.]+) ms /\s*(\d+) runs", re.M)


def server_rates(log: str) -> tuple[float, int, float, int]:
    """The server's own work in a stretch of its log: prompt ms and tokens, generation ms and tokens.

    llama.cpp prints one ``prompt eval time`` and one ``eval time`` line per
    request; prompt tokens there are those it evaluated (not the cached prefix).
    """
    prompt = [(float(ms), int(n)) for ms, n in _PROMPT.findall(log) if int(n) > 1]
    gen = [(float(ms), int(n)) for ms, n in _EVAL.findall(log)]
    return (sum(m for m, _ in prompt), sum(n for _, n in prompt),
            sum(m for m, _ in gen), sum(n for _, n in gen))


def _window(value: str) -> int | None:
    return None if value == "auto" else int(value)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--base-url", help="an already running OpenAI-compatible server")
    ap.add_argument("--server-log", type=Path,
                    help="with --base-url: the server's log, for its own rates (the floor)")
    ap.add_argument("--model", default=local.MODEL_ALIAS)
    ap.add_argument("--articles", nargs="+", default=["zh", "en", "seed"], choices=sorted(ARTICLES))
    ap.add_argument("--windows", nargs="+", type=_window, default=[None],
                    help="window sizes in characters; 0 = whole article in one call; "
                         "auto (default) = the small profile's choice, as summarize does")
    ap.add_argument("--save", type=Path, help="also write each result as JSON into this folder")
    args = ap.parse_args()

    import summarizer

    print(f"summarizer from {Path(summarizer.__file__).parent}", file=sys.stderr)
    server = None
    base_url = args.base_url
    log_path = args.server_log
    if base_url is None:
        log_path = Path(tempfile.mkdtemp()) / "server.log"
        server = local.LocalServer(local.ensure_model(), log_path=log_path).start()
        base_url = server.base_url
    rows = []
    try:
        for name in args.articles:
            article = load_path(ARTICLES[name])
            gold = gold_spans(name, article.text)
            for window in args.windows:
                settings = Settings(base_url=base_url, api_key="local", model=args.model,
                                    mode="llamacpp", profile="small", window_chars=window)
                log_from = log_path.stat().st_size if log_path and log_path.exists() else 0
                load = os.getloadavg()[0]
                started = time.monotonic()
                with Summarizer(settings) as run:
                    result = run.summarize(article)
                seconds = time.monotonic() - started
                log = ""
                if log_path and log_path.exists():
                    with log_path.open("rb") as fh:
                        fh.seek(log_from)
                        log = fh.read().decode("utf-8", "replace")
                if args.save:
                    args.save.mkdir(parents=True, exist_ok=True)
                    (args.save / f"{name}-{window or 'auto'}.json").write_text(
                        result.model_dump_json(indent=1), encoding="utf-8")
                p = result.provenance
                rows.append(_row(name, article, window, seconds, p, server_rates(log),
                                 right_speakers(result, gold), len(gold), len(result.quotes), load))
                print(f"{name} window={window or 'auto'}: {seconds:.0f} s", file=sys.stderr)
    finally:
        if server is not None:
            server.stop()
    print("| article | chars | window | seconds | prompt tok | completion tok | calls | tok/s "
          "| server prompt tok/s | server gen tok/s | floor s | seconds / floor | server busy s "
          "| right speaker / gold quotes | quotes emitted | load (1 min) |")
    print("|---" * 16 + "|")
    for r in rows:
        print("| " + " | ".join(r) + " |")
    return 0


def _row(name, article, window, seconds, p, rates, right, gold, emitted, load) -> list[str]:  # noqa: ANN001
    """One table row; the floor is this run's tokens at the server's own rates in this run."""
    prompt_ms, prompt_n, gen_ms, gen_n = rates
    prompt_rate = prompt_n * 1000 / prompt_ms if prompt_ms else None
    gen_rate = gen_n * 1000 / gen_ms if gen_ms else None
    floor = (p.prompt_tokens / prompt_rate + p.completion_tokens / gen_rate
             if prompt_rate and gen_rate else None)
    busy = (prompt_ms + gen_ms) / 1000 if gen_ms else None

    def num(x: float | None, fmt: str = ".0f") -> str:
        return "-" if x is None else format(x, fmt)

    used = p.window_chars or "whole"
    return [name, str(len(article.text)), str(used if window is not None else f"auto: {used}"), f"{seconds:.0f}",
            str(p.prompt_tokens), str(p.completion_tokens), str(p.calls),
            num(p.completion_tokens / seconds, ".1f"), num(prompt_rate, ".1f"), num(gen_rate, ".1f"),
            num(floor), num(seconds / floor if floor else None, ".2f"), num(busy),
            f"{right} / {gold}", str(emitted), f"{load:.1f}"]


if __name__ == "__main__":
    sys.exit(main())
