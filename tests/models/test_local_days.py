"""Days, weeks and months in the local time zone across both 2026 clock changes, on both databases."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from alembic import command
from sqlalchemy import select, update

from models import AnswerTally, Conversation
from models.local_days import local_midnight, offset_periods, stored_time_zone
from models.migrate import alembic_config
from models.reports.periods import days_between, last_days, period_days
from models.reports.responses import ResponseFilters
from models.reports.summaries import grouped_tallies, measured_questions, summarise
from models.tallies import use_time_zone
from tests.admin_support import add_response
from tests.models.test_tallies import counted_rows, kept_rows

LONDON = "Europe/London"
SOURCES = ("live", "kept")


def utc(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=UTC)


def answers_by_bucket(db, config, first: date, last: date, interval: str, source: str) -> dict[str, int]:
    """How many 'listened' answers each trend bucket holds, for local days first to last."""
    since, until = days_between(first, last, config.organisation.time_zone)
    filters = ResponseFilters(survey="default", since=since, until=until)
    questions = measured_questions(config.default_survey)
    out: dict[str, int] = {}
    with db.begin() as session:
        for bucket, _team, _channel, question_id, counts in grouped_tallies(
            session, questions, filters, config.organisation.time_zone, interval, source
        ):
            if question_id == "listened":
                out[bucket] = out.get(bucket, 0) + counts[0]
    return {bucket: n for bucket, n in out.items() if n}


def test_london_offsets_change_at_one_in_the_morning_utc():
    periods = offset_periods(LONDON, utc(2026, 1, 1), utc(2027, 1, 1))
    assert periods == ((utc(2026, 1, 1), 0), (utc(2026, 3, 29, 1), 3600), (utc(2026, 10, 25, 1), 0))
    assert offset_periods(LONDON, utc(2026, 6, 1), utc(2026, 7, 1)) == ((utc(2026, 6, 1), 3600),)


def test_periods_are_local_midnights():
    assert local_midnight(date(2026, 6, 15), LONDON) == utc(2026, 6, 14, 23)
    assert last_days(date(2026, 6, 15), LONDON, 1) == (utc(2026, 6, 14, 23), utc(2026, 6, 15, 23))
    # The week the clocks go forward is an hour short, the week they go back an hour long.
    since, until = days_between(date(2026, 3, 23), date(2026, 3, 29), LONDON)
    assert until - since == timedelta(days=7, hours=-1)
    since, until = days_between(date(2026, 10, 19), date(2026, 10, 25), LONDON)
    assert until - since == timedelta(days=7, hours=1)
    assert period_days(since, until, LONDON) == (date(2026, 10, 19), date(2026, 10, 25))


@pytest.mark.parametrize("source", SOURCES)
def test_an_answer_at_half_past_midnight_bst_counts_on_that_day(db, config, source):
    add_response(db, {"listened": 1}, started_at=utc(2026, 6, 14, 23, 30))  # 00:30 BST on 15 June
    add_response(db, {"listened": 2}, started_at=utc(2026, 6, 14, 22, 30))  # 23:30 BST on 14 June
    june_15 = answers_by_bucket(db, config, date(2026, 6, 15), date(2026, 6, 15), "week", source)
    june_14 = answers_by_bucket(db, config, date(2026, 6, 14), date(2026, 6, 14), "week", source)
    assert june_15 == {"2026-06-15": 1}  # a Monday: its own week
    assert june_14 == {"2026-06-08": 1}


@pytest.mark.parametrize("source", SOURCES)
def test_weeks_around_the_march_clock_change(db, config, source):
    # Clocks go forward at 01:00 UTC on Sunday 29 March 2026.
    placed = {
        utc(2026, 3, 22, 23, 30): "2026-03-16",  # Sunday 22nd, 23:30 GMT
        utc(2026, 3, 23, 0, 30): "2026-03-23",  # Monday 23rd, 00:30 GMT
        utc(2026, 3, 29, 0, 30): "2026-03-23",  # Sunday 29th, 00:30 GMT, just before the change
        utc(2026, 3, 29, 22, 30): "2026-03-23",  # Sunday 29th, 23:30 BST
        utc(2026, 3, 29, 23, 30): "2026-03-30",  # Monday 30th, 00:30 BST: a UTC week would say the 23rd
    }
    for started in placed:
        add_response(db, {"listened": 1}, started_at=started)
    expected: dict[str, int] = {}
    for bucket in placed.values():
        expected[bucket] = expected.get(bucket, 0) + 1
    assert answers_by_bucket(db, config, date(2026, 3, 16), date(2026, 4, 5), "week", source) == expected
    # 00:30 BST on 1 April is in April, not March.
    add_response(db, {"listened": 1}, started_at=utc(2026, 3, 31, 23, 30))
    months = answers_by_bucket(db, config, date(2026, 3, 1), date(2026, 4, 30), "month", source)
    assert months == {"2026-03-01": 5, "2026-04-01": 1}


@pytest.mark.parametrize("source", SOURCES)
def test_weeks_around_the_october_clock_change(db, config, source):
    # Clocks go back at 01:00 UTC on Sunday 25 October 2026: 01:00 to 02:00 local happens twice.
    placed = {
        utc(2026, 10, 18, 22, 30): "2026-10-12",  # Sunday 18th, 23:30 BST
        utc(2026, 10, 18, 23, 30): "2026-10-19",  # Monday 19th, 00:30 BST: a UTC week would say the 12th
        utc(2026, 10, 25, 0, 30): "2026-10-19",  # Sunday 25th, 01:30 BST
        utc(2026, 10, 25, 1, 30): "2026-10-19",  # Sunday 25th, 01:30 GMT (the second time)
        utc(2026, 10, 25, 23, 30): "2026-10-19",  # Sunday 25th, 23:30 GMT
        utc(2026, 10, 26, 0, 30): "2026-10-26",  # Monday 26th, 00:30 GMT
    }
    for started in placed:
        add_response(db, {"listened": 1}, started_at=started)
    buckets = answers_by_bucket(db, config, date(2026, 10, 12), date(2026, 11, 1), "week", source)
    assert buckets == {"2026-10-12": 1, "2026-10-19": 4, "2026-10-26": 1}
    # The local day 25 October holds exactly its three answers (it is 25 hours long).
    assert answers_by_bucket(db, config, date(2026, 10, 25), date(2026, 10, 25), "week", source) == {
        "2026-10-19": 3
    }


def test_summary_trend_and_days_are_local(db, config):
    add_response(db, {"listened": 1}, started_at=utc(2026, 3, 29, 23, 30))
    since, until = days_between(date(2026, 3, 30), date(2026, 4, 5), LONDON)
    with db.begin() as session:
        summary = summarise(session, config, ResponseFilters(), since, until, "week")
    assert [g.key for g in summary.trend] == ["2026-03-30"]
    assert (summary.first_day, summary.last_day) == (date(2026, 3, 30), date(2026, 4, 5))
    assert summary.time_zone == LONDON


def random_year(db, rng: random.Random, count: int) -> list[int]:
    """Conversations at random moments of 2026, bunched around both clock changes and midnights."""
    ids = []
    anchors = [utc(2026, 3, 29, 1), utc(2026, 10, 25, 1), utc(2026, 6, 14, 23), utc(2026, 12, 31, 23)]
    for _ in range(count):
        started = rng.choice(anchors) + timedelta(minutes=rng.randint(-3 * 24 * 60, 3 * 24 * 60))
        answers = {q: rng.choice([1, 2, 3, 4, None]) for q in ("listened", "what_matters", "timely")}
        answers["overall"] = rng.randint(1, 6)
        team, channel = rng.choice(["east", "west", None]), rng.choice(["sms", "telegram"])
        ids.append(add_response(db, answers, team=team, channel=channel, started_at=started))
    return ids


def live_equals_kept(db, config) -> None:
    zone = config.organisation.time_zone
    questions = measured_questions(config.default_survey)
    with db.begin() as session:
        for first, last in [(date(2026, 1, 1), date(2026, 12, 31)), (date(2026, 3, 29), date(2026, 10, 25))]:
            since, until = days_between(first, last, zone)
            filters = ResponseFilters(survey="default", since=since, until=until)
            for interval in ("week", "month"):
                # The raw counts (no suppression hides a difference), then every figure.
                live_rows = grouped_tallies(session, questions, filters, zone, interval, "live")
                kept_rows_ = grouped_tallies(session, questions, filters, zone, interval, "kept")
                assert sorted(live_rows, key=str) == sorted(kept_rows_, key=str), (first, last, interval)
                live = summarise(session, config, ResponseFilters(), since, until, interval, "live")
                kept = summarise(session, config, ResponseFilters(), since, until, interval, "kept")
                assert live == kept, (first, last, interval)


def test_tallies_are_local_days_through_writes_across_clock_changes(db, config):
    ids = random_year(db, random.Random(19), 80)
    assert kept_rows(db) == counted_rows(db, LONDON)
    live_equals_kept(db, config)
    with db.begin() as session:
        # Across midnight and across a clock change, forwards and back.
        for conversation_id, hours in zip(ids[:20], [1, -1, 23, -23, 25] * 4, strict=True):
            moved = session.get(Conversation, conversation_id)
            moved.started_at = moved.started_at + timedelta(hours=hours)
        session.execute(update(Conversation).where(Conversation.id.in_(ids[20:25])).values(team="west"))
    assert kept_rows(db) == counted_rows(db, LONDON)
    live_equals_kept(db, config)


def test_another_time_zone_recounts_the_tallies(db, config):
    random_year(db, random.Random(7), 40)
    new_york = config.model_copy(
        update={"organisation": config.organisation.model_copy(update={"time_zone": "America/New_York"})}
    )
    since, until = days_between(date(2026, 1, 1), date(2026, 12, 31), "America/New_York")
    with db.begin() as session:
        live = summarise(session, new_york, ResponseFilters(), since, until, "week", "live")
        # Tallies kept in London days cannot answer for New York days: the answers are counted instead.
        # The figures' statement reads the kept counts on the guess that they are in New York's
        # days and brings back the zone they are in; here the guess is wrong, and read as they
        # stand they would give other figures.
        guessed = summarise(session, new_york, ResponseFilters(), since, until, "week")
        assert guessed == live and guessed.kept_zone == LONDON
        assert summarise(session, new_york, ResponseFilters(), since, until, "week", "kept") != live
        assert use_time_zone(session, "America/New_York") is True
        assert use_time_zone(session, "America/New_York") is False
    assert kept_rows(db) == counted_rows(db, "America/New_York")
    live_equals_kept(db, new_york)
    with db.begin() as session:
        recounted = summarise(session, new_york, ResponseFilters(), since, until, "week")
        assert recounted == live and recounted.kept_zone == "America/New_York"
    with db.begin() as session:
        assert stored_time_zone(session) == "America/New_York"
        use_time_zone(session, LONDON)
    assert kept_rows(db) == counted_rows(db, LONDON)


def test_migration_recounts_existing_tallies_by_local_day_and_back(db, database_url):
    add_response(db, {"listened": 1}, started_at=utc(2026, 6, 14, 23, 30))
    add_response(db, {"listened": 1}, started_at=utc(2026, 12, 1, 23, 30))
    days = select(AnswerTally.day).where(AnswerTally.n > 0).order_by(AnswerTally.day)
    with db.begin() as session:
        assert list(session.scalars(days)) == ["2026-06-15", "2026-12-01"]
    command.downgrade(alembic_config(database_url), "0012_send_slots")
    try:
        with db.engine.begin() as connection:
            assert list(connection.scalars(days)) == ["2026-06-14", "2026-12-01"]
    finally:
        command.upgrade(alembic_config(database_url), "head")
    with db.begin() as session:
        assert list(session.scalars(days)) == ["2026-06-15", "2026-12-01"]
        assert stored_time_zone(session) == LONDON
    # The local day of a moment, as zoneinfo gives it, is what the triggers filed.
    assert {key[1] for key in kept_rows(db)} == {
        utc(2026, 6, 14, 23, 30).astimezone(ZoneInfo(LONDON)).date().isoformat(),
        "2026-12-01",
    }
