"""Use cases on whole workshops: create from a template, edit, duplicate, delete, people."""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from coopatelier.domain.model import PHASE_CARD_KIND, PhaseKind, new_id, utcnow
from coopatelier.domain.people import PersonLine, parse_people
from coopatelier.domain.rules import check_horizon, check_text, distinct_title
from coopatelier.errors import FormatError, ValidationError
from coopatelier.resources import scenarios_dir
from coopatelier.services._common import get_row, this_device
from coopatelier.services.changes import Changes
from coopatelier.storage import orm
from coopatelier.storage.store import Store
from coopatelier.templates import Template, TemplatePhase, template_to_toml
from coopatelier.templates.loader import KEY_PATTERN, SeedCard, load_template

#: The capture device recorded on cards seeded by a template.
TEMPLATE_DEVICE = "template"

WORKSHOP_FIELDS = (
    "title",
    "focal_question",
    "horizon_year",
    "territory",
    "date",
    "place",
    "organisers",
    "anonymous",
    "language",
)


def create_workshop(
    store: Store,
    template: Template,
    *,
    title: str,
    date: dt.date | None = None,
    place: str = "",
    focal_question: str | None = None,
    territory: str | None = None,
    horizon_year: int | None = None,
    organisers: str = "",
    anonymous: bool = False,
    people: list[PersonLine] | str = "",
    at: dt.datetime | None = None,
) -> Changes:
    """A new workshop with the template's déroulé (phases, categories, seed cards), created
    ``at`` (default now: an import or a demo may date it)."""
    day = date or dt.date.today()
    horizon = horizon_year if horizon_year is not None else day.year + template.horizon_offset
    check_text("title", title, required=True)
    check_horizon(day, horizon)
    for name, value in (("place", place), ("organisers", organisers)):
        check_text(name, value)
    now = at or utcnow()
    row = orm.WorkshopRow(
        id=new_id(),
        title=title,
        focal_question=check_text(
            "focal_question",
            template.focal_question if focal_question is None else focal_question,
        ),
        horizon_year=horizon,
        territory=check_text("territory", template.territory if territory is None else territory),
        date=day,
        place=place,
        organisers=organisers,
        anonymous=anonymous,
        template_key=template.key,
        language=template.language,
        created_at=now,
        updated_at=now,
    )
    lines = parse_people(people) if isinstance(people, str) else people
    with store.unit_of_work() as uow:
        session = uow.session
        session.add(row)
        session.flush()
        for position, phase in enumerate(template.phases):
            _add_phase_row(session, row.id, position, phase, now)
        _add_people(session, row.id, lines, now)
        uow.commit()
    return Changes(workshop_id=row.id, workshop=True, created=(row.id,))


def _add_phase_row(
    session: Session,
    workshop_id: uuid.UUID,
    position: int,
    phase: TemplatePhase,
    now: dt.datetime,
) -> orm.PhaseRow:
    row = orm.PhaseRow(
        id=new_id(),
        workshop_id=workshop_id,
        position=position,
        kind=phase.kind.value,
        title=phase.title,
        instructions=phase.instructions,
        question=phase.question,
        facilitator_notes=phase.facilitator_notes,
        planned_minutes=phase.minutes,
        categories=list(phase.categories),
        updated_at=now,
    )
    session.add(row)
    session.flush()  # cards reference the phase; the ORM has no relationship to order them
    kind = PHASE_CARD_KIND[phase.kind]
    for index, seed in enumerate(phase.seed_cards):
        session.add(
            orm.CardRow(
                id=new_id(),
                workshop_id=workshop_id,
                phase_id=row.id,
                kind=kind.value,
                text=seed.text,
                position=float(index + 1),
                category=seed.category,
                device=TEMPLATE_DEVICE,
                checked=False if phase.kind is PhaseKind.CLOSING else None,
                created_at=now,
                updated_at=now,
            )
        )
    return row


def _organisation_id(
    session: Session, workshop_id: uuid.UUID, name: str, now: dt.datetime
) -> uuid.UUID | None:
    name = name.strip()
    if not name:
        return None
    existing = session.scalars(
        select(orm.OrganisationRow).where(orm.OrganisationRow.workshop_id == workshop_id)
    ).all()
    for org in existing:
        if org.name.casefold() == name.casefold():
            return org.id
    row = orm.OrganisationRow(id=new_id(), workshop_id=workshop_id, name=name, updated_at=now)
    session.add(row)
    session.flush()
    return row.id


def _add_people(
    session: Session, workshop_id: uuid.UUID, lines: list[PersonLine], now: dt.datetime
) -> list[uuid.UUID]:
    created: list[uuid.UUID] = []
    for line in lines:
        org_id = _organisation_id(session, workshop_id, line.organisation, now)
        if not line.name:
            continue
        row = orm.ParticipantRow(
            id=new_id(),
            workshop_id=workshop_id,
            name=check_text("name", line.name, required=True),
            organisation_id=org_id,
            role=check_text("role", line.role),
            table_label=check_text("table", line.table_label),
            updated_at=now,
        )
        session.add(row)
        created.append(row.id)
    return created


def update_workshop(store: Store, workshop_id: uuid.UUID, **fields: object) -> Changes:
    """Change the workshop's own fields (title, focal question, horizon, date, ...)."""
    unknown = set(fields) - set(WORKSHOP_FIELDS)
    if unknown:
        raise ValidationError(sorted(unknown)[0], "not_workshop_field")
    with store.unit_of_work() as uow:
        row = get_row(uow.session, orm.WorkshopRow, workshop_id)
        for name, value in fields.items():
            if name in ("anonymous",):
                if not isinstance(value, bool):
                    raise ValidationError(name, "true_false")
            elif name == "date":
                if not isinstance(value, dt.date):
                    raise ValidationError(name, "date")
            elif name == "horizon_year":
                if not isinstance(value, int):
                    raise ValidationError(name, "year_like", example=2030)
            else:
                if not isinstance(value, str):
                    raise ValidationError(name, "must_be_text")
                check_text(name, value, required=name in ("title", "language"))
            setattr(row, name, value)
        check_horizon(row.date, row.horizon_year)
        row.updated_at = utcnow()
        uow.commit()
    return Changes(workshop_id=workshop_id, workshop=True)


def delete_workshop(store: Store, workshop_id: uuid.UUID) -> Changes:
    """Delete a workshop and everything in it (the UI offers undo by re-importing a
    snapshot taken just before)."""
    with store.unit_of_work() as uow:
        row = get_row(uow.session, orm.WorkshopRow, workshop_id)
        session = uow.session
        # Explicit deletes so that the result is the same with or without FK cascades.
        round_ids = select(orm.VoteRoundRow.id).where(orm.VoteRoundRow.workshop_id == workshop_id)
        session.execute(delete(orm.VoteRow).where(orm.VoteRow.round_id.in_(round_ids)))
        card_ids = select(orm.CardRow.id).where(orm.CardRow.workshop_id == workshop_id)
        session.execute(delete(orm.CardLinkRow).where(orm.CardLinkRow.card_id.in_(card_ids)))
        session.execute(delete(orm.CardPartnerRow).where(orm.CardPartnerRow.card_id.in_(card_ids)))
        for model in (
            orm.ScenarioAxesRow,
            orm.VoteRoundRow,
            orm.CardRow,
            orm.ParticipantRow,
            orm.OrganisationRow,
            orm.PhaseRow,
        ):
            session.execute(delete(model).where(model.workshop_id == workshop_id))
        session.delete(row)
        uow.commit()
    return Changes(workshop_id=workshop_id, workshop=True)


def duplicate_workshop(
    store: Store, workshop_id: uuid.UUID, *, title: str | None = None
) -> Changes:
    """A new workshop with the same déroulé, organisations and participants; no cards.
    Without ``title``, the source's with the first free " (n)": "Atelier (2)"."""
    with store.unit_of_work() as uow:
        session = uow.session
        source = get_row(session, orm.WorkshopRow, workshop_id)
        now = utcnow()
        if not title:
            taken = set(session.scalars(select(orm.WorkshopRow.title)))
            title = distinct_title(source.title, taken)
        copy = orm.WorkshopRow(
            id=new_id(),
            title=check_text("title", title, required=True),
            focal_question=source.focal_question,
            horizon_year=source.horizon_year,
            territory=source.territory,
            date=source.date,
            place=source.place,
            organisers=source.organisers,
            anonymous=source.anonymous,
            template_key=source.template_key,
            language=source.language,
            created_at=now,
            updated_at=now,
        )
        session.add(copy)
        session.flush()
        for phase in source.phases:
            session.add(
                orm.PhaseRow(
                    id=new_id(),
                    workshop_id=copy.id,
                    position=phase.position,
                    kind=phase.kind,
                    title=phase.title,
                    instructions=phase.instructions,
                    question=phase.question,
                    facilitator_notes=phase.facilitator_notes,
                    planned_minutes=phase.planned_minutes,
                    categories=list(phase.categories),
                    updated_at=now,
                )
            )
        org_map: dict[uuid.UUID, uuid.UUID] = {}
        for org in session.scalars(
            select(orm.OrganisationRow).where(orm.OrganisationRow.workshop_id == workshop_id)
        ):
            org_map[org.id] = new_id()
            session.add(
                orm.OrganisationRow(
                    id=org_map[org.id], workshop_id=copy.id, name=org.name, updated_at=now
                )
            )
        session.flush()
        for person in session.scalars(
            select(orm.ParticipantRow).where(orm.ParticipantRow.workshop_id == workshop_id)
        ):
            session.add(
                orm.ParticipantRow(
                    id=new_id(),
                    workshop_id=copy.id,
                    name=person.name,
                    organisation_id=org_map.get(person.organisation_id)
                    if person.organisation_id
                    else None,
                    role=person.role,
                    table_label=person.table_label,
                    updated_at=now,
                )
            )
        uow.commit()
    return Changes(workshop_id=copy.id, workshop=True, created=(copy.id,))


# --- organisations and participants -------------------------------------------------------


def add_organisation(store: Store, workshop_id: uuid.UUID, name: str) -> Changes:
    """Add an organisation (or find the one of the same name, ignoring case)."""
    check_text("organisation", name, required=True)
    with store.unit_of_work() as uow:
        get_row(uow.session, orm.WorkshopRow, workshop_id)
        before = uow.session.scalar(
            select(func.count())
            .select_from(orm.OrganisationRow)
            .where(orm.OrganisationRow.workshop_id == workshop_id)
        )
        org_id = _organisation_id(uow.session, workshop_id, name, utcnow())
        after = uow.session.scalar(
            select(func.count())
            .select_from(orm.OrganisationRow)
            .where(orm.OrganisationRow.workshop_id == workshop_id)
        )
        uow.commit()
    assert org_id is not None
    return Changes(workshop_id=workshop_id, organisations=before != after, created=(org_id,))


def rename_organisation(store: Store, organisation_id: uuid.UUID, name: str) -> Changes:
    check_text("organisation", name, required=True)
    with store.unit_of_work() as uow:
        row = get_row(uow.session, orm.OrganisationRow, organisation_id)
        row.name = name
        row.updated_at = utcnow()
        workshop_id = row.workshop_id
        uow.commit()
    return Changes(workshop_id=workshop_id, organisations=True)


def remove_organisation(store: Store, organisation_id: uuid.UUID) -> Changes:
    """Remove an organisation nobody refers to (undo of ``add_organisation``)."""
    with store.unit_of_work() as uow:
        session = uow.session
        row = get_row(session, orm.OrganisationRow, organisation_id)
        uses = (
            select(func.count())
            .select_from(orm.CardRow)
            .where(orm.CardRow.lead_organisation_id == organisation_id),
            select(func.count())
            .select_from(orm.CardPartnerRow)
            .where(orm.CardPartnerRow.organisation_id == organisation_id),
            select(func.count())
            .select_from(orm.ParticipantRow)
            .where(orm.ParticipantRow.organisation_id == organisation_id),
        )
        if any(session.scalar(query) for query in uses):
            raise ValidationError("organisation", "organisation_in_use", name=row.name)
        workshop_id = row.workshop_id
        session.delete(row)
        uow.commit()
    return Changes(workshop_id=workshop_id, organisations=True)


def add_participants(
    store: Store, workshop_id: uuid.UUID, people: list[PersonLine] | str
) -> Changes:
    """Add participants, e.g. pasted from a spreadsheet (name, organisation, role, table)."""
    lines = parse_people(people) if isinstance(people, str) else people
    with store.unit_of_work() as uow:
        get_row(uow.session, orm.WorkshopRow, workshop_id)
        created = _add_people(uow.session, workshop_id, lines, utcnow())
        uow.commit()
    return Changes(
        workshop_id=workshop_id, participants=True, organisations=True, created=tuple(created)
    )


def update_participant(
    store: Store,
    participant_id: uuid.UUID,
    *,
    name: str | None = None,
    organisation: str | None = None,
    role: str | None = None,
    table_label: str | None = None,
) -> Changes:
    with store.unit_of_work() as uow:
        row = get_row(uow.session, orm.ParticipantRow, participant_id)
        now = utcnow()
        if name is not None:
            row.name = check_text("name", name, required=True)
        if organisation is not None:
            check_text("organisation", organisation)
            row.organisation_id = _organisation_id(uow.session, row.workshop_id, organisation, now)
        if role is not None:
            row.role = check_text("role", role)
        if table_label is not None:
            row.table_label = check_text("table", table_label)
        row.updated_at = now
        workshop_id = row.workshop_id
        uow.commit()
    return Changes(workshop_id=workshop_id, participants=True, organisations=True)


def remove_participant(store: Store, participant_id: uuid.UUID) -> Changes:
    with store.unit_of_work() as uow:
        row = get_row(uow.session, orm.ParticipantRow, participant_id)
        workshop_id = row.workshop_id
        uow.session.delete(row)
        uow.commit()
    return Changes(workshop_id=workshop_id, participants=True)


# --- templates ----------------------------------------------------------------------------


def _template_phase(session: Session, phase: orm.PhaseRow) -> TemplatePhase:
    """A phase as a template phase; the cards that came from the template (the closing
    checklist, say) become its seed cards again."""
    categories = tuple(phase.categories or ())
    seeds = session.scalars(
        select(orm.CardRow)
        .where(
            orm.CardRow.phase_id == phase.id,
            orm.CardRow.device == TEMPLATE_DEVICE,
            orm.CardRow.deleted_at.is_(None),
            orm.CardRow.merged_into_id.is_(None),
        )
        .order_by(orm.CardRow.position)
    )
    return TemplatePhase(
        kind=PhaseKind(phase.kind),
        title=phase.title,
        minutes=phase.planned_minutes,
        question=phase.question,
        instructions=phase.instructions,
        facilitator_notes=phase.facilitator_notes,
        categories=categories,
        seed_cards=tuple(
            SeedCard(card.text, card.category if card.category in categories else "")
            for card in seeds
        ),
    )


def save_as_template(
    store: Store, workshop_id: uuid.UUID, *, key: str, title: str, description: str = ""
) -> Path:
    """Save a workshop's déroulé (phases, timings, instructions, categories) as a new
    template in the user's templates folder, and return the file written."""
    if not KEY_PATTERN.fullmatch(key):
        raise ValidationError("key", "template_key")
    if (scenarios_dir() / f"{key}.toml").exists():
        raise ValidationError("key", "builtin_template", key=key)
    check_text("title", title, required=True)
    with store.read() as session:
        workshop = get_row(session, orm.WorkshopRow, workshop_id)
        phases = tuple(_template_phase(session, p) for p in workshop.phases)
        template = Template(
            key=key,
            title=title,
            language=workshop.language,
            description=description,
            horizon_offset=max(0, workshop.horizon_year - workshop.date.year),
            focal_question=workshop.focal_question,
            territory=workshop.territory,
            phases=phases,
        )
    folder = store.data_dir.templates
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{key}.toml"
    if target.exists():
        raise ValidationError("key", "template_exists", key=key)
    partial = target.with_suffix(".toml.partial")
    partial.write_text(template_to_toml(template), encoding="utf-8")
    try:
        load_template(partial.rename(target))
    except FormatError:
        target.unlink(missing_ok=True)
        raise
    return target


__all__ = [
    "add_organisation",
    "add_participants",
    "create_workshop",
    "delete_workshop",
    "duplicate_workshop",
    "remove_organisation",
    "remove_participant",
    "rename_organisation",
    "save_as_template",
    "this_device",
    "update_participant",
    "update_workshop",
]
