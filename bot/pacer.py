"""Pacing sends to a channel's configured rate."""

from __future__ import annotations

import time


class Pacer:
    """Keeps sends on one channel at `rate_per_second` on average (in this process).

    A send that ran late is made up by the next ones (up to `CATCH_UP` seconds
    behind), so the achieved rate matches the configured one over a run.
    """

    CATCH_UP = 1.0

    def __init__(self, rate_per_second: float) -> None:
        self.interval = 1.0 / rate_per_second
        self.next_slot = time.monotonic()

    def wait(self) -> None:
        now = time.monotonic()
        if self.next_slot > now:
            time.sleep(self.next_slot - now)
        elif now - self.next_slot > self.CATCH_UP:
            self.next_slot = now  # idle or far behind: start afresh, no burst
        self.next_slot += self.interval
