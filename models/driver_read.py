"""A built read statement run on psycopg's own terms: its SQL worked out once per set of
written-in values, run on a kept `RawCursor`.

Through a SQLAlchemy `Connection`, every run of the dashboard's figures' statement
worked out the statement's cache key (a walk of its whole tree), wrote its IN lists
and the period's days into the SQL afresh, and psycopg then rewrote its
`%(name)s` placeholders (a 6,400-character statement is past psycopg's 4,096-character
cache of rewritten queries, so it parsed the text at every run) and described its
columns: about 0.8 ms of a worker's CPU a page, the statement's round trip aside. Here
the statement is compiled once with psycopg's `$1` placeholders; the SQL for a period's
days is kept (the days change once a day); each run only orders the values. The SQL
sent is the same, so the server plans and prepares it as before. The engine's cursor
listeners still see each run, and a driver error is raised as SQLAlchemy's own with
its parameters hidden.

The dashboard's figures (models/reports/summaries.py), and through `read_rows` the
statements every admin page and API call start with: the signed-in user with the alert
badge, and the API token with its grants.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from sqlalchemy import Connection, exc
from sqlalchemy.engine import Dialect
from sqlalchemy.sql import ClauseElement, Executable
from sqlalchemy.sql.compiler import SQLCompiler

from models.db import hide_error_detail


@dataclass(frozen=True)
class _Expanded:
    sql: str
    order: tuple[str, ...]  # the parameters' names in the order of their `$n`
    fixed: dict[str, Any]  # values given in the statement itself (IN lists, constants), processed
    processors: Mapping[str, Callable[[Any], Any]]  # for the values the caller gives, by name


class DriverRead:
    """`statement` (a SELECT) compiled once for psycopg; `rows` runs it with the given values.

    `written_in`: the names of parameters whose values are written into the SQL (SQLAlchemy's
    `literal_execute`); the SQL is worked out once per set of their values (at most
    `MAX_WRITTEN` kept).
    """

    MAX_WRITTEN = 64

    def __init__(self, statement: ClauseElement, dialect: Dialect, written_in: frozenset[str]) -> None:
        compiled = statement.compile(dialect=numbered_dialect(dialect))
        assert isinstance(compiled, SQLCompiler)
        self._compiled = compiled
        self._written_in = tuple(sorted(written_in))
        self._expanded: dict[tuple, _Expanded] = {}
        columns = getattr(statement, "selected_columns", ())
        found = tuple(column.type.dialect_impl(dialect).result_processor(dialect, None) for column in columns)
        # Per result column, as SQLAlchemy converts it (an aware UTC time); None when none converts.
        self._results: tuple[Callable[[Any], Any] | None, ...] | None = found if any(found) else None

    def rows(self, connection: Connection, values: Mapping[str, Any]) -> list[tuple[Any, ...]]:
        expanded = self._expand(values)
        processors = expanded.processors
        merged = dict(expanded.fixed)
        for name, value in values.items():
            processor = processors.get(name)
            merged[name] = value if processor is None else processor(value)
        parameters = [merged[name] for name in expanded.order]
        cursor = _kept_cursor(connection)
        _execute(connection, cursor, expanded.sql, parameters)
        rows = cursor.fetchall()
        if self._results is None:
            return rows
        results = self._results
        return [tuple(v if p is None else p(v) for v, p in zip(row, results, strict=True)) for row in rows]

    def _expand(self, values: Mapping[str, Any]) -> _Expanded:
        key = tuple(values[name] for name in self._written_in)
        expanded = self._expanded.get(key)
        if expanded is None:
            state = self._compiled.construct_expanded_state(dict(values), escape_names=False)
            order = tuple(state.positiontup or ())
            processors = {name: p for name, p in state.processors.items() if name in order}
            # Every value the caller does not give is the statement's own (an IN list's, a
            # constant's): processed once here.
            fixed = {
                name: value if processors.get(name) is None else processors[name](value)
                for name, value in state.parameters.items()
                if name not in values
            }
            given = {name: processors[name] for name in values if name in processors}
            expanded = _Expanded(state.statement, order, fixed, given)
            if len(self._expanded) < self.MAX_WRITTEN:
                self._expanded[key] = expanded
        return expanded


@cache
def numbered_dialect(dialect: Dialect) -> Dialect:
    """The engine's dialect with `$1` placeholders, as psycopg's `RawCursor` takes them (this read
    and the turn's prepared statements, `bot/conversation/prepared.py`, both compile with it)."""
    # A copy of the engine's own dialect (its server version and settings); type processing is
    # still looked up on the engine's dialect.
    numbered = copy.copy(dialect)
    numbered.paramstyle = "numeric_dollar"
    numbered.positional = True
    # A preparer of its own: the engine's doubles each '%' of the SQL for pyformat's sake.
    numbered.identifier_preparer = numbered.preparer(numbered)
    return numbered


# Where a connection's kept cursor lives: the pool's record of the driver connection.
_CURSOR = "heard_read_cursor"


def _kept_cursor(connection: Connection) -> Any:
    """The `RawCursor` kept for this driver connection (made on first use)."""
    fairy = connection.connection
    driver: Any = fairy.driver_connection
    kept = fairy.info.get(_CURSOR)
    if kept is None or kept.connection is not driver:  # a reconnected record gets a cursor of its own
        from psycopg import RawCursor  # only a PostgreSQL worker imports psycopg

        kept = fairy.info[_CURSOR] = RawCursor(driver)
    return kept


def _execute(connection: Connection, cursor: Any, sql: str, parameters: list[Any]) -> None:
    """The driver's execute, seen by the engine's cursor listeners, its errors raised as SQLAlchemy's."""
    dispatch = connection.dispatch
    if dispatch.before_cursor_execute:  # statement counters in tests, tracing
        dispatch.before_cursor_execute(connection, cursor, sql, parameters, None, False)
    dialect = connection.dialect
    try:
        cursor.execute(sql, parameters)
    except dialect.loaded_dbapi.Error as error:
        wrapped = exc.DBAPIError.instance(
            sql, parameters, error, dialect.loaded_dbapi.Error, hide_parameters=True, dialect=dialect
        )
        hide_error_detail(error, wrapped)
        raise wrapped from error
    if dispatch.after_cursor_execute:
        dispatch.after_cursor_execute(connection, cursor, sql, parameters, None, False)


# Statements built once per worker, as DriverReads, by statement and dialect.
_READS: dict[tuple[Executable, Dialect], DriverRead] = {}
MAX_READS = 64


def read_rows(connection: Connection, statement: Executable, values: Mapping[str, Any]) -> list[tuple]:
    """`statement`'s rows as tuples in its columns' order: on psycopg through a `DriverRead`
    kept for it (a statement built once per worker: the signed-in user, an API token),
    elsewhere through SQLAlchemy."""
    dialect = connection.dialect
    if dialect.driver != "psycopg":
        return [tuple(row) for row in connection.execute(statement, dict(values))]
    read = _READS.get((statement, dialect))
    if read is None:
        assert isinstance(statement, ClauseElement)
        read = DriverRead(statement, dialect, frozenset())
        if len(_READS) < MAX_READS:
            _READS[(statement, dialect)] = read
    return read.rows(connection, values)
