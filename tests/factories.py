"""Small helpers that drive the real engine the way a channel would."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import select

from bot.conversation.engine import handle
from bot.conversation.messages import Inbound, Reply
from models import Answer, Conversation, Resident
from models.db import Database
from settings import Config

T0 = datetime(2026, 11, 27, 10, 0, tzinfo=UTC)


def send(
    db: Database,
    config: Config,
    text: str,
    address: str = "alice",
    channel: str = "console",
    at: datetime = T0,
    **extra: object,
) -> list[Reply]:
    """One inbound message through the engine in its own transaction."""
    inbound = Inbound(channel=channel, address=address, text=text, received_at=at, **extra)
    with db.begin() as session:
        return handle(session, config, inbound)


def texts(replies: list[Reply]) -> list[str]:
    return [reply.text for reply in replies]


def conversations_of(db: Database, address: str, channel: str = "console") -> list[Conversation]:
    from bot.conversation.residents import address_column, address_value

    with db.begin() as session:
        resident = session.scalar(
            select(Resident).where(address_column(channel) == address_value(channel, address))
        )
        if resident is None:
            return []
        return list(
            session.scalars(
                select(Conversation).where(Conversation.resident_id == resident.id).order_by(Conversation.id)
            )
        )


def answers_of(db: Database, conversation_id: int) -> dict[str, Answer]:
    with db.begin() as session:
        rows = session.scalars(select(Answer).where(Answer.conversation_id == conversation_id))
        return {row.question_id: row for row in rows}


def resident_of(db: Database, address: str, channel: str = "console") -> Resident | None:
    from bot.conversation.residents import find_resident

    with db.begin() as session:
        return find_resident(session, channel, address)


def staff(session, email: str, role: str = "manager"):
    """A staff login without hashing a password (hashing is slow and beside the point here)."""
    from models import User

    user = User(email=email, password_hash="!", role=role)
    session.add(user)
    session.flush()
    return user


def api_token(runner, name: str = "bi", *options: str) -> str:
    """A bearer token made the way an administrator makes one: the CLI's last line."""
    result = runner.invoke(args=["create-api-token", name, *options])
    assert result.exit_code == 0, (result.output, result.exception)
    return result.output.strip().splitlines()[-1]
