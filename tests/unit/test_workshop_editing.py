"""Editing a workshop after its creation: details, participants pasted again, organisations
renamed and merged, every change undone exactly (ids included), the workshop file keeping
it all. On a real SQLite file and on PostgreSQL."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from coopatelier import api
from coopatelier.domain.model import CardKind, Partner, PhaseKind
from coopatelier.domain.people import PeopleState, PersonLine, name_key
from coopatelier.exchange import export_workshop_file, import_workshop_file
from tests.conftest import phase_of


@pytest.fixture
def store(any_store: api.Store) -> api.Store:
    return any_store


def _org(data: api.WorkshopData, name: str) -> uuid.UUID:
    return next(o.id for o in data.organisations if o.name == name)


def _person(data: api.WorkshopData, name: str) -> api.Participant:
    return next(p for p in data.participants if p.name == name)


def _same_people(a: PeopleState, b: PeopleState) -> bool:
    """Equal organisations, participants and roles, whatever the row order and stamps."""

    def key(state: PeopleState) -> tuple[object, ...]:
        return (
            sorted((str(o.id), o.name) for o in state.organisations),
            sorted(
                (str(p.id), p.name, str(p.organisation_id), p.role, p.table_label)
                for p in state.participants
            ),
            sorted((str(r.card_id), str(r.lead_organisation_id), r.partners) for r in state.roles),
        )

    return key(a) == key(b)


def test_name_key_ignores_case_accents_and_spaces() -> None:
    assert name_key("  Élodie   MARTIN ") == name_key("elodie martin")
    assert name_key("Chloé Roux") != name_key("Chloé Rousse")


def test_update_workshop_changes_every_detail(store: api.Store, workshop: api.WorkshopData) -> None:
    wid = workshop.workshop.id
    api.update_workshop(
        store, wid, title="Atelier révisé", date=dt.date(2026, 5, 2), place="Aubagne",
        territory="Pays d’Aubagne", horizon_year=2040, focal_question="Que mangerons-nous ?",
        organisers="PAT ; Métropole", anonymous=True, language="en",
    )
    w = api.get_workshop(store, wid)
    assert (w.title, w.date, w.place, w.territory, w.horizon_year) == (
        "Atelier révisé", dt.date(2026, 5, 2), "Aubagne", "Pays d’Aubagne", 2040
    )
    assert (w.focal_question, w.organisers, w.anonymous, w.language) == (
        "Que mangerons-nous ?", "PAT ; Métropole", True, "en"
    )


def test_paste_matches_people_by_name_and_adds_the_others(
    store: api.Store, workshop: api.WorkshopData
) -> None:
    wid = workshop.workshop.id
    before = _person(workshop, "Awa Diallo")
    changes = api.paste_participants(
        store, wid,
        "Nom;Organisation;Rôle;Table\n"
        "  awa   DIALLO ;CCAS;;Table 3\n"       # known: organisation and table change, role kept
        "Louis Martin\n"                       # known, nothing pasted but the name: unchanged
        "Élodie Petit\tÉpicerie solidaire\tbénévole\tTable 2\n"
        "elodie petit;;coordinatrice;\n",      # the same new person again: updated, not twice
    )
    data = api.load_workshop(store, wid)
    assert len(data.participants) == 3
    assert len(changes.created) == 1
    awa = _person(data, "Awa Diallo")
    assert awa.id == before.id and awa.name == "Awa Diallo"
    assert (awa.role, awa.table_label) == ("cheffe de projet", "Table 3")
    assert awa.organisation_id == _org(data, "CCAS")
    louis = _person(data, "Louis Martin")
    assert louis == _person(workshop, "Louis Martin")
    elodie = _person(data, "Élodie Petit")
    assert elodie.id == changes.new_id
    assert (elodie.role, elodie.table_label) == ("coordinatrice", "Table 2")
    assert elodie.organisation_id == _org(data, "Épicerie solidaire")


def test_paste_finds_organisations_whatever_their_accents(
    store: api.Store, workshop: api.WorkshopData
) -> None:
    wid = workshop.workshop.id
    api.paste_participants(store, wid, "Nina Blanc\tmetropole  – cohesion sociale\t\t")
    data = api.load_workshop(store, wid)
    assert len(data.organisations) == 2
    assert _person(data, "Nina Blanc").organisation_id == _org(data, "Métropole – Cohésion sociale")


def test_a_bad_paste_changes_nothing(store: api.Store, workshop: api.WorkshopData) -> None:
    wid = workshop.workshop.id
    before = api.people_state(store, wid)
    with pytest.raises(api.ValidationError):
        api.paste_participants(
            store, wid,
            [PersonLine("Zoé Lambert", "Nouvelle asso"), PersonLine("Awa Diallo", "CCAS", "\x00")],
        )
    assert _same_people(api.people_state(store, wid), before)


def test_rename_refuses_the_name_of_another_organisation(
    store: api.Store, workshop: api.WorkshopData
) -> None:
    pat = _org(workshop, "PAT")
    with pytest.raises(api.ValidationError, match="merge"):
        api.rename_organisation(store, pat, "  métropole – COHÉSION sociale ")
    api.rename_organisation(store, pat, "Projet alimentaire territorial")
    assert api.load_workshop(store, workshop.workshop.id).organisation(pat).name == (  # type: ignore[union-attr]
        "Projet alimentaire territorial"
    )


@pytest.fixture
def actions(store: api.Store, workshop: api.WorkshopData) -> dict[str, uuid.UUID]:
    """Three actions around 'CCAS' and its duplicate 'CCAS Lyon', to be merged."""
    wid = workshop.workshop.id
    ccas = api.add_organisation(store, wid, "CCAS").new_id
    dup = api.add_organisation(store, wid, "CCAS Lyon").new_id
    pat = _org(workshop, "PAT")
    metro = _org(workshop, "Métropole – Cohésion sociale")
    api.paste_participants(store, wid, "Inès Haddad\tCCAS Lyon\tdirectrice\t")
    phase = phase_of(workshop, PhaseKind.ACTIONS).id

    def action(text: str, lead: uuid.UUID | None, partners: list[Partner]) -> uuid.UUID:
        card = api.add_card(store, phase, text, kind=CardKind.ACTION).new_id
        api.update_card(store, card, lead_organisation_id=lead, partners=partners)
        return card

    return {
        "ccas": ccas, "dup": dup, "pat": pat, "metro": metro,
        # the duplicate leads; the original partners with no role: lead only
        "led": action("Épicerie mobile", dup, [Partner(ccas, ""), Partner(pat, "légumes")]),
        # both partners, each with its own role: one partner, both roles
        "both": action("Cantine", metro, [Partner(dup, "repas"), Partner(ccas, "budget")]),
        # the original leads, the duplicate partners with a real role: both kept
        "role": action("Jardins", ccas, [Partner(pat, ""), Partner(dup, "animation")]),
    }


def test_merge_moves_participants_leads_and_partner_roles(
    store: api.Store, workshop: api.WorkshopData, actions: dict[str, uuid.UUID]
) -> None:
    wid = workshop.workshop.id
    ccas, dup, pat, metro = actions["ccas"], actions["dup"], actions["pat"], actions["metro"]
    changes = api.merge_organisations(store, ccas, [dup])
    data = api.load_workshop(store, wid)
    assert data.organisation(dup) is None and data.organisation(ccas) is not None
    assert _person(data, "Inès Haddad").organisation_id == ccas
    led, both, role = (data.card(actions[k]) for k in ("led", "both", "role"))
    assert led is not None and both is not None and role is not None
    assert led.lead_organisation_id == ccas and led.partners == (Partner(pat, "légumes"),)
    assert both.lead_organisation_id == metro
    assert both.partners == (Partner(ccas, "repas / budget"),)
    assert role.lead_organisation_id == ccas
    assert role.partners == (Partner(pat, ""), Partner(ccas, "animation"))
    assert changes.cards == {actions["led"], actions["both"], actions["role"]}
    assert changes.organisations and changes.participants


def test_merge_refuses_itself_and_other_workshops(
    store: api.Store, workshop: api.WorkshopData, mini_template: object
) -> None:
    pat = _org(workshop, "PAT")
    with pytest.raises(api.ValidationError):
        api.merge_organisations(store, pat, [pat])
    other = api.duplicate_workshop(store, workshop.workshop.id).new_id
    foreign = _org(api.load_workshop(store, other), "PAT")
    with pytest.raises(api.ValidationError):
        api.merge_organisations(store, pat, [foreign])
    assert api.load_workshop(store, other).organisation(foreign) is not None


def test_restore_people_undoes_a_merge_exactly_and_redoes_it(
    store: api.Store, workshop: api.WorkshopData, actions: dict[str, uuid.UUID]
) -> None:
    wid = workshop.workshop.id
    before = api.people_state(store, wid)
    api.merge_organisations(store, actions["ccas"], [actions["dup"]])
    after = api.people_state(store, wid)
    undone = api.restore_people(store, before)
    assert _same_people(api.people_state(store, wid), before)
    assert undone.cards == {actions["led"], actions["both"], actions["role"]}
    data = api.load_workshop(store, wid)
    assert data.card(actions["both"]).partners == (  # type: ignore[union-attr]
        Partner(actions["dup"], "repas"), Partner(actions["ccas"], "budget")
    )
    api.restore_people(store, after)
    assert _same_people(api.people_state(store, wid), after)


def test_restore_people_undoes_a_paste_and_removes_what_it_added(
    store: api.Store, workshop: api.WorkshopData
) -> None:
    wid = workshop.workshop.id
    before = api.people_state(store, wid)
    api.paste_participants(store, wid, "Awa Diallo\tCCAS\t\t\nZoé Lambert\tAMAP\tprésidente\t")
    after = api.people_state(store, wid)
    api.restore_people(store, before)
    data = api.load_workshop(store, wid)
    assert {o.name for o in data.organisations} == {"Métropole – Cohésion sociale", "PAT"}
    assert _same_people(api.people_state(store, wid), before)
    api.restore_people(store, after)
    assert _same_people(api.people_state(store, wid), after)


def test_remove_participants_in_one_transaction(
    store: api.Store, workshop: api.WorkshopData
) -> None:
    wid = workshop.workshop.id
    ids = [p.id for p in workshop.participants]
    with pytest.raises(api.NotFoundError):
        api.remove_participants(store, [*ids, uuid.uuid4()])
    assert len(api.load_workshop(store, wid).participants) == 2
    api.remove_participants(store, ids)
    assert api.load_workshop(store, wid).participants == ()


@pytest.fixture
def other_store(tmp_path: Path) -> Iterator[api.Store]:
    with api.open_store(data_dir=tmp_path / "laptop") as opened:
        yield opened


def test_workshop_file_keeps_edited_details_people_and_merged_organisations(
    store: api.Store,
    workshop: api.WorkshopData,
    actions: dict[str, uuid.UUID],
    other_store: api.Store,
    tmp_path: Path,
) -> None:
    wid = workshop.workshop.id
    api.update_workshop(
        store, wid, title="Atelier révisé", territory="Huveaune", horizon_year=2035,
        anonymous=True, organisers="PAT", language="en", date=dt.date(2026, 4, 20),
    )
    api.paste_participants(store, wid, "Louis Martin\tCCAS\tanimateur\tTable 4\nZoé Lambert\tAMAP")
    api.remove_participants(store, [_person(workshop, "Awa Diallo").id])
    api.rename_organisation(store, actions["pat"], "Projet alimentaire territorial")
    api.merge_organisations(store, actions["ccas"], [actions["dup"]])
    edited = api.load_workshop(store, wid)

    path = export_workshop_file(store, wid, tmp_path / "atelier.json")
    import_workshop_file(other_store, path)
    copy = api.load_workshop(other_store, wid)

    assert copy.workshop == edited.workshop
    assert set(copy.organisations) == set(edited.organisations)
    assert set(copy.participants) == set(edited.participants)
    assert {c.id: (c.lead_organisation_id, c.partners) for c in copy.cards} == {
        c.id: (c.lead_organisation_id, c.partners) for c in edited.cards
    }
    assert copy.card(actions["both"]).partners == (  # type: ignore[union-attr]
        Partner(actions["ccas"], "repas / budget"),
    )
