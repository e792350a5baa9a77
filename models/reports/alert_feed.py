"""Alerts as the API lists them: no contact details, a pseudonymous response id."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.alert import Alert
from models.base import iso_utc
from models.reports.paging import page_after


def page_of_alerts(
    session: Session,
    after_id: int = 0,
    limit: int = 100,
    status: str | None = None,
    team: str | None = None,
    allowed_teams: frozenset[str] | None = None,
) -> tuple[Sequence[Alert], int | None]:
    """Up to `limit` alerts after `after_id`, oldest first, and the next cursor.

    `allowed_teams` (None: every team) is the caller's scope: other teams' alerts, and
    alerts with no team, are never in the page.
    """
    query = select(Alert)
    if allowed_teams is not None:
        query = query.where(Alert.team.in_(sorted(allowed_teams)))
    if status:
        query = query.where(Alert.status == status)
    if team:
        query = query.where(Alert.team == team)
    return page_after(session, query, Alert.id, after_id, limit)


def alert_dict(alert: Alert) -> dict[str, Any]:
    """One alert as GET /api/v1/alerts shows it (docs/api.md)."""
    return {
        "id": alert.id,
        "response_id": alert.conversation_id,
        "created_at": iso_utc(alert.created_at),
        "status": alert.status,
        "matched": alert.rule,
        "team": alert.team,
        # NULL on alerts raised before the screen gave categories.
        "category": alert.category,
        "severity": alert.severity,
    }
