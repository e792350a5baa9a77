"""messages: index in_reply_to_id only where a message replies to another

Revision ID: 0011_messages_in_reply_to
Revises: 0010_prompts_status_due_id
"""

import sqlalchemy as sa
from alembic import op

revision = "0011_messages_in_reply_to"
down_revision = "0010_prompts_status_due_id"
branch_labels = None
depends_on = None

REPLIES = sa.text("in_reply_to_id IS NOT NULL")


def upgrade() -> None:
    # Every message a sweep queues (and every inbound one) has none: two index entries
    # fewer per invitation. Lookups by in_reply_to_id (= or IN) still use the index.
    op.drop_index("ix_messages_in_reply_to", table_name="messages")
    op.create_index(
        "ix_messages_in_reply_to", "messages", ["in_reply_to_id"], postgresql_where=REPLIES, sqlite_where=REPLIES
    )


def downgrade() -> None:
    op.drop_index("ix_messages_in_reply_to", table_name="messages")
    op.create_index("ix_messages_in_reply_to", "messages", ["in_reply_to_id"])
