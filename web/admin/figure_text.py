"""How a figure reads on the dashboard, worked out in Python once per figure.

The breakdown tables (a year by week is hundreds of cells) and the measures tables
are built here as rows of ready text rather than by Jinja macro calls per cell, which
cost more than counting the answers behind them (at 50,000 answers over 30 days the
page's template cost more than its figures). Every table uses the same two functions
below, so a figure reads the same wherever it is shown.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache

from markupsafe import Markup, escape

from models.reports.summaries import Figures, GoalCheck, Group
from settings import Question

MEASURE_WORDS = {"positive": "positive", "negative": "negative", "top_box": "top box"}
FEW = "fewer than 5"  # a figure resting on fewer than 5 answers is words, never a number


def percent_text(figures: Figures, attribute: str) -> str:
    if figures.suppressed:
        return FEW
    value = getattr(figures, attribute)
    return "–" if value is None else f"{value:.1f}%"


def count_text(figures: Figures) -> str:
    return FEW if figures.count is None else f"{figures.count:,}"


@lru_cache(maxsize=4096)
def escaped(text: str) -> str:
    """`escape(text)` as plain text, remembered: a figure's words ("84.5%", "1,204", "fewer
    than 5") recur on every page, and each escape made a Markup of its own (120 a month's page)."""
    return str(escape(text))


def breakdown_rows(
    groups: Iterable[Group], questions: Iterable[Question], prefix: str, name: Callable[[str], str] = str
) -> list[Markup]:
    """One table row per group, as HTML: its `name`d label, then % positive and "of n" for each question.

    Written here, each value escaped once, rather than by a Jinja loop per cell: at 30 days
    the loop's per-value escaping and attribute look-ups cost a millisecond a page, about
    what summing the figures behind the tables costs.
    """
    ids = [(q.id, escape(q.id)) for q in questions]
    rows = []
    for group in groups:
        key = escape(f"{prefix}{group.key or 'none'}.")
        cells = []
        for question_id, shown_id in ids:
            figures = group.figures[question_id]
            figure = f"{key}{shown_id}"
            positive = escaped(percent_text(figures, "positive_pct"))
            # A suppressed figure has no "of n": its count would give it away.
            count = "" if figures.suppressed else escaped(count_text(figures))
            of = count and f'<span class="hint">of <span data-figure="{figure}.count">{count}</span></span>'
            cells.append(
                f'\n          <td class="num"><span data-figure="{figure}.positive">{positive}</span>'
                f"\n            {of}</td>\n        "
            )
        label = escape(name(group.label))
        cells_html = "".join(cells)
        html = f'\n      <tr>\n        <th scope="row">{label}</th>\n        {cells_html}\n      </tr>\n    '
        rows.append(Markup(html))  # noqa: S704 - every value in it went through escape()
    return rows


@dataclass(frozen=True)
class GoalText:
    words: str  # "80% or more positive"
    met: bool | None  # None: too few answers to judge


@dataclass(frozen=True)
class MeasureRow:
    """One question's line in a measures table, every cell's text ready."""

    question_id: str
    text: str
    excluded: int | None  # answers left out of the denominator; None when 1 to 4
    excluded_labels: str  # the choices left out, '", "' between them
    count: str
    positive: str
    negative: str
    top_box: str
    goals: tuple[GoalText, ...]


def goal_text(check: GoalCheck) -> GoalText:
    more_or_less = "more" if check.comparison == "at_least" else "less"
    return GoalText(f"{check.target:g}% or {more_or_less} {MEASURE_WORDS[check.measure]}", check.met)


def excluded_labels(question: Question, language: str) -> str:
    return '", "'.join(c.label.get(language, "") for c in question.choices if c.value in question.excluded)


def measure_rows(
    overall: dict[str, Figures], questions: Iterable[Question], language: str
) -> list[MeasureRow]:
    """One row per question: its count, % positive, negative and top box, and its goals in words."""
    rows = []
    for question in questions:
        figures = overall[question.id]
        rows.append(
            MeasureRow(
                question.id,
                question.text[language],
                figures.excluded,
                excluded_labels(question, language) if figures.excluded else "",
                count_text(figures),
                percent_text(figures, "positive_pct"),
                percent_text(figures, "negative_pct"),
                percent_text(figures, "top_box_pct"),
                tuple(goal_text(check) for check in figures.goals),
            )
        )
    return rows


@dataclass(frozen=True)
class MeasuresTable:
    """A measures table's rows as HTML, and whether it has the "Top box" column."""

    rows: list[Markup]
    top_box: bool


def measures_table(rows: Iterable[MeasureRow], top_box: bool) -> MeasuresTable:
    return MeasuresTable(measure_rows_html(rows, top_box), top_box)


def measure_rows_html(rows: Iterable[MeasureRow], top_box: bool) -> list[Markup]:
    """Each measures-table row as HTML (the "Top box" cell only when `top_box`), written as the
    template's loop wrote it: its macro calls and per-value escaping cost more than the figures."""
    html = []
    for row in rows:
        shown_id = escape(row.question_id)
        if row.excluded:
            labels = escape(row.excluded_labels)
            left_out = f'<span class="hint">({row.excluded} left out: "{labels}")</span>\n          '
        elif row.excluded is None:
            left_out = '<span class="hint">(fewer than 5 left out as not applicable)</span>'
        else:
            left_out = ""
        cells = [
            _figure_cell(heading, f"{shown_id}.{key}", value)
            for heading, key, value in (
                ("Answers", "count", row.count),
                ("Positive", "positive", row.positive),
                ("Negative", "negative", row.negative),
                *((("Top box", "top_box", row.top_box),) if top_box else ()),
            )
        ]
        if not top_box:
            cells.append("")  # the template's empty line where the cell would be
        goals = "<br>\n        ".join(
            f"\n          {escape(goal.words)}:\n          {GOAL_MET[goal.met]}" for goal in row.goals
        )
        goals = goals + "\n        " if row.goals else "No goal set\n        "
        html.append(
            Markup(  # noqa: S704 - every value in it went through escape() or is a number
                f'\n      <tr data-question="{shown_id}">\n        <th scope="row">{escape(row.text)}'
                f"\n          {left_out}\n        </th>"
                + "".join(f"\n        {cell}" for cell in cells)
                + f'\n        <td data-label="Goal">{goals}</td>\n      </tr>\n    '
            )
        )
    return html


def _figure_cell(heading: str, figure: str, value: str) -> str:
    return f'<td class="num" data-label="{heading}"><span data-figure="{figure}">{escaped(value)}</span></td>'


# A goal's verdict as the measures table shows it (None: too few answers to judge).
GOAL_MET = {
    None: "<strong>too few answers to judge</strong>\n          ",
    True: '<strong class="goal goal--met"><span aria-hidden="true">✓ </span>met</strong>\n          ',
    False: '<strong class="goal goal--not-met"><span aria-hidden="true">✗ </span>not met</strong>',
}
