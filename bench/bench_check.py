"""How long `summarizer check` takes over many article/summary pairs, and whether it grows linearly.

    python bench/bench_check.py            # 250, 500 and 1,000 pairs
    python bench/bench_check.py 2000 4000  # other sizes

Articles are generated (about 3,000 characters each, a third each .txt, .md
and .html, six quotes), each with a grounded summary. For each size it prints
the in-process time of ``check()`` (best of three) and the time of the whole
``summarizer check`` command, which adds the interpreter and import start-up.
"""

from __future__ import annotations

import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from summarizer.article import load_path  # noqa: E402
from summarizer.check import check  # noqa: E402
from summarizer.repo import Layout  # noqa: E402
from tests.articles_repo import grounded_summary  # noqa: E402

WORDS = ("harbour council budget ferry bridge tariff vote minister port fees inspection "
         "schedule residents delay contract union report committee district repair").split()


def _paragraph(rng: random.Random, n: int) -> str:
    words = [rng.choice(WORDS) for _ in range(n)]
    return " ".join(words).capitalize() + "."


def article_text(i: int, ext: str) -> str:
    rng = random.Random(i)
    paras = []
    for k in range(6):
        quote = " ".join(rng.choice(WORDS) for _ in range(12))
        paras.append(f"{_paragraph(rng, 40)} “{quote},” said official {i}-{k}. {_paragraph(rng, 25)}")
    if ext == ".html":
        body = "".join(f"<p>{p}</p>\n" for p in paras)
        return f"<!doctype html><html><head><title>Report {i}</title></head><body><h1>Report {i}</h1>\n{body}</body></html>\n"
    head = f"# Report {i}\n\n" if ext == ".md" else f"Report {i}\n\n"
    return head + "\n\n".join(paras) + "\n"


def make_repo(root: Path, n: int) -> None:
    for i in range(n):
        ext = (".txt", ".md", ".html")[i % 3]
        path = root / "articles" / f"{i // 100:02d}" / f"report_{i:05d}{ext}"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(article_text(i, ext), encoding="utf-8")
        summary = grounded_summary(load_path(path))
        path.with_name(path.name + ".summary.json").write_text(summary.model_dump_json(indent=2) + "\n",
                                                               encoding="utf-8")


def time_check(root: Path) -> float:
    layout = Layout(root=root)
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        report = check(layout)
        best = min(best, time.perf_counter() - start)
        assert report.ok, report.failures[:3]
    return best


def time_cli(root: Path) -> float:
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "summarizer", "check"], check=False, cwd=root, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    assert done.returncode == 0, done.stdout + done.stderr
    return elapsed


def time_startup(root: Path) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "summarizer", "--version"], cwd=root, capture_output=True, check=True)
    return time.perf_counter() - start


def main(sizes: list[int]) -> None:
    print(f"{'pairs':>6} {'check() s':>10} {'ms/pair':>8} {'CLI s':>7}")
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for n in sizes:
            root = Path(tmp) / f"repo{n}"
            make_repo(root, n)
            inproc, cli = time_check(root), time_cli(root)
            rows.append((n, inproc))
            print(f"{n:>6} {inproc:>10.3f} {1000 * inproc / n:>8.2f} {cli:>7.2f}", flush=True)
        startup = time_startup(Path(tmp))
    print(f"CLI start-up alone (summarizer --version): {startup:.2f} s")
    (n0, t0), (n1, t1) = rows[0], rows[-1]
    print(f"linearity: {n1 / n0:.1f}x the pairs took {t1 / t0:.2f}x the time")


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [250, 500, 1000])
