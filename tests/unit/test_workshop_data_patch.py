"""``WorkshopData.with_cards``: the patch a capture or an edit makes to the cached
workshop carries its derived order forward, and that order is the one derived anew."""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
import uuid

from coopatelier import api
from coopatelier.domain.model import Card, CardKind, WorkshopData

NOW = dt.datetime(2026, 4, 14, 9, tzinfo=dt.UTC)


def _card(data: WorkshopData, rng: random.Random, **fields: object) -> Card:
    values: dict[str, object] = {
        "id": uuid.uuid4(),
        "workshop_id": data.workshop.id,
        "phase_id": rng.choice(data.phases).id,
        "kind": CardKind.NOTE,
        "text": "carte",
        "position": float(rng.randint(0, 6)),  # few positions: many ties
        "table_label": "",
        "author": "",
        "device": "",
        "created_at": NOW,
        "updated_at": NOW,
        "deleted_at": NOW if rng.random() < 0.15 else None,
    }
    values.update(fields)
    return Card(**values)  # type: ignore[arg-type]


def _derived(data: WorkshopData) -> tuple[object, ...]:
    return (
        [c.id for c in data.live_cards()],
        {p.id: [c.id for c in data.cards_of_phase(p.id)] for p in data.phases},
        {c.id: data.card(c.id) for c in data.cards},
    )


def _fresh(data: WorkshopData) -> WorkshopData:
    """The same workshop with nothing derived yet."""
    return dataclasses.replace(data, cards=data.cards)


def test_a_patched_workshop_reads_as_one_derived_anew(workshop: api.WorkshopData) -> None:
    """Captures (ties included, deleted ones, several at once) and edits (in place, a
    card deleted or moved): every read equals the one of a workshop derived from
    scratch."""
    rng = random.Random(20261206)
    data = dataclasses.replace(workshop, cards=tuple(_card(workshop, rng) for _ in range(40)))
    for _step in range(300):
        _derived(data)  # derived: the patch carries it forward
        if rng.random() < 0.5:
            written = tuple(_card(data, rng) for _ in range(rng.randint(1, 3)))
            patched = data.with_cards(written)
            assert patched.cards == data.cards + written
        else:
            chosen = rng.sample(data.cards, rng.randint(1, 3))
            written = tuple(
                dataclasses.replace(
                    card,
                    text=f"{card.text}+",
                    impact=rng.randint(1, 5),
                    position=card.position + 1 if rng.random() < 0.1 else card.position,
                    deleted_at=(NOW if card.deleted_at is None else None)
                    if rng.random() < 0.1 else card.deleted_at,
                )
                for card in chosen
            ) + ((_card(data, rng),) if rng.random() < 0.2 else ())
            patched = data.with_cards(written)
            by_id = {c.id: c for c in written}
            assert patched.cards[: len(data.cards)] == tuple(
                by_id.get(c.id, c) for c in data.cards
            )
        assert _derived(patched) == _derived(_fresh(patched))
        data = patched


def test_a_capture_carries_the_order_forward_instead_of_sorting_again(
    workshop: api.WorkshopData,
) -> None:
    rng = random.Random(7)
    data = dataclasses.replace(workshop, cards=tuple(_card(workshop, rng) for _ in range(50)))
    data.live_cards()
    data.card(data.cards[0].id)
    new = _card(data, rng, deleted_at=None, position=100.0)
    patched = data.with_cards((new,))
    # derived already: nothing is sorted again on the first read
    assert patched._live is not None and patched._by_phase is not None
    assert patched._by_id is not None
    assert patched.cards_of_phase(new.phase_id)[-1] == new
    assert patched.card(new.id) == new
    # the workshop it was patched from is unchanged
    assert data.card(new.id) is None and new not in data.live_cards()


def test_the_patch_tells_new_cards_from_edited_ones_by_itself(
    workshop: api.WorkshopData,
) -> None:
    """Nothing derived yet, or everything: an edited card is replaced where it is, a new
    one appended, never a card twice."""
    rng = random.Random(11)
    base = dataclasses.replace(workshop, cards=tuple(_card(workshop, rng) for _ in range(20)))
    for derive in (False, True):
        data = _fresh(base)
        if derive:
            _derived(data)
        edited = dataclasses.replace(data.cards[3], text="modifiée")
        new = _card(data, rng)
        patched = data.with_cards((edited, new))
        assert patched.cards == (*data.cards[:3], edited, *data.cards[4:], new)
        again = patched.with_cards((new,))  # written again: an edit, not a second capture
        assert again.cards == patched.cards
