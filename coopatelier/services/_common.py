"""Helpers shared by the services: fetching rows or failing with a clear sentence."""

from __future__ import annotations

import socket
import uuid
from typing import TypeVar

from sqlalchemy.orm import Session

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
}


def get_row(session: Session, row_type: type[RowT], row_id: uuid.UUID) -> RowT:
    row = session.get(row_type, row_id)
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
