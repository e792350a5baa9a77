"""The thread and staff replies through the real engine, outbox and fake Twilio."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from bot.callbacks.replies import ReplyRefused, Sender, send_reply
from bot.callbacks.wording import say
from bot.outreach.outbox import drain
from models import Alert, Callback, OutboxMessage
from settings import Environment
from tests.callbacks.support import PHONE, ask_for_callback, thread_of, with_callbacks
from tests.factories import T0, resident_of, send, staff, texts

AFTER = T0 + timedelta(minutes=20)  # Friday 10:20 UTC: inside sending hours


@pytest.fixture
def cfg(config):
    return with_callbacks(config, offer="when_negative")


@pytest.fixture
def env(fake_twilio) -> Environment:
    return Environment.from_environ()


def reply(db, cfg, callback_id, text, now=AFTER, by_sms=False):
    with db.begin() as session:
        user = staff(session, f"staff{datetime.now().timestamp()}@example.org")
        callback = session.get(Callback, callback_id)
        return send_reply(session, cfg, callback, text, Sender.staff(user), now, by_sms=by_sms).id


def test_messages_go_to_the_thread_thanked_once_per_turn(db, cfg):
    callback_id = ask_for_callback(db, cfg)
    send(db, cfg, "no", address=PHONE, channel="sms", at=AFTER)  # answers "you said, we did"
    first = send(db, cfg, "It was about my mum's blue badge renewal", address=PHONE, channel="sms", at=AFTER)
    second = send(
        db, cfg, "She is at home now", address=PHONE, channel="sms", at=AFTER + timedelta(minutes=1)
    )
    assert texts(first) == [say(cfg, "received", "en", "east")] and texts(second) == []
    assert thread_of(db, callback_id) == [
        ("in", "It was about my mum's blue badge renewal"),
        ("in", "She is at home now"),
    ]


def test_help_and_stop_still_work_and_every_thread_message_is_screened(db, cfg):
    callback_id = ask_for_callback(db, cfg)
    send(db, cfg, "no", address=PHONE, channel="sms", at=AFTER)
    help_text = cfg.messages["en"].help.replace("{organisation}", cfg.organisation.name)
    assert texts(send(db, cfg, "HELP", address=PHONE, channel="sms", at=AFTER)) == [help_text]
    risky = send(
        db, cfg, "honestly I want to die", address=PHONE, channel="sms", at=AFTER + timedelta(minutes=1)
    )
    assert texts(risky)[0] == cfg.safeguarding.safety_reply["en"]  # the safety reply goes first
    assert texts(risky)[1] == say(cfg, "received", "en", "east")
    with db.begin() as session:
        assert session.scalar(select(Alert.team).where(Alert.phrase.is_not(None))) == "east"
    stopped = texts(send(db, cfg, "STOP", address=PHONE, channel="sms", at=AFTER + timedelta(minutes=2)))
    assert stopped == [cfg.messages["en"].opted_out.replace("{organisation}", cfg.organisation.name)]
    assert thread_of(db, callback_id) == [("in", "honestly I want to die")]  # not HELP, not STOP
    with pytest.raises(ReplyRefused) as refused:
        reply(db, cfg, callback_id, "Sorry to hear that")
    assert refused.value.reason == "opted_out"


def test_a_reply_goes_once_with_the_team_name_and_the_answer_comes_back(db, cfg, env, fake_twilio):
    callback_id = ask_for_callback(db, cfg)
    reply(db, cfg, callback_id, "I will ring you on Monday")
    assert drain(db, cfg, env, AFTER).sent == 1
    assert drain(db, cfg, env, AFTER + timedelta(minutes=1)).total == 0  # never twice
    assert [(m["to"], m["body"]) for m in fake_twilio.messages] == [
        (PHONE, "East locality team: I will ring you on Monday")
    ]
    with db.begin() as session:
        callback = session.get(Callback, callback_id)
        assert (callback.status, callback.first_reply_at) == ("replied", AFTER)
    send(db, cfg, "no", address=PHONE, channel="sms", at=AFTER + timedelta(minutes=2))  # "you said, we did"
    send(db, cfg, "Monday is fine", address=PHONE, channel="sms", at=AFTER + timedelta(minutes=3))
    assert thread_of(db, callback_id) == [("out", "I will ring you on Monday"), ("in", "Monday is fine")]
    with db.begin() as session:
        assert session.get(Callback, callback_id).status == "open"  # the resident answered: staff to read


def test_a_reply_to_someone_who_opts_out_before_it_goes_is_not_sent(db, cfg, env, fake_twilio):
    callback_id = ask_for_callback(db, cfg)
    reply(db, cfg, callback_id, "I will ring you")
    send(db, cfg, "STOP", address=PHONE, channel="sms", at=AFTER)
    drain(db, cfg, env, AFTER + timedelta(minutes=1))
    assert fake_twilio.messages == []
    with db.begin() as session:
        assert session.scalar(select(OutboxMessage.status)) == "cancelled"


def test_written_in_quiet_hours_it_waits_for_the_morning(db, cfg, env, fake_twilio):
    callback_id = ask_for_callback(db, cfg)
    night = datetime(2026, 11, 27, 22, 30, tzinfo=UTC)  # Friday 22:30 in London
    reply(db, cfg, callback_id, "Thanks, we will look into it", now=night)
    assert drain(db, cfg, env, night).sent == 0 and fake_twilio.messages == []
    with db.begin() as session:
        assert session.scalar(select(OutboxMessage.next_attempt_at)) == datetime(
            2026, 11, 28, 9, 0, tzinfo=UTC
        )
    assert drain(db, cfg, env, datetime(2026, 11, 28, 9, 1, tzinfo=UTC)).sent == 1
    assert len(fake_twilio.messages) == 1


def test_whatsapp_outside_24_hours_is_refused_and_offered_by_sms(db, cfg, env, fake_twilio):
    callback_id = ask_for_callback(db, cfg, channel="whatsapp")
    within = AFTER + timedelta(hours=20)
    reply(db, cfg, callback_id, "Within the window", now=within)
    late = T0 + timedelta(hours=25)
    with pytest.raises(ReplyRefused) as refused:
        reply(db, cfg, callback_id, "Too late for WhatsApp", now=late)
    assert refused.value.reason == "whatsapp_window_closed" and "SMS" in str(refused.value)
    reply(db, cfg, callback_id, "By SMS instead", now=late, by_sms=True)
    drain(db, cfg, env, late)
    # The drain takes channels in no set order: compare what went, not in which order.
    assert sorted((m["to"], m["body"]) for m in fake_twilio.messages) == [
        (PHONE, "East locality team: By SMS instead"),
        (f"whatsapp:{PHONE}", "East locality team: Within the window"),
    ]


def test_a_reply_held_for_the_morning_must_still_be_inside_the_window(db, cfg):
    # The resident last wrote on WhatsApp on Friday 10:10; a reply written on Saturday 20:00
    # would go on Monday 09:00 (no Sunday sending), long after the window closed.
    callback_id = ask_for_callback(db, cfg, channel="whatsapp")
    with pytest.raises(ReplyRefused):
        reply(db, cfg, callback_id, "Held", now=datetime(2026, 11, 28, 20, 0, tzinfo=UTC))


def test_closed_callbacks_and_empty_replies_are_refused(db, cfg):
    from bot.callbacks.handling import close

    callback_id = ask_for_callback(db, cfg)
    with pytest.raises(ReplyRefused) as empty:
        reply(db, cfg, callback_id, "   ")
    assert empty.value.reason == "empty"
    with db.begin() as session:
        user = staff(session, "closer@example.org")
        close(session, session.get(Callback, callback_id), "resolved", Sender.staff(user), AFTER)
    with pytest.raises(ReplyRefused) as closed:
        reply(db, cfg, callback_id, "Hello")
    assert closed.value.reason == "closed"
    # Closed: the resident's messages no longer go to the thread (a new survey starts).
    send(db, cfg, "no", address=PHONE, channel="sms", at=AFTER)
    assert resident_of(db, PHONE, "sms") is not None
    assert thread_of(db, callback_id) == []


@pytest.mark.parametrize("channel", ["console", "web"])
def test_a_reply_to_a_test_conversation_is_refused_not_queued_for_nobody(db, cfg, channel):
    callback_id = ask_for_callback(db, cfg, address="tester-1", channel=channel)
    with pytest.raises(ReplyRefused) as refused:
        reply(db, cfg, callback_id, "Hello")
    assert refused.value.reason == "test_channel" and "Try the survey" in str(refused.value)
    with db.begin() as session:
        assert session.scalars(select(OutboxMessage)).all() == []
