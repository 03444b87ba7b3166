"""The numbers people vote with. Before a round, a phase's cards are numbered in the
order the room shows them (``domain.card_numbers``); once the phase has a voting round,
each card keeps the number it had when the round was first shown (the same numbers: those
read out before opening the round stay right), whatever moves or deletions follow. A card
added later gets the next unused number; a removed card's number is never given to
another card of that round (a number typed from the room never lands on the wrong card).

The round keeps its numbers in the store (``services/votes.py``: given when it opens and
when a card comes into its phase), so a reopened workshop, or ``coopatelier snapshot`` (a
fresh process), reads the same numbers. Cards the store has not numbered (a round from
another laptop's file, cards merged in from one) take the next numbers here, in the
room's order; a number the store gives later wins."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from coopatelier import api
from coopatelier.domain.card_numbers import room_order
from coopatelier.domain.model import Card, VoteRound

if TYPE_CHECKING:
    from coopatelier.ui.workshop_session import WorkshopSession


class VoteNumbers:
    def __init__(self, session: WorkshopSession) -> None:
        self._session = session
        self._fixed: dict[uuid.UUID, dict[uuid.UUID, int]] = {}
        # each round's stored numbers, with the phase's cards they were read for (the
        # session's cached tuple: the same object until the phase's cards change)
        self._stored: dict[uuid.UUID, tuple[tuple[Card, ...], dict[uuid.UUID, int]]] = {}

    def latest_round(self, phase_id: uuid.UUID) -> VoteRound | None:
        rounds = [r for r in self._session.data().rounds if r.phase_id == phase_id]
        return max(rounds, key=lambda r: (r.created_at, r.id)) if rounds else None

    def numbers(
        self, phase_id: uuid.UUID, round_id: uuid.UUID | None = None
    ) -> dict[uuid.UUID, int]:
        """The number of each card now in the phase, for ``round_id`` (by default the
        phase's latest round); with no round, the room's numbers of the cards now."""
        phase = self._session.data().phase(phase_id)
        if phase is None:
            return {}
        in_phase = self._session.cards_of_phase(phase_id)
        cards = room_order(phase, in_phase)
        if round_id is None:
            latest = self.latest_round(phase_id)
            if latest is None:  # ``cards`` are in the room's order already
                return {card.id: number for number, card in enumerate(cards, start=1)}
            round_id = latest.id
        stored = self._stored_numbers(round_id, in_phase)
        fixed = self._fixed.setdefault(round_id, {})
        taken = set(stored.values())
        for card_id, number in list(fixed.items()):  # the store's numbers win
            if card_id not in stored and number in taken:
                del fixed[card_id]
        fixed.update(stored)
        following = max(fixed.values(), default=0) + 1
        for card in cards:
            if card.id not in fixed:
                fixed[card.id] = following
                following += 1
        return {card.id: fixed[card.id] for card in cards}

    def _stored_numbers(
        self, round_id: uuid.UUID, in_phase: tuple[Card, ...]
    ) -> dict[uuid.UUID, int]:
        """The round's numbers as stored, read again only when the phase's cards change."""
        known = self._stored.get(round_id)
        if known is not None and known[0] is in_phase:
            return known[1]
        stored = api.round_numbers(self._session.store, round_id)
        self._stored[round_id] = (in_phase, stored)
        return stored
