"""A capture appends one row (or tile) to the phase shown, and an edit updates its row only,
in every kind of phase: no model reset, no rebuilt list or timeline. What the short path
shows is what re-reading the whole phase shows."""

from __future__ import annotations

import uuid
from collections.abc import Callable

import pytest
from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from coopatelier import api
from coopatelier.domain.model import PhaseKind
from coopatelier.ui.views.actions import ActionsView
from coopatelier.ui.views.closing import ClosingView
from coopatelier.ui.views.drivers import DriversView
from coopatelier.ui.views.futures import FuturesView
from coopatelier.ui.views.roadmap import RoadmapView
from coopatelier.ui.workshop_window import WorkshopWindow
from tests.conftest import phase_of

Opener = Callable[[uuid.UUID], WorkshopWindow]

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


class Spy:
    """Counts what a model tells its views: resets, inserted rows, changed rows."""

    def __init__(self, model: QAbstractItemModel) -> None:
        self.resets = 0
        self.inserted: list[tuple[int, int]] = []
        self.changed: list[tuple[int, int]] = []
        model.modelReset.connect(self._reset)
        model.layoutChanged.connect(self._reset)
        model.rowsInserted.connect(lambda _p, first, last: self.inserted.append((first, last)))
        model.dataChanged.connect(
            lambda top, bottom, *_roles: self.changed.append((top.row(), bottom.row()))
        )

    def _reset(self, *_args: object) -> None:
        self.resets += 1


def _capture(window: WorkshopWindow, text: str) -> None:
    edit = window.capture.edit
    edit.setPlainText(text)
    QTest.keyClick(edit, Qt.Key.Key_Return)
    assert not edit.toPlainText()  # saved


def _rows(model: QAbstractItemModel, columns: int = 1) -> list[tuple[object, ...]]:
    return [
        tuple(model.index(r, c).data(Qt.ItemDataRole.DisplayRole) for c in range(columns))
        for r in range(model.rowCount(QModelIndex()))
    ]


def _window_on(open_window: Opener, workshop: api.WorkshopData, kind: PhaseKind
               ) -> tuple[WorkshopWindow, uuid.UUID]:
    phase = phase_of(workshop, kind)
    window = open_window(workshop.workshop.id)
    window.resize(1366, 768)
    window.go_to_phase(phase.id)
    return window, phase.id


def test_futures_capture_appends_one_row_and_an_edit_updates_that_row(
    open_window: Opener, store: api.Store, workshop: api.WorkshopData
) -> None:
    futures = phase_of(workshop, PhaseKind.FUTURES)
    first = api.add_card(store, futures.id, "Des cantines à 100 % locales").new_id
    for index in range(4):
        api.add_card(store, futures.id, f"Futur {index}")
    window, phase_id = _window_on(open_window, workshop, PhaseKind.FUTURES)
    view = window.views[phase_id]
    assert isinstance(view, FuturesView)
    spy = Spy(view.model)
    measured = view.row_heights.measured_rows

    _capture(window, "Un territoire nourricier 🌱")
    _capture(window, "Des fermes « en ville »")

    assert spy.resets == 0
    assert spy.inserted == [(5, 5), (6, 6)]
    assert [r[0] for r in _rows(view.model)][-2:] == [
        "Un territoire nourricier 🌱", "Des fermes « en ville »"]
    assert view.row_heights.measured_rows - measured == 2  # the new rows only
    assert view.form.card_id == first  # the future being written stays selected

    # an edit of the selected future: its row only
    spy.changed.clear()
    view.title_edit.setFocus()
    view.title_edit.setText("Cantines locales")
    view.title_edit.textEdited.emit("Cantines locales")
    QTest.keyClick(view.title_edit, Qt.Key.Key_Return)
    assert spy.resets == 0 and spy.inserted == [(5, 5), (6, 6)]
    assert spy.changed == [(0, 0)]
    assert view.model.index(0, 0).data() == "Cantines locales"

    fresh = FuturesView(window.session, phase_id)  # the whole phase read
    assert _rows(fresh.model, 2) == _rows(view.model, 2)
    fresh.deleteLater()


def test_first_future_captured_is_selected_for_writing(
    open_window: Opener, workshop: api.WorkshopData
) -> None:
    window, phase_id = _window_on(open_window, workshop, PhaseKind.FUTURES)
    view = window.views[phase_id]
    assert isinstance(view, FuturesView)
    _capture(window, "Un territoire nourricier")
    card = view.form.card()
    assert card is not None and card.text == "Un territoire nourricier"
    assert view.title_edit.isEnabled()


def test_actions_capture_appends_one_row_and_counts_it_unrated_on_the_chart(
    open_window: Opener, store: api.Store, workshop: api.WorkshopData
) -> None:
    actions = phase_of(workshop, PhaseKind.ACTIONS)
    api.add_card(store, actions.id, "Légumerie partagée", impact=4, effort=2)
    api.add_card(store, actions.id, "Marché de producteurs")
    window, phase_id = _window_on(open_window, workshop, PhaseKind.ACTIONS)
    view = window.views[phase_id]
    assert isinstance(view, ActionsView)
    spy = Spy(view.model)
    unrated = view.chart._unrated

    _capture(window, "Cuisine centrale « bio »")

    assert spy.resets == 0 and spy.inserted == [(2, 2)]
    assert view.model.index(2, 0).data() == "Cuisine centrale « bio »"
    assert view.chart._unrated == unrated + 1
    fresh = ActionsView(window.session, phase_id)
    assert _rows(fresh.model, 6) == _rows(view.model, 6)
    assert fresh.chart._unrated == view.chart._unrated
    assert [d.number for d in fresh.chart._dots] == [d.number for d in view.chart._dots]
    fresh.deleteLater()

    # rating the new action from its row: that row changes, the chart places its dot
    row_card = view.model.card(2)
    assert row_card is not None
    view.list.setCurrentIndex(view.model.index(2, 0))
    spy.changed.clear()
    view.impact_spin.setValue(5)
    view.form.flush()  # what leaving the field does
    assert spy.resets == 0 and set(spy.changed) == {(2, 2)}
    assert view.model.index(2, 3).data() == "5"


def test_closing_capture_appends_to_its_group_only(
    open_window: Opener, store: api.Store, workshop: api.WorkshopData
) -> None:
    window, phase_id = _window_on(open_window, workshop, PhaseKind.CLOSING)
    view = window.views[phase_id]
    assert isinstance(view, ClosingView)
    groups = dict(view.groups)
    spies = {name: Spy(group.model) for name, group in groups.items()}

    _capture(window, "Prochaines étapes: Réunion en septembre")
    _capture(window, "Ingrédients: Écoute")

    assert view.groups == groups  # no group rebuilt
    assert all(spy.resets == 0 for spy in spies.values())
    assert spies["Prochaines étapes"].inserted == [(0, 0)]
    assert spies["Ingrédients"].inserted == [(1, 1)]  # after the seed card "Confiance"
    assert [c.text for c in groups["Ingrédients"].model.cards] == ["Confiance", "Écoute"]
    assert [c.text for c in groups["Prochaines étapes"].model.cards] == [
        "Réunion en septembre"]

    # ticking an item changes that row only
    card = groups["Ingrédients"].model.cards[1]
    spies["Ingrédients"].changed.clear()
    view.set_checked(card.id, True)
    assert spies["Ingrédients"].changed == [(1, 1)]
    assert groups["Ingrédients"].model.cards[1].checked is True

    fresh = ClosingView(window.session, phase_id)
    assert {n: [c.id for c in g.model.cards] for n, g in fresh.groups.items()} == {
        n: [c.id for c in g.model.cards] for n, g in view.groups.items()}
    fresh.deleteLater()


def test_roadmap_note_capture_keeps_the_timeline(
    open_window: Opener, store: api.Store, workshop: api.WorkshopData
) -> None:
    actions = phase_of(workshop, PhaseKind.ACTIONS)
    api.add_card(store, actions.id, "Légumerie", horizon_year=2027,
                 lead_organisation_id=workshop.organisations[0].id)
    window, phase_id = _window_on(open_window, workshop, PhaseKind.ROADMAP)
    view = window.views[phase_id]
    assert isinstance(view, RoadmapView)
    # the first note shows the notes beside the timeline, which then narrows
    _capture(window, "Rôle vacant : qui anime ?")
    QCoreApplication.processEvents()  # the notes' layout
    items_before = list(view.scene.items())
    spy = Spy(view.notes.model())

    _capture(window, "Dépend du financement")

    assert view.scene.items() == items_before  # the timeline was not drawn again
    assert spy.resets == 0 and spy.inserted == [(1, 1)]
    assert [view.notes.item(i).text() for i in range(view.notes.count())] == [
        "Rôle vacant : qui anime ?", "Dépend du financement"]
    assert view.notes_panel.isVisible()

    note = view.notes.item(1).data(Qt.ItemDataRole.UserRole)
    api_changes = api.update_card(store, note, text="Dépend du budget 2027")
    window.session.notify(api_changes)
    assert view.scene.items() == items_before
    assert spy.resets == 0 and view.notes.item(1).text() == "Dépend du budget 2027"


def test_matrix_capture_places_one_tile_and_leaves_the_others(
    open_window: Opener, store: api.Store, workshop: api.WorkshopData, qtbot: QtBot
) -> None:
    drivers = phase_of(workshop, PhaseKind.DRIVERS)
    for index in range(4):
        api.add_card(store, drivers.id, f"Tendance {index}", category="Société",
                     impact=3, uncertainty=2)
    api.add_card(store, drivers.id, "Non notée", category="Société")
    window, phase_id = _window_on(open_window, workshop, PhaseKind.DRIVERS)
    view = window.views[phase_id]
    assert isinstance(view, DriversView)
    matrix = view.matrix
    # the window's docks are built after its first paint, and a first capture shows the
    # capture line's feedback: either may resize the matrix once, which places every tile
    # again (``set_cards``); once both are done and their layout requests handled, what
    # each tile was last placed with
    qtbot.waitUntil(lambda: window._rest_built)
    _capture(window, "Société: Canicules")
    QCoreApplication.processEvents()
    placed = {card_id: tile.shown for card_id, tile in matrix.tiles.items()}

    _capture(window, "Société: Sécheresses")

    new = next(i for i in matrix.tiles if i not in placed)
    assert all(matrix.tiles[i].shown is shown for i, shown in placed.items())  # untouched
    assert matrix.tiles[new].toolTip() == "Sécheresses"
    tray = matrix.cells.tray_pos(2)  # third in the tray, after "Non notée", "Canicules"
    assert (matrix.tiles[new].pos().x(), matrix.tiles[new].pos().y()) == (tray.x(), tray.y())
    shown = {i: (t.pos().x(), t.pos().y()) for i, t in matrix.tiles.items()}
    view.refresh()  # the whole phase re-read places every tile where they are
    assert {i: (t.pos().x(), t.pos().y()) for i, t in matrix.tiles.items()} == shown
