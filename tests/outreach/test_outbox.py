"""Draining the outbox: retries with back-off, nothing lost or doubled, provider opt-outs, pacing."""

from __future__ import annotations

from collections import Counter
from datetime import timedelta

import pytest

from bot.channels import SendError
from bot.outreach.outbox import drain
from bot.outreach.pacer import Pacer
from bot.outreach.sweep import sweep
from tests.factories import T0, conversations_of, resident_of, send
from tests.scheduling import (
    ENV,
    RecordingSender,
    count_outbox,
    fast,
    outbox,
    outreach_messages,
    record,
    registered,
    row,
)

DUE = T0 + timedelta(hours=2)
MINUTE = timedelta(minutes=1)


@pytest.fixture
def cfg(config):
    return fast(config)


def phones(n: int) -> list[str]:
    return [f"+4477009001{i:02d}" for i in range(n)]


def test_provider_down_loses_nothing_and_sends_nothing_twice(db, cfg):
    record(db, cfg, [row(p, "east", T0) for p in phones(20)], T0)
    sweep(db, cfg, DUE)
    # The provider answers 500 to the first 30 tries: 20 messages, then 10 more.
    sender = RecordingSender(down=30)
    with registered(sender):
        first = drain(db, cfg, ENV, DUE)
        assert (first.sent, first.retrying) == (0, 20)  # intros fail; questions wait their turn
        assert count_outbox(db, "pending") == 40
        assert drain(db, cfg, ENV, DUE + MINUTE - timedelta(seconds=1)).total == 0  # back-off holds
        second = drain(db, cfg, ENV, DUE + MINUTE)
        assert (second.sent, second.retrying) == (10 + 10, 10)
        third = drain(db, cfg, ENV, DUE + 6 * MINUTE)
        assert third.sent == 20 and third.failed == 0
    assert count_outbox(db, "sent") == 40
    sends = Counter(sender.sent)
    assert len(sends) == 40 and set(sends.values()) == {1}
    assert {p.status for p in outreach_messages(db, kind="invite")} == {"sent"}
    # Each person got the intro before the question.
    for phone in phones(20):
        bodies = [body for address, body in sender.sent if address == phone]
        assert bodies[0].startswith("Thank you") and bodies[1].startswith("Overall")


def test_after_the_last_back_off_the_message_fails_with_the_reason_kept(db, cfg):
    record(db, cfg, [row(phones(1)[0], "east", T0)], T0)
    sweep(db, cfg, DUE)
    sender = RecordingSender(down=99, error=SendError("HTTP 503 from provider for +447700900100"))
    with registered(sender):
        for wait in (0, 1, 6, 36):  # back-off 1m, 5m, 30m
            drain(db, cfg, ENV, DUE + wait * MINUTE)
        assert drain(db, cfg, ENV, DUE + timedelta(days=1)).total == 0
    intro, question = outbox(db)
    assert (intro.status, intro.attempts) == ("failed", 4)
    assert intro.error.startswith("HTTP 503 from provider for addr:")  # no phone number kept
    assert question.status == "cancelled" and question.error == "an earlier message failed"
    [invite] = outreach_messages(db, kind="invite")
    assert invite.status == "failed" and invite.last_error == intro.error
    [reminder] = outreach_messages(db, kind="reminder")
    assert (reminder.status, reminder.last_error) == ("cancelled", "the invitation failed")
    assert sender.sent == []
    # The resident never saw the question: a text from them starts afresh, not as an answer.
    [conversation] = conversations_of(db, phones(1)[0], "sms")
    assert conversation.status == "abandoned"
    replies = send(db, cfg, "2", address=phones(1)[0], channel="sms", at=DUE + timedelta(days=1))
    assert replies[0].text.startswith("Thank you for talking to")


def test_a_permanent_error_is_not_retried(db, cfg):
    record(db, cfg, [row(phones(1)[0], "east", T0)], T0)
    sweep(db, cfg, DUE)
    sender = RecordingSender(down=1, error=SendError("21211 invalid To", permanent=True, code="21211"))
    with registered(sender):
        drain(db, cfg, ENV, DUE)
        drain(db, cfg, ENV, DUE + timedelta(hours=1))
    assert sender.attempts == 1
    assert [m.status for m in outbox(db)] == ["failed", "cancelled"]


def test_an_opt_out_at_the_provider_is_recorded_and_cancels_their_other_outreach_messages(db, cfg):
    phone = phones(1)[0]
    record(db, cfg, [row(phone, "east", T0), row(phone, "west", T0 - timedelta(days=60))], T0)
    sweep(db, cfg, DUE)
    sender = RecordingSender(down=1, error=SendError("21610 unsubscribed", opted_out=True, code="21610"))
    with registered(sender):
        drain(db, cfg, ENV, DUE)
    resident = resident_of(db, phone, "sms")
    assert resident.opted_out
    assert {p.status for p in outreach_messages(db)} == {"cancelled"}
    assert "opted out" in {p.last_error for p in outreach_messages(db)}
    with registered(sender):
        sweep(db, cfg, DUE + timedelta(days=91))
        drain(db, cfg, ENV, DUE + timedelta(days=91))
    assert sender.sent == []


def test_nothing_is_sent_in_quiet_hours_even_when_a_retry_falls_due(db, cfg):
    record(db, cfg, [row(phones(1)[0], "east", T0.replace(hour=16))], T0.replace(hour=16))
    evening = T0.replace(hour=18, minute=59)
    sweep(db, cfg, evening)
    sender = RecordingSender(down=1)
    with registered(sender):
        drain(db, cfg, ENV, evening)
        drain(db, cfg, ENV, evening + 2 * MINUTE)  # 19:01: quiet
        assert sender.sent == []
        drain(db, cfg, ENV, T0.replace(day=28, hour=9))  # Saturday 09:00
    assert len(sender.sent) == 2


def test_drain_paces_with_the_channel_rate(db, config, monkeypatch):
    waits: list[float] = []
    monkeypatch.setattr(
        Pacer, "__init__", lambda self, rate, slots: waits.append(rate) or setattr(self, "interval", 0)
    )
    monkeypatch.setattr(Pacer, "reserve", lambda self, session: 0.0)
    record(db, config, [row(phones(1)[0], "east", T0)], T0)
    sweep(db, config, DUE)
    with registered(RecordingSender()):
        drain(db, config, ENV, DUE)
    assert waits == [config.channels.sms.rate_per_second]
