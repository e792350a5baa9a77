"""Reply parser: understood, re-asked and misread per question kind and register (grouped CV), parse time.

Usage: python -m bench replies   (or python -m bench.replies [--folds 5] [--timing-rounds 3] [--loso];
`python -m bench` passes no options to its modules)

Outcomes on data/replies/replies.csv: *understood* = stored what the resident meant (or asked
again when a person would), *re-asked* = asked again though the reply was clear, *misread* = stored
something else. The learned fallback's answers are out of fold: each reply is read by a model
trained without its whole phrasing template (GroupKFold by `template`), at the confidence threshold
saved with the model. The rules were written with the table in view, so their figures here are
optimistic; the fallback's are not.

Also the later sets in data/replies/holdout.csv, written after the table by the same hand but
without running the parser first (read with the saved model): set2's first reading was 89.5%
understood, 9.7% re-asked, 0.8% misread, and the rules were then extended from it; set3, written
after that, read 95.0% / 4.4% / 0.6% (one misread, since fixed); set4, after that, read
92.4% / 6.1% / 1.5% (two misread, since fixed). The generalisation round added set5-set8, each
written before the rules it motivated and read once: set5 by the parser as it stood (92.9 / 5.1 /
2.0); set6 by the rules written after set5 (91.0 / 7.6 / 1.4; the parser as it stood before that
round 78.6 / 15.9 / 5.5); set7 by the rules written after set6 and the retrained model (82.1 /
14.2 / 3.8; before that round 80.2 / 16.0 / 3.8); set8 by the rules written after set7 (87.7 /
9.2 / 3.1). Their figures here are no longer unseen; the product is judged on replies
nobody here has read.

Then the unseen sets data/replies/blind_set_*.csv, written by people who never saw the
parser (label corrections: data/replies/blind_label_notes.md). Their first readings by the parser
merged for issue 19, as corrected: A 93.2% understood / 4.1% re-asked / 2.7% misread, B 87.7 / 8.5
/ 3.8, C 75.0 / 17.5 / 7.5 (as written: 92.7/4.1/3.2, 86.4/8.5/5.1, 74.6/17.5/7.9). The next round
fixed the classes of error found in A and B only, and then read C once: 79.2 / 17.5 / 3.3 (as
written 78.8/17.5/3.8); C's classes were fixed after that, so none of the three is unseen now.

Leave one set out (--loso): for each unseen set, the fallback is retrained without the table families
that set motivated (a family's template ends "__<sets>", e.g. "late_yes__de") and the set is read by
the rules and that model. The rules themselves were written with every set in view, so only the
fallback's share of these figures is held out; the rules-alone line says how much that is.

Baseline, in the same run: today's parser before issue 19 (bench/_baseline_answers.py, kept
verbatim), for the same figures and for the median time to parse one reply (target: under 1 ms).
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from bench import _baseline_answers as baseline
from bench._report import Row, reset_peak, this_process
from bot.conversation import answers, reply_model
from bot.conversation.reply_table import TABLE_DIR, load_questions, load_rows, score, tally
from bot.conversation.reply_table import Row as Reply
from bot.conversation.reply_training import SPEC, learnable, natural_rows, out_of_fold, sense_label
from bot.text import training
from bot.text.linear import LinearTextModel
from settings import Question

Parse = Callable[[Question, str, str], object]


def print_table(title: str, figures: dict[str, dict[str, float]]) -> None:
    print(f"\n{title}\n{'':<16}{'n':>6}  {'understood':>10}  {'re-asked':>9}  {'misread':>8}")
    for group, f in figures.items():
        print(
            f"{group:<16}{f['n']:>6}  {f['understood']:>9.1f}%  {f['reasked']:>8.1f}%  {f['misread']:>7.1f}%"
        )


@contextmanager
def swapped_fallback(propose: object, doubts: object | None = None) -> Iterator[None]:
    """reply_model.propose (and doubts, if given) replaced for one reading, with nothing remembered.

    parse_answer remembers short replies' readings by the *saved* model: a reading made with the rules
    alone, another fold's fallback or another cut must not stand in for this one's, nor outlive it.
    """
    saved = reply_model.propose, reply_model.doubts
    reply_model.propose = propose  # type: ignore[assignment]
    if doubts is not None:
        reply_model.doubts = doubts  # type: ignore[assignment]
    answers.forget_readings()
    try:
        yield
    finally:
        reply_model.propose, reply_model.doubts = saved
        answers.forget_readings()


def outcomes(rows: list[Reply], questions: dict[str, Question], parse: Parse) -> list[tuple[Reply, str]]:
    def read(row: Reply) -> tuple[bool, object]:
        parsed = parse(questions[row.question_id], row.reply, row.language)
        return parsed.ok, parsed.value  # type: ignore[attr-defined]

    return score(rows, read)


def with_out_of_fold_fallback(rows: list[Reply], questions: dict[str, Question], folds: int) -> Parse:
    """parse_answer whose fallback answers each reply from a model that never saw its template."""
    model = LinearTextModel.load(reply_model.MODEL_PATH)
    cutoff = reply_model.threshold(model)
    second = model.metadata.metrics.get("second_opinion")
    learnt = learnable(rows)
    by_reply = {}
    oof = out_of_fold(learnt, questions, folds, learnable(natural_rows()))
    for row, probabilities in zip(learnt, oof, strict=True):
        by_reply.setdefault((row.question_id, row.language, row.reply), probabilities)

    class FoldModel:
        """Stands in for the saved model with a row's out-of-fold probabilities."""

        def __init__(self, probabilities: dict[str, float]) -> None:
            self.probabilities = probabilities

        def predict(self, _text: str) -> tuple[str, float]:
            label = max(sorted(self.probabilities), key=self.probabilities.__getitem__)
            return label, self.probabilities[label]

    def propose(question: Question, text: str, language: str = "en") -> object:
        probabilities = by_reply.get((question.id, language, text))
        if probabilities is None:
            return None
        return reply_model.propose_with(FoldModel(probabilities), cutoff, question, text, language)  # type: ignore[arg-type]

    def doubts(question: Question, text: str, language: str, value: object) -> bool:
        probabilities = by_reply.get((question.id, language, text))
        if probabilities is None or second is None:
            return False
        fold_model = FoldModel(probabilities)
        return reply_model.doubts_with(fold_model, second, question, text, language, value)  # type: ignore[arg-type]

    def parse(question: Question, text: str, language: str) -> object:
        with swapped_fallback(propose, doubts):
            return answers.parse_answer(question, text, language)

    print(
        f"fallback threshold {cutoff}, second opinion {second} (saved with the model); {len(learnt)} "
        f"replies in {folds} grouped folds, the natural sets training beside them"
    )
    return parse


def rules_alone(question: Question, text: str, language: str) -> object:
    with swapped_fallback(lambda *_args, **_kw: None):
        return answers.parse_answer(question, text, language)


def motivated_by(template: str, letter: str) -> bool:
    """True for a table family written after reading unseen set `letter` ("late_yes__de": D and E)."""
    _, marker, sets = template.rpartition("__")
    return bool(marker) and letter in sets


def with_model(model: LinearTextModel, cutoff: float) -> Parse:
    """parse_answer with `model` as its fallback."""

    def propose(question: Question, text: str, language: str = "en") -> object:
        return reply_model.propose_with(model, cutoff, question, text, language)

    def parse(question: Question, text: str, language: str) -> object:
        with swapped_fallback(propose):
            return answers.parse_answer(question, text, language)

    return parse


def leave_one_set_out(questions: dict[str, Question], rows: list[Reply]) -> None:
    """Each unseen set read by the rules and by a fallback trained without the families it motivated."""
    cutoff = reply_model.threshold(LinearTextModel.load(reply_model.MODEL_PATH))
    learnt = learnable(rows)
    for path in sorted(TABLE_DIR.glob("blind_set_*.csv")):
        letter = path.stem.removeprefix("blind_set_")
        kept = [row for row in learnt if not motivated_by(row.template, letter)]
        model = LinearTextModel(
            training.train([r.reply for r in kept], [sense_label(r, questions) for r in kept], SPEC)
        )
        blind = load_rows(path)
        for title, parse in (
            ("rules alone", rules_alone),
            ("rules + fallback without its families", with_model(model, cutoff)),
        ):
            read = outcomes(blind, questions, parse)
            print_table(
                f"leave set {letter.upper()} out ({len(learnt) - len(kept)} table rows held out), {title}",
                tally(("all", o) for _, o in read),
            )


def parse_times(
    rows: list[Reply], questions: dict[str, Question], rounds: int
) -> tuple[list[int], list[int]]:
    """Nanoseconds per reply for today's parser and the new one (with its saved model), interleaved.

    Each reply is read afresh: the remembered readings are dropped before each timed parse (outside
    the timing), so a short reply met earlier in the run, or in an earlier round, is not a look-up.
    """
    new, old = [], []
    for _ in range(rounds):
        for row in rows:
            question = questions[row.question_id]
            answers.forget_readings()
            started = time.perf_counter_ns()
            baseline.parse_answer(question, row.reply, row.language)
            middle = time.perf_counter_ns()
            answers.parse_answer(question, row.reply, row.language)
            old.append(middle - started)
            new.append(time.perf_counter_ns() - middle)
    return new, old


def main(argv: list[str] | None = None) -> list[Row]:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--timing-rounds", type=int, default=3)
    parser.add_argument("--loso", action="store_true", help="only the leave-one-unseen-set-out figures")
    args = parser.parse_args(argv)
    reset_peak()
    questions, rows = load_questions(), load_rows()
    if args.loso:
        leave_one_set_out(questions, rows)
        return []
    print(f"{len(rows)} replies, {len({r.template for r in rows})} phrasing templates")

    old = outcomes(rows, questions, baseline.parse_answer)
    print_table("today's parser, per question kind", tally((r.kind, o) for r, o in old))
    alone = outcomes(rows, questions, rules_alone)
    print_table("rules alone, per question kind", tally((r.kind, o) for r, o in alone))
    full = outcomes(rows, questions, with_out_of_fold_fallback(rows, questions, args.folds))
    by_kind = tally((r.kind, o) for r, o in full)
    print_table("rules + fallback (grouped CV), per question kind", by_kind)
    print_table("rules + fallback (grouped CV), per register", tally((r.register, o) for r, o in full))
    overall = tally(("all", o) for _, o in full)["all"]
    print_table("rules + fallback (grouped CV), all", {"all": overall})

    later = load_rows(TABLE_DIR / "holdout.csv")
    for name in sorted({row.template.split(":")[0] for row in later}):
        chosen = [row for row in later if row.template.startswith(f"{name}:")]
        print_table(
            f"{name}, today's parser",
            tally((r.kind, o) for r, o in outcomes(chosen, questions, baseline.parse_answer)),
        )
        print_table(
            f"{name}, new parser",
            tally((r.kind, o) for r, o in outcomes(chosen, questions, answers.parse_answer)),
        )

    for path in sorted(TABLE_DIR.glob("blind_set_*.csv")):
        name = path.stem.removeprefix("blind_set_")
        blind = load_rows(path)
        for title, parse in (("today's parser", baseline.parse_answer), ("new parser", answers.parse_answer)):
            read = outcomes(blind, questions, parse)
            figures = tally((r.kind, o) for r, o in read) | tally(("all", o) for _, o in read)
            print_table(f"unseen set {name.upper()}, {title}", figures)

    answers.parse_answer(questions["overall"], "warm up", "en")  # load the model once
    new_ns, old_ns = parse_times(rows, questions, args.timing_rounds)
    new_median, old_median = statistics.median(new_ns) / 1e6, statistics.median(old_ns) / 1e6
    new_p95 = statistics.quantiles(new_ns, n=20)[-1] / 1e6
    print(
        f"\nparse time per reply: median {new_median:.3f} ms (p95 {new_p95:.3f} ms), today's parser "
        f"{old_median:.3f} ms, ratio {new_median / old_median:.2f}  ({len(new_ns)} parses each)"
    )
    result = f"{overall['understood']:.1f}/{overall['reasked']:.1f}/{overall['misread']:.1f}%"
    return [
        Row("replies", "-", "understood/re-asked/misread, grouped CV", result, "-", this_process()),
        Row(
            "replies",
            "-",
            "median parse time vs today's parser",
            f"{new_median:.3f} ms",
            f"{new_median / old_median:.2f}",
            this_process(),
        ),
    ]


if __name__ == "__main__":
    main()
