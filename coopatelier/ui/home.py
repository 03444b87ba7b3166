"""Home: the recent workshops, and creating, opening, duplicating, deleting (with undo),
importing and exporting them."""

from __future__ import annotations

import datetime as dt
import logging
import uuid
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import (
    QByteArray,
    QDate,
    QEvent,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QFont,
    QKeySequence,
    QResizeEvent,
    QShowEvent,
)
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
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coopatelier import api
from coopatelier.errors import KnownError
from coopatelier.services import demarche_undo
from coopatelier.settings import Settings
from coopatelier.templates import Template
from coopatelier.templates.loader import fill_in
from coopatelier.ui.capture import ErrorBanner
from coopatelier.ui.change_hub import hub_for
from coopatelier.ui.dates import DATE_FIELD_FORMAT, format_date
from coopatelier.ui.help import ui_language
from coopatelier.ui.messages import user_message
from coopatelier.ui.models import WorkshopListModel
from coopatelier.ui.workshop_details import HorizonBox

log = logging.getLogger(__name__)

#: a workshop dragged from Home's list or tree onto a démarche
WORKSHOP_MIME = "application/x-coopatelier-workshops"



class NewWorkshopDialog(QDialog):
    """Create a workshop from a template; participants may be pasted from a spreadsheet
    (one per line: name, organisation, role, table — tabs, semicolons or commas)."""

    def __init__(self, templates: list[Template], parent: QWidget | None = None, *,
                 language: str | None = None,
                 demarches: list[api.DemarcheSummary] | None = None,
                 demarche_id: uuid.UUID | None = None) -> None:
        """``language``: the interface's ("fr" or "en"); the first template written in it
        is preselected (an English user starts from an English template). ``demarches``:
        the démarches the workshop may be created in; in one (``demarche_id``), the point
        d'étape template (a phase that reviews the démarche's actions) is preselected."""
        super().__init__(parent)
        self._language = language or ui_language()
        self.setObjectName("newWorkshopDialog")
        self.setWindowTitle(self.tr("New workshop"))
        # the templates written in the interface's language come first (stable: else as given)
        self.templates = sorted(
            templates, key=lambda t: t.language.split("-")[0] != self._language)
        self.template = QComboBox(self)
        self.template.setObjectName("templateBox")
        for template in self.templates:
            minutes = template.total_minutes
            self.template.addItem(
                f"{template.title} ({minutes // 60} h {minutes % 60:02d})", template.key
            )
        self.title = QLineEdit(self)
        self.title.setObjectName("titleEdit")
        self.date = QDateEdit(QDate.currentDate(), self)
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat(DATE_FIELD_FORMAT)
        self.place = QLineEdit(self)
        # printed on the synthesis's cover: the template's, shown so that a workshop held
        # elsewhere does not carry it unseen (rt7)
        self.territory = QLineEdit(self)
        self.territory.setObjectName("territoryEdit")
        self.territory.setToolTip(
            self.tr("Printed on the synthesis's cover; filled from the template, yours to change")
        )
        self._filled_territory = ""  # the template's territory as last filled in
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
        self.demarche = QComboBox(self)
        self.demarche.setObjectName("demarcheBox")
        self.demarche.addItem(self.tr("(none)"), None)
        for summary in demarches or []:
            self.demarche.addItem(summary.title, summary.id)
        form = QFormLayout(self)
        form.addRow(self.tr("Dé&marche"), self.demarche)
        form.addRow(self.tr("&Template"), self.template)
        form.addRow("", self.description)
        form.addRow(self.tr("T&itle"), self.title)
        form.addRow(self.tr("&Date"), self.date)
        form.addRow(self.tr("&Place"), self.place)
        form.addRow(self.tr("Te&rritory"), self.territory)
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
        self._filled_question = ""  # the template's focal question as last filled in
        self.horizon.valueChanged.connect(lambda _v: self._fill_focal_question())
        self.date.dateChanged.connect(lambda _d: self._suggest_horizon())
        self.title.textChanged.connect(lambda t: self.ok_button.setEnabled(bool(t.strip())))
        self.title.textEdited.connect(lambda _t: self.title.setProperty("suggested", False))
        preferred = 0  # the first template in the interface's language, listed first
        self.template.setCurrentIndex(preferred)
        self._template_changed(preferred)
        self.demarche.currentIndexChanged.connect(lambda _i: self._demarche_changed())
        for index in range(1, self.demarche.count()):
            if self.demarche.itemData(index) == demarche_id:
                self.demarche.setCurrentIndex(index)
        self.ok_button.setEnabled(bool(self.title.text().strip()))
        self.resize(620, 580)

    def chosen_demarche(self) -> uuid.UUID | None:
        value = self.demarche.currentData()
        return value if isinstance(value, uuid.UUID) else None

    def _demarche_changed(self) -> None:
        """In a démarche, the point d'étape (a template whose review phase reads the
        démarche's actions) in the interface's language is offered first."""
        if self.chosen_demarche() is None:
            return
        checkpoints = [
            index for index, template in enumerate(self.templates)
            if any(phase.focus == "review" for phase in template.phases)
        ]
        if not checkpoints:
            return
        same = [i for i in checkpoints
                if self.templates[i].language.split("-")[0] == self._language]
        self.template.setCurrentIndex((same or checkpoints)[0])

    def chosen_template(self) -> Template:
        return self.templates[max(0, self.template.currentIndex())]

    def _template_changed(self, _index: int) -> None:
        if not self.templates:
            return
        template = self.chosen_template()
        self.description.setText(template.description)
        self._suggest_horizon()
        self._fill_focal_question(force=True)
        self._fill_territory()
        if not self.title.text().strip() or self.title.property("suggested"):
            self.title.setText(template.title)
            self.title.setProperty("suggested", True)

    def _fill_focal_question(self, *, force: bool = False) -> None:
        """The template's focal question with this workshop's horizon (its ``{horizon}``),
        filled in again when the horizon changes, unless the user rewrote it."""
        if not self.templates:
            return
        untouched = self.focal_question.toPlainText() == self._filled_question
        filled = fill_in(self.chosen_template().focal_question,
                         horizon_year=self.horizon.value(), year=self._day().year)
        if force or untouched:
            self.focal_question.setPlainText(filled)
        self._filled_question = filled

    def _fill_territory(self) -> None:
        """The chosen template's territory (emptied when it has none), unless the user typed
        another: then it is the workshop's and stays."""
        typed = self.territory.text()
        filled = fill_in(self.chosen_template().territory,
                         horizon_year=self.horizon.value(), year=self._day().year)
        if not typed.strip() or typed == self._filled_territory:
            self.territory.setText(filled)
            self.territory.setCursorPosition(0)  # the start of a long territory
        self._filled_territory = filled

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
            territory=self.territory.text().strip(),
            horizon_year=self.horizon.value(),
            anonymous=self.anonymous.isChecked(),
            focal_question=self.focal_question.toPlainText().strip(),
            people=self.people.toPlainText(),
            demarche_id=self.chosen_demarche(),
        ).new_id


DEMARCHE_ROLE = Qt.ItemDataRole.UserRole
WORKSHOP_ROLE = Qt.ItemDataRole.UserRole + 1


class _WrappingItems(QStyledItemDelegate):
    """An item as tall as its text wrapped to the tree's width (QTreeView measures an
    item's text on one line, however narrow the tree)."""

    def __init__(self, tree: QTreeWidget) -> None:
        super().__init__(tree)
        self._tree = tree

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        tree = self._tree
        depth, parent = 1 if tree.rootIsDecorated() else 0, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        wrapped = QStyleOptionViewItem(option)
        wrapped.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
        wrapped.rect = QRect(0, 0, max(40, tree.viewport().width() - depth * tree.indentation()), 1)
        return super().sizeHint(wrapped, index)


class DemarcheTree(QTreeWidget):
    """The démarches with their workshops, then the workshops outside any. A workshop
    dragged onto a démarche is attached to it; onto "Outside any démarche", detached."""

    #: (workshop id, démarche id or None) dropped
    workshop_dropped = Signal(object, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("demarcheTree")
        self.setHeaderHidden(True)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        # a long title wraps, whole, within the tree's width: cut at its end, the demo and
        # its copy both read "Sustainable food for all — Q…"
        self.setWordWrap(True)
        self.setItemDelegate(_WrappingItems(self))
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.header().setStretchLastSection(True)
        self.outside: QTreeWidgetItem | None = None

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.scheduleDelayedItemsLayout()  # the items' heights at the new width

    def groups(self) -> list[QTreeWidgetItem]:
        """The top-level items: each démarche, then the outside group."""
        found = (self.topLevelItem(i) for i in range(self.topLevelItemCount()))
        return [item for item in found if item is not None]

    @staticmethod
    def items_of(item: QTreeWidgetItem) -> list[QTreeWidgetItem]:
        found = (item.child(i) for i in range(item.childCount()))
        return [child for child in found if child is not None]

    def group_at(self, item: QTreeWidgetItem | None) -> QTreeWidgetItem | None:
        """The top-level item (a démarche, or the outside group) of ``item``."""
        while item is not None and item.parent() is not None:
            item = item.parent()
        return item

    def mimeTypes(self) -> list[str]:
        return [WORKSHOP_MIME]

    def mimeData(self, items: Sequence[QTreeWidgetItem]) -> QMimeData:
        data = QMimeData()
        ids = [str(i.data(0, WORKSHOP_ROLE)) for i in items if i.data(0, WORKSHOP_ROLE)]
        data.setData(WORKSHOP_MIME, QByteArray("\n".join(ids).encode()))
        return data

    def _target(self, event: QDropEvent | QDragMoveEvent) -> QTreeWidgetItem | None:
        if not event.mimeData().hasFormat(WORKSHOP_MIME):
            return None
        return self.group_at(self.itemAt(event.position().toPoint()))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasFormat(WORKSHOP_MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self._target(event) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        target = self._target(event)
        if target is None:
            event.ignore()
            return
        raw = bytes(event.mimeData().data(WORKSHOP_MIME).data()).decode()
        demarche_id = target.data(0, DEMARCHE_ROLE)
        event.setDropAction(Qt.DropAction.CopyAction)  # the tree is rebuilt, not moved
        event.accept()
        for text in raw.split():
            self.workshop_dropped.emit(uuid.UUID(text), demarche_id)


class HomeWindow(QMainWindow):
    """The démarches with their workshops, and the list of workshops."""

    open_requested = Signal(object)
    #: the user asked to open a démarche's window (the app opens it)
    demarche_open_requested = Signal(object)
    deleted = Signal(object)
    #: the user asked for the list of backups (the app owns the store, so it opens it)
    backups_requested = Signal()
    #: the import report's button: a workshop's (démarche's) Conflicts, in its window
    workshop_conflicts_requested = Signal(object)
    demarche_conflicts_requested = Signal(object)

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
        # a long title (and place) wraps, each row as tall as its lines: elided in the
        # middle, "Alimenta…030 (démo)" and "Alimentat… (démo) (2)" read alike; whole, the
        # copy's " (2)" is in sight (a single word wider than its column ends in "…")
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        for column in range(len(WorkshopListModel.COLUMNS)):
            self.table.horizontalHeader().setSectionResizeMode(
                column,
                QHeaderView.ResizeMode.Stretch
                if column in WorkshopListModel.STRETCHED
                else QHeaderView.ResizeMode.ResizeToContents,
            )
        # the title has the room it needs; the place gets a fair share, resizable
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(2, 150)
        header.setMinimumSectionSize(40)
        # the place takes the room the title leaves, up to its whole text
        self.model.modelReset.connect(self._fit_place)
        self.model.rowsInserted.connect(lambda *_a: self._fit_place())
        self.model.dataChanged.connect(lambda *_a: self._fit_place())
        self.table.viewport().installEventFilter(self)
        self.table.setAccessibleName(self.tr("Recent workshops"))
        self.table.doubleClicked.connect(lambda _i: self.open_selected())
        self.table.activated.connect(lambda _i: self.open_selected())
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._table_menu)
        self.table.setDragEnabled(True)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)

        self.tree = DemarcheTree(self)
        self.tree.setAccessibleName(self.tr("Démarches and their workshops"))
        self.tree.itemActivated.connect(lambda item, _c: self._open_item(item))
        self.tree.customContextMenuRequested.connect(self._tree_menu)
        self.tree.workshop_dropped.connect(self.move_workshop)
        self.tree.currentItemChanged.connect(lambda item, _p: self._tree_selected(item))

        heading = QLabel(self.tr("Your workshops"), self)
        heading.setObjectName("homeHeading")
        self.banner = ErrorBanner(self)
        #: the last import's report, shown whole where the import was asked
        self.import_report_box: QMessageBox | None = None
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
                self.tr("Import a workshop or démarche file (Ctrl+I)"),
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
        new_demarche = QPushButton(self.tr("New dé&marche…"), self)
        new_demarche.setObjectName("newDemarcheButton")
        new_demarche.setToolTip(self.tr("A démarche: a cooperation's roadmap that groups "
                                        "its workshops and outlives them"))
        new_demarche.clicked.connect(self.new_demarche)
        row.addWidget(new_demarche)
        self.buttons["new_demarche"] = new_demarche
        row.addStretch(1)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.setObjectName("homeSplitter")
        split.addWidget(self.tree)
        split.addWidget(self.table)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 3)
        split.setSizes([270, 1010])
        centre = QWidget(self)
        layout = QVBoxLayout(centre)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(heading)
        layout.addLayout(row)
        layout.addWidget(self.banner)
        layout.addWidget(split, 1)
        self.setCentralWidget(centre)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        self.file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.backups_action = self.file_menu.addAction(self.tr("&Backups…"))
        self.backups_action.triggered.connect(self.backups_requested.emit)
        self.resize(1280, 640)
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

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            QTimer.singleShot(0, self._fit_place)  # once the header has its new width
        return super().eventFilter(watched, event)

    def _fit_place(self) -> None:
        """Give the place column the width its longest place needs, out of what the title
        column does not need: a short title leaves a long place whole, and the place never
        goes below 150 px."""
        header = self.table.horizontalHeader()
        others = sum(header.sectionSize(c) for c in range(header.count()) if c not in (0, 2))
        free = self.table.viewport().width() - others
        title = self.table.sizeHintForColumn(0)
        place = max(self.table.sizeHintForColumn(2), header.sectionSizeHint(2))
        width = max(150, min(place, free - title))
        if header.sectionSize(2) != width:
            header.resizeSection(2, width)

    def refresh(self, select: uuid.UUID | None = None) -> None:
        current = select or self.selected_id()
        try:
            workshops = api.list_workshops(self.store)
            demarches = api.list_demarches(self.store)
        except KnownError as exc:
            self.banner.show_error(user_message(exc), self.refresh)
            return
        self.model.set_workshops(workshops)
        self._fill_tree(workshops, demarches)
        row = self.model.row_of(current) if current else -1
        if row < 0 and self.model.rowCount() and current is None:
            row = 0
        if row >= 0:
            self.table.selectRow(row)
        self._update_buttons()

    def _fill_tree(self, workshops: Sequence[api.WorkshopSummary],
                   demarches: Sequence[api.DemarcheSummary]) -> None:
        expanded = {g.data(0, DEMARCHE_ROLE) for g in self.tree.groups() if g.isExpanded()}
        first = self.tree.topLevelItemCount() == 0
        by_id = {w.id: w for w in workshops}
        placed: set[uuid.UUID] = set()
        self.tree.blockSignals(True)
        self.tree.clear()
        bold = QFont(self.tree.font())
        bold.setBold(True)

        def workshop_item(parent: QTreeWidgetItem, summary: api.WorkshopSummary) -> None:
            child = QTreeWidgetItem(parent, [f"{summary.title} — {format_date(summary.date)}"])
            child.setData(0, WORKSHOP_ROLE, summary.id)
            child.setToolTip(0, summary.title)
            child.setFlags(child.flags() | Qt.ItemFlag.ItemIsDragEnabled)

        for demarche in demarches:
            item = QTreeWidgetItem(self.tree, [demarche.title])
            item.setData(0, DEMARCHE_ROLE, demarche.id)
            item.setFont(0, bold)
            item.setToolTip(0, self.tr("%n action(s) on its roadmap", "",
                                       demarche.action_count))
            item.setFlags((item.flags() | Qt.ItemFlag.ItemIsDropEnabled)
                          & ~Qt.ItemFlag.ItemIsDragEnabled)
            members = [by_id[w] for w in demarche.workshop_ids if w in by_id]
            for summary in sorted(members, key=lambda w: (w.date, w.title)):
                workshop_item(item, summary)
                placed.add(summary.id)
            item.setExpanded(first or demarche.id in expanded)
        outside = QTreeWidgetItem(self.tree, [self.tr("Outside any démarche")])
        outside.setData(0, DEMARCHE_ROLE, None)
        italic = QFont(self.tree.font())
        italic.setItalic(True)
        outside.setFont(0, italic)
        outside.setFlags((outside.flags() | Qt.ItemFlag.ItemIsDropEnabled)
                         & ~Qt.ItemFlag.ItemIsDragEnabled)
        for summary in workshops:
            if summary.id not in placed:
                workshop_item(outside, summary)
        outside.setExpanded(True)
        self.tree.outside = outside
        self.tree.blockSignals(False)

    def demarche_item(self, demarche_id: uuid.UUID) -> QTreeWidgetItem | None:
        for item in self.tree.groups():
            if item.data(0, DEMARCHE_ROLE) == demarche_id:
                return item
        return None

    def workshop_item(self, workshop_id: uuid.UUID) -> QTreeWidgetItem | None:
        for group in self.tree.groups():
            for child in self.tree.items_of(group):
                if child.data(0, WORKSHOP_ROLE) == workshop_id:
                    return child
        return None

    def demarche_of(self, workshop_id: uuid.UUID) -> uuid.UUID | None:
        item = self.workshop_item(workshop_id)
        group = self.tree.group_at(item)
        value = group.data(0, DEMARCHE_ROLE) if group is not None else None
        return value if isinstance(value, uuid.UUID) else None

    def _tree_selected(self, item: QTreeWidgetItem | None) -> None:
        workshop_id = item.data(0, WORKSHOP_ROLE) if item is not None else None
        if isinstance(workshop_id, uuid.UUID):
            row = self.model.row_of(workshop_id)
            if row >= 0:
                self.table.selectRow(row)

    def _open_item(self, item: QTreeWidgetItem) -> None:
        workshop_id = item.data(0, WORKSHOP_ROLE)
        demarche_id = item.data(0, DEMARCHE_ROLE)
        if isinstance(workshop_id, uuid.UUID):
            self.open_requested.emit(workshop_id)
        elif isinstance(demarche_id, uuid.UUID):
            self.demarche_open_requested.emit(demarche_id)

    def _tree_menu(self, pos: QPoint) -> QMenu | None:
        item = self.tree.itemAt(pos)
        if item is None:
            return None
        menu = QMenu(self)
        menu.setObjectName("demarcheMenu")
        workshop_id = item.data(0, WORKSHOP_ROLE)
        demarche_id = item.data(0, DEMARCHE_ROLE)
        if isinstance(workshop_id, uuid.UUID):
            menu.addAction(self.tr("&Open"), lambda: self.open_requested.emit(workshop_id))
            self._attach_actions(menu, workshop_id)
        elif isinstance(demarche_id, uuid.UUID):
            menu.addAction(self.tr("&Open the roadmap"),
                           lambda: self.demarche_open_requested.emit(demarche_id))
            menu.addAction(self.tr("&Rename…"), lambda: self.rename_demarche(demarche_id))
            menu.addAction(self.tr("&New workshop in this démarche…"),
                           lambda: self.new_workshop(demarche_id))
        else:
            return None
        self.context_menu = menu
        menu.popup(self.tree.viewport().mapToGlobal(pos))
        return menu

    def _table_menu(self, pos: QPoint) -> QMenu | None:
        index = self.table.indexAt(pos)
        if not index.isValid():
            return None
        workshop_id = self.model.summary(index.row()).id
        menu = QMenu(self)
        menu.setObjectName("workshopMenu")
        menu.addAction(self.tr("&Open"), lambda: self.open_requested.emit(workshop_id))
        self._attach_actions(menu, workshop_id)
        self.context_menu = menu
        menu.popup(self.table.viewport().mapToGlobal(pos))
        return menu

    def _attach_actions(self, menu: QMenu, workshop_id: uuid.UUID) -> None:
        current = self.demarche_of(workshop_id)
        if current is not None:
            menu.addAction(self.tr("&Detach from its démarche"),
                           lambda: self.move_workshop(workshop_id, None))
            return
        attach = menu.addMenu(self.tr("&Attach to a démarche"))
        attach.setObjectName("attachMenu")
        for item in self.tree.groups():
            demarche_id = item.data(0, DEMARCHE_ROLE)
            if isinstance(demarche_id, uuid.UUID):
                action = attach.addAction(item.text(0))
                action.setData(demarche_id)
                action.triggered.connect(
                    lambda _c=False, a=action: self.move_workshop(workshop_id, a.data()))
        attach.setEnabled(not attach.isEmpty())

    def move_workshop(self, workshop_id: uuid.UUID, demarche_id: uuid.UUID | None) -> None:
        """Attach a workshop to a démarche (None: detach it from its own)."""
        current = self.demarche_of(workshop_id)
        if current == demarche_id:
            return
        undo: demarche_undo.AttachUndo | None = None
        try:
            if demarche_id is None:
                changes = api.detach_workshop(self.store, workshop_id)
            else:
                if current is not None:  # from one démarche to another: out, then in
                    self.hub.publish(api.detach_workshop(self.store, workshop_id), self)
                changes, undo = demarche_undo.attach_workshop_undoable(
                    self.store, demarche_id, workshop_id)
        except KnownError as exc:
            self.banner.show_error(user_message(exc))
            self.refresh()
            return
        self.hub.publish(changes, self)
        self.refresh(select=workshop_id)
        title = self.model.summary(self.model.row_of(workshop_id)).title
        if demarche_id is None:
            message = self.tr("“%1” is no longer in a démarche.").replace("%1", title)
        else:
            group = self.demarche_item(demarche_id)
            message = self.tr("“%1” is now in “%2”.").replace("%1", title).replace(
                "%2", group.text(0) if group else "")
        self.statusBar().showMessage(message, 8000)
        if undo is not None and current is None:
            # Undo gives the workshop back exactly what it had (a detach would copy)
            state = undo
            self.banner.show_error(message, lambda: self.undo_attach(state))
            self.banner.retry_button.setText(self.tr("&Undo"))

    def undo_attach(self, state: demarche_undo.AttachUndo) -> None:
        """Take an attach back: the workshop leaves the démarche with its own organisations,
        ids included, as before."""
        self.banner.retry_button.setText(self.tr("&Retry"))
        try:
            changes = demarche_undo.undo_attach(self.store, state)
        except KnownError as exc:
            self.banner.show_error(user_message(exc), lambda: self.undo_attach(state))
            return
        self.hub.publish(changes, self)
        self.refresh(select=state.workshop_id)

    def new_demarche(self) -> QInputDialog:
        dialog = QInputDialog(self)
        dialog.setObjectName("newDemarcheDialog")
        dialog.setWindowTitle(self.tr("New démarche"))
        dialog.setLabelText(self.tr("Title of the démarche (e.g. the cooperation's roadmap):"))
        dialog.setOkButtonText(self.tr("Create"))
        dialog.textValueSelected.connect(self.create_demarche)
        dialog.finished.connect(dialog.deleteLater)
        self.demarche_dialog = dialog
        dialog.open()
        return dialog

    def create_demarche(self, title: str) -> uuid.UUID | None:
        try:
            changes = api.create_demarche(self.store, title=title.strip(),
                                          language=ui_language(self.settings))
        except KnownError as exc:
            self.banner.show_error(user_message(exc))
            return None
        self.hub.publish(changes, self)
        self.refresh()
        item = self.demarche_item(changes.new_id)
        if item is not None:
            self.tree.setCurrentItem(item)
        return changes.new_id

    def rename_demarche(self, demarche_id: uuid.UUID) -> QInputDialog | None:
        item = self.demarche_item(demarche_id)
        if item is None:
            return None
        dialog = QInputDialog(self)
        dialog.setObjectName("renameDemarcheDialog")
        dialog.setWindowTitle(self.tr("Rename the démarche"))
        dialog.setLabelText(self.tr("Title:"))
        dialog.setTextValue(item.text(0))
        dialog.textValueSelected.connect(lambda t: self.set_demarche_title(demarche_id, t))
        dialog.finished.connect(dialog.deleteLater)
        self.demarche_dialog = dialog
        dialog.open()
        return dialog

    def set_demarche_title(self, demarche_id: uuid.UUID, title: str) -> None:
        try:
            changes = api.rename_demarche(self.store, demarche_id, title)
        except KnownError as exc:
            self.banner.show_error(user_message(exc))
            return
        self.hub.publish(changes, self)
        self.refresh()

    def selected_id(self) -> uuid.UUID | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.model.summary(rows[0].row()).id if rows else None

    def _update_buttons(self) -> None:
        chosen = self.selected_id() is not None
        for name in ("open", "duplicate", "delete", "export"):
            self.buttons[name].setEnabled(chosen)

    # --- actions --------------------------------------------------------------------------

    def new_workshop(self, demarche_id: uuid.UUID | None = None) -> NewWorkshopDialog:
        """The new workshop dialog; in a démarche (``demarche_id``, or the one selected in
        the tree), the point d'étape template is preselected."""
        if not isinstance(demarche_id, uuid.UUID):
            group = self.tree.group_at(self.tree.currentItem())
            chosen = group.data(0, DEMARCHE_ROLE) if group is not None else None
            demarche_id = chosen if isinstance(chosen, uuid.UUID) else None
        try:
            demarches = api.list_demarches(self.store)
        except KnownError:
            demarches = []
        dialog = NewWorkshopDialog(api.templates(self.store), self,
                                   language=ui_language(self.settings),
                                   demarches=demarches, demarche_id=demarche_id)
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
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)  # Return must not delete
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
            self.tr("Import a workshop or démarche file"),
            str(Path.home()),
            self.tr("Workshop and démarche files (*.json);;All files (*)"),
        )
        if path:
            try:
                report = self.import_file(Path(path))
            except KnownError as exc:
                self.banner.show_error(user_message(exc))
                return
            self.show_import_report(report)

    def show_import_report(self, report: object) -> None:
        """The import's whole report in a box over Home, where the import was asked; its
        button opens the conflicts (the app opens the workshop or démarche window)."""
        from coopatelier.exchange import ImportReport
        from coopatelier.services.demarche_import import DemarcheImportReport
        from coopatelier.ui.import_report import show_import_report

        if isinstance(report, ImportReport | DemarcheImportReport):
            self.import_report_box = show_import_report(
                self, self.store, report, ui_language(self.settings),
                open_workshop=self.workshop_conflicts_requested.emit,
                open_demarche=self.demarche_conflicts_requested.emit,
            )

    def import_file(self, path: Path) -> object:
        """Import a workshop file, or a démarche file (told by the document's ``format``)."""
        from coopatelier.exchange import demarche_file, import_workshop_file
        from coopatelier.ui.import_report import report_words

        if demarche_file.file_format(path) == demarche_file.FORMAT:
            return self.import_demarche(path)
        report = import_workshop_file(self.store, path)
        # an open window of that workshop (and its projector) shows the merged cards
        self.hub.publish(report.announced, self)
        self.refresh(select=report.workshop_id)
        self.statusBar().showMessage(report_words(report, ui_language(self.settings)), 8000)
        return report

    def import_demarche(self, path: Path) -> object:
        """Import or merge a démarche file (the CLI's ``demarche import``); the tree shows
        the démarche, the status bar what was merged and how many conflicts."""
        from coopatelier.exchange.demarche_file import import_demarche_file
        from coopatelier.ui.import_report import report_words

        report = import_demarche_file(self.store, path)
        for changes in report.announcements():  # open windows of it re-read it
            self.hub.publish(changes, self)
        self.refresh()
        for index in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(index)
            if item is not None and item.data(0, DEMARCHE_ROLE) == report.demarche_id:
                self.tree.setCurrentItem(item)
        self.statusBar().showMessage(report_words(report, ui_language(self.settings)), 15000)
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
