"""The numbers people vote with. Before a round, a phase's cards are numbered in the
order the room shows them (``domain.card_numbers``); once the phase has a voting round,
each card keeps the number it had when the round was first shown (the same numbers: those
read out before opening the round stay right), whatever moves or deletions follow. A card
added later gets the next unused number; a removed card's number is never given to
another card of that round (a number typed from the room never lands on the wrong card).

The numbers live as long as the open workshop: reopened (or drawn by ``coopatelier
snapshot``, a fresh process), a round numbers its cards anew, in the room's order."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from coopatelier.domain.card_numbers import card_numbers, room_order
from coopatelier.domain.model import VoteRound

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
        phase's latest round); with no round, the room's numbers of the cards now."""
        phase = self._session.data().phase(phase_id)
        if phase is None:
            return {}
        cards = room_order(phase, self._session.cards_of_phase(phase_id))
        if round_id is None:
            latest = self.latest_round(phase_id)
            if latest is None:
                return card_numbers(phase, cards)
            round_id = latest.id
        fixed = self._fixed.setdefault(round_id, {})
        following = max(fixed.values(), default=0) + 1
        for card in cards:
            if card.id not in fixed:
                fixed[card.id] = following
                following += 1
        return {card.id: fixed[card.id] for card in cards}

