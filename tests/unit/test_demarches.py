"""Démarches: a cooperation's roadmap across workshops. Shared organisations (attach unifies
them by name, merges follow everywhere), actions that live on (each status and its rules, an
append-only history), the point d'étape whose review lists the démarche's actions, the
ingredients brought forward, governance. On a real SQLite file and on PostgreSQL."""

from __future__ import annotations

import datetime as dt
import re
import tomllib
import uuid
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from coopatelier import api
from coopatelier.domain.demarche import (
    ActionStatus,
    DemarcheFocus,
    EventKind,
    is_ingredients_category,
)
from coopatelier.domain.model import CardKind, Partner, PhaseKind
from coopatelier.errors import FieldError, NotFoundError, ValidationError
from coopatelier.exchange.demarche_file import export_demarche_file, import_demarche_file
from coopatelier.services import demarche_undo
from coopatelier.storage import orm
from coopatelier.templates import Template, template_to_toml
from coopatelier.templates.loader import parse_template
from tests.conftest import make_workshop, phase_of
from tests.unit.test_templates import shipped, texts


@pytest.fixture
def store(any_store: api.Store) -> api.Store:
    return any_store


def _org(data: api.WorkshopData, name: str) -> uuid.UUID:
    return next(o.id for o in data.organisations if o.name == name)


def _action(
    store: api.Store,
    data: api.WorkshopData,
    title: str,
    lead: str | None = None,
    partners: tuple[tuple[str, str], ...] = (),
) -> uuid.UUID:
    actions = phase_of(data, PhaseKind.ACTIONS)
    card_id = api.add_card(store, actions.id, title).new_id
    fresh = api.load_workshop(store, data.workshop.id)
    fields: dict[str, object] = {"title": title}
    if lead:
        fields["lead_organisation_id"] = _org(fresh, lead)
    if partners:
        fields["partners"] = [Partner(_org(fresh, name), role) for name, role in partners]
    api.update_card(store, card_id, **fields)
    return card_id


@pytest.fixture
def april(store: api.Store, mini_template: Template) -> api.WorkshopData:
    """The April workshop: two actions with leads and a partner."""
    data = make_workshop(store, mini_template)
    _action(store, data, "Paniers solidaires", "PAT", (("Métropole – Cohésion sociale", "relais"),))
    _action(store, data, "Cantine des familles", "Métropole – Cohésion sociale")
    return api.load_workshop(store, data.workshop.id)


@pytest.fixture
def demarche_id(store: api.Store) -> uuid.UUID:
    return api.create_demarche(store, title="Feuille de route PAT × Cohésion sociale").new_id


def _events(store: api.Store, demarche_id: uuid.UUID, title: str) -> api.RoadmapAction:
    data = api.load_demarche(store, demarche_id)
    return api.find_action(data, title)


# --- the démarche itself -------------------------------------------------------------------


def test_create_rename_and_list(store: api.Store, demarche_id: uuid.UUID) -> None:
    api.rename_demarche(store, demarche_id, "  Feuille de route commune ")
    [summary] = api.list_demarches(store)
    assert summary.title == "Feuille de route commune"
    demarche = api.get_demarche(store, demarche_id)
    assert demarche.collective_roles == (
        "pilote", "contributeur", "relais", "financeur", "observateur"
    )
    with pytest.raises(ValidationError) as caught:
        api.rename_demarche(store, demarche_id, "  ")
    assert caught.value.field == "title"
    assert api.get_demarche(store, demarche_id).title == "Feuille de route commune"


def test_find_demarche_by_start_of_title_or_id(store: api.Store, demarche_id: uuid.UUID) -> None:
    other = api.create_demarche(store, title="Feuille de route mobilité").new_id
    assert api.find_demarche(store, "feuille de route pat").id == demarche_id
    assert api.find_demarche(store, str(other)[:8]).id == other
    with pytest.raises(NotFoundError) as ambiguous:
        api.find_demarche(store, "Feuille")
    assert ambiguous.value.code == "ambiguous_demarche"
    with pytest.raises(NotFoundError) as unknown:
        api.find_demarche(store, "Rien")
    assert unknown.value.code == "no_demarche_match"


# --- shared organisations ------------------------------------------------------------------


def test_attach_unifies_organisations_by_name_and_roles_follow(
    store: api.Store, april: api.WorkshopData, demarche_id: uuid.UUID, mini_template: Template
) -> None:
    api.attach_workshop(store, demarche_id, april.workshop.id)
    september = api.create_workshop(
        store,
        mini_template,
        title="Atelier de septembre",
        date=dt.date(2026, 9, 22),
        people="Inès Roux\tpat\tchargée de mission\tTable 1\n"
        "Marc Petit\tCentre social L’Olivier\tdirecteur\tTable 2\n",
    ).new_id
    sept = api.load_workshop(store, september)
    api.add_card(store, phase_of(sept, PhaseKind.ACTIONS).id, "Jardin partagé")
    jardin = next(
        c for c in api.load_workshop(store, september).cards if c.text == "Jardin partagé"
    )
    api.update_card(store, jardin.id, lead_organisation_id=_org(sept, "pat"))

    api.attach_workshop(store, demarche_id, september)

    data = api.load_demarche(store, demarche_id)
    names = [o.name for o in data.organisations]
    assert names == ["Centre social L’Olivier", "Métropole – Cohésion sociale", "PAT"]
    pat = next(o.id for o in data.organisations if o.name == "PAT")
    # "pat" of September became April's PAT: its participant and the action it leads follow
    sept = api.load_workshop(store, september)
    assert {o.name for o in sept.organisations} == set(names)
    ines = next(p for p in sept.participants if p.name == "Inès Roux")
    assert ines.organisation_id == pat
    jardin_now = sept.card(jardin.id)
    assert jardin_now is not None and jardin_now.lead_organisation_id == pat
    # the same row in both workshops
    april_now = api.load_workshop(store, april.workshop.id)
    assert _org(april_now, "PAT") == pat
    assert all(o.workshop_id is None and o.demarche_id == demarche_id for o in data.organisations)
    # attaching again changes nothing
    again = api.attach_workshop(store, demarche_id, september)
    assert not again.organisations
    assert api.load_demarche(store, demarche_id).organisations == data.organisations


def test_an_organisation_added_in_one_workshop_is_in_all(
    store: api.Store, april: api.WorkshopData, demarche_id: uuid.UUID, mini_template: Template
) -> None:
    api.attach_workshop(store, demarche_id, april.workshop.id)
    sept = api.create_workshop(
        store, mini_template, title="Septembre", date=dt.date(2026, 9, 22),
        demarche_id=demarche_id,
    ).new_id
    api.add_organisation(store, sept, "Fondation de France")
    in_april = api.load_workshop(store, april.workshop.id).organisations
    assert "Fondation de France" in {o.name for o in in_april}
    # a second spelling in April is the same organisation
    again = api.add_organisation(store, april.workshop.id, "fondation de  france")
    assert not again.organisations
    with pytest.raises(ValidationError) as caught:
        api.rename_organisation(store, _org(april, "PAT"), "Fondation de France")
    assert caught.value.problem == "organisation_exists"


def test_merging_two_spellings_of_a_shared_organisation_is_one_action(
    store: api.Store, april: api.WorkshopData, demarche_id: uuid.UUID, mini_template: Template
) -> None:
    api.attach_workshop(store, demarche_id, april.workshop.id)
    sept = api.create_workshop(
        store, mini_template, title="Septembre", date=dt.date(2026, 9, 22),
        demarche_id=demarche_id, people="Marc Petit\tCS L’Olivier\tdirecteur\t\n",
    ).new_id
    olivier = api.add_organisation(store, april.workshop.id, "Centre social L’Olivier").new_id
    short = _org(api.load_workshop(store, sept), "CS L’Olivier")
    paniers = _events(store, demarche_id, "Paniers").card
    api.change_roles(
        store, paniers.id, lead_organisation_id=paniers.lead_organisation_id,
        partners=[*paniers.partners, Partner(short, "distribue")], note="rejoint",
    )
    api.add_member(store, demarche_id, organisation_id=short, collective_role="relais")

    changes = api.merge_organisations(store, olivier, [short])

    assert changes.demarche_id == demarche_id
    data = api.load_demarche(store, demarche_id)
    assert [o.name for o in data.organisations].count("Centre social L’Olivier") == 1
    assert short not in {o.id for o in data.organisations}
    marc = next(p for p in api.load_workshop(store, sept).participants if p.name == "Marc Petit")
    assert marc.organisation_id == olivier
    action = data.action(paniers.id)
    assert action is not None
    assert Partner(olivier, "distribue") in action.card.partners
    [member] = data.members
    assert member.organisation_id == olivier
    [roles_change] = [e for e in action.history if e.kind is EventKind.ROLES]
    assert roles_change.roles is not None
    assert olivier in {p.organisation_id for p in roles_change.roles.partners}


def test_detach_gives_the_workshop_its_own_copies(
    store: api.Store, april: api.WorkshopData, demarche_id: uuid.UUID
) -> None:
    api.attach_workshop(store, demarche_id, april.workshop.id)
    shared = api.load_demarche(store, demarche_id).organisations
    api.detach_workshop(store, april.workshop.id)
    alone = api.load_workshop(store, april.workshop.id)
    assert alone.workshop.demarche_id is None
    assert {o.name for o in alone.organisations} == {o.name for o in shared}
    assert not {o.id for o in alone.organisations} & {o.id for o in shared}
    paniers = next(c for c in alone.cards if c.title == "Paniers solidaires")
    assert paniers.lead_organisation_id == _org(alone, "PAT")
    # the démarche keeps its list
    assert api.load_demarche(store, demarche_id).organisations == shared


def test_deleting_a_workshop_keeps_the_shared_organisations(
    store: api.Store, april: api.WorkshopData, demarche_id: uuid.UUID
) -> None:
    api.attach_workshop(store, demarche_id, april.workshop.id)
    api.delete_workshop(store, april.workshop.id)
    assert {o.name for o in api.load_demarche(store, demarche_id).organisations} == {
        "Métropole – Cohésion sociale", "PAT"
    }


def test_a_workshop_in_another_demarche_is_refused(
    store: api.Store, april: api.WorkshopData, demarche_id: uuid.UUID
) -> None:
    other = api.create_demarche(store, title="Autre").new_id
    api.attach_workshop(store, demarche_id, april.workshop.id)
    with pytest.raises(ValidationError) as caught:
        api.attach_workshop(store, other, april.workshop.id)
    assert caught.value.problem == "in_other_demarche"
    assert api.load_workshop(store, april.workshop.id).workshop.demarche_id == demarche_id


# --- actions live on -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "status",
    [s for s in ActionStatus if s not in (ActionStatus.DROPPED, ActionStatus.REORIENTED)],
)
def test_each_plain_status_change_is_recorded(
    store: api.Store, april: api.WorkshopData, demarche_id: uuid.UUID, status: ActionStatus
) -> None:
    api.attach_workshop(store, demarche_id, april.workshop.id)
    action_id = _events(store, demarche_id, "Paniers").id
    assert _events(store, demarche_id, "Paniers").status is ActionStatus.TO_EXPLORE
    api.change_status(store, action_id, status.value, on=dt.date(2026, 6, 1))
    action = _events(store, demarche_id, "Paniers")
    assert action.status is status
    [event] = action.history
    assert (event.kind, event.status, event.happened_on) == (
        EventKind.STATUS, status, dt.date(2026, 6, 1)
    )


def test_dropping_needs_a_why(
    store: api.Store, april: api.WorkshopData, demarche_id: uuid.UUID
) -> None:
    api.attach_workshop(store, demarche_id, april.workshop.id)
    action_id = _events(store, demarche_id, "Cantine").id
    with pytest.raises(ValidationError) as caught:
        api.change_status(store, action_id, "abandonnee", note="  ")
    assert (caught.value.field, caught.value.problem) == ("note", "dropped_needs_why")
    assert _events(store, demarche_id, "Cantine").history == ()
    api.change_status(store, action_id, "abandonnee", note="Pas de local disponible")
    action = _events(store, demarche_id, "Cantine")
    assert action.status is ActionStatus.DROPPED
    assert action.history[-1].note == "Pas de local disponible"


def test_reorienting_needs_the_action_that_replaced_it(
    store: api.Store, april: api.WorkshopData, demarche_id: uuid.UUID, mini_template: Template
) -> None:
    api.attach_workshop(store, demarche_id, april.workshop.id)
    cantine = _events(store, demarche_id, "Cantine").id
    with pytest.raises(ValidationError) as missing:
        api.change_status(store, cantine, "reorientee", note="vers un jardin")
    assert missing.value.problem == "reoriented_needs_target"
    with pytest.raises(ValidationError) as itself:
        api.change_status(store, cantine, "reorientee", replaced_by=cantine)
    assert itself.value.problem == "replaced_by_itself"
    elsewhere = make_workshop(store, mini_template)
    outside = _action(store, elsewhere, "Ailleurs")
    with pytest.raises(ValidationError) as other_roadmap:
        api.change_status(store, cantine, "reorientee", replaced_by=outside)
    assert other_roadmap.value.problem == "replaced_by_elsewhere"
    paniers = _events(store, demarche_id, "Paniers").id
    with pytest.raises(ValidationError) as not_reoriented:
        api.change_status(store, cantine, "en_cours", replaced_by=paniers)
    assert not_reoriented.value.problem == "only_when_reoriented"
    with pytest.raises(ValidationError) as unknown:
        api.change_status(store, cantine, "finie")
    assert unknown.value.problem == "unknown_status"
    assert _events(store, demarche_id, "Cantine").history == ()

    api.change_status(store, cantine, "reorientee", replaced_by=paniers, note="fusionnée")
    action = _events(store, demarche_id, "Cantine")
    assert action.status is ActionStatus.REORIENTED
    assert action.replaced_by == paniers


def test_history_is_in_order_and_never_rewritten(
    store: api.Store, april: api.WorkshopData, demarche_id: uuid.UUID
) -> None:
    api.attach_workshop(store, demarche_id, april.workshop.id)
    action_id = _events(store, demarche_id, "Paniers").id
    api.change_status(store, action_id, "engagee", on=dt.date(2026, 5, 2), author="Awa")
    api.add_follow_up(
        store, action_id, "Première distribution à Frais-Vallon", author="Louis",
        on=dt.date(2026, 6, 10),
    )
    # recorded later, but it happened before: the history says it in the order it happened
    api.add_follow_up(store, action_id, "Convention signée", on=dt.date(2026, 4, 30))
    first = _events(store, demarche_id, "Paniers").history
    api.change_status(store, action_id, "en_cours", on=dt.date(2026, 6, 15))

    action = _events(store, demarche_id, "Paniers")
    assert [e.note or e.status for e in action.history] == [
        "Convention signée",
        ActionStatus.COMMITTED,
        "Première distribution à Frais-Vallon",
        ActionStatus.IN_PROGRESS,
    ]
    assert action.history[: len(first)] == first  # appended, earlier entries unchanged
    assert action.status is ActionStatus.IN_PROGRESS
    last = action.last_follow_up
    assert last is not None and last.author == "Louis"
    with pytest.raises(ValidationError):
        api.add_follow_up(store, action_id, "   ")
    assert _events(store, demarche_id, "Paniers").history == action.history


def test_role_changes_are_dated_with_before_and_after(
    store: api.Store, april: api.WorkshopData, demarche_id: uuid.UUID
) -> None:
    api.attach_workshop(store, demarche_id, april.workshop.id)
    action = _events(store, demarche_id, "Paniers")
    data = api.load_demarche(store, demarche_id)
    metropole = next(o.id for o in data.organisations if o.name.startswith("Métropole"))
    pat = next(o.id for o in data.organisations if o.name == "PAT")
    api.change_roles(
        store, action.id, lead_organisation_id=metropole,
        partners=[Partner(pat, "achète aux producteurs")],
        note="La Métropole reprend le pilotage", on=dt.date(2026, 9, 22),
    )
    after = _events(store, demarche_id, "Paniers")
    assert after.card.lead_organisation_id == metropole
    assert after.card.partners == (Partner(pat, "achète aux producteurs"),)
    [event] = after.history
    assert event.kind is EventKind.ROLES and event.happened_on == dt.date(2026, 9, 22)
    assert event.previous_roles is not None and event.roles is not None
    assert event.previous_roles.lead_organisation_id == pat
    assert event.roles.lead_organisation_id == metropole
    # the same roles again record nothing
    api.change_roles(
        store, action.id, lead_organisation_id=metropole,
        partners=[Partner(pat, "achète aux producteurs")],
    )
    assert len(_events(store, demarche_id, "Paniers").history) == 1


def test_history_rows_are_only_ever_added(
    store: api.Store, april: api.WorkshopData, demarche_id: uuid.UUID
) -> None:
    """No service updates or deletes an entry: the rows stay byte for byte as written."""
    api.attach_workshop(store, demarche_id, april.workshop.id)
    action_id = _events(store, demarche_id, "Paniers").id
    api.change_status(store, action_id, "engagee", note="oui")
    with store.read() as session:
        before = [
            (r.id, r.status, r.note, r.recorded_at)
            for r in session.scalars(select(orm.ActionEventRow))
        ]
    api.change_status(store, action_id, "en_pause", note="été")
    api.update_card(store, action_id, title="Paniers solidaires 2027")
    with store.read() as session:
        after = {
            r.id: (r.id, r.status, r.note, r.recorded_at)
            for r in session.scalars(select(orm.ActionEventRow))
        }
    assert all(after[row[0]] == row for row in before)
    assert len(after) == len(before) + 1


def test_status_of_a_deleted_card_is_refused(
    store: api.Store, april: api.WorkshopData, demarche_id: uuid.UUID
) -> None:
    api.attach_workshop(store, demarche_id, april.workshop.id)
    action_id = _events(store, demarche_id, "Paniers").id
    api.delete_cards(store, [action_id])
    with pytest.raises(ValidationError) as caught:
        api.change_status(store, action_id, "realisee")
    assert caught.value.problem == "not_live_action"


# --- the point d'étape ---------------------------------------------------------------------


def test_point_etape_reviews_the_demarche_actions_and_brings_ingredients_forward(
    store: api.Store, april: api.WorkshopData, demarche_id: uuid.UUID
) -> None:
    api.attach_workshop(store, demarche_id, april.workshop.id)
    closing = phase_of(april, PhaseKind.CLOSING)
    api.add_card(store, closing.id, "Se voir tous les trimestres", category="Ingrédients")
    trust = next(c for c in april.cards if c.text == "Confiance")
    api.update_card(store, trust.id, checked=True)
    before = api.load_demarche(store, demarche_id).ingredients
    assert [(c.text, c.checked) for c in before] == [
        ("Confiance", True), ("Se voir tous les trimestres", False)]
    template = api.find_template("point-etape-feuille-de-route", store=store)
    sept = api.create_workshop(
        store, template, title="Point d’étape de septembre", date=dt.date(2026, 9, 22),
        demarche_id=demarche_id,
    ).new_id
    data = api.load_workshop(store, sept)
    assert data.workshop.demarche_id == demarche_id
    [review] = [p for p in data.phases if p.demarche_focus == DemarcheFocus.REVIEW]
    [governance] = [p for p in data.phases if p.demarche_focus == DemarcheFocus.GOVERNANCE]
    assert review.position < governance.position
    # a new action of September is on the roadmap, but not under review
    api.add_card(store, phase_of(data, PhaseKind.ACTIONS).id, "Épicerie mobile")
    roadmap = api.load_demarche(store, demarche_id)
    listed = api.review_actions(roadmap, sept)
    assert [a.title for a in listed] == ["Paniers solidaires", "Cantine des familles"]
    assert {a.workshop.id for a in listed} == {april.workshop.id}
    assert len(roadmap.actions) == 3
    # ingredients of April as they stand (ticked where they were) in September's category
    closing_sept = data.cards_of_phase(phase_of(data, PhaseKind.CLOSING).id)
    ingredients = [(c.text, c.checked) for c in closing_sept
                   if c.category == "Ingrédients de la coopération"]
    assert ingredients == [("Confiance", True), ("Se voir tous les trimestres", False)]
    # the roadmap document shows the latest workshop's: preparing September changes nothing
    after = api.load_demarche(store, demarche_id).ingredients
    assert [(c.text, bool(c.checked)) for c in after] == ingredients
    assert {c.workshop_id for c in after} == {sept}
    # unticked in the room, it is unticked in the document
    api.update_card(store, next(c for c in closing_sept if c.text == "Confiance").id,
                    checked=False)
    assert not any(c.checked for c in api.load_demarche(store, demarche_id).ingredients)


def test_workshop_in_an_unknown_demarche_is_refused(
    store: api.Store, mini_template: Template
) -> None:
    with pytest.raises(NotFoundError):
        api.create_workshop(store, mini_template, title="X", demarche_id=uuid.uuid4())
    assert api.list_workshops(store) == []


@pytest.mark.parametrize(
    ("key", "language"),
    [("point-etape-feuille-de-route", "fr"), ("roadmap-checkpoint", "en")],
)
def test_point_etape_templates_ship_in_french_and_english(key: str, language: str) -> None:
    template = api.find_template(key)
    assert template.language == language
    focus = [p.focus for p in template.phases]
    assert focus.count("review") == 1 and focus.count("governance") == 1
    kinds = [p.kind for p in template.phases]
    assert kinds.index(PhaseKind.ACTIONS) > focus.index("review")
    closing = next(p for p in template.phases if p.kind is PhaseKind.CLOSING)
    assert any(is_ingredients_category(c) for c in closing.categories)


def test_point_etape_template_uses_french_typography() -> None:
    """Typographic apostrophes; narrow no-break spaces inside « » and before ? ! : ;"""
    for text in texts(shipped("point-etape-feuille-de-route")):
        assert "'" not in text and '"' not in text, text
        assert not re.search(r"«[^\u202f]|[^\u202f]»", text), text
        assert not re.search(r"[ \u00a0][?!:;%€]", text), text
        assert not re.search(r"\w[?!;]", text), text


def test_a_template_phase_focus_is_checked_and_saved() -> None:
    template = api.find_template("roadmap-checkpoint")
    again = parse_template(tomllib.loads(template_to_toml(template)), "x.toml")
    assert [p.focus for p in again.phases] == [p.focus for p in template.phases]
    with pytest.raises(FieldError) as caught:
        parse_template(
            {"schema_version": 1, "key": "k", "title": "T", "language": "fr",
             "phases": [{"kind": "free", "title": "R", "minutes": 5, "focus": "revue"}]},
            "k.toml",
        )
    assert caught.value.field == "phases[1].focus"  # numbered from 1, like the file


# --- governance ----------------------------------------------------------------------------


def test_members_roles_rhythm_and_decisions(
    store: api.Store, april: api.WorkshopData, demarche_id: uuid.UUID
) -> None:
    api.attach_workshop(store, demarche_id, april.workshop.id)
    pat = next(o.id for o in api.load_demarche(store, demarche_id).organisations if o.name == "PAT")
    api.add_member(store, demarche_id, organisation_id=pat, collective_role="Pilote")
    api.add_member(store, demarche_id, person_name="Awa Diallo", collective_role="relais")
    with pytest.raises(ValidationError) as unknown_role:
        api.add_member(store, demarche_id, person_name="X", collective_role="arbitre")
    assert unknown_role.value.problem == "unknown_collective_role"
    with pytest.raises(ValidationError):
        api.add_member(store, demarche_id)
    api.update_demarche(
        store, demarche_id, collective_roles=["pilote", "arbitre"], rhythm="Tous les trimestres",
        next_meeting_date=dt.date(2026, 12, 8), next_meeting_place="Cité des associations",
    )
    api.add_member(store, demarche_id, person_name="Marc Petit", collective_role="arbitre")
    api.add_decision(store, demarche_id, "Un comité de pilotage par trimestre",
                     decided_on=dt.date(2026, 9, 22), workshop_id=april.workshop.id)
    data = api.load_demarche(store, demarche_id)
    assert [(m.organisation_id, m.person_name, m.collective_role) for m in data.members] == [
        (pat, "", "pilote"), (None, "Awa Diallo", "relais"), (None, "Marc Petit", "arbitre")
    ]
    assert data.demarche.rhythm == "Tous les trimestres"
    assert data.demarche.next_meeting_date == dt.date(2026, 12, 8)
    [decision] = data.decisions
    assert decision.text == "Un comité de pilotage par trimestre"
    with pytest.raises(ValidationError) as twice:
        api.update_demarche(store, demarche_id, collective_roles=["pilote", "Pilote"])
    assert twice.value.problem == "same_role_twice"
    with pytest.raises(ValidationError):
        api.remove_organisation(store, pat)  # a member of the collective
    api.remove_member(store, data.members[0].id)
    api.remove_decision(store, decision.id)
    data = api.load_demarche(store, demarche_id)
    assert len(data.members) == 2 and data.decisions == ()


def test_delete_demarche_keeps_its_workshops_whole(
    store: api.Store, april: api.WorkshopData, demarche_id: uuid.UUID
) -> None:
    api.attach_workshop(store, demarche_id, april.workshop.id)
    api.delete_demarche(store, demarche_id)
    alone = api.load_workshop(store, april.workshop.id)
    assert alone.workshop.demarche_id is None
    assert {o.name for o in alone.organisations} == {"PAT", "Métropole – Cohésion sociale"}
    assert api.list_demarches(store) == []
    assert all(
        c.lead_organisation_id in {o.id for o in alone.organisations}
        for c in alone.live_cards() if c.kind is CardKind.ACTION
    )


# --- the workshop file of a workshop in a démarche -----------------------------------------


def test_workshop_file_of_a_point_etape_round_trips(
    store: api.Store, april: api.WorkshopData, demarche_id: uuid.UUID, tmp_path: Path
) -> None:
    """Its review and governance phases keep their focus; importing it back into the
    database that holds the démarche changes nothing and reports no conflict."""
    api.attach_workshop(store, demarche_id, april.workshop.id)
    template = api.find_template("point-etape-feuille-de-route", store=store)
    sept = api.create_workshop(
        store, template, title="Point d’étape", date=dt.date(2026, 9, 22),
        demarche_id=demarche_id,
    ).new_id
    first = tmp_path / "sept.json"
    api.export_workshop_file(store, sept, first)
    text = first.read_text(encoding="utf-8")
    assert '"demarche_focus": "review"' in text and '"demarche_focus": "governance"' in text
    report = api.import_workshop_file(store, first)
    assert report.conflicts == [] and not report.new_workshop
    assert (report.created, report.updated) == (0, 0)
    again = tmp_path / "again.json"
    api.export_workshop_file(store, sept, again)
    assert again.read_bytes() == first.read_bytes()
    assert api.load_workshop(store, sept).workshop.demarche_id == demarche_id

    with api.open_store(tmp_path / "laptop.sqlite3", tmp_path / "laptop") as laptop:
        # a point d'étape needs its démarche: refused alone, whole after the démarche's file
        with pytest.raises(FieldError) as caught:
            api.import_workshop_file(laptop, first)
        assert "import the démarche file first" in caught.value.words("en")
        import_demarche_file(
            laptop, export_demarche_file(store, demarche_id, tmp_path / "demarche.json"))
        report = api.import_workshop_file(laptop, first)
        assert (report.created, report.updated, report.conflicts) == (0, 0, [])
        copy = api.load_workshop(laptop, sept)
        assert copy.workshop.demarche_id == demarche_id
        assert [p.demarche_focus for p in copy.phases] == [
            p.demarche_focus for p in api.load_workshop(store, sept).phases
        ]
        assert {o.name for o in copy.organisations} == {"PAT", "Métropole – Cohésion sociale"}


# --- undo of the gestures (what the UI's undo commands call) -------------------------------


def test_a_status_change_is_taken_back_and_put_back_exactly(
    store: api.Store, april: api.WorkshopData, demarche_id: uuid.UUID
) -> None:
    api.attach_workshop(store, demarche_id, april.workshop.id)
    action_id = _events(store, demarche_id, "Paniers").id
    api.change_status(store, action_id, "engagee", on=dt.date(2026, 5, 2))
    event_id = api.change_status(store, action_id, "realisee", note="fait").new_id
    [_, recorded] = _events(store, demarche_id, "Paniers").history
    api.remove_event(store, event_id)
    assert _events(store, demarche_id, "Paniers").status is ActionStatus.COMMITTED
    api.restore_event(store, recorded)
    again = _events(store, demarche_id, "Paniers")
    assert again.status is ActionStatus.DONE and again.history[-1] == recorded


def test_a_role_change_is_taken_back_with_the_card_roles(
    store: api.Store, april: api.WorkshopData, demarche_id: uuid.UUID
) -> None:
    api.attach_workshop(store, demarche_id, april.workshop.id)
    before = _events(store, demarche_id, "Paniers").card
    data = api.load_demarche(store, demarche_id)
    metropole = next(o.id for o in data.organisations if o.name.startswith("Métropole"))
    event_id = api.change_roles(
        store, before.id, lead_organisation_id=metropole, partners=[], note="passation"
    ).new_id
    [recorded] = _events(store, demarche_id, "Paniers").history
    api.remove_event(store, event_id)
    back = _events(store, demarche_id, "Paniers")
    assert back.history == ()
    assert (back.card.lead_organisation_id, back.card.partners) == (
        before.lead_organisation_id, before.partners
    )
    api.restore_event(store, recorded)
    redone = _events(store, demarche_id, "Paniers").card
    assert (redone.lead_organisation_id, redone.partners) == (metropole, ())


def test_a_removed_member_and_decision_come_back_with_their_ids(
    store: api.Store, demarche_id: uuid.UUID
) -> None:
    api.add_member(store, demarche_id, person_name="Awa Diallo", collective_role="pilote")
    api.add_decision(
        store, demarche_id, "Se voir chaque trimestre", decided_on=dt.date(2026, 9, 22)
    )
    data = api.load_demarche(store, demarche_id)
    [member], [decision] = data.members, data.decisions
    api.remove_member(store, member.id)
    api.remove_decision(store, decision.id)
    api.restore_member(store, member)
    api.restore_decision(store, decision)
    again = api.load_demarche(store, demarche_id)
    assert [(m.id, m.person_name, m.collective_role) for m in again.members] == [
        (member.id, "Awa Diallo", "pilote")
    ]
    assert [(d.id, d.text, d.decided_on) for d in again.decisions] == [
        (decision.id, decision.text, decision.decided_on)
    ]


def test_deleting_a_workshop_takes_its_actions_histories_and_keeps_the_others(
    store: api.Store, april: api.WorkshopData, demarche_id: uuid.UUID, mini_template: Template
) -> None:
    api.attach_workshop(store, demarche_id, april.workshop.id)
    sept = api.create_workshop(
        store, mini_template, title="Septembre", date=dt.date(2026, 9, 22),
        demarche_id=demarche_id,
    ).new_id
    jardin = _action(store, api.load_workshop(store, sept), "Jardin partagé")
    paniers = _events(store, demarche_id, "Paniers").id
    api.change_status(store, jardin, "en_cours", workshop_id=sept)
    api.change_status(store, paniers, "reorientee", replaced_by=jardin, workshop_id=sept)
    api.add_decision(store, demarche_id, "Un jardin par quartier", workshop_id=sept)
    api.delete_workshop(store, sept)
    data = api.load_demarche(store, demarche_id)
    assert [a.title for a in data.actions] == ["Paniers solidaires", "Cantine des familles"]
    [entry] = data.action(paniers).history  # type: ignore[union-attr]
    assert (entry.replaced_by_id, entry.workshop_id) == (None, None)
    assert [d.workshop_id for d in data.decisions] == [None]
    with store.read() as session:
        assert session.scalars(select(orm.ActionEventRow.action_id)).all() == [paniers]


def _people_rows(store: api.Store, workshop_id: uuid.UUID) -> tuple[Any, ...]:
    """Everything an attach changes, ids included: the organisations the workshop uses
    (its own or the démarche's), its people's, its actions' leads and partners."""
    with store.unit_of_work() as uow:
        session = uow.session
        orgs = sorted(
            (o.id, o.name, o.workshop_id, o.demarche_id, o.updated_at)
            for o in session.scalars(select(orm.OrganisationRow))
        )
        people = sorted(
            (p.id, p.organisation_id, p.updated_at) for p in session.scalars(
                select(orm.ParticipantRow).where(orm.ParticipantRow.workshop_id == workshop_id))
        )
        cards = sorted(
            (c.id, c.lead_organisation_id,
             tuple((p.organisation_id, p.role) for p in c.partners), c.updated_at)
            for c in session.scalars(
                select(orm.CardRow).where(orm.CardRow.workshop_id == workshop_id))
        )
        workshop = session.get(orm.WorkshopRow, workshop_id)
        assert workshop is not None
        return (tuple(orgs), tuple(people), tuple(cards), workshop.demarche_id,
                workshop.updated_at)


def test_undoing_an_attach_gives_back_the_workshops_own_organisations_exactly(
    store: api.Store, april: api.WorkshopData, demarche_id: uuid.UUID, mini_template: Template
) -> None:
    """The September workshop's PAT becomes the démarche's (April's) PAT and its own
    Centre social joins the list; Undo gives the workshop back its own organisations
    with their ids, leads and partners naming them; Redo attaches it again the same way."""
    api.attach_workshop(store, demarche_id, april.workshop.id)
    september = make_workshop(store, mini_template)
    api.add_participants(store, september.workshop.id,
                         "Nadia Benali\tCentre social L’Olivier\tdirectrice\tTable 1\n")
    september = api.load_workshop(store, september.workshop.id)
    _action(store, september, "Jardins partagés", "PAT",
            (("Centre social L’Olivier", "anime"),))
    wid = september.workshop.id
    before = _people_rows(store, wid)

    changes, undo = demarche_undo.attach_workshop_undoable(store, demarche_id, wid)
    assert undo is not None and changes.demarche_id == demarche_id
    attached = _people_rows(store, wid)
    assert attached != before
    shared = {o.name: o.id for o in api.load_demarche(store, demarche_id).organisations}
    assert shared["PAT"] == _org(api.load_workshop(store, april.workshop.id), "PAT")
    jardins = next(c for c in api.load_workshop(store, wid).cards if c.title == "Jardins partagés")
    assert jardins.lead_organisation_id == shared["PAT"]

    demarche_undo.undo_attach(store, undo)
    assert _people_rows(store, wid) == before
    alone = api.load_workshop(store, wid)
    assert alone.workshop.demarche_id is None
    assert {o.id for o in alone.organisations} == {o.id for o in september.organisations}

    _again, undo_again = demarche_undo.attach_workshop_undoable(store, demarche_id, wid)
    assert undo_again == undo
    redone = _people_rows(store, wid)
    # the same rows and ids as the first attach (stamped now, like any change)
    assert [o[:4] for o in redone[0]] == [o[:4] for o in attached[0]]
    assert redone[3] == demarche_id
    assert [c[:3] for c in redone[2]] == [c[:3] for c in attached[2]]
    assert [p[:2] for p in redone[1]] == [p[:2] for p in attached[1]]
