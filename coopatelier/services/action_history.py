"""The life of an action after its workshop: status changes, follow-ups and changes of lead
and partners, each an entry appended to its history (``action_events``), never rewritten.
Its current status is its latest status entry."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy.orm import Session

from coopatelier.domain.demarche import ActionEvent, ActionStatus, EventKind, Roles
from coopatelier.domain.model import CardKind, Partner, new_id, utcnow
from coopatelier.domain.rules import check_text
from coopatelier.errors import ValidationError
from coopatelier.services._common import get_row, in_scope, set_partner_rows, this_device
from coopatelier.services.changes import Changes
from coopatelier.storage import orm
from coopatelier.storage.store import Store


def _action(session: Session, action_id: uuid.UUID) -> orm.CardRow:
    card = get_row(session, orm.CardRow, action_id)
    if card.kind != CardKind.ACTION.value or card.deleted_at or card.merged_into_id:
        raise ValidationError("action", "not_live_action")
    return card


def _check_day(on: object) -> dt.date:
    if on is None:
        return dt.date.today()
    if not isinstance(on, dt.date) or isinstance(on, dt.datetime):
        raise ValidationError("date", "date")
    return on


def _changes(card: orm.CardRow, session: Session, event_id: uuid.UUID) -> Changes:
    workshop = session.get(orm.WorkshopRow, card.workshop_id)
    demarche_id = workshop.demarche_id if workshop is not None else None
    return Changes(
        workshop_id=card.workshop_id,
        cards=frozenset({card.id}),
        demarche_id=demarche_id,
        demarche=True,
        created=(event_id,),
    )


def change_status(
    store: Store,
    action_id: uuid.UUID,
    status: ActionStatus | str,
    *,
    note: str = "",
    author: str = "",
    on: dt.date | None = None,
    replaced_by: uuid.UUID | None = None,
    workshop_id: uuid.UUID | None = None,
) -> Changes:
    """Record that an action now stands at ``status`` (from the day ``on``, default today),
    with an optional note (what happened) and who says so. ``abandonnee`` needs a note
    saying why; ``reorientee`` needs ``replaced_by``, the action that replaced it (another
    live action of the same démarche, or of the same workshop outside any)."""
    try:
        value = ActionStatus(status)
    except ValueError:
        raise ValidationError(
            "status", "unknown_status", got=str(status),
            options=", ".join(s.value for s in ActionStatus),
        ) from None
    check_text("note", note)
    check_text("author", author)
    day = _check_day(on)
    if value is ActionStatus.DROPPED and not note.strip():
        raise ValidationError("note", "dropped_needs_why")
    if value is ActionStatus.REORIENTED and replaced_by is None:
        raise ValidationError("replaced_by", "reoriented_needs_target")
    if value is not ActionStatus.REORIENTED and replaced_by is not None:
        raise ValidationError("replaced_by", "only_when_reoriented")
    with store.unit_of_work() as uow:
        session = uow.session
        card = _action(session, action_id)
        if replaced_by is not None:
            if replaced_by == action_id:
                raise ValidationError("replaced_by", "replaced_by_itself")
            target = _action(session, replaced_by)
            if not _same_roadmap(session, card, target):
                raise ValidationError("replaced_by", "replaced_by_elsewhere")
        if workshop_id is not None:
            get_row(session, orm.WorkshopRow, workshop_id)
        row = orm.ActionEventRow(
            id=new_id(),
            action_id=action_id,
            kind=EventKind.STATUS.value,
            happened_on=day,
            recorded_at=utcnow(),
            status=value.value,
            note=note.strip(),
            author=author.strip(),
            replaced_by_id=replaced_by,
            roles={},
            previous_roles={},
            workshop_id=workshop_id,
            device=this_device(),
        )
        session.add(row)
        changes = _changes(card, session, row.id)
        uow.commit()
    return changes


def _same_roadmap(session: Session, card: orm.CardRow, other: orm.CardRow) -> bool:
    if card.workshop_id == other.workshop_id:
        return True
    mine = session.get(orm.WorkshopRow, card.workshop_id)
    theirs = session.get(orm.WorkshopRow, other.workshop_id)
    return (
        mine is not None
        and theirs is not None
        and mine.demarche_id is not None
        and mine.demarche_id == theirs.demarche_id
    )


def add_follow_up(
    store: Store,
    action_id: uuid.UUID,
    note: str,
    *,
    author: str = "",
    on: dt.date | None = None,
    workshop_id: uuid.UUID | None = None,
) -> Changes:
    """A dated follow-up of an action: what happened, who says so, when."""
    check_text("note", note, required=True)
    check_text("author", author)
    day = _check_day(on)
    with store.unit_of_work() as uow:
        session = uow.session
        card = _action(session, action_id)
        if workshop_id is not None:
            get_row(session, orm.WorkshopRow, workshop_id)
        row = orm.ActionEventRow(
            id=new_id(),
            action_id=action_id,
            kind=EventKind.FOLLOW_UP.value,
            happened_on=day,
            recorded_at=utcnow(),
            status="",
            note=note.strip(),
            author=author.strip(),
            roles={},
            previous_roles={},
            workshop_id=workshop_id,
            device=this_device(),
        )
        session.add(row)
        changes = _changes(card, session, row.id)
        uow.commit()
    return changes


def roles_to_json(lead: uuid.UUID | None, partners: Sequence[Partner]) -> dict[str, Any]:
    return {
        "lead": str(lead) if lead else None,
        "partners": [[str(p.organisation_id), p.role] for p in partners],
    }


def change_roles(
    store: Store,
    action_id: uuid.UUID,
    *,
    lead_organisation_id: uuid.UUID | None,
    partners: Sequence[Partner],
    note: str = "",
    author: str = "",
    on: dt.date | None = None,
    workshop_id: uuid.UUID | None = None,
) -> Changes:
    """Give an action a new lead and partners (a role re-assigned, a vacant role filled),
    dated: the card takes the new roles and its history keeps the change, before and
    after. Nothing changes (and nothing is recorded) when the roles are the same."""
    check_text("note", note)
    check_text("author", author)
    day = _check_day(on)
    seen: set[uuid.UUID] = set()
    for partner in partners:
        if not isinstance(partner, Partner):
            raise ValidationError("partners", "partners_values")
        if partner.organisation_id in seen:
            raise ValidationError("partners", "same_organisation_twice")
        seen.add(partner.organisation_id)
        check_text("partners.role", partner.role)
    with store.unit_of_work() as uow:
        session = uow.session
        card = _action(session, action_id)
        for org_id in [lead_organisation_id, *seen]:
            if org_id is None:
                continue
            org = session.get(orm.OrganisationRow, org_id)
            if org is None or not in_scope(session, org, card.workshop_id):
                raise ValidationError("partners", "organisation_elsewhere")
        before = roles_to_json(
            card.lead_organisation_id,
            [Partner(p.organisation_id, p.role) for p in card.partners],
        )
        after = roles_to_json(lead_organisation_id, partners)
        if before == after:
            return Changes(workshop_id=card.workshop_id)
        now = utcnow()
        card.lead_organisation_id = lead_organisation_id
        set_partner_rows(card, [(p.organisation_id, p.role) for p in partners])
        card.updated_at = now
        if workshop_id is not None:
            get_row(session, orm.WorkshopRow, workshop_id)
        row = orm.ActionEventRow(
            id=new_id(),
            action_id=action_id,
            kind=EventKind.ROLES.value,
            happened_on=day,
            recorded_at=now,
            status="",
            note=note.strip(),
            author=author.strip(),
            roles=after,
            previous_roles=before,
            workshop_id=workshop_id,
            device=this_device(),
        )
        session.add(row)
        changes = _changes(card, session, row.id)
        uow.commit()
    return changes


def remove_event(store: Store, event_id: uuid.UUID) -> Changes:
    """Take back an entry just recorded: the undo of ``change_status``, ``add_follow_up``
    or ``change_roles`` (Ctrl+Z right after the gesture), never a way to rewrite an old
    history. Taking back a change of roles puts the card's previous lead and partners back
    when the card still has the roles the entry gave it."""
    with store.unit_of_work() as uow:
        session = uow.session
        row = get_row(session, orm.ActionEventRow, event_id)
        card = get_row(session, orm.CardRow, row.action_id)
        if row.kind == EventKind.ROLES.value:
            now_roles = roles_to_json(
                card.lead_organisation_id,
                [Partner(p.organisation_id, p.role) for p in card.partners],
            )
            if now_roles == row.roles:
                _set_roles(session, card, row.previous_roles)
        changes = _changes(card, session, event_id)
        session.delete(row)
        uow.commit()
    return Changes(
        workshop_id=changes.workshop_id, cards=changes.cards, demarche_id=changes.demarche_id,
        demarche=True,
    )


def restore_event(store: Store, event: ActionEvent) -> Changes:
    """Put an entry taken back with ``remove_event`` back, same id (the redo); an entry of
    roles gives the card those roles again."""
    with store.unit_of_work() as uow:
        session = uow.session
        card = _action(session, event.action_id)
        row = orm.ActionEventRow(
            id=event.id,
            action_id=event.action_id,
            kind=event.kind.value,
            happened_on=event.happened_on,
            recorded_at=event.recorded_at,
            status=event.status.value if event.status else "",
            note=event.note,
            author=event.author,
            replaced_by_id=event.replaced_by_id,
            roles=_roles_value(event.roles),
            previous_roles=_roles_value(event.previous_roles),
            workshop_id=event.workshop_id,
            device=event.device,
        )
        if event.kind is EventKind.ROLES:
            _set_roles(session, card, row.roles)
        session.add(row)
        changes = _changes(card, session, event.id)
        uow.commit()
    return changes


def _roles_value(roles: Roles | None) -> dict[str, Any]:
    if roles is None:
        return {}
    return roles_to_json(roles.lead_organisation_id, roles.partners)


def _set_roles(session: Session, card: orm.CardRow, roles: dict[str, Any]) -> None:
    lead = roles.get("lead")
    card.lead_organisation_id = uuid.UUID(lead) if isinstance(lead, str) else None
    partners = [
        (uuid.UUID(item[0]), item[1] if len(item) > 1 else "")
        for item in roles.get("partners") or ()
        if isinstance(item, list) and item and isinstance(item[0], str)
    ]
    set_partner_rows(card, [
        (org_id, role) for org_id, role in partners
        if session.get(orm.OrganisationRow, org_id) is not None
    ])
    card.updated_at = utcnow()
