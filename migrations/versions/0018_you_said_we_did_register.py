"""you_said_we_did_register: changes made because of feedback, each public or not

Revision ID: 0018_you_said_we_did_register
Revises: 0017_uploads_in_database
"""

import sqlalchemy as sa
from alembic import op

from models.base import UTCDateTime

revision = "0018_you_said_we_did_register"
down_revision = "0013_security"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "you_said_we_did_register",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("team", sa.String(length=64), nullable=True),
        sa.Column("you_said", sa.Text(), nullable=False),
        sa.Column("we_did", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("public", sa.Boolean(), nullable=False),
        sa.Column("recorded_on", sa.Date(), nullable=False),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.Column("message_id", sa.Integer(), nullable=True),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("created_at", UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["message_id"],
            ["you_said_we_did.id"],
            name=op.f("fk_you_said_we_did_register_message_id_you_said_we_did"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["created_by_id"],
            ["users.id"],
            name=op.f("fk_you_said_we_did_register_created_by_id_users"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_you_said_we_did_register")),
    )
    op.create_index(
        "ix_you_said_we_did_register_public_team", "you_said_we_did_register", ["public", "team"]
    )


def downgrade() -> None:
    op.drop_index("ix_you_said_we_did_register_public_team", table_name="you_said_we_did_register")
    op.drop_table("you_said_we_did_register")
