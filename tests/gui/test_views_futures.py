"""The futures workspace driven through its real widgets."""

from __future__ import annotations

import uuid

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from coopatelier import api
from coopatelier.domain.model import CardKind, PhaseKind
from coopatelier.ui.views.futures import FuturesView
from coopatelier.ui.workshop_session import WorkshopSession
from tests.conftest import phase_of
from tests.gui.conftest import type_text

#: the offscreen platform warns when a top-level widget is shown; nothing to fix there
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def _card(session: WorkshopSession, card_id: uuid.UUID) -> api.Card:
    return api.get_card(session.store, card_id)


def _drivers(session: WorkshopSession) -> list[uuid.UUID]:
    data = session.data()
    drivers = phase_of(data, PhaseKind.DRIVERS).id
    ids = [
        api.add_card(session.store, drivers, "Prix de l’énergie", impact=5, uncertainty=5).new_id,
        api.add_card(session.store, drivers, "Foncier agricole", impact=4, uncertainty=5).new_id,
        api.add_card(session.store, drivers, "Vieillissement", impact=4, uncertainty=2).new_id,
    ]
    session.notify(api.Changes(workshop_id=session.workshop_id))
    return ids


def _view(qtbot: QtBot, session: WorkshopSession) -> FuturesView:
    view = FuturesView(session, phase_of(session.data(), PhaseKind.FUTURES).id)
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    return view


def test_edit_title_and_narrative_saves_one_undoable_command(
    qtbot: QtBot, session: WorkshopSession
) -> None:
    futures = phase_of(session.data(), PhaseKind.FUTURES).id
    card_id = api.add_card(session.store, futures, "Cantines bio").new_id
    session.notify(api.Changes(workshop_id=session.workshop_id))
    view = _view(qtbot, session)
    assert view.form.card_id == card_id

    view.title_edit.setFocus()
    type_text(view.title_edit, "Des cantines à 100 % locales")
    QTest.keyClick(view.title_edit, Qt.Key.Key_Return)
    assert _card(session, card_id).title == "Des cantines à 100 % locales"

    view.narrative_edit.setFocus()
    type_text(view.narrative_edit, "En 2030, chaque école…")
    # saved after a pause in typing, without leaving the field
    qtbot.waitUntil(lambda: _card(session, card_id).narrative == "En 2030, chaque école…")
    assert session.undo_stack.count() == 2

    session.undo_stack.undo()
    assert _card(session, card_id).narrative == ""
    assert view.narrative_edit.toPlainText() == ""
    session.undo_stack.undo()
    assert _card(session, card_id).title == ""
    session.undo_stack.redo()
    session.undo_stack.redo()
    assert _card(session, card_id).narrative == "En 2030, chaque école…"
    assert view.narrative_edit.toPlainText() == "En 2030, chaque école…"


def test_link_future_to_drivers_with_undo(qtbot: QtBot, session: WorkshopSession) -> None:
    energy, land, ageing = _drivers(session)
    futures = phase_of(session.data(), PhaseKind.FUTURES).id
    card_id = api.add_card(session.store, futures, "Autonomie alimentaire").new_id
    session.notify(api.Changes(workshop_id=session.workshop_id))
    view = _view(qtbot, session)
    view.list.setCurrentIndex(view.model.index(view.model.row_of(card_id), 0))

    model = view.drivers_model
    assert model.item_ids() == [energy, land, ageing]
    # key uncertainties are in bold
    assert model.index(0).data(Qt.ItemDataRole.FontRole).bold()
    assert model.index(2).data(Qt.ItemDataRole.FontRole) is None

    # check the second driver with the keyboard (space on the current row)
    view.drivers_list.setFocus()
    view.drivers_list.setCurrentIndex(model.index(1))
    QTest.keyClick(view.drivers_list, Qt.Key.Key_Space)
    assert _card(session, card_id).links == (land,)
    # and the first with the mouse, on its check box
    rect = view.drivers_list.visualRect(model.index(0))
    QTest.mouseClick(
        view.drivers_list.viewport(), Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier, QPoint(rect.left() + 10, rect.center().y()),
    )
    assert _card(session, card_id).links == (energy, land)

    session.undo_stack.undo()
    assert _card(session, card_id).links == (land,)
    assert model.checked_ids() == [land]
    session.undo_stack.undo()
    assert _card(session, card_id).links == ()
    session.undo_stack.redo()
    session.undo_stack.redo()
    assert _card(session, card_id).links == (energy, land)


def test_seed_four_futures_from_two_key_uncertainties(
    qtbot: QtBot, session: WorkshopSession
) -> None:
    energy, land, _ = _drivers(session)
    view = _view(qtbot, session)
    # the top two key uncertainties are the default axes
    assert view.x_driver.currentData() == str(energy)
    assert view.y_driver.currentData() == str(land)
    for key, text in (("x_low", "Énergie rare"), ("x_high", "Énergie abondante"),
                      ("y_low", "Terres artificialisées"), ("y_high", "Terres préservées")):
        view.poles[key].setFocus()
        type_text(view.poles[key], text)
    QTest.mouseClick(view.seed_button, Qt.MouseButton.LeftButton)

    data = api.load_workshop(session.store, session.workshop_id)
    futures = [c for c in data.live_cards() if c.kind is CardKind.FUTURE]
    assert {c.quadrant: c.title for c in futures} == {
        "++": "Énergie abondante · Terres préservées",
        "-+": "Énergie rare · Terres préservées",
        "--": "Énergie rare · Terres artificialisées",
        "+-": "Énergie abondante · Terres artificialisées",
    }
    assert data.axes is not None
    assert (data.axes.x_driver_id, data.axes.y_driver_id) == (energy, land)
    assert data.axes.y_high == "Terres préservées"
    # each future sits in its cell of the grid
    for quadrant, cell in view.cells.items():
        assert cell.model().rowCount() == 1
        assert cell.model().index(0, 0).data(Qt.ItemDataRole.UserRole + 2) == quadrant
    assert session.undo_stack.count() == 1

    session.undo_stack.undo()
    data = api.load_workshop(session.store, session.workshop_id)
    assert [c for c in data.live_cards() if c.kind is CardKind.FUTURE] == []
    assert data.axes is None or data.axes.x_driver_id is None
    assert all(cell.model().rowCount() == 0 for cell in view.cells.values())

    session.undo_stack.redo()
    data = api.load_workshop(session.store, session.workshop_id)
    assert len([c for c in data.live_cards() if c.kind is CardKind.FUTURE]) == 4
    assert data.axes is not None and data.axes.x_high == "Énergie abondante"


def test_move_future_to_a_quadrant_and_refused_text_is_kept(
    qtbot: QtBot, session: WorkshopSession
) -> None:
    futures = phase_of(session.data(), PhaseKind.FUTURES).id
    card_id = api.add_card(session.store, futures, "Marchés solidaires").new_id
    session.notify(api.Changes(workshop_id=session.workshop_id))
    view = _view(qtbot, session)
    view.quadrant_combo.setFocus()
    view.quadrant_combo.setCurrentIndex(view.quadrant_combo.findData("+-"))
    view.quadrant_combo.activated.emit(view.quadrant_combo.currentIndex())
    assert _card(session, card_id).quadrant == "+-"
    assert view.cells["+-"].model().rowCount() == 1

    # a NUL character is refused: the message shows inline and the typed text stays
    view.title_edit.setFocus()
    type_text(view.title_edit, "Titre")
    view.title_edit.insert("\x00")
    QTest.keyClick(view.title_edit, Qt.Key.Key_Return)
    assert "NUL" in view.status.text()
    assert view.title_edit.text() == "Titre\x00"
    assert _card(session, card_id).title == ""
    session.undo_stack.undo()
    assert _card(session, card_id).quadrant == ""


LONG_POLES = {
    "x_low": "Financements en repli, à court terme et par appels à projets",
    "x_high": "Financements pérennes, droit commun mobilisé dans les quartiers",
    "y_low": "Approvisionnement lointain, producteurs locaux à la marge",
    "y_high": "Producteurs du territoire au cœur de l’approvisionnement",
}
NARRATIVE = " ".join(["En 2030, chaque quartier a sa maison de l’alimentation, une épicerie "
                      "solidaire et une cuisine partagée."] * 12)


def _seeded(qtbot: QtBot, session: WorkshopSession) -> FuturesView:
    energy, land, _ = _drivers(session)
    api.set_axes(session.store, session.workshop_id, x_driver_id=energy, y_driver_id=land,
                 **LONG_POLES)
    session.notify(api.Changes(workshop_id=session.workshop_id))
    view = _view(qtbot, session)
    created = view.seed_futures()
    for card_id in created:
        api.update_card(session.store, card_id, narrative=NARRATIVE)
    session.notify(api.Changes(workshop_id=session.workshop_id))
    return view


def test_quadrant_cards_use_the_height_of_their_quadrant(
    qtbot: QtBot, session: WorkshopSession
) -> None:
    view = _seeded(qtbot, session)
    view.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: view.cells["++"].viewport().height() > 120)
    for cell in view.cells.values():
        rect = cell.visualRect(cell.model().index(0, 0))
        # one future in a quadrant: its card takes (nearly) all the quadrant's height ...
        assert rect.height() >= 0.85 * cell.viewport().height()
        # ... and never more: the quadrant does not scroll
        assert rect.bottom() <= cell.viewport().height()
    # a taller window gives the card more of its narrative
    before = view.cells["++"].visualRect(view.cells["++"].model().index(0, 0)).height()
    view.resize(1280, 1000)
    qtbot.waitUntil(lambda: view.cells["++"].visualRect(
        view.cells["++"].model().index(0, 0)).height() > before)


def test_long_quadrant_name_ends_with_an_ellipsis_and_is_whole_in_the_tooltip(
    qtbot: QtBot, session: WorkshopSession
) -> None:
    view = _seeded(qtbot, session)
    view.resize(1024, 768)
    combo = view.quadrant_combo
    qtbot.waitUntil(lambda: combo.currentData() != "")
    full = combo.currentText()
    assert LONG_POLES["x_high"] in full or LONG_POLES["x_low"] in full
    shown = combo.displayed_text()
    assert shown != full and shown.endswith("…")
    assert full.startswith(shown[:-1])
    assert combo.fontMetrics().horizontalAdvance(shown) < combo.width()
    assert combo.toolTip() == full
    # a short name is shown whole
    combo.setCurrentIndex(0)
    assert combo.displayed_text() == combo.currentText()


def test_pole_fields_show_their_start_with_the_whole_text_in_the_tooltip(
    qtbot: QtBot, session: WorkshopSession
) -> None:
    view = _seeded(qtbot, session)
    view.tabs.setCurrentIndex(1)
    view.resize(1280, 800)
    qtbot.waitUntil(lambda: view.poles["x_low"].isVisible())
    chars = view.fontMetrics().averageCharWidth()
    for key, edit in view.poles.items():
        assert edit.text() == LONG_POLES[key]
        assert edit.cursorPosition() == 0
        assert edit.toolTip() == LONG_POLES[key]
        # each pole has room for a few words, not a fragment of one
        assert edit.width() >= 20 * chars, (key, edit.width())
    # after typing, finishing the field shows its start again
    edit = view.poles["y_high"]
    edit.setFocus()
    edit.end(False)
    type_text(edit, " à 80 %")
    assert edit.cursorPosition() > 0
    QTest.keyClick(edit, Qt.Key.Key_Return)
    assert edit.cursorPosition() == 0
    assert edit.toolTip() == LONG_POLES["y_high"] + " à 80 %"
    # the labels around the board end with "…" rather than being cut, whole in the tooltip
    label = view.axis_labels["x_high"]
    assert label.toolTip() == LONG_POLES["x_high"]
    assert all(label.fontMetrics().horizontalAdvance(line) <= label.contentsRect().width()
               for line in label.text().split("\n"))


def test_the_boards_pole_labels_show_a_long_pole_whole_on_two_lines(
    qtbot: QtBot, session: WorkshopSession
) -> None:
    """Under the board's two columns (half of a 1366-pixel screen's workspace), a pole of
    about 65 characters wraps to a second line and is shown whole; only a pole longer than
    two lines ends with "…", whole in the tooltip, every line within the label."""
    view = _seeded(qtbot, session)
    view.tabs.setCurrentIndex(1)
    view.resize(1000, 640)
    label = view.axis_labels["x_high"]
    qtbot.waitUntil(lambda: label.isVisible() and label.width() > 0)
    for key in ("x_low", "x_high"):
        label = view.axis_labels[key]
        lines = label.text().split("\n")
        assert len(lines) == 2, (key, lines)
        shown = " ".join(lines).removeprefix("← ").removesuffix(" →")
        assert shown == LONG_POLES[key]
        assert all(label.fontMetrics().horizontalAdvance(line) <= label.contentsRect().width()
                   for line in lines)
        tall = 2 * label.fontMetrics().lineSpacing()
        qtbot.waitUntil(lambda: view.axis_labels[key].height() >= tall)  # noqa: B023
    very_long = "Des financements pérennes " * 12
    energy, land = view._axes.x_driver_id, view._axes.y_driver_id  # type: ignore[union-attr]
    api.set_axes(session.store, session.workshop_id, x_driver_id=energy, y_driver_id=land,
                 **{**LONG_POLES, "x_high": very_long.strip()})
    session.notify(api.Changes(workshop_id=session.workshop_id))
    label = view.axis_labels["x_high"]
    qtbot.waitUntil(lambda: label.toolTip() == very_long.strip())
    lines = label.text().split("\n")
    assert len(lines) == 2 and lines[1].endswith("… →")
    assert very_long.startswith(lines[0])
