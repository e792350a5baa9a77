"""The measures tables' text, built in Python once per figure (web/admin/figure_text.py)."""

from __future__ import annotations

from models.reports.summaries import Figures, GoalCheck
from web.admin.figure_text import FEW, measure_rows


def question_with_exclusions(config):
    return next(q for q in config.default_survey.questions if q.excluded and q.choices)


def figures(question_id: str, **changes) -> Figures:
    values = dict(
        question_id=question_id,
        count=40,
        excluded=0,
        suppressed=False,
        positive_pct=87.5,
        negative_pct=2.5,
        top_box_pct=None,
        goals=(),
    )
    return Figures(**{**values, **changes})


def test_a_row_reads_its_figures_and_goals_in_words(config):
    question = question_with_exclusions(config)
    goals = (
        GoalCheck("positive", "at_least", 85.0, True),
        GoalCheck("negative", "at_most", 2.0, False),
        GoalCheck("top_box", "at_least", 62.5, None),
    )
    [row] = measure_rows({question.id: figures(question.id, count=1234, goals=goals)}, [question], "en")
    assert (row.question_id, row.text) == (question.id, question.text["en"])
    assert (row.count, row.positive, row.negative, row.top_box) == ("1,234", "87.5%", "2.5%", "–")
    assert [(g.words, g.met) for g in row.goals] == [
        ("85% or more positive", True),
        ("2% or less negative", False),
        ("62.5% or more top box", None),
    ]


def test_left_out_answers_name_their_choices_only_when_there_are_five_or_more(config):
    question = question_with_exclusions(config)
    labels = [c.label["en"] for c in question.choices if c.value in question.excluded]
    overall = {question.id: figures(question.id, excluded=12)}
    [row] = measure_rows(overall, [question], "en")
    assert (row.excluded, row.excluded_labels) == (12, '", "'.join(labels))
    [row] = measure_rows({question.id: figures(question.id, excluded=None)}, [question], "en")
    assert row.excluded is None  # 1 to 4: the template says "fewer than 5", no labels
    [row] = measure_rows({question.id: figures(question.id, excluded=0)}, [question], "en")
    assert (row.excluded, row.excluded_labels) == (0, "")


def test_a_suppressed_figure_is_words_never_a_number(config):
    question = question_with_exclusions(config)
    suppressed = figures(question.id, count=None, suppressed=True, positive_pct=None, negative_pct=None)
    [row] = measure_rows({question.id: suppressed}, [question], "en")
    assert (row.count, row.positive, row.negative, row.top_box) == (FEW, FEW, FEW, FEW)
