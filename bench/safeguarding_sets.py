"""The safeguarding screen read set by set, each natural set by a classifier trained without it.

Usage: python -m bench.safeguarding_sets [--weight 3] [--cuts 0.6,0.7,0.8] [--untrained N,O,P,Q,R,T,V]
       [--trained-only] [--no-look]

A natural set is one written by outside hands (blind sets A-M in data/safeguarding/blind/, the
outside sets in data/outside/). For each set trained on (what `make train` reads, and the outside
sets round 15 measured, `train.MEASURED`), the classifier is trained on everything else and the
whole screen (concept rules, the council's phrasings, the classifier with its settled-sentence and
idiom dampening) reads the set: caught and false alarms
per set, then the mean and the worst. The rules were written with sets A-Q in view, so those
flatter them; sets R, S and T were never read by the rules and are printed apart.

Outside sets neither trained on nor measured (test sets S and U, a set just delivered) are read
but never trained on, all by the one model trained on the rest; so are the sets given with
--untrained (--untrained N,O,P,Q,R,T,V reads the screen as `make train` builds it);
`--trained-only` reads only the sets trained on (never S, U or a new set).

Then the same with a learned second look at the classifier's alarms (bench/safeguarding_look.py,
measured, not shipped; `--no-look` leaves it out): each set's classifier-only alarms are read by a
look trained on the other sets' candidates, themselves scored by models trained without their own
set; and the totals over the sets trained on for the look's neighbouring settings. Features and
rule verdicts are cached on disk (keyed by the code and the text), so a second run pays only for
the model fits.
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

from bench import safeguarding_look as second_look
from bench.safeguarding_look import Readings
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
# The second look's neighbouring settings, read beside the shipped one.
LOOK_C = (0.1, 0.3, 1.0)
VETOES = (0.02, 0.05, 0.1)
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
    """The risk model as `train._train` makes it, on cached features; returns a scorer of a reading
    (every score the screen takes of it: `second_look.Readings`)."""
    vectoriser, model = build_pipeline(SPEC, C=train.RISK_C, min_df=train.MIN_DF)
    vectoriser.set_params(analyzer=_identity)
    matrix = vectoriser.fit_transform([seen[r.text].features for r in rows])
    model.fit(matrix, [train._label(r) for r in rows], sample_weight=list(weights))
    column = list(model.classes_).index(RISK)

    def scores(reading: Reading) -> Readings:
        texts = [v for v in reading.variants if v]
        found = iter(model.predict_proba(vectoriser.transform(texts))[:, column].tolist() if texts else [])
        whole, idioms, settled = (
            None if v is None else (next(found) if v else 0.0) for v in reading.variants
        )
        return Readings(whole or 0.0, idioms, settled)

    return scores


def read_by_set(
    trained: Sequence[Row], natural: Sequence[Row], weight: float, seen: dict[str, Reading]
) -> dict[str, list[tuple[Row, Readings]]]:
    """Each natural set's rows with their readings from a model trained on `trained` without that set."""
    out: dict[str, list[tuple[Row, Readings]]] = {}
    weights = [weight if set_of(r) else 1.0 for r in trained]
    for name in sorted({s for r in trained if (s := set_of(r))}):
        keep = [i for i, r in enumerate(trained) if set_of(r) != name]
        score = fit([trained[i] for i in keep], [weights[i] for i in keep], seen)
        out[name] = [(r, score(seen[r.text])) for r in natural if set_of(r) == name]
        print(f"  set {name} read ({len(keep)} training rows)", flush=True)
    return out


def by_set(
    trained: Sequence[Row], natural: Sequence[Row], weight: float, seen: dict[str, Reading]
) -> dict[str, list[tuple[Row, float]]]:
    """Each natural set's rows with their scores from a model trained on `trained` without that set."""
    read = read_by_set(trained, natural, weight, seen)
    return {name: [(r, x.score) for r, x in rows] for name, rows in read.items()}


def _candidates(
    read: dict[str, list[tuple[Row, Readings]]], seen: dict[str, Reading], settings: Safeguarding
):
    """(set, row, text as screened, readings) for each row only the classifier would alarm on."""
    kept = screen_for(settings).without_not_risk
    return [
        (name, r, kept(r.text), x)
        for name, rows in read.items()
        for r, x in rows
        if not seen[r.text].by_rules and x.score >= second_look.FLOOR
    ]


def look_examples(read, seen, settings) -> list[tuple[str, Readings, bool]]:
    return [(text, x, r.label == RISK) for _, r, text, x in _candidates(read, seen, settings)]


def look_by_set(
    read: dict[str, list[tuple[Row, Readings]]],
    seen: dict[str, Reading],
    settings: Safeguarding,
    c: float = second_look.C,
) -> dict[tuple[str, str], float]:
    """The second look's chance for each set's classifier-only candidates ((set, text) -> chance),
    from a look trained on every other set's candidates (no set's rows are
    read by a look that learnt from them)."""
    candidates = _candidates(read, seen, settings)
    chance: dict[tuple[str, str], float] = {}
    for name in sorted({n for n, *_ in candidates}):
        examples = [(text, x, r.label == RISK) for n, r, text, x in candidates if n != name]
        look = second_look.SecondLook(second_look.fit(examples, c))
        chance.update({(n, r.text): look.chance(text, x) for n, r, text, x in candidates if n == name})
    return chance


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


def with_look(
    read: dict[str, list[tuple[Row, Readings]]], chance: dict[tuple[str, str], float], veto: float
) -> dict[str, list[tuple[Row, float]]]:
    """Each set's scores with the second look's vetoes as a score of 0 (the rules still alarm on
    their own): a veto does not depend on the cut, for any cut at or over the look's floor."""
    return {
        name: [(r, 0.0 if chance.get((name, r.text), 1.0) < veto else x.score) for r, x in rows]
        for name, rows in read.items()
    }


def totals(scored: dict[str, list[tuple[Row, float]]], cut: float, seen) -> tuple[int, int]:
    """(disclosures missed, false alarms) over every set."""
    cells = [tally(rows, cut, seen) for rows in scored.values()]
    return sum(n - c for c, n, _, _ in cells), sum(fa for _, _, fa, _ in cells)


def report(
    read: dict[str, list[tuple[Row, Readings]]],
    seen: dict[str, Reading],
    settings: Safeguarding,
    cuts: Sequence[float],
    trained_sets: set[str],
    look: bool = True,
) -> None:
    """The per-set table without and with the second look, and the look's neighbouring settings."""
    plain = {name: [(r, x.score) for r, x in rows] for name, rows in read.items()}
    print("\nthe screen without the second look")
    print_table(plain, cuts, seen)
    if not look:
        return
    measured = {name: rows for name, rows in read.items() if name in trained_sets}
    chances = {c: look_by_set(measured, seen, settings, c) for c in LOOK_C}
    if extra := {name: rows for name, rows in read.items() if name not in trained_sets}:
        everything = second_look.SecondLook(second_look.fit(look_examples(measured, seen, settings)))
        for c in LOOK_C:
            chances[c].update(
                {(n, r.text): everything.chance(t, x) for n, r, t, x in _candidates(extra, seen, settings)}
            )
    shipped = f"C {second_look.C}, veto {second_look.VETO}"
    print(f"\nwith the second look ({shipped}), each set's look trained without it")
    print_table(with_look(read, chances[second_look.C], second_look.VETO), cuts, seen)
    print("\nmissed / false alarms over the sets trained on, by the look's C and veto (veto 0: no look)")
    for c in LOOK_C:
        for cut in cuts:
            cells = []
            for veto in (0.0, *VETOES):
                missed, alarms = totals(with_look(measured, chances[c], veto), cut, seen)
                cells.append(f"{veto}: {missed}/{alarms}")
            print(f"  C {c} cut {cut}: " + "  ".join(cells))


def main(argv: list[str] | None = None) -> dict[str, list[tuple[Row, float]]]:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--weight", type=float, default=train.BLIND_WEIGHT, help="weight of natural rows")
    parser.add_argument("--cuts", default=",".join(map(str, CUTS)), help="classifier cuts to read at")
    parser.add_argument(
        "--untrained", default="", help="sets read but never trained on, e.g. N,O,P,Q,R (the screen before)"
    )
    parser.add_argument("--pending", action="store_true", help="train on the pending families as well")
    parser.add_argument(
        "--trained-only", action="store_true", help="read only the sets trained on (never S, U or a new set)"
    )
    parser.add_argument("--no-look", action="store_true", help="leave out the second look")
    args = parser.parse_args(argv)
    settings = load_config().safeguarding
    untrained = set(filter(None, args.untrained.upper().split(",")))
    if args.trained_only:  # the other outside sets' files are never opened
        trained = [r for r in measured_rows(train.load()) if set_of(r) not in untrained]
        extra: list[Row] = []
    else:
        trained, extra = split(measured_rows(train.load()), untrained)
    if args.pending:
        trained = trained + pending_rows()
    natural = [r for r in trained if set_of(r)]
    seen = read_texts([r.text for r in trained + extra], settings)
    print(f"{len(trained)} rows trained on, {len(natural) + len(extra)} natural; their weight {args.weight}")
    read = read_by_set(trained, natural, args.weight, seen)
    trained_sets = set(read)
    if extra:  # sets never trained on are all read by the one model trained on everything
        score = fit(trained, [args.weight if set_of(r) else 1.0 for r in trained], seen)
        for name in sorted({s for r in extra if (s := set_of(r))}):
            read[name] = [(r, score(seen[r.text])) for r in extra if set_of(r) == name]
    report(read, seen, settings, [float(c) for c in args.cuts.split(",")], trained_sets, not args.no_look)
    return {name: [(r, x.score) for r, x in rows] for name, rows in read.items()}


if __name__ == "__main__":
    main()
