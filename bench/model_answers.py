"""Save the model engine's records once, then score merge variants on them without the model.

A model run takes about a minute per article on the embedded model, and the
merge with the cues (``pipeline.merge.add_from_cues``), the last check and
``pipeline.brief.one_per_stance`` (``Summarizer.finish``) are deterministic: so the model's grounded
records (what ``ModelEngine.extract`` returns, before the merge) are saved per
article, and any checkout replays its own merge over them in seconds.

    # once, under the model lock (it takes /tmp/llm.lock per article, so others interleave):
    python bench/model_answers.py save GOLD.jsonl /tmp/answers/
    # then, from any checkout, as often as needed:
    PYTHONPATH=. python bench/model_answers.py score GOLD.jsonl /tmp/answers/ [--rules] [--records]

``score`` prints the positions' precision and core recall (``--rules``: the
rules engine's records instead, for the floor), and with ``--records`` every
position with its holder, stance type, cited sentences and whether it matches
gold (``OK*`` a core gold position, ``OK`` a non-core one, ``--`` none).
The cues and the rules engine are re-run from the checkout, so a change to
either shows too; a change to the prompts or the model engine needs a new save.
"""

from __future__ import annotations

import argparse
import copy
import fcntl
import json
import pickle
import sys
from pathlib import Path

from summarizer import rules
from summarizer.article import from_text
from summarizer.config import resolve
from summarizer.cues import find_cues, sentence_at
from summarizer.evaluate import score_article
from summarizer.evaluate.gold import parse_gold
from summarizer.evaluate.match import pair, same_actor
from summarizer.evaluate.structured import TypeScore, cited_spans, cites_gold
from summarizer.pipeline.run import Summarizer

LOCK = "/tmp/llm.lock"


def _name(article_id: str) -> str:
    return article_id.replace("/", "__") + ".pkl"


def save(gold: Path, out: Path) -> None:
    """The model engine's records of every gold article not saved yet, one pickle each."""
    out.mkdir(parents=True, exist_ok=True)
    items = [json.loads(line) for line in gold.open(encoding="utf-8")]
    with Summarizer(resolve().with_overrides(engine="llm")) as run:
        for d in items:
            path = out / _name(d["id"])
            if path.exists():
                continue
            article = from_text(d["text"], source=d["id"])
            with open(LOCK, "w") as lock:
                fcntl.flock(lock, fcntl.LOCK_EX)
                engine = run.model_engine()
                found = engine.extract(article, find_cues(article))
            path.write_bytes(pickle.dumps({"id": d["id"], "sha256": article.sha256, "model": found}))
            print(d["id"], flush=True)


def score(gold: Path, saved: Path, *, use_rules: bool, records: bool) -> TypeScore:
    """Positions of the saved answers merged by this checkout's code, scored against gold."""
    items = {d["id"]: d for d in map(json.loads, gold.open(encoding="utf-8"))}
    run = Summarizer(resolve().with_overrides(engine="rules"))
    total = TypeScore()
    for path in sorted(saved.glob("*.pkl")):
        d = pickle.loads(path.read_bytes())
        if d["id"] not in items:
            continue
        g = parse_gold(items[d["id"]])
        article = from_text(g.text, source=g.id)
        cues = find_cues(article)
        found = rules.extract(article, cues) if use_rules else copy.deepcopy(d["model"])
        result = run.finish(article, cues, found, prefer_cues=None if use_rules else True)
        total.add(score_article(g, result, 0.0, None, article.language).positions)
        if records:
            _print_records(g, result, article)
    return total


def _print_records(g, result, article) -> None:  # noqa: ANN001
    preds = result.positions
    cited = [cited_spans(g.text, p.evidence, p.stance) for p in preds]
    paired = dict(pair(range(len(preds)), g.positions,
                       lambda i, gp: same_actor(preds[i].holder, gp.get("holder")) and cites_gold(gp, cited[i])))
    for i, p in enumerate(preds):
        mark = "--"
        if i in paired:
            mark = "OK*" if g.positions[paired[i]].get("core") else "OK"
        sents = sorted({sentence_at(article.sentences, e.start) for e in p.evidence})
        print(f"{mark:3} {g.id[-40:]} {p.source:4} {p.stance_type or '-':9} {p.holder[:28]:28} s{sents} {p.stance[:70]!r}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("command", choices=["save", "score"])
    ap.add_argument("gold", type=Path)
    ap.add_argument("saved", type=Path)
    ap.add_argument("--rules", action="store_true", help="score the rules engine's records instead")
    ap.add_argument("--records", action="store_true", help="print every position and whether it matches")
    a = ap.parse_args()
    if a.command == "save":
        save(a.gold, a.saved)
        return
    t = score(a.gold, a.saved, use_rules=a.rules, records=a.records)
    print(f"positions P {t.precision:.3f} R {t.recall:.3f} ({t.correct}/{t.predicted} right, core {t.found}/{t.gold})")


if __name__ == "__main__":
    sys.exit(main())
