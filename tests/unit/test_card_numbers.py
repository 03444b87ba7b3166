"""``domain.card_numbers``: the numbers people vote with, in the room's order."""

from __future__ import annotations

import datetime as dt
import uuid

from coopatelier.domain.card_numbers import card_numbers, room_order, round_card_numbers
from coopatelier.domain.model import Card, CardKind, Phase, PhaseKind

WHEN = dt.datetime(2026, 4, 10, 9, tzinfo=dt.UTC)
WORKSHOP = uuid.uuid4()


def _phase(kind: PhaseKind, categories: tuple[str, ...] = ()) -> Phase:
    return Phase(uuid.uuid4(), WORKSHOP, 1, kind, "P", "", "", "", 10, categories,
                 None, None, WHEN)


def _card(phase: Phase, text: str, position: float, category: str = "",
          **extra: object) -> Card:
    return Card(uuid.uuid4(), WORKSHOP, phase.id, CardKind.DRIVER, text, position, "", "",
                "", WHEN, WHEN, category=category, **extra)  # type: ignore[arg-type]


def test_drivers_are_numbered_by_group_then_position_not_by_capture() -> None:
    phase = _phase(PhaseKind.DRIVERS, ("Société", "Économie"))
    price = _card(phase, "Hausse du prix", 1)  # captured first, no group: last
    inflation = _card(phase, "Inflation", 2, "Économie")
    vouchers = _card(phase, "Chèques", 4, "Société")
    remote = _card(phase, "Télétravail", 3, "Société")
    other = _card(phase, "Hors liste", 5, "Mobilité")  # a category the phase lacks
    cards = [price, inflation, vouchers, remote, other]
    assert card_numbers(phase, cards) == {
        remote.id: 1, vouchers.id: 2, inflation.id: 3, other.id: 4, price.id: 5}
    assert [c.id for c in room_order(phase, reversed(cards))] == [
        remote.id, vouchers.id, inflation.id, other.id, price.id]


def test_only_the_phase_s_live_cards_are_numbered() -> None:
    phase = _phase(PhaseKind.DRIVERS)
    kept = _card(phase, "Gardée", 2)
    deleted = _card(phase, "Effacée", 1, deleted_at=WHEN)
    merged = _card(phase, "Fusionnée", 0, merged_into_id=kept.id)
    elsewhere = _card(_phase(PhaseKind.DRIVERS), "Ailleurs", 0)
    assert card_numbers(phase, [deleted, merged, elsewhere, kept]) == {kept.id: 1}


def test_futures_are_numbered_in_the_phase_s_order_whatever_their_category() -> None:
    phase = _phase(PhaseKind.FUTURES, ("B", "A"))
    first = _card(phase, "Premier", 1, "A")
    second = _card(phase, "Second", 2, "B")
    assert card_numbers(phase, [second, first]) == {first.id: 1, second.id: 2}


def test_a_round_keeps_its_stored_numbers_and_numbers_the_others_after_them() -> None:
    """What the PDF prints beside a card's dots: the round's stored number, else the next
    ones in the room's order (a round from another laptop's file stores none)."""
    phase = _phase(PhaseKind.DRIVERS, ("Société", "Économie"))
    price = _card(phase, "Hausse du prix", 1)
    inflation = _card(phase, "Inflation", 2, "Économie")
    remote = _card(phase, "Télétravail", 3, "Société")
    gone = uuid.uuid4()  # a card that left the phase keeps its number
    cards = [price, inflation, remote]
    assert round_card_numbers(phase, cards, {}) == card_numbers(phase, cards)
    assert round_card_numbers(phase, cards, {price.id: 1, gone: 2}) == {
        price.id: 1, gone: 2, remote.id: 3, inflation.id: 4}
