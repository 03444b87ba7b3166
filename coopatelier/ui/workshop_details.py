"""The *Workshop* menu of the facilitator's window: the workshop's details (title, date,
place, territory, horizon, focal question, organisers, anonymous, language), edited as one
undoable change, and the participants and organisations editor (``ui/people_editor.py``)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QDate, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from coopatelier import api
from coopatelier.domain.model import Workshop
from coopatelier.domain.rules import MAX_HORIZON_SPAN
from coopatelier.errors import KnownError
from coopatelier.ui.capture import ErrorBanner
from coopatelier.ui.dates import DATE_FIELD_FORMAT
from coopatelier.ui.messages import user_message
from coopatelier.ui.workshop_session import WorkshopSession

if TYPE_CHECKING:
    from coopatelier.ui.conflicts_dialog import ConflictsDialog
    from coopatelier.ui.people_editor import PeopleDialog
    from coopatelier.ui.workshop_window import WorkshopWindow

#: Content languages offered; a workshop in another one keeps it as a further choice.
LANGUAGES = (("fr", "Français"), ("en", "English"))


def _day(edit: QDateEdit) -> dt.date:
    date = edit.date()
    return dt.date(date.year(), date.month(), date.day())


class HorizonBox(QSpinBox):
    """A horizon year, kept between the workshop's year and fifty years later."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("horizonBox")
        self.setAccessibleName(self.tr("Horizon year"))
        self.setMaximumWidth(self.fontMetrics().horizontalAdvance("20300") + 60)

    def follow(self, day: dt.date) -> None:
        self.setRange(day.year, day.year + MAX_HORIZON_SPAN)


class WorkshopDetailsDialog(QDialog):
    """The workshop's own fields. OK saves the changed ones through ``api.update_workshop``
    as one undoable command; a refused change is one sentence in the dialog, which stays
    open with everything typed."""

    def __init__(self, window: WorkshopWindow) -> None:
        super().__init__(window)
        self.setObjectName("workshopDetailsDialog")
        self.setWindowTitle(self.tr("Workshop details"))
        self.session = window.session
        workshop = self.session.data().workshop
        self.workshop = workshop
        self.title = QLineEdit(workshop.title, self)
        self.title.setObjectName("detailsTitle")
        self.date = QDateEdit(QDate(workshop.date.year, workshop.date.month, workshop.date.day))
        self.date.setParent(self)
        self.date.setObjectName("detailsDate")
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat(DATE_FIELD_FORMAT)
        self.place = QLineEdit(workshop.place, self)
        self.place.setObjectName("detailsPlace")
        self.territory = QLineEdit(workshop.territory, self)
        self.territory.setObjectName("detailsTerritory")
        self.horizon = HorizonBox(self)
        self.horizon.follow(workshop.date)
        self.horizon.setValue(workshop.horizon_year)
        self.date.dateChanged.connect(lambda _d: self.horizon.follow(_day(self.date)))
        self.focal_question = QPlainTextEdit(workshop.focal_question, self)
        self.focal_question.setObjectName("detailsQuestion")
        self.focal_question.setTabChangesFocus(True)
        self.focal_question.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 14)
        self.organisers = QLineEdit(workshop.organisers, self)
        self.organisers.setObjectName("detailsOrganisers")
        self.organisers.setPlaceholderText(self.tr("Who invites and runs the workshop"))
        self.anonymous = QCheckBox(
            self.tr("Anonymous: no participant's name on the projector or in the synthesis"),
            self,
        )
        self.anonymous.setObjectName("detailsAnonymous")
        self.anonymous.setChecked(workshop.anonymous)
        self.language = QComboBox(self)
        self.language.setObjectName("detailsLanguage")
        self.language.setToolTip(self.tr("The language the workshop's content is written in"))
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        if self.language.findData(workshop.language) < 0:
            self.language.addItem(workshop.language, workshop.language)
        self.language.setCurrentIndex(self.language.findData(workshop.language))
        for edit in (self.title, self.place, self.territory, self.organisers):
            edit.setCursorPosition(0)  # the start of a long text, not its end
            edit.setToolTip(edit.text())
        self.banner = ErrorBanner(self)
        form = QFormLayout()
        form.addRow(self.tr("T&itle"), self.title)
        form.addRow(self.tr("&Date"), self.date)
        form.addRow(self.tr("&Place"), self.place)
        form.addRow(self.tr("&Territory"), self.territory)
        form.addRow(self.tr("&Horizon"), self.horizon)
        form.addRow(self.tr("&Focal question"), self.focal_question)
        form.addRow(self.tr("&Organisers"), self.organisers)
        form.addRow(self.tr("&Language"), self.language)
        form.addRow("", self.anonymous)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.title.textChanged.connect(lambda t: self.save_button.setEnabled(bool(t.strip())))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.banner)
        layout.addWidget(buttons)
        self.resize(720, 480)

    def values(self) -> dict[str, Any]:
        return {
            "title": self.title.text().strip(),
            "date": _day(self.date),
            "place": self.place.text().strip(),
            "territory": self.territory.text().strip(),
            "horizon_year": self.horizon.value(),
            "focal_question": self.focal_question.toPlainText().strip(),
            "organisers": self.organisers.text().strip(),
            "anonymous": self.anonymous.isChecked(),
            "language": str(self.language.currentData()),
        }

    def save(self) -> None:
        """Save what changed as one command (nothing changed: just close)."""
        if not self.title.text().strip():
            self.banner.show_error(self.tr("A workshop needs a title."))
            return
        try:
            text = self.tr("Edit workshop details")
            save_details(self.session, self.workshop, self.values(), text)
        except KnownError as exc:
            self.banner.show_error(user_message(exc), self.save)
            return
        self.accept()


def save_details(
    session: WorkshopSession, before: Workshop, values: dict[str, Any], text: str
) -> bool:
    """Change the workshop's fields that differ from ``before`` as one undoable command;
    False when nothing differs. A ``KnownError`` propagates and nothing is pushed."""
    changed = {k: v for k, v in values.items() if getattr(before, k) != v}
    if not changed:
        return False
    old = {k: getattr(before, k) for k in changed}
    store, wid = session.store, session.workshop_id
    session.execute(
        text,
        lambda: api.update_workshop(store, wid, **changed),
        lambda: api.update_workshop(store, wid, **old),
    )
    return True


class WorkshopMenu(QObject):
    """The *Workshop* menu and the dialogs it opens (one of each at a time)."""

    def __init__(self, window: WorkshopWindow) -> None:
        super().__init__(window)
        self.menu = QMenu(self.tr("W&orkshop"), window)
        self.menu.setObjectName("workshopMenu")
        self.details_action = QAction(self.tr("Workshop &details…"), window)
        self.details_action.setObjectName("workshopDetails")
        self.details_action.setToolTip(
            self.tr("Title, date, place, territory, horizon, focal question, organisers")
        )
        self.details_action.triggered.connect(self.show_details)
        self.people_action = QAction(self.tr("&Participants and organisations…"), window)
        self.people_action.setObjectName("workshopPeople")
        self.people_action.triggered.connect(self.show_people)
        self.conflicts_action = QAction(self.tr("&Conflicts…"), window)
        self.conflicts_action.setObjectName("workshopConflicts")
        self.conflicts_action.setToolTip(
            self.tr("Fields two laptops changed without seeing each other's change")
        )
        self.conflicts_action.triggered.connect(self.show_conflicts)
        for action in (self.details_action, self.people_action, self.conflicts_action):
            window.addAction(action)
            self.menu.addAction(action)
        self.details_dialog: WorkshopDetailsDialog | None = None
        self.people_dialog: PeopleDialog | None = None
        self.conflicts_dialog: ConflictsDialog | None = None

    def _window(self) -> WorkshopWindow:
        # the parent, asked each time: holding the window here would make a reference
        # cycle (window.workshop_menu ↔ menu) that keeps a closed window's wrapper alive;
        # installed by the window only (install_workshop_menu), so no import of it here
        window = self.parent()
        assert window is not None
        return cast("WorkshopWindow", window)

    def show_details(self) -> WorkshopDetailsDialog:
        if self.details_dialog is not None:
            self.details_dialog.raise_()
            return self.details_dialog
        dialog = WorkshopDetailsDialog(self._window())
        dialog.finished.connect(lambda _r: self._forget_details(dialog))
        self.details_dialog = dialog
        dialog.open()
        return dialog

    def _forget_details(self, dialog: WorkshopDetailsDialog) -> None:
        if self.details_dialog is dialog:
            self.details_dialog = None
        dialog.deleteLater()

    def show_people(self) -> PeopleDialog:
        """The participants and organisations editor: beside the window, not modal, so that
        Ctrl+Z there undoes its changes one by one."""
        from coopatelier.ui.people_editor import PeopleDialog

        if self.people_dialog is None:
            self.people_dialog = PeopleDialog(self._window())
            self.people_dialog.finished.connect(self._forget_people)
        self.people_dialog.show()
        self.people_dialog.raise_()
        self.people_dialog.activateWindow()
        return self.people_dialog

    def show_conflicts(self) -> ConflictsDialog:
        """The conflicts of the merges: beside the window, not modal (Ctrl+Z undoes)."""
        from coopatelier.ui.conflicts_dialog import ConflictsDialog

        if self.conflicts_dialog is None:
            window = self._window()
            self.conflicts_dialog = ConflictsDialog(window.session, window)
            self.conflicts_dialog.finished.connect(self._forget_conflicts)
        self.conflicts_dialog.show()
        self.conflicts_dialog.raise_()
        return self.conflicts_dialog

    def _forget_conflicts(self, _result: int) -> None:
        dialog, self.conflicts_dialog = self.conflicts_dialog, None
        if dialog is not None:
            dialog.session.changed.disconnect(dialog._on_changed)
            dialog.deleteLater()

    def _forget_people(self, _result: int) -> None:
        dialog, self.people_dialog = self.people_dialog, None
        if dialog is not None:
            dialog.deleteLater()


def install_workshop_menu(window: WorkshopWindow) -> WorkshopMenu:
    """Add the *Workshop* menu after the window's Edit menu (third in the menu bar)."""
    workshop_menu = WorkshopMenu(window)
    bar = window.menuBar()
    menus = bar.actions()
    if len(menus) > 2:
        bar.insertMenu(menus[2], workshop_menu.menu)
    else:
        bar.addMenu(workshop_menu.menu)
    return workshop_menu
