"""A freshly migrated, EMPTY database for a benchmark (PostgreSQL's public schema is dropped)."""

from __future__ import annotations

from sqlalchemy import text

from models.db import Database
from models.migrate import upgrade


def fresh_database(url: str) -> Database:
    """Wipe and migrate the database at `url`: only ever point this at a scratch database."""
    database = Database(url)
    if database.dialect == "postgresql":
        with database.engine.begin() as connection:
            connection.execute(text("DROP SCHEMA public CASCADE"))
            connection.execute(text("CREATE SCHEMA public"))
    upgrade(url)
    return database
