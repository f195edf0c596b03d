"""The candidate's case: offer facts, checked reasons, verdict and the current draft.

Revision ID: 0001
Revises:
Create Date: 2026-11-25
"""
import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "coach_cases",
        sa.Column("sender_id", sa.String(255), primary_key=True),
        sa.Column("facts", sa.JSON, nullable=False),
        sa.Column("checks", sa.JSON, nullable=False),
        sa.Column("verdict", sa.String(16)),
        sa.Column("draft", sa.Text),
        sa.Column("draft_style", sa.String(16)),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("coach_cases")
