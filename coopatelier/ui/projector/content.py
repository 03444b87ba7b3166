"""What the room sees of a phase, as wall items: built from the workshop's data, with no
personal name when the workshop is anonymous."""

from __future__ import annotations

import datetime as dt
import enum
import uuid
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QObject

from coopatelier.domain.analysis import (
    DriverQuadrant,
    RoundDots,
    driver_quadrant,
    ranking,
    roadmap_actions,
    roadmap_lanes,
    shown_rounds,
)
from coopatelier.domain.card_numbers import room_order
from coopatelier.domain.model import (
    NATURE_LABELS_EN,
    NATURE_LABELS_FR,
    Card,
    CardKind,
    Partner,
    Phase,
    PhaseKind,
    VoteRound,
    WorkshopData,
)
from coopatelier.ui.projector.wall import ItemKind, WallItem


class Projector(QObject):
    """The "Projector" translation context for counts: lupdate reads a plural only from
    ``self.tr(text, "", n)``."""

    def unrated(self, count: int) -> str:
        return self.tr("%n driver(s) not rated yet", "", count)


class Mode(enum.StrEnum):
    """What the projector shows besides the phase's own content."""

    PHASE = "phase"  # the phase's content as its kind needs it
    MATRIX = "matrix"  # impact × uncertainty of the drivers
    ROADMAP = "roadmap"  # lanes of actions per lead organisation
    VOTES = "votes"  # results of the revealed voting rounds
    WELCOME = "welcome"  # the workshop's title, date, place and a word of welcome


class FocusKind(enum.StrEnum):
    """What one group shown alone on the wall is."""

    GROUP = "group"  # a header of the wall: a category, an organisation's lane
    TABLE = "table"  # the cards of one table
    QUADRANT = "quadrant"  # one quadrant of the impact × uncertainty matrix


#: one group shown alone: its kind and its key (a category, a table, a quadrant's value)
Focus = tuple[FocusKind, str]


@dataclass(slots=True)
class Content:
    items: list[WallItem] = field(default_factory=list)
    #: for the matrix: items per quadrant
    quadrants: dict[DriverQuadrant, list[WallItem]] = field(default_factory=dict)
    empty_text: str = ""
    #: the card captured last (the wall opens on its page)
    newest_id: uuid.UUID | None = None
    newest_at: dt.datetime | None = None


_QUADRANT_ACCENT = {
    DriverQuadrant.KEY_UNCERTAINTY: "amber",
    DriverQuadrant.CERTAIN_TREND: "blue",
    DriverQuadrant.SECONDARY_UNCERTAINTY: "green",
    DriverQuadrant.CONTEXT: "grey",
}


def quadrant_title(quadrant: DriverQuadrant) -> str:
    return {
        DriverQuadrant.KEY_UNCERTAINTY: QCoreApplication.translate(
            "Projector", "Key uncertainties"
        ),
        DriverQuadrant.CERTAIN_TREND: QCoreApplication.translate("Projector", "Certain trends"),
        DriverQuadrant.SECONDARY_UNCERTAINTY: QCoreApplication.translate("Projector", "To watch"),
        DriverQuadrant.CONTEXT: QCoreApplication.translate("Projector", "Context"),
    }[quadrant]


def author_note(data: WorkshopData, card: Card) -> str:
    """The author's name, only when the workshop is not anonymous."""
    if data.workshop.anonymous:
        return ""
    return card.author


# wall items of cards already shown, by card value: a drag rebuilds only the moved card
_ITEMS: dict[tuple[int, uuid.UUID, bool], tuple[Card, WallItem]] = {}


def card_item(data: WorkshopData, card: Card, *, badge: str = "", full: bool = False) -> WallItem:
    """One card as the room sees it."""
    if badge:
        return _card_item(data, card, badge=badge, full=full)
    key = (id(data.workshop), card.id, full)
    cached = _ITEMS.get(key)
    if cached is not None and cached[0] is card:
        return cached[1]
    item = _card_item(data, card, full=full)
    if len(_ITEMS) > 50_000:
        _ITEMS.clear()
    _ITEMS[key] = (card, item)
    return item


def _partner_line(data: WorkshopData, partner: Partner) -> str:
    """A partner of an action as the room reads it: its organisation, then its role."""
    org = data.organisation(partner.organisation_id)
    name = org.name if org is not None else ""
    role = partner.role.strip()
    if name and role:
        return QCoreApplication.translate("Projector", "%1: %2").replace(
            "%1", name).replace("%2", role)
    return name or role


def _card_item(data: WorkshopData, card: Card, *, badge: str = "", full: bool = False) -> WallItem:
    note = author_note(data, card)
    if card.kind is CardKind.FUTURE:
        return WallItem(
            ItemKind.CARD,
            card.narrative or ("" if card.title else card.text),
            title=card.title or (card.text if card.narrative else ""),
            note=note,
            badge=badge,
            card_id=card.id,
            accent="blue",
        )
    if card.kind is CardKind.ACTION:
        org = data.organisation(card.lead_organisation_id)
        parts = [p for p in (org.name if org else "", str(card.horizon_year or "")) if p]
        text = card.description if full else ""
        if full and card.first_step:
            text = (
                (text + "\n" if text else "")
                + QCoreApplication.translate("Projector", "First step: ")
                + card.first_step
            )
        if full:
            # on stage, who does what first: the lead and the year, then each partner and
            # its role ("CCAS: guide the families"), then what the action is; a long action
            # ends with "…" there, and a note is the first thing a crowded card drops (the
            # wall keeps an action to its title, lead and year: a page per two otherwise)
            partners = [_partner_line(data, partner) for partner in card.partners]
            head = [" · ".join(parts)] if parts else []
            text = "\n".join([*head, *filter(None, partners), *([text] if text else [])])
            parts = []
        return WallItem(
            ItemKind.CARD,
            text,
            title=card.heading,
            note=" · ".join([*parts, note] if note else parts),
            badge=badge,
            card_id=card.id,
            accent="green",
        )
    if card.kind is CardKind.DRIVER:
        quadrant = driver_quadrant(card.impact, card.uncertainty)
        accent = _QUADRANT_ACCENT.get(quadrant, "") if quadrant else ""
        return WallItem(
            ItemKind.CARD,
            card.text,
            title=card.title,
            note=note,
            badge=badge,
            card_id=card.id,
            accent=accent,
        )
    text = card.text
    if card.checked is not None:
        text = ("☑ " if card.checked else "☐ ") + text
    return WallItem(ItemKind.CARD, text, title=card.title, note=note, badge=badge, card_id=card.id)


def _grouped(data: WorkshopData, phase: Phase, cards: tuple[Card, ...]) -> list[WallItem]:
    """Cards grouped by category in the room's order (``domain.card_numbers``, the order
    the vote numbers follow): the phase's categories, others as they come, uncategorised
    last under "Other" ("Uncategorised" among drivers, "Other items" in the closing, as
    the window says) when some card has a category."""
    ordered = room_order(phase, cards)
    named = any(card.category for card in ordered)
    items: list[WallItem] = []
    group: str | None = None
    for card in ordered:
        if card.category != group:
            group = card.category
            if group or named:
                items.append(WallItem.header(group or _ungrouped(phase), group))
        items.append(card_item(data, card))
    return items


def _ungrouped(phase: Phase) -> str:
    """The heading of cards without a group, as the window names them in that phase."""
    if phase.kind is PhaseKind.DRIVERS:
        return QCoreApplication.translate("Projector", "Uncategorised")
    if phase.kind is PhaseKind.CLOSING:
        return QCoreApplication.translate("Projector", "Other items")
    return QCoreApplication.translate("Projector", "Other")


def phase_content(
    data: WorkshopData, phase: Phase, cards: tuple[Card, ...], focus: Focus | None = None
) -> Content:
    """The phase's own content; with a ``focus``, only that group (a category, a table)."""
    if focus is not None and focus[0] is FocusKind.TABLE:
        cards = tuple(c for c in cards if c.table_label == focus[1])
    content = _phase_content(data, phase, cards)
    if cards and phase.kind is not PhaseKind.ROADMAP:
        newest = max(cards, key=lambda c: c.created_at)
        content.newest_id, content.newest_at = newest.id, newest.created_at
    if focus is not None and focus[0] is FocusKind.GROUP:
        content.items = group_items(content.items, focus[1])
    return content


def group_items(items: list[WallItem], group: str) -> list[WallItem]:
    """The header whose group is ``group`` and its cards."""
    chosen: list[WallItem] = []
    inside = False
    for item in items:
        if item.kind is ItemKind.HEADER:
            inside = item.group == group
        if inside:
            chosen.append(item)
    return chosen


def groups_of(items: list[WallItem]) -> list[tuple[str, str]]:
    """(group key, name) of each header of a wall, in order."""
    return [(i.group, i.text) for i in items if i.kind is ItemKind.HEADER]


def tables_of(cards: tuple[Card, ...]) -> list[str]:
    """The tables the cards come from, when there are several."""
    tables = sorted({c.table_label for c in cards if c.table_label})
    return tables if len(tables) > 1 else []


def _phase_content(data: WorkshopData, phase: Phase, cards: tuple[Card, ...]) -> Content:
    if phase.kind in (PhaseKind.ROADMAP,):
        return roadmap_content(data)
    if phase.kind is PhaseKind.FUTURES:
        items = [card_item(data, c) for c in cards]
        return Content(
            items,
            empty_text=QCoreApplication.translate("Projector", "The futures will appear here."),
        )
    if phase.kind is PhaseKind.ACTIONS:
        items = [card_item(data, c) for c in cards]
        return Content(
            items,
            empty_text=QCoreApplication.translate("Projector", "The actions will appear here."),
        )
    items = _grouped(data, phase, cards)
    return Content(
        items,
        empty_text=QCoreApplication.translate(
            "Projector", "The cards will appear here as they are captured."
        ),
    )


def matrix_content(data: WorkshopData, phase: Phase | None) -> Content:
    drivers = [c for c in data.live_cards() if c.kind is CardKind.DRIVER]
    if phase is not None and phase.kind is PhaseKind.DRIVERS:
        drivers = [c for c in drivers if c.phase_id == phase.id] or drivers
    quadrants: dict[DriverQuadrant, list[WallItem]] = {q: [] for q in DriverQuadrant}
    unrated = 0
    for card in sorted(
        drivers, key=lambda c: (-(c.impact or 0) - (c.uncertainty or 0), c.position)
    ):
        quadrant = driver_quadrant(card.impact, card.uncertainty)
        if quadrant is None:
            unrated += 1
            continue
        item = card_item(data, card)  # positions matter here, not who said it
        quadrants[quadrant].append(
            WallItem(
                ItemKind.CARD, item.text, title=item.title, card_id=card.id, accent=item.accent
            )
        )
    empty = (
        QCoreApplication.translate("Projector", "No driver rated yet.")
        if not any(quadrants.values())
        else ""
    )
    content = Content(quadrants=quadrants, empty_text=empty)
    if unrated:
        content.items = [
            WallItem(
                ItemKind.CARD,
                Projector().unrated(unrated),
            )
        ]
    return content


def roadmap_content(data: WorkshopData) -> Content:
    """The roadmap's lanes as wall items (one header per organisation, each action of the
    lane with the lane's part in it); the room's view draws them as a timeline
    (``ui/projector/roadmap.py``)."""
    lanes = roadmap_lanes(roadmap_actions(data), data.organisations, data.workshop.language)
    items: list[WallItem] = []
    lead = QCoreApplication.translate("ProjectorRoadmap", "Lead")
    for lane in lanes:
        items.append(
            WallItem.header(
                lane.name or QCoreApplication.translate("Projector", "Lead to be found"),
                str(lane.organisation_id) if lane.organisation_id else "",
            )
        )
        for entry in lane.entries:
            card = entry.card
            year = str(card.horizon_year) if card.horizon_year else "—"
            items.append(
                WallItem(
                    ItemKind.CARD,
                    "",
                    title=card.heading,
                    note=lead if entry.lead else entry.role,
                    badge=year,
                    card_id=card.id,
                    accent="green" if entry.lead else "",
                )
            )
    return Content(
        items, empty_text=QCoreApplication.translate("Projector", "No action on the roadmap yet.")
    )


# a ranking this short reads top-down in one column on the room's screen
SHORT_RANKING = 12


def votes_phase(data: WorkshopData, phase: Phase | None) -> Phase | None:
    """The phase whose rounds the votes wall shows: ``phase`` when it has a round of its
    own; else none (every round of the workshop is shown)."""
    if phase is not None and any(r.phase_id == phase.id for r in data.rounds):
        return phase
    return None


def votes_rounds_phase(data: WorkshopData, phase: Phase | None) -> Phase | None:
    """The phase whose rounds the votes wall lists, to be named in its title: ``phase``'s
    own, else the one phase of the workshop that has rounds; None when several have."""
    own = votes_phase(data, phase)
    if own is not None:
        return own
    phases_with_rounds = {r.phase_id for r in data.rounds}
    if len(phases_with_rounds) != 1:
        return None
    return data.phase(next(iter(phases_with_rounds)))


def _shown_rounds(data: WorkshopData, phase: Phase | None) -> list[RoundDots]:
    """The rounds whose results may be shown, numbered in their phase, with their dots:
    those the exports print (:func:`domain.analysis.shown_rounds`), oldest first."""
    by_phase = shown_rounds(data)
    own = votes_phase(data, phase)
    if own is not None:
        return list(by_phase.get(own.id, ()))
    return sorted((r for rounds in by_phase.values() for r in rounds),
                  key=lambda shown: shown.round.created_at)


def round_name(number: int, round_: VoteRound) -> str:
    name = QCoreApplication.translate("Projector", "Round %1").replace("%1", str(number))
    return f"{name} — {round_.title}" if round_.title else name


def votes_title(data: WorkshopData, phase: Phase | None) -> str:
    """The round the votes wall shows, when it shows one (several get a heading each):
    its number and its title ("Round 1 — Priority drivers"), as the headings say it."""
    shown = _shown_rounds(data, phase)
    if len(shown) != 1:
        return ""
    return round_name(shown[0].number, shown[0].round)


def votes_content(data: WorkshopData, phase: Phase | None) -> Content:
    """Ranked results of the rounds that may be shown (revealed, or never hidden), each
    round apart: ties as "2 =", cards without a dot left out."""
    shown = _shown_rounds(data, phase)
    if not shown:
        if not data.rounds:  # nothing to reveal: no round was ever opened
            return Content(
                empty_text=QCoreApplication.translate("Projector", "No vote round yet.")
            )
        return Content(
            empty_text=QCoreApplication.translate(
                "Projector", "The results will appear once revealed."
            )
        )
    items: list[WallItem] = []
    for round_ in shown:
        cards = data.cards_of_phase(round_.round.phase_id)
        if len(shown) > 1:
            items.append(WallItem.header(round_name(round_.number, round_.round)))
        for tally in ranking(cards, round_.totals):
            if tally.dots <= 0:
                continue
            card = next(c for c in cards if c.id == tally.card_id)
            base = card_item(data, card)
            # one line per ranked card: its title, or its text when it has none (the text
            # is never printed a second time under it; a future's narrative stays out)
            items.append(
                WallItem(
                    ItemKind.CARD,
                    "",
                    title=f"{tally.place} {base.title or base.text}",
                    note=base.note,
                    badge=f"● {tally.dots}",
                    card_id=card.id,
                    accent=base.accent,
                )
            )
    return Content(items, empty_text=QCoreApplication.translate("Projector", "No dot given yet."))


def nature_label(card: Card, language: str) -> str:
    if card.nature is None:
        return ""
    labels = NATURE_LABELS_FR if language == "fr" else NATURE_LABELS_EN
    return labels[card.nature]


def stage_item(data: WorkshopData, card_id: uuid.UUID) -> WallItem | None:
    """One card or future, full size, with what it says in full."""
    card = data.card(card_id)
    if card is None or card.deleted:
        return None
    item = card_item(data, card, full=True)
    return item
