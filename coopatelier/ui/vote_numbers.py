"""The numbers people vote with: once a phase has a voting round, each card keeps the
number it had when the round was first shown (numbered in the order the room shows them:
by group, in the phase's order of categories, the uncategorised last), whatever moves or
deletions follow. A card added later gets the next unused number; a removed card's number
is never given to another card of that round (a number typed from the room never lands on
the wrong card).

The numbers live as long as the open workshop: reopened, a round numbers its cards anew,
in the order of the phase."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import TYPE_CHECKING

from coopatelier.domain.model import Card, Phase, VoteRound

if TYPE_CHECKING:
    from coopatelier.ui.workshop_session import WorkshopSession


class VoteNumbers:
    def __init__(self, session: WorkshopSession) -> None:
        self._session = session
        self._fixed: dict[uuid.UUID, dict[uuid.UUID, int]] = {}

    def latest_round(self, phase_id: uuid.UUID) -> VoteRound | None:
        rounds = [r for r in self._session.data().rounds if r.phase_id == phase_id]
        return max(rounds, key=lambda r: r.created_at) if rounds else None

    def numbers(
        self, phase_id: uuid.UUID, round_id: uuid.UUID | None = None
    ) -> dict[uuid.UUID, int]:
        """The number of each card now in the phase, for ``round_id`` (by default the
        phase's latest round); with no round, the cards' places in the phase."""
        cards = self._session.cards_of_phase(phase_id)
        if round_id is None:
            latest = self.latest_round(phase_id)
            if latest is None:
                return {card.id: place for place, card in enumerate(cards, start=1)}
            round_id = latest.id
        fixed = self._fixed.setdefault(round_id, {})
        if not fixed:
            cards = tuple(_room_order(self._session.data().phase(phase_id), cards))
        following = max(fixed.values(), default=0) + 1
        for card in cards:
            if card.id not in fixed:
                fixed[card.id] = following
                following += 1
        return {card.id: fixed[card.id] for card in cards}


def _room_order(phase: Phase | None, cards: Sequence[Card]) -> list[Card]:
    """The cards grouped as the room's wall groups them: the phase's categories in order,
    then other categories as they come, the uncategorised last."""
    order = list(phase.categories) if phase is not None else []
    for card in cards:
        if card.category and card.category not in order:
            order.append(card.category)
    rank = {name: place for place, name in enumerate(order)}
    return sorted(cards, key=lambda card: rank.get(card.category, len(order)))
