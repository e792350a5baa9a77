"""The screen's shipped evaluation (data/safeguarding/evaluation.json) read for the admin page.

The file is written when the screen is trained; this module only reads it,
tolerating missing figures, and says plainly when it is missing or unreadable.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from settings import ROOT

LAYERS = ("rules", "classifier", "both")


class EvaluationMissing(Exception):
    """No usable evaluation file: the message says why, for the page."""


@dataclass(frozen=True)
class Figures:
    """Recall (and false alarms, when given) of each layer for one group of examples."""

    name: str
    n: int | None
    recall: dict[str, float | None]
    false_alarms: dict[str, float | None]


@dataclass(frozen=True)
class Results:
    """One test of the screen: overall, per category, per way of writing, false alarms per kind of reply."""

    disclosures: int | None
    ordinary: int | None
    overall: Figures
    categories: list[Figures]
    registers: list[Figures]
    ordinary_kinds: list[Figures]


@dataclass(frozen=True)
class Evaluation:
    trained_at: str
    folds: str
    data_sha256: str
    cross_validated: Results  # grouped folds over the training corpus
    holdout: Results | None  # a separate set written apart from the corpus, never trained on
    threshold: float | None = None  # the cut the figures were read at (the trained model's)


def load_evaluation(path: Path) -> Evaluation:
    """The evaluation at `path`; EvaluationMissing when it is absent or not the expected shape."""
    shown = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path  # no server paths on the page
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise EvaluationMissing(f"No evaluation file at {shown}: the screen is not evaluated.") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        problem = type(error).__name__
        raise EvaluationMissing(f"The evaluation file {shown} cannot be read ({problem}).") from None
    if not isinstance(raw, dict) or not isinstance(raw.get("overall"), dict):
        raise EvaluationMissing(f"The evaluation file {shown} has no overall figures.")
    holdout = raw.get("holdout")
    has_holdout = isinstance(holdout, dict) and isinstance(holdout.get("overall"), dict)
    return Evaluation(
        trained_at=str(raw.get("trained_at") or "unknown"),
        folds=str(raw.get("folds") or "not stated"),
        data_sha256=str(raw.get("data_sha256") or ""),
        cross_validated=_results(raw),
        holdout=_results(holdout) if isinstance(holdout, dict) and has_holdout else None,
        threshold=_cut(raw.get("threshold")),
    )


def _cut(value: Any) -> float | None:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None


def _results(raw: dict[str, Any]) -> Results:
    overall = raw["overall"]
    return Results(
        disclosures=_count(overall.get("disclosures")),
        ordinary=_count(overall.get("ordinary")),
        overall=_figures("All categories", overall, n_key="disclosures"),
        categories=_groups(raw.get("categories")),
        registers=_groups(raw.get("registers")),
        ordinary_kinds=_groups(raw.get("ordinary_kinds")),
    )


def _groups(raw: Any) -> list[Figures]:
    if not isinstance(raw, dict):
        return []
    return [_figures(str(name), value) for name, value in sorted(raw.items()) if isinstance(value, dict)]


def _figures(name: str, raw: dict[str, Any], n_key: str = "n") -> Figures:
    return Figures(
        name=name,
        n=_count(raw.get(n_key)),
        recall=_by_layer(raw.get("recall")),
        false_alarms=_by_layer(raw.get("false_alarms")),
    )


def _by_layer(raw: Any) -> dict[str, float | None]:
    raw = raw if isinstance(raw, dict) else {}
    return {layer: _fraction(raw.get(layer)) for layer in LAYERS}


def _fraction(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 1:
        return None
    return float(value)


def _count(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else None
