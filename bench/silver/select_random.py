"""Draw random news-like articles as silver candidates (how zh-silver-d, -e and en-silver-c were chosen).

Round fourteen's sets were drawn at random, not ranked by how many quotes an article has: the
earlier sets were quote-rich, and rules tuned on them did not carry to unseen news. An article is
a candidate when it is 700–3,000 characters, has at least four speech or demand words, one
speech verb opening a quotation, at most 40 opening quote marks, is in no labelled set or
zh-dev, and does not repeat the opening of an earlier candidate or of a held-out article.

    python bench/silver/select_random.py     # writes build/cands_d.tsv and build/cands_e.tsv

Run after zh-silver-d/e were labelled, it leaves their articles out, so it draws the next ones.

English (`--lang en`, en-silver-c): PolNeAR train articles of 300–1,500 words with at least three
PolNeAR gold quotes and five politics or policy words, in no labelled set (any `*.labels.jsonl`
here) or en-dev, shuffled with seed 15 into build/cands_en.tsv (id, words, quotes, publisher, title).
en-silver-c is the head of the list drawn before its own labels existed; run now, it draws the next ones.

    python bench/silver/select_random.py --lang en
"""
import argparse
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


POLITICS = re.compile(
    r"\b(senate|senator|congress|congressional|house|bill|law|legislat\w*|election|elections|voters?|campaign|"
    r"president|presidential|administration|governor|policy|policies|democrats?|republicans?|gop|party|"
    r"court|justice|department|federal|government|officials?|lawmakers?|mayor|minister|vote|votes)\b", re.I)


def main_en(seed: int = 15) -> None:
    rows = [json.loads(line) for line in open(SHARED / "polnear" / "polnear-train.jsonl", encoding="utf-8")]
    used = set()
    for path in glob.glob(str(HERE / "*.labels.jsonl")) + [str(SHARED / "en" / "en-dev.jsonl")]:
        used.update(json.loads(line)["id"] for line in open(path, encoding="utf-8"))
    pool = []
    for article in rows:
        words = len(article["text"].split())
        if article["id"] in used or not 300 <= words <= 1500:
            continue
        if len(article.get("gold_quotes", [])) < 3 or len(POLITICS.findall(article["text"])) < 5:
            continue
        pool.append(article)
    random.Random(seed).shuffle(pool)
    with open(HERE / "build" / "cands_en.tsv", "w", encoding="utf-8") as out:
        for article in pool:
            out.write(f"{article['id']}\t{len(article['text'].split())}\t{len(article['gold_quotes'])}\t"
                      f"{article['publisher']}\t{article['title'][:60]}\n")
    print(f"{len(pool)} candidates")


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--lang", choices=("zh", "en"), default="zh")
    if ap.parse_args().lang == "en":
        main_en()
    else:
        main()
