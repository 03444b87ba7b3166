"""Phase timer state, so that a running timer survives a restart of the app.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("phases") as batch:
        batch.add_column(sa.Column("timer_running_since", sa.DateTime(timezone=True)))
        batch.add_column(
            sa.Column("timer_elapsed_seconds", sa.Float(), nullable=False, server_default="0")
        )
        batch.add_column(
            sa.Column("timer_extra_seconds", sa.Integer(), nullable=False, server_default="0")
        )


def downgrade() -> None:
    with op.batch_alter_table("phases") as batch:
        batch.drop_column("timer_extra_seconds")
        batch.drop_column("timer_elapsed_seconds")
        batch.drop_column("timer_running_since")
