"""Undo/redo of voting needs records re-created under the ids they had."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest

from coopatelier import api
from coopatelier.domain.model import PhaseKind
from tests.conftest import phase_of


@pytest.fixture
def store(any_store: api.Store) -> api.Store:
    return any_store


def test_a_removed_vote_comes_back_under_its_id(
    store: api.Store, workshop: api.WorkshopData
) -> None:
    futures = phase_of(workshop, PhaseKind.FUTURES)
    card_id = api.add_card(store, futures.id, "Ferme urbaine").new_id
    round_id = api.create_round(store, futures.id).new_id
    at = dt.datetime(2030, 1, 15, 9, 30, tzinfo=dt.UTC)
    vote_id = api.add_votes(store, round_id, card_id, 2, device="table-1", at=at).new_id
    (before,) = api.load_workshop(store, workshop.workshop.id).votes

    api.remove_vote(store, vote_id)
    assert api.load_workshop(store, workshop.workshop.id).votes == ()
    again = api.add_votes(store, round_id, card_id, 2, device="table-1", at=at, vote_id=vote_id)

    assert again.new_id == vote_id
    (after,) = api.load_workshop(store, workshop.workshop.id).votes
    assert after == before


def test_a_deleted_round_comes_back_under_its_id(
    store: api.Store, workshop: api.WorkshopData
) -> None:
    futures = phase_of(workshop, PhaseKind.FUTURES)
    chosen = uuid.uuid4()
    created = api.create_round(
        store, futures.id, title="Tour 2", dots_per_person=5, hidden=True, round_id=chosen
    )
    assert created.new_id == chosen
    api.delete_round(store, chosen)
    assert api.load_workshop(store, workshop.workshop.id).rounds == ()

    api.create_round(
        store, futures.id, title="Tour 2", dots_per_person=5, hidden=True, round_id=chosen
    )
    (vote_round,) = api.load_workshop(store, workshop.workshop.id).rounds
    assert (vote_round.id, vote_round.title, vote_round.dots_per_person) == (chosen, "Tour 2", 5)
    assert vote_round.hidden and not vote_round.revealed
