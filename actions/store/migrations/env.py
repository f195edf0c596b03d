"""Alembic environment for the coach's own tables; run through actions.store.schema, not the CLI."""
from alembic import context

from actions.store.models import Base

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True,
                  version_table="coach_alembic_version")
with context.begin_transaction():
    context.run_migrations()
