"""Pieces the futures, actions, roadmap and closing workspaces share: item models over
cards, the form binder that saves edits as undoable commands, vote counts.

(Named ``card_editing`` only because of the file split between GUI helpers; nothing in it
is specific to futures.)
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont, QValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTableView,
    QWidget,
)

from coopatelier import api
from coopatelier.domain.model import Card, WorkshopData
from coopatelier.errors import KnownError
from coopatelier.ui.messages import user_message
from coopatelier.ui.views.tables import AppendingTable
from coopatelier.ui.workshop_session import WorkshopSession

CARD_ID_ROLE = Qt.ItemDataRole.UserRole + 1
QUADRANT_ROLE = Qt.ItemDataRole.UserRole + 2

AnyIndex = QModelIndex | QPersistentModelIndex


def first_line(text: str, limit: int = 120) -> str:
    """The first line of a card's text, shortened for a one-line list."""
    line = text.strip().splitlines()[0] if text.strip() else ""
    return line if len(line) <= limit else line[: limit - 1] + "…"


@dataclass(frozen=True)
class PhaseVotes:
    """The dots a phase's list shows: those of one round, never several added together."""

    #: dots per card in the round shown
    totals: dict[uuid.UUID, int]
    #: the column's title, naming the round ("Round 2")
    header: str
    #: the title's tooltip: what the numbers are
    header_tip: str
    #: per card: its dots in every round that may be shown, for the tooltip
    detail: dict[uuid.UUID, str]


class VoteWords(QObject):
    """The wording of the dots column (a class, for lupdate's plural forms)."""

    def header(self, number: int | None) -> str:
        """Short: the list is narrow; the header's tooltip says the rest."""
        if number is None:
            return self.tr("Dots")
        return self.tr("Round %1", "dots column of a list").replace("%1", str(number))

    def header_tip(self, number: int | None) -> str:
        if number is None:
            return self.none()
        return self.tr("Dots given in round %1 (each round is counted apart)").replace(
            "%1", str(number))

    def in_round(self, number: int, dots: int) -> str:
        return self.tr("Round %1: %n dot(s)", "", dots).replace("%1", str(number))

    def none(self) -> str:
        return self.tr("No voting round shown yet")


def phase_votes(data: WorkshopData, phase_id: uuid.UUID) -> PhaseVotes:
    """The dots of the latest round of ``phase_id`` whose results may be shown, the column
    title naming that round; the tooltip lists every shown round apart."""
    words = VoteWords()
    rounds = sorted((r for r in data.rounds if r.phase_id == phase_id),
                    key=lambda r: r.created_at)
    shown = [(n, r) for n, r in enumerate(rounds, start=1) if not r.hidden or r.revealed]
    if not shown:
        return PhaseVotes({}, words.header(None), words.header_tip(None), {})
    per_round = [(n, data.vote_totals(r.id, revealed_only=True)) for n, r in shown]
    detail: dict[uuid.UUID, str] = {}
    for card_id in {c for _n, totals in per_round for c in totals}:
        detail[card_id] = "\n".join(
            words.in_round(n, totals.get(card_id, 0)) for n, totals in reversed(per_round)
        )
    number, totals = per_round[-1]
    return PhaseVotes(totals, words.header(number), words.header_tip(number), detail)


@dataclass(frozen=True)
class Column:
    header: str
    value: Callable[[Card], object]
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    tooltip: Callable[[Card], str] | None = None


class CardTableModel(QAbstractTableModel):
    """Cards as rows, columns given by the view; keeps rows in place when only values change
    so that selection and scrolling survive a refresh."""

    def __init__(self, columns: Sequence[Column], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._cards: list[Card] = []
        self._rows: dict[uuid.UUID, int] = {}  # row of each card
        self._headers: dict[int, str] = {}
        self._header_tips: dict[int, str] = {}

    def set_header(self, section: int, text: str, tip: str = "") -> None:
        """Retitle a column (the dots column names its round)."""
        if (self._headers.get(section), self._header_tips.get(section)) != (text, tip):
            self._headers[section] = text
            self._header_tips[section] = tip
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, section, section)

    def set_cards(self, cards: Iterable[Card]) -> None:
        new = list(cards)
        old_ids = [c.id for c in self._cards]
        new_ids = [c.id for c in new]
        if new_ids[: len(old_ids)] == old_ids:
            # the same rows (values may have changed), perhaps some appended: kept in place
            self._cards[: len(old_ids)] = new[: len(old_ids)]
            if old_ids:
                self.dataChanged.emit(
                    self.index(0, 0), self.index(len(old_ids) - 1, len(self._columns) - 1)
                )
            self.append_cards(new[len(old_ids):])
            return
        self.beginResetModel()
        self._cards = new
        self._rows = {c.id: i for i, c in enumerate(new)}
        self.endResetModel()

    def append_cards(self, cards: Sequence[Card]) -> None:
        """New rows at the end (a capture): the other rows are neither read nor reset."""
        if not cards:
            return
        start = len(self._cards)
        self.beginInsertRows(QModelIndex(), start, start + len(cards) - 1)
        for offset, card in enumerate(cards):
            self._cards.append(card)
            self._rows[card.id] = start + offset
        self.endInsertRows()

    def update_card(self, card: Card) -> bool:
        """Show ``card``'s new values in its row only; False when it has no row."""
        row = self._rows.get(card.id, -1)
        if row < 0:
            return False
        self._cards[row] = card
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self._columns) - 1))
        return True

    def card(self, row: int) -> Card | None:
        return self._cards[row] if 0 <= row < len(self._cards) else None

    def row_of(self, card_id: uuid.UUID) -> int:
        return self._rows.get(card_id, -1)

    def cards(self) -> list[Card]:
        return list(self._cards)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._cards)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers.get(section, self._columns[section].header)
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            return self._header_tips.get(section) or None
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return section + 1
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        card = self.card(index.row())
        if card is None:
            return None
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            value = column.value(card)
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.tooltip(card) if column.tooltip else card.heading
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(column.align.value)
        if role == CARD_ID_ROLE:
            return card.id
        if role == QUADRANT_ROLE:
            return card.quadrant
        return None


@dataclass(frozen=True)
class CheckItem:
    id: uuid.UUID
    label: str
    tooltip: str = ""
    emphasised: bool = False


class CheckListModel(QAbstractListModel):
    """A checkable list of cards (links to drivers, to futures); ``toggled`` fires when the
    user checks or unchecks an item, never when the view sets the checks."""

    toggled = Signal(object, bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: list[CheckItem] = []
        self._checked: set[uuid.UUID] = set()
        self._enabled = True

    def set_items(self, items: Iterable[CheckItem]) -> None:
        new = list(items)
        if [i.id for i in new] == [i.id for i in self._items]:
            self._items = new
            if new:
                self.dataChanged.emit(self.index(0), self.index(len(new) - 1))
            return
        self.beginResetModel()
        self._items = new
        self.endResetModel()

    def set_checked(self, ids: Iterable[uuid.UUID]) -> None:
        self._checked = set(ids)
        if self._items:
            self.dataChanged.emit(
                self.index(0),
                self.index(len(self._items) - 1),
                [Qt.ItemDataRole.CheckStateRole],
            )

    def set_enabled(self, enabled: bool) -> None:
        self._enabled = enabled
        if self._items:
            self.dataChanged.emit(self.index(0), self.index(len(self._items) - 1))

    def checked_ids(self) -> list[uuid.UUID]:
        return [i.id for i in self._items if i.id in self._checked]

    def item_ids(self) -> list[uuid.UUID]:
        return [i.id for i in self._items]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not self._enabled:
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
        )

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return item.label
        if role == Qt.ItemDataRole.ToolTipRole:
            return item.tooltip or item.label
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if item.id in self._checked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.FontRole and item.emphasised:
            font = QFont()
            font.setBold(True)
            return font
        if role == CARD_ID_ROLE:
            return item.id
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not 0 <= index.row() < len(self._items):
            return False
        item = self._items[index.row()]
        on = Qt.CheckState(value) == Qt.CheckState.Checked
        if on:
            self._checked.add(item.id)
        else:
            self._checked.discard(item.id)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.toggled.emit(item.id, on)
        return True


class RowHeights(QObject):
    """Rows of ``table`` as tall as their wrapped text, measured for the rows that change
    only. (A vertical header in ``ResizeToContents`` mode measures every row on every
    change: a capture in an 800-row list measured 800 rows.) Every row is measured again
    when the model is reset or the wrapping column changes width. ``numbers=False``: the
    (hidden) row numbers do not make a row taller than its text, as in a list."""

    def __init__(self, table: QTableView, column: int = 0, numbers: bool = True) -> None:
        super().__init__(table)
        self._table = table
        self._column = column
        self._numbers = numbers
        if not numbers:
            table.verticalHeader().setMinimumSectionSize(1)
        self.measured_rows = 0  # how many rows were measured (tests count them)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        model = table.model()
        model.rowsInserted.connect(self._inserted)
        model.dataChanged.connect(lambda top, bottom, *_roles: self._fit(top.row(), bottom.row()))
        model.modelReset.connect(self.fit_all)
        model.layoutChanged.connect(self.fit_all)
        self._all_soon = QTimer(self)
        self._all_soon.setSingleShot(True)
        self._all_soon.setInterval(0)
        self._all_soon.timeout.connect(self.fit_all)
        table.horizontalHeader().sectionResized.connect(self._resized)

    def _inserted(self, _parent: QModelIndex, first: int, last: int) -> None:
        header = self._table.verticalHeader()
        table = self._table
        quiet = isinstance(table, AppendingTable) and table.layout_due_from() is not None
        # rows whose layout is due (an appending table's): their new heights are laid out
        # and painted with them; told to the table, it lays its rows out again on a timer
        # of its own after the scroll to the new row, and repaints them all
        was = header.blockSignals(quiet)
        try:
            self._fit(first, last)
        finally:
            header.blockSignals(was)

    def _fit(self, first: int, last: int) -> None:
        if last - first >= 32:
            self.fit_all()
            return
        for row in range(first, last + 1):
            self._fit_row(row)
        self.measured_rows += last - first + 1

    def _fit_row(self, row: int) -> None:
        if self._numbers:
            self._table.resizeRowToContents(row)
        else:
            self._table.verticalHeader().resizeSection(row, self._table.sizeHintForRow(row))

    def fit_all(self) -> None:
        self._all_soon.stop()
        if self._numbers:
            self._table.resizeRowsToContents()
        else:
            for row in range(self._table.model().rowCount()):
                self._fit_row(row)
        self.measured_rows += self._table.model().rowCount()

    def _resized(self, column: int, old: int, new: int) -> None:
        if column == self._column and old != new:
            self._all_soon.start()  # once for a burst of resizes


def select_card(view: QAbstractItemView, model: CardTableModel, card_id: uuid.UUID) -> None:
    row = model.row_of(card_id)
    if row >= 0:
        view.setCurrentIndex(model.index(row, 0))


def show_first_if_none(view: Any) -> None:
    """A card editor (futures, actions: ``list``, ``model``, ``_show``, ``_current_card``,
    ``_refreshing``) whose list had no current row — its first capture: the first row
    becomes current and is shown, without the form's own saving on a row change."""
    if view.list.currentIndex().row() >= 0:
        return
    view._refreshing = True
    try:
        view.list.setCurrentIndex(view.model.index(0, 0))
        view._show(view._current_card())
    finally:
        view._refreshing = False


def current_card_ids(view: QAbstractItemView, model: CardTableModel) -> list[uuid.UUID]:
    selection = view.selectionModel()
    if selection is None:
        return []
    rows = sorted({i.row() for i in selection.selectedRows()})
    return [c.id for r in rows if (c := model.card(r)) is not None]


class UnsetSpinBox(QSpinBox):
    """A number whose least value means "not set" (its special value text): its number
    erased, it is not set (QSpinBox put the number back when the field was left, and
    nothing said how to clear it; rt9: a year erased came back as 2029)."""

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        if not text.strip():
            return QValidator.State.Acceptable, text, pos
        return super().validate(text, pos)

    def valueFromText(self, text: str) -> int:
        if not text.strip():
            return self.minimum()
        return super().valueFromText(text)


class CardForm(QObject):
    """Binds editor widgets to fields of one card.

    Text fields are saved after a pause in typing, on focus-out and on Enter; other fields
    are saved at once through ``save``. Each save is one undoable command that restores the
    previous values. A refused change shows its sentence in ``status`` and keeps what the user
    typed in the widget.
    """

    saved = Signal()

    def __init__(
        self,
        session: WorkshopSession,
        status: QLabel,
        command_text: Callable[[], str],
        parent: QObject | None = None,
        delay_ms: int = 800,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.status = status
        self._command_text = command_text
        self.card_id: uuid.UUID | None = None
        self._lines: dict[str, QLineEdit] = {}
        self._texts: dict[str, QPlainTextEdit] = {}
        self._spins: dict[str, tuple[QSpinBox, int]] = {}
        self._dirty: set[str] = set()
        self._loading = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.flush)

    # binding -------------------------------------------------------------------------------
    def bind_line(self, field: str, widget: QLineEdit) -> None:
        self._lines[field] = widget
        widget.textEdited.connect(lambda _text, f=field: self._edited(f))
        widget.editingFinished.connect(self.flush)

    def bind_text(self, field: str, widget: QPlainTextEdit) -> None:
        self._texts[field] = widget
        widget.textChanged.connect(lambda f=field: self._edited(f))
        widget.installEventFilter(self)

    def bind_spin(self, field: str, widget: QSpinBox, none_value: int) -> None:
        """A number field; ``none_value`` (the spin box's special value) means unset."""
        self._spins[field] = (widget, none_value)
        widget.valueChanged.connect(lambda _value, f=field: self._edited(f))
        widget.editingFinished.connect(self.flush)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut and watched in self._texts.values():
            self.flush()
        return False

    def _edited(self, field: str) -> None:
        if self._loading or self.card_id is None:
            return
        self._dirty.add(field)
        self._timer.start()

    @property
    def dirty(self) -> bool:
        return bool(self._dirty)

    # loading -------------------------------------------------------------------------------
    def card(self) -> Card | None:
        if self.card_id is None:
            return None
        return next((c for c in self.session.data().cards if c.id == self.card_id), None)

    def set_card(self, card: Card | None) -> None:
        """Show another card (saving what was typed for the previous one first)."""
        if card is None or card.id != self.card_id:
            self.flush()
            self._dirty.clear()
            self.card_id = card.id if card else None
            self.status.clear()
        self.load(card, force=True)

    def load(self, card: Card | None, force: bool = False) -> None:
        """Put the card's values in the widgets that the user is not editing."""
        self._loading = True
        try:
            for field, line in self._lines.items():
                value = "" if card is None else str(getattr(card, field))
                if (force or field not in self._dirty) and line.text() != value:
                    line.setText(value)
                    line.setCursorPosition(0)  # the start of a long text, not its end
                    line.setToolTip(value)
            for field, text in self._texts.items():
                value = "" if card is None else str(getattr(card, field))
                if (force or field not in self._dirty) and text.toPlainText() != value:
                    text.setPlainText(value)
            for field, (spin, none_value) in self._spins.items():
                number = None if card is None else getattr(card, field)
                if force or field not in self._dirty:
                    spin.setValue(none_value if number is None else number)
        finally:
            self._loading = False

    # saving --------------------------------------------------------------------------------
    def flush(self) -> bool:
        """Save the text fields typed since the last save; True when nothing is left."""
        self._timer.stop()
        if not self._dirty or self.card_id is None:
            return True
        values: dict[str, object] = {}
        for field in self._dirty:
            if field in self._lines:
                values[field] = self._lines[field].text()
            elif field in self._texts:
                values[field] = self._texts[field].toPlainText()
            elif field in self._spins:
                spin, none_value = self._spins[field]
                values[field] = None if spin.value() == none_value else spin.value()
        dirty = set(self._dirty)
        self._dirty.clear()
        if self.save(values):
            return True
        self._dirty |= dirty  # keep what the user typed, and retry on the next save
        return False

    def save(self, values: dict[str, object]) -> bool:
        """Save ``values`` on the current card as one undoable command."""
        card = self.card()
        if card is None:
            return False
        return save_card(self.session, card, values, self._command_text(), self.status)


def save_card(
    session: WorkshopSession,
    card: Card,
    values: dict[str, object],
    text: str,
    status: QLabel | None = None,
) -> bool:
    """Update ``card`` with the values that differ, as one undoable command."""
    new = {k: v for k, v in values.items() if getattr(card, k) != v}
    if not new:
        return True
    old = {k: getattr(card, k) for k in new}
    store, card_id = session.store, card.id
    try:
        session.execute(
            text,
            lambda: api.update_card(store, card_id, **new),
            lambda: api.update_card(store, card_id, **old),
        )
    except KnownError as error:
        if status is not None:
            status.setText(user_message(error))
        return False
    if status is not None:
        status.clear()
    return True


def status_label(parent: QWidget) -> QLabel:
    """The inline line where a refused change explains itself."""
    label = QLabel(parent)
    label.setObjectName("statusMessage")
    label.setWordWrap(True)
    label.setStyleSheet("color: #a8071a;")
    label.setAccessibleName(QCoreApplication.translate("CardForm", "Message"))
    return label
