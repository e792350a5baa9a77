"""The web channel: staff try a survey in the browser through the same engine.

Every conversation here is a test conversation (`is_test`), kept out of every
figure, export and API response. The tester is a contact with a local address
derived from their staff session, never a phone number or chat id.

Usage from an admin route (the caller owns the transaction):

    with db.begin() as session:
        replies = try_message(session, config, session_key, text, survey_id, language)
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from bot.conversation import progress, residents
from bot.conversation.engine import handle, log_outbound, start_survey
from bot.conversation.messages import Inbound, Reply
from models import Conversation, Message, Resident
from models.base import utcnow
from settings import Config

CHANNEL = "web"


class TryError(ValueError):
    """The chosen survey or language does not exist in config.yaml."""


def address_for_staff_session(staff_session_key: str) -> str:
    """A stable local address for one staff session; the key itself is never stored."""
    return "try-" + hashlib.sha256(staff_session_key.encode("utf-8", "surrogatepass")).hexdigest()[:20]


def _tester(session: Session, staff_session_key: str, now: datetime) -> Resident:
    return residents.lock_or_create(session, CHANNEL, address_for_staff_session(staff_session_key), now)


def _mark_all_as_test(session: Session, resident: Resident) -> None:
    # Belt and braces: a keyword such as FEEDBACK EAST makes the engine start a
    # survey itself, and that conversation must not count either.
    session.execute(update(Conversation).where(Conversation.resident_id == resident.id).values(is_test=True))


def start_try(
    session: Session,
    config: Config,
    staff_session_key: str,
    survey_id: str,
    language: str,
    now: datetime | None = None,
) -> list[Reply]:
    """A fresh test conversation of the chosen survey in the chosen language: intro and first question."""
    now = now or utcnow()
    survey = config.survey(survey_id)
    if survey is None:
        raise TryError(f"no survey with id {survey_id!r}")
    if language not in config.organisation.languages:
        raise TryError(f"language {language!r} is not offered")
    resident = _tester(session, staff_session_key, now)
    # A tester who tried STOP gets a clean start.
    residents.opt_in(session, resident, CHANNEL, "try_restart", now)
    resident.language = language
    conversation, replies = start_survey(
        session, config, resident, CHANNEL, now, survey=survey, language=language, is_test=True
    )
    session.flush()
    log_outbound(session, resident, CHANNEL, replies, now, conversation=conversation)
    return replies


def try_message(
    session: Session,
    config: Config,
    staff_session_key: str,
    text: str,
    survey_id: str,
    language: str,
    now: datetime | None = None,
) -> list[Reply]:
    """The engine's replies to `text` from this tester; starts afresh when no such survey is open."""
    now = now or utcnow()
    resident = _tester(session, staff_session_key, now)
    current = progress.open_conversation(session, resident)
    if current is None or current.survey_id != survey_id:
        return start_try(session, config, staff_session_key, survey_id, language, now)
    replies = handle(
        session, config, Inbound(CHANNEL, address_for_staff_session(staff_session_key), text, now)
    )
    _mark_all_as_test(session, resident)
    return replies


@dataclass(frozen=True)
class TryTranscript:
    """The tester's latest test conversation, as the try-it page shows it."""

    survey_id: str
    language: str
    status: str
    messages: list[Message]


def try_transcript(session: Session, staff_session_key: str) -> TryTranscript | None:
    """Every message of this tester's latest test conversation, oldest first; None before any try."""
    resident = residents.find_resident(session, CHANNEL, address_for_staff_session(staff_session_key))
    conversation = progress.latest(session, resident) if resident else None
    if conversation is None:
        return None
    messages = session.scalars(
        select(Message).where(Message.conversation_id == conversation.id).order_by(Message.id)
    )
    return TryTranscript(conversation.survey_id, conversation.language, conversation.status, list(messages))
