"""The organisation's time zone as stretches of one UTC offset: local days in Python, in SQL, and as a table.

SQLite has no time zone database, so both databases are given the same facts,
worked out here with zoneinfo: for a range of UTC moments, when each UTC offset
starts. SQL turns a stored UTC time into its local day by adding the offset of
its stretch (a CASE over the few stretches of the period asked about), and the
tally triggers look the offset up in `local_day_offsets`, which holds every
stretch of the organisation's zone from 1900 to 2100 (the last offset holds on).
"""

from __future__ import annotations

import functools
import math
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, Integer, String, case, delete, func, insert, literal_column, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from models.base import Base, UTCDateTime

# The range `local_day_offsets` covers; before it the first offset, after it the last.
TABLE_FROM = datetime(1900, 1, 1, tzinfo=UTC)
TABLE_UNTIL = datetime(2100, 1, 1, tzinfo=UTC)


class LocalDayOffset(Base):
    """From `starts_at` (UTC) until the next row, local time is UTC plus `offset_seconds`."""

    __tablename__ = "local_day_offsets"

    starts_at: Mapped[datetime] = mapped_column(UTCDateTime(), primary_key=True)
    offset_seconds: Mapped[int] = mapped_column(Integer)
    time_zone: Mapped[str] = mapped_column(String(64))  # the same on every row


def local_midnight(day: date, zone: str) -> datetime:
    """The UTC moment the local `day` begins (zoneinfo picks the later side of a gap)."""
    return datetime.combine(day, time(), tzinfo=ZoneInfo(zone)).astimezone(UTC)


def local_date(moment: datetime, zone: str) -> date:
    """The local calendar day of an aware moment."""
    return moment.astimezone(ZoneInfo(zone)).date()


def is_local_midnight(moment: datetime, zone: str) -> bool:
    return moment.astimezone(ZoneInfo(zone)).time() == time()


def _offset(moment: datetime, zone: ZoneInfo) -> int:
    offset = moment.astimezone(zone).utcoffset()
    assert offset is not None  # an aware datetime always has one
    return int(offset.total_seconds())


@functools.lru_cache(maxsize=256)
def offset_periods(zone: str, since: datetime, until: datetime) -> tuple[tuple[datetime, int], ...]:
    """(first UTC moment, UTC offset in seconds) of each stretch of [since, until) with one offset."""
    tz = ZoneInfo(zone)
    since, until = since.astimezone(UTC), until.astimezone(UTC)
    periods = [(since, _offset(since, tz))]
    current = since
    while current < until:
        # Offsets change at most once a day: step by days, then bisect to the second.
        step_end = min(current + timedelta(days=1), until)
        if _offset(step_end, tz) != periods[-1][1]:
            low, high = math.floor(current.timestamp()), math.ceil(step_end.timestamp())
            while high - low > 1:
                middle = (low + high) // 2
                if _offset(datetime.fromtimestamp(middle, UTC), tz) == periods[-1][1]:
                    low = middle
                else:
                    high = middle
            change = datetime.fromtimestamp(high, UTC)
            if change < until:
                periods.append((change, _offset(change, tz)))
        current = step_end
    return tuple(periods)


def local_day_sql(dialect: str, column, zone: str, since: datetime, until: datetime):
    """'YYYY-MM-DD', the local day of a UTC datetime `column` known to lie in [since, until)."""
    periods = offset_periods(zone, since, until)
    # Values inline, not bound: the expression is repeated in GROUP BY, and PostgreSQL
    # matches it there only when the text is identical. They are ours, never input.
    offsets: list[ColumnElement[Any]] = [literal_column(str(seconds)) for _, seconds in periods]
    offset: ColumnElement[Any] = offsets[-1]
    if len(periods) > 1:
        starts = [_moment_sql(dialect, start) for start, _ in periods[1:]]
        whens = [(column < start, seconds) for start, seconds in zip(starts, offsets[:-1], strict=True)]
        offset = case(*whens, else_=offset)
    if dialect == "postgresql":
        utc = func.timezone(literal_column("'UTC'"), column)
        shifted = utc + func.make_interval(0, 0, 0, 0, 0, 0, offset)
        return func.to_char(shifted, literal_column("'YYYY-MM-DD'"))
    return func.date(column, offset.concat(literal_column("' seconds'")))


def _moment_sql(dialect: str, moment: datetime):
    """A UTC moment as SQL text comparable with a UTCDateTime column."""
    moment = moment.astimezone(UTC)
    if dialect == "postgresql":
        return literal_column(f"TIMESTAMPTZ '{moment.isoformat()}'")
    # How SQLAlchemy stores datetimes in SQLite: text that sorts in time order.
    return literal_column(f"'{moment:%Y-%m-%d %H:%M:%S.%f}'")


def stored_time_zone(session: Session) -> str | None:
    """The zone the tallies are counted in (None before any is stored)."""
    return session.scalar(select(LocalDayOffset.time_zone).limit(1))


def store_time_zone(session: Session, zone: str) -> None:
    """Replace `local_day_offsets` with the stretches of `zone` (the caller recounts the tallies)."""
    session.execute(delete(LocalDayOffset))
    periods = offset_periods(zone, TABLE_FROM, TABLE_UNTIL)
    rows = [{"starts_at": start, "offset_seconds": seconds, "time_zone": zone} for start, seconds in periods]
    rows[0]["starts_at"] = datetime(1, 1, 2, tzinfo=UTC)  # the first offset holds for anything earlier
    session.execute(insert(LocalDayOffset), rows)
