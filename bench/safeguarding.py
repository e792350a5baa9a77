"""How well and how fast the safeguarding screen works, beside the phrase list it replaced.

Usage: python -m bench safeguarding (everything; --quick before the name skips the cross-validation)
       python -m bench.safeguarding [--no-cv] [--repeat 5] [--concepts]

Prints, per category and register and overall, recall on risk disclosures and
false alarms on ordinary comments for the rules, the classifier and both:
  cv       grouped cross-validation on data/safeguarding/ (phrasing families held
           out whole, or with --by source whole source files; the classifier is
           retrained per fold, the rules are fixed and were
           written beside this corpus, so their figures here are in-sample);
  holdout  data/safeguarding/holdout.csv with the shipped model (never trained on);
  blind    data/safeguarding/blind/set_*.csv, each written by another hand without seeing the
           screen; they are training data now, so each is read by a model trained on
           everything but that set (leave one set out; skipped with --no-cv);
  nhs      real NHS Friends and Family comments (../shared/research/data/, when present:
           rows marked as safeguarding concerns count as risk, the rest as ordinary);
and "before", the phrase list the concept screen replaced (bench/safeguarding_before.yaml),
on the same texts. Then the median time per screened message, new against before.
"""

from __future__ import annotations

import argparse
import csv
import statistics
import time
from collections.abc import Sequence
from pathlib import Path

import yaml

from bench._report import Row
from bot.safeguarding import context, train
from bot.safeguarding.classifier import classifier
from bot.safeguarding.corpus import DATA, read
from bot.safeguarding.corpus import Row as Text
from bot.safeguarding.phrasings import Screen
from bot.safeguarding.rules import FOUND, rules
from bot.safeguarding.screen import screen
from settings import Safeguarding, load_config

ROOT = Path(__file__).resolve().parent.parent
BEFORE = Path(__file__).with_name("safeguarding_before.yaml")
# Beside the repository (../shared); a git worktree one folder deeper looks one level further up.
NHS_CANDIDATES = [base / "shared" / "research" / "data" / "nhs-fft-qdc-v6.csv" for base in ROOT.parents[:2]]
NHS = next((path for path in NHS_CANDIDATES if path.exists()), NHS_CANDIDATES[0])
LAYERS = ("rules", "classifier", "both", "before")


def before_screen() -> Screen:
    raw = yaml.safe_load(BEFORE.read_text(encoding="utf-8"))
    return Screen(Safeguarding(safety_reply={"en": "x"}, **raw))


def nhs_rows(path: Path = NHS) -> list[Text]:
    """The NHS comments as corpus rows (never copied into the repository, never printed)."""
    if not path.exists():
        return []
    with path.open(encoding="utf-8", errors="replace", newline="") as handle:
        records = list(csv.DictReader(handle))
    return [
        Text(
            r["FFT answer"],
            "risk" if r.get("Safeguarding concerns?") == "1" else "ordinary",
            "nhs",
            "",
            "",
            "",
            "en",
        )
        for r in records
        if (r.get("FFT answer") or "").strip()
    ]


def flags_with_before(texts: Sequence[Text], probabilities: Sequence[float], threshold: float) -> dict:
    flags = train.layer_flags(texts, probabilities, threshold)
    old = before_screen()
    flags["before"] = [old.first_match(t.text) is not None for t in texts]
    return flags


def print_table(title: str, texts: Sequence[Text], flags: dict) -> None:
    result = train.report(texts, flags)
    head = f"{'':<26}{'n':>6}" + "".join(f"{layer:>12}" for layer in LAYERS)
    print(f"\n{title}: recall on risk disclosures\n{head}")
    for name, cell in {**result["categories"], **{"registers:": None}, **result["registers"]}.items():
        if cell is None:
            print(name)
            continue
        print(f"{name:<26}{cell['n']:>6}" + "".join(f"{cell['recall'][layer]:>12.1%}" for layer in LAYERS))
    overall = result["overall"]
    print(
        f"{'OVERALL recall':<26}{overall['disclosures']:>6}"
        + "".join(f"{overall['recall'][layer] or 0:>12.1%}" for layer in LAYERS)
    )
    print(f"{title}: false alarms on ordinary comments")
    for kind, cell in result["ordinary_kinds"].items():
        print(
            f"{kind:<26}{cell['n']:>6}" + "".join(f"{cell['false_alarms'][layer]:>12.1%}" for layer in LAYERS)
        )
    print(
        f"{'OVERALL false alarms':<26}{overall['ordinary']:>6}"
        + "".join(f"{overall['false_alarms'][layer] or 0:>12.1%}" for layer in LAYERS)
    )


def concept_contributions(
    corpus: Sequence[Text], probabilities: Sequence[float], threshold: float, nhs: Sequence[Text]
) -> None:
    """What each concept adds: disclosures it finds, those only it finds (no other concept, the
    classifier out of fold under the threshold), and its alarms on ordinary comments (corpus, NHS)."""
    screen = rules()

    def found(text: str) -> set[str]:
        return {f.hit.concept.name for f in screen.findings(text) if f.status == FOUND}

    cells: dict[str, dict[str, int]] = {}
    for row, p in zip(corpus, probabilities, strict=True):
        concepts = found(row.text)
        for name in concepts:
            cell = cells.setdefault(name, dict.fromkeys(("found", "only", "cv_alarms", "nhs_alarms"), 0))
            if row.label != "risk":
                cell["cv_alarms"] += 1
                continue
            cell["found"] += 1
            cell["only"] += len(concepts) == 1 and p < threshold
    for row in nhs:
        for name in found(row.text) if row.label != "risk" else ():
            cells.setdefault(name, dict.fromkeys(("found", "only", "cv_alarms", "nhs_alarms"), 0))
            cells[name]["nhs_alarms"] += 1
    print(f"\nconcepts: {'found':>8}{'only it':>9}{'cv alarms':>11}{'nhs alarms':>12}")
    for name, cell in sorted(cells.items(), key=lambda kv: -(kv[1]["cv_alarms"] + kv[1]["nhs_alarms"])):
        print(f"{name:<22}{cell['found']:>6}{cell['only']:>9}{cell['cv_alarms']:>11}{cell['nhs_alarms']:>12}")


def median_times(texts: Sequence[str], settings: Safeguarding, repeat: int) -> tuple[float, float]:
    """Median seconds per message for the screen now and the phrase list before, interleaved."""
    old = before_screen()
    for text in texts:  # warm both caches first
        screen(settings, text), old.first_match(text)
    new_times, old_times = [], []
    for _ in range(repeat):
        for text in texts:
            started = time.perf_counter()
            screen(settings, text)
            middle = time.perf_counter()
            old.first_match(text)
            new_times.append(middle - started)
            old_times.append(time.perf_counter() - middle)
    return statistics.median(new_times), statistics.median(old_times)


def main(argv: list[str] | None = None) -> list[Row]:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-cv", action="store_true", help="skip the grouped cross-validation")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument(
        "--by",
        choices=("template", "source"),
        default="template",
        help="what each cross-validation fold holds out whole: a phrasing family or a source file",
    )
    parser.add_argument(
        "--concepts", action="store_true", help="also print what each rule concept contributes (with the cv)"
    )
    args = parser.parse_args(argv)
    settings = load_config().safeguarding
    model = classifier()
    rows: list[Row] = []
    corpus = train.load()
    if not args.no_cv:
        probabilities = train.out_of_fold(corpus, args.by)
        threshold = model.threshold if model else train.pick_threshold(corpus, probabilities)
        print(
            f"corpus: {len(corpus)} rows; {train.FOLDS} folds, each {args.by} held out whole;"
            f" classifier threshold {threshold}"
        )
        flags = flags_with_before(corpus, probabilities, threshold)
        print_table("cv", corpus, flags)
        spent = train.budget(corpus, probabilities)
        print(
            f"cv false-alarm budget {train.MAX_FALSE_ALARMS:.0%}:"
            f" rules spend {spent['rules_false_alarms']:.1%},"
            f" leaving the classifier {spent['classifier_allowance']:.1%};"
            f" with the whole budget the classifier would sit at {spent['threshold_classifier_alone']}"
            " and the screen catch"
            f" {spent['recall_if_classifier_alone_had_the_budget']:.1%}"
        )
        overall = train.report(corpus, flags)["overall"]
        rows.append(_row("cv recall (both)", overall["recall"]["both"], overall["recall"]["before"]))
        rows.append(
            _row("cv false alarms (both)", overall["false_alarms"]["both"], overall["false_alarms"]["before"])
        )
        if args.concepts:
            concept_contributions(corpus, probabilities, threshold, nhs_rows())
    shipped = settings.classifier_threshold or (model.threshold if model else None)
    readings: list[tuple[str, list[Text], list[float]]] = []
    if model is not None:
        readings.append(("holdout", read(DATA / "holdout.csv"), []))
    if not args.no_cv:
        for name, (texts, scores) in train.leave_one_set_out(corpus).items():
            readings.append((f"{name} (model trained without it)", texts, scores))
    if model is not None:
        readings.append(("nhs", nhs_rows(), []))
    for name, texts, scores in readings:
        if not texts or model is None or shipped is None:
            print(f"\n{name}: skipped (no data or no trained model)")
            continue
        scores = scores or [context.risk(model, t.text, 0.01) for t in texts]
        flags = flags_with_before(texts, scores, shipped)
        print_table(f"{name} at {shipped}", texts, flags)
        overall = train.report(texts, flags)["overall"]
        at_trained = train.report(texts, train.layer_flags(texts, scores, model.threshold))["overall"]
        print(
            f"{name} at the trained threshold {model.threshold}:"
            f" recall {at_trained['recall']['both'] or 0:.1%},"
            f" false alarms {at_trained['false_alarms']['both'] or 0:.1%}"
        )
        rows.append(_row(f"{name} recall (both)", overall["recall"]["both"], overall["recall"]["before"]))
        rows.append(
            _row(f"{name} false alarms", overall["false_alarms"]["both"], overall["false_alarms"]["before"])
        )
    sample = [t.text for t in corpus] + [t.text for t in nhs_rows()[:2000]]
    new, old = median_times(sample, settings, args.repeat)
    print(
        f"\nmedian per screened message over {len(sample)} texts x {args.repeat}: now {new * 1e6:.0f} µs,"
        f" before {old * 1e6:.0f} µs; extra {(new - old) * 1e6:.0f} µs (budget 1000 µs),"
        f" ratio {new / old:.1f}x"
    )
    rows.append(
        Row(
            "safeguarding",
            "-",
            "median extra per message",
            f"{(new - old) * 1e6:.0f} µs",
            f"{new / old:.1f}x",
        )
    )
    return rows


def _row(measure: str, now: float | None, before: float | None) -> Row:
    return Row("safeguarding", "-", measure, f"{(now or 0):.1%}", f"before {(before or 0):.1%}")


if __name__ == "__main__":
    main()
