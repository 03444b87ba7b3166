"""Moving, regrouping and duplicating cards in one gesture; dots typed as a sequence."""

from __future__ import annotations

import uuid

import pytest

from coopatelier import api
from coopatelier.domain.model import CardKind, PhaseKind, new_id
from tests.conftest import phase_of


def texts(store: api.Store, workshop: api.WorkshopData, phase_id: uuid.UUID) -> list[str]:
    data = api.load_workshop(store, workshop.workshop.id)
    return [card.text for card in data.cards_of_phase(phase_id)]


def test_move_cards_before_a_card_of_another_category_keeps_their_order(
    store: api.Store, workshop: api.WorkshopData
) -> None:
    drivers = phase_of(workshop, PhaseKind.DRIVERS)
    a, b, _c, d = (
        api.add_card(store, drivers.id, t, category="Société").new_id for t in "ABCD"
    )
    api.move_cards(store, [d, b], before=a, category="Économie")
    assert texts(store, workshop, drivers.id) == ["D", "B", "A", "C"]
    assert {api.get_card(store, i).category for i in (d, b)} == {"Économie"}
    assert api.get_card(store, a).category == "Société"


def test_move_cards_to_another_phase_takes_its_kind_and_undo_puts_everything_back(
    store: api.Store, workshop: api.WorkshopData
) -> None:
    drivers = phase_of(workshop, PhaseKind.DRIVERS)
    intro = phase_of(workshop, PhaseKind.INTRO)
    a, _b, c = (api.add_card(store, drivers.id, t, category="Société").new_id for t in "ABC")
    api.update_card(store, a, impact=4, uncertainty=5)
    before = api.card_places(store, [a, c], ["category"])
    api.move_cards(store, [a, c], phase_id=intro.id, category="")
    assert texts(store, workshop, drivers.id) == ["B"]
    assert texts(store, workshop, intro.id) == ["A", "C"]
    moved = api.get_card(store, a)
    assert moved.kind is CardKind.NOTE and moved.impact == 4 and moved.category == ""

    api.place_cards(store, before)
    assert texts(store, workshop, drivers.id) == ["A", "B", "C"]
    back = api.get_card(store, a)
    assert back.kind is CardKind.DRIVER and back.category == "Société"


def test_move_cards_at_an_index_and_refusals_change_nothing(
    store: api.Store, workshop: api.WorkshopData
) -> None:
    drivers = phase_of(workshop, PhaseKind.DRIVERS)
    a, b, c = (api.add_card(store, drivers.id, t).new_id for t in "ABC")
    api.move_cards(store, [c], index=0)
    assert texts(store, workshop, drivers.id) == ["C", "A", "B"]
    with pytest.raises(api.ValidationError) as caught:
        api.move_cards(store, [a, b], before=a)
    assert caught.value.problem == "move_onto_itself"
    with pytest.raises(api.ValidationError):
        api.move_cards(store, [a, b], impact=9)  # refused on every card: none moves
    with pytest.raises(api.ValidationError):
        api.move_cards(store, [a], text="not a move field")
    with pytest.raises(api.ValidationError):
        api.move_cards(store, [])
    assert texts(store, workshop, drivers.id) == ["C", "A", "B"]
    assert api.get_card(store, a).impact is None


def test_duplicate_cards_places_each_copy_after_its_original(
    store: api.Store, workshop: api.WorkshopData
) -> None:
    actions = phase_of(workshop, PhaseKind.ACTIONS)
    org = workshop.organisations[0].id
    a = api.add_card(store, actions.id, "A", lead_organisation_id=org, impact=3).new_id
    api.add_card(store, actions.id, "B")
    ids = [new_id()]
    changes = api.duplicate_cards(store, [a], new_ids=ids)
    assert changes.created == tuple(ids)
    assert texts(store, workshop, actions.id) == ["A", "A", "B"]
    copy = api.get_card(store, ids[0])
    assert copy.lead_organisation_id == org and copy.impact == 3
    api.delete_cards(store, ids)
    assert texts(store, workshop, actions.id) == ["A", "B"]


def test_add_dots_records_a_sequence_at_once_or_nothing(
    store: api.Store, workshop: api.WorkshopData
) -> None:
    futures = phase_of(workshop, PhaseKind.FUTURES)
    a, b = (api.add_card(store, futures.id, t).new_id for t in "AB")
    round_id = api.create_round(store, futures.id).new_id
    votes = [(a, new_id()), (b, new_id()), (a, new_id())]
    api.add_dots(store, round_id, votes)
    data = api.load_workshop(store, workshop.workshop.id)
    assert data.vote_totals(round_id) == {a: 2, b: 1}
    api.delete_cards(store, [b])
    with pytest.raises(api.ValidationError):
        api.add_dots(store, round_id, [(a, new_id()), (b, new_id())])
    api.remove_votes(store, [v for _card, v in votes])
    data = api.load_workshop(store, workshop.workshop.id)
    assert data.vote_totals(round_id) == {}
