"""Empty a PostgreSQL test database between tests, touching only what the last test used.

`TRUNCATE` makes new files for every table and index it empties, full or not: over the suite's
25-odd tables it cost most of a PostgreSQL test's time (0.2-1 s, more on a busy disk). A test
writes to a handful of tables and few rows, so this deletes the rows of the tables that hold any
(children first) and restarts the sequences that moved: the same end state as
`TRUNCATE … RESTART IDENTITY`, empty tables and ids from 1, at a few milliseconds.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import Connection, bindparam, text

# Tables with triggers of Heard's own (the append-only audit log, the answer tallies).
_TRIGGERED = text("""
    SELECT DISTINCT c.relname FROM pg_trigger g JOIN pg_class c ON c.oid = g.tgrelid
    WHERE NOT g.tgisinternal AND c.relnamespace = current_schema()::regnamespace
""")

# Sequences owned by the given tables (serial / identity columns) that have handed out a value.
_USED_SEQUENCES = text("""
    SELECT quote_ident(s.relname)
    FROM pg_class s
    JOIN pg_depend d ON d.classid = 'pg_class'::regclass AND d.objid = s.oid AND d.deptype IN ('a', 'i')
    JOIN pg_class t ON t.oid = d.refobjid
    JOIN pg_sequences q ON q.schemaname = current_schema() AND q.sequencename = s.relname
    WHERE s.relkind = 'S' AND s.relnamespace = current_schema()::regnamespace
      AND t.relname IN :tables AND q.last_value IS NOT NULL
""").bindparams(bindparam("tables", expanding=True))


def empty_tables(connection: Connection, tables: Sequence[str]) -> None:
    """Empty `tables` (parents before children, as in Base.metadata.sorted_tables) and restart their ids.

    Runs in the caller's transaction; the caller's role must own the tables (it migrated them).
    """
    quote = connection.dialect.identifier_preparer.quote
    holding_rows = " UNION ALL ".join(
        f"SELECT {i} WHERE EXISTS (SELECT 1 FROM {quote(name)})" for i, name in enumerate(tables)
    )
    full = {tables[i] for i in connection.execute(text(holding_rows)).scalars()}
    triggered = set(connection.execute(_TRIGGERED).scalars())
    statements = []
    for name in reversed(tables):  # children first: no foreign key is left pointing at a deleted row
        if name not in full:
            continue
        if name in triggered:
            # Their triggers refuse deletes (audit_log) or write tallies of what is deleted (answers):
            # this is a reset, not something the application does.
            statements += [f"ALTER TABLE {quote(name)} DISABLE TRIGGER USER", f"DELETE FROM {quote(name)}"]
            statements += [f"ALTER TABLE {quote(name)} ENABLE TRIGGER USER"]
        else:
            statements.append(f"DELETE FROM {quote(name)}")
    # A sequence also moves when its rows are rolled back: restart every one that moved.
    sequences = connection.execute(_USED_SEQUENCES, {"tables": list(tables)}).scalars()
    statements += [f"ALTER SEQUENCE {sequence} RESTART" for sequence in sequences]
    if statements:
        connection.execute(text("; ".join(statements)))
