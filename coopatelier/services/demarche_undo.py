"""The undo side of the démarche's gestures (the UI's undo stack calls these).

An action's history is append-only for everyone: these functions only take back the entry
a gesture has just appended (Undo right after a status change, a follow-up or a change of
roles) and put the very same entry back (Redo), ids included, so later commands on the
stack stay valid. Members and decisions of the collective come back with their ids too.
Each function is one unit of work and returns ``Changes``.
"""

from __future__ import annotations

import uuid

from sqlalchemy.orm import Session

from coopatelier.domain.demarche import ActionEvent, Decision, EventKind, Member, Roles
from coopatelier.domain.model import utcnow
from coopatelier.services._common import get_row
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
    card.partners.clear()
    card.partners.extend(
        orm.CardPartnerRow(organisation_id=p.organisation_id, role=p.role, position=index)
        for index, p in enumerate(roles.partners)
    )
    card.updated_at = utcnow()


def withdraw_event(store: Store, event_id: uuid.UUID) -> Changes:
    """Take back the entry a gesture just appended (its undo); a change of roles puts
    the action's previous lead and partners back."""
    with store.unit_of_work() as uow:
        session = uow.session
        row = get_row(session, orm.ActionEventRow, event_id)
        card = get_row(session, orm.CardRow, row.action_id)
        if row.kind == EventKind.ROLES.value:
            card.partners.clear()
            session.flush()
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
            card.partners.clear()
            session.flush()
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
