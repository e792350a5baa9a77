"""Where the ruler's false alarms come from, and what a learned second look at the classifier's would save.

Usage: python -m bench.safeguarding_alarms [--weight 6] [--ordinary-weight 6] [--c 16] [--cut 0.65]

Reads the 17 natural sets `make train` and the ruler train on (never the test sets S and U: only
`train.load()` and `train.MEASURED` are read), each by a classifier trained without it, as
`bench.safeguarding_sets` does, keeping every reading's score (whole, idioms blanked, settled
sentences out). Prints:

1. the ruler's totals at several cuts (missed / false alarms, the worst set);
2. its false alarms at `--cut` by layer (rules, classifier, both), by rule concept, by the category
   the shipped category model names, and by mechanism (a first-match reading of the words: a past
   over, a denial naming the harm, someone else's harm or sport, TV, work, family and care words, a
   harm word of an everyday thing; a heuristic for counting, checked by eye, never a screen rule);
3. a second look at the classifier's alarms: a logistic regression over what the n-gram model lacks
   (the rules' negated, resolved and set-aside findings, idiom and settled-sentence markers, a past
   and a "good now", who the words are about, how far blanking idioms or settled sentences moved the
   score), trained on every other set's candidates and read on each set in turn; an alarm it scores
   under the veto is dropped. Totals per (regularisation, cut, veto), to set against the plain cut's.

`--ordinary-weight` weighs the natural sets' ordinary rows apart from their disclosures (hard
negatives); `--c` is the classifier's inverse regularisation (train.RISK_C).
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from bench import safeguarding_look as look
from bench import safeguarding_sets as ruler
from bench.safeguarding_look import Readings
from bot.safeguarding import train
from bot.safeguarding.classifier import RISK, classifier
from bot.safeguarding.features import SPEC
from bot.safeguarding.history import PAST
from bot.safeguarding.phrasings import screen_for
from bot.safeguarding.rules import normalise, rules
from bot.text.training import build_pipeline
from settings import Safeguarding, load_config

CUTS = (0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8)
LOOK_CUTS = (0.5, 0.55, 0.6, 0.65)
VETOES = (0.0, 0.02, 0.05, 0.1)
LOOK_C = (0.1, 0.3, 1.0)


@dataclass(frozen=True)
class Read:
    name: str  # the natural set
    text: str
    risk: bool
    by_rules: bool
    score: float  # the screen's score: the lowest of its readings
    variants: tuple[float | None, ...]  # whole, idioms blanked, settled sentences out (None: not read)


def read_sets(weight: float, ordinary_weight: float, c: float, settings: Safeguarding) -> list[Read]:
    """Every natural set's rows scored by a model trained without that set (as the ruler does)."""
    trained = ruler.measured_rows(train.load())  # what make train reads, and the sets measured
    seen = ruler.read_texts([r.text for r in trained], settings)
    weights = [(weight if r.label == RISK else ordinary_weight) if ruler.set_of(r) else 1.0 for r in trained]
    out: list[Read] = []
    for name in sorted({s for r in trained if (s := ruler.set_of(r))}):
        keep = [i for i, r in enumerate(trained) if ruler.set_of(r) != name]
        vectoriser, model = build_pipeline(SPEC, C=c, min_df=train.MIN_DF)
        vectoriser.set_params(analyzer=ruler._identity)
        matrix = vectoriser.fit_transform([seen[trained[i].text].features for i in keep])
        model.fit(matrix, [train._label(trained[i]) for i in keep], sample_weight=[weights[i] for i in keep])
        column = list(model.classes_).index(RISK)
        mine = [r for r in trained if ruler.set_of(r) == name]
        flat = [v for r in mine for v in seen[r.text].variants if v]
        scores = iter(model.predict_proba(vectoriser.transform(flat))[:, column].tolist())
        for row in mine:
            reading = seen[row.text]
            variants = tuple(None if v is None else (next(scores) if v else 0.0) for v in reading.variants)
            present = [v for v in variants if v is not None]
            score = min(present) if present else 0.0
            out.append(Read(name, row.text, row.label == RISK, reading.by_rules, score, variants))
        print(f"  set {name} read", flush=True)
    return out


def alarm_at(cut: float, chance: dict[int, float] | None = None, veto: float = 0.0):
    """The screen's alarm: a rule, or the classifier over `cut` (and, with a second look, over `veto`)."""
    looked = chance or {}
    return lambda r: r.by_rules or (r.score >= cut and looked.get(id(r), 1.0) >= veto)


def totals(reads: Sequence[Read], alarm) -> tuple[int, int, str]:
    """(disclosures missed, false alarms, the worst set's figures) for an alarm rule."""
    missed = Counter(r.name for r in reads if r.risk and not alarm(r))
    alarms = Counter(r.name for r in reads if not r.risk and alarm(r))
    ordinary = Counter(r.name for r in reads if not r.risk)
    worst_missed = max(missed.items(), key=lambda kv: kv[1], default=("-", 0))
    worst_alarms = max(alarms.items(), key=lambda kv: kv[1] / ordinary[kv[0]], default=("-", 0))
    share = worst_alarms[1] / ordinary[worst_alarms[0]] if worst_alarms[1] else 0.0
    worst = f"most missed {worst_missed[0]} {worst_missed[1]}, most alarms {worst_alarms[0]} {share:.1%}"
    return sum(missed.values()), sum(alarms.values()), worst


# Plain word lists for counting only (a heuristic checked by eye, never a screen rule).
_PAST_OVER = re.compile(
    r"\b(used to|years? (back|ago)|last (year|week|month)|in (19|20)\d\d|when (i|he|she) was|back in|"
    r"old job|previous|that was)\b"
)
_DENIAL = re.compile(
    r"\b(no ?one|nobody)\b.{0,20}\b(hit|hurt|abus|neglect|tak)|\b(isnt|not) (being )?(neglect|abus)"
)
_ELSEWHERE = re.compile(
    r"\b(tv|telly|programme|film|news|football|footy|rugby|cricket|match|neighbours?|mate|cat|dog|clients?|"
    r"boss|shift|work|office|customers?)\b"
)
_FAMILY = re.compile(
    r"\b(mum|mam|dad|nain|nan|gran|grandad|grandson|son|daughter|kids|plant|mab|husband|wife|brother|sister|"
    r"aunt|carers?|care|package)\b"
)
MECHANISMS = (
    ("a past, over", lambda w: bool(_PAST_OVER.search(w) or PAST.search(w))),
    ("a denial that names the harm", lambda w: bool(_DENIAL.search(w))),
    ("someone else's, or sport, TV, work", lambda w: bool(_ELSEWHERE.search(w))),
    ("family and care words", lambda w: bool(_FAMILY.search(w))),
    ("a harm word of an everyday thing or passing state", lambda w: True),
)


def mechanism(text: str) -> str:
    words = normalise(text)
    return next(name for name, test in MECHANISMS if test(words))


def breakdown(reads: Sequence[Read], cut: float, settings: Safeguarding) -> None:
    alarms = [r for r in reads if not r.risk and (r.by_rules or r.score >= cut)]

    def layer(r: Read) -> str:
        return "both" if r.by_rules and r.score >= cut else "rules" if r.by_rules else "classifier"

    print(f"\nfalse alarms at {cut}: {len(alarms)}; by layer {dict(Counter(map(layer, alarms)))}")
    concepts: Counter[str] = Counter()
    for r in alarms:
        if r.by_rules:
            hit = rules().match(screen_for(settings).without_not_risk(r.text))
            concepts[f"{hit.concept.name} ({hit.concept.severity})" if hit else "council phrasing"] += 1
    print("rule concepts:", ", ".join(f"{k} {n}" for k, n in concepts.most_common()))
    model = classifier()
    if model is not None:
        named = Counter(model.verdict(r.text).category for r in alarms if not r.by_rules)
        print("classifier-only, category named:", ", ".join(f"{k} {n}" for k, n in named.most_common()))
    kinds = Counter((mechanism(r.text), layer(r)) for r in alarms)
    for name, _ in MECHANISMS:
        cells = {lay: kinds[(name, lay)] for lay in ("rules", "classifier", "both")}
        print(f"  {name:<50} {cells}")


def readings(r: Read) -> Readings:
    whole, idioms, settled = r.variants
    return Readings(whole or 0.0, idioms, settled)


def second_look(reads: Sequence[Read], settings: Safeguarding, floor: float) -> None:
    candidates = [r for r in reads if not r.by_rules and r.score >= floor]
    kept = [screen_for(settings).without_not_risk(r.text) for r in candidates]
    print(
        f"\nsecond look: {sum(r.risk for r in candidates)} disclosures and"
        f" {sum(not r.risk for r in candidates)} ordinary comments the classifier alone scores >= {floor}"
    )
    for c in LOOK_C:
        chance: dict[int, float] = {}
        for name in sorted({r.name for r in candidates}):
            fit = [i for i, r in enumerate(candidates) if r.name != name]
            learnt = look.SecondLook(
                look.fit([(kept[i], readings(candidates[i]), candidates[i].risk) for i in fit], c)
            )
            for i, r in enumerate(candidates):
                if r.name == name:
                    chance[id(r)] = learnt.chance(kept[i], readings(r))
        for cut in LOOK_CUTS:
            cells = []
            for veto in VETOES:
                missed, alarms, _ = totals(reads, alarm_at(cut, chance, veto))
                cells.append(f"veto {veto}: {missed}/{alarms}")
            print(f"  C {c} cut {cut}: " + "  ".join(cells))


def main(argv: list[str] | None = None) -> list[Read]:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--weight", type=float, default=train.BLIND_WEIGHT, help="natural disclosures")
    parser.add_argument("--ordinary-weight", type=float, default=None, help="natural ordinary rows")
    parser.add_argument("--c", type=float, default=train.RISK_C, help="the risk model's C")
    parser.add_argument("--cut", type=float, default=train.THRESHOLD)
    parser.add_argument("--no-second-look", action="store_true")
    args = parser.parse_args(argv)
    settings = load_config().safeguarding
    ordinary = args.weight if args.ordinary_weight is None else args.ordinary_weight
    reads = read_sets(args.weight, ordinary, args.c, settings)
    print(f"{sum(r.risk for r in reads)} disclosures, {sum(not r.risk for r in reads)} ordinary comments")
    for cut in CUTS:
        missed, alarms, worst = totals(reads, alarm_at(cut))
        print(f"  cut {cut}: missed {missed}, false alarms {alarms} ({worst})")
    breakdown(reads, args.cut, settings)
    if not args.no_second_look:
        second_look(reads, settings, min(LOOK_CUTS))
    return reads


if __name__ == "__main__":
    main()
