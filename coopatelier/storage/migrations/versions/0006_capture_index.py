"""A capture reads the last position of its phase: cards are indexed by (phase, position)
instead of by phase alone, so that this read no longer visits every card of the phase.

The new index serves every query by phase as the old one did (its first column), and the
foreign key's cascades; the old one goes, so a capture writes no more index pages.

Revision ID: 0006_capture_index
Revises: 0005_merge
Create Date: 2026-12-06
"""

from __future__ import annotations

from alembic import op

revision = "0006_capture_index"
down_revision = "0005_merge"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_cards_phase_id_position", "cards", ["phase_id", "position"])
    op.drop_index("ix_cards_phase_id", table_name="cards")


def downgrade() -> None:
    op.create_index("ix_cards_phase_id", "cards", ["phase_id"])
    op.drop_index("ix_cards_phase_id_position", table_name="cards")
