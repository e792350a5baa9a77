"""The dashboard's panels beside the figures, days waited and callbacks, read in one statement.

Each was a statement or two of its own (models/reports/outreach.py `days_waited_by_team`,
models/reports/callbacks.py `callback_figures`); on a month of a small council's data,
starting each statement cost more than what it read. Here their rows come back together,
each marked with what it is, and are turned into the same figures by the same code.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache

from sqlalchemy import CompoundSelect, Integer, Select, String, cast, literal, null, select, union_all

from models.base import UTCDateTime
from models.reports.callbacks import CallbackFigures, figure_params, figure_statements, figures_from_rows
from models.reports.outreach import (
    DaysWaited,
    days_waited_from_rows,
    days_waited_params,
    days_waited_statement,
)
from models.reports.summaries import Aside


@dataclass(frozen=True)
class SidePanels:
    days_waited: list[DaysWaited]
    callbacks: list[CallbackFigures]


def side_panels(
    connection,
    since: datetime,
    until: datetime,
    now: datetime,
    allowed_teams: frozenset[str] | None,
    team: str | None,
) -> SidePanels:
    """Days waited for contacts and callbacks asked for in [since, until), for `team` if given,
    within `allowed_teams` (None: every team), as the two functions above give them."""
    allowed = None if allowed_teams is None else tuple(sorted(allowed_teams))
    statement = _side_statement(connection.dialect.name, team, allowed)
    params = figure_params(since, until, now, team) | days_waited_params(since, until)
    return _panels(connection.execute(statement, params))


def side_panels_aside(
    since: datetime,
    until: datetime,
    now: datetime,
    allowed_teams: frozenset[str] | None,
    team: str | None,
) -> Aside:
    """The same read as `side_panels`, to send with the figures' statement on PostgreSQL
    (`summarise`'s `aside`): the page's third round trip saved. `panels_from_aside` reads
    what comes back."""
    allowed = None if allowed_teams is None else tuple(sorted(allowed_teams))
    params = figure_params(since, until, now, team) | days_waited_params(since, until)
    shape = ("side panels", bool(team), allowed, (team,) if team else allowed)
    return Aside(shape, _side_statement("postgresql", team, allowed), params, ("part", "team"))


def panels_from_aside(rows: Iterable[list]) -> SidePanels:
    """`side_panels`' figures from its rows as JSON lists (`side_panels_aside`): the same rows,
    in the same order, each moment from its ISO text back to a UTC datetime."""
    return _panels(
        (part, team, first, judged, on_time, _moment(created_at), _moment(first_reply_at))
        for part, team, first, judged, on_time, created_at, first_reply_at in rows
    )


def _moment(text: str | None) -> datetime | None:
    # As the column's type gives it (models/base.py UTCDateTime): aware, in UTC.
    return None if text is None else datetime.fromisoformat(text).astimezone(UTC)


def _panels(rows: Iterable[Sequence]) -> SidePanels:
    """The panels from the side statement's rows, ordered by part and team."""
    waited, counts, middle = [], [], []
    for part, row_team, first, judged, on_time, created_at, first_reply_at in rows:
        if part == "waited":
            waited.append((row_team, first))
        elif part == "asked":
            counts.append((row_team, first, judged, on_time))
        else:
            middle.append((row_team, created_at, first_reply_at))
    return SidePanels(days_waited_from_rows(waited), figures_from_rows(counts, middle))


def _side_statement(dialect: str, team: str | None, allowed: tuple[str, ...] | None) -> CompoundSelect:
    # Days waited are for the chosen team, else the teams allowed; callbacks for both at once.
    scope = (team,) if team else allowed
    return _built_side_statement(dialect, bool(team), allowed, scope)


@lru_cache(maxsize=256)
def _built_side_statement(
    dialect: str, by_team: bool, allowed: tuple[str, ...] | None, scope: tuple[str, ...] | None
) -> CompoundSelect:
    """(part, team, days or asked, judged, on_time, created_at, first_reply_at), ordered by part
    and team: built once per worker and filter shape (the chosen team is in the shape, as
    `days_waited_statement` takes its teams written in)."""
    waited = days_waited_statement(True, True, scope).subquery("waited")
    counts, middle = (part.subquery() for part in figure_statements(dialect, by_team, allowed))
    # Typed NULLs: PostgreSQL types a UNION's columns pairwise, and two bare NULLs become text.
    number, moment = cast(null(), Integer), cast(null(), UTCDateTime())

    def marked(part: str, *columns) -> Select:
        return select(literal(part, String()).label("part"), *columns)

    # The first part names the columns: unnamed, its three NULLs would be one column to a
    # statement reading this one as a subquery (`side_panels_aside`).
    nulls = (number.label("first"), number.label("judged"), number.label("on_time"))
    return union_all(
        marked("middle", middle.c.team, *nulls, middle.c.created_at, middle.c.first_reply_at),
        marked("waited", waited.c.team, waited.c.days_waited, number, number, moment, moment),
        marked("asked", counts.c.team, counts.c.asked, counts.c.judged, counts.c.on_time, moment, moment),
    ).order_by("part", "team")
