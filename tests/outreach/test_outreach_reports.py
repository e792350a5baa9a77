"""The admin's prompt lists, cancelling, response rates and days waited (models/reports/outreach.py)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from bot.outreach.outbox import drain
from bot.outreach.sweep import sweep
from models.reports.outreach import (
    cancel_outreach_message,
    days_waited_by_team,
    list_outreach_messages,
    outreach_counts,
    response_rates,
)
from tests.factories import T0, conversations_of, send
from tests.scheduling import ENV, RecordingSender, fast, outbox, outreach_messages, record, registered, row

DUE = T0 + timedelta(hours=2)


@pytest.fixture
def cfg(config):
    return fast(config)


def phone(n: int) -> str:
    return f"+4477009000{n:02d}"


def test_lists_show_outreach_messages_by_status_without_phone_numbers(db, cfg):
    rows = [row(phone(1), "east", T0), row(phone(2), "west", T0), row(phone(3), "west", T0, consent="no")]
    record(db, cfg, rows, T0)
    with registered(RecordingSender(down=99)):
        sweep(db, cfg, DUE)
        for minutes in (0, 1, 6, 36):
            drain(db, cfg, ENV, DUE + timedelta(minutes=minutes))
    with db.begin() as session:
        counts = outreach_counts(session)
        failed = list_outreach_messages(session, "failed")
        upcoming = list_outreach_messages(session, "upcoming", team="west")
        east_only = list_outreach_messages(session, "upcoming", allowed_teams=frozenset({"east"}))
    # The two re-contacts wait; the failed invitations' reminders were cancelled.
    assert counts == {"upcoming": 2, "sending": 0, "sent": 0, "failed": 2, "cancelled": 2}
    assert {p.kind for p in failed} == {"invite"} and failed[0].reason.startswith("HTTP 500")
    assert [(p.kind, p.team) for p in upcoming] == [("recontact", "west")]
    assert [p.team for p in east_only] == ["east"]
    assert all(p.resident.startswith("c_") for p in failed + upcoming)
    assert "7700" not in repr(failed + upcoming)


def test_staff_cancel_an_outreach_message_before_it_goes(db, cfg):
    record(db, cfg, [row(phone(1), "east", T0), row(phone(2), "east", T0)], T0)
    first, _, second, _ = outreach_messages(db)
    sender = RecordingSender()
    with db.begin() as session:
        assert cancel_outreach_message(session, first.id, T0, by="admin@example.org")
    with registered(sender):
        sweep(db, cfg, DUE)
        with db.begin() as session:  # queued but not yet sent: still cancellable
            assert cancel_outreach_message(session, second.id, DUE)
        drain(db, cfg, ENV, DUE)
    assert sender.sent == []
    assert {m.status for m in outbox(db)} == {"cancelled"}
    with db.begin() as session:
        [one, two] = list_outreach_messages(session, "cancelled")
        assert cancel_outreach_message(session, first.id, DUE) is False  # already cancelled
    assert {one.reason, two.reason} == {"cancelled by admin@example.org", "cancelled by staff"}
    assert [c.status for c in conversations_of(db, phone(2), "sms")] == ["abandoned"]


def test_response_rate_by_team_invited_started_completed(db, cfg):
    rows = [row(phone(n), "east" if n < 3 else "west", T0) for n in range(5)]
    record(db, cfg, rows, T0)
    with registered(RecordingSender()):
        sweep(db, cfg, DUE)
        drain(db, cfg, ENV, DUE)
    at = DUE + timedelta(minutes=5)
    send(db, cfg, "1", address=phone(0), channel="sms", at=at)  # east: started
    for text in ("1", "1", "1", "1", "1", "fine"):  # east: completed
        send(db, cfg, text, address=phone(1), channel="sms", at=at)
    send(db, cfg, "SKIP", address=phone(3), channel="sms", at=at)  # west: started
    with db.begin() as session:
        rates = response_rates(session)
        later = response_rates(session, since=DUE + timedelta(hours=1))
    assert [(r.team, r.invited, r.started, r.completed) for r in rates] == [
        ("east", 3, 2, 1),
        ("west", 2, 1, 0),
    ]
    assert rates[0].completed_percent == pytest.approx(100 / 3) and rates[1].started_percent == 50.0
    assert later == []


def test_days_waited_median_and_spread_by_team(db, cfg):
    waits = {"east": [2, 4, 6, 20], "west": [7]}
    rows = [
        row(phone(10 * i + j), team, T0, referred_at=(T0 - timedelta(days=d)).isoformat())
        for i, (team, days) in enumerate(waits.items())
        for j, d in enumerate(days)
    ]
    rows.append(row(phone(99), "carers", T0))  # no referral date: not counted
    record(db, cfg, rows, T0)
    with db.begin() as session:
        east, west = days_waited_by_team(session)
        assert days_waited_by_team(session, allowed_teams=frozenset({"west"})) == [west]
    assert (east.team, east.service_contacts, east.median, east.shortest, east.longest) == (
        "east",
        4,
        5.0,
        2,
        20,
    )
    assert (east.lower_quartile, east.upper_quartile) == (3.5, 9.5)
    assert (west.median, west.lower_quartile, west.upper_quartile) == (7.0, 7.0, 7.0)
