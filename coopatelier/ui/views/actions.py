"""The actions workspace: concrete first actions, who leads them, which partners take which
role, when, with what; and the impact × effort view."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import (
    QByteArray,
    QDataStream,
    QEvent,
    QIODevice,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
)
from PySide6.QtGui import QKeyEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from coopatelier import api
from coopatelier.domain.model import Card, CardKind
from coopatelier.errors import KnownError
from coopatelier.services.changes import Changes
from coopatelier.ui.card_gestures import CardGestures
from coopatelier.ui.messages import user_message
from coopatelier.ui.views.actions_partners import (
    ADD_ORGANISATION,
    ImpactEffortChart,
    PartnersEditor,
    fill_organisations,
)
from coopatelier.ui.views.base import PhaseView, scrolling
from coopatelier.ui.views.card_editing import (
    CardForm,
    CardTableModel,
    CheckItem,
    CheckListModel,
    Column,
    UnsetSpinBox,
    current_card_ids,
    first_line,
    phase_votes,
    select_card,
    show_first_if_none,
    status_label,
)
from coopatelier.ui.views.cards import appended_cards, updated_cards
from coopatelier.ui.views.combo import ElidingComboBox
from coopatelier.ui.views.delegates import FIT_ROWS, WrappingListView
from coopatelier.ui.views.tables import (
    AppendingTable,
    ContentWidths,
    NumberHeader,
    rows_height,
)
from coopatelier.ui.workshop_session import WorkshopSession

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class _NewOrganisationEdit(QLineEdit):
    """Where the name of a new organisation is typed; Escape gives up."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.clear()
            row = self.parentWidget()
            if row is not None:
                row.hide()
            return
        super().keyPressEvent(event)


class SharedSplitter(QSplitter):
    """A splitter whose panes share its length alike at alike sizes: as the facilitator
    last dragged its handle in this orientation, else by ``shares`` (per orientation).
    Left to QSplitter, the shares drifted as the window went wide, narrow and wide again
    and the orientation flipped (the sizes in one orientation carried over to the other):
    the actions table lost 5 to 110 pixels on each round trip."""

    def __init__(self, orientation: Qt.Orientation, parent: QWidget | None = None) -> None:
        super().__init__(orientation, parent)
        #: the default share of each pane, per orientation
        self.shares: dict[Qt.Orientation, list[int]] = {}
        #: called after each share (the view's own adjustments)
        self.shared: Callable[[], None] | None = None
        self._dragged: dict[Qt.Orientation, list[int]] = {}
        self.splitterMoved.connect(self._moved)

    def _moved(self, _position: int, _index: int) -> None:
        self._dragged[self.orientation()] = self.sizes()

    def restoreState(self, state: QByteArray | bytes | bytearray | memoryview) -> bool:
        """Restored where the facilitator left it (``remembered_splitters``): the sizes
        read from the state, as the splitter may not be laid out yet (its sizes then are
        a few pixels each)."""
        restored = super().restoreState(state)
        data = state if isinstance(state, QByteArray) else QByteArray(bytes(state))
        stream = QDataStream(data, QIODevice.OpenModeFlag.ReadOnly)
        stream.setVersion(QDataStream.Version.Qt_5_0)  # QSplitter.saveState's
        stream.readInt32()  # QSplitter's marker
        stream.readInt32()  # its version
        sizes = [stream.readInt32() for _ in range(stream.readUInt32())]
        if restored and stream.status() == QDataStream.Status.Ok and len(sizes) == self.count():
            self._dragged[self.orientation()] = sizes
        return restored

    def share(self) -> None:
        """Share the panes' length now as dragged, else by default."""
        sizes = self._dragged.get(self.orientation()) or self.shares.get(self.orientation())
        now = self.sizes()
        length, weights = sum(now), sum(sizes or ())
        if sizes and length > 0 and weights > 0:
            wanted = [round(size * length / weights) for size in sizes]
            if wanted != now:
                self.setSizes(wanted)
        if self.shared is not None:
            self.shared()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.share()


class ActionsView(PhaseView):
    #: the chart's least size under the actions table (its dots shrink to fit): at 360 ×
    #: 280 the actions phase alone made the window grow wider and taller beside the docks
    CHART_WIDTH = 280
    CHART_HEIGHT = 220
    #: the table's least width beside the chart, in characters: its title and lead whole-ish
    TABLE_CHARS = 46
    #: the form's height under the table, in lines of text, when the phase has room for
    #: more than the table and chart: its title, description and lead in sight
    FORM_LINES = 16
    #: the least height, in lines, of a form under the table that scrolls on its own
    #: (title, description and lead); with less room it takes its whole height and the
    #: phase scrolls instead — never both (rt7: two nested scroll bars)
    FORM_LEAST_LINES = 9

    def __init__(
        self, session: WorkshopSession, phase_id: uuid.UUID, parent: QWidget | None = None
    ) -> None:
        super().__init__(session, phase_id, parent)
        self._votes: dict[uuid.UUID, int] = {}
        self._vote_detail: dict[uuid.UUID, str] = {}
        self._org_names: dict[uuid.UUID, str] = {}
        self._refreshing = False
        #: the phase's scroll area around this view (the window's), watched for its height
        self._outer: QAbstractScrollArea | None = None
        self.form_page: QWidget | None = None
        # the form's height is fitted once the layouts a resize or a flip asks for are
        # done (measured during the resize, the splitters' minimums were the old ones)
        self._fit_height_timer = QTimer(self)
        self._fit_height_timer.setSingleShot(True)
        self._fit_height_timer.setInterval(0)
        self._fit_height_timer.timeout.connect(self._fit_form_height)
        #: who gets the organisation being added: "lead" or a partner row index
        self._org_target: str | int = "lead"

        # list and chart ----------------------------------------------------------------------
        self.model = CardTableModel(
            [
                Column(self.tr("Action"), lambda c: first_line(c.heading)),
                Column(self.tr("Lead"), lambda c: self._org_names.get(
                    c.lead_organisation_id, "") if c.lead_organisation_id else ""),
                Column(self.tr("Year"), lambda c: c.horizon_year, RIGHT),
                Column(self.tr("Impact"), lambda c: c.impact, RIGHT),
                Column(self.tr("Effort"), lambda c: c.effort, RIGHT),
                Column(self.tr("Votes"), lambda c: self._votes.get(c.id, 0), RIGHT,
                       lambda c: self._vote_detail.get(c.id, "")),
            ],
            self,
        )
        self.list = AppendingTable(self)
        self.list.lays_out_at_once = True  # rows of one height, no column to its contents
        self.list.setVerticalHeader(NumberHeader(self.list))
        self.list.setObjectName("actionsList")
        self.list.setAccessibleName(self.tr("Actions"))
        self.list.setModel(self.model)
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setWordWrap(False)
        self.list.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.list.verticalHeader().setToolTip(self.tr("Number of the action on the chart"))
        header = self.list.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        for column in range(2, 6):  # as wide as their contents (_fit_columns)
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
        self._contents = ContentWidths(self.list, range(1, 6))
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.installEventFilter(self)
        self.list.selectionModel().currentRowChanged.connect(self._current_changed)
        self.gestures = CardGestures(self, self.list)
        self.chart = ImpactEffortChart(self)
        self.chart.card_clicked.connect(self._chart_clicked)

        # the form ----------------------------------------------------------------------------
        self.status = status_label(self)
        self.form = CardForm(self.session, self.status, lambda: self.tr("Edit action"), self)
        page = QWidget(self)
        form = QFormLayout(page)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # a narrow panel puts the fields under their labels rather than scrolling sideways
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form_layout = form
        self.caption = QLabel(page)
        self.caption.setWordWrap(True)
        form.addRow(self.caption)

        self.title_edit = self._line("title", self.tr("Title"), page)
        form.addRow(self._buddy(self.tr("&Title:"), self.title_edit), self.title_edit)
        self.description_edit = QPlainTextEdit(page)
        self.description_edit.setObjectName("description")
        self.description_edit.setAccessibleName(self.tr("Description"))
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setFixedHeight(76)
        self.form.bind_text("description", self.description_edit)
        form.addRow(self._buddy(self.tr("&Description:"), self.description_edit),
                    self.description_edit)

        self.lead_combo = ElidingComboBox(page)
        self.lead_combo.setObjectName("lead")
        self.lead_combo.setAccessibleName(self.tr("Lead organisation"))
        self.lead_combo.setToolTip(self.tr("The organisation that leads this action."))
        self.lead_combo.setMinimumContentsLength(12)
        self.lead_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.lead_combo.activated.connect(self._lead_chosen)
        form.addRow(self._buddy(self.tr("&Lead organisation:"), self.lead_combo),
                    self.lead_combo)
        self.new_org_row = QWidget(page)
        self.new_org_edit = _NewOrganisationEdit(self.new_org_row)
        self.new_org_edit.setObjectName("newOrganisation")
        self.new_org_edit.setAccessibleName(self.tr("Name of the new organisation"))
        self.new_org_edit.setPlaceholderText(
            self.tr("Name of the new organisation, then Enter (Escape to cancel)")
        )
        self.new_org_edit.returnPressed.connect(self.add_organisation)
        new_org_layout = QHBoxLayout(self.new_org_row)
        new_org_layout.setContentsMargins(0, 0, 0, 0)
        new_org_layout.addWidget(self.new_org_edit)
        self.new_org_row.hide()
        form.addRow("", self.new_org_row)

        self.partners = PartnersEditor(page)
        self.partners.setObjectName("partners")
        self.partners.changed.connect(self._partners_changed)
        self.partners.add_organisation_requested.connect(self._partner_wants_organisation)
        # the partners take the whole width, under their label
        form.addRow(QLabel(self.tr("Partners and roles:"), page))
        form.addRow(self.partners)

        workshop = self.session.data().workshop
        self._year_none = workshop.date.year - 1
        self.year_spin = UnsetSpinBox(page)
        self.year_spin.setObjectName("year")
        self.year_spin.setAccessibleName(self.tr("Year of the action"))
        self.year_spin.setRange(self._year_none, workshop.horizon_year)
        self.year_spin.setSpecialValueText(self.tr("Not set"))
        self.form.bind_spin("horizon_year", self.year_spin, self._year_none)
        form.addRow(self._buddy(self.tr("&Year:"), self.year_spin), self.year_spin)

        self.first_step_edit = self._line("first_step", self.tr("First step"), page)
        form.addRow(self._buddy(self.tr("&First step:"), self.first_step_edit),
                    self.first_step_edit)
        self.means_edit = self._line("means", self.tr("Means"), page)
        form.addRow(self._buddy(self.tr("&Means:"), self.means_edit), self.means_edit)
        self.indicator_edit = self._line("indicator", self.tr("Indicator"), page)
        form.addRow(self._buddy(self.tr("I&ndicator:"), self.indicator_edit),
                    self.indicator_edit)

        self.impact_spin = self._rating("impact", self.tr("Impact, from 1 to 5"), page)
        self.effort_spin = self._rating("effort", self.tr("Effort, from 1 to 5"), page)
        ratings = QHBoxLayout()
        ratings.addWidget(self.impact_spin)
        ratings.addWidget(self._buddy(self.tr("&Effort:"), self.effort_spin))
        ratings.addWidget(self.effort_spin)
        ratings.addStretch(1)
        form.addRow(self._buddy(self.tr("&Impact:"), self.impact_spin), ratings)

        self.futures_model = CheckListModel(self)
        self.futures_model.toggled.connect(self._future_toggled)
        self.futures_list = WrappingListView(page)
        self.futures_list.setObjectName("futuresLinks")
        self.futures_list.setAccessibleName(self.tr("Futures this action serves"))
        self.futures_list.setToolTip(self.tr("Check the futures this action moves towards."))
        self.futures_list.setModel(self.futures_model)
        # as tall as its futures: no empty box, no scrolling inside the scrolling form
        self.futures_list.set_fit_to_contents(min_rows=2, max_rows=FIT_ROWS)
        form.addRow(self._buddy(self.tr("Futures &served:"), self.futures_list),
                    self.futures_list)

        scroll = scrolling(page, "actionForm", self)
        # the form's fields shrink and its long rows wrap; on a window narrowed beside both
        # docks, below the form's own minimum, it scrolls sideways (its minimum as the
        # pane's made the window grow wider on showing the actions phase)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self._form_width = (page.minimumSizeHint().width()
                            + scroll.verticalScrollBar().sizeHint().width())
        scroll.setMinimumWidth(min(self._form_width, self.fontMetrics().averageCharWidth() * 32))
        self.form_scroll = scroll
        self.form_page = page
        page.installEventFilter(self)  # a partner row added: the whole form's height
        scroll.installEventFilter(self)  # its width: its whole height wrapped anew

        # the table over its chart, three fifths of the height for the table (at an even
        # share, a 280-pixel chart left the table one row at 1366 × 768); the chart is
        # shorter at its least and can be dragged away (collapsed) for more rows; the
        # window remembers where the handle was left (``remembered_splitters``)
        self.chart.setMinimumSize(self.CHART_WIDTH, self.CHART_HEIGHT)
        left = SharedSplitter(Qt.Orientation.Vertical, self)
        left.setObjectName("actionsChartSplitter")
        left.shares = {Qt.Orientation.Vertical: [3, 2], Qt.Orientation.Horizontal: [3, 2]}
        left.addWidget(self.list)
        left.addWidget(self.chart)
        left.setStretchFactor(0, 3)
        left.setStretchFactor(1, 2)
        left.setCollapsible(0, False)
        left.setCollapsible(1, True)
        left.setSizes([3000, 2000])
        self.chart_splitter = left
        splitter = SharedSplitter(Qt.Orientation.Horizontal, self)
        splitter.shared = self._fit_form
        splitter.addWidget(left)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        self.form_splitter = splitter
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)
        self.refresh()

    def remembered_splitters(self) -> dict[str, QSplitter]:
        return {"actions_chart": self.chart_splitter}

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange(event.size().width())

    def _arrange(self, width: int) -> None:
        """Beside the table when both fit whole, else under it (the table and chart side by
        side above): beside both docks on a laptop, the table read "Make the …", "M…" and
        the form's fields ran under its right edge, scrolling sideways. Narrower still, the
        chart goes under the table too: beside it the table had 240 pixels ("Pére…", its
        lead "…", its headings cut), and a readable table comes first."""
        handle = self.form_splitter.handleWidth()
        readable = max(self.CHART_WIDTH, self.fontMetrics().averageCharWidth() * 50)
        side_by_side = width >= readable + self._form_width + handle
        table_beside_chart = (
            width >= self.fontMetrics().averageCharWidth() * self.TABLE_CHARS
            + self.CHART_WIDTH + handle)
        outer = Qt.Orientation.Horizontal if side_by_side else Qt.Orientation.Vertical
        inner = (Qt.Orientation.Horizontal if not side_by_side and table_beside_chart
                 else Qt.Orientation.Vertical)
        # the form under the table (and chart): the table and chart over it have the
        # larger share when stacked
        self.form_splitter.shares = {
            Qt.Orientation.Horizontal: [1, 1],
            Qt.Orientation.Vertical: [2, 3] if table_beside_chart else [3, 2],
        }
        if self.form_splitter.orientation() != outer:
            self.form_splitter.setOrientation(outer)
        # all stacked, the table keeps four rows over the chart (the workspace scrolls up
        # and down to the form); it showed one
        stacked = outer == inner == Qt.Orientation.Vertical
        self.list.setMinimumHeight(rows_height(self.list, 4) if stacked else 0)
        if self.chart_splitter.orientation() != inner:
            # the shares kept (the handle the facilitator left, ``remembered_splitters``)
            self.chart_splitter.setOrientation(inner)
        # shared alike at alike sizes, whichever orientation they had before
        self.form_splitter.share()
        self.chart_splitter.share()
        self._fit_height_timer.start()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        outer = self._outer_scroll()
        if outer is not self._outer:
            if self._outer is not None:
                self._outer.viewport().removeEventFilter(self)
            self._outer = outer
            if outer is not None:
                outer.viewport().installEventFilter(self)
        self._fit_height_timer.start()

    def _outer_scroll(self) -> QAbstractScrollArea | None:
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QAbstractScrollArea):
            parent = parent.parentWidget()
        return parent

    def form_scrolls(self) -> bool:
        """Whether the form scrolls on its own (beside the table, or under it with room for
        its first fields), rather than taking its whole height in the scrolling phase."""
        return (self.form_scroll.verticalScrollBarPolicy()
                != Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def _fit_form_height(self) -> None:
        """One scroll bar at a time for the form (rt7: at 1366×768 beside both docks the
        form scrolled inside the scrolling phase; the wheel moved both, the field wanted
        jumped away). Beside the table, the form scrolls on its own. Under it, when the
        phase's height leaves the form its first fields under the table and chart, the
        form takes that room and scrolls on its own, the phase does not: the table stays
        in view while the selected action's fields are filled in. With less room the
        form takes its whole height, without a scroll bar of its own, and the phase
        scrolls down to it (squeezed, it was a 70-pixel strip scrolling on its own)."""
        scroll, line = self.form_scroll, self.fontMetrics().height()
        if self.form_splitter.orientation() == Qt.Orientation.Horizontal:
            wanted, own = 0, True
        else:
            room = self._room_for_form()
            if room is None or room >= line * self.FORM_LEAST_LINES:
                own = True
                wanted = line * self.FORM_LEAST_LINES if room is None else min(
                    room, line * self.FORM_LINES)
            else:
                own = False
                page = self.form_page
                assert page is not None
                # the view's width (the form's under the table), not the scroll area's:
                # not laid out yet while the window is being resized
                layout = self.layout()
                assert layout is not None
                margins = layout.contentsMargins()
                width = max(1, self.width() - margins.left() - margins.right())
                wanted = (page.heightForWidth(width) if page.hasHeightForWidth()
                          else page.sizeHint().height())
                wanted = max(wanted, page.minimumSizeHint().height())
        policy = (Qt.ScrollBarPolicy.ScrollBarAsNeeded if own
                  else Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        if scroll.verticalScrollBarPolicy() != policy:
            scroll.setVerticalScrollBarPolicy(policy)
        if scroll.minimumHeight() != wanted:
            scroll.setMinimumHeight(wanted)
        if not own:  # exactly its whole height, the table and chart the rest
            sizes = self.form_splitter.sizes()
            if len(sizes) == 2 and sizes[1] != wanted and sum(sizes) > wanted:
                self.form_splitter.setSizes([sum(sizes) - wanted, wanted])

    def _room_for_form(self) -> int | None:
        """The height the phase's scroll area leaves the form under the table and chart
        (None: this view is not in one)."""
        outer = self._outer
        if outer is None:
            return None
        layout = self.layout()
        assert layout is not None
        margins = layout.contentsMargins()
        status = (self.status.sizeHint().height() + layout.spacing()
                  if self.status.isVisible() else 0)
        return (outer.viewport().height() - margins.top() - margins.bottom() - status
                - self.chart_splitter.minimumSizeHint().height()
                - self.form_splitter.handleWidth())

    def _fit_form(self) -> None:
        """The form gets its own width when the table and chart can spare it (under the
        table, it has the view's width)."""
        if self.form_splitter.orientation() != Qt.Orientation.Horizontal:
            return
        table, form = self.form_splitter.sizes()
        spare = table - self.chart.minimumWidth()
        if form < self._form_width and spare > 0:
            given = min(spare, self._form_width - form)
            self.form_splitter.setSizes([table - given, form + given])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.list and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        elif (self._outer is not None and watched is self._outer.viewport()
              and event.type() == QEvent.Type.Resize):
            self._fit_height_timer.start()  # the window's height changed
        elif self.form_page is not None and (
                (watched is self.form_page and event.type() == QEvent.Type.LayoutRequest)
                or (watched is self.form_scroll and event.type() == QEvent.Type.Resize)
        ) and not self.form_scrolls():
            self._fit_height_timer.start()  # its whole height changed (a partner row added)
        return super().eventFilter(watched, event)

    def _fit_columns(self) -> None:
        """The action's title takes most of the list. When the list is narrow, impact and
        effort (also on the chart and in the form) make room, then the year (in the form
        and on the roadmap); the lead organisation gets what it needs up to two fifths of
        what is left, elided beyond."""
        table = self.list
        width = (table.width() - 2 * table.frameWidth() - table.verticalHeader().width()
                 - table.verticalScrollBar().sizeHint().width())
        if width <= 0:
            return
        header = table.horizontalHeader()

        widths = self._contents  # the cells measured once, then the rows appended
        lead = widths.widest(1)
        numbers = {column: widths.widest(column) for column in range(2, 6)}
        title_room = max(table.fontMetrics().averageCharWidth() * 24, width * 2 // 5)
        hidden: set[int] = set()
        for group in ((3, 4), (2,)):  # impact and effort, then the year
            shown = sum(w for c, w in numbers.items() if c not in hidden)
            if width - shown - min(lead, width // 3) >= title_room:
                break
            hidden.update(group)
        for column in (2, 3, 4):
            if table.isColumnHidden(column) != (column in hidden):
                table.setColumnHidden(column, column in hidden)
        # the number columns as wide as their contents (their headings measured once
        # shown: a hidden section's hint is 0); a ResizeToContents section measured every
        # row again at each resize of the list
        for column in range(2, 6):
            wide = widths.fitted(column)
            if not table.isColumnHidden(column) and header.sectionSize(column) != wide:
                header.resizeSection(column, wide)
        rest = width - sum(w for c, w in numbers.items() if c not in hidden)
        header.resizeSection(1, max(0, min(lead, rest * 2 // 5)))

    def _buddy(self, text: str, widget: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(widget)
        return label

    def _line(self, field: str, name: str, parent: QWidget) -> QLineEdit:
        edit = QLineEdit(parent)
        edit.setObjectName(field)
        edit.setAccessibleName(name)
        self.form.bind_line(field, edit)
        return edit

    def _rating(self, field: str, name: str, parent: QWidget) -> QSpinBox:
        spin = UnsetSpinBox(parent)
        spin.setObjectName(field)
        spin.setAccessibleName(name)
        spin.setToolTip(name)
        spin.setRange(0, 5)
        spin.setSpecialValueText(self.tr("Not rated"))
        self.form.bind_spin(field, spin, 0)
        return spin

    # refresh ---------------------------------------------------------------------------------
    def refresh(self, changes: Changes | None = None) -> None:
        if self._refresh_rows(changes):
            return
        data = self.session.data()
        self._refreshing = True
        try:
            votes = phase_votes(data, self.phase_id)
            self._votes, self._vote_detail = votes.totals, votes.detail
            self.model.set_header(5, votes.header, votes.header_tip)
            self._org_names = {o.id: o.name for o in data.organisations}
            actions = [c for c in self.session.cards_of_phase(self.phase_id)
                       if c.kind is CardKind.ACTION]
            current = self.form.card_id
            self.model.set_cards(actions)
            self._fit_columns()
            self.futures_model.set_items(
                CheckItem(f.id, first_line(f.heading), f.heading)
                for f in data.cards_of_kind(CardKind.FUTURE)
            )
            self.partners.set_organisations(data.organisations)
            card = next((c for c in actions if c.id == current), None)
            if card is not None:
                select_card(self.list, self.model, card.id)
            elif actions and self.list.currentIndex().row() < 0:
                self.list.setCurrentIndex(self.model.index(0, 0))
            self._show(self._current_card())
        finally:
            self._refreshing = False

    def _refresh_rows(self, changes: Changes | None) -> bool:
        """A capture appends its row (and its dot on the chart when rated), an edit of
        actions updates their rows: the phase's other actions, the futures and the
        organisations are not read again. False: re-read everything."""
        appended = appended_cards(self, changes)
        if appended and all(c.kind is CardKind.ACTION for c in appended):
            first = self.model.rowCount() + 1
            self.model.append_cards(appended)
            if any(c.lead_organisation_id or c.horizon_year or c.impact or c.effort
                   for c in appended):
                self._fit_columns()  # a column may need more room
            self.chart.append_cards(list(enumerate(appended, start=first)))
            show_first_if_none(self)  # the first action: select it
            self.list.reveal_inserted()  # the new card in sight
            return True
        updated = updated_cards(self, changes, lambda i: self.model.card(self.model.row_of(i)))
        if not updated or any(c.kind is not CardKind.ACTION for c in updated):
            return False
        for card in updated:
            self.model.update_card(card)
        self._fit_columns()
        current = self._current_card()
        self._refreshing = True
        try:
            self._show(current)  # the chart and the form: the current card's values
        finally:
            self._refreshing = False
        return True

    def _current_card(self) -> Card | None:
        return self.model.card(self.list.currentIndex().row())

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not self._refreshing:
            self.partners.flush()
            self._show(self.model.card(current.row()))

    def _show(self, card: Card | None) -> None:
        # the partner rows offer neither the lead nor each other's organisation
        self.partners.set_lead(card.lead_organisation_id if card else None)
        if card is None or card.id != self.form.card_id:
            self.form.set_card(card)
            self.partners.set_partners(card.partners if card else (), force=True)
            self.new_org_row.hide()
        else:
            self.form.load(card)
            self.partners.set_partners(card.partners)
        self.chart.set_cards(
            list(enumerate(self.model.cards(), start=1)), card.id if card else None
        )
        data = self.session.data()
        fill_organisations(
            self.lead_combo, data.organisations, card.lead_organisation_id if card else None,
            self.tr("No lead yet"), self.tr("Add organisation…"),
        )
        # the whole name, which the combo may elide
        hint = self.tr("The organisation that leads this action.")
        self.lead_combo.setToolTip(
            self.lead_combo.currentText() + "\n" + hint
            if card is not None and card.lead_organisation_id else hint
        )
        for widget in (self.title_edit, self.description_edit, self.lead_combo, self.partners,
                       self.year_spin, self.first_step_edit, self.means_edit,
                       self.indicator_edit, self.impact_spin, self.effort_spin,
                       self.futures_list):
            widget.setEnabled(card is not None)
        self.futures_model.set_enabled(card is not None)
        if card is None:
            self.caption.setText(self.tr("Capture an action, then select it to fill it in."))
            self.futures_model.set_checked(())
            return
        self.title_edit.setPlaceholderText(first_line(card.text))
        self.caption.setText(self.tr("Captured as: {text}").format(text=first_line(card.text)))
        self.futures_model.set_checked(card.links)

    # edits -----------------------------------------------------------------------------------
    def _save(self, values: dict[str, object]) -> bool:
        self.form.flush()
        return self.form.save(values)

    def _lead_chosen(self, _index: int) -> None:
        data = self.lead_combo.currentData()
        if data == ADD_ORGANISATION:
            card = self.form.card()
            self.lead_combo.setCurrentIndex(
                max(0, self.lead_combo.findData(
                    str(card.lead_organisation_id) if card and card.lead_organisation_id else None
                ))
            )
            self._ask_organisation("lead")
            return
        lead = uuid.UUID(data) if data else None
        self.partners.flush()  # a role being typed is saved first
        card = self.form.card()
        if card is not None and lead is not None and any(
                p.organisation_id == lead for p in card.partners):
            # a partner becomes the lead: it leaves the partners in the same step (one
            # organisation, one role in an action; undo gives it its role back)
            self._save({"lead_organisation_id": lead, "partners": tuple(
                p for p in card.partners if p.organisation_id != lead)})
            return
        self._save({"lead_organisation_id": lead})

    def _partners_changed(self) -> None:
        card = self.form.card()
        if card is not None and self.partners.partners() != card.partners:
            self._save({"partners": self.partners.partners()})

    def _partner_wants_organisation(self, row: int) -> None:
        self._ask_organisation(row)

    def _ask_organisation(self, target: str | int) -> None:
        self._org_target = target
        self.new_org_row.show()
        self.new_org_edit.setFocus()

    def add_organisation(self) -> uuid.UUID | None:
        """Add the organisation typed in the inline field and give it to who asked for it.

        Adding an organisation cannot be undone (the core has no service to remove one); the
        lead or partner change that follows can.
        """
        name = self.new_org_edit.text()
        store, workshop_id = self.session.store, self.session.workshop_id
        try:
            org_id = self.session.run(lambda: api.add_organisation(store, workshop_id, name)).new_id
        except KnownError as error:
            self.status.setText(user_message(error))
            return None
        self.new_org_edit.clear()
        self.new_org_row.hide()
        if self._org_target == "lead":
            self._save({"lead_organisation_id": org_id})
            self.lead_combo.setFocus()
        elif isinstance(self._org_target, int) and self._org_target < len(self.partners.rows):
            self.partners.set_row_organisation(self._org_target, org_id)
            self.partners.rows[self._org_target].role.setFocus()
        return org_id

    def _future_toggled(self, _future_id: uuid.UUID, _on: bool) -> None:
        card = self.form.card()
        if card is None:
            return
        future_ids = self.futures_model.item_ids()
        checked = set(self.futures_model.checked_ids())
        links = [i for i in card.links if i not in set(future_ids)] + [
            i for i in future_ids if i in checked
        ]
        if not self._save({"links": tuple(links)}):
            self.futures_model.set_checked(card.links)

    def _chart_clicked(self, card_id: uuid.UUID) -> None:
        select_card(self.list, self.model, card_id)

    def selected_card_ids(self) -> list[uuid.UUID]:
        return current_card_ids(self.list, self.model)
