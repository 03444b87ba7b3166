"""The numbers people vote with: a phase's cards numbered 1, 2, 3… in the order the room
shows them (by group, in the phase's order of categories, other categories as they come,
the uncategorised last; within a group, the phase's order; futures and actions are not
grouped). The voting panel before a round, the numbers a round starts with (the
session keeps them while the round is open: ``ui/vote_numbers.py``), the room and
``snapshot`` all number from this order."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping

from coopatelier.domain.model import Card, Phase, PhaseKind, is_live

#: the kinds of phase whose cards the room shows as one list, without category groups
_UNGROUPED = frozenset({PhaseKind.FUTURES, PhaseKind.ACTIONS, PhaseKind.ROADMAP})


def room_order(phase: Phase, cards: Iterable[Card]) -> list[Card]:
    """The phase's live cards in the order the room shows them."""
    live = sorted(
        (c for c in cards if c.phase_id == phase.id and is_live(c)),
        key=lambda c: c.position,
    )
    if phase.kind in _UNGROUPED:
        return live
    order = list(phase.categories)
    for card in live:
        if card.category and card.category not in order:
            order.append(card.category)
    rank = {name: place for place, name in enumerate(order)}
    return sorted(live, key=lambda card: rank.get(card.category, len(order)))


def card_numbers(phase: Phase, cards: Iterable[Card]) -> dict[uuid.UUID, int]:
    """Each live card of ``phase`` with its number, from 1, in the room's order."""
    return {card.id: number for number, card in enumerate(room_order(phase, cards), start=1)}


def round_card_numbers(
    phase: Phase, cards: Iterable[Card], stored: Mapping[uuid.UUID, int]
) -> dict[uuid.UUID, int]:
    """The number each card carries in a round of ``phase``: the numbers the round stored
    (``services.votes.round_numbers``; cards that left the phase keep theirs), then the
    next unused ones, in the room's order, for the live cards it has not numbered (a round
    from another laptop's file stores none: all its cards are numbered in the room's order,
    as ``ui/vote_numbers.py`` numbers them)."""
    numbers = dict(stored)
    following = max(numbers.values(), default=0) + 1
    for card in room_order(phase, cards):
        if card.id not in numbers:
            numbers[card.id] = following
            following += 1
    return numbers
