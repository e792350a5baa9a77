"""How well, and how fast, each sentiment method labels comments, side by side.

Usage: python -m bench sentiment   (or python -m bench.sentiment [--folds 5] [--relabel 5000])

Methods: "model" (the trained feedback model) and the lexicon scorers with their
usual thresholds (VADER +-0.05, TextBlob +-0.1). The sets:
  corpus   data/sentiment/feedback.csv; the model's figures are out-of-fold with
           whole phrasing templates held out (GroupKFold), so no paraphrase of a
           test comment was trained on;
  general  tests/data/sentiment.csv: short everyday comments (positive/neutral/negative);
  outside  data/sentiment/blind_set_*.csv and data/outside/sentiment_set_{m,n,o}.csv: comments by
           writers who never saw the model; the model is trained on them, so each set is read
           by a model trained without it;
  NHS      ../shared/research/data/nhs-fft-qdc-v6.csv when present: real Friends and Family
           Test comments labelled by people (1-2 positive, 4-5 negative; 3 and blank left out).
"Pos/neg F1" counts mixed as negative and is taken over comments that are positive or
negative; "complaints" is the share of plain complaints (no emotional words) labelled
negative or mixed. Then speed: median time to label one comment (ratio against VADER in
the same run) and relabelling stored comments with recompute_insights (comments/second,
and what that means for 100,000).
"""

from __future__ import annotations

import argparse
import csv
import statistics
import tempfile
import time
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from functools import partial
from pathlib import Path

from sqlalchemy import select, update

from bench._db import fresh_database
from bench._report import Row
from bench._sentiment_figures import (
    LABELS,
    confusion,
    found_share,
    macro_f1,
    negative_side,
    per_category,
    two_sided_f1,
)
from bot.insights.analysis import labels_for, recompute_insights, sentiment_of
from bot.insights.sentiment_training import corpus, development_sets, held_out_predictions, leave_one_set_out
from models import Answer
from models.demo import seed_demo
from settings import Sentiment, load_config

ROOT = Path(__file__).resolve().parent.parent
GENERAL = ROOT / "tests" / "data" / "sentiment.csv"
# Beside the repository (../shared); a git worktree one folder deeper looks one level further up.
NHS_CANDIDATES = [base / "shared" / "research" / "data" / "nhs-fft-qdc-v6.csv" for base in ROOT.parents[:2]]
NHS = next((path for path in NHS_CANDIDATES if path.exists()), NHS_CANDIDATES[0])
METHODS = {
    "model": Sentiment(method="model"),
    "vader_emoji": Sentiment(method="vader_emoji"),
    "vader": Sentiment(method="vader"),
    "textblob": Sentiment(method="textblob", positive_above=0.1, negative_below=-0.1),
    "mean": Sentiment(method="mean"),
}


def labeller(method: str) -> Callable[[str], str]:
    return lambda text: sentiment_of(text, METHODS[method])[0]


def nhs_rows(path: Path) -> list[tuple[str, str]]:
    """(comment, positive|negative) from the NHS file; its text stays in memory, never printed in bulk."""
    out = []
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            score, text = (row.get("Comment sentiment") or "").strip(), (row.get("FFT answer") or "").strip()
            if text and score in {"1", "2", "4", "5"}:
                out.append((text, "positive" if score in {"1", "2"} else "negative"))
    return out


def _header(title: str) -> None:
    # "F1 labels": macro-F1 over the set's own labels (four on the corpus, three or two elsewhere).
    columns = f"{'method':<13}{'F1 labels':>10}{'F1 pos/neg':>11}{'neg found':>10}{'complaints':>11}"
    print(f"\n--- {title} ---\n{columns}")


def compare_on_corpus(folds: int) -> tuple[list[Row], list[str]]:
    rows = corpus()
    gold = [r["label"] for r in rows]
    complaints = [i for i, r in enumerate(rows) if r["complaint"] == "1"]
    started = time.perf_counter()
    guesses = {"model": held_out_predictions(rows, folds)}
    print(
        f"{len(rows)} comments, {len({r['template'] for r in rows})} templates; "
        f"{folds} grouped folds in {time.perf_counter() - started:.0f}s"
    )
    guesses |= {m: [labeller(m)(r["text"]) for r in rows] for m in METHODS if m != "model"}
    _header(f"corpus ({'model out-of-fold, templates held out'})")
    for method, guess in guesses.items():
        caught = sum(guess[i] in ("negative", "mixed") for i in complaints) / len(complaints)
        print(
            f"{method:<13}{macro_f1(gold, guess, LABELS):>9.3f}{two_sided_f1(gold, guess):>11.3f}"
            f"{found_share(gold, guess):>10.3f}{caught:>11.3f}"
        )
    for method in ("model", "vader_emoji"):
        print(f"\n{method} on the corpus:\n{confusion(gold, guesses[method])}")
    for key in ("service", "register"):
        print(f"\nmodel by {key} (out-of-fold):\n{per_category(rows, guesses['model'], key)}")
    model = guesses["model"]
    caught = sum(model[i] in ("negative", "mixed") for i in complaints) / len(complaints)
    return [
        Row(
            "sentiment",
            "-",
            "corpus pos/neg macro-F1 (grouped CV)",
            f"{two_sided_f1(gold, model):.3f}",
            f"vader_emoji {two_sided_f1(gold, guesses['vader_emoji']):.3f}",
        ),
        Row("sentiment", "-", "corpus complaints caught", f"{caught:.3f}", "target >= 0.90"),
    ], model


def compare_on(
    title: str,
    pairs: Sequence[tuple[str, str]],
    labels: Sequence[str],
    model_guess: Sequence[str] | None = None,
    complaints: Sequence[int] = (),
) -> list[Row]:
    """Every method on `pairs`; `model_guess`, when given, are the model's labels (e.g. held out);
    `complaints`, the indexes of the set's plain complaints (the share caught is printed)."""
    gold = [label for _, label in pairs]
    _header(f"{title}: {len(pairs)} comments")
    results = {}
    for method in METHODS:
        label = labeller(method)
        # Three-label sets have no "mixed": a mixed comment is on the negative side.
        if method == "model" and model_guess is not None:
            guess = list(model_guess)
        else:
            guess = [label(text) for text, _ in pairs]
        flat = [("negative" if g == "mixed" and "mixed" not in labels else g) for g in guess]
        results[method] = (
            macro_f1(gold, flat, labels),
            two_sided_f1(gold, guess),
            found_share(gold, guess),
            guess,
        )
        caught = (
            sum(guess[i] in ("negative", "mixed") for i in complaints) / len(complaints) if complaints else 0
        )
        print(
            f"{method:<13}{results[method][0]:>10.3f}{results[method][1]:>11.3f}{results[method][2]:>10.3f}"
            + (f"{caught:>11.3f}" if complaints else "")
        )
    print(f"\nmodel on {title}:\n{confusion(gold, results['model'][3])}")
    f1 = 0 if "neutral" in labels else 1  # two-sided sets are judged on the two-sided F1
    return [
        Row(
            "sentiment",
            "-",
            f"{title} macro-F1 model",
            f"{results['model'][f1]:.3f}",
            f"vader_emoji {results['vader_emoji'][f1]:.3f}",
        ),
        Row(
            "sentiment",
            "-",
            f"{title} negatives found model",
            f"{results['model'][2]:.3f}",
            f"vader_emoji {results['vader_emoji'][2]:.3f}",
        ),
    ]


def median_ms(label: Callable[[str], object], texts: Sequence[str]) -> float:
    for text in texts[:50]:
        label(text)  # load lexicons and the model outside the timing
    times = []
    for text in texts:
        started = time.perf_counter()
        label(text)
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000


def relabel_rate(method: str, conversations: int) -> tuple[float, int]:
    """Comments relabelled per second by recompute_insights on a fresh SQLite database."""
    config = load_config()
    config = config.model_copy(update={"sentiment": METHODS[method]})
    with tempfile.TemporaryDirectory() as folder:
        database = fresh_database(f"sqlite:///{folder}/relabel.db")
        with database.begin() as session:
            seed_demo(session, config, conversations, datetime.now(UTC), label=partial(labels_for, config))
            # Demo comments repeat a few dozen texts; real ones rarely repeat. Make each distinct
            # (corpus texts, numbered) so no label is reused and the timing is of real work.
            ids = session.scalars(select(Answer.id).where(Answer.sentiment.is_not(None))).all()
            texts = [r["text"] for r in corpus()]
            rows = [{"id": i, "value": f"{texts[n % len(texts)]} ({n})"} for n, i in enumerate(ids)]
            session.execute(update(Answer), rows)
        with database.begin() as session:
            started = time.perf_counter()
            count = recompute_insights(session, config, batch=1000)
            elapsed = time.perf_counter() - started
        database.engine.dispose()
    return count / elapsed, count


def main(argv: list[str] | None = None) -> list[Row]:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--relabel", type=int, default=4000, help="demo conversations to relabel")
    parser.add_argument("--nhs", type=Path, default=NHS)
    args = parser.parse_args(argv)
    rows, _ = compare_on_corpus(args.folds)
    with GENERAL.open(encoding="utf-8", newline="") as handle:
        general = [(r["text"], r["label"]) for r in csv.DictReader(handle)]
    rows += compare_on("general short texts", general, ("positive", "neutral", "negative"))
    # Comments by writers who never saw the model or its corpus. The shipped model trains on
    # them, so each is read by a model trained on everything but that set (leave one set out).
    for name, found in development_sets().items():
        held_out = leave_one_set_out(name)
        pairs = [(r["text"], r["label"]) for r in found]
        complaints = [i for i, r in enumerate(found) if r["complaint"] == "1"]
        rows += compare_on(f"outside set {name.upper()} (held out)", pairs, LABELS, held_out, complaints)
        welsh = [(r, p) for r, p in zip(found, held_out, strict=True) if r["language"] == "cy"]
        right = sum(negative_side(p) == negative_side(r["label"]) for r, p in welsh)
        print(f"Welsh on the right side: {right}/{len(welsh)}")
    if args.nhs.exists():
        rows += compare_on("NHS FFT", nhs_rows(args.nhs), ("positive", "negative"))
    else:
        print(f"\n(NHS comments not found at {args.nhs}: skipped)")
    texts = [r["text"] for r in corpus()]
    model_ms, vader_ms = median_ms(labeller("model"), texts), median_ms(labeller("vader_emoji"), texts)
    print(f"\nmedian time to label one comment: model {model_ms:.3f} ms, vader_emoji {vader_ms:.3f} ms")
    rows.append(
        Row(
            "sentiment",
            "-",
            "median ms per comment, model",
            f"{model_ms:.3f} ms",
            f"{model_ms / vader_ms:.1f}x vader_emoji",
        )
    )
    model_rate, count = relabel_rate("model", args.relabel)
    vader_rate, _ = relabel_rate("vader_emoji", args.relabel)
    print(
        f"recompute-insights on {count} stored comments (SQLite): model {model_rate:,.0f}/s, "
        f"vader_emoji {vader_rate:,.0f}/s; 100,000 comments: {100_000 / model_rate / 60:.1f} min"
    )
    rows.append(
        Row(
            "sentiment",
            "sqlite",
            "relabel comments/s, model",
            f"{model_rate:,.0f}/s",
            f"{model_rate / vader_rate:.2f}x vader_emoji; 100k in {100_000 / model_rate / 60:.1f} min",
        )
    )
    return rows


if __name__ == "__main__":
    main()
