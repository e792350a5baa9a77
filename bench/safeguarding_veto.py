"""A learned second look at the rules' non-urgent hits, read set by set (measured in round 14, not shipped).

Usage: python -m bench.safeguarding_veto [--weight 4] [--cut 0.65] [--vetoes 0.05,0.1,0.2]

A logistic regression reads the evidence of each non-urgent rule hit (the concepts found, negated or
resolved, their category and severity, concepts the screen's idiom and calm set-asides removed,
whether an everyday idiom or a settled sentence touched the message, and the classifier's score
for the message from a model trained without its set) and says whether it is a disclosure. It is
trained on the pending families (data/safeguarding/pending/) and on every natural set but the one
it reads. A hit it scores under the veto, with the classifier also under the cut, would be dropped:
per set, the disclosures that would be lost and the false alarms removed. Urgent hits are never
candidates. The bar for shipping: no disclosure lost on R or T and at most one on any other set.
"""

from __future__ import annotations

import argparse
import math
from collections.abc import Sequence

from bench import safeguarding_sets as ruler
from bot.safeguarding import context, train
from bot.safeguarding.classifier import RISK
from bot.safeguarding.corpus import Row
from bot.safeguarding.phrasings import screen_for
from bot.safeguarding.rules import FOUND, rules
from settings import Safeguarding, load_config

PENDING = "pending"


def evidence(text: str, score: float, settings: Safeguarding) -> dict[str, float]:
    """What the rules made of `text`, as named features, with the classifier's score as a log-odds."""
    kept = screen_for(settings).without_not_risk(text)
    features: dict[str, float] = {}
    found_on_screen = set()
    for finding in rules().screen_findings(kept):
        concept = finding.hit.concept
        for name in (concept.name, f"cat:{concept.category}", f"sev:{concept.severity}"):
            features[f"{finding.status}:{name}"] = 1.0
        if finding.status == FOUND:
            found_on_screen.add(concept.name)
    found_in_words = {f.hit.concept.name for f in rules().findings(kept) if f.status == FOUND}
    for name in found_in_words - found_on_screen:  # set aside as an idiom, a calm remark, a joke
        features[f"set_aside:{name}"] = features["set_aside"] = 1.0
    if context.without_idioms(kept) is not None:
        features["idiom"] = 1.0
    if context.unsettled(kept) is not None:
        features["settled"] = 1.0
    features["concepts"] = float(len(found_on_screen))
    bounded = min(max(score, 1e-4), 1 - 1e-4)
    features["log_odds"] = math.log(bounded / (1 - bounded))
    return features


def candidates(
    groups: dict[str, list[tuple[Row, float]]], seen: dict[str, ruler.Reading]
) -> list[tuple[str, Row, float]]:
    """(group, row, classifier score) for every rule hit a veto may look at: never an urgent one."""
    return [
        (name, row, score)
        for name, rows in groups.items()
        for row, score in rows
        if seen[row.text].by_rules and not seen[row.text].urgent
    ]


def read_vetoes(
    hits: Sequence[tuple[str, Row, float]], settings: Safeguarding, cut: float, vetoes: Sequence[float]
) -> dict[float, dict[str, tuple[int, int]]]:
    """Per veto, per natural set: (disclosures lost, false alarms removed), each set read without itself."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    features = [evidence(row.text, score, settings) for _, row, score in hits]
    out: dict[float, dict[str, tuple[int, int]]] = {veto: {} for veto in vetoes}
    for name in sorted({group for group, _, _ in hits} - {PENDING}):
        train_idx = [i for i, (group, _, _) in enumerate(hits) if group != name]
        test_idx = [i for i, (group, _, _) in enumerate(hits) if group == name]
        vectoriser = DictVectorizer()
        model = LogisticRegression(C=0.1, class_weight="balanced", max_iter=2000)
        model.fit(
            vectoriser.fit_transform([features[i] for i in train_idx]),
            [hits[i][1].label == RISK for i in train_idx],
        )
        chance = model.predict_proba(vectoriser.transform([features[i] for i in test_idx]))[:, 1]
        for veto in vetoes:
            dropped = [
                hits[i] for i, p in zip(test_idx, chance, strict=True) if p < veto and hits[i][2] < cut
            ]
            lost = sum(row.label == RISK for _, row, _ in dropped)
            out[veto][name] = (lost, len(dropped) - lost)
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--weight", type=float, default=train.BLIND_WEIGHT, help="weight of natural rows")
    parser.add_argument("--cut", type=float, default=None, help="the classifier's cut (default: config.yaml)")
    parser.add_argument("--vetoes", default="0.05,0.1,0.2,0.3")
    args = parser.parse_args(argv)
    settings = load_config().safeguarding
    cut = args.cut or settings.classifier_threshold or 0.5
    trained = train.load()
    trained += ruler.outside_rows(trained)  # every natural set, as the ruler reads them
    pending = ruler.pending_rows()
    seen = ruler.read_texts([r.text for r in trained + pending], settings)
    groups = ruler.by_set(trained, [r for r in trained if ruler.set_of(r)], args.weight, seen)
    everything = ruler.fit(trained, [args.weight if ruler.set_of(r) else 1.0 for r in trained], seen)
    groups[PENDING] = [(r, everything(seen[r.text]).score) for r in pending]  # never trained on pending
    hits = candidates(groups, seen)
    print(
        f"non-urgent rule hits: {sum(r.label == RISK for _, r, _ in hits)} disclosures, "
        f"{sum(r.label != RISK for _, r, _ in hits)} ordinary (pending included)"
    )
    for veto, per_set in read_vetoes(hits, settings, cut, [float(v) for v in args.vetoes.split(",")]).items():
        cells = "  ".join(f"{name} -{lost}/-{removed}" for name, (lost, removed) in per_set.items())
        lost = sum(lost for lost, _ in per_set.values())
        removed = sum(removed for _, removed in per_set.values())
        print(f"veto {veto}: {cells} | disclosures lost {lost}, false alarms removed {removed}")


if __name__ == "__main__":
    main()
