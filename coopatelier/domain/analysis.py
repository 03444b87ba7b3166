"""Derived values the views and the synthesis share: matrix quadrants, vote tallies,
roadmap lanes."""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import uuid
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from coopatelier.domain.collation import sort_key
from coopatelier.domain.model import (
    Card,
    CardKind,
    Organisation,
    Phase,
    PhaseKind,
    PhaseStatus,
    Vote,
    VoteRound,
    WorkshopData,
)

#: Ratings at or above this value count as "high" on a 1–5 scale.
HIGH_THRESHOLD = 4


class DriverQuadrant(enum.StrEnum):
    """Quadrants of the impact × uncertainty matrix."""

    KEY_UNCERTAINTY = "key_uncertainty"  # high impact, high uncertainty: build scenarios on it
    CERTAIN_TREND = "certain_trend"  # high impact, low uncertainty: plan for it
    SECONDARY_UNCERTAINTY = "secondary_uncertainty"  # low impact, high uncertainty: watch it
    CONTEXT = "context"  # low impact, low uncertainty


def driver_quadrant(impact: int | None, uncertainty: int | None) -> DriverQuadrant | None:
    if impact is None or uncertainty is None:
        return None
    high_i = impact >= HIGH_THRESHOLD
    high_u = uncertainty >= HIGH_THRESHOLD
    if high_i and high_u:
        return DriverQuadrant.KEY_UNCERTAINTY
    if high_i:
        return DriverQuadrant.CERTAIN_TREND
    if high_u:
        return DriverQuadrant.SECONDARY_UNCERTAINTY
    return DriverQuadrant.CONTEXT


def key_uncertainties(drivers: Iterable[Card]) -> list[Card]:
    """Drivers in the key-uncertainty quadrant, strongest first."""
    keys = [
        c
        for c in drivers
        if driver_quadrant(c.impact, c.uncertainty) is DriverQuadrant.KEY_UNCERTAINTY
    ]
    keys.sort(key=lambda c: (-(c.impact or 0) - (c.uncertainty or 0), c.position))
    return keys


class ActionQuadrant(enum.StrEnum):
    """Quadrants of the impact × effort matrix."""

    QUICK_WIN = "quick_win"  # high impact, low effort
    MAJOR_PROJECT = "major_project"  # high impact, high effort
    FILL_IN = "fill_in"  # low impact, low effort
    THANKLESS = "thankless"  # low impact, high effort


def action_quadrant(impact: int | None, effort: int | None) -> ActionQuadrant | None:
    if impact is None or effort is None:
        return None
    high_i = impact >= HIGH_THRESHOLD
    high_e = effort >= HIGH_THRESHOLD
    if high_i:
        return ActionQuadrant.MAJOR_PROJECT if high_e else ActionQuadrant.QUICK_WIN
    return ActionQuadrant.THANKLESS if high_e else ActionQuadrant.FILL_IN


@dataclass(frozen=True, slots=True)
class Tally:
    card_id: uuid.UUID
    dots: int
    rank: int
    #: another card has the same number of dots
    tied: bool = False

    @property
    def place(self) -> str:
        """The rank as shown: "1.", "2 =" for a tie, "" for a card without any dot (it is
        not ranked)."""
        if self.dots <= 0:
            return ""
        return f"{self.rank} =" if self.tied else f"{self.rank}."


def tally_votes(votes: Iterable[Vote], round_id: uuid.UUID | None = None) -> dict[uuid.UUID, int]:
    """Dots per card, in one round or across every round."""
    totals: dict[uuid.UUID, int] = defaultdict(int)
    for v in votes:
        if round_id is None or v.round_id == round_id:
            totals[v.card_id] += v.dots
    return dict(totals)


@dataclass(frozen=True, slots=True)
class RoundDots:
    """One voting round whose results may be shown, with its dots per card."""

    #: its place among its phase's rounds, from 1 (as the voting panel numbers them)
    number: int
    round: VoteRound
    totals: dict[uuid.UUID, int]


@dataclass(frozen=True, slots=True)
class ExportDots:
    """The dots an export prints: per card, those of the latest shown round of its phase
    (``totals``, what ranks use), that round named (``round_of``), and the card's dots in
    the phase's earlier rounds listed apart (``earlier``), never added together."""

    totals: dict[uuid.UUID, int]
    round_of: dict[uuid.UUID, RoundDots]
    earlier: dict[uuid.UUID, tuple[tuple[int, int], ...]]
    #: per phase, its shown rounds, oldest first
    rounds: dict[uuid.UUID, tuple[RoundDots, ...]]

    @property
    def most_rounds(self) -> int:
        """The largest round number of any phase with a shown round (0 without any)."""
        return max((r.number for rounds in self.rounds.values() for r in rounds), default=0)

    def in_round(self, card_id: uuid.UUID, phase_id: uuid.UUID, number: int) -> int | None:
        """The card's dots in round ``number`` of ``phase_id``; None when there is no such
        shown round."""
        for shown in self.rounds.get(phase_id, ()):
            if shown.number == number:
                return shown.totals.get(card_id, 0)
        return None


def shown_rounds(data: WorkshopData) -> dict[uuid.UUID, tuple[RoundDots, ...]]:
    """Per phase, its rounds whose results may be shown (not hidden, or revealed), oldest
    first, numbered among all the phase's rounds."""
    by_phase: dict[uuid.UUID, list[VoteRound]] = defaultdict(list)
    for round_ in sorted(data.rounds, key=lambda r: r.created_at):
        by_phase[round_.phase_id].append(round_)
    result: dict[uuid.UUID, tuple[RoundDots, ...]] = {}
    for phase_id, rounds in by_phase.items():
        shown = tuple(
            RoundDots(number, round_, data.vote_totals(round_.id, revealed_only=True))
            for number, round_ in enumerate(rounds, start=1)
            if not round_.hidden or round_.revealed
        )
        if shown:
            result[phase_id] = shown
    return result


def export_dots(data: WorkshopData) -> ExportDots:
    """What the exports print of the dots (#13: every view says which round, never
    silently summing): a card's dots come from the latest shown round of its own phase
    (else of the latest phase whose latest round gave it dots); earlier rounds of that phase
    in which it got dots are listed apart."""
    rounds = shown_rounds(data)
    phase_of = {c.id: c.phase_id for c in data.cards}
    totals: dict[uuid.UUID, int] = {}
    round_of: dict[uuid.UUID, RoundDots] = {}
    for phase_id, shown in rounds.items():
        latest = shown[-1]
        for card_id in {c for r in shown for c in r.totals}:
            own = phase_of.get(card_id) == phase_id
            if card_id in round_of and not own:
                continue
            round_of[card_id] = latest
    for card_id, phase_id in phase_of.items():
        if card_id not in round_of and phase_id in rounds:
            round_of[card_id] = rounds[phase_id][-1]  # shown, with no dot: "Round 2: 0"
    earlier: dict[uuid.UUID, tuple[tuple[int, int], ...]] = {}
    for card_id, latest in round_of.items():
        dots = latest.totals.get(card_id, 0)
        if dots:
            totals[card_id] = dots
        before = tuple(
            (r.number, r.totals[card_id])
            for r in rounds[latest.round.phase_id][:-1]
            if r.totals.get(card_id)
        )
        if before:
            earlier[card_id] = before
    return ExportDots(totals, round_of, earlier, rounds)


def ranking(
    cards: Iterable[Card], totals: dict[uuid.UUID, int],
    order: Mapping[uuid.UUID, int] | None = None,
) -> list[Tally]:
    """Cards ranked by dots, ties sharing a rank (1, 2, 2, 4) and marked ``tied``, ties
    kept in ``order`` (a card's number or code; by default the cards' positions). Cards
    without a dot come last; ``Tally.place`` leaves them unranked."""
    ordered = sorted(cards, key=lambda c: (
        -totals.get(c.id, 0), order.get(c.id, 0) if order is not None else c.position))
    result: list[Tally] = []
    previous: int | None = None
    rank = 0
    for index, card in enumerate(ordered, start=1):
        dots = totals.get(card.id, 0)
        if dots != previous:
            rank = index
            previous = dots
        result.append(Tally(card.id, dots, rank))
    counts = Counter(t.dots for t in result)
    return [
        dataclasses.replace(t, tied=True) if counts[t.dots] > 1 else t for t in result
    ]


@dataclass(frozen=True, slots=True)
class LaneEntry:
    """An action as one organisation's lane shows it: led by it (``lead``), or with its
    role as a partner (``role``, maybe empty)."""

    card: Card
    lead: bool
    role: str = ""


@dataclass(frozen=True, slots=True)
class RoadmapLane:
    """One organisation's part of the roadmap ("chacun son poste"); the lane of
    ``organisation_id`` None holds the actions whose lead is still to be found."""

    organisation_id: uuid.UUID | None
    name: str
    entries: tuple[LaneEntry, ...]


def roadmap_lanes(
    actions: Iterable[Card],
    organisations: Iterable[Organisation],
    language: str,
    *,
    every_organisation: bool = False,
) -> list[RoadmapLane]:
    """The roadmap's lanes: one per organisation that leads or partners an action (every
    organisation with ``every_organisation``: a lane to drop an action in), in the
    dictionary order of their names, then the actions without a lead, last.

    An action is in its lead's lane (marked as led) and in each partner's lane (with the
    partner's role), once per lane, whatever its list of partners repeats. Inside a lane:
    year (undated last), then card order."""
    by_org: dict[uuid.UUID | None, list[LaneEntry]] = {}
    known = {o.id: o for o in organisations}
    for card in actions:
        lead = card.lead_organisation_id if card.lead_organisation_id in known else None
        by_org.setdefault(lead, []).append(LaneEntry(card, lead is not None))
        seen = {lead}
        for partner in card.partners:
            org_id = partner.organisation_id
            if org_id in seen or org_id not in known:
                continue
            seen.add(org_id)
            by_org.setdefault(org_id, []).append(LaneEntry(card, False, partner.role))
    ordered = sorted(known.values(), key=lambda o: (sort_key(o.name, language), str(o.id)))
    lanes: list[RoadmapLane] = []
    for org in ordered:
        entries = by_org.get(org.id, [])
        if entries or every_organisation:
            lanes.append(RoadmapLane(org.id, org.name, _by_year(entries)))
    if by_org.get(None):
        lanes.append(RoadmapLane(None, "", _by_year(by_org[None])))
    return lanes


def roadmap_actions(data: WorkshopData) -> list[Card]:
    """The actions the roadmap schedules: every live action of the workshop."""
    return list(data.cards_of_kind(CardKind.ACTION))


def roadmap_notes(data: WorkshopData) -> list[Card]:
    """What was noted while building the roadmap (a vacant role, a dependency): the notes
    of the roadmap phases, shown beside the timeline, never as actions."""
    phases = {p.id for p in data.phases if p.kind is PhaseKind.ROADMAP}
    return [c for c in data.cards_of_kind(CardKind.NOTE) if c.phase_id in phases]


def _by_year(entries: list[LaneEntry]) -> tuple[LaneEntry, ...]:
    return tuple(
        sorted(
            entries,
            key=lambda e: (e.card.horizon_year is None, e.card.horizon_year or 0, e.card.position),
        )
    )


#: An in-progress phase's minutes are not printed past this (a phase left running for days
#: says "in progress" rather than an absurd duration).
MAX_SHOWN_RUNNING_MINUTES = 24 * 60


@dataclass(frozen=True, slots=True)
class PhaseTiming:
    """Planned against actual, as the synthesis shows it."""

    status: PhaseStatus
    planned_minutes: int
    #: the run intervals summed, in whole minutes; None for a phase never run, or still
    #: running for longer than is believable
    actual_minutes: int | None

    @property
    def delta_minutes(self) -> int | None:
        """Actual minus planned, for a finished phase."""
        if self.status is not PhaseStatus.DONE or self.actual_minutes is None:
            return None
        return self.actual_minutes - self.planned_minutes


def phase_timing(phase: Phase, now: dt.datetime) -> PhaseTiming:
    """The truth of a phase at ``now``: never run, in progress (with its minutes so far), or
    done (with its minutes summed over every interval); never negative."""
    status = phase.status
    if status is PhaseStatus.NOT_RUN:
        return PhaseTiming(status, phase.planned_minutes, None)
    minutes = round(phase.actual_seconds(now) / 60)
    if status is not PhaseStatus.DONE and minutes > MAX_SHOWN_RUNNING_MINUTES:
        return PhaseTiming(status, phase.planned_minutes, None)
    return PhaseTiming(status, phase.planned_minutes, minutes)
