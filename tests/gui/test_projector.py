"""The room's view: follows the facilitator, legible from the back of the room, never
scrolls, hides names when anonymous, shows votes once revealed, F5 / Esc."""

from __future__ import annotations

import datetime as dt
import math
import uuid
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontInfo
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractScrollArea, QLabel, QScrollBar

from coopatelier import api
from coopatelier.domain.analysis import DriverQuadrant
from coopatelier.domain.model import PhaseKind, PhaseStatus
from coopatelier.ui import phase_ops
from coopatelier.ui.clock import FakeClock
from coopatelier.ui.projector import Mode, ProjectorWindow
from coopatelier.ui.projector.wall import ItemKind, fit_items
from coopatelier.ui.workshop_session import WorkshopSession
from tests.conftest import phase_of
from tests.gui.conftest import shown_room, type_text

T0 = dt.datetime(2030, 1, 15, 9, 0, tzinfo=dt.UTC)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(T0)


@pytest.fixture
def projector(qtbot: Any, session: WorkshopSession, clock: FakeClock) -> Any:
    def make(width: int = 1280, height: int = 720) -> ProjectorWindow:
        return shown_room(qtbot, session, (width, height), clock)

    return make


def painted(window: ProjectorWindow) -> list[tuple[str, str, QFont]]:
    """Render the room's view as the projector would and return what the walls drew."""
    window.grab()
    view = window.view
    walls = [view.wall, view.stage, *view.matrix.walls.values()]
    return [entry for wall in walls if wall.isVisibleTo(window) for entry in wall.painted]


def painted_texts(window: ProjectorWindow) -> str:
    labels = [w.text() for w in window.findChildren(QLabel) if w.isVisibleTo(window)]
    return "\n".join([*labels, *(text for _kind, text, _font in painted(window))])


def add_cards(
    store: api.Store,
    phase_id: uuid.UUID,
    count: int,
    text: str = "Carte numéro {index} pour la salle",
    **fields: Any,
) -> None:
    """``count`` cards; ``text`` may use {index} and {long} (one of the LONG texts)."""
    for index in range(count):
        api.add_card(store, phase_id, text.format(index=index, long=LONG[index % 6]), **fields)


def test_projector_window_has_no_cursor_and_no_controls(projector: Any) -> None:
    window = projector()
    assert window.cursor().shape() == Qt.CursorShape.BlankCursor
    assert window.view.cursor().shape() == Qt.CursorShape.BlankCursor
    from PySide6.QtWidgets import QAbstractButton, QLineEdit, QMenuBar

    for kind in (QAbstractButton, QLineEdit, QMenuBar, QAbstractScrollArea, QScrollBar):
        assert window.findChildren(kind) == []


def test_projector_follows_the_facilitators_phase(
    open_window: Any, workshop: api.WorkshopData, store: api.Store
) -> None:
    window = open_window(workshop.workshop.id)
    projector = window.presentation.projector
    drivers = phase_of(workshop, PhaseKind.DRIVERS)
    futures = phase_of(workshop, PhaseKind.FUTURES)
    window.go_to_phase(drivers.id)
    assert projector.view.phase_id == drivers.id
    assert projector.view.title.text() == drivers.title
    window.go_to_phase(futures.id)
    assert projector.view.title.text() == futures.title
    # a card captured in the facilitator's window reaches the room
    window.presentation.present_action.trigger()
    window.capture.edit.setPlainText("Un futur où chacun mange bien")
    window.capture_card()
    assert "Un futur où chacun mange bien" in painted_texts(projector)
    window.presentation.stop()


def test_a_hidden_room_view_stays_idle_and_catches_up_when_shown(
    open_window: Any, workshop: api.WorkshopData, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Capturing while not presenting does not lay the room's wall out again (a capture
    in a big workshop must not pay for a screen nobody sees); presenting shows it all."""
    window = open_window(workshop.workshop.id)
    view = window.presentation.projector.view
    drivers = phase_of(workshop, PhaseKind.DRIVERS)
    window.go_to_phase(drivers.id)
    refreshes: list[int] = []
    real = type(view).refresh

    def counted(self: Any) -> None:
        refreshes.append(1)
        real(self)

    monkeypatch.setattr(type(view), "refresh", counted)
    for text in ("Précarité énergétique", "Circuits courts"):
        window.capture.edit.setPlainText(text)
        window.capture_card()
    assert refreshes == []
    window.presentation.present_action.trigger()
    assert refreshes
    assert "Circuits courts" in painted_texts(window.presentation.projector)
    window.presentation.stop()


def test_names_are_hidden_when_the_workshop_is_anonymous(
    projector: Any, session: WorkshopSession, store: api.Store, workshop: api.WorkshopData
) -> None:
    drivers = phase_of(workshop, PhaseKind.DRIVERS)
    api.add_card(store, drivers.id, "Inflation durable", author="Awa Diallo", category="Économie")
    session.reload()
    window = projector()
    window.show_phase(drivers.id)
    assert "Awa Diallo" in painted_texts(window)  # named workshop: the author is credited
    api.update_workshop(store, workshop.workshop.id, anonymous=True)
    session.reload()
    card_id = session.cards_of_phase(drivers.id)[0].id
    for mode in Mode:
        window.set_mode(mode)
        text = painted_texts(window)
        assert "Awa Diallo" not in text and "Louis Martin" not in text
    window.set_mode(Mode.PHASE)
    window.put_on_stage(card_id)
    text = painted_texts(window)
    assert "Inflation durable" in text and "Awa Diallo" not in text


@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080)])
def test_text_is_at_least_a_thirtieth_of_the_screen_height(
    projector: Any,
    session: WorkshopSession,
    store: api.Store,
    workshop: api.WorkshopData,
    size: Any,
) -> None:
    width, height = size
    drivers = phase_of(workshop, PhaseKind.DRIVERS)
    for category in ("Société", "Technologie", "Économie"):
        add_cards(store, drivers.id, 15, category=category, author="Awa Diallo")
    session.reload()
    window = projector(width, height)
    window.show_phase(drivers.id)
    floor = math.ceil(height / 30)
    drawn = painted(window)
    card_sizes = [QFontInfo(font).pixelSize() for kind, _text, font in drawn if kind == "card"]
    assert card_sizes and min(card_sizes) >= floor
    header_sizes = [QFontInfo(f).pixelSize() for kind, _t, f in drawn if kind == "header"]
    assert min(header_sizes) > min(card_sizes)  # titles larger
    title = QFontInfo(window.view.title.font()).pixelSize()
    assert title > max(card_sizes)
    for label in window.findChildren(QLabel):
        if label.isVisible() and label.text():
            assert QFontInfo(label.font()).pixelSize() >= floor, label.objectName()


def test_three_hundred_cards_reflow_without_a_scrollbar(
    projector: Any, session: WorkshopSession, store: api.Store, workshop: api.WorkshopData
) -> None:
    notes = (
        phase_of(workshop, PhaseKind.FREE)
        if any(p.kind is PhaseKind.FREE for p in workshop.phases)
        else phase_of(workshop, PhaseKind.INTRO)
    )
    add_cards(store, notes.id, 300)
    session.reload()
    window = projector(1920, 1080)
    window.show_phase(notes.id)
    drawn = painted(window)
    wall = window.view.wall
    fit = wall.fit()
    assert window.findChildren(QScrollBar) == []
    assert fit.hidden == 0 and fit.page_count > 1  # pages, never "+N more"
    on_pages = [p.item.card_id for page in fit.pages for p in page if p.item.card_id]
    assert sorted(on_pages) == sorted(c.id for c in session.cards_of_phase(notes.id))
    assert not any(kind == "more" for kind, _t, _f in drawn)
    assert ("page", f"{wall.page + 1}/{fit.page_count}") in [(k, t) for k, t, _f in drawn]
    bounds = wall.rect()
    for page in fit.pages:
        for placed in page:
            assert bounds.contains(placed.rect), placed.rect
    assert min(QFontInfo(f).pixelSize() for k, _t, f in drawn if k == "card") >= 36


def test_a_few_cards_are_shown_larger_than_the_floor(
    projector: Any, session: WorkshopSession, store: api.Store, workshop: api.WorkshopData
) -> None:
    intro = phase_of(workshop, PhaseKind.INTRO)
    add_cards(store, intro.id, 2)
    session.reload()
    window = projector(1280, 720)
    window.show_phase(intro.id)
    assert window.view.wall.fit().pixel_size > math.ceil(720 / 30)
    assert window.view.wall.fit().hidden == 0


def test_put_on_stage_shows_one_card_full_size(
    projector: Any, session: WorkshopSession, store: api.Store, workshop: api.WorkshopData
) -> None:
    futures = phase_of(workshop, PhaseKind.FUTURES)
    api.add_card(store, futures.id, "Le quartier nourricier", narrative="En 2030, chaque QPV…")
    api.add_card(store, futures.id, "Le droit à bien manger")
    session.reload()
    window = projector(1280, 720)
    window.show_phase(futures.id)
    wall_size = window.view.wall.fit().pixel_size
    card = session.cards_of_phase(futures.id)[0]
    window.put_on_stage(card.id)
    assert window.view.body.currentWidget() is window.view.stage
    text = painted_texts(window)
    assert "En 2030, chaque QPV…" in text and "Le droit à bien manger" not in text
    assert window.view.stage.fit().pixel_size > wall_size
    window.put_on_stage(None)
    assert window.view.body.currentWidget() is window.view.wall


def test_the_timer_changes_colour_with_the_fake_clock(
    projector: Any,
    session: WorkshopSession,
    store: api.Store,
    workshop: api.WorkshopData,
    clock: FakeClock,
) -> None:
    drivers = phase_of(workshop, PhaseKind.DRIVERS)  # 30 minutes planned
    api.start_timer(store, drivers.id, at=T0)
    session.reload()
    window = projector()
    window.show_phase(drivers.id)
    timer = window.view.timer
    assert timer.text() == "30:00" and timer.property("level") == "green"
    clock.advance(minutes=23)
    assert timer.text() == "07:00" and timer.property("level") == "green"
    clock.advance(minutes=1, seconds=1)
    assert timer.property("level") == "orange"
    clock.advance(minutes=6)
    assert timer.text() == "+00:01" and timer.property("level") == "red"


def test_a_phase_never_started_shows_its_minutes_in_the_neutral_look(
    projector: Any,
    session: WorkshopSession,
    store: api.Store,
    workshop: api.WorkshopData,
    clock: FakeClock,
) -> None:
    """The room's timer (and so ``coopatelier snapshot``) of a phase never started is the
    grey of the window's idle timer, not a live-looking green; started, it turns green."""
    drivers = phase_of(workshop, PhaseKind.DRIVERS)  # 30 minutes planned
    add_cards(store, drivers.id, 3)  # cards: the timer sits in the corner
    session.reload()
    window = projector()
    window.show_phase(drivers.id)
    timer = window.view.timer

    def middle_colour() -> str:
        image = timer.grab().toImage()
        return str(image.pixelColor(image.width() // 2, 8).name())

    assert timer.isVisible() and timer.text() == "30:00"
    assert timer.property("level") == "idle" and middle_colour() == "#6b7772"
    api.start_phase(store, drivers.id, at=T0)
    session.reload()
    window.view.refresh_timer()
    assert timer.property("level") == "green" and middle_colour() == "#5cc98a"
    api.end_phase(store, drivers.id, at=T0 + dt.timedelta(minutes=5))
    session.reload()
    window.view.refresh_timer()  # done: its time left no longer counts
    assert timer.property("level") == "idle" and middle_colour() == "#6b7772"


def test_vote_results_appear_only_once_revealed(
    projector: Any, session: WorkshopSession, store: api.Store, workshop: api.WorkshopData
) -> None:
    futures = phase_of(workshop, PhaseKind.FUTURES)
    first = api.add_card(store, futures.id, "Futur A").new_id
    second = api.add_card(store, futures.id, "Futur B").new_id
    round_id = api.create_round(store, futures.id, title="Tour 1", hidden=True).new_id
    api.add_votes(store, round_id, second, 5)
    api.add_votes(store, round_id, first, 2)
    session.reload()
    window = projector()
    window.show_phase(futures.id)
    window.set_mode(Mode.VOTES)
    assert "● 5" not in painted_texts(window)
    assert window.view.wall.items == []
    api.reveal_round(store, round_id)
    session.reload()
    titles = [item.title for item in window.view.wall.items]
    assert titles == ["1. Futur B", "2. Futur A"]
    assert "● 5" in painted_texts(window)


def test_f5_presents_over_a_single_screen_and_esc_leaves(
    open_window: Any, workshop: api.WorkshopData, qtbot: Any
) -> None:
    window = open_window(workshop.workshop.id)
    presentation = window.presentation
    projector = presentation.projector
    window.presentation.present_action.trigger()
    qtbot.waitUntil(projector.isVisible)
    assert projector.isFullScreen()
    assert projector.screen() is window.screen()
    assert projector.view.phase_id == window.current_phase_id
    QTest.keyClick(projector, Qt.Key.Key_Escape)
    assert not projector.isVisible()
    assert not presentation.presenting


def test_text_size_factor_and_light_theme_keep_the_floor(
    projector: Any, session: WorkshopSession, store: api.Store, workshop: api.WorkshopData
) -> None:
    intro = phase_of(workshop, PhaseKind.INTRO)
    add_cards(store, intro.id, 60)
    session.reload()
    window = projector(1280, 720)
    window.show_phase(intro.id)
    window.view.set_preferences(0.5, "light")  # smaller is asked: the floor still holds
    drawn = painted(window)
    assert min(QFontInfo(f).pixelSize() for k, _t, f in drawn if k == "card") >= 24
    assert window.view.wall.colours.card.lightness() < 250  # light theme paper
    window.view.set_preferences(1.5, "dark")
    drawn = painted(window)
    assert min(QFontInfo(f).pixelSize() for k, _t, f in drawn if k == "card") >= 36


def test_console_capture_line_saves_through_the_window(
    open_window: Any, workshop: api.WorkshopData
) -> None:
    window = open_window(workshop.workshop.id)
    console = window.presentation.console
    drivers = phase_of(workshop, PhaseKind.DRIVERS)
    window.go_to_phase(drivers.id)
    console.capture.edit.setFocus()
    type_text(console.capture.edit, "Précarité énergétique")
    QTest.keyClick(console.capture.edit, Qt.Key.Key_Return)
    texts = [c.text for c in window.session.cards_of_phase(drivers.id)]
    assert texts == ["Précarité énergétique"]
    assert console.capture.edit.text() == ""  # saved: the line is ready for the next one
    console.refresh()
    assert console.current.text() == drivers.title
    assert "Futurs souhaitables" in console.next.text()


def test_console_capture_line_is_closed_once_the_workshop_has_ended(
    open_window: Any, store: api.Store, workshop: api.WorkshopData
) -> None:
    """The presenter console's line says the workshop has ended and takes no card, as
    the window's does; a phase run again opens both."""
    window = open_window(workshop.workshop.id)
    console = window.presentation.console
    drivers = phase_of(workshop, PhaseKind.DRIVERS)
    window.go_to_phase(drivers.id)
    window.start_button.click()
    phase_ops.end_workshop(window.session, window.clock)  # Workshop → End the workshop
    console.refresh()
    for line in (console.capture, window.capture):
        assert not line.edit.isEnabled() and not line.button.isEnabled()
        assert "ended" in line.edit.placeholderText()
    api.start_phase(store, drivers.id, again=True)
    window.session.reload()
    console.refresh()
    assert console.capture.edit.isEnabled() and console.capture.button.isEnabled()


def test_f6_puts_the_selected_card_on_stage(
    open_window: Any, workshop: api.WorkshopData, store: api.Store
) -> None:
    drivers = phase_of(workshop, PhaseKind.DRIVERS)
    card_id = api.add_card(store, drivers.id, "Le prix de l’énergie").new_id
    window = open_window(workshop.workshop.id)
    window.session.reload()
    window.go_to_phase(drivers.id)
    view = window.current_view()
    view.select_cards([card_id])
    window.presentation.stage_action.trigger()
    assert window.presentation.projector.view.stage_card_id == card_id
    window.presentation.stage_action.trigger()
    assert window.presentation.projector.view.stage_card_id is None


# --- sharing the room: no content hidden while space is left ------------------------------

LONG = (
    "Pérennité des financements de la politique de la ville et de l’aide alimentaire",
    "Inflation durable des prix alimentaires et de l’énergie dans les quartiers",
    "Place des producteurs locaux dans l’approvisionnement des quartiers",
    "Expérimentations d’une sécurité sociale de l’alimentation",
    "Rupture d’approvisionnement lors d’une nouvelle crise sanitaire",
    "Hausse continue du nombre de familles qui recourent à l’aide alimentaire",
)


def test_matrix_shows_every_key_uncertainty_when_a_quadrant_is_empty(
    projector: Any, session: WorkshopSession, store: api.Store, workshop: api.WorkshopData
) -> None:
    """An empty quadrant gives its room to the others: all 5 key uncertainties show."""
    drivers = phase_of(workshop, PhaseKind.DRIVERS)
    for index, text in enumerate(LONG[:5]):
        api.add_card(store, drivers.id, f"{text} ({index})", impact=5, uncertainty=5)
    for index, text in enumerate(LONG):
        api.add_card(store, drivers.id, f"{text} [{index}]", impact=5, uncertainty=1)
    for index, text in enumerate(LONG[:5]):
        api.add_card(store, drivers.id, f"{text} <{index}>", impact=1, uncertainty=1)
    session.reload()
    window = projector(1920, 1080)
    window.show_phase(drivers.id)
    window.set_mode(Mode.MATRIX)
    window.grab()
    walls = window.view.matrix.walls
    key = walls[DriverQuadrant.KEY_UNCERTAINTY]
    assert key.hidden_count() == 0 and len(key.shown_card_ids()) == 5
    assert walls[DriverQuadrant.SECONDARY_UNCERTAINTY].items == []
    for wall in walls.values():  # every non-empty quadrant shows at least one card
        assert not wall.items or wall.shown_card_ids()
    floor = math.ceil(1080 / 30)
    drawn = painted(window)
    assert min(QFontInfo(f).pixelSize() for k, _t, f in drawn if k == "card") >= floor


def test_every_group_of_the_closing_wall_shows_at_least_one_card(
    projector: Any, session: WorkshopSession, store: api.Store, workshop: api.WorkshopData
) -> None:
    closing = phase_of(workshop, PhaseKind.CLOSING)
    add_cards(store, closing.id, 30, "{long} {index}", category="Ingrédients")
    for index in range(4):
        api.add_card(
            store, closing.id, f"Étape {index} : {LONG[index]}", category="Prochaines étapes"
        )
    session.reload()
    window = projector(1920, 1080)
    window.show_phase(closing.id)
    wall = window.view.wall
    fit = wall.fit()
    assert fit.page_count > 1  # more than one screen can show...
    for category in ("Ingrédients", "Prochaines étapes"):  # ...yet every card is seen whole
        ids = {c.id for c in session.cards_of_phase(closing.id) if c.category == category}
        for card_id in ids:
            page = fit.page_of(card_id)
            assert page is not None
            wall.set_page(page)
            whole = {c["id"]: c["whole"] for c in wall.describe()}
            assert whole[str(card_id)], category
    assert not any(kind == "more" for kind, _t, _f in painted(window))


def test_a_category_continuing_into_a_new_column_repeats_its_heading(
    projector: Any, session: WorkshopSession, store: api.Store, workshop: api.WorkshopData
) -> None:
    drivers = phase_of(workshop, PhaseKind.DRIVERS)
    add_cards(store, drivers.id, 14, "{long} {index}", category="Société")
    session.reload()
    window = projector(1280, 720)
    window.show_phase(drivers.id)
    fit = window.view.wall.fit()
    tops: dict[int, Any] = {}
    for placed in fit.placed:
        tops.setdefault(placed.rect.x(), placed)
    assert len(tops) > 1  # the category spans several columns
    for x, first in tops.items():
        assert first.item.kind is ItemKind.HEADER, x  # each column starts with its heading
        assert first.item.text.startswith("Société")
    headers = [t for k, t, _f in painted(window) if k == "header"]
    assert "Société (continued)" in headers


@pytest.mark.parametrize(("kind", "heading"), [
    (PhaseKind.DRIVERS, "Uncategorised"),  # as the drivers' table and category box say
    (PhaseKind.CLOSING, "Other items"),  # as the closing's own group says
    (PhaseKind.INTRO, "Other"),
])
def test_cards_without_a_group_are_headed_as_the_window_heads_them(
    kind: PhaseKind, heading: str, projector: Any, session: WorkshopSession,
    store: api.Store, workshop: api.WorkshopData,
) -> None:
    """The room said "Other" where the window said "Uncategorised": one group, two names."""
    phase = phase_of(workshop, kind)
    api.add_card(store, phase.id, "Télétravail", category="Société")
    api.add_card(store, phase.id, "Inflation")
    session.reload()
    window = projector(1280, 720)
    window.show_phase(phase.id)
    headers = [t for k, t, _f in painted(window) if k == "header"]
    assert "Société" in headers and headers[-1] == heading  # the ungrouped come last


def test_the_wall_uses_the_room_left_rather_than_stopping_at_a_tall_card(
    projector: Any, session: WorkshopSession, store: api.Store, workshop: api.WorkshopData
) -> None:
    """Shown cards leave less empty room under them than a card's height."""
    drivers = phase_of(workshop, PhaseKind.DRIVERS)
    for index in range(40):
        api.add_card(
            store,
            drivers.id,
            f"{LONG[index % 6]} {index}",
            category=("Société", "Économie")[index % 2],
        )
    session.reload()
    window = projector(1920, 1080)
    window.show_phase(drivers.id)
    wall = window.view.wall
    fit = wall.fit()
    assert fit.page_count > 1
    columns: dict[int, int] = {}
    for placed in fit.pages[0]:  # a full page: every column filled down to the page number
        columns[placed.rect.x()] = max(columns.get(placed.rect.x(), 0), placed.rect.bottom())
    assert len(columns) == fit.columns
    cards = [p.rect.height() for p in fit.pages[0] if p.item.kind is ItemKind.CARD]
    mark = wall.measurer.metrics(wall.floor_px).height() * 2
    assert min(columns.values()) > wall.height() - 2 * max(cards) - mark


# --- a phase with no cards: the countdown -------------------------------------------------


def test_an_empty_phase_with_a_timer_shows_the_countdown_large(
    projector: Any,
    session: WorkshopSession,
    store: api.Store,
    workshop: api.WorkshopData,
    clock: FakeClock,
) -> None:
    intro = phase_of(workshop, PhaseKind.INTRO)  # 10 minutes planned, no card yet
    api.start_timer(store, intro.id, at=T0)
    session.reload()
    window = projector(1920, 1080)
    window.show_phase(intro.id)
    view = window.view
    assert view.countdown_shown()
    assert view.big_timer.isVisibleTo(window) and not view.timer.isVisibleTo(window)
    assert view.big_timer.text() == "10:00"
    assert view.title.text() == intro.title
    assert "will appear here" not in painted_texts(window)
    big = QFontInfo(view.big_timer.font()).pixelSize()
    assert big > QFontInfo(view.title.font()).pixelSize() and big >= 1080 // 5
    clock.advance(minutes=9)
    assert view.big_timer.text() == "01:00" and view.big_timer.property("level") == "orange"
    # the first card: the wall is back, with the small timer in the corner
    api.add_card(store, intro.id, "Bonjour")
    session.reload()
    assert not view.countdown_shown()
    assert view.timer.isVisibleTo(window) and view.timer.text() == "01:00"
    assert "Bonjour" in painted_texts(window)


def test_an_empty_phase_shown_while_another_runs_counts_its_own_time_not_the_running_one(
    projector: Any,
    session: WorkshopSession,
    store: api.Store,
    workshop: api.WorkshopData,
    clock: FakeClock,
) -> None:
    """rt9: the next phase shown to the room (PgDown past the last page), a break, read
    "Pause — 32:53" in the middle of the screen: the running drivers' time. The middle
    shows the break's own minutes, in the neutral look; the corner the running time."""
    intro = phase_of(workshop, PhaseKind.INTRO)  # 10 minutes planned, no card
    drivers = phase_of(workshop, PhaseKind.DRIVERS)
    assert drivers.planned_minutes > 3 and drivers.planned_minutes != intro.planned_minutes
    api.start_timer(store, drivers.id, at=T0)
    session.reload()
    clock.advance(minutes=3)
    window = projector(1920, 1080)
    window.show_phase(intro.id)
    view = window.view
    assert view.countdown_shown()
    assert view.big_timer.text() == "10:00"
    assert view.big_timer.property("level") == "idle"
    left = f"{drivers.planned_minutes - 3:02d}:00"
    assert view.timer.isVisibleTo(window) and view.timer.text() == left
    # and says whose it is (rt10: unnamed, the room could not tell the two times apart)
    assert view.timer_owner.isVisibleTo(window)
    assert view.timer_owner.text() == f"Running: {drivers.title}"
    assert drivers.title in painted_texts(window)
    clock.advance(minutes=1)  # the running time goes on in the corner, the break's stays
    assert view.big_timer.text() == "10:00"
    assert view.timer.text() == f"{drivers.planned_minutes - 4:02d}:00"
    window.show_phase(drivers.id)  # the running phase itself: its time needs no name
    assert not view.timer_owner.isVisibleTo(window)


# --- the presenter console ----------------------------------------------------------------


def test_the_console_timer_shows_what_the_main_timer_shows(
    open_window: Any, workshop: api.WorkshopData
) -> None:
    window = open_window(workshop.workshop.id)
    drivers = phase_of(workshop, PhaseKind.DRIVERS)
    window.show_phase(drivers.id)
    console = window.presentation.console
    window.presentation.console_dock.show()  # shown without presenting (a docked console)
    assert window.timer.display.text() == "30:00"
    assert console.timer_widget.display.text() == window.timer.display.text()
    assert console.current.text() == drivers.title
    futures = phase_of(workshop, PhaseKind.FUTURES)
    window.show_phase(futures.id)
    assert console.timer_widget.display.text() == window.timer.display.text() == "40:00"


# --- long cards: capped lines, hidden counts in their groups, the matrix grid ------------

NARRATIVE = (
    "En 2030, chaque quartier a sa maison de l’alimentation : une épicerie à prix "
    "solidaires, une cuisine partagée et un point de retrait des paniers des producteurs "
    "du territoire. Les cantines des écoles servent 60 % de produits locaux, dont la moitié "
    "en bio. Les paniers solidaires sont devenus un service permanent, financé par une "
    "convention pluriannuelle entre la Métropole, les communes et une fondation. Les "
    "producteurs vendent à un prix garanti, les familles paient selon leurs revenus."
)


def test_four_long_futures_are_all_shown_whole(
    projector: Any, session: WorkshopSession, store: api.Store, workshop: api.WorkshopData
) -> None:
    """Each future's narrative is read whole, on one page or across pages."""
    futures = phase_of(workshop, PhaseKind.FUTURES)
    for index in range(4):
        api.add_card(store, futures.id, f"Futur {index + 1}", narrative=NARRATIVE)
    session.reload()
    window = projector(1280, 800)
    window.show_phase(futures.id)
    wall = window.view.wall
    fit = wall.fit()
    assert fit.hidden == 0 and fit.cap == 0
    seen: dict[str, bool] = {}
    for page in range(fit.page_count):
        wall.set_page(page)
        seen.update({c["id"]: bool(c["whole"]) for c in wall.describe()})
    assert len(seen) == 4 and all(seen.values())
    floor = math.ceil(800 / 30)
    assert min(QFontInfo(f).pixelSize() for k, _t, f in painted(window) if k == "card") >= floor


def test_each_hidden_count_sits_under_the_group_it_counts(
    projector: Any, session: WorkshopSession, store: api.Store, workshop: api.WorkshopData
) -> None:
    closing = phase_of(workshop, PhaseKind.CLOSING)
    add_cards(store, closing.id, 30, "{long} {index}", category="Ingrédients")
    for index in range(4):
        api.add_card(store, closing.id, f"Étape {index} : {LONG[index]}", category="Étapes")
    session.reload()
    window = projector(1280, 720)
    window.show_phase(closing.id)
    wall = window.view.wall
    # a wall that is not paged (a quadrant of the matrix) counts what it cannot show
    fit = fit_items(wall.measurer, wall.items, wall.width(), wall.height(), 24, 48, 8)
    assert fit.hidden > 0 and fit.mores
    category = {c.id: c.category for c in session.cards_of_phase(closing.id)}
    shown = {placed.item.card_id for placed in fit.placed if placed.item.card_id}
    for rect, count in fit.mores:
        above = [
            p
            for p in fit.placed
            if p.item.card_id and p.rect.x() == rect.x() and p.rect.bottom() < rect.top()
        ]
        last = max(above, key=lambda p: p.rect.bottom()).item.card_id
        assert last is not None
        group = category[last]
        hidden = [c for c, g in category.items() if g == group and c not in shown]
        assert count == len(hidden) > 0, group
    assert sum(count for _rect, count in fit.mores) == fit.hidden


def test_matrix_quadrants_line_up_and_an_empty_one_says_none(
    projector: Any, session: WorkshopSession, store: api.Store, workshop: api.WorkshopData
) -> None:
    drivers = phase_of(workshop, PhaseKind.DRIVERS)
    for index, text in enumerate(LONG):
        api.add_card(store, drivers.id, f"{text} ({index})", impact=5, uncertainty=5)
        api.add_card(store, drivers.id, f"{text} [{index}]", impact=5, uncertainty=1)
        api.add_card(store, drivers.id, f"{text} <{index}>", impact=1, uncertainty=1)
    session.reload()
    window = projector(1280, 720)
    window.show_phase(drivers.id)
    window.set_mode(Mode.MATRIX)
    window.grab()
    matrix = window.view.matrix
    titles = {q: matrix.mapTo(window, t.geometry().topLeft()) for q, t in matrix.titles.items()}
    assert titles[DriverQuadrant.CERTAIN_TREND].y() == titles[DriverQuadrant.KEY_UNCERTAINTY].y()
    low = (DriverQuadrant.CONTEXT, DriverQuadrant.SECONDARY_UNCERTAINTY)
    assert titles[low[0]].y() == titles[low[1]].y()
    assert titles[DriverQuadrant.CERTAIN_TREND].x() == titles[DriverQuadrant.CONTEXT].x()
    empty = matrix.walls[DriverQuadrant.SECONDARY_UNCERTAINTY]
    assert empty.isVisibleTo(window) and empty.height() > 0
    assert ("empty", "none") in [(k, t) for k, t, _f in empty.painted]
    sizes = {QFontInfo(f).pixelSize() for k, _t, f in painted(window) if k == "card"}
    assert len(sizes) == 1  # one text size for the four quadrants


def test_the_console_thumbnail_shows_what_the_room_sees(
    open_window: Any, workshop: api.WorkshopData, store: api.Store, qtbot: Any
) -> None:
    drivers = phase_of(workshop, PhaseKind.DRIVERS)
    api.add_card(store, drivers.id, "Le prix de l’énergie")
    window = open_window(workshop.workshop.id)
    window.go_to_phase(drivers.id)
    presentation = window.presentation
    presentation.present_action.trigger()
    qtbot.waitUntil(presentation.projector.isVisible)
    presentation.console_dock.show()  # beside the workspace, as on a second screen
    console = presentation.console
    qtbot.waitUntil(console.isVisible)
    console.refresh_thumbnail()
    image = console.thumbnail.pixmap().toImage()
    assert not image.isNull() and image.width() > 100
    colours = {
        image.pixelColor(x, y).rgb()
        for x in range(0, image.width(), 7)
        for y in range(0, image.height(), 7)
    }
    assert len(colours) > 3  # the wall's text and cards, not a blank frame
    QTest.keyClick(presentation.projector, Qt.Key.Key_Escape)


def test_an_action_on_stage_shows_the_room_who_does_what(
    projector: Any, session: WorkshopSession, store: api.Store, workshop: api.WorkshopData
) -> None:
    """An action on stage (F6) showed its title, description, lead and year: its partners
    and their roles, the "each partner a precise role" the room is there to settle, were
    not shown. The wall keeps an action to its title, lead and year (two actions a page
    otherwise)."""
    wid = workshop.workshop.id
    lead = api.add_organisation(store, wid, "Ville de Vénissieux").new_id
    ccas = api.add_organisation(store, wid, "CCAS").new_id
    actions = phase_of(workshop, PhaseKind.ACTIONS)
    api.add_card(store, actions.id, "Cuisine partagée dans chaque QPV",
                 lead_organisation_id=lead, horizon_year=2027,
                 partners=(api.Partner(ccas, "orienter les familles"),))
    session.reload()
    window = projector(1280, 720)
    window.show_phase(actions.id)
    texts = painted_texts(window)
    assert "Ville de Vénissieux · 2027" in texts
    assert "CCAS" not in texts
    card = next(c for c in session.cards_of_phase(actions.id))
    api.update_card(store, card.id, description="Une cuisine ouverte aux familles " * 30)
    session.reload()
    window.put_on_stage(card.id)
    texts = painted_texts(window)
    # who does what comes first; a long action is read whole at a smaller size (taller
    # than the stage at its largest, it was cut after three lines)
    assert "Ville de Vénissieux · 2027\nCCAS: orienter les familles" in texts
    described = window.view.stage.describe()
    assert len(described) == 1 and described[0]["whole"]
    assert window.view.stage.fit().pixel_size < window.view.stage.ceiling_px


def test_page_down_past_the_last_page_shows_the_next_phase_and_runs_nothing(
    open_window: Any, store: api.Store, workshop: api.WorkshopData, qtbot: Any
) -> None:
    """PgDown on the room's screen past its last page ended the running phase and started
    the next one, nothing asked: a remote's double press lost a phase (rt8), and asked
    "Run it again?" over the room's view for a phase that had run. It shows the room the
    next phase, as PgUp shows the previous one; *Next phase ▶* runs the workshop on."""
    window = open_window(workshop.workshop.id)
    intro, drivers = workshop.phases[0], workshop.phases[1]
    window.show_phase(intro.id)
    window.start_button.click()
    presentation = window.presentation
    projector = presentation.projector
    presentation.present_action.trigger()
    qtbot.waitUntil(projector.isVisible)
    assert projector.view.phase_id == intro.id and projector.view.pages() == 1
    QTest.keyClick(projector, Qt.Key.Key_PageDown)
    QTest.keyClick(projector, Qt.Key.Key_PageDown)  # a double press: one phase further
    later = workshop.phases[2]
    assert projector.view.phase_id == later.id
    # the window stays on the running phase (rt9: it followed the room to the break, and
    # the cards typed after Esc went there), and offers to show it to the room again
    assert window.current_phase_id == intro.id
    assert window.show_room_button.isVisible()
    assert api.get_phase(store, intro.id).status is PhaseStatus.RUNNING
    assert api.get_phase(store, drivers.id).status is PhaseStatus.NOT_RUN
    assert api.get_phase(store, later.id).status is PhaseStatus.NOT_RUN
    QTest.keyClick(projector, Qt.Key.Key_PageUp)
    assert projector.view.phase_id == drivers.id
    presentation.stop()
