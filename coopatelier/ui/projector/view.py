"""The room's view: the current phase's title, question and timer over its content, in the
high-contrast projector theme; no controls, no cursor, no personal names when anonymous."""

from __future__ import annotations

import datetime as dt
import logging
import uuid
from dataclasses import replace
from typing import ClassVar, Protocol

from PySide6.QtCore import QDate, QEvent, QLocale, QRect, Qt, QTimer, Signal, SignalInstance
from PySide6.QtGui import QCloseEvent, QFontInfo, QKeyEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from coopatelier.domain.analysis import DriverQuadrant
from coopatelier.domain.demarche import DemarcheFocus
from coopatelier.domain.model import Phase, PhaseKind
from coopatelier.domain.timer import timer_is_live, timer_state
from coopatelier.resources import resource
from coopatelier.services.changes import Changes
from coopatelier.ui.dates import ui_locale
from coopatelier.ui.projector.content import (
    SHORT_RANKING,
    Content,
    Focus,
    FocusKind,
    Mode,
    groups_of,
    matrix_content,
    phase_content,
    quadrant_title,
    roadmap_content,
    stage_item,
    tables_of,
    votes_content,
    votes_phase,
    votes_rounds_phase,
    votes_title,
)
from coopatelier.ui.projector.futures import TwoByTwoBoard, has_axes, two_by_two
from coopatelier.ui.projector.review import ReviewPanel
from coopatelier.ui.projector.roadmap import RoadmapBoard, roadmap_board
from coopatelier.ui.projector.wall import (
    MAX_SHARE,
    MIN_SHARE,
    THEMES,
    CardWall,
    WallItem,
    fit_items,
    needed_height,
)
from coopatelier.ui.workshop_session import WorkshopSession

log = logging.getLogger(__name__)

#: how long a card just captured stays outlined on the wall, in ms
MARK_MS = 6000


class ClockLike(Protocol):
    """What the projector needs of a clock (``coopatelier.ui.clock.Clock`` or a fake)."""

    @property
    def ticked(self) -> SignalInstance: ...

    def now(self) -> dt.datetime: ...


def _theme() -> str:
    path = resource("styles", "projector.qss")
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        log.warning("stylesheet %s missing", path)
        return ""


class MatrixPanel(QWidget):
    """Impact × uncertainty: four walls (high impact on top, high uncertainty on the
    right) with the axes named.

    A real 2 × 2 grid: the quadrants' titles line up; rows and columns are equal unless a
    quadrant is empty: then a row (or column) with no card keeps only its titles, and with
    one empty quadrant the rows share the height by need, key uncertainties first. An
    empty quadrant says so quietly ("none"); one text size for the four."""

    _ROWS: ClassVar[tuple[tuple[DriverQuadrant, DriverQuadrant], ...]] = (
        (DriverQuadrant.CERTAIN_TREND, DriverQuadrant.KEY_UNCERTAINTY),
        (DriverQuadrant.CONTEXT, DriverQuadrant.SECONDARY_UNCERTAINTY),
    )
    SPACING = 12

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.walls: dict[DriverQuadrant, CardWall] = {}
        self.titles: dict[DriverQuadrant, QLabel] = {}
        for row in self._ROWS:
            for quadrant in row:
                wall = CardWall(self)
                wall.setObjectName(f"matrix_{quadrant.value}")
                wall.max_columns = 3
                wall.empty_text = self.tr("none")
                wall.empty_alignment = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
                self.walls[quadrant] = wall
                title = QLabel(quadrant_title(quadrant), self)
                title.setObjectName("projectorQuadrant")
                self.titles[quadrant] = title
        self.impact_axis = QLabel(self.tr("Impact ↑"), self)
        self.impact_axis.setObjectName("projectorAxis")
        self.uncertainty_axis = QLabel(self.tr("Uncertainty →"), self)
        self.uncertainty_axis.setObjectName("projectorAxis")
        self.uncertainty_axis.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.impact_axis.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.impact_axis.setWordWrap(True)
        self.footer = QLabel(self)
        self.footer.setObjectName("projectorFooter")
        self.footer.setVisible(False)
        self.floor_px, self.ceiling_px = 24, 48
        self._arranged: tuple[object, ...] = ()

    def set_content(self, content: Content) -> None:
        for quadrant, wall in self.walls.items():
            wall.set_items(content.quadrants.get(quadrant, []))
        self.footer.setText(content.items[0].text if content.items else "")
        self.footer.setVisible(bool(content.items))
        self.arrange()

    def set_text_range(self, floor_px: int, ceiling_px: int) -> None:
        self.floor_px, self.ceiling_px = floor_px, ceiling_px
        self.arrange()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.arrange()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.arrange()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.StyleChange, QEvent.Type.FontChange):
            self.arrange()  # the titles' sizes follow the screen

    def _need(self, quadrant: DriverQuadrant, width: int, first_only: bool = False) -> int:
        """The wall height that shows all the quadrant's cards at the floor (or only its
        first card and "+N more")."""
        wall = self.walls[quadrant]
        items = wall.items[:1] if first_only else wall.items
        need = needed_height(
            wall.measurer, items, width, self.floor_px, wall.max_columns, self.height()
        )
        if first_only and len(wall.items) > 1:
            need += wall.measurer.metrics(round(self.floor_px * 1.2), True).height()
            need += max(6, self.floor_px // 2) + 2
        return need

    def arrange(self) -> None:
        """Place the titles, walls and axes in a 2 × 2 grid; then one text size for the
        four walls."""
        width, height = self.width(), self.height()
        if width <= 0 or height <= 0:
            return
        key = (
            width,
            height,
            self.floor_px,
            self.ceiling_px,
            self.footer.isVisibleTo(self),
            self._title_height(),
            self.impact_axis.sizeHint().width(),
            tuple(w.version for w in self.walls.values()),
        )
        if key == self._arranged:
            return  # nothing changed since the last time
        self._arranged = key
        gap = self.SPACING
        axis = min(self.impact_axis.sizeHint().width(), width // 6)
        bottom = self.uncertainty_axis.sizeHint().height()
        footer = self.footer.sizeHint().height() + gap if self.footer.isVisibleTo(self) else 0
        area = QRect(axis + gap, 0, width - axis - gap, height - bottom - footer - gap)
        self.impact_axis.setGeometry(0, 0, axis, area.height())
        self.uncertainty_axis.setGeometry(area.x(), area.bottom() + gap, area.width(), bottom)
        self.footer.setGeometry(
            area.x(), area.bottom() + gap + bottom + gap, area.width(), max(0, footer - gap)
        )
        title = self._title_height()
        for quadrant, cell in self._cells(area).items():
            self.titles[quadrant].setGeometry(cell.x(), cell.y(), cell.width(), title)
            self.walls[quadrant].setGeometry(
                cell.adjusted(0, title, 0, 0) if cell.height() > title else QRect()
            )
        # one text size for the whole matrix: the largest every quadrant can take
        for wall in self.walls.values():
            wall.set_text_range(self.floor_px, self.ceiling_px)
        sizes = [w.fit().pixel_size for w in self.walls.values() if w.items]
        common = min(sizes, default=self.ceiling_px)
        for wall in self.walls.values():
            wall.set_text_range(self.floor_px, common)

    def _title_height(self) -> int:
        return max(t.sizeHint().height() for t in self.titles.values()) + 4

    def _cells(self, area: QRect) -> dict[DriverQuadrant, QRect]:
        """Each quadrant's rectangle (its title on top, then its wall): equal rows and
        equal columns, except that a row (or column) whose quadrants are both empty keeps
        only their titles and placeholders and gives the rest to the other."""
        gap, title = self.SPACING, self._title_height()
        (a, b), (c, d) = self._ROWS  # a b on top (high impact), c d below
        used = {q: bool(w.items) for q, w in self.walls.items()}
        half_w = (area.width() - gap) // 2
        left = half_w
        if (used[a] or used[c]) != (used[b] or used[d]):
            empty = (b, d) if used[a] or used[c] else (a, c)
            narrow = max(self._title_width(q, half_w) for q in empty)
            left = area.width() - gap - narrow if used[a] or used[c] else narrow
        half_h = (area.height() - gap) // 2
        placeholder = self.walls[a].measurer.metrics(self.floor_px).height() + 8
        top = half_h
        if (used[a] or used[b]) != (used[c] or used[d]):
            short = min(half_h, title + placeholder)
            top = area.height() - gap - short if used[a] or used[b] else short
        elif not all(used.values()) and self._key_hidden(area.width() - left - gap, half_h):
            # an empty quadrant gives its row's room when the key uncertainties need it:
            # rows by need, key uncertainties first
            widths = {a: left, c: left, b: area.width() - left - gap, d: area.width() - left - gap}
            rows = ((a, b), (c, d))
            needs = [max(self._need(q, widths[q]) for q in row) for row in rows]
            least = [max(self._need(q, widths[q], True) for q in row) for row in rows]
            key = DriverQuadrant.KEY_UNCERTAINTY
            favoured = self._need(key, widths[key])
            first, _second = _share(area.height() - gap - 2 * title, needs, least, favoured)
            top = max(
                title + placeholder, min(area.height() - gap - title - placeholder, first + title)
            )
        xs = ((area.x(), left), (area.x() + left + gap, area.width() - left - gap))
        ys = ((area.y(), top), (area.y() + top + gap, area.height() - top - gap))
        cells: dict[DriverQuadrant, QRect] = {}
        for row, (y, h) in zip(self._ROWS, ys, strict=True):
            for quadrant, (x, w) in zip(row, xs, strict=True):
                cells[quadrant] = QRect(x, y, w, h)
        return cells

    def _key_hidden(self, width: int, height: int) -> bool:
        """Whether the key uncertainties would hide cards in a cell of that size."""
        wall = self.walls[DriverQuadrant.KEY_UNCERTAINTY]
        if not wall.items:
            return False
        room = height - self._title_height()
        fit = fit_items(
            wall.measurer, wall.items, width, room, self.floor_px, self.floor_px, wall.max_columns
        )
        return fit.hidden > 0

    def _title_width(self, quadrant: DriverQuadrant, most: int) -> int:
        return min(most, self.titles[quadrant].sizeHint().width() + self.SPACING)


def _share(total: int, needs: list[int], least: list[int], favoured: int) -> tuple[int, int]:
    """Two heights out of ``total`` for two walls: by need when everything fits; else each
    its least (a card and "+N more"), the first up to ``favoured`` next, the rest by need."""
    if sum(needs) <= total:
        if sum(needs) == 0:
            return total // 2, total - total // 2
        first = total * needs[0] // sum(needs)
        return first, total - first
    heights = list(least)
    if sum(heights) > total:
        return total // 2, total - total // 2
    heights[0] = max(least[0], min(favoured, total - least[1]))
    spare = total - sum(heights)
    wants = [max(0, needs[i] - heights[i]) for i in range(2)]
    wanted: int = sum(wants)
    if spare > 0 and wanted > 0:
        extra = spare * wants[0] // wanted
        heights[0] += extra
        heights[1] += spare - extra
    return heights[0], heights[1]


class ProjectorView(QWidget):
    """What the room sees. Follows a phase (``show_phase``), refreshes on the session's
    changes and on the clock's ticks; ``put_on_stage`` shows one card full size."""

    #: emitted after the content changed (the presenter's thumbnail follows it)
    content_changed = Signal()
    #: the wall's page changed, or its number of pages (page from 0, pages)
    page_changed = Signal(int, int)

    def __init__(
        self,
        session: WorkshopSession,
        clock: ClockLike | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("projectorView")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.session = session
        if clock is None:
            from coopatelier.ui.clock import Clock

            clock = Clock(self)
        self.clock = clock
        self.phase_id: uuid.UUID | None = None
        self.mode = Mode.PHASE
        self.stage_card_id: uuid.UUID | None = None
        #: a change arrived while hidden: refresh when shown (a hidden room's view is idle)
        self._stale = False
        self._theme = _theme()
        self._sized_for = 0
        self.font_scale = 1.0
        self.theme = "dark"
        #: one group shown alone (None: the whole wall)
        self.focus: Focus | None = None
        #: "" (the room sees the wall), "black" or "white" (B / W, as presentation software)
        self.blank = ""
        #: the welcome slide's free text (Wi-Fi, agenda), from the workshop's settings
        self.welcome_text = ""
        #: what the wall showed last (a new one opens on the newest card's page)
        self._shown_key: tuple[object, ...] = ()
        self._newest_at: dt.datetime | None = None
        self._build()
        self._mark_timer = QTimer(self)
        self._mark_timer.setSingleShot(True)
        self._mark_timer.setInterval(MARK_MS)
        self._mark_timer.timeout.connect(lambda: self.wall.set_marked(None))
        #: turns the pages by themselves when the facilitator asks for it (0: never)
        self.page_timer = QTimer(self)
        self.page_timer.timeout.connect(self._turn_by_itself)
        self.wall.page_changed.connect(self._on_page_changed)
        self.roadmap.page_changed.connect(self._on_page_changed)
        self.review.board.page_changed.connect(self._on_page_changed)
        session.changed.connect(self._on_changed)
        session.review_moved.connect(lambda _id: self._on_changed(Changes()))
        clock.ticked.connect(self.refresh_timer)

    def _build(self) -> None:
        self.title = QLabel(self)
        self.title.setObjectName("projectorTitle")
        self.title.setWordWrap(True)
        self.timer = QLabel(self)
        self.timer.setObjectName("projectorTimer")
        self.timer.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.timer.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        # under the corner's time when the room is shown another phase: whose time it is
        self.timer_owner = QLabel(self)
        self.timer_owner.setObjectName("projectorTimerOwner")
        self.timer_owner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.timer_owner.setWordWrap(True)
        self.timer_owner.hide()
        self.question = QLabel(self)
        self.question.setObjectName("projectorQuestion")
        self.question.setWordWrap(True)
        self.instructions = QLabel(self)
        self.instructions.setObjectName("projectorInstructions")
        self.instructions.setWordWrap(True)
        self.wall = CardWall(self, paged=True)
        self.matrix = MatrixPanel(self)
        self.stage = CardWall(self)
        self.stage.setObjectName("stageWall")
        self.stage.max_columns = 1
        # a phase with no cards but a timer (a break): the countdown, large and centred
        self.big_timer = QLabel(self)
        self.big_timer.setObjectName("projectorBigTimer")
        self.big_timer.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.countdown = QWidget(self)
        self.countdown.setObjectName("projectorCountdown")
        centred = QVBoxLayout(self.countdown)
        centred.setContentsMargins(0, 0, 0, 0)
        centred.addStretch(1)
        centred.addWidget(self.big_timer, 0, Qt.AlignmentFlag.AlignCenter)
        centred.addStretch(2)
        # the welcome slide: the date and place, then the facilitator's free text
        self.welcome = QWidget(self)
        self.welcome.setObjectName("projectorWelcome")
        self.welcome_when = QLabel(self.welcome)
        self.welcome_when.setObjectName("projectorWelcomeWhen")
        self.welcome_when.setWordWrap(True)
        self.welcome_note = QLabel(self.welcome)
        self.welcome_note.setObjectName("projectorWelcomeNote")
        self.welcome_note.setWordWrap(True)
        self.welcome_note.setTextFormat(Qt.TextFormat.PlainText)
        self.welcome_note.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        welcome = QVBoxLayout(self.welcome)
        welcome.setContentsMargins(0, 0, 0, 0)
        welcome.addWidget(self.welcome_when)
        welcome.addSpacing(24)
        welcome.addWidget(self.welcome_note)
        welcome.addStretch(1)
        self.body = QStackedWidget(self)
        self.body.setObjectName("projectorBody")
        self.roadmap = RoadmapBoard(self)
        self.futures = TwoByTwoBoard(self)
        self.review = ReviewPanel(self)
        pages = (self.wall, self.matrix, self.stage, self.countdown, self.welcome,
                 self.roadmap, self.futures, self.review)
        for page in pages:
            self.body.addWidget(page)
        top = QHBoxLayout()
        top.setSpacing(24)
        top.addWidget(self.title, 1)
        corner = QVBoxLayout()
        corner.setSpacing(2)
        corner.addWidget(self.timer, 0, Qt.AlignmentFlag.AlignHCenter)
        corner.addWidget(self.timer_owner)
        corner.addStretch(1)
        top.addLayout(corner, 0)
        self._layout = QVBoxLayout(self)
        self._layout.addLayout(top)
        self._layout.addWidget(self.question)
        self._layout.addWidget(self.instructions)
        self._layout.addWidget(self.body, 1)
        # B / "." and W: the whole view black or white, over everything
        self.blank_cover = QWidget(self)
        self.blank_cover.setObjectName("projectorBlank")
        self.blank_cover.setAutoFillBackground(True)
        self.blank_cover.hide()

    # --- what to show ---------------------------------------------------------------------

    def show_phase(self, phase_id: uuid.UUID | None) -> None:
        if phase_id != self.phase_id:
            self.stage_card_id = None
            self.focus = None
        self.phase_id = phase_id
        self.refresh()

    def set_mode(self, mode: Mode | str) -> None:
        if Mode(mode) is not self.mode:
            self.focus = None
        self.mode = Mode(mode)
        self.stage_card_id = None
        self.refresh()

    def set_focus(self, focus: Focus | None) -> None:
        """Show one group alone (a category, a table, a quadrant), or the whole wall."""
        self.focus = focus
        self.stage_card_id = None
        self.refresh()

    def groups(self) -> list[tuple[Focus, str]]:
        """The groups the facilitator may show alone, with their names: the wall's
        headers (categories, organisations), the tables when there are several, the
        quadrants of the matrix."""
        data = self.session.data()
        phase = self.phase()
        if self.mode is Mode.MATRIX:
            content = matrix_content(data, phase)
            return [
                ((FocusKind.QUADRANT, q.value), quadrant_title(q))
                for q, items in content.quadrants.items()
                if items
            ]
        found: list[tuple[Focus, str]] = []
        if self.mode is Mode.ROADMAP:
            items = roadmap_content(data).items
        elif self.mode is Mode.PHASE and phase is not None:
            cards = self.session.cards_of_phase(phase.id)
            items = phase_content(data, phase, cards).items
            found += [
                ((FocusKind.TABLE, t), self.tr("Table: %1").replace("%1", t))
                for t in tables_of(cards)
            ]
        else:
            return []
        return [((FocusKind.GROUP, key), name) for key, name in groups_of(items)] + found

    # --- pages --------------------------------------------------------------------------------

    def _paged(self) -> CardWall | RoadmapBoard | None:
        """What the room sees that has pages: the wall or the roadmap's timeline."""
        body = self.body.currentWidget()
        if body is self.wall or body is self.roadmap:
            return body
        if body is self.review and self.review.board.isVisibleTo(self.review):
            return self.review.board
        return None

    def pages(self) -> int:
        """How many pages the wall (or the roadmap) has (1 when the room sees something
        else)."""
        paged = self._paged()
        return paged.page_count() if paged is not None else 1

    def page(self) -> int:
        paged = self._paged()
        return paged.page if paged is not None else 0

    def next_page(self) -> bool:
        """Turn the wall (or the roadmap) to its next page; False when there is none."""
        paged = self._paged()
        turned = paged is not None and paged.next_page()
        if turned:
            self._restart_page_timer()
        return turned

    def previous_page(self) -> bool:
        """Turn the wall (or the roadmap) to its previous page; False when there is none."""
        paged = self._paged()
        turned = paged is not None and paged.previous_page()
        if turned:
            self._restart_page_timer()
        return turned

    def set_page_seconds(self, seconds: int) -> None:
        """Turn the pages by themselves every ``seconds`` (0: only by hand)."""
        self.page_timer.setInterval(max(0, seconds) * 1000)
        self._restart_page_timer()

    def _restart_page_timer(self) -> None:
        if self.page_timer.interval() > 0 and self.pages() > 1:
            self.page_timer.start()
        else:
            self.page_timer.stop()

    def _turn_by_itself(self) -> None:
        paged = self._paged() or self.wall
        if not paged.next_page():
            paged.set_page(0)

    def _on_page_changed(self, page: int, pages: int) -> None:
        self.page_changed.emit(page, pages)
        self.content_changed.emit()

    # --- the room's screen black or white -----------------------------------------------------

    def set_blank(self, blank: str) -> None:
        """ "black" or "white" covers the whole view; "" shows it again."""
        blank = blank if blank in ("black", "white") else ""
        self.blank = blank
        if blank:
            palette = self.blank_cover.palette()
            colour = Qt.GlobalColor.black if blank == "black" else Qt.GlobalColor.white
            palette.setColor(self.blank_cover.backgroundRole(), colour)
            self.blank_cover.setPalette(palette)
            self.blank_cover.setGeometry(self.rect())
            self.blank_cover.raise_()
        self.blank_cover.setVisible(bool(blank))
        self.content_changed.emit()

    def put_on_stage(self, card_id: uuid.UUID | None) -> None:
        """Show one card or future full size (None: back to the phase's content)."""
        self.stage_card_id = card_id
        self.refresh()

    def phase(self) -> Phase | None:
        if self.phase_id is None:
            return None
        return self.session.data().phase(self.phase_id)

    def _on_changed(self, changes: Changes) -> None:
        mine = self.session.data().workshop.demarche_id
        of_demarche = changes.demarche and mine is not None and changes.demarche_id == mine
        if changes.workshop_id in (None, self.session.workshop_id) or of_demarche:
            if not self.isVisible():  # nobody sees it: lay it out when it is shown
                self._stale = True
                return
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.refresh()

    def refresh(self) -> None:
        data = self.session.data()
        phase = self.phase()
        if phase is None and data.phases:
            phase = data.phases[0]
            self.phase_id = phase.id
        self._refresh_header(phase)
        if self.stage_card_id is not None:
            item = stage_item(data, self.stage_card_id)
            if item is not None:
                self.stage.set_items([item])
                self.body.setCurrentWidget(self.stage)
                self.refresh_timer()
                self.content_changed.emit()
                return
            self.stage_card_id = None
        if self.mode is Mode.WELCOME:
            self._refresh_welcome()
            self.body.setCurrentWidget(self.welcome)
        elif self.mode is Mode.MATRIX and (self.focus is None or self.focus[0] != "quadrant"):
            self.matrix.set_content(matrix_content(data, phase))
            self.body.setCurrentWidget(self.matrix)
        elif (
            self.mode is Mode.PHASE and phase is not None
            and phase.demarche_focus == DemarcheFocus.REVIEW.value
            and self.session.demarche_data() is not None
        ):
            demarche = self.session.demarche_data()
            assert demarche is not None
            self.review.set_review(demarche, self.session.workshop_id, data.workshop.language,
                                   self.session.under_review)
            self.instructions.setVisible(False)  # the roadmap needs the room
            self.body.setCurrentWidget(self.review)
        elif self.mode is Mode.ROADMAP or (
            self.mode is Mode.PHASE and phase is not None and phase.kind is PhaseKind.ROADMAP
        ):
            board = roadmap_board(data)
            if self.focus is not None:  # one organisation's lane alone
                board = board.with_lanes(tuple(
                    lane for lane in board.lanes
                    if str(lane.organisation_id or "") == self.focus[1]
                ), notes=())
            self.roadmap.set_board(board)
            self.instructions.setVisible(False)  # the timeline needs the room
            self.body.setCurrentWidget(self.roadmap)
        elif (
            self.mode is Mode.PHASE and phase is not None and phase.kind is PhaseKind.FUTURES
            and has_axes(data) and self.session.cards_of_phase(phase.id)
        ):
            self.futures.set_matrix(two_by_two(data, phase))
            self.instructions.setVisible(False)  # the 2×2 needs the room
            self.body.setCurrentWidget(self.futures)
        else:
            if self.mode is Mode.MATRIX:  # one quadrant alone, on the wall
                quadrant = DriverQuadrant(self.focus[1]) if self.focus else None
                content = Content(
                    matrix_content(data, phase).quadrants.get(quadrant, []) if quadrant else []
                )
                content.empty_text = self.matrix.walls[DriverQuadrant.KEY_UNCERTAINTY].empty_text
            elif self.mode is Mode.VOTES:
                content = votes_content(data, phase)
            elif phase is not None:
                content = phase_content(
                    data, phase, self.session.cards_of_phase(phase.id), self.focus
                )
                content.items = self._numbered(phase, content.items)
            else:
                content = Content(empty_text=self.tr("No phase yet."))
            # a short ranking reads top-down in one column, never split into a "(continued)"
            short = self.mode is Mode.VOTES and len(content.items) <= SHORT_RANKING
            self.wall.max_columns = 1 if short else 8
            self.wall.empty_text = content.empty_text
            # the instructions while the wall is empty; then the room needs the room: the
            # wall takes its final size before it is laid out (5,000 cards laid out at a
            # stale size cost as much again: benchmarks/projector.py)
            self.instructions.setVisible(bool(self.instructions.text()) and not content.items)
            if self.isVisible():
                self._layout.activate()
            self.wall.set_items(content.items)
            self._follow_newest(content)
            self.wall.update()
            if self._shows_countdown(phase, content):
                self.body.setCurrentWidget(self.countdown)
            else:
                self.body.setCurrentWidget(self.wall)
        self.refresh_timer()
        self.content_changed.emit()

    def _numbered(self, phase: Phase, items: list[WallItem]) -> list[WallItem]:
        """Once the phase has a voting round, each card shows the number people call out
        to give it a dot (the numbers of the facilitator's voting panel)."""
        if self.session.vote_numbers.latest_round(phase.id) is None:
            return items
        numbers = self.session.vote_numbers.numbers(phase.id)
        numbered = []
        for item in items:
            number = numbers.get(item.card_id) if item.card_id is not None else None
            if number is None:
                numbered.append(item)
            elif item.title:
                numbered.append(replace(item, title=f"{number} · {item.title}"))
            else:
                numbered.append(replace(item, text=f"{number} · {item.text}"))
        return numbered

    def _follow_newest(self, content: Content) -> None:
        """A new wall opens on the page of its newest card; a card captured since is
        turned to and outlined for a few seconds; otherwise the page stays."""
        key = (self.mode, self.phase_id, self.focus)
        newest, at = content.newest_id, content.newest_at
        if key != self._shown_key:
            self._shown_key = key
            self.wall.set_marked(None)
            self.wall.open_at(newest)
        elif (
            newest is not None
            and at is not None
            and (self._newest_at is None or at > self._newest_at)
        ):
            self.wall.show_card(newest)
            self.wall.set_marked(newest)
            self._mark_timer.start()
        self._newest_at = at
        self._restart_page_timer()

    def _refresh_welcome(self) -> None:
        workshop = self.session.data().workshop
        day = QDate(workshop.date.year, workshop.date.month, workshop.date.day)
        when = [ui_locale().toString(day, QLocale.FormatType.LongFormat), workshop.place]
        self.welcome_when.setText("  ·  ".join(p for p in when if p))
        self.welcome_note.setText(self.welcome_text)
        self.welcome_note.setVisible(bool(self.welcome_text))

    def _shows_countdown(self, phase: Phase | None, content: Content) -> bool:
        """A phase's own content with no card, and a timer planned or running."""
        return (
            self.mode is Mode.PHASE
            and phase is not None
            and not content.items
            and self.session.data().workshop.ended_at is None
            and (phase.planned_minutes > 0 or phase.timer_running_since is not None)
        )

    def countdown_shown(self) -> bool:
        return self.body.currentWidget() is self.countdown

    def _refresh_header(self, phase: Phase | None) -> None:
        workshop = self.session.data().workshop
        title = phase.title if phase is not None else workshop.title
        if self.mode is Mode.MATRIX:
            title = self.tr("Impact × uncertainty")
        elif self.mode is Mode.ROADMAP:
            title = self.tr("Roadmap: each partner's part")
        elif self.mode is Mode.VOTES:
            # a phase without a round of its own shows every round of the workshop: then
            # the wall is not that phase's, and its question is not said; the phase whose
            # rounds are listed is named (when they are all of one phase), and the round
            data = self.session.data()
            listed = votes_rounds_phase(data, phase)
            shown_round = votes_title(data, phase)  # which round, said with its title
            phase = votes_phase(data, phase)
            title = self.tr("Vote results") + (f" — {listed.title}" if listed else "")
            title += f" · {shown_round}" if shown_round else ""
        elif self.mode is Mode.WELCOME:
            title = workshop.title
        if self.focus is not None:
            name = next((n for f, n in self.groups() if f == self.focus), "")
            title += f" — {name}" if name else ""
        self.title.setText(title)
        question = phase.question if phase is not None else ""
        if phase is not None and phase.kind is PhaseKind.INTRO and not question:
            question = workshop.focal_question
        show_text = self.mode is Mode.PHASE and self.stage_card_id is None
        if self.mode in (Mode.MATRIX, Mode.ROADMAP, Mode.WELCOME):
            question = ""
        self.question.setText(question)
        self.question.setVisible(bool(question))
        instructions = phase.instructions if phase is not None and show_text else ""
        self.instructions.setText(instructions)
        self.instructions.setVisible(bool(instructions))

    def timer_phase(self) -> Phase | None:
        """The phase whose timer the room sees: the running one, whatever is shown (the
        facilitator may show the matrix or another phase meanwhile); else the one in
        progress; else the phase shown (not on the welcome slide). None once the workshop
        has ended: a frozen countdown would only puzzle the room."""
        data = self.session.data()
        if data.workshop.ended_at is not None:
            return None
        phases = data.phases
        running = next((p for p in phases if p.timer_running_since is not None), None)
        if running is None:
            running = next((p for p in phases if p.actual_start and p.actual_end is None), None)
        if running is not None or self.mode is Mode.WELCOME:
            return running
        return self.phase()

    def refresh_timer(self) -> None:
        """The corner shows the running phase's time, whatever is shown; the countdown in
        the middle of an empty phase (a break) shows that phase's own: the next phase
        shown to the room (PgDown past the last page) read "Pause — 32:53", the running
        drivers' time, for a ten-minute break."""
        running = self.timer_phase()
        shown = self.phase() if self.countdown_shown() else None
        if shown is not None:
            self._show_time(self.big_timer, shown)
        with_time = running is not None and (
            running.planned_minutes > 0 or running.timer_running_since is not None)
        if running is not None and with_time:
            self._show_time(self.timer, running)
        # the countdown in the middle replaces the corner's when it is the same phase's
        self.timer.setVisible(with_time and (shown is None or running is None
                                             or shown.id != running.id))
        # the room shown another phase than the running one: the corner says whose time
        # it counts (rt10: a break's 10:00 in the middle and, unnamed, 34:10 in the corner)
        looked = self.phase() if self.mode is not Mode.WELCOME else None
        owner = ""
        if (running is not None and looked is not None and looked.id != running.id
                and self.timer.isVisibleTo(self)):
            owner = self.tr("Running: %1").replace("%1", running.title)
        if self.timer_owner.text() != owner:
            self.timer_owner.setText(owner)
            # a column a little wider than the time, the phase's title wrapped in it
            self.timer_owner.setFixedWidth(int(self.timer.sizeHint().width() * 1.6))
        self.timer_owner.setVisible(bool(owner))

    def _show_time(self, label: QLabel, phase: Phase) -> None:
        state = timer_state(phase, self.clock.now())
        text = state.display
        # a phase never started (or done) shows its minutes in the neutral look, as the
        # window's timer does: a green countdown would look live
        level = state.level.value if timer_is_live(phase, state) else "idle"
        running = "true" if state.running else "false"
        if label.text() != text:
            label.setText(text)
        if label.property("level") != level or label.property("running") != running:
            label.setProperty("level", level)
            label.setProperty("running", running)
            label.style().unpolish(label)
            label.style().polish(label)
        label.setAccessibleName(self.tr("Time left: %1").replace("%1", text))

    # --- legibility: every size follows the screen's height -------------------------------

    def reference_height(self) -> int:
        """The height the text sizes follow: the screen's when full screen, else ours."""
        window = self.window()
        if window.isFullScreen() and window.screen() is not None:
            return int(window.screen().geometry().height())
        return max(1, self.height())

    def min_text_px(self) -> int:
        return _ceil(self.reference_height() * MIN_SHARE * max(1.0, self.font_scale))

    def set_preferences(self, font_scale: float = 1.0, theme: str = "dark") -> None:
        """The facilitator's projector preferences: a text size factor (the floor of 1/30
        of the screen height holds whatever the factor) and a dark or light theme."""
        theme = theme if theme in THEMES else "dark"
        if (font_scale, theme) == (self.font_scale, self.theme):
            return
        self.font_scale = max(0.5, min(3.0, font_scale))
        self.theme = theme
        self.setProperty("theme", theme)
        for wall in (self.wall, self.stage, *self.matrix.walls.values()):
            wall.colours = THEMES[theme]
            wall.update()
        for board in (self.roadmap, self.futures):
            board.colours = THEMES[theme]
            board.update()
        self._sized_for = 0
        self.apply_sizes()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.blank_cover.setGeometry(self.rect())
        self.apply_sizes()

    def apply_sizes(self) -> None:
        h = self.reference_height()
        if h == self._sized_for:
            return
        self._sized_for = h
        floor = self.min_text_px()
        h = round(h * self.font_scale)  # every other size follows the factor
        margin = max(8, h // 40)
        self._layout.setContentsMargins(margin, margin // 2, margin, margin // 2)
        self._layout.setSpacing(max(4, h // 90))
        if self.font_scale != 1.0:
            margin = max(8, self.reference_height() // 40)
            self._layout.setContentsMargins(margin, margin // 2, margin, margin // 2)
        sizes = (
            f"QLabel#projectorTitle {{ font-size: {max(floor, _ceil(h / 15))}px; }}\n"
            f"QLabel#projectorQuestion {{ font-size: {max(floor, _ceil(h / 22))}px; }}\n"
            f"QLabel#projectorInstructions, QLabel#projectorAxis, QLabel#projectorFooter "
            f"{{ font-size: {max(floor, _ceil(h / 28))}px; }}\n"
            f"QLabel#projectorQuadrant {{ font-size: {max(floor, _ceil(h / 24))}px; }}\n"
            f"QLabel#projectorTimer {{ font-size: {max(floor, _ceil(h / 12))}px; }}\n"
            f"QLabel#projectorTimerOwner {{ font-size: {floor}px; }}\n"
            f"QLabel#projectorBigTimer {{ font-size: {max(floor, _ceil(h / 4))}px; }}\n"
            f"QLabel#projectorWelcomeWhen {{ font-size: {max(floor, _ceil(h / 20))}px; }}\n"
            f"QLabel#projectorWelcomeNote {{ font-size: {max(floor, _ceil(h / 26))}px; }}\n"
        )
        self.setStyleSheet(self._theme + "\n" + sizes)
        ceiling = max(floor, int(h * MAX_SHARE))
        self.wall.set_text_range(floor, ceiling)
        self.matrix.set_text_range(floor, ceiling)
        self.roadmap.set_text_range(floor, ceiling)
        self.futures.set_text_range(floor, ceiling)
        self.stage.set_text_range(floor, max(floor, h // 9))
        self.review.board.set_text_range(floor, ceiling)
        self.review.set_action_range(floor, max(floor, h // 14))

    # --- what the room sees, for a machine -----------------------------------------------

    def describe(self) -> dict[str, object]:
        """What the room's screen shows: the page and pages of the wall, the smallest text
        in pixels, and each card as the room reads it (``snapshot --describe``)."""
        body = self.body.currentWidget()
        walls: list[CardWall] = []
        if body is self.wall or body is self.stage:
            walls = [body]
        elif body is self.matrix:
            walls = [w for w in self.matrix.walls.values() if w.isVisibleTo(self)]
        cards: list[dict[str, object]] = []
        sizes: list[float] = []
        for wall in walls:
            for card in wall.describe():
                if self.mode is Mode.ROADMAP:
                    card["lane_id"] = card["group"]
                cards.append(card)
            if wall.smallest_text_px():
                sizes.append(float(wall.smallest_text_px()))
        if body is self.review:  # the roadmap's chips, then the action under review
            if self.review.board.isVisibleTo(self.review):
                cards += self.review.board.describe()
            for card in self.review.action.describe():
                card["under_review"] = True
                cards.append(card)
            if self.review.board.isVisibleTo(self.review) and \
                    self.review.board.smallest_text_px():
                sizes.append(float(self.review.board.smallest_text_px()))
            if self.review.action.isVisibleTo(self.review) and \
                    self.review.action.smallest_text_px():
                sizes.append(float(self.review.action.smallest_text_px()))
        if body is self.roadmap or body is self.futures:  # each card has its lane_id, or
            board = self.roadmap if body is self.roadmap else self.futures  # its quadrant
            cards += board.describe()
            if board.smallest_text_px():
                sizes.append(float(board.smallest_text_px()))
        for label in self.findChildren(QLabel):
            if label.isVisibleTo(self) and label.text() and not label.window().isHidden():
                sizes.append(float(QFontInfo(label.font()).pixelSize()))
        phase = self.phase()
        return {
            "page": self.page() + 1,
            "pages": self.pages(),
            "smallest_text_px": min(sizes, default=0.0),
            "cards": cards,
            "mode": self.mode.value,
            "phase_id": str(phase.id) if phase is not None else "",
            "title": self.title.text(),
            "focus": list(self.focus) if self.focus is not None else None,
            "blank": self.blank,
            "marked": str(self.wall.marked) if self.wall.marked else "",
            "screen_height": self.reference_height(),
            "under_review": str(self.session.under_review or "")
            if body is self.review else "",
        }


def _ceil(value: float) -> int:
    return int(-(-value // 1))


def blank_key(event: QKeyEvent) -> str:
    """ "black" for B or ".", "white" for W (as presentation software), else ""."""
    if event.modifiers() & (
        Qt.KeyboardModifier.ControlModifier
        | Qt.KeyboardModifier.AltModifier
        | Qt.KeyboardModifier.MetaModifier
    ):
        return ""
    key = event.key()
    if key in (Qt.Key.Key_B, Qt.Key.Key_Period):
        return "black"
    if key == Qt.Key.Key_W:
        return "white"
    return ""


def is_modifier(event: QKeyEvent) -> bool:
    """A key that is only a modifier (Shift, Ctrl...): it does not bring the room back."""
    return event.key() in (
        Qt.Key.Key_Shift,
        Qt.Key.Key_Control,
        Qt.Key.Key_Alt,
        Qt.Key.Key_Meta,
        Qt.Key.Key_AltGr,
        Qt.Key.Key_CapsLock,
    )


class ProjectorWindow(QWidget):
    """The room's window: a ``ProjectorView`` with no frame, no cursor and no controls.
    Keys still work for the facilitator: Esc leaves, Page Down/Up turn the wall's pages
    and then change phase, B or "." blanks the room (W whitens it), any key brings it
    back."""

    leave_requested = Signal()
    next_requested = Signal()
    previous_requested = Signal()

    def __init__(
        self,
        session: WorkshopSession,
        clock: ClockLike | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("projectorWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        # Qt appends the application's display name to a title that does not end with it
        self.setWindowTitle(self.tr("Room view — CoopAtelier"))
        self.setCursor(Qt.CursorShape.BlankCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.view = ProjectorView(session, clock, self)
        self.view.setCursor(Qt.CursorShape.BlankCursor)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.resize(1280, 720)

    # the projector's public API, for the facilitator's window
    def show_phase(self, phase_id: uuid.UUID | None) -> None:
        self.view.show_phase(phase_id)

    def put_on_stage(self, card_id: uuid.UUID | None) -> None:
        self.view.put_on_stage(card_id)

    def set_mode(self, mode: Mode | str) -> None:
        self.view.set_mode(mode)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.WindowStateChange:  # full screen: the screen's height
            QTimer.singleShot(0, self, self._resize_texts)

    def _resize_texts(self) -> None:
        if not self.view.isHidden():
            self.view.apply_sizes()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        blank = blank_key(event)
        if self.view.blank and not is_modifier(event):  # any key brings the room back
            self.view.set_blank("")
        elif blank:
            self.view.set_blank(blank)
        elif key == Qt.Key.Key_Escape:
            self.leave_requested.emit()
        elif key == Qt.Key.Key_Space:
            # pages only: a sentence typed into the room's screen by mistake (one screen,
            # the room's view over the window) ran the phases after it, one per space
            self.view.next_page()
        elif key in (Qt.Key.Key_PageDown, Qt.Key.Key_Right):
            if not self.view.next_page():  # the wall's pages first, like slides
                self.next_requested.emit()
        elif key in (Qt.Key.Key_PageUp, Qt.Key.Key_Left):
            if not self.view.previous_page():
                self.previous_requested.emit()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.leave_requested.emit()
        super().closeEvent(event)


__all__ = ["ClockLike", "Mode", "ProjectorView", "ProjectorWindow", "blank_key", "is_modifier"]
