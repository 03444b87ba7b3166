"""The room sees the scenarios' 2×2 as a 2×2: the axes' four poles around the cross, each
future in its quadrant with its title whole and the start of its narrative."""

from __future__ import annotations

import uuid

import pytest
from pytestqt.qtbot import QtBot

from coopatelier import api
from coopatelier.domain.model import PhaseKind
from coopatelier.ui.projector import ProjectorWindow
from coopatelier.ui.projector.futures import GRID_PLACE
from coopatelier.ui.projector.wall import MIN_SHARE
from coopatelier.ui.workshop_session import WorkshopSession
from tests.conftest import phase_of
from tests.gui.conftest import shown_room

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

NARRATIVE = ("En 2030, chaque quartier a sa maison de l’alimentation : une épicerie à prix "
             "solidaires, une cuisine partagée, un point de retrait des paniers des "
             "producteurs du territoire, ouverte six jours sur sept et tenue par les "
             "habitantes et les habitants avec les associations du quartier.")


def _futures(session: WorkshopSession) -> dict[str, uuid.UUID]:
    store, wid = session.store, session.workshop_id
    drivers = phase_of(session.data(), PhaseKind.DRIVERS).id
    x = api.add_card(store, drivers, "Financements", impact=5, uncertainty=5).new_id
    y = api.add_card(store, drivers, "Producteurs locaux", impact=5, uncertainty=4).new_id
    api.set_axes(store, wid, x_driver_id=x, y_driver_id=y,
                 x_low="Financements en repli", x_high="Financements pérennes",
                 y_low="Approvisionnement lointain", y_high="Producteurs au cœur")
    futures = phase_of(session.data(), PhaseKind.FUTURES).id
    ids: dict[str, uuid.UUID] = {}
    for quadrant, title in (("++", "Le quartier nourricier"), ("+-", "Le droit à bien manger"),
                            ("-+", "Les circuits courts solidaires"),
                            ("--", "La débrouille organisée")):
        ids[quadrant] = api.add_card(store, futures, title, title=title, narrative=NARRATIVE,
                                     quadrant=quadrant).new_id
    ids["unplaced"] = api.add_card(store, futures, "Un futur à placer").new_id
    session.notify(api.Changes(workshop_id=wid))
    return ids


@pytest.mark.parametrize("size", [(1920, 1080), (1366, 768), (1280, 720)])
def test_the_room_sees_the_futures_in_their_quadrants(
    qtbot: QtBot, session: WorkshopSession, size: tuple[int, int]
) -> None:
    ids = _futures(session)
    window = shown_room(qtbot, session, size)
    window.show_phase(phase_of(session.data(), PhaseKind.FUTURES).id)
    board = window.view.futures
    assert window.view.body.currentWidget() is board
    assert board.smallest_text_px() >= size[1] * MIN_SHARE - 1
    shown = {c["id"]: c for c in board.describe()}
    for quadrant in GRID_PLACE:
        card = shown[str(ids[quadrant])]
        assert card["quadrant"] == quadrant
    assert str(ids["unplaced"]) not in shown
    assert board.matrix.unplaced[0].title == "Un futur à placer"
    # every title whole, and some of each narrative: at least two lines of it
    fit = board.fit()
    assert fit.lines >= 2 and all(n == 1 for n in fit.shown.values())
    assert board.matrix.poles == {
        "x_low": "Financements en repli", "x_high": "Financements pérennes",
        "y_low": "Approvisionnement lointain", "y_high": "Producteurs au cœur",
    }
    # the quadrants sit as a 2×2: high y on top, high x on the right
    _poles, rects, _strip = board._frame(fit.size)
    assert rects["-+"].top() == rects["++"].top() < rects["--"].top() == rects["+-"].top()
    assert rects["-+"].left() == rects["--"].left() < rects["++"].left() == rects["+-"].left()
    window.grab()  # paints without error


def test_without_axes_the_futures_stay_a_wall(qtbot: QtBot, session: WorkshopSession) -> None:
    futures = phase_of(session.data(), PhaseKind.FUTURES).id
    api.add_card(session.store, futures, "Un futur")
    session.notify(api.Changes(workshop_id=session.workshop_id))
    window = ProjectorWindow(session)
    qtbot.addWidget(window)
    window.show()
    window.show_phase(futures)
    assert window.view.body.currentWidget() is window.view.wall
