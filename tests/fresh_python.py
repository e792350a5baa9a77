"""Run code in a fresh interpreter at the repository root: what a module imports shows only there."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def run_python(code: str, env: Mapping[str, str] | None = None, timeout: float = 120) -> str:
    """The standard output of `python -c code` (an error in the code fails the test)."""
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
        env=None if env is None else dict(env),
        timeout=timeout,
    )
    return result.stdout
