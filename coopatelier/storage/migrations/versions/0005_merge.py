"""Field-level merge: the replica's device and clock, a stamp per changed field (and
tombstones), each workshop's version vector, and the merge conflicts kept for review.

Existing rows get no stamp: a row without one counts as created at the beginning of time
(stamp ``""``), so any stamped change wins over it.

Revision ID: 0005_merge
Revises: 0004_demarche
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005_merge"
down_revision = "0004_demarche"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "replica",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("device", sa.String(32), nullable=False),
        sa.Column("last_stamp", sa.String(64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_replica")),
    )
    op.create_table(
        "field_stamps",
        sa.Column("entity", sa.String(64), nullable=False),
        sa.Column("row_id", sa.String(80), nullable=False),
        sa.Column("field", sa.String(64), nullable=False),
        sa.Column("workshop_id", sa.Uuid(), nullable=False),
        sa.Column("stamp", sa.String(64), nullable=False),
        sa.PrimaryKeyConstraint("entity", "row_id", "field", name=op.f("pk_field_stamps")),
    )
    op.create_index(
        op.f("ix_field_stamps_workshop_id"), "field_stamps", ["workshop_id"], unique=False
    )
    op.create_table(
        "seen_stamps",
        sa.Column("workshop_id", sa.Uuid(), nullable=False),
        sa.Column("device", sa.String(32), nullable=False),
        sa.Column("stamp", sa.String(64), nullable=False),
        sa.PrimaryKeyConstraint("workshop_id", "device", name=op.f("pk_seen_stamps")),
    )
    op.create_table(
        "merge_conflicts",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("workshop_id", sa.Uuid(), nullable=False),
        sa.Column("entity", sa.String(64), nullable=False),
        sa.Column("row_id", sa.String(80), nullable=False),
        sa.Column("field", sa.String(64), nullable=False),
        sa.Column("kept_value", sa.JSON(), nullable=True),
        sa.Column("kept_stamp", sa.String(64), nullable=False),
        sa.Column("other_value", sa.JSON(), nullable=True),
        sa.Column("other_stamp", sa.String(64), nullable=False),
        sa.Column("resolved", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_merge_conflicts")),
    )
    op.create_index(
        op.f("ix_merge_conflicts_workshop_id"), "merge_conflicts", ["workshop_id"],
        unique=False,
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_merge_conflicts_workshop_id"), table_name="merge_conflicts")
    op.drop_table("merge_conflicts")
    op.drop_table("seen_stamps")
    op.drop_index(op.f("ix_field_stamps_workshop_id"), table_name="field_stamps")
    op.drop_table("field_stamps")
    op.drop_table("replica")
