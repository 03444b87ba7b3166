"""Tables, as SQLAlchemy 2 typed declarative classes. Only ``storage`` and ``services``
import this module; everything else sees the frozen values of ``domain.model``."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    TypeDecorator,
    Uuid,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator[dt.datetime]):
    """Timezone-aware UTC datetimes on every backend (SQLite stores them naive)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> Any:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        value = value.astimezone(dt.UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: Any, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        assert isinstance(value, dt.datetime)
        if value.tzinfo is None:
            return value.replace(tzinfo=dt.UTC)
        return value.astimezone(dt.UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class DemarcheRow(Base):
    """A démarche: a cooperation's roadmap that groups workshops (docs/architecture.md)."""

    __tablename__ = "demarches"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    title: Mapped[str] = mapped_column(Text)
    description: Mapped[str] = mapped_column(Text, default="")
    language: Mapped[str] = mapped_column(String(16), default="fr")
    rhythm: Mapped[str] = mapped_column(Text, default="")
    next_meeting_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    next_meeting_place: Mapped[str] = mapped_column(Text, default="")
    #: the editable list of roles in the collective (pilote, contributeur, ...)
    collective_roles: Mapped[list[str]] = mapped_column(JSON, default=list)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)


class WorkshopRow(Base):
    __tablename__ = "workshops"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    title: Mapped[str] = mapped_column(Text)
    focal_question: Mapped[str] = mapped_column(Text, default="")
    horizon_year: Mapped[int] = mapped_column(Integer)
    territory: Mapped[str] = mapped_column(Text, default="")
    date: Mapped[dt.date] = mapped_column(Date)
    place: Mapped[str] = mapped_column(Text, default="")
    organisers: Mapped[str] = mapped_column(Text, default="")
    anonymous: Mapped[bool] = mapped_column(Boolean, default=False)
    template_key: Mapped[str] = mapped_column(String(200), default="")
    language: Mapped[str] = mapped_column(String(16), default="fr")
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    ended_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, nullable=True)
    demarche_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("demarches.id", ondelete="SET NULL"), nullable=True, index=True
    )

    phases: Mapped[list[PhaseRow]] = relationship(
        back_populates="workshop",
        cascade="all, delete-orphan",
        order_by="(PhaseRow.position, PhaseRow.id)",
    )


class OrganisationRow(Base):
    """An organisation belongs to one workshop, or (``workshop_id`` null) to a démarche,
    whose workshops all share it."""

    __tablename__ = "organisations"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    workshop_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("workshops.id", ondelete="CASCADE"), index=True, nullable=True
    )
    demarche_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("demarches.id", ondelete="CASCADE"), index=True, nullable=True
    )
    name: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)


class ParticipantRow(Base):
    __tablename__ = "participants"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    workshop_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("workshops.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(Text)
    organisation_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("organisations.id", ondelete="SET NULL"), nullable=True
    )
    role: Mapped[str] = mapped_column(Text, default="")
    table_label: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)


class PhaseRow(Base):
    __tablename__ = "phases"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    workshop_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("workshops.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(32))
    title: Mapped[str] = mapped_column(Text)
    instructions: Mapped[str] = mapped_column(Text, default="")
    question: Mapped[str] = mapped_column(Text, default="")
    facilitator_notes: Mapped[str] = mapped_column(Text, default="")
    planned_minutes: Mapped[int] = mapped_column(Integer, default=0)
    categories: Mapped[list[str]] = mapped_column(JSON, default=list)
    actual_start: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, nullable=True)
    actual_end: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, nullable=True)
    timer_running_since: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, nullable=True)
    timer_elapsed_seconds: Mapped[float] = mapped_column(Float, default=0.0)
    timer_extra_seconds: Mapped[int] = mapped_column(Integer, default=0)
    #: every run interval: [{"start": ISO, "end": ISO or null}, ...] (storage/convert.py)
    runs: Mapped[list[dict[str, str | None]]] = mapped_column(JSON, default=list)
    #: "" or what of its démarche the phase works on: "review" (the live actions),
    #: "governance" (members, rhythm, decisions)
    demarche_focus: Mapped[str] = mapped_column(String(16), default="")
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)

    workshop: Mapped[WorkshopRow] = relationship(back_populates="phases")


class CardRow(Base):
    __tablename__ = "cards"
    #: a phase's cards in order: a capture reads its phase's last position from it
    __table_args__ = (Index("ix_cards_phase_id_position", "phase_id", "position"),)

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    workshop_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("workshops.id", ondelete="CASCADE"), index=True
    )
    phase_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("phases.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(16))
    text: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[float] = mapped_column(Float, default=0.0)
    table_label: Mapped[str] = mapped_column(Text, default="")
    author: Mapped[str] = mapped_column(Text, default="")
    device: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    deleted_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, nullable=True)
    merged_into_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, nullable=True)
    category: Mapped[str] = mapped_column(Text, default="")
    title: Mapped[str] = mapped_column(Text, default="")
    impact: Mapped[int | None] = mapped_column(Integer, nullable=True)
    nature: Mapped[str | None] = mapped_column(String(32), nullable=True)
    uncertainty: Mapped[int | None] = mapped_column(Integer, nullable=True)
    narrative: Mapped[str] = mapped_column(Text, default="")
    quadrant: Mapped[str] = mapped_column(String(16), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    lead_organisation_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("organisations.id", ondelete="SET NULL"), nullable=True
    )
    horizon_year: Mapped[int | None] = mapped_column(Integer, nullable=True)
    first_step: Mapped[str] = mapped_column(Text, default="")
    means: Mapped[str] = mapped_column(Text, default="")
    indicator: Mapped[str] = mapped_column(Text, default="")
    effort: Mapped[int | None] = mapped_column(Integer, nullable=True)
    checked: Mapped[bool | None] = mapped_column(Boolean, nullable=True)

    partners: Mapped[list[CardPartnerRow]] = relationship(
        cascade="all, delete-orphan", lazy="selectin",
        order_by="(CardPartnerRow.position, CardPartnerRow.organisation_id)",
    )
    links: Mapped[list[CardLinkRow]] = relationship(
        cascade="all, delete-orphan",
        foreign_keys="CardLinkRow.card_id",
        order_by="(CardLinkRow.position, CardLinkRow.target_id)",
        lazy="selectin",
    )


class CardPartnerRow(Base):
    __tablename__ = "card_partners"

    card_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("cards.id", ondelete="CASCADE"), primary_key=True
    )
    organisation_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("organisations.id", ondelete="CASCADE"), primary_key=True
    )
    role: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)


class CardLinkRow(Base):
    __tablename__ = "card_links"

    card_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("cards.id", ondelete="CASCADE"), primary_key=True
    )
    target_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("cards.id", ondelete="CASCADE"), primary_key=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)


class VoteRoundRow(Base):
    __tablename__ = "vote_rounds"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    workshop_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("workshops.id", ondelete="CASCADE"), index=True
    )
    phase_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("phases.id", ondelete="CASCADE"))
    title: Mapped[str] = mapped_column(Text, default="")
    dots_per_person: Mapped[int] = mapped_column(Integer, default=3)
    hidden: Mapped[bool] = mapped_column(Boolean, default=False)
    revealed: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)


class VoteRow(Base):
    __tablename__ = "votes"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    round_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("vote_rounds.id", ondelete="CASCADE"), index=True
    )
    card_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("cards.id", ondelete="CASCADE"), index=True
    )
    dots: Mapped[int] = mapped_column(Integer, default=1)
    device: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)


class RoundNumberRow(Base):
    """The number a card is called out by in a voting round: given when the round opens
    (the room's order then) or when the card comes into the round's phase later, and kept
    (``services/votes.py``), so that a reopened workshop reads the same numbers."""

    __tablename__ = "round_numbers"

    round_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("vote_rounds.id", ondelete="CASCADE"), primary_key=True
    )
    card_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("cards.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    number: Mapped[int] = mapped_column(Integer)

    # a capture during a round reads the round's last number
    __table_args__ = (Index("ix_round_numbers_round_id_number", "round_id", "number"),)


class ScenarioAxesRow(Base):
    __tablename__ = "scenario_axes"

    workshop_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("workshops.id", ondelete="CASCADE"), primary_key=True
    )
    x_driver_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("cards.id", ondelete="SET NULL"), nullable=True
    )
    y_driver_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("cards.id", ondelete="SET NULL"), nullable=True
    )
    x_low: Mapped[str] = mapped_column(Text, default="")
    x_high: Mapped[str] = mapped_column(Text, default="")
    y_low: Mapped[str] = mapped_column(Text, default="")
    y_high: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)


class ActionEventRow(Base):
    """One entry of an action's history (append-only): a status change, a follow-up or a
    change of lead and partners. Nothing updates or deletes these rows."""

    __tablename__ = "action_events"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    action_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("cards.id", ondelete="CASCADE"), index=True
    )
    #: "status", "follow_up" or "roles"
    kind: Mapped[str] = mapped_column(String(16))
    #: the day it happened, as the user says
    happened_on: Mapped[dt.date] = mapped_column(Date)
    recorded_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    status: Mapped[str] = mapped_column(String(16), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    author: Mapped[str] = mapped_column(Text, default="")
    replaced_by_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("cards.id", ondelete="SET NULL"), nullable=True
    )
    #: for "roles": {"lead": id or null, "partners": [[id, role], ...]} after and before
    roles: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    previous_roles: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    #: the workshop it was recorded in (a point d'étape), if any
    workshop_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("workshops.id", ondelete="SET NULL"), nullable=True
    )
    device: Mapped[str] = mapped_column(Text, default="")


class DemarcheMemberRow(Base):
    """A member of the collective: an organisation of the démarche or a person."""

    __tablename__ = "demarche_members"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    demarche_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("demarches.id", ondelete="CASCADE"), index=True
    )
    organisation_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("organisations.id", ondelete="SET NULL"), nullable=True
    )
    person_name: Mapped[str] = mapped_column(Text, default="")
    collective_role: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)


class DemarcheDecisionRow(Base):
    """A decision the collective took, dated."""

    __tablename__ = "demarche_decisions"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    demarche_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("demarches.id", ondelete="CASCADE"), index=True
    )
    decided_on: Mapped[dt.date] = mapped_column(Date)
    text: Mapped[str] = mapped_column(Text)
    workshop_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("workshops.id", ondelete="SET NULL"), nullable=True
    )
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)


# --- merging: logical clocks, field stamps, what each device has seen, conflicts ----------
# (storage/stamps.py writes them; services/imports.py reads them to merge field by field)


class ReplicaRow(Base):
    """This database as a replica: its device id and the last clock stamp it issued."""

    __tablename__ = "replica"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    device: Mapped[str] = mapped_column(String(32))
    last_stamp: Mapped[str] = mapped_column(String(64), default="")


class FieldStampRow(Base):
    """The stamp of the last change of one field of one row (``field`` ``""``: the row's
    creation, every field without its own stamp; ``"deleted"`` with no row: a tombstone)."""

    __tablename__ = "field_stamps"

    entity: Mapped[str] = mapped_column(String(64), primary_key=True)
    row_id: Mapped[str] = mapped_column(String(80), primary_key=True)
    field: Mapped[str] = mapped_column(String(64), primary_key=True)
    workshop_id: Mapped[uuid.UUID] = mapped_column(Uuid, index=True)
    stamp: Mapped[str] = mapped_column(String(64))


class SeenStampRow(Base):
    """The version vector of a workshop: the greatest stamp of each device seen here."""

    __tablename__ = "seen_stamps"

    workshop_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    device: Mapped[str] = mapped_column(String(32), primary_key=True)
    stamp: Mapped[str] = mapped_column(String(64))


class MergeConflictRow(Base):
    """Two values written to one field by devices that had not seen each other's change:
    the one kept and the other, kept too, so that the facilitator may take it instead."""

    __tablename__ = "merge_conflicts"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    workshop_id: Mapped[uuid.UUID] = mapped_column(Uuid, index=True)
    entity: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[str] = mapped_column(String(80))
    field: Mapped[str] = mapped_column(String(64))
    kept_value: Mapped[Any] = mapped_column(JSON, nullable=True)
    kept_stamp: Mapped[str] = mapped_column(String(64))
    other_value: Mapped[Any] = mapped_column(JSON, nullable=True)
    other_stamp: Mapped[str] = mapped_column(String(64))
    resolved: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)


#: bookkeeping of the merge itself: never stamped, never in a workshop file's rows
SYNC_TABLES = frozenset(
    {"replica", "field_stamps", "seen_stamps", "merge_conflicts"}
)
