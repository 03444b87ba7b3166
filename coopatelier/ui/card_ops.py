"""Undoable card operations shared by the views: each is one ``session.attempt`` whose undo
and redo call services (never widgets). A refused change is reported through
``session.failed`` (the window shows it in its banner with Retry)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject

from coopatelier import api
from coopatelier.services.changes import Changes
from coopatelier.ui.workshop_session import WorkshopSession


class CardOps(QObject):
    """The translation context of the undo texts with a count: lupdate only reads
    ``self.tr(text, "", n)`` as a plural (``QCoreApplication.translate`` with ``n`` comes
    out as a singular string, or not at all)."""

    def delete_text(self, count: int) -> str:
        return self.tr("Delete %n card(s)", "", count)

    def merge_text(self, count: int) -> str:
        return self.tr("Merge %n card(s)", "", count)


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
