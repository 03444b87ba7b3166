"""The futures workspace: desirable futures at the horizon, their narrative, the drivers
they answer, and the optional 2×2 built from two key uncertainties."""

from __future__ import annotations

import uuid
from typing import ClassVar

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from coopatelier import api
from coopatelier.domain.analysis import key_uncertainties
from coopatelier.domain.model import QUADRANTS, Card, CardKind, ScenarioAxes
from coopatelier.errors import KnownError
from coopatelier.services.changes import Changes
from coopatelier.ui.card_gestures import CardGestures
from coopatelier.ui.messages import user_message
from coopatelier.ui.views.base import FlippingSplitter, PhaseView, scrolling
from coopatelier.ui.views.card_editing import (
    CARD_ID_ROLE,
    QUADRANT_ROLE,
    CardForm,
    CardTableModel,
    CheckItem,
    CheckListModel,
    Column,
    RowHeights,
    current_card_ids,
    first_line,
    phase_votes,
    select_card,
    show_first_if_none,
    status_label,
)
from coopatelier.ui.views.cards import appended_cards, updated_cards
from coopatelier.ui.views.delegates import (
    FIT_ROWS,
    ElidingComboBox,
    ElidingLabel,
    NoteDelegate,
    WrappingListView,
)
from coopatelier.ui.views.tables import AppendingTable, ContentWidths, rows_height
from coopatelier.ui.workshop_session import WorkshopSession

#: Where each quadrant sits in the grid (row, column): high y on top, high x on the right.
GRID_PLACE = {"-+": (0, 0), "++": (0, 1), "--": (1, 0), "+-": (1, 1)}


def _as_id(data: object) -> uuid.UUID | None:
    return uuid.UUID(str(data)) if data else None


class _QuadrantFilter(QSortFilterProxyModel):
    def __init__(self, quadrant: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.quadrant = quadrant

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        model = self.sourceModel()
        return bool(model.index(source_row, 0, source_parent).data(QUADRANT_ROLE) == self.quadrant)


class FuturesView(PhaseView):
    def __init__(
        self, session: WorkshopSession, phase_id: uuid.UUID, parent: QWidget | None = None
    ) -> None:
        super().__init__(session, phase_id, parent)
        self._votes: dict[uuid.UUID, int] = {}
        self._vote_detail: dict[uuid.UUID, str] = {}
        self._axes: ScenarioAxes | None = None
        self._refreshing = False

        # the list of futures -----------------------------------------------------------------
        self.model = CardTableModel(
            [
                Column(self.tr("Future"), lambda c: first_line(c.heading)),
                Column(
                    self.tr("Votes"),
                    lambda c: self._votes.get(c.id, 0),
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                    lambda c: self._vote_detail.get(c.id, ""),
                ),
            ],
            self,
        )
        self.list = AppendingTable(self)
        self.list.setObjectName("futuresList")
        self.list.setAccessibleName(self.tr("Futures"))
        self.list.setModel(self.model)
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.verticalHeader().hide()  # numbers only matter on the actions chart
        self.list.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        # titles wrap: a row is as tall as its title at the column's width
        self.list.setWordWrap(True)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.row_heights = RowHeights(self.list)
        header = self.list.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # the votes as wide as their widest (``_fit_votes``): sized to its contents by the
        # header, the column was measured on the header's timer after each capture, which
        # laid every row out again and repainted the list
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        self._vote_widths = ContentWidths(self.list, (1,))
        self.list.lays_out_at_once = True
        self.list.selectionModel().currentRowChanged.connect(self._current_changed)
        self.gestures = CardGestures(self, self.list)

        # the editor --------------------------------------------------------------------------
        self.status = status_label(self)
        self.form = CardForm(self.session, self.status, lambda: self.tr("Edit future"), self)
        self.title_edit = QLineEdit(self)
        self.title_edit.setObjectName("futureTitle")
        self.title_edit.setAccessibleName(self.tr("Title of the future"))
        self.narrative_edit = QPlainTextEdit(self)
        self.narrative_edit.setObjectName("futureNarrative")
        self.narrative_edit.setAccessibleName(self.tr("Narrative"))
        self.narrative_edit.setPlaceholderText(self.tr("In 2030, …"))
        self.narrative_edit.setTabChangesFocus(True)
        # four lines at least, and the form's spare height (the whole tab scrolls below
        # its minimum: a 160-pixel minimum ran the narrative under the quadrant's combo
        # and made the window grow on a small screen)
        self.narrative_edit.setMinimumHeight(
            4 * self.narrative_edit.fontMetrics().lineSpacing()
            + 2 * int(self.narrative_edit.document().documentMargin())
            + 2 * self.narrative_edit.frameWidth())
        self.narrative_edit.setSizePolicy(
            QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.form.bind_line("title", self.title_edit)
        self.form.bind_text("narrative", self.narrative_edit)
        # a long quadrant name ends with "…" and is whole in the tooltip
        self.quadrant_combo = ElidingComboBox(self)
        self.quadrant_combo.setObjectName("futureQuadrant")
        self.quadrant_combo.setAccessibleName(self.tr("Quadrant of the 2×2"))
        self.quadrant_combo.activated.connect(self._quadrant_chosen)
        self.drivers_model = CheckListModel(self)
        self.drivers_model.toggled.connect(self._driver_toggled)
        self.drivers_list = WrappingListView(self)  # long drivers wrap, never scroll sideways
        self.drivers_list.setObjectName("futureDrivers")
        self.drivers_list.setAccessibleName(self.tr("Drivers this future answers"))
        self.drivers_list.setToolTip(
            self.tr("Check the drivers this future answers; key uncertainties are in bold.")
        )
        self.drivers_list.setModel(self.drivers_model)
        # as tall as its drivers: no third scroll area inside the scrolling form
        self.drivers_list.set_fit_to_contents(min_rows=2, max_rows=FIT_ROWS)

        editor = QWidget(self)
        form = QFormLayout(editor)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.caption = QLabel(editor)
        self.caption.setWordWrap(True)
        self.caption.setObjectName("futureCaption")
        form.addRow(self.caption)
        form.addRow(self._buddy(self.tr("&Title:"), self.title_edit), self.title_edit)
        form.addRow(self._buddy(self.tr("&Narrative:"), self.narrative_edit), self.narrative_edit)
        form.addRow(self._buddy(self.tr("&Quadrant:"), self.quadrant_combo), self.quadrant_combo)
        form.addRow(
            self._buddy(self.tr("&Drivers answered:"), self.drivers_list), self.drivers_list
        )

        # the 2×2 -----------------------------------------------------------------------------
        matrix = self._build_matrix()

        self.tabs = QTabWidget(self)
        self.tabs.addTab(scrolling(editor, "futureEditor"), self.tr("Future"))
        self.tabs.addTab(scrolling(matrix, "futuresMatrix"), self.tr("2×2 scenarios"))

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list)
        splitter = FlippingSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        # two fifths for the list from the start (the stretch factors only share what a
        # resize adds: the list stayed at its minimum, its titles one word a line)
        splitter.setSizes(self.SIZES[Qt.Orientation.Horizontal])
        self.splitter = splitter
        # titles wrap at word boundaries: the list keeps room for a long word
        left.setMinimumWidth(self.fontMetrics().averageCharWidth() * 26)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)
        self.refresh()

    def remembered_splitters(self) -> dict[str, QSplitter]:
        return {"futures": self.splitter}

    # the list's least width and a form whose narrative reads forty characters a line
    # beside its labels; narrower (both docks open on a laptop), the form goes under the
    # list and has the whole width: beside it the narrative was twelve characters wide
    SIDE_BY_SIDE_CHARS = 26 + 80
    # the list's and the form's shares, side by side and one under the other
    SIZES: ClassVar[dict[Qt.Orientation, list[int]]] = {
        Qt.Orientation.Horizontal: [2000, 3000], Qt.Orientation.Vertical: [1000, 3000]}
    # the futures the list keeps in view over the form
    STACKED_ROWS = 4

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        wide = (event.size().width()
                >= self.fontMetrics().averageCharWidth() * self.SIDE_BY_SIDE_CHARS)
        wanted = Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical
        if self.splitter.orientation() != wanted:
            # each direction keeps its own handle (``remembered_splitters``)
            self.splitter.turn(wanted, self.SIZES[wanted])
        # over the form, the list keeps four futures in view, a 2×2's worth (the workspace
        # scrolls; with three the demo's fourth future was out of sight)
        table = self.list
        default = table.verticalHeader().defaultSectionSize()
        heights = [max(default, table.rowHeight(row))
                   for row in range(min(self.STACKED_ROWS, table.model().rowCount()))]
        self.list.setMinimumHeight(0 if wide else rows_height(table, self.STACKED_ROWS, heights))

    def _buddy(self, text: str, widget: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(widget)
        return label

    def _build_matrix(self) -> QWidget:
        page = QWidget(self)
        # the box's title shares its line with the buttons: the quadrants keep that line
        axes_box = QGroupBox(page)
        axes_title = ElidingLabel(axes_box)  # never wider than the buttons leave it
        axes_title.set_full_text(self.tr("Axes from two key uncertainties"))
        axes_title.setStyleSheet("font-weight: bold;")
        self.x_driver = ElidingComboBox(axes_box)
        self.x_driver.setObjectName("xDriver")
        self.x_driver.setAccessibleName(self.tr("Driver of the horizontal axis"))
        self.y_driver = ElidingComboBox(axes_box)
        self.y_driver.setObjectName("yDriver")
        self.y_driver.setAccessibleName(self.tr("Driver of the vertical axis"))
        self.poles: dict[str, QLineEdit] = {}
        names = {
            "x_low": self.tr("Low pole of the horizontal axis"),
            "x_high": self.tr("High pole of the horizontal axis"),
            "y_low": self.tr("Low pole of the vertical axis"),
            "y_high": self.tr("High pole of the vertical axis"),
        }
        for key, name in names.items():
            edit = QLineEdit(axes_box)
            edit.setObjectName(key)
            edit.setAccessibleName(name)
            edit.setPlaceholderText(name)
            edit.setToolTip(name)
            edit.setMinimumWidth(self.fontMetrics().averageCharWidth() * 10)
            self.poles[key] = edit
            # a long pole shows its start, and all of it in the tooltip
            edit.textChanged.connect(lambda text, e=edit, n=name: e.setToolTip(text or n))
            edit.editingFinished.connect(lambda e=edit: e.setCursorPosition(0))
        for combo in (self.x_driver, self.y_driver):
            combo.setMinimumContentsLength(5)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
        # one line per axis (driver, low pole, high pole): the board keeps the height
        grid = QGridLayout(axes_box)
        grid.addWidget(QLabel(self.tr("Horizontal axis:"), axes_box), 1, 0)
        grid.addWidget(self.x_driver, 1, 1)
        grid.addWidget(self.poles["x_low"], 1, 2)
        grid.addWidget(self.poles["x_high"], 1, 3)
        grid.addWidget(QLabel(self.tr("Vertical axis:"), axes_box), 2, 0)
        grid.addWidget(self.y_driver, 2, 1)
        grid.addWidget(self.poles["y_low"], 2, 2)
        grid.addWidget(self.poles["y_high"], 2, 3)
        # the poles get most of the line (a pole is a phrase, the driver is named in its
        # drop-down list's tooltip and on the board)
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(2, 3)
        grid.setColumnStretch(3, 3)
        self.save_axes_button = QPushButton(self.tr("Save axes"), axes_box)
        self.save_axes_button.clicked.connect(self.save_axes)
        self.seed_button = QPushButton(self.tr("Seed four futures"), axes_box)
        self.seed_button.setObjectName("seedFutures")
        self.seed_button.setToolTip(
            self.tr("Create one future per quadrant, named after its two poles.")
        )
        self.seed_button.clicked.connect(self.seed_futures)
        top = QHBoxLayout()
        top.addWidget(axes_title)
        top.addStretch(1)
        top.addWidget(self.save_axes_button)
        top.addWidget(self.seed_button)
        grid.addLayout(top, 0, 0, 1, 4)

        board = QWidget(page)
        board_grid = QGridLayout(board)
        self.axis_labels = {
            "y_high": ElidingLabel(board), "y_low": ElidingLabel(board),
            "x_low": ElidingLabel(board, lines=2), "x_high": ElidingLabel(board, lines=2),
        }
        # the vertical poles above and below the board (the whole width: one line), the
        # horizontal ones under its left and right columns (half of it: two lines), "…"
        # and the tooltip only for a longer one, so that the quadrants keep the height
        for key, label in self.axis_labels.items():
            label.setStyleSheet("font-weight: bold; color: #444;")
            label.setAlignment({
                "x_low": Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                "x_high": Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
            }.get(key, Qt.AlignmentFlag.AlignCenter))
        board_grid.addWidget(self.axis_labels["y_high"], 0, 0, 1, 2)
        board_grid.addWidget(self.axis_labels["x_low"], 3, 0)
        board_grid.addWidget(self.axis_labels["x_high"], 3, 1)
        board_grid.addWidget(self.axis_labels["y_low"], 4, 0, 1, 2)
        self.cells: dict[str, QListView] = {}
        for quadrant, (row, column) in GRID_PLACE.items():
            proxy = _QuadrantFilter(quadrant, self)
            proxy.setSourceModel(self.model)
            cell = WrappingListView(board)
            cell.set_items_follow_height()
            cell.setObjectName(f"quadrant{quadrant}")
            cell.setModel(proxy)
            cell.setModelColumn(0)
            cell.setSpacing(2)
            # each future with as much of its narrative as the quadrant's height holds: the
            # quadrant reads as a story
            cell.setItemDelegate(NoteDelegate(cell, self._narrative_of, fill=True))
            cell.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            cell.setStyleSheet("QListView { background: #f6f8fb; }")
            cell.activated.connect(self._cell_activated)
            cell.clicked.connect(self._cell_activated)
            self.cells[quadrant] = cell
            board_grid.addWidget(cell, row + 1, column)
        board_grid.setColumnStretch(0, 1)
        board_grid.setColumnStretch(1, 1)
        board_grid.setRowStretch(1, 1)
        board_grid.setRowStretch(2, 1)

        layout = QVBoxLayout(page)
        layout.addWidget(axes_box)
        layout.addWidget(board, 1)
        return page

    # refresh ---------------------------------------------------------------------------------
    def refresh(self, changes: Changes | None = None) -> None:
        if self._refresh_rows(changes):
            return
        data = self.session.data()
        self._refreshing = True
        try:
            votes = phase_votes(data, self.phase_id)
            self._votes, self._vote_detail = votes.totals, votes.detail
            self.model.set_header(1, votes.header, votes.header_tip)
            self._axes = data.axes
            futures = [c for c in self.session.cards_of_phase(self.phase_id)
                       if c.kind is CardKind.FUTURE]
            current = self.form.card_id
            self.model.set_cards(futures)
            self._fit_votes()
            drivers = list(data.cards_of_kind(CardKind.DRIVER))
            keys = key_uncertainties(drivers)
            key_ids = {c.id for c in keys}
            self.drivers_model.set_items(
                CheckItem(
                    d.id,
                    first_line(d.heading),
                    self.tr("Key uncertainty: {driver}").format(driver=d.heading)
                    if d.id in key_ids else d.heading,
                    d.id in key_ids,
                )
                for d in drivers
            )
            self._fill_driver_combos(keys, drivers)
            self._fill_quadrant_combo()
            self._update_axis_labels()
            card = next((c for c in futures if c.id == current), None)
            if card is None and current is not None:
                self.form.set_card(None)
            if card is not None:
                select_card(self.list, self.model, card.id)
            elif futures and self.list.currentIndex().row() < 0:
                self.list.setCurrentIndex(self.model.index(0, 0))
            self._show(self._current_card())
        finally:
            self._refreshing = False

    def _refresh_rows(self, changes: Changes | None) -> bool:
        """A capture appends its row, an edit of futures updates their rows: the phase's
        other futures, the drivers and the axes are not read again. False: re-read all."""
        appended = appended_cards(self, changes)
        if appended and all(c.kind is CardKind.FUTURE for c in appended):
            self.model.append_cards(appended)
            self._fit_votes()
            show_first_if_none(self)  # the first future: select it
            self.list.reveal_inserted()  # the new card in sight
            return True
        updated = updated_cards(self, changes, lambda i: self.model.card(self.model.row_of(i)))
        if not updated or any(c.kind is not CardKind.FUTURE for c in updated):
            return False
        for card in updated:
            self.model.update_card(card)
        self._fit_votes()
        current = self._current_card()
        if current is not None and current.id in {c.id for c in updated}:
            self._show(current)
        return True

    def _fit_votes(self) -> None:
        """The votes' column as wide as its widest cell or its heading (the cells are
        measured once, then only the rows appended)."""
        header = self.list.horizontalHeader()
        wanted = self._vote_widths.fitted(1)
        if header.sectionSize(1) != wanted:
            header.resizeSection(1, wanted)

    def _narrative_of(self, card_id: uuid.UUID) -> str:
        row = self.model.row_of(card_id)
        card = self.model.card(row)
        return card.narrative if card is not None else ""

    def _current_card(self) -> Card | None:
        return self.model.card(self.list.currentIndex().row())

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not self._refreshing:
            self._show(self.model.card(current.row()))

    def _show(self, card: Card | None) -> None:
        if card is None or card.id != self.form.card_id:
            self.form.set_card(card)
        else:
            self.form.load(card)
        enabled = card is not None
        for widget in (self.title_edit, self.narrative_edit, self.quadrant_combo,
                       self.drivers_list):
            widget.setEnabled(enabled)
        self.drivers_model.set_enabled(enabled)
        if card is None:
            self.caption.setText(self.tr("Capture a future, then select it to write its story."))
            self.drivers_model.set_checked(())
            self.quadrant_combo.setCurrentIndex(0)
            return
        self.title_edit.setPlaceholderText(first_line(card.text))
        self.caption.setText(self.tr("Captured as: {text}").format(text=first_line(card.text)))
        self.drivers_model.set_checked(card.links)
        self.quadrant_combo.setCurrentIndex(max(0, self.quadrant_combo.findData(card.quadrant)))
        self.quadrant_combo.setToolTip(self.quadrant_combo.currentText())

    def _fill_driver_combos(self, keys: list[Card], drivers: list[Card]) -> None:
        ordered = keys + [d for d in drivers if d not in keys]
        key_ids = {k.id for k in keys}
        axes = self._axes
        defaults = [k.id for k in keys[:2]] + [None, None]
        for combo, saved, default in (
            (self.x_driver, axes.x_driver_id if axes else None, defaults[0]),
            (self.y_driver, axes.y_driver_id if axes else None, defaults[1]),
        ):
            current: str | None
            if saved is not None:
                current = str(saved)
            elif combo.count() and combo.currentData() is not None:
                current = combo.currentData()
            else:
                current = str(default) if default else None
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("No driver"), None)
            for d in ordered:
                label = (
                    self.tr("{driver} (key uncertainty)").format(driver=first_line(d.heading, 80))
                    if d.id in key_ids else first_line(d.heading, 80)
                )
                combo.addItem(label, str(d.id))  # findData compares objects by identity
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)
            combo.setToolTip(combo.currentText())
        if axes is not None:
            for key, edit in self.poles.items():
                value = getattr(axes, key)
                if not edit.hasFocus() and edit.text() != value:
                    edit.setText(value)
                    edit.setCursorPosition(0)

    def _pole_name(self, key: str) -> str:
        axes = self._axes
        return getattr(axes, key) if axes is not None else ""

    def quadrant_label(self, quadrant: str) -> str:
        """How a quadrant reads: its two poles when they are named."""
        x = self._pole_name("x_high" if quadrant[0] == "+" else "x_low")
        y = self._pole_name("y_high" if quadrant[1] == "+" else "y_low")
        if x and y:
            return f"{x} · {y}"
        fallback = {
            "++": self.tr("High horizontal, high vertical"),
            "-+": self.tr("Low horizontal, high vertical"),
            "--": self.tr("Low horizontal, low vertical"),
            "+-": self.tr("High horizontal, low vertical"),
        }
        return fallback[quadrant]

    def _fill_quadrant_combo(self) -> None:
        combo = self.quadrant_combo
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("No quadrant"), "")
        for quadrant in QUADRANTS:
            combo.addItem(self.quadrant_label(quadrant), quadrant)
        combo.blockSignals(False)

    def _update_axis_labels(self) -> None:
        data = self.session.data()
        axes = self._axes
        for key, label in self.axis_labels.items():
            pole = self._pole_name(key)
            driver_id: uuid.UUID | None = (
                (axes.x_driver_id if key.startswith("x") else axes.y_driver_id) if axes else None
            )
            driver = next((c for c in data.cards if c.id == driver_id), None)
            high = key.endswith("high")
            if pole:
                text = pole
            elif driver is not None:
                text = (self.tr("{driver}: high") if high else self.tr("{driver}: low")).format(
                    driver=first_line(driver.heading, 60)
                )
            else:
                text = self.tr("High") if high else self.tr("Low")
            label.set_full_text(text, {"y_high": "↑ ", "x_low": "← "}.get(key, ""),
                                {"y_low": " ↓", "x_high": " →"}.get(key, ""))

    # edits -----------------------------------------------------------------------------------
    def _quadrant_chosen(self, _index: int) -> None:
        self.form.flush()
        self.form.save({"quadrant": self.quadrant_combo.currentData() or ""})

    def _driver_toggled(self, _driver_id: uuid.UUID, _on: bool) -> None:
        card = self.form.card()
        if card is None:
            return
        self.form.flush()
        checked = set(self.drivers_model.checked_ids())
        driver_ids = set(self.drivers_model.item_ids())
        # keep links to anything that is not a driver, then the checked drivers in list order
        links = [i for i in card.links if i not in driver_ids] + [
            i for i in self.drivers_model.item_ids() if i in checked
        ]
        if not self.form.save({"links": tuple(links)}):
            self.drivers_model.set_checked(card.links)

    def _cell_activated(self, index: QModelIndex) -> None:
        card_id = index.data(CARD_ID_ROLE)
        if card_id is not None:
            select_card(self.list, self.model, card_id)

    def _axes_values(self) -> dict[str, object]:
        return {
            "x_driver_id": _as_id(self.x_driver.currentData()),
            "y_driver_id": _as_id(self.y_driver.currentData()),
            **{key: edit.text() for key, edit in self.poles.items()},
        }

    def _old_axes(self) -> dict[str, object]:
        axes = self.session.data().axes
        if axes is None:
            return {"x_driver_id": None, "y_driver_id": None,
                    "x_low": "", "x_high": "", "y_low": "", "y_high": ""}
        return {key: getattr(axes, key) for key in
                ("x_driver_id", "y_driver_id", "x_low", "x_high", "y_low", "y_high")}

    def save_axes(self) -> bool:
        store, workshop_id = self.session.store, self.session.workshop_id
        new, old = self._axes_values(), self._old_axes()
        if new == old:
            return True
        try:
            self.session.execute(
                self.tr("Set the 2×2 axes"),
                lambda: api.set_axes(store, workshop_id, **new),  # type: ignore[arg-type]
                lambda: api.set_axes(store, workshop_id, **old),  # type: ignore[arg-type]
            )
        except KnownError as error:
            self.status.setText(user_message(error))
            return False
        self.status.clear()
        return True

    def seed_futures(self) -> list[uuid.UUID]:
        """Save the axes and create one future per quadrant, as one undoable step."""
        self.form.flush()
        store, workshop_id, phase_id = self.session.store, self.session.workshop_id, self.phase_id
        new_axes, old_axes = self._axes_values(), self._old_axes()
        self._axes_preview(new_axes)
        titles = [(q, self.quadrant_label(q)) for q in QUADRANTS]
        created: list[uuid.UUID] = []

        def first() -> Changes:
            changes = api.set_axes(store, workshop_id, **new_axes)  # type: ignore[arg-type]
            for quadrant, title in titles:
                done = api.add_card(store, phase_id, title, kind=CardKind.FUTURE, title=title,
                                    quadrant=quadrant)
                created.append(done.new_id)
                changes = changes | done
            return changes

        def undo() -> Changes:
            return api.delete_cards(store, created) | api.set_axes(
                store, workshop_id, **old_axes  # type: ignore[arg-type]
            )

        def redo() -> Changes:
            return api.set_axes(store, workshop_id, **new_axes) | api.restore_cards(  # type: ignore[arg-type]
                store, created
            )

        try:
            self.session.execute(self.tr("Seed four futures"), first, undo, redo)
        except KnownError as error:
            if created:  # a later step was refused: take back what was made
                api.delete_cards(store, created)
                self.session.notify(Changes(workshop_id=workshop_id))
            self.status.setText(user_message(error))
            self._axes = self.session.data().axes
            return []
        self.status.clear()
        return created

    def _axes_preview(self, values: dict[str, object]) -> None:
        """Name quadrants from the poles as typed, before they are saved."""
        base = self._axes
        if base is None:
            base = ScenarioAxes(self.session.workshop_id, None, None, "", "", "", "",
                                self.session.data().workshop.updated_at)
        self._axes = ScenarioAxes(
            base.workshop_id,
            values["x_driver_id"],  # type: ignore[arg-type]
            values["y_driver_id"],  # type: ignore[arg-type]
            str(values["x_low"]), str(values["x_high"]), str(values["y_low"]),
            str(values["y_high"]), base.updated_at,
        )

    def selected_card_ids(self) -> list[uuid.UUID]:
        return current_card_ids(self.list, self.model)
