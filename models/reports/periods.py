"""Periods and trend buckets (whole UTC days, weeks from Monday, calendar months), in Python and in SQL."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from typing import Literal

from sqlalchemy import Date, DateTime, String, cast, func, type_coerce
from sqlalchemy.orm import Session

from models.conversation import Conversation

Interval = Literal["week", "month"]
DEFAULT_PERIOD_DAYS = 30


def last_days(today: date, days: int = DEFAULT_PERIOD_DAYS) -> tuple[datetime, datetime]:
    """The `days` whole UTC days ending with `today`, as [since, until)."""
    until = datetime.combine(today + timedelta(days=1), time(), tzinfo=UTC)
    return until - timedelta(days=days), until


def bucket_start(day: date, interval: Interval) -> date:
    """The Monday of the day's week, or the first of its month."""
    if interval == "month":
        return day.replace(day=1)
    return day - timedelta(days=day.weekday())


def bucket_starts(since: datetime, until: datetime, interval: Interval) -> list[date]:
    """Every bucket the period touches, so empty weeks show as gaps, not as missing."""
    first, last = since.date(), (until - timedelta(microseconds=1)).date()
    starts, current = [], bucket_start(first, interval)
    while current <= last:
        starts.append(current)
        if interval == "month":
            current = (current.replace(day=28) + timedelta(days=4)).replace(day=1)
        else:
            current += timedelta(days=7)
    return starts


def day_of(session: Session):
    """The UTC calendar day a conversation started, as 'YYYY-MM-DD' on either database."""
    if session.get_bind().dialect.name == "postgresql":
        return func.to_char(func.timezone("UTC", Conversation.started_at), "YYYY-MM-DD")
    # SQLite keeps UTC datetimes as 'YYYY-MM-DD HH:MM:SS…' text.
    return func.substr(type_coerce(Conversation.started_at, String), 1, 10)


def bucket_of(session: Session, day, interval: Interval):
    """The 'YYYY-MM-DD' start of the week (Monday) or month of a 'YYYY-MM-DD' day, in SQL."""
    if session.get_bind().dialect.name == "postgresql":
        return func.to_char(func.date_trunc(interval, cast(cast(day, Date), DateTime())), "YYYY-MM-DD")
    return func.date(day, "-6 days", "weekday 1") if interval == "week" else func.date(day, "start of month")
