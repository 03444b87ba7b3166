"""Item models over the session's cached data, so that long lists stay fluid (Qt only asks
for the rows it paints)."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from collections.abc import Set as AbstractSet
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QStringListModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from coopatelier.domain.model import Card, DriverNature, Phase, PhaseStatus, WorkshopSummary
from coopatelier.ui.dates import format_date, format_moment

CARD_ID_ROLE = Qt.ItemDataRole.UserRole + 1
PHASE_ID_ROLE = Qt.ItemDataRole.UserRole + 2
#: a second, smaller line under an item: a card's group and provenance
SECONDARY_ROLE = Qt.ItemDataRole.UserRole + 20
WORKSHOP_ID_ROLE = Qt.ItemDataRole.UserRole + 3

AnyIndex = QModelIndex | QPersistentModelIndex
_NO_INDEX = QModelIndex()


def nature_label(nature: DriverNature | None) -> str:
    labels = {
        DriverNature.HEAVY_TREND: QCoreApplication.translate("Nature", "Heavy trend"),
        DriverNature.WEAK_SIGNAL: QCoreApplication.translate("Nature", "Weak signal"),
        DriverNature.SEED_OF_CHANGE: QCoreApplication.translate("Nature", "Seed of change"),
        DriverNature.MAJOR_UNCERTAINTY: QCoreApplication.translate("Nature", "Major uncertainty"),
        DriverNature.DISRUPTION: QCoreApplication.translate("Nature", "Disruption"),
    }
    return labels.get(nature, "") if nature else ""


def provenance(card: Card) -> str:
    parts = [p for p in (card.table_label, card.author) if p]
    return " · ".join(parts)


class WorkshopListModel(QAbstractTableModel):
    """The home screen's recent workshops."""

    COLUMNS = ("Title", "Date", "Place", "Horizon", "Phases", "Cards", "Participants",
               "Changed")
    #: columns that share the width left by the others
    STRETCHED = (0, 2)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[WorkshopSummary] = []

    def set_workshops(self, rows: Sequence[WorkshopSummary]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def summary(self, row: int) -> WorkshopSummary:
        return self._rows[row]

    def row_of(self, workshop_id: uuid.UUID) -> int:
        return next((i for i, s in enumerate(self._rows) if s.id == workshop_id), -1)

    def rowCount(self, parent: AnyIndex = _NO_INDEX) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = _NO_INDEX) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (
                QCoreApplication.translate("WorkshopListModel", "Title"),
                QCoreApplication.translate("WorkshopListModel", "Date"),
                QCoreApplication.translate("WorkshopListModel", "Place"),
                QCoreApplication.translate("WorkshopListModel", "Horizon"),
                QCoreApplication.translate("WorkshopListModel", "Phases"),
                QCoreApplication.translate("WorkshopListModel", "Cards"),
                QCoreApplication.translate("WorkshopListModel", "Participants"),
                QCoreApplication.translate("WorkshopListModel", "Last changed"),
            )[section]
        return None

    def data(self, index: AnyIndex, role: int = 0) -> Any:
        if not index.isValid():
            return None
        s = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            # two workshops with the same title (the demo made twice, a copy) differ by
            # place, counts or, at least, by when they were last changed
            done = "✓ " if s.ended_at is not None else ""  # ended: *End the workshop*
            return (
                f"{done}{s.title}",
                format_date(s.date),
                s.place,
                str(s.horizon_year),
                str(s.phase_count),
                str(s.card_count),
                str(s.participant_count),
                format_moment(s.updated_at),
            )[column]
        if role == Qt.ItemDataRole.ToolTipRole and column in (0, 2):
            tip = f"{s.title} — {s.place}" if s.place else s.title
            if s.ended_at is not None:
                tip += "\n" + QCoreApplication.translate("WorkshopListModel", "Ended %1").replace(
                    "%1", format_moment(s.ended_at)
                )
            return tip
        if role == Qt.ItemDataRole.ToolTipRole and column == len(self.COLUMNS) - 1:
            return format_moment(s.updated_at, seconds=True)
        if role == Qt.ItemDataRole.TextAlignmentRole and column not in self.STRETCHED:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == WORKSHOP_ID_ROLE:
            return s.id
        return None


class PhaseListModel(QAbstractListModel):
    """The déroulé: every phase with its planned minutes and its state."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._phases: list[Phase] = []
        self._counts: dict[uuid.UUID, int] = {}
        self.current: uuid.UUID | None = None

    def set_phases(self, phases: Sequence[Phase], counts: dict[uuid.UUID, int]) -> None:
        if [p.id for p in phases] == [p.id for p in self._phases]:
            # only the rows that changed: a capture changes one phase's count, and
            # repainting every (word-wrapped) row of the déroulé costs on each card
            changed = [
                row
                for row, (old, new) in enumerate(zip(self._phases, phases, strict=True))
                if (old is not new and old != new)
                or self._counts.get(new.id, 0) != counts.get(new.id, 0)
            ]
            self._phases = list(phases)
            self._counts = dict(counts)
            if changed:
                self.dataChanged.emit(self.index(changed[0]), self.index(changed[-1]))
            return
        self.beginResetModel()
        self._phases = list(phases)
        self._counts = dict(counts)
        self.endResetModel()

    def phase(self, row: int) -> Phase:
        return self._phases[row]

    def phases(self) -> list[Phase]:
        return list(self._phases)

    def row_of(self, phase_id: uuid.UUID | None) -> int:
        return next((i for i, p in enumerate(self._phases) if p.id == phase_id), -1)

    def rowCount(self, parent: AnyIndex = _NO_INDEX) -> int:
        return 0 if parent.isValid() else len(self._phases)

    @staticmethod
    def state_label(phase: Phase) -> str:
        status = phase.status
        if status is PhaseStatus.RUNNING:
            return QCoreApplication.translate("PhaseListModel", "running")
        if status is PhaseStatus.PAUSED:
            return QCoreApplication.translate("PhaseListModel", "paused")
        if status is PhaseStatus.DONE:
            return QCoreApplication.translate("PhaseListModel", "done")
        return QCoreApplication.translate("PhaseListModel", "to come")

    def data(self, index: AnyIndex, role: int = 0) -> Any:
        if not index.isValid():
            return None
        phase = self._phases[index.row()]
        status = phase.status
        if role == Qt.ItemDataRole.DisplayRole:
            # self.tr with a count: the only form lupdate extracts as a plural
            minutes = self.tr("%n min", "", phase.planned_minutes)
            cards = self.tr("%n card(s)", "", self._counts.get(phase.id, 0))
            marker = _MARKERS.get(status, "")
            return (
                f"{marker}{index.row() + 1}. {phase.title}\n"
                f"{minutes} · {self.state_label(phase)} · {cards}"
            )
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{phase.title}, {phase.planned_minutes} min, {self.state_label(phase)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return phase.question or phase.instructions or phase.title
        if role == Qt.ItemDataRole.ForegroundRole and status is PhaseStatus.DONE:
            return QBrush(QColor("#5f6b66"))
        if role == PHASE_ID_ROLE:
            return phase.id
        return None


_MARKERS = {PhaseStatus.RUNNING: "▶ ", PhaseStatus.PAUSED: "⏸ ", PhaseStatus.DONE: "✓ "}


class CardListModel(QStringListModel):
    """A flat list of cards (one phase's), appending new captures without a reset.

    Its rows are counted in C++: a ``QStringListModel`` of empty strings runs beside the
    cards, and only ``data`` and ``flags`` are Python. A list view asks for an index of
    every row each time it lays itself out (each capture), and each index asked the
    Python ``rowCount``: ~1 µs a row, 0.8 ms a capture at 800 cards, 6 ms at 5,000."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._cards: list[Card] = []
        self._rows: dict[uuid.UUID, int] = {}

    def set_cards(self, cards: Sequence[Card]) -> None:
        new = list(cards)
        old_ids = [c.id for c in self._cards]
        new_ids = [c.id for c in new]
        if new_ids[: len(old_ids)] == old_ids:
            # same cards, perhaps some appended: update in place, insert the new rows
            # unchanged cards are the session's same objects: ``is`` settles most pairs
            changed = [
                i for i, (a, b) in enumerate(zip(self._cards, new, strict=False))
                if a is not b and a != b
            ]
            self._cards[: len(old_ids)] = new[: len(old_ids)]
            for row in changed:
                self.dataChanged.emit(self.index(row), self.index(row))
            if len(new) > len(old_ids):
                self.append_cards(new[len(old_ids):])
            return
        self._cards = new
        self._rows = {c.id: i for i, c in enumerate(new)}
        self.setStringList([""] * len(new))  # a reset

    def append_cards(self, cards: Sequence[Card]) -> None:
        """Rows for ``cards`` after the others (a capture), without looking at them."""
        if not cards:
            return
        start = len(self._cards)
        self._cards.extend(cards)
        for row, card in enumerate(cards, start):
            self._rows[card.id] = row
        self.insertRows(start, len(cards))  # the C++ rows: rowsInserted, once

    def card(self, row: int) -> Card:
        return self._cards[row]

    def row_of(self, card_id: uuid.UUID) -> int:
        return self._rows.get(card_id, -1)

    def card_ids(self) -> list[uuid.UUID]:
        return [c.id for c in self._cards]

    def card_id_set(self) -> AbstractSet[uuid.UUID]:
        """The ids shown, as a live set view (no copy)."""
        return self._rows.keys()

    def data(self, index: AnyIndex, role: int = 0) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._cards):
            return None  # (while a reset is announced, the cards may be the new ones)
        card = self._cards[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            mark = "☑ " if card.checked else ("☐ " if card.checked is False else "")
            return f"{mark}{card.heading}"
        if role == SECONDARY_ROLE:
            # the card's group and where it comes from, shown under its text
            return " · ".join(p for p in (card.category, provenance(card)) if p)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            origin = provenance(card)
            prefix = f"{card.category}: " if card.category else ""
            return f"{prefix}{card.heading}" + (f" — {origin}" if origin else "")
        if role == Qt.ItemDataRole.EditRole:
            return card.text
        if role == Qt.ItemDataRole.ToolTipRole:
            return card.text
        if role == CARD_ID_ROLE:
            return card.id
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        # a plain list model's flags (not a string list's: no built-in drag and drop)
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemNeverHasChildren | Qt.ItemFlag.ItemIsEditable)

    def setData(self, index: AnyIndex, value: Any, role: int = 0) -> bool:
        return False  # edits go through the session (the view's delegate), never here

    def itemData(self, index: AnyIndex) -> dict[int, Any]:
        return QAbstractItemModel.itemData(self, index)  # from ``data``, not the strings

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction  # a plain model's: drops are the gestures' own


def _same_row(old: Card | str, new: Card | str) -> bool:
    """The same row of ``DriverTableModel``: the very same card, or the same heading."""
    return old is new or (isinstance(old, str) and isinstance(new, str) and old == new)


class DriverTableModel(QAbstractTableModel):
    """Driver cards grouped by category in one flat table: a heading row per category, then
    its cards. Flat on purpose: a table view only asks for the rows it paints, so a capture
    in a 5,000-card workshop inserts one row without relaying out the others."""

    COLUMNS = ("Driver", "Nature", "Impact", "Uncertainty", "Table")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Card | str] = []  # a str is a category heading
        self._counts: dict[str, int] = {}
        self._where: dict[uuid.UUID, int] | None = {}  # row of each card, built when asked
        self._headings: list[int] | None = []  # the heading rows, built when asked

    @staticmethod
    def _key(row: Card | str) -> object:
        return ("group", row) if isinstance(row, str) else row.id

    def set_cards(
        self,
        categories: Sequence[str],
        cards: Sequence[Card],
        accept: Callable[[Card], bool] | None = None,
    ) -> None:
        groups = list(categories)
        for card in cards:
            if card.category not in groups:
                groups.append(card.category)
        if "" in groups:
            groups.remove("")
        groups.append("")
        by_group: dict[str, list[Card]] = {g: [] for g in groups}
        for card in cards:
            if accept is None or accept(card):
                by_group[card.category].append(card)
        rows: list[Card | str] = []
        for group in groups:
            rows.append(group)
            rows.extend(by_group[group])
        counts = {g: len(c) for g, c in by_group.items()}
        if not self._apply_edits(rows, counts):
            self.beginResetModel()
            self._rows = rows
            self._counts = counts
            self._reindex()
            self.endResetModel()

    def append_cards(self, cards: Sequence[Card]) -> bool:
        """Cards that come after every card of their group (a capture): each inserted at
        the end of its group, without looking at the other rows; False (nothing changed)
        when a card's group has no heading yet (then the caller sets all the cards)."""
        rows = self._rows
        headings = self._heading_rows()  # (the groups are few: no look at every row)
        nth = {rows[row]: k for k, row in enumerate(headings)}
        if any(card.category not in nth for card in cards):
            return False
        last = len(self.COLUMNS) - 1
        for card in cards:
            k = nth[card.category]
            start = headings[k]
            end = headings[k + 1] if k + 1 < len(headings) else len(rows)
            self.beginInsertRows(QModelIndex(), end, end)
            rows.insert(end, card)
            headings[k + 1:] = [row + 1 for row in headings[k + 1:]]
            self._where = None
            self.endInsertRows()
            self._counts[card.category] = self._counts.get(card.category, 0) + 1
            self.dataChanged.emit(self.index(start, 0), self.index(start, last))
        return True

    def _apply_edits(self, rows: list[Card | str], counts: dict[str, int]) -> bool:
        """Turn the current rows into ``rows`` by inserting, removing and updating rows in
        place; False when that is not possible (then the caller resets).

        Only the stretch between the longest common head and tail is compared (rows are
        the session's Card objects, unchanged ones are the same objects): a capture in a
        5,000-card workshop looks at one row, not at every card."""
        old = self._rows
        if not old:
            return False
        head, limit = 0, min(len(old), len(rows))
        while head < limit and _same_row(old[head], rows[head]):
            head += 1
        old_end, new_end = len(old), len(rows)
        while old_end > head and new_end > head and _same_row(old[old_end - 1], rows[new_end - 1]):
            old_end -= 1
            new_end -= 1
        middle = rows[head:new_end]
        old_keys = {self._key(r) for r in old[head:old_end]}
        new_keys = {self._key(r) for r in middle}
        if len(old_keys ^ new_keys) > 50:
            return False
        last = len(self.COLUMNS) - 1
        tail = len(old) - old_end  # the common tail stays at the end while the middle changes
        i = head
        for row in middle:
            key = self._key(row)
            while i < len(self._rows) - tail and self._key(self._rows[i]) not in new_keys:
                self.beginRemoveRows(QModelIndex(), i, i)
                del self._rows[i]
                self._reindex()
                self.endRemoveRows()
            if i < len(self._rows) - tail and self._key(self._rows[i]) == key:
                existing = self._rows[i]
                if existing is not row and existing != row:
                    self._rows[i] = row
                    self.dataChanged.emit(self.index(i, 0), self.index(i, last))
            elif key not in old_keys:
                self.beginInsertRows(QModelIndex(), i, i)
                self._rows.insert(i, row)
                self._reindex()
                self.endInsertRows()
            else:
                return False  # moved: simpler to reset
            i += 1
        end = len(self._rows) - tail
        if i < end:
            self.beginRemoveRows(QModelIndex(), i, end - 1)
            del self._rows[i:end]
            self._reindex()
            self.endRemoveRows()
        if counts != self._counts:
            for row_number, row in enumerate(self._rows):
                if isinstance(row, str) and counts.get(row) != self._counts.get(row):
                    self.dataChanged.emit(self.index(row_number, 0), self.index(row_number, last))
        self._counts = counts
        self._reindex()
        return True

    def _reindex(self) -> None:
        self._where = None
        self._headings = None

    def _heading_rows(self) -> list[int]:
        if self._headings is None:
            self._headings = [i for i, r in enumerate(self._rows) if isinstance(r, str)]
        return self._headings

    def _rows_of_cards(self) -> dict[uuid.UUID, int]:
        if self._where is None:
            self._where = {r.id: i for i, r in enumerate(self._rows) if not isinstance(r, str)}
        return self._where

    def heading_rows(self) -> list[int]:
        return list(self._heading_rows())

    def is_heading(self, row: int) -> bool:
        return isinstance(self._rows[row], str)

    def group_key(self, row: int) -> str:
        """The category a heading row stands for ("" for the uncategorised)."""
        value = self._rows[row]
        return value if isinstance(value, str) else value.category

    def group_name(self, name: str) -> str:
        return name or QCoreApplication.translate("DriverTableModel", "Uncategorised")

    def card_at(self, index: AnyIndex) -> Card | None:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        return None if isinstance(row, str) else row

    def index_of(self, card_id: uuid.UUID, column: int = 0) -> QModelIndex:
        row = self._rows_of_cards().get(card_id)
        return QModelIndex() if row is None else self.index(row, column)

    def card_count(self) -> int:
        return len(self._rows_of_cards())

    def rowCount(self, parent: AnyIndex = _NO_INDEX) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = _NO_INDEX) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                QCoreApplication.translate("DriverTableModel", "Driver"),
                QCoreApplication.translate("DriverTableModel", "Nature"),
                QCoreApplication.translate("DriverTableModel", "Imp."),
                QCoreApplication.translate("DriverTableModel", "Unc."),
                QCoreApplication.translate("DriverTableModel", "Table / author"),
            )[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return (
                QCoreApplication.translate("DriverTableModel", "Driver of change"),
                QCoreApplication.translate("DriverTableModel", "Nature of the driver"),
                QCoreApplication.translate("DriverTableModel", "Impact, 1 to 5"),
                QCoreApplication.translate("DriverTableModel", "Uncertainty, 1 to 5"),
                QCoreApplication.translate("DriverTableModel", "Where the card comes from"),
            )[section]
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if isinstance(self._rows[index.row()], str):
            return Qt.ItemFlag.ItemIsEnabled
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == 0:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: AnyIndex, role: int = 0) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if isinstance(row, str):
            if role == Qt.ItemDataRole.DisplayRole and column == 0:
                return f"{self.group_name(row)} ({self._counts.get(row, 0)})"
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(QColor("#eceee9"))
            return None
        card = row
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return " ".join(card.text.split())
            if column == 1:
                return nature_label(card.nature)
            if column == 2:
                return "" if card.impact is None else str(card.impact)
            if column == 3:
                return "" if card.uncertainty is None else str(card.uncertainty)
            return provenance(card)
        if role == Qt.ItemDataRole.EditRole and column == 0:
            return card.text
        if role == Qt.ItemDataRole.ToolTipRole:
            source = provenance(card)
            return f"{card.text}\n— {source}" if source else card.text
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (2, 3):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == CARD_ID_ROLE:
            return card.id
        return None
