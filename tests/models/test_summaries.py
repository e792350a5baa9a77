"""models/reports/summaries.py on small known datasets, every figure computed by hand (FFT method)."""

from __future__ import annotations

from datetime import timedelta
from decimal import ROUND_HALF_UP, Decimal

import pytest

from models.reports.responses import ResponseFilters
from models.reports.summaries import Tally, figures_for, percent, summarise
from tests.admin_support import add_many, add_response
from tests.factories import T0, send

MIDNIGHT = T0.replace(hour=0)
SINCE, UNTIL = MIDNIGHT - timedelta(days=30), MIDNIGHT + timedelta(days=1)


@pytest.fixture(params=["live", "kept"])
def source(request) -> str:
    """Every figure is checked from the answers themselves and from answer_tallies."""
    return request.param


@pytest.fixture
def known(db):
    """East (SMS) this week, west (Telegram) last week, and rows that must never count."""
    add_many(db, "listened", [1, 1, 1, 2, 2, 3, 4, 1])  # n 8: positive 6, negative 1, top box 4
    add_many(db, "timely", [1, 1, 1, 1, 2, 3, 4, 4])  # two "did not need any": n 6
    add_many(db, "overall", [1, 1, 1, 1, 1, 2, 2, 2, 2, 6])  # "Don't know" stays in: 9 of 10
    add_many(db, "what_matters", [1, 1, 1, 1])  # four answers: suppressed
    add_many(db, "listened", [3] * 5, team="west", channel="telegram", started_at=T0 - timedelta(days=7))
    # Never counted: a test conversation, a skip, an unanswered question, one before the period.
    add_response(db, {"listened": 3}, is_test=True)
    add_response(db, {}, skipped=("listened",))
    add_response(db, {"listened": None})
    add_response(db, {"listened": 3}, started_at=SINCE - timedelta(seconds=1))
    return db


def run(db, config, interval="week", source="auto", **filters):
    with db.begin() as session:
        return summarise(session, config, ResponseFilters(**filters), SINCE, UNTIL, interval, source)


def test_team_figures_follow_the_fft_method(known, config, source):
    summary = run(known, config, source=source, team="east")
    listened = summary.overall["listened"]
    assert (listened.count, listened.positive_pct, listened.negative_pct, listened.top_box_pct) == (
        8,
        75.0,
        12.5,
        50.0,
    )
    assert [(g.measure, g.target, g.met) for g in listened.goals] == [
        ("positive", 90, False),
        ("top_box", 70, False),
    ]
    assert listened.goals_met is False

    overall = summary.overall["overall"]
    assert (overall.count, overall.positive_pct, overall.negative_pct) == (10, 90.0, 0.0)
    assert overall.top_box_pct is None  # top box is an approach measure
    assert [(g.measure, g.met) for g in overall.goals] == [("positive", True), ("negative", True)]
    assert overall.goals_met is True


def test_excluded_values_leave_the_denominator(known, config, source):
    timely = run(known, config, source=source, team="east").overall["timely"]
    # 4 yes, 1 partly, 1 no of 6; the two "I did not need any" are reported apart (as fewer than 5).
    assert (timely.count, timely.positive_pct, timely.negative_pct) == (6, 66.7, 16.7)
    assert timely.excluded is None and timely.suppressed is False
    assert [(g.target, g.met) for g in timely.goals] == [(75, False)]


def test_fewer_than_five_is_never_a_number(known, config, source):
    summary = run(known, config, source=source, team="east")
    for question_id in ("what_matters", "strengths"):
        figures = summary.overall[question_id]
        assert figures.suppressed is True
        assert (figures.count, figures.positive_pct, figures.negative_pct, figures.top_box_pct) == (None,) * 4
        assert all(g.met is None for g in figures.goals) and figures.goals_met is None


def test_all_teams_channels_and_scopes(known, config, source):
    everyone = run(known, config, source=source).overall["listened"]
    assert (everyone.count, everyone.positive_pct, everyone.negative_pct, everyone.top_box_pct) == (
        13,
        46.2,
        46.2,
        30.8,
    )
    assert run(known, config, source=source, channel="sms").overall["listened"].count == 8
    west_only = run(known, config, source=source, allowed_teams=frozenset({"west"})).overall["listened"]
    assert (west_only.count, west_only.positive_pct, west_only.negative_pct) == (5, 0.0, 100.0)
    # A team outside the scope shows nothing rather than leaking.
    assert (
        run(known, config, source=source, team="east", allowed_teams=frozenset({"west"}))
        .overall["listened"]
        .count
        is None
    )
    assert run(known, config, source=source, allowed_teams=frozenset()).by_team == ()


def test_breakdowns_by_team_and_channel(known, config, source):
    summary = run(known, config, source=source)
    teams = {g.key: g.figures["listened"] for g in summary.by_team}
    assert [g.key for g in summary.by_team] == ["east", "west"]  # config order
    assert (teams["east"].positive_pct, teams["west"].positive_pct) == (75.0, 0.0)
    assert [g.label for g in summary.by_team] == ["East locality team", "West locality team"]
    channels = {g.key: g.figures["listened"].count for g in summary.by_channel}
    assert channels == {"sms": 8, "telegram": 5}
    assert {g.key: g.figures["timely"].count for g in summary.by_channel} == {"sms": 6, "telegram": None}


def test_trend_by_week_and_month(known, config, source):
    weeks = {g.key: g.figures["listened"] for g in run(known, config, source=source).trend}
    assert list(weeks)[0] == "2026-10-26" and list(weeks)[-1] == "2026-11-23"  # Mondays
    assert len(weeks) == 5 and all(k in weeks for k in ("2026-11-02", "2026-11-09"))
    assert (weeks["2026-11-16"].count, weeks["2026-11-16"].positive_pct) == (5, 0.0)
    assert (weeks["2026-11-23"].count, weeks["2026-11-23"].positive_pct) == (8, 75.0)
    assert weeks["2026-11-09"].suppressed
    months = {g.key: g.figures["listened"] for g in run(known, config, source=source, interval="month").trend}
    assert list(months) == ["2026-10-01", "2026-11-01"]
    assert (months["2026-11-01"].count, months["2026-11-01"].positive_pct) == (13, 46.2)


@pytest.mark.parametrize(
    ("part", "whole", "shown"),
    [(2, 3, 66.7), (1, 16, 6.3), (1, 8, 12.5), (9, 10, 90.0), (0, 7, 0.0), (5, 5, 100.0)],
)
def test_percent_rounds_half_up_to_one_place(part, whole, shown):
    assert percent(part, whole) == shown


def test_percent_is_the_exact_decimal_rounding_for_every_small_count():
    for whole in range(1, 700):
        for part in range(whole + 1):
            exact = (Decimal(part) * 100 / Decimal(whole)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
            assert percent(part, whole) == float(exact), (part, whole)


@pytest.mark.parametrize(("positive", "met"), [(900, True), (899, False), (8995, True), (8994, False)])
def test_goals_are_judged_on_the_shown_figure(config, positive, met):
    listened = config.default_survey.question("listened")
    whole = 1000 if positive < 1000 else 10000
    figures = figures_for(
        listened, Tally(answers=whole, positive=positive, top_box=whole), config.goals["listened"]
    )
    # 89.95% is shown as 90.0% and so meets "90% or more"; 89.94% shows as 89.9% and does not.
    assert figures.goals[0].met is met


def test_answers_stored_by_the_engine_are_counted_as_documented(db, config, source):
    """Skipped and unanswered questions count nowhere; 'did not need any' leaves the denominator."""
    for n in range(5):
        at = T0 - timedelta(hours=n)
        replies = ["Hi", "1", "SKIP", "yes a lot", "banana", "banana", "4", "Kind staff"]
        for i, text in enumerate(replies):
            send(db, config, text, address=f"resident-{n}", channel="sms", at=at + timedelta(seconds=i))
    figures = run(db, config, source=source).overall
    assert (figures["overall"].count, figures["overall"].positive_pct) == (5, 100.0)
    assert figures["listened"].suppressed and figures["strengths"].suppressed
    assert (figures["what_matters"].count, figures["what_matters"].top_box_pct) == (5, 100.0)
    assert figures["timely"].suppressed and figures["timely"].excluded == 5


def test_a_summary_built_once_answers_each_later_filter_and_period_with_its_own_values(known, config):
    """The tallies' statement is kept per filter shape: each run must use its own team, channel and days."""
    asked = [
        dict(team="east"),
        dict(team="west"),  # the same shape as the one before, another team
        dict(team="west", channel="sms"),
        dict(team="west", channel="telegram"),
        dict(allowed_teams=frozenset({"west"})),
        dict(allowed_teams=frozenset({"east"})),
    ]
    for filters in asked * 2:  # the second time round, every statement is one kept from the first
        assert run(known, config, source="kept", **filters) == run(known, config, source="live", **filters)
    earlier = UNTIL - timedelta(days=5)  # this week's east answers only: another period, the same shape
    with known.begin() as session:
        live = summarise(session, config, ResponseFilters(), SINCE, earlier, "week", "live")
        kept = summarise(session, config, ResponseFilters(), SINCE, earlier, "week", "kept")
    assert kept == live and kept.overall["listened"].count != run(known, config).overall["listened"].count
