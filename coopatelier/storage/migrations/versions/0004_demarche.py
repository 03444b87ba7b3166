"""Démarches: a cooperation's roadmap that groups workshops and outlives them.

A démarche owns the organisations its workshops share (``organisations.workshop_id`` becomes
nullable: a shared organisation belongs to the démarche), its actions' append-only history
(``action_events``), and the collective's governance (members, decisions). A phase may
work on its démarche (``phases.demarche_focus``: the review of the roadmap, governance).

Revision ID: 0004_demarche
Revises: 0003
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004_demarche"
down_revision = "0003"
branch_labels = None
depends_on = None

TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "demarches",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("language", sa.String(length=16), nullable=False),
        sa.Column("rhythm", sa.Text(), nullable=False),
        sa.Column("next_meeting_date", sa.Date(), nullable=True),
        sa.Column("next_meeting_place", sa.Text(), nullable=False),
        sa.Column("collective_roles", sa.JSON(), nullable=False),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("updated_at", TS, nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_demarches")),
    )
    with op.batch_alter_table("workshops") as batch:
        batch.add_column(sa.Column("demarche_id", sa.Uuid(), nullable=True))
        batch.create_index(op.f("ix_workshops_demarche_id"), ["demarche_id"], unique=False)
        batch.create_foreign_key(
            op.f("fk_workshops_demarche_id_demarches"),
            "demarches",
            ["demarche_id"],
            ["id"],
            ondelete="SET NULL",
        )
    with op.batch_alter_table("organisations") as batch:
        batch.alter_column("workshop_id", existing_type=sa.Uuid(), nullable=True)
        batch.add_column(sa.Column("demarche_id", sa.Uuid(), nullable=True))
        batch.create_index(op.f("ix_organisations_demarche_id"), ["demarche_id"], unique=False)
        batch.create_foreign_key(
            op.f("fk_organisations_demarche_id_demarches"),
            "demarches",
            ["demarche_id"],
            ["id"],
            ondelete="CASCADE",
        )
    with op.batch_alter_table("phases") as batch:
        batch.add_column(
            sa.Column("demarche_focus", sa.String(length=16), nullable=False, server_default="")
        )
    op.create_table(
        "action_events",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("action_id", sa.Uuid(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("happened_on", sa.Date(), nullable=False),
        sa.Column("recorded_at", TS, nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("author", sa.Text(), nullable=False),
        sa.Column("replaced_by_id", sa.Uuid(), nullable=True),
        sa.Column("roles", sa.JSON(), nullable=False),
        sa.Column("previous_roles", sa.JSON(), nullable=False),
        sa.Column("workshop_id", sa.Uuid(), nullable=True),
        sa.Column("device", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["action_id"],
            ["cards.id"],
            name=op.f("fk_action_events_action_id_cards"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["replaced_by_id"],
            ["cards.id"],
            name=op.f("fk_action_events_replaced_by_id_cards"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["workshop_id"],
            ["workshops.id"],
            name=op.f("fk_action_events_workshop_id_workshops"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_action_events")),
    )
    op.create_index(
        op.f("ix_action_events_action_id"), "action_events", ["action_id"], unique=False
    )
    op.create_table(
        "demarche_members",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("demarche_id", sa.Uuid(), nullable=False),
        sa.Column("organisation_id", sa.Uuid(), nullable=True),
        sa.Column("person_name", sa.Text(), nullable=False),
        sa.Column("collective_role", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("updated_at", TS, nullable=False),
        sa.ForeignKeyConstraint(
            ["demarche_id"],
            ["demarches.id"],
            name=op.f("fk_demarche_members_demarche_id_demarches"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_demarche_members_organisation_id_organisations"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_demarche_members")),
    )
    op.create_index(
        op.f("ix_demarche_members_demarche_id"), "demarche_members", ["demarche_id"], unique=False
    )
    op.create_table(
        "demarche_decisions",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("demarche_id", sa.Uuid(), nullable=False),
        sa.Column("decided_on", sa.Date(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("workshop_id", sa.Uuid(), nullable=True),
        sa.Column("updated_at", TS, nullable=False),
        sa.ForeignKeyConstraint(
            ["demarche_id"],
            ["demarches.id"],
            name=op.f("fk_demarche_decisions_demarche_id_demarches"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["workshop_id"],
            ["workshops.id"],
            name=op.f("fk_demarche_decisions_workshop_id_workshops"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_demarche_decisions")),
    )
    op.create_index(
        op.f("ix_demarche_decisions_demarche_id"),
        "demarche_decisions",
        ["demarche_id"],
        unique=False,
    )


def downgrade() -> None:
    op.drop_table("demarche_decisions")
    op.drop_table("demarche_members")
    op.drop_table("action_events")
    with op.batch_alter_table("phases") as batch:
        batch.drop_column("demarche_focus")
    op.execute("DELETE FROM organisations WHERE workshop_id IS NULL")
    with op.batch_alter_table("organisations") as batch:
        batch.drop_constraint(op.f("fk_organisations_demarche_id_demarches"), type_="foreignkey")
        batch.drop_index(op.f("ix_organisations_demarche_id"))
        batch.drop_column("demarche_id")
        batch.alter_column("workshop_id", existing_type=sa.Uuid(), nullable=False)
    with op.batch_alter_table("workshops") as batch:
        batch.drop_constraint(op.f("fk_workshops_demarche_id_demarches"), type_="foreignkey")
        batch.drop_index(op.f("ix_workshops_demarche_id"))
        batch.drop_column("demarche_id")
    op.drop_table("demarches")
