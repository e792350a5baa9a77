"""Training the risk classifier and measuring the whole screen with grouped cross-validation.

`python -m bot.safeguarding.train` (or `make train`) reads every CSV in
data/safeguarding/ except holdout.csv, the blind sets in data/safeguarding/blind/ and the outside
sets named in `OUTSIDE_TRAINING` (each written by writers who never saw the code; once read they are
training data, and each is measured by a model trained without it, `leave_one_set_out`), writes
model.json (same data, same file: no clock, no randomness; its threshold is `THRESHOLD`, the cut the
ruler chose) and evaluation.json (per category and register, rules / classifier / both at that cut,
with phrasing families and categories held out together so no fold tests a sentence whose twin it
trained on).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
from collections import defaultdict
from collections.abc import Sequence
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import Any

from bot.safeguarding import context
from bot.safeguarding.classifier import MODEL, RISK, Classifier, scoreable
from bot.safeguarding.corpus import DATA, SOURCE, Row, read, read_source
from bot.safeguarding.features import SPEC
from bot.safeguarding.rules import rules
from bot.text import training
from bot.text.linear import LinearTextModel

EVALUATION = DATA / "evaluation.json"
HOLDOUT = DATA / "holdout.csv"
BLIND = "blind"
# The outside sets as delivered (M onwards; set M is trained on from blind/).
OUTSIDE = DATA.parent / "outside"
OUTSIDE_GLOB = "safeguarding_set_*.csv"
# The outside sets trained on, named one by one and never globbed: sets S and U are test sets, and a
# set dropped into data/outside/ is read by the ruler (`bench.safeguarding_sets`) but trained on only
# once it is named here. Round 16 shipped every set round 15 measured (docs/evaluation.md, "Round 16").
OUTSIDE_TRAINING: tuple[str, ...] = ("n", "o", "p", "q", "r", "t", "v", "w", "x", "y", "z", "aa", "ab")
# The outside sets the ruler trains on (each read without itself) to measure training on them: a new
# set is measured here before it is named in OUTSIDE_TRAINING.
MEASURED: tuple[str, ...] = ("n", "o", "p", "q", "r", "t", "v", "w", "x", "y", "z", "aa", "ab", "ac", "ad")
FOLDS = 5
# Inverse regularisation, compared with whole source files held out (1, 4, 16): 16 best there, and on
# text written by other hands (holdout, blind sets); the weaker setting is not overfitting here. Kept
# for the category model; the risk model has its own since the natural sets train it (RISK_C).
C = 16.0
# The risk model's own, stronger regularisation (round 17), read on the ruler (`python -m
# bench.safeguarding_alarms --c C`, every natural set without itself): C 16 at its cut 0.65 missed 67
# with 195 false alarms; C 4 missed 62 / 181 at 0.60 and 53 / 194 at 0.55; C 2 66 / 179 at 0.60.
# Smaller weights on single words and n-grams carry less of one look-alike phrasing to the next
# writer. The category model keeps C (it only names the category of an alarm already raised).
RISK_C = 4.0
MIN_DF = 2  # a feature seen in one training text only is noise
# Rows written by outside writers (the blind and outside sets) count more: they are the voices the
# corpus's own families miss. Round 9 (weight 2), each blind set read by a model trained without it, at
# the trained threshold: 1,691 of 1,842 disclosures against 1,664 unweighted, false alarms 26 against 23
# of 1,824.
# With the outside sets N to V trained on as well (round 15, `python -m bench.safeguarding_sets --weight
# W --cuts 0.6,0.65,0.7,0.75`: every natural set read through the whole screen by a model trained
# without it, 3,704 disclosures and 3,686 ordinary comments), at 0.65: weight 2 missed 75 with 180
# false alarms, 3 missed 72 / 185, 4 missed 74 / 184, 6 missed 67 / 195, the fewest, and 16 on its
# worst set (V) against 3's 21; the screen before them 81 / 205 at 0.70.
BLIND_WEIGHT = 6.0
# The cut the model ships with (model.json's `threshold`; config.yaml's classifier_threshold is the
# same): the one the ruler above chose, on every natural set read by a model trained without it.
# At weight 6: 0.60 missed 61 / 203 false alarms, 0.65 67 / 195, 0.70 79 / 185, 0.75 90 / 176.
# Round 17, the risk model at RISK_C 4: 0.55 missed 53 / 194, 0.60 62 / 181, 0.65 75 / 173.
# A budget on the training rows' out-of-fold scores (`pick_threshold`) is only reported now: the
# natural sets' look-alikes push those scores up, so it landed at 0.959 and missed a plain disclosure.
THRESHOLD = 0.60
# The reported budget: the lowest cut at which the whole screen (rules or classifier) alarms on no more
# than this share of ordinary comments, on scores from folds that held out whole source files.
MAX_FALSE_ALARMS = 0.03
THRESHOLD_FOLDS = "source"
DIGITS = 5


@cache
def _sources() -> dict[tuple[str, str], str]:
    """(category, template) -> the source file it was written in."""
    return {
        (row.category, row.template): path.stem
        for path in sorted(SOURCE.glob("*.txt"))
        for row in read_source(path)
    }


def source_of(row: Row) -> str:
    """The hand-written source file a corpus row came from: a blind set is one source ("blindE"),
    other CSVs one source per template prefix."""
    return (
        _sources().get((row.category, row.template))
        or blind_set(row)
        or f"other/{row.template.split('_')[0]}"
    )


# Sets written by outside hands, by the template's prefix: "blindE:r001" (a blind set), "blindQ2:sg001"
# (the second of set Q's three writers), "trainT1:sg001" (set T, written as training examples).
NATURAL_SET = re.compile(r"(?:blind|train)([A-Z]+)\d*")


def blind_set(row: Row) -> str | None:
    """The outside set a row came from, named "blind" and its letter ("blindE" for "blindE:r001",
    "blindQ" for every one of set Q's writers, "blindT" for "trainT1:sg001"), or None."""
    prefix, colon, _ = row.template.partition(":")
    found = NATURAL_SET.fullmatch(prefix) if colon else None
    return f"{BLIND}{found.group(1)}" if found else None


def corpus_files(data: Path = DATA) -> list[Path]:
    """Every training CSV: the corpus and other CSVs beside it (not holdout.csv), the blind sets, then
    the outside sets named in `OUTSIDE_TRAINING` (in data/outside/ beside `data`)."""
    outside = data.parent / OUTSIDE.name
    return (
        sorted(p for p in data.glob("*.csv") if p.name != HOLDOUT.name)
        + sorted((data / BLIND).glob("set_*.csv"))
        + [outside / f"safeguarding_set_{name}.csv" for name in OUTSIDE_TRAINING]
    )


def load(data: Path = DATA) -> list[Row]:
    return [row for path in corpus_files(data) for row in read(path)]


def data_sha256(data: Path = DATA) -> str:
    digest = hashlib.sha256()
    for path in corpus_files(data):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def _train(rows: Sequence[Row], labels: Sequence[str], c: float = RISK_C) -> dict[str, Any]:
    """One linear text model on the shared machinery (no clock inside: the same data, the same file)."""
    weights = [BLIND_WEIGHT if blind_set(r) else 1.0 for r in rows]
    model = training.train([r.text for r in rows], labels, SPEC, C=c, min_df=MIN_DF, sample_weight=weights)
    model.pop("trained_at", None)
    return model


def train_model(rows: Sequence[Row], threshold: float) -> dict[str, Any]:
    """The model file's content: the risk model, the category model and the decision threshold."""
    risky = [r for r in rows if r.label == RISK]
    return {
        "threshold": threshold,
        "risk": _train(rows, [_label(r) for r in rows]),
        "category": _train(risky, [r.category for r in risky], C),
    }


def _label(row: Row) -> str:
    return RISK if row.label == RISK else "ordinary"


def folds(rows: Sequence[Row], by: str = "template") -> list[tuple[list[int], list[int]]]:
    """Grouped folds: a phrasing family (`by="template"`) or a whole source file (`by="source"`) is
    never in both training and testing."""
    from sklearn.model_selection import StratifiedGroupKFold

    strata = [r.category for r in rows]
    by_source = by == "source"
    groups = [source_of(r) if by_source else f"{r.category}/{r.template}" for r in rows]
    n_splits = min(FOLDS, len(set(groups)))
    split = StratifiedGroupKFold(n_splits=n_splits).split(list(range(len(rows))), strata, groups)
    return [(list(train), list(test)) for train, test in split]


def out_of_fold(rows: Sequence[Row], by: str = "template") -> list[float]:
    """Each row's risk probability from a model that never saw its phrasing family (or source file)."""
    probabilities = [0.0] * len(rows)
    for train, test in folds(rows, by):
        trained = _train([rows[i] for i in train], [_label(rows[i]) for i in train])
        model = LinearTextModel(trained)
        for i in test:
            probabilities[i] = _dampened(model, rows[i].text)
    return probabilities


def leave_one_set_out(rows: Sequence[Row]) -> dict[str, tuple[list[Row], list[float]]]:
    """For each blind set: its rows and their scores from a model trained on everything else.

    The honest figure for a writer the model never read (the rules, though, were written with
    the sets in view)."""
    sets = sorted({s for s in map(blind_set, rows) if s})
    out: dict[str, tuple[list[Row], list[float]]] = {}
    for name in sets:
        train_rows = [r for r in rows if blind_set(r) != name]
        test_rows = [r for r in rows if blind_set(r) == name]
        model = LinearTextModel(_train(train_rows, [_label(r) for r in train_rows]))
        out[name] = (test_rows, [_dampened(model, r.text) for r in test_rows])
    return out


def _dampened(model: LinearTextModel, text: str) -> float:
    """The score no higher than its unsettled sentences' score (as the screen does, context.py)."""
    score = _score(model, text)
    rest = context.unsettled(text)
    if rest is None:
        return score
    return min(score, _score(model, rest)) if rest.strip() else 0.0


def _score(model: LinearTextModel, text: str) -> float:
    return model.probabilities(text).get(RISK, 0.0) if scoreable(text) else 0.0


def pick_threshold(rows: Sequence[Row], probabilities: Sequence[float]) -> float:
    """The lowest threshold at which rules or classifier alarm on at most MAX_FALSE_ALARMS of ordinary rows.

    Ordinary rows the rules already flag count once whatever the threshold; the classifier may add
    alarms only up to the rest of the budget. (Round 15 chose on the corpus's own rows alone, so that
    the natural sets' hard look-alikes would not eat the budget: the rules flag 1.7% of the corpus's
    look-alikes, written against them, against 1.3% of these rows, and with sets N to V trained on
    the threshold came out 0.959, not lower. Measured, not kept: docs/evaluation.md, "Round 15".)
    """
    screen = rules()
    ordinary = [(p, screen.match(r.text) is not None) for r, p in zip(rows, probabilities, strict=True)]
    ordinary = [(p, by_rules) for (p, by_rules), r in zip(ordinary, rows, strict=True) if r.label != "risk"]
    if not ordinary:
        return 0.5
    allowed = int(len(ordinary) * MAX_FALSE_ALARMS) - sum(by_rules for _, by_rules in ordinary)
    scores = sorted((p for p, by_rules in ordinary if not by_rules), reverse=True)
    if allowed < 0 or not scores:
        return 0.99
    return round(min(0.99, scores[min(allowed, len(scores) - 1)] + 1e-5), DIGITS)


def budget(rows: Sequence[Row], probabilities: Sequence[float]) -> dict[str, float]:
    """How the false-alarm budget is spent: the rules' share of ordinary rows, what is left for the
    classifier, and the threshold (and whole-screen recall) if the classifier had the budget alone.

    Round 11 asked whether the rules' alarms are what push the trained threshold up; this says it.
    """
    screen = rules()
    by_rules = [screen.match(r.text) is not None for r in rows]
    ordinary = [i for i, r in enumerate(rows) if r.label != "risk"]
    risk = [i for i, r in enumerate(rows) if r.label == "risk"]
    alone = sorted((probabilities[i] for i in ordinary), reverse=True)
    threshold_alone = alone[min(int(len(ordinary) * MAX_FALSE_ALARMS), len(alone) - 1)] + 1e-5
    return {
        "rules_false_alarms": round(sum(by_rules[i] for i in ordinary) / len(ordinary), 4),
        "classifier_allowance": round(
            MAX_FALSE_ALARMS - sum(by_rules[i] for i in ordinary) / len(ordinary), 4
        ),
        "threshold_classifier_alone": round(threshold_alone, DIGITS),
        "recall_if_classifier_alone_had_the_budget": round(
            sum(by_rules[i] or probabilities[i] >= threshold_alone for i in risk) / len(risk), 4
        ),
    }


def _rates(rows: Sequence[Row], flags: dict[str, list[bool]]) -> dict:
    risk = [i for i, r in enumerate(rows) if r.label == "risk"]
    ordinary = [i for i, r in enumerate(rows) if r.label != "risk"]
    share = lambda idx, layer: round(sum(flags[layer][i] for i in idx) / len(idx), 4) if idx else None  # noqa: E731
    return {
        "disclosures": len(risk),
        "recall": {layer: share(risk, layer) for layer in flags},
        "ordinary": len(ordinary),
        "false_alarms": {layer: share(ordinary, layer) for layer in flags},
    }


def _by(rows: Sequence[Row], flags: dict[str, list[bool]], key) -> dict:
    groups: dict[str, list[int]] = defaultdict(list)
    for i, row in enumerate(rows):
        if row.label == "risk":
            groups[key(row)].append(i)
    return {
        name: {
            "n": len(idx),
            "recall": {layer: round(sum(flags[layer][i] for i in idx) / len(idx), 4) for layer in flags},
        }
        for name, idx in sorted(groups.items())
    }


def layer_flags(
    rows: Sequence[Row], probabilities: Sequence[float], threshold: float
) -> dict[str, list[bool]]:
    screen = rules()
    by_rules = [screen.match(r.text) is not None for r in rows]
    by_model = [p >= threshold for p in probabilities]
    return {
        "rules": by_rules,
        "classifier": by_model,
        "both": [a or b for a, b in zip(by_rules, by_model, strict=True)],
    }


def report(rows: Sequence[Row], flags: dict[str, list[bool]]) -> dict:
    return {
        "overall": _rates(rows, flags),
        "categories": _by(rows, flags, lambda r: r.category),
        "registers": _by(rows, flags, lambda r: f"{r.register}/{r.language}"),
        "ordinary_kinds": {
            kind: {"n": n, "false_alarms": fa} for kind, n, fa in _ordinary_kinds(rows, flags)
        },
    }


def _ordinary_kinds(rows: Sequence[Row], flags: dict[str, list[bool]]):
    kinds: dict[str, list[int]] = defaultdict(list)
    for i, row in enumerate(rows):
        if row.label != "risk":
            kinds[row.category].append(i)
    for kind, idx in sorted(kinds.items()):
        yield (
            kind,
            len(idx),
            {layer: round(sum(flags[layer][i] for i in idx) / len(idx), 4) for layer in flags},
        )


def main(argv: Sequence[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--model", type=Path, default=MODEL)
    parser.add_argument("--evaluation", type=Path, default=EVALUATION)
    args = parser.parse_args(argv)
    rows = load(args.data)
    probabilities = out_of_fold(rows)
    threshold = THRESHOLD
    # Reported, not used: the cut the old budget rule would pick, within it on both views (phrasing
    # families held out, and whole source files held out).
    budget_threshold = max(
        pick_threshold(rows, probabilities), pick_threshold(rows, out_of_fold(rows, THRESHOLD_FOLDS))
    )
    model = train_model(rows, threshold)
    args.model.write_text(json.dumps(model, sort_keys=True, separators=(",", ":")) + "\n", encoding="utf-8")
    evaluation = {
        "trained_at": datetime.now(UTC).date().isoformat(),
        "data_sha256": data_sha256(args.data),
        "folds": (
            f"{FOLDS} folds stratified by category; each phrasing family (template, with its texting,"
            " longer-comment and misspelt variants) is held out whole"
        ),
        "threshold": threshold,
        "threshold_rule": (
            "the cut chosen on every natural set read through the whole screen by a classifier trained"
            f" without it (python -m bench.safeguarding_sets --weight {BLIND_WEIGHT:g})"
        ),
        "budget_threshold": budget_threshold,
        "budget_rule": (
            f"reported only: lowest cut at which rules or classifier flag at most {MAX_FALSE_ALARMS:.0%}"
            " of ordinary comments, on scores from folds holding out whole phrasing families and,"
            f" separately, whole {THRESHOLD_FOLDS} files (the higher of the two)"
        ),
        **report(rows, layer_flags(rows, probabilities, threshold)),
    }
    holdout = args.data / HOLDOUT.name
    if holdout.exists():
        held = read(holdout)
        trained = Classifier(model)
        evaluation["holdout"] = report(
            held, layer_flags(held, [context.risk(trained, r.text) for r in held], threshold)
        )
    args.evaluation.write_text(json.dumps(evaluation, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return evaluation


if __name__ == "__main__":
    result = main()
    print(json.dumps({"threshold": result["threshold"], **result["overall"]}, indent=1))
