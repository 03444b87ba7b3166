"""The roadmap workspace ("chacun son poste"): actions on a timeline from the workshop's
year to the horizon, one lane per lead organisation. Drag a block across to change its year,
down or up to give it to another organisation; Alt+arrows do the same from the keyboard."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QPainter,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSceneMouseEvent,
    QGraphicsSimpleTextItem,
    QGraphicsTextItem,
    QGraphicsView,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from coopatelier.domain.analysis import roadmap_lanes
from coopatelier.domain.model import Card, CardKind, PhaseKind
from coopatelier.services.changes import Changes
from coopatelier.ui.views.base import PhaseView
from coopatelier.ui.views.card_editing import save_card, status_label
from coopatelier.ui.workshop_session import WorkshopSession

LABEL_WIDTH = 190
MIN_YEAR_WIDTH = 100  # five years fit beside the lanes at 1024 px
HEADER_HEIGHT = 34
BLOCK_HEIGHT = 40
GAP = 6
STRIP_TITLE = 28

LANE_COLOURS = ("#ffffff", "#f4f6f9")
BLOCK_COLOUR = "#2c5d8f"
UNSCHEDULED_COLOUR = "#7a7f87"


@dataclass
class Lane:
    organisation_id: uuid.UUID
    name: str
    top: float
    height: float


class ActionBlock(QGraphicsRectItem):
    """One action on the roadmap; it can be dragged and reports where it was dropped."""

    def __init__(self, card: Card, rect: QRectF, colour: str, tooltip: str) -> None:
        super().__init__(rect)
        self.card = card
        self.setFlags(
            QGraphicsItem.GraphicsItemFlag.ItemIsMovable
            | QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
            | QGraphicsItem.GraphicsItemFlag.ItemIsFocusable
        )
        self.setBrush(QBrush(QColor(colour)))
        self.setPen(QPen(QColor("#ffffff"), 1))
        self.setToolTip(tooltip)
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        self.setZValue(1)
        label = QGraphicsSimpleTextItem(self)
        font = QFont()
        font.setPointSizeF(9.5)
        label.setFont(font)
        label.setBrush(QBrush(QColor("#ffffff")))
        metrics = QFontMetrics(font)
        label.setText(
            metrics.elidedText(card.heading.replace("\n", " "), Qt.TextElideMode.ElideRight,
                               int(rect.width()) - 12)
        )
        label.setPos(rect.left() + 6, rect.center().y() - metrics.height() / 2)
        self._press_pos = QPointF()

    def paint(self, painter: QPainter, option: object, widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(QColor("#f5b700"), 3) if self.isSelected() else self.pen()
        painter.setPen(pen)
        painter.setBrush(self.brush())
        painter.drawRoundedRect(self.rect().adjusted(1, 1, -1, -1), 6, 6)

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        self._press_pos = QPointF(self.pos())
        self.setZValue(10)
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        self.setZValue(1)
        if self.pos() != self._press_pos:
            scene = self.scene()
            if isinstance(scene, RoadmapScene):
                scene.block_dropped.emit(self.card.id, self.sceneBoundingRect().center())


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
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.canvas, 1)
        layout.addWidget(self.status)
        self.lanes: list[Lane] = []
        self.years: list[int] = []
        self.strip_top = 0.0
        self.year_width = MIN_YEAR_WIDTH
        self._selected_id: uuid.UUID | None = None
        self._rebuilding = False
        self.refresh()

    # the scene -------------------------------------------------------------------------------
    def roadmap_actions(self) -> list[Card]:
        """Every live action of the workshop: the roadmap schedules what the actions phase
        produced, plus any action captured in this phase."""
        data = self.session.data()
        phases = {p.id for p in data.phases if p.kind in (PhaseKind.ACTIONS, PhaseKind.ROADMAP)}
        return [c for c in data.live_cards() if c.kind is CardKind.ACTION and c.phase_id in phases]

    def refresh(self, changes: Changes | None = None) -> None:
        data = self.session.data()
        workshop = data.workshop
        self.years = list(range(workshop.date.year, workshop.horizon_year + 1))
        # years share the visible width, so that titles are cut as little as possible
        available = self.canvas.viewport().width() - LABEL_WIDTH - 2 * GAP
        self.year_width = max(MIN_YEAR_WIDTH, available // max(1, len(self.years)))
        actions = self.roadmap_actions()
        organisations = list(data.organisations)
        lanes = roadmap_lanes(actions, [o.id for o in organisations])
        scheduled: dict[uuid.UUID, list[Card]] = {}
        unscheduled: list[Card] = []
        for org_id, cards in lanes.items():
            for card in cards:
                if org_id is None or card.horizon_year not in self.years:
                    unscheduled.append(card)
                else:
                    scheduled.setdefault(org_id, []).append(card)

        self._rebuilding = True
        self.scene.clear()
        width = LABEL_WIDTH + self.year_width * len(self.years)
        # header: one column per year
        for i, year in enumerate(self.years):
            x = LABEL_WIDTH + i * self.year_width
            text = self.scene.addSimpleText(str(year), self._bold())
            text.setPos(x + self.year_width / 2 - text.boundingRect().width() / 2, 8)
        top = float(HEADER_HEIGHT)
        self.lanes = []
        for index, org in enumerate(organisations):
            cards = scheduled.get(org.id, [])
            per_year: dict[int, int] = {}
            for card in cards:
                assert card.horizon_year is not None
                per_year[card.horizon_year] = per_year.get(card.horizon_year, 0) + 1
            rows = max(per_year.values(), default=1)
            label = self._lane_label(org.name)
            # a lane is at least as tall as its (wrapped) organisation name
            height = max(rows * (BLOCK_HEIGHT + GAP) + GAP,
                         label.boundingRect().height() + 2 * GAP)
            lane_rect = self.scene.addRect(QRectF(0, top, width, height),
                                           QPen(Qt.PenStyle.NoPen),
                                           QBrush(QColor(LANE_COLOURS[index % 2])))
            lane_rect.setZValue(-1)
            label.setPos(8, top + max(2.0, (height - label.boundingRect().height()) / 2))
            self.lanes.append(Lane(org.id, org.name, top, height))
            placed: dict[int, int] = {}
            for card in cards:
                assert card.horizon_year is not None
                nth = placed.get(card.horizon_year, 0)
                placed[card.horizon_year] = nth + 1
                x = LABEL_WIDTH + self.years.index(card.horizon_year) * self.year_width + GAP
                y = top + GAP + nth * (BLOCK_HEIGHT + GAP)
                rect = QRectF(x, y, self.year_width - 2 * GAP, BLOCK_HEIGHT)
                self._block(card, rect, BLOCK_COLOUR)
            top += height
        # grid lines between years
        pen = QPen(QColor("#d0d5dc"), 1, Qt.PenStyle.DashLine)
        for i in range(len(self.years) + 1):
            x = LABEL_WIDTH + i * self.year_width
            self.scene.addLine(x, HEADER_HEIGHT - 4, x, top, pen)
        self.scene.addLine(0, top, width, top, QPen(QColor("#999"), 1))
        # the unscheduled strip
        self.strip_top = top
        title = self.scene.addSimpleText(
            self.tr("Unscheduled: actions without a lead organisation or a year "
                    "(drag them into a lane and a year)"),
            self._bold(),
        )
        title.setPos(8, top + 6)
        per_row = max(1, int((width - 2 * GAP) // self.year_width))
        for i, card in enumerate(unscheduled):
            x = GAP + (i % per_row) * self.year_width
            y = top + STRIP_TITLE + GAP + (i // per_row) * (BLOCK_HEIGHT + GAP)
            self._block(card, QRectF(x, y, self.year_width - 2 * GAP, BLOCK_HEIGHT),
                        UNSCHEDULED_COLOUR)
        strip_rows = max(1, (len(unscheduled) + per_row - 1) // per_row)
        bottom = top + STRIP_TITLE + GAP + strip_rows * (BLOCK_HEIGHT + GAP) + GAP
        self.scene.setSceneRect(QRectF(0, 0, width, bottom))
        self._rebuilding = False
        if self._selected_id is not None:
            block = self.block(self._selected_id)
            if block is not None:
                self.canvas.select_block(block)

    def _canvas_resized(self) -> None:
        available = self.canvas.viewport().width() - LABEL_WIDTH - 2 * GAP
        if max(MIN_YEAR_WIDTH, available // max(1, len(self.years))) != self.year_width:
            self.refresh()

    def _bold(self) -> QFont:
        font = QFont(self.font())
        font.setBold(True)
        return font

    def _lane_label(self, name: str) -> QGraphicsTextItem:
        """The organisation's name, wrapped to the label column; the caller places it."""
        text = self.scene.addText("")
        text.setTextWidth(LABEL_WIDTH - 16)
        text.setFont(self._bold())
        text.setPlainText(name)
        text.setToolTip(name)
        return text

    def _block(self, card: Card, rect: QRectF, colour: str) -> ActionBlock:
        data = self.session.data()
        org = data.organisation(card.lead_organisation_id)
        tooltip = self._tooltip(card, org.name if org else "")
        block = ActionBlock(card, rect, colour, tooltip)
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
        return next((b for b in self.canvas.blocks() if b.card.id == card_id), None)

    def cell_centre(self, organisation_id: uuid.UUID, year: int) -> QPointF:
        """Where a lane and a year cross, in scene coordinates (for tests and tools)."""
        lane = next(lane for lane in self.lanes if lane.organisation_id == organisation_id)
        x = LABEL_WIDTH + self.years.index(year) * self.year_width + self.year_width / 2
        return QPointF(x, lane.top + GAP + BLOCK_HEIGHT / 2)

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
        column = int((centre.x() - LABEL_WIDTH) // self.year_width)
        if lane is None or centre.x() < LABEL_WIDTH or not 0 <= column < len(self.years):
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
        return [self._selected_id] if self._selected_id else []
