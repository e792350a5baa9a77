"""The comment panel writes its links' query strings itself: each must be the link url_for makes."""

from __future__ import annotations

import pytest
from flask import url_for

from models.reports.comments import NEGATIVE_OR_MIXED, TeamInsight
from web.admin.comment_insights import panel_row

# The dashboard's arguments as a resident of the query string might leave them: spaces, an
# ampersand, a plus, characters url_for leaves alone and ones it must encode, a non-ASCII letter.
ARGS = [
    {},
    {"period": "30"},
    {"period": "custom", "since": "2026-11-01", "until": "2026-11-30", "channel": "sms"},
    {"channel": "a b&c=d+e", "period": "x/y:z;@!$'()*,?"},
    {"since": "Dydd Llun 1 Rhagfyr", "until": "ŵ#%"},
]
TEAMS = ["east", "west team & co", "tîm-y-gogledd", "a+b/c?d"]
THEMES = [("staff_kindness", 7), ("waiting & delays", 2), ("cymraeg/ŵ", 5)]


@pytest.mark.parametrize("args", ARGS)
@pytest.mark.parametrize("team", TEAMS)
def test_links_are_the_ones_url_for_makes(app, args, team):
    insight = TeamInsight(team=team, comments=12, negative=3, top_themes=THEMES)
    with app.test_request_context("/admin/"):
        row = panel_row(insight, {}, url_for("admin.comments"), args)
        assert row.comments_href == url_for("admin.comments", **args, team=team)
        assert row.negative_href == url_for("admin.comments", sentiment=NEGATIVE_OR_MIXED, **args, team=team)
        assert [t.href for t in row.themes] == [
            url_for("admin.comments", theme=theme, **args, team=team) for theme, _ in THEMES
        ]


def test_rows_without_a_team_or_with_too_few_comments_link_nowhere(app):
    with app.test_request_context("/admin/"):
        base = url_for("admin.comments")
        no_team = panel_row(TeamInsight(None, 12, 3, THEMES), {}, base, {"period": "30"})
        few = panel_row(TeamInsight("east", 4, 1, THEMES), {}, base, {"period": "30"})
    assert (no_team.key, no_team.comments_href, no_team.negative_href) == ("none", None, None)
    assert [t.href for t in no_team.themes] == [None, None, None] and no_team.themes[0].count == "7"
    assert few.suppressed and few.themes == () and few.comments_href is None
