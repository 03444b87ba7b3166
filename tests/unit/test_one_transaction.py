"""One intention, one transaction: a change refused halfway through (a bad value, a
failure inside the unit of work) leaves every row as it was — on SQLite and PostgreSQL."""

from __future__ import annotations

import uuid
from typing import Any

import pytest

from coopatelier import api
from coopatelier.domain.model import PhaseKind
from coopatelier.services import cards as card_services
from coopatelier.services import phases as phase_services
from coopatelier.services import workshops as workshop_services
from coopatelier.storage import orm
from tests.conftest import phase_of


@pytest.fixture
def store(any_store: api.Store) -> api.Store:
    return any_store


def _three_drivers(store: api.Store, workshop: api.WorkshopData) -> list[uuid.UUID]:
    phase = phase_of(workshop, PhaseKind.DRIVERS)
    return [
        api.add_card(store, phase.id, text, category="Société").new_id
        for text in ("Inflation", "Télétravail", "Précarité alimentaire")
    ]


def _ratings(store: api.Store, ids: list[uuid.UUID]) -> list[tuple[Any, Any, str]]:
    return [
        (card.impact, card.uncertainty, card.category)
        for card in (api.get_card(store, card_id) for card_id in ids)
    ]


def test_update_cards_changes_every_card_in_one_call(
    store: api.Store, workshop: api.WorkshopData
) -> None:
    ids = _three_drivers(store, workshop)
    changes = api.update_cards(
        store, {ids[0]: {"impact": 5}, ids[1]: {"impact": 4}, ids[2]: {"category": "Économie"}}
    )
    assert changes.cards == frozenset(ids)
    assert changes.workshop_id == workshop.workshop.id
    assert _ratings(store, ids) == [(5, None, "Société"), (4, None, "Société"),
                                    (None, None, "Économie")]


def test_a_bad_value_on_the_second_card_changes_none(
    store: api.Store, workshop: api.WorkshopData
) -> None:
    ids = _three_drivers(store, workshop)
    with pytest.raises(api.ValidationError) as caught:
        api.update_cards(store, {ids[0]: {"impact": 5}, ids[1]: {"impact": 9},
                                 ids[2]: {"impact": 5}})
    assert caught.value.field == "impact"
    assert _ratings(store, ids) == [(None, None, "Société")] * 3


def test_a_failure_inside_the_unit_of_work_changes_none(
    store: api.Store, workshop: api.WorkshopData, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first card's change is flushed to the database before the second one fails:
    the rollback takes it back too."""
    ids = _three_drivers(store, workshop)
    original = card_services._apply

    def failing_apply(session: Any, row: Any, fields: dict[str, object]) -> None:
        if row.id == ids[1]:
            raise api.StorageError("locked")
        original(session, row, fields)
        session.flush()

    monkeypatch.setattr(card_services, "_apply", failing_apply)
    with pytest.raises(api.StorageError):
        api.update_cards(store, {key: {"impact": 5, "uncertainty": 2} for key in ids})
    monkeypatch.undo()
    assert _ratings(store, ids) == [(None, None, "Société")] * 3


def test_an_unknown_card_among_others_changes_none(
    store: api.Store, workshop: api.WorkshopData
) -> None:
    ids = _three_drivers(store, workshop)
    with pytest.raises(api.NotFoundError):
        api.update_cards(store, {ids[0]: {"impact": 5}, uuid.uuid4(): {"impact": 5}})
    assert _ratings(store, ids)[0] == (None, None, "Société")


def test_deleting_a_workshop_is_all_or_nothing(
    store: api.Store, workshop: api.WorkshopData, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A failure after the cards and votes are deleted, before the workshop row is: the
    whole workshop is still there."""
    ids = _three_drivers(store, workshop)
    wid = workshop.workshop.id
    statements: list[object] = []
    original = workshop_services.delete  # type: ignore[attr-defined]

    def counting_delete(model: Any) -> Any:
        statements.append(model)
        if model is orm.PhaseRow:
            raise api.StorageError("full")
        return original(model)

    monkeypatch.setattr(workshop_services, "delete", counting_delete)
    with pytest.raises(api.StorageError):
        api.delete_workshop(store, wid)
    monkeypatch.undo()
    assert len(statements) > 3  # cards, participants... were already deleted in the session
    data = api.load_workshop(store, wid)
    assert {c.id for c in data.cards} >= set(ids)
    assert len(data.phases) == len(workshop.phases)
    assert len(data.participants) == len(workshop.participants)


def test_reordering_phases_is_all_or_nothing(
    store: api.Store, workshop: api.WorkshopData, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = [p.id for p in workshop.phases]
    original = phase_services._renumber

    def renumber_then_fail(phases: Any) -> None:
        original(phases)
        raise api.StorageError("locked")

    monkeypatch.setattr(phase_services, "_renumber", renumber_then_fail)
    with pytest.raises(api.StorageError):
        api.move_phase(store, before[-1], 0)
    monkeypatch.undo()
    after = api.load_workshop(store, workshop.workshop.id).phases
    assert [p.id for p in sorted(after, key=lambda p: p.position)] == before

