"""The outbox through the REAL Twilio sender against the fake Twilio API: outages and opt-outs."""

from __future__ import annotations

from collections import Counter
from datetime import timedelta

import pytest

from bot.channels import sender_for
from bot.channels.sms import TwilioSender
from bot.outreach.outbox import drain
from bot.outreach.sweep import sweep
from settings import Environment
from tests.factories import T0, resident_of
from tests.scheduling import count_outbox, fast, outbox, outreach_messages, record, row

DUE = T0 + timedelta(hours=2)  # Friday 12:00 UTC: inside the sending hours
MINUTE = timedelta(minutes=1)
PHONES = [f"+4477009003{i:02d}" for i in range(5)]


@pytest.fixture
def cfg(config):
    return fast(config)


@pytest.fixture
def env(fake_twilio, cfg) -> Environment:
    """The environment the fixture set: Heard's own Twilio sender talks to the fake."""
    env = Environment.from_environ()
    assert isinstance(sender_for("sms", env, cfg), TwilioSender)
    return env


def accepted(fake) -> list[tuple[str, str]]:
    return [(m["to"], m["body"]) for m in fake.messages]


def test_provider_down_for_a_while_loses_nothing_and_sends_nothing_twice(db, cfg, env, fake_twilio):
    record(db, cfg, [row(p, "east", T0) for p in PHONES], T0)
    sweep(db, cfg, DUE)
    # Twilio answers 500 to the next 15 requests: each intro fails three times (1m, 5m back-off).
    fake_twilio.fail_next(15, status=500)
    for wait in (0, 1, 6):
        report = drain(db, cfg, env, DUE + wait * MINUTE)
        assert (report.sent, report.retrying, report.no_sender) == (0, 5, 0)
        assert drain(db, cfg, env, DUE + wait * MINUTE + timedelta(seconds=30)).total == 0  # back-off holds
    assert fake_twilio.messages == [] and count_outbox(db, "sent") == 0
    assert {m.error for m in outbox(db, status="pending") if m.attempts} == {
        "Twilio refused the message: HTTP 500, error 20500"
    }
    recovered = drain(db, cfg, env, DUE + 36 * MINUTE)  # the last back-off (30m) has passed
    assert (recovered.sent, recovered.failed) == (10, 0)
    sends = Counter(accepted(fake_twilio))
    assert len(sends) == 10 and set(sends.values()) == {1}  # intro and question for each, once
    assert [r.status for r in fake_twilio.requests].count(500) == 15 and len(fake_twilio.requests) == 25
    assert count_outbox(db, "sent") == 10 and count_outbox(db, "pending") == 0
    assert {p.status for p in outreach_messages(db, kind="invite")} == {"sent"}
    assert {m.provider_id for m in outbox(db)} == {m["sid"] for m in fake_twilio.messages}
    for phone in PHONES:  # in order: the intro, then the question it answers
        bodies = [body for to, body in accepted(fake_twilio) if to == phone]
        assert bodies[0].startswith("Thank you") and bodies[1].startswith("Overall")
    assert drain(db, cfg, env, DUE + timedelta(hours=3)).total == 0
    assert len(fake_twilio.messages) == 10


def test_twilio_21610_opts_the_resident_out_and_cancels_their_other_outreach_messages(
    db, cfg, env, fake_twilio
):
    blocked, other = PHONES[0], PHONES[1]
    fake_twilio.opted_out.add(blocked)
    rows = [row(blocked, "east", T0), row(blocked, "west", T0 - timedelta(days=60)), row(other, "east", T0)]
    record(db, cfg, rows, T0)
    sweep(db, cfg, DUE)
    report = drain(db, cfg, env, DUE)
    assert (report.sent, report.failed) == (2, 1)
    assert resident_of(db, blocked, "sms").opted_out
    assert not resident_of(db, other, "sms").opted_out
    theirs = [p for p in outreach_messages(db) if p.resident_id == resident_of(db, blocked, "sms").id]
    reasons = {(p.kind, p.team): (p.status, p.last_error) for p in theirs}
    assert reasons.pop(("invite", "west")) == ("cancelled", "frequency cap: invited 2026-11-27")
    # The refused invitation, its reminder and both later re-contacts: all cancelled as opted out.
    assert sorted(reasons) == [
        ("invite", "east"),
        ("recontact", "east"),
        ("recontact", "west"),
        ("reminder", "east"),
    ]
    assert set(reasons.values()) == {("cancelled", "opted out")}
    assert [to for to, _ in accepted(fake_twilio)] == [other, other]
    refused = [r for r in fake_twilio.requests if r.status == 400]
    assert len(refused) == 1  # asked once; nothing more was tried
    sweep(db, cfg, DUE + timedelta(days=91))
    drain(db, cfg, env, DUE + timedelta(days=91))
    assert blocked not in {to for to, _ in accepted(fake_twilio)}
    assert len([r for r in fake_twilio.requests if r.form.get("To") == blocked]) == 1
