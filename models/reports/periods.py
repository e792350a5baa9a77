"""Periods and trend buckets in local days, weeks from Monday and calendar months, in Python and in SQL.

A period is a pair of UTC moments [since, until): local midnights for whole days,
so "15 June" in Britain runs from 23:00 UTC on the 14th. Stored times stay UTC;
only the cutting into days happens in the organisation's time zone.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Literal

from sqlalchemy import Date, Integer, cast, func, literal_column, type_coerce
from sqlalchemy.orm import Session

from models.conversation import Conversation
from models.local_days import local_date, local_day_sql, local_midnight

Interval = Literal["week", "month"]
DEFAULT_PERIOD_DAYS = 30


def last_days(today: date, zone: str, days: int = DEFAULT_PERIOD_DAYS) -> tuple[datetime, datetime]:
    """The `days` whole local days ending with `today`, as UTC [since, until)."""
    return days_between(today - timedelta(days=days - 1), today, zone)


def days_between(first: date, last: date, zone: str) -> tuple[datetime, datetime]:
    """Local days `first` to `last` (both included), as UTC [since, until)."""
    return local_midnight(first, zone), local_midnight(last + timedelta(days=1), zone)


def bucket_start(day: date, interval: Interval) -> date:
    """The Monday of the day's week, or the first of its month."""
    if interval == "month":
        return day.replace(day=1)
    return day - timedelta(days=day.weekday())


def next_bucket(start: date, interval: Interval) -> date:
    """The start of the week or month after the one starting on `start`."""
    if interval == "month":
        return (start.replace(day=28) + timedelta(days=4)).replace(day=1)
    return start + timedelta(days=7)


def bucket_starts(since: datetime, until: datetime, interval: Interval, zone: str) -> list[date]:
    """Every bucket the period touches (local days), so empty weeks show as gaps, not as missing."""
    first, last = local_date(since, zone), local_date(until - timedelta(microseconds=1), zone)
    starts, current = [], bucket_start(first, interval)
    while current <= last:
        starts.append(current)
        current = next_bucket(current, interval)
    return starts


def whole_buckets(first: date, end: date, interval: Interval) -> tuple[date, date]:
    """The whole weeks or months among local days [first, end), as days [from, to); (end, end) if none."""
    start = bucket_start(first, interval)
    if start < first:
        start = next_bucket(start, interval)
    stop = bucket_start(end, interval)
    return (start, stop) if start < stop else (end, end)


@dataclass(frozen=True)
class KeptDays:
    """Local days [first, end) as the kept counts read them: the whole weeks [week_from,
    week_to) from a weekly roll-up, and only the days before and after those day by day."""

    first: date
    week_from: date
    week_to: date
    end: date


def kept_days(first: date, end: date, whole_weeks: bool = True) -> KeptDays:
    """How to read local days [first, end) from kept counts; every day by day if not `whole_weeks`."""
    week_from, week_to = whole_buckets(first, end, "week") if whole_weeks else (end, end)
    return KeptDays(first, week_from, week_to, end)


def day_of(session: Session, zone: str, since: datetime, until: datetime):
    """The local calendar day a conversation started in [since, until), as 'YYYY-MM-DD' on either database."""
    return local_day_sql(session.get_bind().dialect.name, Conversation.started_at, zone, since, until)


def bucket_of(session: Session, day, interval: Interval):
    """The Monday of a 'YYYY-MM-DD' day's week, or the first of its month, in SQL.

    A date on PostgreSQL, 'YYYY-MM-DD' text on SQLite. On PostgreSQL plain date arithmetic,
    not to_char(date_trunc(...)): it runs once per row counted, and that formatting was
    a sixth of the summary's time. Constants inline: GROUP BY repeats the expression.
    """
    if session.get_bind().dialect.name == "postgresql":
        if interval == "month":
            return cast(func.left(day, literal_column("7")).concat(literal_column("'-01'")), Date)
        # Days since a known Monday, modulo 7, back to that week's Monday.
        as_date = cast(day, Date)
        days_since = type_coerce(as_date - literal_column("DATE '2000-01-03'"), Integer)  # date - date: days
        return as_date - days_since % literal_column("7")
    return func.date(day, "-6 days", "weekday 1") if interval == "week" else func.date(day, "start of month")


def period_days(since: datetime, until: datetime, zone: str) -> tuple[date, date]:
    """The first and last local days of [since, until), as people read a period."""
    return local_date(since, zone), local_date(until - timedelta(microseconds=1), zone)
