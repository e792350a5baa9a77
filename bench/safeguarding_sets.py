"""The safeguarding screen read set by set, each natural set by a classifier trained without it.

Usage: python -m bench.safeguarding_sets [--weight 3] [--cuts 0.6,0.7,0.8] [--untrained N,O,P,Q,R,T,V]

A natural set is one written by outside hands (blind sets A-M in data/safeguarding/blind/, the
outside sets in data/outside/). For each set trained on (what `make train` reads, and the outside
sets round 15 measured, `train.MEASURED`), the classifier is trained on everything else and the
whole screen (concept rules, the council's phrasings, the classifier with its settled-sentence and
idiom dampening) reads the set: caught and false alarms
per set, then the mean and the worst. The rules were written with sets A-Q in view, so those
flatter them; sets R, S and T were never read by the rules and are printed apart.

Outside sets neither trained on nor measured (test sets S and U, a set just delivered) are read
but never trained on, all by the one model trained on the rest; so are the sets given with
--untrained (--untrained N,O,P,Q,R,T,V reads the screen as `make train` builds it). Features
and rule verdicts are cached on disk (keyed by the code and the text), so a second run pays only
for the model fits.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import statistics
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from bot.safeguarding import context, train
from bot.safeguarding.classifier import RISK, scoreable
from bot.safeguarding.corpus import ROOT, Row, expand, read, read_source
from bot.safeguarding.features import SPEC
from bot.safeguarding.phrasings import screen_for
from bot.safeguarding.screen import screen
from bot.text.features import featurise
from bot.text.training import build_pipeline
from settings import Safeguarding, load_config

PENDING = train.DATA / "pending"
# outside the repository: scratch, never committed
CACHE = Path(tempfile.gettempdir()) / "heard_safeguarding_sets.json"
# Sets the rules never read: the honest test of the rules as well as the classifier.
UNREAD_BY_RULES = ("R", "S", "T")
CUTS = (0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9)
Features = tuple[str, ...]


def set_of(row: Row) -> str | None:
    """The natural set a row belongs to ("Q" for "blindQ2:sg001": a set's writers are one group)."""
    name = train.blind_set(row)
    return name.removeprefix(train.BLIND) if name else None


def outside_rows(known: Sequence[Row]) -> list[Row]:
    """The outside sets' rows (data/outside/) of every set not already among `known` (set M is in
    data/safeguarding/blind/)."""
    sets = {set_of(r) for r in known}
    rows = [r for path in sorted(train.OUTSIDE.glob(train.OUTSIDE_GLOB)) for r in read(path)]
    return [r for r in rows if set_of(r) not in sets]


def measured_rows(known: Sequence[Row]) -> list[Row]:
    """`known` (what `make train` reads) and the outside sets round 15 measured training on
    (`train.MEASURED`) where `make train` does not read them yet."""
    sets = {set_of(r) for r in known}
    paths = [train.OUTSIDE / f"safeguarding_set_{name}.csv" for name in train.MEASURED]
    return [*known, *(r for path in paths for r in read(path) if set_of(r) not in sets)]


def split(known: Sequence[Row], untrained: set[str]) -> tuple[list[Row], list[Row]]:
    """(rows trained on, rows only read): `known` is what is trained on; the outside sets it does not
    hold (test sets S and U, a set just delivered) are read but never trained on, nor are the sets
    in `untrained` (to read the screen as it was before they were trained on)."""
    only_read = outside_rows(known)
    untrained = untrained | {name for r in only_read if (name := set_of(r))}
    everything = [*known, *only_read]
    return (
        [r for r in everything if set_of(r) not in untrained],
        [r for r in everything if set_of(r) in untrained],
    )


def pending_rows() -> list[Row]:
    """The pending look-alike and disclosure families (never natural: always trained on when asked)."""
    return [row for path in sorted(PENDING.glob("*.txt")) for r in read_source(path) for row in expand(r)]


@dataclass(frozen=True)
class Reading:
    """What the screen makes of one text besides the classifier's weights."""

    by_rules: bool  # a concept rule or the council's phrasing fired
    urgent: bool  # ... at urgent severity
    features: Features  # the text's features, for training
    # the texts the screen scores (context.risk): whole, idioms blanked, settled sentences out;
    # None where that reading does not apply, () where it scores 0 (too short, or nothing left)
    variants: tuple[Features | None, ...]


def _code_key(settings: Safeguarding) -> str:
    """What a reading depends on: the screen's code (training code aside) and the council's phrasings
    (not the classifier's cut, which the readings leave to the caller)."""
    digest = hashlib.sha256()
    for path in sorted((ROOT / "bot").rglob("*.py")):
        if path.name != "train.py":
            digest.update(path.read_bytes())
    phrasings = settings.model_dump(
        include={"rules", "not_risk", "categories", "severities", "fuzzy_min_length"}
    )
    digest.update(json.dumps(phrasings, sort_keys=True).encode())
    return digest.hexdigest()


def _scored(text: str | None) -> Features | None:
    if text is None:
        return None
    return tuple(featurise(text, SPEC)) if text.strip() and scoreable(text) else ()


def read_texts(texts: Sequence[str], settings: Safeguarding) -> dict[str, Reading]:
    """Readings of `texts`, from the disk cache where the code and the text are unchanged."""
    key = _code_key(settings)
    cache: dict[str, list] = {}
    if CACHE.exists():
        stored = json.loads(CACHE.read_text(encoding="utf-8"))
        cache = stored["readings"] if stored["key"] == key else {}
    rules_only = settings.model_copy(update={"classifier": False})
    missing = [t for t in dict.fromkeys(texts) if t not in cache]
    for text in missing:
        hit = screen(rules_only, text)
        kept = screen_for(settings).without_not_risk(text)
        cache[text] = [
            hit is not None,
            hit is not None and hit.severity == "urgent",
            tuple(featurise(text, SPEC)),
            [_scored(kept), _scored(context.without_idioms(kept)), _scored(context.unsettled(kept))],
        ]
    if missing:
        CACHE.write_text(json.dumps({"key": key, "readings": cache}), encoding="utf-8")
    return {text: _reading(*cache[text]) for text in texts}


def _reading(by_rules: bool, urgent: bool, features: list[str], variants: list[list[str] | None]) -> Reading:
    return Reading(by_rules, urgent, tuple(features), tuple(v if v is None else tuple(v) for v in variants))


def _identity(features: Features) -> Features:
    return features


def fit(rows: Sequence[Row], weights: Sequence[float], seen: dict[str, Reading]):
    """The risk model as `train._train` makes it, on cached features; returns a scorer of features."""
    vectoriser, model = build_pipeline(SPEC, C=train.RISK_C, min_df=train.MIN_DF)
    vectoriser.set_params(analyzer=_identity)
    matrix = vectoriser.fit_transform([seen[r.text].features for r in rows])
    model.fit(matrix, [train._label(r) for r in rows], sample_weight=list(weights))
    column = list(model.classes_).index(RISK)

    def scores(reading: Reading) -> float:
        """The screen's score: the lowest of its readings (an alarm needs every one over the cut)."""
        present = [v for v in reading.variants if v is not None]
        texts = [v for v in present if v]
        if len(texts) < len(present):
            return 0.0
        return float(model.predict_proba(vectoriser.transform(texts))[:, column].min())

    return scores


def by_set(
    trained: Sequence[Row], natural: Sequence[Row], weight: float, seen: dict[str, Reading]
) -> dict[str, list[tuple[Row, float]]]:
    """Each natural set's rows with their scores from a model trained on `trained` without that set."""
    out: dict[str, list[tuple[Row, float]]] = {}
    weights = [weight if set_of(r) else 1.0 for r in trained]
    for name in sorted({s for r in trained if (s := set_of(r))}):
        keep = [i for i, r in enumerate(trained) if set_of(r) != name]
        score = fit([trained[i] for i in keep], [weights[i] for i in keep], seen)
        out[name] = [(r, score(seen[r.text])) for r in natural if set_of(r) == name]
        print(f"  set {name} read ({len(keep)} training rows)", flush=True)
    return out


def tally(
    rows: Sequence[tuple[Row, float]], cut: float, seen: dict[str, Reading]
) -> tuple[int, int, int, int]:
    """(disclosures caught, disclosures, false alarms, ordinary) for the whole screen at `cut`."""
    alarm = [(r, seen[r.text].by_rules or s >= cut) for r, s in rows]
    risk = [a for r, a in alarm if r.label == RISK]
    ordinary = [a for r, a in alarm if r.label != RISK]
    return sum(risk), len(risk), sum(ordinary), len(ordinary)


def print_table(scored: dict[str, list[tuple[Row, float]]], cuts: Sequence[float], seen) -> None:
    print(f"{'set':<6}" + "".join(f"{c:>14}" for c in cuts) + "   (caught/n  false alarms)")
    groups = {"written against by the rules": [s for s in scored if s not in UNREAD_BY_RULES]}
    groups["never read by the rules"] = [s for s in scored if s in UNREAD_BY_RULES]
    for title, names in groups.items():
        if not names:
            continue
        print(f"-- {title}")
        for name in names:
            cells = [tally(scored[name], c, seen) for c in cuts]
            print(f"{name:<6}" + "".join(f"{f'{c}/{n} {fa}':>14}" for c, n, fa, _ in cells))
        for label, pick in (("mean", statistics.mean), ("worst", None)):
            line = f"{label:<6}"
            for cut in cuts:
                cells = [tally(scored[n], cut, seen) for n in names]
                missed = [n - c for c, n, _, _ in cells]
                alarms = [fa / m for _, _, fa, m in cells]
                if pick is None:
                    line += f"{f'-{max(missed)} {max(alarms):.1%}':>14}"
                else:
                    line += f"{f'-{pick(missed):.1f} {pick(alarms):.1%}':>14}"
            print(line)


def main(argv: list[str] | None = None) -> dict[str, list[tuple[Row, float]]]:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--weight", type=float, default=train.BLIND_WEIGHT, help="weight of natural rows")
    parser.add_argument("--cuts", default=",".join(map(str, CUTS)), help="classifier cuts to read at")
    parser.add_argument(
        "--untrained", default="", help="sets read but never trained on, e.g. N,O,P,Q,R (the screen before)"
    )
    parser.add_argument("--pending", action="store_true", help="train on the pending families as well")
    args = parser.parse_args(argv)
    settings = load_config().safeguarding
    untrained = set(filter(None, args.untrained.upper().split(",")))
    trained, extra = split(measured_rows(train.load()), untrained)
    if args.pending:
        trained = trained + pending_rows()
    natural = [r for r in trained if set_of(r)]
    seen = read_texts([r.text for r in trained + extra], settings)
    print(f"{len(trained)} rows trained on, {len(natural) + len(extra)} natural; their weight {args.weight}")
    scored = by_set(trained, natural, args.weight, seen)
    if extra:  # sets never trained on are all read by the one model trained on everything
        score = fit(trained, [args.weight if set_of(r) else 1.0 for r in trained], seen)
        for name in sorted({s for r in extra if (s := set_of(r))}):
            scored[name] = [(r, score(seen[r.text])) for r in extra if set_of(r) == name]
    print_table(scored, [float(c) for c in args.cuts.split(",")], seen)
    return scored


if __name__ == "__main__":
    main()
