"""A published figure is the staff dashboard's and /api/v1/summary's figure for the same quarter and team."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime, timedelta
from functools import partial

import pytest
from sqlalchemy import delete

from bot.insights.analysis import labels_for
from models import Conversation
from models.demo import seed_demo
from models.reports.public import public_questions
from models.reports.responses import ResponseFilters
from models.reports.summaries import summarise
from models.reports.summary_json import summary_dict
from tests.factories import api_token
from tests.public.conftest import period, quarters, respond


@pytest.fixture
def seeded(db, config):
    with db.begin() as session:
        seed_demo(session, config, 3000, datetime.now(UTC), seed=11, label=partial(labels_for, config))
    # One group with a staff figure (5 or more answers) but too few to publish.
    since, until = period(1)
    with db.begin() as session:
        session.execute(
            delete(Conversation).where(
                Conversation.team == "carers",
                Conversation.started_at >= since,
                Conversation.started_at < until,
            )
        )
    for _ in range(7):
        respond(db, 1, team="carers", at=since)
    return db


def published(client) -> dict[tuple[str, str, str], dict[str, str]]:
    rows = csv.DictReader(io.StringIO(client.get("/results.csv").text))
    return {(r["quarter_start"], r["team"], r["question"]): r for r in rows}


def test_every_published_figure_equals_the_dashboards_and_the_apis(client, runner, seeded, config):
    public = published(client)
    token = api_token(runner)
    checked = suppressed = 0
    for index, quarter in enumerate(quarters()):
        since, until = period(index)
        for team in [None, *(t.id for t in config.teams)]:
            with seeded.begin() as session:
                staff = summarise(session, config, ResponseFilters(team=team), since, until)
            # The API's dates are local days, `until` included, as a person would ask.
            query = {
                "since": quarter.start.isoformat(),
                "until": (quarter.end - timedelta(days=1)).isoformat(),
            }
            api = client.get(
                "/api/v1/summary",
                query_string={**query, **({"team": team} if team else {})},
                headers={"Authorization": f"Bearer {token}"},
            ).get_json()
            assert api == summary_dict(staff, "en")  # the dashboard's figures are the API's
            api_questions = {q["id"]: q for q in api["questions"]}
            for question in public_questions(config):
                row = public[(quarter.start.isoformat(), team or "", question.id)]
                dashboard = staff.overall[question.id]
                if row["answered"] == "":
                    assert dashboard.count is None or dashboard.count < config.public_results.min_count
                    suppressed += 1
                    continue
                assert int(row["answered"]) == dashboard.count == api_questions[question.id]["count"]
                assert float(row["positive_pct"]) == dashboard.positive_pct
                assert float(row["positive_pct"]) == api_questions[question.id]["positive_pct"]
                met = next(g.met for g in dashboard.goals if g.measure == "positive")
                assert row["goal_met"] == ("yes" if met else "no")
                checked += 1
    assert checked >= 80 and suppressed >= 1  # the seed covers most groups; carers' 7 are held back


def test_the_html_page_shows_the_same_figure_as_the_dashboard(client, seeded, config):
    with seeded.begin() as session:
        staff = summarise(session, config, ResponseFilters(team="east"), *period())
    page = client.get("/results/east").text
    for question in public_questions(config):
        expected = f"{staff.overall[question.id].positive_pct:.1f}%"
        assert f'data-figure="{question.id}">' in page
        assert (
            f'<span class="figure">{expected}</span>' in page.split(f'data-figure="{question.id}">')[1][:200]
        )


def test_a_quarter_starts_at_local_midnight_on_both_pages(client, db, config):
    """Just before and just after the quarter's first local midnight (23:00 UTC in summer)."""
    since, until = period()
    for _ in range(10):
        respond(db, 5, at=since - timedelta(minutes=30))  # the quarter before
        respond(db, 1, at=since + timedelta(minutes=30))  # this quarter, though still the UTC day before
    with db.begin() as session:
        staff = summarise(session, config, ResponseFilters(team="east"), since, until).overall["listened"]
    assert (staff.count, staff.positive_pct) == (10, 100.0)
    assert '<span class="figure">100.0%</span>' in client.get("/results/east").text
