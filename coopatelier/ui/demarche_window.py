"""The window of a démarche (a cooperation's living roadmap), opened from Home: the
roadmap's timeline with every live action in every lane that has a role, coloured by
status; the action selected, where it came from and its whole history, with the
gestures that change it (status, follow-up, roles); the governance of the collective;
its workshops; the roadmap document exported from a menu. Every change is one undoable
command through a service (``ui/demarche_session.py``)."""

from __future__ import annotations

import datetime as dt
import html
import uuid
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDate, QItemSelectionModel, QRectF, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QBrush,
    QCloseEvent,
    QColor,
    QFont,
    QKeySequence,
    QPainter,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGraphicsItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSceneMouseEvent,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from coopatelier import api
from coopatelier.domain.analysis import roadmap_lanes
from coopatelier.domain.demarche import (
    Demarche,
    DemarcheData,
    Member,
    RoadmapAction,
    status_label,
)
from coopatelier.domain.model import Card
from coopatelier.services import demarche_undo
from coopatelier.services.changes import Changes
from coopatelier.settings import Settings
from coopatelier.ui import demarche_session as gestures
from coopatelier.ui.action_dialogs import (
    STATUS_COLOURS,
    FollowUpDialog,
    RolesDialog,
    StatusDialog,
    StatusLegend,
    action_buttons,
    action_story_html,
)
from coopatelier.ui.capture import ErrorBanner
from coopatelier.ui.dates import DATE_FIELD_FORMAT, format_date
from coopatelier.ui.demarche_session import DemarcheSession
from coopatelier.ui.help import ui_language
from coopatelier.ui.screens import fit_to_screen
from coopatelier.ui.views.roadmap import BLOCK_PAD, block_height, block_text

FIRST_YEAR = 2026
LAST_YEAR = 2030
LABEL_WIDTH = 180
YEAR_WIDTH = 170
MIN_YEAR_WIDTH = 130
HEADER_HEIGHT = 30
GAP = 6
LANE_COLOURS = ("#ffffff", "#f4f6f9")


class StatusBlock(QGraphicsRectItem):
    """One action in one lane: filled with its status colour in its lead's lane, outlined
    in a partner's lane; a click selects it."""

    def __init__(self, action: RoadmapAction, rect: QRectF, text: str, part: str,
                 lead: bool, font: QFont, tooltip: str) -> None:
        super().__init__(rect)
        self.action = action
        self.lead = lead
        colour = QColor(STATUS_COLOURS[action.status])
        self.setBrush(QBrush(colour if lead else QColor("#ffffff")))
        self.setPen(QPen(colour, 2, Qt.PenStyle.SolidLine if lead else Qt.PenStyle.DashLine))
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
                      | QGraphicsItem.GraphicsItemFlag.ItemIsFocusable)
        self.setToolTip(tooltip)
        ink = QColor("#ffffff") if lead else QColor("#14263a")
        self.label = block_text(self, text, rect.width(), ink, font)
        self.label.setPos(rect.left() + BLOCK_PAD, rect.top() + BLOCK_PAD / 2)
        italic = QFont(font)
        italic.setItalic(True)
        self.part = block_text(self, part, rect.width(), ink if lead else colour, italic)
        self.part.setPos(rect.left() + BLOCK_PAD,
                         rect.top() + BLOCK_PAD / 2 + self.label.boundingRect().height())

    def paint(self, painter: QPainter, option: object, widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor("#f5b700"), 3) if self.isSelected() else self.pen())
        painter.setBrush(self.brush())
        painter.drawRoundedRect(self.rect().adjusted(1, 1, -1, -1), 6, 6)

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mousePressEvent(event)
        scene = self.scene()
        if isinstance(scene, TimelineScene):
            scene.action_clicked.emit(self.action.id)


class TimelineScene(QGraphicsScene):
    action_clicked = Signal(object)


class DemarcheTimeline(QGraphicsView):
    """The roadmap 2026–2030 (wider if an action is dated outside), one lane per
    organisation with a role (``domain.analysis.roadmap_lanes``), a column for actions
    with no year yet."""

    action_selected = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        self.scene_ = TimelineScene()
        super().__init__(self.scene_, parent)
        self.setObjectName("demarcheTimeline")
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.scene_.action_clicked.connect(self.action_selected.emit)
        self.selected_id: uuid.UUID | None = None
        self.years: list[int] = []
        self.year_width = float(YEAR_WIDTH)
        self._shown: tuple[DemarcheData, str] | None = None

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._shown is not None and abs(self._fitted_width() - self.year_width) > 4:
            self.set_data(*self._shown)

    def _fitted_width(self) -> float:
        """Years share the view's width, never narrower than a readable block."""
        columns = max(1, len(self.years) + 1)
        room = self.viewport().width() - LABEL_WIDTH - 2
        return max(float(MIN_YEAR_WIDTH), room / columns)

    def blocks(self) -> list[StatusBlock]:
        items = [i for i in self.scene_.items() if isinstance(i, StatusBlock)]
        items.sort(key=lambda b: (b.sceneBoundingRect().top(), b.sceneBoundingRect().left()))
        return items

    def blocks_of(self, action_id: uuid.UUID) -> list[StatusBlock]:
        return [b for b in self.blocks() if b.action.id == action_id]

    def select(self, action_id: uuid.UUID | None) -> None:
        self.selected_id = action_id
        for block in self.blocks():
            block.setSelected(block.action.id == action_id)
        chosen = self.blocks_of(action_id) if action_id else []
        if chosen:
            self.ensureVisible(chosen[0])

    def set_data(self, data: DemarcheData, language: str) -> None:
        actions = {a.id: a for a in data.actions}
        dated = [a.card.horizon_year for a in data.actions if a.card.horizon_year]
        first = min([FIRST_YEAR, *dated])
        last = max([LAST_YEAR, *dated])
        self.years = list(range(first, last + 1))
        lanes = roadmap_lanes([a.card for a in data.actions], data.organisations, language)
        columns = [str(y) for y in self.years] + [self.tr("No year yet")]
        self._shown = (data, language)
        self.year_width = year_w = self._fitted_width()
        font = QFont(self.font())
        font.setPointSizeF(9.0)
        bold = QFont(self.font())
        bold.setBold(True)
        self.scene_.clear()
        width = LABEL_WIDTH + year_w * len(columns)
        header_h = 0.0
        for i, header in enumerate(columns):
            text = self.scene_.addText("", bold)  # wrapped in its column, centred
            text.setHtml(f"<div align='center'>{html.escape(header)}</div>")
            text.setTextWidth(year_w)
            text.setPos(LABEL_WIDTH + i * year_w, 2)
            header_h = max(header_h, text.boundingRect().height())
        top = max(float(HEADER_HEIGHT), header_h + 4)
        block_w = year_w - 2 * GAP
        for index, lane in enumerate(lanes):
            cells: dict[int, list[tuple[RoadmapAction, str, bool, float]]] = {}
            for entry in lane.entries:
                action = actions[entry.card.id]
                year = entry.card.horizon_year
                column = self.years.index(year) if year in self.years else len(self.years)
                part = self.tr("Lead") if entry.lead else (entry.role or self.tr("Partner"))
                part = f"{part} · {status_label(action.status, language)}"
                height = block_height(_heading(entry.card), part, block_w, font)
                cells.setdefault(column, []).append((action, part, entry.lead, height))
            tallest = max((sum(h + GAP for *_r, h in c) for c in cells.values()), default=0.0)
            name = lane.name or self.tr("Lead to be found")
            label = self.scene_.addText(name, bold)
            label.setTextWidth(LABEL_WIDTH - 12)
            height = max(tallest + GAP, label.boundingRect().height() + 2 * GAP, 46.0)
            band = self.scene_.addRect(QRectF(0, top, width, height), QPen(Qt.PenStyle.NoPen),
                                       QBrush(QColor(LANE_COLOURS[index % 2])))
            band.setZValue(-1)
            label.setPos(6, top + GAP)
            for column, members in cells.items():
                y = top + GAP
                for action, part, lead, block_h in members:
                    x = LABEL_WIDTH + column * year_w + GAP
                    tip = f"{action.title}\n{action.workshop.title}"
                    self.scene_.addItem(StatusBlock(
                        action, QRectF(x, y, block_w, block_h), _heading(action.card), part,
                        lead, font, tip,
                    ))
                    y += block_h + GAP
            top += height
        pen = QPen(QColor("#d0d5dc"), 1, Qt.PenStyle.DashLine)
        for i in range(len(columns) + 1):
            x = LABEL_WIDTH + i * year_w
            self.scene_.addLine(x, HEADER_HEIGHT - 4, x, top, pen)
        if not lanes:
            empty = self.scene_.addText(self.tr(
                "No action on the roadmap yet: attach a workshop whose roadmap has actions."))
            empty.setPos(12, top + 12)
            top += 60
        self.scene_.setSceneRect(QRectF(0, 0, width, top + GAP))
        self.select(self.selected_id if self.selected_id in actions else None)


def _heading(card: Card) -> str:
    return card.heading.replace("\n", " ")


class GovernancePanel(QWidget):
    """Members of the collective with their role (from the démarche's editable list), the
    rhythm, the next meeting's date and place, and the decisions taken (dated)."""

    def __init__(self, window: DemarcheWindow) -> None:
        super().__init__(window)
        self.setObjectName("governancePanel")
        self.window_ = window
        self.session = window.session
        # the collective's own fields
        self.rhythm = QLineEdit(self)
        self.rhythm.setObjectName("rhythmEdit")
        self.rhythm.setPlaceholderText(self.tr("e.g. every two months"))
        self.meeting_set = QCheckBox(self.tr("Date set"), self)
        self.meeting_set.setObjectName("meetingDateSet")
        self.meeting_date = QDateEdit(QDate.currentDate(), self)
        self.meeting_date.setObjectName("meetingDateEdit")
        self.meeting_date.setCalendarPopup(True)
        self.meeting_date.setDisplayFormat(DATE_FIELD_FORMAT)
        self.meeting_set.toggled.connect(self.meeting_date.setEnabled)
        self.meeting_place = QLineEdit(self)
        self.meeting_place.setObjectName("meetingPlaceEdit")
        self.roles = QLineEdit(self)
        self.roles.setObjectName("collectiveRolesEdit")
        self.roles.setToolTip(self.tr("The roles in the collective, separated by commas"))
        self.save_button = QPushButton(self.tr("&Save the collective's frame"), self)
        self.save_button.setObjectName("saveGovernanceButton")
        self.save_button.clicked.connect(self.save_fields)
        #: the frame's values as last shown from the database (what the user edits)
        self._shown: dict[str, object] | None = None
        when = QHBoxLayout()
        when.addWidget(self.meeting_set)
        when.addWidget(self.meeting_date, 1)
        form = QFormLayout()
        form.addRow(self.tr("R&hythm"), self.rhythm)
        # a row holding a layout gets a label without buddy, which would print the "&"
        meeting_label = QLabel(self.tr("Next &meeting"), self)
        meeting_label.setObjectName("meetingLabel")
        meeting_label.setBuddy(self.meeting_set)
        form.addRow(meeting_label, when)
        form.addRow(self.tr("&Place"), self.meeting_place)
        form.addRow(self.tr("Roles in the &collective"), self.roles)
        form.addRow("", self.save_button)
        # members
        self.members = QTableWidget(0, 2, self)
        self.members.setObjectName("membersTable")
        self.members.setHorizontalHeaderLabels([self.tr("Member"), self.tr("Role")])
        self.members.horizontalHeader().setStretchLastSection(True)
        self.members.verticalHeader().hide()
        self.members.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.members.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.member_org = QComboBox(self)
        self.member_org.setObjectName("memberOrganisationBox")
        self.member_person = QLineEdit(self)
        self.member_person.setObjectName("memberPersonEdit")
        self.member_person.setPlaceholderText(self.tr("A person (optional)"))
        self.member_role = QComboBox(self)
        self.member_role.setObjectName("memberRoleBox")
        self.add_member_button = QPushButton(self.tr("&Add member"), self)
        self.add_member_button.setObjectName("addMemberButton")
        self.add_member_button.clicked.connect(self.add_member)
        self.remove_member_button = QPushButton(self.tr("Remove member"), self)
        self.remove_member_button.setObjectName("removeMemberButton")
        self.remove_member_button.clicked.connect(self.remove_member)
        new_member = QHBoxLayout()
        new_member.addWidget(self.member_org, 2)
        new_member.addWidget(self.member_person, 2)
        new_member.addWidget(self.member_role, 1)
        new_member.addWidget(self.add_member_button)
        new_member.addWidget(self.remove_member_button)
        # decisions
        self.decisions = QListWidget(self)
        self.decisions.setObjectName("decisionsList")
        self.decision_date = QDateEdit(QDate.currentDate(), self)
        self.decision_date.setObjectName("decisionDateEdit")
        self.decision_date.setCalendarPopup(True)
        self.decision_date.setDisplayFormat(DATE_FIELD_FORMAT)
        self.decision_text = QLineEdit(self)
        self.decision_text.setObjectName("decisionEdit")
        self.decision_text.setPlaceholderText(self.tr("A decision the collective took"))
        self.decision_text.returnPressed.connect(self.add_decision)
        self.add_decision_button = QPushButton(self.tr("Add &decision"), self)
        self.add_decision_button.setObjectName("addDecisionButton")
        self.add_decision_button.clicked.connect(self.add_decision)
        self.remove_decision_button = QPushButton(self.tr("Remove decision"), self)
        self.remove_decision_button.setObjectName("removeDecisionButton")
        self.remove_decision_button.clicked.connect(self.remove_decision)
        new_decision = QHBoxLayout()
        new_decision.addWidget(self.decision_date)
        new_decision.addWidget(self.decision_text, 1)
        new_decision.addWidget(self.add_decision_button)
        new_decision.addWidget(self.remove_decision_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(_heading_label(self.tr("Members of the collective"), self))
        layout.addWidget(self.members, 3)  # the members get the room (a few decisions)
        layout.addLayout(new_member)
        layout.addWidget(_heading_label(self.tr("Decisions"), self))
        layout.addWidget(self.decisions, 1)
        layout.addLayout(new_decision)

    @staticmethod
    def _frame(demarche: Demarche) -> dict[str, object]:
        return {
            "rhythm": demarche.rhythm.strip(),
            "next_meeting_date": demarche.next_meeting_date,
            "next_meeting_place": demarche.next_meeting_place.strip(),
            "collective_roles": [r.strip() for r in demarche.collective_roles if r.strip()],
        }

    def _typed(self) -> dict[str, object]:
        """The frame's values as the fields hold them now."""
        d = self.meeting_date.date()
        return {
            "rhythm": self.rhythm.text().strip(),
            "next_meeting_date": dt.date(d.year(), d.month(), d.day())
            if self.meeting_set.isChecked() else None,
            "next_meeting_place": self.meeting_place.text().strip(),
            "collective_roles": [r.strip() for r in self.roles.text().split(",") if r.strip()],
        }

    def _edited(self) -> dict[str, object]:
        """The fields the user changed since they were last shown, with their values."""
        typed = self._typed()
        shown = self._shown if self._shown is not None else typed
        return {name: value for name, value in typed.items() if value != shown[name]}

    def _show_frame(self, values: dict[str, object]) -> None:
        when = values["next_meeting_date"]
        self.rhythm.setText(str(values["rhythm"]))
        self.meeting_set.setChecked(when is not None)
        self.meeting_date.setEnabled(when is not None)
        if isinstance(when, dt.date):
            self.meeting_date.setDate(QDate(when.year, when.month, when.day))
        self.meeting_place.setText(str(values["next_meeting_place"]))
        roles = values["collective_roles"]
        self.roles.setText(", ".join(roles if isinstance(roles, list) else []))

    def refresh(self, data: DemarcheData) -> None:
        demarche = data.demarche
        # the database's values (another laptop's import, another process), except in a
        # field the user is editing and has not saved yet
        edited = self._edited()
        self._shown = self._frame(demarche)
        self._show_frame({**self._shown, **edited})
        self.member_role.clear()
        for role in demarche.collective_roles:
            self.member_role.addItem(role)
        self.member_org.clear()
        self.member_org.addItem(self.tr("(no organisation)"), None)
        for org in data.organisations:
            self.member_org.addItem(org.name, org.id)
        self.members.setRowCount(len(data.members))
        for row, member in enumerate(data.members):
            name = _member_name(data, member)
            item = QTableWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, member.id)
            self.members.setItem(row, 0, item)
            self.members.setItem(row, 1, QTableWidgetItem(member.collective_role))
        self.members.resizeColumnToContents(0)
        self.decisions.clear()
        for decision in data.decisions:
            line = QListWidgetItem(f"{format_date(decision.decided_on)} — {decision.text}")
            line.setData(Qt.ItemDataRole.UserRole, decision.id)
            self.decisions.addItem(line)

    def save_fields(self) -> None:
        """Write the fields the user changed, and only those: a value changed meanwhile
        by another process in a field left alone is never written back."""
        store, demarche_id = self.session.store, self.session.demarche_id
        new = self._edited()
        if not new:
            return
        try:  # the values as they are now, for Undo (not the ones last shown)
            current = self._frame(api.load_demarche(store, demarche_id).demarche)
        except api.KnownError as exc:
            from coopatelier.ui.messages import user_message

            self.window_.banner.show_error(user_message(exc), self.save_fields)
            return
        before = {name: current[name] for name in new}
        if new == before:
            return
        self.session.attempt(
            self.tr("Change the collective's frame"),
            lambda: api.update_demarche(store, demarche_id, **new),
            lambda: api.update_demarche(store, demarche_id, **before),
        )

    def add_member(self) -> None:
        store, demarche_id = self.session.store, self.session.demarche_id
        org = self.member_org.currentData()
        person = self.member_person.text().strip()
        role = self.member_role.currentText()
        made: dict[str, Member] = {}

        def first() -> Changes:
            changes = api.add_member(store, demarche_id, organisation_id=org,
                                     person_name=person, collective_role=role)
            made["member"] = demarche_undo.read_member(store, changes.new_id)
            return changes

        done = self.session.attempt(
            self.tr("Add a member"),
            first,
            lambda: api.remove_member(store, made["member"].id),
            lambda: demarche_undo.restore_member(store, made["member"]),
        )
        if done is not None:
            self.member_person.clear()

    def remove_member(self) -> None:
        rows = self.members.selectionModel().selectedRows()
        if not rows:
            return
        item = self.members.item(rows[0].row(), 0)
        member_id = item.data(Qt.ItemDataRole.UserRole) if item else None
        member = next((m for m in self.session.data().members if m.id == member_id), None)
        if member is None:
            return
        store = self.session.store
        self.session.attempt(
            self.tr("Remove a member"),
            lambda: api.remove_member(store, member.id),
            lambda: demarche_undo.restore_member(store, member),
        )

    def add_decision(self) -> None:
        text = self.decision_text.text().strip()
        if not text:
            self.window_.banner.show_error(self.tr("Type the decision first."))
            return
        store, demarche_id = self.session.store, self.session.demarche_id
        d = self.decision_date.date()
        day = dt.date(d.year(), d.month(), d.day())
        made: dict[str, api.Decision] = {}

        def first() -> Changes:
            changes = api.add_decision(store, demarche_id, text, decided_on=day)
            made["decision"] = demarche_undo.read_decision(store, changes.new_id)
            return changes

        done = self.session.attempt(
            self.tr("Add a decision"),
            first,
            lambda: api.remove_decision(store, made["decision"].id),
            lambda: demarche_undo.restore_decision(store, made["decision"]),
        )
        if done is not None:
            self.decision_text.clear()

    def remove_decision(self) -> None:
        item = self.decisions.currentItem()
        decision_id = item.data(Qt.ItemDataRole.UserRole) if item else None
        decision = next((d for d in self.session.data().decisions if d.id == decision_id), None)
        if decision is None:
            return
        store = self.session.store
        self.session.attempt(
            self.tr("Remove a decision"),
            lambda: api.remove_decision(store, decision.id),
            lambda: demarche_undo.restore_decision(store, decision),
        )


def _member_name(data: DemarcheData, member: Member) -> str:
    org = data.organisation(member.organisation_id)
    if member.person_name and org is not None:
        return f"{member.person_name} ({org.name})"
    return member.person_name or (org.name if org is not None else "")


def _heading_label(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setStyleSheet("font-weight: bold; margin-top: 8px;")
    return label


class OrganisationsPanel(QWidget):
    """The organisations the démarche's workshops share, with their people: rename one,
    merge several typed differently into one (their people, leads, partner roles, members
    and the roles in the histories follow) — each one undoable command."""

    def __init__(self, window: DemarcheWindow) -> None:
        super().__init__(window)
        self.setObjectName("organisationsPanel")
        self.window_ = window
        self.session = window.session
        self.list = QListWidget(self)
        self.list.setObjectName("sharedOrganisations")
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.itemSelectionChanged.connect(self._update_buttons)
        self.list.currentItemChanged.connect(lambda *_a: self._update_buttons())
        self.rename_edit = QLineEdit(self)
        self.rename_edit.setObjectName("organisationNameEdit")
        self.rename_edit.returnPressed.connect(self.rename_selected)
        self.rename_button = QPushButton(self.tr("Re&name"), self)
        self.rename_button.setObjectName("renameOrganisationButton")
        self.rename_button.clicked.connect(self.rename_selected)
        self.merge_button = QPushButton(self)
        self.merge_button.setObjectName("mergeOrganisationsButton")
        self.merge_button.clicked.connect(self.merge_selected)
        hint = QLabel(self.tr("Select several organisations typed differently to merge them "
                              "into the current one: their people, leads, partner roles and "
                              "members follow."), self)
        hint.setWordWrap(True)
        rename = QHBoxLayout()
        rename.addWidget(self.rename_edit, 1)
        rename.addWidget(self.rename_button)
        rename.addWidget(self.merge_button)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.list, 1)
        layout.addLayout(rename)
        self._update_buttons()

    def refresh(self, data: DemarcheData) -> None:
        chosen = set(self.selected_ids())
        current = self.current_id()
        people: dict[uuid.UUID, list[str]] = {}
        for workshop in data.workshops:
            for person in workshop.participants:
                if person.organisation_id is not None:
                    people.setdefault(person.organisation_id, []).append(person.name)
        self.list.blockSignals(True)
        self.list.clear()
        for org in data.organisations:
            names = sorted(set(people.get(org.id, [])))
            text = org.name + (f" — {', '.join(names)}" if names else "")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, org.id)
            self.list.addItem(item)
            item.setSelected(org.id in chosen)
            if org.id == current:
                self.list.setCurrentItem(item, QItemSelectionModel.SelectionFlag.NoUpdate)
        self.list.blockSignals(False)
        self._update_buttons()

    def item_of(self, organisation_id: uuid.UUID) -> QListWidgetItem | None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == organisation_id:
                return item
        return None

    def selected_ids(self) -> list[uuid.UUID]:
        return [i.data(Qt.ItemDataRole.UserRole) for i in self.list.selectedItems()]

    def current_id(self) -> uuid.UUID | None:
        item = self.list.currentItem()
        value = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return value if isinstance(value, uuid.UUID) else None

    def _update_buttons(self) -> None:
        data = self.session.data()
        current = data.organisation(self.current_id())
        chosen = self.selected_ids()
        self.rename_button.setEnabled(current is not None)
        if current is not None and not self.rename_edit.hasFocus():
            self.rename_edit.setText(current.name)
        self.merge_button.setText(self.tr("&Merge into “%1”").replace(
            "%1", current.name if current is not None else "…"))
        self.merge_button.setEnabled(
            current is not None and len(chosen) >= 2 and current.id in chosen)

    def _people_command(self, text: str, call: Callable[[], Changes]) -> Changes | None:
        """``call`` as one undoable command that puts every name and role back exactly."""
        store, demarche_id = self.session.store, self.session.demarche_id
        states: dict[str, demarche_undo.SharedPeopleState] = {}

        def first() -> Changes:
            states["before"] = demarche_undo.shared_people_state(store, demarche_id)
            changes = call()
            states["after"] = demarche_undo.shared_people_state(store, demarche_id)
            return changes

        return self.session.attempt(
            text, first,
            lambda: demarche_undo.restore_shared_people(store, states["before"]),
            lambda: demarche_undo.restore_shared_people(store, states["after"]),
        )

    def rename_selected(self) -> None:
        organisation_id = self.current_id()
        name = self.rename_edit.text().strip()
        if organisation_id is None:
            return
        store = self.session.store
        self._people_command(self.tr("Rename an organisation"),
                             lambda: api.rename_organisation(store, organisation_id, name))

    def merge_selected(self) -> None:
        into = self.current_id()
        others = [i for i in self.selected_ids() if i != into]
        if into is None or not others:
            return
        store = self.session.store
        self._people_command(self.tr("Merge %n organisation(s)", "", len(others) + 1),
                             lambda: api.merge_organisations(store, into, others))


class DemarcheWindow(QMainWindow):
    """A démarche's living roadmap, its collective and its workshops."""

    #: the user asked to open one of its workshops (the app opens it)
    open_workshop_requested = Signal(object)
    #: the import report's button: a workshop's Conflicts, in its window (the app opens it)
    workshop_conflicts_requested = Signal(object)
    closed = Signal(object)

    def __init__(self, store: api.Store, demarche_id: uuid.UUID,
                 settings: Settings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("demarcheWindow")
        self.settings = settings
        self.language = ui_language(settings)
        self.session = DemarcheSession(store, demarche_id, self)
        self.session.changed.connect(lambda _c: self.refresh())
        self.banner = ErrorBanner(self)
        #: the last import's report, shown whole where the import was asked
        self.import_report_box: QMessageBox | None = None
        self.session.failed.connect(self.banner.show_error)
        self.selected_id: uuid.UUID | None = None
        self.dialog: QDialog | None = None

        self.timeline = DemarcheTimeline(self)
        self.timeline.action_selected.connect(self.select_action)
        self.legend = StatusLegend(self.language, self)
        self.story = QTextBrowser(self)
        self.story.setObjectName("actionStory")
        self.status_button, self.follow_up_button, self.roles_button = action_buttons(
            self, ("statusButton", "followUpButton", "rolesButton"),
            self.change_status, self.add_follow_up, self.change_roles,
        )
        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.story, 1)
        for button in (self.status_button, self.follow_up_button, self.roles_button):
            side_layout.addWidget(button)
        roadmap = QWidget(self)
        roadmap_layout = QVBoxLayout(roadmap)
        roadmap_layout.setContentsMargins(0, 0, 0, 0)
        roadmap_layout.addWidget(self.legend)
        roadmap_layout.addWidget(self.timeline, 1)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(roadmap)
        split.addWidget(side)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setSizes([1000, 380])

        self.governance = GovernancePanel(self)
        self.organisations = OrganisationsPanel(self)
        self.workshops = QListWidget(self)
        self.workshops.setObjectName("demarcheWorkshops")
        self.workshops.itemActivated.connect(self._open_workshop_item)
        self.workshops.itemDoubleClicked.connect(self._open_workshop_item)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("demarcheTabs")
        self.tabs.addTab(split, self.tr("&Roadmap"))
        self.tabs.addTab(self.governance, self.tr("&Governance"))
        self.tabs.addTab(self.organisations, self.tr("&Organisations and people"))
        self.tabs.addTab(self.workshops, self.tr("&Workshops"))
        self.heading = QLabel(self)
        self.heading.setObjectName("demarcheHeading")
        self.heading.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.summary = QLabel(self)
        self.summary.setObjectName("demarcheSummary")
        centre = QWidget(self)
        layout = QVBoxLayout(centre)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(centre)
        self._build_menus()
        fit_to_screen(self, 1400, 860)
        self.refresh()

    def _build_menus(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&Démarche"))
        export = menu.addMenu(self.tr("&Export the roadmap"))
        export.setObjectName("exportMenu")
        self.export_actions: dict[str, QAction] = {}
        for fmt, text in (
            ("pdf", self.tr("&PDF document…")),
            ("md", self.tr("&Markdown…")),
            ("csv", self.tr("&CSV, one row per action…")),
            ("json", self.tr("Démarche &file (JSON)…")),
        ):
            action = export.addAction(text)
            action.triggered.connect(lambda _c=False, f=fmt: self.export_dialog(f))
            self.export_actions[fmt] = action
        self.import_action = menu.addAction(self.tr("&Import a démarche file…"))
        self.import_action.setObjectName("demarcheImport")
        self.import_action.setToolTip(self.tr(
            "Merge the file of this démarche exported on another laptop"))
        self.import_action.triggered.connect(self.import_dialog)
        self.conflicts_action = menu.addAction(self.tr("&Conflicts…"))
        self.conflicts_action.setObjectName("demarcheConflicts")
        self.conflicts_action.setToolTip(self.tr(
            "Details, members and decisions two laptops changed without seeing each other's "
            "change"))
        self.conflicts_action.triggered.connect(self.show_conflicts)
        menu.addSeparator()
        close = menu.addAction(self.tr("&Close"))
        close.setShortcut(QKeySequence(QKeySequence.StandardKey.Close))
        close.triggered.connect(self.close)
        edit = self.menuBar().addMenu(self.tr("&Edit"))
        self.undo_action = self.session.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        self.redo_action = self.session.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Redo))
        edit.addAction(self.undo_action)
        edit.addAction(self.redo_action)

    # --- reading ------------------------------------------------------------------------

    def refresh(self) -> None:
        try:
            data = self.session.data()
        except api.KnownError as exc:
            from coopatelier.ui.messages import user_message

            self.banner.show_error(user_message(exc), self.refresh)
            return
        demarche = data.demarche
        self.setWindowTitle(self.tr("%1 — CoopAtelier").replace("%1", demarche.title))
        self.heading.setText(demarche.title)
        live = [a for a in data.actions]
        summary = self.tr("%n workshop(s)", "", len(data.workshops)) + " · " + self.tr(
            "%n action(s)", "", len(live))
        if demarche.next_meeting_date is not None:
            summary += " · " + self.tr("next meeting: %1").replace(
                "%1", format_date(demarche.next_meeting_date)
                + (f", {demarche.next_meeting_place}" if demarche.next_meeting_place else ""))
        self.summary.setText(summary)
        self.timeline.set_data(data, self.language)
        self.governance.refresh(data)
        self.organisations.refresh(data)
        self.workshops.clear()
        for workshop in data.workshops:
            w = workshop.workshop
            item = QListWidgetItem(f"{format_date(w.date)} — {w.title}"
                                   + (f" ({w.place})" if w.place else ""))
            item.setData(Qt.ItemDataRole.UserRole, w.id)
            self.workshops.addItem(item)
        if self.selected_id is not None and data.action(self.selected_id) is None:
            self.selected_id = None
        self._show_story()

    def select_action(self, action_id: uuid.UUID | None) -> None:
        self.selected_id = action_id
        self.timeline.select(action_id)
        self._show_story()

    def selected_action(self) -> RoadmapAction | None:
        if self.selected_id is None:
            return None
        return self.session.data().action(self.selected_id)

    def _show_story(self) -> None:
        action = self.selected_action()
        for button in (self.status_button, self.follow_up_button, self.roles_button):
            button.setEnabled(action is not None)
        if action is None:
            self.story.setHtml(
                "<p><i>" + self.tr("Select an action on the roadmap to see where it came "
                                   "from and what happened to it since.") + "</i></p>")
            return
        self.story.setHtml(action_story_html(self.session.data(), action, self.language))

    def _open_workshop_item(self, item: QListWidgetItem) -> None:
        self.open_workshop_requested.emit(item.data(Qt.ItemDataRole.UserRole))

    # --- gestures -----------------------------------------------------------------------

    def status_dialog(self) -> StatusDialog | None:
        action = self.selected_action()
        if action is None:
            return None
        dialog = StatusDialog(self.session.data(), action, self.language, self)
        dialog.accepted.connect(lambda: self._status_from(dialog, action.id))
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        return dialog

    change_status = status_dialog

    def _status_from(self, dialog: StatusDialog, action_id: uuid.UUID) -> None:
        values = dialog.values()
        status = dialog.chosen()
        gestures.change_status(
            self.session, action_id, status,
            text=self.tr("Status: %1").replace("%1", status_label(status, self.language)),
            note=str(values["note"]), author=str(values["author"]),
            on=values["on"],  # type: ignore[arg-type]
            replaced_by=values["replaced_by"],  # type: ignore[arg-type]
        )

    def add_follow_up(self) -> FollowUpDialog | None:
        action = self.selected_action()
        if action is None:
            return None
        dialog = FollowUpDialog(action, self)
        dialog.accepted.connect(lambda: self._follow_up_from(dialog, action.id))
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _follow_up_from(self, dialog: FollowUpDialog, action_id: uuid.UUID) -> None:
        values = dialog.values()
        gestures.add_follow_up(
            self.session, action_id, str(values["note"]), text=self.tr("Add a follow-up"),
            author=str(values["author"]), on=values["on"],  # type: ignore[arg-type]
        )

    def change_roles(self) -> RolesDialog | None:
        action = self.selected_action()
        if action is None:
            return None
        dialog = RolesDialog(self.session.data(), action, self.language, self)
        dialog.accepted.connect(lambda: self._roles_from(dialog, action.id))
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _roles_from(self, dialog: RolesDialog, action_id: uuid.UUID) -> None:
        values = dialog.values()
        gestures.change_roles(
            self.session, action_id, dialog.lead(), dialog.partners(),
            text=self.tr("Change the roles"), note=str(values["note"]),
            author=str(values["author"]), on=values["on"],  # type: ignore[arg-type]
        )

    # --- export -------------------------------------------------------------------------

    def export_dialog(self, fmt: str) -> None:
        suffix = {"pdf": ".pdf", "md": ".md", "csv": ".csv", "json": ".json"}[fmt]
        title = self.session.data().demarche.title
        from coopatelier.ui.export_dialog import export_folder

        folder = export_folder(self.settings) if self.settings is not None else Path.home()
        start = folder / (_file_name(title) + suffix)
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export the roadmap"), str(start), f"*{suffix}"
        )
        if path:
            self.export_to(fmt, Path(path))

    def export_to(self, fmt: str, path: Path) -> bool:
        from coopatelier.export import export_demarche
        from coopatelier.ui.messages import user_message

        try:
            export_demarche(self.session.store, self.session.demarche_id, path, fmt,
                            language=self.language)
        except api.KnownError as exc:
            self.banner.show_error(user_message(exc), lambda: self.export_to(fmt, path))
            return False
        if self.settings is not None:
            from coopatelier.ui.export_dialog import remember_export_folder

            remember_export_folder(self.settings, path.parent)
        self.statusBar().showMessage(self.tr("Exported to %1").replace("%1", str(path)), 8000)
        return True

    def import_dialog(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import a démarche file"), str(Path.home()),
            self.tr("Démarche files (*.json);;All files (*)"),
        )
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> object:
        """Merge a file of this démarche (another démarche's file is refused in one
        sentence, nothing written); the status bar says what was merged."""
        from coopatelier.exchange.demarche_file import import_demarche_file
        from coopatelier.ui.import_report import report_words, show_import_report
        from coopatelier.ui.messages import user_message

        try:
            report = import_demarche_file(
                self.session.store, path, into=self.session.demarche_id
            )
        except api.KnownError as exc:
            self.banner.show_error(user_message(exc))
            return None
        *workshops, own = report.announcements()
        for changes in workshops:  # its open workshop windows re-read them
            self.session.hub.publish(changes, self.session)
        self.session.notify(own)  # this window's views re-read the démarche once
        self.statusBar().showMessage(report_words(report, self.language), 15000)
        # the whole report where the import was asked (the status bar cuts a long one);
        # its button opens this démarche's Conflicts, or a workshop's in its window
        self.import_report_box = show_import_report(
            self, self.session.store, report, self.language,
            open_workshop=self.workshop_conflicts_requested.emit,
            open_demarche=lambda _demarche_id: self.show_conflicts(),
        )
        return report

    def show_conflicts(self) -> QDialog:
        """The conflicts of the démarche's own rows: beside the window, not modal (Ctrl+Z
        undoes a value taken)."""
        from coopatelier.ui.conflicts_dialog import ConflictsDialog

        dialog = self.findChild(ConflictsDialog, "conflictsDialog")
        if dialog is None:
            dialog = ConflictsDialog(self.session, self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        dialog.raise_()
        return dialog

    def closeEvent(self, event: QCloseEvent) -> None:
        self.session.detach()
        self.session.undo_stack.clear()
        super().closeEvent(event)
        self.closed.emit(self)


def _file_name(title: str) -> str:
    keep = "".join(c if c.isalnum() or c in " -_" else " " for c in title)
    return "-".join(keep.split())[:80] or "feuille-de-route"
