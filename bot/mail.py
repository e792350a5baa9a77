"""Heard's e-mail: SMTP settings, sending one message, and the loop that e-mails each row once.

Safeguarding alerts and callbacks are e-mailed the same way: one transaction per
row, the row locked while it is sent (two workers skip each other's rows on
PostgreSQL), `emailed_at` set in the same transaction, so a crash never loses or
doubles an e-mail; the first SMTP failure stops the loop and the scheduler's sweep
sends what it left. `send_after_commit` starts that loop on a thread once the
engine's transaction commits, so a resident's reply never waits for SMTP.

Server settings come from config `safeguarding.email`, overridden by the
environment: SMTP_HOST, SMTP_PORT, SMTP_FROM, SAFEGUARDING_EMAIL_TO
(comma-separated); credentials only from SMTP_USERNAME and SMTP_PASSWORD.
"""

from __future__ import annotations

import logging
import smtplib
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from email.message import EmailMessage
from typing import Protocol, TypeVar

from sqlalchemy import event
from sqlalchemy.orm import Session, sessionmaker

from models.base import utcnow
from models.db import Database
from settings import SafeguardingEmail, SmtpEnvironment

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


def send(smtp: SmtpSettings, message: EmailMessage) -> None:
    with smtplib.SMTP(smtp.host, smtp.port, timeout=SMTP_TIMEOUT) as server:
        if smtp.starttls:
            server.starttls()
        if smtp.username:
            server.login(smtp.username, smtp.password or "")
        server.send_message(message)


class Emailable(Protocol):
    emailed_at: datetime | None


Row = TypeVar("Row", bound=Emailable)


def email_each(
    db: Database | sessionmaker,
    next_unsent: Callable[[Session], Row | None],
    email: Callable[[Row], None],
    what: str,
    now: datetime | None = None,
) -> int:
    """E-mail rows, one transaction each, until `next_unsent` (which locks its row) finds none; how many."""
    sent = 0
    while True:
        try:
            with db.begin() as session:
                row = next_unsent(session)
                if row is None:
                    return sent
                email(row)
                row.emailed_at = now or utcnow()
        except (OSError, smtplib.SMTPException) as error:
            # Left un-e-mailed: the next call tries again; the row is in Heard regardless.
            log.warning("%s e-mail failed (%s); %d sent, will retry", what, type(error).__name__, sent)
            return sent
        sent += 1


def send_after_commit(session: Session, key: str, work: Callable[[sessionmaker], int], what: str) -> None:
    """Once `session` commits, run `work` on a thread named `key` with its own sessions (once per session)."""
    if session.info.get(key):
        return
    session.info[key] = True
    factory = sessionmaker(session.get_bind(), expire_on_commit=False)

    def run() -> None:
        try:
            work(factory)
        except Exception as error:  # noqa: BLE001 - a thread's failure must not vanish; the sweep retries
            log.error("%s e-mail failed (%s); the next sweep will retry", what, type(error).__name__)

    def after_commit(_session: Session) -> None:
        worker = threading.Thread(target=run, name=key)
        worker.daemon = True  # never holds up shutdown: the sweep sends what it leaves
        worker.start()

    event.listen(session, "after_commit", after_commit, once=True)
