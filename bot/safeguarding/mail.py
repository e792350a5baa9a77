"""E-mail the duty inbox about new safeguarding alerts, after the engine's transaction commits.

Call `notify_pending_alerts(db, config)` after commit (a channel does, after
each inbound message) or from a scheduled job: it e-mails every open alert not
yet e-mailed, one transaction per alert, so a crash never loses or doubles one
(two workers skip each other's locked rows on PostgreSQL). The e-mail links to
the alert; it never carries the resident's number, chat id or words.

Server settings come from config `safeguarding.email`, overridden by the
environment: SMTP_HOST, SMTP_PORT, SMTP_FROM, SAFEGUARDING_EMAIL_TO
(comma-separated); credentials only from SMTP_USERNAME and SMTP_PASSWORD.
"""

from __future__ import annotations

import logging
import smtplib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from email.message import EmailMessage

from sqlalchemy import select

from models import Alert
from models.base import utcnow
from models.db import Database
from settings import Config, SafeguardingEmail, SmtpEnvironment

log = logging.getLogger(__name__)
SMTP_TIMEOUT = 10


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


def compose(config: Config, smtp: SmtpSettings, alert: Alert) -> EmailMessage:
    """The e-mail for one alert: the rule, the team and a link; nothing that identifies the resident."""
    email = config.safeguarding.email
    message = EmailMessage()
    message["Subject"] = email.subject.replace("{id}", str(alert.id))
    message["From"] = smtp.sender
    message["To"] = ", ".join(smtp.to)
    message.set_content(
        f"A reply to {config.organisation.name}'s feedback survey matched the safeguarding rule "
        f"'{alert.rule}' (team: {alert.team or 'none'}) at {alert.created_at:%Y-%m-%d %H:%M} UTC.\n\n"
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
    db: Database, config: Config, environ: Mapping[str, str] | None = None, now: datetime | None = None
) -> int:
    """E-mail each open alert not yet e-mailed; how many went. Stops at the first SMTP failure."""
    if not config.safeguarding.email.enabled:
        return 0
    smtp = SmtpSettings.from_config(config.safeguarding.email, environ)
    sent = 0
    while True:
        try:
            with db.begin() as session:
                alert = session.scalar(
                    select(Alert)
                    .where(Alert.emailed_at.is_(None), Alert.status == "open")
                    .order_by(Alert.id)
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
