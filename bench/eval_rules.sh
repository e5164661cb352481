#!/bin/sh
# Score the rules engine on every gold set beside the repo, then list the seed article's cues.
# train is what bench/build_lexicon.py learns from; dev, zh-dev and en-dev are checks.
set -e
cd "$(dirname "$0")/.."
EVAL=../shared/eval
python - "$EVAL" <<'PY'
import sys
from pathlib import Path

from summarizer.config import resolve
from summarizer.evaluate import evaluate, load_gold
from summarizer.pipeline import Summarizer

for name in ("polnear/polnear-train", "polnear/polnear-dev", "zh/zh-dev", "en/en-dev"):
    path = Path(sys.argv[1]) / f"{name}.jsonl"
    if not path.exists():
        continue
    with Summarizer(resolve(engine="rules")) as s:
        r = evaluate(load_gold(path), s.summarize)
    d = r.to_dict()
    print(f"{path.stem:15} rules: P {r.precision:.4f}  R {r.recall:.4f}  F1 {r.f1:.4f}  "
          f"speaker {r.speaker_accuracy:.4f}  ({d['matched']}/{d['gold_quotes']} matched, {r.seconds:.2f} s)")
PY
python - "$EVAL" <<'PY'
import sys
from summarizer.article import load_path
from summarizer.cues import find_cues

c = find_cues(load_path(f"{sys.argv[1]}/seed/000_3a6c66ea2a701dcc.txt"))
print(f"seed: {len(c.quotes)} quote spans, {len(c.speech())} speech")
for q in c.quotes:
    tag = q.kind + ("/mixed" if q.mixed else "")
    print(f"  {q.id:2} {tag:12} {q.speaker or '-':8} {'<'.join(q.via) or '':12} {q.text[:24]}")
for e in c.experts:
    print(f"  expert {e.name} | {e.title} | {e.affiliation}")
for k in c.conditions:
    print(f"  condition [{k.stated_by}] 如果 {k.condition} -> {k.consequence}")
PY
