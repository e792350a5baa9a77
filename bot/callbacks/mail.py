"""E-mail a team's inbox about each new callback, after the transaction that opened it commits.

As safeguarding alerts are e-mailed, through bot/mail.py (the same SMTP settings
and SMTP_* overrides, each callback e-mailed once; the scheduler's sweep sends what
a failed attempt left). The e-mail names the team and links to the callback;
never the resident's number, chat id or words.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import datetime
from email.message import EmailMessage
from functools import partial

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from bot.callbacks.wording import team_name
from bot.mail import SmtpSettings, email_each, send, send_after_commit
from models import Callback
from models.db import Database
from settings import Config

_HOOKED = "callback-mail"  # also the thread's name


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

    def next_unsent(session: Session) -> Callback | None:
        query = select(Callback).where(Callback.emailed_at.is_(None), Callback.team.in_(teams))
        return session.scalar(query.order_by(Callback.id).limit(1).with_for_update(skip_locked=True))

    def email(callback: Callback) -> None:
        to = _inbox(config, callback.team)
        send(replace(smtp, to=tuple(to)), compose(config, smtp, callback, to))

    return email_each(db, next_unsent, email, "callback", now)


def email_after_commit(session: Session, config: Config) -> None:
    """Once `session` commits, e-mail the new callback on a thread; the resident's reply never waits."""
    if config.callbacks.email.enabled:
        send_after_commit(session, _HOOKED, partial(notify_new_callbacks, config=config), "callback")
