"""Build time: train the reply fallback on data/replies/replies.csv and choose its confidence threshold.

Usage: python -m bot.conversation.reply_training [--folds 5]   (rewrites data/replies/reply_model.json)

Each reply is labelled with the sense its expected value has in its question (or "reask").
Out-of-fold probabilities come from grouped folds (a phrasing template is never in both training
and test); the threshold is the lowest at which the model alone, proposing for *every* row,
misreads at most 0.2% of them, so it stays safe on replies the rules cannot read.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence

from bot.conversation.lexicon import lexicon_for
from bot.conversation.reply_model import FALLBACK_KINDS, MODEL_PATH, REASK, sense_values, value_senses
from bot.conversation.reply_table import Row, load_questions, load_rows
from bot.text import training
from bot.text.evaluation import grouped_probabilities
from bot.text.features import FeatureSpec
from settings import Question

SPEC = FeatureSpec(word_ngrams=(1, 2), char_ngrams=(2, 5))
# At most 0.2% of the table misread by the model alone. At 0.5% (until round eight) the grown table
# chose 0.97, where the fallback stored answers for replies the development sets ask again about.
MAX_MISREAD = 0.002
THRESHOLDS = [round(0.5 + i * 0.01, 2) for i in range(50)]


def learnable(rows: Sequence[Row]) -> list[Row]:
    """The rows of question kinds the fallback serves (numbers are read by rules alone)."""
    return [row for row in rows if row.kind.split("_partly")[0] in FALLBACK_KINDS]


def sense_label(row: Row, questions: dict[str, Question]) -> str:
    """The sense of a row's expected value in its question, or "reask"."""
    if row.expected is None:
        return REASK
    senses = value_senses(lexicon_for(questions[row.question_id], row.language))
    return senses.get(row.expected, REASK)


def model_outcome(
    row: Row, questions: dict[str, Question], probabilities: dict[str, float], cutoff: float
) -> str:
    """understood / reasked / misread when the model alone answers this row at `cutoff`."""
    sense = max(sorted(probabilities), key=probabilities.__getitem__)
    value = None
    if sense != REASK and probabilities[sense] >= cutoff:
        value = sense_values(lexicon_for(questions[row.question_id], row.language)).get(sense)
    if value is None:
        return "understood" if row.expected is None else "reasked"
    return "understood" if value == row.expected else "misread"


def choose_threshold(
    rows: Sequence[Row], questions: dict[str, Question], oof: Sequence[dict[str, float]]
) -> tuple[float, dict[str, float]]:
    """The lowest threshold keeping the model-alone misread rate at or under MAX_MISREAD."""
    for cutoff in THRESHOLDS:
        outcomes = [model_outcome(r, questions, p, cutoff) for r, p in zip(rows, oof, strict=True)]
        misread = outcomes.count("misread") / len(outcomes)
        if misread <= MAX_MISREAD:
            rates = {
                name: outcomes.count(name) / len(outcomes) for name in ("understood", "reasked", "misread")
            }
            return cutoff, rates
    return 1.0, {"understood": 0.0, "reasked": 1.0, "misread": 0.0}


def out_of_fold(rows: Sequence[Row], questions: dict[str, Question], folds: int) -> list[dict[str, float]]:
    """Each row's sense probabilities from a model that never saw the row's phrasing template."""
    texts = [row.reply for row in rows]
    labels = [sense_label(row, questions) for row in rows]
    return grouped_probabilities(texts, labels, [row.template for row in rows], SPEC, n_splits=folds)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", type=int, default=5)
    args = parser.parse_args(argv)
    questions = load_questions()
    rows = learnable(load_rows())
    oof = out_of_fold(rows, questions, args.folds)
    cutoff, rates = choose_threshold(rows, questions, oof)
    metrics = {"threshold": cutoff, "folds": args.folds, "model_alone_oof": rates, "max_misread": MAX_MISREAD}
    model = training.train(
        [row.reply for row in rows], [sense_label(row, questions) for row in rows], SPEC, metrics=metrics
    )
    training.save(model, MODEL_PATH)
    print(
        f"{len(rows)} replies; threshold {cutoff}; model alone out of fold: "
        + ", ".join(f"{name} {100 * rate:.1f}%" for name, rate in rates.items())
    )
    print(f"saved {MODEL_PATH}")


if __name__ == "__main__":
    main()
