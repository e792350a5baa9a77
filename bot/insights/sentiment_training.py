"""Training and grouped evaluation of the feedback sentiment model (build time; imports scikit-learn).

Usage: python -m bot.insights.sentiment_training
Writes data/sentiment/model.json in seconds from data/sentiment/feedback.csv (the team's
templates) and the development sets, comments by writers who never saw the model:
data/sentiment/blind_set_*.csv (sets D, E, I, J) and the outside sets named in
TRAINED_OUTSIDE_SETS (data/outside/sentiment_set_*.csv, read where they live so the outside bench
and the training read one file); the same data gives the same file.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence

from bot.insights.sentiment_model import DATA, MODEL, SPEC, decide
from bot.text import training
from bot.text.evaluation import grouped_probabilities
from bot.text.linear import LinearTextModel

CORPUS = DATA / "feedback.csv"
OUTSIDE = DATA.parent / "outside"
# The outside sets trained on, named: the newest set stays unseen until a round reads it by kind.
TRAINED_OUTSIDE_SETS = ("m", "n", "o", "p", "q", "r", "w", "x", "y", "z", "aa", "ab", "ac")
# Chosen with each development set held out in turn (see docs/evaluation.md), not in-sample.
C = 20.0


def corpus() -> list[dict[str, str]]:
    return training.load_csv(CORPUS)


def development_sets() -> dict[str, list[dict[str, str]]]:
    """Each set of comments by an outside writer, by its name ("d", "e", ..., "aa"), in name order."""
    outside = [OUTSIDE / f"sentiment_set_{name}.csv" for name in TRAINED_OUTSIDE_SETS]
    paths = [*DATA.glob("blind_set_*.csv"), *outside]
    named = {path.stem.rpartition("_")[2]: path for path in paths}
    return {name: training.load_csv(named[name]) for name in sorted(named, key=lambda n: (len(n), n))}


def training_rows(leave_out: str | None = None) -> list[dict[str, str]]:
    """The corpus, then every development set but `leave_out`, in a fixed order."""
    rows = corpus()
    for name, found in development_sets().items():
        if name != leave_out:
            rows += found
    return rows


def held_out_predictions(rows: Sequence[dict[str, str]], folds: int = 5) -> list[str]:
    """Out-of-fold labels (decided as at run time), each phrasing template held out whole.

    A template is used across services, so holding it out holds out every service's copy.
    """
    texts, labels = [r["text"] for r in rows], [r["label"] for r in rows]
    found = grouped_probabilities(texts, labels, [r["template"] for r in rows], SPEC, n_splits=folds, C=C)
    return [decide(p) for p in found]


def leave_one_set_out(name: str) -> list[str]:
    """Labels for development set `name` from a model trained on everything else (an unseen writer)."""
    model = LinearTextModel(fit(training_rows(leave_out=name)))
    return [decide(model.probabilities(r["text"])) for r in development_sets()[name]]


def fit(rows: Sequence[dict[str, str]], metrics: dict | None = None) -> dict:
    return training.train(
        [r["text"] for r in rows],
        [r["label"] for r in rows],
        SPEC,
        C=C,
        metrics=metrics,
        trained_at="corpus",  # the date would change the bytes; the data hash says what it learned from
    )


def build(metrics: dict | None = None) -> dict:
    return fit(training_rows(), metrics)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.parse_args(argv)
    training.save(build(), MODEL)
    print(f"wrote {MODEL}")


if __name__ == "__main__":
    main()
