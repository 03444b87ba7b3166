"""Helpers shared by the services: fetching rows or failing with a clear sentence."""

from __future__ import annotations

import socket
import uuid
from collections.abc import Iterable, Mapping, Sequence
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
    """Make a card's partner roles ``partners`` (organisation, role), in this order
    (see ``_kept_rows``)."""
    card.partners = _kept_rows(  # the rows left out are deleted as orphans
        orm.CardPartnerRow, "organisation_id", card.partners,
        [(org_id, {"role": role}) for org_id, role in partners],
    )


def set_link_rows(card: orm.CardRow, targets: Sequence[uuid.UUID]) -> None:
    """Make a card's links ``targets``, in this order (see ``_kept_rows``)."""
    card.links = _kept_rows(orm.CardLinkRow, "target_id", card.links,
                            [(target, {}) for target in targets])


def _kept_rows(
    row_type: type[RowT],
    key: str,
    rows: Iterable[RowT],
    wanted: Sequence[tuple[uuid.UUID, Mapping[str, object]]],
) -> list[RowT]:
    """The rows of a card's collection for ``wanted`` (the ``key`` column's value, the
    other values), in this order, each with its position; a value named twice once.

    The rows that stay are kept, only the values that differ edited in place; only a row
    taken off is left out (deleted: its tombstone travels) and only a new one is created.
    Writing every row anew would give each a creation later than a removal another laptop
    made meanwhile, and bring back the row it took off."""
    kept = {getattr(row, key): row for row in rows}
    chosen: list[RowT] = []
    named: set[uuid.UUID] = set()
    for index, (value, values) in enumerate(wanted):
        row = kept.pop(value, None)
        if row is None and value in named:
            continue
        named.add(value)
        edits = {**values, "position": index}
        if row is None:
            row = row_type(**{key: value}, **edits)
        else:
            for name, new in edits.items():
                if getattr(row, name) != new:
                    setattr(row, name, new)
        chosen.append(row)
    return chosen
