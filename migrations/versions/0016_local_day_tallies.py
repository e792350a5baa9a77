"""answer tallies by the organisation's local day, not the UTC day

Revision ID: 0016_local_day_tallies
Revises: 0012_send_slots

`local_day_offsets` holds when each UTC offset of the organisation's time zone
starts (1900 to 2100, worked out with zoneinfo, since SQLite has no time zone
database). The tally triggers now file an answer under the local day its
conversation started: the UTC time plus the offset of its stretch. Every tally
is recounted that way. The zone is the one `models.migrate.upgrade` is given
(config.yaml's organisation.time_zone), Europe/London otherwise; the app's
`migrate` command recounts when config.yaml names another (models/tallies.py).
"""

import math
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from alembic import context, op

revision = "0016_local_day_tallies"
down_revision = "0012_send_slots"
branch_labels = None
depends_on = None

DEFAULT_ZONE = "Europe/London"
TABLE_FROM, TABLE_UNTIL = datetime(1900, 1, 1, tzinfo=UTC), datetime(2100, 1, 1, tzinfo=UTC)

COUNTED = "NOT {a}.skipped AND {a}.value IS NOT NULL AND ({a}.value_num IS NOT NULL OR {a}.value IN ('yes', 'no', 'partly'))"
KEY = "(survey_id, day, team, channel, question_id, value)"
OFFSET = (
    "coalesce((SELECT o.offset_seconds FROM local_day_offsets o WHERE o.starts_at <= {c}.started_at "
    "ORDER BY o.starts_at DESC LIMIT 1), 0)"
)
LOCAL_DAY = {
    "sqlite": "date({c}.started_at, " + OFFSET + " || ' seconds')",
    "postgresql": "to_char(({c}.started_at AT TIME ZONE 'UTC') + make_interval(secs => " + OFFSET + "), 'YYYY-MM-DD')",
}
# What 0005_admin_tallies filed answers under.
UTC_DAY = {
    "sqlite": "substr({c}.started_at, 1, 10)",
    "postgresql": "to_char({c}.started_at AT TIME ZONE 'UTC', 'YYYY-MM-DD')",
}
SQLITE_TRIGGERS = (
    "answers_tally_insert",
    "answers_tally_delete",
    "answers_tally_update",
    "conversations_tally_delete",
    "conversations_tally_update",
)


def offset_periods(zone_name: str) -> list[tuple[datetime, int]]:
    """(first UTC moment, offset in seconds) of each stretch of one UTC offset, 1900 to 2100."""
    zone = ZoneInfo(zone_name)

    def offset(moment: datetime) -> int:
        return int(moment.astimezone(zone).utcoffset().total_seconds())

    periods = [(TABLE_FROM, offset(TABLE_FROM))]
    current = TABLE_FROM
    while current < TABLE_UNTIL:
        step_end = current + timedelta(days=1)
        if offset(step_end) != periods[-1][1]:
            low, high = math.floor(current.timestamp()), math.ceil(step_end.timestamp())
            while high - low > 1:
                middle = (low + high) // 2
                if offset(datetime.fromtimestamp(middle, UTC)) == periods[-1][1]:
                    low = middle
                else:
                    high = middle
            change = datetime.fromtimestamp(high, UTC)
            periods.append((change, offset(change)))
        current = step_end
    periods[0] = (datetime(1, 1, 2, tzinfo=UTC), periods[0][1])  # the first offset holds before 1900
    return periods


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


def _sqlite_triggers(day: str) -> list[str]:
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


def _postgres_functions(day: str) -> list[str]:
    """The trigger functions of 0005_admin_tallies with another day; the triggers themselves stay."""
    return [
        f"""CREATE OR REPLACE FUNCTION heard_answers_tally() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF TG_OP IN ('UPDATE', 'DELETE') AND {COUNTED.format(a="OLD")} THEN {_add_answer(day, "OLD", "-1")}; END IF;
          IF TG_OP IN ('UPDATE', 'INSERT') AND {COUNTED.format(a="NEW")} THEN {_add_answer(day, "NEW", "1")}; END IF;
          RETURN NULL;
        END $$""",
        f"""CREATE OR REPLACE FUNCTION heard_conversations_tally_update() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN {_move_conversation(day, "OLD", "-")}; {_move_conversation(day, "NEW", "")}; RETURN NULL; END $$""",
    ]


def _use_day(day: str) -> None:
    """Triggers that file answers under `day`, and every tally recounted that way."""
    if op.get_bind().dialect.name == "postgresql":
        statements = _postgres_functions(day)
    else:
        statements = [f"DROP TRIGGER IF EXISTS {name}" for name in SQLITE_TRIGGERS] + _sqlite_triggers(day)
    for statement in statements:
        op.execute(statement)
    op.execute("DELETE FROM answer_tallies")
    op.execute(
        f"""INSERT INTO answer_tallies {KEY[:-1]}, n)
        SELECT survey_id, day, team, channel, question_id, value, count(*) FROM (
          SELECT c.survey_id, {day.format(c="c")} AS day, coalesce(c.team, '') AS team, c.channel,
                 a.question_id, a.value
          FROM answers a JOIN conversations c ON c.id = a.conversation_id
          WHERE NOT c.is_test AND {COUNTED.format(a="a")}
        ) counted
        GROUP BY survey_id, day, team, channel, question_id, value"""
    )


def upgrade() -> None:
    offsets = op.create_table(
        "local_day_offsets",
        sa.Column("starts_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("offset_seconds", sa.Integer(), nullable=False),
        sa.Column("time_zone", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("starts_at", name=op.f("pk_local_day_offsets")),
    )
    zone = context.config.attributes.get("time_zone") or DEFAULT_ZONE
    op.bulk_insert(
        offsets,
        [{"starts_at": start, "offset_seconds": seconds, "time_zone": zone} for start, seconds in offset_periods(zone)],
    )
    _use_day(LOCAL_DAY[op.get_bind().dialect.name])


def downgrade() -> None:
    _use_day(UTC_DAY[op.get_bind().dialect.name])
    op.drop_table("local_day_offsets")
