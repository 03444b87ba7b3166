"""The projector's card wall: a custom layout that never scrolls.

It chooses the largest font and the number of columns that fit every card in the space it
has, never going below a floor (1/30 of the screen height, so the back of the room can
read). A paged wall (the room's main wall) that cannot show every card whole at the floor
becomes pages of whole cards that the room sees numbered ("2/3") and the facilitator turns;
only a lone card taller than a page is cut with "…" (putting it on stage shows it in
full). A wall that is not paged (a quadrant of the matrix) caps the cards' texts to a few
lines ending with "…" and, failing that, shows "+N more" under each group with hidden
cards. Cards are painted (not one widget each), so a 5,000-card phase lays out in a
fraction of a second and a card drag repaints within a frame.
"""

from __future__ import annotations

import enum
import uuid
from dataclasses import dataclass, field, replace

from PySide6.QtCore import QCoreApplication, QRect, QRectF, QSize, Qt, Signal
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
    #: a header's group key (a category, an organisation's id): what a focus or a lane names
    group: str = ""

    @staticmethod
    def header(text: str, group: str = "") -> WallItem:
        return WallItem(ItemKind.HEADER, text, group=group)


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
    #: a paged wall's pages (the first is ``placed``); one page when everything fits
    pages: list[list[Placed]] = field(default_factory=list)
    #: cards cut because each alone is taller than a page
    cut: int = 0

    def page_items(self, page: int) -> list[Placed]:
        """What page ``page`` (from 0) shows; the first page when there is no such page."""
        if 0 <= page < len(self.pages):
            return self.pages[page]
        return self.placed

    @property
    def page_count(self) -> int:
        return max(1, len(self.pages))

    def page_of(self, card_id: uuid.UUID) -> int | None:
        """The page that shows ``card_id`` (None when no page does)."""
        for index in range(self.page_count):
            if any(p.item.card_id == card_id for p in self.page_items(index)):
                return index
        return None

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
    paged: bool = False,
) -> Fit:
    """The largest font (then the fewest columns) that shows every item in width × height.

    When even the floor cannot show everything, the cards' notes (authors) are dropped
    first, at the largest size that then shows everything. Then a ``paged`` wall flows its
    whole cards over pages at the floor (``paginate``). Otherwise the cards' texts are
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
                if fit is not None and size > floor_px and _lone_card_cut(layout):
                    break  # a lone card is cut only at the floor (an action on stage read
                    # three lines of its partners at the largest size)
                if fit is not None:
                    fit.pages = [fit.placed]
                    return fit
    if paged:
        return paginate(m, groups, width, height, floor_px, max_columns)
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


def page_mark_height(m: Measurer, floor_px: int) -> int:
    """The strip a paged wall keeps at its bottom for its page number ("2/3")."""
    return m.metrics(floor_px).height() + _gap(floor_px)


def paginate(
    m: Measurer,
    groups: list[_Group],
    width: int,
    height: int,
    floor_px: int,
    max_columns: int = 8,
) -> Fit:
    """Every card whole, at the floor, over as few pages as possible (then as many columns
    as possible), the page number below them; a card taller than a page alone is cut."""
    room = max(1, height - page_mark_height(m, floor_px))
    best: Fit | None = None
    has_notes = any(c.note for g in groups for c in g.cards)
    shown: dict[int, WallItem] = {}  # the cards without their notes, made once
    if sum(len(g.cards) for g in groups) > SAMPLED_PAGINATION:
        # hundreds of pages: the column count and the notes are chosen on a sample of the
        # cards, and only that layout measures them all (a cold 5,000-card wall measured
        # them six times: benchmarks/projector.py)
        chosen = _estimated_layout(m, groups, width, room, floor_px, max_columns, has_notes)
        if chosen is not None:
            columns, compact = chosen
            layout = _Layout(m, groups, width, room, floor_px, columns, True, compact,
                             shown=shown)
            fit = layout.paginate()
            if fit is not None and fit.cut == 0:
                return fit
    for strict in (True, False):  # a word broken only when no column count keeps it whole
        for compact in (False, True) if has_notes else (False,):
            mine: Fit | None = None  # the best with (or without) the notes
            for columns in range(_max_columns(width, floor_px, max_columns), 0, -1):
                layout = _Layout(
                    m, groups, width, room, floor_px, columns, strict, compact, shown=shown
                )
                # a layout that needs more pages than the best one is left unfinished
                limit = mine.page_count if mine is not None and mine.cut == 0 else 0
                fit = layout.paginate(limit)
                if fit is None:
                    continue
                if mine is None or (fit.cut, fit.page_count) < (mine.cut, mine.page_count):
                    mine = fit  # the fewest cards cut (taller than a page), then pages
                elif mine.cut == 0 and fit.page_count > mine.page_count:
                    break  # fewer columns only need more pages (cold 5,000 cards: measured)
            # the authors' names only when they cost no page
            if mine is not None and (
                best is None or (mine.cut, mine.page_count) < (best.cut, best.page_count)
            ):
                best = mine
        if best is not None:
            return best
    cards = sum(len(g.cards) for g in groups)
    return Fit(floor_px, 1, hidden=cards)


#: past this many cards a paged wall chooses its layout on a sample (``paginate``)
SAMPLED_PAGINATION = 600
#: how many cards the sample holds
SAMPLE_SIZE = 150


def _spread(index: int, count: int) -> int:
    """The ``index``-th of a sequence spread over ``range(count)`` without a period (the
    golden ratio's multiples, modulo 1)."""
    return int(((index + 0.5) * 0.6180339887498949) % 1.0 * count)


def _estimated_layout(
    m: Measurer,
    groups: list[_Group],
    width: int,
    room: int,
    floor_px: int,
    max_columns: int,
    has_notes: bool,
) -> tuple[int, bool] | None:
    """(columns, compact) with the fewest cards cut, then the fewest pages, estimated from
    a sample of the cards, as ``paginate`` chooses: the notes kept, then the most columns,
    on a tie; None when a word of the sample does not fit any column whole."""
    cards = [c for g in groups for c in g.cards]
    count = min(SAMPLE_SIZE, len(cards))
    # spread by the golden ratio, not evenly: an even stride could keep picking cards of
    # one kind (every sixth card a long one)
    sample = [cards[_spread(i, len(cards))] for i in range(count)]
    headers = [g.header for g in groups if g.header is not None]
    best: tuple[int, int, int, int] | None = None  # (cut, pages, compact, -columns)
    for compact in (False, True) if has_notes else (False,):
        for columns in range(_max_columns(width, floor_px, max_columns), 0, -1):
            layout = _Layout(m, groups, width, room, floor_px, columns, True, compact)
            heights = [layout.h(c) for c in sample] + [
                layout.h(shown) for h in headers for shown in (h, layout.continued(h))
            ]
            if TOO_NARROW in heights:
                continue
            pages = _simulated_pages(layout, groups, heights[: len(sample)])
            cut = sum(h > room for h in heights[: len(sample)])  # taller than a page
            key = (cut, pages, int(compact), -columns)
            if best is None or key < best:
                best = key
    if best is None:
        return None
    return -best[3], bool(best[2])


def _simulated_pages(layout: _Layout, groups: list[_Group], sampled: list[int]) -> int:
    """About the pages ``layout.paginate`` makes, each card as tall as a sampled card
    (picked the same way as the sample): arithmetic only."""
    gap, height, columns = layout.gap, layout.height, layout.columns
    pages, column, y, index = 1, 0, 0, 0
    for group in groups:
        head = again = 0
        if group.header is not None:
            head = layout.h(group.header)
            again = layout.h(layout.continued(group.header))  # "(continued)": may wrap
        for number in range(len(group.cards)):
            h = sampled[_spread(index, len(sampled))]
            index += 1
            block = h + (head if number == 0 else 0)
            if y > 0 and y + block > height:
                column, y = column + 1, 0
                if column >= columns:
                    pages, column = pages + 1, 0
            if head and number == 0:
                y += head
            elif again and y == 0:
                y += again  # the header's "(continued)" at the top of a column
            y += min(h, max(0, height - y)) + gap
    return pages


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
        shown: dict[int, WallItem] | None = None,
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
        self._items: dict[int, WallItem] = {} if shown is None else shown
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

    def paginate(self, limit: int = 0) -> Fit | None:
        """Every card, whole, flowed down the columns of as many pages as they need (a
        group continuing on a new column or page repeats its header); None when a word or
        a header does not fit a column. Past ``limit`` pages (0: no limit) it stops: the
        fit returned then has ``limit + 1`` pages and leaves the other cards out."""
        if self.column_width <= 0:
            return None
        gap, height, columns = self.gap, self.height, self.columns
        step = self.column_width + gap
        fit = Fit(self.size, columns)
        pages: list[list[Placed]] = [[]]
        column, y = 0, 0
        for group in self.groups:
            header = group.header
            head = self.h(header) if header is not None else 0
            if head == TOO_NARROW:
                return None
            for index, card in enumerate(group.cards):
                h = self.h(card)
                if h == TOO_NARROW:
                    return None
                block = h + (head if header is not None and index == 0 else 0)
                if y > 0 and y + block > height:
                    column, y = column + 1, 0
                    if column >= columns:
                        if limit and len(pages) >= limit:
                            pages.append([])
                            fit.pages, fit.placed = pages, pages[0]
                            return fit  # worse than the best already found
                        pages.append([])
                        column = 0
                x = column * step
                if header is not None and (index == 0 or y == 0):
                    shown = header if index == 0 else self.continued(header)
                    hh = head if index == 0 else self.h(shown)
                    if hh == TOO_NARROW:
                        return None
                    pages[-1].append(Placed(shown, QRect(x, y, self.column_width, hh)))
                    y += hh
                room = height - y
                if room < self.line:
                    return None
                fit.cut += h > room
                shown = self.item(card)
                pages[-1].append(Placed(shown, QRect(x, y, self.column_width, min(h, room))))
                y += min(h, room) + gap
        fit.pages = pages
        fit.placed = pages[0]
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
    """Paints a list of ``WallItem`` fitted to its size; never scrolls. A ``paged`` wall
    shows one page at a time (``page``, from 0) with its number ("2/3") in a corner."""

    #: the page shown changed (page from 0, number of pages)
    page_changed = Signal(int, int)

    def __init__(self, parent: QWidget | None = None, *, paged: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("cardWall")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, False)
        self.measurer = Measurer()
        self.items: list[WallItem] = []
        self.paged = paged
        #: the page shown (from 0): kept within the pages at each layout
        self.page = 0
        #: a card just captured, outlined for a few seconds
        self.marked: uuid.UUID | None = None
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
        #: a card of the page shown: a new layout turns to its page
        self._anchor: uuid.UUID | None = None
        self._announced = (0, 1)
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
                paged=self.paged,
            )
            # a new layout (a resize, a change) keeps the card that was in view in view
            page = self._fit.page_of(self._anchor) if self._anchor is not None else None
            page = min(self.page if page is None else page, self._fit.page_count - 1)
            self.page = max(0, page)
            self._announce()
        return self._fit

    def _announce(self) -> None:
        shown = (self.page, self.page_count())
        if shown != self._announced:
            self._announced = shown
            self.page_changed.emit(*shown)

    def resizeEvent(self, event: object) -> None:
        self._fit = None

    # --- pages ----------------------------------------------------------------------------

    def page_count(self) -> int:
        return self.fit().page_count

    def set_page(self, page: int) -> bool:
        """Show page ``page`` (from 0); False when there is no such page."""
        pages = self.fit().page_count
        if not 0 <= page < pages:
            return False
        shown = self.fit().page_items(page)
        self._anchor = next((p.item.card_id for p in shown if p.item.card_id), None)
        if page != self.page:
            self.page = page
            self.update()
        self._announce()
        return True

    def next_page(self) -> bool:
        """Turn to the next page; False on the last one."""
        return self.page + 1 < self.page_count() and self.set_page(self.page + 1)

    def previous_page(self) -> bool:
        """Turn to the previous page; False on the first one."""
        self.fit()
        return self.page > 0 and self.set_page(self.page - 1)

    def show_card(self, card_id: uuid.UUID) -> None:
        """Turn to the page that holds ``card_id``."""
        page = self.fit().page_of(card_id)
        if page is not None:
            self.set_page(page)
        self._anchor = card_id  # also for the next layout (a wall not yet laid out)

    def open_at(self, card_id: uuid.UUID | None) -> None:
        """Open on the page that holds ``card_id`` (the first page when None) at the next
        layout, without laying out now: a wall whose size is about to change (the
        instructions hidden above it) is laid out once, at its final size."""
        self._anchor = card_id
        if self._fit is not None:
            page = self._fit.page_of(card_id) if card_id is not None else None
            self.set_page(0 if page is None else page)
        else:
            self.page = 0
            self.update()

    def set_marked(self, card_id: uuid.UUID | None) -> None:
        if card_id != self.marked:
            self.marked = card_id
            self.update()

    def placed(self) -> list[Placed]:
        """The items of the page shown."""
        return self.fit().page_items(self.page)

    def hidden_count(self) -> int:
        return self.fit().hidden

    def shown_card_ids(self) -> list[uuid.UUID]:
        return [p.item.card_id for p in self.placed() if p.item.card_id is not None]

    def page_mark(self) -> str:
        """ "2/3" on a wall of several pages, else nothing."""
        pages = self.page_count()
        return f"{self.page + 1}/{pages}" if pages > 1 else ""

    # --- what is shown ----------------------------------------------------------------------

    def describe(self) -> list[dict[str, object]]:
        """The cards of the page shown, as the room reads them: id, text (title and text,
        as drawn: a cut one ends with "…"), whether whole, the note, the group (the header
        above it: a category, an organisation's id)."""
        cards: list[dict[str, object]] = []
        fit = self.fit()
        group = ""
        for placed in self.placed():
            item = placed.item
            if item.kind is ItemKind.HEADER:
                group = item.group or item.text
                continue
            parts = self._parts(item, placed.rect, fit)
            said = [p for p in parts if p.role != "note"]
            notes = [p for p in parts if p.role == "note"]
            expected = [t for t in (item.title, item.text) if t]
            cards.append(
                {
                    "id": str(item.card_id) if item.card_id else "",
                    "text": "\n".join(p.shown for p in said),
                    "whole": len(said) == len(expected) and all(p.whole for p in said),
                    "note": "\n".join(p.shown for p in notes),
                    "badge": item.badge,
                    "group": group,
                }
            )
        return cards

    def smallest_text_px(self) -> int:
        """The smallest text this wall draws (0 when it draws none)."""
        if not self.items:
            return self.floor_px if self.empty_text else 0
        return self.fit().pixel_size

    # --- painting ---------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        self.paint_on(painter, event.rect())
        painter.end()

    def _parts(self, item: WallItem, rect: QRect, fit: Fit) -> list[_Part]:
        """A card's title, text and note as they are drawn in ``rect``."""
        m = self.measurer
        size = fit.pixel_size
        pad = _padding(size)
        inner = rect.adjusted(pad + pad // 2, pad, -pad, -pad)
        badge_width = m.metrics(size, True).horizontalAdvance(item.badge) + pad if item.badge else 0
        parts: list[_Part] = []
        y = inner.y()
        for text, bold, role, cap in (
            (item.title, True, "title", fit.cap),
            (item.text, False, "text", fit.cap),
            (item.note, False, "note", 0),
        ):
            if not text:
                continue
            width = inner.width() - (badge_width if y == inner.y() else 0)
            metrics = m.metrics(size, bold)
            h = m.height(text, size, width, bold)
            room = inner.bottom() - y + 1
            if cap > 0:
                room = min(room, cap * metrics.lineSpacing())
            if h <= room and m.longest_word(text, size, bold) <= width:
                parts.append(_Part(role, text, text, True, bold, inner.x(), y, width, h, []))
            elif h <= room:  # a word wider than the card: its lines end with "…"
                lines = _cut_lines(metrics, m.font(size, bold), text, width, room, cut=False)
                parts.append(
                    _Part(role, text, " ".join(lines), False, bold, inner.x(), y, width, h, lines)
                )
            elif room >= metrics.height():
                lines = _cut_lines(metrics, m.font(size, bold), text, width, room)
                parts.append(
                    _Part(
                        role, text, " ".join(lines), False, bold, inner.x(), y, width, room, lines
                    )
                )
                h = room
            else:  # not a line left: the part drawn before ends with "…" instead
                if parts and parts[-1].whole:
                    last = parts[-1]
                    lines = _cut_lines(
                        m.metrics(size, last.bold),
                        m.font(size, last.bold),
                        last.text,
                        last.width,
                        last.h,
                    )
                    parts[-1] = replace(last, shown=" ".join(lines), whole=False, lines=lines)
                break
            y += h + pad // 2
        return parts

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
        colours = {"title": self.colours.ink, "text": self.colours.ink, "note": self.colours.muted}
        for placed in self.placed():
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
            if item.card_id is not None and item.card_id == self.marked:
                # just captured: outlined in the headers' colour for a few seconds
                width = max(3, pad // 2)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.setPen(QPen(self.colours.header, width))
                half = width / 2
                painter.drawRoundedRect(
                    QRectF(rect).adjusted(half, half, -half, -half), pad / 2, pad / 2
                )
                self.painted.append(("marked", str(item.card_id), m.font(size)))
            inner = rect.adjusted(pad + pad // 2, pad, -pad, -pad)
            painter.save()
            painter.setClipRect(rect)
            if item.badge:
                badge_font = m.font(size, True)
                badge_width = m.metrics(size, True).horizontalAdvance(item.badge) + pad
                painter.setFont(badge_font)
                painter.setPen(self.colours.badge)
                painter.drawText(
                    QRect(inner.right() - badge_width, inner.y(), badge_width, inner.height()),
                    int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop),
                    item.badge,
                )
                self.painted.append(("badge", item.badge, badge_font))
            for part in self._parts(item, rect, fit):
                font = m.font(size, part.bold)
                painter.setFont(font)
                painter.setPen(QPen(colours[part.role]))
                if part.whole:
                    painter.drawText(QRect(part.x, part.y, part.width, part.h), _WRAP, part.text)
                else:
                    step = m.metrics(size, part.bold).lineSpacing()
                    flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                    for index, line in enumerate(part.lines):
                        painter.drawText(
                            QRect(part.x, part.y + index * step, part.width, step), flags, line
                        )
                self.painted.append(("card", part.text, font))
            painter.restore()
        for rect, count in fit.mores:
            text = self.tr("+%n more", "", count)
            font = m.font(_header_size(size), True)
            painter.setFont(font)
            painter.setPen(self.colours.more)
            painter.drawText(rect, _WRAP, text)
            self.painted.append(("more", text, font))
        mark = self.page_mark()
        if mark:
            font = m.font(self.floor_px, True)
            painter.setFont(font)
            painter.setPen(self.colours.more)
            strip = page_mark_height(m, self.floor_px)
            painter.drawText(
                QRect(0, self.height() - strip, self.width(), strip),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom),
                mark,
            )
            self.painted.append(("page", mark, font))

    def _record(self, item: WallItem, size: int) -> None:
        if item.kind is ItemKind.HEADER:
            self.painted.append(("header", item.text, self.measurer.font(_header_size(size), True)))
            return
        for text, bold in ((item.title, True), (item.text, False), (item.note, False)):
            if text:
                self.painted.append(("card", text, self.measurer.font(size, bold)))


@dataclass(frozen=True, slots=True)
class _Part:
    """A card's title, text or note as drawn: whole, or as ``lines`` ending with "…"."""

    role: str  # "title", "text" or "note"
    text: str
    shown: str  # what the room reads
    whole: bool
    bold: bool
    x: int
    y: int
    width: int
    h: int
    lines: list[str]


def _cut_lines(
    metrics: QFontMetrics,
    font: QFont,
    text: str,
    width: int,
    room: int,
    cut: bool = True,
) -> list[str]:
    """The whole lines of ``text`` that fit in ``room``, the last one ending with "…" when
    ``cut`` (also when the text ends there: what follows it is cut); a line wider than
    ``width`` (a long word) ends with "…" too."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    layout.beginLayout()
    spans: list[tuple[int, int]] = []
    top = 0
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        if top + metrics.height() > room:
            break
        spans.append((line.textStart(), line.textLength()))
        top += metrics.lineSpacing()
    layout.endLayout()
    lines: list[str] = []
    for index, (start, length) in enumerate(spans):
        last = index == len(spans) - 1
        part = text[start:] if last else text[start : start + length]
        part = part.replace("\n", " ").strip()
        if last and cut:
            part = metrics.elidedText(part + " …", Qt.TextElideMode.ElideRight, width)
        elif metrics.horizontalAdvance(part) > width:
            part = metrics.elidedText(part, Qt.TextElideMode.ElideRight, width)
        lines.append(part)
    return lines


def _lone_card_cut(layout: _Layout) -> bool:
    """Whether a wall's only card is taller than the wall at ``layout``'s size."""
    cards = [card for group in layout.groups for card in group.cards]
    return len(cards) == 1 and layout.h(cards[0]) > layout.height
