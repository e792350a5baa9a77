"""The Alembic migrations build exactly the schema the models describe."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect

import models


def test_migrated_database_matches_the_models(db):
    with db.engine.connect() as connection:
        context = MigrationContext.configure(connection)
        differences = compare_metadata(context, models.Base.metadata)
    assert differences == []


def _where(clause: object) -> str | None:
    """An index predicate as comparable text: no parentheses, spaces or case."""
    if clause is None:
        return None
    return "".join(ch for ch in str(clause).lower() if ch not in "() ")


def test_partial_indexes_have_the_models_where(db):
    """compare_metadata ignores an index's WHERE: check each one against the models."""
    option = f"{db.dialect}_where"
    inspector = inspect(db.engine)
    for table in models.Base.metadata.sorted_tables:
        migrated = {index["name"]: index for index in inspector.get_indexes(table.name)}
        for index in table.indexes:
            expected = _where(index.dialect_options[db.dialect].get("where"))
            assert _where(migrated[index.name]["dialect_options"].get(option)) == expected, index.name
