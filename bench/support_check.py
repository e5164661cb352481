"""The free-text support checker on the constructed paraphrase sets: accuracy, false accepts, false rejects.

    python bench/support_check.py

tests/data/paraphrases.jsonl is the set the checker was designed with;
tests/data/paraphrases_heldout.jsonl was written afterwards and not tuned on.
Both are CONSTRUCTED (faithful and unfaithful restatements of made-up sentences).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from summarizer.grounding.support import faithful

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"


def main() -> None:
    print(f"{'set':<28}{'lang':<6}{'n':>4}{'accuracy':>10}{'false acc.':>12}{'false rej.':>12}")
    for name in ("paraphrases.jsonl", "paraphrases_heldout.jsonl"):
        rows = [json.loads(line) for line in (DATA / name).read_text(encoding="utf-8").splitlines() if line]
        for lang in ("en", "zh"):
            mine = [r for r in rows if r["lang"] == lang]
            ok = [bool(faithful(r["claim"], r["evidence"], lang, known=r.get("known", ()))) for r in mine]
            good = [k for k, r in zip(ok, mine, strict=True) if r["faithful"]]
            bad = [k for k, r in zip(ok, mine, strict=True) if not r["faithful"]]
            fr, fa = good.count(False), bad.count(True)
            print(f"{name:<28}{lang:<6}{len(mine):>4}{1 - (fr + fa) / len(mine):>10.2f}"
                  f"{fa / len(bad):>8.2f} ({fa}/{len(bad)}){fr / len(good):>6.2f} ({fr}/{len(good)})")


if __name__ == "__main__":
    main()
