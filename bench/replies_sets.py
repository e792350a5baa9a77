"""The ruler for the reply reader: every natural set read by the whole reader, trained without itself.

Usage: python -m bench.replies_sets [--weights 0,3] [--cutoffs 0.99] [--second none,0.95] [--kinds]

A natural set is one written by people who never saw the parser: the blind sets (A-K, in
data/replies/) and the outside sets (M on, in data/outside/). For each set and each natural-set
weight, the fallback is trained on the reply table without the families written from that set's
misreads, plus every *other* natural set in reply_training.TRAINING_SETS at that weight (weight 0:
the table alone, as shipped before round sixteen); the set is then read by the rules and that
model at each confidence cut, with and without the second opinion (reply_model.doubts_with).
Printed: understood / re-asked / misread per set, the mean and the worst, with R and T apart (no
rule was written against them). The rules themselves were written with the blind sets and M-Q in
view, so only R and T read the whole reader fresh.

Trained models are cached in the temporary directory under a digest of what they learned from, so
a second run with the same data only reads.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import statistics
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from bench.replies import Parse, motivated_by, outcomes, print_table
from bot.conversation import answers, reply_model
from bot.conversation.reply_table import Row, load_questions, load_rows, tally
from bot.conversation.reply_training import SPEC, TRAINING_SETS, examples, natural_sets
from bot.text import training
from bot.text.linear import LinearTextModel
from settings import Question

CACHE = Path(tempfile.gettempdir()) / "heard-replies-sets"
# Table families written after reading an outside set's misreads (template suffix "__r<round>").
ROUND_OF_SET = {"m": "r11", "n": "r12", "o": "r13", "p": "r14", "q": "r15"}
FRESH = ("r", "t")  # no rule, family or model was written from these


def written_from(template: str, letter: str) -> bool:
    """True for a table family written after reading natural set `letter`."""
    if letter in ROUND_OF_SET or letter in FRESH:
        return template.endswith(f"__{ROUND_OF_SET.get(letter, '-')}")
    suffix = template.rpartition("__")[2]
    return not suffix.startswith("r1") and motivated_by(template, letter)


def training_rows(
    letter: str, table: list[Row], natural: dict[str, list[Row]]
) -> tuple[list[Row], list[Row]]:
    """The table rows and natural rows a fallback may learn from when set `letter` is read."""
    kept = [row for row in table if not written_from(row.template, letter)]
    others = [row for name in TRAINING_SETS if name != letter for row in natural.get(name, [])]
    return kept, others


def trained(
    questions: dict[str, Question], table: list[Row], others: list[Row], weight: float
) -> LinearTextModel:
    """The fallback trained on `table` and, at `weight`, `others` (read from the cache when it has it)."""
    texts, labels, weights = examples(questions, table, others if weight else [], weight)
    digest = hashlib.sha256(
        json.dumps([texts, labels, weights, SPEC.to_dict()], ensure_ascii=False).encode("utf-8")
    ).hexdigest()[:24]
    path = CACHE / f"{digest}.json"
    if not path.exists():
        CACHE.mkdir(exist_ok=True)
        sample_weight = weights if weight else None
        training.save(training.train(texts, labels, SPEC, sample_weight=sample_weight, trained_at="-"), path)
    return LinearTextModel.load(path)


@contextmanager
def reader(model: LinearTextModel, cutoff: float, second: float | None) -> Iterator[Parse]:
    """parse_answer with `model` as its fallback at `cutoff` and, if `second`, as its second opinion."""
    saved = reply_model.propose, reply_model.doubts
    reply_model.propose = lambda q, t, lang="en": reply_model.propose_with(model, cutoff, q, t, lang)
    reply_model.doubts = lambda q, t, lang, value: (
        second is not None and reply_model.doubts_with(model, second, q, t, lang, value)
    )
    # parse_answer remembers short replies' readings by the *saved* model: a reading made with another
    # set's fallback, or at another cut, must not stand in for this one's
    answers.forget_readings()
    try:
        yield answers.parse_answer
    finally:
        reply_model.propose, reply_model.doubts = saved
        answers.forget_readings()


def _floats(text: str) -> list[float | None]:
    return [None if item == "none" else float(item) for item in text.split(",")]


def summary(per_set: dict[str, dict[str, float]]) -> str:
    """Mean and worst understood, total misread, and R and T apart."""
    understood = [f["understood"] for f in per_set.values()]
    misread = sum(f["misread"] * f["n"] for f in per_set.values()) / sum(f["n"] for f in per_set.values())
    fresh = "  ".join(
        f"{name.upper()} {f['understood']:.1f}/{f['reasked']:.1f}/{f['misread']:.1f}"
        for name, f in per_set.items()
        if name in FRESH
    )
    worst = min(per_set, key=lambda name: per_set[name]["understood"])
    misreading = sum(f["misread"] > 0 for f in per_set.values())
    return (
        f"mean understood {statistics.mean(understood):.2f}%, worst {worst.upper()} {min(understood):.1f}%,"
        f" misread {misread:.2f}% of all rows, sets misreading {misreading}  |  {fresh}"
    )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--weights", default="0,3", help="natural-set weights to train with (0: table alone)")
    parser.add_argument("--cutoffs", default=str(reply_model.threshold(reply_model.load())))
    parser.add_argument("--second", default="none", help="second-opinion cuts ('none': off)")
    parser.add_argument("--kinds", action="store_true", help="also print each set per question kind")
    parser.add_argument("--sets", default="", help="only these letters (default: every natural set)")
    args = parser.parse_args(argv)
    questions, table = load_questions(), load_rows()
    natural = {name: load_rows(path) for name, path in natural_sets().items()}
    letters = [name for name in natural if not args.sets or name in args.sets]
    print(f"natural sets {', '.join(n.upper() for n in natural)}; training sets {', '.join(TRAINING_SETS)}")
    for weight in _floats(args.weights):
        models = {}
        for name in letters:
            kept, others = training_rows(name, table, natural)
            models[name] = trained(questions, kept, others, weight or 0.0)
        for cutoff in _floats(args.cutoffs):
            for second in _floats(args.second):
                per_set, per_kind = {}, {}
                for name in letters:
                    with reader(models[name], cutoff or 1.0, second) as parse:
                        read = outcomes(natural[name], questions, parse)
                    per_set |= {name: tally(("all", o) for _, o in read)["all"]}
                    per_kind[name] = [(row.kind, o) for row, o in read]
                title = f"weight {weight}, cut {cutoff}, second opinion {second}"
                print_table(title, {name.upper(): f for name, f in per_set.items()})
                print(summary(per_set))
                if args.kinds:
                    for name in FRESH:
                        if name in per_kind:
                            print_table(
                                f"{title}, set {name.upper()} per question kind", tally(per_kind[name])
                            )
                    everything = tally(pair for name in letters for pair in per_kind[name])
                    print_table(f"{title}, every set per question kind", everything)


if __name__ == "__main__":
    main()
