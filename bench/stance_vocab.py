"""Where the English stance vocabulary of summarizer/cues/stances.py comes from.

Prints the most frequent attribution cues and lower-case source heads in
PolNeAR train (../shared/eval/polnear/polnear-train.jsonl), leaving out the
articles that en-dev (../shared/eval/en/en-dev.jsonl) is made of. The verb and
actor-noun lists in stances.py were chosen from these lists by meaning (stance
verbs: wants, demands, offers, refuses, supports, opposes, warns …; actors:
people and bodies, not documents or polls).

    python bench/stance_vocab.py [--top 150]
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path

EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval"
_PRONOUNS = {"he", "she", "they", "we", "i", "you", "it", "who", "him", "her", "them", "us", "me",
             "his", "its", "their", "our", "my", "your"}  # fmt: skip


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--top", type=int, default=150)
    args = ap.parse_args()
    dev = {json.loads(line)["id"] for line in (EVAL / "en" / "en-dev.jsonl").open(encoding="utf-8")}
    cues: Counter[str] = Counter()
    heads: Counter[str] = Counter()
    used = 0
    for line in (EVAL / "polnear" / "polnear-train.jsonl").open(encoding="utf-8"):
        item = json.loads(line)
        if item["id"] in dev:
            continue
        used += 1
        for a in item.get("gold_attributions", []):
            cues[(a.get("cue") or "").lower().strip()] += 1
            toks = re.findall(r"[A-Za-z'’-]+", (a.get("source") or "").strip())
            if toks and not toks[-1][0].isupper() and toks[-1].lower() not in _PRONOUNS:
                heads[toks[-1].lower()] += 1
    print(f"PolNeAR train: {used} articles (en-dev's {len(dev)} left out)")
    print("attribution cues:", ", ".join(f"{c} {n}" for c, n in cues.most_common(args.top)))
    print("lower-case source heads:", ", ".join(f"{h} {n}" for h, n in heads.most_common(args.top)))


if __name__ == "__main__":
    main()
