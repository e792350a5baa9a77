"""Run Alembic migrations from code (make run, tests, `flask --app web migrate`)."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine

# Alembic (with Mako and Pygments, about 10 MB) is imported when a migration or the
# schema check runs, not by every process that imports the CLI.
if TYPE_CHECKING:
    from alembic.config import Config as AlembicConfig

MIGRATIONS = Path(__file__).resolve().parent.parent / "migrations"


def alembic_config(url: str) -> AlembicConfig:
    from alembic.config import Config as AlembicConfig

    config = AlembicConfig()
    config.set_main_option("script_location", str(MIGRATIONS))
    # Passed as an attribute, not an option: ConfigParser would mangle '%' in passwords.
    config.attributes["database_url"] = url
    return config


def upgrade(url: str, revision: str = "head", time_zone: str | None = None) -> None:
    """Create or migrate the database at `url` to `revision`; tallies new to it count days in `time_zone`."""
    from alembic import command

    config = alembic_config(url)
    config.attributes["time_zone"] = time_zone
    command.upgrade(config, revision)


def schema_problem(engine: Engine, url: str) -> str | None:
    """Why the database cannot be used by this version of Heard, or None when it is up to date."""
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    quiet = logging.getLogger("alembic.runtime.migration")
    level = quiet.level
    quiet.setLevel(logging.WARNING)  # its "Context impl" lines mean nothing before every command
    try:
        with engine.connect() as connection:
            found = set(MigrationContext.configure(connection).get_current_heads())
    finally:
        quiet.setLevel(level)
    expected = set(ScriptDirectory.from_config(alembic_config(url)).get_heads())
    if found == expected:
        return None
    if not found:
        return "the database has no tables yet"
    found_, expected_ = ", ".join(sorted(found)), ", ".join(sorted(expected))
    return f"the database is at migration {found_}, this version needs {expected_}"
