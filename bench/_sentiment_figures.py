"""Figures for bench/sentiment.py: label sets, metrics and tables (no I/O, no models)."""

from __future__ import annotations

from collections.abc import Sequence

LABELS = ("positive", "negative", "mixed", "neutral")


def negative_side(label: str) -> str:
    """A label on the two-sided scale the targets use: mixed counts as negative."""
    return "negative" if label in ("negative", "mixed") else label


def macro_f1(gold: Sequence[str], guess: Sequence[str], labels: Sequence[str]) -> float:
    """The unweighted mean of each label's F1 over `labels`; a guess outside them is simply wrong."""
    scores = []
    for label in labels:
        tp = sum(g == label and p == label for g, p in zip(gold, guess, strict=True))
        predicted = sum(p == label for p in guess)
        actual = sum(g == label for g in gold)
        precision = tp / predicted if predicted else 0.0
        recall = tp / actual if actual else 0.0
        scores.append(2 * precision * recall / (precision + recall) if precision + recall else 0.0)
    return sum(scores) / len(scores)


def two_sided_f1(gold: Sequence[str], guess: Sequence[str]) -> float:
    """Macro-F1 of positive vs negative (mixed counted as negative) over comments that are one or the other.

    A positive or negative comment labelled neutral counts as missed.
    """
    pairs = [(negative_side(g), negative_side(p)) for g, p in zip(gold, guess, strict=True) if g != "neutral"]
    return macro_f1([g for g, _ in pairs], [p for _, p in pairs], ("positive", "negative"))


def found_share(gold: Sequence[str], guess: Sequence[str], wanted: str = "negative") -> float:
    """The share of comments whose true side is `wanted` that were labelled on that side."""
    hits = [
        negative_side(p) == wanted for g, p in zip(gold, guess, strict=True) if negative_side(g) == wanted
    ]
    return sum(hits) / len(hits) if hits else 0.0


def confusion(gold: Sequence[str], guess: Sequence[str], labels: Sequence[str] = LABELS) -> str:
    """Rows: the true label; columns: the predicted one."""
    lines = [f"{'true / predicted':<18}" + "".join(f"{label:>10}" for label in labels)]
    for actual in labels:
        if actual in gold:
            counts = [
                sum(g == actual and p == label for g, p in zip(gold, guess, strict=True)) for label in labels
            ]
            lines.append(f"{actual:<18}" + "".join(f"{c:>10}" for c in counts))
    return "\n".join(lines)


def per_category(rows: Sequence[dict], guess: Sequence[str], key: str) -> str:
    """Per value of rows[key]: count, two-sided macro-F1, four-way macro-F1, complaints caught."""
    lines = [f"{key:<20}{'n':>6}{'F1 pos/neg':>12}{'F1 4-way':>10}{'complaints':>12}"]
    for value in sorted({r[key] for r in rows}):
        picked = [i for i, r in enumerate(rows) if r[key] == value]
        gold = [rows[i]["label"] for i in picked]
        guessed = [guess[i] for i in picked]
        complaints = [guess[i] for i in picked if rows[i].get("complaint") == "1"]
        caught = sum(negative_side(p) == "negative" for p in complaints)
        shown = f"{caught}/{len(complaints)}" if complaints else "-"
        lines.append(
            f"{value:<20}{len(picked):>6}{two_sided_f1(gold, guessed):>12.3f}"
            f"{macro_f1(gold, guessed, LABELS):>10.3f}{shown:>12}"
        )
    return "\n".join(lines)
