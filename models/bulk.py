"""Set-based writes and look-ups for batches: one statement a table, whatever the batch size.

PostgreSQL: one INSERT/UPDATE over unnest()ed arrays (binary parameters), values
every row shares sent once. SQLite: one executemany through the driver, shared
numbers and times written into the SQL. Real INSERTs and UPDATEs either way, so the tables'
triggers fire for every row. The caller owns the transaction.
"""

from __future__ import annotations

import json
import typing
from collections.abc import Iterable, Sequence
from datetime import datetime
from itertools import repeat
from typing import Any

from sqlalchemy import (
    ARRAY,
    ClauseElement,
    Column,
    ColumnElement,
    Integer,
    String,
    Table,
    any_,
    bindparam,
    cast,
    func,
    insert,
    literal,
    literal_column,
    select,
    update,
)
from sqlalchemy import column as sql_column
from sqlalchemy.dialects.postgresql import REGCLASS
from sqlalchemy.orm import QueryableAttribute, Session
from sqlalchemy.sql.compiler import Compiled, SQLCompiler
from sqlalchemy.sql.selectable import TableValuedAlias
from sqlalchemy.types import NullType, TypeEngine


class Ints(list):
    """The ints of one array parameter, sent by `models.pg_binary`'s packed dumper."""


def among(
    session: Session, column: ColumnElement[Any] | QueryableAttribute[Any], values: list
) -> ColumnElement[bool]:
    """`column IN values` for a batch's worth of ids (or strings), as one parameter.

    `in_(values)` renders a placeholder per value, on every execution; on PostgreSQL the
    query is also too long for psycopg's parse cache. An array (PostgreSQL) or a JSON list
    (SQLite's json_each) is one parameter, and both still search the column's index.
    """
    if session.connection().dialect.name == "postgresql":
        return column == any_(_array(None, list(values), column.type))
    return column.in_(select(each_of(session, values, column.type).c.value))


def each_of(session: Session, values: list, type_: TypeEngine) -> TableValuedAlias:
    """`values` (of SQL type `type_`) as a one-column table, `.c.value`, from one parameter."""
    if session.connection().dialect.name == "postgresql":
        return (
            func.unnest(_array(None, list(values), type_))
            .table_valued(sql_column("value", type_))
            .render_derived()
        )
    return func.json_each(bindparam(None, json.dumps(list(values)), type_=String)).table_valued("value")


def table_of(model: type) -> Table:
    """A mapped class's Table (declarative classes have one; `type` does not say so)."""
    return model.__table__  # type: ignore[attr-defined]


def insert_many(session: Session, model: type, rows: list[dict]) -> list[int]:
    """INSERT many rows (dicts with the same keys) in a few statements; their new ids, in order."""
    table = table_of(model)
    if session.connection().dialect.name == "sqlite":
        # SQLite's RETURNING cannot tell which row is which in a multi-row INSERT, so
        # SQLAlchemy would send one INSERT per row. Every write transaction holds the
        # write lock from BEGIN IMMEDIATE (above): the ids after the largest are ours.
        first = (session.scalar(select(func.coalesce(func.max(table.c.id), 0))) or 0) + 1
        ids = list(range(first, first + len(rows)))
    else:
        # Taken from the table's own sequence, so concurrent writers never collide. The
        # sequence is looked up once (a subquery), not once per id: 1 µs an id, not 5.
        sequence = select(cast(func.pg_get_serial_sequence(table.name, "id"), REGCLASS)).scalar_subquery()
        taken = select(func.array_agg(func.nextval(sequence))).select_from(func.generate_series(1, len(rows)))
        ids = sorted(session.scalar(taken) or ())  # one array, not a row per id
    _insert(session, table, {"id": ids} | {key: [row[key] for row in rows] for key in rows[0]}, {})
    return ids


def insert_rows(
    session: Session, model: type, keys: Sequence[str], rows: list[tuple], **shared: object
) -> None:
    """INSERT a row for each tuple in `rows` (its values for `keys`), each with the `shared` values too.

    One statement over arrays on PostgreSQL, one executemany on SQLite: real INSERTs
    either way, so the tables' triggers fire for every row.
    """
    if rows:
        _insert(session, table_of(model), _by_column(keys, rows), shared)


def update_rows(
    session: Session, model: type, keys: Sequence[str], rows: list[tuple], **shared: object
) -> None:
    """UPDATE by id: each tuple in `rows` holds a row's values for `keys`, the first being "id".

    Every row also gets the `shared` values.
    """
    if not rows:
        return
    table = table_of(model)
    columns, shared = _split(_by_column(keys, rows), shared)
    if session.connection().dialect.name == "sqlite":
        changes = _sqlite_values(session, table, columns, shared)
        del changes["id"]
        statement = update(table).where(table.c.id == bindparam("id")).values(changes)
        _executemany(session, statement, columns, shared)
        return
    given = select(*(_unnest(table.c[key], values).label(key) for key, values in columns.items())).subquery()
    changes = {key: given.c[key] for key in columns if key != "id"}
    changes |= {key: bindparam(f"one_{key}", value, type_=table.c[key].type) for key, value in shared.items()}
    session.execute(update(table).where(table.c.id == given.c.id).values(changes))


def _by_column(keys: Sequence[str], rows: list[tuple]) -> dict[str, list]:
    return dict(zip(keys, map(list, zip(*rows, strict=True)), strict=True))


def _insert(session: Session, table: Table, columns: dict[str, list], shared: dict[str, object]) -> None:
    """INSERT a row for each position in `columns` ({column: its value row by row}), with `shared` on all."""
    columns, shared = _split(columns, shared | _defaults(table, {**columns, **shared}))
    if session.connection().dialect.name == "sqlite":
        statement = insert(table).values(_sqlite_values(session, table, columns, shared))
        _executemany(session, statement, columns, shared)
        return
    # A multi-row VALUES list costs psycopg a parse per statement; arrays are one short query.
    given = {key: _unnest(table.c[key], values) for key, values in columns.items()}
    given |= {key: bindparam(f"one_{key}", value, type_=table.c[key].type) for key, value in shared.items()}
    session.execute(insert(table).from_select(list(given), select(*given.values())))


def _split(columns: dict[str, list], shared: dict[str, object]) -> tuple[dict[str, list], dict[str, object]]:
    """Move each column whose rows all have the same value into `shared`: sent once, not row by row.

    Most of what a sweep writes is like that (status, times, channel). The first column
    stays: its length is the number of rows.
    """
    first, *others = columns
    varying = {first: columns[first]}
    for key in others:
        values = columns[key]
        if values.count(values[0]) == len(values):
            shared = shared | {key: values[0]}
        else:
            varying[key] = values
    return varying, shared


def _unnest(column: Column, values: list) -> ColumnElement:
    """unnest() of one typed array parameter holding a column's values row by row."""
    return func.unnest(_array(f"all_{column.key}", values, column.type))


def _array(name: str | None, values: list, type_: TypeEngine) -> ColumnElement:
    """One array parameter of `values`, as `type_[]`; ints go by `Ints`."""
    if isinstance(type_, Integer) and values and None not in values:
        # No SQLAlchemy type: its ARRAY would copy the list, element by element.
        return cast(bindparam(name, Ints(values), type_=NullType()), ARRAY(type_))
    return cast(bindparam(name, values, type_=ARRAY(type_)), ARRAY(type_))


def _defaults(table: Table, given: dict[str, object]) -> dict[str, object]:
    """The Python-side defaults of the columns not `given`: once for the whole batch."""
    defaults = {}
    for column in table.c:
        if column.key not in given and column.default is not None:
            default = column.default
            arg = default.arg  # type: ignore[attr-defined]  # a ColumnDefault: the stubs name its base
            defaults[column.key] = arg(None) if default.is_callable else arg
    return defaults


def _sqlite_values(session: Session, table: Table, columns: dict[str, list], shared: dict) -> dict:
    """A parameter for each of `columns` and each shared text; other shared values written into the SQL.

    executemany binds every parameter again on every row, so a shared number, time or
    NULL is rendered once, as SQLAlchemy's literal for its type (times in UTC). Text
    stays a parameter: it is never spliced into SQL.
    """
    dialect = session.connection().dialect
    values: dict[str, Any] = {key: bindparam(key, type_=table.c[key].type) for key in columns}
    for key, value in shared.items():
        if value is None or isinstance(value, int | float | datetime):
            rendered = literal(value, table.c[key].type).compile(
                dialect=dialect, compile_kwargs={"literal_binds": True}
            )
            values[key] = literal_column(str(rendered))
        else:
            values[key] = bindparam(key, type_=table.c[key].type)
    return values


def cast_compiled(compiled: Compiled) -> SQLCompiler:
    """An INSERT or UPDATE compiles to a SQLCompiler (positiontup, binds); the stubs say Compiled."""
    return typing.cast(SQLCompiler, compiled)


def _executemany(session: Session, statement: ClauseElement, columns: dict[str, list], shared: dict) -> None:
    """`statement` once per row of `columns` ({parameter: its value row by row}), by the driver's executemany.

    SQLAlchemy's executemany puts each value of each row through its parameter
    machinery (most of a sweep's time on SQLite); here each column's values are
    converted in one pass, and a `shared` value once.
    """
    connection = session.connection()
    dialect = connection.dialect
    compiled = cast_compiled(statement.compile(dialect=dialect))
    count = len(next(iter(columns.values())))
    values: list[Iterable[Any]] = []
    for name in compiled.positiontup or ():
        process = compiled.binds[name].type.dialect_impl(dialect).bind_processor(dialect)
        if name in shared:
            values.append(repeat(process(shared[name]) if process else shared[name], count))
        else:
            values.append(map(process, columns[name]) if process else columns[name])
    connection.exec_driver_sql(compiled.string, list(zip(*values, strict=True)))
