"""The dashboard's callback figures: asked for, % answered within the due time, median time to reply."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from models import Callback
from models.reports.callbacks import callback_figures
from models.reports.periods import days_between

ZONE = "Europe/London"
ASKED = datetime(2026, 11, 2, 10, 0, tzinfo=UTC)  # a Monday
DUE = ASKED + timedelta(days=2)


def add(db, team, asked=ASKED, first_reply_after=None, due=DUE):
    with db.begin() as session:
        session.add(
            Callback(
                team=team,
                channel="sms",
                language="en",
                status="replied" if first_reply_after else "open",
                created_at=asked,
                due_at=due,
                first_reply_at=asked + first_reply_after if first_reply_after else None,
                updated_at=asked,
            )
        )


def test_figures_per_team(db):
    add(db, "east", first_reply_after=timedelta(hours=3))  # on time
    add(db, "east", first_reply_after=timedelta(hours=5))  # on time
    add(db, "east", first_reply_after=timedelta(days=3))  # late
    add(db, "east")  # never answered and past due: a miss
    add(
        db, "east", asked=ASKED + timedelta(days=20), due=ASKED + timedelta(days=40)
    )  # not due yet: not judged
    add(db, "west", first_reply_after=timedelta(hours=1))
    since, until = days_between(date(2026, 11, 1), date(2026, 11, 30), ZONE)
    now = ASKED + timedelta(days=25)
    with db.begin() as session:
        east, west = callback_figures(session, since, until, now)
    assert (east.team, east.asked, east.judged, east.on_time, east.on_time_percent) == ("east", 5, 4, 2, 50.0)
    assert east.median_hours == 5.0  # of 3 h, 5 h and 72 h
    assert (west.asked, west.on_time_percent, west.median_hours) == (1, 100.0, 1.0)


def test_scoped_to_the_callers_teams_and_the_periods_local_days(db):
    add(db, "east", first_reply_after=timedelta(hours=1))
    add(db, "west", first_reply_after=timedelta(hours=1))
    # 23:30 UTC on 31 October is still October in London (GMT): outside a November period.
    add(db, "east", asked=datetime(2026, 10, 31, 23, 30, tzinfo=UTC))
    since, until = days_between(date(2026, 11, 1), date(2026, 11, 30), ZONE)
    with db.begin() as session:
        figures = callback_figures(session, since, until, ASKED, allowed_teams=frozenset({"east"}))
    assert [(f.team, f.asked) for f in figures] == [("east", 1)]


def test_the_median_of_an_even_number_of_waits_is_the_mean_of_the_middle_two(db):
    # Asked in another order than they were answered: the median follows the waits.
    for hours in (10, 1, 4, 30):
        add(db, "east", asked=ASKED + timedelta(minutes=hours), first_reply_after=timedelta(hours=hours))
    add(db, "west", first_reply_after=timedelta(minutes=90))
    add(db, "west", first_reply_after=timedelta(minutes=150))
    add(db, "west")  # not replied: no wait to count
    since, until = days_between(date(2026, 11, 1), date(2026, 11, 30), ZONE)
    with db.begin() as session:
        east, west = callback_figures(session, since, until, ASKED + timedelta(days=25))
    assert east.median_hours == 7.0  # of 1, 4, 10 and 30 hours
    assert (west.asked, west.judged, west.median_hours) == (3, 3, 2.0)  # of 1.5 and 2.5 hours
