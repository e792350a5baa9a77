"""Training and grouped evaluation of the feedback sentiment model (build time; imports scikit-learn).

Usage: python -m bot.insights.sentiment_training [--evaluate]
Writes data/sentiment/model.json from data/sentiment/feedback.csv in seconds;
the same data gives the same file.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence

from bot.insights.sentiment_model import DATA, MODEL, SPEC, decide
from bot.text import training
from bot.text.evaluation import grouped_probabilities

CORPUS = DATA / "feedback.csv"
C = 10.0


def corpus() -> list[dict[str, str]]:
    return training.load_csv(CORPUS)


def held_out_predictions(rows: Sequence[dict[str, str]], folds: int = 5) -> list[str]:
    """Out-of-fold labels (decided as at run time), each phrasing template held out whole.

    A template is used across services, so holding it out holds out every service's copy.
    """
    texts, labels = [r["text"] for r in rows], [r["label"] for r in rows]
    found = grouped_probabilities(texts, labels, [r["template"] for r in rows], SPEC, n_splits=folds, C=C)
    return [decide(p) for p in found]


def build(metrics: dict | None = None) -> dict:
    rows = corpus()
    return training.train(
        [r["text"] for r in rows],
        [r["label"] for r in rows],
        SPEC,
        C=C,
        metrics=metrics,
        trained_at="corpus",  # the date would change the bytes; the data hash says what it learned from
    )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.parse_args(argv)
    training.save(build(), MODEL)
    print(f"wrote {MODEL}")


if __name__ == "__main__":
    main()
