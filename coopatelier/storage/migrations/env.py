"""Alembic environment: always run on a connection handed in by ``storage.migrate``."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from coopatelier.storage.orm import Base

connection: Connection | None = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only reached by a misconfigured manual call
    raise RuntimeError("run migrations through coopatelier.storage.migrate")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
