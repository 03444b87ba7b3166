"""Captures and edits patch the views in place (no model resets, no whole-list repaint), and
the shortcuts taken to keep a 5,000-card workshop quick keep what the views show."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QTest

from coopatelier import api
from coopatelier.domain.model import Card, PhaseKind
from coopatelier.ui.models import DriverTableModel, PhaseListModel
from coopatelier.ui.views.drivers import DriversView
from coopatelier.ui.workshop_window import WorkshopWindow
from tests.conftest import phase_of

Opener = Callable[[uuid.UUID], WorkshopWindow]


_NOW = dt.datetime(2030, 6, 1, tzinfo=dt.UTC)
_PHASE = uuid.uuid4()


def _card(text: str, category: str = "", position: float = 0.0) -> Card:
    return Card(
        id=uuid.uuid4(),
        workshop_id=uuid.uuid4(),
        phase_id=_PHASE,
        kind=api.CardKind.DRIVER,
        text=text,
        position=position,
        table_label="",
        author="",
        device="",
        created_at=_NOW,
        updated_at=_NOW,
        category=category,
    )


def _rows(model: DriverTableModel) -> list[object]:
    return [
        model.index(row, 0).data(Qt.ItemDataRole.DisplayRole) for row in range(model.rowCount())
    ]


def test_driver_table_edits_in_place_match_a_full_rebuild(qapp: object) -> None:
    """Inserting, changing and removing cards in place gives the rows a reset would give."""
    cards = [_card(f"c{i}", "Société" if i % 2 else "", float(i)) for i in range(8)]
    model = DriverTableModel()
    model.set_cards(["Société"], cards)
    resets: list[bool] = []
    inserted: list[tuple[int, int]] = []
    model.modelReset.connect(lambda: resets.append(True))
    model.rowsInserted.connect(lambda _p, first, last: inserted.append((first, last)))

    new = _card("nouvelle", "Société", 3.5)
    changed = dataclasses.replace(cards[4], text="c4 modifiée")
    steps = [
        [*cards[:4], new, *cards[4:]],  # a capture in the middle of a group
        [*cards[:4], new, changed, *cards[5:]],  # an edit
        [*cards[:2], *cards[3:4], new, changed, *cards[5:]],  # a deletion
        [],  # everything gone
    ]
    for step in steps:
        model.set_cards(["Société"], step)
        fresh = DriverTableModel()
        fresh.set_cards(["Société"], step)
        assert _rows(model) == _rows(fresh)
        for card in step:
            assert model.index_of(card.id).data(Qt.ItemDataRole.DisplayRole) == card.text
    assert inserted == [(3, 3)]  # one row, after "Société", c1 and c3
    assert resets == []


def test_driver_table_heading_counts_follow_a_capture(qapp: object) -> None:
    cards = [_card("a", "Société", 1.0), _card("b", "", 2.0)]
    model = DriverTableModel()
    model.set_cards(["Société"], cards)
    changed: list[int] = []
    model.dataChanged.connect(lambda top, _bottom, *_roles: changed.append(top.row()))
    model.set_cards(["Société"], [*cards, _card("c", "Société", 3.0)])
    assert _rows(model)[0] == "Société (2)"
    assert changed == [0]  # only the heading whose count changed


def test_phase_list_repaints_only_the_phase_whose_count_changed(
    qapp: object, workshop: api.WorkshopData
) -> None:
    model = PhaseListModel()
    phases = list(workshop.phases)
    counts = {p.id: 0 for p in phases}
    model.set_phases(phases, counts)
    changed: list[tuple[int, int]] = []
    model.dataChanged.connect(
        lambda top, bottom, *_roles: changed.append((top.row(), bottom.row()))
    )
    model.set_phases(phases, {**counts, phases[1].id: 1})
    assert changed == [(1, 1)]
    assert "1" in model.index(1).data(Qt.ItemDataRole.DisplayRole)
    changed.clear()
    model.set_phases(phases, {**counts, phases[1].id: 1})
    assert changed == []  # nothing changed: nothing repainted


def test_workshop_data_indexes_follow_replaced_cards(workshop: api.WorkshopData) -> None:
    """The derived indexes (computed on first use) describe the cards of that value."""
    phase = workshop.phases[0]
    assert workshop.cards_of_phase(phase.id) == ()
    card = dataclasses.replace(
        _card("nouvelle"), workshop_id=workshop.workshop.id, phase_id=phase.id
    )
    more = dataclasses.replace(workshop, cards=(*workshop.cards, card))
    assert more.cards_of_phase(phase.id) == (card,)
    assert more.card(card.id) is card
    assert card in more.live_cards()
    assert workshop.card(card.id) is None  # the first value is unchanged
    assert more == dataclasses.replace(workshop, cards=(*workshop.cards, card))


def test_capture_in_drivers_inserts_one_row_without_reset(
    open_window: Opener, store: api.Store, workshop: api.WorkshopData
) -> None:
    drivers = phase_of(workshop, PhaseKind.DRIVERS)
    for index in range(5):
        api.add_card(store, drivers.id, f"Tendance {index}", category="Société")
    window = open_window(workshop.workshop.id)
    window.go_to_phase(drivers.id)
    view = window.views[drivers.id]
    assert isinstance(view, DriversView)
    rows_before = view.model.rowCount(QModelIndex())
    resets: list[bool] = []
    inserted: list[int] = []
    view.model.modelReset.connect(lambda: resets.append(True))
    view.model.rowsInserted.connect(lambda _p, first, _last: inserted.append(first))
    edit = window.capture.edit
    edit.setPlainText("Hausse du prix de l’énergie")
    QTest.keyClick(edit, Qt.Key.Key_Return)
    assert resets == [] and len(inserted) == 1
    row = view.model.index(inserted[0], 0)
    assert row.data(Qt.ItemDataRole.DisplayRole) == "Hausse du prix de l’énergie"
    saved = api.load_workshop(store, workshop.workshop.id).cards_of_phase(drivers.id)
    texts = [c.text for c in saved]
    assert texts[-1] == "Hausse du prix de l’énergie"  # committed
    assert view.model.rowCount(QModelIndex()) == rows_before + 1


def test_matrix_labels_are_hidden_only_when_too_small_to_read(
    open_window: Opener, store: api.Store, workshop: api.WorkshopData
) -> None:
    drivers = phase_of(workshop, PhaseKind.DRIVERS)
    ids = [api.add_card(store, drivers.id, f"Tendance {i}").new_id for i in range(3)]
    window = open_window(workshop.workshop.id)
    window.go_to_phase(drivers.id)
    view = window.views[drivers.id]
    assert isinstance(view, DriversView)
    matrix = view.matrix
    assert matrix.labels_shown
    assert all(matrix.tiles[i].label.isVisible() for i in ids)
    # hundreds of unrated drivers: the tray makes the matrix tiny, labels a smudge
    more = [
        api.add_card(store, drivers.id, f"Tendance {i}").new_id for i in range(3, 600)
    ]
    window.session.reload()
    assert not matrix.labels_shown
    assert not any(matrix.tiles[i].label.isVisible() for i in [*ids, *more])
    assert matrix.tiles[more[-1]].label.text() == "Tendance 599"  # text kept for later
    api.delete_cards(store, more)
    window.session.reload()
    assert matrix.labels_shown
    assert all(matrix.tiles[i].label.isVisible() for i in ids)


Shown = tuple[list[tuple[object, ...]], dict[uuid.UUID, tuple[float, float]]]


def _shown(view: DriversView) -> Shown:
    rows = [
        tuple(view.model.index(r, c).data(Qt.ItemDataRole.DisplayRole) for c in range(5))
        for r in range(view.model.rowCount(QModelIndex()))
    ]
    tiles = {
        card_id: (item.pos().x(), item.pos().y()) for card_id, item in view.matrix.tiles.items()
    }
    return rows, tiles


def test_captures_appended_in_drivers_show_what_a_full_refresh_shows(
    open_window: Opener, store: api.Store, workshop: api.WorkshopData
) -> None:
    """The capture's short path (one row, one tile) ends where re-reading the whole phase
    ends: rows in their groups with their counts, tiles in the tray; with a search typed,
    a capture that does not match stays out of the table and the matrix."""
    drivers = phase_of(workshop, PhaseKind.DRIVERS)
    for index in range(7):
        api.add_card(store, drivers.id, f"Tendance {index}", category="Société")
    window = open_window(workshop.workshop.id)
    window.go_to_phase(drivers.id)
    view = window.views[drivers.id]
    assert isinstance(view, DriversView)
    resets: list[bool] = []
    view.model.modelReset.connect(lambda: resets.append(True))
    edit = window.capture.edit
    for text in ("Société: Hausse de l’énergie", "Sécheresses 🌵", "Société: Télétravail"):
        edit.setPlainText(text)
        QTest.keyClick(edit, Qt.Key.Key_Return)
    assert resets == []
    short = _shown(view)
    view.refresh()  # the whole phase re-read
    assert _shown(view) == short
    assert any(row[0] == "Télétravail" for row in short[0])

    view.search.setText("tendance")
    edit.setPlainText("Société: Pénurie d’eau")
    QTest.keyClick(edit, Qt.Key.Key_Return)
    short = _shown(view)
    assert not any(row[0] == "Pénurie d’eau" for row in short[0])
    view.refresh()
    assert _shown(view) == short
    assert len(short[1]) == 7  # the seven "Tendance" only
