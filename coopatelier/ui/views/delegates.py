"""Item delegates and list views that wrap long text at the width the list really has.

A ``QListView`` with word wrap asks its delegate for item sizes with an option whose rect
does not tell the width the text will be painted at, so wrapped items keep heights computed
for another width: their last lines are cut. ``WrapDelegate`` measures the text at the
view's own width, and ``WrappingListView`` lays its items out again when that width changes.
``CardDelegate`` draws a card as a small framed card with its provenance underneath.
``ElidingComboBox`` and ``ElidingLabel`` show a long text on one line ending with "…",
never cut in the middle of a letter, and all of it in their tooltip.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QFontMetricsF,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPixmap,
    QResizeEvent,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QLabel,
    QListView,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionComboBox,
    QStyleOptionViewItem,
    QStylePainter,
    QWidget,
)

from coopatelier.ui.models import CARD_ID_ROLE, SECONDARY_ROLE

AnyIndex = QModelIndex | QPersistentModelIndex

_TALL = 1_000_000


def item_width(view: QAbstractItemView) -> int:
    """The width an item gets in ``view`` (a list: the viewport less the spacing)."""
    width = view.viewport().width()
    if isinstance(view, QListView):
        width -= 2 * view.spacing()
    return max(1, width)


class WrapDelegate(QStyledItemDelegate):
    """Size hints that fit the item's text wrapped at the view's width; with ``lines``, every
    item is as tall as that many lines, whatever its text (the view elides the rest)."""

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self._view = view
        self.lines = 0

    def item_width(self) -> int:
        """The width an item's text wraps at (the view's, by default)."""
        return item_width(self._view)

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text
        view = self._view
        style = view.style()
        width = self.item_width()
        # what the style adds around one line of text (padding, check box, margins)
        single = QStyleOptionViewItem(opt)
        single.text = "X"
        single.features &= ~QStyleOptionViewItem.ViewItemFeature.WrapText
        base = style.sizeFromContents(QStyle.ContentsType.CT_ItemViewItem, single, QSize(), view)
        metrics = QFontMetrics(opt.font)
        extra = max(0, base.height() - metrics.height())
        if self.lines:
            tall = metrics.lineSpacing() * (self.lines - 1) + metrics.height()
            return QSize(width, max(base.height(), tall + extra + 2))
        opt.rect = QRect(0, 0, width, max(base.height(), metrics.height()))
        text_rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, view)
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
        text_width = max(10, text_rect.width() - 2 * margin - 2)
        wrapped = metrics.boundingRect(
            QRect(0, 0, text_width, _TALL),
            int(Qt.TextFlag.TextWordWrap),
            text,
        )
        return QSize(width, max(base.height(), wrapped.height() + extra + 2))


#: how many items a list fitted to its contents inside a form shows before it scrolls:
#: a workshop's drivers or futures (15 to 40 in a room) show whole
FIT_ROWS = 40
#: rows a change may name and still be measured one by one rather than the list laid out
MEASURED_CHANGED_ROWS = 4
#: lines an item of a longer fitted list shows (the rest elided, whole in its tooltip)
LONG_LIST_LINES = 2

class WrappingListView(QListView):
    """A list of items that wrap their text and are laid out again when the list's width
    changes, so that no item is cut or elided."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setUniformItemSizes(False)
        self.setItemDelegate(WrapDelegate(self))
        self._laid_out_width = -1
        self._laid_out_height = -1
        self._follow_height = False
        self._fit = False
        self._fit_min_rows = 1
        self._fit_max_rows = 0

    def set_items_follow_height(self) -> None:
        """Lay the items out again when the list's height changes too: for a delegate whose
        items share the list's height (``NoteDelegate(fill=True)``)."""
        self._follow_height = True
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)

    def set_fit_to_contents(self, min_rows: int = 1, max_rows: int = 0) -> None:
        """Take the height of all the items (at least ``min_rows`` lines): the list never
        scrolls and leaves no empty room; the enclosing form scrolls instead. With
        ``max_rows``, a longer list takes the height of its first ``max_rows`` items and
        scrolls, and its items are all as tall as ``LONG_LIST_LINES`` lines (uniform item
        sizes): neither the fit nor Qt's own layout measures every item (a 5,000-card
        workshop's 800 drivers, each wrapped, cost the futures phase's first capture
        0.4 to 0.9 s)."""
        self._fit = True
        self._fit_min_rows = min_rows
        self._fit_max_rows = max_rows
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizeAdjustPolicy(QAbstractItemView.SizeAdjustPolicy.AdjustIgnored)
        self.setSizePolicy(self.sizePolicy().horizontalPolicy(), QSizePolicy.Policy.Fixed)
        model = self.model()
        if model is not None:
            self._watch(model)
        self._fit_height()

    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        if self._fit and model is not None:
            self._watch(model)
            self._fit_height()

    def _watch(self, model: QAbstractItemModel) -> None:
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved,
                       model.layoutChanged, model.dataChanged):
            signal.connect(self._fit_height)

    def _fit_height(self, *_args: object) -> None:
        if not self._fit:
            return
        model = self.model()
        delegate = self.itemDelegate()
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        count = model.rowCount() if model is not None else 0
        rows = min(count, self._fit_max_rows) if self._fit_max_rows else count
        self._set_long(count > rows)
        if self.uniformItemSizes() and rows:
            heights = [delegate.sizeHint(option, model.index(0, 0)).height()] * rows
        else:
            heights = [delegate.sizeHint(option, model.index(r, 0)).height()
                       for r in range(rows)]
        policy = (Qt.ScrollBarPolicy.ScrollBarAsNeeded if count > rows
                  else Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        if self.verticalScrollBarPolicy() != policy:
            self.setVerticalScrollBarPolicy(policy)
        line = max(heights) if heights else self.fontMetrics().height() + 6
        content = sum(heights) + max(0, self._fit_min_rows - rows) * min(heights or [line])
        spacing = 2 * self.spacing() * max(rows, self._fit_min_rows)
        self.setFixedHeight(content + spacing + 2 * self.frameWidth())

    def dataChanged(
        self,
        top_left: QModelIndex | QPersistentModelIndex,
        bottom_right: QModelIndex | QPersistentModelIndex,
        roles: Sequence[int] = (),
    ) -> None:
        """A few rows whose text changed but not their height (the agenda's card count
        after a capture) are repainted alone. ``QListView`` lays every item out again and
        repaints the whole list on any change (in a capture: 1 to 2 ms, then 2 to 3 ms of
        painting)."""
        if self._same_heights(top_left, bottom_right):
            QAbstractItemView.dataChanged(self, top_left, bottom_right, roles)
        else:
            super().dataChanged(top_left, bottom_right, roles)

    def _same_heights(
        self,
        top_left: QModelIndex | QPersistentModelIndex,
        bottom_right: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        """Whether the rows from ``top_left`` to ``bottom_right`` still measure the height
        they were laid out at. (``visualRect`` gives a row's new size at its old place: the
        height it was laid out at is the gap to the next row, or to the end.)"""
        model = self.model()
        if (model is None or not top_left.isValid() or not bottom_right.isValid()
                or top_left.parent() != bottom_right.parent()
                or not 0 <= bottom_right.row() - top_left.row() < MEASURED_CHANGED_ROWS
                or self.viewMode() != QListView.ViewMode.ListMode or self.isWrapping()
                or self.flow() != QListView.Flow.TopToBottom):
            return False
        parent = top_left.parent()
        count = model.rowCount(parent)
        delegate = self.itemDelegate()
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        spacing = self.spacing()
        for row in range(top_left.row(), bottom_right.row() + 1):
            if self.isRowHidden(row) or (row + 1 < count and self.isRowHidden(row + 1)):
                return False
            index = model.index(row, self.modelColumn(), parent)
            top = self.visualRect(index).top()
            if row + 1 < count:  # each row has the spacing above and below it
                end = self.visualRect(model.index(row + 1, self.modelColumn(), parent)).top()
                end -= 2 * spacing
            else:  # the contents end with the last row's spacing
                end = self.contentsSize().height() - self.verticalOffset() - spacing
            if delegate.sizeHint(option, index).height() != end - top:
                return False
        return True

    def _set_long(self, long: bool) -> None:
        """Items of a list longer than it shows take ``LONG_LIST_LINES`` lines each."""
        delegate = self.itemDelegate()
        if self.uniformItemSizes() == long or not isinstance(delegate, WrapDelegate):
            return
        delegate.lines = LONG_LIST_LINES if long else 0
        self.setTextElideMode(Qt.TextElideMode.ElideRight if long
                              else Qt.TextElideMode.ElideNone)
        self.setUniformItemSizes(long)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        width = self.viewport().width()
        height = self.viewport().height() if self._follow_height else -1
        if width != self._laid_out_width or height != self._laid_out_height:
            self._laid_out_width = width
            self._laid_out_height = height
            self.doItemsLayout()  # now, not after the Adjust mode's delay
            self._fit_height()


def wrapped_lines(text: str, font: QFont, width: float, max_lines: int) -> list[str]:
    """``text`` wrapped at ``width`` on at most ``max_lines`` lines, the last one elided
    when some text is left over."""
    metrics = QFontMetricsF(font)
    paragraphs = text.strip().splitlines() or [""]
    lines: list[str] = []
    for number, paragraph in enumerate(paragraphs):
        layout = QTextLayout(paragraph, font)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        layout.setTextOption(option)
        layout.beginLayout()
        spans: list[tuple[int, int]] = []
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            spans.append((line.textStart(), line.textLength()))
        layout.endLayout()
        for i, (start, length) in enumerate(spans):
            last = i == len(spans) - 1 and number == len(paragraphs) - 1
            if len(lines) == max_lines - 1 and not last:
                rest = " ".join([paragraph[start:], *paragraphs[number + 1:]])
                lines.append(metrics.elidedText(" ".join(rest.split()),
                                                Qt.TextElideMode.ElideRight, width))
                return lines
            lines.append(paragraph[start:start + length].rstrip())
    return lines


class CardDelegate(QStyledItemDelegate):
    """A card: its text (up to ``LINES`` lines, elided beyond; the tooltip has it all) in a
    light frame, its group and provenance in small grey underneath. Every card has the same
    size, so that a list of thousands lays out at once (uniform item sizes)."""

    PAD = 8
    MARGIN = 4
    LINES = 3
    #: tiles kept drawn, a few screens of them: each capture lays the wall out again and
    #: repaints every tile in sight, and drawing one (wrapping its text, an antialiased
    #: frame) cost ~0.1 ms where copying a kept one costs a few µs
    KEPT_TILES = 256

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tiles: OrderedDict[tuple[object, ...], QPixmap] = OrderedDict()
        #: how many tiles were drawn rather than copied (tests count them)
        self.drawn_tiles = 0

    @staticmethod
    def _small_font(font: QFont) -> QFont:
        """The font of a tile's second line (table, author)."""
        small = QFont(font)
        small.setPointSizeF(max(6.0, font.pointSizeF() * 0.85))
        return small

    def card_height(self, font: QFont) -> int:
        small = self._small_font(font)
        return (2 * self.PAD + 2 * self.MARGIN + self.LINES * QFontMetrics(font).lineSpacing()
                + 4 + QFontMetrics(small).height())

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        view = option.widget
        if isinstance(view, QListView) and view.gridSize().isValid():
            return view.gridSize()  # a tile fills its cell of the wall
        return QSize(260, self.card_height(option.font))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        secondary = str(index.data(SECONDARY_ROLE) or "")
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus)
        size = option.rect.size()
        ratio = painter.device().devicePixelRatioF()
        highlight = option.palette.color(QPalette.ColorRole.Highlight).rgba()
        # on the list's own background (the stylesheet's plain colour is the palette's):
        # an opaque tile is copied, a transparent one blended at about the cost of drawing
        view = option.widget
        ground = view.viewport() if isinstance(view, QAbstractItemView) else None
        colour = ground.palette().color(ground.backgroundRole()) if ground else None
        background = colour.rgba() if colour is not None and colour.alpha() == 255 else None
        key = (text, secondary, size.width(), size.height(), selected, focused,
               option.font.key(), highlight, background, ratio)
        tile = self._tiles.get(key)
        # the card and its frame's pen, not the margin around it (the list's own corners)
        edge = self.MARGIN - 2
        if tile is None:
            width, height = size.width() - 2 * edge, size.height() - 2 * edge
            tile = QPixmap(QSize(max(1, round(width * ratio)), max(1, round(height * ratio))))
            tile.setDevicePixelRatio(ratio)
            tile.fill(Qt.GlobalColor.transparent if background is None
                      else QColor.fromRgba(background))
            on_tile = QPainter(tile)
            self._draw(on_tile, QRectF(-edge, -edge, size.width(), size.height()), option.font,
                       text, secondary, selected, focused, QColor.fromRgba(highlight))
            on_tile.end()
            self._tiles[key] = tile
            if len(self._tiles) > self.KEPT_TILES:
                self._tiles.popitem(last=False)
            self.drawn_tiles += 1
        else:
            self._tiles.move_to_end(key)
        painter.drawPixmap(option.rect.topLeft() + QPoint(edge, edge), tile)

    def _draw(self, painter: QPainter, cell: QRectF, font: QFont, text: str, secondary: str,
              selected: bool, focused: bool, highlight: QColor) -> None:
        m = self.MARGIN
        rect = cell.adjusted(m, m, -m, -m)
        small = self._small_font(font)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        border = highlight if selected else QColor("#cfd6d1")
        painter.setPen(QPen(border, 2 if selected else 1))
        painter.setBrush(QColor("#e8f0f7") if selected else QColor("#fffdf3"))
        painter.drawRoundedRect(rect, 6, 6)
        inner = rect.adjusted(self.PAD, self.PAD - 2, -self.PAD, -self.PAD + 2)
        painter.setFont(font)
        painter.setPen(QColor("#1d2a24"))
        spacing = QFontMetrics(font).lineSpacing()
        for i, line in enumerate(wrapped_lines(text, font, inner.width(), self.LINES)):
            painter.drawText(
                QRectF(inner.left(), inner.top() + i * spacing, inner.width(), spacing),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                line,
            )
        if secondary:
            painter.setFont(small)
            painter.setPen(QColor("#5f6b66"))
            metrics = QFontMetrics(small)
            painter.drawText(
                QRectF(inner.left(), inner.bottom() - metrics.height(), inner.width(),
                       metrics.height()),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                metrics.elidedText(secondary, Qt.TextElideMode.ElideRight, int(inner.width())),
            )
        if focused:
            painter.setPen(QPen(QColor("#1f5f8b"), 1, Qt.PenStyle.DotLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(3, 3, -3, -3), 4, 4)


class NoteDelegate(QStyledItemDelegate):
    """An item as a small note: its text in bold, then up to ``LINES`` lines of a body
    (``body(card id)``, e.g. a future's narrative), sized at the view's width.

    With ``fill``, the items share the view's height: each note is as tall as its share
    and shows as much of its body as fits there, the last line ending with "…" when some is
    left over (a note too short for its body keeps one line of title). The view should be a
    ``WrappingListView`` with ``set_items_follow_height()``."""

    PAD = 6
    LINES = 2
    TITLE_LINES = 3

    def __init__(
        self, view: QAbstractItemView, body: Callable[[Any], str], fill: bool = False
    ) -> None:
        super().__init__(view)
        self._view = view
        self._body = body
        self._fill = fill

    def _share(self) -> int:
        """The height each item gets when the items share the view's height."""
        view = self._view
        model = view.model()
        rows = max(1, model.rowCount() if model is not None else 1)
        spacing = view.spacing() if isinstance(view, QListView) else 0
        return max(0, (view.viewport().height() - spacing * (2 * rows + 1)) // rows - 1)

    def _parts(
        self, option: QStyleOptionViewItem, index: AnyIndex, width: int, height: int | None
    ) -> tuple[QFont, list[str], list[str]]:
        bold = QFont(option.font)
        bold.setBold(True)
        inner = max(10, width - 2 * self.PAD - 2)
        title_lines = self.TITLE_LINES
        room = (height if height is not None else self._share()) - 2 * self.PAD
        if self._fill:  # a short note keeps at least one line of title
            title_lines = max(1, min(title_lines, room // QFontMetrics(bold).lineSpacing()))
        title = wrapped_lines(str(index.data(Qt.ItemDataRole.DisplayRole) or ""), bold, inner,
                              title_lines)
        body = self._body(index.data(CARD_ID_ROLE)) or ""
        lines = self.LINES
        if self._fill:
            room -= len(title) * QFontMetrics(bold).lineSpacing()
            lines = max(0, room // QFontMetrics(option.font).lineSpacing())
        return (
            bold,
            title,
            wrapped_lines(body, option.font, inner, lines) if body.strip() and lines else [],
        )

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        width = item_width(self._view)
        bold, title, body = self._parts(option, index, width, None)
        height = (2 * self.PAD + len(title) * QFontMetrics(bold).lineSpacing()
                  + len(body) * QFontMetrics(option.font).lineSpacing())
        if self._fill:
            height = max(height, self._share())
        return QSize(width, height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        rect = QRectF(option.rect).adjusted(1, 1, -1, -1)
        bold, title, body = self._parts(option, index, option.rect.width(),
                                        option.rect.height())
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor("#1f5f8b") if selected else QColor("#cfd6d1"),
                            2 if selected else 1))
        painter.setBrush(QColor("#e8f0f7") if selected else QColor("#ffffff"))
        painter.drawRoundedRect(rect, 5, 5)
        x = rect.left() + self.PAD
        y = rect.top() + self.PAD - 1
        width = rect.width() - 2 * self.PAD
        for font, lines, colour in ((bold, title, "#1d2a24"), (option.font, body, "#4a5550")):
            painter.setFont(font)
            painter.setPen(QColor(colour))
            spacing = QFontMetrics(font).lineSpacing()
            for line in lines:
                painter.drawText(QRectF(x, y, width, spacing),
                                 int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                                 line)
                y += spacing
        painter.restore()


class ElidingComboBox(QComboBox):
    """A combo box whose current text, when longer than the box, ends with "…" instead of
    being cut in the middle of a letter; its tooltip has the whole text. The list that pops
    up shows the items in full."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currentIndexChanged.connect(self._update_tooltip)
        self.model().dataChanged.connect(self._update_tooltip)

    def _update_tooltip(self, *_args: object) -> None:
        self.setToolTip(self.currentText())

    def _text_rect(self, option: QStyleOptionComboBox) -> QRect:
        return self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option,
            QStyle.SubControl.SC_ComboBoxEditField, self,
        )

    def displayed_text(self) -> str:
        """The current text as painted: whole, or elided to the box's width."""
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        width = self._text_rect(option).width() - 4
        if not self.itemIcon(self.currentIndex()).isNull():
            width -= self.iconSize().width() + 4
        return self.fontMetrics().elidedText(
            self.currentText(), Qt.TextElideMode.ElideRight, max(0, width))

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        option.currentText = self.displayed_text()
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)


class ElidingLabel(QLabel):
    """A label of at most ``lines`` lines (one by default) whose text, when longer, wraps
    at words and ends with "…"; the tooltip has the whole text. It never asks for more
    width than a few characters."""

    def __init__(self, parent: QWidget | None = None, lines: int = 1) -> None:
        super().__init__(parent)
        self._full = self._prefix = self._suffix = ""
        self.lines = max(1, lines)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)

    def set_full_text(self, text: str, prefix: str = "", suffix: str = "") -> None:
        """Show ``prefix + text + suffix``; only ``text`` is elided (an arrow around it
        stays), and the tooltip is ``text``."""
        self._full = text
        self._prefix, self._suffix = prefix, suffix
        self.setToolTip(text)
        self._elide()

    def _elide(self) -> None:
        metrics = self.fontMetrics()
        room = self.contentsRect().width() - metrics.horizontalAdvance(self._prefix + self._suffix)
        room = max(0, room)
        words = self._full.split()
        shown: list[str] = []
        while len(shown) < self.lines - 1 and words:  # whole words on the first lines
            line = ""
            while words and metrics.horizontalAdvance(f"{line} {words[0]}".strip()) <= room:
                line = f"{line} {words.pop(0)}".strip()
            if not line:
                break  # a word longer than a line: elided below
            shown.append(line)
        if words or not shown:
            rest = " ".join(words) if shown else self._full
            shown.append(metrics.elidedText(rest, Qt.TextElideMode.ElideRight, room))
        text = "\n".join(shown)
        if text != self.text().removeprefix(self._prefix).removesuffix(self._suffix):
            super().setText(self._prefix + text + self._suffix)
            self.updateGeometry()

    def minimumSizeHint(self) -> QSize:
        return QSize(self.fontMetrics().averageCharWidth() * 4, super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()
