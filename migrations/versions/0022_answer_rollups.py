"""answer roll-ups: the daily tallies summed by local week, kept by triggers

Revision ID: 0022_answer_rollups
Revises: 0021_summary_indexes

A year read from `answer_tallies` is tens of thousands of daily rows added up on
every request. `answer_rollups` holds the same counts per week (from Monday) of the
same local days, so a long period reads its whole weeks plus the days of its two
partial ends (models/tallies.py). Triggers on `answer_tallies` itself keep it exact:
whatever changes a daily tally (an answer, a conversation moving, the zone's
recount) changes its week by the same amount. Weeks only, not months as well: every
roll-up row is updated by many answers, and a second, hotter row per answer doubled
that write cost for the less used monthly trend. What is already there is summed
from the daily tallies.
"""

import sqlalchemy as sa
from alembic import op

revision = "0022_answer_rollups"
down_revision = "0021_summary_indexes"
branch_labels = None
depends_on = None

KEY = "(survey_id, week, team, channel, question_id, value)"
TALLY_KEY = ("survey_id", "day", "team", "channel", "question_id", "value")
# The Monday of a 'YYYY-MM-DD' day's week, as 'YYYY-MM-DD'.
WEEK = {
    "sqlite": "date({d}, '-6 days', 'weekday 1')",
    "postgresql": "to_char({d}::date - (({d}::date - DATE '2000-01-03') % 7), 'YYYY-MM-DD')",
}
SQLITE_TRIGGERS = (
    "answer_tallies_rollup_insert",
    "answer_tallies_rollup_update",
    "answer_tallies_rollup_move",
    "answer_tallies_rollup_delete",
)


def _add(dialect: str, row: str, n: str) -> str:
    """Add `n` to the week of one tally row (NEW or OLD)."""
    week = WEEK[dialect].format(d=f"{row}.day")
    return f"""
        INSERT INTO answer_rollups {KEY[:-1]}, n)
        VALUES ({row}.survey_id, {week}, {row}.team, {row}.channel, {row}.question_id, {row}.value, {n})
        ON CONFLICT {KEY} DO UPDATE SET n = answer_rollups.n + excluded.n"""


def _same_key(is_same: str) -> str:
    return " AND ".join(f"OLD.{c} {is_same} NEW.{c}" for c in TALLY_KEY)


def _sqlite_triggers() -> list[str]:
    same = _same_key("IS")
    return [
        f"""CREATE TRIGGER answer_tallies_rollup_insert AFTER INSERT ON answer_tallies
        BEGIN {_add("sqlite", "NEW", "NEW.n")}; END""",
        f"""CREATE TRIGGER answer_tallies_rollup_update AFTER UPDATE ON answer_tallies
        WHEN {same} AND NEW.n IS NOT OLD.n
        BEGIN {_add("sqlite", "NEW", "NEW.n - OLD.n")}; END""",
        f"""CREATE TRIGGER answer_tallies_rollup_move AFTER UPDATE ON answer_tallies WHEN NOT ({same})
        BEGIN {_add("sqlite", "OLD", "-OLD.n")}; {_add("sqlite", "NEW", "NEW.n")}; END""",
        f"""CREATE TRIGGER answer_tallies_rollup_delete AFTER DELETE ON answer_tallies
        BEGIN {_add("sqlite", "OLD", "-OLD.n")}; END""",
    ]


def _postgres_triggers() -> list[str]:
    same = _same_key("IS NOT DISTINCT FROM")
    return [
        f"""CREATE OR REPLACE FUNCTION heard_answer_tallies_rollup() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF TG_OP = 'UPDATE' AND {same} THEN
            IF NEW.n <> OLD.n THEN {_add("postgresql", "NEW", "NEW.n - OLD.n")}; END IF;
            RETURN NULL;
          END IF;
          IF TG_OP IN ('UPDATE', 'DELETE') THEN {_add("postgresql", "OLD", "-OLD.n")}; END IF;
          IF TG_OP IN ('UPDATE', 'INSERT') THEN {_add("postgresql", "NEW", "NEW.n")}; END IF;
          RETURN NULL;
        END $$""",
        """CREATE TRIGGER answer_tallies_rollup AFTER INSERT OR UPDATE OR DELETE ON answer_tallies
        FOR EACH ROW EXECUTE FUNCTION heard_answer_tallies_rollup()""",
    ]


def upgrade() -> None:
    op.create_table(
        "answer_rollups",
        sa.Column("survey_id", sa.String(length=64), nullable=False),
        sa.Column("week", sa.String(length=10), nullable=False),
        sa.Column("team", sa.String(length=64), nullable=False),
        sa.Column("channel", sa.String(length=16), nullable=False),
        sa.Column("question_id", sa.String(length=64), nullable=False),
        sa.Column("value", sa.String(length=64), nullable=False),
        sa.Column("n", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint(*KEY[1:-1].split(", "), name=op.f("pk_answer_rollups")),
    )
    dialect = op.get_bind().dialect.name
    week = WEEK[dialect].format(d="day")
    # What is already there, summed from the daily tallies; the triggers keep it after.
    op.execute(
        f"""INSERT INTO answer_rollups {KEY[:-1]}, n)
        SELECT survey_id, {week}, team, channel, question_id, value, sum(n)
        FROM answer_tallies GROUP BY survey_id, {week}, team, channel, question_id, value"""
    )
    triggers = _postgres_triggers() if dialect == "postgresql" else _sqlite_triggers()
    for statement in triggers:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS answer_tallies_rollup ON answer_tallies")
        op.execute("DROP FUNCTION IF EXISTS heard_answer_tallies_rollup()")
    else:
        for name in SQLITE_TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.drop_table("answer_rollups")
