"""Due times in working days: weekends and England and Wales bank holidays are skipped."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from bot.callbacks.working_days import due_at, due_day, is_working_day
from tests.callbacks.support import with_callbacks


@pytest.mark.parametrize(
    "asked, days, due",
    [
        (datetime(2026, 11, 27, 10, 0, tzinfo=UTC), 2, date(2026, 12, 1)),  # Friday: Monday, Tuesday
        (datetime(2026, 11, 28, 10, 0, tzinfo=UTC), 1, date(2026, 11, 30)),  # asked on Saturday
        # Christmas 2026: Friday 25 and Monday 28 December (Boxing Day observed) are bank holidays.
        (datetime(2026, 12, 24, 10, 0, tzinfo=UTC), 2, date(2026, 12, 30)),
        # Easter 2027: Good Friday 26 March, Easter Monday 29 March.
        (datetime(2027, 3, 25, 10, 0, tzinfo=UTC), 1, date(2027, 3, 30)),
        # 23:30 UTC on 31 March 2027 is already 1 April in London (BST): counted from the local day.
        (datetime(2027, 3, 31, 23, 30, tzinfo=UTC), 1, date(2027, 4, 2)),
    ],
)
def test_due_day_skips_weekends_and_bank_holidays(config, asked, days, due):
    cfg = with_callbacks(config, due_working_days=days)
    assert due_day(cfg, asked) == due


def test_due_at_is_the_local_midnight_after_the_due_day(config):
    cfg = with_callbacks(config, due_working_days=1)
    # Due Thursday 1 April 2027, which ends at 23:00 UTC (British Summer Time).
    assert due_at(cfg, datetime(2027, 3, 31, 9, 0, tzinfo=UTC)) == datetime(2027, 4, 1, 23, 0, tzinfo=UTC)


def test_which_bank_holidays_count_is_configurable(config):
    # 2 January is a bank holiday in Scotland only: a working day in England and Wales.
    assert is_working_day(with_callbacks(config), date(2026, 1, 2))
    assert not is_working_day(with_callbacks(config, bank_holidays=["ENG"]), date(2026, 12, 25))
