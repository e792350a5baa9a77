"""answer_rollups is the daily tallies summed by local week; summaries read from it match the answers."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import delete, select, update

from models import Answer, AnswerRollup, AnswerTally, Conversation
from models.local_days import local_midnight
from models.reports.periods import bucket_start, days_between, kept_days, whole_buckets
from models.reports.responses import ResponseFilters
from models.reports.summaries import summarise
from models.tallies import tally_params, use_time_zone
from tests.admin_support import add_random_response

LONDON = "Europe/London"
# British summer time ended at 01:00 UTC on Sunday 25 October 2026, a week before a month end.
CLOCK_CHANGE = datetime(2026, 10, 25, 1, 0, tzinfo=UTC)
# It began at 01:00 UTC on Sunday 29 March 2026.
SPRING_CHANGE = datetime(2026, 3, 29, 1, 0, tzinfo=UTC)


def rolled_up(db) -> dict:
    with db.begin() as session:
        rows = session.execute(select(AnswerRollup).where(AnswerRollup.n != 0)).scalars()
        return {(r.survey_id, r.week, r.team, r.channel, r.question_id, r.value): r.n for r in rows}


def summed_from_days(db) -> dict:
    """The roll-ups by their definition: every daily tally added into its week."""
    out: dict = {}
    with db.begin() as session:
        for t in session.execute(select(AnswerTally).where(AnswerTally.n != 0)).scalars():
            week = bucket_start(date.fromisoformat(t.day), "week").isoformat()
            key = (t.survey_id, week, t.team, t.channel, t.question_id, t.value)
            out[key] = out.get(key, 0) + t.n
    return {key: n for key, n in out.items() if n}


def near_edges(rng: random.Random, around: date = date(2026, 10, 1)) -> datetime:
    """A start within hours of a local midnight around the clock change and the month ends."""
    day = around + timedelta(days=rng.randint(-12, 45))
    return local_midnight(day, LONDON) + timedelta(minutes=rng.choice([-90, -30, 0, 30, 90, 600]))


@pytest.fixture
def spread(db):
    rng = random.Random(20)
    ids = []
    for _ in range(90):
        ids.append(add_random_response(db, rng, near_edges(rng)))
    return ids


def test_rollups_follow_every_write_to_the_daily_tallies(db, spread):
    ids = spread
    assert rolled_up(db) == summed_from_days(db) != {}
    with db.begin() as session:
        session.execute(update(Answer).where(Answer.conversation_id == ids[0]).values(value="3", value_num=3))
        session.execute(update(Answer).where(Answer.conversation_id == ids[1]).values(skipped=True))
        session.execute(update(Conversation).where(Conversation.id == ids[2]).values(team="west"))
        session.execute(update(Conversation).where(Conversation.id == ids[3]).values(is_test=True))
        # Across the month end and the clock change.
        session.execute(update(Conversation).where(Conversation.id == ids[4]).values(started_at=CLOCK_CHANGE))
        moved = session.get(Conversation, ids[5])
        moved.started_at = local_midnight(date(2026, 11, 1), LONDON) - timedelta(minutes=1)
    assert rolled_up(db) == summed_from_days(db)
    with db.begin() as session:
        session.execute(delete(Answer).where(Answer.conversation_id == ids[6]))
        session.execute(delete(Conversation).where(Conversation.id.in_(ids[7:10])))
    assert rolled_up(db) == summed_from_days(db)


def test_rollups_follow_the_tallies_into_another_time_zone(db, spread):
    with db.begin() as session:
        assert use_time_zone(session, "America/New_York") is True
    assert rolled_up(db) == summed_from_days(db) != {}
    with db.begin() as session:
        use_time_zone(session, LONDON)
        assert session.scalar(select(AnswerRollup).where(AnswerRollup.n == 0).limit(1)) is None
    assert rolled_up(db) == summed_from_days(db)


# (first, last) local days: whole weeks and months with partial ends, a clock change and
# a month end inside, a period inside one week, one exactly a month, one starting on a Monday.
PERIODS = [
    (date(2026, 9, 20), date(2026, 11, 12)),
    (date(2026, 10, 22), date(2026, 11, 3)),
    (date(2026, 10, 27), date(2026, 10, 29)),
    (date(2026, 10, 1), date(2026, 10, 31)),
    (date(2026, 10, 19), date(2026, 11, 1)),
]
FILTERS = [
    ResponseFilters(),
    ResponseFilters(team="east"),
    ResponseFilters(channel="telegram"),
    ResponseFilters(allowed_teams=frozenset({"west"})),
]


@pytest.mark.parametrize("interval", ["week", "month"])
@pytest.mark.parametrize(("first", "last"), PERIODS)
def test_summaries_from_rollups_match_the_answers(db, config, spread, interval, first, last):
    since, until = days_between(first, last, LONDON)
    with db.begin() as session:
        for filters in FILTERS:
            live = summarise(session, config, filters, since, until, interval, "live")
            kept = summarise(session, config, filters, since, until, interval, "auto")
            assert kept == live, (filters, interval)
    assert any(g.figures["overall"].count for g in live.trend) or filters.allowed_teams


@pytest.mark.parametrize(
    ("first", "end", "interval", "whole"),
    [
        (date(2026, 9, 20), date(2026, 11, 13), "week", (date(2026, 9, 21), date(2026, 11, 9))),
        (date(2026, 10, 19), date(2026, 11, 2), "week", (date(2026, 10, 19), date(2026, 11, 2))),
        (date(2026, 10, 27), date(2026, 10, 30), "week", (date(2026, 10, 30), date(2026, 10, 30))),
        # A monthly trend's buckets cut through weeks: it reads every day.
        (date(2026, 9, 20), date(2026, 11, 13), "month", (date(2026, 11, 13), date(2026, 11, 13))),
    ],
)
def test_a_weekly_period_reads_its_whole_weeks_from_the_rollups(first, end, interval, whole):
    if interval == "week":
        assert whole_buckets(first, end, interval) == whole
    since, until = local_midnight(first, LONDON), local_midnight(end, LONDON)
    values = tally_params(ResponseFilters(), since, until, LONDON, interval)
    assert (values["rollup_from"], values["rollup_to"]) == tuple(d.isoformat() for d in whole)


@pytest.fixture
def both_clock_changes(db):
    """Answers around both of 2026's clock changes, starting within hours of local midnights."""
    rng = random.Random(29)
    for around in (date(2026, 3, 10), date(2026, 10, 1)):
        for _ in range(100):
            add_random_response(db, rng, near_edges(rng, around))


# 30 days and shorter, starting and ending mid-week, each across a clock change.
MID_WEEK_PERIODS = [
    (date(2026, 3, 11), date(2026, 4, 9)),  # Wednesday to Thursday, 30 days over 29 March
    (date(2026, 3, 26), date(2026, 4, 1)),  # Thursday to Wednesday: no whole week
    (date(2026, 3, 21), date(2026, 4, 7)),  # Saturday to Tuesday: two whole weeks
    (date(2026, 10, 7), date(2026, 11, 5)),  # Wednesday to Thursday, 30 days over 25 October
    (date(2026, 10, 21), date(2026, 10, 27)),  # Wednesday to Tuesday, inside two weeks
]


@pytest.mark.parametrize(("first", "last"), MID_WEEK_PERIODS)
def test_summaries_of_mid_week_periods_equal_a_recount_from_the_answers(
    db, config, both_clock_changes, first, last
):
    since, until = days_between(first, last, LONDON)
    with db.begin() as session:
        for interval in ("week", "month"):
            for filters in FILTERS:
                live = summarise(session, config, filters, since, until, interval, "live")
                assert summarise(session, config, filters, since, until, interval, "kept") == live
                assert summarise(session, config, filters, since, until, interval, "auto") == live
        everyone = summarise(session, config, ResponseFilters(), since, until, "week", "live")
    assert everyone.overall["overall"].count, "a period with answers in it"


def test_kept_days_read_every_day_of_a_period_once():
    """The days before the whole weeks, the weeks, the days after them: each day once, weeks whole."""
    start = date(2026, 3, 2)
    for offset in range(14):
        for length in range(1, 45):
            first = start + timedelta(days=offset)
            end = first + timedelta(days=length)
            for whole_weeks in (True, False):
                kept = kept_days(first, end, whole_weeks)
                days = [first + timedelta(days=i) for i in range((kept.week_from - first).days)]
                weeks = [
                    kept.week_from + timedelta(days=i) for i in range((kept.week_to - kept.week_from).days)
                ]
                days += [kept.week_to + timedelta(days=i) for i in range((end - kept.week_to).days)]
                assert sorted(days + weeks) == [first + timedelta(days=i) for i in range(length)]
                assert len(weeks) % 7 == 0 and all(bucket_start(d, "week") >= first for d in weeks)
                assert not weeks or kept.week_from.weekday() == 0
                assert whole_weeks or not weeks
                # Only the partial weeks at either end are read by day.
                assert len(days) < 14 or not whole_weeks
