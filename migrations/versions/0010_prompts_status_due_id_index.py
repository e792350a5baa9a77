"""prompts: index (status, due_at, id), the sweep's exact order

Revision ID: 0010_prompts_status_due_id
Revises: 0009_answers_sentiment
"""

from alembic import op

revision = "0010_prompts_status_due_id"
down_revision = "0009_answers_sentiment"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Many prompts share a due_at (quiet hours move them all to 09:00): without the id
    # the sweep sorted every due row to take the first batch.
    op.drop_index("ix_prompts_status_due", table_name="prompts")
    op.create_index("ix_prompts_status_due", "prompts", ["status", "due_at", "id"])


def downgrade() -> None:
    op.drop_index("ix_prompts_status_due", table_name="prompts")
    op.create_index("ix_prompts_status_due", "prompts", ["status", "due_at"])
