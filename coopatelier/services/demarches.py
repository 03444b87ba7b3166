"""Use cases on démarches: create, edit, attach and detach workshops (their organisations
unified with the démarche's), the governance of the collective (members, decisions).

The actions' history lives in ``services/action_history.py``; the read side in
``services/demarche_queries.py``. Each function is one unit of work and returns ``Changes``.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from coopatelier.domain.demarche import DEFAULT_COLLECTIVE_ROLES, Decision, Member
from coopatelier.domain.model import new_id, utcnow
from coopatelier.domain.people import name_key
from coopatelier.domain.rules import check_text
from coopatelier.errors import ValidationError
from coopatelier.services._common import get_row, set_partner_rows
from coopatelier.services.changes import Changes
from coopatelier.services.workshops import fold_organisations
from coopatelier.storage import orm
from coopatelier.storage.store import Store

DEMARCHE_FIELDS = (
    "title",
    "description",
    "language",
    "rhythm",
    "next_meeting_date",
    "next_meeting_place",
    "collective_roles",
)


def create_demarche(
    store: Store,
    *,
    title: str,
    description: str = "",
    language: str = "fr",
    collective_roles: Sequence[str] = DEFAULT_COLLECTIVE_ROLES,
    at: dt.datetime | None = None,
) -> Changes:
    """A new, empty démarche with the default roles in the collective."""
    check_text("title", title, required=True)
    check_text("description", description)
    roles = _roles_list(collective_roles)
    now = at or utcnow()
    row = orm.DemarcheRow(
        id=new_id(),
        title=title.strip(),
        description=description,
        language=check_text("language", language, required=True),
        rhythm="",
        next_meeting_date=None,
        next_meeting_place="",
        collective_roles=roles,
        created_at=now,
        updated_at=now,
    )
    with store.unit_of_work() as uow:
        uow.session.add(row)
        uow.commit()
    return Changes(demarche_id=row.id, demarche=True, workshop=True, created=(row.id,))


def _roles_list(roles: object) -> list[str]:
    if isinstance(roles, str) or not isinstance(roles, Sequence):
        raise ValidationError("collective_roles", "texts_list")
    cleaned: list[str] = []
    for role in roles:
        if not isinstance(role, str):
            raise ValidationError("collective_roles", "texts_list")
        role = check_text("collective_roles", role.strip(), required=True)
        if any(name_key(role) == name_key(known) for known in cleaned):
            raise ValidationError("collective_roles", "same_role_twice", role=role)
        cleaned.append(role)
    return cleaned


def update_demarche(store: Store, demarche_id: uuid.UUID, **fields: object) -> Changes:
    """Change the démarche's own fields: title (rename), description, language, rhythm,
    next meeting date and place, the list of roles in the collective."""
    unknown = set(fields) - set(DEMARCHE_FIELDS)
    if unknown:
        raise ValidationError(sorted(unknown)[0], "not_demarche_field")
    with store.unit_of_work() as uow:
        row = get_row(uow.session, orm.DemarcheRow, demarche_id)
        for name, value in fields.items():
            if name == "next_meeting_date":
                if value is not None and not isinstance(value, dt.date):
                    raise ValidationError(name, "date")
                row.next_meeting_date = value
            elif name == "collective_roles":
                row.collective_roles = _roles_list(value)
            else:
                if not isinstance(value, str):
                    raise ValidationError(name, "must_be_text")
                value = check_text(name, value, required=name in ("title", "language"))
                setattr(row, name, value.strip() if name == "title" else value)
        row.updated_at = utcnow()
        uow.commit()
    return Changes(demarche_id=demarche_id, demarche=True, workshop=True)


def rename_demarche(store: Store, demarche_id: uuid.UUID, title: str) -> Changes:
    return update_demarche(store, demarche_id, title=title)


def delete_demarche(store: Store, demarche_id: uuid.UUID) -> Changes:
    """Delete a démarche: its workshops stay, detached, each with its own copy of the
    organisations it uses; the governance and the actions' histories of the démarche go
    with it only where they belong to it (members, decisions)."""
    with store.unit_of_work() as uow:
        session = uow.session
        row = get_row(session, orm.DemarcheRow, demarche_id)
        workshops = session.scalars(
            select(orm.WorkshopRow).where(orm.WorkshopRow.demarche_id == demarche_id)
        ).all()
        for workshop in workshops:
            _detach(session, workshop)
        session.flush()
        for model in (orm.DemarcheMemberRow, orm.DemarcheDecisionRow):
            for item in session.scalars(select(model).where(model.demarche_id == demarche_id)):
                session.delete(item)
        for org in session.scalars(
            select(orm.OrganisationRow).where(orm.OrganisationRow.demarche_id == demarche_id)
        ):
            session.delete(org)
        session.flush()
        session.delete(row)
        uow.commit()
    return Changes(demarche_id=demarche_id, demarche=True, workshop=True, organisations=True)


# --- attach and detach --------------------------------------------------------------------


def attach_workshop(store: Store, demarche_id: uuid.UUID, workshop_id: uuid.UUID) -> Changes:
    """Put a workshop in a démarche. Its organisations join the démarche's list: one whose
    name the démarche already has (case, accents and spacing aside) becomes that one (its
    participants, leads and partner roles follow), the others move to the démarche.
    Attaching a workshop already in this démarche changes nothing; one in another démarche
    is refused (detach it first)."""
    with store.unit_of_work() as uow:
        session = uow.session
        get_row(session, orm.DemarcheRow, demarche_id)
        workshop = get_row(session, orm.WorkshopRow, workshop_id)
        if workshop.demarche_id == demarche_id:
            return Changes(demarche_id=demarche_id, workshop_id=workshop_id)
        if workshop.demarche_id is not None:
            other = get_row(session, orm.DemarcheRow, workshop.demarche_id)
            raise ValidationError("demarche", "in_other_demarche", title=other.title)
        cards = attach_in(session, demarche_id, workshop)
        uow.commit()
    return Changes(
        workshop_id=workshop_id,
        workshop=True,
        organisations=True,
        participants=True,
        cards=frozenset(cards),
        demarche_id=demarche_id,
        demarche=True,
    )


def attach_in(
    session: Session, demarche_id: uuid.UUID, workshop: orm.WorkshopRow
) -> set[uuid.UUID]:
    """``attach_workshop`` inside the caller's unit of work; returns the cards changed."""
    workshop_id = workshop.id
    now = utcnow()
    shared = {
        name_key(org.name): org
        for org in session.scalars(
            select(orm.OrganisationRow)
            .where(orm.OrganisationRow.demarche_id == demarche_id)
            .order_by(orm.OrganisationRow.updated_at, orm.OrganisationRow.id)
        )
    }
    cards: set[uuid.UUID] = set()
    own = session.scalars(
        select(orm.OrganisationRow)
        .where(orm.OrganisationRow.workshop_id == workshop_id)
        .order_by(orm.OrganisationRow.name, orm.OrganisationRow.id)
    ).all()
    for org in own:
        same = shared.get(name_key(org.name))
        if same is None:
            org.workshop_id = None
            org.demarche_id = demarche_id
            org.updated_at = now
            shared[name_key(org.name)] = org
            continue
        cards.update(card.id for card in fold_organisations(session, same.id, {org.id}))
        session.delete(org)
    workshop.demarche_id = demarche_id
    workshop.updated_at = now
    session.flush()
    return cards


def detach_workshop(store: Store, workshop_id: uuid.UUID) -> Changes:
    """Take a workshop out of its démarche: it gets its own copy of every organisation it
    uses (participants, leads, partners); the démarche keeps its list and the actions'
    histories."""
    with store.unit_of_work() as uow:
        session = uow.session
        workshop = get_row(session, orm.WorkshopRow, workshop_id)
        demarche_id = workshop.demarche_id
        if demarche_id is None:
            return Changes(workshop_id=workshop_id)
        cards = _detach(session, workshop)
        uow.commit()
    return Changes(
        workshop_id=workshop_id,
        workshop=True,
        organisations=True,
        participants=True,
        cards=frozenset(cards),
        demarche_id=demarche_id,
        demarche=True,
    )


def _detach(session: Session, workshop: orm.WorkshopRow) -> set[uuid.UUID]:
    demarche_id = workshop.demarche_id
    now = utcnow()
    people = session.scalars(
        select(orm.ParticipantRow).where(orm.ParticipantRow.workshop_id == workshop.id)
    ).all()
    cards = session.scalars(
        select(orm.CardRow).where(
            orm.CardRow.workshop_id == workshop.id,
            or_(
                orm.CardRow.lead_organisation_id.is_not(None),
                orm.CardRow.id.in_(select(orm.CardPartnerRow.card_id)),
            ),
        )
    ).all()
    used: set[uuid.UUID] = {p.organisation_id for p in people if p.organisation_id}
    for card in cards:
        if card.lead_organisation_id:
            used.add(card.lead_organisation_id)
        used.update(p.organisation_id for p in card.partners)
    copies: dict[uuid.UUID, uuid.UUID] = {}
    for org in session.scalars(
        select(orm.OrganisationRow).where(
            orm.OrganisationRow.demarche_id == demarche_id, orm.OrganisationRow.id.in_(used)
        )
    ):
        copies[org.id] = new_id()
        session.add(
            orm.OrganisationRow(
                id=copies[org.id], workshop_id=workshop.id, name=org.name, updated_at=now
            )
        )
    session.flush()
    for person in people:
        if person.organisation_id in copies:
            person.organisation_id = copies[person.organisation_id]
            person.updated_at = now
    changed: set[uuid.UUID] = set()
    for card in cards:
        if card.lead_organisation_id in copies:
            card.lead_organisation_id = copies[card.lead_organisation_id]
            changed.add(card.id)
        partners = [(p.organisation_id, p.role) for p in card.partners]
        if any(org_id in copies for org_id, _ in partners):
            set_partner_rows(card, [(copies.get(org_id, org_id), role)
                                    for org_id, role in partners])
            changed.add(card.id)
        if card.id in changed:
            card.updated_at = now
    workshop.demarche_id = None
    workshop.updated_at = now
    return changed


# --- governance ---------------------------------------------------------------------------


def add_member(
    store: Store,
    demarche_id: uuid.UUID,
    *,
    organisation_id: uuid.UUID | None = None,
    person_name: str = "",
    collective_role: str = "",
) -> Changes:
    """A member of the collective: an organisation of the démarche, or a person (a name,
    optionally with their organisation), with their role in the collective."""
    with store.unit_of_work() as uow:
        session = uow.session
        demarche = get_row(session, orm.DemarcheRow, demarche_id)
        values = _member_values(session, demarche, organisation_id, person_name, collective_role)
        count = len(
            session.scalars(
                select(orm.DemarcheMemberRow.id).where(
                    orm.DemarcheMemberRow.demarche_id == demarche_id
                )
            ).all()
        )
        row = orm.DemarcheMemberRow(
            id=new_id(), demarche_id=demarche_id, position=count, updated_at=utcnow(), **values
        )
        session.add(row)
        uow.commit()
    return Changes(demarche_id=demarche_id, demarche=True, created=(row.id,))


def _member_values(
    session: Session,
    demarche: orm.DemarcheRow,
    organisation_id: uuid.UUID | None,
    person_name: str,
    collective_role: str,
) -> dict[str, object]:
    check_text("person_name", person_name)
    check_text("collective_role", collective_role)
    if organisation_id is None and not person_name.strip():
        raise ValidationError("member", "organisation_or_person")
    if organisation_id is not None:
        org = session.get(orm.OrganisationRow, organisation_id)
        if org is None or org.demarche_id != demarche.id:
            raise ValidationError("organisation", "organisation_not_in_demarche")
    role = collective_role.strip()
    if role and not any(name_key(role) == name_key(r) for r in demarche.collective_roles or ()):
        raise ValidationError(
            "collective_role", "unknown_collective_role", role=role,
            roles=", ".join(demarche.collective_roles or ()),
        )
    for known in demarche.collective_roles or ():
        if name_key(known) == name_key(role):
            role = known
    return {
        "organisation_id": organisation_id,
        "person_name": person_name.strip(),
        "collective_role": role,
    }


def update_member(
    store: Store,
    member_id: uuid.UUID,
    *,
    organisation_id: uuid.UUID | None = None,
    person_name: str = "",
    collective_role: str = "",
) -> Changes:
    with store.unit_of_work() as uow:
        session = uow.session
        row = get_row(session, orm.DemarcheMemberRow, member_id)
        demarche = get_row(session, orm.DemarcheRow, row.demarche_id)
        values = _member_values(session, demarche, organisation_id, person_name, collective_role)
        for name, value in values.items():
            setattr(row, name, value)
        row.updated_at = utcnow()
        demarche_id = row.demarche_id
        uow.commit()
    return Changes(demarche_id=demarche_id, demarche=True)


def remove_member(store: Store, member_id: uuid.UUID) -> Changes:
    with store.unit_of_work() as uow:
        row = get_row(uow.session, orm.DemarcheMemberRow, member_id)
        demarche_id = row.demarche_id
        uow.session.delete(row)
        uow.commit()
    return Changes(demarche_id=demarche_id, demarche=True)


def add_decision(
    store: Store,
    demarche_id: uuid.UUID,
    text: str,
    *,
    decided_on: dt.date | None = None,
    workshop_id: uuid.UUID | None = None,
) -> Changes:
    """A decision of the collective, dated (default today), maybe taken in a workshop."""
    check_text("decision", text, required=True)
    with store.unit_of_work() as uow:
        session = uow.session
        get_row(session, orm.DemarcheRow, demarche_id)
        if workshop_id is not None:
            get_row(session, orm.WorkshopRow, workshop_id)
        row = orm.DemarcheDecisionRow(
            id=new_id(),
            demarche_id=demarche_id,
            decided_on=decided_on or dt.date.today(),
            text=text.strip(),
            workshop_id=workshop_id,
            updated_at=utcnow(),
        )
        session.add(row)
        uow.commit()
    return Changes(demarche_id=demarche_id, demarche=True, created=(row.id,))


def update_decision(
    store: Store, decision_id: uuid.UUID, *, text: str, decided_on: dt.date
) -> Changes:
    check_text("decision", text, required=True)
    with store.unit_of_work() as uow:
        row = get_row(uow.session, orm.DemarcheDecisionRow, decision_id)
        row.text = text.strip()
        row.decided_on = decided_on
        row.updated_at = utcnow()
        demarche_id = row.demarche_id
        uow.commit()
    return Changes(demarche_id=demarche_id, demarche=True)


def remove_decision(store: Store, decision_id: uuid.UUID) -> Changes:
    with store.unit_of_work() as uow:
        row = get_row(uow.session, orm.DemarcheDecisionRow, decision_id)
        demarche_id = row.demarche_id
        uow.session.delete(row)
        uow.commit()
    return Changes(demarche_id=demarche_id, demarche=True)


def restore_member(store: Store, member: Member) -> Changes:
    """Put a removed member back as it was, same id (the undo of ``remove_member``)."""
    with store.unit_of_work() as uow:
        get_row(uow.session, orm.DemarcheRow, member.demarche_id)
        uow.session.add(
            orm.DemarcheMemberRow(
                id=member.id, demarche_id=member.demarche_id,
                organisation_id=member.organisation_id, person_name=member.person_name,
                collective_role=member.collective_role, position=member.position,
                updated_at=utcnow(),
            )
        )
        uow.commit()
    return Changes(demarche_id=member.demarche_id, demarche=True, created=(member.id,))


def restore_decision(store: Store, decision: Decision) -> Changes:
    """Put a removed decision back as it was, same id (the undo of ``remove_decision``)."""
    with store.unit_of_work() as uow:
        get_row(uow.session, orm.DemarcheRow, decision.demarche_id)
        uow.session.add(
            orm.DemarcheDecisionRow(
                id=decision.id, demarche_id=decision.demarche_id,
                decided_on=decision.decided_on, text=decision.text,
                workshop_id=decision.workshop_id, updated_at=utcnow(),
            )
        )
        uow.commit()
    return Changes(demarche_id=decision.demarche_id, demarche=True, created=(decision.id,))
