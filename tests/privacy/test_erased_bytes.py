"""After erasure or a retention run, no byte of the person is left in the SQLite files (issue 21, finding 5).

SQLite keeps deleted rows in freed pages and old copies in the -wal file unless
secure_delete is on and the WAL is checkpointed: these tests read the files themselves.
"""

from __future__ import annotations

import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.engine import make_url

from models import Alert, AlertEvent, Resident
from tests.admin_support import make_user, post_form, sign_in
from tests.factories import T0, send

PHONE = "+447700900777"
SURVEY = ["Hello Quokkaberry", "2", "yes a lot", "2", "not sure", "yes", "Zephyrlime staff were kind"]
ALERT_TEXT = "I want to die Marmalisk"
NOTE = "Notewort rang her sister"
ERASED = [PHONE, "7700900777", "Quokkaberry", "Zephyrlime", "Marmalisk", "Notewort"]


@pytest.fixture(autouse=True)
def sqlite_built_without_secure_delete(monkeypatch: pytest.MonkeyPatch) -> None:
    """Debian's SQLite zeroes deleted content by default; many builds do not. Test as one that does not."""
    connect = sqlite3.dbapi2.connect

    def connect_without(*args, **kwargs):
        connection = connect(*args, **kwargs)
        connection.execute("PRAGMA secure_delete=OFF")
        return connection

    monkeypatch.setattr(sqlite3.dbapi2, "connect", connect_without)  # what SQLAlchemy calls


@pytest.fixture
def files(database_url: str) -> list[Path]:
    if not database_url.startswith("sqlite"):
        pytest.skip("reads SQLite's files; PostgreSQL's VACUUM is described in docs/privacy.md")
    path = Path(make_url(database_url).database)
    return [path, path.with_name(path.name + "-wal")]


def left_in(files: list[Path], words: list[str]) -> list[str]:
    """The words still readable anywhere in the database files (the `strings` of the issue)."""
    data = b"".join(f.read_bytes() for f in files if f.exists())
    return [w for w in words if w.encode() in data]


def resident_with_alert_and_note(db, config, at=T0) -> None:
    for i, text in enumerate([*SURVEY, ALERT_TEXT]):
        send(db, config, text, channel="sms", address=PHONE, at=at + timedelta(minutes=i))
    with db.begin() as session:
        alert = session.scalar(select(Alert))
        alert.status = "closed"
        alert.events.append(AlertEvent(kind="note", note=NOTE, at=at))
    # As SQLite's automatic checkpoints do in use: the rows reach the main file, not only the WAL.
    raw = db.engine.raw_connection()
    try:
        raw.driver_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        raw.close()


def test_erasure_in_the_admin_leaves_no_byte_of_them(app, client, db, config, files):
    resident_with_alert_and_note(db, config)
    assert left_in(files, ERASED) == ERASED  # the check can see them before
    make_user(db, "root@example.org", "admin")
    sign_in(client, "root@example.org")
    with db.begin() as session:
        public_id = session.scalar(select(Resident.public_id))
    page = f"/admin/people/{public_id}"
    erased = post_form(client, page, f"{page}/erase", {"confirm": "ERASE"})
    assert erased.status_code == 302
    assert left_in(files, ERASED) == []  # right after, with the app's connections still open
    app.extensions["heard"].db.dispose()
    db.dispose()
    assert left_in(files, ERASED) == []  # and after the server stops


def test_erasure_from_the_command_line_leaves_no_byte_of_them(db, config, runner, files):
    resident_with_alert_and_note(db, config)
    result = runner.invoke(args=["erase-person", "--phone", "07700 900777", "--yes"])
    assert result.exit_code == 0, result.output
    assert left_in(files, ERASED) == []


RETENTION_RUNS = [["apply-retention"], ["scheduler", "--once"]]


@pytest.mark.parametrize("command", RETENTION_RUNS, ids=["by hand", "scheduler"])
def test_a_retention_run_leaves_no_byte_of_what_it_deleted(db, config, runner, files, command):
    # Long enough ago for every default rule: contact details (90 days), message logs (180 days).
    resident_with_alert_and_note(db, config, at=T0 - timedelta(days=800))
    gone = [PHONE, "7700900777", "Quokkaberry", "Marmalisk"]  # answers stay by default: not Zephyrlime
    assert left_in(files, gone) == gone
    result = runner.invoke(args=command)
    assert result.exit_code == 0, result.output
    with db.begin() as session:
        assert session.scalar(select(Resident)) is None
    assert left_in(files, gone) == []
