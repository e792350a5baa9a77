"""When residents may be messaged: the outreach.quiet_hours window, in local time.

Times are compared on the organisation's wall clock (zoneinfo), so 09:00 means
09:00 in London on both sides of the March and October clock changes.
"""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

from settings import Config

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def _window(config: Config) -> tuple[ZoneInfo, time, time, set[int]]:
    hours = config.outreach.quiet_hours
    allowed = {DAYS.index(day) for day in hours.days}
    return (
        ZoneInfo(config.organisation.time_zone),
        time.fromisoformat(hours.send_from),
        time.fromisoformat(hours.send_until),
        allowed,
    )


def may_send_at(config: Config, moment: datetime) -> bool:
    """True when `moment` falls inside the sending window."""
    zone, start, end, days = _window(config)
    local = moment.astimezone(zone)
    return local.weekday() in days and start <= local.time() < end


def next_allowed(config: Config, moment: datetime) -> datetime:
    """`moment` if messages may be sent then, else the start of the next window (UTC)."""
    if may_send_at(config, moment):
        return moment
    zone, start, _, days = _window(config)
    local = moment.astimezone(zone)
    day = local.date() if local.time() < start else local.date() + timedelta(days=1)
    while day.weekday() not in days:
        day += timedelta(days=1)
    # Built on the wall clock, so it stays 09:00 local across a clock change.
    return datetime.combine(day, start, tzinfo=zone).astimezone(UTC)
