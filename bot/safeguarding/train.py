"""Training the risk classifier and measuring the whole screen with grouped cross-validation.

`python -m bot.safeguarding.train` (or `make train`) reads every CSV in
data/safeguarding/ except holdout.csv, writes model.json (same data, same
file: no clock, no randomness) and evaluation.json (per category and
register, rules / classifier / both, with phrasing families and categories
held out together so no fold tests a sentence whose twin it trained on).
"""

from __future__ import annotations

import argparse
import hashlib
import json
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
FOLDS = 5
C = 16.0  # inverse regularisation, compared on grouped folds (1, 4, 16: 16 best with families held out)
MIN_DF = 2  # a feature seen in one training text only is noise
# The classifier's threshold: the lowest whose out-of-fold false alarms stay within this share of
# ordinary comments (the rules add their own; the whole screen must stay within 3%).
MAX_FALSE_ALARMS = 0.015
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
    """The hand-written source file a corpus row came from (other CSVs count as one source each)."""
    return _sources().get((row.category, row.template), f"other/{row.template.split('_')[0]}")


def corpus_files(data: Path = DATA) -> list[Path]:
    return sorted(p for p in data.glob("*.csv") if p.name != HOLDOUT.name)


def load(data: Path = DATA) -> list[Row]:
    return [row for path in corpus_files(data) for row in read(path)]


def data_sha256(data: Path = DATA) -> str:
    digest = hashlib.sha256()
    for path in corpus_files(data):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def _train(texts: Sequence[str], labels: Sequence[str]) -> dict[str, Any]:
    """One linear text model on the shared machinery (no clock inside: the same data, the same file)."""
    model = training.train(texts, labels, SPEC, C=C, min_df=MIN_DF)
    model.pop("trained_at", None)
    return model


def train_model(rows: Sequence[Row], threshold: float) -> dict[str, Any]:
    """The model file's content: the risk model, the category model and the decision threshold."""
    risky = [r for r in rows if r.label == RISK]
    return {
        "threshold": threshold,
        "risk": _train([r.text for r in rows], [_label(r) for r in rows]),
        "category": _train([r.text for r in risky], [r.category for r in risky]),
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
        trained = _train([rows[i].text for i in train], [_label(rows[i]) for i in train])
        model = LinearTextModel(trained)
        for i in test:
            probabilities[i] = _dampened(model, rows[i].text)
    return probabilities


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
    """The lowest threshold whose out-of-fold false alarms stay within MAX_FALSE_ALARMS."""
    ordinary = sorted(
        (p for row, p in zip(rows, probabilities, strict=True) if row.label != "risk"), reverse=True
    )
    allowed = int(len(ordinary) * MAX_FALSE_ALARMS)
    return round(min(0.99, ordinary[allowed] + 1e-5), DIGITS) if ordinary else 0.5


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
    threshold = pick_threshold(rows, probabilities)
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
