"""The workspace of intro and free phases: the phase's cards as an editable list."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from collections.abc import Set as AbstractSet
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QSize,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coopatelier.domain.model import Card
from coopatelier.services.changes import Changes
from coopatelier.ui import card_ops
from coopatelier.ui.card_gestures import CardGestures
from coopatelier.ui.models import CARD_ID_ROLE, CardListModel
from coopatelier.ui.views.base import PhaseView
from coopatelier.ui.views.delegates import CardDelegate
from coopatelier.ui.views.tables import SteadyScrollBar
from coopatelier.ui.workshop_session import WorkshopSession


def affects_phase(
    view: PhaseView, changes: Changes | None, known: AbstractSet[uuid.UUID]
) -> bool:
    """Whether ``changes`` may change what ``view`` shows (cheap test before a refresh);
    ``known``: the ids the view shows (a dict's keys will do: no copy per change)."""
    if changes is None or changes.workshop or changes.votes or changes.organisations:
        return True
    if view.phase_id in changes.phases:
        return True
    if not changes.cards:
        return False
    if not known.isdisjoint(changes.cards):
        return True
    data = view.session.data()
    by_id = {c.id: c for c in data.cards} if len(changes.cards) > 3 else None
    for card_id in changes.cards:
        card = by_id.get(card_id) if by_id is not None else _find(data.cards, card_id)
        if card is None or card.phase_id == view.phase_id:
            return True
    return False


def appended_cards(view: PhaseView, changes: Changes | None) -> tuple[Card, ...]:
    """The cards ``changes`` only added at the end of ``view``'s phase (a capture), as
    written by the service; () when it changed anything else (then the view re-reads)."""
    if (
        changes is None
        or not changes.created
        or changes.workshop
        or changes.phases
        or changes.votes
        or changes.organisations
        or changes.participants
        or set(changes.created) != changes.cards
        or {c.id for c in changes.written} != changes.cards
    ):
        return ()
    written = changes.written
    if any(card.phase_id != view.phase_id for card in written):
        return ()
    cards = view.session.cards_of_phase(view.phase_id)
    if tuple(c.id for c in cards[-len(written):]) != tuple(c.id for c in written):
        return ()  # not the last ones of the phase (a restored card, a placed copy)
    return tuple(cards[-len(written):])


def updated_cards(
    view: PhaseView, changes: Changes | None, shown: Callable[[uuid.UUID], Card | None]
) -> tuple[Card, ...]:
    """The cards ``changes`` only edited in place (same phase, same place, same kind), when
    ``view`` shows every one of them (``shown``: the card a row shows, or None); () when it
    changed anything else (then the view re-reads its phase)."""
    if (
        changes is None
        or not changes.cards
        or changes.created
        or changes.workshop
        or changes.phases
        or changes.votes
        or changes.organisations
        or changes.participants
    ):
        return ()
    fresh = view.session.patched_cards()
    cards = []
    for card_id in changes.cards:
        new, old = fresh.get(card_id), shown(card_id)
        if (
            new is None
            or old is None
            or new.phase_id != view.phase_id
            or new.position != old.position
            or new.kind is not old.kind
            or new.deleted_at is not None
            or new.merged_into_id is not None
        ):
            return ()
        cards.append(new)
    return tuple(cards)


def _find(cards: Sequence[Card], card_id: uuid.UUID) -> Card | None:
    for card in reversed(cards):  # new cards are at the end
        if card.id == card_id:
            return card
    return None


class _CardTextDelegate(CardDelegate):
    """Draws a card; edits its text in place, the change going through the session
    (undoable)."""

    def __init__(self, view: CardsView) -> None:
        super().__init__(view)
        self._view = view

    def setModelData(self, editor: QWidget, model: Any, index: Any) -> None:
        text = editor.property("text")
        card_id = index.data(CARD_ID_ROLE)
        if isinstance(text, str) and text.strip() and text != index.data(Qt.ItemDataRole.EditRole):
            card_ops.update_card(
                self._view.session,
                card_id,
                QCoreApplication.translate("CardsView", "Edit card"),
                text=text,
            )


class CardWall(QListView):
    """Cards as a wall of same-sized tiles that fill the width (as many columns as fit),
    with a hint in place of an empty wall."""

    MIN_CARD_WIDTH = 240
    #: room between the frame and the tiles, where the frame's rounded corners are drawn
    VIEWPORT_MARGIN = 2

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        #: rows just appended after others, and the wall they were appended to
        self._appended: tuple[int, int, int, QSize, int] | None = None
        self.setViewMode(QListView.ViewMode.ListMode)
        self.setMovement(QListView.Movement.Static)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setUniformItemSizes(True)
        self.setSpacing(0)
        self.setDragEnabled(False)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        # a capture scrolls a long wall by a tile: the handle moves less than a pixel
        self.setVerticalScrollBar(SteadyScrollBar(Qt.Orientation.Vertical, self))
        margin = self.VIEWPORT_MARGIN
        self.setViewportMargins(margin, margin, margin, margin)
        self.empty_text = ""
        self._fit_grid()

    def rowsInserted(self, parent: Any, start: int, end: int) -> None:
        model = self.model()
        count = model.rowCount() if model is not None else 0
        if start > 0 and end == count - 1 and not parent.isValid():
            first = start if self._appended is None else min(start, self._appended[0])
            self._appended = (first, end, count, self.gridSize(), self.viewport().width())
        else:
            self._appended = None
        super().rowsInserted(parent, start, end)

    def rowsAboutToBeRemoved(self, parent: Any, start: int, end: int) -> None:
        self._appended = None
        super().rowsAboutToBeRemoved(parent, start, end)

    def reset(self) -> None:
        self._appended = None
        super().reset()

    def doItemsLayout(self) -> None:
        """Lay the tiles out; after tiles appended (a capture), repaint the new ones only.

        Qt lays every tile out again when one is added, then repaints every tile in sight
        (and what lies behind the list): ~1 ms a capture on a laptop's screen, more on a
        large one. Tiles appended after the others never move the ones before them
        (same-sized tiles, left to right), so that repaint is held back for the new ones."""
        appended, self._appended = self._appended, None
        model = self.model()
        viewport = self.viewport()
        if (
            appended is None
            or model is None
            or model.rowCount() != appended[2]
            or self.gridSize() != appended[3]
            or viewport.width() != appended[4]
            or not viewport.updatesEnabled()
        ):
            super().doItemsLayout()
            return
        # the viewport only, not its children (an editor open on a card keeps painting)
        viewport.setAttribute(Qt.WidgetAttribute.WA_UpdatesDisabled, True)
        try:
            super().doItemsLayout()
        finally:
            viewport.setAttribute(Qt.WidgetAttribute.WA_UpdatesDisabled, False)
        for row in range(appended[0], appended[1] + 1):
            viewport.update(self.visualRect(model.index(row, 0)))

    def _fit_grid(self) -> None:
        # the layout keeps room for the vertical scroll bar even while it is hidden
        width = max(1, self.viewport().width() - self.verticalScrollBar().sizeHint().width() - 2)
        columns = max(1, width // self.MIN_CARD_WIDTH)
        delegate = self.itemDelegate()
        height = (delegate.card_height(self.font()) if isinstance(delegate, _CardTextDelegate)
                  else 80)
        grid = QSize(width // columns, height)
        if grid != self.gridSize():
            self.setGridSize(grid)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_grid()

    def _fill_viewport(self) -> None:
        """The wall fills its own background when it is a plain colour (the stylesheet's
        is), so Qt scrolls it by moving its pixels: a capture that starts a row of tiles
        scrolled by repainting every tile in sight and everything behind the list. (The
        viewport keeps clear of the frame's rounded corners: ``VIEWPORT_MARGIN``.)"""
        viewport = self.viewport()
        opaque = viewport.palette().color(viewport.backgroundRole()).alpha() == 255
        if viewport.autoFillBackground() != opaque:
            viewport.setAutoFillBackground(opaque)

    def showEvent(self, event: QShowEvent) -> None:
        self._fill_viewport()  # after the stylesheet's polish, which turns it off
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.StyleChange, QEvent.Type.PaletteChange):
            self._fill_viewport()

    def setItemDelegate(self, delegate: QAbstractItemDelegate) -> None:
        super().setItemDelegate(delegate)
        self._fit_grid()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        model = self.model()
        if self.empty_text and (model is None or model.rowCount() == 0):
            painter = QPainter(self.viewport())
            painter.setPen(QColor("#6b756f"))
            font = QFont(self.font())
            font.setPointSizeF(font.pointSizeF() * 1.1)
            painter.setFont(font)
            painter.drawText(
                self.viewport().rect().adjusted(24, 24, -24, -24),
                int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
                self.empty_text,
            )
            painter.end()


class CardsView(PhaseView):
    """Cards of an intro or free phase: edit in place (F2), delete (Del), merge (Ctrl+M)."""

    def __init__(
        self, session: WorkshopSession, phase_id: uuid.UUID, parent: QWidget | None = None
    ) -> None:
        super().__init__(session, phase_id, parent)
        self._dirty = False
        self.model = CardListModel(self)
        self.list = CardWall(self)
        self.list.setObjectName("cardList")
        self.list.setModel(self.model)
        self.list.empty_text = self.tr(
            "No card yet in this phase. Type one in the capture line below and press Enter."
        )
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.list.setItemDelegate(_CardTextDelegate(self))
        self.list.setAccessibleName(self.tr("Cards of this phase"))
        self.list.setToolTip(
            self.tr(
                "Double-click or F2 edits a card; Del deletes; Ctrl+M merges duplicates. "
                "Drag cards to reorder them or onto a phase of the agenda; Alt+Up/Down "
                "moves them, Alt+Shift+PgUp/PgDown to the previous or next phase; right-click "
                "for more."
            )
        )
        self.count_label = QLabel(self)
        self.merge_button = QPushButton(self.tr("&Merge"), self)
        self.merge_button.setToolTip(
            self.tr("Merge the selected duplicate cards into the first one (Ctrl+M)")
        )
        self.merge_button.clicked.connect(self.merge_selected)
        self.delete_button = QPushButton(self.tr("&Delete"), self)
        self.delete_button.setToolTip(self.tr("Delete the selected cards (Del)"))
        self.delete_button.clicked.connect(self.delete_selected)
        bar = QHBoxLayout()
        # a fixed size: a new count repaints the label only, never lays the window out
        self.count_label.setText(self.tr("%n card(s)", "", 88888))
        self.count_label.setFixedSize(self.count_label.sizeHint())
        bar.addWidget(self.count_label)
        bar.addStretch(1)
        bar.addWidget(self.merge_button)
        bar.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.list, 1)
        self.list.selectionModel().selectionChanged.connect(self._update_buttons)
        self.list.installEventFilter(self)
        self.gestures = CardGestures(self, self.list)
        self.refresh()

    # --- PhaseView ------------------------------------------------------------------------

    def refresh(self, changes: Changes | None = None) -> None:
        if changes is not None and not affects_phase(self, changes, self.model.card_id_set()):
            return
        if changes is not None and not self.isVisible():
            self._dirty = True
            return
        self._dirty = False
        if changes is not None and self._append(changes):
            self.list.scrollToBottom()  # the new card in sight
            self.count_label.setText(self.tr("%n card(s)", "", self.model.rowCount()))
            return
        selected = self.selected_card_ids()
        cards = self.session.cards_of_phase(self.phase_id)
        before = self.model.rowCount()
        self.model.set_cards(cards)
        if self.model.rowCount() > before and changes is not None and changes.created:
            self.list.scrollToBottom()
        if selected and not self.list.selectionModel().hasSelection():
            self.select_cards(selected)
        self.count_label.setText(self.tr("%n card(s)", "", self.model.rowCount()))
        self._update_buttons()

    def _append(self, changes: Changes) -> bool:
        """A capture: its card's tile after the others, without reading the phase again
        (the selection stays as it is); False when anything else changed."""
        appended = appended_cards(self, changes)
        if not appended:
            return False
        cards = self.session.cards_of_phase(self.phase_id)
        rows = self.model.rowCount()
        if len(cards) != rows + len(appended) or (
            rows and self.model.card(rows - 1).id != cards[rows - 1].id
        ):
            return False  # the view was behind (it re-reads the phase)
        self.model.append_cards(appended)
        return True

    def showEvent(self, event: QShowEvent) -> None:
        if self._dirty:
            self.refresh()
        super().showEvent(event)

    def selected_card_ids(self) -> list[uuid.UUID]:
        rows = sorted(i.row() for i in self.list.selectionModel().selectedRows())
        return [self.model.card(r).id for r in rows]

    def select_cards(self, card_ids: Sequence[uuid.UUID]) -> None:
        selection = QItemSelection()
        for card_id in card_ids:
            row = self.model.row_of(card_id)
            if row >= 0:
                index = self.model.index(row)
                selection.select(index, index)
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
        self.list.selectionModel().select(selection, flags)
        if not selection.isEmpty():
            self.list.scrollTo(selection.indexes()[0])

    # --- actions --------------------------------------------------------------------------

    def merge_selected(self) -> None:
        card_ops.merge_cards(self.session, self.selected_card_ids())

    def delete_selected(self) -> None:
        card_ops.delete_cards(self.session, self.selected_card_ids())

    def _update_buttons(self) -> None:
        count = len(self.list.selectionModel().selectedRows())
        self.merge_button.setEnabled(count >= 2)
        self.delete_button.setEnabled(count >= 1)

    def eventFilter(self, watched: object, event: object) -> bool:
        from PySide6.QtGui import QKeyEvent

        if (
            watched is self.list
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.matches(QKeySequence.StandardKey.Delete)
            and self.list.state() != QAbstractItemView.State.EditingState
        ):
            self.delete_selected()
            return True
        return super().eventFilter(watched, event)  # type: ignore[arg-type]
