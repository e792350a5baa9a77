"""Database engine and sessions: SQLite (WAL, BEGIN IMMEDIATE) or PostgreSQL by URL."""

from __future__ import annotations

import sqlite3
import time
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any, TypeVar, cast

from sqlalchemy import CursorResult, Engine, Result, create_engine, event, exc, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

# How long a transaction waits for SQLite's write lock before "database is locked".
WRITE_LOCK_WAIT_SECONDS = 15.0


def _unicode_lower(value: object) -> object:
    return value.lower() if isinstance(value, str) else value


# An execution option marking a connection whose transactions only read (see `_on_begin`).
READ_ONLY = "heard_read_only"


def _prepare_sqlite(engine: Engine) -> None:
    """SQLAlchemy's documented pysqlite recipe for several processes writing at once."""

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record):
        # Let SQLAlchemy, not the driver, decide when transactions begin.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute(f"PRAGMA busy_timeout={int(WRITE_LOCK_WAIT_SECONDS * 1000)}")
        cursor.execute("PRAGMA foreign_keys=ON")
        # Deleted rows are overwritten with zeros, not left readable in free pages (erasure).
        cursor.execute("PRAGMA secure_delete=ON")
        # From here on `_begin_immediate` does the waiting (see there).
        cursor.execute("PRAGMA busy_timeout=0")
        cursor.close()
        # SQLite's lower() folds only ASCII; comment search must match "Ŵyr" to "ŵyr" too.
        dbapi_connection.create_function("lower", 1, _unicode_lower, deterministic=True)

    @event.listens_for(engine, "begin")
    def _on_begin(connection):
        if connection.get_execution_options().get(READ_ONLY):
            # A read takes no write lock: in WAL it neither waits for a writer nor
            # holds one up (a year's dashboard at 1M answers reads for over a second).
            connection.exec_driver_sql("BEGIN DEFERRED")
            return
        # A deferred BEGIN that later writes can fail with "database is locked";
        # taking the write lock up front makes concurrent writers queue instead.
        _begin_immediate(connection)


def _begin_immediate(connection) -> None:
    """BEGIN IMMEDIATE, waiting up to WRITE_LOCK_WAIT_SECONDS for another writer to finish.

    SQLite's own busy handler sleeps 1, 2, 5, 10, 15… ms between tries, so a
    worker waiting behind a 3 ms transaction often sleeps 8 ms: two gunicorn
    workers then spend more time asleep than working. Polling every 0.05–1 ms
    takes the lock within a fraction of a millisecond of its release. Once
    BEGIN IMMEDIATE has succeeded, nothing else in a WAL transaction waits.
    """
    raw = connection.connection.driver_connection
    deadline = time.monotonic() + WRITE_LOCK_WAIT_SECONDS
    pause = 0.00005
    while time.monotonic() < deadline:
        try:
            raw.execute("BEGIN IMMEDIATE")
            return
        except sqlite3.OperationalError as error:
            if not _is_busy(error):
                break
        time.sleep(pause)
        pause = min(pause * 2, 0.001)
    # The last try through SQLAlchemy, so a failure is its usual OperationalError.
    connection.exec_driver_sql("BEGIN IMMEDIATE")


def _is_busy(error: sqlite3.OperationalError) -> bool:
    return getattr(error, "sqlite_errorname", "") == "SQLITE_BUSY" or "locked" in str(error)


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
    from models.pg_binary import send_lists_binary  # psycopg: only a PostgreSQL worker needs it

    engine = create_engine(url, **kwargs)
    _ping_after_idle(engine)
    event.listen(engine, "handle_error", _hide_error_detail)
    event.listen(engine, "connect", send_lists_binary)
    return engine


# A pooled connection that sat idle this long is pinged before use (it may have been
# dropped: a database restart, a firewall's idle timeout). One in use moments ago is
# not: pool_pre_ping's round trip on every checkout was a tenth of a webhook's time.
PING_AFTER_IDLE_SECONDS = 2.0


def _ping_after_idle(engine: Engine) -> None:
    """pool_pre_ping, but only for connections idle for PING_AFTER_IDLE_SECONDS or more."""

    @event.listens_for(engine, "checkin")
    def _on_checkin(_dbapi_connection, record) -> None:
        record.info["idle_since"] = time.monotonic()

    @event.listens_for(engine, "checkout")
    def _on_checkout(dbapi_connection, record, _proxy) -> None:
        idle_since = record.info.pop("idle_since", None)
        if idle_since is None or time.monotonic() - idle_since < PING_AFTER_IDLE_SECONDS:
            return  # new, or used moments ago
        try:
            engine.dialect.do_ping(dbapi_connection)
        except engine.dialect.loaded_dbapi.Error as error:
            # The pool drops this connection and checks out a new one (SQLAlchemy's recipe).
            raise exc.DisconnectionError() from error


def _hide_error_detail(context) -> None:
    hide_error_detail(context.original_exception, context.sqlalchemy_exception)


def hide_error_detail(original: BaseException, wrapped: BaseException | None) -> None:
    """PostgreSQL's DETAIL quotes the offending values ("Key (phone)=(+44…) already exists")."""
    detail = getattr(getattr(original, "diag", None), "message_detail", None)
    if not detail:
        return
    for error in (original, wrapped):
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

    def begin(self) -> AbstractContextManager[Session]:
        """`with db.begin() as session:` commits on success, rolls back on error."""
        return self.Session.begin()

    def dispose(self) -> None:
        self.engine.dispose()

    def after_fork(self) -> None:
        """In a process forked from the one that made this: start a pool of its own.

        The inherited connections are the parent's; closing them here would close
        them under the parent, so they are only forgotten (SQLAlchemy's recipe).
        """
        self.engine.dispose(close=False)


def insert_ignoring(dialect: str, target: Any) -> Any:
    """The dialect's INSERT construct, which has on_conflict_do_nothing()."""
    if dialect == "postgresql":
        from sqlalchemy.dialects import postgresql

        return postgresql.insert(target)
    from sqlalchemy.dialects import sqlite

    return sqlite.insert(target)


_Row = TypeVar("_Row")


def insert_ignore(
    session: Session, model: type[_Row], values: dict, conflict_columns: list[str]
) -> _Row | None:
    """INSERT … ON CONFLICT DO NOTHING on either dialect; the new row (as an ORM object), or None."""
    statement = insert_ignoring(session.get_bind().dialect.name, model)
    statement = statement.values(**values).on_conflict_do_nothing(index_elements=conflict_columns)
    # RETURNING, not rowcount: the ORM's insert path reports rowcount -1 on psycopg.
    return session.execute(statement.returning(model)).scalar()


def rowcount(result: Result[Any]) -> int:
    """How many rows an UPDATE or DELETE touched (its Result is a CursorResult; the stubs say Result)."""
    return cast("CursorResult[Any]", result).rowcount
