"""The case's history: one entry per round (the verdict, what the employer answered, the advice after it).

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-03
"""
import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # SQLite can't add a NOT NULL column without a default to a table that has rows: cases stored before this
    # migration start with an empty history.
    with op.batch_alter_table("coach_cases") as batch:
        batch.add_column(sa.Column("history", sa.JSON, nullable=False, server_default="[]"))


def downgrade() -> None:
    with op.batch_alter_table("coach_cases") as batch:
        batch.drop_column("history")
