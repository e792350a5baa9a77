"""Risky replies raise alerts through the real engine; the resident gets one safety reply."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from models import Alert, Message
from tests.factories import T0, conversations_of, send, texts


def alerts_in(db) -> list[Alert]:
    with db.begin() as session:
        return list(session.scalars(select(Alert).order_by(Alert.id)))


def test_risky_answer_gets_safety_reply_first_then_the_survey_carries_on(db, config):
    safety = config.safeguarding.safety_reply["en"]
    send(db, config, "FEEDBACK EAST")
    replies = send(db, config, "I can't cope any more", at=T0 + timedelta(minutes=1))
    assert texts(replies)[0] == safety
    # "can't cope" is not an answer to question 1: the usual hint and question follow.
    assert replies[-1].question_id == "overall"
    [alert] = alerts_in(db)
    [conversation] = conversations_of(db, "alice")
    assert (alert.rule, alert.status, alert.team) == ("cant_cope", "open", "east")
    assert alert.conversation_id == conversation.id and alert.safety_reply_sent
    with db.begin() as session:
        message = session.get(Message, alert.message_id)
        assert message.body == "I can't cope any more" and message.direction == "in"
        # In the order they were sent: without ORDER BY PostgreSQL may return them in any order.
        sent = session.scalars(
            select(Message.body).where(Message.in_reply_to_id == message.id).order_by(Message.id)
        ).all()
    assert sent[0] == safety  # logged like every other reply


def test_only_one_safety_reply_per_conversation_but_every_risky_reply_is_an_alert(db, config):
    safety = config.safeguarding.safety_reply["en"]
    assert texts(send(db, config, "I want to die"))[0] == safety
    second = send(db, config, "my husband hits me", at=T0 + timedelta(minutes=1))
    assert safety not in texts(second)
    assert [a.rule for a in alerts_in(db)] == ["suicide_self_harm", "abuse"]
    assert [a.safety_reply_sent for a in alerts_in(db)] == [True, False]
    # A new conversation (after the idle timeout) gets its own safety reply.
    later = send(db, config, "I'm scared", at=T0 + timedelta(days=8))
    assert texts(later)[0] == safety


def test_first_message_risky_gets_safety_reply_then_intro_and_question(db, config):
    replies = send(db, config, "help me please, I'm desperate")
    assert texts(replies)[0] == config.safeguarding.safety_reply["en"]
    assert replies[-1].question_id == "overall"
    assert alerts_in(db)[0].rule == "crisis"


def test_free_text_answer_is_screened_and_stored(db, config):
    send(db, config, "Hi")
    for i, text in enumerate(["1", "1", "1", "1", "1"]):
        send(db, config, text, at=T0 + timedelta(minutes=i + 1))
    replies = send(db, config, "Good staff but I have no heating", at=T0 + timedelta(minutes=9))
    assert texts(replies)[0] == config.safeguarding.safety_reply["en"]
    assert config.default_survey.thanks["en"] in texts(replies)
    assert alerts_in(db)[0].rule == "no_food_or_heating"


def test_welsh_conversation_gets_welsh_safety_reply(db, config):
    send(db, config, "CYMRAEG")
    replies = send(db, config, "Dw i eisiau lladd fy hun", at=T0 + timedelta(minutes=1))
    assert texts(replies)[0] == config.safeguarding.safety_reply["cy"]


def test_ordinary_replies_and_keywords_raise_nothing(db, config):
    for i, text in enumerate(["Hi", "HELP", "2", "SKIP", "kill time", "STOP"]):
        send(db, config, text, at=T0 + timedelta(minutes=i))
    assert alerts_in(db) == []


def test_after_stop_a_risky_message_is_an_alert_but_gets_no_reply(db, config):
    send(db, config, "Hi")
    send(db, config, "STOP", at=T0 + timedelta(minutes=1))
    assert send(db, config, "I want to kill myself", at=T0 + timedelta(minutes=2)) == []
    [alert] = alerts_in(db)
    assert alert.rule == "suicide_self_harm" and not alert.safety_reply_sent


def test_redelivered_message_raises_one_alert_and_repeats_the_same_replies(db, config):
    first = send(
        db, config, "I'm not safe at home", channel="sms", address="+447700900123", external_id="SM1"
    )
    again = send(
        db, config, "I'm not safe at home", channel="sms", address="+447700900123", external_id="SM1"
    )
    assert texts(again) == texts(first)
    assert len(alerts_in(db)) == 1
