"""Periods and trend buckets: whole UTC days, weeks starting on Monday, calendar months."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from typing import Literal

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
