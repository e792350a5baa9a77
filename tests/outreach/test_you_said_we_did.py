"""'You said, we did': the consent question at the end of a survey, and the message back."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from bot.outreach.outbox import drain
from bot.outreach.you_said_we_did import ComposeError, compose_you_said_we_did
from models import Answer, AuditEntry, ConsentEvent, Message, OutboxMessage, YouSaidWeDid
from settings import parse_config
from tests.configuration import raw_test_config
from tests.factories import T0, conversations_of, send, staff, texts
from tests.scheduling import ENV, RecordingSender, fast, registered

ANSWERS = ["1", "1", "1", "1", "1", "Kind staff"]


def finish_survey(db, config, address="alice", first="Hi", start=T0):
    send(db, config, first, address=address, at=start)
    replies = []
    for i, text in enumerate(ANSWERS):
        replies = send(db, config, text, address=address, at=start + timedelta(minutes=i + 1))
    return replies


def test_survey_ends_with_thanks_then_the_consent_question(db, config):
    replies = finish_survey(db, config)
    assert texts(replies) == [config.default_survey.thanks["en"], config.you_said_we_did.question["en"]]
    assert replies[-1].options == (("Yes", "yes"), ("No", "no"))  # Telegram buttons
    [conversation] = conversations_of(db, "alice")
    assert conversation.status == "completed" and conversation.you_said_we_did is None


@pytest.mark.parametrize(
    "reply, agreed", [("YES", True), ("yeah ok", True), ("no thanks", False), ("N", False)]
)
def test_yes_or_no_is_stored_as_consent_not_as_an_answer(db, config, reply, agreed):
    finish_survey(db, config)
    replies = send(db, config, reply, at=T0 + timedelta(minutes=10))
    wording = config.you_said_we_did.thanks_yes if agreed else config.you_said_we_did.thanks_no
    assert texts(replies) == [wording["en"]]
    [conversation] = conversations_of(db, "alice")
    assert conversation.you_said_we_did is agreed and conversation.status == "completed"
    with db.begin() as session:
        assert session.scalar(select(ConsentEvent.kind)) == ("ysd_yes" if agreed else "ysd_no")
        questions = set(session.scalars(select(Answer.question_id)))
    assert questions == {"overall", "listened", "what_matters", "strengths", "timely", "comment"}


def test_welsh_resident_answers_ie(db, config):
    assert finish_survey(db, config, first="CYMRAEG")[-1].options == (("Ie", "yes"), ("Na", "no"))
    replies = send(db, config, "Ie", at=T0 + timedelta(minutes=10))
    assert texts(replies) == [config.you_said_we_did.thanks_yes["cy"]]


def test_anything_else_after_the_question_starts_afresh_and_asks_once(db, config):
    finish_survey(db, config)
    replies = send(db, config, "hello again", at=T0 + timedelta(minutes=10))
    assert replies[-1].question_id == "overall"
    first, second = conversations_of(db, "alice")
    assert first.you_said_we_did is None and second.status == "in_progress"


def test_a_yes_long_after_the_question_is_not_consent(db, config):
    finish_survey(db, config)
    replies = send(db, config, "yes", at=T0 + timedelta(days=8))
    assert replies[-1].question_id == "overall"
    assert conversations_of(db, "alice")[0].you_said_we_did is None


def test_survey_without_the_switch_ends_with_thanks_only(db):
    data = raw_test_config()
    data["surveys"][0]["ask_you_said_we_did"] = False
    config = parse_config(data)
    assert texts(finish_survey(db, config)) == [config.default_survey.thanks["en"]]


@pytest.fixture
def staff_id(db) -> int:
    with db.begin() as session:
        user = staff(session, "lead@example.org", "manager")
        session.flush()
        return user.id


def resident(db, config, address, team="EAST", consent="yes", start=T0):
    finish_survey(db, config, address=address, first=f"FEEDBACK {team}", start=start)
    send(db, config, consent, address=address, at=start + timedelta(minutes=10))


def test_compose_queues_the_message_to_residents_of_the_team_and_period_who_said_yes(db, config, staff_id):
    resident(db, config, "yes-east")
    resident(db, config, "no-east", consent="no")
    resident(db, config, "yes-west", team="WEST")
    resident(db, config, "yes-east-later", start=T0 + timedelta(days=40))
    resident(db, config, "yes-east-stopped")
    resident(db, config, "yes-then-no")
    resident(db, config, "yes-then-no", consent="no", start=T0 + timedelta(days=2))
    send(db, config, "STOP", address="yes-east-stopped", at=T0 + timedelta(days=1))
    text = "You told us waiting was too long. We now call back within 3 days."
    alice_id = conversations_of(db, "yes-east")[0].resident_id
    with db.begin() as session:
        count = compose_you_said_we_did(
            session, config, "east", T0 - timedelta(days=1), T0 + timedelta(days=30), text, staff_id, now=T0
        )
    assert count == 1
    with db.begin() as session:
        [queued] = session.scalars(select(OutboxMessage)).all()
        assert (queued.body, queued.channel, queued.status) == (text, "console", "pending")
        assert queued.resident_id == alice_id and queued.next_attempt_at == T0
        assert queued.message_id is None  # logged when the drain sends it
        sent = session.scalar(select(YouSaidWeDid))
        assert (sent.team, sent.recipients, sent.created_by_id) == ("east", 1, staff_id)
        entry = session.scalar(select(AuditEntry).where(AuditEntry.action == "you_said_we_did"))
        assert entry.actor == "lead@example.org" and entry.detail["recipients"] == 1
    with db.begin() as session:
        everyone = compose_you_said_we_did(
            session, config, None, T0 - timedelta(days=1), T0 + timedelta(days=60), text, staff_id, now=T0
        )
    assert everyone == 3  # east, west and the later east resident


@pytest.mark.parametrize(
    "team, text, days, error",
    [
        ("east", "  ", 30, "empty"),
        ("nowhere", "Hello", 30, "no team"),
        ("east", "Hello", -1, "must end after"),
        ("east", "x" * 500, 30, "longer than 3"),
    ],
)
def test_compose_refuses_bad_input(db, config, staff_id, team, text, days, error):
    with pytest.raises(ComposeError, match=error), db.begin() as session:
        compose_you_said_we_did(session, config, team, T0, T0 + timedelta(days=days), text, staff_id)


def test_the_message_goes_through_the_outbox_by_day_to_yes_residents_still_opted_in(db, config, staff_id):
    config = fast(config)
    resident(db, config, "yes-east")
    resident(db, config, "yes-east-stops-later")
    resident(db, config, "no-east", consent="no")
    resident(db, config, "yes-west", team="WEST")
    night = T0 + timedelta(hours=12)  # Friday 22:00 in London: quiet hours
    with db.begin() as session:
        count = compose_you_said_we_did(
            session,
            config,
            "east",
            T0 - timedelta(days=1),
            T0 + timedelta(days=1),
            "We changed it.",
            staff_id,
            now=night,
        )
    assert count == 2
    console = RecordingSender("console")
    with registered(console):
        assert drain(db, config, ENV, now=night).total == 0 and console.sent == []
        send(db, config, "STOP", address="yes-east-stops-later", at=night + timedelta(hours=1))
        morning = T0 + timedelta(hours=23)  # Saturday 09:00
        report = drain(db, config, ENV, now=morning)
    assert console.sent == [("yes-east", "We changed it.")]
    assert report.sent == 1  # STOP itself cancelled the other one's queued message
    with db.begin() as session:
        statuses = sorted(session.scalars(select(OutboxMessage.status)))
        assert statuses == ["cancelled", "sent"]
        sent_log = session.scalar(
            select(Message).where(Message.body == "We changed it.", Message.status == "sent")
        )
        assert sent_log is not None and sent_log.external_id.startswith("SM")
