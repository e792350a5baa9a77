"""The comment panel's rows, written as HTML in Python, read exactly as the template's loop wrote them."""

from __future__ import annotations

from markupsafe import Markup

from web.admin.comment_insights import FEW, PanelRow, ThemeLink, panel_rows_html

# _comment_insights.html's loop before the rows were written in Python.
JINJA_LOOP = """{% for row in rows %}
    <tr data-team="{{ row.key }}">
      <th scope="row">{{ row.name }}</th>
      {% if row.suppressed %}
      <td class="num" data-figure="comments.{{ row.key }}.count">fewer than 5</td>
      <td class="num" data-figure="comments.{{ row.key }}.negative">fewer than 5</td>
      <td>–</td>
      {% else %}
      <td class="num" data-figure="comments.{{ row.key }}.count">{% if row.comments_href %}<a href="{{ row.comments_href }}">{{ row.comments }}</a>{% else %}{{ row.comments }}{% endif %}</td>
      <td class="num" data-figure="comments.{{ row.key }}.negative">{% if row.negative_href %}<a href="{{ row.negative_href }}">{{ row.negative }}</a>{% else %}{{ row.negative }}{% endif %}</td>
      <td>{% for theme in row.themes %}{% if theme.href %}<a href="{{ theme.href }}">{{ theme.label }}</a>{% else %}{{ theme.label }}{% endif %} ({{ theme.count }}){% if not loop.last %}, {% endif %}{% else %}none found{% endfor %}</td>
      {% endif %}
    </tr>
  {% endfor %}"""  # noqa: E501 - the template's lines as they were

READY = "{% for row in rows %}{{ row }}{% endfor %}"

HREF = "/admin/comments?period=30&team=east"
THEMES = (
    ThemeLink("Staff kindness", "7", HREF + "&theme=staff_kindness"),
    ThemeLink("Waiting & <delays>", FEW, None),
    ThemeLink("Respect", "12", HREF + '&theme="r"'),
)
ROWS = [
    PanelRow("east", "East & <b>north</b>", False, "1,234", HREF, "41.5%", HREF + "&s=n", THEMES),
    PanelRow("none", "No team", False, "12", None, "8.3%", None, THEMES[1:2]),
    PanelRow("west", "West", True, FEW, None, FEW, None, ()),
    PanelRow('it"s', "It's", False, "5", HREF, "0.0%", HREF, ()),  # no themes found
    PanelRow("carers", "Carers", False, "9", HREF, "11.1%", HREF, THEMES[:1]),
]


def test_rows_written_in_python_match_the_template_loop(app):
    expected = app.jinja_env.from_string(JINJA_LOOP).render(rows=ROWS)
    ready = panel_rows_html(ROWS)
    actual = app.jinja_env.from_string(READY).render(rows=ready)
    assert all(isinstance(row, Markup) for row in ready)
    assert actual == expected
    assert "none found" in actual and "<b>" not in actual and "<delays>" not in actual
