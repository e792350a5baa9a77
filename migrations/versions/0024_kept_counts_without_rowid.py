"""kept counts without rowid on SQLite: each row stored in its primary key's own B-tree

Revision ID: 0024_kept_counts_without_rowid
Revises: 0023_comment_tallies

The dashboard reads `answer_tallies`, `answer_rollups`, `comment_tallies` and
`comment_rollups` by ranges of their primary key. As ordinary SQLite tables, each
row lives in a rowid B-tree and its key again in the primary key's index, so every
row read was an index entry and then a look-up of the rowid for `n`. WITHOUT ROWID
keeps the whole row in the key's B-tree: one look-up a row read, and one B-tree,
not two, for each upsert the triggers make. SQLite cannot change this in place, so
each table is rebuilt: renamed aside, created again, copied, and its own triggers
made again. PostgreSQL has no rowid; nothing changes there.
"""

from alembic import op

revision = "0024_kept_counts_without_rowid"
down_revision = "0023_comment_tallies"
branch_labels = None
depends_on = None

TABLES = ("answer_tallies", "answer_rollups", "comment_tallies", "comment_rollups")
WITHOUT_ROWID = " WITHOUT ROWID"


def _rebuild(table: str, without_rowid: bool) -> None:
    """Make `table` again with or without a rowid, with the same rows, indexes and triggers."""
    connection = op.get_bind()
    create = connection.exec_driver_sql(
        "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)
    ).scalar_one()
    # Its own triggers and indexes go with the old table; the ones made on it come back.
    extras = connection.exec_driver_sql(
        "SELECT sql FROM sqlite_master WHERE type IN ('trigger', 'index') AND tbl_name = ? AND sql IS NOT NULL",
        (table,),
    ).all()
    create = create.removesuffix(WITHOUT_ROWID) + (WITHOUT_ROWID if without_rowid else "")
    # Legacy renaming leaves other tables' triggers naming `table` as they are: they write
    # to the new table once it has the name.
    op.execute("PRAGMA legacy_alter_table = ON")
    op.execute(f"ALTER TABLE {table} RENAME TO {table}_before")
    op.execute(create)
    op.execute(f"INSERT INTO {table} SELECT * FROM {table}_before")
    op.execute(f"DROP TABLE {table}_before")
    for (statement,) in extras:
        op.execute(statement)
    op.execute("PRAGMA legacy_alter_table = OFF")


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for table in TABLES:
            _rebuild(table, without_rowid=True)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for table in TABLES:
            _rebuild(table, without_rowid=False)
