"""What a service changed, so every view can decide whether to refresh (after Anki's
``OpChanges``)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

from coopatelier.domain.model import Card


@dataclass(frozen=True, slots=True)
class Changes:
    workshop_id: uuid.UUID | None = None
    #: the workshop's own fields, or the list of workshops
    workshop: bool = False
    phases: frozenset[uuid.UUID] = frozenset()
    cards: frozenset[uuid.UUID] = frozenset()
    organisations: bool = False
    participants: bool = False
    votes: bool = False
    #: the démarche the change belongs to (its own fields, members, decisions, history,
    #: or its shared organisations: every workshop of it should refresh them)
    demarche_id: uuid.UUID | None = None
    #: the démarche's own fields, its list, membership, governance or action history
    demarche: bool = False
    #: ids of what the call created, in creation order (the new card, workshop, ...)
    created: tuple[uuid.UUID, ...] = field(default=())
    #: the cards as the call wrote them, when it has them at hand: a view patches its
    #: cache with them instead of reading them back (a capture in a big workshop)
    written: tuple[Card, ...] = field(default=())

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            workshop_id=self.workshop_id or other.workshop_id,
            workshop=self.workshop or other.workshop,
            phases=self.phases | other.phases,
            cards=self.cards | other.cards,
            organisations=self.organisations or other.organisations,
            participants=self.participants or other.participants,
            votes=self.votes or other.votes,
            demarche_id=self.demarche_id or other.demarche_id,
            demarche=self.demarche or other.demarche,
            created=self.created + other.created,
            written=self.written + other.written,
        )

    @property
    def new_id(self) -> uuid.UUID:
        """The id of the single thing the call created."""
        if not self.created:
            raise ValueError("this change created nothing")
        return self.created[0]
