"""A voting round keeps its cards' numbers (``round_numbers``), so that a workshop reopened
during a round (or drawn by ``coopatelier snapshot``) reads the numbers the room heard.

The rounds already there get the numbers a fresh window gave them until now: the live cards
of the round's phase in the room's order (``domain.card_numbers``, repeated here as it was
when this migration was written).

Revision ID: 0007_round_numbers
Revises: 0006_capture_index
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007_round_numbers"
down_revision = "0006_capture_index"
branch_labels = None
depends_on = None

#: the kinds of phase whose cards the room shows as one list, without category groups
_UNGROUPED = {"futures", "actions", "roadmap"}

_rounds = sa.table(
    "vote_rounds", sa.column("id", sa.Uuid()), sa.column("phase_id", sa.Uuid())
)
_phases = sa.table(
    "phases",
    sa.column("id", sa.Uuid()),
    sa.column("kind", sa.String()),
    sa.column("categories", sa.JSON()),
)
_cards = sa.table(
    "cards",
    sa.column("id", sa.Uuid()),
    sa.column("phase_id", sa.Uuid()),
    sa.column("position", sa.Float()),
    sa.column("category", sa.Text()),
    sa.column("deleted_at", sa.DateTime()),
    sa.column("merged_into_id", sa.Uuid()),
)


def upgrade() -> None:
    numbers = op.create_table(
        "round_numbers",
        sa.Column("round_id", sa.Uuid(), nullable=False),
        sa.Column("card_id", sa.Uuid(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["round_id"],
            ["vote_rounds.id"],
            name=op.f("fk_round_numbers_round_id_vote_rounds"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["card_id"],
            ["cards.id"],
            name=op.f("fk_round_numbers_card_id_cards"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("round_id", "card_id", name=op.f("pk_round_numbers")),
    )
    op.create_index(op.f("ix_round_numbers_card_id"), "round_numbers", ["card_id"])
    op.create_index(
        "ix_round_numbers_round_id_number", "round_numbers", ["round_id", "number"]
    )
    connection = op.get_bind()
    rows = []
    for round_id, phase_id in connection.execute(
        sa.select(_rounds.c.id, _rounds.c.phase_id)
    ).all():
        phase = connection.execute(
            sa.select(_phases.c.kind, _phases.c.categories).where(_phases.c.id == phase_id)
        ).first()
        if phase is None:
            continue
        live = connection.execute(
            sa.select(_cards.c.id, _cards.c.category)
            .where(
                _cards.c.phase_id == phase_id,
                _cards.c.deleted_at.is_(None),
                _cards.c.merged_into_id.is_(None),
            )
            .order_by(_cards.c.position)
        ).all()
        if phase.kind not in _UNGROUPED:
            order = list(phase.categories or [])
            for _card_id, category in live:
                if category and category not in order:
                    order.append(category)
            rank = {name: place for place, name in enumerate(order)}
            live = sorted(live, key=lambda card: rank.get(card[1], len(order)))
        rows += [
            {"round_id": round_id, "card_id": card_id, "number": number}
            for number, (card_id, _category) in enumerate(live, start=1)
        ]
    if rows:
        op.bulk_insert(numbers, rows)


def downgrade() -> None:
    op.drop_index("ix_round_numbers_round_id_number", table_name="round_numbers")
    op.drop_index(op.f("ix_round_numbers_card_id"), table_name="round_numbers")
    op.drop_table("round_numbers")
