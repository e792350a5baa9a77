"""What staff do with a callback: assign, add private notes, close with an outcome, reopen; all audited.

The admin pages and the API call these inside their request transaction. Replies are
in `replies.py`. A note's text stays in the thread; the audit log records only that
one was added.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.callbacks.replies import Sender
from bot.privacy.resident_access import reveal_resident
from models import Callback, CallbackMessage, User
from models.audit import record
from models.callback import OUTCOMES

MAX_NOTE = 4000


class CallbackError(ValueError):
    """The change cannot be made (unknown callback or user, empty note, wrong status or outcome)."""


def get_callback(
    session: Session, callback_id: int, allowed_teams: frozenset[str] | None, lock: bool = False
) -> Callback | None:
    """The callback if the caller may see it: their teams only (None: every team)."""
    query = select(Callback).where(Callback.id == callback_id)
    if allowed_teams is not None:
        query = query.where(Callback.team.in_(sorted(allowed_teams)))
    if lock:
        query = query.with_for_update()
    return session.scalar(query)


def assign(
    session: Session, callback: Callback, assignee_id: int | None, sender: Sender, now: datetime
) -> None:
    """Give the callback to a member of staff (None: nobody)."""
    if assignee_id is not None:
        assignee = session.get(User, assignee_id)
        if assignee is None or not assignee.active:
            raise CallbackError(f"no active staff member with id {assignee_id}")
    callback.assignee_id = assignee_id
    _changed(session, callback, sender, now, "callback_assigned", {"assignee_id": assignee_id})


def add_note(
    session: Session, callback: Callback, note: str, sender: Sender, now: datetime
) -> CallbackMessage:
    """A private note in the thread: staff see it, the resident and the API never do."""
    note = note.strip()
    if not note:
        raise CallbackError("a note cannot be empty")
    if len(note) > MAX_NOTE:
        raise CallbackError(f"a note can be at most {MAX_NOTE} characters")
    entry = CallbackMessage(
        callback_id=callback.id,
        kind="note",
        body=note,
        user_id=sender.user_id,
        author=sender.author,
        created_at=now,
    )
    session.add(entry)
    _changed(session, callback, sender, now, "callback_note", {"note_added": True})
    return entry


def close(session: Session, callback: Callback, outcome: str, sender: Sender, now: datetime) -> None:
    """Done, with an outcome: the resident's details may follow the retention rules again."""
    if outcome not in OUTCOMES:
        raise CallbackError(f"the outcome must be one of {', '.join(OUTCOMES)}")
    if callback.status == "closed":
        raise CallbackError(f"callback {callback.id} is already closed")
    callback.status, callback.outcome, callback.closed_at = "closed", outcome, now
    _changed(session, callback, sender, now, "callback_closed", {"outcome": outcome})


def reopen(session: Session, callback: Callback, sender: Sender, now: datetime) -> None:
    if callback.status != "closed":
        raise CallbackError(f"callback {callback.id} is not closed")
    callback.status, callback.outcome, callback.closed_at = "open", None, None
    _changed(session, callback, sender, now, "callback_reopened", {})


def contact_details(session: Session, callback: Callback, user: User, now: datetime) -> dict[str, Any]:
    """The number or chat id behind a callback, for roles that may see it; the viewing is audited."""
    return reveal_resident(session, callback.resident_id, user, f"callback:{callback.id}", now)


def _changed(
    session: Session, callback: Callback, sender: Sender, now: datetime, action: str, detail: dict[str, Any]
) -> None:
    callback.updated_at = now
    record(
        session,
        action,
        actor=sender.author,
        user_id=sender.user_id,
        subject=f"callback:{callback.id}",
        detail={**detail, "status": callback.status},
        at=now,
    )
