"""The dashboard's filter fields, written as plain HTML, read exactly as WTForms' widgets render them.

The dashboard renders its GET filters with admin/_filter_fields.html (cheaper than
the widget machinery); every other page uses _forms.html. Both are rendered here
from the same parsed, validated form, for the filter states people can reach, and
must give the same markup (whitespace aside).
"""

from __future__ import annotations

import re

import pytest
from werkzeug.datastructures import MultiDict

from web.admin.forms import DashboardFilterForm, options

WIDGETS = """{% from "_forms.html" import select, input, choices %}
{{ select(form.period) }}{{ input(form.since, width="date") }}{{ input(form.until, width="date") }}
{{ select(form.team) }}{{ select(form.channel) }}{{ choices(form.interval) }}"""

PLAIN = """{% import "admin/_filter_fields.html" as fields %}
{{ fields.select(form.period) }}{{ fields.date(form.since) }}{{ fields.date(form.until) }}
{{ fields.select(form.team) }}{{ fields.select(form.channel) }}{{ fields.radios(form.interval) }}"""

STATES = [
    "",
    "period=90&interval=month",
    "period=custom&since=2026-10-01&until=2026-11-01",
    "period=custom&since=2026-11-01&until=2026-10-01",  # end before start: an error on "until"
    "period=custom&since=not-a-date&until=",  # unparsable: the typed text stays in the box
    "period=custom&since=1800-01-01&until=1800-02-01",
    "period=bogus&team=nowhere&channel=pigeon&interval=fortnight",  # not a choice: errors on each
    'team=east&channel=sms&since="><script>',  # quotes and markup in a value are escaped
    "period=365&team=&channel=whatsapp",
]


def normalised(html: str) -> str:
    return re.sub(r">\s+<", "><", re.sub(r"\s+", " ", html)).strip()


@pytest.mark.parametrize("query", STATES)
def test_plain_filter_fields_match_the_widgets(app, query: str):
    args = MultiDict([tuple(pair.split("=", 1)) for pair in query.split("&") if pair])
    with app.test_request_context(f"/admin/?{query}"):
        form = DashboardFilterForm(args)
        form.team.choices = options([("", "All teams"), ("east", "East & <north>"), ("west", "West")])
        form.channel.choices = options([("", "All channels"), ("sms", "SMS"), ("whatsapp", "WhatsApp")])
        if args and not form.validate():
            form.period.data = "30"  # as the dashboard does with filters it cannot use
        widgets = app.jinja_env.from_string(WIDGETS).render(form=form)
        plain = app.jinja_env.from_string(PLAIN).render(form=form)
    assert normalised(plain) == normalised(widgets)
    assert "<script>" not in plain
