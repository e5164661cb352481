"""Does attribution rest on the words of the eval articles? Score perturbed copies of a gold set.

A rule that is general gives the same scores when an article says 'cautioned'
where it said 'said', 介绍 where it said 表示, uses other names, traditional
characters or other quote marks. A rule fitted to these articles does not. The
perturbed copies keep every gold offset (each substitution shifts the offsets
after it), are written to a temporary folder and scored by `summarizer eval
--engine rules --json`; nothing of the eval text is kept.

Perturbations (each one alone, over the whole set):
- ``verb:<word>``: every speech verb (said/says; 表示/指出/认为/说/称 before ，：“)
  outside the gold quotes becomes <word>;
- ``names``: each gold speaker that is a plain name (zh: 2-4 characters) becomes
  another name of the same length, everywhere in the article and its gold;
- ``titles`` (zh): office words take a modifier (教授 -> 讲席教授, 发言人 -> 新闻发言人 …);
- ``trad`` (zh): OpenCC simplified-to-traditional, and 「」『』 for “”‘’;
- ``marks`` (en): curly quotes become straight ones and straight ones curly.

Run (from the repository root):
    python bench/robustness.py ../shared/eval/zh/zh-dev.jsonl
    python bench/robustness.py ../shared/eval/en/en-dev.jsonl --verbs cautioned contended
"""

from __future__ import annotations

import argparse
import json
import random
import re
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ZH_VERBS = ["介绍", "解释", "讲", "回答", "补充", "透露", "坦言", "强调", "觉得", "宣布", "提到", "写道"]
EN_VERBS = ["explained", "noted", "stressed", "cautioned", "contended", "wrote", "tweeted", "conceded", "told reporters"]
_ZH_SPEECH = re.compile(r"(?<![据小听])(?:表示|指出|认为|说|称)(?=[，,：:“])")
_EN_SPEECH = re.compile(r"\b(?:said|says)\b")
_SPANS = {"gold_quotes": "quote_span", "optional_quotes": "quote_span", "gold_positions": "evidence_span",
          "gold_experts": "evidence_span", "gold_preconditions": "evidence_span"}
_WHO = {"gold_quotes": "speaker", "optional_quotes": "speaker", "gold_positions": "holder",
        "gold_experts": "name", "gold_preconditions": "stated_by"}

Substitution = tuple[int, int, str]  # (start, end, new text) in the original article


def substitute(item: dict, subs: list[Substitution], rename: Callable[[str], str] = lambda s: s) -> dict:
    """The gold line with ``subs`` applied to its text, every span moved, and names renamed."""
    text, parts, pos, moves = item["text"], [], 0, []
    for start, end, new in sorted(subs):
        if start < pos:
            continue  # overlapping: the first wins
        parts += [text[pos:start], new]
        moves.append((start, end, len(new) - (end - start)))
        pos = end
    parts.append(text[pos:])

    def at(i: int) -> int | None:
        shift = 0
        for start, end, d in moves:
            if i >= end:
                shift += d
            elif i > start:
                return None  # inside a substitution: the span is gone
        return i + shift

    out = dict(item, text="".join(parts))
    for key, span in _SPANS.items():
        kept = []
        for g in item.get(key, []):
            a, b = at(g[span][0]), at(g[span][1])
            if a is None or b is None:
                continue
            g = dict(g, **{span: [a, b]})
            if key.endswith("quotes"):
                g["text"] = out["text"][a:b]
            if g.get(_WHO[key]):
                g[_WHO[key]] = rename(g[_WHO[key]])
            kept.append(g)
        out[key] = kept
    return out


def verb(word: str, zh: bool) -> Callable[[dict], dict]:
    pattern = _ZH_SPEECH if zh else _EN_SPEECH

    def apply(item: dict) -> dict:
        inside = [q["quote_span"] for q in item.get("gold_quotes", [])]
        subs = [(m.start(), m.end(), word) for m in pattern.finditer(item["text"])
                if not any(a <= m.start() < b for a, b in inside)]
        return substitute(item, subs)

    return apply


_SURNAMES = "赵钱孙周吴郑冯陈褚卫沈韩朱秦许何吕施孔曹严华金陶姜谢喻柏窦章苏潘葛范彭鲁俞袁柳鲍史唐费薛雷贺倪殷罗毕郝安常"
_GIVEN = "建国立新明华军伟强磊洋勇艳杰娟涛超秀霞平刚桂英芳敏静丽梅琳晨宇浩然轩欣怡思远志诚嘉文博宏亮海波振东春雨晓峰"
_EN_FIRST = ["Ana", "Tom", "Omar", "Lena", "Raj", "Mia", "Ivo", "Sara"]
_EN_LAST = ["Ruiz", "Ellis", "Haddad", "Okafor", "Lind", "Novak", "Brandt", "Costa"]


def names(zh: bool, seed: int = 7) -> Callable[[dict], dict]:
    rng = random.Random(seed)

    def new_name(old: str) -> str:
        if zh:
            return rng.choice(_SURNAMES) + "".join(rng.choice(_GIVEN) for _ in range(len(old) - 1))
        return f"{rng.choice(_EN_FIRST)} {rng.choice(_EN_LAST)}"

    def apply(item: dict) -> dict:
        who = {q.get("speaker") or "" for q in item.get("gold_quotes", [])}
        plain = re.compile(r"[\u4e00-\u9fff]{2,4}" if zh else r"[A-Z][a-z]+ [A-Z][a-z]+")
        table = {w: new_name(w) for w in sorted(who) if plain.fullmatch(w)}
        if not table:
            return item
        pattern = re.compile("|".join(re.escape(w) for w in sorted(table, key=len, reverse=True)))
        subs = [(m.start(), m.end(), table[m.group()]) for m in pattern.finditer(item["text"])]
        return substitute(item, subs, lambda s: pattern.sub(lambda m: table[m.group()], s))

    return apply


_ZH_TITLES = {"教授": "讲席教授", "研究员": "首席研究员", "部长": "副部长", "发言人": "新闻发言人",
              "主任": "常务副主任", "专家": "首席专家", "会长": "名誉会长", "局长": "副局长"}
_ZH_TITLE = re.compile("|".join(_ZH_TITLES))


def titles(item: dict) -> dict:
    inside = [q["quote_span"] for q in item.get("gold_quotes", [])]
    subs = [(m.start(), m.end(), _ZH_TITLES[m.group()]) for m in _ZH_TITLE.finditer(item["text"])
            if not any(a <= m.start() < b for a, b in inside)]
    return substitute(item, subs, lambda s: _ZH_TITLE.sub(lambda m: _ZH_TITLES[m.group()], s))


def traditional(item: dict) -> dict:
    import opencc

    t2 = opencc.OpenCC("s2t")
    text = t2.convert(item["text"])
    if len(text) != len(item["text"]):
        return item  # a phrase changed length: keep the line as it is
    subs = [(i, i + 1, c) for i, (a, c) in enumerate(zip(item["text"], text.translate(
        str.maketrans({"“": "「", "”": "」", "‘": "『", "’": "』"})), strict=True)) if a != c]
    out = substitute(item, subs, t2.convert)
    out["not_quotes"] = [t2.convert(x) for x in item.get("not_quotes", [])]
    for g in out.get("gold_preconditions", []):
        for k in ("condition_keywords", "consequence_keywords"):
            g[k] = [t2.convert(x) for x in g.get(k, [])]
    for g in out.get("gold_experts", []):
        for k in ("title", "affiliation_contains"):
            if g.get(k):
                g[k] = t2.convert(g[k])
    return out


def marks(item: dict) -> dict:
    """Curly quotes straight, straight ones curly (opening after a space or line start)."""
    text, subs = item["text"], []
    for i, c in enumerate(text):
        if c in "“”":
            subs.append((i, i + 1, '"'))
        elif c == '"':
            subs.append((i, i + 1, "“" if i == 0 or text[i - 1].isspace() or text[i - 1] in "([—-" else "”"))
    return substitute(item, subs)


def score(path: Path) -> dict:
    out = subprocess.run([sys.executable, "-m", "summarizer", "eval", "--engine", "rules", str(path), "--json"],
                         capture_output=True, text=True, check=True).stdout
    return json.loads(out)


def row(name: str, d: dict) -> str:
    def typ(k: str, recall_only: bool = False) -> str:
        t = d.get(k) or {}
        if not t.get("gold"):
            return "-"
        return f"{t['recall']:.3f}" if recall_only else f"{t['precision']:.3f}/{t['recall']:.3f}"

    quotes = f"{d['precision']:.3f}/{d['recall']:.3f}" if d.get("gold_quotes") else "-"
    speaker = f"{d['speaker_accuracy']:.3f}" if d.get("speaker_scored") else "-"
    return (f"| {name} | {quotes} | {speaker} | {typ('positions')} | {typ('experts', True)} | "
            f"{typ('preconditions')} |")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("gold", type=Path, help="a gold JSONL file (../shared/eval/...)")
    ap.add_argument("--verbs", nargs="*", help="substitute speech verbs (default: a list per language)")
    args = ap.parse_args()
    items = [json.loads(line) for line in args.gold.read_text(encoding="utf-8").splitlines() if line.strip()]
    zh = any(i.get("lang") == "zh" for i in items) or re.search(r"[\u4e00-\u9fff]", items[0]["text"]) is not None
    verbs = args.verbs if args.verbs is not None else (ZH_VERBS if zh else EN_VERBS)
    cases: list[tuple[str, Callable[[dict], dict]]] = [("as given", lambda i: i)]
    cases += [(f"verb: {v}", verb(v, zh)) for v in verbs]
    cases += [("names", names(zh))]
    cases += [("titles", titles), ("traditional, 「」", traditional)] if zh else [("quote marks swapped", marks)]
    print("| set | quotes P/R | speaker | positions P/R | experts R | preconditions P/R |")
    print("|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as tmp:
        for name, f in cases:
            path = Path(tmp) / "set.jsonl"
            path.write_text("".join(json.dumps(f(i), ensure_ascii=False) + "\n" for i in items), encoding="utf-8")
            print(row(name, score(path)), flush=True)


if __name__ == "__main__":
    main()
