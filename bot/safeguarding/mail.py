"""E-mail the duty inbox about new safeguarding alerts, after the engine's transaction commits.

Call `notify_pending_alerts(db, config)` after commit (a channel does, after
each inbound message) or from a scheduled job: it e-mails every open alert not
yet e-mailed, once each (see bot/mail.py). Urgent alerts go first and their
subject starts "URGENT:"; they do not wait for a sweep: `email_urgent_after_commit`
sends them on a thread as soon as the engine commits. The e-mail links to the
alert and names its category; it never carries the resident's number, chat id
or words.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from email.message import EmailMessage
from functools import partial

from sqlalchemy import case, select
from sqlalchemy.orm import Session, sessionmaker

from bot.mail import SmtpSettings, email_each, send, send_after_commit
from bot.safeguarding.words import category_name, severity_name
from models import Alert
from models.db import Database
from settings import Config

_URGENT_HOOKED = "urgent-alert-mail"  # also the thread's name
# When several wait (after an SMTP outage), urgent ones go first.
_URGENT_FIRST = case((Alert.severity == "urgent", 0), else_=1)


def subject(config: Config, alert: Alert) -> str:
    """The configured subject; an urgent alert says so first, and any alert its category."""
    text = config.safeguarding.email.subject.replace("{id}", str(alert.id))
    if alert.category:
        text = f"{text}: {category_name(alert.category)}"
    return f"URGENT: {text}" if alert.severity == "urgent" else text


def compose(config: Config, smtp: SmtpSettings, alert: Alert) -> EmailMessage:
    """The e-mail for one alert: the rule, the team and a link; nothing that identifies the resident."""
    email = config.safeguarding.email
    message = EmailMessage()
    message["Subject"] = subject(config, alert)
    message["From"] = smtp.sender
    message["To"] = ", ".join(smtp.to)
    if alert.severity == "urgent":
        message["Importance"] = "high"
    # Not the alert's reason: it may quote the resident's words, which stay in Heard.
    meaning = (
        f"Category: {category_name(alert.category)}. Severity: {severity_name(alert.severity)}.\n\n"
        if alert.category
        else ""
    )
    message.set_content(
        f"A reply to {config.organisation.name}'s feedback survey matched the safeguarding rule "
        f"'{alert.rule}' (team: {alert.team or 'none'}) at {alert.created_at:%Y-%m-%d %H:%M} UTC.\n\n"
        f"{meaning}"
        f"Open the alert: {email.alert_url.replace('{id}', str(alert.id))}\n\n"
        "The resident's words and contact details are in Heard, not in this e-mail.\n"
    )
    return message


def notify_pending_alerts(
    db: Database | sessionmaker,
    config: Config,
    environ: Mapping[str, str] | None = None,
    now: datetime | None = None,
    urgent_only: bool = False,
) -> int:
    """E-mail each open alert not yet e-mailed; how many went. Stops at the first SMTP failure."""
    if not config.safeguarding.email.enabled:
        return 0
    smtp = SmtpSettings.from_config(config.safeguarding.email, environ)
    pending = [Alert.emailed_at.is_(None), Alert.status == "open"]
    if urgent_only:
        pending.append(Alert.severity == "urgent")

    def next_unsent(session: Session) -> Alert | None:
        query = select(Alert).where(*pending).order_by(_URGENT_FIRST, Alert.id).limit(1)
        return session.scalar(query.with_for_update(skip_locked=True))

    return email_each(
        db, next_unsent, lambda alert: send(smtp, compose(config, smtp, alert)), "safeguarding", now
    )


def email_urgent_after_commit(session: Session, config: Config) -> None:
    """Once `session` commits, e-mail urgent alerts at once on a thread, not at the next sweep.

    The engine's hook calls this when it raises an urgent alert; the reply to the
    resident is not held up by SMTP. Should the thread fail or the process end,
    the sweep still e-mails the alert (each alert once: the row is locked while sent).
    """
    if config.safeguarding.email.enabled:
        work = partial(notify_pending_alerts, config=config, urgent_only=True)
        send_after_commit(session, _URGENT_HOOKED, work, "urgent safeguarding")
