"""The stamps a capture and an edit write, and the clock shared by two stores on one
database: what the field-level merge relies on, whatever is done to make a capture fast."""

from __future__ import annotations

import datetime as dt
import threading
import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import select

from coopatelier import api
from coopatelier.domain.model import Partner, PhaseKind
from coopatelier.storage import orm, stamps
from coopatelier.storage.store import Store


def _phase(data: api.WorkshopData, kind: PhaseKind) -> uuid.UUID:
    return next(p.id for p in data.phases if p.kind is kind)


def _row_stamps(store: Store, entity: str, row_id: str) -> dict[str, tuple[str, uuid.UUID]]:
    """field → (stamp, scope) of one row."""
    table = orm.FieldStampRow
    with store.read() as session:
        return {
            field: (stamp, scope)
            for field, stamp, scope in session.execute(
                select(table.field, table.stamp, table.workshop_id).where(
                    table.entity == entity, table.row_id == row_id
                )
            )
        }


def _clock(store: Store) -> tuple[str, str]:
    """(device, last stamp) of the store's replica row."""
    with store.read() as session:
        row = session.get(orm.ReplicaRow, 1)
        assert row is not None
        return row.device, row.last_stamp


def _seen(store: Store, workshop_id: uuid.UUID) -> dict[str, str]:
    with store.read() as session:
        return stamps.load_seen(session, workshop_id)


def test_a_captured_card_gets_one_stamp_for_the_row_greater_than_the_last(
    any_store: Store, any_workshop: api.WorkshopData
) -> None:
    drivers = _phase(any_workshop, PhaseKind.DRIVERS)
    device, before = _clock(any_store)
    card_id = api.add_card(any_store, drivers, "Vieillissement de la population").new_id
    device_after, issued = _clock(any_store)
    assert device_after == device
    assert stamps.STAMP_RE.fullmatch(issued) and issued > before
    assert stamps.stamp_device(issued) == device
    # one stamp for the whole new row, in the workshop's scope, and nothing else
    assert _row_stamps(any_store, "cards", str(card_id)) == {
        "": (issued, any_workshop.workshop.id)
    }
    assert _seen(any_store, any_workshop.workshop.id)[device] == issued
    # the next capture gets a greater stamp
    second = api.add_card(any_store, drivers, "Sécheresses").new_id
    (later, _scope), = _row_stamps(any_store, "cards", str(second)).values()
    assert later > issued and _clock(any_store)[1] == later
    assert _seen(any_store, any_workshop.workshop.id)[device] == later


def test_a_captured_action_stamps_its_partners_and_links_with_the_card(
    any_store: Store, any_workshop: api.WorkshopData
) -> None:
    actions = _phase(any_workshop, PhaseKind.ACTIONS)
    drivers = _phase(any_workshop, PhaseKind.DRIVERS)
    driver = api.add_card(any_store, drivers, "Foncier agricole").new_id
    org = any_workshop.organisations[0].id
    _device, before = _clock(any_store)
    card_id = api.add_card(
        any_store, actions, "Légumerie", partners=[Partner(org, "finance")], links=[driver]
    ).new_id
    _device, issued = _clock(any_store)
    workshop_id = any_workshop.workshop.id
    rows = {
        entity: _row_stamps(any_store, entity, row_id)
        for entity, row_id in (
            ("cards", str(card_id)),
            ("card_partners", f"{card_id}|{org}"),
            ("card_links", f"{card_id}|{driver}"),
        )
    }
    # each new row has one stamp, in the workshop's scope; the card is written first
    assert all(list(fields) == [""] for fields in rows.values())
    assert all(fields[""][1] == workshop_id for fields in rows.values())
    card = rows["cards"][""][0]
    assert before < card <= min(fields[""][0] for fields in rows.values())
    assert max(fields[""][0] for fields in rows.values()) == issued


def test_an_edit_stamps_the_changed_fields_only(
    any_store: Store, any_workshop: api.WorkshopData
) -> None:
    drivers = _phase(any_workshop, PhaseKind.DRIVERS)
    card_id = api.add_card(any_store, drivers, "Circuits courts").new_id
    created = _row_stamps(any_store, "cards", str(card_id))[""]
    api.update_card(any_store, card_id, impact=4, text="Circuits courts et vente directe")
    _device, edited = _clock(any_store)
    assert edited > created[0]
    assert _row_stamps(any_store, "cards", str(card_id)) == {
        "": created,
        "impact": (edited, any_workshop.workshop.id),
        "text": (edited, any_workshop.workshop.id),
    }
    # the same value again changes nothing: no stamp issued, none written
    api.update_card(any_store, card_id, impact=4)
    assert _clock(any_store)[1] == edited
    assert _row_stamps(any_store, "cards", str(card_id))["impact"][0] == edited


def test_a_deleted_card_restored_is_stamped_anew(
    any_store: Store, any_workshop: api.WorkshopData
) -> None:
    drivers = _phase(any_workshop, PhaseKind.DRIVERS)
    card_id = api.add_card(any_store, drivers, "Eau").new_id
    api.update_card(any_store, card_id, impact=2)
    api.delete_cards(any_store, [card_id])
    api.restore_cards(any_store, [card_id])
    _device, restored = _clock(any_store)
    fields = _row_stamps(any_store, "cards", str(card_id))
    assert fields["deleted_at"][0] == restored
    assert fields["impact"][0] < restored


@pytest.fixture
def two_stores(any_store: Store, tmp_path_factory: pytest.TempPathFactory) -> Iterator[
    tuple[Store, Store]
]:
    """Two stores (two engines, as two processes have) on one database."""
    other = api.open_store(any_store.url, tmp_path_factory.mktemp("other"))
    yield any_store, other
    other.close()


@pytest.fixture(params=[True, False], ids=["update-returning", "lock-then-read"])
def clock_read(request: pytest.FixtureRequest, two_stores: tuple[Store, Store]) -> bool:
    """The clock read in one ``UPDATE … RETURNING``, or (a SQLite older than 3.35) with
    an update that takes the lock, then a select."""
    returning: bool = request.param
    for store in two_stores:
        if not returning:
            store.engine.dialect.update_returning = False
    return returning


def test_two_stores_on_one_database_never_issue_the_same_stamp(
    two_stores: tuple[Store, Store], clock_read: bool, mini_template: api.Template,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """In the same millisecond, alternately: each store's clock reads the other's last
    stamp from the database, never one it remembers."""
    first, second = two_stores
    workshop_id = api.create_workshop(first, mini_template, title="Deux postes").new_id
    drivers = _phase(api.load_workshop(first, workshop_id), PhaseKind.DRIVERS)
    monkeypatch.setattr(stamps, "_now_ms", lambda _device: 1_900_000_000_000)  # stopped
    issued: list[str] = []
    cards: list[uuid.UUID] = []
    for index in range(6):
        store = (first, second)[index % 2]
        cards.append(api.add_card(store, drivers, f"Carte {index}").new_id)
        issued.append(_clock(store)[1])
        api.update_card(store, cards[index // 2], impact=1 + index % 5)
        issued.append(_clock(store)[1])
    assert len(set(issued)) == len(issued)
    assert issued == sorted(issued)  # a stopped wall clock: the counter goes on
    assert {stamps.stamp_device(s) for s in issued} == {stamps.stamp_device(issued[0])}
    every = [
        stamp
        for card_id in cards
        for stamp, _scope in _row_stamps(first, "cards", str(card_id)).values()
    ]
    assert set(every) <= set(issued)


def test_two_stores_capturing_at_once_never_issue_the_same_stamp(
    two_stores: tuple[Store, Store], clock_read: bool, mini_template: api.Template
) -> None:
    first, second = two_stores
    workshop_id = api.create_workshop(first, mini_template, title="Deux postes").new_id
    drivers = _phase(api.load_workshop(first, workshop_id), PhaseKind.DRIVERS)
    failures: list[BaseException] = []

    def capture(store: Store, name: str) -> None:
        try:
            for index in range(25):
                api.add_card(store, drivers, f"{name} {index}")
        except BaseException as exc:  # reported by the test below
            failures.append(exc)

    threads = [
        threading.Thread(target=capture, args=(store, name))
        for store, name in ((first, "A"), (second, "B"))
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
    table = orm.FieldStampRow
    with first.read() as session:
        written = list(session.scalars(
            select(table.stamp).where(table.entity == "cards", table.field == "")
        ))
    assert len(written) == len(set(written)) >= 50


def test_a_capture_refused_after_its_stamp_leaves_the_clock_as_it_was(
    any_store: Store, any_workshop: api.WorkshopData, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The clock this process remembers is only a guess: a transaction rolled back after
    it ticked leaves the database's clock, which the next stamp follows."""
    actions = _phase(any_workshop, PhaseKind.ACTIONS)
    monkeypatch.setattr(stamps, "_now_ms", lambda _device: 1_900_000_000_000)  # stopped
    first = api.add_card(any_store, actions, "Légumerie").new_id
    _device, committed = _clock(any_store)
    with pytest.raises(api.ValidationError):  # refused once the card row was stamped
        api.add_card(any_store, actions, "Refusée", partners=["pas un partenaire"])
    assert _clock(any_store)[1] == committed
    second = api.add_card(any_store, actions, "Conserverie").new_id
    _device, after = _clock(any_store)
    assert after > committed
    assert _row_stamps(any_store, "cards", str(second))[""][0] == after
    assert _row_stamps(any_store, "cards", str(first))[""][0] == committed


def test_the_card_a_capture_returns_is_the_card_stored(
    any_store: Store, any_workshop: api.WorkshopData
) -> None:
    """In every kind of phase (a closing phase's item starts unticked), with a table, an
    author and a time given or not: what the views are given is what a read gives."""
    when = dt.datetime(2026, 4, 14, 10, 30, tzinfo=dt.UTC)
    for phase in any_workshop.phases:
        extras: list[dict[str, Any]] = [{}, {"table_label": "Table 2", "author": "Awa", "at": when}]
        for extra in extras:
            changes = api.add_card(any_store, phase.id, f"Idée « {phase.kind.value} »", **extra)
            (written,) = changes.written
            assert written == api.get_card(any_store, written.id)
            assert changes.created == (written.id,) and changes.cards == {written.id}
            assert changes.workshop_id == any_workshop.workshop.id
            assert written.phase_id == phase.id
            assert written.position == max(
                c.position for c in api.load_workshop(any_store, changes.workshop_id).cards
                if c.phase_id == phase.id
            )
    with pytest.raises(api.NotFoundError):
        api.add_card(any_store, uuid.uuid4(), "Nulle part")


def test_only_rows_scoped_by_their_workshop_are_inserted_outside_a_flush(
    store: Store, workshop: api.WorkshopData
) -> None:
    """``stamps.insert_new`` knows a row's scope from its ``workshop_id`` only: a row whose
    scope is a parent's or a démarche's goes through a flush, where the listener finds it."""
    with store.unit_of_work() as uow:
        for model, values in (
            (orm.CardPartnerRow, {"card_id": uuid.uuid4()}),
            (orm.OrganisationRow, {"workshop_id": workshop.workshop.id}),
            (orm.DemarcheMemberRow, {"demarche_id": uuid.uuid4()}),
        ):
            with pytest.raises(ValueError, match="through a flush"):
                stamps.insert_new(uow.session, model, values)
