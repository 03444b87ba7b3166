"""The projector's card wall: a custom layout that never scrolls.

It chooses the largest font and the number of columns that fit every card in the space it
has, never going below a floor (1/30 of the screen height, so the back of the room can
read); when even the floor cannot fit everything it shows what fits and "+N more". Cards
are painted (not one widget each), so a 5,000-card phase lays out in a fraction of a
second and a card drag repaints within a frame.
"""

from __future__ import annotations

import enum
import uuid
from dataclasses import dataclass, field

from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPaintEvent,
    QPen,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

#: smallest card text, as a share of the screen height (the back row of the room)
MIN_SHARE = 1 / 30
#: largest card text, as a share of the screen height (a handful of cards)
MAX_SHARE = 1 / 16
#: a column is at least this many text heights wide
MIN_COLUMN_EMS = 10


class ItemKind(enum.Enum):
    HEADER = "header"  # a group's name (a category, an organisation's lane)
    CARD = "card"


@dataclass(frozen=True, slots=True)
class WallItem:
    kind: ItemKind
    text: str
    title: str = ""  # bold first line (a future's or an action's title)
    note: str = ""  # a smaller-looking last line (author, lead organisation, year)
    badge: str = ""  # e.g. the dots of a vote, drawn at the right of the title line
    card_id: uuid.UUID | None = None
    accent: str = ""  # a colour name for the card's left edge

    @staticmethod
    def header(text: str) -> WallItem:
        return WallItem(ItemKind.HEADER, text)


@dataclass(slots=True)
class Placed:
    item: WallItem
    rect: QRect


@dataclass(slots=True)
class Fit:
    """The outcome of fitting a wall: font size, placed items, and how many did not fit."""

    pixel_size: int
    columns: int
    placed: list[Placed] = field(default_factory=list)
    hidden: int = 0
    more_rect: QRect | None = None


class Measurer:
    """Text heights, cached by (text, font size, width, bold): a relayout after a drag
    measures nothing new."""

    def __init__(self, family: str = "") -> None:
        self.family = family
        self._fonts: dict[tuple[int, bool, bool], QFont] = {}
        self._metrics: dict[tuple[int, bool, bool], QFontMetrics] = {}
        self._heights: dict[tuple[str, int, int, bool], int] = {}

    def font(self, pixel_size: int, bold: bool = False, italic: bool = False) -> QFont:
        key = (pixel_size, bold, italic)
        font = self._fonts.get(key)
        if font is None:
            font = QFont(self.family) if self.family else QFont()
            font.setPixelSize(max(1, pixel_size))
            font.setBold(bold)
            font.setItalic(italic)
            self._fonts[key] = font
            self._metrics[key] = QFontMetrics(font)
        return font

    def metrics(self, pixel_size: int, bold: bool = False, italic: bool = False) -> QFontMetrics:
        self.font(pixel_size, bold, italic)
        return self._metrics[(pixel_size, bold, italic)]

    def longest_word(self, text: str, pixel_size: int, bold: bool = False) -> int:
        """Width of the widest word: a column narrower than that would cut it."""
        key = (text, pixel_size, -1, bold)
        width = self._heights.get(key)
        if width is None:
            metrics = self.metrics(pixel_size, bold)
            width = max((metrics.horizontalAdvance(w) for w in text.split()), default=0)
            self._heights[key] = width
        return width

    def height(self, text: str, pixel_size: int, width: int, bold: bool = False) -> int:
        if not text:
            return 0
        key = (text, pixel_size, width, bold)
        height = self._heights.get(key)
        if height is None:
            metrics = self.metrics(pixel_size, bold)
            height = metrics.boundingRect(
                QRect(0, 0, max(1, width), 1_000_000), _WRAP, text
            ).height()
            if len(self._heights) > 200_000:
                self._heights.clear()
            self._heights[key] = height
        return height


_WRAP = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap)


def _header_size(pixel_size: int) -> int:
    return round(pixel_size * 1.2)


def _padding(pixel_size: int) -> int:
    return max(4, pixel_size // 3)


#: the height of an item whose longest word is wider than its column
TOO_NARROW = 1 << 30


def item_height(
    m: Measurer, item: WallItem, pixel_size: int, width: int, strict: bool = True
) -> int:
    """The item's height in a column ``width`` wide; ``TOO_NARROW`` when ``strict`` and a
    word would not fit on a line."""
    if item.kind is ItemKind.HEADER:
        if strict and m.longest_word(item.text, _header_size(pixel_size), True) > width:
            return TOO_NARROW
        return m.height(item.text, _header_size(pixel_size), width, True) + _padding(pixel_size)
    pad = _padding(pixel_size)
    inner = width - 2 * pad - pad // 2
    badge = m.metrics(pixel_size, True).horizontalAdvance(item.badge) + pad if item.badge else 0
    first = inner - badge  # the first line shares its width with the badge
    if strict and (
        m.longest_word(item.title, pixel_size, True) > first
        or m.longest_word(item.text, pixel_size) > (inner if item.title else first)
        or m.longest_word(item.note, pixel_size) > inner
    ):
        return TOO_NARROW
    height = 2 * pad
    parts = 0
    if item.title:
        height += m.height(item.title, pixel_size, inner - badge, True)
        parts += 1
    if item.text:
        height += m.height(item.text, pixel_size, inner - (0 if item.title else badge), False)
        parts += 1
    if item.note:
        height += m.height(item.note, pixel_size, inner, False)
        parts += 1
    if parts == 0:
        height += m.metrics(pixel_size).height()
    return height + max(0, parts - 1) * (pad // 2)


def fit_items(
    m: Measurer,
    items: list[WallItem],
    width: int,
    height: int,
    floor_px: int,
    ceiling_px: int,
    max_columns: int = 8,
) -> Fit:
    """The largest font (then the fewest columns) that shows every item in width × height;
    at the floor, as many items as fit and the count of the others."""
    floor_px = max(1, floor_px)
    ceiling_px = max(floor_px, ceiling_px)
    sizes: list[int] = []
    size = ceiling_px
    while size > floor_px:
        sizes.append(size)
        size = min(size - 1, int(size * 0.93))
    sizes.append(floor_px)
    cards = sum(1 for item in items if item.kind is ItemKind.CARD)
    for size in sizes:
        most = _max_columns(width, size, max_columns)
        # every card takes at least a line and its padding: skip sizes that cannot fit
        smallest = m.metrics(size).height() + 2 * _padding(size) + _gap(size)
        if cards * smallest > most * (height + _gap(size)):
            continue
        for columns in range(1, most + 1):
            fit = _place(m, items, width, height, size, columns, complete=True)
            if fit is not None:
                return fit
    best: Fit | None = None
    for columns in range(1, _max_columns(width, floor_px, max_columns) + 1):
        fit = _place(m, items, width, height, floor_px, columns, complete=False)
        if fit is not None and (best is None or fit.hidden < best.hidden):
            best = fit  # the column count that shows the most
    assert best is not None
    return best


def _max_columns(width: int, pixel_size: int, limit: int) -> int:
    gap = _gap(pixel_size)
    return max(1, min(limit, (width + gap) // (MIN_COLUMN_EMS * pixel_size + gap)))


def _gap(pixel_size: int) -> int:
    return max(6, pixel_size // 2)


def _place(
    m: Measurer,
    items: list[WallItem],
    width: int,
    height: int,
    size: int,
    columns: int,
    *,
    complete: bool,
) -> Fit | None:
    gap = _gap(size)
    column_width = (width - gap * (columns - 1)) // columns
    if column_width <= 0:
        return None
    fit = Fit(size, columns)
    more_height = m.metrics(_header_size(size), True).height() + gap
    column, y = 0, 0
    count = len(items)
    for index, item in enumerate(items):
        h = item_height(m, item, size, column_width, strict=complete)
        if h == TOO_NARROW:
            return None
        h = min(h, height)
        need = h
        if item.kind is ItemKind.HEADER and index + 1 < count:  # keep a header with its card
            after = item_height(m, items[index + 1], size, column_width, strict=complete)
            need += min(after, height) + gap
        if not complete and column == columns - 1:
            need += more_height  # room for "+N more" under the last column
        if y > 0 and y + need > height:
            column += 1
            y = 0
            if column >= columns:
                if complete:
                    return None
                fit.hidden = sum(1 for i in items[index:] if i.kind is ItemKind.CARD)
                break
        x = column * (column_width + gap)
        fit.placed.append(Placed(item, QRect(x, y, column_width, h)))
        y += h + gap
    if not complete and fit.hidden:
        # the last column must leave room for the "+N more" line
        last = [p for p in fit.placed if p.rect.x() == (columns - 1) * (column_width + gap)]
        while last and last[-1].rect.bottom() + more_height > height:
            dropped = last.pop()
            fit.placed.remove(dropped)
            if dropped.item.kind is ItemKind.CARD:
                fit.hidden += 1
        while fit.placed and fit.placed[-1].item.kind is ItemKind.HEADER:
            fit.placed.pop()
        x = (columns - 1) * (column_width + gap)
        top = last[-1].rect.bottom() + gap if last else 0
        fit.more_rect = QRect(x, top, column_width, more_height)
    return fit


class Palette:
    """Colours of a projector theme: high contrast, cards as paper on the wall."""

    def __init__(self, *, card: str, ink: str, muted: str, header: str, badge: str, more: str):
        self.card = QColor(card)
        self.ink = QColor(ink)
        self.muted = QColor(muted)
        self.header = QColor(header)
        self.badge = QColor(badge)
        self.more = QColor(more)
        self.accents = {
            "amber": QColor("#f0a020"),
            "blue": QColor("#3d8fd1"),
            "green": QColor("#3aa36a"),
            "grey": QColor("#8a968f"),
        }


#: for a dim room (the default): light paper on a deep green-black wall
DARK = Palette(
    card="#fdfcf7",
    ink="#111a16",
    muted="#3b4a43",
    header="#ffd873",
    badge="#0b4f7c",
    more="#e8efe9",
)
#: for a bright room: white wall, cards outlined by a light grey-green paper
LIGHT = Palette(
    card="#e9efe9",
    ink="#0d1512",
    muted="#33433b",
    header="#0b4f7c",
    badge="#0b4f7c",
    more="#1d2a24",
)
THEMES = {"dark": DARK, "light": LIGHT}


class CardWall(QWidget):
    """Paints a list of ``WallItem`` fitted to its size; never scrolls."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cardWall")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, False)
        self.measurer = Measurer()
        self.items: list[WallItem] = []
        #: the text height the room must be able to read (set from the screen's height)
        self.floor_px = 24
        self.ceiling_px = 48
        self.max_columns = 8
        self.empty_text = ""
        self.colours = DARK
        self._fit: Fit | None = None
        #: (kind, text, font) of everything the last paint drew: what tests measure
        self.painted: list[tuple[str, str, QFont]] = []

    def sizeHint(self) -> QSize:
        return QSize(640, 360)

    def set_items(self, items: list[WallItem]) -> None:
        if items != self.items:
            self.items = items
            self._fit = None
            self.update()

    def set_text_range(self, floor_px: int, ceiling_px: int) -> None:
        if (floor_px, ceiling_px) != (self.floor_px, self.ceiling_px):
            self.floor_px, self.ceiling_px = floor_px, ceiling_px
            self._fit = None
            self.update()

    def fit(self) -> Fit:
        if self._fit is None:
            self._fit = fit_items(
                self.measurer,
                self.items,
                self.width(),
                self.height(),
                self.floor_px,
                self.ceiling_px,
                self.max_columns,
            )
        return self._fit

    def resizeEvent(self, event: object) -> None:
        self._fit = None

    def hidden_count(self) -> int:
        return self.fit().hidden

    def shown_card_ids(self) -> list[uuid.UUID]:
        return [p.item.card_id for p in self.fit().placed if p.item.card_id is not None]

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        self.paint_on(painter, event.rect())
        painter.end()

    def paint_on(self, painter: QPainter, clip: QRect | None = None) -> None:
        self.painted = []
        m = self.measurer
        if not self.items:
            if self.empty_text:
                font = m.font(self.floor_px, False, True)
                painter.setFont(font)
                painter.setPen(self.colours.more)
                painter.drawText(
                    self.rect(), int(Qt.AlignmentFlag.AlignCenter) | _WRAP, self.empty_text
                )
                self.painted.append(("empty", self.empty_text, font))
            return
        fit = self.fit()
        size = fit.pixel_size
        pad = _padding(size)
        for placed in fit.placed:
            rect, item = placed.rect, placed.item
            if clip is not None and not clip.intersects(rect):
                self._record(item, size)
                continue
            if item.kind is ItemKind.HEADER:
                font = m.font(_header_size(size), True)
                painter.setFont(font)
                painter.setPen(self.colours.header)
                painter.drawText(rect, _WRAP, item.text)
                self.painted.append(("header", item.text, font))
                continue
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self.colours.card)
            painter.drawRoundedRect(QRectF(rect), pad / 2, pad / 2)
            accent = self.colours.accents.get(item.accent)
            if accent is not None:
                painter.setBrush(accent)
                painter.drawRect(QRect(rect.x(), rect.y(), max(4, pad // 2), rect.height()))
            inner = rect.adjusted(pad + pad // 2, pad, -pad, -pad)
            painter.save()
            painter.setClipRect(rect)
            y = inner.y()
            badge_width = 0
            if item.badge:
                badge_font = m.font(size, True)
                badge_width = m.metrics(size, True).horizontalAdvance(item.badge) + pad
                painter.setFont(badge_font)
                painter.setPen(self.colours.badge)
                painter.drawText(
                    QRect(inner.right() - badge_width, y, badge_width, inner.height()),
                    int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop),
                    item.badge,
                )
                self.painted.append(("badge", item.badge, badge_font))
            for text, bold, colour in (
                (item.title, True, self.colours.ink),
                (item.text, False, self.colours.ink),
                (item.note, False, self.colours.muted),
            ):
                if not text:
                    continue
                width = inner.width() - (badge_width if y == inner.y() else 0)
                h = m.height(text, size, width, bold)
                font = m.font(size, bold)
                painter.setFont(font)
                painter.setPen(QPen(colour))
                room = inner.bottom() - y + 1
                if h <= room:
                    painter.drawText(QRect(inner.x(), y, width, h), _WRAP, text)
                elif room >= m.metrics(size, bold).height():
                    _draw_cut(painter, m.metrics(size, bold), text, inner.x(), y, width, room)
                else:
                    break
                self.painted.append(("card", text, font))
                y += h + pad // 2
            painter.restore()
        if fit.hidden and fit.more_rect is not None:
            text = self.tr("+%n more", "", fit.hidden)
            font = m.font(_header_size(size), True)
            painter.setFont(font)
            painter.setPen(self.colours.more)
            painter.drawText(fit.more_rect, _WRAP, text)
            self.painted.append(("more", text, font))

    def _record(self, item: WallItem, size: int) -> None:
        if item.kind is ItemKind.HEADER:
            self.painted.append(("header", item.text, self.measurer.font(_header_size(size), True)))
            return
        for text, bold in ((item.title, True), (item.text, False), (item.note, False)):
            if text:
                self.painted.append(("card", text, self.measurer.font(size, bold)))


def _draw_cut(
    painter: QPainter, metrics: QFontMetrics, text: str, x: int, y: int, width: int, room: int
) -> None:
    """The whole lines of ``text`` that fit in ``room``, the last one ending with "…"."""
    layout = QTextLayout(text, painter.font())
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    layout.beginLayout()
    lines: list[tuple[int, int]] = []
    top = 0.0
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        if top + line.height() > room:
            break
        lines.append((line.textStart(), line.textLength()))
        top += line.height()
    layout.endLayout()
    step = metrics.lineSpacing()
    flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    for index, (start, length) in enumerate(lines):
        last = index == len(lines) - 1
        part = text[start:] if last else text[start : start + length]
        part = part.replace("\n", " ").strip()
        if last:
            part = metrics.elidedText(part + " …", Qt.TextElideMode.ElideRight, width)
        painter.drawText(QRect(x, y + index * step, width, step), flags, part)
