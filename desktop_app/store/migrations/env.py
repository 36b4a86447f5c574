"""Alembic environment: always run on the connection VisaCase hands over, never from a URL."""

from alembic import context

from desktop_app.store import page_index
from desktop_app.store.models import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    include_name=page_index.include_name,
)
with context.begin_transaction():
    context.run_migrations()
