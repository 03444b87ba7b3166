"""What the démarche window and the review phase share about a living action: its
status colours and legend, its story told in a few lines (where it came from, what
happened since), and the dialogs that change it (status with its why or its target, a
dated follow-up, dated lead and partner roles). The dialogs only collect values; the
caller runs them as one undoable command (``ui/demarche_session.py``)."""

from __future__ import annotations

import datetime as dt
import html
import uuid
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QDate, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from coopatelier.domain.collation import sort_key
from coopatelier.domain.demarche import (
    ActionEvent,
    ActionStatus,
    DemarcheData,
    EventKind,
    RoadmapAction,
    Roles,
    status_label,
)
from coopatelier.domain.model import Organisation, Partner
from coopatelier.ui.dates import DATE_FIELD_FORMAT, format_date

#: one colour per status, on the timeline, its legend, the review list and the room
STATUS_COLOURS: dict[ActionStatus, str] = {
    ActionStatus.TO_EXPLORE: "#6b7a8f",
    ActionStatus.COMMITTED: "#2c5d8f",
    ActionStatus.IN_PROGRESS: "#b36b00",
    ActionStatus.DONE: "#2e7d32",
    ActionStatus.PAUSED: "#7b5aa6",
    ActionStatus.DROPPED: "#a23b2c",
    ActionStatus.REORIENTED: "#17807e",
}



class StatusLegend(QWidget):
    """A swatch and the name of each status, in one line when the width allows, else in as
    many rows as it takes (in one line, the last statuses went past a narrow view's edge)."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statusLegend")
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(14)
        self.grid.setVerticalSpacing(4)
        self.labels: dict[ActionStatus, QLabel] = {}
        self.pairs: list[QWidget] = []
        for status in ActionStatus:
            pair_widget = QWidget(self)
            swatch = _Swatch(STATUS_COLOURS[status], pair_widget)
            label = QLabel(status_label(status, language), pair_widget)
            pair = QHBoxLayout(pair_widget)
            pair.setContentsMargins(0, 0, 0, 0)
            pair.setSpacing(4)
            pair.addWidget(swatch)
            pair.addWidget(label)
            self.pairs.append(pair_widget)
            self.labels[status] = label
        self.columns = 0
        self._place(len(self.pairs))

    def _place(self, columns: int) -> None:
        if columns == self.columns:
            return
        self.columns = columns
        for pair in self.pairs:
            self.grid.removeWidget(pair)
        for column in range(self.grid.columnCount()):
            self.grid.setColumnStretch(column, 0)
        for index, pair in enumerate(self.pairs):
            self.grid.addWidget(pair, index // columns, index % columns)
        self.grid.setColumnStretch(columns, 1)
        self.updateGeometry()

    def _columns_for(self, width: int) -> int:
        """As many statuses in a row as ``width`` holds (at least one)."""
        spacing = self.grid.horizontalSpacing()
        widths = [pair.sizeHint().width() for pair in self.pairs]
        for columns in range(len(widths), 1, -1):
            row = sum(max(widths[c::columns]) for c in range(columns))
            if row + spacing * (columns - 1) <= width:
                return columns
        return 1

    def minimumSizeHint(self) -> QSize:
        widest = max(pair.sizeHint().width() for pair in self.pairs)
        return QSize(widest, self.grid.sizeHint().height())

    def sizeHint(self) -> QSize:
        return self.grid.sizeHint()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place(self._columns_for(event.size().width()))


class _Swatch(QWidget):
    def __init__(self, colour: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.colour = QColor(colour)
        self.setFixedSize(14, 14)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(self.colour)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawRoundedRect(self.rect(), 3, 3)


def roles_text(data: DemarcheData, roles: Roles | None) -> str:
    if roles is None:
        return ""
    lead = data.organisation(roles.lead_organisation_id)
    nobody = QCoreApplication.translate("ActionStory", "to be found")
    parts = [QCoreApplication.translate("ActionStory", "lead: %1").replace(
        "%1", lead.name if lead else nobody)]
    for partner in roles.partners:
        org = data.organisation(partner.organisation_id)
        if org is not None:
            parts.append(f"{org.name} ({partner.role})" if partner.role else org.name)
    return ", ".join(parts)


def event_line(data: DemarcheData, event: ActionEvent, language: str) -> str:
    """One entry of the history, as plain text."""
    when = format_date(event.happened_on)
    if event.kind is EventKind.STATUS and event.status is not None:
        what = status_label(event.status, language)
        if event.replaced_by_id is not None:
            target = data.action(event.replaced_by_id)
            if target is not None:
                what += " → " + target.title
    elif event.kind is EventKind.ROLES:
        what = QCoreApplication.translate("ActionStory", "Roles: %1")
        what = what.replace("%1", roles_text(data, event.roles))
    else:
        what = QCoreApplication.translate("ActionStory", "Follow-up")
    line = f"{when} — {what}"
    if event.note:
        line += f"\u00a0: {event.note}" if language == "fr" else f": {event.note}"
    if event.author:
        line += f" ({event.author})"
    return line


def action_story_html(data: DemarcheData, action: RoadmapAction, language: str) -> str:
    """Where an action came from and everything that happened to it since, for a text
    browser."""
    esc = html.escape
    card = action.card
    colour = STATUS_COLOURS[action.status]
    lead = data.organisation(card.lead_organisation_id)
    rows = [
        f"<h3 style='margin:0'>{esc(action.title)}</h3>",
        f"<p><span style='background:{colour};color:white;padding:2px 6px'>&nbsp;"
        f"{esc(status_label(action.status, language))}&nbsp;</span></p>",
    ]
    if card.title and card.text and card.text != card.title:
        rows.append(f"<p>{esc(card.text)}</p>")
    origin = QCoreApplication.translate("ActionStory", "From the workshop “%1” of %2")
    origin = origin.replace("%1", action.workshop.title).replace(
        "%2", format_date(action.workshop.date))
    rows.append(f"<p><b>{esc(origin)}</b></p>")
    if action.serves:
        serves = QCoreApplication.translate("ActionStory", "Serves: %1").replace(
            "%1", ", ".join(c.heading.replace("\n", " ") for c in action.serves))
        rows.append(f"<p>{esc(serves)}</p>")
    partners = [
        f"{o.name} ({p.role})" if p.role else o.name
        for p in card.partners
        if (o := data.organisation(p.organisation_id)) is not None
    ]
    nobody = QCoreApplication.translate("ActionStory", "to be found")
    who = [QCoreApplication.translate("ActionStory", "Lead: %1").replace(
        "%1", lead.name if lead else nobody)]
    if partners:
        who.append(QCoreApplication.translate("ActionStory", "Partners: %1").replace(
            "%1", ", ".join(partners)))
    if card.horizon_year:
        who.append(QCoreApplication.translate("ActionStory", "Year: %1").replace(
            "%1", str(card.horizon_year)))
    rows.append("<p>" + "<br/>".join(esc(line) for line in who) + "</p>")
    history_title = QCoreApplication.translate("ActionStory", "History")
    rows.append(f"<p><b>{esc(history_title)}</b></p>")
    if action.history:
        rows.append("<ul>" + "".join(
            f"<li>{esc(event_line(data, e, language))}</li>" for e in action.history
        ) + "</ul>")
    else:
        nothing = QCoreApplication.translate("ActionStory", "Nothing recorded since the workshop.")
        rows.append(f"<p><i>{esc(nothing)}</i></p>")
    return "".join(rows)



def action_buttons(
    parent: QWidget, names: tuple[str, str, str],
    on_status: Callable[[], object], on_follow_up: Callable[[], object],
    on_roles: Callable[[], object],
) -> tuple[QPushButton, QPushButton, QPushButton]:
    """The three gestures on a selected action (status, follow-up, roles), as the démarche
    window and the review phase show them; ``names`` are the buttons' objectNames."""
    made = []
    for name, text, slot in zip(names, (
        QCoreApplication.translate("ActionButtons", "Change the &status…"),
        QCoreApplication.translate("ActionButtons", "Add a &follow-up…"),
        QCoreApplication.translate("ActionButtons", "Change the &roles…"),
    ), (on_status, on_follow_up, on_roles), strict=True):
        button = QPushButton(text, parent)
        button.setObjectName(name)
        button.clicked.connect(lambda _checked=False, slot=slot: slot())
        made.append(button)
    return made[0], made[1], made[2]

def _date_edit(parent: QWidget) -> QDateEdit:
    edit = QDateEdit(QDate.currentDate(), parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(DATE_FIELD_FORMAT)
    edit.setObjectName("dateEdit")
    return edit


def _day(edit: QDateEdit) -> dt.date:
    d = edit.date()
    return dt.date(d.year(), d.month(), d.day())


class _ActionDialog(QDialog):
    """A form with its one-sentence problem line and OK/Cancel; ``check`` says what is
    missing (an empty string: nothing) and keeps the dialog open with what was typed."""

    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout(self)
        self.problem = QLabel(self)
        self.problem.setObjectName("dialogProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #a23b2c;")
        self.problem.hide()

    def finish_form(self, first: QWidget) -> None:
        """Ends the form with the buttons (created last, so that they come last in the tab
        order) and gives ``first`` the focus: typing goes into the form, and Space never
        presses OK by surprise."""
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self._accept_if_valid)
        self.buttons.rejected.connect(self.reject)
        for button in self.buttons.buttons():
            if isinstance(button, QPushButton):
                button.setAutoDefault(False)
        self.form.addRow(self.problem)
        self.form.addRow(self.buttons)
        self.setFocusProxy(first)
        first.setFocus()

    def check(self) -> str:
        return ""

    def _accept_if_valid(self) -> None:
        problem = self.check()
        if problem:
            self.problem.setText(problem)
            self.problem.show()
            return
        self.accept()


class StatusDialog(_ActionDialog):
    """A new status for an action: abandonnée asks why, réorientée asks what replaced it."""

    def __init__(self, data: DemarcheData, action: RoadmapAction, language: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Change the status"), parent)
        self.setObjectName("statusDialog")
        self.action = action
        heading = QLabel(action.title, self)
        heading.setWordWrap(True)
        heading.setStyleSheet("font-weight: bold;")
        self.status = QComboBox(self)
        self.status.setObjectName("statusBox")
        for status in ActionStatus:
            self.status.addItem(status_label(status, language), status.value)
        self.status.setCurrentIndex(list(ActionStatus).index(action.status))
        self.target = QComboBox(self)
        self.target.setObjectName("targetBox")
        self.target.addItem(self.tr("(choose the action that replaces it)"), None)
        for other in data.actions:
            if other.id != action.id:
                self.target.addItem(other.title, other.id)
        self.note = QPlainTextEdit(self)
        self.note.setObjectName("noteEdit")
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(90)
        self.author = QLineEdit(self)
        self.author.setObjectName("authorEdit")
        self.date = _date_edit(self)
        self.form.addRow(heading)
        self.form.addRow(self.tr("&Status"), self.status)
        self.form.addRow(self.tr("&Replaced by"), self.target)
        self.note_label = QLabel(self)
        self.form.addRow(self.note_label, self.note)
        self.form.addRow(self.tr("&Who says so"), self.author)
        self.form.addRow(self.tr("&When"), self.date)
        self.finish_form(self.status)
        self.status.currentIndexChanged.connect(lambda _i: self._status_changed())
        self._status_changed()
        self.resize(560, 360)

    def chosen(self) -> ActionStatus:
        return ActionStatus(self.status.currentData())

    def _status_changed(self) -> None:
        status = self.chosen()
        self.target.setEnabled(status is ActionStatus.REORIENTED)
        self.note_label.setText(
            self.tr("&Why (required)") if status is ActionStatus.DROPPED
            else self.tr("&What happened")
        )
        self.note_label.setBuddy(self.note)
        self.problem.hide()

    def replaced_by(self) -> uuid.UUID | None:
        if self.chosen() is not ActionStatus.REORIENTED:
            return None
        value = self.target.currentData()
        return value if isinstance(value, uuid.UUID) else None

    def check(self) -> str:
        status = self.chosen()
        if status is ActionStatus.DROPPED and not self.note.toPlainText().strip():
            return self.tr("Say why the action is dropped.")
        if status is ActionStatus.REORIENTED and self.replaced_by() is None:
            return self.tr("Choose the action that replaces it.")
        return ""

    def values(self) -> dict[str, object]:
        return {
            "note": self.note.toPlainText().strip(),
            "author": self.author.text().strip(),
            "on": _day(self.date),
            "replaced_by": self.replaced_by(),
        }


class FollowUpDialog(_ActionDialog):
    """A dated follow-up: what happened, who says so, when."""

    def __init__(self, action: RoadmapAction, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Add a follow-up"), parent)
        self.setObjectName("followUpDialog")
        heading = QLabel(action.title, self)
        heading.setWordWrap(True)
        heading.setStyleSheet("font-weight: bold;")
        self.note = QPlainTextEdit(self)
        self.note.setObjectName("noteEdit")
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(110)
        self.author = QLineEdit(self)
        self.author.setObjectName("authorEdit")
        self.date = _date_edit(self)
        self.form.addRow(heading)
        self.form.addRow(self.tr("&What happened"), self.note)
        self.form.addRow(self.tr("&Who says so"), self.author)
        self.form.addRow(self.tr("&When"), self.date)
        self.finish_form(self.note)
        self.resize(560, 300)

    def check(self) -> str:
        if not self.note.toPlainText().strip():
            return self.tr("Say what happened.")
        return ""

    def values(self) -> dict[str, object]:
        return {
            "note": self.note.toPlainText().strip(),
            "author": self.author.text().strip(),
            "on": _day(self.date),
        }


class RolesDialog(_ActionDialog):
    """A new lead and partners for an action, dated: one row per organisation of the
    démarche, with its part (none, lead, partner) and a partner's role."""

    def __init__(self, data: DemarcheData, action: RoadmapAction, language: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Change the roles"), parent)
        self.setObjectName("rolesDialog")
        heading = QLabel(action.title, self)
        heading.setWordWrap(True)
        heading.setStyleSheet("font-weight: bold;")
        self.organisations: list[Organisation] = sorted(
            data.organisations, key=lambda o: sort_key(o.name, language)
        )
        roles = {p.organisation_id: p.role for p in action.card.partners}
        self.table = QTableWidget(len(self.organisations), 3, self)
        self.table.setObjectName("rolesTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Organisation"), self.tr("Part"), self.tr("Partner's role")]
        )
        self.table.verticalHeader().hide()
        self.parts: list[QComboBox] = []
        for row, org in enumerate(self.organisations):
            name = QTableWidgetItem(org.name)
            name.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.table.setItem(row, 0, name)
            part = QComboBox(self.table)
            part.addItem(self.tr("—"), "")
            part.addItem(self.tr("Lead"), "lead")
            part.addItem(self.tr("Partner"), "partner")
            if org.id == action.card.lead_organisation_id:
                part.setCurrentIndex(1)
            elif org.id in roles:
                part.setCurrentIndex(2)
            self.table.setCellWidget(row, 1, part)
            self.parts.append(part)
            self.table.setItem(row, 2, QTableWidgetItem(roles.get(org.id, "")))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(0, 300)
        self.table.setWordWrap(True)
        self.note = QLineEdit(self)
        self.note.setObjectName("noteEdit")
        self.author = QLineEdit(self)
        self.author.setObjectName("authorEdit")
        self.date = _date_edit(self)
        self.form.addRow(heading)
        self.form.addRow(self.table)
        self.form.addRow(self.tr("&Why"), self.note)
        self.form.addRow(self.tr("&Who says so"), self.author)
        self.form.addRow(self.tr("&When"), self.date)
        self.finish_form(self.table)
        self.resize(860, 520)

    def set_part(self, organisation_id: uuid.UUID, part: str, role: str = "") -> None:
        for row, org in enumerate(self.organisations):
            if org.id == organisation_id:
                self.parts[row].setCurrentIndex(self.parts[row].findData(part))
                item = self.table.item(row, 2)
                if item is not None:
                    item.setText(role)

    def check(self) -> str:
        leads = [p for p in self.parts if p.currentData() == "lead"]
        if len(leads) > 1:
            return self.tr("An action has one lead organisation.")
        return ""

    def lead(self) -> uuid.UUID | None:
        for org, part in zip(self.organisations, self.parts, strict=True):
            if part.currentData() == "lead":
                return org.id
        return None

    def partners(self) -> list[Partner]:
        chosen = []
        for row, (org, part) in enumerate(zip(self.organisations, self.parts, strict=True)):
            if part.currentData() == "partner":
                item = self.table.item(row, 2)
                chosen.append(Partner(org.id, item.text().strip() if item else ""))
        return chosen

    def values(self) -> dict[str, object]:
        return {
            "note": self.note.text().strip(),
            "author": self.author.text().strip(),
            "on": _day(self.date),
        }
