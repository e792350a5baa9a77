"""Database engine and sessions: SQLite (WAL, BEGIN IMMEDIATE) or PostgreSQL by URL."""

from __future__ import annotations

import json
from itertools import repeat
from pathlib import Path

from psycopg.types.array import ListBinaryDumper
from sqlalchemy import (
    ARRAY,
    ColumnElement,
    Engine,
    Executable,
    String,
    Table,
    any_,
    bindparam,
    cast,
    create_engine,
    event,
    func,
    insert,
    select,
    text,
    update,
)
from sqlalchemy.dialects.postgresql import REGCLASS
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker


def _unicode_lower(value: object) -> object:
    return value.lower() if isinstance(value, str) else value


def _prepare_sqlite(engine: Engine) -> None:
    """SQLAlchemy's documented pysqlite recipe for several processes writing at once."""

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record):  # noqa: ANN001
        # Let SQLAlchemy, not the driver, decide when transactions begin.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA busy_timeout=15000")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.close()
        # SQLite's lower() folds only ASCII; comment search must match "Ŵyr" to "ŵyr" too.
        dbapi_connection.create_function("lower", 1, _unicode_lower, deterministic=True)

    @event.listens_for(engine, "begin")
    def _on_begin(connection):  # noqa: ANN001
        # A deferred BEGIN that later writes can fail with "database is locked";
        # taking the write lock up front makes concurrent writers queue instead.
        connection.exec_driver_sql("BEGIN IMMEDIATE")


def make_engine(url: str, **kwargs: object) -> Engine:
    """An Engine for `url`; creates the SQLite file's folder when needed."""
    parsed = make_url(url)
    # SQL errors would otherwise quote their parameters: phone numbers, chat ids, replies.
    kwargs.setdefault("hide_parameters", True)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, **kwargs)
        _prepare_sqlite(engine)
        return engine
    if parsed.drivername == "postgresql":
        url = parsed.set(drivername="postgresql+psycopg").render_as_string(hide_password=False)
    engine = create_engine(url, pool_pre_ping=True, **kwargs)
    event.listen(engine, "handle_error", _hide_error_detail)
    event.listen(engine, "connect", _send_lists_binary)
    return engine


def _send_lists_binary(dbapi_connection, _record) -> None:  # noqa: ANN001
    """Array parameters (the bulk writes below) in PostgreSQL's binary format.

    psycopg writes a text array element by element in Python, testing each for
    quoting with a regex: five times slower than binary for a sweep's batch.
    """
    dbapi_connection.adapters.register_dumper(list, ListBinaryDumper)


def _hide_error_detail(context) -> None:  # noqa: ANN001 - an ExceptionContext
    """PostgreSQL's DETAIL quotes the offending values ("Key (phone)=(+44…) already exists")."""
    detail = getattr(getattr(context.original_exception, "diag", None), "message_detail", None)
    if not detail:
        return
    for error in (context.original_exception, context.sqlalchemy_exception):
        if error is not None and error.args and isinstance(error.args[0], str):
            hidden = error.args[0].replace(detail, "(hidden: it may quote personal data)")
            error.args = (hidden, *error.args[1:])


class Database:
    """One engine and its session factory; the caller owns each transaction."""

    def __init__(self, url: str, **engine_kwargs: object) -> None:
        self.url = url
        self.engine = make_engine(url, **engine_kwargs)
        self.Session = sessionmaker(self.engine, expire_on_commit=False)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def ping(self) -> bool:
        """True when the database answers a trivial query."""
        try:
            with self.engine.connect() as connection:
                connection.execute(text("SELECT 1"))
            return True
        except Exception:  # noqa: BLE001 - any failure means "not healthy"
            return False

    def begin(self) -> Session:
        """`with db.begin() as session:` commits on success, rolls back on error."""
        return self.Session.begin()

    def dispose(self) -> None:
        self.engine.dispose()


def insert_ignore(session: Session, model: type, values: dict, conflict_columns: list[str]) -> object | None:
    """INSERT … ON CONFLICT DO NOTHING on either dialect; the new row (as an ORM object), or None."""
    if session.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    statement = insert(model).values(**values).on_conflict_do_nothing(index_elements=conflict_columns)
    # RETURNING, not rowcount: the ORM's insert path reports rowcount -1 on psycopg.
    return session.execute(statement.returning(model)).scalar()


def among(session: Session, column: ColumnElement, values: list) -> ColumnElement[bool]:
    """`column IN values` for a batch's worth of ids (or strings), as one parameter.

    `in_(values)` renders a placeholder per value, on every execution; on PostgreSQL the
    query is also too long for psycopg's parse cache. An array (PostgreSQL) or a JSON list
    (SQLite's json_each) is one parameter, and both still search the column's index.
    """
    if session.connection().dialect.name == "postgresql":
        array = bindparam(None, list(values), type_=ARRAY(column.type))
        return column == any_(cast(array, ARRAY(column.type)))
    listed = func.json_each(bindparam(None, json.dumps(list(values)), type_=String)).table_valued("value")
    return column.in_(select(listed.c.value))


def insert_many(session: Session, model: type, rows: list[dict]) -> list[int]:
    """INSERT many rows in a few statements; their new ids, in the order of `rows`."""
    table = model.__table__
    if session.connection().dialect.name == "sqlite":
        # SQLite's RETURNING cannot tell which row is which in a multi-row INSERT, so
        # SQLAlchemy would send one INSERT per row. Every write transaction holds the
        # write lock from BEGIN IMMEDIATE (above): the ids after the largest are ours.
        first = session.scalar(select(func.coalesce(func.max(table.c.id), 0))) + 1
        ids = list(range(first, first + len(rows)))
    else:
        # Taken from the table's own sequence, so concurrent writers never collide. The
        # sequence is looked up once (a subquery), not once per id: 1 µs an id, not 5.
        sequence = select(cast(func.pg_get_serial_sequence(table.name, "id"), REGCLASS)).scalar_subquery()
        taken = select(func.array_agg(func.nextval(sequence))).select_from(func.generate_series(1, len(rows)))
        ids = sorted(session.scalar(taken))  # one array, not a row per id
    _insert(session, table, {"id": ids, **_by_column(rows)})
    return ids


def insert_all(session: Session, model: type, rows: list[dict]) -> None:
    """INSERT many rows (all with the same keys) in one statement on PostgreSQL, one executemany on SQLite.

    Real INSERTs either way, so the tables' triggers fire for every row.
    """
    if rows:
        _insert(session, model.__table__, _by_column(rows))


def update_by_id(session: Session, model: type, rows: list[dict]) -> None:
    """UPDATE many rows by id, each with its own values (every row with the same keys)."""
    if not rows:
        return
    table = model.__table__
    values = _by_column(rows)
    values = {"id": values.pop("id"), **values}
    if session.connection().dialect.name == "sqlite":
        changes = {key: bindparam(key, type_=table.c[key].type) for key in values if key != "id"}
        _executemany(session, update(table).where(table.c.id == bindparam("id")).values(changes), values)
        return
    arrays, constants = _columns(table, values)
    given = select(*(array.label(key) for key, array in arrays.items())).subquery()
    changes = {key: given.c[key] for key in arrays if key != "id"} | constants
    session.execute(update(table).where(table.c.id == given.c.id).values(changes))


def _by_column(rows: list[dict]) -> dict[str, list]:
    return {key: [row[key] for row in rows] for key in rows[0]}


def _insert(session: Session, table: Table, values: dict[str, list]) -> None:
    """INSERT one row for each position in `values` ({column: its value on every row})."""
    count = len(next(iter(values.values())))
    values |= {key: [default] * count for key, default in _defaults(table, values).items()}
    if session.connection().dialect.name == "sqlite":
        given = {key: bindparam(key, type_=table.c[key].type) for key in values}
        _executemany(session, insert(table).values(given), values)
        return
    # A multi-row VALUES list costs psycopg a parse per statement; arrays are one short query.
    arrays, constants = _columns(table, values)
    given = {**arrays, **constants}
    session.execute(insert(table).from_select(list(given), select(*given.values())))


def _defaults(table: Table, values: dict[str, list]) -> dict[str, object]:
    """The Python-side defaults of the columns `values` leaves out: once for the whole batch."""
    defaults = {}
    for column in table.c:
        if column.key not in values and column.default is not None:
            default = column.default
            defaults[column.key] = default.arg(None) if default.is_callable else default.arg
    return defaults


def _executemany(session: Session, statement: Executable, values: dict[str, list]) -> None:
    """`statement` once per row, through the driver's executemany.

    SQLAlchemy's executemany puts each value of each row through its parameter
    machinery (most of a sweep's time on SQLite); here each column's values are
    converted in one pass, and a value every row shares only once.
    """
    connection = session.connection()
    dialect = connection.dialect
    compiled = statement.compile(dialect=dialect)
    count = len(next(iter(values.values())))
    columns = []
    for name in compiled.positiontup:
        given = values[name]
        process = compiled.binds[name].type.dialect_impl(dialect).bind_processor(dialect)
        if _all_equal(given):
            columns.append(repeat(process(given[0]) if process else given[0], count))
        else:
            columns.append(map(process, given) if process else given)
    connection.exec_driver_sql(compiled.string, list(zip(*columns, strict=True)))


def _columns(table: Table, values: dict[str, list]) -> tuple[dict, dict]:
    """({column: unnest() of a typed array of its values}, {column: its one value}).

    A column with the same value on every row (status, times, channel: most of what a
    sweep writes) is sent as one parameter, not an array. The first column is always
    an array: its length is the number of rows.
    """
    arrays, constants = {}, {}
    for index, (key, given) in enumerate(values.items()):
        column = table.c[key]
        if index and _all_equal(given):
            constants[key] = bindparam(f"one_{key}", given[0], type_=column.type)
        else:
            array = bindparam(f"all_{key}", given, type_=ARRAY(column.type))
            arrays[key] = func.unnest(cast(array, ARRAY(column.type)))
    return arrays, constants


def _all_equal(values: list) -> bool:
    return values.count(values[0]) == len(values)
