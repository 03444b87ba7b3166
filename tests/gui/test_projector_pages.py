"""The room's wall hides nothing: pages of whole cards ("2/3") turned like slides, the
newest card's page by default and a capture outlined, one group alone; B / W blank the
room; the welcome slide; the running phase's timer stays on the room's screen."""

from __future__ import annotations

import datetime as dt
import math
import uuid
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from coopatelier import api
from coopatelier.domain.model import PhaseKind
from coopatelier.ui.clock import FakeClock
from coopatelier.ui.projector import Mode, ProjectorWindow
from coopatelier.ui.projector.content import FocusKind
from coopatelier.ui.workshop_session import WorkshopSession
from tests.conftest import phase_of
from tests.gui.conftest import shown_room

T0 = dt.datetime(2030, 1, 15, 9, 0, tzinfo=dt.UTC)
CATEGORIES = ("Société", "Économie", "Environnement", "Technologie")
SUBJECTS = (
    "La précarité alimentaire",
    "Le prix du foncier agricole",
    "La demande de produits locaux",
    "Le nombre d'agriculteurs",
    "La restauration collective",
    "Le climat de la région",
    "La logistique du dernier kilomètre",
    "Le budget des ménages modestes",
    "La coopération entre communes",
    "La ressource en eau",
    "L'accès aux jardins partagés",
)


def driver_texts(count: int = 22) -> list[str]:
    """``count`` different drivers of about 80 characters each."""
    texts = []
    for index in range(count):
        subject = SUBJECTS[index % len(SUBJECTS)]
        text = f"{subject} change vite dans les quartiers prioritaires (signal n° {index + 1})"
        texts.append((text + " d'ici 2030, selon les partenaires")[:84].rstrip())
    return texts


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(T0)


@pytest.fixture
def projector(qtbot: Any, session: WorkshopSession, clock: FakeClock) -> Any:
    def make(width: int = 1280, height: int = 720) -> ProjectorWindow:
        return shown_room(qtbot, session, (width, height), clock)

    return make


def add_drivers(store: api.Store, phase_id: uuid.UUID, texts: list[str]) -> list[uuid.UUID]:
    ids = []
    for index, text in enumerate(texts):
        changes = api.add_card(store, phase_id, text, category=CATEGORIES[index % 4])
        ids.append(changes.new_id)
    return ids


def every_page(window: ProjectorWindow) -> list[dict[str, Any]]:
    """What each page of the room's wall shows, read as ``snapshot --describe`` reads it."""
    view = window.view
    pages = []
    for page in range(view.pages()):
        assert view.wall.set_page(page)
        window.grab()
        pages.append(view.describe())
    return pages


@pytest.mark.parametrize("size", [(1920, 1080), (1366, 768), (1280, 720)])
def test_twenty_two_drivers_are_each_shown_whole_at_the_floor_or_above(
    projector: Any,
    session: WorkshopSession,
    store: api.Store,
    workshop: api.WorkshopData,
    size: tuple[int, int],
) -> None:
    width, height = size
    drivers = phase_of(workshop, PhaseKind.DRIVERS)
    texts = driver_texts()
    assert all(75 <= len(t) <= 90 for t in texts)
    ids = add_drivers(store, drivers.id, texts)
    session.reload()
    window = projector(width, height)
    window.show_phase(drivers.id)
    view = window.view
    assert view.describe()["cards"][-1]["id"] in {str(i) for i in ids}
    default = view.describe()
    # the page shown by default holds the newest card
    assert str(ids[-1]) in [c["id"] for c in default["cards"]]
    pages = every_page(window)
    assert [p["page"] for p in pages] == list(range(1, len(pages) + 1))
    assert all(p["pages"] == len(pages) for p in pages)
    # every driver whole on some page, exactly as captured (the domain's text)
    data = api.load_workshop(store, workshop.workshop.id)
    captured = {str(c.id): c.text for c in data.cards_of_phase(drivers.id)}
    seen: dict[str, str] = {}
    for page in pages:
        for card in page["cards"]:
            assert card["whole"], card
            seen[card["id"]] = card["text"]
        assert page["smallest_text_px"] >= math.ceil(height / 30)
    assert seen == captured
    assert not any(kind == "more" for kind, _t, _f in view.wall.painted)
    if len(pages) > 1:  # the room sees which page it is on
        assert ("page", f"{len(pages)}/{len(pages)}") in [(k, t) for k, t, _f in view.wall.painted]


def _paged_drivers(projector: Any, session: WorkshopSession, store: api.Store,
                   workshop: Any) -> tuple[Any, int]:
    """The room's window on drivers that take several pages, and how many."""
    drivers = phase_of(workshop, PhaseKind.DRIVERS)
    add_drivers(store, drivers.id, driver_texts())
    session.reload()
    window = projector(1280, 720)
    window.show_phase(drivers.id)
    pages = window.view.pages()
    assert pages >= 2
    return window, pages


def test_page_down_turns_the_pages_then_moves_to_the_next_phase(
    qtbot: Any, projector: Any, session: WorkshopSession, store: api.Store, workshop: Any
) -> None:
    window, pages = _paged_drivers(projector, session, store, workshop)
    view = window.view
    assert view.page() == pages - 1  # the newest card is on the last page
    nexts: list[int] = []
    previous: list[int] = []
    window.next_requested.connect(lambda: nexts.append(1))
    window.previous_requested.connect(lambda: previous.append(1))
    QTest.keyClick(window, Qt.Key.Key_PageDown)  # already on the last page: next phase
    assert nexts == [1] and view.page() == pages - 1
    for expected in range(pages - 2, -1, -1):
        QTest.keyClick(window, Qt.Key.Key_PageUp)
        assert view.page() == expected and previous == []
        assert view.describe()["page"] == expected + 1
    QTest.keyClick(window, Qt.Key.Key_PageUp)  # on the first page: the previous phase
    assert previous == [1] and view.page() == 0
    QTest.keyClick(window, Qt.Key.Key_PageDown)
    assert view.page() == 1 and nexts == [1]


def test_space_turns_the_pages_and_never_the_phase(
    qtbot: Any, projector: Any, session: WorkshopSession, store: api.Store, workshop: Any
) -> None:
    """With one screen the room's view covers the window: a sentence typed there by
    mistake ran the phases after it, one per space. Space turns pages, PgDown and →
    (what a presenter's remote sends) still go on to the next phase."""
    window, pages = _paged_drivers(projector, session, store, workshop)
    view = window.view
    nexts: list[int] = []
    window.next_requested.connect(lambda: nexts.append(1))
    assert view.page() == pages - 1  # the newest card's page
    for _page in range(pages - 1):
        QTest.keyClick(window, Qt.Key.Key_PageUp)
    QTest.keyClick(window, Qt.Key.Key_Space)
    assert view.page() == 1
    for _page in range(pages - 2):
        QTest.keyClick(window, Qt.Key.Key_Space)
    assert view.page() == pages - 1 and nexts == []
    QTest.keyClicks(window, "le reste a vivre baisse encore")
    assert nexts == [] and view.page() == pages - 1
    QTest.keyClick(window, Qt.Key.Key_Right)
    assert nexts == [1]


def test_a_card_captured_brings_its_page_and_is_outlined_for_a_while(
    qtbot: Any, projector: Any, session: WorkshopSession, store: api.Store, workshop: Any
) -> None:
    drivers = phase_of(workshop, PhaseKind.DRIVERS)
    add_drivers(store, drivers.id, driver_texts())
    session.reload()
    window = projector(1280, 720)
    window.show_phase(drivers.id)
    view = window.view
    view.wall.set_page(0)
    assert view.wall.marked is None  # what was there before is not "just captured"
    view._mark_timer.setInterval(200)
    new = api.add_card(store, drivers.id, "Une carte toute neuve", category="Société")
    session.reload()
    new_id = new.new_id
    assert str(new_id) in [c["id"] for c in view.describe()["cards"]]
    assert view.describe()["marked"] == str(new_id)
    window.grab()
    assert ("marked", str(new_id)) in [(k, t) for k, t, _f in view.wall.painted]
    qtbot.waitUntil(lambda: view.wall.marked is None, timeout=3000)
    # an edit elsewhere keeps the page the facilitator turned to
    view.wall.set_page(0)
    first = view.describe()["cards"][0]["id"]
    api.update_card(store, uuid.UUID(first), impact=4)
    session.reload()
    assert view.page() == 0


def test_pages_turn_by_themselves_when_asked(
    qtbot: Any, projector: Any, session: WorkshopSession, store: api.Store, workshop: Any
) -> None:
    drivers = phase_of(workshop, PhaseKind.DRIVERS)
    add_drivers(store, drivers.id, driver_texts())
    session.reload()
    window = projector(1280, 720)
    window.show_phase(drivers.id)
    view = window.view
    view.set_page_seconds(1)
    view.page_timer.setInterval(50)
    start = view.page()
    qtbot.waitUntil(lambda: view.page() != start, timeout=3000)
    view.set_page_seconds(0)
    assert not view.page_timer.isActive()


def test_one_category_alone_and_back(
    qtbot: Any, open_window: Any, workshop: api.WorkshopData, store: api.Store
) -> None:
    drivers = phase_of(workshop, PhaseKind.DRIVERS)
    add_drivers(store, drivers.id, driver_texts())
    window = open_window(workshop.workshop.id)
    window.session.reload()
    window.go_to_phase(drivers.id)
    presentation = window.presentation
    view = presentation.projector.view
    presentation.projector.resize(1280, 720)
    presentation.group_menu.aboutToShow.emit()
    names = [a.text() for a in presentation.group_menu.actions() if a.text()]
    assert names[0] == "Every group" and set(CATEGORIES) <= set(names)
    economy = next(a for a in presentation.group_menu.actions() if a.text() == "Économie")
    economy.trigger()
    assert view.focus == (FocusKind.GROUP, "Économie")
    data = api.load_workshop(store, workshop.workshop.id)
    wanted = {str(c.id) for c in data.cards_of_phase(drivers.id) if c.category == "Économie"}
    shown = {c["id"] for page in every_page(presentation.projector) for c in page["cards"]}
    assert shown == wanted
    assert view.title.text().endswith("Économie")
    presentation.group_menu.aboutToShow.emit()
    every = next(a for a in presentation.group_menu.actions() if a.text() == "Every group")
    every.trigger()
    assert view.focus is None
    shown = {c["id"] for page in every_page(presentation.projector) for c in page["cards"]}
    assert len(shown) == 22


def test_one_table_and_one_quadrant_alone(
    projector: Any, session: WorkshopSession, store: api.Store, workshop: Any
) -> None:
    drivers = phase_of(workshop, PhaseKind.DRIVERS)
    a = api.add_card(
        store, drivers.id, "Table A dit ceci", table_label="A", impact=5, uncertainty=5
    ).new_id
    b = api.add_card(
        store, drivers.id, "Table B dit cela", table_label="B", impact=1, uncertainty=1
    ).new_id
    session.reload()
    window = projector(1280, 720)
    window.show_phase(drivers.id)
    view = window.view
    focuses = [f for f, _name in view.groups()]
    assert (FocusKind.TABLE, "B") in focuses
    view.set_focus((FocusKind.TABLE, "B"))
    assert [c["id"] for c in view.describe()["cards"]] == [str(b)]
    view.set_mode(Mode.MATRIX)
    assert view.focus is None
    quadrants = [f for f, _name in view.groups()]
    assert all(f[0] is FocusKind.QUADRANT for f in quadrants) and len(quadrants) == 2
    view.set_focus((FocusKind.QUADRANT, "key_uncertainty"))
    assert [c["id"] for c in view.describe()["cards"]] == [str(a)]
    assert view.body.currentWidget() is view.wall


@pytest.mark.parametrize(
    ("key", "colour"),
    [(Qt.Key.Key_B, "black"), (Qt.Key.Key_Period, "black"), (Qt.Key.Key_W, "white")],
)
def test_b_or_dot_blanks_the_room_w_whitens_it_any_key_brings_it_back(
    projector: Any, key: Qt.Key, colour: str, session: WorkshopSession, workshop: Any
) -> None:
    window = projector(1280, 720)
    window.show_phase(phase_of(workshop, PhaseKind.DRIVERS).id)
    QTest.keyClick(window, key)
    assert window.view.blank == colour
    image = window.grab().toImage()
    levels = {
        image.pixelColor(x, y).lightness() for x in range(0, 1280, 97) for y in range(0, 720, 61)
    }
    assert levels == ({0} if colour == "black" else {255})
    QTest.keyClick(window, Qt.Key.Key_Shift)  # a modifier alone is no key
    assert window.view.blank == colour
    QTest.keyClick(window, Qt.Key.Key_A)
    assert window.view.blank == ""
    image = window.grab().toImage()
    assert len({image.pixelColor(x, 300).lightness() for x in range(0, 1280, 7)}) > 2


def test_the_facilitator_blanks_the_room_and_any_key_brings_it_back(
    qtbot: Any, open_window: Any, workshop: api.WorkshopData
) -> None:
    window = open_window(workshop.workshop.id)
    presentation = window.presentation
    view = presentation.projector.view
    window.phase_list.setFocus()
    presentation.black_action.trigger()
    assert view.blank == "black" and presentation.console.blank_button.isChecked()
    QTest.keyClick(window.phase_list, Qt.Key.Key_Down)
    assert view.blank == ""
    presentation.white_action.trigger()
    assert view.blank == "white"
    # typing a card is not taken for "any key": the room stays white
    window.capture.edit.setFocus()
    QTest.keyClick(window.capture.edit, Qt.Key.Key_A)
    assert view.blank == "white"
    assert presentation.console.blank_button.isChecked()
    presentation.console.blank_button.click()  # the console's button: the room is back
    assert view.blank == ""
    QTest.keyClick(window.capture.edit, Qt.Key.Key_B)  # "b" typed in a card, no blank
    assert view.blank == "" and window.capture.edit.text().endswith("b")
    presentation.console.blank_button.click()  # the console's button: black
    assert view.blank == "black"


def test_the_console_turns_the_pages_and_shows_which_one(
    qtbot: Any, open_window: Any, workshop: api.WorkshopData, store: api.Store
) -> None:
    drivers = phase_of(workshop, PhaseKind.DRIVERS)
    add_drivers(store, drivers.id, driver_texts())
    window = open_window(workshop.workshop.id)
    window.session.reload()
    window.go_to_phase(drivers.id)
    presentation = window.presentation
    projector = presentation.projector
    projector.resize(1280, 720)
    projector.show()
    qtbot.waitUntil(lambda: projector.view.height() == 720)
    projector.view.apply_sizes()
    projector.view.refresh()
    console = presentation.console
    view = projector.view
    pages = view.pages()
    assert pages >= 2
    assert console.page_label.text() == f"Page {pages}/{pages}"
    assert not console.next_page.isEnabled()
    console.previous_page.click()
    assert view.page() == pages - 2 and console.page_label.text() == f"Page {pages - 1}/{pages}"
    presentation.next_page_action.trigger()  # Alt+PgDown
    assert view.page() == pages - 1
    assert presentation.next_page_action.shortcut().toString() == "Alt+PgDown"
    projector.hide()


def test_the_running_phases_timer_stays_on_the_rooms_screen(
    qtbot: Any, open_window: Any, workshop: api.WorkshopData, store: api.Store
) -> None:
    window = open_window(workshop.workshop.id)
    drivers = phase_of(workshop, PhaseKind.DRIVERS)
    futures = phase_of(workshop, PhaseKind.FUTURES)
    window.go_to_phase(drivers.id)
    window.start_button.click()
    presentation = window.presentation
    view = presentation.projector.view
    presentation.projector.show()
    assert view.timer_phase() is not None and view.timer_phase().id == drivers.id
    running = view.timer.text()
    assert running
    presentation.follow(futures.id)  # the room shows another phase meanwhile
    assert view.timer_phase().id == drivers.id and view.timer.text() == running
    presentation.set_mode(Mode.MATRIX)
    assert view.timer.isVisibleTo(view) and view.timer.text() == running
    presentation.set_mode(Mode.WELCOME)
    assert view.timer.isVisibleTo(view)
    presentation.projector.hide()


def test_the_welcome_slide_shows_title_date_place_and_the_text_kept_for_the_workshop(
    qtbot: Any, open_window: Any, workshop: api.WorkshopData, store: api.Store
) -> None:
    api.update_workshop(store, workshop.workshop.id, place="Maison des associations")
    window = open_window(workshop.workshop.id)
    presentation = window.presentation
    presentation.save_welcome_text("Wi-Fi : atelier2030\nPause à 10 h 30")
    presentation.set_mode(Mode.WELCOME)
    view = presentation.projector.view
    assert view.title.text() == workshop.workshop.title
    assert "Maison des associations" in view.welcome_when.text()
    assert str(workshop.workshop.date.year) in view.welcome_when.text()
    assert view.welcome_note.text() == "Wi-Fi : atelier2030\nPause à 10 h 30"
    # kept in the settings, per workshop: a new window finds it again
    window.close()
    again = open_window(workshop.workshop.id)
    assert again.presentation.welcome_text() == "Wi-Fi : atelier2030\nPause à 10 h 30"
