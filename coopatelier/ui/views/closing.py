"""The closing workspace: the phase's cards grouped by its categories (cooperation
ingredients, next steps...) as checklists to tick, edit, reorder and prune."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QKeyEvent, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from coopatelier import api
from coopatelier.domain.model import Card
from coopatelier.errors import KnownError
from coopatelier.services.changes import Changes
from coopatelier.ui.card_gestures import CardGestures
from coopatelier.ui.messages import user_message
from coopatelier.ui.views.base import PhaseView, scrolling
from coopatelier.ui.views.card_editing import CARD_ID_ROLE, RowHeights, save_card, status_label
from coopatelier.ui.views.cards import appended_cards, updated_cards
from coopatelier.ui.views.delegates import WrapDelegate
from coopatelier.ui.views.tables import AppendingTable
from coopatelier.ui.workshop_session import WorkshopSession

AnyIndex = QModelIndex | QPersistentModelIndex


class ChecklistModel(QAbstractListModel):
    """The cards of one group; ticking or editing asks the view to save, the model only
    shows what is stored."""

    check_requested = Signal(object, bool)
    text_requested = Signal(object, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.cards: list[Card] = []

    def set_cards(self, cards: list[Card]) -> None:
        old = self.cards
        if len(cards) >= len(old) and all(
            a.id == b.id for a, b in zip(old, cards, strict=False)
        ):
            # the same rows (values may have changed), perhaps some appended: kept in place
            self.cards = cards[: len(old)]
            changed = [i for i, (a, b) in enumerate(zip(old, cards, strict=False)) if a is not b]
            if changed:
                self.dataChanged.emit(self.index(changed[0]), self.index(changed[-1]))
            self.append_cards(cards[len(old):])
            return
        self.beginResetModel()
        self.cards = cards
        self.endResetModel()

    def append_cards(self, cards: Sequence[Card]) -> None:
        """Items added at the end of the group (a capture), without a reset."""
        if cards:
            start = len(self.cards)
            self.beginInsertRows(QModelIndex(), start, start + len(cards) - 1)
            self.cards = [*self.cards, *cards]
            self.endInsertRows()

    def update_card(self, card: Card) -> bool:
        """Show ``card``'s new values in its row only; False when it has no row here."""
        row = next((i for i, c in enumerate(self.cards) if c.id == card.id), -1)
        if row < 0:
            return False
        self.cards[row] = card
        self.dataChanged.emit(self.index(row), self.index(row))
        return True

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.cards)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
            | Qt.ItemFlag.ItemIsEditable
        )

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not 0 <= index.row() < len(self.cards):
            return None
        card = self.cards[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return card.text
        if role == Qt.ItemDataRole.ToolTipRole:
            return card.text
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if card.checked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ForegroundRole and card.checked:
            return QColor("#2e7d32")
        if role == CARD_ID_ROLE:
            return card.id
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not 0 <= index.row() < len(self.cards):
            return False
        card = self.cards[index.row()]
        if role == Qt.ItemDataRole.CheckStateRole:
            self.check_requested.emit(card.id, Qt.CheckState(value) == Qt.CheckState.Checked)
            return True
        if role == Qt.ItemDataRole.EditRole and isinstance(value, str) and value != card.text:
            self.text_requested.emit(card.id, value)
            return True
        return False


class _ItemDelegate(WrapDelegate):
    """An item whose text wraps at the list's width, with ``SPACING`` around it (as a list
    view's spacing sets it: twice that between two items)."""

    SPACING = 3

    def item_width(self) -> int:
        return max(1, super().item_width() - 2 * self.SPACING)

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), size.height() + 2 * self.SPACING)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        inner = QStyleOptionViewItem(option)
        gap = self.SPACING
        inner.rect = option.rect.adjusted(gap, gap, -gap, -gap)
        super().paint(painter, inner, index)


class _HiddenRowHeader(QHeaderView):
    """A vertical header that asks no height of its own: each row is as tall as its item
    (a table's row is at least as tall as its header section, even hidden)."""

    def sectionSizeFromContents(self, logicalIndex: int) -> QSize:
        return QSize(0, 0)


class ChecklistList(AppendingTable):
    """A group's items in one column, each row as tall as its wrapped text. A table, not
    a list view: a list of wrapped items measures every item again when one is added (a
    capture measured the ~400 items of its group); here ``RowHeights`` measures the rows
    that change. Delete removes the item, Alt+Up / Alt+Down move it within its group."""

    delete_requested = Signal()
    move_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setShowGrid(False)
        self.setTabKeyNavigation(False)  # Tab leaves the list, as from a list view
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.horizontalHeader().hide()
        self.horizontalHeader().setStretchLastSection(True)
        self.setVerticalHeader(_HiddenRowHeader(Qt.Orientation.Vertical, self))
        self.verticalHeader().setMinimumSectionSize(1)  # a row as tall as its item, no more
        self.verticalHeader().hide()
        self.setItemDelegate(_ItemDelegate(self))
        self.lays_out_at_once = True  # no column to its contents (see AppendingTable)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        alt = event.modifiers() & Qt.KeyboardModifier.AltModifier
        editing = self.state() == QAbstractItemView.State.EditingState
        if event.key() == Qt.Key.Key_Delete and not editing:
            self.delete_requested.emit()
            return
        if alt and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.move_requested.emit(-1 if event.key() == Qt.Key.Key_Up else 1)
            return
        super().keyPressEvent(event)


class ChecklistGroup(QGroupBox):
    """One category of the closing phase."""

    def __init__(self, view: ClosingView, category: str, title: str) -> None:
        super().__init__(title, view)
        self.category = category
        self.model = ChecklistModel(self)
        self.model.check_requested.connect(view.set_checked)
        self.model.text_requested.connect(view.set_text)
        self.list = ChecklistList(self)
        self.list.setModel(self.model)
        # each row as tall as its wrapped text, measured for the rows that change only
        self.row_heights = RowHeights(self.list)
        self.list.setAccessibleName(title)
        self.list.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.list.setToolTip(
            QCoreApplication.translate(
                "ClosingView", "Space ticks, F2 edits, Delete removes, Alt+Up and Alt+Down reorder."
            )
        )
        self.list.delete_requested.connect(lambda: view.delete(self.selected_ids()))
        self.list.move_requested.connect(lambda step: view.move_item(self, step))
        # drag items between groups, or onto a phase of the agenda; a context menu
        self.gestures = CardGestures(
            view, self.list, group=category, keys=False, selected=self.selected_ids
        )

        self.up = self._button(
            "↑", QCoreApplication.translate("ClosingView", "Move the item up (Alt+Up)")
        )
        self.up.clicked.connect(lambda: view.move_item(self, -1))
        self.down = self._button(
            "↓", QCoreApplication.translate("ClosingView", "Move the item down (Alt+Down)")
        )
        self.down.clicked.connect(lambda: view.move_item(self, 1))
        self.remove = self._button(
            "✕", QCoreApplication.translate("ClosingView", "Delete the item (Delete)")
        )
        self.remove.clicked.connect(lambda: view.delete(self.selected_ids()))
        self.add_edit = QLineEdit(self)
        self.add_edit.setAccessibleName(
            QCoreApplication.translate("ClosingView", "New item in this group")
        )
        self.add_edit.setPlaceholderText(
            QCoreApplication.translate("ClosingView", "Add an item, then Enter")
        )
        self.add_edit.setToolTip(QCoreApplication.translate(
            "ClosingView", "Type a new item of this group, then press Enter to add it."))
        self.add_edit.returnPressed.connect(lambda: view.add(self))

        # the buttons beside the list they act on, the new item's field under both with
        # the group's width: beside the three buttons it read "Add an item, then E…"
        buttons = QVBoxLayout()
        buttons.addWidget(self.up)
        buttons.addWidget(self.down)
        buttons.addWidget(self.remove)
        buttons.addStretch(1)
        items = QHBoxLayout()
        items.addWidget(self.list, 1)
        items.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(items, 1)
        layout.addWidget(self.add_edit)

    def _button(self, text: str, name: str) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setAccessibleName(name)
        button.setToolTip(name)
        return button

    def selected_ids(self) -> list[uuid.UUID]:
        selection = self.list.selectionModel()
        rows = sorted({i.row() for i in selection.selectedRows()}) if selection else []
        if not rows and self.list.currentIndex().isValid():
            rows = [self.list.currentIndex().row()]
        return [self.model.cards[r].id for r in rows if r < len(self.model.cards)]

    def select(self, card_id: uuid.UUID) -> None:
        row = next((i for i, c in enumerate(self.model.cards) if c.id == card_id), -1)
        if row >= 0:
            self.list.setCurrentIndex(self.model.index(row))


def _columns(groups: int) -> int:
    """Groups side by side on a row: two, or one alone (placing and sharing the height
    read the same rule)."""
    return 2 if groups > 1 else 1


class ClosingView(PhaseView):
    def __init__(
        self, session: WorkshopSession, phase_id: uuid.UUID, parent: QWidget | None = None
    ) -> None:
        super().__init__(session, phase_id, parent)
        self.groups: dict[str, ChecklistGroup] = {}
        self.status = status_label(self)
        self._board = QWidget(self)
        self._grid = QGridLayout(self._board)
        self._grid.setSpacing(12)
        scroll = scrolling(self._board, parent=self)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.status)
        self.refresh()

    def categories(self, cards: tuple[Card, ...]) -> list[str]:
        """The phase's categories, then any other a card carries ("" last: uncategorised)."""
        names = list(self.phase.categories)
        for card in cards:
            if card.category not in names and card.category:
                names.append(card.category)
        if any(not c.category for c in cards) or not names:
            names.append("")
        return names

    def refresh(self, changes: Changes | None = None) -> None:
        if self._refresh_rows(changes):
            return
        cards = self.session.cards_of_phase(self.phase_id)
        names = self.categories(cards)
        if list(self.groups) != names:
            # the groups that stay keep their lists, items and measured rows: the first
            # item of a new group (a capture without a category makes "Other items")
            # measured every item of the phase again
            for name, group in self.groups.items():
                self._grid.removeWidget(group)
                if name not in names:
                    group.deleteLater()
            kept, self.groups = self.groups, {}
            for row in range(self._grid.rowCount()):
                self._grid.setRowStretch(row, 0)
            columns = _columns(len(names))
            for i, name in enumerate(names):
                group = kept.get(name) or ChecklistGroup(self, name, name or self.tr("Other items"))
                self.groups[name] = group
                # a last group alone on its row takes the row's width
                span = columns if i == len(names) - 1 and i % columns == 0 else 1
                self._grid.addWidget(group, i // columns, i % columns, 1, span)
        for name, group in self.groups.items():
            group.model.set_cards([c for c in cards if c.category == name])
        self._share_height()

    def _share_height(self) -> None:
        """The rows of groups share the height by their longest group's items: a group of
        one item under two long ones stays short, and they show their items (an even share
        left them three rows each over an empty half)."""
        rows: dict[int, int] = {}
        columns = _columns(len(self.groups))
        for i, group in enumerate(self.groups.values()):  # placed in this order (refresh)
            rows[i // columns] = max(rows.get(i // columns, 1), group.model.rowCount())
        for row, items in rows.items():
            if self._grid.rowStretch(row) != items:
                self._grid.setRowStretch(row, items)

    def _refresh_rows(self, changes: Changes | None) -> bool:
        """A capture appends its item to its group, an edit updates its item: the phase's
        other cards are not read again. False when the groups change (then all is read)."""
        appended = appended_cards(self, changes)
        if appended and all(c.category in self.groups for c in appended):
            for card in appended:
                group = self.groups[card.category]
                group.model.append_cards([card])
                group.list.reveal_inserted()  # the new item in sight
            self._share_height()
            return True

        def shown(card_id: uuid.UUID) -> Card | None:
            for group in self.groups.values():
                card = next((c for c in group.model.cards if c.id == card_id), None)
                if card is not None:
                    return card
            return None

        updated = updated_cards(self, changes, shown)
        if not updated or any(
            (old := shown(c.id)) is None or old.category != c.category for c in updated
        ):
            return False  # a card changes group
        for card in updated:
            self.groups[card.category].model.update_card(card)
        return True

    # edits -----------------------------------------------------------------------------------
    def _card(self, card_id: uuid.UUID) -> Card | None:
        return next((c for c in self.session.data().cards if c.id == card_id), None)

    def set_checked(self, card_id: uuid.UUID, checked: bool) -> None:
        card = self._card(card_id)
        if card is not None:
            text = self.tr("Tick item") if checked else self.tr("Untick item")
            save_card(self.session, card, {"checked": checked}, text, self.status)

    def set_text(self, card_id: uuid.UUID, text: str) -> None:
        card = self._card(card_id)
        if card is not None:
            save_card(self.session, card, {"text": text}, self.tr("Edit item"), self.status)

    def add(self, group: ChecklistGroup) -> uuid.UUID | None:
        text = group.add_edit.text()
        store, phase_id = self.session.store, self.phase_id
        created: list[uuid.UUID] = []

        def first() -> Changes:
            done = api.add_card(store, phase_id, text, category=group.category)
            created.append(done.new_id)
            return done

        try:
            self.session.execute(
                self.tr("Add item"),
                first,
                lambda: api.delete_cards(store, created),
                lambda: api.restore_cards(store, created),
            )
        except KnownError as error:
            self.status.setText(user_message(error))  # the text stays in the field
            return None
        self.status.clear()
        group.add_edit.clear()
        return created[0]

    def delete(self, card_ids: list[uuid.UUID]) -> None:
        if not card_ids:
            return
        store, ids = self.session.store, list(card_ids)
        self.session.execute(
            self.tr("Delete %n item(s)", "", len(ids)),
            lambda: api.delete_cards(store, ids),
            lambda: api.restore_cards(store, ids),
        )

    def move_item(self, group: ChecklistGroup, step: int) -> None:
        """Move the group's current item one place up (-1) or down (+1) within its group."""
        ids = group.selected_ids()
        if not ids:
            return
        card_id = ids[0]
        members = [c.id for c in group.model.cards]
        at = members.index(card_id)
        if not 0 <= at + step < len(members):
            return
        neighbour = members[at + step]
        # move_card counts among the phase's other undeleted cards (merged ones included)
        data = self.session.data()
        order = sorted(
            (c for c in data.cards if c.phase_id == self.phase_id and c.deleted_at is None),
            key=lambda c: c.position,
        )
        siblings = [c.id for c in order if c.id != card_id]
        old_index = [c.id for c in order].index(card_id)
        target = siblings.index(neighbour) + (1 if step > 0 else 0)
        store = self.session.store
        self.session.execute(
            self.tr("Reorder item"),
            lambda: api.move_card(store, card_id, index=target),
            lambda: api.move_card(store, card_id, index=old_index),
        )
        group.select(card_id)

    def selected_card_ids(self) -> list[uuid.UUID]:
        ids: list[uuid.UUID] = []
        for group in self.groups.values():
            if group.list.hasFocus():
                ids.extend(group.selected_ids())
        return ids
