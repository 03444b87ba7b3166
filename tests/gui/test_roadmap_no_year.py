"""The room's roadmap draws its "No year yet" column only when an action shown is in it:
empty, it kept about a sixth of the room's width from the years (rt9: four lanes, two
actions with a year, two pages). Kept when an action has no year; dropped again when the
lane shown alone has none."""

from __future__ import annotations

import uuid

import pytest
from pytestqt.qtbot import QtBot

from coopatelier import api
from coopatelier.domain.model import PhaseKind
from coopatelier.ui.projector import ProjectorWindow
from coopatelier.ui.projector.content import FocusKind
from coopatelier.ui.projector.roadmap import RoadmapBoard
from coopatelier.ui.workshop_session import WorkshopSession
from tests.conftest import phase_of
from tests.gui.conftest import shown_room

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

NO_YEAR = "No year yet"


def _four_lanes(session: WorkshopSession, undated: bool = False) -> dict[str, uuid.UUID]:
    """Two actions in four lanes (a lead and two partners, another lead), dated 2027 and
    2029; with ``undated`` a third action, led by the first lead, with no year."""
    store, wid = session.store, session.workshop_id
    lead, other = (o.id for o in session.data().organisations[:2])
    grocer = api.add_organisation(store, wid, "Épicerie solidaire Le Panier").new_id
    centre = api.add_organisation(store, wid, "Centre social des Aygalades").new_id
    actions = phase_of(session.data(), PhaseKind.ACTIONS).id
    ids = {"lead": lead, "other": other, "grocer": grocer, "centre": centre}
    ids["baskets"] = api.add_card(
        store, actions, "Paniers", title="Pérenniser les paniers solidaires",
        lead_organisation_id=lead, horizon_year=2027,
        partners=(api.Partner(grocer, "assurer les distributions"),
                  api.Partner(centre, "orienter les familles"))).new_id
    ids["van"] = api.add_card(store, actions, "Épicerie mobile", lead_organisation_id=other,
                              horizon_year=2029).new_id
    if undated:
        ids["undated"] = api.add_card(store, actions, "Un observatoire partagé",
                                      lead_organisation_id=lead).new_id
    session.notify(api.Changes(workshop_id=wid))
    return ids


def _room(qtbot: QtBot, session: WorkshopSession, size: tuple[int, int]) -> ProjectorWindow:
    window = shown_room(qtbot, session, size)
    window.view.show_phase(phase_of(session.data(), PhaseKind.ROADMAP).id)
    assert window.view.body.currentWidget() is window.view.roadmap
    return window


def _years_span_the_board(board: RoadmapBoard) -> bool:
    label, widths, _header, _gap = board._geometry(board.smallest_text_px())
    return abs(label + sum(widths) - board.width()) <= len(widths)


@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080)])
def test_no_empty_no_year_column_when_every_action_has_a_year(
    qtbot: QtBot, session: WorkshopSession, size: tuple[int, int]
) -> None:
    _four_lanes(session)
    window = _room(qtbot, session, size)  # kept: the board is the window's
    board = window.view.roadmap
    assert [lane.name for lane in board.board.lanes][:4] and len(board.board.lanes) == 4
    assert board.board.columns == ("2026", "2027", "2028", "2029", "2030")
    assert _years_span_the_board(board)
    assert board.page_count() == 1


def test_the_no_year_column_stays_while_an_action_has_no_year_and_goes_with_it(
    qtbot: QtBot, session: WorkshopSession
) -> None:
    ids = _four_lanes(session, undated=True)
    window = _room(qtbot, session, (1280, 720))
    board = window.view.roadmap
    assert board.board.columns[-1] == NO_YEAR
    undated = [c for lane in board.board.lanes for c in lane.chips if c.card_id == ids["undated"]]
    assert undated and all(c.column == len(board.board.columns) - 1 for c in undated)
    # given a year (a change the room follows), the column goes
    session.execute("year", lambda: api.update_card(session.store, ids["undated"],
                                                    horizon_year=2028),
                    lambda: api.update_card(session.store, ids["undated"], horizon_year=None))
    qtbot.waitUntil(lambda: board.board.columns[-1] == "2030")
    assert _years_span_the_board(board)
    session.undo()  # as Ctrl+Z in the facilitator's window
    qtbot.waitUntil(lambda: board.board.columns[-1] == NO_YEAR)


def test_a_lane_shown_alone_has_no_no_year_column_when_its_actions_all_have_a_year(
    qtbot: QtBot, session: WorkshopSession
) -> None:
    """The undated action is the lead's: the grocer's lane alone shows only years; the
    lead's lane alone keeps the column."""
    ids = _four_lanes(session, undated=True)
    window = _room(qtbot, session, (1280, 720))
    view, board = window.view, window.view.roadmap
    view.set_focus((FocusKind.GROUP, str(ids["grocer"])))
    assert [lane.organisation_id for lane in board.board.lanes] == [ids["grocer"]]
    assert NO_YEAR not in board.board.columns
    assert _years_span_the_board(board)
    view.set_focus((FocusKind.GROUP, str(ids["lead"])))
    assert board.board.columns[-1] == NO_YEAR
