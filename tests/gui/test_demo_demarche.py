"""The demo as a démarche (#15 point 8): the first start puts the April workshop and the
September checkpoint in preparation under their démarche on Home; the démarche window
shows the roadmap's history and governance; September's review phase lists the April
actions with the statuses the story gave them. In both languages."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QTableWidget, QTableWidgetItem

from coopatelier import api
from coopatelier.demo import create_demo, load_story
from coopatelier.domain.demarche import ActionStatus, status_label
from coopatelier.settings import Settings
from coopatelier.ui.app import Controller
from coopatelier.ui.demarche_window import DemarcheWindow
from coopatelier.ui.views.review import ReviewView
from coopatelier.ui.workshop_window import WorkshopWindow

LANGUAGES = ["fr", "en"]


def cell(table: QTableWidget, row: int, column: int) -> QTableWidgetItem:
    item = table.item(row, column)
    assert item is not None
    return item


@pytest.mark.parametrize("language", LANGUAGES)
def test_first_start_shows_the_demo_demarche_on_home(
    qtbot: object, store: api.Store, settings: Settings, language: str
) -> None:
    settings.set("language", language)
    controller = Controller(store, settings)
    first = controller.start()
    qtbot.addWidget(first)  # type: ignore[attr-defined]
    assert isinstance(first, WorkshopWindow)  # the April workshop opens, as before
    april = first.session.data().workshop
    story = load_story(language)
    assert story.demarche is not None and story.demarche.checkpoint is not None
    assert april.title == story.workshops[0].title
    assert april.demarche_id is not None
    home = controller.show_home()
    qtbot.addWidget(home)  # type: ignore[attr-defined]
    group = home.demarche_item(april.demarche_id)
    assert group is not None and group.text(0) == story.demarche.title
    children = [c.text(0) for c in home.tree.items_of(group)]
    assert len(children) == 2
    assert children[0].startswith(story.workshops[0].title)
    assert children[1].startswith(story.demarche.checkpoint.title)
    assert home.demarche_of(first.session.workshop_id) == april.demarche_id
    first.close()
    home.close()


@pytest.fixture(params=LANGUAGES)
def made(request: pytest.FixtureRequest, store: api.Store) -> tuple[str, uuid.UUID, uuid.UUID]:
    language = str(request.param)
    demo = create_demo(store, language=language)
    assert demo.demarche_id is not None and demo.checkpoint_id is not None
    return language, demo.demarche_id, demo.checkpoint_id


def test_demarche_window_shows_the_demo_history_and_governance(
    qtbot: object, store: api.Store, settings: Settings,
    made: tuple[str, uuid.UUID, uuid.UUID],
) -> None:
    _language, demarche_id, _checkpoint = made
    window = DemarcheWindow(store, demarche_id, settings)
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    window.resize(1366, 768)
    window.show()
    data = api.load_demarche(store, demarche_id)
    assert window.heading.text() == data.demarche.title
    assert window.workshops.count() == 2
    assert "17" in window.summary.text() and "Lab des possibles" in window.summary.text()
    dropped = next(a for a in data.actions if a.status is ActionStatus.DROPPED)
    block = window.timeline.blocks_of(dropped.id)[0]
    window.timeline.ensureVisible(block)
    point = window.timeline.mapFromScene(block.sceneBoundingRect().center())
    QTest.mouseClick(window.timeline.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.NoModifier, point)
    assert window.selected_id == dropped.id
    story = window.story.toPlainText()
    reason = " ".join(dropped.history[-1].note.split())
    assert reason[:40] in " ".join(story.split())
    governance = window.governance
    assert governance.rhythm.text() == data.demarche.rhythm
    assert governance.meeting_set.isChecked()
    assert governance.meeting_date.date().toPython() == dt.date(2026, 9, 17)
    assert governance.members.rowCount() == len(data.members) == 8
    roles = {cell(governance.members, r, 1).text() for r in range(governance.members.rowCount())}
    assert roles == {m.collective_role for m in data.members}
    assert governance.decisions.count() == len(data.decisions) == 2
    window.close()


def test_september_review_lists_the_april_actions_with_their_statuses(
    qtbot: Any, open_window: object, store: api.Store, made: tuple[str, uuid.UUID, uuid.UUID],
) -> None:
    _language, demarche_id, checkpoint = made
    win = open_window(checkpoint)  # type: ignore[operator]
    phase = next(p for p in api.load_workshop(store, checkpoint).phases
                 if p.demarche_focus == "review")
    win.show_phase(phase.id)
    view = win.current_view()
    assert isinstance(view, ReviewView)
    data = api.load_demarche(store, demarche_id)
    april = data.workshops[0].workshop.id
    assert all(a.workshop.id == april for a in data.actions)
    shown = {}
    for row in range(view.table.rowCount()):
        action_id = cell(view.table, row, 0).data(Qt.ItemDataRole.UserRole)
        shown[action_id] = (cell(view.table, row, 2).text(), cell(view.table, row, 3).text())
    assert len(shown) == len(data.actions) == 8
    for action in data.actions:
        last = action.last_follow_up
        assert shown[action.id] == (status_label(action.status, view.language),
                                    last.note if last is not None else ""), action.title
    # rows fit their text at the window's width (measured again when the columns widen)
    before = view.table.columnWidth(3)
    win.resize(1920, 1080)
    qtbot.waitUntil(lambda: view.table.columnWidth(3) != before)  # the columns widen
    header = view.table.verticalHeader()
    least = header.minimumSectionSize()

    def unfitted() -> list[int]:
        # Qt's fit: the cells' height, or the (hidden) header's own for its label
        return [row for row in range(view.table.rowCount())
                if view.table.rowHeight(row) != max(view.table.sizeHintForRow(row), least,
                                                    header.sectionSizeHint(row))]

    # the header refits its rows after the layout settles (a delayed resize)
    qtbot.waitUntil(lambda: not unfitted(), timeout=3000)
    assert {status for status, _news in shown.values()} >= {
        status_label(s, view.language) for s in (ActionStatus.DONE, ActionStatus.DROPPED,
                                                 ActionStatus.REORIENTED)}


def test_demarche_window_fits_the_screen_and_the_members_get_the_room(
    qtbot: object, store: api.Store, settings: Settings,
    made: tuple[str, uuid.UUID, uuid.UUID],
) -> None:
    """It opens no larger than the screen's free area; on the Governance tab the members'
    list is taller than the decisions' (it used to show four rows over an empty box)."""
    _language, demarche_id, _checkpoint = made
    window = DemarcheWindow(store, demarche_id, settings)
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    screen = window.screen().availableGeometry()
    assert window.width() <= screen.width() and window.height() <= screen.height()
    window.resize(1366, 768)
    window.show()
    window.tabs.setCurrentWidget(window.governance)
    qtbot.wait(20)  # type: ignore[attr-defined]
    governance = window.governance
    assert governance.members.height() > 2 * governance.decisions.height()
