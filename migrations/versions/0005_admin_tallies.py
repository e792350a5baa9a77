"""answer tallies kept by triggers, for the dashboard

Revision ID: 0005_admin_tallies
Revises: 0004_admin

The triggers keep answer_tallies exact whoever writes answers or conversations
(see models/tallies.py). A conversation being deleted first deletes its answers
itself, so they are counted out while the conversation is still there.
"""

from alembic import op
import sqlalchemy as sa


revision = "0005_admin_tallies"
down_revision = "0004_admin"
branch_labels = None
depends_on = None

COUNTED = "NOT {a}.skipped AND {a}.value IS NOT NULL AND ({a}.value_num IS NOT NULL OR {a}.value IN ('yes', 'no', 'partly'))"
KEY = "(survey_id, day, team, channel, question_id, value)"

SQLITE_DAY = "substr({c}.started_at, 1, 10)"
POSTGRES_DAY = "to_char({c}.started_at AT TIME ZONE 'UTC', 'YYYY-MM-DD')"


def _add_answer(day: str, row: str, delta: str, only_if: str = "true") -> str:
    """Upsert one answer (NEW or OLD) into its conversation's group, if that conversation counts."""
    return f"""
        INSERT INTO answer_tallies {KEY[:-1]}, n)
        SELECT c.survey_id, {day.format(c="c")}, coalesce(c.team, ''), c.channel, {row}.question_id, {row}.value, {delta}
        FROM conversations c WHERE c.id = {row}.conversation_id AND NOT c.is_test AND {only_if}
        ON CONFLICT {KEY} DO UPDATE SET n = answer_tallies.n + excluded.n"""


def _move_conversation(day: str, row: str, sign: str) -> str:
    """Upsert all of one conversation's counted answers (OLD: out, NEW: in)."""
    return f"""
        INSERT INTO answer_tallies {KEY[:-1]}, n)
        SELECT {row}.survey_id, {day.format(c=row)}, coalesce({row}.team, ''), {row}.channel,
               a.question_id, a.value, {sign}count(*)
        FROM answers a WHERE a.conversation_id = {row}.id AND NOT {row}.is_test AND {COUNTED.format(a="a")}
        GROUP BY a.question_id, a.value
        ON CONFLICT {KEY} DO UPDATE SET n = answer_tallies.n + excluded.n"""


CONVERSATION_CHANGED = (
    "OLD.survey_id IS NOT NEW.survey_id OR OLD.team IS NOT NEW.team OR OLD.channel IS NOT NEW.channel "
    "OR OLD.is_test IS NOT NEW.is_test OR OLD.started_at IS NOT NEW.started_at"
)


def _sqlite_triggers() -> list[str]:
    day = SQLITE_DAY
    return [
        f"""CREATE TRIGGER answers_tally_insert AFTER INSERT ON answers WHEN {COUNTED.format(a="NEW")}
        BEGIN {_add_answer(day, "NEW", "1")}; END""",
        f"""CREATE TRIGGER answers_tally_delete AFTER DELETE ON answers WHEN {COUNTED.format(a="OLD")}
        BEGIN {_add_answer(day, "OLD", "-1")}; END""",
        f"""CREATE TRIGGER answers_tally_update
        AFTER UPDATE OF conversation_id, question_id, value, value_num, skipped ON answers
        BEGIN
          {_add_answer(day, "OLD", "-1", COUNTED.format(a="OLD"))};
          {_add_answer(day, "NEW", "1", COUNTED.format(a="NEW"))};
        END""",
        """CREATE TRIGGER conversations_tally_delete BEFORE DELETE ON conversations
        BEGIN DELETE FROM answers WHERE conversation_id = OLD.id; END""",
        f"""CREATE TRIGGER conversations_tally_update
        AFTER UPDATE OF survey_id, team, channel, is_test, started_at ON conversations
        WHEN {CONVERSATION_CHANGED}
        BEGIN {_move_conversation(day, "OLD", "-")}; {_move_conversation(day, "NEW", "")}; END""",
    ]


def _postgres_triggers() -> list[str]:
    day = POSTGRES_DAY
    changed = CONVERSATION_CHANGED.replace("IS NOT", "IS DISTINCT FROM")
    return [
        f"""CREATE OR REPLACE FUNCTION heard_answers_tally() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF TG_OP IN ('UPDATE', 'DELETE') AND {COUNTED.format(a="OLD")} THEN {_add_answer(day, "OLD", "-1")}; END IF;
          IF TG_OP IN ('UPDATE', 'INSERT') AND {COUNTED.format(a="NEW")} THEN {_add_answer(day, "NEW", "1")}; END IF;
          RETURN NULL;
        END $$""",
        """CREATE TRIGGER answers_tally AFTER INSERT OR DELETE
        OR UPDATE OF conversation_id, question_id, value, value_num, skipped ON answers
        FOR EACH ROW EXECUTE FUNCTION heard_answers_tally()""",
        """CREATE OR REPLACE FUNCTION heard_conversations_tally_delete() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN DELETE FROM answers WHERE conversation_id = OLD.id; RETURN OLD; END $$""",
        """CREATE TRIGGER conversations_tally_delete BEFORE DELETE ON conversations
        FOR EACH ROW EXECUTE FUNCTION heard_conversations_tally_delete()""",
        f"""CREATE OR REPLACE FUNCTION heard_conversations_tally_update() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN {_move_conversation(day, "OLD", "-")}; {_move_conversation(day, "NEW", "")}; RETURN NULL; END $$""",
        f"""CREATE TRIGGER conversations_tally_update
        AFTER UPDATE OF survey_id, team, channel, is_test, started_at ON conversations
        FOR EACH ROW WHEN ({changed}) EXECUTE FUNCTION heard_conversations_tally_update()""",
    ]


def upgrade() -> None:
    op.create_table(
        "answer_tallies",
        sa.Column("survey_id", sa.String(length=64), nullable=False),
        sa.Column("day", sa.String(length=10), nullable=False),
        sa.Column("team", sa.String(length=64), nullable=False),
        sa.Column("channel", sa.String(length=16), nullable=False),
        sa.Column("question_id", sa.String(length=64), nullable=False),
        sa.Column("value", sa.String(length=64), nullable=False),
        sa.Column("n", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint(
            "survey_id", "day", "team", "channel", "question_id", "value", name=op.f("pk_answer_tallies")
        ),
    )
    postgres = op.get_bind().dialect.name == "postgresql"
    day = POSTGRES_DAY if postgres else SQLITE_DAY
    # Count what is already there, then let the triggers keep it up to date.
    op.execute(
        f"""INSERT INTO answer_tallies {KEY[:-1]}, n)
        SELECT c.survey_id, {day.format(c="c")}, coalesce(c.team, ''), c.channel, a.question_id, a.value, count(*)
        FROM answers a JOIN conversations c ON c.id = a.conversation_id
        WHERE NOT c.is_test AND {COUNTED.format(a="a")}
        GROUP BY c.survey_id, {day.format(c="c")}, coalesce(c.team, ''), c.channel, a.question_id, a.value"""
    )
    for statement in _postgres_triggers() if postgres else _sqlite_triggers():
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS answers_tally ON answers")
        op.execute("DROP TRIGGER IF EXISTS conversations_tally_delete ON conversations")
        op.execute("DROP TRIGGER IF EXISTS conversations_tally_update ON conversations")
        for function in ("heard_answers_tally", "heard_conversations_tally_delete", "heard_conversations_tally_update"):
            op.execute(f"DROP FUNCTION IF EXISTS {function}()")
    else:
        for trigger in (
            "answers_tally_insert",
            "answers_tally_delete",
            "answers_tally_update",
            "conversations_tally_delete",
            "conversations_tally_update",
        ):
            op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    op.drop_table("answer_tallies")
