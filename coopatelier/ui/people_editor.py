"""The participants and organisations of an open workshop, edited after its creation.

Participants: add one (a name already listed updates that person), edit a cell in place,
remove a selection, paste more from a spreadsheet (matched by name). Organisations: rename
in place, merge several into one (their participants, the actions they lead and their
partner roles follow), remove one nobody refers to. Each change is one undoable command
whose undo puts back the people and roles exactly as they were, ids included.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from coopatelier import api
from coopatelier.domain.model import Organisation, Participant, WorkshopData
from coopatelier.domain.people import PeopleState, PersonLine, name_key, parse_people
from coopatelier.errors import KnownError
from coopatelier.services.changes import Changes
from coopatelier.ui.capture import ErrorBanner
from coopatelier.ui.completion import completer
from coopatelier.ui.messages import user_message
from coopatelier.ui.workshop_session import WorkshopSession

if TYPE_CHECKING:
    from coopatelier.ui.workshop_window import WorkshopWindow

AnyIndex = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1


def people_change(
    session: WorkshopSession, text: str, call: Callable[[], Changes]
) -> Changes:
    """Run ``call`` (a service changing people or organisations) as one undoable command:
    undo restores the people and roles as they were before, redo as they were after, ids
    included. A ``KnownError`` propagates and nothing is pushed."""
    store, wid = session.store, session.workshop_id
    before = api.people_state(store, wid)
    after: list[PeopleState] = []

    def first() -> Changes:
        changes = call()
        after[:] = [api.people_state(store, wid)]
        return changes

    return session.execute(
        text,
        first,
        lambda: api.restore_people(store, before),
        lambda: api.restore_people(store, after[0]),
    )


# --- models ----------------------------------------------------------------------------------


class ParticipantsModel(QAbstractTableModel):
    """Participants sorted by name; editing a cell asks for the change (``edit_requested``)
    rather than making it: the table shows what the database holds."""

    #: (participant id, field, new text)
    edit_requested = Signal(object, str, str)
    FIELDS = ("name", "organisation", "role", "table_label")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.people: list[Participant] = []
        self.org_names: dict[uuid.UUID, str] = {}

    def set_data(self, data: WorkshopData) -> None:
        self.beginResetModel()
        self.org_names = {o.id: o.name for o in data.organisations}
        self.people = list(data.participants)  # in the workshop's order (domain.collation)
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.people)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.FIELDS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Name"), self.tr("Organisation"), self.tr("Role"), self.tr("Table"))[
                section
            ]
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsEditable
        )

    def text(self, person: Participant, column: int) -> str:
        if column == 0:
            return person.name
        if column == 1:
            return self.org_names.get(person.organisation_id, "") if person.organisation_id else ""
        return person.role if column == 2 else person.table_label

    def data(self, index: AnyIndex, role: int = 0) -> Any:
        if not index.isValid():
            return None
        person = self.people[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self.text(person, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.text(person, index.column()) or None
        if role == ID_ROLE:
            return person.id
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = 0) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        person = self.people[index.row()]
        text = str(value).strip()
        if text != self.text(person, index.column()):
            self.edit_requested.emit(person.id, self.FIELDS[index.column()], text)
        return False  # the table changes when the database does


@dataclass(frozen=True, slots=True)
class OrganisationUse:
    organisation: Organisation
    participants: int
    leads: int
    partners: int

    @property
    def used(self) -> bool:
        return bool(self.participants or self.leads or self.partners)


class OrganisationsModel(QAbstractTableModel):
    """Organisations sorted by name, with how many participants, led actions and partner
    roles each has; the name is renamed in place (``rename_requested``)."""

    rename_requested = Signal(object, str)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[OrganisationUse] = []

    def set_data(self, data: WorkshopData) -> None:
        people: dict[uuid.UUID, int] = {}
        for person in data.participants:
            if person.organisation_id:
                people[person.organisation_id] = people.get(person.organisation_id, 0) + 1
        leads: dict[uuid.UUID, int] = {}
        partners: dict[uuid.UUID, int] = {}
        for card in data.live_cards():
            if card.lead_organisation_id:
                leads[card.lead_organisation_id] = leads.get(card.lead_organisation_id, 0) + 1
            for partner in card.partners:
                partners[partner.organisation_id] = partners.get(partner.organisation_id, 0) + 1
        self.beginResetModel()
        self.rows = [
            OrganisationUse(o, people.get(o.id, 0), leads.get(o.id, 0), partners.get(o.id, 0))
            for o in data.organisations  # in the workshop's order (domain.collation)
        ]
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (
                self.tr("Organisation"),
                self.tr("Participants"),
                self.tr("Leads"),
                self.tr("Partner of"),
            )[section]
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            return (
                None,
                self.tr("How many participants belong to it"),
                self.tr("How many actions it leads"),
                self.tr("How many actions it is a partner of"),
            )[section]
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return flags | Qt.ItemFlag.ItemIsEditable if index.column() == 0 else flags

    def data(self, index: AnyIndex, role: int = 0) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == 0:
                return row.organisation.name
            return str((row.participants, row.leads, row.partners)[column - 1])
        if role == Qt.ItemDataRole.TextAlignmentRole and column:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            return row.organisation.name
        if role == ID_ROLE:
            return row.organisation.id
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = 0) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or index.column():
            return False
        row = self.rows[index.row()]
        text = str(value).strip()
        if text and text != row.organisation.name:
            self.rename_requested.emit(row.organisation.id, text)
        return False

    def use(self, org_id: uuid.UUID) -> OrganisationUse | None:
        return next((r for r in self.rows if r.organisation.id == org_id), None)


class OrganisationDelegate(QStyledItemDelegate):
    """The organisation cell: a line that completes the workshop's organisations (a new
    name adds one; an empty one leaves the person without)."""

    def __init__(self, names: Callable[[], list[str]], parent: Any = None) -> None:
        super().__init__(parent)
        self.names = names

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:
        editor = QLineEdit(parent)
        editor.setObjectName("organisationEditor")
        completer(self.names(), editor)
        return editor


# --- small dialogs ---------------------------------------------------------------------------


class PasteDialog(QDialog):
    """Paste participants from a spreadsheet; says how many are new and how many are
    already listed (those are updated, never added twice)."""

    def __init__(self, known_names: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pasteParticipantsDialog")
        self.setWindowTitle(self.tr("Paste participants"))
        self.known = {name_key(n) for n in known_names}
        intro = QLabel(
            self.tr(
                "One person per line: name, organisation, role, table — separated by tabs "
                "(as a spreadsheet copies them) or semicolons. A person already listed is "
                "updated, not added twice."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.edit = QPlainTextEdit(self)
        self.edit.setObjectName("pasteEdit")
        self.edit.setTabChangesFocus(False)
        self.edit.setPlaceholderText(self.tr("Awa Diallo\tCCAS\tdirector\tTable 1"))
        self.summary = QLabel(self)
        self.summary.setObjectName("pasteSummary")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Add"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.summary)
        layout.addWidget(buttons)
        self.edit.textChanged.connect(self._update_summary)
        clipboard = QGuiApplication.clipboard().text()
        if "\t" in clipboard or ";" in clipboard:
            self.edit.setPlainText(clipboard)
        self._update_summary()
        self.resize(620, 380)

    def lines(self) -> list[PersonLine]:
        try:
            return parse_people(self.edit.toPlainText())
        except KnownError:
            return []

    def _update_summary(self) -> None:
        named = [line for line in self.lines() if line.name]
        keys = list(dict.fromkeys(name_key(line.name) for line in named))
        known = sum(1 for key in keys if key in self.known)
        new = len(keys) - known
        parts = [self.tr("%n new participant(s)", "", new)]
        if known:
            parts.append(self.tr("%n already listed, updated", "", known))
        self.summary.setText(" · ".join(parts) if keys else self.tr("Nothing to add yet."))
        self.ok_button.setEnabled(bool(self.lines()))


class MergeDialog(QDialog):
    """Which organisation to keep when merging: one of the chosen ones when several are
    chosen, else any other organisation of the workshop."""

    def __init__(
        self,
        chosen: Sequence[Organisation],
        others: Sequence[Organisation],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mergeOrganisationsDialog")
        self.setWindowTitle(self.tr("Merge organisations"))
        self.chosen = list(chosen)
        candidates = self.chosen if len(self.chosen) > 1 else list(others)
        explain = QLabel(
            self.tr(
                "The organisations merged disappear: their participants, the actions they "
                "lead and their partner roles go to the one kept."
            ),
            self,
        )
        explain.setWordWrap(True)
        self.keep = QComboBox(self)
        self.keep.setObjectName("mergeKeep")
        for org in candidates:
            self.keep.addItem(org.name, str(org.id))  # a str: findData compares it
        self.merged_label = QLabel(self)
        self.merged_label.setObjectName("mergeMerged")
        self.merged_label.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Merge"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        keep_row = QHBoxLayout()
        keep_label = QLabel(self.tr("&Keep:"), self)
        keep_label.setBuddy(self.keep)
        keep_row.addWidget(keep_label)
        keep_row.addWidget(self.keep, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addLayout(keep_row)
        layout.addWidget(self.merged_label)
        layout.addWidget(buttons)
        self.keep.currentIndexChanged.connect(self._update_merged)
        self._update_merged()
        self.resize(480, 220)

    def kept(self) -> uuid.UUID:
        return uuid.UUID(str(self.keep.currentData()))

    def merged(self) -> list[Organisation]:
        kept = self.kept()
        return [o for o in self.chosen if o.id != kept]

    def _update_merged(self) -> None:
        names = ", ".join(self.tr("“%1”").replace("%1", o.name) for o in self.merged())
        self.merged_label.setText(self.tr("Merged into it: %1").replace("%1", names))


# --- the editor ------------------------------------------------------------------------------


class PeopleDialog(QDialog):
    """Participants and organisations of the window's workshop. Not modal: it sits beside
    the window, follows every change (its own, undo, an import) and Ctrl+Z undoes here
    too."""

    def __init__(self, window: WorkshopWindow) -> None:
        super().__init__(window)
        self.setObjectName("peopleDialog")
        self.setWindowTitle(self.tr("Participants and organisations"))
        self.session = window.session
        self.addActions([window.undo_action, window.redo_action])
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("peopleTabs")
        self.tabs.addTab(self._build_participants(), "")
        self.tabs.addTab(self._build_organisations(), "")
        self.status = QLabel(self)
        self.status.setObjectName("peopleStatus")
        self.banner = ErrorBanner(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.banner)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(buttons)
        layout.addLayout(bottom)
        self.session.changed.connect(self._on_changed)
        self.refresh()
        self.resize(900, 600)

    # --- building ---------------------------------------------------------------------------

    def _build_participants(self) -> QWidget:
        page = QWidget(self)
        self.people_model = ParticipantsModel(self)
        # queued: the change (and the table's refresh) comes after the cell editor closes
        self.people_model.edit_requested.connect(
            self.edit_participant, Qt.ConnectionType.QueuedConnection
        )
        self.people_view = QTableView(page)
        self.people_view.setObjectName("participantsTable")
        self.people_view.setModel(self.people_model)
        self.people_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.people_view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.people_view.verticalHeader().hide()
        self.people_view.setAlternatingRowColors(True)
        header = self.people_view.horizontalHeader()
        for column, mode in enumerate((
            QHeaderView.ResizeMode.ResizeToContents,
            QHeaderView.ResizeMode.Stretch,
            QHeaderView.ResizeMode.Stretch,
            QHeaderView.ResizeMode.ResizeToContents,
        )):
            header.setSectionResizeMode(column, mode)
        self.people_view.setItemDelegateForColumn(
            1, OrganisationDelegate(self.organisation_names, self.people_view)
        )
        remove = QAction(self.tr("Remove"), self.people_view)
        remove.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        remove.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        remove.triggered.connect(self.remove_selected_participants)
        self.people_view.addAction(remove)

        self.new_name = QLineEdit(page)
        self.new_name.setObjectName("newName")
        self.new_name.setPlaceholderText(self.tr("Name"))
        self.new_organisation = QLineEdit(page)
        self.new_organisation.setObjectName("newOrganisation")
        self.new_organisation.setPlaceholderText(self.tr("Organisation"))
        self.org_completer = completer([], self.new_organisation)
        self.new_role = QLineEdit(page)
        self.new_role.setObjectName("newRole")
        self.new_role.setPlaceholderText(self.tr("Role"))
        self.new_table = QLineEdit(page)
        self.new_table.setObjectName("newTable")
        self.new_table.setPlaceholderText(self.tr("Table"))
        self.add_button = QPushButton(self.tr("&Add"), page)
        self.add_button.setObjectName("addParticipant")
        self.add_button.setToolTip(self.tr("Add this person (a name already listed is updated)"))
        self.add_button.clicked.connect(self.add_participant)
        for edit in (self.new_name, self.new_organisation, self.new_role, self.new_table):
            edit.returnPressed.connect(self.add_participant)
        self.new_name.textChanged.connect(
            lambda text: self.add_button.setEnabled(bool(text.strip()))
        )
        self.add_button.setEnabled(False)
        add_row = QHBoxLayout()
        add_row.addWidget(self.new_name, 3)
        add_row.addWidget(self.new_organisation, 3)
        add_row.addWidget(self.new_role, 2)
        add_row.addWidget(self.new_table, 1)
        add_row.addWidget(self.add_button)

        self.paste_button = QPushButton(self.tr("&Paste from a spreadsheet…"), page)
        self.paste_button.setObjectName("pasteParticipants")
        self.paste_button.clicked.connect(self.paste_participants)
        self.remove_button = QPushButton(self.tr("&Remove"), page)
        self.remove_button.setObjectName("removeParticipants")
        self.remove_button.clicked.connect(self.remove_selected_participants)
        tools = QHBoxLayout()
        tools.addWidget(self.paste_button)
        tools.addStretch(1)
        tools.addWidget(self.remove_button)

        layout = QVBoxLayout(page)
        layout.addLayout(add_row)
        layout.addWidget(self.people_view, 1)
        layout.addLayout(tools)
        self.people_view.selectionModel().selectionChanged.connect(self._update_buttons)
        return page

    def _build_organisations(self) -> QWidget:
        page = QWidget(self)
        self.orgs_model = OrganisationsModel(self)
        self.orgs_model.rename_requested.connect(
            self.rename_organisation, Qt.ConnectionType.QueuedConnection
        )
        self.orgs_view = QTableView(page)
        self.orgs_view.setObjectName("organisationsTable")
        self.orgs_view.setModel(self.orgs_model)
        self.orgs_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.orgs_view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.orgs_view.verticalHeader().hide()
        self.orgs_view.setAlternatingRowColors(True)
        header = self.orgs_view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        hint = QLabel(
            self.tr(
                "Double-click a name to rename it. Two spellings of one organisation? "
                "Select them and merge."
            ),
            page,
        )
        hint.setWordWrap(True)
        hint.setObjectName("organisationsHint")
        self.merge_button = QPushButton(self.tr("&Merge…"), page)
        self.merge_button.setObjectName("mergeOrganisations")
        self.merge_button.clicked.connect(self.merge_selected_organisations)
        self.remove_org_button = QPushButton(self.tr("Remove &unused"), page)
        self.remove_org_button.setObjectName("removeOrganisation")
        self.remove_org_button.setToolTip(
            self.tr("Remove the selected organisation: nobody belongs to it, no action names it")
        )
        self.remove_org_button.clicked.connect(self.remove_selected_organisation)
        tools = QHBoxLayout()
        tools.addWidget(self.merge_button)
        tools.addStretch(1)
        tools.addWidget(self.remove_org_button)
        layout = QVBoxLayout(page)
        layout.addWidget(hint)
        layout.addWidget(self.orgs_view, 1)
        layout.addLayout(tools)
        self.orgs_view.selectionModel().selectionChanged.connect(self._update_buttons)
        return page

    # --- reading ----------------------------------------------------------------------------

    def organisation_names(self) -> list[str]:
        return [row.organisation.name for row in self.orgs_model.rows]

    def _selected_ids(self, view: QTableView) -> list[uuid.UUID]:
        return [index.data(ID_ROLE) for index in view.selectionModel().selectedRows()]

    def selected_participants(self) -> list[uuid.UUID]:
        return self._selected_ids(self.people_view)

    def selected_organisations(self) -> list[Organisation]:
        ids = set(self._selected_ids(self.orgs_view))
        return [r.organisation for r in self.orgs_model.rows if r.organisation.id in ids]

    def _select(self, view: QTableView, ids: set[uuid.UUID]) -> None:
        model = view.model()
        selection = view.selectionModel()
        selection.clearSelection()
        for row in range(model.rowCount()):
            if model.index(row, 0).data(ID_ROLE) in ids:
                selection.select(
                    model.index(row, 0),
                    selection.SelectionFlag.Select | selection.SelectionFlag.Rows,
                )

    def refresh(self) -> None:
        """Show the workshop's people as stored, keeping the selections."""
        data = self.session.data()
        people = set(self.selected_participants())
        orgs = set(self._selected_ids(self.orgs_view))
        self.people_model.set_data(data)
        self.orgs_model.set_data(data)
        self._select(self.people_view, people)
        self._select(self.orgs_view, orgs)
        self.org_completer.model().setStringList(self.organisation_names())  # type: ignore[attr-defined]
        self.tabs.setTabText(
            0, self.tr("Participants (%1)").replace("%1", str(len(data.participants)))
        )
        self.tabs.setTabText(
            1, self.tr("Organisations (%1)").replace("%1", str(len(data.organisations)))
        )
        self._update_buttons()

    def _on_changed(self, changes: Changes) -> None:
        if changes.workshop_id not in (None, self.session.workshop_id):
            return
        if changes.workshop or changes.participants or changes.organisations or changes.cards:
            self.refresh()

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(bool(self.selected_participants()))
        chosen = self.selected_organisations()
        self.merge_button.setEnabled(bool(chosen) and len(self.orgs_model.rows) > 1)
        use = self.orgs_model.use(chosen[0].id) if len(chosen) == 1 else None
        self.remove_org_button.setEnabled(use is not None and not use.used)

    # --- changing ---------------------------------------------------------------------------

    def _change(self, text: str, call: Callable[[], Changes], retry: Callable[[], object]) -> bool:
        try:
            people_change(self.session, text, call)
        except KnownError as exc:
            self.status.clear()
            self.banner.show_error(user_message(exc), retry)
            self.refresh()  # a refused cell edit shows the stored value again
            return False
        self.banner.dismiss()
        return True

    def add_participant(self) -> None:
        name = self.new_name.text().strip()
        if not name:
            return
        line = PersonLine(
            name,
            self.new_organisation.text().strip(),
            self.new_role.text().strip(),
            self.new_table.text().strip(),
        )
        known = any(name_key(p.name) == name_key(name) for p in self.people_model.people)
        store, wid = self.session.store, self.session.workshop_id
        if not self._change(
            self.tr("Add participant"),
            lambda: api.paste_participants(store, wid, [line]),
            self.add_participant,
        ):
            return
        self.status.setText(
            self.tr("%1 was already listed: updated.").replace("%1", name)
            if known
            else self.tr("%1 added.").replace("%1", name)
        )
        for edit in (self.new_name, self.new_organisation, self.new_role):
            edit.clear()
        self.new_name.setFocus()

    def edit_participant(self, person_id: uuid.UUID, field: str, value: str) -> None:
        if field == "name" and not value:
            self.banner.show_error(self.tr("A participant needs a name."))
            return
        store = self.session.store
        arguments = {field: value}
        self._change(
            self.tr("Edit participant"),
            lambda: api.update_participant(store, person_id, **arguments),
            lambda: self.edit_participant(person_id, field, value),
        )

    def remove_selected_participants(self) -> None:
        ids = self.selected_participants()
        if not ids:
            return
        store = self.session.store
        if self._change(
            self.tr("Remove %n participant(s)", "", len(ids)),
            lambda: api.remove_participants(store, ids),
            self.remove_selected_participants,
        ):
            self.status.setText(self.tr("%n participant(s) removed.", "", len(ids)))

    def paste_participants(self) -> PasteDialog:
        dialog = PasteDialog([p.name for p in self.people_model.people], self)
        dialog.accepted.connect(lambda: self._paste_from(dialog))
        dialog.finished.connect(dialog.deleteLater)
        self.paste_dialog = dialog
        dialog.open()
        return dialog

    def _paste_from(self, dialog: PasteDialog) -> None:
        text = dialog.edit.toPlainText()
        summary = dialog.summary.text()
        store, wid = self.session.store, self.session.workshop_id
        if self._change(
            self.tr("Paste participants"),
            lambda: api.paste_participants(store, wid, text),
            lambda: self._paste_again(text),
        ):
            self.status.setText(summary)

    def _paste_again(self, text: str) -> None:
        store, wid = self.session.store, self.session.workshop_id
        self._change(
            self.tr("Paste participants"),
            lambda: api.paste_participants(store, wid, text),
            lambda: self._paste_again(text),
        )

    def rename_organisation(self, org_id: uuid.UUID, name: str) -> None:
        other = next(
            (
                r.organisation
                for r in self.orgs_model.rows
                if r.organisation.id != org_id and name_key(r.organisation.name) == name_key(name)
            ),
            None,
        )
        if other is not None:
            self.banner.show_error(
                self.tr("“%1” is already an organisation of this workshop: select both and merge.")
                .replace("%1", other.name)
            )
            return
        store = self.session.store
        self._change(
            self.tr("Rename organisation"),
            lambda: api.rename_organisation(store, org_id, name),
            lambda: self.rename_organisation(org_id, name),
        )

    def merge_selected_organisations(self) -> MergeDialog | None:
        chosen = self.selected_organisations()
        if not chosen:
            return None
        others = [r.organisation for r in self.orgs_model.rows if r.organisation not in chosen]
        if len(chosen) == 1 and not others:
            return None
        dialog = MergeDialog(chosen, others, self)
        dialog.accepted.connect(lambda: self._merge_from(dialog))
        dialog.finished.connect(dialog.deleteLater)
        self.merge_dialog = dialog
        dialog.open()
        return dialog

    def _merge_from(self, dialog: MergeDialog) -> None:
        self.merge(dialog.kept(), [o.id for o in dialog.merged()])

    def merge(self, kept: uuid.UUID, merged: list[uuid.UUID]) -> None:
        store = self.session.store
        if self._change(
            self.tr("Merge organisations"),
            lambda: api.merge_organisations(store, kept, merged),
            lambda: self.merge(kept, merged),
        ):
            self._select(self.orgs_view, {kept})
            self._update_buttons()
            name = next((r.organisation.name for r in self.orgs_model.rows
                         if r.organisation.id == kept), "")
            self.status.setText(
                self.tr("%n organisation(s) merged into %1.", "", len(merged)).replace("%1", name)
            )

    def remove_selected_organisation(self) -> None:
        chosen = self.selected_organisations()
        if len(chosen) != 1:
            return
        store, org_id = self.session.store, chosen[0].id
        self._change(
            self.tr("Remove organisation"),
            lambda: api.remove_organisation(store, org_id),
            self.remove_selected_organisation,
        )
