"""alerts gain category, severity, reason, layer (NULL on older alerts); screen_feedback

Revision ID: 0014_alert_categories
Revises: 0016_local_day_tallies
"""

from alembic import op
import sqlalchemy as sa
import models.base


revision = "0014_alert_categories"
down_revision = "0016_local_day_tallies"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "screen_feedback",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=True),
        sa.Column("category", sa.String(length=32), nullable=True),
        sa.Column("severity", sa.String(length=16), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("alert_id", sa.Integer(), nullable=True),
        sa.Column("answer_id", sa.Integer(), nullable=True),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("created_at", models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("exported_at", models.base.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["alert_id"], ["alerts.id"], name=op.f("fk_screen_feedback_alert_id_alerts"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["answer_id"],
            ["answers.id"],
            name=op.f("fk_screen_feedback_answer_id_answers"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_screen_feedback_user_id_users"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_screen_feedback")),
    )
    with op.batch_alter_table("screen_feedback", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_screen_feedback_alert_id"), ["alert_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_screen_feedback_answer_id"), ["answer_id"], unique=False)

    with op.batch_alter_table("alerts", schema=None) as batch_op:
        batch_op.add_column(sa.Column("category", sa.String(length=32), nullable=True))
        batch_op.add_column(sa.Column("severity", sa.String(length=16), nullable=True))
        batch_op.add_column(sa.Column("reason", sa.String(length=300), nullable=True))
        batch_op.add_column(sa.Column("layer", sa.String(length=16), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("alerts", schema=None) as batch_op:
        batch_op.drop_column("layer")
        batch_op.drop_column("reason")
        batch_op.drop_column("severity")
        batch_op.drop_column("category")

    with op.batch_alter_table("screen_feedback", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_screen_feedback_answer_id"))
        batch_op.drop_index(batch_op.f("ix_screen_feedback_alert_id"))

    op.drop_table("screen_feedback")
