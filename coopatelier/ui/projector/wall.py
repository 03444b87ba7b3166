"""The projector's card wall: a custom layout that never scrolls.

It chooses the largest font and the number of columns that fit every card in the space it
has, never going below a floor (1/30 of the screen height, so the back of the room can
read); failing that, it caps each card's text to a few lines ending with "…" (putting a card
on stage shows it in full); when even that cannot fit everything it shows what fits and,
in each group whose cards are hidden, "+N more". Cards are painted (not one widget each),
so a 5,000-card phase lays out in a fraction of a second and a card drag repaints within a
frame.
"""

from __future__ import annotations

import enum
import uuid
from dataclasses import dataclass, field, replace

from PySide6.QtCore import QCoreApplication, QRect, QRectF, QSize, Qt
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
#: the line caps tried, most text first, when the cards do not fit in full
CAPS = (8, 6, 5, 4, 3, 2)


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
    #: "+N more" of each group with hidden cards: where (under its last shown card), how many
    mores: list[tuple[QRect, int]] = field(default_factory=list)
    #: the most lines of a card's title or text (0: no cap); a capped part ends with "…"
    cap: int = 0

    @property
    def more_rect(self) -> QRect | None:
        """The last "+N more" (None when every card is shown)."""
        return self.mores[-1][0] if self.mores else None


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


def capped(m: Measurer, text: str, pixel_size: int, width: int, bold: bool, cap: int) -> int:
    """The height of ``text``, at most ``cap`` lines of it (0: no cap)."""
    height = m.height(text, pixel_size, width, bold)
    if cap > 0:
        height = min(height, cap * m.metrics(pixel_size, bold).lineSpacing())
    return height


def item_height(
    m: Measurer, item: WallItem, pixel_size: int, width: int, strict: bool = True, cap: int = 0
) -> int:
    """The item's height in a column ``width`` wide (its title and text ``cap`` lines at
    most); ``TOO_NARROW`` when ``strict`` and a word would not fit on a line."""
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
        height += capped(m, item.title, pixel_size, inner - badge, True, cap)
        parts += 1
    if item.text:
        height += capped(m, item.text, pixel_size, inner - (0 if item.title else badge), False, cap)
        parts += 1
    if item.note:
        height += m.height(item.note, pixel_size, inner, False)
        parts += 1
    if parts == 0:
        height += m.metrics(pixel_size).height()
    return height + max(0, parts - 1) * (pad // 2)


@dataclass(slots=True)
class _Group:
    """A header (or none) and its cards, in the wall's order."""

    header: WallItem | None
    cards: list[WallItem] = field(default_factory=list)


def _groups(items: list[WallItem]) -> list[_Group]:
    groups: list[_Group] = []
    for item in items:
        if item.kind is ItemKind.HEADER:
            groups.append(_Group(item))
        else:
            if not groups:
                groups.append(_Group(None))
            groups[-1].cards.append(item)
    return [g for g in groups if g.cards]


def continued(header: WallItem) -> WallItem:
    """A group's header repeated at the top of a column it continues into."""
    text = QCoreApplication.translate("CardWall", "%1 (continued)").replace("%1", header.text)
    return WallItem.header(text)


def fit_items(
    m: Measurer,
    items: list[WallItem],
    width: int,
    height: int,
    floor_px: int,
    ceiling_px: int,
    max_columns: int = 8,
) -> Fit:
    """The largest font (then the fewest columns) that shows every item in width × height.

    When even the floor cannot show everything, the cards' notes (authors) are dropped
    first, at the largest size that then shows everything; then the cards' texts are
    capped to a number of lines ending with "…" (the most lines that show every card, at
    the largest size, in the most columns); failing that, at the floor, every group gets a
    fair share of the room (the same number of cards each, then the room left to the next
    cards that fit) and each group's hidden cards are counted in its "+N more" (with
    capped lines when they show many more cards). A group that continues into a new
    column repeats its header there."""
    floor_px = max(1, floor_px)
    ceiling_px = max(floor_px, ceiling_px)
    groups = _groups(items)
    cards = sum(len(g.cards) for g in groups)
    if not cards:
        return Fit(floor_px, 1)
    sizes: list[int] = []
    size = ceiling_px
    while size > floor_px:
        sizes.append(size)
        size = min(size - 1, int(size * 0.93))
    sizes.append(floor_px)
    counts = [len(g.cards) for g in groups]
    has_notes = any(c.note for g in groups for c in g.cards)
    for compact in (False, True) if has_notes else (False,):
        for size in sizes:
            most = _max_columns(width, size, max_columns)
            # every card takes at least a line and its padding: skip sizes that cannot fit
            smallest = m.metrics(size).height() + 2 * _padding(size) + _gap(size)
            if cards * smallest > most * (height + _gap(size)):
                continue
            for columns in range(1, most + 1):
                layout = _Layout(m, groups, width, height, size, columns, True, compact)
                fit = layout.place(counts, more=False)
                if fit is not None:
                    return fit
    for strict in (True, False):  # a word too long for a line ends with "…" when capped
        for cap in CAPS:
            for size in sizes:
                most = _max_columns(width, size, max_columns)
                smallest = m.metrics(size).height() + 2 * _padding(size) + _gap(size)
                if cards * smallest > most * (height + _gap(size)):
                    continue
                for columns in range(most, 0, -1):  # on a tie, more columns
                    layout = _Layout(
                        m, groups, width, height, size, columns, strict, has_notes, cap
                    )
                    fit = layout.place(counts, more=False)
                    if fit is not None:
                        return _more_lines(layout, counts, fit)
    best: Fit | None = None
    for cap in (0, 2):
        chosen: Fit | None = None
        for strict in (True, False):
            for columns in range(1, _max_columns(width, floor_px, max_columns) + 1):
                layout = _Layout(
                    m, groups, width, height, floor_px, columns, strict, has_notes, cap
                )
                fit = layout.share()
                if fit is not None and (chosen is None or fit.hidden < chosen.hidden):
                    chosen = fit  # the column count that shows the most
            if chosen is not None:
                break
        if chosen is None:
            continue
        if best is None:
            best = chosen
        elif cards - chosen.hidden >= cards - best.hidden + max(2, (cards - best.hidden) // 5):
            best = chosen  # capped lines only when they show many more cards
    if best is not None:
        return best
    return Fit(floor_px, 1, hidden=cards)


def _more_lines(layout: _Layout, counts: list[int], fit: Fit) -> Fit:
    """``fit`` with as many more lines per card as still fit (the room left under it)."""
    for cap in range(fit.cap + 1, fit.cap + 64):
        layout.cap = cap
        layout.clear()
        more = layout.place(counts, more=False)
        if more is None:
            break
        fit = more
    return fit


def needed_height(
    m: Measurer,
    items: list[WallItem],
    width: int,
    pixel_size: int,
    max_columns: int = 8,
    limit: int = 1 << 24,
) -> int:
    """The least height that shows every item at ``pixel_size`` in ``width`` (what a panel
    of several walls gives each of them); past ``limit``, a lower bound, measured cheaply."""
    groups = _groups(items)
    if not groups:
        return 0
    counts = [len(g.cards) for g in groups]
    most = _max_columns(width, pixel_size, max_columns)
    smallest = m.metrics(pixel_size).height() + 2 * _padding(pixel_size) + _gap(pixel_size)
    lower = sum(counts) * smallest // most
    if lower > limit:
        return lower  # more than the room anyway: no need to measure every card
    best = 0
    for strict, columns in [(True, c) for c in range(1, most + 1)] + [
        (False, c) for c in range(1, most + 1)
    ]:
        if best and not strict:
            break  # a word broken only when no column count keeps it whole
        layout = _Layout(m, groups, width, 1 << 24, pixel_size, columns, strict, False)
        single = layout.place(counts, more=False)
        if single is None:
            continue
        total = max(p.rect.bottom() + 1 for p in single.placed)
        tallest = max(p.rect.height() for p in single.placed)
        lo, hi = max(tallest, total // columns), total  # hi always fits (one column)
        while lo < hi:
            mid = (lo + hi) // 2
            layout.height = mid
            if layout.place(counts, more=False) is not None:
                hi = mid
            else:
                lo = mid + 1
        best = hi if best == 0 else min(best, hi)
    return best


def _max_columns(width: int, pixel_size: int, limit: int) -> int:
    gap = _gap(pixel_size)
    return max(1, min(limit, (width + gap) // (MIN_COLUMN_EMS * pixel_size + gap)))


def _gap(pixel_size: int) -> int:
    return max(6, pixel_size // 2)


class _Layout:
    """Groups flowed down ``columns`` columns at one size; heights measured once per item."""

    def __init__(
        self,
        m: Measurer,
        groups: list[_Group],
        width: int,
        height: int,
        size: int,
        columns: int,
        strict: bool,
        compact: bool,
        cap: int = 0,
    ) -> None:
        self.m = m
        self.cap = cap
        self.groups = groups
        self.height = height
        self.size = size
        self.columns = columns
        self.strict = strict
        self.compact = compact  # cards without their notes
        self.gap = _gap(size)
        self.column_width = (width - self.gap * (columns - 1)) // columns
        # keyed by id(): every item measured is kept alive here or in ``groups``, so an id
        # is never reused by another item during the layout
        self._heights: dict[int, int] = {}
        self._items: dict[int, WallItem] = {}
        self._continued: dict[int, WallItem] = {}
        self.more_height = m.metrics(_header_size(size), True).height()
        self.line = m.metrics(size).height() + 2 * _padding(size)

    def clear(self) -> None:
        """Forget the heights measured (after a change of ``cap``)."""
        self._heights.clear()

    def item(self, item: WallItem) -> WallItem:
        """The item as shown: without its note when compact."""
        if not (self.compact and item.note):
            return item
        shown = self._items.get(id(item))
        if shown is None:
            shown = self._items[id(item)] = replace(item, note="")
        return shown

    def continued(self, header: WallItem) -> WallItem:
        """``header`` repeated at the top of a new column, made once per layout."""
        shown = self._continued.get(id(header))
        if shown is None:
            shown = self._continued[id(header)] = continued(header)
        return shown

    def h(self, item: WallItem) -> int:
        key = id(item)
        height = self._heights.get(key)
        if height is None:
            height = item_height(
                self.m,
                self.item(item),
                self.size,
                self.column_width,
                strict=self.strict,
                cap=self.cap,
            )
            self._heights[key] = height
        return height

    def place(self, counts: list[int], *, more: bool) -> Fit | None:
        """The first ``counts[i]`` cards of each group (and, when ``more``, a "+N more"
        under the last shown card of each group with hidden cards, or under its header when
        none of its cards is shown), or None when they do not fit."""
        if self.column_width <= 0:
            return None
        gap, height, columns = self.gap, self.height, self.columns
        fit = Fit(self.size, columns, cap=self.cap)
        placed = fit.placed
        step = self.column_width + gap
        tail = self.more_height + gap  # a "+N more" under a group's last shown card
        column, y = 0, 0
        for group, count in zip(self.groups, counts, strict=True):
            total = len(group.cards)
            if count <= 0 and not (more and total):
                continue
            header = group.header
            head = self.h(header) if header is not None else 0
            if head == TOO_NARROW:
                return None
            if count <= 0:  # none of the group's cards: its header and "+N more"
                if y > 0 and y + head + self.more_height > height:
                    column += 1
                    y = 0
                if column >= columns or head + self.more_height > height:
                    return None
                x = column * step
                if header is not None:
                    placed.append(Placed(header, QRect(x, y, self.column_width, head)))
                    y += head
                fit.mores.append((QRect(x, y, self.column_width, self.more_height), total))
                y += tail
                continue
            marker = more and count < total
            for index in range(count):
                card = group.cards[index]
                h = self.h(card)
                if h == TOO_NARROW:
                    return None
                after = tail if marker and index == count - 1 else 0
                # a header sits close to its first card (its height ends with a padding)
                block = h + after + (head if header is not None and index == 0 else 0)
                if y > 0 and y + block > height:
                    column += 1
                    y = 0
                    if column >= columns:
                        return None
                x = column * step
                if header is not None and (index == 0 or y == 0):
                    shown = header if index == 0 else self.continued(header)
                    hh = head if index == 0 else self.h(shown)
                    if hh == TOO_NARROW:
                        return None
                    placed.append(Placed(shown, QRect(x, y, self.column_width, hh)))
                    y += hh
                room = height - y - after
                if h > room and (any(p.item.card_id for p in placed) or room < self.line):
                    return None  # only a lone card taller than the wall is cut
                placed.append(Placed(self.item(card), QRect(x, y, self.column_width, min(h, room))))
                y += min(h, room) + gap
                if after:
                    rect = QRect(x, y, self.column_width, self.more_height)
                    fit.mores.append((rect, total - count))
                    y += tail
        fit.hidden = sum(len(g.cards) for g in self.groups) - sum(counts)
        return fit

    def share(self) -> Fit | None:
        """As many cards as fit with "+N more": the same number from every group first
        (the largest that fits), then one more card at a time to the groups, in order,
        while they fit."""
        lengths = [len(g.cards) for g in self.groups]
        best = self.place([0] * len(lengths), more=True)
        if best is None:
            return None
        lo, hi = 0, max(lengths)
        while lo < hi:
            mid = (lo + hi + 1) // 2
            fit = self.place([min(n, mid) for n in lengths], more=True)
            if fit is not None:
                lo, best = mid, fit
            else:
                hi = mid - 1
        counts = [min(n, lo) for n in lengths]
        growing = [i for i, n in enumerate(lengths) if counts[i] < n]
        while growing:
            still: list[int] = []
            for index in growing:
                counts[index] += 1
                fit = self.place(counts, more=counts != lengths)
                if fit is None:
                    counts[index] -= 1  # more cards would not fit either: this group is done
                    continue
                best = fit
                if counts[index] < lengths[index]:
                    still.append(index)
            growing = still
        return best


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
        #: counts the changes of ``items`` (what a panel of walls checks before rearranging)
        self.version = 0
        #: the text height the room must be able to read (set from the screen's height)
        self.floor_px = 24
        self.ceiling_px = 48
        self.max_columns = 8
        self.empty_text = ""
        self.empty_alignment = Qt.AlignmentFlag.AlignCenter
        self.colours = DARK
        self._fit: Fit | None = None
        #: (kind, text, font) of everything the last paint drew: what tests measure
        self.painted: list[tuple[str, str, QFont]] = []

    def sizeHint(self) -> QSize:
        return QSize(640, 360)

    def set_items(self, items: list[WallItem]) -> None:
        if items != self.items:
            self.items = items
            self.version += 1
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
                flags = int(self.empty_alignment) | int(Qt.TextFlag.TextWordWrap)
                painter.drawText(self.rect(), flags, self.empty_text)
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
            parts = [
                (text, bold, colour, cap)
                for text, bold, colour, cap in (
                    (item.title, True, self.colours.ink, fit.cap),
                    (item.text, False, self.colours.ink, fit.cap),
                    (item.note, False, self.colours.muted, 0),
                )
                if text
            ]
            drawn: tuple[str, int, int, int, bool] | None = None  # the last part drawn whole
            for text, bold, colour, cap in parts:
                width = inner.width() - (badge_width if y == inner.y() else 0)
                metrics = m.metrics(size, bold)
                h = m.height(text, size, width, bold)
                font = m.font(size, bold)
                painter.setFont(font)
                painter.setPen(QPen(colour))
                room = inner.bottom() - y + 1
                if cap > 0:
                    room = min(room, cap * metrics.lineSpacing())
                if h <= room and m.longest_word(text, size, bold) <= width:
                    painter.drawText(QRect(inner.x(), y, width, h), _WRAP, text)
                    drawn = (text, y, width, h, bold)
                elif h <= room:  # a word wider than the card: its lines end with "…"
                    _draw_cut(painter, metrics, text, inner.x(), y, width, room, cut=False)
                    drawn = (text, y, width, h, bold)
                elif room >= metrics.height():
                    _draw_cut(painter, metrics, text, inner.x(), y, width, room)
                    drawn = None
                    h = room
                else:  # not a line left: the part drawn before ends with "…" instead
                    if drawn is not None:
                        last, top, last_width, last_h, last_bold = drawn
                        painter.setFont(m.font(size, last_bold))
                        painter.setPen(self.colours.card)
                        painter.setBrush(self.colours.card)
                        painter.drawRect(QRect(inner.x(), top, last_width, last_h))
                        painter.setPen(QPen(self.colours.ink))
                        _draw_cut(
                            painter,
                            m.metrics(size, last_bold),
                            last,
                            inner.x(),
                            top,
                            last_width,
                            last_h,
                        )
                    break
                self.painted.append(("card", text, font))
                y += h + pad // 2
            painter.restore()
        for rect, count in fit.mores:
            text = self.tr("+%n more", "", count)
            font = m.font(_header_size(size), True)
            painter.setFont(font)
            painter.setPen(self.colours.more)
            painter.drawText(rect, _WRAP, text)
            self.painted.append(("more", text, font))

    def _record(self, item: WallItem, size: int) -> None:
        if item.kind is ItemKind.HEADER:
            self.painted.append(("header", item.text, self.measurer.font(_header_size(size), True)))
            return
        for text, bold in ((item.title, True), (item.text, False), (item.note, False)):
            if text:
                self.painted.append(("card", text, self.measurer.font(size, bold)))


def _draw_cut(
    painter: QPainter,
    metrics: QFontMetrics,
    text: str,
    x: int,
    y: int,
    width: int,
    room: int,
    cut: bool = True,
) -> None:
    """The whole lines of ``text`` that fit in ``room``, the last one ending with "…" when
    ``cut`` (also when the text ends there: what follows it is cut); a line wider than
    ``width`` (a long word) ends with "…" too."""
    layout = QTextLayout(text, painter.font())
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    layout.beginLayout()
    lines: list[tuple[int, int]] = []
    top = 0
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        if top + metrics.height() > room:
            break
        lines.append((line.textStart(), line.textLength()))
        top += metrics.lineSpacing()
    layout.endLayout()
    step = metrics.lineSpacing()
    flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    for index, (start, length) in enumerate(lines):
        last = index == len(lines) - 1
        part = text[start:] if last else text[start : start + length]
        part = part.replace("\n", " ").strip()
        if last and cut:
            part = metrics.elidedText(part + " …", Qt.TextElideMode.ElideRight, width)
        elif metrics.horizontalAdvance(part) > width:
            part = metrics.elidedText(part, Qt.TextElideMode.ElideRight, width)
        painter.drawText(QRect(x, y + index * step, width, step), flags, part)
