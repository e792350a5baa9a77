"""api_token_scopes: what each token may do; users.session_version: sign-out ends sessions

Tokens made before scopes existed keep what they could do (responses:read, alerts:read,
contacts:write); new tokens get only the scopes chosen when they are made.

Revision ID: 0013_security
Revises: 0017_uploads_in_database
"""

import sqlalchemy as sa
from alembic import op

revision = "0013_security"
down_revision = "0017_uploads_in_database"
branch_labels = None
depends_on = None

LEGACY_SCOPES = ("responses:read", "alerts:read", "contacts:write")


def upgrade() -> None:
    op.create_table(
        "api_token_scopes",
        sa.Column("token_id", sa.Integer(), nullable=False),
        sa.Column("scope", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["token_id"],
            ["api_tokens.id"],
            name=op.f("fk_api_token_scopes_token_id_api_tokens"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("token_id", "scope", name=op.f("pk_api_token_scopes")),
    )
    for scope in LEGACY_SCOPES:
        op.execute(
            sa.text("INSERT INTO api_token_scopes (token_id, scope) SELECT id, :scope FROM api_tokens").bindparams(
                scope=scope
            )
        )
    op.add_column("users", sa.Column("session_version", sa.Integer(), nullable=False, server_default="0"))


def downgrade() -> None:
    op.drop_column("users", "session_version")
    op.drop_table("api_token_scopes")
