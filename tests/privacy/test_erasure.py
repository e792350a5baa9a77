"""Finding a person, subject access and erasure, through the real engine and database."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from bot.privacy.erasure import ErasureBlocked, erase_person
from bot.privacy.people import PersonNotFound, find_person, normalise_phone
from bot.privacy.subject_access import subject_access
from models import Alert, AlertEvent, Answer, AuditEntry, ConsentEvent, Conversation, Message, Resident
from tests.factories import T0, send, staff

PHONE = "+447700900123"


def run(db, config, texts, address=PHONE, channel="sms", start=T0):
    for i, text in enumerate(texts):
        send(db, config, text, channel=channel, address=address, at=start + timedelta(minutes=i))


def count(session, model, *where) -> int:
    return session.scalar(select(func.count()).select_from(model).where(*where))


@pytest.mark.parametrize("written", ["+447700900123", "07700 900123", "07700900123", "+44 7700 900 123"])
def test_find_person_by_phone_in_any_usual_form(db, config, written):
    run(db, config, ["Hi"])
    with db.begin() as session:
        assert find_person(session, config, phone=written).phone == PHONE


def test_find_person_by_chat_id_and_clear_errors(db, config):
    run(db, config, ["Hi"], address="4242", channel="telegram")
    with db.begin() as session:
        assert find_person(session, config, chat_id="4242").telegram_chat_id == 4242
        with pytest.raises(PersonNotFound):
            find_person(session, config, phone="07700 900999")
        with pytest.raises(ValueError, match="exactly one"):
            find_person(session, config, phone=PHONE, chat_id="4242")
        with pytest.raises(ValueError, match="not a"):
            find_person(session, config, phone="call me")
    assert normalise_phone("whatsapp:+447700900123", "GB") == PHONE


def test_subject_access_holds_everything_and_is_audited(db, config):
    run(db, config, ["Hi", "2", "STOP", "START"])
    run(db, config, ["I'm scared at home"], start=T0 + timedelta(hours=1))
    with db.begin() as session:
        dpo = staff(session, "dpo@example.org", "admin")
        resident = find_person(session, config, phone=PHONE)
        data = subject_access(session, resident, dpo, T0 + timedelta(days=1))
    data = json.loads(json.dumps(data))  # JSON-serialisable as it stands
    assert data["contact"]["phone"] == PHONE
    assert [c["kind"] for c in data["consent_events"]] == ["opt_out", "opt_in"]
    assert data["conversations"][0]["answers"][0]["value"] == 2
    assert any(m["body"] == "I'm scared at home" for m in data["messages"])
    assert [a["matched"] for a in data["alerts"]] == ["unsafe"]
    with db.begin() as session:
        entry = session.scalar(select(AuditEntry))
        assert (entry.action, entry.actor, entry.subject) == (
            "subject_access",
            "dpo@example.org",
            f"contact:{resident.public_id}",
        )


def test_erasure_deletes_everything_about_them_and_keeps_others(db, config):
    run(db, config, ["Hi", "2", "STOP", "START", "1", "I want to die"])
    run(db, config, ["Hi", "3"], address="+447700900555")
    with db.begin() as session:
        alert = session.scalar(select(Alert))
        alert.status = "closed"
        alert.events.append(AlertEvent(kind="note", note="Spoke to her daughter", at=T0))
    with db.begin() as session:
        resident = find_person(session, config, phone=PHONE)
        report = erase_person(session, resident, None, T0 + timedelta(days=1))
    assert report.conversations == 2 and report.consent_events == 2 and report.alerts_unlinked == 1
    with db.begin() as session:
        assert count(session, Resident) == 1
        assert count(session, Conversation) == 1 and count(session, Answer) == 1
        assert count(session, ConsentEvent) == 0
        assert count(session, Message, Message.body.contains("want to die")) == 0
        assert count(session, Message, Message.resident_id.is_(None)) == 0
        assert count(session, Message) == 5  # the other person: two in, three out
        alert = session.scalar(select(Alert))
        assert (alert.resident_id, alert.conversation_id, alert.message_id) == (None, None, None)
        assert alert.rule == "suicide_self_harm" and [e.kind for e in alert.events] == ["raised"]
        entry = session.scalar(select(AuditEntry).where(AuditEntry.action == "erasure"))
        assert entry.actor == "cli" and entry.detail["messages"] == report.messages
        assert PHONE not in json.dumps(entry.detail)
    # They are a stranger now: a new message starts afresh.
    assert (
        send(db, config, "Hi", channel="sms", address=PHONE, at=T0 + timedelta(days=2))[-1].question_id
        == "overall"
    )


def test_erasure_waits_for_an_open_alert_unless_forced(db, config):
    run(db, config, ["I can't cope"])
    with pytest.raises(ErasureBlocked), db.begin() as session:
        erase_person(session, find_person(session, config, phone=PHONE), None, T0)
    with db.begin() as session:
        erase_person(session, find_person(session, config, phone=PHONE), None, T0, force=True)
        assert count(session, Resident) == 0 and count(session, Alert) == 1


def test_cli_subject_access_and_erasure(runner, db, config):
    run(db, config, ["Hi", "1"])
    result = runner.invoke(args=["subject-access", "--phone", "07700900123"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["contact"]["phone"] == PHONE
    missing = runner.invoke(args=["subject-access", "--phone", "07700900999"])
    assert missing.exit_code == 1 and "nobody" in missing.output and "900999" not in missing.output
    erased = runner.invoke(args=["erase-person", "--phone", PHONE, "--yes"])
    assert erased.exit_code == 0 and "Erased c_" in erased.output
    with db.begin() as session:
        assert count(session, Resident) == 0
        assert [e.action for e in session.scalars(select(AuditEntry))] == ["subject_access", "erasure"]
