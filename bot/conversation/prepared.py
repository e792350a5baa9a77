"""A Core statement compiled once per dialect and run on the driver's cursor inside the turn's transaction.

Through a SQLAlchemy `Connection`, each execution sets up a context (the
parameters processed, the cursor wrapped, a result built) that costs about 0.13 ms
of CPU: three to four times what SQLite takes to run one of a turn's one-row
statements. The SQL is the same either way, so the turn's statements are compiled
once (as SQLAlchemy compiles them, each column's type processing looked up once)
and handed to the driver: the same SQL, parameters converted the same way, on the
same connection and transaction. The engine's `before_cursor_execute` listeners
still see each statement, and a driver error is raised as SQLAlchemy's own, its
parameters hidden as the engine hides them.

On PostgreSQL the SQL is compiled with psycopg's own `$1` placeholders and run on
one `RawCursor` kept with the connection: psycopg then neither rewrites each
statement's `%(name)s` placeholders nor sets up a cursor (and its adapters) per
statement, and nothing asks for the cursor's `description`, which psycopg builds
afresh, a column object per column, on every call.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Insert, exc
from sqlalchemy.engine import Dialect
from sqlalchemy.sql import ClauseElement
from sqlalchemy.sql.compiler import SQLCompiler

from models.db import hide_error_detail
from models.driver_read import numbered_dialect

_Processor = Callable[[Any], Any] | None
_Converting = tuple[tuple[int, Callable[[Any], Any]], ...]  # (position, processor) of each column converted


@dataclass(frozen=True)
class _Compiled:
    sql: str
    fixed: dict[str, Any]  # every parameter's value when the caller gives none (constants in the SQL)
    order: tuple[str, ...] | None  # the parameters' order, for a driver that takes them by position
    binds: tuple[tuple[str, Callable[[Any], Any]], ...]  # parameters whose values the type converts
    results: _Converting | None  # the result columns whose type converts; None when none does


class Prepared:
    """`statement` ready to run on the driver; an INSERT takes its table's defaults for missing columns."""

    def __init__(self, statement: ClauseElement) -> None:
        self.statement = statement
        self._compiled: dict[tuple[Dialect, frozenset[str]], _Compiled] = {}
        table = statement.table if isinstance(statement, Insert) else None
        # An INSERT without VALUES of its own names the columns given in its SQL: compiled per set
        # of them. Never for other statements: SQLAlchemy would also SET those columns in any
        # UPDATE the statement carries (a CTE's).
        self._by_columns = isinstance(statement, Insert) and not (
            statement._values or statement._multi_values
        )
        # Python-side column defaults SQLAlchemy would fill in for an INSERT (scalars and
        # zero-argument callables only: a turn's tables have no others).
        self._defaults = {
            column.key: column.default
            for column in (table.columns if table is not None else ())
            if column.default is not None and not column.primary_key
        }
        if any(not (default.is_scalar or default.is_callable) for default in self._defaults.values()):
            raise ValueError(f"a column default is SQL, which only SQLAlchemy's execution adds: {statement}")
        columns = getattr(statement, "exported_columns", ())
        self.keys: tuple[str, ...] = tuple(column.key for column in columns)

    def rows(self, connection: Connection, values: Mapping[str, Any]) -> list[tuple[Any, ...]]:
        """Run once with `values`: the rows it returns (none for a statement without RETURNING)."""
        values = self.with_defaults(values)
        compiled = self._compile(connection.dialect, values)
        parameters = _parameters(compiled, values)
        kept = _kept_cursor(connection)
        cursor = kept or connection.connection.cursor()
        try:
            _execute(connection, cursor, compiled.sql, parameters, many=False)
            rows = cursor.fetchall() if self.keys else []
        finally:
            if kept is None:
                cursor.close()
        if compiled.results is not None:
            return [_processed(row, compiled.results) for row in rows]
        return [tuple(row) for row in rows]

    def first(self, connection: Connection, values: Mapping[str, Any]) -> tuple[Any, ...] | None:
        rows = self.rows(connection, values)
        return rows[0] if rows else None

    def scalar(self, connection: Connection, values: Mapping[str, Any]) -> Any:
        row = self.first(connection, values)
        return None if row is None else row[0]

    def many(self, connection: Connection, rows: Sequence[Mapping[str, Any]]) -> None:
        """Run once per row in one driver call (executemany): nothing returned."""
        rows = [self.with_defaults(row) for row in rows]
        compiled = self._compile(connection.dialect, rows[0])
        kept = _kept_cursor(connection)
        cursor = kept or connection.connection.cursor()
        parameters = [_parameters(compiled, row) for row in rows]
        try:
            # psycopg runs an executemany in pipeline mode, which costs more than one execute.
            if len(parameters) == 1:
                _execute(connection, cursor, compiled.sql, parameters[0], many=False)
            else:
                _execute(connection, cursor, compiled.sql, parameters, many=True)
        finally:
            if kept is None:
                cursor.close()

    def with_defaults(self, values: Mapping[str, Any]) -> Mapping[str, Any]:
        """`values` and, for an INSERT, the Python-side default of each column missing from them."""
        missing = [key for key in self._defaults if key not in values]
        if not missing:
            return values
        filled = dict(values)
        for key in missing:
            default = self._defaults[key]
            filled[key] = default.arg(None) if default.is_callable else default.arg  # type: ignore[attr-defined]
        return filled

    def _compile(self, dialect: Dialect, values: Mapping[str, Any]) -> _Compiled:
        columns = frozenset(values) if self._by_columns else frozenset()
        key = (dialect, columns)
        if key not in self._compiled:
            self._compiled[key] = _compile(self.statement, dialect, sorted(columns) or None)
        return self._compiled[key]


def _compile(statement: ClauseElement, dialect: Dialect, column_keys: list[str] | None) -> _Compiled:
    compiled = statement.compile(dialect=_sql_dialect(dialect), column_keys=column_keys)
    assert isinstance(compiled, SQLCompiler)
    if compiled.insert_prefetch or compiled.update_prefetch:
        raise ValueError(f"a column default would be left out: {statement}")
    if any(bind.expanding for bind in compiled.binds.values()):
        raise ValueError(f"an IN list is expanded per execution, which the driver cannot do: {statement}")
    binds = []
    for name, bind in compiled.binds.items():
        processor = bind.type.dialect_impl(dialect).bind_processor(dialect)
        if processor is not None:
            binds.append((name, processor))
    columns = getattr(statement, "exported_columns", ())
    processors = [_result_processor(column.type, dialect) for column in columns]
    results = tuple((i, p) for i, p in enumerate(processors) if p is not None) or None
    order = tuple(compiled.positiontup) if compiled.positiontup else None
    required = {name: None for name, bind in compiled.binds.items() if bind.required}
    fixed = dict(compiled.construct_params(required) or {})
    return _Compiled(str(compiled), fixed, order, tuple(binds), results)


def _sql_dialect(dialect: Dialect) -> Dialect:
    """The dialect the SQL is written for: psycopg's gets `$1` placeholders, for its `RawCursor`."""
    return numbered_dialect(dialect) if dialect.driver == "psycopg" else dialect


# Where a connection's kept cursor lives: the pool's record of the driver connection.
_CURSOR = "heard_raw_cursor"


def _kept_cursor(connection: Connection) -> Any:
    """The cursor kept for this driver connection (made on first use): psycopg's a `RawCursor`.

    sqlite3's too: one asked of the pool's connection and closed per statement cost about
    1.8 µs each, seven statements a message. Every statement's rows are fetched whole (or
    it has none), so each leaves the cursor done with; others: None.
    """
    driver_name = connection.dialect.driver
    if driver_name not in ("psycopg", "pysqlite"):
        return None
    fairy = connection.connection
    driver: Any = fairy.driver_connection
    kept = fairy.info.get(_CURSOR)
    if kept is None or kept.connection is not driver:  # a reconnected record gets a cursor of its own
        if driver_name == "psycopg":
            from psycopg import RawCursor  # only a PostgreSQL worker imports psycopg

            kept = RawCursor(driver)
        else:
            kept = driver.cursor()
        fairy.info[_CURSOR] = kept
    return kept


def _result_processor(type_: Any, dialect: Dialect) -> _Processor:
    return type_.dialect_impl(dialect).result_processor(dialect, None)


def _parameters(compiled: _Compiled, values: Mapping[str, Any]) -> Any:
    merged = dict(compiled.fixed)
    merged.update(values)
    for name, processor in compiled.binds:
        merged[name] = processor(merged[name])
    return [merged[name] for name in compiled.order] if compiled.order else merged


def _processed(row: Sequence[Any], processors: _Converting) -> tuple[Any, ...]:
    """The row with each converting column converted, the others left as the driver gave them."""
    values = list(row)
    for i, processor in processors:
        values[i] = processor(values[i])
    return tuple(values)


def _execute(connection: Connection, cursor: Any, sql: str, parameters: Any, many: bool) -> None:
    """The driver's execute, seen by the engine's cursor listeners, its errors raised as SQLAlchemy's."""
    dispatch = connection.dispatch
    if dispatch.before_cursor_execute:  # statement counters in tests, tracing
        dispatch.before_cursor_execute(connection, cursor, sql, parameters, None, many)
    dialect = connection.dialect
    try:
        if many:
            cursor.executemany(sql, parameters)
        else:
            cursor.execute(sql, parameters)
    except dialect.loaded_dbapi.Error as error:
        wrapped = exc.DBAPIError.instance(
            sql, parameters, error, dialect.loaded_dbapi.Error, hide_parameters=True, dialect=dialect
        )
        hide_error_detail(error, wrapped)
        raise wrapped from error
    if dispatch.after_cursor_execute:
        dispatch.after_cursor_execute(connection, cursor, sql, parameters, None, many)
