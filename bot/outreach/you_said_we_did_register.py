"""The "you said, we did" register: record a change, update it, and tell residents when it is done.

Managers keep entries (team, what people said, what we did, status, dates, public
or not). Marking one done can also send the existing "you said, we did" message
to that team's residents who said YES, through `send_you_said_we_did`, so the
outbox's opt-outs, quiet hours and counts apply. Entries are published as typed,
so text that cannot be shown safely (control characters) is refused.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy.orm import Session

from bot.outreach.you_said_we_did import ComposeError, send_you_said_we_did
from models import User
from models.audit import record
from models.base import utcnow
from models.you_said_we_did_register import STATUSES, RegisterEntry
from settings import Config

MAX_TEXT = 1000
# Control characters other than tab and newline: invisible, and NUL breaks PostgreSQL.
_UNSHOWABLE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


class RegisterError(ValueError):
    """The entry cannot be stored as given."""


@dataclass(frozen=True)
class EntryFields:
    team: str | None  # None: the whole organisation
    you_said: str
    we_did: str
    status: str = "planned"
    public: bool = False
    recorded_on: date | None = None  # None: today
    done_on: date | None = None  # None when done: today


@dataclass(frozen=True)
class TellResidents:
    """Who to tell when an entry is marked done: YES-sayers who answered in [since, until)."""

    since: datetime
    until: datetime
    text: str


def _clean(label: str, text: str) -> str:
    text = (text or "").strip()
    if not text:
        raise RegisterError(f"{label} is empty")
    if len(text) > MAX_TEXT:
        raise RegisterError(f"{label} is longer than {MAX_TEXT} characters")
    if _UNSHOWABLE.search(text):
        raise RegisterError(f"{label} contains characters that cannot be shown")
    return text


def _apply(entry: RegisterEntry, config: Config, fields: EntryFields, today: date) -> None:
    if fields.team is not None and config.team(fields.team) is None:
        raise RegisterError(f"no team with id {fields.team!r}")
    if fields.status not in STATUSES:
        raise RegisterError(f"status must be one of {', '.join(STATUSES)}")
    entry.team = fields.team
    entry.you_said = _clean("'You said'", fields.you_said)
    entry.we_did = _clean("'We did'", fields.we_did)
    entry.status = fields.status
    entry.public = fields.public
    entry.recorded_on = fields.recorded_on or entry.recorded_on or today
    entry.done_on = (fields.done_on or entry.done_on or today) if fields.status == "done" else None
    if entry.done_on is not None and entry.done_on < entry.recorded_on:
        raise RegisterError("the date done must be on or after the date recorded")


def _staff(session: Session, staff_user_id: int) -> User:
    staff = session.get(User, staff_user_id)
    if staff is None:
        raise RegisterError(f"no staff member with id {staff_user_id}")
    return staff


def _audit(session: Session, staff: User, entry: RegisterEntry, now: datetime, **extra: object) -> None:
    detail = {"status": entry.status, "public": entry.public, **extra}
    record(
        session,
        "you_said_we_did_register",
        actor=staff.email,
        user_id=staff.id,
        subject=f"register:{entry.id}",
        detail=detail,
        at=now,
    )


def record_entry(
    session: Session, config: Config, fields: EntryFields, staff_user_id: int, now: datetime | None = None
) -> RegisterEntry:
    """Add an entry to the register (not public unless `fields.public`)."""
    now = now or utcnow()
    staff = _staff(session, staff_user_id)
    entry = RegisterEntry(created_by_id=staff.id, created_at=now, updated_at=now)
    _apply(entry, config, fields, now.date())
    session.add(entry)
    session.flush()
    _audit(session, staff, entry, now)
    return entry


def update_entry(
    session: Session,
    config: Config,
    entry_id: int,
    fields: EntryFields,
    staff_user_id: int,
    tell: TellResidents | None = None,
    now: datetime | None = None,
) -> int | None:
    """Change an entry; when it is done and `tell` is given, send the message. How many it went to."""
    now = now or utcnow()
    staff = _staff(session, staff_user_id)
    entry = session.get(RegisterEntry, entry_id)
    if entry is None:
        raise RegisterError(f"no register entry with id {entry_id}")
    _apply(entry, config, fields, now.date())
    entry.updated_at = now
    sent = None
    if tell is not None:
        if entry.status != "done":
            raise RegisterError("residents can be told only when the change is done")
        if entry.message_id is not None:
            raise RegisterError("residents have already been told about this change")
        try:
            message = send_you_said_we_did(
                session, config, entry.team, tell.since, tell.until, tell.text, staff.id, now
            )
        except ComposeError as error:
            raise RegisterError(str(error)) from None
        entry.message_id, sent = message.id, message.recipients
    _audit(session, staff, entry, now, **({} if sent is None else {"told": sent}))
    return sent
