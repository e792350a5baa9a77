"""answers: index (conversation_id, sentiment) for the dashboard's comment panel

Revision ID: 0009_answers_sentiment
Revises: 0008_safeguarding
"""

from alembic import op

revision = "0009_answers_sentiment"
down_revision = "0008_safeguarding"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain CREATE INDEX (no batch rebuild): the tally triggers on answers stay in place.
    op.create_index("ix_answers_conversation_sentiment", "answers", ["conversation_id", "sentiment"])


def downgrade() -> None:
    op.drop_index("ix_answers_conversation_sentiment", table_name="answers")
