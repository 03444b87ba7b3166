"""Chacun son poste, everywhere: every organisation that leads or partners an action has
its lane, with the action and its part in it, in the facilitator's roadmap and on the
room's screen; notes of the roadmap phase stay notes, beside the timeline."""

from __future__ import annotations

import uuid
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from coopatelier import api
from coopatelier.domain.analysis import roadmap_actions, roadmap_lanes
from coopatelier.domain.model import CardKind, PhaseKind
from coopatelier.ui.projector import Mode
from coopatelier.ui.projector.wall import MIN_SHARE
from coopatelier.ui.views.roadmap import RoadmapView
from coopatelier.ui.workshop_session import WorkshopSession
from tests.conftest import phase_of
from tests.gui.conftest import shown_room

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

LONG = ("Pérenniser les paniers solidaires en circuit court dans les cinq quartiers "
        "prioritaires pilotes")
ROLE = "coordonner le déploiement dans les cinq QPV pilotes et réunir les partenaires"


def _org(session: WorkshopSession, name_start: str) -> uuid.UUID:
    return next(o.id for o in session.data().organisations if o.name.startswith(name_start))


def _partnered(session: WorkshopSession) -> dict[str, uuid.UUID]:
    """An action led by PAT with Métropole and a new association as partners, another
    led by the association; a note captured in the roadmap phase."""
    store, wid = session.store, session.workshop_id
    metropole, pat = _org(session, "Métropole"), _org(session, "PAT")
    asso = api.add_organisation(store, wid, "Épicerie solidaire Le Panier").new_id
    actions = phase_of(session.data(), PhaseKind.ACTIONS).id
    shared = api.add_card(store, actions, "Paniers", title=LONG, lead_organisation_id=pat,
                          horizon_year=2027,
                          partners=(api.Partner(metropole, ROLE),
                                    api.Partner(asso, "assurer les distributions"))).new_id
    own = api.add_card(store, actions, "Épicerie mobile", lead_organisation_id=asso,
                       horizon_year=2029).new_id
    roadmap = phase_of(session.data(), PhaseKind.ROADMAP).id
    note = api.add_card(store, roadmap, "Rôle vacant : la logistique du dernier kilomètre",
                        ).new_id
    session.notify(api.Changes(workshop_id=wid))
    return {"shared": shared, "own": own, "note": note, "metropole": metropole, "pat": pat,
            "asso": asso}


def _view(qtbot: QtBot, session: WorkshopSession, width: int = 1366) -> RoadmapView:
    view = RoadmapView(session, phase_of(session.data(), PhaseKind.ROADMAP).id)
    qtbot.addWidget(view)
    view.resize(width, 700)
    with qtbot.waitExposed(view):
        view.show()
    view.refresh()
    return view


def test_a_note_captured_in_the_roadmap_phase_stays_a_note(session: WorkshopSession) -> None:
    ids = _partnered(session)
    assert api.get_card(session.store, ids["note"]).kind is CardKind.NOTE
    assert ids["note"] not in {c.id for c in roadmap_actions(session.data())}


def test_each_partner_lane_shows_the_action_with_its_role(
    qtbot: QtBot, session: WorkshopSession
) -> None:
    ids = _partnered(session)
    view = _view(qtbot, session)
    blocks = view.blocks_of(ids["shared"])
    by_lane = {view.lane_at(b.sceneBoundingRect().center().y()).organisation_id: b  # type: ignore[union-attr]
               for b in blocks}
    assert set(by_lane) == {ids["pat"], ids["metropole"], ids["asso"]}
    assert by_lane[ids["pat"]].lead and not by_lane[ids["metropole"]].lead
    assert by_lane[ids["metropole"]].role == ROLE
    assert by_lane[ids["asso"]].role == "assurer les distributions"
    for block in blocks:
        # the whole title, wrapped inside its block (never cut)
        assert block.label.toPlainText() == LONG
        assert block.label.sceneBoundingRect().bottom() <= block.sceneBoundingRect().bottom()
        if block.role_label is not None:
            assert block.role_label.toPlainText() == block.role
            assert (block.role_label.sceneBoundingRect().bottom()
                    <= block.sceneBoundingRect().bottom() + 1)
        # in the column of its year
        assert view.cell_centre(ids["pat"], 2027).x() == pytest.approx(
            block.sceneBoundingRect().center().x(), abs=view.year_width / 2)
    # the domain's lanes, in the view's order
    lanes = roadmap_lanes(roadmap_actions(session.data()), session.data().organisations,
                          "fr", every_organisation=True)
    assert [lane.organisation_id for lane in view.lanes] == [
        lane.organisation_id for lane in lanes if lane.organisation_id
    ]
    # the note is beside the timeline, not a block
    assert view.notes_panel.isVisible()
    assert [view.notes.item(i).text() for i in range(view.notes.count())] == [
        "Rôle vacant : la logistique du dernier kilomètre"
    ]
    assert not view.blocks_of(ids["note"])


def test_a_partner_block_moves_the_year_not_the_lead(
    qtbot: QtBot, session: WorkshopSession
) -> None:
    ids = _partnered(session)
    view = _view(qtbot, session)
    partner = next(b for b in view.blocks_of(ids["shared"]) if not b.lead
                   and view.lane_at(b.sceneBoundingRect().center().y()).organisation_id  # type: ignore[union-attr]
                   == ids["metropole"])
    view.canvas.setFocus()
    view.canvas.select_block(partner)
    alt = Qt.KeyboardModifier.AltModifier
    QTest.keyClick(view.canvas, Qt.Key.Key_Down, alt)  # a partner's block does not move lanes
    assert api.get_card(session.store, ids["shared"]).lead_organisation_id == ids["pat"]
    assert session.undo_stack.count() == 0
    QTest.keyClick(view.canvas, Qt.Key.Key_Right, alt)
    card = api.get_card(session.store, ids["shared"])
    assert (card.horizon_year, card.lead_organisation_id) == (2028, ids["pat"])
    session.undo_stack.undo()
    assert api.get_card(session.store, ids["shared"]).horizon_year == 2027




@pytest.mark.parametrize("size", [(1920, 1080), (1366, 768), (1280, 720)])
def test_the_room_sees_each_lane_with_its_actions_and_roles(
    qtbot: QtBot, session: WorkshopSession, size: tuple[int, int]
) -> None:
    ids = _partnered(session)
    window = shown_room(qtbot, session, size)
    window.set_mode(Mode.ROADMAP)
    board = window.view.roadmap
    assert window.view.body.currentWidget() is board
    assert board.smallest_text_px() >= size[1] * MIN_SHARE - 1
    # every page, turned from the keyboard like slides
    shown: list[dict[str, Any]] = []
    pages = board.page_count()
    for page in range(pages):
        assert board.page == page
        shown += board.describe()
        if page + 1 < pages:
            QTest.keyClick(window, Qt.Key.Key_PageDown)
    data = session.data()
    expected = [
        (str(lane.organisation_id or ""), str(e.card.id), e.card.heading,
         "Lead" if e.lead else e.role)
        for lane in roadmap_lanes(roadmap_actions(data), data.organisations, "fr")
        for e in lane.entries
    ]
    assert [(c["lane_id"], c["id"], c["text"], c["note"]) for c in shown] == expected
    assert all(c["whole"] for c in shown)
    assert (str(ids["metropole"]), str(ids["shared"]), LONG, ROLE) in expected
    # the notes follow the lanes on the last page
    layout = board.board_layout()
    assert layout.pages[-1].notes is not None


def test_describe_gives_each_card_its_lane_and_one_lane_can_be_shown_alone(
    qtbot: QtBot, session: WorkshopSession
) -> None:
    """What ``snapshot --describe`` reports of the roadmap, page after page, against the
    domain's lanes; the facilitator shows one organisation's lane alone."""
    from coopatelier.ui.projector.content import FocusKind

    ids = _partnered(session)
    window = shown_room(qtbot, session, (1280, 720))
    window.set_mode(Mode.ROADMAP)
    view = window.view
    seen: list[dict[str, Any]] = []
    for page in range(view.pages()):
        described = view.describe()
        assert described["page"] == page + 1 and described["pages"] == view.pages()
        assert float(described["smallest_text_px"]) >= 720 / 30 - 1  # type: ignore[arg-type]
        seen += described["cards"]  # type: ignore[arg-type]
        assert view.next_page() is (page + 1 < view.pages())
    data = session.data()
    lanes = roadmap_lanes(roadmap_actions(data), data.organisations, "fr")
    assert [(c["lane_id"], c["id"]) for c in seen] == [
        (str(lane.organisation_id or ""), str(e.card.id)) for lane in lanes for e in lane.entries
    ]
    groups = dict(view.groups())
    assert (FocusKind.GROUP, str(ids["metropole"])) in groups
    view.set_focus((FocusKind.GROUP, str(ids["metropole"])))
    alone: list[dict[str, Any]] = view.describe()["cards"]  # type: ignore[assignment]
    assert [(c["lane_id"], c["id"], c["note"]) for c in alone] == [
        (str(ids["metropole"]), str(ids["shared"]), ROLE)
    ]
