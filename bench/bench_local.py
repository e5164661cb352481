"""Windowed versus whole-article extraction on the embedded model (or any endpoint).

Prints a Markdown table: seconds, seconds per 1,000 characters, prompt and
completion tokens, and quotes found with the right speaker against gold:
tests/data/examples.gold.json for the example articles, bench/seed_gold.json
(offsets and speakers only) for ../shared/eval/seed/.

    python bench/bench_local.py                        # starts the embedded server
    python bench/bench_local.py --base-url http://127.0.0.1:8765/v1
    python bench/bench_local.py --articles seed --windows 700
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from summarizer import local
from summarizer.article import load_path
from summarizer.config import Settings
from summarizer.evaluate import spans_match, speaker_right
from summarizer.pipeline import Summarizer

ROOT = Path(__file__).resolve().parent.parent
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


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--base-url", help="an already running OpenAI-compatible server")
    ap.add_argument("--model", default=local.MODEL_ALIAS)
    ap.add_argument("--articles", nargs="+", default=["zh", "en", "seed"], choices=sorted(ARTICLES))
    ap.add_argument("--windows", nargs="+", type=int, default=[700, 0],
                    help="window sizes in characters; 0 = whole article in one call")
    ap.add_argument("--save", type=Path, help="also write each result as JSON into this folder")
    args = ap.parse_args()

    server = None
    base_url = args.base_url
    if base_url is None:
        server = local.LocalServer(local.ensure_model()).start()
        base_url = server.base_url
    rows = []
    try:
        for name in args.articles:
            article = load_path(ARTICLES[name])
            gold = gold_spans(name, article.text)
            for window in args.windows:
                settings = Settings(base_url=base_url, api_key="local", model=args.model,
                                    mode="llamacpp", profile="small", window_chars=window)
                started = time.monotonic()
                with Summarizer(settings) as run:
                    result = run.summarize(article)
                seconds = time.monotonic() - started
                if args.save:
                    args.save.mkdir(parents=True, exist_ok=True)
                    (args.save / f"{name}-{window}.json").write_text(
                        result.model_dump_json(indent=1), encoding="utf-8")
                p = result.provenance
                rows.append((name, len(article.text), window or "whole", seconds,
                             seconds * 1000 / len(article.text), p.prompt_tokens,
                             p.completion_tokens, p.calls, right_speakers(result, gold), len(gold),
                             len(result.quotes)))
                print(f"{name} window={window}: {seconds:.0f} s", file=sys.stderr)
    finally:
        if server is not None:
            server.stop()
    print("| article | chars | window | seconds | s / 1k chars | prompt tok | completion tok "
          "| calls | right speaker / gold quotes | quotes emitted |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for r in rows:
        print(f"| {r[0]} | {r[1]} | {r[2]} | {r[3]:.0f} | {r[4]:.1f} | {r[5]} | {r[6]} | {r[7]} "
              f"| {r[8]} / {r[9]} | {r[10]} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
