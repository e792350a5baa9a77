"""Quiet hours on London's wall clock, with time frozen and moved across the 2026 clock changes."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
import time_machine

from bot.outreach.quiet_hours import may_send_at, next_allowed
from bot.outreach.sweep import run_once
from settings import QuietHours
from tests.scheduling import (
    ENV,
    RecordingSender,
    fast,
    outreach_messages,
    record,
    registered,
    row,
    with_outreach,
)

PHONE = "+447700900001"


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


@pytest.mark.parametrize(
    "moment, expected",
    [
        (utc(2026, 11, 27, 10, 0), utc(2026, 11, 27, 10, 0)),  # Friday, inside
        (utc(2026, 11, 27, 19, 0), utc(2026, 11, 28, 9, 0)),  # Friday 19:00 -> Saturday 09:00
        (utc(2026, 11, 28, 20, 0), utc(2026, 11, 30, 9, 0)),  # Saturday night -> Monday (no Sundays)
        (utc(2026, 11, 30, 8, 59), utc(2026, 11, 30, 9, 0)),  # Monday early -> same morning
        # Saturday 28 March (GMT) evening -> Monday 30 March 09:00 BST = 08:00 UTC.
        (utc(2026, 3, 28, 19, 30), utc(2026, 3, 30, 8, 0)),
        (utc(2026, 3, 29, 1, 30), utc(2026, 3, 30, 8, 0)),  # inside the missing hour
        (utc(2026, 3, 30, 8, 0), utc(2026, 3, 30, 8, 0)),  # 09:00 BST is inside
        # Saturday 24 October (BST) evening -> Monday 26 October 09:00 GMT = 09:00 UTC.
        (utc(2026, 10, 24, 18, 30), utc(2026, 10, 26, 9, 0)),
        (utc(2026, 10, 25, 1, 30), utc(2026, 10, 26, 9, 0)),  # inside the repeated hour
        (utc(2026, 10, 24, 17, 59), utc(2026, 10, 24, 17, 59)),  # 18:59 BST is inside
    ],
)
def test_next_allowed_follows_the_london_wall_clock(config, moment, expected):
    assert next_allowed(config, moment) == expected
    assert may_send_at(config, expected)


def test_a_different_window_and_days(config):
    window = QuietHours(send_from="12:00", send_until="14:00", days=["sun"])
    late = with_outreach(config, quiet_hours=window)
    assert next_allowed(late, utc(2026, 11, 27, 10)) == utc(2026, 11, 29, 12)


@pytest.mark.parametrize(
    "contacted, too_early, due",
    [
        # March: contact Saturday 17:30 GMT; +2h is 19:30 (quiet); Sunday is off;
        # Monday 09:00 BST is 08:00 UTC. A job comparing in GMT would wait an hour more.
        (utc(2026, 3, 28, 17, 30), utc(2026, 3, 30, 7, 59), utc(2026, 3, 30, 8, 0)),
        # October: contact Saturday 17:30 BST (16:30 UTC); +2h is 19:30 BST (quiet);
        # Monday 09:00 GMT is 09:00 UTC. A job still on BST would send at 08:00 UTC.
        (utc(2026, 10, 24, 16, 30), utc(2026, 10, 26, 8, 59), utc(2026, 10, 26, 9, 0)),
    ],
)
def test_the_scheduler_waits_for_the_morning_across_a_clock_change(db, config, contacted, too_early, due):
    config = fast(config)
    sender = RecordingSender()
    with registered(sender), time_machine.travel(contacted, tick=False) as traveller:
        record(db, config, [row(PHONE, "east", contacted)], contacted)
        assert outreach_messages(db, kind="invite")[0].due_at == due
        moment = contacted
        while moment < too_early:  # every half hour through the night and the weekend
            traveller.move_to(moment)
            run_once(db, config, ENV)
            moment += timedelta(minutes=30)
        traveller.move_to(too_early)
        run_once(db, config, ENV)
        assert sender.sent == []
        traveller.move_to(due)
        run_once(db, config, ENV)
    assert len(sender.sent) == 2
    assert outreach_messages(db, kind="invite")[0].sent_at == due


def test_a_reminder_due_in_the_night_of_the_change_waits_too(db, config):
    config = fast(with_outreach(config, reminder_after=timedelta(hours=36)))
    sender = RecordingSender()
    friday = utc(2026, 3, 27, 12, 0)  # GMT
    with registered(sender), time_machine.travel(friday, tick=False) as traveller:
        record(db, config, [row(PHONE, "east", friday - timedelta(hours=2))], friday)
        run_once(db, config, ENV)
        assert len(sender.sent) == 2
        # +36h is Sunday 00:00 UTC: no Sunday sends; Monday 09:00 BST = 08:00 UTC.
        assert outreach_messages(db, kind="reminder")[0].due_at == utc(2026, 3, 30, 8, 0)
        traveller.move_to(utc(2026, 3, 29, 23, 0))
        run_once(db, config, ENV)
        assert len(sender.sent) == 2
        traveller.move_to(utc(2026, 3, 30, 8, 0))
        run_once(db, config, ENV)
    assert len(sender.sent) == 4
