"""Every run interval of a phase (start, pause, resume, end), and when a workshop ended.

The single ``actual_start``/``actual_end`` pair could not tell the truth of a phase that was
paused or run again; each phase now keeps its intervals in ``runs``. An existing phase's
pair becomes its first interval (still open when the phase was running).

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-06
"""

from __future__ import annotations

import datetime as dt
import json

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def _iso(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, str):
        value = dt.datetime.fromisoformat(value)
    assert isinstance(value, dt.datetime)
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    return value.astimezone(dt.UTC).isoformat()


def upgrade() -> None:
    with op.batch_alter_table("workshops") as batch:
        batch.add_column(sa.Column("ended_at", sa.DateTime(timezone=True), nullable=True))
    with op.batch_alter_table("phases") as batch:
        batch.add_column(sa.Column("runs", sa.JSON(), nullable=False, server_default="[]"))
    bind = op.get_bind()
    phases = sa.table(
        "phases",
        sa.column("id", sa.Uuid()),
        sa.column("actual_start", sa.DateTime(timezone=True)),
        sa.column("actual_end", sa.DateTime(timezone=True)),
        sa.column("runs", sa.JSON()),
    )
    rows = bind.execute(
        sa.select(phases.c.id, phases.c.actual_start, phases.c.actual_end).where(
            phases.c.actual_start.is_not(None)
        )
    ).all()
    for phase_id, start, end in rows:
        run = [{"start": _iso(start), "end": _iso(end)}]
        bind.execute(
            phases.update().where(phases.c.id == phase_id).values(runs=json.loads(json.dumps(run)))
        )


def downgrade() -> None:
    with op.batch_alter_table("phases") as batch:
        batch.drop_column("runs")
    with op.batch_alter_table("workshops") as batch:
        batch.drop_column("ended_at")
