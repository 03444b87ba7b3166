"""The roadmap as the room sees it ("chacun son poste"): a timeline, years across to the
horizon, one lane per organisation that leads or partners an action, each action in every
lane that has a role in it (the lead's marked as such, a partner's with its role), titles
wrapped whole. The notes of the roadmap phase (vacant roles, dependencies) follow the
lanes. Never below the room's smallest text: when the lanes do not fit, they go on pages
("2/3") turned like slides."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QRect, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from coopatelier.domain.analysis import roadmap_actions, roadmap_lanes, roadmap_notes
from coopatelier.domain.model import WorkshopData
from coopatelier.ui.projector.board import FittedBoard

_WRAP = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap)


@dataclass(frozen=True, slots=True)
class Chip:
    """An action in a lane: its title, and the lane's part in it."""

    card_id: uuid.UUID
    title: str
    part: str  # "Lead", or the partner's role
    lead: bool
    column: int
    #: the colour of its status (a démarche's roadmap under review), else the lead's accent
    colour: str = ""


@dataclass(frozen=True, slots=True)
class BoardLane:
    organisation_id: uuid.UUID | None
    name: str
    chips: tuple[Chip, ...]


@dataclass(frozen=True, slots=True)
class Board:
    columns: tuple[str, ...]  # the years, and "No year yet" when a chip has no year
    lanes: tuple[BoardLane, ...]
    notes: tuple[str, ...] = ()
    empty_text: str = ""
    #: the years of the columns (the one after them, if any: "No year yet")
    years: tuple[int, ...] = ()

    @classmethod
    def timeline(cls, years: list[int], lanes: tuple[BoardLane, ...], notes: tuple[str, ...],
                 empty_text: str) -> Board:
        """``lanes`` on ``years``, with a "No year yet" column after them only when a chip
        is in it (its ``column`` is ``len(years)``): an empty one kept a sixth of the
        room's width from the years."""
        columns = [str(y) for y in years]
        if any(chip.column == len(years) for lane in lanes for chip in lane.chips):
            columns.append(QCoreApplication.translate("ProjectorRoadmap", "No year yet"))
        return cls(tuple(columns), lanes, notes, empty_text, tuple(years))

    def with_lanes(self, lanes: tuple[BoardLane, ...], notes: tuple[str, ...]) -> Board:
        """The same years with ``lanes`` only (one organisation's lane shown alone): its
        "No year yet" column only if one of their chips is in it."""
        return Board.timeline(list(self.years), lanes, notes, self.empty_text)


def roadmap_board(data: WorkshopData) -> Board:
    """The roadmap's lanes (``domain.analysis.roadmap_lanes``, as the facilitator's view and
    the PDF) laid on the workshop's years."""
    workshop = data.workshop
    years = list(range(min(workshop.date.year, workshop.horizon_year), workshop.horizon_year + 1))
    lanes = roadmap_lanes(roadmap_actions(data), data.organisations, workshop.language)
    lead_word = QCoreApplication.translate("ProjectorRoadmap", "Lead")
    board_lanes = []
    for lane in lanes:
        chips = []
        for entry in lane.entries:
            card = entry.card
            year = card.horizon_year
            column = years.index(year) if year in years else len(years)
            part = lead_word if entry.lead else entry.role
            chips.append(Chip(card.id, card.heading.replace("\n", " "), part, entry.lead, column))
        name = lane.name or QCoreApplication.translate("ProjectorRoadmap", "Lead to be found")
        board_lanes.append(BoardLane(lane.organisation_id, name, tuple(chips)))
    notes = tuple(n.heading for n in roadmap_notes(data))
    return Board.timeline(
        years,
        tuple(board_lanes),
        notes,
        QCoreApplication.translate("Projector", "No action on the roadmap yet."),
    )


@dataclass(slots=True)
class _Placed:
    chip: Chip
    rect: QRect
    lane: BoardLane


@dataclass(slots=True)
class _Page:
    lanes: list[tuple[BoardLane, QRect, bool]] = field(default_factory=list)  # bool: continued
    chips: list[_Placed] = field(default_factory=list)
    notes: QRect | None = None


@dataclass(slots=True)
class _Layout:
    size: int
    pages: list[_Page]


class RoadmapBoard(FittedBoard):
    """Paints a ``Board`` at the largest text size that shows it on one page, or on pages
    at the room's smallest size."""

    #: the page shown changed (page from 0, number of pages)
    page_changed = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("roadmapBoard", parent)
        self.board = Board((), ())
        self.page = 0
        self._layout: _Layout | None = None

    def forget_fit(self) -> None:
        self._layout = None

    # --- what to show ---------------------------------------------------------------------

    def set_board(self, board: Board) -> None:
        if board != self.board:
            self.board = board
            self.refit()

    # --- pages ----------------------------------------------------------------------------

    def page_count(self) -> int:
        return max(1, len(self.board_layout().pages))

    def set_page(self, page: int) -> bool:
        if not 0 <= page < self.page_count():
            return False
        if page != self.page:
            self.page = page
            self.update()
            self.page_changed.emit(page, self.page_count())
        return True

    def next_page(self) -> bool:
        return self.set_page(self.page + 1)

    def previous_page(self) -> bool:
        return self.page > 0 and self.set_page(self.page - 1)

    # --- layout ---------------------------------------------------------------------------

    def _geometry(self, size: int) -> tuple[int, list[int], int, int]:
        """(label column width, each column's left and width, header height, gap) at
        ``size``: a year with no action is only as wide as its name, the others share the
        rest, so that titles wrap on few lines."""
        gap = max(6, size // 3)
        label_w = max(size * 6, self.width() // 6)
        year_font = round(size * 1.1)
        used = {chip.column for lane in self.board.lanes for chip in lane.chips}
        names = self.board.columns
        narrow = {
            i: self.measurer.metrics(year_font, True).horizontalAdvance(n) + 2 * gap
            for i, n in enumerate(names) if i not in used
        }
        rest = self.width() - label_w - sum(narrow.values())
        wide = max(1, len(names) - len(narrow))
        widths = [narrow.get(i, rest // wide) for i in range(len(names))]
        header = self.measurer.metrics(year_font, True).height() + gap
        return label_w, widths, header, gap

    def _column_x(self, label_w: int, widths: list[int], column: int) -> int:
        return label_w + sum(widths[:column])

    def _chip_height(self, chip: Chip, size: int, width: int) -> int:
        pad = max(4, size // 4)
        inner = width - 3 * pad
        m = self.measurer
        return (
            m.height(chip.title, size, inner, True)
            + (m.height(chip.part, size, inner, False) if chip.part else 0)
            + 2 * pad
        )

    def board_layout(self) -> _Layout:
        if self._layout is None:
            self._layout = self._fit()
            self.page = min(self.page, max(0, len(self._layout.pages) - 1))
        return self._layout

    def _fit(self) -> _Layout:
        size = self.ceiling_px
        while True:
            pages = self._paginate(size)
            if len(pages) <= 1 or size <= self.floor_px:
                return _Layout(size, pages)
            size = max(self.floor_px, min(size - 1, int(size * 0.93)))

    def _paginate(self, size: int) -> list[_Page]:
        label_w, widths, header, gap = self._geometry(size)
        height = self.height() - header
        m = self.measurer
        pages: list[_Page] = [_Page()]
        y = header
        mark = m.metrics(size).height()  # room kept for the page number
        room = height - mark
        for lane in self.board.lanes:
            name_h = m.height(lane.name, size, label_w - gap, True)
            cells: dict[int, list[tuple[Chip, int]]] = {}
            for chip in lane.chips:
                cells.setdefault(chip.column, []).append(
                    (chip, self._chip_height(chip, size, widths[chip.column] - gap))
                )
            continued = False
            while cells:
                # as many of each column's chips as fit on what is left of this page
                left = header + room - y
                taken: dict[int, list[tuple[Chip, int]]] = {}
                for column, chips in cells.items():
                    used = 0
                    for chip, h in chips:
                        if used + h + gap > left - gap and (used or y > header):
                            break
                        taken.setdefault(column, []).append((chip, h))
                        used += h + gap
                lane_h = max(
                    [sum(h + gap for _c, h in v) for v in taken.values()] + [name_h]
                ) + gap
                partial = any(len(taken.get(k, [])) < len(v) for k, v in cells.items())
                if not taken or (y > header and (lane_h > left or partial)):
                    pages.append(_Page())
                    y = header
                    continue
                page = pages[-1]
                page.lanes.append((lane, QRect(0, y, self.width(), lane_h), continued))
                for column, chips in taken.items():
                    cy = y + gap
                    for chip, h in chips:
                        x = self._column_x(label_w, widths, column) + gap // 2
                        width = widths[column] - gap
                        page.chips.append(_Placed(chip, QRect(x, cy, width, h), lane))
                        cy += h + gap
                    del cells[column][: len(chips)]
                cells = {k: v for k, v in cells.items() if v}
                y += lane_h
                continued = True
        if self.board.notes:
            notes_h = m.height(self._notes_title(), round(size * 1.1), self.width(), True)
            notes_h += sum(m.height("• " + n, size, self.width() - gap, False)
                           for n in self.board.notes) + 2 * gap
            if y + notes_h > header + room and y > header:
                pages.append(_Page())
                y = header
            pages[-1].notes = QRect(0, y + gap, self.width(), notes_h)
        return [p for p in pages if p.lanes or p.notes is not None] or [_Page()]

    @staticmethod
    def _notes_title() -> str:
        return QCoreApplication.translate("ProjectorRoadmap", "Notes: vacant roles, dependencies")

    # --- what is shown --------------------------------------------------------------------

    def describe(self) -> list[dict[str, object]]:
        """The chips of the page shown: id, title, the lane's part (note), the lane's
        organisation id (lane_id), whether the lane leads it; every chip is drawn whole."""
        layout = self.board_layout()
        if not layout.pages:
            return []
        page = layout.pages[min(self.page, len(layout.pages) - 1)]
        return [
            {
                "id": str(p.chip.card_id),
                "text": p.chip.title,
                "whole": True,
                "note": p.chip.part,
                "lead": p.chip.lead,
                "colour": p.chip.colour,
                "lane_id": str(p.lane.organisation_id) if p.lane.organisation_id else "",
                "group": p.lane.name,
            }
            for p in page.chips
        ]

    def smallest_text_px(self) -> int:
        return self.board_layout().size

    def shown_lanes(self) -> list[str]:
        """The names of the lanes on the page shown."""
        layout = self.board_layout()
        return [lane.name for lane, _r, _c in layout.pages[self.page].lanes]

    # --- painting -------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        self.paint_on(painter)
        painter.end()

    def paint_on(self, painter: QPainter) -> None:
        m, c = self.measurer, self.colours
        if not self.board.lanes and not self.board.notes:
            painter.setFont(m.font(self.floor_px, False, True))
            painter.setPen(c.more)
            painter.drawText(self.rect(), int(Qt.AlignmentFlag.AlignCenter) | _WRAP,
                             self.board.empty_text)
            return
        layout = self.board_layout()
        size = layout.size
        label_w, widths, header, gap = self._geometry(size)
        page = layout.pages[min(self.page, len(layout.pages) - 1)]
        # the years
        painter.setFont(m.font(round(size * 1.1), True))
        painter.setPen(c.header)
        for index, column in enumerate(self.board.columns):
            x = self._column_x(label_w, widths, index)
            painter.drawText(QRect(x, 0, widths[index], header),
                             int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
                             column)
        rule = QColor(c.muted)
        rule.setAlpha(120)
        for number, (lane, rect, continued) in enumerate(page.lanes):
            band = QColor(c.card)
            band.setAlpha(18 if number % 2 == 0 else 0)
            painter.fillRect(rect, band)
            painter.setPen(QPen(rule, 1))
            painter.drawLine(rect.topLeft(), rect.topRight())
            painter.setFont(m.font(size, True))
            painter.setPen(c.header)
            name = lane.name
            if continued:
                name = QCoreApplication.translate("CardWall", "%1 (continued)").replace("%1", name)
            painter.drawText(rect.adjusted(0, gap, -(rect.width() - label_w + gap), 0), _WRAP,
                             name)
        pad_base = max(4, size // 4)
        for placed in page.chips:
            chip, rect = placed.chip, placed.rect
            pad = pad_base
            if chip.lead:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(c.card)
                painter.drawRoundedRect(QRectF(rect), pad, pad)
                painter.setBrush(QColor(chip.colour) if chip.colour else c.accents["green"])
                strip = max(4, pad) if not chip.colour else max(8, pad * 2)
                painter.drawRect(QRect(rect.x(), rect.y(), strip, rect.height()))
                ink, soft = c.ink, c.badge
            else:
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.setPen(QPen(QColor(chip.colour) if chip.colour else c.card,
                                    max(2, size // 12) * (2 if chip.colour else 1)))
                painter.drawRoundedRect(QRectF(rect).adjusted(1, 1, -1, -1), pad, pad)
                ink, soft = c.card, c.header
            inner = rect.adjusted(2 * pad, pad, -pad, -pad)
            title_h = m.height(chip.title, size, inner.width(), True)
            painter.setFont(m.font(size, True))
            painter.setPen(ink)
            painter.drawText(QRect(inner.x(), inner.y(), inner.width(), title_h), _WRAP,
                             chip.title)
            if chip.part:
                painter.setFont(m.font(size, False, not chip.lead))
                painter.setPen(soft)
                painter.drawText(
                    QRect(inner.x(), inner.y() + title_h, inner.width(),
                          inner.height() - title_h),
                    _WRAP, chip.part,
                )
        if page.notes is not None:
            rect = page.notes
            title_font = m.font(round(size * 1.1), True)
            painter.setFont(title_font)
            painter.setPen(c.header)
            title_h = m.height(self._notes_title(), round(size * 1.1), rect.width(), True)
            painter.drawText(QRect(rect.x(), rect.y(), rect.width(), title_h), _WRAP,
                             self._notes_title())
            y = rect.y() + title_h + gap // 2
            painter.setFont(m.font(size))
            painter.setPen(c.more)
            for note in self.board.notes:
                h = m.height("• " + note, size, rect.width() - gap, False)
                painter.drawText(QRect(rect.x(), y, rect.width() - gap, h), _WRAP, "• " + note)
                y += h
        pages = len(layout.pages)
        if pages > 1:
            painter.setFont(m.font(size, True))
            painter.setPen(c.header)
            painter.drawText(self.rect().adjusted(0, 0, -gap, 0),
                             int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom),
                             f"{self.page + 1}/{pages}")
