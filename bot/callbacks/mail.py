"""E-mail a team's inbox about each new callback, after the transaction that opened it commits.

As safeguarding alerts are e-mailed (bot/safeguarding/mail.py, whose SMTP server
settings and SMTP_* overrides this shares): one transaction per callback, the row
locked while it is sent, so a crash never loses or doubles one; the scheduler's sweep
sends what a failed attempt left. The e-mail names the team and links to the callback;
never the resident's number, chat id or words.
"""

from __future__ import annotations

import logging
import smtplib
import threading
from collections.abc import Mapping
from dataclasses import replace
from datetime import datetime
from email.message import EmailMessage

from sqlalchemy import event, select
from sqlalchemy.orm import Session, sessionmaker

from bot.callbacks.wording import team_name
from bot.safeguarding.mail import SmtpSettings, send
from models import Callback
from models.base import utcnow
from models.db import Database
from settings import Config

log = logging.getLogger(__name__)
_HOOKED = "heard.callback_mail"


def compose(config: Config, smtp: SmtpSettings, callback: Callback, to: list[str]) -> EmailMessage:
    email = config.callbacks.email
    message = EmailMessage()
    message["Subject"] = email.subject.replace("{id}", str(callback.id))
    message["From"] = smtp.sender
    message["To"] = ", ".join(to)
    message.set_content(
        f"A resident who answered {config.organisation.name}'s feedback survey asked "
        f"{team_name(config, callback.team)} to contact them, by {callback.due_at:%Y-%m-%d %H:%M} UTC.\n\n"
        f"Open the callback: {email.callback_url.replace('{id}', str(callback.id))}\n\n"
        "Their words and contact details are in Heard, not in this e-mail. Reply from Heard.\n"
    )
    return message


def _inbox(config: Config, team_id: str | None) -> list[str]:
    team = config.team(team_id) if team_id else None
    return list(team.inbox) if team else []


def notify_new_callbacks(
    db: Database | sessionmaker,
    config: Config,
    environ: Mapping[str, str] | None = None,
    now: datetime | None = None,
) -> int:
    """E-mail each callback not yet e-mailed whose team has an inbox; how many went."""
    if not config.callbacks.email.enabled:
        return 0
    teams = [team.id for team in config.teams if team.inbox]
    if not teams:
        return 0
    smtp = SmtpSettings.from_config(config.safeguarding.email, environ)
    sent = 0
    while True:
        try:
            with db.begin() as session:
                callback = session.scalar(
                    select(Callback)
                    .where(Callback.emailed_at.is_(None), Callback.team.in_(teams))
                    .order_by(Callback.id)
                    .limit(1)
                    .with_for_update(skip_locked=True)
                )
                if callback is None:
                    return sent
                to = _inbox(config, callback.team)
                send(replace(smtp, to=tuple(to)), compose(config, smtp, callback, to))
                callback.emailed_at = now or utcnow()
        except (OSError, smtplib.SMTPException) as error:
            log.warning("callback e-mail failed (%s); %d sent, will retry", type(error).__name__, sent)
            return sent
        sent += 1


def email_after_commit(session: Session, config: Config) -> None:
    """Once `session` commits, e-mail the new callback on a thread; the resident's reply never waits."""
    if not config.callbacks.email.enabled or session.info.get(_HOOKED):
        return
    session.info[_HOOKED] = True
    factory = sessionmaker(session.get_bind(), expire_on_commit=False)

    def after_commit(_session: Session) -> None:
        worker = threading.Thread(target=_email, args=(factory, config), name="callback-mail")
        worker.daemon = True  # the sweep sends what it leaves
        worker.start()

    event.listen(session, "after_commit", after_commit, once=True)


def _email(factory: sessionmaker, config: Config) -> None:
    try:
        notify_new_callbacks(factory, config)
    except Exception as error:  # noqa: BLE001 - a thread's failure must not vanish; the sweep retries
        log.error("callback e-mail failed (%s); the next sweep will retry", type(error).__name__)
