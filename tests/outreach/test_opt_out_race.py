"""An opt-out that lands while a batch is being sent stops the rows already claimed (issue 21, finding 8).

STOP cancels *pending* outbox rows; a row a sender has already claimed (status
`sending`, under its lease) is stopped only by the check just before each send.
Each test opts resident B out from inside the provider call for resident A, in
the same batch, by the real path: a STOP text, a Telegram block, a Twilio 21610 report.
For an invitation the cancelled prompt also stops it; a message with no prompt
("you said, we did", a callback reply) has only the opt-out check.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import pytest
from sqlalchemy import select

from bot.channels import Sent
from bot.channels.telegram.handlers import TelegramHandlers
from bot.outreach.delivery import record_status
from bot.outreach.outbox import drain
from bot.outreach.queue import queue_message
from bot.outreach.sweep import sweep
from models import Message
from tests.factories import T0, resident_of, send
from tests.scheduling import ENV, RecordingSender, count_outbox, fast, record, registered, row

DUE = T0 + timedelta(hours=2)
QUESTION = "Overall"  # the survey's first question, the second message of an invitation
SECOND = "We did: the second"  # a message with no prompt, queued after a first one


class OptOutMidBatch(RecordingSender):
    """Sends like RecordingSender; while sending the question to `a`, runs `opt_out_b` once."""

    def __init__(self, channel: str, a: str, opt_out_b: Callable[[], None], marker: str) -> None:
        super().__init__(channel)
        self.a, self.opt_out_b, self.marker, self.fired = a, opt_out_b, marker, False

    def send(self, address, reply) -> Sent:
        if address == self.a and reply.text.startswith(self.marker) and not self.fired:
            self.fired = True
            self.opt_out_b()
        return super().send(address, reply)


def sms_stop(db, config, b: str) -> Callable[[], None]:
    return lambda: send(db, config, "STOP", channel="sms", address=b, at=DUE)


def twilio_21610(db, config, b: str) -> Callable[[], None]:
    def report() -> None:
        # Twilio's status callback for the invitation B already had: error 21610 (unsubscribed).
        with db.begin() as session:
            sid = session.scalar(
                select(Message.external_id)
                .where(Message.direction == "out", Message.resident_id.is_not(None))
                .where(Message.resident_id == resident_of(db, b, "sms").id)
            )
            record_status(session, ["sms", "whatsapp"], sid, "undelivered", "21610", DUE)

    return report


def telegram_block(db, config, b: str) -> Callable[[], None]:
    # What the bot does on Telegram's my_chat_member "kicked" update.
    return lambda: TelegramHandlers(db, config, "test")._record_blocked(int(b))


RACES = {
    "STOP text": ("sms", "+447700900101", "+447700900102", sms_stop),
    "Twilio 21610": ("sms", "+447700900101", "+447700900102", twilio_21610),
    "Telegram block": ("telegram", "5550101", "5550102", telegram_block),
}


def service_contact_row(channel: str, address: str) -> dict:
    if channel == "telegram":
        return row(phone="", team="east", contacted_at=T0, telegram_chat_id=address, channel="telegram")
    return row(address, "east", T0)


def queue_to(db, channel: str, addresses: list[str], body: str) -> None:
    with db.begin() as session:
        for address in addresses:
            queue_message(session, resident_of(db, address, channel).id, channel, body, DUE)


@pytest.mark.parametrize("kind", ["invitation", "message without a prompt"])
@pytest.mark.parametrize("race", list(RACES))
def test_an_opt_out_during_a_batch_stops_the_claimed_rows(db, config, race, kind):
    channel, a, b, opt_out_of = RACES[race]
    cfg = fast(config)
    report = record(db, cfg, [service_contact_row(channel, a), service_contact_row(channel, b)], T0)
    assert report.ok, report.errors
    if kind == "invitation":
        sweep(db, cfg, DUE)
        marker = QUESTION
    else:
        queue_to(db, channel, [a, b], "You said: the first")
        with registered(RecordingSender(channel)):
            assert drain(db, cfg, ENV, DUE).sent == 2
        queue_to(db, channel, [a, b], SECOND)
        marker = SECOND
    sender = OptOutMidBatch(channel, a, opt_out_of(db, cfg, b), marker)
    with registered(sender):
        drained = drain(db, cfg, ENV, DUE)
    assert sender.fired
    assert resident_of(db, b, channel).opted_out
    assert not any(address == b and text.startswith(marker) for address, text in sender.sent), sender.sent
    assert any(address == a and text.startswith(marker) for address, text in sender.sent)
    assert drained.cancelled >= 1
    assert count_outbox(db, "sending") == 0
