"""Vector charts of the synthesis (reportlab graphics): the impact × uncertainty matrix, the
impact × effort matrix and the roadmap timeline.

Charts name cards by short codes (M3, A12) explained in the text next to them, so that user
text of any length or script stays in paragraphs. Marks differ by shape and label, never by
colour alone, so the charts read in greyscale.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.graphics import shapes
from reportlab.graphics.shapes import Circle, Group, Line, Polygon, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from coopatelier.domain.analysis import HIGH_THRESHOLD
from coopatelier.domain.model import DriverNature
from coopatelier.export.pdf.fonts import BOLD, ITALIC, REGULAR
from coopatelier.export.pdf.styles import (
    ACCENT,
    ACCENT_TINT,
    FRAME_WIDTH,
    INK,
    MUTED,
    PRIMARY,
    PRIMARY_TINT,
    RULE,
    STRIPE,
    WHITE,
)
from coopatelier.export.pdf.text import font_runs, plain, text_width, wrap_lines

SCALE = (1, 2, 3, 4, 5)


class Drawing(shapes.Drawing):  # type: ignore[misc]
    """A drawing whose renderer starts in the embedded font: reportlab's renderer would set
    Helvetica first, which lists a non-embedded font on the page even if never drawn."""

    def draw(self, *args: Any, **kwargs: Any) -> None:
        defaults = shapes.STATE_DEFAULTS
        saved = defaults["fontName"]
        defaults["fontName"] = REGULAR
        try:
            super().draw(*args, **kwargs)
        finally:
            defaults["fontName"] = saved


def chart_text(x: float, y: float, text: str, *, fontName: str = REGULAR,
          fontSize: float = 8.0, fillColor: colors.Color = INK,
          textAnchor: str = "start") -> String | Group:
    """A chart's string drawn like a paragraph: in ``fontName`` where the main family has
    the glyphs and in the fallback fonts elsewhere (emoji, CJK, Hangul, RTL scripts), one
    ``String`` per run, so every character reaches the text layer. Text comes from
    :func:`plain` with ``mixed=True`` (one line, already in display order)."""
    runs = font_runs(text, fontName)
    if len(runs) <= 1:
        return String(x, y, text, fontName=fontName, fontSize=fontSize, fillColor=fillColor,
                      textAnchor=textAnchor)
    widths = [stringWidth(part, font, fontSize) for part, font in runs]
    start = {"middle": x - sum(widths) / 2, "end": x - sum(widths)}.get(textAnchor, x)
    group = Group()
    for (part, font), width in zip(runs, widths, strict=True):
        group.add(String(start, y, part, fontName=font, fontSize=fontSize,
                         fillColor=fillColor))
        start += width
    return group


@dataclass(frozen=True, slots=True)
class MatrixPoint:
    code: str
    y: int  # impact
    x: int  # uncertainty or effort
    nature: DriverNature | None = None


@dataclass(frozen=True, slots=True)
class Quadrants:
    """Names of the four quadrants, and which one the chart puts forward."""

    top_right: str
    top_left: str
    bottom_right: str
    bottom_left: str
    highlighted: str  # "top_right" or "top_left"


NATURE_SHAPES: dict[DriverNature | None, str] = {
    DriverNature.HEAVY_TREND: "square",
    DriverNature.WEAK_SIGNAL: "triangle",
    DriverNature.SEED_OF_CHANGE: "diamond",
    DriverNature.MAJOR_UNCERTAINTY: "circle",
    DriverNature.DISRUPTION: "star",
    None: "dot",
}


def marker(shape: str, x: float, y: float, size: float = 3.2) -> Group:
    """A filled mark centred on (x, y); each driver nature has its own shape."""
    group = Group()
    s = size
    if shape == "square":
        group.add(Rect(x - s, y - s, 2 * s, 2 * s, fillColor=INK, strokeColor=None))
    elif shape == "triangle":
        group.add(Polygon([x - s, y - s, x + s, y - s, x, y + s * 1.1], fillColor=WHITE,
                          strokeColor=INK, strokeWidth=1))
    elif shape == "diamond":
        group.add(Polygon([x, y - s * 1.2, x + s * 1.2, y, x, y + s * 1.2, x - s * 1.2, y],
                          fillColor=ACCENT, strokeColor=INK, strokeWidth=0.8))
    elif shape == "circle":
        group.add(Circle(x, y, s, fillColor=INK, strokeColor=None))
    elif shape == "star":
        points: list[float] = []
        for index in range(10):
            radius = s * 1.4 if index % 2 == 0 else s * 0.6
            angle = math.pi / 2 + index * math.pi / 5
            points += [x + radius * math.cos(angle), y + radius * math.sin(angle)]
        group.add(Polygon(points, fillColor=ACCENT, strokeColor=INK, strokeWidth=0.6))
    else:
        group.add(Circle(x, y, s * 0.8, fillColor=WHITE, strokeColor=INK, strokeWidth=1))
    return group


def rating_matrix(
    points: Sequence[MatrixPoint],
    *,
    x_title: str,
    y_title: str,
    quadrants: Quadrants,
    with_shapes: bool,
    width: float = FRAME_WIDTH,
    height: float = 300,
) -> Drawing:
    """A 5 × 5 matrix of ratings, quadrants split at the "high" threshold, codes placed in
    the cell of their ratings (a cell too full says how many more it holds)."""
    drawing = Drawing(width, height)
    left, bottom, right, top = 34.0, 30.0, 6.0, 8.0
    plot_w = width - left - right
    plot_h = height - bottom - top
    cell_w = plot_w / 5
    cell_h = plot_h / 5
    split = HIGH_THRESHOLD - 1  # cells 0..split-1 are "low"
    split_x = left + split * cell_w
    split_y = bottom + split * cell_h

    def box(x0: float, y0: float, x1: float, y1: float, fill: colors.Color) -> None:
        drawing.add(Rect(x0, y0, x1 - x0, y1 - y0, fillColor=fill, strokeColor=None))

    areas = {
        "top_right": (split_x, split_y, left + plot_w, bottom + plot_h),
        "top_left": (left, split_y, split_x, bottom + plot_h),
        "bottom_right": (split_x, bottom, left + plot_w, split_y),
        "bottom_left": (left, bottom, split_x, split_y),
    }
    for name, (x0, y0, x1, y1) in areas.items():
        fill = ACCENT_TINT if name == quadrants.highlighted else (
            STRIPE if name.startswith("top") else WHITE
        )
        box(x0, y0, x1, y1, fill)
    # grid
    for index in range(6):
        x = left + index * cell_w
        y = bottom + index * cell_h
        drawing.add(Line(x, bottom, x, bottom + plot_h, strokeColor=RULE, strokeWidth=0.4))
        drawing.add(Line(left, y, left + plot_w, y, strokeColor=RULE, strokeWidth=0.4))
    drawing.add(Line(split_x, bottom, split_x, bottom + plot_h, strokeColor=PRIMARY,
                     strokeWidth=1.2, strokeDashArray=[3, 2]))
    drawing.add(Line(left, split_y, left + plot_w, split_y, strokeColor=PRIMARY,
                     strokeWidth=1.2, strokeDashArray=[3, 2]))
    drawing.add(Rect(left, bottom, plot_w, plot_h, fillColor=None, strokeColor=INK,
                     strokeWidth=0.8))
    highlighted_area = areas[quadrants.highlighted]
    drawing.add(Rect(highlighted_area[0], highlighted_area[1],
                     highlighted_area[2] - highlighted_area[0],
                     highlighted_area[3] - highlighted_area[1],
                     fillColor=None, strokeColor=ACCENT, strokeWidth=2))
    # quadrant names, in the top corner of each area
    for name, (x0, _y0, x1, y1) in areas.items():
        label = getattr(quadrants, name)
        strong = name == quadrants.highlighted
        font = BOLD if strong else ITALIC
        text = plain(label.upper() if strong else label, x1 - x0 - 8, font=font, size=7.5,
                     mixed=True)
        drawing.add(chart_text(x0 + 4, y1 - 10, text, fontName=font, fontSize=7.5,
                               fillColor=INK if strong else MUTED))
    # axes
    for value in SCALE:
        x = left + (value - 0.5) * cell_w
        y = bottom + (value - 0.5) * cell_h
        drawing.add(chart_text(x, bottom - 10, str(value), fontName=REGULAR, fontSize=7.5,
                               fillColor=MUTED, textAnchor="middle"))
        drawing.add(chart_text(left - 8, y - 2.5, str(value), fontName=REGULAR, fontSize=7.5,
                               fillColor=MUTED, textAnchor="middle"))
    drawing.add(chart_text(left + plot_w / 2, 4, plain(x_title, mixed=True), fontName=BOLD,
                           fontSize=8, fillColor=INK, textAnchor="middle"))
    y_label = chart_text(0, 0, plain(y_title, mixed=True), fontName=BOLD, fontSize=8,
                         fillColor=INK, textAnchor="middle")
    rotated = Group(y_label)
    rotated.transform = (0, 1, -1, 0, 12, bottom + plot_h / 2)
    drawing.add(rotated)
    # points, grouped by cell
    cells: dict[tuple[int, int], list[MatrixPoint]] = defaultdict(list)
    for point in points:
        cells[(point.x, point.y)].append(point)
    item_w, item_h = 30.0, 10.5
    columns = max(1, int((cell_w - 4) // item_w))
    for (cx, cy), members in cells.items():
        x0 = left + (cx - 1) * cell_w + 4
        below_label = 13.0 if cy in (5, split) else 3.0  # quadrant names sit in these rows
        y_top = bottom + cy * cell_h - below_label
        rows = max(1, int((cell_h - below_label - 2) // item_h))
        capacity = columns * rows
        shown = members if len(members) <= capacity else members[: capacity - 1]
        for index, point in enumerate(shown):
            col, row = index % columns, index // columns
            x = x0 + col * item_w
            y = y_top - row * item_h - 5
            if with_shapes:
                drawing.add(marker(NATURE_SHAPES.get(point.nature, "dot"), x + 3, y, 2.8))
            else:
                drawing.add(marker("square", x + 3, y, 2.6))
            drawing.add(chart_text(x + 8, y - 2.7, point.code, fontName=BOLD, fontSize=7.5,
                                   fillColor=INK))
        if len(shown) < len(members):
            index = len(shown)
            col, row = index % columns, index // columns
            drawing.add(chart_text(x0 + col * item_w, y_top - row * item_h - 7.7,
                                   f"+{len(members) - len(shown)}", fontName=BOLD, fontSize=7.5,
                                   fillColor=ACCENT))
    return drawing


def nature_legend(labels: Sequence[tuple[DriverNature | None, str]],
                  width: float = FRAME_WIDTH) -> Drawing:
    """The key of the driver marks, on one or two lines."""
    per_line = 3
    lines = (len(labels) + per_line - 1) // per_line
    drawing = Drawing(width, 13 * lines + 2)
    column = width / per_line
    for index, (nature, label) in enumerate(labels):
        x = (index % per_line) * column + 6
        y = drawing.height - 8 - (index // per_line) * 13
        drawing.add(marker(NATURE_SHAPES.get(nature, "dot"), x, y + 2.5, 3))
        drawing.add(chart_text(x + 9, y, plain(label, column - 20, mixed=True),
                               fontName=REGULAR, fontSize=8, fillColor=INK))
    return drawing


@dataclass(frozen=True, slots=True)
class RoadmapItem:
    code: str
    title: str
    year: int | None
    #: the lane's organisation leads the action (a filled box) or partners it (outlined)
    lead: bool = True
    #: what the box says of the lane's part: "Lead", or the partner's role
    role: str = ""
    #: the box's fill (the roadmap document colours each action by its status); None:
    #: the synthesis's (tinted for a lead, white for a partner)
    fill: colors.Color | None = None


@dataclass(frozen=True, slots=True)
class Lane:
    label: str
    items: tuple[RoadmapItem, ...]


MAX_BOXES_PER_CELL = 6


def roadmap(
    lanes: Sequence[Lane],
    start_year: int,
    horizon: int,
    *,
    undated_label: str,
    horizon_label: str,
    more_label: str,
    width: float = FRAME_WIDTH,
    max_height: float = 600.0,
) -> list[Drawing]:
    """The timeline: one lane per organisation, one column per year up to the horizon, each
    action a box in its year's column (undated ones in a last column); as many drawings as
    it takes for each to fit in ``max_height`` (a drawing cannot split across pages)."""
    years = list(range(start_year, max(start_year, horizon) + 1))
    has_undated = any(item.year is None for lane in lanes for item in lane.items)
    columns: list[int | None] = [*years, None] if has_undated else list(years)
    busy = {item.year if item.year in columns else None for lane in lanes for item in lane.items}
    layout = _TimelineLayout(columns, width, busy)
    heights = [layout.lane_height(lane) for lane in lanes]
    drawings: list[Drawing] = []
    start = 0
    while start < len(lanes):
        end, used = start, layout.header_h + 4
        while end < len(lanes) and (end == start or used + heights[end] <= max_height):
            used += heights[end]
            end += 1
        drawings.append(_timeline(lanes[start:end], heights[start:end], layout, horizon,
                                  undated_label, horizon_label, more_label))
        start = end
    return drawings


#: Type size of the roadmap's boxes and lane names: small, but read on paper.
CHIP_SIZE = 7.5
CHIP_LEADING = 9.0
LANE_LABEL_LINES = 4


#: the width of a year without any action: its number, and room for nothing else
EMPTY_YEAR_W = 30.0


class _TimelineLayout:
    def __init__(self, columns: list[int | None], width: float,
                 used: set[int | None] | None = None) -> None:
        self.columns = columns
        self.width = width
        self.label_w = 112.0
        self.header_h = 22.0
        # a year without any action is narrow: the others wrap their boxes on fewer lines,
        # so the lanes (and the synthesis) are shorter
        room = width - self.label_w
        empty = [c for c in columns if used is not None and c not in used]
        if empty and len(empty) < len(columns):
            full = (room - EMPTY_YEAR_W * len(empty)) / (len(columns) - len(empty))
        else:
            empty, full = [], room / len(columns)
        self.widths = [EMPTY_YEAR_W if c in empty else full for c in columns]
        self.xs = [self.label_w + sum(self.widths[:i]) for i in range(len(columns) + 1)]
        self.col_w = full  # the width of a column with actions
        # titles and roles wrap whole; too narrow a column shows the code only, and the
        # table under the chart gives every code its full title and role
        self.title_lines = 12 if self.col_w >= 60 else (2 if self.col_w >= 44 else 0)
        self.gap = 3.0
        self._lines: dict[tuple[str, str], list[str]] = {}

    def label_lines(self, lane: Lane) -> list[str]:
        return wrap_lines(lane.label, self.label_w - 10, LANE_LABEL_LINES, font=BOLD,
                          size=CHIP_SIZE + 0.5)

    def title(self, item: RoadmapItem) -> list[str]:
        """The lines of an item's title in its box (none when the columns are too narrow)."""
        if not self.title_lines:
            return []
        key = (item.code, item.title)
        if key not in self._lines:
            self._lines[key] = wrap_lines(item.title, self.col_w - 10, self.title_lines,
                                          size=CHIP_SIZE)
        return self._lines[key]

    def role(self, item: RoadmapItem) -> list[str]:
        """The lines of the lane's part in the action, in italics under its title."""
        if not self.title_lines or not item.role.strip():
            return []
        key = ("role", item.role)
        if key not in self._lines:
            self._lines[key] = wrap_lines(item.role, self.col_w - 10, self.title_lines,
                                          font=ITALIC, size=CHIP_SIZE)
        return self._lines[key]

    def box_height(self, item: RoadmapItem) -> float:
        return 12.0 + CHIP_LEADING * (len(self.title(item)) + len(self.role(item)))

    def cell_height(self, items: Sequence[RoadmapItem]) -> float:
        shown = items if len(items) <= MAX_BOXES_PER_CELL else items[: MAX_BOXES_PER_CELL - 1]
        height = sum(self.box_height(item) + self.gap for item in shown)
        return height + (12.0 if len(shown) < len(items) else 0.0)

    def lane_height(self, lane: Lane) -> float:
        per_cell: dict[int | None, list[RoadmapItem]] = defaultdict(list)
        for item in lane.items:
            per_cell[item.year].append(item)
        tallest = max([self.cell_height(items) for items in per_cell.values()] or [0.0])
        label_h = 8.0 + 10.0 * len(self.label_lines(lane))
        return max(38.0, label_h, tallest + self.gap + 4)


def _timeline(
    lanes: Sequence[Lane], lane_heights: Sequence[float], layout: _TimelineLayout,
    horizon: int, undated_label: str, horizon_label: str, more_label: str,
) -> Drawing:
    columns, width, label_w = layout.columns, layout.width, layout.label_w
    header_h, gap, xs = layout.header_h, layout.gap, layout.xs
    height = header_h + sum(lane_heights) + 4
    drawing = Drawing(width, height)
    top = height - header_h
    # year header
    for index, column in enumerate(columns):
        x, col_w = xs[index], layout.widths[index]
        is_horizon = column == horizon
        if is_horizon:
            drawing.add(Rect(x, top, col_w, header_h - 4, fillColor=PRIMARY, strokeColor=None))
        text = str(column) if column is not None else undated_label
        text = plain(text, col_w - 2, font=BOLD, size=8, mixed=True)
        drawing.add(chart_text(x + col_w / 2, top + 5, text, fontName=BOLD, fontSize=8,
                               fillColor=WHITE if is_horizon else PRIMARY, textAnchor="middle"))
    horizon_text = plain(horizon_label, label_w - 8, font=ITALIC, size=CHIP_SIZE, mixed=True)
    drawing.add(chart_text(label_w - 6, top + 5, horizon_text,
                           fontName=ITALIC, fontSize=CHIP_SIZE, fillColor=MUTED, textAnchor="end"))
    # lanes
    y = top
    for lane_index, (lane, lane_h) in enumerate(zip(lanes, lane_heights, strict=True)):
        y -= lane_h
        fill = STRIPE if lane_index % 2 == 0 else WHITE
        drawing.add(Rect(0, y, width, lane_h, fillColor=fill, strokeColor=None))
        drawing.add(Line(0, y, width, y, strokeColor=RULE, strokeWidth=0.5))
        for line_index, line in enumerate(layout.label_lines(lane)):
            drawing.add(chart_text(4, y + lane_h - 12 - line_index * 10, line, fontName=BOLD,
                                   fontSize=CHIP_SIZE + 0.5, fillColor=INK))
        by_cell: dict[int | None, list[RoadmapItem]] = defaultdict(list)
        for item in lane.items:
            by_cell[item.year].append(item)
        for cell_year, items in by_cell.items():
            index = columns.index(cell_year) if cell_year in columns else len(columns) - 1
            x, col_w = xs[index] + 2, layout.widths[index]
            shown = items if len(items) <= MAX_BOXES_PER_CELL else items[
                : MAX_BOXES_PER_CELL - 1
            ]
            box_top = y + lane_h - gap - 2
            for item in shown:
                lines = layout.title(item)
                box_h = layout.box_height(item)
                box_y = box_top - box_h
                box_top = box_y - gap
                drawing.add(Rect(x, box_y, col_w - 4, box_h, rx=2.5, ry=2.5,
                                 fillColor=item.fill or (PRIMARY_TINT if item.lead else WHITE),
                                 strokeColor=PRIMARY, strokeWidth=1.2 if item.lead else 0.7,
                                 strokeDashArray=None if item.lead else [2, 1.5]))
                code = plain(item.code, col_w - 8, font=BOLD, size=CHIP_SIZE, mixed=True)
                if layout.title_lines:
                    drawing.add(chart_text(x + 3, box_y + box_h - 9, code, fontName=BOLD,
                                           fontSize=CHIP_SIZE, fillColor=PRIMARY))
                    for line_index, line in enumerate(lines):
                        drawing.add(chart_text(x + 3,
                                               box_y + box_h - 9 - CHIP_LEADING * (line_index + 1),
                                               line, fontName=REGULAR, fontSize=CHIP_SIZE,
                                               fillColor=INK))
                    for line_index, line in enumerate(layout.role(item), start=len(lines)):
                        drawing.add(chart_text(x + 3,
                                               box_y + box_h - 9 - CHIP_LEADING * (line_index + 1),
                                               line, fontName=ITALIC, fontSize=CHIP_SIZE,
                                               fillColor=PRIMARY))
                else:
                    drawing.add(chart_text(x + 2, box_y + 3.5, code, fontName=BOLD,
                                           fontSize=CHIP_SIZE, fillColor=PRIMARY))
            if len(shown) < len(items):
                box_y = box_top - 12
                more = plain(f"+{len(items) - len(shown)} {more_label}", col_w - 6, font=BOLD,
                             size=CHIP_SIZE)
                drawing.add(chart_text(x + 2, box_y + 4, more, fontName=BOLD, fontSize=CHIP_SIZE,
                                       fillColor=ACCENT))
    # column rules and the horizon line
    for x in xs:
        drawing.add(Line(x, 2, x, top, strokeColor=RULE, strokeWidth=0.4))
    if horizon in columns:
        x = xs[columns.index(horizon) + 1]
        drawing.add(Line(x, 2, x, top + header_h - 4, strokeColor=PRIMARY, strokeWidth=1.6))
    drawing.add(Line(0, 2, width, 2, strokeColor=INK, strokeWidth=0.8))
    return drawing


@dataclass(frozen=True, slots=True)
class StripItem:
    code: str
    year: int | None
    led: bool


def commitment_strip(
    items: Sequence[StripItem],
    start_year: int,
    horizon: int,
    *,
    undated_label: str,
    led_label: str,
    partner_label: str,
    width: float = FRAME_WIDTH,
    max_rows: int = 3,
) -> Drawing:
    """One organisation's years to the horizon: its actions as chips in their year's column,
    filled when it leads them, outlined when it is a partner (readable in greyscale)."""
    years = list(range(start_year, max(start_year, horizon) + 1))
    columns: list[int | None] = list(years)
    if any(item.year is None or item.year not in years for item in items):
        columns.append(None)
    col_w = width / len(columns)
    chip_w, chip_h, gap = 30.0, 12.0, 3.0
    per_row = max(1, int((col_w - gap) // (chip_w + gap)))
    by_column: dict[int | None, list[StripItem]] = defaultdict(list)
    for item in items:
        by_column[item.year if item.year in years else None].append(item)
    rows = max([min(max_rows, -(-len(v) // per_row)) for v in by_column.values()] or [1])
    header_h, legend_h = 16.0, 17.0
    body_h = rows * (chip_h + gap) + gap + 2
    height = legend_h + header_h + body_h
    drawing = Drawing(width, height)
    # legend, which says how many of each
    x = 0.0
    for label, led in ((led_label, True), (partner_label, False)):
        drawing.add(Rect(x, height - 10, 14, 9, rx=2, ry=2,
                         fillColor=PRIMARY if led else WHITE, strokeColor=PRIMARY,
                         strokeWidth=0.8))
        text = plain(label, width / 2 - 30, font=BOLD, size=8.5, mixed=True)
        drawing.add(chart_text(x + 19, height - 8.5, text, fontName=BOLD, fontSize=8.5,
                               fillColor=INK))
        x += 19 + text_width(text, BOLD, 8.5) + 18
    top = body_h
    drawing.add(Rect(0, 0, width, top, fillColor=STRIPE, strokeColor=None))
    for index, column in enumerate(columns):
        x0 = index * col_w
        is_horizon = column == horizon
        if is_horizon:
            drawing.add(Rect(x0, top, col_w, header_h - 3, fillColor=PRIMARY, strokeColor=None))
        text = plain(str(column) if column is not None else undated_label, col_w - 4,
                     font=BOLD, size=8, mixed=True)
        drawing.add(chart_text(x0 + col_w / 2, top + 4.5, text, fontName=BOLD, fontSize=8,
                               fillColor=WHITE if is_horizon else PRIMARY, textAnchor="middle"))
        if index:
            drawing.add(Line(x0, 0, x0, top, strokeColor=RULE, strokeWidth=0.5))
        members = by_column.get(column, [])
        capacity = per_row * rows
        shown = members if len(members) <= capacity else members[: capacity - 1]
        for position, item in enumerate(shown):
            row, col = divmod(position, per_row)
            cx = x0 + gap + col * (chip_w + gap)
            cy = top - gap - (row + 1) * (chip_h + gap) + gap
            drawing.add(Rect(cx, cy, chip_w, chip_h, rx=2.5, ry=2.5,
                             fillColor=PRIMARY if item.led else WHITE, strokeColor=PRIMARY,
                             strokeWidth=0.8))
            code = plain(item.code, chip_w - 4, font=BOLD, size=CHIP_SIZE, mixed=True)
            drawing.add(chart_text(cx + chip_w / 2, cy + 3.3, code,
                                   fontName=BOLD, fontSize=CHIP_SIZE,
                                   fillColor=WHITE if item.led else PRIMARY, textAnchor="middle"))
        if len(shown) < len(members):
            row, col = divmod(len(shown), per_row)
            cx = x0 + gap + col * (chip_w + gap)
            cy = top - gap - (row + 1) * (chip_h + gap) + gap
            drawing.add(chart_text(cx + 2, cy + 3.3, f"+{len(members) - len(shown)}",
                                   fontName=BOLD, fontSize=CHIP_SIZE, fillColor=ACCENT))
    drawing.add(Line(0, 0, width, 0, strokeColor=INK, strokeWidth=0.8))
    drawing.add(Line(0, top, width, top, strokeColor=PRIMARY, strokeWidth=0.8))
    return drawing


@dataclass(frozen=True, slots=True)
class ScenarioItem:
    code: str
    title: str
    narrative: str


#: where each quadrant of the 2×2 sits (row from the top, column from the left)
SCENARIO_PLACE = {"-+": (0, 0), "++": (0, 1), "--": (1, 0), "+-": (1, 1)}


def scenario_matrix(
    quadrants: Mapping[str, Sequence[ScenarioItem]],
    poles: dict[str, str],
    *,
    width: float = FRAME_WIDTH,
    narrative_lines: int = 3,
) -> Drawing:
    """The scenarios' 2×2: the two axes crossing, their four poles at their ends (the
    vertical ones above and below, the horizontal ones under the left and right halves),
    each future in its quadrant with its code, its title (whole) and the start of its
    narrative."""
    size, leading, gap = CHIP_SIZE + 0.5, CHIP_LEADING + 0.5, 6.0
    half = (width - gap) / 2
    inner = half - 14

    def lines(text: str, most: int, font: str = REGULAR, room: float = inner) -> list[str]:
        return wrap_lines(text, room, most, font=font, size=size) if text.strip() else []

    blocks: dict[str, list[tuple[str, list[str], list[str]]]] = {}
    heights: dict[str, float] = {}
    for quadrant in SCENARIO_PLACE:
        entries = []
        height = 6.0
        for item in quadrants.get(quadrant, ()):
            title = lines(f"{item.code}  {item.title}", 12, BOLD)
            story = lines(item.narrative, narrative_lines, ITALIC)
            entries.append((item.code, title, story))
            height += leading * (len(title) + len(story)) + 8
        blocks[quadrant] = entries
        heights[quadrant] = max(height, 40.0)
    # the poles' words (the embedded font has no arrows: the axes draw theirs)
    top_lines = lines(poles.get("y_high", ""), 3, BOLD, width - 20)
    bottom_lines = lines(poles.get("y_low", ""), 3, BOLD, width - 20)
    left_lines = lines(poles.get("x_low", ""), 3, BOLD, half - 8)
    right_lines = lines(poles.get("x_high", ""), 3, BOLD, half - 8)
    row_h = [max(heights["-+"], heights["++"]), max(heights["--"], heights["+-"])]
    top_h = leading * len(top_lines) + 4
    side_h = leading * max(len(left_lines), len(right_lines)) + 4
    bottom_h = leading * len(bottom_lines) + 4
    height = top_h + row_h[0] + gap + row_h[1] + side_h + bottom_h + 4
    drawing = Drawing(width, height)
    y_top = height - top_h
    for index, line in enumerate(top_lines):
        drawing.add(chart_text(width / 2, height - leading * (index + 1) + 1, line, fontName=BOLD,
                               fontSize=size, fillColor=PRIMARY, textAnchor="middle"))
    # the quadrants
    rows = (y_top, y_top - row_h[0] - gap)
    for quadrant, (row, column) in SCENARIO_PLACE.items():
        x0 = column * (half + gap)
        y1 = rows[row]
        y0 = y1 - row_h[row]
        drawing.add(Rect(x0, y0, half, row_h[row], fillColor=STRIPE if quadrant == "++" else WHITE,
                         strokeColor=RULE, strokeWidth=0.6))
        y = y1 - 4
        for _code, title, story in blocks[quadrant]:
            for line in title:
                y -= leading
                drawing.add(chart_text(x0 + 7, y + 2, line, fontName=BOLD, fontSize=size,
                                       fillColor=INK))
            for line in story:
                y -= leading
                drawing.add(chart_text(x0 + 7, y + 2, line, fontName=ITALIC, fontSize=size,
                                       fillColor=MUTED))
            y -= 8
    # the axes: arrows crossing between the quadrants
    grid_bottom = rows[1] - row_h[1]
    cx, cy = half + gap / 2, rows[0] - row_h[0] - gap / 2
    drawing.add(Line(0, cy, width, cy, strokeColor=PRIMARY, strokeWidth=1.4))
    drawing.add(Line(cx, grid_bottom, cx, y_top, strokeColor=PRIMARY, strokeWidth=1.4))
    for tip, (dx, dy) in (((width, cy), (-1, 0)), ((0, cy), (1, 0)),
                          ((cx, y_top), (0, -1)), ((cx, grid_bottom), (0, 1))):
        back = (tip[0] + dx * 6, tip[1] + dy * 6)
        side = (dy * 3, dx * 3)
        drawing.add(Polygon([tip[0], tip[1], back[0] + side[0], back[1] + side[1],
                             back[0] - side[0], back[1] - side[1]],
                            fillColor=PRIMARY, strokeColor=None))
    # the horizontal poles under the left and right halves, the low vertical pole last
    y = grid_bottom - 2
    for index, line in enumerate(left_lines):
        drawing.add(chart_text(2, y - leading * (index + 1) + 2, line, fontName=BOLD,
                               fontSize=size, fillColor=PRIMARY))
    for index, line in enumerate(right_lines):
        drawing.add(chart_text(width - 2, y - leading * (index + 1) + 2, line, fontName=BOLD,
                               fontSize=size, fillColor=PRIMARY, textAnchor="end"))
    y = grid_bottom - side_h
    for index, line in enumerate(bottom_lines):
        drawing.add(chart_text(width / 2, y - leading * (index + 1) + 2, line, fontName=BOLD,
                               fontSize=size, fillColor=PRIMARY, textAnchor="middle"))
    return drawing
