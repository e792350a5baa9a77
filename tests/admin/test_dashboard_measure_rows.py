"""The measures tables' rows, written as HTML in Python, read exactly as the Jinja loop wrote them.

`figure_text.measure_rows_html` builds each row once (the loop's macro calls and per-value
escaping cost more than the figures). The loop it replaced is kept below as the reference:
both are given the same rows (answers left out or not, goals met, not met and unknown, no
goal, markup in the wording) and must give the same bytes.
"""

from __future__ import annotations

import pytest
from markupsafe import Markup

from web.admin.figure_text import FEW, GoalText, MeasureRow, measure_rows_html

# The template's loop before the rows were written in Python (admin/_figures.html).
JINJA_LOOP = """{% for row in rows %}
      <tr data-question="{{ row.question_id }}">
        <th scope="row">{{ row.text }}
          {% if row.excluded %}<span class="hint">({{ row.excluded }} left out: "{{ row.excluded_labels }}")</span>
          {% elif row.excluded is none %}<span class="hint">(fewer than 5 left out as not applicable)</span>{% endif %}
        </th>
        <td class="num" data-label="Answers"><span data-figure="{{ row.question_id }}.count">{{ row.count }}</span></td>
        <td class="num" data-label="Positive"><span data-figure="{{ row.question_id }}.positive">{{ row.positive }}</span></td>
        <td class="num" data-label="Negative"><span data-figure="{{ row.question_id }}.negative">{{ row.negative }}</span></td>
        {% if top_box %}<td class="num" data-label="Top box"><span data-figure="{{ row.question_id }}.top_box">{{ row.top_box }}</span></td>{% endif %}
        <td data-label="Goal">
        {%- for goal in row.goals %}
          {{ goal.words }}:
          {% if goal.met is none %}<strong>too few answers to judge</strong>
          {% elif goal.met %}<strong class="goal goal--met"><span aria-hidden="true">✓ </span>met</strong>
          {% else %}<strong class="goal goal--not-met"><span aria-hidden="true">✗ </span>not met</strong>{% endif %}{% if not loop.last %}<br>{% endif %}
        {% else %}No goal set
        {% endfor -%}
        </td>
      </tr>
    {% endfor %}"""  # noqa: E501 - the template's lines as they were

READY = "{% for row in rows %}{{ row }}{% endfor %}"

GOALS = [
    (),
    (GoalText("80% or more positive", True),),
    (GoalText("5% or less negative", False),),
    (GoalText("80% or more positive", None), GoalText("5% or less negative", True)),
    (
        GoalText("80% or more positive", False),
        GoalText("5% or less negative", None),
        GoalText("60% or more top box", True),
    ),
]
LEFT_OUT = [(12, 'Not applicable", "Did <not> use'), (None, ""), (0, "")]


def rows() -> list[MeasureRow]:
    """Every goal list with every kind of left-out answers, figures shown and suppressed."""
    made = []
    for g, goals in enumerate(GOALS):
        for e, (excluded, labels) in enumerate(LEFT_OUT):
            shown = (g + e) % 2 == 0
            made.append(
                MeasureRow(
                    f"q{g}{e}" if g else 'q"&<x>',
                    'Were you <b>listened</b> to & "heard"?' if e == 0 else "Was it timely?",
                    excluded,
                    labels,
                    f"{1234 * g + e:,}" if shown else FEW,
                    "87.5%" if shown else FEW,
                    "2.5%" if shown else FEW,
                    "–" if g % 2 else "61.0%",
                    goals,
                )
            )
    return made


@pytest.mark.parametrize("top_box", [True, False])
def test_rows_written_in_python_match_the_jinja_loop(app, top_box):
    given = rows()
    expected = app.jinja_env.from_string(JINJA_LOOP).render(rows=given, top_box=top_box)
    ready = measure_rows_html(given, top_box)
    actual = app.jinja_env.from_string(READY).render(rows=ready)
    assert all(isinstance(row, Markup) for row in ready)
    assert actual == expected
    assert ("top_box" in actual) == top_box and "<b>" not in actual and "<not>" not in actual
