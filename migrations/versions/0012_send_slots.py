"""send_slots: one row per channel, the next moment any sender may send on it

Revision ID: 0012_send_slots
Revises: 0011_messages_in_reply_to
"""

import sqlalchemy as sa
from alembic import op

revision = "0012_send_slots"
down_revision = "0011_messages_in_reply_to"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "send_slots",
        sa.Column("channel", sa.String(length=16), nullable=False),
        sa.Column("next_slot", sa.Float(), nullable=False),
        sa.PrimaryKeyConstraint("channel", name=op.f("pk_send_slots")),
    )


def downgrade() -> None:
    op.drop_table("send_slots")
