"""Pacing: sends keep to a channel's rate, in one process or shared through the database."""

from __future__ import annotations

import pytest

from bot.outreach import pacer as pacer_module
from bot.outreach.pacer import LocalSlots, Pacer, SharedSlots


@pytest.fixture(params=["in this process", "in the database"])
def slots(request):
    if request.param == "in this process":
        return LocalSlots()
    return SharedSlots(request.getfixturevalue("db"), "sms")


@pytest.fixture
def clock(monkeypatch) -> dict[str, float]:
    """A fake wall clock that `time.sleep` moves on; records each sleep."""
    clock = {"now": 100.0, "sleeps": 0}

    def sleep(seconds: float) -> None:
        clock["sleeps"] += 1
        clock["now"] += seconds

    monkeypatch.setattr(pacer_module.time, "time", lambda: clock["now"])
    monkeypatch.setattr(pacer_module.time, "sleep", sleep)
    return clock


def test_pacer_keeps_to_the_configured_rate(clock, slots):
    pacer = Pacer(4.0, slots)
    for _ in range(9):
        pacer.wait()
    assert clock["now"] == pytest.approx(102.0)  # 9 sends at 4/s: 8 gaps of 0.25 s
    assert clock["sleeps"] == 8


def test_pacer_makes_up_for_a_late_send_but_never_bursts_after_idling(clock, slots):
    pacer = Pacer(10.0, slots)
    pacer.wait()
    clock["now"] += 0.25  # one slow send: 0.15 s behind
    starts = []
    for _ in range(4):
        pacer.wait()
        starts.append(round(clock["now"], 3))
    assert starts == [100.25, 100.25, 100.3, 100.4]  # caught up at 10/s, not 4 sends at 0.35, 0.45...
    clock["now"] += 60  # idle for a minute
    pacer.wait()
    pacer.wait()
    assert round(clock["now"], 3) == 160.5  # the second send waits its 0.1 s


def test_a_clock_that_went_back_does_not_hold_sends_back(clock, slots):
    pacer = Pacer(10.0, slots)
    pacer.wait()
    pacer.wait()
    clock["now"] -= 3600  # NTP put the clock back an hour
    pacer.wait()
    pacer.wait()
    assert clock["now"] == pytest.approx(100.1 - 3600 + 0.1)  # one interval, not an hour


def test_two_pacers_sharing_the_database_take_turns(clock, db):
    """Two senders (two schedulers) on one channel: together, not each, at the rate."""
    first, second = Pacer(2.0, SharedSlots(db, "sms")), Pacer(2.0, SharedSlots(db, "sms"))
    other_channel = Pacer(2.0, SharedSlots(db, "telegram"))
    starts = []
    for pacer in (first, second, first, second, other_channel):
        pacer.wait()
        starts.append(clock["now"])
    assert starts == [100.0, 100.5, 101.0, 101.5, 101.5]  # telegram has slots of its own


def test_pacers_in_one_process_do_not_share(clock):
    first, second = Pacer(2.0), Pacer(2.0)
    first.wait()
    second.wait()
    assert clock["now"] == 100.0
