"""A voting round keeps its cards' numbers in the store (``services/votes.py``): given in
the room's order when it opens, the next ones to cards that come into its phase later
(a capture, a move, a copy, a merged table's file), never given twice nor taken back."""

from __future__ import annotations

from pathlib import Path

from coopatelier import api
from coopatelier.domain.model import PhaseKind
from coopatelier.exchange import export_workshop_file, import_workshop_file
from tests.conftest import phase_of


def test_a_round_numbers_its_cards_when_it_opens_and_every_card_that_comes_later(
    store: api.Store, workshop: api.WorkshopData, tmp_path: Path
) -> None:
    drivers = phase_of(workshop, PhaseKind.DRIVERS)  # Société, Technologie, Économie
    futures = phase_of(workshop, PhaseKind.FUTURES)
    price = api.add_card(store, drivers.id, "Hausse du prix").new_id  # no group: last
    remote = api.add_card(store, drivers.id, "Télétravail", category="Société").new_id
    elsewhere = api.add_card(store, futures.id, "Cantines").new_id
    assert api.round_numbers(store, api.create_round(store, futures.id).new_id) == {
        elsewhere: 1}
    round_id = api.create_round(store, drivers.id, title="Tour 1").new_id
    assert api.round_numbers(store, round_id) == {remote: 1, price: 2}  # the room's order

    # a table laptop's copy of the workshop, before anything else happens here
    table_file = export_workshop_file(store, workshop.workshop.id, tmp_path / "table.json")

    captured = api.add_card(store, drivers.id, "Inflation", category="Société").new_id
    api.move_card(store, elsewhere, phase_id=drivers.id)  # comes in from the futures
    copy = api.duplicate_cards(store, [remote]).new_id
    api.move_cards(store, [price], before=remote)  # moves inside: keeps its number
    api.delete_cards(store, [captured])  # a removed card keeps its number to itself
    api.restore_cards(store, [captured])
    expected = {remote: 1, price: 2, captured: 3, elsewhere: 4, copy: 5}
    assert api.round_numbers(store, round_id) == expected

    # the table captured a card meanwhile: merged in, it takes the next number
    with api.open_store(data_dir=tmp_path / "table") as table:
        import_workshop_file(table, table_file)
        from_table = api.add_card(table, drivers.id, "Épiceries solidaires").new_id
        export_workshop_file(table, workshop.workshop.id, table_file)
    import_workshop_file(store, table_file)
    assert api.round_numbers(store, round_id) == {**expected, from_table: 6}
    import_workshop_file(store, table_file)  # the same file again changes nothing
    assert api.round_numbers(store, round_id) == {**expected, from_table: 6}
    api.delete_round(store, round_id)
    assert api.round_numbers(store, round_id) == {}
