"""The demo workshop: what a new user sees on the first start, and ``coopatelier demo``.

The story is data, one file per language: ``resources/demo/demo.fr.toml`` and
``demo.en.toml`` (the same story; format in ``docs/demo-format.md``). The open workshop the
Projet alimentaire territorial (PAT), the Cohésion sociale service and the Lab des possibles
of the Métropole Aix-Marseille-Provence ran in April with their partners: desirable futures
for sustainable food in the priority neighbourhoods (QPV) at the 2030 horizon, first
actions, and who does what ("chacun son poste"). People and associations are fictional.

This module reads a story and plays it through the public API only, as a facilitator
would: the workshop from its template, then phase by phase the cards, the scenario axes,
a hidden vote revealed, the ticked checklist; at last each phase's actual run. Every time
is the workshop's local time of its file (``utc_offset``), stored in UTC like every time in
the database: the workshop, and with it the template's seed cards, is created when the
facilitator prepared the room; each card is captured during its phase.
"""

from __future__ import annotations

import datetime as dt
import tomllib
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from coopatelier import api
from coopatelier.domain.people import PersonLine
from coopatelier.domain.rules import distinct_title
from coopatelier.resources import resource

SCHEMA_VERSION = 1
#: The languages a demo story is written in; any other interface language gets English.
DEMO_LANGUAGES = ("fr", "en")

_CARD_ATTRIBUTES = {
    # file field → add_card attribute
    "category": "category",
    "title": "title",
    "nature": "nature",
    "impact": "impact",
    "uncertainty": "uncertainty",
    "narrative": "narrative",
    "quadrant": "quadrant",
    "description": "description",
    "year": "horizon_year",
    "first_step": "first_step",
    "means": "means",
    "indicator": "indicator",
    "effort": "effort",
}
_CARD_KEYS = {*_CARD_ATTRIBUTES, "key", "kind", "text", "table", "author", "lead", "partners",
              "links", "dots"}
_PHASE_KEYS = {"kind", "start", "end", "cards", "vote", "check"}
_WORKSHOP_KEYS = {"template", "title", "date", "utc_offset", "prepared_at", "place",
                  "organisers", "device", "participants", "axes", "phases"}
_TOP_KEYS = {"schema_version", "language", "organisations", "workshops", "demarche"}
_DEMARCHE_KEYS = {"title", "description", "created", "roles", "rhythm", "next_meeting",
                  "members", "decisions", "history", "checkpoint"}
_EVENT_KEYS = {"action", "on", "status", "note", "author", "replaced_by"}
_CHECKPOINT_KEYS = {"template", "title", "date", "prepared", "place", "organisers",
                    "participants"}


def demo_language(language: str) -> str:
    """The story's language for an interface ``language``: French for French, else English."""
    return "fr" if language.split("-")[0].split("_")[0].lower() == "fr" else "en"


def demo_file(language: str) -> Path:
    return resource("demo", f"demo.{demo_language(language)}.toml")


# --- the story, as read from its file -------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DemoCard:
    text: str
    #: a name other cards' ``links`` use
    key: str = ""
    kind: api.CardKind | None = None
    table: str = ""
    author: str = ""
    #: organisation keys
    lead: str = ""
    partners: tuple[tuple[str, str], ...] = ()
    #: keys of earlier cards (drivers a future answers, futures and drivers an action serves)
    links: tuple[str, ...] = ()
    #: dots this card got in its phase's vote
    dots: int = 0
    #: the other typed attributes, named as ``api.add_card`` names them
    attributes: Mapping[str, object] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class DemoVote:
    title: str
    dots_per_person: int


@dataclass(frozen=True, slots=True)
class DemoPhase:
    kind: api.PhaseKind
    start: str  # local "HH:MM"
    end: str
    cards: tuple[DemoCard, ...]
    vote: DemoVote | None = None
    #: seed cards ticked, by the start of their text
    check: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class DemoWorkshop:
    template: str
    title: str
    date: dt.date
    zone: dt.timezone
    prepared_at: str
    place: str
    organisers: str
    device: str
    participants: tuple[tuple[str, str, str, str], ...]  # name, organisation key, role, table
    phases: tuple[DemoPhase, ...]
    axes: Mapping[str, str] | None = None

    def at(self, hhmm: str) -> dt.datetime:
        hours, minutes = (int(part) for part in hhmm.split(":"))
        return dt.datetime.combine(self.date, dt.time(hours, minutes), tzinfo=self.zone)


@dataclass(frozen=True, slots=True)
class DemoEvent:
    """One entry of an action's history: a status change, or a follow-up (no status)."""

    action: str  # the action card's key
    on: dt.date
    note: str
    author: str = ""
    status: api.ActionStatus | None = None
    replaced_by: str = ""  # an action card's key, for a reoriented action


@dataclass(frozen=True, slots=True)
class DemoCheckpoint:
    """A workshop of the démarche in preparation: created from its template, not run."""

    template: str
    title: str
    date: dt.date
    prepared: dt.datetime
    place: str
    organisers: str
    participants: tuple[tuple[str, str, str], ...]  # name, organisation key, role


@dataclass(frozen=True, slots=True)
class DemoDemarche:
    """The démarche the story's workshops belong to, its roadmap's history, its governance
    and the next workshop in preparation."""

    title: str
    description: str
    created: dt.datetime
    roles: tuple[str, ...]
    rhythm: str
    next_meeting_date: dt.date | None
    next_meeting_place: str
    members: tuple[tuple[str, str, str], ...]  # organisation key, person, role
    decisions: tuple[tuple[dt.date, str, bool], ...]  # day, text, taken in the workshop
    history: tuple[DemoEvent, ...]
    checkpoint: DemoCheckpoint | None = None


@dataclass(frozen=True, slots=True)
class DemoStory:
    language: str
    organisations: Mapping[str, str]  # key → name
    workshops: tuple[DemoWorkshop, ...]
    demarche: DemoDemarche | None = None


@dataclass(frozen=True, slots=True)
class DemoMade:
    """What playing the whole story made."""

    workshop_id: uuid.UUID  # the April workshop
    demarche_id: uuid.UUID | None = None
    checkpoint_id: uuid.UUID | None = None  # the September workshop, in preparation


def load_story(language: str = "fr") -> DemoStory:
    """The demo story in ``language`` (French, else English). A file that does not follow
    the format is a bug of ours: ``ValueError`` naming the field."""
    path = demo_file(language)
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    return _story(data, path.name)


def _check(data: Mapping[str, Any], allowed: set[str], where: str) -> None:
    unknown = sorted(set(data) - allowed)
    if unknown:
        raise ValueError(f"{where}.{unknown[0]}: not a field of the demo format")


def _story(data: Mapping[str, Any], where: str) -> DemoStory:
    _check(data, _TOP_KEYS, where)
    if data.get("schema_version") != SCHEMA_VERSION:
        raise ValueError(f"{where}: schema_version must be {SCHEMA_VERSION}")
    organisations = {str(k): str(v) for k, v in data["organisations"].items()}
    workshops = tuple(
        _workshop(item, organisations, f"{where}: workshops[{index}]")
        for index, item in enumerate(data["workshops"], start=1)
    )
    demarche = (_demarche(data["demarche"], organisations, workshops, f"{where}: demarche")
                if "demarche" in data else None)
    return DemoStory(str(data["language"]), organisations, workshops, demarche)


def _known(org: str, organisations: Mapping[str, str], where: str) -> str:
    if org and org not in organisations:
        raise ValueError(f"{where}: unknown organisation {org!r}")
    return org


def _demarche(data: Mapping[str, Any], organisations: Mapping[str, str],
              workshops: tuple[DemoWorkshop, ...], where: str) -> DemoDemarche:
    _check(data, _DEMARCHE_KEYS, where)
    actions = {card.key for w in workshops for p in w.phases for card in p.cards
               if card.key and p.kind is api.PhaseKind.ACTIONS}
    history: list[DemoEvent] = []
    for index, item in enumerate(data.get("history", ()), start=1):
        place = f"{where}.history[{index}]"
        _check(item, _EVENT_KEYS, place)
        for name in ("action", "replaced_by"):
            if name in item and item[name] not in actions:
                raise ValueError(f"{place}.{name}: no action card has key {item[name]!r}")
        history.append(DemoEvent(
            action=item["action"],
            on=item["on"],
            note=item.get("note", ""),
            author=item.get("author", ""),
            status=api.ActionStatus(item["status"]) if "status" in item else None,
            replaced_by=item.get("replaced_by", ""),
        ))
    meeting = data.get("next_meeting", {})
    members = tuple(
        (_known(m.get("organisation", ""), organisations, f"{where}.members"),
         m.get("person", ""), m.get("role", ""))
        for m in data.get("members", ())
    )
    decisions = tuple((d["on"], d["text"], bool(d.get("workshop", False)))
                      for d in data.get("decisions", ()))
    checkpoint = None
    if "checkpoint" in data:
        item = data["checkpoint"]
        _check(item, _CHECKPOINT_KEYS, f"{where}.checkpoint")
        checkpoint = DemoCheckpoint(
            template=item["template"],
            title=item["title"],
            date=item["date"],
            prepared=item["prepared"],
            place=item.get("place", ""),
            organisers=item.get("organisers", ""),
            participants=tuple(
                (p["name"], _known(p.get("organisation", ""), organisations,
                                   f"{where}.checkpoint.participants"), p.get("role", ""))
                for p in item.get("participants", ())
            ),
        )
    return DemoDemarche(
        title=data["title"],
        description=data.get("description", ""),
        created=data["created"],
        roles=tuple(data.get("roles", ())),
        rhythm=data.get("rhythm", ""),
        next_meeting_date=meeting.get("date"),
        next_meeting_place=meeting.get("place", ""),
        members=members,
        decisions=decisions,
        history=tuple(history),
        checkpoint=checkpoint,
    )


def _workshop(data: Mapping[str, Any], organisations: Mapping[str, str],
              where: str) -> DemoWorkshop:
    _check(data, _WORKSHOP_KEYS, where)
    offset_text = str(data["utc_offset"])  # "+02:00"
    hours, minutes = (int(part) for part in offset_text[1:].split(":"))
    offset = dt.timedelta(hours=hours, minutes=minutes) * (-1 if offset_text[0] == "-" else 1)
    participants = tuple(
        (p["name"], p["organisation"], p.get("role", ""), p.get("table", ""))
        for p in data["participants"]
    )
    for _name, org, _role, _table in participants:
        if org and org not in organisations:
            raise ValueError(f"{where}.participants: unknown organisation {org!r}")
    phases = tuple(
        _phase(item, organisations, f"{where}.phases[{index}]")
        for index, item in enumerate(data["phases"], start=1)
    )
    return DemoWorkshop(
        template=data["template"],
        title=data["title"],
        date=data["date"],
        zone=dt.timezone(offset),
        prepared_at=data["prepared_at"],
        place=data.get("place", ""),
        organisers=data.get("organisers", ""),
        device=data.get("device", "demo"),
        participants=participants,
        phases=phases,
        axes=data.get("axes"),
    )


def _phase(data: Mapping[str, Any], organisations: Mapping[str, str], where: str) -> DemoPhase:
    _check(data, _PHASE_KEYS, where)
    vote = data.get("vote")
    return DemoPhase(
        kind=api.PhaseKind(data["kind"]),
        start=data["start"],
        end=data["end"],
        cards=tuple(_card(item, organisations, f"{where}.cards[{index}]")
                    for index, item in enumerate(data.get("cards", []), start=1)),
        vote=DemoVote(vote["title"], vote.get("dots_per_person", 3)) if vote else None,
        check=tuple(data.get("check", ())),
    )


def _card(data: Mapping[str, Any], organisations: Mapping[str, str], where: str) -> DemoCard:
    _check(data, _CARD_KEYS, where)
    partners = tuple((p["organisation"], p.get("role", "")) for p in data.get("partners", ()))
    for org in [data.get("lead", ""), *(org for org, _role in partners)]:
        if org and org not in organisations:
            raise ValueError(f"{where}: unknown organisation {org!r}")
    text = data.get("text") or data.get("title")
    if not text:
        raise ValueError(f"{where}: a card needs a text or a title")
    attributes = {_CARD_ATTRIBUTES[k]: v for k, v in data.items() if k in _CARD_ATTRIBUTES}
    if "nature" in attributes:
        attributes["nature"] = api.DriverNature(attributes["nature"])
    return DemoCard(
        text=text,
        key=data.get("key", ""),
        kind=api.CardKind(data["kind"]) if "kind" in data else None,
        table=data.get("table", ""),
        author=data.get("author", ""),
        lead=data.get("lead", ""),
        partners=partners,
        links=tuple(data.get("links", ())),
        dots=data.get("dots", 0),
        attributes=attributes,
    )


# --- playing it ----------------------------------------------------------------------------


def create_demo_workshop(store: api.Store, *, language: str = "fr") -> uuid.UUID:
    """Create the demo workshop in ``language`` (French, else English; a new one on every
    call, "… (2)" when the title is taken, so that the home list can tell them apart) and
    return its id. The workshop alone: ``create_demo`` makes the whole démarche."""
    story = load_story(language)
    return play_workshop(store, story, story.workshops[0])


def create_demo(store: api.Store, *, language: str = "fr") -> DemoMade:
    """The whole demo in ``language``: the April workshop inside its démarche, the roadmap's
    history, the governance and the September checkpoint in preparation (what the first
    start and ``coopatelier demo`` make)."""
    story = load_story(language)
    keys: dict[str, uuid.UUID] = {}
    workshop_id = play_workshop(store, story, story.workshops[0], keys=keys)
    if story.demarche is None:
        return DemoMade(workshop_id)
    return play_demarche(store, story, story.demarche, workshop_id, keys)


def play_demarche(
    store: api.Store,
    story: DemoStory,
    demo: DemoDemarche,
    workshop_id: uuid.UUID,
    keys: Mapping[str, uuid.UUID],
) -> DemoMade:
    """Put the played workshop ``workshop_id`` (its cards by key: ``keys``) in a new
    démarche and play the rest of its story through the API: governance, decisions, the
    actions' history in order, and the checkpoint created from its template."""
    taken = {d.title for d in api.list_demarches(store)}
    roles = {"collective_roles": demo.roles} if demo.roles else {}  # else the default roles
    demarche_id = api.create_demarche(
        store,
        title=demo.title if demo.title not in taken else distinct_title(demo.title, taken),
        description=demo.description,
        language=story.language,
        at=demo.created,
        **roles,
    ).new_id
    api.attach_workshop(store, demarche_id, workshop_id)
    api.update_demarche(store, demarche_id, rhythm=demo.rhythm,
                        next_meeting_date=demo.next_meeting_date,
                        next_meeting_place=demo.next_meeting_place)
    shared = {o.name: o.id for o in api.load_demarche(store, demarche_id).organisations}
    names = story.organisations
    for org, person, role in demo.members:
        api.add_member(store, demarche_id, organisation_id=shared[names[org]] if org else None,
                       person_name=person, collective_role=role)
    for day, text, in_workshop in demo.decisions:
        api.add_decision(store, demarche_id, text, decided_on=day,
                         workshop_id=workshop_id if in_workshop else None)
    for event in demo.history:
        if event.status is None:
            api.add_follow_up(store, keys[event.action], event.note, author=event.author,
                              on=event.on)
        else:
            api.change_status(store, keys[event.action], event.status, note=event.note,
                              author=event.author, on=event.on,
                              replaced_by=keys[event.replaced_by] if event.replaced_by
                              else None)
    checkpoint_id = None
    if demo.checkpoint is not None:
        plan = demo.checkpoint
        titles = {w.title for w in api.list_workshops(store)}
        checkpoint_id = api.create_workshop(
            store,
            api.find_template(plan.template, store=store),
            title=plan.title if plan.title not in titles else distinct_title(plan.title, titles),
            date=plan.date,
            place=plan.place,
            organisers=plan.organisers,
            people=[PersonLine(name, names.get(org, ""), role, "")
                    for name, org, role in plan.participants],
            at=plan.prepared,
            demarche_id=demarche_id,
        ).new_id
    return DemoMade(workshop_id, demarche_id, checkpoint_id)


def play_workshop(
    store: api.Store,
    story: DemoStory,
    demo: DemoWorkshop,
    *,
    keys: dict[str, uuid.UUID] | None = None,
) -> uuid.UUID:
    """Create one workshop of ``story`` and play it through the API; return its id.
    ``keys``, when given, receives the ids of the cards that have a key."""
    template = api.find_template(demo.template, store=store)
    taken = {w.title for w in api.list_workshops(store)}
    names = story.organisations
    workshop_id = api.create_workshop(
        store,
        template,
        title=demo.title if demo.title not in taken else distinct_title(demo.title, taken),
        date=demo.date,
        place=demo.place,
        organisers=demo.organisers,
        people=[PersonLine(name, names.get(org, ""), role, table)
                for name, org, role, table in demo.participants],
        at=demo.at(demo.prepared_at),  # the template's seed cards (the checklists) date from then
    ).new_id
    data = api.load_workshop(store, workshop_id)
    if [p.kind for p in data.phases] != [p.kind for p in demo.phases]:
        raise ValueError(f"the demo's phases do not follow template {demo.template!r}")
    orgs = {o.name: o.id for o in data.organisations}
    clock = _Clock(demo, data.phases)
    cards: dict[str, uuid.UUID] = {}  # card keys → ids, for links and axes
    axes_set = demo.axes is None

    def org(key: str) -> uuid.UUID:
        name = names[key]
        if name not in orgs:  # an organisation none of the participants belongs to
            orgs[name] = api.add_organisation(store, workshop_id, name).new_id
        return orgs[name]

    for phase, planned in zip(data.phases, demo.phases, strict=True):
        dots: dict[uuid.UUID, int] = {}
        for card in planned.cards:
            attributes = dict(card.attributes)
            if card.lead:
                attributes["lead_organisation_id"] = org(card.lead)
            if card.partners:
                attributes["partners"] = [api.Partner(org(key), role)
                                          for key, role in card.partners]
            if card.links:
                attributes["links"] = [cards[key] for key in card.links]
            card_id = api.add_card(
                store,
                phase.id,
                card.text,
                kind=card.kind,
                table_label=card.table,
                author=card.author,
                device=demo.device,
                at=clock.tick(phase.id),
                **attributes,
            ).new_id
            if card.key:
                cards[card.key] = card_id
            if card.dots:
                dots[card_id] = card.dots
        axes = demo.axes
        if not axes_set and axes is not None and {axes["x"], axes["y"]} <= set(cards):
            api.set_axes(store, workshop_id, x_driver_id=cards[axes["x"]],
                         y_driver_id=cards[axes["y"]], x_low=axes.get("x_low", ""),
                         x_high=axes.get("x_high", ""), y_low=axes.get("y_low", ""),
                         y_high=axes.get("y_high", ""))
            axes_set = True
        if planned.vote is not None:
            _vote(store, clock, demo, phase.id, planned.vote, dots)
        if planned.check:
            for seed in data.cards_of_phase(phase.id):
                if seed.text.startswith(planned.check):
                    api.update_card(store, seed.id, checked=True)

    for phase, planned in zip(data.phases, demo.phases, strict=True):
        api.start_phase(store, phase.id, at=demo.at(planned.start))
        api.end_phase(store, phase.id, at=demo.at(planned.end))
    api.end_workshop(store, workshop_id, at=demo.at(demo.phases[-1].end))  # Home: "✓ done"
    if keys is not None:
        keys.update(cards)
    return workshop_id


class _Clock:
    """Plausible capture times: every card and vote falls inside its phase's actual run,
    a little under a minute after the previous one."""

    def __init__(self, demo: DemoWorkshop, phases: tuple[api.Phase, ...]) -> None:
        self._next = {
            made.id: demo.at(planned.start) + dt.timedelta(minutes=2)
            for made, planned in zip(phases, demo.phases, strict=True)
        }
        self._last = {
            made.id: demo.at(planned.end) - dt.timedelta(minutes=1)
            for made, planned in zip(phases, demo.phases, strict=True)
        }

    def tick(self, phase_id: uuid.UUID) -> dt.datetime:
        moment = self._next[phase_id]
        self._next[phase_id] = min(moment + dt.timedelta(seconds=50), self._last[phase_id])
        return moment


def _vote(
    store: api.Store,
    clock: _Clock,
    demo: DemoWorkshop,
    phase_id: uuid.UUID,
    vote: DemoVote,
    dots: dict[uuid.UUID, int],
) -> None:
    """A hidden round, counted on the wall and then revealed."""
    round_id = api.create_round(
        store, phase_id, title=vote.title, dots_per_person=vote.dots_per_person, hidden=True,
        at=clock.tick(phase_id),
    ).new_id
    for card_id, count in dots.items():
        api.add_votes(store, round_id, card_id, count, device=demo.device,
                      at=clock.tick(phase_id))
    api.reveal_round(store, round_id)


__all__ = ["DEMO_LANGUAGES", "DemoMade", "create_demo", "create_demo_workshop", "demo_language",
           "load_story", "play_demarche", "play_workshop"]
