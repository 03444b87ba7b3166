"""Helpers shared by the services: fetching rows or failing with a clear sentence."""

from __future__ import annotations

import socket
import uuid
from collections.abc import Sequence
from typing import TypeVar

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.interfaces import ORMOption

from coopatelier.errors import NotFoundError
from coopatelier.storage import orm

RowT = TypeVar("RowT", bound=orm.Base)

#: What a missing row is, for ``NotFoundError`` (worded by coopatelier/wording.py).
_LABELS: dict[type[orm.Base], str] = {
    orm.WorkshopRow: "workshop",
    orm.PhaseRow: "phase",
    orm.CardRow: "card",
    orm.OrganisationRow: "organisation",
    orm.ParticipantRow: "participant",
    orm.VoteRoundRow: "voting_round",
    orm.VoteRow: "vote",
    orm.DemarcheRow: "demarche",
    orm.DemarcheMemberRow: "member",
    orm.DemarcheDecisionRow: "decision",
}


def get_row(
    session: Session,
    row_type: type[RowT],
    row_id: uuid.UUID,
    options: Sequence[ORMOption] = (),
) -> RowT:
    row = session.get(row_type, row_id, options=options)
    if row is None:
        label = _LABELS.get(row_type, "item")
        raise NotFoundError("row", what=label, id=row_id)
    return row


def this_device() -> str:
    """The name recorded as a card's capture device."""
    try:
        return socket.gethostname() or "unknown"
    except OSError:
        return "unknown"


def organisation_scope(session: Session, workshop_id: uuid.UUID) -> ColumnElement[bool]:
    """Which organisations a workshop uses: its démarche's list when it belongs to one
    (shared by all its workshops), else its own."""
    demarche_id = session.scalar(
        select(orm.WorkshopRow.demarche_id).where(orm.WorkshopRow.id == workshop_id)
    )
    if demarche_id is not None:
        return orm.OrganisationRow.demarche_id == demarche_id
    return orm.OrganisationRow.workshop_id == workshop_id


def same_list(session: Session, org: orm.OrganisationRow) -> ColumnElement[bool]:
    """The organisations of the list ``org`` belongs to (a démarche's or a workshop's)."""
    if org.demarche_id is not None:
        return orm.OrganisationRow.demarche_id == org.demarche_id
    return orm.OrganisationRow.workshop_id == org.workshop_id


def in_scope(session: Session, org: orm.OrganisationRow, workshop_id: uuid.UUID) -> bool:
    """Whether a workshop may use ``org`` (its own, or its démarche's)."""
    if org.workshop_id == workshop_id:
        return True
    if org.demarche_id is None:
        return False
    demarche_id = session.scalar(
        select(orm.WorkshopRow.demarche_id).where(orm.WorkshopRow.id == workshop_id)
    )
    return demarche_id == org.demarche_id


def new_organisation(
    session: Session, workshop_id: uuid.UUID, **values: object
) -> orm.OrganisationRow:
    """A new organisation in the list the workshop uses (its démarche's, or its own)."""
    demarche_id = session.scalar(
        select(orm.WorkshopRow.demarche_id).where(orm.WorkshopRow.id == workshop_id)
    )
    if demarche_id is not None:
        return orm.OrganisationRow(workshop_id=None, demarche_id=demarche_id, **values)
    return orm.OrganisationRow(workshop_id=workshop_id, **values)


def set_partner_rows(card: orm.CardRow, partners: Sequence[tuple[uuid.UUID, str]]) -> None:
    """Make a card's partner roles ``partners`` (organisation, role), in this order.

    The rows of the organisations that stay are kept, their role and position edited in
    place; only a role taken off is deleted (its tombstone travels) and only a new one is
    created. Writing every row anew would give each a creation later than a removal
    another laptop made meanwhile, and bring back the role it took off."""
    kept = {row.organisation_id: row for row in card.partners}
    rows: list[orm.CardPartnerRow] = []
    for index, (org_id, role) in enumerate(partners):
        row = kept.pop(org_id, None)
        if row is None:
            if any(r.organisation_id == org_id for r in rows):
                continue  # named twice: one role
            row = orm.CardPartnerRow(organisation_id=org_id, role=role, position=index)
        else:
            if row.role != role:
                row.role = role
            if row.position != index:
                row.position = index
        rows.append(row)
    card.partners = rows  # the rows left out are deleted as orphans


def set_link_rows(card: orm.CardRow, targets: Sequence[uuid.UUID]) -> None:
    """Make a card's links ``targets``, in this order, keeping the rows of the links that
    stay (see ``set_partner_rows``)."""
    kept = {row.target_id: row for row in card.links}
    rows: list[orm.CardLinkRow] = []
    for index, target in enumerate(targets):
        row = kept.pop(target, None)
        if row is None:
            if any(r.target_id == target for r in rows):
                continue
            row = orm.CardLinkRow(target_id=target, position=index)
        elif row.position != index:
            row.position = index
        rows.append(row)
    card.links = rows
