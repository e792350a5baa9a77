"""answers: the dashboard's comment panel reads comments through a partial index

Revision ID: 0021_summary_indexes
Revises: 0020_vocabulary

Comments are about one answer in ten. `ix_answers_comments` holds only them (a
sentiment and a value), with what the panel needs (conversation, sentiment, id),
so the panel reads a tenth of the answers instead of all of them, whatever the
statistics say. It replaces `ix_answers_conversation_sentiment`, which indexed every
answer for the same panel.
"""

import sqlalchemy as sa
from alembic import op

revision = "0021_summary_indexes"
down_revision = "0020_vocabulary"
branch_labels = None
depends_on = None

COMMENT = sa.text("sentiment IS NOT NULL AND value IS NOT NULL")


def upgrade() -> None:
    # Plain CREATE/DROP INDEX (no batch rebuild): the tally triggers on answers stay in place.
    op.create_index(
        "ix_answers_comments",
        "answers",
        ["conversation_id", "sentiment", "id"],
        sqlite_where=COMMENT,
        postgresql_where=COMMENT,
    )
    op.drop_index("ix_answers_conversation_sentiment", table_name="answers")


def downgrade() -> None:
    op.create_index("ix_answers_conversation_sentiment", "answers", ["conversation_id", "sentiment"])
    op.drop_index("ix_answers_comments", table_name="answers")
