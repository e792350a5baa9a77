"""Marking the screen's mistakes and exporting them as corpus rows; erasure and retention of the copies."""

from __future__ import annotations

import csv
import io
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from bot.privacy.erasure import erase_person
from bot.privacy.people import find_person
from bot.privacy.retention import apply_retention
from bot.privacy.subject_access import subject_access
from bot.safeguarding.feedback import (
    CORPUS_HEADER,
    FeedbackError,
    export_feedback,
    mark_false_alarm,
    mark_missed,
)
from models import Alert, Answer, AuditEntry, Conversation, Resident, ScreenFeedback
from tests.factories import T0, send, staff

PHONE = "+447700900123"
OTHER = "+447700900555"


def alert_for(db, config, text: str, phone: str = PHONE) -> int:
    send(db, config, text, channel="sms", address=phone)
    with db.begin() as session:
        return session.scalar(select(Alert.id).order_by(Alert.id.desc()))


def comment_for(db, phone: str, words: str) -> int:
    """A free-text answer in the person's (only) conversation."""
    with db.begin() as session:
        conversation = session.scalar(
            select(Conversation)
            .join(Resident, Resident.id == Conversation.resident_id)
            .where(Resident.phone == phone)
            .order_by(Conversation.id)
        )
        answer = Answer(conversation_id=conversation.id, question_id="comment", value=words, raw=words)
        session.add(answer)
        session.flush()
        return answer.id


def corpus(lines: list[str]) -> list[dict[str, str]]:
    assert not lines[0].startswith("\ufeff")  # corpus files have no byte order mark
    return list(csv.DictReader(io.StringIO("".join(lines))))


def test_a_false_alarm_keeps_the_words_the_alerts_category_and_is_audited(db, config):
    alert_id = alert_for(db, config, "I am so scared")
    with db.begin() as session:
        lead = staff(session, "lead@example.org")
        feedback = mark_false_alarm(session, alert_id, "  just nervous  ", lead, T0)
        assert (feedback.kind, feedback.category, feedback.severity) == ("false_alarm", "crisis", "concern")
        assert feedback.text == "I am so scared"
        assert feedback.note == "just nervous"
    with db.begin() as session:
        alert = session.get(Alert, alert_id)
        assert alert.status == "open" and [e.kind for e in alert.events] == ["raised", "false_alarm"]
        entry = session.scalar(select(AuditEntry).where(AuditEntry.action == "alert_false_alarm"))
        assert (entry.actor, entry.subject) == ("lead@example.org", f"alert:{alert_id}")
        assert "scared" not in str(entry.detail)  # the audit log never holds the resident's words
        with pytest.raises(FeedbackError, match="already marked"):
            mark_false_alarm(session, alert_id, None, lead, T0)


def test_missed_needs_a_known_category_severity_and_a_comment_in_scope(db, config):
    send(db, config, "Hi", channel="sms", address=PHONE)
    answer_id = comment_for(db, PHONE, "nobody has been since my fall and I lie on the floor")
    with db.begin() as session:
        lead = staff(session, "lead@example.org")
        with pytest.raises(FeedbackError, match="category"):
            mark_missed(session, answer_id, "sadness", "urgent", lead, T0)
        with pytest.raises(FeedbackError, match="severity"):
            mark_missed(session, answer_id, "neglect", "high", lead, T0)
        with pytest.raises(FeedbackError, match="no comment"):
            mark_missed(session, answer_id + 99, "neglect", "urgent", lead, T0)
        with pytest.raises(FeedbackError, match="no comment"):  # outside the marker's teams
            mark_missed(session, answer_id, "neglect", "urgent", lead, T0, allowed_teams=frozenset({"west"}))
        feedback = mark_missed(session, answer_id, "neglect", "urgent", lead, T0)
        assert feedback.kind == "missed" and feedback.text.startswith("nobody has been since my fall")
    with db.begin() as session, pytest.raises(FeedbackError, match="already marked"):
        mark_missed(session, answer_id, "neglect", "urgent", staff(session, "b@example.org"), T0)


def test_export_has_the_corpus_columns_labels_and_safe_cells_and_stamps_first_export(db, config):
    alert_id = alert_for(db, config, "I am so scared\nhonestly")
    send(db, config, "Hi", channel="sms", address=OTHER)
    answer_id = comment_for(db, OTHER, '=HYPERLINK("http://x") he takes my pension 💸')
    with db.begin() as session:
        lead = staff(session, "lead@example.org")
        marks = [
            mark_false_alarm(session, alert_id, None, lead, T0),
            mark_missed(session, answer_id, "financial", "concern", lead, T0),
        ]
        session.flush()
        false_alarm, missed = (mark.id for mark in marks)
    with db.begin() as session:
        lines = export_feedback(session, None, T0 + timedelta(hours=1))
    rows = corpus(lines)
    assert list(rows[0]) == list(CORPUS_HEADER)
    assert rows == [
        {"text": "I am so scared honestly", "label": "ordinary", "category": "crisis",
         "severity": "concern", "template": f"feedback-{false_alarm}", "register": "real", "language": "en"},
        {"text": "'=HYPERLINK(\"http://x\") he takes my pension 💸", "label": "risk", "category": "financial",
         "severity": "concern", "template": f"feedback-{missed}", "register": "real", "language": "en"},
    ]  # fmt: skip
    with db.begin() as session:
        export_feedback(session, None, T0 + timedelta(days=1))
        stamps = set(session.scalars(select(ScreenFeedback.exported_at)))
        assert stamps == {T0 + timedelta(hours=1)}  # the first export's time is kept
        exports = select(AuditEntry.detail).where(AuditEntry.action == "screen_feedback_export")
        assert [detail["rows"] for detail in session.scalars(exports)] == [2, 2]


def test_an_alert_whose_message_is_gone_cannot_be_marked(db, config):
    alert_id = alert_for(db, config, "I'm scared")
    with db.begin() as session:
        session.get(Alert, alert_id).message_id = None
    with db.begin() as session, pytest.raises(FeedbackError, match="no longer held"):
        mark_false_alarm(session, alert_id, None, staff(session, "lead@example.org"), T0)


def test_erasure_deletes_the_persons_marked_words_and_keeps_others(db, config):
    alert_id = alert_for(db, config, "I am so scared")
    answer_id = comment_for(db, PHONE, "my son hits me")
    other_alert = alert_for(db, config, "I feel unsafe here", phone=OTHER)
    with db.begin() as session:
        lead = staff(session, "lead@example.org")
        mark_false_alarm(session, alert_id, "dentist", lead, T0)
        mark_missed(session, answer_id, "domestic", "urgent", lead, T0)
        mark_false_alarm(session, other_alert, None, lead, T0)
        session.get(Alert, alert_id).status = "closed"
    with db.begin() as session:
        person = find_person(session, config, phone=PHONE)
        report = erase_person(session, person, None, T0 + timedelta(days=1))
    assert report.screen_feedback == 2
    with db.begin() as session:
        assert list(session.scalars(select(ScreenFeedback.text))) == ["I feel unsafe here"]
        erasure = session.scalar(select(AuditEntry).where(AuditEntry.action == "erasure"))
        assert erasure.detail["screen_feedback"] == 2


def test_retention_deletes_marked_words_as_old_as_message_logs_may_be(db, config):
    old = alert_for(db, config, "I am so scared")
    new = alert_for(db, config, "I feel unsafe here", phone=OTHER)
    keep_for = config.retention.message_logs_after
    with db.begin() as session:
        lead = staff(session, "lead@example.org")
        mark_false_alarm(session, old, None, lead, T0)
        mark_false_alarm(session, new, None, lead, T0 + timedelta(days=10))
    with db.begin() as session:
        report = apply_retention(session, config, T0 + keep_for + timedelta(days=1))
        assert report.screen_feedback_deleted == 1
        assert list(session.scalars(select(ScreenFeedback.text))) == ["I feel unsafe here"]
        assert session.scalar(select(func.count()).select_from(Alert)) == 2  # the alerts stay


def test_subject_access_lists_the_marked_copies_of_their_words(db, config):
    alert_id = alert_for(db, config, "I am so scared")
    alert_for(db, config, "I feel unsafe here", phone=OTHER)
    with db.begin() as session:
        mark_false_alarm(session, alert_id, None, staff(session, "lead@example.org"), T0)
    with db.begin() as session:
        data = subject_access(session, find_person(session, config, phone=PHONE), None, T0)
    assert data["alerts"][0]["category"] == "crisis" and data["alerts"][0]["severity"] == "concern"
    copies = [(f["kind"], f["text"]) for f in data["screen_feedback"]]
    assert copies == [("false_alarm", "I am so scared")]  # not the other person's
