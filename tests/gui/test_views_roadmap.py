"""The roadmap workspace driven through its real widgets: drag and keyboard moves."""

from __future__ import annotations

import uuid

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from coopatelier import api
from coopatelier.domain.model import PhaseKind
from coopatelier.ui.views.roadmap import RoadmapView
from coopatelier.ui.workshop_session import WorkshopSession
from tests.conftest import phase_of

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def _card(session: WorkshopSession, card_id: uuid.UUID) -> api.Card:
    return api.get_card(session.store, card_id)


def _org(session: WorkshopSession, name_start: str) -> uuid.UUID:
    return next(o.id for o in session.data().organisations if o.name.startswith(name_start))


def _view(qtbot: QtBot, session: WorkshopSession) -> RoadmapView:
    view = RoadmapView(session, phase_of(session.data(), PhaseKind.ROADMAP).id)
    qtbot.addWidget(view)
    view.resize(1280, 800)
    with qtbot.waitActive(view):
        view.show()
        view.activateWindow()
    return view


def _on_screen(view: RoadmapView, point: QPointF) -> QPoint:
    return view.canvas.mapFromScene(point)


def _drag(view: RoadmapView, start: QPoint, end: QPoint) -> None:
    viewport = view.canvas.viewport()
    left, none = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    QTest.mousePress(viewport, left, none, start)
    steps = 8
    for i in range(1, steps + 1):
        QTest.mouseMove(viewport, start + (end - start) * i / steps)
    QTest.mouseRelease(viewport, left, none, end)


def test_drag_an_action_to_another_year_and_lead_with_undo(
    qtbot: QtBot, session: WorkshopSession
) -> None:
    metropole, pat = _org(session, "Métropole"), _org(session, "PAT")
    actions = phase_of(session.data(), PhaseKind.ACTIONS).id
    card_id = api.add_card(session.store, actions, "Paniers solidaires",
                           lead_organisation_id=pat, horizon_year=2027).new_id
    session.notify(api.Changes(workshop_id=session.workshop_id))
    view = _view(qtbot, session)
    assert view.years == [2026, 2027, 2028, 2029, 2030]
    block = view.block(card_id)
    assert block is not None

    start = _on_screen(view, block.sceneBoundingRect().center())
    end = _on_screen(view, view.cell_centre(metropole, 2029))
    _drag(view, start, end)
    qtbot.waitUntil(lambda: _card(session, card_id).horizon_year == 2029)
    assert _card(session, card_id).lead_organisation_id == metropole
    assert session.undo_stack.count() == 1
    # the rebuilt scene shows it in its new place, still selected
    moved = view.block(card_id)
    assert moved is not None and moved.isSelected()
    lane = next(lane for lane in view.lanes if lane.organisation_id == metropole)
    assert lane.top <= moved.sceneBoundingRect().center().y() < lane.top + lane.height

    session.undo_stack.undo()
    assert (_card(session, card_id).horizon_year,
            _card(session, card_id).lead_organisation_id) == (2027, pat)
    session.undo_stack.redo()
    assert (_card(session, card_id).horizon_year,
            _card(session, card_id).lead_organisation_id) == (2029, metropole)


def test_drag_an_unscheduled_action_into_a_lane(qtbot: QtBot, session: WorkshopSession) -> None:
    pat = _org(session, "PAT")
    actions = phase_of(session.data(), PhaseKind.ACTIONS).id
    card_id = api.add_card(session.store, actions, "Légumerie solidaire").new_id
    session.notify(api.Changes(workshop_id=session.workshop_id))
    view = _view(qtbot, session)
    block = view.block(card_id)
    assert block is not None and block.sceneBoundingRect().top() > view.strip_top
    _drag(view, _on_screen(view, block.sceneBoundingRect().center()),
          _on_screen(view, view.cell_centre(pat, 2026)))
    qtbot.waitUntil(lambda: _card(session, card_id).horizon_year == 2026)
    assert _card(session, card_id).lead_organisation_id == pat
    session.undo_stack.undo()
    assert _card(session, card_id).horizon_year is None
    assert _card(session, card_id).lead_organisation_id is None


def test_move_an_action_with_alt_arrows(qtbot: QtBot, session: WorkshopSession) -> None:
    metropole, pat = _org(session, "Métropole"), _org(session, "PAT")
    actions = phase_of(session.data(), PhaseKind.ACTIONS).id
    card_id = api.add_card(session.store, actions, "Cantines",
                           lead_organisation_id=metropole, horizon_year=2026).new_id
    session.notify(api.Changes(workshop_id=session.workshop_id))
    view = _view(qtbot, session)
    view.canvas.setFocus()
    QTest.keyClick(view.canvas, Qt.Key.Key_Right)  # selects the first block
    assert view.selected_card_ids() == [card_id]
    alt = Qt.KeyboardModifier.AltModifier
    QTest.keyClick(view.canvas, Qt.Key.Key_Right, alt)
    QTest.keyClick(view.canvas, Qt.Key.Key_Right, alt)
    assert _card(session, card_id).horizon_year == 2028
    lanes = [lane.organisation_id for lane in view.lanes]
    step = 1 if lanes.index(pat) > lanes.index(metropole) else -1
    QTest.keyClick(view.canvas, Qt.Key.Key_Down if step == 1 else Qt.Key.Key_Up, alt)
    assert _card(session, card_id).lead_organisation_id == pat
    assert view.selected_card_ids() == [card_id]
    # years stop at the horizon
    for _ in range(5):
        QTest.keyClick(view.canvas, Qt.Key.Key_Right, alt)
    assert _card(session, card_id).horizon_year == 2030
    assert session.undo_stack.count() == 5

    for _ in range(5):
        session.undo_stack.undo()
    assert (_card(session, card_id).horizon_year,
            _card(session, card_id).lead_organisation_id) == (2026, metropole)
    for _ in range(5):
        session.undo_stack.redo()
    assert (_card(session, card_id).horizon_year,
            _card(session, card_id).lead_organisation_id) == (2030, pat)


def test_a_lane_is_as_tall_as_its_wrapped_organisation_name(
    qtbot: QtBot, session: WorkshopSession
) -> None:
    """A name that wraps to three lines or more is not covered by the next lane."""
    from PySide6.QtWidgets import QGraphicsTextItem

    name = "Groupement de producteurs paysans du Pays d’Aubagne et de l’Étoile (GPPAE)"
    org = api.add_organisation(session.store, session.workshop_id, name).new_id
    session.notify(api.Changes(workshop_id=session.workshop_id))
    view = _view(qtbot, session)
    lane = next(lane for lane in view.lanes if lane.organisation_id == org)
    label = next(i for i in view.scene.items()
                 if isinstance(i, QGraphicsTextItem) and i.toPlainText() == name)
    text_height = label.boundingRect().height()
    assert text_height > 3 * label.font().pointSizeF()  # it does wrap to several lines
    assert lane.height >= text_height
    box = label.sceneBoundingRect()
    assert lane.top <= box.top() and box.bottom() <= lane.top + lane.height
    following = [other for other in view.lanes if other.top > lane.top]
    assert all(other.top >= box.bottom() for other in following)


def test_every_year_is_in_view_without_scrolling_sideways_at_1024(
    qtbot: QtBot, session: WorkshopSession
) -> None:
    """At 1024 px the view gets about 730 px beside the agenda: 2026–2030 all fit."""
    view = _view(qtbot, session)
    view.resize(730, 600)
    qtbot.waitUntil(lambda: view.canvas.viewport().width() < 730)
    view.relayout() if hasattr(view, "relayout") else None
    scroll = view.canvas.horizontalScrollBar()
    assert scroll.maximum() == 0, f"scrolls sideways by {scroll.maximum()} px"
