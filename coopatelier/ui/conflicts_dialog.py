"""*Workshop → Conflicts…* (and *Démarche → Conflicts…* for the démarche's own rows: its
details, members, decisions, organisations): the fields two laptops changed unaware of
each other.

Each line shows what was changed, the value in force (the later change, until the other
one is taken) and the one set aside; the facilitator may take the other value instead —
one undoable command through ``services.conflicts.take_conflict_value`` — or put the
kept one back (Ctrl+Z does too).
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coopatelier import api
from coopatelier.services.changes import Changes
from coopatelier.services.imports import readable_field
from coopatelier.ui.demarche_session import DemarcheSession
from coopatelier.ui.messages import ui_language
from coopatelier.ui.workshop_session import WorkshopSession

CONFLICT_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class ConflictsDialog(QDialog):
    def __init__(self, session: WorkshopSession | DemarcheSession,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictsDialog")
        self.setWindowTitle(self.tr("Conflicts"))
        self.session = session
        #: whose conflicts: a workshop's, or a démarche's own rows'
        self.scope_id = (session.demarche_id if isinstance(session, DemarcheSession)
                         else session.workshop_id)
        self.conflicts: list[api.Conflict] = []
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("conflictsTable")
        self.table.setHorizontalHeaderLabels([
            self.tr("What"), self.tr("Field"), self.tr("In force"),
            self.tr("Set aside"), self.tr("State"),
        ])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.ResizeToContents)
        self.take_button = QPushButton(self.tr("&Take the other value"), self)
        self.take_button.setObjectName("takeOtherValue")
        self.take_button.clicked.connect(self.take_selected)
        self.back_button = QPushButton(self.tr("&Keep the later value"), self)
        self.back_button.setObjectName("keepLaterValue")
        self.back_button.clicked.connect(self.keep_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.take_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.back_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        session.changed.connect(self._on_changed)
        self.setMinimumWidth(760)
        self.resize(900, 420)
        self.reload()

    def _on_changed(self, _changes: Changes) -> None:
        self.reload()

    def reload(self) -> None:
        selected = self.selected_id()
        self.conflicts = api.list_conflicts(self.session.store, self.scope_id, ui_language())
        open_count = sum(not c.resolved for c in self.conflicts)
        if self.conflicts:
            self.intro.setText(self.tr(
                "Two laptops changed these fields without seeing each other's change. The "
                "later change was kept; you may take the other value instead."
            ) + " " + self.tr("%n conflict(s) not settled.", "", open_count))
        else:
            self.intro.setText(self.tr("No conflict: every import merged without one."))
        self.table.setRowCount(len(self.conflicts))
        for row, conflict in enumerate(self.conflicts):
            state = self.tr("Other value taken") if conflict.resolved else self.tr("Later kept")
            field = readable_field(conflict.field, ui_language(), conflict.entity)
            cells = (conflict.label or self.tr("(removed since)"), field,
                     conflict.in_force, conflict.set_aside, state)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                item.setData(CONFLICT_ID_ROLE, str(conflict.id))
                self.table.setItem(row, column, item)
            if selected == conflict.id:
                self.table.selectRow(row)
        self.table.resizeRowsToContents()
        self._update_buttons()

    def selected_id(self) -> uuid.UUID | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        item = self.table.item(rows[0].row(), 0)
        return uuid.UUID(item.data(CONFLICT_ID_ROLE)) if item is not None else None

    def _selected(self) -> api.Conflict | None:
        wanted = self.selected_id()
        return next((c for c in self.conflicts if c.id == wanted), None)

    def _update_buttons(self) -> None:
        conflict = self._selected()
        self.take_button.setEnabled(conflict is not None and not conflict.resolved)
        self.back_button.setEnabled(conflict is not None and conflict.resolved)

    def take_selected(self) -> None:
        conflict = self._selected()
        if conflict is not None and not conflict.resolved:
            self._choose(conflict, take_other=True,
                         text=self.tr("Take the other value of %1").replace(
                             "%1", readable_field(conflict.field, ui_language(), conflict.entity)))

    def keep_selected(self) -> None:
        conflict = self._selected()
        if conflict is not None and conflict.resolved:
            self._choose(conflict, take_other=False,
                         text=self.tr("Keep the later value of %1").replace(
                             "%1", readable_field(conflict.field, ui_language(), conflict.entity)))

    def _choose(self, conflict: api.Conflict, *, take_other: bool, text: str) -> None:
        store, conflict_id = self.session.store, conflict.id
        self.session.attempt(
            text,
            lambda: api.take_conflict_value(store, conflict_id, take_other=take_other),
            lambda: api.take_conflict_value(store, conflict_id, take_other=not take_other),
        )
