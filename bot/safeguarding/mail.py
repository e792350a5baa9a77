"""E-mail the duty inbox about new safeguarding alerts, after the engine's transaction commits.

Call `notify_pending_alerts(db, config)` after commit (a channel does, after
each inbound message) or from a scheduled job: it e-mails every open alert not
yet e-mailed, one transaction per alert, so a crash never loses or doubles one
(two workers skip each other's locked rows on PostgreSQL). Urgent alerts go
first and their subject starts "URGENT:"; they do not wait for a sweep:
`email_urgent_after_commit` sends them on a thread as soon as the engine
commits. The e-mail links to the alert and names its category; it never
carries the resident's number, chat id or words.

Server settings come from config `safeguarding.email`, overridden by the
environment: SMTP_HOST, SMTP_PORT, SMTP_FROM, SAFEGUARDING_EMAIL_TO
(comma-separated); credentials only from SMTP_USERNAME and SMTP_PASSWORD.
"""

from __future__ import annotations

import logging
import smtplib
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from email.message import EmailMessage

from sqlalchemy import case, event, select
from sqlalchemy.orm import Session, sessionmaker

from bot.safeguarding.words import category_name, severity_name
from models import Alert
from models.base import utcnow
from models.db import Database
from settings import Config, SafeguardingEmail, SmtpEnvironment

log = logging.getLogger(__name__)
SMTP_TIMEOUT = 10
_URGENT_HOOKED = "heard.urgent_alert_mail"
# When several wait (after an SMTP outage), urgent ones go first.
_URGENT_FIRST = case((Alert.severity == "urgent", 0), else_=1)


@dataclass(frozen=True)
class SmtpSettings:
    host: str
    port: int
    sender: str
    to: tuple[str, ...]
    starttls: bool
    username: str | None
    password: str | None

    @classmethod
    def from_config(cls, email: SafeguardingEmail, environ: Mapping[str, str] | None = None) -> SmtpSettings:
        env = SmtpEnvironment.from_environ(environ)
        return cls(
            host=env.host or email.smtp_host,
            port=env.port or email.smtp_port,
            sender=env.sender or email.sender,
            to=env.to or tuple(email.to),
            starttls=email.starttls,
            username=env.username,
            password=env.password,
        )


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


def send(smtp: SmtpSettings, message: EmailMessage) -> None:
    with smtplib.SMTP(smtp.host, smtp.port, timeout=SMTP_TIMEOUT) as server:
        if smtp.starttls:
            server.starttls()
        if smtp.username:
            server.login(smtp.username, smtp.password or "")
        server.send_message(message)


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
    sent = 0
    while True:
        try:
            with db.begin() as session:
                alert = session.scalar(
                    select(Alert)
                    .where(*pending)
                    .order_by(_URGENT_FIRST, Alert.id)
                    .limit(1)
                    .with_for_update(skip_locked=True)
                )
                if alert is None:
                    return sent
                send(smtp, compose(config, smtp, alert))
                alert.emailed_at = now or utcnow()
        except (OSError, smtplib.SMTPException) as error:
            # Left un-e-mailed: the next call tries again. The alert is on the dashboard regardless.
            log.warning("safeguarding e-mail failed (%s); %d sent, will retry", type(error).__name__, sent)
            return sent
        sent += 1


def email_urgent_after_commit(session: Session, config: Config) -> None:
    """Once `session` commits, e-mail urgent alerts at once on a thread, not at the next sweep.

    The engine's hook calls this when it raises an urgent alert; the reply to the
    resident is not held up by SMTP. Should the thread fail or the process end,
    the sweep still e-mails the alert (each alert once: the row is locked while sent).
    """
    if not config.safeguarding.email.enabled or session.info.get(_URGENT_HOOKED):
        return
    session.info[_URGENT_HOOKED] = True
    factory = sessionmaker(session.get_bind(), expire_on_commit=False)

    def after_commit(_session: Session) -> None:
        worker = threading.Thread(target=_email_urgent, args=(factory, config), name="urgent-alert-mail")
        worker.daemon = True  # never holds up shutdown: the sweep sends what it leaves
        worker.start()

    event.listen(session, "after_commit", after_commit, once=True)


def _email_urgent(factory: sessionmaker, config: Config) -> None:
    try:
        notify_pending_alerts(factory, config, urgent_only=True)
    except Exception as error:  # noqa: BLE001 - a thread's failure must not vanish; the sweep retries
        log.error("urgent safeguarding e-mail failed (%s); the next sweep will retry", type(error).__name__)
