"""Tables of a phase's cards that a capture changes by one row: what Qt repaints and
measures then is kept to that row (drivers, futures, actions)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPoint,
    QRect,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import QPainter, QPaintEvent, QPixmap, QRegion, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSlider,
    QHeaderView,
    QScrollBar,
    QStyle,
    QStyleOptionSlider,
    QTableView,
    QWidget,
)

#: the corner radius of an item view's frame in the stylesheet (facilitator.qss)
FRAME_RADIUS = 6


class OpaqueViewport(QObject):
    """Keeps a scroll area's viewport filling its background itself, so that Qt scrolls it
    by moving its pixels and paints only the rows uncovered.

    A stylesheet background on the view (ours: ``QTableView { background: … }``) turns the
    viewport's own fill off and paints it as a styled background instead; Qt then holds
    the viewport for see-through, and every scroll by a row (the list following a capture)
    repainted every row in sight and the widgets behind the list, up to the window. The
    fill is the palette's brush, which the stylesheet sets to its background colour, under
    the styled background that Qt still paints: the same pixels. Set again after each
    polish of the view or of the viewport, which is where the stylesheet turns it off.

    Moved pixels are right only if every change of where rows stand either moves them too
    or repaints them: ``AppendingTable.doItemsLayout`` sees to that."""

    def __init__(self, view: QAbstractScrollArea) -> None:
        super().__init__(view)
        self._view = view
        view.installEventFilter(self)
        view.viewport().installEventFilter(self)
        self._fill()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Polish, QEvent.Type.StyleChange,
                            QEvent.Type.PaletteChange):
            self._fill()
        return False

    def _fill(self) -> None:
        viewport = self._view.viewport()
        brush = viewport.palette().brush(viewport.backgroundRole())
        opaque = brush.style() != Qt.BrushStyle.NoBrush and brush.isOpaque()
        if viewport.autoFillBackground() != opaque:
            viewport.setAutoFillBackground(opaque)


def rows_height(table: QTableView, rows: int, heights: Sequence[int] = ()) -> int:
    """The height that shows ``rows`` rows of ``table`` under its header, at their default
    height or at ``heights`` (the rows' own, for those given): a stacked view keeps its
    list that tall."""
    default = table.verticalHeader().defaultSectionSize()
    shown = [*heights[:rows], *[default] * (rows - len(heights[:rows]))]
    return table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth() + sum(shown)


class AppendingTable(QTableView):
    """A table whose inserted rows (a capture) repaint the rows from the first of them
    down. QTableView lays itself out again after any insertion and repaints every row it
    shows, which a capture in a long phase paid each time; any other change (a reset,
    removed rows) still does that."""

    #: a capture's row laid out and scrolled to at once (``reveal_inserted``), painted
    #: with the rest of the capture: for a table whose columns do not follow their
    #: contents (a column the header sizes to its contents is measured again on the
    #: header's timer after the scroll, and every row laid out and repainted again) and
    #: whose rows' heights are set by ``RowHeights`` (which sets a new row's height
    #: without telling the table, whose layout is due anyway); others wait for Qt's timer
    lays_out_at_once = False

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._inserted_from: int | None = None  # the first row inserted since the layout
        self._whole = False  # something else happened: the whole layout
        self._changed: list[tuple[int, int]] = []  # rows changed while a layout was due
        self._reveal: int | None = None  # the row to scroll into view once laid out
        self._last_inserted = -1
        self._corner_pixmaps: dict[tuple[int, ...], QPixmap] = {}  # _frame_corner's
        self.setVerticalScrollBar(SteadyScrollBar(Qt.Orientation.Vertical, self))
        self.setHorizontalHeader(ColumnHeader(self))
        OpaqueViewport(self)  # scrolling to a new row moves the others' pixels

    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        if model is not None:  # what moves or reshapes rows: the whole layout
            for signal in (model.layoutChanged, model.rowsMoved, model.columnsInserted,
                           model.columnsRemoved, model.columnsMoved):
                signal.connect(self._relayout_all)

    def _relayout_all(self, *_args: object) -> None:
        self._whole = True

    def rowsInserted(self, parent: Any, start: int, end: int) -> None:
        super().rowsInserted(parent, start, end)
        if not parent.isValid():
            first = self._inserted_from
            self._inserted_from = start if first is None else min(first, start)
            self._last_inserted = end

    def dataChanged(self, top_left: Any, bottom_right: Any, roles: Any = ()) -> None:
        # Qt repaints nothing for a change while a layout is due (the layout repaints all);
        # this layout repaints only the inserted rows: keep the changed ones (a group's
        # heading and its count) to repaint them too
        super().dataChanged(top_left, bottom_right, roles)
        if self._inserted_from is not None and top_left.isValid() and bottom_right.isValid():
            self._changed.append((top_left.row(), bottom_right.row()))

    def layout_due_from(self) -> int | None:
        """The first row inserted since the table was laid out (None: none, or the whole
        table is to be laid out again)."""
        return None if self._whole else self._inserted_from

    def reveal_inserted(self) -> None:
        """Scroll the last row inserted (a captured card's) into view, once the table has
        laid it out (scrolling now would meet a scroll bar that does not reach it yet)."""
        self._reveal = self._last_inserted
        if self._inserted_from is None:
            self._reveal_now()
        elif self.lays_out_at_once and self.isVisible():
            # laid out and scrolled before the window paints: the new row, the cleared
            # capture line and the rest of the capture in one paint of the window, not
            # two (the layout's timer and the scroll come after the first paint)
            self.executeDelayedItemsLayout()
            self._reveal_later()

    def rowsAboutToBeRemoved(self, parent: Any, start: int, end: int) -> None:
        self._whole = True
        super().rowsAboutToBeRemoved(parent, start, end)

    def reset(self) -> None:
        self._whole = True
        self._last_inserted = -1  # no row is a capture's now
        super().reset()

    def doItemsLayout(self) -> None:
        first, whole, changed = self._inserted_from, self._whole, self._changed
        self._inserted_from, self._whole, self._changed = None, False, []
        if first is None or whole or not self.verticalHeader().updatesEnabled():
            super().doItemsLayout()
            self._reveal_now()
            return
        self.updateGeometries()  # scroll bars and headers
        viewport = self.viewport()
        top = self.rowViewportPosition(first)  # < 0 above the rows shown: they all move
        if top < viewport.height():
            top = max(0, top)
            viewport.update(QRect(0, top, viewport.width(), viewport.height() - top))
        for start, end in changed:
            if start < first:
                end = min(end, first - 1)
                y = self.rowViewportPosition(start)
                bottom = self.rowViewportPosition(end) + self.rowHeight(end)
                if bottom > 0 and y < viewport.height():
                    viewport.update(QRect(0, y, viewport.width(), bottom - y))
        self._reveal_now()

    def updateGeometries(self) -> None:
        vertical, horizontal = self.verticalHeader().offset(), self.horizontalHeader().offset()
        super().updateGeometries()
        dx = horizontal - self.horizontalHeader().offset()
        dy = vertical - self.verticalHeader().offset()
        if dx or dy:
            # the rows already painted stand elsewhere now: scrolled by items, a list shown
            # to its end has its last row at the bottom (an offset that is no row's top);
            # once rows are appended (or the last one measured) it is no longer at the end,
            # and its offset goes to the top row's position, a pixel or a few away. Their
            # pixels move with them: what this table repaints after an append is the new
            # rows only, and the next scroll (to the new row) moves the pixels in sight
            self.viewport().scroll(dx, dy)
            self._corners_moved(dx, dy)

    def resizeEvent(self, event: QResizeEvent) -> None:
        # a table shown to its newest row (a capture's) keeps it in sight when it gets
        # shorter: rt9's closing lists, halved by a new group appearing under them, kept
        # their top rows in sight and none of the items just added
        bar, model = self.verticalScrollBar(), self.model()
        newest = (model is not None and self._last_inserted >= 0
                  and self._last_inserted == model.rowCount(QModelIndex()) - 1)
        at_end = bar.value() >= bar.maximum() and (bar.maximum() > 0 or newest)
        super().resizeEvent(event)
        if (at_end and event.size().height() < event.oldSize().height()
                and bar.value() < bar.maximum()):
            self.scrollToBottom()

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        # scrolled by items, Qt's dx and dy count items: the pixels moved are the offsets'
        vertical, horizontal = self.verticalHeader().offset(), self.horizontalHeader().offset()
        super().scrollContentsBy(dx, dy)
        self._corners_moved(horizontal - self.horizontalHeader().offset(),
                            vertical - self.verticalHeader().offset())

    def _frame_corners(self) -> list[QRect]:
        """The viewport's squares (its own coordinates) in a rounded corner of the frame:
        an opaque viewport paints over the frame's rounding there."""
        viewport = self.viewport()
        if not viewport.autoFillBackground():
            return []  # see-through: the frame shows its own corners
        inside, own = self.contentsRect(), viewport.geometry()
        size = FRAME_RADIUS
        corners = []
        for at_left in (True, False):
            if (own.left() == inside.left()) if at_left else (own.right() == inside.right()):
                x = 0 if at_left else own.width() - size
                if own.top() == inside.top():
                    corners.append(QRect(x, 0, size, size))
                if own.bottom() == inside.bottom():
                    corners.append(QRect(x, own.height() - size, size, size))
        return corners

    def _corners_moved(self, dx: int, dy: int) -> None:
        """The viewport's pixels moved by (dx, dy): the corners painted as the frame's
        moved with them, and the corners got pixels of rows."""
        if dx or dy:
            viewport = self.viewport()
            for corner in self._frame_corners():
                viewport.update(corner)
                viewport.update(corner.translated(dx, dy))

    def paintEvent(self, event: QPaintEvent) -> None:
        corners = [c for c in self._frame_corners() if event.region().intersects(c)]
        if corners:  # under the cells, as the frame is under a see-through viewport
            painter = QPainter(self.viewport())
            for corner in corners:
                painter.drawPixmap(corner.topLeft(), self._frame_corner(corner))
            painter.end()
        super().paintEvent(event)

    def _frame_corner(self, corner: QRect) -> QPixmap:
        """What the frame shows at ``corner`` of the viewport: its rounding over what is
        behind the table (drawn once for a size and a style)."""
        at = corner.translated(self.viewport().pos())
        key = (self.width(), self.height(), at.x(), at.y(), at.width(), at.height())
        pixmap = self._corner_pixmaps.get(key)
        if pixmap is None:
            behind = self.parentWidget() or self
            pixmap = QPixmap(at.size())
            pixmap.fill(behind.palette().color(behind.backgroundRole()))
            self.render(pixmap, QPoint(), QRegion(at), QWidget.RenderFlag(0))
            self._corner_pixmaps = {**{k: v for k, v in self._corner_pixmaps.items()
                                       if k[:2] == key[:2]}, key: pixmap}
        return pixmap

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.StyleChange, QEvent.Type.PaletteChange):
            self._corner_pixmaps = {}
        super().changeEvent(event)

    def _reveal_now(self) -> None:
        if self._reveal is not None:
            # after this layout's paint: a scroll made while the table paints (where Qt
            # often lays out) repaints every row; made after, it moves the pixels
            QTimer.singleShot(0, self, self._reveal_later)

    def _reveal_later(self) -> None:
        if self._inserted_from is not None:
            # rows inserted meanwhile (captures typed faster than the paints): their
            # layout is still due and the scroll bar's range falls short of the row, which
            # stayed out of sight; that layout reveals it after its paint
            self._reveal = self._last_inserted
            return
        row, self._reveal = self._reveal, None
        model = self.model()
        if row is not None and model is not None and 0 <= row < model.rowCount(QModelIndex()):
            self.scrollTo(model.index(row, 0))


class ContentWidths(QObject):
    """The widest cell of some of a table's columns, as ``sizeHintForColumn`` gives it:
    measured over the rows once, then only for the rows appended (when a width is next
    asked, not at each capture). Measured again after
    anything else (a reset, an edit, a new heading, another font or style). A resize of
    the table (the first capture may lay the window out) measured every row of every
    such column again: 820 actions × 5 columns, 150 ms."""

    def __init__(self, table: QTableView, columns: Sequence[int]) -> None:
        super().__init__(table)
        self._table = table
        self._columns = tuple(columns)
        self._widths: dict[int, int] | None = None
        self._headings: dict[int, int] = {}  # the headings' widths (``widest``)
        self._appended: list[tuple[int, int]] = []  # rows inserted since measured
        self.measured_rows = 0  # rows measured (tests count them)
        model = table.model()
        for signal in (model.modelReset, model.layoutChanged, model.rowsRemoved,
                       model.rowsMoved, model.dataChanged, model.headerDataChanged,
                       model.columnsInserted, model.columnsRemoved, model.columnsMoved):
            signal.connect(self.forget)
        model.rowsInserted.connect(self._inserted)
        table.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.StyleChange, QEvent.Type.FontChange):
            self.forget()
        return False

    def forget(self, *_args: object) -> None:
        self._widths = None
        self._headings = {}
        self._appended = []

    def widest(self, column: int) -> int:
        """The widest of ``column``'s cells and its heading (measured once too: the
        header measures a heading in four roles each time it is asked)."""
        heading = self._headings.get(column)
        if heading is None:
            header = self._table.horizontalHeader()
            heading = header.sectionSizeHint(column)
            if not header.isSectionHidden(column):  # (a hidden section's hint is 0)
                self._headings[column] = heading
        return max(self.width(column), heading)

    def fitted(self, column: int) -> int:
        """``widest(column)`` within the header's least and greatest section sizes: the
        width a ``ResizeToContents`` section would take."""
        header = self._table.horizontalHeader()
        return max(header.minimumSectionSize(),
                   min(self.widest(column), header.maximumSectionSize()))

    def _inserted(self, parent: QModelIndex, first: int, last: int) -> None:
        if self._widths is not None and not parent.isValid():
            self._appended.append((first, last))  # measured when a width is asked

    def width(self, column: int) -> int:
        """The widest cell of ``column`` (one of those given)."""
        model = self._table.model()
        if self._widths is None:
            self._appended = []
            self._widths = {c: self._table.sizeHintForColumn(c) for c in self._columns}
            self.measured_rows += model.rowCount()
        widths = self._widths
        grid = 1 if self._table.showGrid() else 0  # as sizeHintForColumn
        for first, last in self._appended:
            for row in range(first, last + 1):
                for each in self._columns:
                    hint = self._table.sizeHintForIndex(model.index(row, each)).width()
                    widths[each] = max(widths[each], hint + grid)
            self.measured_rows += last - first + 1
        self._appended = []
        return widths[column]


class SteadyScrollBar(QScrollBar):
    """A scroll bar that repaints after a change of its range or value only when it shows
    differently: a row appended to a long list changes the range, and the scroll to it the
    value, seldom the handle's pixels (it is at its smallest, a row moves it by a fraction
    of a pixel), and repainting the bar (half a millisecond under the stylesheet) was a
    good part of a capture. A value reaching or leaving either end repaints (a style may
    grey the arrow that can go no further)."""

    #: how long a bar whose range grew under its end waits for its list to follow (ms)
    FOLLOW_WAIT = 100

    def __init__(self, orientation: Qt.Orientation, parent: QWidget | None = None) -> None:
        super().__init__(orientation, parent)
        self._painted: tuple[QRect, bool, bool, bool] | None = None  # as last painted
        self._follow = QTimer(self)  # a list shown to its end, whose range grew
        self._follow.setSingleShot(True)
        self._follow.setInterval(self.FOLLOW_WAIT)
        self._follow.timeout.connect(self._look_again)

    def _looks(self) -> tuple[QRect, bool, bool, bool]:
        option = QStyleOptionSlider()
        self.initStyleOption(option)
        handle = self.style().subControlRect(
            QStyle.ComplexControl.CC_ScrollBar, option, QStyle.SubControl.SC_ScrollBarSlider,
            self)
        value, low, high = self.value(), self.minimum(), self.maximum()
        return handle, low == high, value == low, value == high

    def sliderChange(self, change: QAbstractSlider.SliderChange) -> None:
        painted = self._painted
        if painted is not None and not self.isSliderDown():
            looks = self._looks()
            if change == QAbstractSlider.SliderChange.SliderRangeChange:
                # the ends are told by the value's own change, which follows the range's
                # when the list scrolls to its new row
                if looks[:2] == painted[:2]:
                    return  # the same pixels (QAbstractSlider's own reaction is a repaint)
                if painted[3] and not looks[3] and not looks[1]:
                    # a list shown to its end grew (a capture): the handle left the end
                    # for a moment, the list follows to its new row and puts it back
                    # (the value's change repaints if it shows differently then); looked
                    # at again in a moment if the list does not follow
                    self._follow.start()
                    return
            elif change == QAbstractSlider.SliderChange.SliderValueChange and looks == painted:
                return
        super().sliderChange(change)

    def _look_again(self) -> None:
        if self._painted is not None and self._looks() != self._painted:
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        self._painted = self._looks()
        super().paintEvent(event)


class _KeptHeader(QHeaderView):
    """A header whose size hint is measured again only when ``_key()`` changes."""

    def __init__(self, orientation: Qt.Orientation, parent: QWidget | None = None) -> None:
        super().__init__(orientation, parent)
        self.setSectionsClickable(True)  # as QTableView's own headers
        self.setHighlightSections(True)
        self._hint: tuple[tuple[object, ...], QSize] | None = None

    def _key(self) -> tuple[object, ...]:
        raise NotImplementedError

    def sizeHint(self) -> QSize:
        key = self._key()
        if self._hint is None or self._hint[0] != key:
            self._hint = (key, super().sizeHint())
        return QSize(self._hint[1])


class NumberHeader(_KeptHeader):
    """A vertical header of row numbers, measured again only when the numbers get another
    digit: Qt measures its first and last hundred sections after every inserted row."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Vertical, parent)

    def _key(self) -> tuple[object, ...]:
        return (len(str(self.count())), self.font().key(), id(self.style()))


class ColumnHeader(_KeptHeader):
    """A horizontal header measured again only when what it shows may have changed (its
    model's header data, columns, font, style, hidden sections or sort indicator): Qt
    measured every column's heading (four roles each) after every inserted row."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)

    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        self._hint = None
        if model is not None:
            for signal in (model.headerDataChanged, model.columnsInserted,
                           model.columnsRemoved, model.columnsMoved, model.modelReset,
                           model.layoutChanged):
                signal.connect(self._forget)

    def _forget(self, *_args: object) -> None:
        self._hint = None

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.StyleChange, QEvent.Type.FontChange):
            self._hint = None  # a stylesheet's padding or font
        super().changeEvent(event)

    def _key(self) -> tuple[object, ...]:
        count = self.count()
        return (count, tuple(self.isSectionHidden(i) for i in range(count)),
                self.font().key(), id(self.style()), self.isSortIndicatorShown(),
                self.sortIndicatorSection(), self.iconSize().toTuple())
