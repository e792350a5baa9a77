"""comment tallies: comments counted per local day, team, channel, sentiment and theme, kept by triggers

Revision ID: 0023_comment_tallies
Revises: 0022_answer_rollups

The dashboard's comment panel counted every comment of the period (answers joined
to conversations, then to their themes) on each request, so its cost grew with
the comments. `comment_tallies` holds those counts, kept exact by triggers on
answers, answer_themes and conversations the way 0016_local_day_tallies keeps
answer_tallies: a comment (an answer with a sentiment and a value, in a
conversation that is not a test) is one row with theme '' under its
conversation's survey, local day, team ('' for none) and channel, plus one row per
theme it has. An answer's rows go out BEFORE it is deleted, while its themes are
still there to count; a theme deleted after its answer (the cascade) finds no
answer and changes nothing. What is already there is counted here.

`comment_rollups` holds the same counts summed by local week (its Monday), kept by
triggers on comment_tallies as 0022_answer_rollups keeps answer_rollups: a day grain
hardly compresses comments (a year at 300,000 answers was 35,000 daily rows for
28,000 comments), a week's does, so a long period reads its whole weeks there.
"""

import sqlalchemy as sa
from alembic import op

revision = "0023_comment_tallies"
down_revision = "0022_answer_rollups"
branch_labels = None
depends_on = None

# Day first: the comment panel reads a range of days across every survey.
COLUMNS = ("day", "survey_id", "team", "channel", "sentiment", "theme")
KEY = "(" + ", ".join(COLUMNS) + ")"
INTO = "INSERT INTO comment_tallies (survey_id, day, team, channel, sentiment, theme, n)"
UPSERT = f"ON CONFLICT {KEY} DO UPDATE SET n = comment_tallies.n + excluded.n"
COMMENT = "{a}.sentiment IS NOT NULL AND {a}.value IS NOT NULL"
OFFSET = (
    "coalesce((SELECT o.offset_seconds FROM local_day_offsets o WHERE o.starts_at <= {c}.started_at "
    "ORDER BY o.starts_at DESC LIMIT 1), 0)"
)
# The local day a conversation started, as 0016_local_day_tallies files answers.
LOCAL_DAY = {
    "sqlite": "date({c}.started_at, " + OFFSET + " || ' seconds')",
    "postgresql": "to_char(({c}.started_at AT TIME ZONE 'UTC') + make_interval(secs => "
    + OFFSET
    + "), 'YYYY-MM-DD')",
}
CONVERSATION_CHANGED = (
    "OLD.survey_id IS NOT NEW.survey_id OR OLD.team IS NOT NEW.team OR OLD.channel IS NOT NEW.channel "
    "OR OLD.is_test IS NOT NEW.is_test OR OLD.started_at IS NOT NEW.started_at"
)
ANSWER_CHANGED = (
    "OLD.conversation_id IS NOT NEW.conversation_id OR OLD.sentiment IS NOT NEW.sentiment "
    "OR (OLD.value IS NULL) IS NOT (NEW.value IS NULL)"
)
# The Monday of a 'YYYY-MM-DD' day's week, as 'YYYY-MM-DD' (as 0022_answer_rollups).
WEEK = {
    "sqlite": "date({d}, '-6 days', 'weekday 1')",
    "postgresql": "to_char({d}::date - (({d}::date - DATE '2000-01-03') % 7), 'YYYY-MM-DD')",
}
ROLLUP_COLUMNS = ("week", "survey_id", "team", "channel", "sentiment", "theme")
ROLLUP_KEY = "(" + ", ".join(ROLLUP_COLUMNS) + ")"
SQLITE_TRIGGERS = (
    "comment_tallies_rollup_insert",
    "comment_tallies_rollup_update",
    "comment_tallies_rollup_move",
    "comment_tallies_rollup_delete",
    "answers_comment_insert",
    "answers_comment_delete",
    "answers_comment_update",
    "answer_themes_comment_insert",
    "answer_themes_comment_delete",
    "answer_themes_comment_update",
    "conversations_comment_update",
)
POSTGRES_TRIGGERS = {
    "comment_tallies_rollup": "comment_tallies",
    "answers_comment_insert": "answers",
    "answers_comment_update": "answers",
    "answers_comment_delete": "answers",
    "answer_themes_comment": "answer_themes",
    "conversations_comment_update": "conversations",
}
POSTGRES_FUNCTIONS = (
    "heard_comment_tallies_rollup",
    "heard_answers_comment_tally",
    "heard_answer_themes_comment_tally",
    "heard_conversations_comment_tally",
)


def _to_week(dialect: str, row: str, n: str) -> str:
    """Add `n` to the week of one comment_tallies row (NEW or OLD)."""
    week = WEEK[dialect].format(d=f"{row}.day")
    values = ", ".join(f"{row}.{c}" for c in COLUMNS).replace(f"{row}.day", week)
    return f"""INSERT INTO comment_rollups {ROLLUP_KEY[:-1]}, n) VALUES ({values}, {n})
        ON CONFLICT {ROLLUP_KEY} DO UPDATE SET n = comment_rollups.n + excluded.n"""


def _rollup_triggers(dialect: str) -> list[str]:
    if dialect == "postgresql":
        same = " AND ".join(f"OLD.{c} IS NOT DISTINCT FROM NEW.{c}" for c in COLUMNS)
        return [
            f"""CREATE OR REPLACE FUNCTION heard_comment_tallies_rollup() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              IF TG_OP = 'UPDATE' AND {same} THEN
                IF NEW.n <> OLD.n THEN {_to_week(dialect, "NEW", "NEW.n - OLD.n")}; END IF;
                RETURN NULL;
              END IF;
              IF TG_OP IN ('UPDATE', 'DELETE') THEN {_to_week(dialect, "OLD", "-OLD.n")}; END IF;
              IF TG_OP IN ('UPDATE', 'INSERT') THEN {_to_week(dialect, "NEW", "NEW.n")}; END IF;
              RETURN NULL;
            END $$""",
            """CREATE TRIGGER comment_tallies_rollup AFTER INSERT OR UPDATE OR DELETE ON comment_tallies
            FOR EACH ROW EXECUTE FUNCTION heard_comment_tallies_rollup()""",
        ]
    same = " AND ".join(f"OLD.{c} IS NEW.{c}" for c in COLUMNS)
    return [
        f"""CREATE TRIGGER comment_tallies_rollup_insert AFTER INSERT ON comment_tallies
        BEGIN {_to_week(dialect, "NEW", "NEW.n")}; END""",
        f"""CREATE TRIGGER comment_tallies_rollup_update AFTER UPDATE ON comment_tallies
        WHEN {same} AND NEW.n IS NOT OLD.n
        BEGIN {_to_week(dialect, "NEW", "NEW.n - OLD.n")}; END""",
        f"""CREATE TRIGGER comment_tallies_rollup_move AFTER UPDATE ON comment_tallies WHEN NOT ({same})
        BEGIN {_to_week(dialect, "OLD", "-OLD.n")}; {_to_week(dialect, "NEW", "NEW.n")}; END""",
        f"""CREATE TRIGGER comment_tallies_rollup_delete AFTER DELETE ON comment_tallies
        BEGIN {_to_week(dialect, "OLD", "-OLD.n")}; END""",
    ]


def _answer(day: str, row: str, sign: str, only_if: str = "true") -> str:
    """Add (sign '') or take away (sign '-') one comment and its themes under its conversation."""
    where = f"c.id = {row}.conversation_id AND NOT c.is_test AND {only_if}"
    group = f"c.survey_id, {day.format(c='c')}, coalesce(c.team, ''), c.channel, {row}.sentiment"
    return f"""{INTO}
        SELECT {group}, '', {sign}1 FROM conversations c WHERE {where}
        UNION ALL
        SELECT {group}, t.theme, {sign}1 FROM conversations c JOIN answer_themes t ON t.answer_id = {row}.id
        WHERE {where}
        {UPSERT}"""


def _theme(day: str, row: str, sign: str) -> str:
    """Add or take away one theme row of a comment (nothing when its answer is gone or not a comment)."""
    return f"""{INTO}
        SELECT c.survey_id, {day.format(c="c")}, coalesce(c.team, ''), c.channel, a.sentiment, {row}.theme, {sign}1
        FROM answers a JOIN conversations c ON c.id = a.conversation_id
        WHERE a.id = {row}.answer_id AND NOT c.is_test AND {COMMENT.format(a="a")}
        {UPSERT}"""


def _conversation(day: str, row: str, sign: str) -> str:
    """Add or take away all of one conversation's comments and their themes."""
    return f"""{INTO}
        SELECT {row}.survey_id, {day.format(c=row)}, coalesce({row}.team, ''), {row}.channel,
               k.sentiment, k.theme, {sign}count(*)
        FROM (
          SELECT a.sentiment, '' AS theme FROM answers a
          WHERE a.conversation_id = {row}.id AND {COMMENT.format(a="a")}
          UNION ALL
          SELECT a.sentiment, t.theme FROM answers a JOIN answer_themes t ON t.answer_id = a.id
          WHERE a.conversation_id = {row}.id AND {COMMENT.format(a="a")}
        ) k
        WHERE NOT {row}.is_test
        GROUP BY k.sentiment, k.theme
        {UPSERT}"""


def recount_sql(day: str) -> str:
    """Every comment and theme counted from the answers (the backfill)."""
    return f"""{INTO}
        SELECT survey_id, day, team, channel, sentiment, theme, count(*) FROM (
          SELECT c.survey_id, {day.format(c="c")} AS day, coalesce(c.team, '') AS team, c.channel,
                 a.sentiment, coalesce(t.theme, '') AS theme
          FROM answers a JOIN conversations c ON c.id = a.conversation_id
          LEFT JOIN (SELECT answer_id, theme FROM answer_themes
                     UNION ALL SELECT id, NULL FROM answers) t ON t.answer_id = a.id
          WHERE NOT c.is_test AND {COMMENT.format(a="a")}
        ) counted
        GROUP BY survey_id, day, team, channel, sentiment, theme"""


def _sqlite_triggers(day: str) -> list[str]:
    return [
        f"""CREATE TRIGGER answers_comment_insert AFTER INSERT ON answers WHEN {COMMENT.format(a="NEW")}
        BEGIN {_answer(day, "NEW", "")}; END""",
        f"""CREATE TRIGGER answers_comment_delete BEFORE DELETE ON answers WHEN {COMMENT.format(a="OLD")}
        BEGIN {_answer(day, "OLD", "-")}; END""",
        f"""CREATE TRIGGER answers_comment_update AFTER UPDATE OF conversation_id, value, sentiment ON answers
        WHEN {ANSWER_CHANGED}
        BEGIN
          {_answer(day, "OLD", "-", COMMENT.format(a="OLD"))};
          {_answer(day, "NEW", "", COMMENT.format(a="NEW"))};
        END""",
        f"""CREATE TRIGGER answer_themes_comment_insert AFTER INSERT ON answer_themes
        BEGIN {_theme(day, "NEW", "")}; END""",
        f"""CREATE TRIGGER answer_themes_comment_delete AFTER DELETE ON answer_themes
        BEGIN {_theme(day, "OLD", "-")}; END""",
        f"""CREATE TRIGGER answer_themes_comment_update AFTER UPDATE ON answer_themes
        BEGIN {_theme(day, "OLD", "-")}; {_theme(day, "NEW", "")}; END""",
        f"""CREATE TRIGGER conversations_comment_update
        AFTER UPDATE OF survey_id, team, channel, is_test, started_at ON conversations
        WHEN {CONVERSATION_CHANGED}
        BEGIN {_conversation(day, "OLD", "-")}; {_conversation(day, "NEW", "")}; END""",
    ]


def _postgres_triggers(day: str) -> list[str]:
    old, new = COMMENT.format(a="OLD"), COMMENT.format(a="NEW")
    answer_changed = ANSWER_CHANGED.replace("IS NOT", "IS DISTINCT FROM")
    conversation_changed = CONVERSATION_CHANGED.replace("IS NOT", "IS DISTINCT FROM")
    return [
        f"""CREATE OR REPLACE FUNCTION heard_answers_comment_tally() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF TG_OP = 'DELETE' THEN
            IF {old} THEN {_answer(day, "OLD", "-")}; END IF;
            RETURN OLD;
          END IF;
          IF TG_OP = 'UPDATE' AND {old} THEN {_answer(day, "OLD", "-")}; END IF;
          IF {new} THEN {_answer(day, "NEW", "")}; END IF;
          RETURN NEW;
        END $$""",
        """CREATE TRIGGER answers_comment_delete BEFORE DELETE ON answers
        FOR EACH ROW EXECUTE FUNCTION heard_answers_comment_tally()""",
        f"""CREATE TRIGGER answers_comment_insert AFTER INSERT ON answers
        FOR EACH ROW WHEN ({new}) EXECUTE FUNCTION heard_answers_comment_tally()""",
        f"""CREATE TRIGGER answers_comment_update AFTER UPDATE OF conversation_id, value, sentiment ON answers
        FOR EACH ROW WHEN ({answer_changed}) EXECUTE FUNCTION heard_answers_comment_tally()""",
        f"""CREATE OR REPLACE FUNCTION heard_answer_themes_comment_tally() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF TG_OP IN ('UPDATE', 'DELETE') THEN {_theme(day, "OLD", "-")}; END IF;
          IF TG_OP IN ('UPDATE', 'INSERT') THEN {_theme(day, "NEW", "")}; END IF;
          RETURN NULL;
        END $$""",
        """CREATE TRIGGER answer_themes_comment AFTER INSERT OR UPDATE OR DELETE ON answer_themes
        FOR EACH ROW EXECUTE FUNCTION heard_answer_themes_comment_tally()""",
        f"""CREATE OR REPLACE FUNCTION heard_conversations_comment_tally() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN {_conversation(day, "OLD", "-")}; {_conversation(day, "NEW", "")}; RETURN NULL; END $$""",
        f"""CREATE TRIGGER conversations_comment_update
        AFTER UPDATE OF survey_id, team, channel, is_test, started_at ON conversations
        FOR EACH ROW WHEN ({conversation_changed}) EXECUTE FUNCTION heard_conversations_comment_tally()""",
    ]


def upgrade() -> None:
    op.create_table(
        "comment_tallies",
        *(sa.Column(name, sa.String(length=64), nullable=False) for name in COLUMNS),
        sa.Column("n", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint(*COLUMNS, name=op.f("pk_comment_tallies")),
    )
    op.create_table(
        "comment_rollups",
        *(sa.Column(name, sa.String(length=64), nullable=False) for name in ROLLUP_COLUMNS),
        sa.Column("n", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint(*ROLLUP_COLUMNS, name=op.f("pk_comment_rollups")),
    )
    dialect = op.get_bind().dialect.name
    day = LOCAL_DAY[dialect]
    for statement in _rollup_triggers(dialect):  # first, so the count below fills the weeks too
        op.execute(statement)
    op.execute(recount_sql(day))
    for statement in _postgres_triggers(day) if dialect == "postgresql" else _sqlite_triggers(day):
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for trigger, table in POSTGRES_TRIGGERS.items():
            op.execute(f"DROP TRIGGER IF EXISTS {trigger} ON {table}")
        for function in POSTGRES_FUNCTIONS:
            op.execute(f"DROP FUNCTION IF EXISTS {function}()")
    else:
        for name in SQLITE_TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.drop_table("comment_tallies")
    op.drop_table("comment_rollups")
