"""A worker's word caches: memory and screening time over many distinct comments, shipped sizes
against the sizes before they were cut (200,000 / 100,000 / 50,000 / 20,000 entries, stems unbounded).

Each side runs in a fresh process warmed as a webhook worker (`web.wsgi`), screens and stems every
comment of the safeguarding training data once (most words new to it), then every second comment
again (the words seen), and reports how much its resident memory grew, the CPU time of each pass
and how full each cache is. The ratios are shipped / before, measured in the same run.
"""

from __future__ import annotations

import argparse
import csv
import json
import subprocess
import sys
import time
from functools import lru_cache
from pathlib import Path

from bench._report import Row

ROOT = Path(__file__).resolve().parent.parent
# (module, function, size before): the sizes the caches had until they were cut.
BEFORE = (
    ("bot.safeguarding.phrasings", "_word_matches", 200_000),
    ("bot.safeguarding.rules", "_mended", 100_000),
    ("bot.safeguarding.rules", "_mended_strictly", 100_000),
    ("bot.safeguarding.features", "families_of", 50_000),
    ("bot.safeguarding.dialect", "_with_g", 20_000),
    ("bot.insights.themes", "stem", None),
)


def _comments(limit: int) -> list[str]:
    """Training comments only (never the outside test sets), in a fixed order."""
    texts: list[str] = []
    for path in sorted((ROOT / "data" / "safeguarding").rglob("*.csv")):
        with path.open(newline="", encoding="utf-8") as handle:
            texts += [row["text"] for row in csv.DictReader(handle) if row.get("text")]
    return texts[:limit] if limit else texts


def _resident_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def _child(side: str, limit: int) -> None:
    import importlib

    import web.wsgi  # noqa: F401 - warmed as a worker is
    from bot.insights.themes import stems
    from bot.safeguarding.screen import screen
    from bot.text.word_caches import word_caches
    from settings import load_config

    if side == "before":
        for module_name, name, size in BEFORE:
            module = importlib.import_module(module_name)
            setattr(module, name, lru_cache(maxsize=size)(getattr(module, name).__wrapped__))
    settings = load_config(ROOT / "config.yaml").safeguarding
    comments = _comments(limit)
    start_mb = _resident_mb()
    passes = []
    for texts in (comments, comments[::2]):
        started = time.process_time()
        for text in texts:
            screen(settings, text)
            stems(text)
        passes.append((time.process_time() - started) / len(texts) * 1000)
    fill = {}
    if side == "shipped":
        fill = {
            c.name: f"{c.cached.cache_info().currsize}/{c.cached.cache_info().maxsize}" for c in word_caches()
        }
    print(
        json.dumps(
            {
                "comments": len(comments),
                "grew_mb": _resident_mb() - start_mb,
                "passes_ms": passes,
                "fill": fill,
            }
        )
    )


def _run(side: str, limit: int) -> dict:
    out = subprocess.run(
        [sys.executable, "-m", "bench.word_caches", "--child", side, "--comments", str(limit)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> list[Row]:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--comments", type=int, default=0, help="how many comments (0: all)")
    parser.add_argument("--child", choices=("shipped", "before"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        _child(args.child, args.comments)
        return []
    before = _run("before", args.comments)
    shipped = _run("shipped", args.comments)
    print(f"{shipped['comments']} comments, each screened and stemmed; then every second one again")
    print(f"{'':22}{'before':>10}{'shipped':>10}{'ratio':>8}")
    rows = [("memory grown, MB", before["grew_mb"], shipped["grew_mb"])]
    rows += [
        (f"{name}, ms a comment", before["passes_ms"][i], shipped["passes_ms"][i])
        for i, name in ((0, "first pass"), (1, "words seen"))
    ]
    for name, was, now in rows:
        print(f"{name:22}{was:10.2f}{now:10.2f}{now / was if was else 0:8.2f}")
    for name, fill in shipped["fill"].items():
        print(f"  {name}: {fill}")
    return [
        Row("word_caches", "-", name, f"{now:.2f}", f"{now / was:.2f}x before" if was else "-")
        for name, was, now in rows
    ]


if __name__ == "__main__":
    main()
