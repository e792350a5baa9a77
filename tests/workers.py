"""Running the suite on several pytest-xdist workers: each worker gets a PostgreSQL database of its own.

`make test` runs two workers (gw0, gw1). On SQLite each test already copies its own database
file into its own temp dir; on PostgreSQL two workers emptying the same tables would wipe each
other's rows mid-test, so worker gwN uses `<database>_gwN` on the same server, as the same role.
"""

from __future__ import annotations

import os

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

# Set by pytest-xdist in each worker process ("gw0", "gw1", …); absent in a serial run.
WORKER = os.environ.get("PYTEST_XDIST_WORKER", "")


def database_url_for_worker(url: str, worker: str = WORKER) -> str:
    """The database this worker uses on the server `url` names: `url` itself in a serial run."""
    if not worker:
        return url
    parsed = make_url(url)
    return parsed.set(database=f"{parsed.database}_{worker}").render_as_string(hide_password=False)


def recreate_database(server_url: str, url: str) -> None:
    """Drop and create `url`'s database, connected through `server_url` (a database that exists)."""
    name = make_url(url).database
    assert name and name != make_url(server_url).database, "refusing to drop the database we connect to"
    engine = create_engine(server_url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as connection:
            quoted = connection.dialect.identifier_preparer.quote(name)
            # FORCE: a worker killed last run may have left a connection open.
            connection.execute(text(f"DROP DATABASE IF EXISTS {quoted} WITH (FORCE)"))
            connection.execute(text(f"CREATE DATABASE {quoted}"))
    finally:
        engine.dispose()
