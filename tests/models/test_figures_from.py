"""`figures_from` (a question's Scoring, worked out once a summary) against the figures_for it
replaced in summarise, kept here as the reference: every goal shape, suppressed and small
counts, answers left out, top box reported or not."""

from __future__ import annotations

import random

import pytest

from models.reports.summaries import (
    SUPPRESS_BELOW,
    Figures,
    GoalCheck,
    Tally,
    figures_for,
    figures_from,
    measured_questions,
    percent,
    reports_top_box,
    scoring,
)
from settings import Goal, Question


def reference(question: Question, tally: Tally, goal: Goal | None) -> Figures:
    """summarise's figures before the Scoring: every GoalCheck made afresh for each figure."""
    count = tally.answers - tally.excluded
    suppressed = count < SUPPRESS_BELOW
    positive = None if suppressed else percent(tally.positive, count)
    negative = None if suppressed else percent(tally.negative, count)
    top_box = None if suppressed or not reports_top_box(question) else percent(tally.top_box, count)
    checks = []
    if goal is not None:
        for measure, comparison, target, shown in (
            ("positive", "at_least", goal.positive_at_least, positive),
            ("negative", "at_most", goal.negative_at_most, negative),
            ("top_box", "at_least", goal.top_box_at_least, top_box),
        ):
            if target is None or (measure == "top_box" and not reports_top_box(question)):
                continue
            met = (
                None if shown is None else (shown >= target if comparison == "at_least" else shown <= target)
            )
            checks.append(GoalCheck(measure, comparison, target, met))
    excluded = tally.excluded if tally.excluded == 0 or tally.excluded >= SUPPRESS_BELOW else None
    shown_count = None if suppressed else count
    return Figures(question.id, shown_count, excluded, suppressed, positive, negative, top_box, tuple(checks))


def goals(rng: random.Random) -> Goal | None:
    if rng.random() < 0.15:
        return None

    def target() -> float | None:
        # Whole and half percents often: a figure exactly on its target must count as met.
        return rng.choice(
            [None, float(rng.randint(0, 100)), rng.randint(0, 200) / 2, round(rng.uniform(0, 100), 1)]
        )

    return Goal(positive_at_least=target(), negative_at_most=target(), top_box_at_least=target())


def counts(rng: random.Random) -> Tally:
    answers = rng.choice([0, 1, 4, 5, 6, 9, rng.randint(0, 60), rng.randint(0, 5000)])
    excluded = min(answers, rng.choice([0, 0, 1, 3, 4, 5, rng.randint(0, answers or 1)]))
    counted = answers - excluded
    positive = rng.randint(0, counted)
    negative = rng.randint(0, counted - positive)
    return Tally(answers, positive, negative, rng.randint(0, positive), excluded)


@pytest.mark.parametrize("seed", range(4))
def test_figures_from_a_scoring_are_the_reference_figures(config, seed):
    rng = random.Random(seed)
    questions = measured_questions(config.default_survey)
    assert any(reports_top_box(q) for q in questions) and not all(reports_top_box(q) for q in questions)
    verdicts = set()
    for _ in range(300):
        question, goal = rng.choice(questions), goals(rng)
        plan = scoring(question, goal)
        for _ in range(10):
            tally = counts(rng)
            expected = reference(question, tally, goal)
            fields = (tally.answers, tally.positive, tally.negative, tally.top_box, tally.excluded)
            assert figures_from(plan, fields) == expected
            assert figures_for(question, tally, goal) == expected
            verdicts |= {(g.measure, g.met) for g in expected.goals}
    # Every goal was judged met, not met and too few to judge.
    assert verdicts == {(m, met) for m in ("positive", "negative", "top_box") for met in (None, True, False)}


def test_the_configured_goals_give_the_reference_figures(config):
    for question in measured_questions(config.default_survey):
        goal = config.goals.get(question.id)
        plan = scoring(question, goal)
        for tally in (Tally(), Tally(4), Tally(5, 4, 1, 2), Tally(12, 9, 1, 6, 2), Tally(40, 30, 5, 20, 7)):
            fields = (tally.answers, tally.positive, tally.negative, tally.top_box, tally.excluded)
            assert figures_from(plan, fields) == reference(question, tally, goal)
