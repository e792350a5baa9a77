"""PostgreSQL's answer tally fires on INSERT only for an answer it counts

Revision ID: 0025_counted_insert_trigger
Revises: 0024_kept_counts_without_rowid

`answers_tally` (0005_admin_tallies) ran `heard_answers_tally()` for every answer
inserted, and the function then found nothing to count for a comment, a skipped
or an unclear answer: a plpgsql call for nothing on most of a survey's inserts.
The INSERT now has a trigger of its own whose WHEN is the function's own test, so
PostgreSQL checks it without entering plpgsql; DELETE and UPDATE keep the old
trigger. The function is unchanged and every tally stays as it is. SQLite's
triggers have had their WHEN since 0005: nothing changes there.
"""

from alembic import op

revision = "0025_counted_insert_trigger"
down_revision = "0024_kept_counts_without_rowid"
branch_labels = None
depends_on = None

COUNTED = "NOT {a}.skipped AND {a}.value IS NOT NULL AND ({a}.value_num IS NOT NULL OR {a}.value IN ('yes', 'no', 'partly'))"
CHANGES = "DELETE OR UPDATE OF conversation_id, question_id, value, value_num, skipped"


def _postgres() -> bool:
    return op.get_bind().dialect.name == "postgresql"


def upgrade() -> None:
    if not _postgres():
        return
    op.execute("DROP TRIGGER answers_tally ON answers")
    op.execute(
        f"""CREATE TRIGGER answers_tally AFTER {CHANGES} ON answers
        FOR EACH ROW EXECUTE FUNCTION heard_answers_tally()"""
    )
    op.execute(
        f"""CREATE TRIGGER answers_tally_insert AFTER INSERT ON answers
        FOR EACH ROW WHEN ({COUNTED.format(a="NEW")}) EXECUTE FUNCTION heard_answers_tally()"""
    )


def downgrade() -> None:
    if not _postgres():
        return
    op.execute("DROP TRIGGER answers_tally_insert ON answers")
    op.execute("DROP TRIGGER answers_tally ON answers")
    op.execute(
        f"""CREATE TRIGGER answers_tally AFTER INSERT OR {CHANGES} ON answers
        FOR EACH ROW EXECUTE FUNCTION heard_answers_tally()"""
    )
