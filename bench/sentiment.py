"""How well each sentiment method labels residents' comments, side by side.

Usage: python -m bench.sentiment [--data tests/data/sentiment.csv] [--folds 5]

For TextBlob, VADER (plain, and with a few emoji read as words) and the
mean of TextBlob and VADER it reports accuracy and macro-F1 on the
labelled set (positive / neutral / negative) three ways:
  default   the method's usual thresholds (TextBlob +-0.1, VADER +-0.05);
  tuned     thresholds chosen on the whole set (optimistic: tuned and scored
            on the same comments);
  cv        k-fold cross-validation: thresholds tuned on k-1 folds and scored
            on the held-out fold, pooled (the honest estimate of "tuned");
and the configured method with config.yaml's thresholds, with confusion
matrices. The baseline is "always neutral" (the majority-class guess).
"""

from __future__ import annotations

import argparse
import csv
import random
from collections.abc import Sequence
from pathlib import Path

from bench._report import Row
from bot.insights.analysis import sentiment_label
from bot.insights.sentiment import SCORERS
from settings import Sentiment, load_config

LABELS = ("positive", "neutral", "negative")
DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "sentiment.csv"
DEFAULT_THRESHOLDS = {
    "textblob": (0.1, -0.1),
    "vader": (0.05, -0.05),
    "vader_emoji": (0.05, -0.05),
    "mean": (0.05, -0.05),
}
# Threshold grid for tuning: -0.6 .. 0.6 in steps of 0.025.
GRID = [round(-0.6 + i * 0.025, 3) for i in range(49)]


def load_labelled(path: Path = DATA) -> list[tuple[str, str]]:
    """(text, label) pairs from the labelled CSV."""
    with path.open(encoding="utf-8", newline="") as handle:
        return [(row["text"], row["label"]) for row in csv.DictReader(handle)]


def predict(scores: Sequence[float], positive_above: float, negative_below: float) -> list[str]:
    thresholds = Sentiment(positive_above=positive_above, negative_below=negative_below)
    return [sentiment_label(s, thresholds) for s in scores]


def accuracy(gold: Sequence[str], guess: Sequence[str]) -> float:
    return sum(g == p for g, p in zip(gold, guess, strict=True)) / len(gold)


def macro_f1(gold: Sequence[str], guess: Sequence[str]) -> float:
    """The unweighted mean of each label's F1, so a small class counts as much as a big one."""
    scores = []
    for label in LABELS:
        tp = sum(g == label and p == label for g, p in zip(gold, guess, strict=True))
        predicted = sum(p == label for p in guess)
        actual = sum(g == label for g in gold)
        precision = tp / predicted if predicted else 0.0
        recall = tp / actual if actual else 0.0
        scores.append(2 * precision * recall / (precision + recall) if precision + recall else 0.0)
    return sum(scores) / len(scores)


def tune(scores: Sequence[float], gold: Sequence[str]) -> tuple[float, float]:
    """The (positive_above, negative_below) pair with the best macro-F1 on these comments."""
    best = (-1.0, 0.0, 0.0)
    for negative_below in GRID:
        for positive_above in (t for t in GRID if t >= negative_below):
            f1 = macro_f1(gold, predict(scores, positive_above, negative_below))
            if f1 > best[0]:
                best = (f1, positive_above, negative_below)
    return best[1], best[2]


def folds_of(gold: Sequence[str], k: int, seed: int = 6) -> list[int]:
    """A fold number per comment, stratified by label and fixed by the seed."""
    fold = [0] * len(gold)
    rng = random.Random(seed)
    for label in LABELS:
        members = [i for i, g in enumerate(gold) if g == label]
        rng.shuffle(members)
        for n, i in enumerate(members):
            fold[i] = n % k
    return fold


def cross_validated(scores: Sequence[float], gold: Sequence[str], k: int) -> list[str]:
    """Held-out predictions: each fold labelled with thresholds tuned on the others."""
    fold = folds_of(gold, k)
    guess = [""] * len(gold)
    for f in range(k):
        train = [i for i in range(len(gold)) if fold[i] != f]
        positive_above, negative_below = tune([scores[i] for i in train], [gold[i] for i in train])
        test = [i for i in range(len(gold)) if fold[i] == f]
        for i, label in zip(
            test, predict([scores[i] for i in test], positive_above, negative_below), strict=True
        ):
            guess[i] = label
    return guess


def confusion(gold: Sequence[str], guess: Sequence[str]) -> str:
    """Rows: the true label; columns: the predicted one."""
    lines = [f"{'true / predicted':<18}" + "".join(f"{label:>10}" for label in LABELS)]
    for actual in LABELS:
        counts = [
            sum(g == actual and p == label for g, p in zip(gold, guess, strict=True)) for label in LABELS
        ]
        lines.append(f"{actual:<18}" + "".join(f"{c:>10}" for c in counts))
    return "\n".join(lines)


def _row(name: str, how: str, gold: Sequence[str], guess: Sequence[str], note: str = "") -> str:
    return f"{name:<13}{how:<9}{accuracy(gold, guess):>9.3f}{macro_f1(gold, guess):>10.3f}  {note}"


def main(argv: list[str] | None = None) -> list[Row]:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--matrices", action="store_true", help="a confusion matrix for every row")
    args = parser.parse_args(argv)
    rows = load_labelled(args.data)
    texts, gold = [t for t, _ in rows], [g for _, g in rows]
    counts = ", ".join(f"{label} {gold.count(label)}" for label in LABELS)
    print(f"{len(rows)} labelled comments ({counts}); {args.folds}-fold cross-validation\n")
    print(f"{'method':<13}{'how':<9}{'accuracy':>9}{'macro-F1':>10}  thresholds")
    print(_row("baseline", "", gold, ["neutral"] * len(gold), "always 'neutral'"))
    matrices = []
    for name, scorer in SCORERS.items():
        scores = [scorer(t) for t in texts]
        positive_above, negative_below = DEFAULT_THRESHOLDS[name]
        default = predict(scores, positive_above, negative_below)
        print(_row(name, "default", gold, default, f"> {positive_above} / < {negative_below}"))
        tuned_pos, tuned_neg = tune(scores, gold)
        tuned = predict(scores, tuned_pos, tuned_neg)
        print(_row(name, "tuned", gold, tuned, f"> {tuned_pos} / < {tuned_neg} (on all; optimistic)"))
        held_out = cross_validated(scores, gold, args.folds)
        print(_row(name, "cv", gold, held_out, "tuned on other folds, scored held out"))
        matrices += [(f"{name} default", default), (f"{name} cv", held_out)]
    configured = load_config().sentiment
    guess = predict([SCORERS[configured.method](t) for t in texts], *_thresholds(configured))
    print(
        "\n"
        + _row(configured.method, "config", gold, guess, f"config.yaml: {_describe(configured)}")
        + f"\n\nConfigured ({configured.method}, config.yaml thresholds):\n{confusion(gold, guess)}"
    )
    if args.matrices:
        for title, predicted in matrices:
            print(f"\n{title}:\n{confusion(gold, predicted)}")
    measure_ = f"{configured.method} accuracy / macro-F1, {len(rows)} comments"
    result = f"{accuracy(gold, guess):.3f} / {macro_f1(gold, guess):.3f}"
    return [Row("sentiment", "-", measure_, result, "not a ratio")]


def _thresholds(sentiment: Sentiment) -> tuple[float, float]:
    return sentiment.positive_above, sentiment.negative_below


def _describe(sentiment: Sentiment) -> str:
    return f"> {sentiment.positive_above} / < {sentiment.negative_below}"


if __name__ == "__main__":
    main()
