"""The roadmap workspace ("chacun son poste"): actions on a timeline from the workshop's
year to the horizon, one lane per organisation; an action is in its lead's lane (filled) and
in each partner's lane (outlined, with the partner's role), its title wrapped whole. Drag a
lead's block across to change the action's year, down or up to give it to another
organisation; Alt+arrows do the same from the keyboard (a partner's block changes the year
only). The notes taken in the roadmap phase (a vacant role, a dependency) are listed beside
the timeline."""

from __future__ import annotations

import math
import uuid
from dataclasses import dataclass

from PySide6.QtCore import QItemSelectionModel, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QPainter,
    QPen,
    QResizeEvent,
    QStandardItem,
    QStandardItemModel,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QGraphicsItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSceneMouseEvent,
    QGraphicsTextItem,
    QGraphicsView,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from coopatelier.domain.analysis import (
    LaneEntry,
    roadmap_actions,
    roadmap_lanes,
    roadmap_notes,
)
from coopatelier.domain.model import Card, CardKind, PhaseKind, WorkshopData
from coopatelier.services.changes import Changes
from coopatelier.ui.views.base import PhaseView
from coopatelier.ui.views.card_editing import RowHeights, save_card, status_label
from coopatelier.ui.views.cards import appended_cards, updated_cards
from coopatelier.ui.views.tables import AppendingTable
from coopatelier.ui.workshop_session import WorkshopSession

LABEL_WIDTH = 190  # the organisations' names beside their lanes, where the years have room
MIN_YEAR_WIDTH = 80  # five years fit beside the lanes at 1024 px, and at 1280 beside both docks
#: a year is at least as wide as the longest word of its blocks, up to this width (a longer
#: word, an address, breaks where it must)
MAX_WORD_WIDTH = 220
EMPTY_YEAR_WIDTH = 64  # a year with no action yet: its name and room to drop one
LEAST_EMPTY_YEAR_WIDTH = 48  # ... narrowed so that the others keep their longest words
#: the blocks' font sizes, the first that lets every year keep its longest word whole
BLOCK_SIZES = (9.5, 9.0, 8.5, 8.0)
HEADER_HEIGHT = 34
BLOCK_HEIGHT = 40  # the least height of a block
BLOCK_PAD = 6
GAP = 6
STRIP_TITLE = 28

#: the notes go beside the timeline from this width of the view, below it under
NOTES_BESIDE_FROM = 1000
NOTES_WIDTH = 260

LANE_COLOURS = ("#ffffff", "#f4f6f9")
BLOCK_COLOUR = "#2c5d8f"
UNSCHEDULED_COLOUR = "#7a7f87"


class NotesList(AppendingTable):
    """The roadmap's notes, one wrapped line each: a table of one column whose rows are
    measured when added or changed (a list view of wrapped items lays every item out again
    after each one added: a note captured measured every note). Items as a list's: ``item``,
    ``count``, ``addItem``, ``clear``, ``selectedItems``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = QStandardItemModel(0, 1, self)
        self.setModel(self._model)
        self.horizontalHeader().hide()
        self.horizontalHeader().setStretchLastSection(True)
        self.verticalHeader().hide()
        self.setShowGrid(False)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.row_heights = RowHeights(self, numbers=False)

    def count(self) -> int:
        return self._model.rowCount()

    def item(self, row: int) -> QStandardItem:
        return self._model.item(row)

    def addItem(self, item: QStandardItem) -> None:
        self._model.appendRow(item)

    def clear(self) -> None:
        self._model.removeRows(0, self._model.rowCount())

    def selectedItems(self) -> list[QStandardItem]:
        return [self._model.itemFromIndex(i) for i in self.selectionModel().selectedRows()]

    def select_rows(self, rows: list[int]) -> None:
        for row in rows:
            self.selectionModel().select(
                self._model.index(row, 0),
                QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)


@dataclass
class Lane:
    organisation_id: uuid.UUID
    name: str
    top: float
    height: float
    #: the height of the organisation's name above the lane's blocks (narrow: names above)
    title: float = 0.0


class ActionBlock(QGraphicsRectItem):
    """One action in one lane: the lead's block can be dragged and reports where it was
    dropped; a partner's block (``lead`` False) shows the partner's role and stays put."""

    def __init__(
        self, card: Card, rect: QRectF, colour: str, tooltip: str, *, lead: bool = True,
        role: str = "", font: QFont | None = None,
    ) -> None:
        super().__init__(rect)
        self.card = card
        self.lead = lead
        self.role = role
        flags = (
            QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
            | QGraphicsItem.GraphicsItemFlag.ItemIsFocusable
        )
        if lead:
            flags |= QGraphicsItem.GraphicsItemFlag.ItemIsMovable
        self.setFlags(flags)
        self.setBrush(QBrush(QColor(colour if lead else "#ffffff")))
        self.setPen(QPen(QColor("#ffffff") if lead else QColor(colour), 1.5,
                         Qt.PenStyle.SolidLine if lead else Qt.PenStyle.DashLine))
        self.setToolTip(tooltip)
        self.setCursor(Qt.CursorShape.OpenHandCursor if lead else Qt.CursorShape.ArrowCursor)
        self.setZValue(1)
        ink = QColor("#ffffff") if lead else QColor("#14263a")
        self.label = block_text(self, card.heading.replace("\n", " "), rect.width(), ink, font)
        self.label.setPos(rect.left() + BLOCK_PAD, rect.top() + BLOCK_PAD / 2)
        self.role_label: QGraphicsTextItem | None = None
        if role:
            role_font = QFont(font) if font is not None else QFont()
            role_font.setItalic(True)
            colour_role = QColor("#dfe9f5") if lead else QColor(colour)
            self.role_label = block_text(self, role, rect.width(), colour_role, role_font)
            self.role_label.setPos(
                rect.left() + BLOCK_PAD,
                rect.top() + BLOCK_PAD / 2 + self.label.boundingRect().height(),
            )
        self._press_pos = QPointF()

    def paint(self, painter: QPainter, option: object, widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(QColor("#f5b700"), 3) if self.isSelected() else self.pen()
        painter.setPen(pen)
        painter.setBrush(self.brush())
        painter.drawRoundedRect(self.rect().adjusted(1, 1, -1, -1), 6, 6)

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        self._press_pos = QPointF(self.pos())
        if not self.lead:
            super().mousePressEvent(event)
            return
        self.setZValue(10)
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        self.setZValue(1)
        if self.pos() != self._press_pos:
            scene = self.scene()
            if isinstance(scene, RoadmapScene):
                scene.block_dropped.emit(self.card.id, self.sceneBoundingRect().center())


def block_text(
    parent: QGraphicsItem, text: str, width: float, colour: QColor, font: QFont | None
) -> QGraphicsTextItem:
    """Text wrapped whole to a block's width (never cut)."""
    item = QGraphicsTextItem(parent)
    if font is not None:
        item.setFont(font)
    item.setDefaultTextColor(colour)
    item.setTextWidth(max(20.0, width - 2 * BLOCK_PAD))
    item.setPlainText(text)
    item.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
    return item


def longest_word(texts: list[tuple[str, QFont]]) -> float:
    """The width of the widest word of ``texts`` (each in its font): a block narrower than
    that breaks a word in two ("La cantin/e", "Pérenn/iser")."""
    widest = 0.0
    for text, font in texts:
        metrics = QFontMetricsF(font)
        for word in text.split():
            widest = max(widest, metrics.horizontalAdvance(word))
    return widest


def column_for_words(word: float) -> float:
    """A year's width that gives a block room for a word ``word`` pixels wide (the text's
    own margins, the block's padding and the gaps around it), at most ``MAX_WORD_WIDTH``."""
    margin = QTextDocument().documentMargin()
    return min(float(MAX_WORD_WIDTH), math.ceil(word) + 2 * (margin + BLOCK_PAD + GAP) + 2)


def block_height(text: str, role: str, width: float, font: QFont) -> float:
    """The height of a block that shows ``text`` and ``role`` whole in ``width``."""
    probe = QGraphicsTextItem()
    probe.setFont(font)
    probe.setTextWidth(max(20.0, width - 2 * BLOCK_PAD))
    probe.setPlainText(text)
    height = probe.boundingRect().height()
    if role:
        italic = QFont(font)
        italic.setItalic(True)
        probe.setFont(italic)
        probe.setPlainText(role)
        height += probe.boundingRect().height()
    return max(float(BLOCK_HEIGHT), height + BLOCK_PAD)


class RoadmapScene(QGraphicsScene):
    block_dropped = Signal(object, QPointF)


class RoadmapCanvas(QGraphicsView):
    """The timeline; Alt+arrows move the selected action, arrows select another one."""

    move_requested = Signal(object, int, int)  # card id, years to add, lanes to move
    resized = Signal()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.resized.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        arrows = {
            Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0),
            Qt.Key.Key_Up: (0, -1), Qt.Key.Key_Down: (0, 1),
        }
        blocks = self.blocks()
        if key in arrows and blocks:
            selected = [b for b in blocks if b.isSelected()]
            if event.modifiers() & Qt.KeyboardModifier.AltModifier:
                if selected:
                    years, lanes = arrows[Qt.Key(key)]
                    if not selected[0].lead:
                        lanes = 0  # a partner's role moves with the action, not alone
                    if years or lanes:
                        self.move_requested.emit(selected[0].card.id, years, lanes)
                event.accept()
                return
            # plain arrows walk through the blocks in reading order
            if not selected:
                target = blocks[0]
            else:
                step = -1 if key in (Qt.Key.Key_Left, Qt.Key.Key_Up) else 1
                index = blocks.index(selected[0]) + step
                target = blocks[max(0, min(len(blocks) - 1, index))]
            self.select_block(target)
            event.accept()
            return
        super().keyPressEvent(event)

    def blocks(self) -> list[ActionBlock]:
        """Blocks in reading order: lane by lane, year by year, the unscheduled strip last."""
        items = [i for i in self.scene().items() if isinstance(i, ActionBlock)]
        items.sort(key=lambda b: (round(b.sceneBoundingRect().top() / BLOCK_HEIGHT),
                                  b.sceneBoundingRect().left()))
        return items

    def select_block(self, block: ActionBlock) -> None:
        self.scene().clearSelection()
        block.setSelected(True)
        block.setFocus()
        self.ensureVisible(block)


class RoadmapView(PhaseView):
    def __init__(
        self, session: WorkshopSession, phase_id: uuid.UUID, parent: QWidget | None = None
    ) -> None:
        super().__init__(session, phase_id, parent)
        self.scene = RoadmapScene(self)
        # queued: the drop rebuilds the scene, which must not happen inside the block's own
        # mouse handler
        self.scene.block_dropped.connect(self._dropped, Qt.ConnectionType.QueuedConnection)
        self.scene.selectionChanged.connect(self._selection_changed)
        self.canvas = RoadmapCanvas(self.scene, self)
        self.canvas.setObjectName("roadmapCanvas")
        self.canvas.setAccessibleName(self.tr("Roadmap"))
        self.canvas.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.canvas.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.canvas.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.canvas.move_requested.connect(self.move_by)
        self.canvas.resized.connect(self._canvas_resized)
        self.hint = QLabel(
            self.tr("Drag an action to another year or another organisation. From the "
                    "keyboard: arrows select an action, Alt+arrows move it."),
            self,
        )
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #555;")
        self.status = status_label(self)
        # the notes of the roadmap phase, beside the timeline (below it when narrow)
        self.notes_panel = QWidget(self)
        self.notes_panel.setObjectName("roadmapNotesPanel")
        self.notes_title = QLabel(self.tr("Notes: vacant roles, dependencies"), self.notes_panel)
        self.notes_title.setWordWrap(True)
        self.notes_title.setStyleSheet("font-weight: bold;")
        self.notes = NotesList(self.notes_panel)
        self.notes.setObjectName("roadmapNotes")
        self.notes.setAccessibleName(self.tr("Notes of the roadmap"))
        notes_layout = QVBoxLayout(self.notes_panel)
        notes_layout.setContentsMargins(0, 0, 0, 0)
        notes_layout.addWidget(self.notes_title)
        notes_layout.addWidget(self.notes, 1)
        self.body = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.body.addWidget(self.canvas, 1)
        self.body.addWidget(self.notes_panel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addLayout(self.body, 1)
        layout.addWidget(self.status)
        self.lanes: list[Lane] = []
        self.years: list[int] = []
        #: a last column for partners' roles in actions that have no year yet
        self.undated_column = False
        self.strip_top = 0.0
        self.year_width = MIN_YEAR_WIDTH  # the width of a year with actions
        #: the organisations' names column; 0 when they go above their lanes (narrow)
        self.label_width = LABEL_WIDTH
        #: a year with actions is at least this wide: its longest word whole
        self._word_widths: dict[float, float] = {}
        #: the blocks' texts (a partner's role in italics), whose longest word sets the
        #: years' least width
        self._texts: list[tuple[str, bool]] = []
        #: the blocks' font size: smaller where the longest words would not fit otherwise
        self.block_size = BLOCK_SIZES[0]
        #: each column's width: a year with no action is narrow, so that the others are wide
        self.widths: list[float] = []
        self._used: set[int | None] = set()
        self._selected_id: uuid.UUID | None = None
        self._rebuilding = False
        #: the notes listed, as shown (an edit of one updates its line only)
        self._note_cards: dict[uuid.UUID, Card] = {}
        self.refresh()

    # the scene -------------------------------------------------------------------------------
    def roadmap_actions(self) -> list[Card]:
        """The actions the roadmap schedules (the same as the room's view and the PDF)."""
        return roadmap_actions(self.session.data())

    def refresh(self, changes: Changes | None = None) -> None:
        if self._refresh_notes_only(changes):
            return
        data = self.session.data()
        workshop = data.workshop
        self.years = list(range(workshop.date.year, workshop.horizon_year + 1))
        lanes = roadmap_lanes(self.roadmap_actions(), data.organisations, workshop.language,
                              every_organisation=True)
        self._refresh_notes(data)
        unscheduled: list[Card] = []
        for lane in lanes:
            for entry in lane.entries:
                if entry.lead is False and lane.organisation_id is None:
                    unscheduled.append(entry.card)  # no lead: the strip
                elif entry.lead and entry.card.horizon_year not in self.years:
                    unscheduled.append(entry.card)
        self.undated_column = any(
            not e.lead and e.card.horizon_year not in self.years
            for lane in lanes if lane.organisation_id is not None for e in lane.entries
        )
        columns = len(self.years) + (1 if self.undated_column else 0)
        self._used = {self._column(e) for lane in lanes if lane.organisation_id
                      for e in lane.entries}
        self._texts = ([(e.card.heading, False) for lane in lanes for e in lane.entries]
                       + [(e.role or self.tr("Lead"), True)
                          for lane in lanes for e in lane.entries])
        self._word_widths = {}
        self._set_widths(columns, self._used)
        font = self.block_font()

        self._rebuilding = True
        self.scene.clear()
        width = self.label_width + sum(self.widths)
        # header: one column per year (and one for roles with no year yet)
        headers = [str(year) for year in self.years]
        if self.undated_column:
            headers.append(self.tr("No year yet"))
        for i, header in enumerate(headers):
            x = self.column_left(i)
            text = self.scene.addSimpleText(header, self._bold())
            text.setPos(x + self.widths[i] / 2 - text.boundingRect().width() / 2, 8)
        top = float(HEADER_HEIGHT)
        self.lanes = []
        for index, lane in enumerate(x for x in lanes if x.organisation_id is not None):
            assert lane.organisation_id is not None
            cells: dict[int, list[tuple[LaneEntry, float]]] = {}
            for entry in lane.entries:
                column = self._column(entry)
                if column is None:
                    continue
                role = self.tr("Lead") if entry.lead else entry.role
                block_w = self.widths[column] - 2 * GAP
                height = block_height(entry.card.heading.replace("\n", " "), role, block_w, font)
                cells.setdefault(column, []).append((entry, height))
            tallest = max(
                (sum(h + GAP for _e, h in members) for members in cells.values()), default=0.0
            )
            label = self._lane_label(lane.name, width)
            # a lane is at least as tall as its (wrapped) organisation name; narrow, the
            # name is above the lane's blocks, across the years
            above = label.boundingRect().height() if not self.label_width else 0.0
            height = above + max(tallest + GAP, BLOCK_HEIGHT + 2 * GAP,
                                 label.boundingRect().height() + 2 * GAP - above)
            lane_rect = self.scene.addRect(QRectF(0, top, width, height),
                                           QPen(Qt.PenStyle.NoPen),
                                           QBrush(QColor(LANE_COLOURS[index % 2])))
            lane_rect.setZValue(-1)
            # at the top: a tall lane keeps its name in view
            label.setPos(8, top + (GAP if self.label_width else GAP / 2))
            self.lanes.append(Lane(lane.organisation_id, lane.name, top, height, above))
            for column, members in cells.items():
                y = top + above + GAP
                for entry, block_h in members:
                    x = self.column_left(column) + GAP
                    role = self.tr("Lead") if entry.lead else entry.role
                    block_w = self.widths[column] - 2 * GAP
                    self._block(entry.card, QRectF(x, y, block_w, block_h), BLOCK_COLOUR,
                                lead=entry.lead, role=role, font=font,
                                lane_name=lane.name)
                    y += block_h + GAP
            top += height
        # grid lines between years
        pen = QPen(QColor("#d0d5dc"), 1, Qt.PenStyle.DashLine)
        for i in range(columns + 1):
            x = self.column_left(i)
            self.scene.addLine(x, HEADER_HEIGHT - 4, x, top, pen)
        self.scene.addLine(0, top, width, top, QPen(QColor("#999"), 1))
        # the unscheduled strip
        self.strip_top = top
        # on one line, elided to the timeline's width (whole in its tooltip): beside both
        # docks it ran past the right edge
        words = self.tr("Unscheduled: actions without a lead organisation or a year "
                        "(drag them into a lane and a year)")
        bold = self._bold()
        shown = QFontMetricsF(bold).elidedText(
            words, Qt.TextElideMode.ElideRight, max(0.0, width - 16))
        title = self.scene.addSimpleText(shown, bold)
        title.setToolTip(words)
        title.setPos(8, top + 6)
        self.strip_title = title
        per_row = max(1, int((width - 2 * GAP) // self.year_width))
        block_w = self.year_width - 2 * GAP
        y = top + STRIP_TITLE + GAP
        for start in range(0, len(unscheduled), per_row):
            row = unscheduled[start:start + per_row]
            heights = [block_height(c.heading.replace("\n", " "), "", block_w, font)
                       for c in row]
            for i, card in enumerate(row):
                x = GAP + i * self.year_width
                self._block(card, QRectF(x, y, block_w, heights[i]), UNSCHEDULED_COLOUR,
                            font=font)
            y += max(heights) + GAP
        bottom = max(y, top + STRIP_TITLE + GAP + BLOCK_HEIGHT + GAP) + GAP
        self.scene.setSceneRect(QRectF(0, 0, width, bottom))
        self._rebuilding = False
        if self._selected_id is not None:
            block = self.block(self._selected_id)
            if block is not None:
                self.canvas.select_block(block)

    def _column(self, entry: LaneEntry) -> int | None:
        """The column of a lane's entry: its year's; a partner's role with no year yet in
        the last column; a lead's action with no year in the strip (None)."""
        year = entry.card.horizon_year
        if year in self.years:
            assert year is not None
            return self.years.index(year)
        return None if entry.lead else len(self.years)

    def _refresh_notes_only(self, changes: Changes | None) -> bool:
        """A note captured or edited in this phase: its line in the notes is added or
        updated; the timeline (actions of other phases) is not drawn again. False when
        anything else changed (then everything is re-read)."""
        if self.phase.kind is not PhaseKind.ROADMAP:
            return False
        appended = appended_cards(self, changes)
        if appended:
            later = [p.id for p in self.session.data().phases
                     if p.kind is PhaseKind.ROADMAP and p.position > self.phase.position]
            if any(c.kind is not CardKind.NOTE for c in appended) or any(
                c.kind is CardKind.NOTE for p in later for c in self.session.cards_of_phase(p)
            ):
                return False  # not the last notes of the list
            for card in appended:
                self.notes.addItem(self._note_item(card))
            self.notes_panel.setVisible(True)
            return True
        shown = {self.notes.item(i).data(Qt.ItemDataRole.UserRole): self.notes.item(i)
                 for i in range(self.notes.count())}
        updated = updated_cards(self, changes, self._note_cards.get)
        if not updated or any(c.kind is not CardKind.NOTE for c in updated):
            return False
        for card in updated:
            shown[card.id].setText(card.heading)
            shown[card.id].setToolTip(card.heading)
            self._note_cards[card.id] = card
        return True

    def _note_item(self, note: Card) -> QStandardItem:
        item = QStandardItem(note.heading)
        item.setData(note.id, Qt.ItemDataRole.UserRole)
        item.setToolTip(note.heading)
        self._note_cards[note.id] = note
        return item

    def _refresh_notes(self, data: WorkshopData) -> None:
        notes = roadmap_notes(data)
        selected = {i.data(Qt.ItemDataRole.UserRole) for i in self.notes.selectedItems()}
        self.notes.clear()
        self._note_cards.clear()
        for note in notes:
            self.notes.addItem(self._note_item(note))
        self.notes.select_rows([row for row, note in enumerate(notes) if note.id in selected])
        self.notes_panel.setVisible(bool(notes))

    def resizeEvent(self, event: QResizeEvent) -> None:
        narrow = self.width() < NOTES_BESIDE_FROM
        self.body.setDirection(
            QBoxLayout.Direction.TopToBottom if narrow else QBoxLayout.Direction.LeftToRight
        )
        if narrow:
            self.notes_panel.setMaximumWidth(16777215)
            self.notes_panel.setMaximumHeight(160)
        else:
            self.notes_panel.setMaximumHeight(16777215)
            self.notes_panel.setFixedWidth(NOTES_WIDTH)
        super().resizeEvent(event)

    def _set_widths(self, columns: int, used: set[int | None]) -> None:
        """Years with actions share the visible width (titles wrap on as few lines as
        possible); a year with none is as narrow as a drop target can be."""
        empty = [i for i in range(columns) if i not in used]
        wide = max(1, columns - len(empty))
        if len(empty) == columns:
            empty = []
            wide = columns

        def room(label: int) -> int:
            return self.canvas.viewport().width() - label - 2 * GAP

        def share(label: int, empty_width: int = EMPTY_YEAR_WIDTH) -> int:
            return int(room(label) - len(empty) * empty_width) // wide

        # the names beside their lanes while each year keeps its longest word whole; else
        # above their lanes, the years taking the whole width (beside both docks on a laptop
        # a 190-pixel column of names left years that cut "La cantin/e", 2030 off the right);
        # else the blocks' text a little smaller
        for size in BLOCK_SIZES:
            least = max(float(MIN_YEAR_WIDTH), self._word_width(size))
            if share(0, LEAST_EMPTY_YEAR_WIDTH) >= least:
                break
        self.block_size = size
        self.label_width = LABEL_WIDTH if share(LABEL_WIDTH) >= least else 0
        self.year_width = int(max(least, share(self.label_width)))
        # still too wide ("l’approvisionnement"): the years without actions narrow first
        left = room(self.label_width) - self.year_width * wide
        narrow = (max(LEAST_EMPTY_YEAR_WIDTH, min(EMPTY_YEAR_WIDTH, left // len(empty)))
                  if empty else EMPTY_YEAR_WIDTH)
        self.widths = [float(narrow if i in empty else self.year_width)
                       for i in range(columns)]

    def _word_width(self, size: float) -> float:
        """A year's least width for the blocks' longest word at font ``size``."""
        if size not in self._word_widths:
            font = self.block_font(size)
            italic = QFont(font)
            italic.setItalic(True)
            self._word_widths[size] = column_for_words(longest_word(
                [(text, italic if role else font) for text, role in self._texts]))
        return self._word_widths[size]

    def block_font(self, size: float | None = None) -> QFont:
        """The blocks' font, at ``size`` points (the size chosen by default)."""
        font = QFont(self.font())
        font.setPointSizeF(size or self.block_size)
        return font

    def column_left(self, column: int) -> float:
        return self.label_width + sum(self.widths[:column])

    def column_at(self, x: float) -> int | None:
        """The column under ``x`` (None left of the years or right of the last column)."""
        left = float(self.label_width)
        for index, width in enumerate(self.widths):
            if left <= x < left + width:
                return index
            left += width
        return None

    def _canvas_resized(self) -> None:
        before = (list(self.widths), self.label_width, self.block_size)
        self._set_widths(len(before[0]), self._used)
        if (self.widths, self.label_width, self.block_size) != before:
            self.refresh()

    def _bold(self) -> QFont:
        font = QFont(self.font())
        font.setBold(True)
        return font

    def _lane_label(self, name: str, width: float) -> QGraphicsTextItem:
        """The organisation's name, wrapped to the label column (or, names above their
        lanes, to the timeline's ``width``); the caller places it."""
        text = self.scene.addText("")
        text.setTextWidth((self.label_width or width) - 16)
        text.setFont(self._bold())
        text.setPlainText(name)
        text.setToolTip(name)
        return text

    def _block(
        self, card: Card, rect: QRectF, colour: str, *, lead: bool = True, role: str = "",
        font: QFont | None = None, lane_name: str = "",
    ) -> ActionBlock:
        data = self.session.data()
        org = data.organisation(card.lead_organisation_id)
        tooltip = self._tooltip(card, org.name if org else "")
        if not lead:
            tooltip += "\n" + self.tr("{partner}: {role}").format(
                partner=lane_name, role=role or self.tr("partner"))
        block = ActionBlock(card, rect, colour, tooltip, lead=lead, role=role, font=font)
        self.scene.addItem(block)
        return block

    def _tooltip(self, card: Card, lead: str) -> str:
        if lead and card.horizon_year:
            return self.tr("{action}\nLed by {lead} in {year}").format(
                action=card.heading, lead=lead, year=card.horizon_year)
        if lead:
            return self.tr("{action}\nLed by {lead}, no year yet").format(
                action=card.heading, lead=lead)
        if card.horizon_year:
            return self.tr("{action}\nIn {year}, no lead organisation yet").format(
                action=card.heading, year=card.horizon_year)
        return self.tr("{action}\nNo lead organisation and no year yet").format(
            action=card.heading)

    def block(self, card_id: uuid.UUID) -> ActionBlock | None:
        """The action's lead block (or its block in the unscheduled strip)."""
        return next(
            (b for b in self.canvas.blocks() if b.card.id == card_id and b.lead), None
        )

    def blocks_of(self, card_id: uuid.UUID) -> list[ActionBlock]:
        """Every block of the action: its lead's and its partners'."""
        return [b for b in self.canvas.blocks() if b.card.id == card_id]

    def lane_at(self, y: float) -> Lane | None:
        return next((lane for lane in self.lanes if lane.top <= y < lane.top + lane.height),
                    None)

    def cell_centre(self, organisation_id: uuid.UUID, year: int) -> QPointF:
        """Where a lane and a year cross, in scene coordinates (for tests and tools)."""
        lane = next(lane for lane in self.lanes if lane.organisation_id == organisation_id)
        column = self.years.index(year)
        x = self.column_left(column) + self.widths[column] / 2
        return QPointF(x, lane.top + lane.title + GAP + BLOCK_HEIGHT / 2)

    # moves -----------------------------------------------------------------------------------
    def _selection_changed(self) -> None:
        if self._rebuilding:
            return
        selected = [i for i in self.scene.selectedItems() if isinstance(i, ActionBlock)]
        self._selected_id = selected[0].card.id if selected else None

    def _dropped(self, card_id: uuid.UUID, centre: QPointF) -> None:
        card = next((c for c in self.roadmap_actions() if c.id == card_id), None)
        if card is None:
            return
        self._selected_id = card_id
        lane = next(
            (lane for lane in self.lanes if lane.top <= centre.y() < lane.top + lane.height),
            None,
        )
        column = self.column_at(centre.x())
        if lane is None or column is None or column >= len(self.years):
            if centre.y() >= self.strip_top:
                # dropped on the unscheduled strip: it loses its year, keeps its lead
                self._move(card, None, card.lead_organisation_id)
            else:
                self.refresh()  # nowhere meaningful: back to its place
            return
        self._move(card, self.years[column], lane.organisation_id)

    def move_by(self, card_id: uuid.UUID, years: int, lanes: int) -> None:
        """Keyboard move: ``years`` later (or earlier), ``lanes`` down (or up)."""
        card = next((c for c in self.roadmap_actions() if c.id == card_id), None)
        if card is None or not self.years or not self.lanes:
            return
        self._selected_id = card_id
        year = card.horizon_year if card.horizon_year in self.years else None
        if years:
            year = self.years[0] if year is None else year + years
            year = max(self.years[0], min(self.years[-1], year))
        lead = card.lead_organisation_id
        lane_ids = [lane.organisation_id for lane in self.lanes]
        if lanes:
            index = lane_ids.index(lead) + lanes if lead in lane_ids else 0
            lead = lane_ids[max(0, min(len(lane_ids) - 1, index))]
        self._move(card, year, lead)

    def _move(self, card: Card, year: int | None, lead: uuid.UUID | None) -> None:
        values: dict[str, object] = {"horizon_year": year, "lead_organisation_id": lead}
        if all(getattr(card, k) == v for k, v in values.items()):
            self.refresh()  # snap back
            return
        if not save_card(self.session, card, values, self.tr("Move action on the roadmap"),
                         self.status):
            self.refresh()

    def selected_card_ids(self) -> list[uuid.UUID]:
        if self.notes.hasFocus():  # a note selected in the list (Delete removes it)
            return [i.data(Qt.ItemDataRole.UserRole) for i in self.notes.selectedItems()]
        return [self._selected_id] if self._selected_id else []
