"""Finding the person behind a phone number, chat id or local address (for erasure and access)."""

from __future__ import annotations

from typing import Any

import phonenumbers
from sqlalchemy import func, or_, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from models import Alert, Answer, ConsentEvent, Conversation, Message, OutboxMessage, Resident
from models.alert import ACTIVE_STATUSES
from settings import Config


class PersonNotFound(LookupError):
    """Nobody we hold matches; the message never repeats the number."""


def normalise_phone(phone: str, region: str) -> str:
    """A phone number as stored (E.164), read with the organisation's default region."""
    try:
        parsed = phonenumbers.parse(phone.strip().removeprefix("whatsapp:"), region)
    except phonenumbers.NumberParseException:
        raise ValueError("that is not a phone number") from None
    if not phonenumbers.is_possible_number(parsed):
        raise ValueError("that is not a possible phone number")
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


def find_person(
    session: Session,
    config: Config,
    phone: str | None = None,
    chat_id: str | int | None = None,
    local_address: str | None = None,
) -> Resident:
    """The contact for exactly one of: a phone number, a Telegram chat id, a console/web address."""
    given = [v for v in (phone, chat_id, local_address) if v not in (None, "")]
    if len(given) != 1:
        raise ValueError("give exactly one of a phone number, a chat id or an address")
    column: InstrumentedAttribute[Any]
    value: str | int | None
    if phone:
        column, value = Resident.phone, normalise_phone(phone, config.organisation.phone_region)
    elif chat_id not in (None, ""):
        if not str(chat_id).strip().lstrip("-").isdecimal():
            raise ValueError("a Telegram chat id is a whole number")
        column, value = Resident.telegram_chat_id, int(str(chat_id).strip())
    else:
        column, value = Resident.local_address, local_address
    resident = session.scalar(select(Resident).where(column == value))
    if resident is None:
        raise PersonNotFound("nobody with that number, chat id or address")
    return resident


def person_by_public_id(session: Session, public_id: str) -> Resident:
    """The contact behind a pseudonymous id (the admin's links carry this, never the number)."""
    resident = session.scalar(select(Resident).where(Resident.public_id == public_id))
    if resident is None:
        raise PersonNotFound("nobody with that id")
    return resident


def holdings(session: Session, resident: Resident) -> dict[str, int | bool]:
    """What we hold about a person, as counts (what the admin shows before access or erasure)."""
    conversations = select(Conversation.id).where(Conversation.resident_id == resident.id)
    about = or_(Alert.resident_id == resident.id, Alert.conversation_id.in_(conversations))

    def count(model, *where) -> int:
        return session.scalar(select(func.count()).select_from(model).where(*where)) or 0

    return {
        "phone": resident.phone is not None,
        "telegram": resident.telegram_chat_id is not None,
        "conversations": count(Conversation, Conversation.resident_id == resident.id),
        "answers": count(Answer, Answer.conversation_id.in_(conversations)),
        "messages": count(
            Message, or_(Message.resident_id == resident.id, Message.conversation_id.in_(conversations))
        ),
        "consent_events": count(ConsentEvent, ConsentEvent.resident_id == resident.id),
        "queued": count(
            OutboxMessage, OutboxMessage.resident_id == resident.id, OutboxMessage.status == "pending"
        ),
        "alerts": count(Alert, about),
        "open_alerts": count(Alert, about, Alert.status.in_(ACTIVE_STATUSES)),
        "opted_out": resident.opted_out,
    }
