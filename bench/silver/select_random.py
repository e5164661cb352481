"""Draw random news-like inews-train articles as silver candidates (how zh-silver-d and -e were chosen).

Round fourteen's sets were drawn at random, not ranked by how many quotes an article has: the
earlier sets were quote-rich, and rules tuned on them did not carry to unseen news. An article is
a candidate when it is 700–3,000 characters, has at least four speech or demand words, one
speech verb opening a quotation, at most 40 opening quote marks, is in no labelled set or
zh-dev, and does not repeat the opening of an earlier candidate or of a held-out article.

    python bench/silver/select_random.py     # writes build/cands_d.tsv and build/cands_e.tsv

Run after zh-silver-d/e were labelled, it leaves their articles out, so it draws the next ones.
"""
import glob
import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED = HERE.parents[2] / "shared" / "eval"

SPEECH = re.compile(r"(说|表示|称|指出|认为|强调|介绍|透露|回应|坦言|直言|告诉|提出|要求|呼吁)")
QUOTE = re.compile(r"(说|表示|称|指出|认为|强调|介绍|透露|回应|坦言|直言|告诉)[：:，,]?\s*[“「]")


def main(seed: int = 14, per_set: int = 24) -> None:
    corpus = [json.loads(line) for line in open(HERE / "build" / "inews-train-corpus.jsonl")]
    used = set()
    for path in glob.glob(str(HERE / "*.labels.jsonl")) + [str(SHARED / "zh" / "zh-dev.jsonl")]:
        used.update(json.loads(line)["id"] for line in open(path))
    held = [json.loads(line)["text"][:200]
            for path in glob.glob(str(HERE / "build" / "zh-heldout-*.jsonl")) for line in open(path)]
    seen, pool = set(), []
    for article in corpus:
        text = article["text"]
        if article["id"] in used or not 700 <= len(text) <= 3000:
            continue
        head = text[:120]
        if head in seen or any(head[:60] in h for h in held):
            continue
        seen.add(head)
        if len(SPEECH.findall(text)) < 4 or not QUOTE.search(text) or text.count("“") > 40:
            continue
        pool.append(article)
    random.Random(seed).shuffle(pool)
    for name, part in (("d", pool[0:2 * per_set:2]), ("e", pool[1:2 * per_set:2])):
        with open(HERE / "build" / f"cands_{name}.tsv", "w") as out:
            for article in part:
                out.write(f"{article['id']}\t{len(article['text'])}\t{article['title'][:40]}\n")
    print(f"{len(pool)} candidates")


if __name__ == "__main__":
    main()
