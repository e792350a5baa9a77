"""The figures' statement sums the value counts by bucket, team and channel in one statement
(GROUPING SETS on PostgreSQL, three GROUP BYs on SQLite): every sum must be what adding up
the value counts row by row gives, from the answers and from the kept counts."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

import pytest

from models.local_days import local_midnight
from models.reports.periods import days_between
from models.reports.responses import ResponseFilters
from models.reports.summaries import counted_marginals, grouped_tallies, measured_questions
from tests.admin_support import add_random_response, add_response

LONDON = "Europe/London"
# (first, last) local days: partial weeks at both ends with whole weeks between, none whole, a month.
PERIODS = [(date(2026, 9, 23), date(2026, 11, 4)), (date(2026, 10, 21), date(2026, 10, 27))]
FILTERS = [
    ResponseFilters(),
    ResponseFilters(team="east"),
    ResponseFilters(channel="telegram"),
    ResponseFilters(allowed_teams=frozenset({"west"})),
    ResponseFilters(team="west", channel="sms"),
    ResponseFilters(channel="web"),
]


@pytest.fixture
def spread(db):
    """Random answers for east, west and no team, by SMS and Telegram, over two months; a few by web."""
    rng = random.Random(9)
    for _ in range(80):
        day = date(2026, 9, 20) + timedelta(days=rng.randint(0, 50))
        add_random_response(db, rng, local_midnight(day, LONDON).replace(hour=rng.randint(0, 23)))
    # A channel config.yaml does not name (SQLite sums the named ones as columns, any other apart).
    for i, answer in enumerate([1, 2, 4, 5, 6, 3, 1, 2]):
        day = date(2026, 10, 1) + timedelta(days=4 * i)
        add_response(db, {"overall": answer, "listened": 1 + i % 4}, None, "web", local_midnight(day, LONDON))
    return db


def added_up(rows) -> dict:
    """The reference: each value count's tally fields added to its bucket, team and channel."""
    found: dict = {"bucket": {}, "team": {}, "channel": {}}
    for bucket, team, channel, question_id, counts in rows:
        for dimension, key in (("bucket", bucket), ("team", team), ("channel", channel)):
            sums = found[dimension].setdefault(key, {}).setdefault(question_id, [0] * 5)
            for i, n in enumerate(counts):
                sums[i] += n
    return found


@pytest.mark.parametrize("source", ["live", "kept"])
@pytest.mark.parametrize("interval", ["week", "month"])
@pytest.mark.parametrize(("first", "last"), PERIODS)
def test_each_dimension_sums_the_value_counts(spread, config, source, interval, first, last):
    since, until = days_between(first, last, LONDON)
    survey = config.default_survey
    questions = measured_questions(survey)
    found = {}
    with spread.begin() as session:
        for shown in FILTERS:
            filters = replace(shown, survey=survey.id, since=since, until=until)
            rows = grouped_tallies(session, questions, filters, LONDON, interval, source)
            counted = counted_marginals(session, questions, filters, LONDON, interval, source)
            sums, kept_in, beside, aside = counted
            assert sums == added_up(rows), (shown, interval, source)
            assert kept_in == (LONDON if source == "kept" else None)
            assert beside is None and aside is None  # none was asked for
            found[shown] = sums
    # The data reach every dimension's keys, "no team" included, so a mix-up could not pass.
    everyone = found[FILTERS[0]]
    assert everyone["bucket"]
    assert set(everyone["team"]) == {None, "east", "west"}
    assert set(everyone["channel"]) == {"sms", "telegram", "web"}
