"""The votes wall on the room's screen: the round it shows is named, ties read "2 =",
cards without a dot are left out, a short ranking stays in one column."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from coopatelier import api
from coopatelier.domain.model import PhaseKind
from coopatelier.ui.clock import FakeClock
from coopatelier.ui.projector import Mode, ProjectorWindow
from coopatelier.ui.workshop_session import WorkshopSession
from tests.conftest import phase_of
from tests.unit.test_export_rounds import open_rounds

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def _room(qtbot: QtBot, session: WorkshopSession,
          size: tuple[int, int] = (1280, 720)) -> ProjectorWindow:
    """The room's window on a fixed clock, shown at `size`."""
    window = ProjectorWindow(session, FakeClock(dt.datetime(2030, 1, 15, 9, tzinfo=dt.UTC)))
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    return window


@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080)])
def test_a_short_ranking_stays_in_one_column_with_ties_and_its_round_named(
    qtbot: QtBot, session: WorkshopSession, store: api.Store, workshop: api.WorkshopData,
    size: tuple[int, int],
) -> None:
    futures = phase_of(workshop, PhaseKind.FUTURES)
    texts = ["Cantines 100 % locales", "Ferme urbaine à l’école", "Épiceries solidaires",
             "Marché paysan", "Jardins partagés"]
    ids = [api.add_card(store, futures.id, t).new_id for t in texts]
    round_id = api.create_round(store, futures.id, title="Nos futurs").new_id
    for card_id, dots in zip(ids, (4, 2, 2, 1, 0), strict=True):
        if dots:
            api.add_votes(store, round_id, card_id, dots)
    session.reload()
    window = _room(qtbot, session, size)
    qtbot.waitUntil(lambda: window.view.height() == size[1])
    window.view.apply_sizes()
    window.show_phase(futures.id)
    window.set_mode(Mode.VOTES)
    wall: Any = window.view.wall
    titles = [item.title for item in wall.items]
    assert titles == ["1. Cantines 100 % locales", "2 = Ferme urbaine à l’école",
                      "2 = Épiceries solidaires", "4. Marché paysan"]  # no dot: not ranked
    assert [item.text for item in wall.items] == [""] * 4  # each text once, as the title
    window.grab()
    fit = wall.fit()
    assert fit.columns == 1 and fit.hidden == 0
    assert window.view.title.text().endswith("· Round 1 — Nos futurs")


def test_a_phase_without_rounds_shows_the_workshop_s_results_under_no_phase_s_name(
    qtbot: QtBot, session: WorkshopSession, store: api.Store, workshop: api.WorkshopData,
) -> None:
    """Asked for the votes while the drivers (no round of their own) are shown, the wall
    lists the futures' round: its title and question must not be the drivers'."""
    futures = phase_of(workshop, PhaseKind.FUTURES)
    drivers = phase_of(workshop, PhaseKind.DRIVERS)
    card = api.add_card(store, futures.id, "Cantines 100 % locales").new_id
    round_id = api.create_round(store, futures.id, title="Nos futurs").new_id
    api.add_votes(store, round_id, card, 3)
    session.reload()
    window = _room(qtbot, session)
    window.show_phase(drivers.id)
    window.set_mode(Mode.VOTES)
    view = window.view
    assert [item.title for item in view.wall.items] == ["1. Cantines 100 % locales"]
    assert drivers.title not in view.title.text()
    assert view.title.text().startswith("Vote results")
    assert not view.question.isVisible()
    window.show_phase(futures.id)  # the futures' own results: their name comes back
    assert futures.title in view.title.text()


def test_the_wall_shows_the_rounds_the_exports_print(
    qtbot: QtBot, session: WorkshopSession, store: api.Store, workshop: api.WorkshopData,
) -> None:
    """In each phase, a round never hidden (and never revealed) is on the wall as it is in
    the PDF and the Markdown (tests/unit/test_export_rounds.py, same workshop); a round
    still hidden is not."""
    data = open_rounds(store, workshop)
    session.reload()
    window = _room(qtbot, session)
    window.set_mode(Mode.VOTES)
    for phase in data.phases:
        window.show_phase(phase.id)
        assert [item.title for item in window.view.wall.items] == [
            f"1. Vu-{phase.kind.value}"], phase.kind
        assert "· Round 1" in window.view.title.text()


def test_votes_asked_where_no_round_exists_say_so_and_name_the_round_shown(
    qtbot: QtBot, session: WorkshopSession, store: api.Store, workshop: api.WorkshopData,
) -> None:
    """Without any round the wall says there is no vote round yet (not that results will
    be revealed); with the only round in the drivers, the votes asked from the futures
    name the drivers and the round's title."""
    drivers = phase_of(workshop, PhaseKind.DRIVERS)
    futures = phase_of(workshop, PhaseKind.FUTURES)
    window = _room(qtbot, session)
    window.show_phase(drivers.id)
    window.set_mode(Mode.VOTES)
    view = window.view
    window.grab()
    assert view.wall.empty_text == "No vote round yet."
    assert ("empty", "No vote round yet.") in [p[:2] for p in view.wall.painted]
    card = api.add_card(store, drivers.id, "Loyers trop chers").new_id
    round_id = api.create_round(
        store, drivers.id, title="Moteurs prioritaires", hidden=True).new_id
    api.add_votes(store, round_id, card, 2)
    session.reload()
    window.show_phase(futures.id)
    assert view.wall.empty_text == "The results will appear once revealed."  # (hidden)
    assert not view.wall.items
    api.reveal_round(store, round_id)
    session.reload()
    window.show_phase(drivers.id)
    window.show_phase(futures.id)
    assert [item.title for item in view.wall.items] == ["1. Loyers trop chers"]
    title = view.title.text()
    assert drivers.title in title and "Round 1 — Moteurs prioritaires" in title
    assert futures.title not in title and not view.question.isVisible()
