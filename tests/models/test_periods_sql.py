"""Weeks and months cut in SQL agree with Python's, for every day of a year, on the database under test."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import String, literal, select

from models.reports.periods import bucket_of, bucket_start


@pytest.mark.parametrize("interval", ["week", "month"])
def test_every_day_of_a_leap_year_falls_in_pythons_bucket(db, interval):
    days = [date(2028, 1, 1) + timedelta(days=i) for i in range(366)]  # 2028 starts on a Saturday
    with db.begin() as session:
        found = session.execute(
            select(*(bucket_of(session, literal(d.isoformat(), String), interval) for d in days))
        ).one()
    shown = [b if isinstance(b, str) else b.isoformat() for b in found]
    assert shown == [bucket_start(d, interval).isoformat() for d in days]
