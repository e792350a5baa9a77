"""Conversations and their answers as the API and exports show them (no contact details)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session, selectinload

from models.base import iso_utc
from models.conversation import Conversation
from models.reports.paging import page_after


@dataclass(frozen=True)
class ResponseFilters:
    channel: str | None = None
    survey: str | None = None
    team: str | None = None
    since: datetime | None = None  # started at or after
    until: datetime | None = None  # started before
    # None: every team; otherwise only these (a viewer's teams).
    allowed_teams: frozenset[str] | None = None

    def apply(self, query: Select) -> Select:
        query = query.where(Conversation.is_test.is_(False))
        if self.channel:
            query = query.where(Conversation.channel == self.channel)
        if self.survey:
            query = query.where(Conversation.survey_id == self.survey)
        if self.team:
            query = query.where(Conversation.team == self.team)
        if self.since:
            query = query.where(Conversation.started_at >= self.since)
        if self.until:
            query = query.where(Conversation.started_at < self.until)
        if self.allowed_teams is not None:
            query = query.where(Conversation.team.in_(sorted(self.allowed_teams)))
        return query


def page_of_responses(
    session: Session, filters: ResponseFilters, after_id: int = 0, limit: int = 100
) -> tuple[Sequence[Conversation], int | None]:
    """Up to `limit` conversations after `after_id`, oldest first, and the next cursor."""
    query = filters.apply(select(Conversation)).options(selectinload(Conversation.answers))
    return page_after(session, query, Conversation.id, after_id, limit)


def response_dict(conversation: Conversation) -> dict[str, Any]:
    """One conversation as GET /api/v1/responses shows it (docs/api.md)."""
    return {
        "id": conversation.id,
        "channel": conversation.channel,
        "survey": conversation.survey_id,
        "team": conversation.team,
        "language": conversation.language,
        "status": conversation.status,
        "started_at": iso_utc(conversation.started_at),
        "completed_at": iso_utc(conversation.completed_at),
        "answers": [
            {
                "question": answer.question_id,
                "value": answer.typed_value,
                "raw": answer.raw,
                "skipped": answer.skipped,
                # positive | negative | mixed | neutral; null (with the score) for non-text answers.
                "sentiment": answer.sentiment,
                "sentiment_score": answer.polarity,
            }
            for answer in conversation.answers
        ],
    }
