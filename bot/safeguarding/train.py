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
from pathlib import Path

from bot.safeguarding import context
from bot.safeguarding.classifier import MODEL, Classifier, featurise
from bot.safeguarding.corpus import DATA, Row, read
from bot.safeguarding.rules import rules

EVALUATION = DATA / "evaluation.json"
HOLDOUT = DATA / "holdout.csv"
FOLDS = 5
C = 1.0  # inverse regularisation, compared on grouped folds (0.3, 1, 3: little difference)
# The classifier's threshold: the lowest whose out-of-fold false alarms stay within this share of
# ordinary comments (the rules add their own; the whole screen must stay within 3%).
MAX_FALSE_ALARMS = 0.015
DIGITS = 5


def corpus_files(data: Path = DATA) -> list[Path]:
    return sorted(p for p in data.glob("*.csv") if p.name != HOLDOUT.name)


def load(data: Path = DATA) -> list[Row]:
    return [row for path in corpus_files(data) for row in read(path)]


def data_sha256(data: Path = DATA) -> str:
    digest = hashlib.sha256()
    for path in corpus_files(data):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def _fit(texts: Sequence[str], labels: Sequence[str] | Sequence[bool], solver: str = "liblinear"):
    from sklearn.feature_extraction.text import CountVectorizer
    from sklearn.linear_model import LogisticRegression

    vectoriser = CountVectorizer(analyzer=featurise, binary=True, min_df=2)
    matrix = vectoriser.fit_transform(texts)
    model = LogisticRegression(C=C, class_weight="balanced", max_iter=5000, solver=solver)
    model.fit(matrix, labels)
    return vectoriser, model


def train_model(rows: Sequence[Row], threshold: float) -> dict:
    """The model file's content: risk weights, category weights and the decision threshold."""
    texts = [r.text for r in rows]
    vectoriser, risk = _fit(texts, [r.label == "risk" for r in rows])
    names = vectoriser.get_feature_names_out()
    risky = [r for r in rows if r.label == "risk"]
    cat_vectoriser, category = _fit([r.text for r in risky], [r.category for r in risky], solver="lbfgs")
    cat_names = cat_vectoriser.get_feature_names_out()
    return {
        "threshold": threshold,
        "risk": {
            "bias": round(float(risk.intercept_[0]), DIGITS),
            "weights": {
                str(n): round(float(w), DIGITS)
                for n, w in zip(names, risk.coef_[0], strict=True)
                if abs(w) >= 1e-4
            },
        },
        "category": {
            "labels": [str(c) for c in category.classes_],
            "bias": [round(float(b), DIGITS) for b in category.intercept_],
            "weights": {
                str(n): [round(float(w), DIGITS) for w in column]
                for n, column in zip(cat_names, category.coef_.T, strict=True)
                if max(abs(column)) >= 1e-3
            },
        },
    }


def out_of_fold(rows: Sequence[Row]) -> list[float]:
    """Each row's risk probability from a model that never saw its phrasing family."""
    from sklearn.model_selection import StratifiedGroupKFold

    folds = StratifiedGroupKFold(n_splits=FOLDS)
    probabilities = [0.0] * len(rows)
    strata = [r.category for r in rows]
    groups = [f"{r.category}/{r.template}" for r in rows]
    for train, test in folds.split(rows, strata, groups):
        vectoriser, model = _fit([rows[i].text for i in train], [rows[i].label == "risk" for i in train])
        scores = model.predict_proba(vectoriser.transform([rows[i].text for i in test]))[:, 1]
        scores = _dampened(vectoriser, model, [rows[i].text for i in test], scores)
        for i, p in zip(test, scores, strict=True):
            probabilities[i] = float(p)
    return probabilities


def _dampened(vectoriser, model, texts: Sequence[str], scores) -> list[float]:
    """Each score no higher than its text's unsettled sentences score (as the screen does, context.py)."""
    from bot.safeguarding.context import unsettled

    rests = [unsettled(t) for t in texts]
    found = [i for i, rest in enumerate(rests) if rest is not None]
    if not found:
        return list(scores)
    again = model.predict_proba(vectoriser.transform([rests[i] or "" for i in found]))[:, 1]
    dampened = [float(s) for s in scores]
    for i, p in zip(found, again, strict=True):
        dampened[i] = min(dampened[i], float(p)) if (rests[i] or "").strip() else 0.0
    return dampened


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
