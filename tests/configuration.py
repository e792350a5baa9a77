"""The configuration the test suite runs with: tests/config.yaml, not the shipped one.

A council edits the shipped config.yaml (its name, wording, teams, goals); the tests
assert wording of their own, so they read this copy. conftest points HEARD_CONFIG at it,
so `load_config()` and every `flask --app web` subprocess a test starts use it too.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from settings import read_yaml

TEST_CONFIG_PATH = Path(__file__).resolve().parent / "config.yaml"


def raw_test_config() -> Any:
    """tests/config.yaml parsed but not validated, for tests that break it on purpose."""
    return read_yaml(TEST_CONFIG_PATH.read_text(encoding="utf-8"))
