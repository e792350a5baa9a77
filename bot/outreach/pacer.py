"""Pacing sends to a channel's configured rate, across every process that sends.

Each send takes the channel's next slot, `1 / rate_per_second` after the one
before. The slots live in one row per channel (`send_slots`), taken with one
atomic upsert, so two schedulers together keep to the rate instead of each
sending at it. A send that ran late is made up by the next ones (up to
`CATCH_UP` seconds behind), so the achieved rate matches the configured one
over a run; after idling longer than that, sending starts afresh. The catch-up
is short so the burst it allows after a pause stays small: at most a fifth of
a second's sends at once. A slot further ahead than `MAX_SENDERS` turns means
the wall clock went back: sending starts afresh rather than waiting for it.
"""

from __future__ import annotations

import time
from typing import Protocol

from sqlalchemy import case, literal, or_, text
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from models import SendSlot
from models.db import Database

CATCH_UP = 0.2
# A slot lost in a crash costs nothing; waiting for the disk on every send would.
_NO_FSYNC = text("SET LOCAL synchronous_commit TO OFF")


class Slots(Protocol):
    def take(self, now: float, interval: float, session: Session | None = None) -> float:
        """Reserve the next slot at or after `now - CATCH_UP`; when it starts (Unix seconds).

        `session`: the caller's transaction to take it in (else one of its own).
        """


# More senders than this never wait on one channel at once, so a next slot further
# ahead than their turns means the wall clock went back (NTP): start afresh from now.
MAX_SENDERS = 16


def _start(next_slot: float | None, now: float, interval: float) -> float:
    if next_slot is None or next_slot < now - CATCH_UP or next_slot > now + MAX_SENDERS * interval:
        return now
    return next_slot


class LocalSlots:
    """Slots kept in this process only."""

    def __init__(self) -> None:
        self.next_slot: float | None = None

    def take(self, now: float, interval: float, session: Session | None = None) -> float:
        start = _start(self.next_slot, now, interval)
        self.next_slot = start + interval
        return start


class SharedSlots:
    """A channel's slots in the database, shared by every process sending on it."""

    def __init__(self, db: Database, channel: str) -> None:
        self.db, self.channel = db, channel

    def take(self, now: float, interval: float, session: Session | None = None) -> float:
        if session is None:
            with self.db.begin() as own:
                return self.take(now, interval, own)
        upsert = (postgresql if self.db.dialect == "postgresql" else sqlite).insert(SendSlot)
        upsert = upsert.values(channel=self.channel, next_slot=now + interval)
        stored = SendSlot.__table__.c.next_slot
        # The same rule as `_start`, in one statement: concurrent takers queue on the row.
        afresh = or_(stored < literal(now - CATCH_UP), stored > literal(now + MAX_SENDERS * interval))
        start = case((afresh, literal(now)), else_=stored)
        upsert = upsert.on_conflict_do_update(
            index_elements=[SendSlot.channel], set_={"next_slot": start + literal(interval)}
        ).returning(SendSlot.next_slot)
        if self.db.dialect == "postgresql":
            session.execute(_NO_FSYNC)
        return session.scalar(upsert) - interval


class Pacer:
    """Waits before each send so a channel keeps to `rate_per_second` (see the module docstring)."""

    def __init__(self, rate_per_second: float, slots: Slots | None = None) -> None:
        self.interval = 1.0 / rate_per_second
        self.slots = slots or LocalSlots()

    def reserve(self, session: Session | None = None) -> float:
        """Take the next slot (in `session`, when the slots are shared); when it starts."""
        return self.slots.take(time.time(), self.interval, session)

    def wait_for(self, start: float) -> None:
        delay = start - time.time()
        if delay > 0:
            time.sleep(delay)

    def wait(self) -> None:
        """Reserve a slot and wait for it."""
        self.wait_for(self.reserve())
