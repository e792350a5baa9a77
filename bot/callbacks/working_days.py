"""When a callback is due: a number of working days later, skipping weekends and bank holidays.

Bank holidays come from the `holidays` package (England's and Wales's, as config
`callbacks.bank_holidays` says); days are the organisation's local days.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from functools import lru_cache

from models.local_days import local_date, local_midnight
from settings import Config

SATURDAY = 5


@lru_cache(maxsize=64)
def _bank_holidays(subdivisions: tuple[str, ...], year: int) -> frozenset[date]:
    import holidays  # about 10 MB a worker: only when a callback's due day is first worked out

    days: set[date] = set()
    for subdivision in subdivisions:
        days |= set(holidays.UK(subdiv=subdivision, years=year))
    return frozenset(days)


def is_working_day(config: Config, day: date) -> bool:
    if day.weekday() >= SATURDAY:
        return False
    return day not in _bank_holidays(tuple(sorted(config.callbacks.bank_holidays)), day.year)


def due_day(config: Config, asked_at: datetime) -> date:
    """The last local day staff have: the Nth working day after the day the resident asked."""
    day = local_date(asked_at, config.organisation.time_zone)
    remaining = config.callbacks.due_working_days
    while remaining:
        day += timedelta(days=1)
        if is_working_day(config, day):
            remaining -= 1
    return day


def due_at(config: Config, asked_at: datetime) -> datetime:
    """The end of the due day (local midnight after it), in UTC."""
    return local_midnight(due_day(config, asked_at) + timedelta(days=1), config.organisation.time_zone)
