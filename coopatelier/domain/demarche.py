"""A démarche: a cooperation's roadmap that groups workshops and outlives them.

Pure values and rules (no Qt, no SQLAlchemy). An action's history is append-only: its
current status is the latest status entry, its roles the card's lead and partners, and
every change is an ``ActionEvent`` that nothing rewrites.
"""

from __future__ import annotations

import datetime as dt
import enum
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field

from coopatelier.domain.model import Card, Organisation, Partner, Workshop, WorkshopData


class ActionStatus(enum.StrEnum):
    """Where an action of the roadmap stands (the CLI's STATUS values)."""

    TO_EXPLORE = "a_explorer"
    COMMITTED = "engagee"
    IN_PROGRESS = "en_cours"
    DONE = "realisee"
    PAUSED = "en_pause"
    DROPPED = "abandonnee"
    REORIENTED = "reorientee"


#: the status of an action nothing has been recorded for
INITIAL_STATUS = ActionStatus.TO_EXPLORE

#: statuses after which an action is no longer worked on (the roadmap still shows them)
CLOSED_STATUSES = frozenset({ActionStatus.DONE, ActionStatus.DROPPED, ActionStatus.REORIENTED})

STATUS_LABELS: dict[str, dict[ActionStatus, str]] = {
    "fr": {
        ActionStatus.TO_EXPLORE: "À explorer",
        ActionStatus.COMMITTED: "Engagée",
        ActionStatus.IN_PROGRESS: "En cours",
        ActionStatus.DONE: "Réalisée",
        ActionStatus.PAUSED: "En pause",
        ActionStatus.DROPPED: "Abandonnée",
        ActionStatus.REORIENTED: "Réorientée",
    },
    "en": {
        ActionStatus.TO_EXPLORE: "To explore",
        ActionStatus.COMMITTED: "Committed",
        ActionStatus.IN_PROGRESS: "In progress",
        ActionStatus.DONE: "Done",
        ActionStatus.PAUSED: "Paused",
        ActionStatus.DROPPED: "Dropped",
        ActionStatus.REORIENTED: "Reoriented",
    },
}

#: the roles in the collective a new démarche offers (editable per démarche)
DEFAULT_COLLECTIVE_ROLES: tuple[str, ...] = (
    "pilote",
    "contributeur",
    "relais",
    "financeur",
    "observateur",
)


def status_label(status: ActionStatus, language: str) -> str:
    return STATUS_LABELS.get(language, STATUS_LABELS["en"])[status]


class EventKind(enum.StrEnum):
    STATUS = "status"
    FOLLOW_UP = "follow_up"
    ROLES = "roles"


class DemarcheFocus(enum.StrEnum):
    """What of its démarche a phase works on (``Phase.demarche_focus``)."""

    REVIEW = "review"
    GOVERNANCE = "governance"


@dataclass(frozen=True, slots=True)
class Demarche:
    id: uuid.UUID
    title: str
    description: str
    language: str
    rhythm: str
    next_meeting_date: dt.date | None
    next_meeting_place: str
    collective_roles: tuple[str, ...]
    created_at: dt.datetime
    updated_at: dt.datetime


@dataclass(frozen=True, slots=True)
class Roles:
    """Who leads an action and who partners it, with which role (a ``roles`` entry)."""

    lead_organisation_id: uuid.UUID | None = None
    partners: tuple[Partner, ...] = ()


@dataclass(frozen=True, slots=True)
class ActionEvent:
    """One entry of an action's history."""

    id: uuid.UUID
    action_id: uuid.UUID
    kind: EventKind
    happened_on: dt.date
    recorded_at: dt.datetime
    status: ActionStatus | None = None
    note: str = ""
    author: str = ""
    replaced_by_id: uuid.UUID | None = None
    roles: Roles | None = None
    previous_roles: Roles | None = None
    workshop_id: uuid.UUID | None = None
    device: str = ""


def history_order(event: ActionEvent) -> tuple[dt.date, dt.datetime, str]:
    """Events in the order they happened: the day said, then when recorded, then id."""
    return (event.happened_on, event.recorded_at, str(event.id))


def current_status(events: Iterable[ActionEvent]) -> ActionStatus:
    """The latest status entry's status (``a_explorer`` before any)."""
    statuses = [e for e in events if e.kind is EventKind.STATUS and e.status is not None]
    if not statuses:
        return INITIAL_STATUS
    latest = max(statuses, key=history_order).status
    assert latest is not None
    return latest


@dataclass(frozen=True, slots=True)
class Member:
    """A member of the collective: an organisation or a person, with their role in it."""

    id: uuid.UUID
    demarche_id: uuid.UUID
    organisation_id: uuid.UUID | None
    person_name: str
    collective_role: str
    position: int
    updated_at: dt.datetime


@dataclass(frozen=True, slots=True)
class Decision:
    id: uuid.UUID
    demarche_id: uuid.UUID
    decided_on: dt.date
    text: str
    workshop_id: uuid.UUID | None
    updated_at: dt.datetime


@dataclass(frozen=True, slots=True)
class DemarcheSummary:
    """A line of Home's list of démarches."""

    id: uuid.UUID
    title: str
    updated_at: dt.datetime
    workshop_ids: tuple[uuid.UUID, ...]
    action_count: int


@dataclass(frozen=True, slots=True)
class RoadmapAction:
    """A live action of the démarche's roadmap, with where it came from and its history."""

    card: Card
    workshop: Workshop
    #: the futures (and drivers) it serves: the cards it links to
    serves: tuple[Card, ...]
    events: tuple[ActionEvent, ...]

    @property
    def id(self) -> uuid.UUID:
        return self.card.id

    @property
    def title(self) -> str:
        return self.card.title or self.card.text

    @property
    def status(self) -> ActionStatus:
        return current_status(self.events)

    @property
    def history(self) -> tuple[ActionEvent, ...]:
        return tuple(sorted(self.events, key=history_order))

    @property
    def last_follow_up(self) -> ActionEvent | None:
        notes = [e for e in self.history if e.note.strip()]
        return notes[-1] if notes else None

    @property
    def replaced_by(self) -> uuid.UUID | None:
        for event in reversed(self.history):
            if event.kind is EventKind.STATUS:
                return event.replaced_by_id if event.status is ActionStatus.REORIENTED else None
        return None


@dataclass(frozen=True, slots=True)
class DemarcheData:
    """A whole démarche as its views and documents read it: its workshops (oldest first)
    with their data, the shared organisations, the roadmap, governance."""

    demarche: Demarche
    workshops: tuple[WorkshopData, ...]
    organisations: tuple[Organisation, ...]
    actions: tuple[RoadmapAction, ...]
    members: tuple[Member, ...] = ()
    decisions: tuple[Decision, ...] = ()
    #: the cooperation ingredients as they stand (the latest workshop that has some)
    ingredients: tuple[Card, ...] = ()
    _orgs: dict[uuid.UUID, Organisation] | None = field(
        default=None, init=False, repr=False, compare=False
    )

    def organisation(self, organisation_id: uuid.UUID | None) -> Organisation | None:
        if organisation_id is None:
            return None
        if self._orgs is None:
            object.__setattr__(self, "_orgs", {o.id: o for o in self.organisations})
        assert self._orgs is not None
        return self._orgs.get(organisation_id)

    def action(self, action_id: uuid.UUID) -> RoadmapAction | None:
        for action in self.actions:
            if action.id == action_id:
                return action
        return None


def is_ingredients_category(category: str) -> bool:
    """A closing phase's category of cooperation ingredients ("Ingrédients de la
    coopération", "Cooperation ingredients")."""
    folded = category.casefold()
    return "ingrédient" in folded or "ingredient" in folded
