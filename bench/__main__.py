"""`python -m bench [--quick] [name ...]`: run every benchmark in this folder, then one summary table."""

from __future__ import annotations

import importlib
import pkgutil
import sys
from pathlib import Path

from bench._report import table

# --quick: small enough for a few minutes in all (the full dashboard run seeds 1M answers).
QUICK = {
    "dashboard": ["--answers", "50000", "--repeat", "3"],
    "engine": ["--seconds", "2"],
    "public_results": ["--answers", "50000", "--repeat", "3"],
    "replies": ["--folds", "3", "--timing-rounds", "1"],
    "scheduler": ["--rows", "10000", "--send", "500", "--rate", "100"],
    "safeguarding": ["--no-cv", "--repeat", "1"],
    "sms_webhook": ["--seconds", "2", "--rate-seconds", "2"],
    "word_caches": ["--comments", "3000"],
}

if __name__ == "__main__":
    quick = "--quick" in sys.argv[1:]
    names = [a for a in sys.argv[1:] if a != "--quick"] or sorted(
        m.name for m in pkgutil.iter_modules([str(Path(__file__).parent)]) if not m.name.startswith("_")
    )
    rows = []
    for name in names:
        print(f"\n=== bench/{name}.py ===", flush=True)
        rows += importlib.import_module(f"bench.{name}").main(QUICK.get(name, []) if quick else []) or []
    print(f"\n=== summary{' (quick)' if quick else ''} ===\n{table(rows)}")
