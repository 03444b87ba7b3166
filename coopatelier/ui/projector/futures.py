"""The scenarios' 2×2 as the room sees it: the two axes crossing, their four poles at their
ends, each future in its quadrant with its title (whole) and the start of its narrative
(as much as the quadrant holds, ending with "…"); the futures not placed yet are named
under it. Never below the room's smallest text."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPointF, QRect, Qt
from PySide6.QtGui import QFontMetrics, QPainter, QPaintEvent, QPen, QPolygonF, QTextLayout
from PySide6.QtWidgets import QWidget

from coopatelier.domain.model import QUADRANTS, CardKind, Phase, WorkshopData
from coopatelier.ui.projector.board import FittedBoard

_WRAP = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap)
_CENTRE = int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap)

# where each quadrant sits (row, column): high y on top, high x on the right
GRID_PLACE = {"-+": (0, 0), "++": (0, 1), "--": (1, 0), "+-": (1, 1)}


@dataclass(frozen=True, slots=True)
class Future:
    card_id: uuid.UUID
    title: str
    narrative: str


@dataclass(frozen=True, slots=True)
class TwoByTwo:
    # "x_low", "x_high", "y_low", "y_high" → the pole's words
    poles: dict[str, str]
    quadrants: dict[str, tuple[Future, ...]]
    unplaced: tuple[Future, ...] = ()


def has_axes(data: WorkshopData) -> bool:
    """Whether the workshop built a 2×2 (its axes, or a future placed in a quadrant)."""
    axes = data.axes
    if axes is not None and (axes.x_driver_id or axes.y_driver_id or any(
        (axes.x_low, axes.x_high, axes.y_low, axes.y_high)
    )):
        return True
    return any(c.quadrant for c in data.cards_of_kind(CardKind.FUTURE))


def two_by_two(data: WorkshopData, phase: Phase | None = None) -> TwoByTwo:
    """The futures (of ``phase`` when it has some, else of the workshop) in their
    quadrants, with the poles' words (the driver's name and "high"/"low" when a pole has no
    words of its own)."""
    futures = list(data.cards_of_kind(CardKind.FUTURE))
    if phase is not None and any(c.phase_id == phase.id for c in futures):
        futures = [c for c in futures if c.phase_id == phase.id]
    axes = data.axes
    poles: dict[str, str] = {}
    for key in ("x_low", "x_high", "y_low", "y_high"):
        words = getattr(axes, key) if axes is not None else ""
        if not words.strip():
            driver_id = None
            if axes is not None:
                driver_id = axes.x_driver_id if key.startswith("x") else axes.y_driver_id
            driver = data.card(driver_id)
            high = key.endswith("high")
            if driver is not None:
                words = (QCoreApplication.translate("Projector2x2", "%1: high") if high
                         else QCoreApplication.translate("Projector2x2", "%1: low")).replace(
                    "%1", driver.heading.replace("\n", " "))
            else:
                words = (QCoreApplication.translate("Projector2x2", "High") if high
                         else QCoreApplication.translate("Projector2x2", "Low"))
        poles[key] = words.replace("\n", " ")
    quadrants: dict[str, list[Future]] = {q: [] for q in QUADRANTS}
    unplaced: list[Future] = []
    for card in futures:
        title = (card.title or card.text).replace("\n", " ")
        narrative = (card.narrative or (card.text if card.title else "")).replace("\n", " ")
        future = Future(card.id, title, narrative if narrative != title else "")
        if card.quadrant in quadrants:
            quadrants[card.quadrant].append(future)
        else:
            unplaced.append(future)
    return TwoByTwo(poles, {q: tuple(v) for q, v in quadrants.items()}, tuple(unplaced))


@dataclass(slots=True)
class _Fit:
    size: int
    #: narrative lines per future (0: its title only)
    lines: int
    #: futures shown per quadrant (all of them unless the room is too small)
    shown: dict[str, int]


class TwoByTwoBoard(FittedBoard):
    """Paints a ``TwoByTwo``: the largest text that shows every title whole with some of
    each narrative."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("futuresTwoByTwo", parent)
        self.matrix = TwoByTwo({}, {q: () for q in QUADRANTS})
        self._fit: _Fit | None = None

    def forget_fit(self) -> None:
        self._fit = None

    def set_matrix(self, matrix: TwoByTwo) -> None:
        if matrix != self.matrix:
            self.matrix = matrix
            self.refit()

    # --- layout ---------------------------------------------------------------------------

    def _frame(self, size: int) -> tuple[dict[str, QRect], dict[str, QRect], QRect]:
        """The poles' rectangles, the quadrants' rectangles and the strip of the futures
        not placed, at ``size``."""
        m = self.measurer
        gap = max(8, size // 2)
        width, height = self.width(), self.height()
        half = (width - gap) // 2
        poles = self.matrix.poles
        top_h = m.height("↑\u00a0" + poles.get("y_high", ""), size, width, True)
        bottom_h = m.height(poles.get("y_low", "") + "\u00a0↓", size, width, True)
        side_h = max(m.height("←\u00a0" + poles.get("x_low", ""), size, half, True),
                     m.height(poles.get("x_high", "") + "\u00a0→", size, half, True))
        strip_h = 0
        if self.matrix.unplaced:
            strip_h = m.height(self._unplaced_text(), size, width, False) + gap
        grid_top = top_h + gap
        grid_h = max(0, height - grid_top - gap - side_h - gap - bottom_h - strip_h)
        row_h = (grid_h - gap) // 2
        quadrants = {
            q: QRect(col * (half + gap), grid_top + row * (row_h + gap), half, row_h)
            for q, (row, col) in GRID_PLACE.items()
        }
        sides_y = grid_top + grid_h + gap
        pole_rects = {
            "y_high": QRect(0, 0, width, top_h),
            "x_low": QRect(0, sides_y, half, side_h),
            "x_high": QRect(half + gap, sides_y, half, side_h),
            "y_low": QRect(0, sides_y + side_h + gap, width, bottom_h),
        }
        strip = QRect(0, height - strip_h + gap, width, max(0, strip_h - gap))
        return pole_rects, quadrants, strip

    def _unplaced_text(self) -> str:
        names = ", ".join(f.title for f in self.matrix.unplaced)
        return QCoreApplication.translate("Projector2x2", "Not placed yet: %1").replace("%1", names)

    def _need(self, futures: tuple[Future, ...], size: int, width: int, lines: int) -> int:
        m = self.measurer
        pad = max(4, size // 4)
        inner = width - 3 * pad
        line = m.metrics(size).lineSpacing()
        total = 0
        for future in futures:
            narrative = min(lines, self._line_count(future.narrative, size, inner))
            total += m.height(future.title, size, inner, True) + narrative * line + 2 * pad + pad
        return total

    def _line_count(self, text: str, size: int, width: int) -> int:
        if not text:
            return 0
        return -(-self.measurer.height(text, size, width) // self.measurer.metrics(size)
                 .lineSpacing())

    def _holds(self, quadrants: dict[str, QRect], size: int, lines: int) -> bool:
        return all(self._need(self.matrix.quadrants.get(q, ()), size, r.width(), lines)
                   <= r.height() for q, r in quadrants.items())

    def fit(self) -> _Fit:
        if self._fit is not None:
            return self._fit
        size = self.ceiling_px
        while True:
            _poles, quadrants, _strip = self._frame(size)
            if self._holds(quadrants, size, 2):
                # the largest size with two lines of each narrative; then as many more
                # lines as the quadrants hold
                lines = 2
                while lines < 40 and self._holds(quadrants, size, lines + 1):
                    lines += 1
                self._fit = _Fit(size, lines, {q: len(v) for q, v in
                                               self.matrix.quadrants.items()})
                return self._fit
            if size <= self.floor_px:
                break
            size = max(self.floor_px, min(size - 1, int(size * 0.93)))
        # at the floor: the most narrative lines every quadrant holds (titles first)
        size = self.floor_px
        _poles, quadrants, _strip = self._frame(size)
        for lines in (1, 0):
            if all(self._need(self.matrix.quadrants.get(q, ()), size, r.width(), lines)
                   <= r.height() for q, r in quadrants.items()):
                self._fit = _Fit(size, lines, {q: len(v) for q, v in
                                               self.matrix.quadrants.items()})
                return self._fit
        shown: dict[str, int] = {}
        for q, rect in quadrants.items():
            futures = self.matrix.quadrants.get(q, ())
            count = len(futures)
            while count and self._need(futures[:count], size, rect.width(), 0) > rect.height():
                count -= 1
            shown[q] = count
        self._fit = _Fit(size, 0, shown)
        return self._fit

    # --- what is shown --------------------------------------------------------------------

    def describe(self) -> list[dict[str, object]]:
        """Each future shown: id, its title (always whole), its quadrant, whether its
        narrative is shown whole (else its start, ending with "…")."""
        fit = self.fit()
        _poles, quadrants, _strip = self._frame(fit.size)
        cards: list[dict[str, object]] = []
        pad = max(4, fit.size // 4)
        for q, rect in quadrants.items():
            for future in self.matrix.quadrants.get(q, ())[: fit.shown.get(q, 0)]:
                lines = self._line_count(future.narrative, fit.size, rect.width() - 3 * pad)
                cards.append({
                    "id": str(future.card_id),
                    "text": future.title,
                    "whole": True,
                    "narrative_whole": lines <= fit.lines,
                    "quadrant": q,
                })
        return cards

    def smallest_text_px(self) -> int:
        return self.fit().size

    # --- painting -------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        self.paint_on(painter)
        painter.end()

    def paint_on(self, painter: QPainter) -> None:
        m, c = self.measurer, self.colours
        fit = self.fit()
        size = fit.size
        poles, quadrants, strip = self._frame(size)
        gap = max(8, size // 2)
        pad = max(4, size // 4)
        # the axes: a cross of arrows between the quadrants
        grid = quadrants["-+"].united(quadrants["+-"])
        centre = grid.center()
        pen = QPen(c.header, max(2, size // 10))
        painter.setPen(pen)
        painter.setBrush(c.header)
        painter.drawLine(grid.left(), centre.y(), grid.right(), centre.y())
        painter.drawLine(centre.x(), grid.top(), centre.x(), grid.bottom())
        head = max(8, size // 3)
        for tip, dx, dy in (
            (QPointF(grid.right(), centre.y()), -1, 0), (QPointF(grid.left(), centre.y()), 1, 0),
            (QPointF(centre.x(), grid.top()), 0, 1), (QPointF(centre.x(), grid.bottom()), 0, -1),
        ):
            back = QPointF(tip.x() + dx * head, tip.y() + dy * head)
            side = QPointF(dy * head / 2, dx * head / 2)
            painter.drawPolygon(QPolygonF([tip, back + side, back - side]))
        # the poles
        painter.setFont(m.font(size, True))
        painter.setPen(c.header)
        texts = {
            "y_high": ("↑\u00a0" + self.matrix.poles.get("y_high", ""), _CENTRE),
            "y_low": (self.matrix.poles.get("y_low", "") + "\u00a0↓", _CENTRE),
            "x_low": ("←\u00a0" + self.matrix.poles.get("x_low", ""), _WRAP),
            "x_high": (self.matrix.poles.get("x_high", "") + "\u00a0→",
                       int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop
                           | Qt.TextFlag.TextWordWrap)),
        }
        for key, (text, flags) in texts.items():
            painter.drawText(poles[key], flags, text)
        # the futures, quadrant by quadrant
        line = m.metrics(size).lineSpacing()
        for q, rect in quadrants.items():
            cell = rect.adjusted(gap // 2, gap // 2, -gap // 2, -gap // 2)
            y = cell.y()
            futures = self.matrix.quadrants.get(q, ())
            for future in futures[: fit.shown.get(q, 0)]:
                inner_w = cell.width() - 3 * pad
                title_h = m.height(future.title, size, inner_w, True)
                lines = min(fit.lines, self._line_count(future.narrative, size, inner_w))
                card_h = title_h + lines * line + 2 * pad
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(c.card)
                painter.drawRoundedRect(QRect(cell.x(), y, cell.width(), card_h), pad, pad)
                painter.setBrush(c.accents["blue"])
                painter.drawRect(QRect(cell.x(), y, max(4, pad), card_h))
                painter.setFont(m.font(size, True))
                painter.setPen(c.ink)
                painter.drawText(QRect(cell.x() + 2 * pad, y + pad, inner_w, title_h), _WRAP,
                                 future.title)
                if lines:
                    painter.setFont(m.font(size))
                    painter.setPen(c.muted)
                    _draw_lines(painter, m.metrics(size), future.narrative,
                                cell.x() + 2 * pad, y + pad + title_h, inner_w, lines)
                y += card_h + pad
            hidden = len(futures) - fit.shown.get(q, 0)
            if hidden > 0:
                painter.setFont(m.font(size, True))
                painter.setPen(c.more)
                painter.drawText(QRect(cell.x(), y, cell.width(), line), _WRAP,
                                 QCoreApplication.translate("Projector2x2", "+%1 more")
                                 .replace("%1", str(hidden)))
        if self.matrix.unplaced:
            painter.setFont(m.font(size))
            painter.setPen(c.more)
            painter.drawText(strip, _WRAP, self._unplaced_text())


def _draw_lines(painter: QPainter, metrics: QFontMetrics, text: str, x: int, y: int,
                width: int, most: int) -> None:
    """The first ``most`` lines of ``text`` wrapped to ``width``; the last ends with "…"
    when the text goes on."""
    layout = QTextLayout(text, painter.font())
    layout.beginLayout()
    lines: list[tuple[int, int]] = []
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        lines.append((line.textStart(), line.textLength()))
    layout.endLayout()
    step = metrics.lineSpacing()
    flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    for index, (start, length) in enumerate(lines[:most]):
        part = text[start : start + length].strip()
        if index == most - 1 and len(lines) > most:
            part = metrics.elidedText(part + " …", Qt.TextElideMode.ElideRight, width)
        painter.drawText(QRect(x, y + index * step, width, step), flags, part)
