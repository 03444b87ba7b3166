"""Undoable card operations shared by the views: each is one ``session.attempt`` whose undo
and redo call services (never widgets). A refused change is reported through
``session.failed`` (the window shows it in its banner with Retry)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject

from coopatelier import api
from coopatelier.domain.model import new_id
from coopatelier.errors import KnownError
from coopatelier.services.changes import Changes
from coopatelier.ui.messages import user_message
from coopatelier.ui.workshop_session import WorkshopSession

# an index past any phase's last card: "at the end"
_END = 1 << 62


class CardOps(QObject):
    """The translation context of the undo texts with a count: lupdate only reads
    ``self.tr(text, "", n)`` as a plural (``QCoreApplication.translate`` with ``n`` comes
    out as a singular string, or not at all)."""

    def delete_text(self, count: int) -> str:
        return self.tr("Delete %n card(s)", "", count)

    def merge_text(self, count: int) -> str:
        return self.tr("Merge %n card(s)", "", count)

    def move_text(self, count: int) -> str:
        return self.tr("Move %n card(s)", "", count)

    def reorder_text(self, count: int) -> str:
        return self.tr("Reorder %n card(s)", "", count)

    def to_phase_text(self, count: int) -> str:
        """``%1``: the phase's title."""
        return self.tr("Move %n card(s) to “%1”", "", count)

    def duplicate_text(self, count: int) -> str:
        return self.tr("Duplicate %n card(s)", "", count)


def add_card(
    session: WorkshopSession,
    phase_id: uuid.UUID,
    text: str,
    *,
    table_label: str = "",
    author: str = "",
    **attributes: Any,
) -> Changes:
    """Capture a card; raises ``KnownError`` (nothing pushed) when it cannot be saved, so
    that the caller keeps the typed text."""
    store = session.store
    created: list[uuid.UUID] = []

    def first() -> Changes:
        changes = api.add_card(
            store, phase_id, text, table_label=table_label, author=author, **attributes
        )
        created[:] = [changes.new_id]
        return changes

    return session.execute(
        QCoreApplication.translate("CardOps", "Capture “%1”").replace("%1", _short(text)),
        first,
        lambda: api.delete_cards(store, created),
        lambda: api.restore_cards(store, created),
    )


def update_card(
    session: WorkshopSession, card_id: uuid.UUID, label: str, **fields: object
) -> Changes | None:
    """Change fields of one card; undo puts the previous values back."""
    return update_cards(session, [card_id], label, **fields)


def update_cards(
    session: WorkshopSession, card_ids: Sequence[uuid.UUID], label: str, **fields: object
) -> Changes | None:
    """The same change on several cards: one service call (one transaction) and one undo
    step; undo restores each card's previous values, in one transaction too. A refused
    value on any card changes none of them and pushes nothing."""
    store = session.store
    ids = list(dict.fromkeys(card_ids))
    if not ids:
        return None
    by_id = {c.id: c for c in session.data().cards}
    befores = {
        card_id: {name: getattr(by_id[card_id], name) for name in fields}
        for card_id in ids
        if card_id in by_id
    }
    afters = {card_id: dict(fields) for card_id in ids}
    return session.attempt(
        label,
        lambda: api.update_cards(store, afters),
        lambda: api.update_cards(store, befores),
    )


def move_cards(
    session: WorkshopSession,
    card_ids: Sequence[uuid.UUID],
    label: str,
    *,
    phase_id: uuid.UUID | None = None,
    before: uuid.UUID | None = None,
    last: bool = False,
    **fields: object,
) -> Changes | None:
    """Move cards in one gesture (to a phase, before a card or at the end, into a group):
    one transaction and one undo step that puts each card back where it was, with its
    kind and its previous values of ``fields``."""
    store = session.store
    ids = list(dict.fromkeys(card_ids))
    if not ids:
        return None
    index = _END if last and before is None else None
    try:
        places = api.card_places(store, ids, fields)
    except KnownError as exc:
        session.failed.emit(user_message(exc), None)
        return None
    return session.attempt(
        label,
        lambda: api.move_cards(
            store, ids, phase_id=phase_id, before=before, index=index, **fields
        ),
        lambda: api.place_cards(store, places),
    )


def duplicate_cards(session: WorkshopSession, card_ids: Sequence[uuid.UUID]) -> Changes | None:
    """Copy cards, each just after its original; undo deletes the copies, redo brings the
    same copies back."""
    store = session.store
    ids = list(dict.fromkeys(card_ids))
    if not ids:
        return None
    copies = [new_id() for _ in ids]
    return session.attempt(
        CardOps().duplicate_text(len(ids)),
        lambda: api.duplicate_cards(store, ids, new_ids=copies),
        lambda: api.delete_cards(store, copies),
        lambda: api.restore_cards(store, copies),
    )


def delete_cards(session: WorkshopSession, card_ids: Sequence[uuid.UUID]) -> Changes | None:
    store = session.store
    ids = list(card_ids)
    if not ids:
        return None
    text = CardOps().delete_text(len(ids))
    return session.attempt(
        text,
        lambda: api.delete_cards(store, ids),
        lambda: api.restore_cards(store, ids),
    )


def merge_cards(session: WorkshopSession, card_ids: Sequence[uuid.UUID]) -> Changes | None:
    """Merge the selected cards into the first one (their votes add up; undo unmerges)."""
    store = session.store
    ids = list(card_ids)
    if len(ids) < 2:
        return None
    target, others = ids[0], ids[1:]
    text = CardOps().merge_text(len(ids))
    return session.attempt(
        text,
        lambda: api.merge_cards(store, target, others),
        lambda: api.unmerge_cards(store, others),
    )


def _short(text: str, limit: int = 30) -> str:
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"
