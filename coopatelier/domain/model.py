"""Entities of a workshop as immutable values.

Services read the database into these dataclasses and hand them to the UI, the exporters
and scripts; nobody outside ``storage/`` ever sees an ORM object.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import enum
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field


def new_id() -> uuid.UUID:
    return uuid.uuid4()


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class PhaseKind(enum.StrEnum):
    INTRO = "intro"
    DRIVERS = "drivers"
    FUTURES = "futures"
    ACTIONS = "actions"
    ROADMAP = "roadmap"
    CLOSING = "closing"
    FREE = "free"


class CardKind(enum.StrEnum):
    DRIVER = "driver"
    FUTURE = "future"
    ACTION = "action"
    NOTE = "note"


#: The card a phase captures by default.
PHASE_CARD_KIND: dict[PhaseKind, CardKind] = {
    PhaseKind.INTRO: CardKind.NOTE,
    PhaseKind.DRIVERS: CardKind.DRIVER,
    PhaseKind.FUTURES: CardKind.FUTURE,
    PhaseKind.ACTIONS: CardKind.ACTION,
    PhaseKind.ROADMAP: CardKind.NOTE,  # actions come from the actions phase; notes here
    PhaseKind.CLOSING: CardKind.NOTE,
    PhaseKind.FREE: CardKind.NOTE,
}

#: The places of a future in the scenarios' 2×2, as ``Card.quadrant`` holds them: the sign
#: of the horizontal (x) axis, then of the vertical (y) one, "+" for the axis's high pole
#: ("+-" = high x, low y); in the plane's order, top right, top left, bottom left, bottom
#: right. A future placed nowhere holds "".
QUADRANTS = ("++", "-+", "--", "+-")


class DriverNature(enum.StrEnum):
    """Godet's vocabulary for the nature of a driver of change."""

    HEAVY_TREND = "tendance_lourde"
    WEAK_SIGNAL = "signal_faible"
    SEED_OF_CHANGE = "germe_de_changement"
    MAJOR_UNCERTAINTY = "incertitude_majeure"
    DISRUPTION = "rupture"


NATURE_LABELS_FR: dict[DriverNature, str] = {
    DriverNature.HEAVY_TREND: "Tendance lourde",
    DriverNature.WEAK_SIGNAL: "Signal faible",
    DriverNature.SEED_OF_CHANGE: "Germe de changement",
    DriverNature.MAJOR_UNCERTAINTY: "Incertitude majeure",
    DriverNature.DISRUPTION: "Rupture",
}

NATURE_LABELS_EN: dict[DriverNature, str] = {
    DriverNature.HEAVY_TREND: "Heavy trend",
    DriverNature.WEAK_SIGNAL: "Weak signal",
    DriverNature.SEED_OF_CHANGE: "Seed of change",
    DriverNature.MAJOR_UNCERTAINTY: "Major uncertainty",
    DriverNature.DISRUPTION: "Disruption",
}


@dataclass(frozen=True, slots=True)
class Organisation:
    id: uuid.UUID
    #: the workshop it belongs to; None when it belongs to a démarche (shared by its
    #: workshops)
    workshop_id: uuid.UUID | None
    name: str
    updated_at: dt.datetime
    demarche_id: uuid.UUID | None = None


@dataclass(frozen=True, slots=True)
class Participant:
    id: uuid.UUID
    workshop_id: uuid.UUID
    name: str
    organisation_id: uuid.UUID | None
    role: str
    table_label: str
    updated_at: dt.datetime


@dataclass(frozen=True, slots=True)
class PhaseRun:
    """One interval during which a phase ran: from a start (or a resume) to a pause or an
    end; ``end`` is None while it runs."""

    start: dt.datetime
    end: dt.datetime | None = None

    def seconds(self, now: dt.datetime) -> float:
        """How long the interval lasted (until ``now`` while it runs); never negative."""
        end = self.end if self.end is not None else now
        return max(0.0, (end - self.start).total_seconds())


class PhaseStatus(enum.StrEnum):
    NOT_RUN = "not_run"
    RUNNING = "running"
    #: started, not ended, not running now (its timer was paused)
    PAUSED = "paused"
    DONE = "done"


@dataclass(frozen=True, slots=True)
class Phase:
    id: uuid.UUID
    workshop_id: uuid.UUID
    position: int
    kind: PhaseKind
    title: str
    instructions: str
    question: str
    facilitator_notes: str
    planned_minutes: int
    categories: tuple[str, ...]
    actual_start: dt.datetime | None
    actual_end: dt.datetime | None
    updated_at: dt.datetime
    timer_running_since: dt.datetime | None = None
    timer_elapsed_seconds: float = 0.0
    timer_extra_seconds: int = 0
    #: every interval the phase ran, in order (``actual_start`` is the first one's start,
    #: ``actual_end`` is set once the phase is ended)
    runs: tuple[PhaseRun, ...] = ()
    #: what of its démarche the phase works on (``DemarcheFocus``), or ""
    demarche_focus: str = ""

    @property
    def status(self) -> PhaseStatus:
        if self.actual_end is not None:
            return PhaseStatus.DONE
        if self.runs and self.runs[-1].end is None:
            return PhaseStatus.RUNNING
        if self.runs:
            return PhaseStatus.PAUSED
        if self.actual_start is not None:  # recorded before intervals: running
            return PhaseStatus.RUNNING
        return PhaseStatus.NOT_RUN

    @property
    def in_progress(self) -> bool:
        """Started and not ended (running or paused)."""
        return self.status in (PhaseStatus.RUNNING, PhaseStatus.PAUSED)

    @property
    def intervals(self) -> tuple[PhaseRun, ...]:
        """``runs``, or for a phase recorded before intervals existed, its start–end."""
        if self.runs or self.actual_start is None:
            return self.runs
        return (PhaseRun(self.actual_start, self.actual_end),)

    def actual_seconds(self, now: dt.datetime) -> float:
        """The time the phase actually ran: its intervals summed (the open one until
        ``now``)."""
        return sum(run.seconds(now) for run in self.intervals)


@dataclass(frozen=True, slots=True)
class Partner:
    """An organisation taking part in an action, with its precise role ("chacun son poste")."""

    organisation_id: uuid.UUID
    role: str


#: The capture device recorded on cards seeded by a template.
TEMPLATE_DEVICE = "template"
#: ... and on ingredients brought forward from a démarche's previous workshop.
BROUGHT_FORWARD_DEVICE = "previous-workshop"
SEEDED_DEVICES = frozenset({TEMPLATE_DEVICE, BROUGHT_FORWARD_DEVICE})


@dataclass(frozen=True, slots=True)
class Card:
    id: uuid.UUID
    workshop_id: uuid.UUID
    phase_id: uuid.UUID
    kind: CardKind
    text: str
    position: float
    # provenance
    table_label: str
    author: str
    device: str
    created_at: dt.datetime
    updated_at: dt.datetime
    deleted_at: dt.datetime | None = None
    merged_into_id: uuid.UUID | None = None
    # shared typed attributes
    category: str = ""
    title: str = ""
    impact: int | None = None
    # driver
    nature: DriverNature | None = None
    uncertainty: int | None = None
    # future
    narrative: str = ""
    #: place in the 2×2 (one of QUADRANTS), "" when not placed
    quadrant: str = ""
    # action
    description: str = ""
    lead_organisation_id: uuid.UUID | None = None
    partners: tuple[Partner, ...] = ()
    horizon_year: int | None = None
    first_step: str = ""
    means: str = ""
    indicator: str = ""
    effort: int | None = None
    # note / checklist item
    checked: bool | None = None
    # links to other cards (drivers a future answers, futures/drivers an action serves)
    links: tuple[uuid.UUID, ...] = ()

    @property
    def deleted(self) -> bool:
        return self.deleted_at is not None

    @property
    def heading(self) -> str:
        """What to show as the card's name: its title when it has one, else its text."""
        return self.title or self.text

    @property
    def seeded(self) -> bool:
        """Pre-filled by the template or brought forward from a previous workshop: not a
        contribution of this workshop's participants."""
        return self.device in SEEDED_DEVICES


@dataclass(frozen=True, slots=True)
class VoteRound:
    id: uuid.UUID
    workshop_id: uuid.UUID
    phase_id: uuid.UUID
    title: str
    dots_per_person: int
    hidden: bool
    revealed: bool
    created_at: dt.datetime
    updated_at: dt.datetime


@dataclass(frozen=True, slots=True)
class Vote:
    """Dots given to a card in a round; every record is its own row so merges add it once."""

    id: uuid.UUID
    round_id: uuid.UUID
    card_id: uuid.UUID
    dots: int
    device: str
    created_at: dt.datetime


@dataclass(frozen=True, slots=True)
class ScenarioAxes:
    """The optional 2×2 built from two key uncertainties."""

    workshop_id: uuid.UUID
    x_driver_id: uuid.UUID | None
    y_driver_id: uuid.UUID | None
    x_low: str
    x_high: str
    y_low: str
    y_high: str
    updated_at: dt.datetime


@dataclass(frozen=True, slots=True)
class Workshop:
    id: uuid.UUID
    title: str
    focal_question: str
    horizon_year: int
    territory: str
    date: dt.date
    place: str
    organisers: str
    anonymous: bool
    template_key: str
    language: str
    created_at: dt.datetime
    updated_at: dt.datetime
    #: when the facilitator ended the workshop (None while it is prepared or running)
    ended_at: dt.datetime | None = None
    #: the démarche it belongs to, if any
    demarche_id: uuid.UUID | None = None


@dataclass(frozen=True, slots=True)
class WorkshopSummary:
    """A line of the home screen's list of recent workshops."""

    id: uuid.UUID
    title: str
    date: dt.date
    horizon_year: int
    place: str
    updated_at: dt.datetime
    phase_count: int
    card_count: int
    participant_count: int
    #: the workshop was ended (*End the workshop*)
    ended_at: dt.datetime | None = None
    #: the démarche it belongs to (Home groups workshops by démarche)
    demarche_id: uuid.UUID | None = None



def is_live(card: Card) -> bool:
    return card.deleted_at is None and card.merged_into_id is None


class _Order:
    """``WorkshopData``'s derived order (live cards by phase order then position, and
    each phase's), patched in place of being derived again: a new card goes where a
    stable sort of the cards (new ones last) would put it, after the cards it ties with;
    a new version of a card keeps its place when its phase and position did not change."""

    def __init__(
        self,
        phases: tuple[Phase, ...],
        live: tuple[Card, ...],
        by_phase: dict[uuid.UUID, tuple[Card, ...]],
    ) -> None:
        self.rank = {p.id: p.position for p in phases}
        self.live = list(live)
        self.by_phase = dict(by_phase)

    def key(self, card: Card) -> tuple[int, float]:
        return (self.rank.get(card.phase_id, 0), card.position)

    def patch(self, replaced: list[Card], fresh: dict[uuid.UUID, Card]) -> bool:
        """Apply the change; False when a card moved (the order must be derived again)."""
        for before in replaced:
            after = fresh[before.id]
            if is_live(before) != is_live(after) or (
                is_live(before) and self.key(before) != self.key(after)
            ):
                return False
            if is_live(after):
                self._replace(before, after)
        old = {card.id for card in replaced}
        for card in fresh.values():
            if card.id not in old and is_live(card):
                self._insert(card)
        return True

    def _replace(self, before: Card, after: Card) -> None:
        index = bisect.bisect_left(self.live, self.key(before), key=self.key)
        while self.live[index].id != before.id:
            index += 1
        self.live[index] = after
        group = list(self.by_phase[before.phase_id])
        index = bisect.bisect_left(group, before.position, key=lambda c: c.position)
        while group[index].id != before.id:
            index += 1
        group[index] = after
        self.by_phase[before.phase_id] = tuple(group)

    def _insert(self, card: Card) -> None:
        self.live.insert(bisect.bisect_right(self.live, self.key(card), key=self.key), card)
        group = list(self.by_phase.get(card.phase_id, ()))
        group.insert(bisect.bisect_right(group, card.position, key=lambda c: c.position), card)
        self.by_phase[card.phase_id] = tuple(group)

@dataclass(frozen=True, slots=True)
class WorkshopData:
    """A whole workshop read in one go: what exporters, the PDF and the views consume."""

    workshop: Workshop
    phases: tuple[Phase, ...] = ()
    organisations: tuple[Organisation, ...] = ()
    participants: tuple[Participant, ...] = ()
    cards: tuple[Card, ...] = ()
    rounds: tuple[VoteRound, ...] = ()
    votes: tuple[Vote, ...] = ()
    axes: ScenarioAxes | None = None
    # derived on first use (views ask for a phase's cards on every refresh), not in
    # __post_init__: a capture replaces ``cards`` and must not re-sort the whole workshop
    _live: tuple[Card, ...] | None = field(default=None, init=False, repr=False, compare=False)
    _by_phase: dict[uuid.UUID, tuple[Card, ...]] | None = field(
        default=None, init=False, repr=False, compare=False
    )
    _by_id: dict[uuid.UUID, Card] | None = field(
        default=None, init=False, repr=False, compare=False
    )

    def _index(self) -> tuple[tuple[Card, ...], dict[uuid.UUID, tuple[Card, ...]]]:
        if self._live is None or self._by_phase is None:
            order = {p.id: p.position for p in self.phases}
            live = [c for c in self.cards if is_live(c)]
            live.sort(key=lambda c: (order.get(c.phase_id, 0), c.position))
            by_phase: dict[uuid.UUID, list[Card]] = {}
            for card in live:
                by_phase.setdefault(card.phase_id, []).append(card)
            object.__setattr__(self, "_live", tuple(live))
            object.__setattr__(self, "_by_phase", {k: tuple(v) for k, v in by_phase.items()})
        assert self._live is not None and self._by_phase is not None
        return self._live, self._by_phase

    def with_cards(self, written: Sequence[Card]) -> WorkshopData:
        """This workshop with ``written``: new versions of some of its cards (replaced where
        they are) and new cards (a capture: appended).

        What was already derived from the cards (their order, each phase's, by id) is
        carried forward, changed for these cards only: the first view that asks after a
        capture does not sort the whole workshop again. A card that moved (phase or
        position) leaves the order to be derived again on first use."""
        fresh = {card.id: card for card in written}
        replaced: list[Card] = []
        known = self._cards_by_id()  # derived once: later captures are told without a scan
        if not any(card_id in known for card_id in fresh):
            cards = self.cards + tuple(written)
        else:
            kept: list[Card] = []
            for card in self.cards:
                if card.id in fresh:
                    replaced.append(card)
                    kept.append(fresh[card.id])
                else:
                    kept.append(card)
            kept.extend(card for card in written if card.id not in known)
            cards = tuple(kept)
        patched = dataclasses.replace(self, cards=cards)
        object.__setattr__(patched, "_by_id", {**known, **fresh})
        if self._live is not None and self._by_phase is not None:
            order = _Order(self.phases, self._live, self._by_phase)
            if order.patch(replaced, fresh):
                object.__setattr__(patched, "_live", tuple(order.live))
                object.__setattr__(patched, "_by_phase", order.by_phase)
        return patched

    def live_cards(self) -> tuple[Card, ...]:
        """Cards neither deleted nor merged into another, in phase then position order."""
        return self._index()[0]

    def cards_of_phase(self, phase_id: uuid.UUID) -> tuple[Card, ...]:
        return self._index()[1].get(phase_id, ())

    def present_organisations(self) -> tuple[Organisation, ...]:
        """The organisations this workshop involved. A workshop of a démarche sees all the
        démarche's shared organisations: only those with people here, or leading or
        partnering one of its actions, were present. Any other workshop: all of its own."""
        if self.workshop.demarche_id is None:
            return self.organisations
        present = {person.organisation_id for person in self.participants}
        for card in self.live_cards():
            if card.kind is CardKind.ACTION:
                present.add(card.lead_organisation_id)
                present.update(partner.organisation_id for partner in card.partners)
        return tuple(o for o in self.organisations if o.id in present)

    def cards_of_kind(self, kind: CardKind) -> tuple[Card, ...]:
        return tuple(c for c in self.live_cards() if c.kind is kind)

    def vote_totals(
        self, round_id: uuid.UUID | None = None, *, revealed_only: bool = False
    ) -> dict[uuid.UUID, int]:
        """Dots per card, in one round or all of them (only the rounds whose results may
        be shown with ``revealed_only``). Votes given to a card merged into another count
        for the card it was merged into, following chains of merges."""
        shown = {r.id for r in self.rounds if not revealed_only or not r.hidden or r.revealed}
        merged_into = {c.id: c.merged_into_id for c in self.cards if c.merged_into_id}
        totals: dict[uuid.UUID, int] = {}
        for vote in self.votes:
            if vote.round_id not in shown or (round_id is not None and vote.round_id != round_id):
                continue
            card_id = vote.card_id
            seen: set[uuid.UUID] = set()
            while card_id in merged_into and card_id not in seen:
                seen.add(card_id)
                card_id = merged_into[card_id]
            totals[card_id] = totals.get(card_id, 0) + vote.dots
        return totals

    def card(self, card_id: uuid.UUID | None) -> Card | None:
        if card_id is None:
            return None
        return self._cards_by_id().get(card_id)

    def _cards_by_id(self) -> dict[uuid.UUID, Card]:
        by_id = self._by_id
        if by_id is None:
            by_id = {c.id: c for c in self.cards}
            object.__setattr__(self, "_by_id", by_id)
        return by_id

    def organisation(self, org_id: uuid.UUID | None) -> Organisation | None:
        if org_id is None:
            return None
        return next((o for o in self.organisations if o.id == org_id), None)

    def phase(self, phase_id: uuid.UUID) -> Phase | None:
        return next((p for p in self.phases if p.id == phase_id), None)
