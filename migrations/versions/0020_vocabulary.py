"""vocabulary: one word per meaning (resident, service contact, outreach message)

contacts -> residents, followups -> service_contacts, prompts -> outreach_messages;
every contact_id -> resident_id, followup_id -> service_contact_id,
prompt_id -> outreach_message_id; and the indexes, constraints and sequences
named after them, so the names follow the models' naming convention. Only
renames: no row is copied or changed.

Revision ID: 0020_vocabulary
Revises: 0019_callbacks
"""

import re

import sqlalchemy as sa
from alembic import op

revision = "0020_vocabulary"
down_revision = "0019_callbacks"
branch_labels = None
depends_on = None

TABLES = {"contacts": "residents", "followups": "service_contacts", "prompts": "outreach_messages"}
COLUMNS = {"contact_id": "resident_id", "followup_id": "service_contact_id", "prompt_id": "outreach_message_id"}
# The words inside index, constraint and sequence names, `_`-separated.
WORDS = {
    "contacts": "residents",
    "contact": "resident",
    "followups": "service_contacts",
    "followup": "service_contact",
    "prompts": "outreach_messages",
    "prompt": "outreach_message",
}


def _renamer(words: dict[str, str]):
    # Not after "service_": a name already renamed stays as it is.
    pattern = re.compile(
        r"(?<![A-Za-z0-9])(?<!service_)(" + "|".join(sorted(words, key=len, reverse=True)) + r")(?![A-Za-z0-9])"
    )
    return lambda name: pattern.sub(lambda m: words[m.group(1)], name)


FORWARD = _renamer(WORDS)
BACKWARD = _renamer({new: old for old, new in WORDS.items()})


def upgrade() -> None:
    _rename(TABLES, COLUMNS, FORWARD)


def downgrade() -> None:
    _rename({v: k for k, v in TABLES.items()}, {v: k for k, v in COLUMNS.items()}, BACKWARD)


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _rename(tables: dict[str, str], columns: dict[str, str], rename) -> None:
    bind = op.get_bind()
    for old, new in tables.items():
        op.execute(f"ALTER TABLE {_q(old)} RENAME TO {_q(new)}")
    inspector = sa.inspect(bind)
    names = inspector.get_table_names()
    for table in names:
        for column in inspector.get_columns(table):
            if column["name"] in columns:
                op.execute(f"ALTER TABLE {_q(table)} RENAME COLUMN {_q(column['name'])} TO {_q(columns[column['name']])}")
    if bind.dialect.name == "postgresql":
        _rename_postgresql_objects(bind, rename)
    else:
        _rename_sqlite_objects(bind, rename)


def _rename_postgresql_objects(bind, rename) -> None:
    # An index behind a unique or primary-key constraint is renamed with its
    # constraint, so the plain indexes are listed first.
    plain = {
        kind: list(
            bind.execute(
                sa.text(
                    "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                    "WHERE n.nspname = current_schema() AND c.relkind = :kind "
                    "AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = c.oid AND k.contype IN ('p', 'u'))"
                ),
                {"kind": kind},
            ).scalars()
        )
        for kind in ("i", "S")
    }
    constraints = bind.execute(
        sa.text(
            "SELECT c.conname, t.relname FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid "
            "JOIN pg_namespace n ON n.oid = t.relnamespace WHERE n.nspname = current_schema()"
        )
    ).all()
    for name, table in constraints:
        if rename(name) != name:
            op.execute(f"ALTER TABLE {_q(table)} RENAME CONSTRAINT {_q(name)} TO {_q(rename(name))}")
    for kind, statement in (("i", "INDEX"), ("S", "SEQUENCE")):
        for name in plain[kind]:
            if rename(name) != name:
                op.execute(f"ALTER {statement} {_q(name)} RENAME TO {_q(rename(name))}")


def _rename_sqlite_objects(bind, rename) -> None:
    # SQLite has already moved foreign keys and index columns with the renames;
    # what is left is names: an index is dropped and made again under its new
    # name, and constraint names inside a table's CREATE statement are rewritten.
    indexes = bind.execute(
        sa.text("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL")
    ).all()
    for name, sql in indexes:
        if rename(name) != name:
            op.execute(f"DROP INDEX {_q(name)}")
            op.execute(sql.replace(name, rename(name), 1))
    tables = bind.execute(sa.text("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND sql IS NOT NULL")).all()
    constraint = re.compile(r'(CONSTRAINT\s+)("?)(\w+)("?)', re.IGNORECASE)
    changed = {}
    for table, sql in tables:
        new_sql = constraint.sub(lambda m: m.group(1) + m.group(2) + rename(m.group(3)) + m.group(4), sql)
        if new_sql != sql:
            changed[table] = new_sql
    if changed:
        # The documented way to change what ALTER TABLE cannot: the stored
        # CREATE statement, in the same transaction, with the schema version bumped.
        version = bind.execute(sa.text("PRAGMA schema_version")).scalar()
        bind.execute(sa.text("PRAGMA writable_schema = ON"))
        for table, sql in changed.items():
            bind.execute(
                sa.text("UPDATE sqlite_master SET sql = :sql WHERE type = 'table' AND name = :name"),
                {"sql": sql, "name": table},
            )
        bind.execute(sa.text(f"PRAGMA schema_version = {int(version) + 1}"))
        bind.execute(sa.text("PRAGMA writable_schema = OFF"))
