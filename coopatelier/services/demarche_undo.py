"""The undo side of the démarche's gestures (the UI's undo stack calls these).

An action's history is append-only for everyone: these functions only take back the entry
a gesture has just appended (Undo right after a status change, a follow-up or a change of
roles) and put the very same entry back (Redo), ids included, so later commands on the
stack stay valid. Members and decisions of the collective come back with their ids too.
Each function is one unit of work and returns ``Changes``.
"""

from __future__ import annotations

import copy
import datetime as dt
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from coopatelier.domain.demarche import ActionEvent, Decision, EventKind, Member, Roles
from coopatelier.domain.model import Partner, utcnow
from coopatelier.services._common import get_row, set_partner_rows
from coopatelier.services.action_history import roles_to_json
from coopatelier.services.changes import Changes
from coopatelier.storage import convert, orm
from coopatelier.storage.store import Store


def read_event(store: Store, event_id: uuid.UUID) -> ActionEvent:
    """One entry of an action's history as it stands."""
    with store.read() as session:
        return convert.action_event(get_row(session, orm.ActionEventRow, event_id))


def _event_changes(session: Session, card: orm.CardRow) -> Changes:
    workshop = session.get(orm.WorkshopRow, card.workshop_id)
    return Changes(
        workshop_id=card.workshop_id,
        cards=frozenset({card.id}),
        demarche_id=workshop.demarche_id if workshop is not None else None,
        demarche=True,
    )


def _set_roles(card: orm.CardRow, roles: Roles | None) -> None:
    roles = roles or Roles()
    card.lead_organisation_id = roles.lead_organisation_id
    set_partner_rows(card, [(p.organisation_id, p.role) for p in roles.partners])
    card.updated_at = utcnow()


def withdraw_event(store: Store, event_id: uuid.UUID) -> Changes:
    """Take back the entry a gesture just appended (its undo); a change of roles puts
    the action's previous lead and partners back."""
    with store.unit_of_work() as uow:
        session = uow.session
        row = get_row(session, orm.ActionEventRow, event_id)
        card = get_row(session, orm.CardRow, row.action_id)
        if row.kind == EventKind.ROLES.value:
            _set_roles(card, convert.roles_from_json(row.previous_roles))
        changes = _event_changes(session, card)
        session.delete(row)
        uow.commit()
    return changes


def restore_event(store: Store, event: ActionEvent) -> Changes:
    """Put back an entry taken back by ``withdraw_event``, with its id (its redo)."""
    with store.unit_of_work() as uow:
        session = uow.session
        card = get_row(session, orm.CardRow, event.action_id)
        if event.kind is EventKind.ROLES:
            _set_roles(card, event.roles)

        def as_json(roles: Roles | None) -> dict[str, object]:
            if roles is None:
                return {}
            return roles_to_json(roles.lead_organisation_id, roles.partners)

        session.add(
            orm.ActionEventRow(
                id=event.id,
                action_id=event.action_id,
                kind=event.kind.value,
                happened_on=event.happened_on,
                recorded_at=event.recorded_at,
                status=event.status.value if event.status is not None else "",
                note=event.note,
                author=event.author,
                replaced_by_id=event.replaced_by_id,
                roles=as_json(event.roles),
                previous_roles=as_json(event.previous_roles),
                workshop_id=event.workshop_id,
                device=event.device,
            )
        )
        changes = _event_changes(session, card)
        uow.commit()
    return changes


def read_member(store: Store, member_id: uuid.UUID) -> Member:
    with store.read() as session:
        return convert.member(get_row(session, orm.DemarcheMemberRow, member_id))


def restore_member(store: Store, member: Member) -> Changes:
    """Put a removed member back, with its id, place and role (undo of a removal, redo of
    an addition)."""
    with store.unit_of_work() as uow:
        get_row(uow.session, orm.DemarcheRow, member.demarche_id)
        row = uow.session.get(orm.DemarcheMemberRow, member.id)
        if row is None:
            row = orm.DemarcheMemberRow(id=member.id, demarche_id=member.demarche_id)
            uow.session.add(row)
        row.organisation_id = member.organisation_id
        row.person_name = member.person_name
        row.collective_role = member.collective_role
        row.position = member.position
        row.updated_at = utcnow()
        uow.commit()
    return Changes(demarche_id=member.demarche_id, demarche=True)


def read_decision(store: Store, decision_id: uuid.UUID) -> Decision:
    with store.read() as session:
        return convert.decision(get_row(session, orm.DemarcheDecisionRow, decision_id))


def restore_decision(store: Store, decision: Decision) -> Changes:
    """Put a removed decision back, with its id (undo of a removal, redo of an addition)."""
    with store.unit_of_work() as uow:
        get_row(uow.session, orm.DemarcheRow, decision.demarche_id)
        row = uow.session.get(orm.DemarcheDecisionRow, decision.id)
        if row is None:
            row = orm.DemarcheDecisionRow(id=decision.id, demarche_id=decision.demarche_id)
            uow.session.add(row)
        row.decided_on = decision.decided_on
        row.text = decision.text
        row.workshop_id = decision.workshop_id
        row.updated_at = utcnow()
        uow.commit()
    return Changes(demarche_id=decision.demarche_id, demarche=True)


# --- the démarche's shared organisations (undo of a merge) ---------------------------------


@dataclass(frozen=True, slots=True)
class SharedPeopleState:
    """Everything that names one of a démarche's organisations, as it stands: the
    organisations, who belongs to which, the actions' leads and partners, the members of
    the collective and the roles written in the actions' histories."""

    demarche_id: uuid.UUID
    organisations: tuple[tuple[uuid.UUID, str, dt.datetime], ...]
    participants: tuple[tuple[uuid.UUID, uuid.UUID | None], ...]
    cards: tuple[tuple[uuid.UUID, uuid.UUID | None, tuple[Partner, ...]], ...]
    members: tuple[tuple[uuid.UUID, uuid.UUID | None], ...]
    events: tuple[tuple[uuid.UUID, dict[str, Any], dict[str, Any]], ...]


def shared_people_state(store: Store, demarche_id: uuid.UUID) -> SharedPeopleState:
    """The démarche's organisations and everything that refers to them, now."""
    with store.read() as session:
        get_row(session, orm.DemarcheRow, demarche_id)
        orgs = session.scalars(
            select(orm.OrganisationRow).where(orm.OrganisationRow.demarche_id == demarche_id)
        ).all()
        workshops = select(orm.WorkshopRow.id).where(orm.WorkshopRow.demarche_id == demarche_id)
        people = session.scalars(
            select(orm.ParticipantRow).where(orm.ParticipantRow.workshop_id.in_(workshops))
        ).all()
        cards = session.scalars(
            select(orm.CardRow).where(orm.CardRow.workshop_id.in_(workshops))
        ).all()
        members = session.scalars(
            select(orm.DemarcheMemberRow).where(orm.DemarcheMemberRow.demarche_id == demarche_id)
        ).all()
        card_ids = [c.id for c in cards]
        events = session.scalars(
            select(orm.ActionEventRow).where(
                orm.ActionEventRow.kind == EventKind.ROLES.value,
                orm.ActionEventRow.action_id.in_(card_ids),
            )
        ).all() if card_ids else []
        return SharedPeopleState(
            demarche_id=demarche_id,
            organisations=tuple((o.id, o.name, o.updated_at) for o in orgs),
            participants=tuple((p.id, p.organisation_id) for p in people),
            cards=tuple(
                (c.id, c.lead_organisation_id,
                 tuple(Partner(p.organisation_id, p.role) for p in c.partners))
                for c in cards
                if c.lead_organisation_id is not None or c.partners
            ),
            members=tuple((m.id, m.organisation_id) for m in members),
            events=tuple(
                (e.id, copy.deepcopy(e.roles or {}), copy.deepcopy(e.previous_roles or {}))
                for e in events
            ),
        )


def restore_shared_people(store: Store, state: SharedPeopleState) -> Changes:
    """Put a démarche's organisations and everything that named them back as ``state``
    has them, ids included (the undo and redo of a merge of organisations)."""
    with store.unit_of_work() as uow:
        session = uow.session
        get_row(session, orm.DemarcheRow, state.demarche_id)
        wanted = {oid: (name, at) for oid, name, at in state.organisations}
        current = {
            o.id: o for o in session.scalars(
                select(orm.OrganisationRow).where(
                    orm.OrganisationRow.demarche_id == state.demarche_id)
            )
        }
        for oid, (name, at) in wanted.items():
            row = current.get(oid)
            if row is None:
                session.add(orm.OrganisationRow(id=oid, workshop_id=None,
                                                demarche_id=state.demarche_id,
                                                name=name, updated_at=at))
            else:
                row.name, row.updated_at = name, at
        session.flush()
        for pid, belongs in state.participants:
            person = session.get(orm.ParticipantRow, pid)
            if person is not None:
                person.organisation_id = belongs
        changed: set[uuid.UUID] = set()
        for cid, lead, partners in state.cards:
            card = session.get(orm.CardRow, cid)
            if card is None:
                continue
            _set_roles(card, Roles(lead, partners))
            changed.add(cid)
        for mid, member_org in state.members:
            member = session.get(orm.DemarcheMemberRow, mid)
            if member is not None:
                member.organisation_id = member_org
        for eid, roles, previous in state.events:
            event = session.get(orm.ActionEventRow, eid)
            if event is not None:
                event.roles, event.previous_roles = copy.deepcopy(roles), copy.deepcopy(previous)
        session.flush()
        for oid, row in current.items():
            if oid not in wanted:
                session.delete(row)
        uow.commit()
    return Changes(
        organisations=True,
        participants=True,
        cards=frozenset(changed),
        demarche_id=state.demarche_id,
        demarche=True,
    )


# --- attaching a workshop to a démarche (its undo) -----------------------------------------


@dataclass(frozen=True, slots=True)
class AttachUndo:
    """A workshop as it stood before it joined a démarche: its own organisations (ids,
    names, times), who belonged to which, its actions' leads and partners, the roles
    written in their histories. ``undo_attach`` puts exactly this back."""

    workshop_id: uuid.UUID
    demarche_id: uuid.UUID
    workshop_updated_at: dt.datetime
    organisations: tuple[tuple[uuid.UUID, str, dt.datetime], ...]
    participants: tuple[tuple[uuid.UUID, uuid.UUID | None, dt.datetime], ...]
    cards: tuple[tuple[uuid.UUID, uuid.UUID | None, tuple[Partner, ...], dt.datetime], ...]
    events: tuple[tuple[uuid.UUID, dict[str, Any], dict[str, Any]], ...]


def attach_workshop_undoable(
    store: Store, demarche_id: uuid.UUID, workshop_id: uuid.UUID
) -> tuple[Changes, AttachUndo | None]:
    """``attach_workshop``, and what ``undo_attach`` needs to take it back exactly (None
    when the workshop was already in this démarche: nothing to take back)."""
    from coopatelier.services.demarches import attach_workshop

    with store.read() as session:
        get_row(session, orm.DemarcheRow, demarche_id)
        workshop = get_row(session, orm.WorkshopRow, workshop_id)
        already = workshop.demarche_id == demarche_id
        state = None if already else _attach_state(session, workshop, demarche_id)
    return attach_workshop(store, demarche_id, workshop_id), state


def _attach_state(
    session: Session, workshop: orm.WorkshopRow, demarche_id: uuid.UUID
) -> AttachUndo:
    wid = workshop.id
    orgs = session.scalars(
        select(orm.OrganisationRow).where(orm.OrganisationRow.workshop_id == wid)
        .order_by(orm.OrganisationRow.id)
    ).all()
    people = session.scalars(
        select(orm.ParticipantRow).where(orm.ParticipantRow.workshop_id == wid)
        .order_by(orm.ParticipantRow.id)
    ).all()
    cards = session.scalars(
        select(orm.CardRow).where(orm.CardRow.workshop_id == wid).order_by(orm.CardRow.id)
    ).all()
    card_ids = [c.id for c in cards]
    events = session.scalars(
        select(orm.ActionEventRow).where(
            orm.ActionEventRow.kind == EventKind.ROLES.value,
            orm.ActionEventRow.action_id.in_(card_ids),
        ).order_by(orm.ActionEventRow.id)
    ).all() if card_ids else []
    return AttachUndo(
        workshop_id=wid,
        demarche_id=demarche_id,
        workshop_updated_at=workshop.updated_at,
        organisations=tuple((o.id, o.name, o.updated_at) for o in orgs),
        participants=tuple((p.id, p.organisation_id, p.updated_at) for p in people),
        cards=tuple(
            (c.id, c.lead_organisation_id,
             tuple(Partner(p.organisation_id, p.role) for p in c.partners), c.updated_at)
            for c in cards
            if c.lead_organisation_id is not None or c.partners
        ),
        events=tuple(
            (e.id, copy.deepcopy(e.roles or {}), copy.deepcopy(e.previous_roles or {}))
            for e in events
        ),
    )


def undo_attach(store: Store, state: AttachUndo) -> Changes:
    """Take back an attach (``attach_workshop_undoable``) in one unit of work: the
    workshop leaves the démarche with its own organisations again, ids included (those
    that joined the démarche's list come back from it, those unified with one of it are
    written anew), and its people, leads, partners and histories name them as before."""
    with store.unit_of_work() as uow:
        session = uow.session
        workshop = get_row(session, orm.WorkshopRow, state.workshop_id)
        if workshop.demarche_id != state.demarche_id:
            return Changes(workshop_id=state.workshop_id)
        for oid, name, at in state.organisations:
            row = session.get(orm.OrganisationRow, oid)
            if row is None:
                session.add(orm.OrganisationRow(id=oid, workshop_id=state.workshop_id,
                                                name=name, updated_at=at))
            else:
                row.workshop_id, row.demarche_id = state.workshop_id, None
                row.name, row.updated_at = name, at
        session.flush()
        for pid, belongs, at in state.participants:
            person = session.get(orm.ParticipantRow, pid)
            if person is not None:
                person.organisation_id, person.updated_at = belongs, at
        cards: set[uuid.UUID] = set()
        for cid, lead, partners, at in state.cards:
            card = session.get(orm.CardRow, cid)
            if card is None:
                continue
            _set_roles(card, Roles(lead, partners))
            card.updated_at = at
            cards.add(cid)
        for eid, roles, previous in state.events:
            event = session.get(orm.ActionEventRow, eid)
            if event is not None:
                event.roles, event.previous_roles = copy.deepcopy(roles), copy.deepcopy(previous)
        workshop.demarche_id = None
        workshop.updated_at = state.workshop_updated_at
        uow.commit()
    return Changes(
        workshop_id=state.workshop_id,
        workshop=True,
        organisations=True,
        participants=True,
        cards=frozenset(cards),
        demarche_id=state.demarche_id,
        demarche=True,
    )
