"""One capture path for every capture line of a window: the facilitator's line and the
presenter console's save the same way (text, group from the field or a "Group:" prefix,
the table and author that stick), each into its own phase; committed before the line is
cleared, a refusal keeps the text and offers Retry."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from coopatelier.domain.model import Card
from coopatelier.errors import KnownError
from coopatelier.ui import card_ops
from coopatelier.ui.capture import CaptureBar
from coopatelier.ui.messages import user_message
from coopatelier.ui.workshop_session import WorkshopSession

PhaseOf = Callable[[], uuid.UUID | None]


class CaptureController(QObject):
    """Saves what a capture line holds. ``fields`` is the bar whose table and author stick
    (the window's); every attached bar reads its text and group itself."""

    # a card was saved (its ``Changes``)
    saved = Signal(object)
    # a capture was refused: (one sentence, retry callable)
    failed = Signal(str, object)

    def __init__(self, session: WorkshopSession, fields: CaptureBar) -> None:
        super().__init__(fields)
        self.session = session
        self.fields = fields
        # each phase's groups as last read, with the cards and categories read from
        # (the session's cached tuples: the same objects until the phase changes)
        self._groups: dict[uuid.UUID, tuple[tuple[Card, ...], tuple[str, ...], list[str]]] = {}

    def attach(self, bar: CaptureBar, phase_of: PhaseOf) -> None:
        """Enter in ``bar`` saves into the phase ``phase_of()`` names; its group list and
        prefixes are that phase's groups."""
        bar.edit.submitted.connect(lambda: self.capture(bar, phase_of()))
        bar.set_group_source(lambda: self.groups(phase_of()))

    def groups(self, phase_id: uuid.UUID | None) -> list[str]:
        """The groups of ``phase_id``: its categories, then those its cards use."""
        if phase_id is None:
            return []
        phase = self.session.data().phase(phase_id)
        categories = tuple(phase.categories) if phase is not None else ()
        cards = self.session.cards_of_phase(phase_id)
        known = self._groups.get(phase_id)
        if known is not None and known[0] is cards and known[1] == categories:
            return list(known[2])  # typing after a "Group:" prefix: read once per change
        names = list(categories)
        seen = set(names)
        for card in cards:
            if card.category and card.category not in seen:
                seen.add(card.category)
                names.append(card.category)
        self._groups[phase_id] = (cards, categories, names)
        return list(names)

    def capture(self, bar: CaptureBar, phase_id: uuid.UUID | None) -> bool:
        """Save ``bar``'s card into ``phase_id``; True when saved (the line is cleared)."""
        text, group = bar.card_fields()
        if not text.strip() or phase_id is None:
            return False
        try:
            changes = card_ops.add_card(
                self.session,
                phase_id,
                text,
                table_label=self.fields.table.text().strip(),
                author=self.fields.author.text().strip(),
                **({"category": group} if group else {}),
            )
        except KnownError as exc:
            self.failed.emit(user_message(exc), lambda: self.capture(bar, phase_id))
            return False
        # committed (add_card returned) and shown (views refreshed on ``changed``): clear
        bar.edit.clear()
        bar.status.setText(self.tr("Saved ✓"))
        bar.edit.setFocus()
        self.saved.emit(changes)
        return True
