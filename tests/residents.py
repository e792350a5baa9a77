"""Residents who complete the default survey through the real engine, with a comment."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select

from models import Conversation
from models.db import Database
from settings import Config
from tests.factories import T0, conversations_of, send

# Replies to the five choice questions before the comment.
CHOICES = ["1", "yes a lot", "yes a bit", "no", "partly"]


def resident_says(
    db: Database,
    config: Config,
    comment: str | None,
    address: str = "alice",
    team: str | None = None,
    channel: str = "console",
    at: datetime = T0,
) -> int:
    """Complete the survey (for `team` when given) ending with `comment`; the conversation id."""
    first = f"FEEDBACK {team.upper()}" if team else "hello"
    send(db, config, first, address=address, channel=channel, at=at)
    for i, reply in enumerate(CHOICES, start=1):
        send(db, config, reply, address=address, channel=channel, at=at + timedelta(minutes=i))
    if comment is not None:
        send(db, config, comment, address=address, channel=channel, at=at + timedelta(minutes=9))
    return conversations_of(db, address, channel)[-1].id


def all_conversation_ids(db: Database) -> set[int]:
    with db.begin() as session:
        return set(session.scalars(select(Conversation.id)))
