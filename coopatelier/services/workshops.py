"""Use cases on whole workshops: create from a template, edit, duplicate, delete, people."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Iterable
from pathlib import Path

from sqlalchemy import delete, func, or_, select, update
from sqlalchemy.orm import Session

from coopatelier.domain.demarche import is_ingredients_category
from coopatelier.domain.model import (
    BROUGHT_FORWARD_DEVICE,
    PHASE_CARD_KIND,
    TEMPLATE_DEVICE,
    CardKind,
    Partner,
    PhaseKind,
    new_id,
    utcnow,
)
from coopatelier.domain.people import (
    ActionRoles,
    PeopleState,
    PersonLine,
    name_key,
    parse_people,
)
from coopatelier.domain.rules import check_horizon, check_text, distinct_title
from coopatelier.errors import FormatError, ValidationError
from coopatelier.files import write_atomically
from coopatelier.resources import scenarios_dir
from coopatelier.services._common import (
    get_row,
    new_organisation,
    organisation_scope,
    same_list,
    set_partner_rows,
    this_device,
)
from coopatelier.services.changes import Changes
from coopatelier.storage import convert, orm
from coopatelier.storage.store import Store
from coopatelier.templates import Template, TemplatePhase, template_to_toml
from coopatelier.templates.loader import KEY_PATTERN, SeedCard, fill_in, load_template

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
    demarche_id: uuid.UUID | None = None,
) -> Changes:
    """A new workshop with the template's déroulé (phases, categories, seed cards), created
    ``at`` (default now: an import or a demo may date it). The template's ``{horizon}`` and
    ``{year}`` become the workshop's horizon and the year of its date. In a démarche
    (``demarche_id``) it uses the démarche's organisations, and its ingredients phase
    starts from the cooperation ingredients of the démarche's latest workshop (brought
    forward to tick and enrich); a phase with a ``review`` focus reads the démarche's live
    actions."""
    day = date or dt.date.today()
    horizon = horizon_year if horizon_year is not None else day.year + template.horizon_offset

    def fill(text: str) -> str:
        return fill_in(text, horizon_year=horizon, year=day.year)

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
            fill(template.focal_question if focal_question is None else focal_question),
        ),
        horizon_year=horizon,
        territory=check_text(
            "territory", fill(template.territory if territory is None else territory)
        ),
        date=day,
        place=place,
        organisers=organisers,
        anonymous=anonymous,
        template_key=template.key,
        language=template.language,
        created_at=now,
        updated_at=now,
        demarche_id=demarche_id,
    )
    lines = parse_people(people) if isinstance(people, str) else people
    with store.unit_of_work() as uow:
        session = uow.session
        if demarche_id is not None:
            get_row(session, orm.DemarcheRow, demarche_id)
        session.add(row)
        session.flush()
        for position, phase in enumerate(template.phases):
            _add_phase_row(session, row.id, position, phase, now, fill)
        _add_people(session, row.id, lines, now)
        if demarche_id is not None:
            session.flush()
            _bring_forward_ingredients(session, row, now)
        uow.commit()
    return Changes(
        workshop_id=row.id,
        workshop=True,
        created=(row.id,),
        demarche_id=demarche_id,
        demarche=demarche_id is not None,
    )


def _bring_forward_ingredients(
    session: Session, row: orm.WorkshopRow, now: dt.datetime
) -> None:
    """Copy the cooperation ingredients of the démarche's latest other workshop into the
    new workshop's ingredients category as they stand (ticked where they were ticked: the
    room revisits them); the template's own ingredients of the same wording are not
    repeated."""
    target_phase = None
    target_category = ""
    for phase in row.phases:
        if phase.kind == PhaseKind.CLOSING.value:
            found = [c for c in phase.categories if is_ingredients_category(c)]
            if found:
                target_phase, target_category = phase, found[0]
                break
    if target_phase is None:
        return
    previous = session.scalars(
        select(orm.WorkshopRow)
        .where(orm.WorkshopRow.demarche_id == row.demarche_id, orm.WorkshopRow.id != row.id)
        .order_by(orm.WorkshopRow.date.desc(), orm.WorkshopRow.created_at.desc())
    ).all()
    for source in previous:
        closing = select(orm.PhaseRow.id).where(
            orm.PhaseRow.workshop_id == source.id, orm.PhaseRow.kind == PhaseKind.CLOSING.value
        )
        carried = [
            card
            for card in session.scalars(
                select(orm.CardRow)
                .where(
                    orm.CardRow.phase_id.in_(closing),
                    orm.CardRow.deleted_at.is_(None),
                    orm.CardRow.merged_into_id.is_(None),
                )
                .order_by(orm.CardRow.position, orm.CardRow.created_at, orm.CardRow.id)
            )
            if is_ingredients_category(card.category)
        ]
        if not carried:
            continue
        existing = session.scalars(
            select(orm.CardRow).where(orm.CardRow.phase_id == target_phase.id)
        ).all()
        known = {name_key(card.text) for card in existing}
        position = max((card.position for card in existing), default=0.0)
        for card in carried:
            if name_key(card.text) in known:
                continue
            known.add(name_key(card.text))
            position += 1.0
            session.add(
                orm.CardRow(
                    id=new_id(),
                    workshop_id=row.id,
                    phase_id=target_phase.id,
                    kind=CardKind.NOTE.value,
                    text=card.text,
                    position=position,
                    category=target_category,
                    author=card.author,
                    device=BROUGHT_FORWARD_DEVICE,
                    checked=bool(card.checked),
                    created_at=now,
                    updated_at=now,
                )
            )
        return


def _add_phase_row(
    session: Session,
    workshop_id: uuid.UUID,
    position: int,
    phase: TemplatePhase,
    now: dt.datetime,
    fill: Callable[[str], str] = lambda text: text,
) -> orm.PhaseRow:
    """``fill``: the template's placeholders filled in for this workshop."""
    row = orm.PhaseRow(
        id=new_id(),
        workshop_id=workshop_id,
        position=position,
        kind=phase.kind.value,
        title=fill(phase.title),
        instructions=fill(phase.instructions),
        question=fill(phase.question),
        facilitator_notes=fill(phase.facilitator_notes),
        planned_minutes=phase.minutes,
        categories=[fill(c) for c in phase.categories],
        demarche_focus=phase.focus,
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
                text=fill(seed.text),
                position=float(index + 1),
                category=fill(seed.category),
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
        select(orm.OrganisationRow).where(organisation_scope(session, workshop_id))
    ).all()
    key = name_key(name)
    for org in existing:
        if name_key(org.name) == key:
            return org.id
    row = new_organisation(session, workshop_id, id=new_id(), name=name, updated_at=now)
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
        session.execute(
            delete(orm.RoundNumberRow).where(orm.RoundNumberRow.round_id.in_(round_ids))
        )
        card_ids = select(orm.CardRow.id).where(orm.CardRow.workshop_id == workshop_id)
        session.execute(delete(orm.CardLinkRow).where(orm.CardLinkRow.card_id.in_(card_ids)))
        session.execute(delete(orm.CardPartnerRow).where(orm.CardPartnerRow.card_id.in_(card_ids)))
        # its actions' histories go with them; what names the workshop elsewhere forgets it
        session.execute(
            delete(orm.ActionEventRow).where(orm.ActionEventRow.action_id.in_(card_ids))
        )
        session.execute(
            update(orm.ActionEventRow)
            .where(orm.ActionEventRow.replaced_by_id.in_(card_ids))
            .values(replaced_by_id=None)
        )
        for named in (orm.ActionEventRow, orm.DemarcheDecisionRow):
            session.execute(
                update(named).where(named.workshop_id == workshop_id).values(workshop_id=None)
            )
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
                    demarche_focus=phase.demarche_focus,
                    updated_at=now,
                )
            )
        org_map: dict[uuid.UUID, uuid.UUID] = {}
        for org in session.scalars(
            select(orm.OrganisationRow).where(organisation_scope(session, workshop_id))
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
            .where(organisation_scope(uow.session, workshop_id))
        )
        org_id = _organisation_id(uow.session, workshop_id, name, utcnow())
        after = uow.session.scalar(
            select(func.count())
            .select_from(orm.OrganisationRow)
            .where(organisation_scope(uow.session, workshop_id))
        )
        uow.commit()
    assert org_id is not None
    return Changes(workshop_id=workshop_id, organisations=before != after, created=(org_id,))


def rename_organisation(store: Store, organisation_id: uuid.UUID, name: str) -> Changes:
    """Rename an organisation; a name another organisation of the workshop already has
    (case, accents and spaces aside) is refused: merge the two instead."""
    check_text("organisation", name, required=True)
    name = name.strip()
    with store.unit_of_work() as uow:
        row = get_row(uow.session, orm.OrganisationRow, organisation_id)
        others = uow.session.scalars(
            select(orm.OrganisationRow.name).where(
                same_list(uow.session, row),
                orm.OrganisationRow.id != organisation_id,
            )
        )
        if any(name_key(other) == name_key(name) for other in others):
            raise ValidationError("organisation", "organisation_exists", name=name)
        row.name = name
        row.updated_at = utcnow()
        workshop_id, demarche_id = row.workshop_id, row.demarche_id
        uow.commit()
    return Changes(
        workshop_id=workshop_id,
        organisations=True,
        demarche_id=demarche_id,
        demarche=demarche_id is not None,
    )


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
            select(func.count())
            .select_from(orm.DemarcheMemberRow)
            .where(orm.DemarcheMemberRow.organisation_id == organisation_id),
        )
        if any(session.scalar(query) for query in uses):
            raise ValidationError("organisation", "organisation_in_use", name=row.name)
        workshop_id, demarche_id = row.workshop_id, row.demarche_id
        session.delete(row)
        uow.commit()
    return Changes(
        workshop_id=workshop_id,
        organisations=True,
        demarche_id=demarche_id,
        demarche=demarche_id is not None,
    )


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


def remove_participants(store: Store, participant_ids: Iterable[uuid.UUID]) -> Changes:
    """Remove several participants of one workshop in one transaction."""
    ids = list(dict.fromkeys(participant_ids))
    if not ids:
        raise ValidationError("participants", "choose_participant")
    with store.unit_of_work() as uow:
        rows = [get_row(uow.session, orm.ParticipantRow, pid) for pid in ids]
        workshop_id = rows[0].workshop_id
        if any(row.workshop_id != workshop_id for row in rows):
            raise ValidationError("participants", "not_same_workshop")
        for row in rows:
            uow.session.delete(row)
        uow.commit()
    return Changes(workshop_id=workshop_id, participants=True)


def paste_participants(
    store: Store, workshop_id: uuid.UUID, people: list[PersonLine] | str
) -> Changes:
    """Add pasted participants (name, organisation, role, table), matched by name: a person
    already listed (case, accents and spaces aside) is updated with the cells the paste
    fills, not added twice. ``created`` holds the new participants' ids."""
    lines = parse_people(people) if isinstance(people, str) else people
    with store.unit_of_work() as uow:
        session = uow.session
        get_row(session, orm.WorkshopRow, workshop_id)
        now = utcnow()
        known: dict[str, orm.ParticipantRow] = {}
        for row in session.scalars(
            select(orm.ParticipantRow)
            .where(orm.ParticipantRow.workshop_id == workshop_id)
            .order_by(orm.ParticipantRow.name, orm.ParticipantRow.id)
        ):
            known.setdefault(name_key(row.name), row)
        created: list[uuid.UUID] = []
        for line in lines:
            for field_name, cell in (
                ("organisation", line.organisation),
                ("role", line.role),
                ("table", line.table_label),
            ):
                check_text(field_name, cell)
            org_id = _organisation_id(session, workshop_id, line.organisation, now)
            if not line.name.strip():
                continue
            name = check_text("name", line.name.strip(), required=True)
            existing = known.get(name_key(name))
            if existing is None:
                row = orm.ParticipantRow(
                    id=new_id(),
                    workshop_id=workshop_id,
                    name=name,
                    organisation_id=org_id,
                    role=line.role,
                    table_label=line.table_label,
                    updated_at=now,
                )
                session.add(row)
                known[name_key(name)] = row
                created.append(row.id)
                continue
            values: dict[str, object] = {
                "organisation_id": existing.organisation_id if org_id is None else org_id,
                "role": line.role or existing.role,
                "table_label": line.table_label or existing.table_label,
            }
            if any(getattr(existing, key) != value for key, value in values.items()):
                for key, value in values.items():
                    setattr(existing, key, value)
                existing.updated_at = now
        uow.commit()
    return Changes(
        workshop_id=workshop_id, participants=True, organisations=True, created=tuple(created)
    )


def _join_roles(first: str, second: str) -> str:
    """One partner role out of two: the one that says something, or both when they differ."""
    if not second.strip() or name_key(first) == name_key(second):
        return first
    if not first.strip():
        return second
    return f"{first} / {second}"


def merge_organisations(
    store: Store, into_id: uuid.UUID, merged_ids: Iterable[uuid.UUID]
) -> Changes:
    """Merge organisations into ``into_id``, in one transaction: their participants, the
    actions they lead and their partner roles pass to it, and they are removed. An action
    never lists the organisation twice as partner (two roles are joined), nor as lead and
    partner with no role (the lead stays; a partner role that says something stays)."""
    merged = [oid for oid in dict.fromkeys(merged_ids) if oid != into_id]
    if not merged:
        raise ValidationError("organisations", "choose_organisation_to_merge")
    with store.unit_of_work() as uow:
        session = uow.session
        target = get_row(session, orm.OrganisationRow, into_id)
        workshop_id, demarche_id = target.workshop_id, target.demarche_id
        sources = [get_row(session, orm.OrganisationRow, oid) for oid in merged]
        if any(
            (source.workshop_id, source.demarche_id) != (workshop_id, demarche_id)
            for source in sources
        ):
            raise ValidationError("organisations", "not_same_workshop")
        cards = fold_organisations(session, into_id, set(merged))
        for source in sources:
            session.delete(source)
        uow.commit()
    return Changes(
        workshop_id=workshop_id,
        organisations=True,
        participants=True,
        cards=frozenset(card.id for card in cards),
        demarche_id=demarche_id,
        demarche=demarche_id is not None,
    )


def fold_organisations(
    session: Session, into_id: uuid.UUID, gone: set[uuid.UUID]
) -> list[orm.CardRow]:
    """Make everything that refers to the ``gone`` organisations refer to ``into_id``:
    participants, leads and partner roles (an action never lists it twice), the démarche's
    members and the roles recorded in actions' histories. Returns the cards changed; the
    caller deletes the ``gone`` rows."""
    now = utcnow()
    for member in session.scalars(
        select(orm.DemarcheMemberRow).where(orm.DemarcheMemberRow.organisation_id.in_(gone))
    ):
        member.organisation_id = into_id
        member.updated_at = now
    _remap_event_roles(session, into_id, gone)
    for person in session.scalars(
        select(orm.ParticipantRow).where(orm.ParticipantRow.organisation_id.in_(gone))
    ):
        person.organisation_id = into_id
        person.updated_at = now
    cards = session.scalars(
        select(orm.CardRow).where(
            or_(
                orm.CardRow.lead_organisation_id.in_(gone),
                orm.CardRow.id.in_(
                    select(orm.CardPartnerRow.card_id).where(
                        orm.CardPartnerRow.organisation_id.in_(gone)
                    )
                ),
            )
        )
    ).all()
    for card in cards:
        if card.lead_organisation_id in gone:
            card.lead_organisation_id = into_id
        roles: dict[uuid.UUID, str] = {}
        for partner in card.partners:
            org_id = into_id if partner.organisation_id in gone else partner.organisation_id
            if org_id in roles:
                roles[org_id] = _join_roles(roles[org_id], partner.role)
            else:
                roles[org_id] = partner.role
        lead_again = card.lead_organisation_id == into_id and into_id in roles
        if lead_again and not roles[into_id].strip():
            del roles[into_id]  # the lead, listed again as partner with no role
        _replace_partners(session, card, [Partner(o, r) for o, r in roles.items()])
        card.updated_at = now
    session.flush()
    return list(cards)


def _remap_event_roles(session: Session, into_id: uuid.UUID, gone: set[uuid.UUID]) -> None:
    """The lead and partners named in actions' role changes follow a merge of organisations
    (the history keeps saying who, with the surviving row's name)."""
    gone_text = {str(oid) for oid in gone}

    def remap(roles: dict[str, object]) -> dict[str, object] | None:
        lead = roles.get("lead")
        partners = roles.get("partners")
        touched = lead in gone_text or (
            isinstance(partners, list)
            and any(isinstance(p, list) and p and p[0] in gone_text for p in partners)
        )
        if not touched:
            return None
        new: dict[str, object] = dict(roles)
        if lead in gone_text:
            new["lead"] = str(into_id)
        if isinstance(partners, list):
            new["partners"] = [
                [str(into_id), *p[1:]] if isinstance(p, list) and p and p[0] in gone_text else p
                for p in partners
            ]
        return new

    for event in session.scalars(
        select(orm.ActionEventRow).where(orm.ActionEventRow.kind == "roles")
    ):
        for name in ("roles", "previous_roles"):
            value = getattr(event, name)
            if isinstance(value, dict):
                changed = remap(value)
                if changed is not None:
                    setattr(event, name, changed)


def _replace_partners(session: Session, card: orm.CardRow, partners: list[Partner]) -> None:
    set_partner_rows(card, [(p.organisation_id, p.role) for p in partners])


def _roles_of(card: orm.CardRow) -> ActionRoles:
    return ActionRoles(
        card.id,
        card.lead_organisation_id,
        tuple(Partner(p.organisation_id, p.role) for p in card.partners),
    )


def people_state(store: Store, workshop_id: uuid.UUID) -> PeopleState:
    """The workshop's organisations, participants and action roles as they stand now."""
    with store.read() as session:
        get_row(session, orm.WorkshopRow, workshop_id)
        orgs = session.scalars(
            select(orm.OrganisationRow).where(organisation_scope(session, workshop_id))
        )
        people = session.scalars(
            select(orm.ParticipantRow).where(orm.ParticipantRow.workshop_id == workshop_id)
        )
        cards = session.scalars(
            select(orm.CardRow).where(
                orm.CardRow.workshop_id == workshop_id,
                or_(
                    orm.CardRow.kind == CardKind.ACTION.value,
                    orm.CardRow.lead_organisation_id.is_not(None),
                    orm.CardRow.id.in_(select(orm.CardPartnerRow.card_id)),
                ),
            )
        )
        return PeopleState(
            workshop_id=workshop_id,
            organisations=tuple(convert.organisation(o) for o in orgs),
            participants=tuple(convert.participant(p) for p in people),
            roles=tuple(_roles_of(card) for card in cards),
        )


def restore_people(store: Store, state: PeopleState) -> Changes:
    """Put the workshop's organisations, participants and action roles back as ``state``
    has them, ids included (the undo of an edit of people or organisations). Organisations
    and participants not in ``state`` are removed; cards it does not list keep their roles,
    but lose those of removed organisations."""
    workshop_id = state.workshop_id
    with store.unit_of_work() as uow:
        session = uow.session
        get_row(session, orm.WorkshopRow, workshop_id)
        now = utcnow()
        orgs = {
            row.id: row
            for row in session.scalars(
                select(orm.OrganisationRow).where(organisation_scope(session, workshop_id))
            )
        }
        for org in state.organisations:
            org_row = orgs.get(org.id)
            if org_row is None:
                session.add(
                    new_organisation(
                        session, workshop_id, id=org.id, name=org.name, updated_at=now
                    )
                )
            elif org_row.name != org.name:
                org_row.name = org.name
                org_row.updated_at = now
        session.flush()
        people = {
            row.id: row
            for row in session.scalars(
                select(orm.ParticipantRow).where(orm.ParticipantRow.workshop_id == workshop_id)
            )
        }
        wanted = {p.id for p in state.participants}
        for person_id, unwanted in people.items():
            if person_id not in wanted:
                session.delete(unwanted)
        for person in state.participants:
            values: dict[str, object] = {
                "name": person.name,
                "organisation_id": person.organisation_id,
                "role": person.role,
                "table_label": person.table_label,
            }
            person_row = people.get(person.id)
            if person_row is None:
                session.add(
                    orm.ParticipantRow(
                        id=person.id, workshop_id=workshop_id, updated_at=now, **values
                    )
                )
            elif any(getattr(person_row, key) != value for key, value in values.items()):
                for key, value in values.items():
                    setattr(person_row, key, value)
                person_row.updated_at = now
        changed: set[uuid.UUID] = set()
        for roles in state.roles:
            card = session.get(orm.CardRow, roles.card_id)
            if card is None or card.workshop_id != workshop_id or _roles_of(card) == roles:
                continue
            card.lead_organisation_id = roles.lead_organisation_id
            _replace_partners(session, card, list(roles.partners))
            card.updated_at = now
            changed.add(card.id)
        gone = set(orgs) - {o.id for o in state.organisations}
        if gone:
            for card in session.scalars(
                select(orm.CardRow).where(
                    or_(
                        orm.CardRow.lead_organisation_id.in_(gone),
                        orm.CardRow.id.in_(
                            select(orm.CardPartnerRow.card_id).where(
                                orm.CardPartnerRow.organisation_id.in_(gone)
                            )
                        ),
                    )
                )
            ):
                if card.lead_organisation_id in gone:
                    card.lead_organisation_id = None
                kept = [p for p in _roles_of(card).partners if p.organisation_id not in gone]
                _replace_partners(session, card, kept)
                card.updated_at = now
                changed.add(card.id)
            session.flush()
            for org_id in gone:
                session.delete(orgs[org_id])
        uow.commit()
    return Changes(
        workshop_id=workshop_id,
        organisations=True,
        participants=True,
        cards=frozenset(changed),
    )


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
        focus=phase.demarche_focus or "",
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
    write_atomically(target, template_to_toml(template).encode("utf-8"))
    try:
        load_template(target)
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
    "merge_organisations",
    "paste_participants",
    "people_state",
    "remove_organisation",
    "remove_participant",
    "remove_participants",
    "rename_organisation",
    "restore_people",
    "save_as_template",
    "this_device",
    "update_participant",
    "update_workshop",
]
