"""Home: the recent workshops, and creating, opening, duplicating, deleting (with undo),
importing and exporting them."""

from __future__ import annotations

import datetime as dt
import logging
import uuid
from pathlib import Path

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coopatelier import api
from coopatelier.errors import KnownError
from coopatelier.services.changes import Changes
from coopatelier.settings import Settings
from coopatelier.templates import Template
from coopatelier.ui.capture import ErrorBanner
from coopatelier.ui.change_hub import hub_for
from coopatelier.ui.help import ui_language
from coopatelier.ui.messages import user_message
from coopatelier.ui.models import WorkshopListModel
from coopatelier.ui.workshop_details import HorizonBox

log = logging.getLogger(__name__)



class NewWorkshopDialog(QDialog):
    """Create a workshop from a template; participants may be pasted from a spreadsheet
    (one per line: name, organisation, role, table — tabs, semicolons or commas)."""

    def __init__(self, templates: list[Template], parent: QWidget | None = None, *,
                 language: str | None = None) -> None:
        """``language``: the interface's ("fr" or "en"); the first template written in it
        is preselected (an English user starts from an English template)."""
        super().__init__(parent)
        self.setObjectName("newWorkshopDialog")
        self.setWindowTitle(self.tr("New workshop"))
        self.templates = templates
        self.template = QComboBox(self)
        self.template.setObjectName("templateBox")
        for template in templates:
            minutes = template.total_minutes
            self.template.addItem(
                f"{template.title} ({minutes // 60} h {minutes % 60:02d})", template.key
            )
        self.title = QLineEdit(self)
        self.title.setObjectName("titleEdit")
        self.date = QDateEdit(QDate.currentDate(), self)
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dd/MM/yyyy")
        self.place = QLineEdit(self)
        self.horizon = HorizonBox(self)  # the template's offset from the date, until edited
        self._suggested_horizon = 0
        self.anonymous = QCheckBox(
            self.tr("Anonymous: no participant's name on the projector or in the synthesis"),
            self,
        )
        self.anonymous.setObjectName("anonymousBox")
        self.focal_question = QPlainTextEdit(self)
        self.focal_question.setTabChangesFocus(True)
        self.focal_question.setMaximumHeight(70)
        self.people = QPlainTextEdit(self)
        self.people.setObjectName("peopleEdit")
        self.people.setTabChangesFocus(True)
        self.people.setPlaceholderText(
            self.tr("Paste from a spreadsheet: name, organisation, role, table — one per line")
        )
        self.description = QLabel(self)
        self.description.setWordWrap(True)
        self.description.setObjectName("templateDescription")
        form = QFormLayout(self)
        form.addRow(self.tr("&Template"), self.template)
        form.addRow("", self.description)
        form.addRow(self.tr("T&itle"), self.title)
        form.addRow(self.tr("&Date"), self.date)
        form.addRow(self.tr("&Place"), self.place)
        form.addRow(self.tr("&Horizon"), self.horizon)
        form.addRow(self.tr("&Focal question"), self.focal_question)
        form.addRow(self.tr("P&articipants"), self.people)
        form.addRow("", self.anonymous)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Create"))
        buttons.accepted.connect(self._accept_if_valid)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.template.currentIndexChanged.connect(self._template_changed)
        self.date.dateChanged.connect(lambda _d: self._suggest_horizon())
        self.title.textChanged.connect(lambda t: self.ok_button.setEnabled(bool(t.strip())))
        self.title.textEdited.connect(lambda _t: self.title.setProperty("suggested", False))
        language = language or ui_language()
        preferred = next((index for index, template in enumerate(templates)
                          if template.language.split("-")[0] == language), 0)
        self.template.setCurrentIndex(preferred)
        self._template_changed(preferred)
        self.ok_button.setEnabled(bool(self.title.text().strip()))
        self.resize(620, 580)

    def chosen_template(self) -> Template:
        return self.templates[max(0, self.template.currentIndex())]

    def _template_changed(self, _index: int) -> None:
        if not self.templates:
            return
        template = self.chosen_template()
        self.description.setText(template.description)
        self._suggest_horizon()
        self.focal_question.setPlainText(template.focal_question)
        if not self.title.text().strip() or self.title.property("suggested"):
            self.title.setText(template.title)
            self.title.setProperty("suggested", True)

    def _day(self) -> dt.date:
        date = self.date.date()
        return dt.date(date.year(), date.month(), date.day())

    def _suggest_horizon(self) -> None:
        """The template's horizon from the chosen date, unless the user chose another."""
        if not self.templates:
            return
        day = self._day()
        untouched = self.horizon.value() == self._suggested_horizon
        self.horizon.follow(day)
        suggested = day.year + self.chosen_template().horizon_offset
        if untouched or not self._suggested_horizon:
            self.horizon.setValue(suggested)
        self._suggested_horizon = suggested

    def _accept_if_valid(self) -> None:
        if self.title.text().strip():
            self.accept()

    def create_workshop(self, store: api.Store) -> uuid.UUID:
        return api.create_workshop(
            store,
            self.chosen_template(),
            title=self.title.text().strip(),
            date=self._day(),
            place=self.place.text().strip(),
            horizon_year=self.horizon.value(),
            anonymous=self.anonymous.isChecked(),
            focal_question=self.focal_question.toPlainText().strip(),
            people=self.people.toPlainText(),
        ).new_id


class HomeWindow(QMainWindow):
    """The list of workshops."""

    open_requested = Signal(object)
    deleted = Signal(object)
    #: the user asked for the list of backups (the app owns the store, so it opens it)
    backups_requested = Signal()

    def __init__(self, store: api.Store, settings: Settings, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("homeWindow")
        self.store = store
        self.settings = settings
        self.setWindowTitle(self.tr("Workshops — CoopAtelier"))
        self.model = WorkshopListModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("workshopTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        # a long title keeps its end too: "Alimentation durable … (démo) (2)" tells copies apart
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.table.setWordWrap(False)  # one line per workshop, elided in the middle
        for column in range(len(WorkshopListModel.COLUMNS)):
            self.table.horizontalHeader().setSectionResizeMode(
                column,
                QHeaderView.ResizeMode.Stretch
                if column in WorkshopListModel.STRETCHED
                else QHeaderView.ResizeMode.ResizeToContents,
            )
        self.table.setAccessibleName(self.tr("Recent workshops"))
        self.table.doubleClicked.connect(lambda _i: self.open_selected())
        self.table.activated.connect(lambda _i: self.open_selected())

        heading = QLabel(self.tr("Your workshops"), self)
        heading.setObjectName("homeHeading")
        self.banner = ErrorBanner(self)
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        for name, text, tip, slot, shortcut in (
            (
                "new",
                self.tr("&New…"),
                self.tr("Create a workshop from a template (Ctrl+N)"),
                self.new_workshop,
                "Ctrl+N",
            ),
            (
                "open",
                self.tr("&Open"),
                self.tr("Open the selected workshop (Enter)"),
                self.open_selected,
                "",
            ),
            (
                "duplicate",
                self.tr("D&uplicate"),
                self.tr("Copy the agenda and participants, without cards (Ctrl+D)"),
                self.duplicate_selected,
                "Ctrl+D",
            ),
            (
                "delete",
                self.tr("De&lete…"),
                self.tr("Delete the selected workshop (Del)"),
                self.delete_selected,
                "Del",
            ),
            (
                "import",
                self.tr("&Import…"),
                self.tr("Import a workshop file (Ctrl+I)"),
                self.import_dialog,
                "Ctrl+I",
            ),
            (
                "export",
                self.tr("&Export…"),
                self.tr("Export the selected workshop: file, CSV, Markdown or PDF (Ctrl+Shift+E)"),
                self.export_dialog,
                "Ctrl+Shift+E",
            ),
        ):
            button = QPushButton(text, self)
            button.setObjectName(f"{name}Button")
            button.setToolTip(tip)
            button.clicked.connect(slot)
            row.addWidget(button)
            self.buttons[name] = button
            if shortcut:
                action = QAction(self)
                action.setShortcut(QKeySequence(shortcut))
                action.triggered.connect(slot)
                self.addAction(action)
        row.addStretch(1)
        centre = QWidget(self)
        layout = QVBoxLayout(centre)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(heading)
        layout.addLayout(row)
        layout.addWidget(self.banner)
        layout.addWidget(self.table, 1)
        self.setCentralWidget(centre)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        self.file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.backups_action = self.file_menu.addAction(self.tr("&Backups…"))
        self.backups_action.triggered.connect(self.backups_requested.emit)
        self.resize(900, 560)
        # a change anywhere (a card typed in a workshop window) moves "Last changed": the
        # list is read again once shown, at most once per burst of changes
        self.hub = hub_for(store)
        self.hub.changed.connect(self._on_store_changed)
        self._stale = False
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(150)
        self._refresh_timer.timeout.connect(self.refresh)
        self.refresh()

    def _on_store_changed(self, _changes: object, initiator: object) -> None:
        if initiator is self:
            return
        if self.isVisible():
            self._refresh_timer.start()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self._stale = False
            self.refresh()
        super().showEvent(event)

    # --- list -----------------------------------------------------------------------------

    def refresh(self, select: uuid.UUID | None = None) -> None:
        current = select or self.selected_id()
        try:
            self.model.set_workshops(api.list_workshops(self.store))
        except KnownError as exc:
            self.banner.show_error(user_message(exc), self.refresh)
            return
        row = self.model.row_of(current) if current else -1
        if row < 0 and self.model.rowCount() and current is None:
            row = 0
        if row >= 0:
            self.table.selectRow(row)
        self._update_buttons()

    def selected_id(self) -> uuid.UUID | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.model.summary(rows[0].row()).id if rows else None

    def _update_buttons(self) -> None:
        chosen = self.selected_id() is not None
        for name in ("open", "duplicate", "delete", "export"):
            self.buttons[name].setEnabled(chosen)

    # --- actions --------------------------------------------------------------------------

    def new_workshop(self) -> NewWorkshopDialog:
        dialog = NewWorkshopDialog(api.templates(self.store), self,
                                   language=ui_language(self.settings))
        dialog.accepted.connect(lambda: self._create_from(dialog))
        dialog.finished.connect(dialog.deleteLater)
        self.new_dialog = dialog
        dialog.open()
        return dialog

    def _create_from(self, dialog: NewWorkshopDialog) -> None:
        try:
            workshop_id = dialog.create_workshop(self.store)
        except KnownError as exc:
            self.banner.show_error(user_message(exc))
            return
        self.refresh(select=workshop_id)
        self.open_requested.emit(workshop_id)

    def open_selected(self) -> None:
        workshop_id = self.selected_id()
        if workshop_id is not None:
            self.open_requested.emit(workshop_id)

    def duplicate_selected(self) -> None:
        workshop_id = self.selected_id()
        if workshop_id is None:
            return
        try:
            changes = api.duplicate_workshop(self.store, workshop_id)  # "… (2)"
        except KnownError as exc:
            self.banner.show_error(user_message(exc), self.duplicate_selected)
            return
        self.hub.publish(changes, self)
        self.refresh(select=changes.new_id)

    def delete_selected(self) -> QMessageBox | None:
        workshop_id = self.selected_id()
        if workshop_id is None:
            return None
        summary = self.model.summary(self.model.row_of(workshop_id))
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Delete workshop"),
            self.tr(
                "Delete “%1” and its %n card(s)? You can undo it right after.",
                "",
                summary.card_count,
            ).replace("%1", summary.title),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("deleteBox")
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Delete"))
        box.accepted.connect(lambda: self.delete_workshop(workshop_id))
        box.finished.connect(box.deleteLater)
        self.delete_box = box
        box.open()
        return box

    def delete_workshop(self, workshop_id: uuid.UUID) -> None:
        """Delete after taking a snapshot (a workshop file) that Undo imports back."""
        title = self.model.summary(self.model.row_of(workshop_id)).title
        snapshot = self.store.data_dir.backups / f"deleted-{workshop_id}.json"
        try:
            from coopatelier.exchange import export_workshop_file

            export_workshop_file(self.store, workshop_id, snapshot)
            changes = api.delete_workshop(self.store, workshop_id)
        except KnownError as exc:
            self.banner.show_error(user_message(exc), lambda: self.delete_workshop(workshop_id))
            return
        self.settings.forget_workshop(workshop_id)
        self.deleted.emit(workshop_id)  # its window closes first, then the others hear it
        self.hub.publish(changes, self)
        self.refresh()
        self.banner.show_error(
            self.tr("“%1” was deleted.").replace("%1", title),
            lambda: self.undo_delete(snapshot),
        )
        self.banner.retry_button.setText(self.tr("&Undo"))

    def undo_delete(self, snapshot: Path) -> None:
        self.banner.retry_button.setText(self.tr("&Retry"))
        try:
            report = self.import_file(snapshot)
        except KnownError as exc:
            self.banner.show_error(user_message(exc), lambda: self.undo_delete(snapshot))
            return
        if report is not None:
            snapshot.unlink(missing_ok=True)

    def import_dialog(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Import a workshop file"),
            str(Path.home()),
            self.tr("Workshop files (*.json);;All files (*)"),
        )
        if path:
            try:
                self.import_file(Path(path))
            except KnownError as exc:
                self.banner.show_error(user_message(exc))

    def import_file(self, path: Path) -> object:
        from coopatelier.exchange import import_workshop_file

        report = import_workshop_file(self.store, path)
        # an open window of that workshop (and its projector) shows the merged cards
        self.hub.publish(
            Changes(workshop_id=report.workshop_id, workshop=True) | report.changes, self
        )
        self.refresh(select=report.workshop_id)
        self.statusBar().showMessage(report.summary(ui_language()), 8000)
        return report

    def export_dialog(self) -> object:
        """The export dialog (format, options, file) for the selected workshop."""
        workshop_id = self.selected_id()
        if workshop_id is None:
            return None
        from coopatelier.ui.export_dialog import open_export_dialog

        self.export_box = open_export_dialog(self, self.store, workshop_id, self.settings)
        return self.export_box

    def closeEvent(self, event: QCloseEvent) -> None:
        from coopatelier.ui.workshop_window import _encode

        self.settings.set("home_geometry", _encode(self.saveGeometry()))
        super().closeEvent(event)

    def keyPressEvent(self, event: object) -> None:  # Enter opens
        from PySide6.QtGui import QKeyEvent

        if isinstance(event, QKeyEvent) and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.open_selected()
            return
        super().keyPressEvent(event)  # type: ignore[arg-type]
