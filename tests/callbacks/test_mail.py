"""A new callback e-mails its team's inbox after commit, to a real SMTP server on 127.0.0.1 (aiosmtpd)."""

from __future__ import annotations

import threading

from sqlalchemy import select

from bot.callbacks.mail import notify_new_callbacks
from models import Callback
from settings import parse_config
from tests.callbacks.support import PHONE, ask_for_callback
from tests.configuration import raw_test_config
from tests.factories import T0
from tests.safeguarding.test_alert_mail import inbox  # noqa: F401 - the SMTP server fixture


def mail_config(port: int):
    data = raw_test_config()
    data["safeguarding"]["email"].update(smtp_host="127.0.0.1", smtp_port=port)  # the server, not alerts
    data["callbacks"]["email"]["enabled"] = True
    next(team for team in data["teams"] if team["id"] == "east")["inbox"] = ["east-team@example.org"]
    return parse_config(data)


def finish_mail() -> None:
    for thread in threading.enumerate():
        if thread.name == "callback-mail":
            thread.join(timeout=30)


def test_a_new_callback_is_emailed_to_its_team_once_without_personal_details(db, inbox):  # noqa: F811
    config = mail_config(inbox.port)
    callback_id = ask_for_callback(db, config)
    finish_mail()
    [(recipients, message)] = inbox.messages
    assert recipients == ["east-team@example.org"]
    assert message["Subject"] == f"Heard: a resident asked to be contacted ({callback_id})"
    body = message.get_content()
    assert f"/admin/callbacks/{callback_id}" in body and "East locality team" in body
    assert "7700" not in body and "never rang back" not in body
    assert notify_new_callbacks(db, config, environ={}, now=T0) == 0  # never twice
    with db.begin() as session:
        assert session.scalar(select(Callback.emailed_at)) is not None


def test_a_team_without_an_inbox_gets_no_mail(db, inbox):  # noqa: F811
    config = mail_config(inbox.port)
    ask_for_callback(db, config, address=PHONE, first="FEEDBACK WEST")
    finish_mail()
    assert inbox.messages == [] and notify_new_callbacks(db, config, environ={}, now=T0) == 0
