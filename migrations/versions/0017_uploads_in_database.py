"""pending_uploads: contacts files waiting for "import the good rows", in the database not on disk

Revision ID: 0017_uploads_in_database
Revises: 0012_send_slots
"""

import sqlalchemy as sa
from alembic import op

from models.base import UTCDateTime

revision = "0017_uploads_in_database"
down_revision = "0014_alert_categories"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "pending_uploads",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("created_at", UTCDateTime(timezone=True), nullable=False),
        sa.Column("expires_at", UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_pending_uploads_user_id_users"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pending_uploads")),
        sa.UniqueConstraint("token_hash", name=op.f("uq_pending_uploads_token_hash")),
    )
    op.create_index(op.f("ix_pending_uploads_expires_at"), "pending_uploads", ["expires_at"])
    op.create_index(op.f("ix_pending_uploads_user_id"), "pending_uploads", ["user_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_pending_uploads_user_id"), table_name="pending_uploads")
    op.drop_index(op.f("ix_pending_uploads_expires_at"), table_name="pending_uploads")
    op.drop_table("pending_uploads")
