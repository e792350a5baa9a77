"""Finding the person behind a phone number, chat id or local address (for erasure and access)."""

from __future__ import annotations

import phonenumbers
from sqlalchemy import select
from sqlalchemy.orm import Session

from models import Contact
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
) -> Contact:
    """The contact for exactly one of: a phone number, a Telegram chat id, a console/web address."""
    given = [v for v in (phone, chat_id, local_address) if v not in (None, "")]
    if len(given) != 1:
        raise ValueError("give exactly one of a phone number, a chat id or an address")
    if phone:
        column, value = Contact.phone, normalise_phone(phone, config.organisation.phone_region)
    elif chat_id not in (None, ""):
        if not str(chat_id).strip().lstrip("-").isdigit():
            raise ValueError("a Telegram chat id is a whole number")
        column, value = Contact.telegram_chat_id, int(str(chat_id).strip())
    else:
        column, value = Contact.local_address, local_address
    contact = session.scalar(select(Contact).where(column == value))
    if contact is None:
        raise PersonNotFound("nobody with that number, chat id or address")
    return contact
