"""Finding the contact behind an address, and opting them out or in everywhere."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.conversation import store
from models import Resident
from models.base import new_public_id
from models.resident import ADDRESS_COLUMN


class UnknownChannel(ValueError):
    pass


def address_column(channel: str):
    try:
        return getattr(Resident, ADDRESS_COLUMN[channel])
    except KeyError:
        raise UnknownChannel(channel) from None


def address_value(channel: str, address: str) -> str | int:
    """Telegram chat ids are numbers; every other address is text."""
    return int(address) if ADDRESS_COLUMN.get(channel) == "telegram_chat_id" else address


def find_resident(session: Session, channel: str, address: str) -> Resident | None:
    column = address_column(channel)
    return session.scalar(select(Resident).where(column == address_value(channel, address)))


def lock_or_create(
    session: Session, channel: str, address: str, now: datetime, seen: bool = True
) -> Resident:
    """The contact for this address, created if new, locked for this transaction.

    `seen`: the person wrote to us now (False when staff record a contact).

    Locking serialises two messages from one person handled at the same moment
    (PostgreSQL row lock; SQLite is already serialised by BEGIN IMMEDIATE).
    """
    resident = _lock_or_create(session, channel, address, now, seen)[0]
    if resident not in session:  # a turn row: callers outside a turn change it as an ORM object
        session.add(resident)
    return resident


def arrive(session: Session, channel: str, address: str, now: datetime) -> tuple[Resident, bool]:
    """`lock_or_create` for a message from this address: the contact, and True when this call created them."""
    return _lock_or_create(session, channel, address, now, seen=True)


def _lock_or_create(
    session: Session, channel: str, address: str, now: datetime, seen: bool
) -> tuple[Resident, bool]:
    column = address_column(channel)
    value = address_value(channel, address)
    # The hot path of every inbound message (seen): one UPDATE … RETURNING locks the
    # row and records the visit (a SELECT FOR UPDATE and a flush cost twice that).
    if seen:
        resident = store.mark_seen(session, column.key, value, now)
    else:
        resident = session.scalar(select(Resident).where(column == value).with_for_update())
    if resident is not None:
        return resident, False
    values = {column.key: value, "public_id": new_public_id("c"), "created_at": now}
    if seen:
        values["last_seen_at"] = now
    # New, or two first messages at once: one insert wins, the other waits for its row.
    resident = store.insert_resident(session, column.key, values)
    if resident is not None:
        return resident, True
    resident = session.scalar(select(Resident).where(column == value).with_for_update())
    assert resident is not None  # the other insert's row
    if seen:
        resident.last_seen_at = now
    return resident, False


def opt_out(session: Session, resident: Resident, channel: str, reason: str, now: datetime) -> bool:
    """Stop every message to this person on every channel; False if already out."""
    if resident.opted_out_at is not None:
        return False
    store.set_opted_out(session, resident, now)
    store.log_consent(session, resident.id, "opt_out", channel, reason, now)
    store.stop_conversations(session, resident.id)
    cancel_outreach_messages(session, resident.id, "opted out", now)
    return True


def cancel_outreach_messages(session: Session, resident_id: int, reason: str, now: datetime) -> None:
    """Nothing more for this person: outreach messages and unsent messages are cancelled."""
    store.cancel_unsent(session, resident_id, reason, now)


def opt_in(session: Session, resident: Resident, channel: str, reason: str, now: datetime) -> bool:
    """Allow messages again; False if they were not opted out."""
    if resident.opted_out_at is None:
        return False
    store.set_opted_out(session, resident, None)
    store.log_consent(session, resident.id, "opt_in", channel, reason, now)
    return True
