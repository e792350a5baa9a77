"""Outside sets: the shipped config reads sets written by people who never saw the code.

Usage: python -m bench outside   (or python -m bench.outside [--set m] [--verbose] [kind ...],
kind one of safeguarding, sentiment, replies; all three by default)

Each set lives in data/outside/ as `<kind>_set_<name>.csv`. Nothing here trains or tunes: the
figures are what a council would see on text like that, with the config as shipped (the
safeguarding threshold included). `--verbose` lists every miss, false alarm or misread, so the
next round can read them by kind.
"""

from __future__ import annotations

import argparse
import csv
from collections import Counter
from pathlib import Path

from bench._report import Row
from bench._sentiment_figures import LABELS, confusion, found_share, macro_f1, two_sided_f1
from settings import Config, load_config

OUTSIDE = Path(__file__).resolve().parent.parent / "data" / "outside"
KINDS = ("safeguarding", "sentiment", "replies")


def read_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def safeguarding(config: Config, path: Path, verbose: bool) -> list[Row]:
    from bot.safeguarding.screen import screen

    rows = read_rows(path)
    found = [screen(config.safeguarding, row["text"]) for row in rows]
    risk = [(row, hit) for row, hit in zip(rows, found, strict=True) if row["label"] == "risk"]
    ordinary = [(row, hit) for row, hit in zip(rows, found, strict=True) if row["label"] != "risk"]
    caught = sum(hit is not None for _, hit in risk)
    alarms = sum(hit is not None for _, hit in ordinary)
    print(f"recall {caught}/{len(risk)} = {100 * caught / len(risk):.1f}%   ", end="")
    print(f"false alarms {alarms}/{len(ordinary)} = {100 * alarms / len(ordinary):.1f}%")
    for key in ("category", "register", "language"):
        total = Counter(row[key] for row, _ in risk)
        hits = Counter(row[key] for row, hit in risk if hit is not None)
        print(f"  caught by {key}: " + ", ".join(f"{k} {hits[k]}/{n}" for k, n in sorted(total.items())))
    if verbose:
        print("\nmissed:")
        for row, hit in risk:
            if hit is None:
                print(f"  {row['category']:<18} {row['register']:<16} | {row['text']}")
        print("\nfalse alarms:")
        for row, hit in ordinary:
            if hit is not None:
                print(f"  {row['register']:<16} -> {hit.category:<18} | {row['text']}")
    return [
        Row("outside", path.stem, "disclosures caught", f"{caught}/{len(risk)}", f"{caught / len(risk):.3f}"),
        Row(
            "outside", path.stem, "false alarms", f"{alarms}/{len(ordinary)}", f"{alarms / len(ordinary):.3f}"
        ),
    ]


def sentiment(config: Config, path: Path, verbose: bool) -> list[Row]:
    from bot.insights.analysis import sentiment_of

    rows = read_rows(path)
    gold = [row["label"] for row in rows]
    guess = [sentiment_of(row["text"], config.sentiment)[0] for row in rows]
    complaints = [g for row, g in zip(rows, guess, strict=True) if row["complaint"] == "1"]
    caught = sum(g in ("negative", "mixed") for g in complaints) / max(len(complaints), 1)
    two_sided, four = two_sided_f1(gold, guess), macro_f1(gold, guess, LABELS)
    print(f"pos/neg F1 {two_sided:.3f}  four-label F1 {four:.3f}  complaints caught {caught:.3f}  ", end="")
    print(f"negatives found {found_share(gold, guess):.3f}")
    print(confusion(gold, guess))
    if verbose:
        for row, g in zip(rows, guess, strict=True):
            if g != row["label"]:
                print(f"  {row['label']:>8} -> {g:<8} {row['register']:<16} | {row['text']}")
    return [
        Row("outside", path.stem, "pos/neg F1", f"{two_sided:.3f}", "-"),
        Row("outside", path.stem, "four-label F1", f"{four:.3f}", "-"),
        Row("outside", path.stem, "complaints caught", f"{caught:.3f}", "-"),
    ]


def replies(config: Config, path: Path, verbose: bool) -> list[Row]:
    from bot.conversation.answers import parse_answer
    from bot.conversation.reply_table import load_questions, load_rows, score, tally

    questions = load_questions(config)
    rows = load_rows(path)

    def read(row):
        parsed = parse_answer(questions[row.question_id], row.reply, row.language)
        return parsed.ok, parsed.value

    outcomes = score(rows, read)
    overall = tally(("all", outcome) for _, outcome in outcomes)["all"]
    print(f"understood {overall['understood']:.1f}  re-asked {overall['reasked']:.1f}  ", end="")
    print(f"misread {overall['misread']:.1f}  (n={overall['n']})")
    for key in ("question_id", "register"):
        for group, f in tally((getattr(row, key), outcome) for row, outcome in outcomes).items():
            print(f"  {group:<18}{f['n']:>4} {f['understood']:6.1f} {f['reasked']:6.1f} {f['misread']:6.1f}")
    if verbose:
        for row, outcome in outcomes:
            if outcome != "understood":
                parsed = parse_answer(questions[row.question_id], row.reply, row.language)
                got = parsed.value if parsed.ok else "-"
                print(
                    f"  {outcome:<9} {row.question_id:<12} {row.language} want={row.expected!s:<6} ", end=""
                )
                print(f"got={got!s:<6} | {row.reply}")
    return [
        Row("outside", path.stem, "understood %", f"{overall['understood']:.1f}", "-"),
        Row("outside", path.stem, "misread %", f"{overall['misread']:.1f}", "-"),
    ]


READERS = {"safeguarding": safeguarding, "sentiment": sentiment, "replies": replies}


def main(argv: list[str] | None = None) -> list[Row]:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("kinds", nargs="*", metavar="kind", help=f"any of {', '.join(KINDS)} (default: all)")
    parser.add_argument("--set", dest="names", action="append", help="a set's name, e.g. m (default: all)")
    parser.add_argument("--verbose", "-v", action="store_true")
    args = parser.parse_args(argv)
    if unknown := set(args.kinds) - set(KINDS):
        parser.error(f"unknown kind: {', '.join(sorted(unknown))}")
    config = load_config()
    result: list[Row] = []
    for kind in args.kinds or KINDS:
        for path in sorted(OUTSIDE.glob(f"{kind}_set_*.csv")):
            if args.names and path.stem.rsplit("_", 1)[-1] not in args.names:
                continue
            print(f"\n--- {path.name} ---")
            result += READERS[kind](config, path, args.verbose)
    return result


if __name__ == "__main__":
    from bench._report import table

    print("\n" + table(main()))
