"""The drivers phase: cards grouped by category, nature tags, impact and uncertainty rated
from the keyboard (two digits) or by dragging cards on the impact × uncertainty matrix."""

from __future__ import annotations

import bisect
import math
import uuid
from collections.abc import Callable, Sequence
from typing import Any, ClassVar, cast

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPointF,
    QRectF,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPen,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGraphicsItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStyledItemDelegate,
    QVBoxLayout,
    QWidget,
)

from coopatelier.domain.analysis import HIGH_THRESHOLD
from coopatelier.domain.model import Card, DriverNature
from coopatelier.services.changes import Changes
from coopatelier.ui import card_ops
from coopatelier.ui.card_gestures import CardGestures, ids_from_mime
from coopatelier.ui.models import CARD_ID_ROLE, DriverTableModel, nature_label
from coopatelier.ui.views.base import FlippingSplitter, PhaseView
from coopatelier.ui.views.cards import affects_phase, appended_cards
from coopatelier.ui.views.combo import ElidingComboBox
from coopatelier.ui.views.tables import AppendingTable, rows_height
from coopatelier.ui.workshop_session import WorkshopSession

CELL = 90.0
GRID = 5
CARD_W = 82.0
CARD_H = 27.0  # two lines of the tile's small font; three tiles stack in a cell
LEFT = 60.0  # room for the impact axis labels
#: the most a tile widens to use a wide matrix's room (its label gets more of the text)
CARD_W_MAX = 3 * CARD_W
TILE_GAP = 4.0
CELL_PAD = 5.0
TRAY_GAP = 50.0  # between the grid and the tray of unrated drivers
TRAY_MIN_ACROSS = 3
#: the width of a column, the height of a row, without a card
EMPTY_CELL = CELL / 2
#: the size of a tile's label on screen at the scene's own size and smaller (the matrix is
#: drawn smaller than its scene on a small screen: a scaled label would be a 7 px smudge);
#: drawn larger (a large screen, few drivers) the label grows with it, up to
#: ``LABEL_MAX_ZOOM`` times (at 1920 × 1080 its 10 px sat in tiles 40 px tall; larger, a
#: long driver no longer read whole in a matrix with room to spare)
LABEL_PIXELS = 10
LABEL_MAX_ZOOM = 1.25
#: below this many device pixels of tile height (a tray of hundreds of unrated drivers zooms
#: the matrix far out) labels are not painted at all, which keeps repainting cheap
LABEL_MIN_PIXELS = 9.0
#: tile shapes and label zooms go by steps of 2^(1/16) (4.4 %): a matrix growing by a row
#: of unrated drivers keeps its tiles' shape and their labels' text most of the time, so
#: that a capture moves one tile, not every one (every label measured again was most of it)
STEPS_PER_DOUBLING = 16
KEY_COLOUR = QColor("#fde7c8")
KEY_BORDER = QColor("#c46a00")

_DIGITS = {getattr(Qt.Key, f"Key_{d}"): d for d in range(1, 6)}


class CardItem(QGraphicsRectItem):
    """A driver on the matrix: a small labelled tile, dragged by ``MatrixView``.

    The label ignores the view's zoom: it keeps a readable size (``LABEL_PIXELS``) and shows
    as much of the card's text as the tile has room for on screen; the tooltip has it all."""

    def __init__(self, card: Card, zoom: float = 1.0, width: float = CARD_W,
                 height: float = CARD_H) -> None:
        super().__init__(0, 0, width, height)
        #: the view's zoom the label is laid out for (set by ``MatrixView``)
        self.zoom = zoom
        self.card_id = card.id
        #: the card and position last shown (set by ``MatrixView.set_cards``)
        self.shown: tuple[Card, tuple[float, float]] | None = None
        self.label = QGraphicsSimpleTextItem(self)
        self.label.setFont(self.label_font(zoom))
        self.label.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.label.setPos(3, 1.5)
        self.setZValue(2)
        self._text = ""
        #: what the label's text was fitted for: (text, zoom, width, height)
        self._fitted: tuple[str, float, float, float] | None = None
        self.set_card(card)
        self.set_highlighted(False)

    @staticmethod
    def label_font(zoom: float = 1.0) -> QFont:
        """The label's font at ``zoom`` (the view's, stepped)."""
        font = QFont()
        font.setPixelSize(round(LABEL_PIXELS * min(max(zoom, 1.0), LABEL_MAX_ZOOM)))
        return font

    def set_card(self, card: Card) -> None:
        self._text = card.text
        self.fit_label()
        self.setToolTip(card.text)

    def fit_label(self) -> None:
        """The text that fits the tile at the current zoom: as many lines as its height on
        screen holds (one at least)."""
        zoom = self.zoom
        rect = self.rect()
        fitted = (self._text, zoom, rect.width(), rect.height())
        if fitted == self._fitted:
            return
        self._fitted = fitted
        font = self.label_font(zoom)
        if font.pixelSize() != self.label.font().pixelSize():
            self.label.setFont(font)
        line = QFontMetricsF(font).lineSpacing()
        lines = max(1, int(((self.rect().height() - 2) * zoom + 1) // line))
        width = self.rect().width()
        self.label.setText(tile_text(self._text, font, (width - 6) * zoom - 2, lines))

    def set_size(self, width: float, height: float, fit: bool = True) -> None:
        """Resize the tile; its label is fitted again when ``fit`` (a hidden label is
        fitted when shown)."""
        if (width, height) != (self.rect().width(), self.rect().height()):
            self.setRect(0, 0, width, height)
            if fit:
                self.fit_label()

    def show_label(self, shown: bool) -> None:
        """Show or hide the label. A hidden label leaves the scene: Qt's index keeps items
        that ignore transformations apart and hands each of their tiles to every repaint,
        so hundreds of hidden labels made painting one new tile look at every tile."""
        label = self.label
        if shown:
            if label.parentItem() is not self:
                label.setParentItem(self)
            label.setVisible(True)
            return
        label.setVisible(False)
        scene = label.scene()
        if scene is not None:
            scene.removeItem(label)  # from its tile too
        elif label.parentItem() is not None:
            label.setParentItem(cast(QGraphicsItem, None))  # (the stubs omit None)

    def set_highlighted(self, on: bool) -> None:
        self.setBrush(QBrush(QColor("#1f5f8b") if on else QColor("#ffffff")))
        self.setPen(QPen(QColor("#1f5f8b"), 2 if on else 1))
        self.label.setBrush(QBrush(QColor("#ffffff") if on else QColor("#1d2a24")))
        self.setZValue(3 if on else 2)


def tile_text(text: str, font: QFont, width: float = CARD_W - 8, lines: int = 2) -> str:
    """The card's text on at most ``lines`` lines of ``width``: words wrap, the rest is
    elided on the last line."""
    words = text.split()
    metrics = QFontMetricsF(font)
    shown: list[str] = []
    while words and len(shown) < lines - 1:
        line = ""
        while words:
            candidate = f"{line} {words[0]}" if line else words[0]
            if metrics.horizontalAdvance(candidate) > width:
                break
            line = candidate
            words.pop(0)
        if not line:  # one long word: cut it on this line
            break
        shown.append(line)
    if words:
        shown.append(metrics.elidedText(" ".join(words), Qt.TextElideMode.ElideRight, width))
    return "\n".join(shown)


def stepped(value: float, base: float = 1.0) -> float:
    """``value`` rounded down to ``base`` × 2^(k / STEPS_PER_DOUBLING), k an integer."""
    if value <= 0 or base <= 0:
        return value
    step = math.floor(math.log2(value / base) * STEPS_PER_DOUBLING + 1e-9)
    return float(base * 2 ** (step / STEPS_PER_DOUBLING))


def tray_room(rows: int) -> int:
    """The rows the tray keeps room for, to hold ``rows``: below 16 exactly, then rounded
    up to a multiple of an eighth of the power of two at or below (at most 1/8 more): a
    capture that starts a row of the tray seldom changes the matrix's size, and with it
    the zoom, which repaints every tile."""
    if rows <= 8:
        return max(1, rows)
    step = 1 << (rows.bit_length() - 4)
    return -(-rows // step) * step


def tiles_across(count: int) -> int:
    """How many tiles side by side a cell of ``count`` tiles holds: one column of three,
    then about as many columns as the tiles' 3:1 shape makes square."""
    return max(1, round(math.sqrt(count / 3))) if count > 3 else 1


class MatrixGeometry:
    """Where the cells and tiles of the matrix are. Each column is as wide, each row as
    tall as its fullest cell needs, so that tiles never overlap whatever their number in a
    cell; tiles widen (up to ``CARD_W_MAX``) to fill a matrix wider than it is tall."""

    def __init__(self, counts: dict[tuple[int, int], int], unrated: int,
                 tile_w: float = CARD_W, tile_h: float = CARD_H) -> None:
        self.counts = dict(counts)
        self.unrated = unrated
        self.tile_w = tile_w
        self.tile_h = tile_h
        across = [1] * GRID  # by uncertainty - 1
        # a row or a column without a card is narrower: the room goes to the tiles
        used_rows = {GRID - impact for impact, _ in counts}
        used_columns = {uncertainty - 1 for _, uncertainty in counts}
        rows = [CELL * tile_h / CARD_H if r in used_rows else EMPTY_CELL for r in range(GRID)]
        for (impact, uncertainty), count in counts.items():
            per_row = tiles_across(count)
            across[uncertainty - 1] = max(across[uncertainty - 1], per_row)
            lines = -(-count // per_row)
            row = GRID - impact
            rows[row] = max(rows[row], lines * (tile_h + 3) + 3)
        self.across = across
        self.widths = [a * (tile_w + TILE_GAP) + 2 * CELL_PAD - TILE_GAP for a in across]
        self.widths = [
            max(w, CELL * tile_w / CARD_W) if c in used_columns else EMPTY_CELL
            for c, w in enumerate(self.widths)
        ]
        self.heights = rows
        self.xs = [LEFT + sum(self.widths[:i]) for i in range(GRID + 1)]
        self.ys = [sum(rows[:i]) for i in range(GRID + 1)]
        self.tray_top = self.ys[-1] + TRAY_GAP
        #: unrated tiles side by side: as many as the grid's width holds (three at least)
        self.tray_across = max(TRAY_MIN_ACROSS, int((self.right - LEFT + 8) // (tile_w + 8)))
        tray_rows = tray_room(-(-unrated // self.tray_across))
        self.tray_bottom = self.tray_top + tray_rows * (tile_h + 4)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, MatrixGeometry) and (
            self.xs, self.ys, self.tray_bottom, self.tile_w, self.tile_h
        ) == (other.xs, other.ys, other.tray_bottom, other.tile_w, other.tile_h)

    __hash__ = None  # type: ignore[assignment]

    def places_as(self, other: MatrixGeometry) -> bool:
        """Whether every tile of ``other`` is where it is in this geometry, and every cell
        and the tray's top too: only the tray's bottom (a new row of unrated tiles) may
        differ."""
        return (self.xs, self.ys, self.tile_w, self.tile_h, self.tray_across) == (
            other.xs, other.ys, other.tile_w, other.tile_h, other.tray_across)

    @property
    def right(self) -> float:
        return self.xs[-1]

    @property
    def bottom(self) -> float:
        return self.ys[-1]

    def scene_rect(self) -> QRectF:
        width = max(self.right, LEFT + self.tray_across * (self.tile_w + 8)) + 20
        return QRectF(0, -30, width, self.tray_bottom + 40)

    def cell_rect(self, impact: int, uncertainty: int) -> QRectF:
        """The cell for (impact, uncertainty): uncertainty grows to the right, impact
        upwards."""
        column, row = uncertainty - 1, GRID - impact
        return QRectF(self.xs[column], self.ys[row], self.widths[column], self.heights[row])

    def tile_pos(self, impact: int, uncertainty: int, index: int) -> QPointF:
        """Top-left of the ``index``-th tile of a cell: rows of ``tiles_across`` tiles."""
        cell = self.cell_rect(impact, uncertainty)
        across = tiles_across(self.counts.get((impact, uncertainty), 1))
        return QPointF(
            cell.left() + CELL_PAD + (index % across) * (self.tile_w + TILE_GAP),
            cell.top() + 3 + (index // across) * (self.tile_h + 3),
        )

    def tray_pos(self, index: int) -> QPointF:
        return QPointF(
            LEFT + (index % self.tray_across) * (self.tile_w + 8),
            self.tray_top + (index // self.tray_across) * (self.tile_h + 4),
        )

    def rating_at(self, point: QPointF) -> tuple[int, int] | None:
        """(impact, uncertainty) of the cell under ``point``, or None outside the grid."""
        if not (self.xs[0] <= point.x() < self.xs[-1] and 0 <= point.y() < self.ys[-1]):
            return None
        column = bisect.bisect_right(self.xs, point.x()) - 1
        row = bisect.bisect_right(self.ys, point.y()) - 1
        return GRID - row, column + 1

    def in_tray(self, point: QPointF) -> bool:
        return self.tray_top - 20 <= point.y() <= self.tray_bottom + 20

    def widened(self, aspect: float) -> MatrixGeometry:
        """The same cells with tiles shaped to make the scene's width over its height
        ``aspect``: wider tiles in a wide matrix (up to ``CARD_W_MAX``), taller ones in a
        tall matrix (up to twice ``CARD_H``: room for more lines of label)."""
        counts, unrated = self.counts, self.unrated
        rect = self.scene_rect()
        if rect.width() <= aspect * rect.height():
            # the scene's width grows linearly with the tiles' (by parts: grid, tray)
            narrow = rect.width()
            wide = MatrixGeometry(counts, unrated, 2 * CARD_W).scene_rect().width()
            slope = (wide - narrow) / CARD_W
            tile_w = CARD_W + (aspect * rect.height() - narrow) / slope if slope > 0 else CARD_W
            tile_w = min(CARD_W_MAX, max(CARD_W, math.floor(stepped(tile_w, CARD_W))))
            return MatrixGeometry(counts, unrated, tile_w)
        low = rect.height()
        high = MatrixGeometry(counts, unrated, CARD_W, 2 * CARD_H).scene_rect().height()
        slope = (high - low) / CARD_H
        wanted = rect.width() / max(aspect, 0.1)
        tile_h = CARD_H + (wanted - low) / slope if slope > 0 else CARD_H
        tile_h = min(2 * CARD_H, max(CARD_H, math.floor(stepped(tile_h, CARD_H))))
        return MatrixGeometry(counts, unrated, CARD_W, tile_h)


def _tally(
    cards: Sequence[Card], counts: dict[tuple[int, int], int], unrated: int
) -> tuple[dict[tuple[int, int], int], int]:
    """``counts`` (tiles by (impact, uncertainty)) and ``unrated`` with ``cards`` added."""
    for card in cards:
        if card.impact is not None and card.uncertainty is not None:
            key = (card.impact, card.uncertainty)
            counts[key] = counts.get(key, 0) + 1
        else:
            unrated += 1
    return counts, unrated


class MatrixView(QGraphicsView):
    """The impact × uncertainty matrix; drag a card onto a cell to rate it."""

    #: (card id, impact, uncertainty), or None ratings when dropped on the "not rated" tray
    dropped = Signal(object, object, object)
    clicked = Signal(object)
    #: (card ids, impact, uncertainty): drivers dragged from the list onto a cell (ratings
    #: None on the tray)
    cards_dropped = Signal(object, object, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setObjectName("matrix")
        self.setAccessibleName(self.tr("Impact × uncertainty matrix"))
        self.setToolTip(
            self.tr(
                "Drag a driver onto a cell to set its impact (up) and uncertainty (right). "
                "Drop it on the tray below to clear its rating."
            )
        )
        self.tiles: dict[uuid.UUID, CardItem] = {}
        self._dragging: CardItem | None = None
        self._dragged_last: CardItem | None = None
        self._highlighted: set[uuid.UUID] = set()
        self._grab = QPointF()
        self.labels_shown = True
        self._label_zoom = 1.0
        self._cards: Sequence[Card] = ()
        #: the ids of the tiles in each cell and in the tray, in their order
        self._members: dict[tuple[int, int], list[uuid.UUID]] = {}
        self._tray: list[uuid.UUID] = []
        #: the cells' layout, for the cards shown (its tiles widened to the view's shape)
        self.cells = MatrixGeometry({}, 0)
        self._grid_items: list[QGraphicsItem] = []
        self.setAcceptDrops(True)
        self._draw_grid()

    # --- drivers dragged from the list (ui/card_gestures.py) ------------------------------

    def _drop_rating(self, event: QDropEvent | QDragMoveEvent) -> tuple[object, object] | None:
        point = self.mapToScene(event.position().toPoint())
        rating = self.cells.rating_at(point)
        if rating is not None:
            return rating
        if self.cells.in_tray(point):
            return None, None
        return None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if ids_from_mime(event.mimeData()):
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if ids_from_mime(event.mimeData()):
            if self._drop_rating(event) is not None:
                event.acceptProposedAction()
            else:
                event.ignore()
        else:
            super().dragMoveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        ids = ids_from_mime(event.mimeData())
        rating = self._drop_rating(event) if ids else None
        if ids and rating is not None:
            event.acceptProposedAction()
            self.cards_dropped.emit(ids, rating[0], rating[1])
        else:
            super().dropEvent(event)

    def _draw_grid(self) -> None:
        """The cells, axes and captions of ``cells`` (drawn again when it changes)."""
        scene = self.scene()
        for item in self._grid_items:
            scene.removeItem(item)
        drawn: list[QGraphicsItem] = []
        self._grid_items = drawn
        g = self.cells
        threshold = HIGH_THRESHOLD - 1  # cells at or above the threshold are "high"
        key_left, key_bottom = g.xs[threshold], g.ys[GRID - threshold]
        key = QGraphicsRectItem(key_left, 0, g.right - key_left, key_bottom)
        key.setBrush(QBrush(KEY_COLOUR))
        key.setPen(QPen(KEY_BORDER, 2))
        key.setZValue(0)
        scene.addItem(key)
        drawn.append(key)
        title = QGraphicsSimpleTextItem(self.tr("Key uncertainties"))
        font = QFont()
        font.setBold(True)
        font.setPointSizeF(9)
        title.setFont(font)
        title.setBrush(QBrush(KEY_BORDER))
        title.setPos(key_left + 6, -24)
        scene.addItem(title)
        drawn.append(title)
        pen = QPen(QColor("#b8c4bf"))
        for x in g.xs:
            drawn.append(scene.addLine(x, 0, x, g.bottom, pen))
        for y in g.ys:
            drawn.append(scene.addLine(LEFT, y, g.right, y, pen))
        for line in drawn[2:]:
            line.setZValue(1)
        small = QFont()
        small.setPointSizeF(8)
        for value in range(1, GRID + 1):
            cell = g.cell_rect(value, value)
            label = scene.addSimpleText(str(value), small)
            label.setPos(cell.center().x() - 3, g.bottom + 4)
            drawn.append(label)
            label = scene.addSimpleText(str(value), small)
            label.setPos(LEFT - 16, cell.center().y() - 8)
            drawn.append(label)
        x_axis = scene.addSimpleText(self.tr("Uncertainty →"), small)
        x_axis.setPos(g.right - x_axis.boundingRect().width() - 4, g.bottom + 20)
        drawn.append(x_axis)
        y_axis = scene.addSimpleText(self.tr("Impact ↑"), small)
        y_axis.setRotation(-90)
        y_axis.setPos(4, min(g.bottom, y_axis.boundingRect().width() + 20))
        drawn.append(y_axis)
        tray = scene.addSimpleText(self.tr("Not rated yet: drag onto the matrix"), small)
        tray.setPos(LEFT, g.tray_top - 18)
        drawn.append(tray)
        self._tray_label = tray

    # --- content --------------------------------------------------------------------------

    def set_cards(self, cards: Sequence[Card]) -> None:
        self._cards = cards
        counts, unrated = _tally(cards, {}, 0)
        geometry = MatrixGeometry(counts, unrated).widened(self._aspect())
        resized = geometry != self.cells
        if resized:
            self.cells = geometry
            self._draw_grid()
            for tile in self.tiles.values():
                tile.set_size(geometry.tile_w, geometry.tile_h, fit=False)
        self._members = {}
        self._tray = []
        tiles = self.tiles
        for card in cards:
            item = tiles.get(card.id)
            if item is None:
                item = self._new_tile(card)
            shown = item.shown
            if shown is not None and shown[0] is not card and shown[0] != card:
                item.set_card(card)
            self._place(item, card)
        self._dragged_last = None
        if len(tiles) > len(cards):  # every card has its tile: only then can some be stale
            seen = {card.id for card in cards}
            for card_id in [i for i in tiles if i not in seen]:
                self.scene().removeItem(tiles.pop(card_id))
                self._highlighted.discard(card_id)
        self._set_scene_rect(geometry.scene_rect())
        if resized and self.labels_shown:  # (those fitted for a new zoom are skipped)
            for tile in tiles.values():
                tile.fit_label()

    def _set_scene_rect(self, rect: QRectF) -> None:
        if rect != self.sceneRect():
            # the scene's own rect too: else it unites every item's bounds after each change
            self.scene().setSceneRect(rect)
            self.setSceneRect(rect)
            self._fit()

    def _new_tile(self, card: Card) -> CardItem:
        # hidden labels keep the text a tile shows at full size
        zoom = self._label_zoom if self.labels_shown else 1.0
        item = CardItem(card, zoom, self.cells.tile_w, self.cells.tile_h)
        item.show_label(self.labels_shown)
        self.tiles[card.id] = item
        self.scene().addItem(item)
        return item

    def _place(self, item: CardItem, card: Card) -> None:
        """Put ``card``'s tile after the others of its cell (or of the tray)."""
        if card.impact is not None and card.uncertainty is not None:
            members = self._members.setdefault((card.impact, card.uncertainty), [])
            point = self.cells.tile_pos(card.impact, card.uncertainty, len(members))
            members.append(card.id)
        else:
            point = self.cells.tray_pos(len(self._tray))
            self._tray.append(card.id)
        pos = (point.x(), point.y())
        shown = item.shown
        if shown is None or shown[1] != pos or item is self._dragged_last:
            item.setPos(point)
        item.shown = (card, pos)

    def append_cards(self, cards: Sequence[Card]) -> None:
        """A capture: each new tile is placed after the others of its cell or of the
        tray; the other tiles stay where they are. When the cells must change (a cell
        grows, the tray needs a row) every tile is placed again."""
        counts, unrated = _tally(cards, dict(self.cells.counts), self.cells.unrated)
        geometry = MatrixGeometry(counts, unrated).widened(self._aspect())
        old = self.cells
        if not geometry.places_as(old) or any(
            tiles_across(count) != tiles_across(old.counts.get(key, 0))
            for key, count in counts.items()
        ):
            self.set_cards((*self._cards, *cards))
            return
        self.cells = geometry
        self._cards = (*self._cards, *cards)
        for card in cards:
            self._place(self.tiles.get(card.id) or self._new_tile(card), card)
        # a new row of the tray: the scene grows downwards, the rest stays where it is
        self._set_scene_rect(geometry.scene_rect())

    def _aspect(self) -> float:
        """The viewport's width over its height: the shape the scene is widened to."""
        size = self.viewport().size()
        return size.width() / size.height() if size.height() > 0 else 1.0

    def highlight(self, card_ids: set[uuid.UUID]) -> None:
        for card_id in self._highlighted ^ card_ids:
            item = self.tiles.get(card_id)
            if item is not None:
                item.set_highlighted(card_id in card_ids)
        self._highlighted = {i for i in card_ids if i in self.tiles}

    def item_pos_in_viewport(self, card_id: uuid.UUID) -> QPointF:
        """Centre of a card's tile in viewport coordinates (tests drive the mouse there)."""
        item = self.tiles[card_id]
        centre = item.mapToScene(item.rect().center())
        return QPointF(self.mapFromScene(centre))

    def cell_centre_in_viewport(self, impact: int, uncertainty: int) -> QPointF:
        return QPointF(self.mapFromScene(self.cells.cell_rect(impact, uncertainty).center()))

    def _fit(self) -> None:
        self.fitInView(self.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)
        self._show_labels_if_legible()

    def _show_labels_if_legible(self) -> None:
        """Labels shown when legible, fitted for the zoom rounded down to a step (never
        wider than their tile on screen): a slightly smaller zoom (the tray's new row)
        measures no label again. Hidden labels keep their text."""
        zoom = self.transform().m11()
        shown = self.cells.tile_h * zoom >= LABEL_MIN_PIXELS
        label_zoom = stepped(zoom)
        if shown and (label_zoom != self._label_zoom or not self.labels_shown):
            self._label_zoom = label_zoom
            for item in self.tiles.values():
                item.zoom = label_zoom
                item.fit_label()
        if shown != self.labels_shown:
            self.labels_shown = shown
            for item in self.tiles.values():
                item.show_label(shown)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.set_cards(self._cards)  # the tiles widen or narrow with the view's shape
        self._fit()

    # --- dragging (handled here so that it works without an item grab) --------------------

    def _card_item_at(self, point: QPointF) -> CardItem | None:
        for item in self.items_at(point):
            while item is not None and not isinstance(item, CardItem):
                item = item.parentItem()
            if isinstance(item, CardItem):
                return item
        return None

    def items_at(self, point: QPointF) -> list[QGraphicsItem]:
        return super().items(point.toPoint())

    def mousePressEvent(self, event: QMouseEvent) -> None:
        item = self._card_item_at(event.position())
        if item is not None and event.button() == Qt.MouseButton.LeftButton:
            self._dragging = item
            self._grab = self.mapToScene(event.position().toPoint()) - item.pos()
            item.setZValue(10)
            self.clicked.emit(item.card_id)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._dragging is not None:
            self._dragging.setPos(self.mapToScene(event.position().toPoint()) - self._grab)
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        item = self._dragging
        if item is None:
            super().mouseReleaseEvent(event)
            return
        self._dragging = None
        self._dragged_last = item  # wherever it lands, the next layout puts it in place
        point = self.mapToScene(event.position().toPoint())
        rating = self.cells.rating_at(point)
        if rating is not None:
            self.dropped.emit(item.card_id, rating[0], rating[1])
        elif self.cells.in_tray(point):
            self.dropped.emit(item.card_id, None, None)
        else:
            self.dropped.emit(item.card_id, "", "")  # outside: put it back
        event.accept()


class _TextDelegate(QStyledItemDelegate):
    def __init__(self, view: DriversView) -> None:
        super().__init__(view)
        self._view = view

    def setModelData(self, editor: QWidget, model: Any, index: Any) -> None:
        text = editor.property("text")
        card_id = index.data(CARD_ID_ROLE)
        if isinstance(text, str) and text.strip() and card_id is not None:
            card_ops.update_card(
                self._view.session,
                card_id,
                QCoreApplication.translate("DriversView", "Edit driver"),
                text=text,
            )


class _DriverTable(AppendingTable):
    """The drivers' table: the keyboard goes from driver to driver over the groups'
    heading rows (Down from a rated driver landed on the next heading, and the rating
    typed there went nowhere)."""

    _BACK = (QAbstractItemView.CursorAction.MoveUp, QAbstractItemView.CursorAction.MovePageUp,
             QAbstractItemView.CursorAction.MoveHome, QAbstractItemView.CursorAction.MovePrevious)

    def moveCursor(
        self, action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        index = super().moveCursor(action, modifiers)
        model = self.model()
        if (not isinstance(model, DriverTableModel) or not index.isValid()
                or model.card_at(index) is not None):
            return index
        step = -1 if action in self._BACK else 1
        for direction in (step, -step):  # the way it went, else back (a heading at an end)
            row = index.row() + direction
            while 0 <= row < model.rowCount():
                candidate = model.index(row, index.column())
                if model.card_at(candidate) is not None and not self.isRowHidden(row):
                    return candidate
                row += direction
        return self.currentIndex()


class DriversView(PhaseView):
    """Drivers by category, with the impact × uncertainty matrix beside them."""

    def __init__(
        self, session: WorkshopSession, phase_id: uuid.UUID, parent: QWidget | None = None
    ) -> None:
        super().__init__(session, phase_id, parent)
        self._dirty = False
        self._pending_impact: int | None = None
        self._spanned: list[int] = []

        self.search = QLineEdit(self)
        self.search.setObjectName("driverSearch")
        self.search.setPlaceholderText(self.tr("Search drivers…"))
        self.search.setAccessibleName(self.tr("Search drivers"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(self.fontMetrics().averageCharWidth() * 16)
        self.search.textChanged.connect(lambda _text: self.refresh())
        self.category_filter = ElidingComboBox(self)
        self.category_filter.setMinimumContentsLength(6)
        self.category_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.category_filter.setAccessibleName(self.tr("Show category"))
        self.category_filter.setToolTip(self.tr("Show only one category"))
        self.category_filter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.nature_filter = ElidingComboBox(self)
        self.nature_filter.setAccessibleName(self.tr("Show nature"))
        self.nature_filter.setToolTip(self.tr("Show only one nature of driver"))
        self.nature_filter.setMinimumContentsLength(6)
        self.nature_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.nature_filter.addItem(self.tr("All natures"), "")
        for nature in DriverNature:
            self.nature_filter.addItem(nature_label(nature), nature.value)
        self.nature_filter.currentIndexChanged.connect(lambda _i: self.refresh())

        self.model = DriverTableModel(self)
        self.table = _DriverTable(self)
        self.table.lays_out_at_once = True  # no column to its contents (see AppendingTable)
        self.table.setObjectName("driverTable")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.table.setItemDelegateForColumn(0, _TextDelegate(self))
        self.table.setAccessibleName(self.tr("Drivers by category"))
        self.table.setToolTip(
            self.tr(
                "Select drivers and type two digits from 1 to 5: impact, then uncertainty "
                "(e.g. 4 then 5). Esc cancels. F2 edits the text; Del deletes; Ctrl+M merges. "
                "Drag drivers to another category or onto a phase of the agenda; "
                "Alt+Up/Down moves them; right-click for more."
            )
        )
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setMinimumSectionSize(36)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(DriverTableModel.COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        self.table.installEventFilter(self)
        self.model.modelReset.connect(self._span_groups)
        self.model.rowsInserted.connect(self._rows_inserted)
        self.model.rowsRemoved.connect(self._rows_removed)

        self.nature_box = ElidingComboBox(self)
        self.nature_box.setObjectName("natureBox")
        self.nature_box.setAccessibleName(self.tr("Nature of the selected drivers"))
        self.nature_box.setToolTip(self.tr("Tag the selected drivers with a nature"))
        self.nature_box.addItem(self.tr("Nature…"), None)
        self.nature_box.addItem(self.tr("No nature"), "")
        for nature in DriverNature:
            self.nature_box.addItem(nature_label(nature), nature.value)
        self.nature_box.activated.connect(self._nature_chosen)
        self.category_box = ElidingComboBox(self)
        self.category_box.setObjectName("categoryBox")
        self.category_box.setAccessibleName(self.tr("Category of the selected drivers"))
        self.category_box.setToolTip(self.tr("Move the selected drivers to a category"))
        self.category_box.activated.connect(self._category_chosen)
        self.merge_button = QPushButton(self.tr("&Merge"), self)
        self.merge_button.setToolTip(
            self.tr("Merge the selected duplicate drivers into the first one (Ctrl+M)")
        )
        self.merge_button.clicked.connect(self.merge_selected)
        self.hint = QLabel(self)
        self.hint.setObjectName("ratingHint")
        self.hint.setWordWrap(True)

        self.matrix = MatrixView(self)
        self.matrix.dropped.connect(self._dropped)
        self.matrix.cards_dropped.connect(self._cards_dropped)
        self.matrix.clicked.connect(lambda card_id: self.select_cards([card_id]))
        self.matrix.installEventFilter(self)

        # one row when there is room for the filters' whole text, else the filters go under
        # the search field (see _place_filters)
        filters = QGridLayout()
        filters.setContentsMargins(0, 0, 0, 0)
        self._filters = filters
        self._filters_wide: bool | None = None
        tools = QHBoxLayout()
        tools.addWidget(self.nature_box)
        tools.addWidget(self.category_box)
        tools.addWidget(self.merge_button)
        tools.addStretch(1)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(filters)
        left.installEventFilter(self)
        self._left = left
        self._place_filters()
        for combo in (self.category_filter, self.nature_filter):
            combo.currentIndexChanged.connect(lambda _i: self._place_filters())
        left_layout.addWidget(self.table, 1)
        left_layout.addLayout(tools)
        left_layout.addWidget(self.hint)
        self.splitter = FlippingSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.matrix)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.matrix.setMinimumWidth(220)
        left.setMinimumWidth(280)
        self.splitter.setSizes(self.SIZES[Qt.Orientation.Horizontal])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self.setTabOrder(self.search, self.category_filter)
        self.setTabOrder(self.category_filter, self.nature_filter)
        self.setTabOrder(self.nature_filter, self.table)
        self.setTabOrder(self.table, self.nature_box)
        self.setTabOrder(self.nature_box, self.category_box)
        self.setTabOrder(self.category_box, self.merge_button)
        self.setTabOrder(self.merge_button, self.matrix)

        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.gestures = CardGestures(self, self.table, group_at=self._group_at)
        self._show_hint()
        self.refresh()

    # the matrix beside the table while the table reads a driver's text (60 characters)
    # with its nature and ratings and the matrix keeps tiles of a few words; narrower (both
    # docks open on a laptop: the table read 25 characters, the tiles 5 letters) the
    # matrix goes under the table, both the whole width, and the workspace scrolls
    SIDE_BY_SIDE_CHARS = 130
    # the table's and the matrix's shares, side by side and one under the other
    SIZES: ClassVar[dict[Qt.Orientation, list[int]]] = {
        Qt.Orientation.Horizontal: [600, 400], Qt.Orientation.Vertical: [400, 600]}
    # stacked, the table keeps this many rows in view and the matrix this share of its width
    STACKED_ROWS = 8
    STACKED_MATRIX_RATIO = 0.6

    def remembered_splitters(self) -> dict[str, QSplitter]:
        return {"drivers": self.splitter}

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        width = event.size().width()
        wide = width >= self.fontMetrics().averageCharWidth() * self.SIDE_BY_SIDE_CHARS
        wanted = Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical
        if self.splitter.orientation() != wanted:
            # each direction keeps its own handle (``remembered_splitters``)
            self.splitter.turn(wanted, self.SIZES[wanted])
        self.table.setMinimumHeight(0 if wide else rows_height(self.table, self.STACKED_ROWS))
        self.matrix.setMinimumHeight(0 if wide else int(width * self.STACKED_MATRIX_RATIO))

    # --- PhaseView ------------------------------------------------------------------------

    def refresh(self, changes: Changes | None = None) -> None:
        if changes is not None and not affects_phase(self, changes, self.matrix.tiles.keys()):
            return
        if changes is not None and not self.isVisible():
            self._dirty = True
            return
        self._dirty = False
        accept = self._filter()
        appended = appended_cards(self, changes)
        if appended and not self._dirty_categories(appended):
            # a capture: its row and its tile are added, the other cards are not looked at
            shown = [c for c in appended if accept(c)]
            if self.model.append_cards(shown):
                self.matrix.append_cards(shown)
                if shown:
                    self.table.reveal_inserted()  # the new card in sight
                self._selection_changed()
                return
        phase = self.phase
        cards = self.session.cards_of_phase(self.phase_id)
        self._fill_categories(phase.categories, cards)
        selected = self.selected_card_ids()
        self.model.set_cards(phase.categories, cards, accept)
        self.matrix.set_cards([c for c in cards if accept(c)])
        if shown_new := [c for c in appended if accept(c)]:
            # a capture that re-read the phase (a category new to the filter): the reset
            # keeps the scroll where it was, the new card may be out of sight; laid out
            # first (the delayed layout, done now), else the scroll bar does not reach it
            self.table.doItemsLayout()
            self.table.scrollTo(self.model.index_of(shown_new[-1].id))
        if selected and not self.table.selectionModel().hasSelection():
            self.select_cards(selected)
        else:
            self._selection_changed()

    def _filter(self) -> Callable[[Card], bool]:
        """Whether a card passes the search and the two filters."""
        needle = self.search.text().casefold().strip()
        category = self.category_filter.currentData()
        nature = self.nature_filter.currentData()

        def accept(card: Card) -> bool:
            if needle and needle not in card.text.casefold():
                return False
            if category is not None and card.category != category:
                return False
            return not (nature and (card.nature is None or card.nature.value != nature))

        return accept

    def _dirty_categories(self, cards: Sequence[Card]) -> bool:
        """Whether ``cards`` bring a category the filter does not list yet."""
        listed = {self.category_filter.itemData(i) for i in range(self.category_filter.count())}
        return any(card.category and card.category not in listed for card in cards)

    def _column_widths(self) -> tuple[int, int, int]:
        """Widths that fit the contents of the nature, rating and table/author columns."""
        metrics = self.table.fontMetrics()
        header = self.table.horizontalHeader().fontMetrics()
        pad = 18

        def title(column: int) -> int:
            text = self.model.headerData(column, Qt.Orientation.Horizontal,
                                         Qt.ItemDataRole.DisplayRole)
            return header.horizontalAdvance(str(text)) + pad

        natures = max(metrics.horizontalAdvance(nature_label(n)) for n in DriverNature) + pad
        rating = max(title(2), title(3), metrics.horizontalAdvance("5") + pad)
        source = max(title(4), metrics.averageCharWidth() * 16 + pad)
        return max(title(1), natures), rating, source

    def _fit_columns(self) -> None:
        """The driver's text takes what the other columns leave; when the table is narrow,
        the table/author column goes first (the tooltip still tells), then the nature shrinks."""
        table = self.table
        width = (table.width() - 2 * table.frameWidth()
                 - table.verticalScrollBar().sizeHint().width())
        if width <= 0:
            return
        nature, rating, source = self._column_widths()
        wanted_text = max(self.table.fontMetrics().averageCharWidth() * 26, width * 2 // 5)
        hide_source = width - nature - 2 * rating - source < wanted_text
        if width - nature - 2 * rating - (0 if hide_source else source) < wanted_text:
            nature = max(self.table.fontMetrics().averageCharWidth() * 9,
                         width - 2 * rating - wanted_text)
        header = self.table.horizontalHeader()
        header.resizeSection(1, nature)
        header.resizeSection(2, rating)
        header.resizeSection(3, rating)
        if not hide_source:
            roomy = source + self.table.fontMetrics().averageCharWidth() * 6
            if width - nature - 2 * rating - roomy >= wanted_text * 3 // 2:
                source = roomy  # a wide table shows more of the table and author
            header.resizeSection(4, source)
        if self.table.isColumnHidden(4) != hide_source:
            self.table.setColumnHidden(4, hide_source)

    def _span_groups(self) -> None:
        """Category headings span the whole width."""
        rows = self._spanned = self.model.heading_rows()
        self.table.clearSpans()
        for row in rows:
            self.table.setSpan(row, 0, 1, len(DriverTableModel.COLUMNS))

    def _rows_inserted(self, _parent: object, first: int, last: int) -> None:
        # the table moved the spans below the new rows itself
        count = last - first + 1
        self._spanned = [r + count if r >= first else r for r in self._spanned]
        self._respan_if_moved()

    def _rows_removed(self, _parent: object, first: int, last: int) -> None:
        count = last - first + 1
        self._spanned = [r - count if r > last else r for r in self._spanned
                         if not first <= r <= last]
        self._respan_if_moved()

    def _respan_if_moved(self) -> None:
        if self.model.heading_rows() != self._spanned:
            self._span_groups()

    def _fill_categories(self, categories: Sequence[str], cards: Sequence[Card]) -> None:
        names = [*categories]
        for card in cards:
            if card.category and card.category not in names:
                names.append(card.category)
        wanted = [None, *names]
        if [
            self.category_filter.itemData(i) for i in range(self.category_filter.count())
        ] == wanted:
            return
        current = self.category_filter.currentData()
        self.category_filter.blockSignals(True)
        self.category_filter.clear()
        self.category_filter.addItem(self.tr("All categories"), None)
        for name in names:
            self.category_filter.addItem(name, name)
        index = self.category_filter.findData(current)
        self.category_filter.setCurrentIndex(max(0, index))
        self.category_filter.blockSignals(False)
        self.category_box.clear()
        self.category_box.addItem(self.tr("Category…"), None)
        self.category_box.addItem(self.tr("Uncategorised"), "")
        for name in names:
            self.category_box.addItem(name, name)

    def showEvent(self, event: QShowEvent) -> None:
        if self._dirty:
            self.refresh()
        super().showEvent(event)

    def selected_card_ids(self) -> list[uuid.UUID]:
        """Selected drivers in the order shown (the first is the one a merge keeps)."""
        ids: list[uuid.UUID] = []
        for index in sorted(self.table.selectionModel().selectedRows(0), key=lambda i: i.row()):
            card = self.model.card_at(index)
            if card is not None:
                ids.append(card.id)
        return ids

    def select_cards(self, card_ids: Sequence[uuid.UUID]) -> None:
        selection = QItemSelection()
        for card_id in card_ids:
            first = self.model.index_of(card_id, 0)
            if first.isValid():
                last = self.model.index_of(card_id, len(DriverTableModel.COLUMNS) - 1)
                selection.select(first, last)
        self.table.selectionModel().select(
            selection, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        if not selection.isEmpty():
            self.table.selectionModel().setCurrentIndex(
                selection.indexes()[0], QItemSelectionModel.SelectionFlag.NoUpdate
            )
            self.table.scrollTo(selection.indexes()[0])

    # --- rating ---------------------------------------------------------------------------

    def rate_selected(self, impact: int | None, uncertainty: int | None) -> None:
        ids = self.selected_card_ids()
        if ids:
            card_ops.update_cards(
                self.session, ids, self.tr("Rate drivers"), impact=impact, uncertainty=uncertainty
            )

    def _dropped(self, card_id: uuid.UUID, impact: object, uncertainty: object) -> None:
        if impact == "":  # dropped outside: put it back where it belongs
            self.matrix.set_cards(list(self._visible_cards()))
            return
        card = next((c for c in self._visible_cards() if c.id == card_id), None)
        if card is not None and (card.impact, card.uncertainty) == (impact, uncertainty):
            self.matrix.set_cards(list(self._visible_cards()))
            return
        done = card_ops.update_cards(
            self.session,
            [card_id],
            self.tr("Move driver on the matrix"),
            impact=impact,
            uncertainty=uncertainty,
        )
        if done is None:
            self.matrix.set_cards(list(self._visible_cards()))

    def _group_at(self, index: Any) -> str | None:
        """The category of a row: a heading's, or its card's."""
        card = self.model.card_at(index)
        if card is not None:
            return card.category
        if index.isValid() and self.model.is_heading(index.row()):
            return self.model.group_key(index.row())
        return None

    def _cards_dropped(self, card_ids: list[uuid.UUID], impact: object, uncertainty: object
                       ) -> None:
        """Drivers dragged from the list onto a cell: rated there (on the tray: unrated)."""
        ids = [c.id for c in self.session.cards_of_phase(self.phase_id) if c.id in card_ids]
        if ids:
            card_ops.update_cards(self.session, ids, self.tr("Rate drivers"),
                                  impact=impact, uncertainty=uncertainty)

    def _visible_cards(self) -> list[Card]:
        return [
            c
            for c in self.session.cards_of_phase(self.phase_id)
            if self.model.index_of(c.id).isValid()
        ]

    def _nature_chosen(self, index: int) -> None:
        value = self.nature_box.itemData(index)
        self.nature_box.setCurrentIndex(0)
        if value is None:
            return
        ids = self.selected_card_ids()
        if ids:
            card_ops.update_cards(
                self.session,
                ids,
                self.tr("Tag drivers"),
                nature=DriverNature(value) if value else None,
            )

    def _category_chosen(self, index: int) -> None:
        value = self.category_box.itemData(index)
        self.category_box.setCurrentIndex(0)
        ids = self.selected_card_ids()
        if value is not None and ids:
            card_ops.update_cards(self.session, ids, self.tr("Change category"), category=value)

    def merge_selected(self) -> None:
        card_ops.merge_cards(self.session, self.selected_card_ids())

    def delete_selected(self) -> None:
        card_ops.delete_cards(self.session, self.selected_card_ids())

    def _selection_changed(self, *_args: object) -> None:
        ids = self.selected_card_ids()
        self.matrix.highlight(set(ids))
        self.merge_button.setEnabled(len(ids) >= 2)
        self.nature_box.setEnabled(bool(ids))
        self.category_box.setEnabled(bool(ids))
        if self._pending_impact is not None and not ids:
            self._pending_impact = None
        self._show_hint()

    def _show_hint(self) -> None:
        if self._pending_impact is not None:
            self.hint.setText(
                self.tr("Impact %1 — now type the uncertainty (1–5), or Esc.").replace(
                    "%1", str(self._pending_impact)
                )
            )
        else:
            self.hint.setText(
                self.tr("Keyboard: select drivers, type impact then uncertainty (1–5).")
            )

    def _place_filters(self) -> None:
        """Search and the two filters on one row when their text fits, else the filters on a
        second row, side by side."""
        filters = self._filters
        spacing = max(0, filters.horizontalSpacing())
        needed = (self.search.minimumWidth() + self.category_filter.full_width()
                  + self.nature_filter.full_width() + 2 * spacing)
        wide = self._left.width() >= needed
        for combo in (self.category_filter, self.nature_filter):
            # the natures' labels are short: when narrow, the categories get the rest
            whole = wide or combo is self.nature_filter
            combo.setMinimumWidth(combo.full_width() if whole else 0)
        if wide == self._filters_wide:
            return
        self._filters_wide = wide
        for widget in (self.search, self.category_filter, self.nature_filter):
            filters.removeWidget(widget)
        for column in range(3):
            filters.setColumnStretch(column, 0)
        if wide:
            filters.addWidget(self.search, 0, 0)
            filters.addWidget(self.category_filter, 0, 1)
            filters.addWidget(self.nature_filter, 0, 2)
            filters.setColumnStretch(0, 1)
        else:
            filters.addWidget(self.search, 0, 0, 1, 2)
            filters.addWidget(self.category_filter, 1, 0)
            filters.addWidget(self.nature_filter, 1, 1)
            filters.setColumnStretch(0, 1)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._left and event.type() == QEvent.Type.Resize:
            self._place_filters()
        if watched is self.table and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        if (
            watched in (self.table, self.matrix)
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and self.table.state() != QAbstractItemView.State.EditingState
        ):
            key = event.key()
            plain = not (
                event.modifiers()
                & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
            )
            if key in _DIGITS and plain and self.selected_card_ids():
                digit = _DIGITS[Qt.Key(key)]
                if self._pending_impact is None:
                    self._pending_impact = digit
                    self._show_hint()
                else:
                    impact, self._pending_impact = self._pending_impact, None
                    self._show_hint()
                    self.rate_selected(impact, digit)
                return True
            if key == Qt.Key.Key_Escape and self._pending_impact is not None:
                self._pending_impact = None
                self._show_hint()
                return True
            if event.matches(QKeySequence.StandardKey.Delete):
                self.delete_selected()
                return True
        return super().eventFilter(watched, event)
