"""What a change does to the rules engine's records, article by article: two checkouts side by side.

Runs ``--engine rules`` from checkout A and from checkout B over the same
articles (any JSONL with ``id`` and ``text``, such as a gold file or an
unlabelled corpus) and prints every record that one gives and the other does
not, with its evidence, so a change can be judged by reading what it changed.
Use it on tuning data (PolNeAR train, bench/silver, unlabelled train articles).

    python bench/diff_records.py ARTICLES.jsonl --a ../wt-base --b . [--types quotes,positions] [--limit 2000]

Each checkout's records are cached in /tmp/diff_records/ by the checkout's
HEAD commit and worktree diff, so rerunning after a change reruns only B.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

DUMP = r"""
import json, sys
from summarizer.article import from_text
from summarizer.config import resolve
from summarizer.pipeline import Summarizer
with Summarizer(resolve(engine="rules")) as s:
    for line in sys.stdin:
        d = json.loads(line)
        r = s.summarize(from_text(d["text"], source=d["id"]))
        out = {"id": d["id"]}
        out["quotes"] = [[q.span[0], q.span[1], q.text[:60], q.speaker] for q in r.quotes]
        ev = lambda rec: rec.evidence[0].text[:160] if rec.evidence else ""
        out["positions"] = [[p.holder, p.stance_type or "", p.stance[:80], ev(p)] for p in r.positions]
        out["experts"] = [[e.expert, e.title or "", e.affiliation or "", ev(e)] for e in r.expert_assessments]
        out["preconditions"] = [[c.stated_by, c.condition[:60], c.consequence[:60], ev(c)] for c in r.preconditions]
        print(json.dumps(out, ensure_ascii=False), flush=True)
"""

TYPES = ("quotes", "positions", "experts", "preconditions")


def _key(checkout: Path) -> str:
    head = subprocess.run(["git", "-C", str(checkout), "rev-parse", "HEAD"], capture_output=True, text=True).stdout
    diff = subprocess.run(["git", "-C", str(checkout), "diff", "HEAD", "--", "summarizer"],
                          capture_output=True, text=True).stdout
    return hashlib.sha256((head + diff).encode()).hexdigest()[:16]


def dump(checkout: Path, articles: list[str], tag: str) -> dict[str, dict]:
    cache = Path("/tmp/diff_records") / f"{_key(checkout)}-{tag}.jsonl"
    if not cache.exists():
        cache.parent.mkdir(exist_ok=True)
        env = {**os.environ, "PYTHONPATH": str(checkout.resolve())}
        res = subprocess.run([sys.executable, "-c", DUMP], input="".join(articles), capture_output=True,
                             text=True, cwd=checkout, env=env)
        if res.returncode:
            sys.exit(f"{checkout}: {res.stderr[-2000:]}")
        cache.write_text(res.stdout, encoding="utf-8")
    return {d["id"]: d for d in map(json.loads, cache.read_text(encoding="utf-8").splitlines())}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("articles", type=Path)
    ap.add_argument("--a", type=Path, required=True, help="the checkout before the change")
    ap.add_argument("--b", type=Path, default=Path("."), help="the checkout with the change (default: here)")
    ap.add_argument("--types", default=",".join(TYPES))
    ap.add_argument("--limit", type=int, default=0, help="only the first N articles")
    args = ap.parse_args()
    lines = [ln + "\n" for ln in args.articles.read_text(encoding="utf-8").splitlines() if ln.strip()]
    if args.limit:
        lines = lines[: args.limit]
    tag = hashlib.sha256("".join(lines).encode()).hexdigest()[:8]
    a, b = dump(args.a, lines, tag), dump(args.b, lines, tag)
    counts = {t: [0, 0] for t in TYPES}
    for aid in a:
        for t in args.types.split(","):
            ra = {json.dumps(x, ensure_ascii=False) for x in a[aid][t]}
            rb = {json.dumps(x, ensure_ascii=False) for x in b[aid][t]}
            for x in sorted(ra - rb):
                print(f"- {t:13} {aid}  {x}")
                counts[t][0] += 1
            for x in sorted(rb - ra):
                print(f"+ {t:13} {aid}  {x}")
                counts[t][1] += 1
    print("# removed / added: " + ", ".join(f"{t} -{r} +{n}" for t, (r, n) in counts.items()), file=sys.stderr)


if __name__ == "__main__":
    main()
