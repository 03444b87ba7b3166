"""The review phase of a point d'étape: each live action of the démarche's roadmap (from
its other workshops) with its status, to update in the room — a new status (with its why
or what replaced it), a follow-up, new roles — each one undoable command recorded as
made in this workshop. The action selected is the one under review: the room's view
shows it whole beside the roadmap with its statuses."""

from __future__ import annotations

import uuid
from typing import ClassVar, TypeVar

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from coopatelier.domain.demarche import DemarcheData, RoadmapAction, status_label
from coopatelier.services.changes import Changes
from coopatelier.services.demarche_queries import review_actions
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
from coopatelier.ui.help import ui_language
from coopatelier.ui.views.base import PhaseView
from coopatelier.ui.workshop_session import WorkshopSession

ACTION_ID_ROLE = Qt.ItemDataRole.UserRole
D = TypeVar("D", bound=QDialog)


class ReviewView(PhaseView):
    def __init__(
        self, session: WorkshopSession, phase_id: uuid.UUID, parent: QWidget | None = None
    ) -> None:
        super().__init__(session, phase_id, parent)
        self.setObjectName("reviewView")
        self.language = ui_language()
        self.heading = QLabel(self)
        self.heading.setObjectName("reviewHeading")
        self.heading.setWordWrap(True)
        self.banner = ErrorBanner(self)
        session.failed.connect(self._failed)
        self.legend = StatusLegend(self.language, self)
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("reviewTable")
        self.table.setHorizontalHeaderLabels([
            self.tr("Action"), self.tr("Lead"), self.tr("Status"), self.tr("Latest news"),
        ])
        self.table.verticalHeader().hide()
        # rows as tall as their text at the columns' current widths (fitted once at a
        # narrow width, they stayed ~150 px tall for two lines), up to ``ROW_LINES`` lines
        # (``_fit_rows``)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        # the action and the lead get a share of the width each (_fit_columns), the status
        # its label's, the latest news (the longest text) the rest
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.installEventFilter(self)
        # the vertical header does not hear a column widen: fit the rows again once the
        # columns have their new widths
        header.sectionResized.connect(
            lambda *_args: QTimer.singleShot(0, self.table, self._fit_rows))
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _i: self.status_dialog())
        self.story = QTextBrowser(self)
        self.story.setObjectName("reviewStory")
        self.status_button, self.follow_up_button, self.roles_button = action_buttons(
            self, ("reviewStatusButton", "reviewFollowUpButton", "reviewRolesButton"),
            self.status_dialog, self.follow_up_dialog, self.roles_dialog,
        )
        self.roadmap_button = QPushButton(self.tr("Show the &roadmap"), self)
        self.roadmap_button.setObjectName("reviewRoadmapButton")
        self.roadmap_button.setToolTip(self.tr("No action under review: the room sees the "
                                               "whole roadmap with the statuses"))
        self.roadmap_button.clicked.connect(self.table.clearSelection)
        # stacked: in a row the three buttons kept the side ~480 px wide, and the table
        # too narrow for the latest news on a laptop
        buttons = QVBoxLayout()
        for button in (self.status_button, self.follow_up_button, self.roles_button):
            buttons.addWidget(button)
        buttons.addStretch(1)  # together at the top when beside the story
        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.story, 1)
        side_layout.addLayout(buttons)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.setObjectName("reviewSplitter")
        split.addWidget(self.table)
        split.addWidget(side)
        split.setStretchFactor(0, 5)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)
        split.setSizes(self.SIZES[Qt.Orientation.Horizontal])
        self.split = split
        self.side_layout = side_layout
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.banner)
        top = QHBoxLayout()
        top.addWidget(self.legend, 1)
        top.addWidget(self.roadmap_button)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        self.dialog: QDialog | None = None
        self.refresh()

    # below this width (both docks open on a laptop) the action's story and its buttons go
    # under the table: beside it they pushed the view past the window's right edge
    SIDE_BY_SIDE_WIDTH = 900
    # the table's and the story's shares, side by side and one under the other
    SIZES: ClassVar[dict[Qt.Orientation, list[int]]] = {
        Qt.Orientation.Horizontal: [700, 280], Qt.Orientation.Vertical: [600, 400]}

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        wanted = (Qt.Orientation.Horizontal if event.size().width() >= self.SIDE_BY_SIDE_WIDTH
                  else Qt.Orientation.Vertical)
        if self.split.orientation() != wanted:
            self.split.setOrientation(wanted)
            # under the table, the story beside its buttons (stacked under it, they made the
            # view taller than a laptop's room)
            self.side_layout.setDirection(
                QBoxLayout.Direction.TopToBottom if wanted == Qt.Orientation.Horizontal
                else QBoxLayout.Direction.LeftToRight)
            self.split.setSizes(self.SIZES[wanted])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        return super().eventFilter(watched, event)

    def _fit_columns(self) -> None:
        """Shares of the table's width, whether its scroll bar shows or not: fitted to the
        viewport, the columns followed the scroll bar that the rows' new heights showed or
        hid, and the rows and columns never settled. The latest news keeps its heading's
        width ("…ernières nouvell" beside both docks)."""
        table = self.table
        width = (table.width() - 2 * table.frameWidth()
                 - table.verticalScrollBar().sizeHint().width())
        header = table.horizontalHeader()
        room = width - header.sectionSize(2) - header.sectionSizeHint(3)
        action, lead = max(120, int(width * 0.30)), max(100, int(width * 0.22))
        if action + lead > room > 0:  # both give way, in their proportions
            action, lead = room * action // (action + lead), room * lead // (action + lead)
        table.setColumnWidth(0, action)
        table.setColumnWidth(1, lead)

    #: a row's most lines: a long lead's name or news ran to six lines beside both docks,
    #: the table showing one row and a half (all of it in the story and the tooltip)
    ROW_LINES = 3

    def _fit_rows(self) -> None:
        """Each row as tall as its text, at most ``ROW_LINES`` lines."""
        table = self.table
        most = self.ROW_LINES * table.fontMetrics().lineSpacing() + 8
        for row in range(table.rowCount()):
            table.setRowHeight(row, min(most, table.sizeHintForRow(row)))

    def _on_changed(self, changes: Changes) -> None:
        """Its own workshop's changes, and those of the démarche's history (an action of
        April's workshop changed status here or in the démarche window)."""
        mine = changes.workshop_id in (None, self.session.workshop_id)
        if mine or changes.demarche:
            self.refresh(changes)

    def _failed(self, message: str, retry: object) -> None:
        if self.isVisible():
            self.banner.show_error(message, retry)  # type: ignore[arg-type]

    def demarche(self) -> DemarcheData | None:
        return self.session.demarche_data()

    def listed_actions(self) -> tuple[RoadmapAction, ...]:
        data = self.demarche()
        return review_actions(data, self.session.workshop_id) if data is not None else ()

    def refresh(self, changes: Changes | None = None) -> None:
        data = self.demarche()
        if data is None:
            self.heading.setText(self.tr(
                "This workshop is in no démarche: attach it to a démarche from Home (right "
                "click) and this phase lists the actions of its roadmap."))
        else:
            self.heading.setText(self.tr("Review of the roadmap “%1”: %n action(s)", "",
                                         len(self.listed_actions())).replace(
                "%1", data.demarche.title))
        selected = self.selected_action_id()
        actions = self.listed_actions()
        self.table.blockSignals(True)
        self.table.setRowCount(len(actions))
        for row, action in enumerate(actions):
            lead = data.organisation(action.card.lead_organisation_id) if data else None
            title = QTableWidgetItem(action.title)
            title.setData(ACTION_ID_ROLE, action.id)
            title.setToolTip(action.workshop.title)
            status = QTableWidgetItem(status_label(action.status, self.language))
            status.setBackground(QBrush(QColor(STATUS_COLOURS[action.status])))
            status.setForeground(QBrush(QColor("#ffffff")))
            last = action.last_follow_up
            news = QTableWidgetItem(last.note if last is not None else "")
            lead_item = QTableWidgetItem(lead.name if lead else "—")
            lead_item.setToolTip(lead_item.text())
            news.setToolTip(news.text())
            self.table.setItem(row, 0, title)
            self.table.setItem(row, 1, lead_item)
            self.table.setItem(row, 2, status)
            self.table.setItem(row, 3, news)
            if action.id == selected:
                self.table.selectRow(row)
        self.table.blockSignals(False)
        self._fit_rows()
        self._show_story()

    # --- selection: the action under review ------------------------------------------------

    def selected_action_id(self) -> uuid.UUID | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        item = self.table.item(rows[0].row(), 0)
        value = item.data(ACTION_ID_ROLE) if item is not None else None
        return value if isinstance(value, uuid.UUID) else None

    def select_action(self, action_id: uuid.UUID) -> None:
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item is not None and item.data(ACTION_ID_ROLE) == action_id:
                self.table.selectRow(row)
                return

    def selected_action(self) -> RoadmapAction | None:
        data = self.demarche()
        action_id = self.selected_action_id()
        return data.action(action_id) if data is not None and action_id else None

    def selected_card_ids(self) -> list[uuid.UUID]:
        action_id = self.selected_action_id()
        return [action_id] if action_id is not None else []

    def _selection_changed(self) -> None:
        self.session.set_under_review(self.selected_action_id())
        self._show_story()

    def _show_story(self) -> None:
        action = self.selected_action()
        data = self.demarche()
        for button in (self.status_button, self.follow_up_button, self.roles_button):
            button.setEnabled(action is not None)
        if action is None or data is None:
            self.story.setHtml("<p><i>" + self.tr(
                "Select an action: the room sees it whole, with its history. "
                "Show the roadmap: the room sees every action with its status.") + "</i></p>")
            return
        self.story.setHtml(action_story_html(data, action, self.language))

    # --- gestures (recorded as made in this workshop) --------------------------------------

    def status_dialog(self) -> StatusDialog | None:
        action, data = self.selected_action(), self.demarche()
        if action is None or data is None:
            return None
        dialog = StatusDialog(data, action, self.language, self)
        dialog.accepted.connect(lambda: self._status_from(dialog, action.id))
        return self._open(dialog)

    def _status_from(self, dialog: StatusDialog, action_id: uuid.UUID) -> None:
        values = dialog.values()
        status = dialog.chosen()
        gestures.change_status(
            self.session, action_id, status,
            text=self.tr("Status: %1").replace("%1", status_label(status, self.language)),
            note=str(values["note"]), author=str(values["author"]),
            on=values["on"],  # type: ignore[arg-type]
            replaced_by=values["replaced_by"],  # type: ignore[arg-type]
            workshop_id=self.session.workshop_id,
        )

    def follow_up_dialog(self) -> FollowUpDialog | None:
        action = self.selected_action()
        if action is None:
            return None
        dialog = FollowUpDialog(action, self)
        dialog.accepted.connect(lambda: self._follow_up_from(dialog, action.id))
        return self._open(dialog)

    def _follow_up_from(self, dialog: FollowUpDialog, action_id: uuid.UUID) -> None:
        values = dialog.values()
        gestures.add_follow_up(
            self.session, action_id, str(values["note"]), text=self.tr("Add a follow-up"),
            author=str(values["author"]), on=values["on"],  # type: ignore[arg-type]
            workshop_id=self.session.workshop_id,
        )

    def roles_dialog(self) -> RolesDialog | None:
        action, data = self.selected_action(), self.demarche()
        if action is None or data is None:
            return None
        dialog = RolesDialog(data, action, self.language, self)
        dialog.accepted.connect(lambda: self._roles_from(dialog, action.id))
        return self._open(dialog)

    def _roles_from(self, dialog: RolesDialog, action_id: uuid.UUID) -> None:
        values = dialog.values()
        gestures.change_roles(
            self.session, action_id, dialog.lead(), dialog.partners(),
            text=self.tr("Change the roles"), note=str(values["note"]),
            author=str(values["author"]), on=values["on"],  # type: ignore[arg-type]
            workshop_id=self.session.workshop_id,
        )

    def _open(self, dialog: D) -> D:
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        return dialog
