"""Tables of a phase's cards that a capture changes by one row: what Qt repaints and
measures then is kept to that row (drivers, futures, actions)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QRect, QSize, Qt
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import (
    QAbstractSlider,
    QHeaderView,
    QScrollBar,
    QStyle,
    QStyleOptionSlider,
    QTableView,
    QWidget,
)


class AppendingTable(QTableView):
    """A table whose inserted rows (a capture) repaint the rows from the first of them
    down. QTableView lays itself out again after any insertion and repaints every row it
    shows, which a capture in a long phase paid each time; any other change (a reset,
    removed rows) still does that."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._inserted_from: int | None = None  # the first row inserted since the layout
        self._whole = False  # something else happened: the whole layout
        self.setVerticalScrollBar(SteadyScrollBar(Qt.Orientation.Vertical, self))

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

    def rowsAboutToBeRemoved(self, parent: Any, start: int, end: int) -> None:
        self._whole = True
        super().rowsAboutToBeRemoved(parent, start, end)

    def reset(self) -> None:
        self._whole = True
        super().reset()

    def doItemsLayout(self) -> None:
        first, whole = self._inserted_from, self._whole
        self._inserted_from, self._whole = None, False
        if first is None or whole or not self.verticalHeader().updatesEnabled():
            super().doItemsLayout()
            return
        self.updateGeometries()  # scroll bars and headers
        viewport = self.viewport()
        top = self.rowViewportPosition(first)  # < 0 above the rows shown: they all move
        if top < viewport.height():
            top = max(0, top)
            viewport.update(QRect(0, top, viewport.width(), viewport.height() - top))


class SteadyScrollBar(QScrollBar):
    """A scroll bar that repaints after a change of its range only when its handle shows
    differently: a row appended to a long list changes the range, seldom the handle's
    pixels (it is at its smallest), and repainting the bar was a good part of a capture."""

    def __init__(self, orientation: Qt.Orientation, parent: QWidget | None = None) -> None:
        super().__init__(orientation, parent)
        self._painted: tuple[QRect, bool] | None = None  # the handle last painted

    def _looks(self) -> tuple[QRect, bool]:
        option = QStyleOptionSlider()
        self.initStyleOption(option)
        handle = self.style().subControlRect(
            QStyle.ComplexControl.CC_ScrollBar, option, QStyle.SubControl.SC_ScrollBarSlider,
            self)
        return handle, self.minimum() == self.maximum()

    def sliderChange(self, change: QAbstractSlider.SliderChange) -> None:
        if (
            change == QAbstractSlider.SliderChange.SliderRangeChange
            and self._painted is not None
            and self._looks() == self._painted
        ):
            return  # the same pixels (QAbstractSlider's own reaction is a repaint)
        super().sliderChange(change)

    def paintEvent(self, event: QPaintEvent) -> None:
        self._painted = self._looks()
        super().paintEvent(event)


class NumberHeader(QHeaderView):
    """A vertical header of row numbers, measured again only when the numbers get another
    digit: Qt measures its first and last hundred sections after every inserted row."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Vertical, parent)
        self.setSectionsClickable(True)  # as QTableView's own vertical header
        self.setHighlightSections(True)
        self._hint: tuple[tuple[int, str, int], QSize] | None = None

    def sizeHint(self) -> QSize:
        key = (len(str(self.count())), self.font().key(), id(self.style()))
        if self._hint is None or self._hint[0] != key:
            self._hint = (key, super().sizeHint())
        return QSize(self._hint[1])
