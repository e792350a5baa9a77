"""Duty e-mails for new alerts, sent after commit to a real SMTP server on 127.0.0.1 (aiosmtpd)."""

from __future__ import annotations

import socket
import threading
from datetime import timedelta
from email import message_from_bytes, policy

import pytest
from aiosmtpd.controller import Controller
from sqlalchemy import select

from bot.channels.console import chat
from bot.safeguarding.mail import notify_pending_alerts
from models import Alert
from settings import parse_config
from tests.configuration import raw_test_config
from tests.factories import T0, send

PHONE = "+447700900123"


class Inbox:
    """Collects what the SMTP server receives."""

    def __init__(self) -> None:
        self.messages: list = []

    async def handle_DATA(self, server, session, envelope):
        self.messages.append((envelope.rcpt_tos, message_from_bytes(envelope.content, policy=policy.default)))
        return "250 OK"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def inbox():
    handler = Inbox()
    controller = Controller(handler, hostname="127.0.0.1", port=free_port())
    controller.start()
    handler.port = controller.port
    yield handler
    finish_urgent_mail()
    controller.stop()


def finish_urgent_mail() -> None:
    """Wait for the e-mail threads urgent alerts start after commit."""
    for thread in threading.enumerate():
        if thread.name == "urgent-alert-mail":
            thread.join(timeout=30)


def mail_config(port: int, enabled: bool = True):
    data = raw_test_config()
    data["safeguarding"]["email"].update(
        enabled=enabled, smtp_host="127.0.0.1", smtp_port=port, to=["duty@example.org"]
    )
    return parse_config(data)


def test_each_new_alert_is_emailed_once_with_a_link_and_no_personal_details(db, inbox):
    config = mail_config(inbox.port)
    send(db, config, "FEEDBACK EAST", channel="sms", address=PHONE)
    send(db, config, "I'm scared at home", channel="sms", address=PHONE, at=T0 + timedelta(minutes=1))
    finish_urgent_mail()
    assert inbox.messages == []  # a concern waits for the sweep (or the channel's call after commit)
    assert notify_pending_alerts(db, config, environ={}, now=T0) == 1
    assert notify_pending_alerts(db, config, environ={}, now=T0) == 0  # never twice
    [(recipients, message)] = inbox.messages
    with db.begin() as session:
        alert = session.scalar(select(Alert))
    assert recipients == ["duty@example.org"]
    assert message["Subject"] == f"Heard safeguarding alert {alert.id}: Immediate danger or crisis"
    body = message.get_content()
    assert f"/admin/alerts/{alert.id}" in body and "unsafe" in body and "east" in body
    assert "Severity: Concern" in body and alert.reason not in body  # a reason may quote the resident
    for secret in ("7700900123", "scared at home"):
        assert secret not in message.as_string()
    assert alert.emailed_at == T0


def test_an_urgent_alert_is_emailed_at_once_after_commit_without_waiting_for_a_sweep(db, inbox):
    config = mail_config(inbox.port)
    send(db, config, "I'm scared", address="first")  # a concern: it waits
    replies = send(db, config, "I want to kill myself", channel="sms", address=PHONE)
    assert replies[0].text.startswith("If you are in danger")  # the resident's reply is not held up
    finish_urgent_mail()
    [(_, message)] = inbox.messages
    with db.begin() as session:
        urgent = session.scalar(select(Alert).where(Alert.severity == "urgent"))
    assert message["Subject"] == f"URGENT: Heard safeguarding alert {urgent.id}: Suicide or self-harm"
    assert "Severity: Urgent" in message.get_content()
    assert urgent.emailed_at is not None
    for secret in ("7700900123", "kill myself"):
        assert secret not in message.as_string()
    assert notify_pending_alerts(db, config, environ={}) == 1  # the concern; the urgent one never twice


def test_an_urgent_alert_whose_mail_fails_is_left_for_the_sweep_and_the_reply_still_goes(db, inbox, caplog):
    down = mail_config(free_port())
    replies = send(db, down, "I want to kill myself", channel="sms", address=PHONE)
    assert replies[0].text.startswith("If you are in danger")
    finish_urgent_mail()
    with db.begin() as session:
        assert session.scalar(select(Alert.emailed_at)) is None
    assert "safeguarding e-mail failed" in caplog.text and PHONE not in caplog.text
    assert notify_pending_alerts(db, mail_config(inbox.port), environ={}) == 1


def test_no_mail_thread_when_email_is_off(db, inbox):
    send(db, mail_config(inbox.port, enabled=False), "I want to kill myself")
    assert not [t for t in threading.enumerate() if t.name == "urgent-alert-mail"]
    assert inbox.messages == []


def test_environment_overrides_recipient_and_server(db, inbox):
    config = mail_config(port=1)  # wrong port in the file, right one from the environment
    send(db, config, "I'm scared")
    environ = {"SMTP_PORT": str(inbox.port), "SAFEGUARDING_EMAIL_TO": "a@example.org, b@example.org"}
    assert notify_pending_alerts(db, config, environ=environ) == 1
    assert inbox.messages[0][0] == ["a@example.org", "b@example.org"]


def test_smtp_down_keeps_the_alert_for_the_next_try(db, inbox):
    config = mail_config(free_port())  # nothing listens there
    send(db, config, "I'm scared")
    assert notify_pending_alerts(db, config, environ={}) == 0
    with db.begin() as session:
        assert session.scalar(select(Alert.emailed_at)) is None
    assert notify_pending_alerts(db, mail_config(inbox.port), environ={}) == 1


def test_email_off_sends_nothing(db, inbox):
    config = mail_config(inbox.port, enabled=False)
    send(db, config, "I'm scared")
    assert notify_pending_alerts(db, config, environ={}) == 0 and inbox.messages == []


def test_console_channel_notifies_after_each_message(db, inbox, monkeypatch):
    for name in ("SMTP_HOST", "SMTP_PORT", "SAFEGUARDING_EMAIL_TO"):
        monkeypatch.delenv(name, raising=False)
    said: list[str] = []
    chat(db, mail_config(inbox.port), "carol", ["Hi", "I'm desperate"], said.append)
    assert len(inbox.messages) == 1 and said[2].startswith("If you are in danger")


def test_a_concern_names_its_category_without_urgent_and_an_older_alert_keeps_the_plain_subject(db, inbox):
    config = mail_config(inbox.port)
    send(db, config, "I'm scared")
    send(db, config, "I'm scared", address="older")
    with db.begin() as session:
        older = session.scalar(select(Alert).order_by(Alert.id.desc()))
        older.category = older.severity = older.reason = older.layer = None  # as raised before categories
        ids = [older.id - 1, older.id]
    assert notify_pending_alerts(db, config, environ={}) == 2
    subjects = [message["Subject"] for _, message in inbox.messages]
    assert subjects == [
        f"Heard safeguarding alert {ids[0]}: Immediate danger or crisis",
        f"Heard safeguarding alert {ids[1]}",
    ]
    assert "Category:" not in inbox.messages[1][1].get_content()


def test_after_an_outage_urgent_alerts_are_emailed_before_older_concerns(db, inbox):
    down = mail_config(free_port())
    send(db, down, "I'm scared", address="first")
    send(db, down, "I want to end my life", address="second")
    finish_urgent_mail()  # its own attempt failed too
    assert notify_pending_alerts(db, down, environ={}) == 0
    assert notify_pending_alerts(db, mail_config(inbox.port), environ={}) == 2
    subjects = [message["Subject"] for _, message in inbox.messages]
    assert subjects[0].startswith("URGENT:") and not subjects[1].startswith("URGENT:")
