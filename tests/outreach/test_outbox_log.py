"""The message log records what the outbox actually sent (or finally failed to send), when it did."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from bot.channels import SendError
from bot.outreach.outbox import drain
from bot.outreach.sweep import sweep
from models import Message
from tests.factories import T0, conversations_of, resident_of, send
from tests.scheduling import ENV, RecordingSender, fast, outbox, record, registered, row

DUE = T0 + timedelta(hours=2)
PHONE = "+447700900123"


def logged(db) -> list[Message]:
    with db.begin() as session:
        return list(session.scalars(select(Message).order_by(Message.id)))


def test_a_swept_outreach_message_enters_the_log_when_it_is_sent_not_when_it_is_queued(db, config):
    cfg = fast(config)
    record(db, cfg, [row(PHONE, "east", T0)], T0)
    sweep(db, cfg, DUE)
    assert logged(db) == []
    sender = RecordingSender()
    later = DUE + timedelta(minutes=3)
    with registered(sender):
        assert drain(db, cfg, ENV, later).sent == 2
    [conversation] = conversations_of(db, PHONE, "sms")
    messages = logged(db)
    assert [(m.body, m.direction, m.channel, m.status) for m in messages] == [
        (body, "out", "sms", "sent") for _, body in sender.sent
    ]
    assert {(m.resident_id, m.conversation_id, m.created_at) for m in messages} == {
        (conversation.resident_id, conversation.id, later)
    }
    assert all(m.external_id and m.external_id.startswith("SM") for m in messages)
    assert [m.message_id for m in outbox(db)] == [m.id for m in messages]
    # The resident's answer is then filed under the same conversation as the question.
    send(db, cfg, "4", address=PHONE, channel="sms", at=later + timedelta(minutes=1))
    assert logged(db)[2].conversation_id == conversation.id


def test_a_message_that_finally_fails_is_logged_as_failed_and_what_never_went_is_not_logged(db, config):
    cfg = fast(config)
    record(db, cfg, [row(PHONE, "east", T0)], T0)
    sweep(db, cfg, DUE)
    refused = SendError("21211 invalid To", permanent=True, code="21211")
    with registered(RecordingSender(down=1, error=refused)):
        drain(db, cfg, ENV, DUE)
    intro, question = outbox(db)
    assert (intro.status, question.status) == ("failed", "cancelled")
    [message] = logged(db)
    assert (message.id, message.body, message.status, message.error_code) == (
        intro.message_id,
        intro.body,
        "failed",
        "21211",
    )
    assert question.message_id is None


def test_a_message_cancelled_by_stop_before_it_went_never_enters_the_log(db, config):
    cfg = fast(config)
    record(db, cfg, [row(PHONE, "east", T0)], T0)
    sweep(db, cfg, DUE)
    resident_id = resident_of(db, PHONE, "sms").id
    send(db, cfg, "STOP", address=PHONE, channel="sms", at=DUE)
    sender = RecordingSender()
    with registered(sender):
        drain(db, cfg, ENV, DUE + timedelta(minutes=1))
    assert sender.sent == []
    assert {m.status for m in outbox(db)} == {"cancelled"}
    theirs = [(m.direction, m.body) for m in logged(db) if m.resident_id == resident_id]
    assert theirs[0] == ("in", "STOP") and len(theirs) == 2  # and its confirmation
    assert not {body for _, body in theirs} & {m.body for m in outbox(db)}


def test_a_message_queued_with_its_log_row_already_written_keeps_that_row(db, config):
    """Rows queued before logging moved to sending time: updated, never logged twice."""
    cfg = fast(config)
    record(db, cfg, [row(PHONE, "east", T0)], T0)
    sweep(db, cfg, DUE)
    intro, question = outbox(db)
    with db.begin() as session:
        earlier = [
            Message(resident_id=m.resident_id, channel="sms", direction="out", body=m.body, status="queued")
            for m in (intro, question)
        ]
        session.add_all(earlier)
        session.flush()
        for message, queued in zip(earlier, (intro, question), strict=True):
            session.merge(queued).message_id = message.id
    with registered(RecordingSender()):
        drain(db, cfg, ENV, DUE)
    messages = logged(db)
    assert [(m.body, m.status) for m in messages] == [(intro.body, "sent"), (question.body, "sent")]
    assert [m.message_id for m in outbox(db)] == [m.id for m in messages]
