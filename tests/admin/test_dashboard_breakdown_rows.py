"""The breakdown tables' rows, written as HTML in Python, read exactly as the Jinja loop wrote them.

`figure_text.breakdown_rows` builds each row's HTML once (the loop per cell cost about
what the figures did). The loop it replaced is kept below as the reference: both are
given the same groups (suppressed figures, a group without a team, markup in a label,
channel names) and must give the same bytes.
"""

from __future__ import annotations

from markupsafe import Markup

from models.reports.summaries import Figures, Group
from web.admin.figure_text import FEW, breakdown_rows, count_text, percent_text
from web.admin.nav import channel_name

# The template's loop before the rows were built in Python, cells worked out as it was given them.
JINJA_LOOP = (
    """{% for row in rows %}
      <tr>
        <th scope="row">{{ channel_name(row.label) if prefix == "channel." else row.label }}</th>
        {% for cell in row.cells %}
          <td class="num"><span data-figure="{{ cell.key }}.positive">{{ cell.positive }}</span>
            {% if cell.count is not none %}<span class="hint">of """
    """<span data-figure="{{ cell.key }}.count">{{ cell.count }}</span></span>{% endif %}</td>
        {% endfor %}
      </tr>
    {% endfor %}"""
)

READY = "{% for row in rows %}{{ row }}{% endfor %}"


def reference_rows(groups: list[Group], question_ids: list[str], prefix: str) -> list[dict]:
    return [
        {
            "label": group.label,
            "cells": [
                {
                    "key": f"{prefix}{group.key or 'none'}.{qid}",
                    "positive": percent_text(group.figures[qid], "positive_pct"),
                    "count": None if group.figures[qid].suppressed else count_text(group.figures[qid]),
                }
                for qid in question_ids
            ],
        }
        for group in groups
    ]


def shown(question_id: str, count: int, positive: float) -> Figures:
    return Figures(question_id, count, 0, False, positive, 100 - positive, None)


def hidden(question_id: str) -> Figures:
    return Figures(question_id, None, None, True, None, None, None)


def groups_for(question_ids: list[str], labels: list[tuple[str | None, str]]) -> list[Group]:
    """Groups whose figures run from suppressed to thousands, differently for each question."""
    groups = []
    for g, (key, label) in enumerate(labels):
        figures = {
            qid: hidden(qid) if (g + q) % 3 == 0 else shown(qid, 7 + 1234 * g * q, 12.5 * q + 0.1 * g)
            for q, qid in enumerate(question_ids)
        }
        groups.append(Group(key, label, figures))
    return groups


def test_rows_written_in_python_match_the_jinja_loop(app, config):
    questions = [q for q in config.default_survey.questions if q.positive or q.negative]
    ids = [q.id for q in questions]
    cases = {
        "trend.": [("2026-11-02", "2026-11-02"), ("2026-11-09", "2026-11-09")],
        "team.": [("east", 'East & <b>"north"</b>'), (None, "No team"), ("it's", "It's <team>")],
        "channel.": [("sms", "sms"), ("whatsapp", "whatsapp"), ("pigeon", "pigeon<script>")],
    }
    for prefix, labels in cases.items():
        groups = groups_for(ids, labels)
        with app.test_request_context("/admin/"):
            expected = app.jinja_env.from_string(JINJA_LOOP).render(
                rows=reference_rows(groups, ids, prefix), prefix=prefix
            )
            name = channel_name if prefix == "channel." else str
            ready = breakdown_rows(groups, questions, prefix, name)
            actual = app.jinja_env.from_string(READY).render(rows=ready)
        assert all(isinstance(row, Markup) for row in ready)
        assert actual == expected, prefix
        assert FEW in actual and "<script>" not in actual and "<b>" not in actual


def test_a_suppressed_figure_has_no_count_beside_it(config):
    question = next(q for q in config.default_survey.questions if q.positive)
    [row] = breakdown_rows([Group("east", "East", {question.id: hidden(question.id)})], [question], "team.")
    assert f'data-figure="team.east.{question.id}.positive">{FEW}<' in row
    assert ".count" not in row and "of " not in row
