"""Use cases through the public API, on a real SQLite file and on a PostgreSQL database."""

from __future__ import annotations

import datetime as dt

import pytest

from coopatelier import api
from coopatelier.domain.model import CardKind, DriverNature, Partner, PhaseKind
from coopatelier.templates.loader import Template
from tests.conftest import phase_of


@pytest.fixture
def store(any_store: api.Store) -> api.Store:
    """Every use case here runs on both backends (``workshop`` follows this store)."""
    return any_store


def test_create_workshop_copies_the_deroule_and_people(
    store: api.Store, workshop: api.WorkshopData, mini_template: Template
) -> None:
    assert [p.title for p in workshop.phases] == [p.title for p in mini_template.phases]
    assert [p.planned_minutes for p in workshop.phases] == [p.minutes for p in mini_template.phases]
    assert workshop.workshop.horizon_year == 2030
    assert workshop.workshop.template_key == "mini"
    assert {o.name for o in workshop.organisations} == {"Métropole – Cohésion sociale", "PAT"}
    awa = next(p for p in workshop.participants if p.name == "Awa Diallo")
    assert awa.role == "cheffe de projet" and awa.table_label == "Table 1"
    closing = phase_of(workshop, PhaseKind.CLOSING)
    (seed,) = workshop.cards_of_phase(closing.id)
    assert (seed.text, seed.category, seed.checked) == ("Confiance", "Ingrédients", False)


def test_organisations_are_matched_ignoring_case(
    store: api.Store, workshop: api.WorkshopData
) -> None:
    wid = workshop.workshop.id
    api.add_participants(store, wid, "Chloé Roux\tpat\tagricultrice\tTable 1")
    same = api.add_organisation(store, wid, "PAT")
    data = api.load_workshop(store, wid)
    assert len(data.organisations) == 2
    chloe = next(p for p in data.participants if p.name == "Chloé Roux")
    assert chloe.organisation_id == same.new_id


def test_workshop_title_must_not_be_empty(store: api.Store, mini_template: Template) -> None:
    with pytest.raises(api.ValidationError, match="title"):
        api.create_workshop(store, mini_template, title="  ")
    assert api.list_workshops(store) == []


def test_update_workshop_validates_horizon(store: api.Store, workshop: api.WorkshopData) -> None:
    wid = workshop.workshop.id
    api.update_workshop(store, wid, horizon_year=2035, place="Aix-en-Provence")
    assert api.get_workshop(store, wid).horizon_year == 2035
    with pytest.raises(api.ValidationError, match="horizon_year"):
        api.update_workshop(store, wid, horizon_year=1999)
    assert api.get_workshop(store, wid).horizon_year == 2035


def test_card_lifecycle_with_typed_driver_attributes(
    store: api.Store, workshop: api.WorkshopData
) -> None:
    drivers = phase_of(workshop, PhaseKind.DRIVERS)
    text = "Inflation alimentaire\n« durable » 🍅 <b>&</b>"
    card_id = api.add_card(
        store, drivers.id, text, table_label="Table 2", author="Louis", device="laptop-2"
    ).new_id
    api.update_card(
        store,
        card_id,
        impact=5,
        uncertainty=4,
        nature=DriverNature.HEAVY_TREND,
        category="Économie",
    )
    card = api.get_card(store, card_id)
    assert card.text == text
    assert card.kind is CardKind.DRIVER
    assert (card.impact, card.uncertainty, card.nature) == (5, 4, DriverNature.HEAVY_TREND)
    assert (card.table_label, card.author, card.device) == ("Table 2", "Louis", "laptop-2")
    assert card.created_at.tzinfo is not None

    with pytest.raises(api.ValidationError, match="between 1 and 5"):
        api.update_card(store, card_id, impact=6)
    assert api.get_card(store, card_id).impact == 5

    api.delete_cards(store, [card_id])
    data = api.load_workshop(store, workshop.workshop.id)
    assert card_id not in {c.id for c in data.live_cards()}
    assert card_id in {c.id for c in data.cards}  # soft-deleted, kept
    api.restore_cards(store, [card_id])
    assert not api.get_card(store, card_id).deleted


def test_empty_card_text_is_refused(store: api.Store, workshop: api.WorkshopData) -> None:
    drivers = phase_of(workshop, PhaseKind.DRIVERS)
    with pytest.raises(api.ValidationError, match="text"):
        api.add_card(store, drivers.id, " \n ")


def test_action_with_lead_partners_roles_and_links(
    store: api.Store, workshop: api.WorkshopData
) -> None:
    futures = phase_of(workshop, PhaseKind.FUTURES)
    actions = phase_of(workshop, PhaseKind.ACTIONS)
    future_id = api.add_card(store, futures.id, "Paniers solidaires pérennes").new_id
    action_id = api.add_card(store, actions.id, "Groupement d’achat").new_id
    metropole, pat = sorted(workshop.organisations, key=lambda o: o.name)
    api.update_card(
        store,
        action_id,
        title="Groupement d’achat solidaire",
        lead_organisation_id=pat.id,
        partners=[api.Partner(metropole.id, "déploie dans les quartiers")],
        horizon_year=2028,
        first_step="Réunir les producteurs",
        means="2 ETP",
        indicator="Nombre de paniers",
        impact=5,
        effort=2,
        links=[future_id],
    )
    action = api.get_card(store, action_id)
    assert action.lead_organisation_id == pat.id
    assert action.partners == (api.Partner(metropole.id, "déploie dans les quartiers"),)
    assert action.links == (future_id,)
    assert (action.horizon_year, action.impact, action.effort) == (2028, 5, 2)

    with pytest.raises(api.ValidationError, match="same organisation twice"):
        api.update_card(
            store,
            action_id,
            partners=[api.Partner(pat.id, "a"), api.Partner(pat.id, "b")],
        )
    with pytest.raises(api.ValidationError, match="itself"):
        api.update_card(store, action_id, links=[action_id])
    assert api.get_card(store, action_id).partners == action.partners


def test_move_card_within_and_between_phases(store: api.Store, workshop: api.WorkshopData) -> None:
    drivers = phase_of(workshop, PhaseKind.DRIVERS)
    free = phase_of(workshop, PhaseKind.INTRO)
    a, b, c = (api.add_card(store, drivers.id, t).new_id for t in ("A", "B", "C"))

    def order() -> list[str]:
        data = api.load_workshop(store, workshop.workshop.id)
        return [card.text for card in data.cards_of_phase(drivers.id)]

    api.move_card(store, c, index=0)
    assert order() == ["C", "A", "B"]
    api.move_card(store, c, index=2)
    assert order() == ["A", "B", "C"]
    api.move_card(store, a, index=1)
    assert order() == ["B", "A", "C"]
    api.move_card(store, b, phase_id=free.id, category="", kind=CardKind.NOTE)
    assert order() == ["A", "C"]
    moved = api.get_card(store, b)
    assert moved.phase_id == free.id and moved.kind is CardKind.NOTE


def test_merge_keeps_text_provenance_and_votes(
    store: api.Store, workshop: api.WorkshopData
) -> None:
    futures = phase_of(workshop, PhaseKind.FUTURES)
    keep = api.add_card(store, futures.id, "Cantines 100 % locales", table_label="T1").new_id
    dup = api.add_card(store, futures.id, "Cantine locale", table_label="T2").new_id
    round_id = api.create_round(store, futures.id, dots_per_person=3).new_id
    api.add_votes(store, round_id, keep, 2)
    api.add_votes(store, round_id, dup, 3)

    api.merge_cards(store, keep, [dup])
    data = api.load_workshop(store, workshop.workshop.id)
    assert [c.id for c in data.cards_of_phase(futures.id)] == [keep]
    merged = next(c for c in data.cards if c.id == dup)
    assert merged.merged_into_id == keep
    assert (merged.text, merged.table_label) == ("Cantine locale", "T2")
    assert sum(v.dots for v in data.votes) == 5

    api.unmerge_cards(store, [dup])
    data = api.load_workshop(store, workshop.workshop.id)
    assert {c.id for c in data.cards_of_phase(futures.id)} == {keep, dup}


def test_votes_rounds_hide_and_reveal(store: api.Store, workshop: api.WorkshopData) -> None:
    futures = phase_of(workshop, PhaseKind.FUTURES)
    card_id = api.add_card(store, futures.id, "Ferme urbaine").new_id
    round_id = api.create_round(store, futures.id, title="Tour 1", hidden=True).new_id
    vote_id = api.add_votes(store, round_id, card_id, 4).new_id
    data = api.load_workshop(store, workshop.workshop.id)
    (vote_round,) = data.rounds
    assert vote_round.hidden and not vote_round.revealed
    api.reveal_round(store, round_id)
    assert api.load_workshop(store, workshop.workshop.id).rounds[0].revealed
    with pytest.raises(api.ValidationError, match="dots"):
        api.add_votes(store, round_id, card_id, 0)
    api.remove_vote(store, vote_id)
    assert api.load_workshop(store, workshop.workshop.id).votes == ()


def test_phases_can_be_added_reordered_edited_and_removed(
    store: api.Store, workshop: api.WorkshopData
) -> None:
    wid = workshop.workshop.id
    new_id = api.add_phase(
        store, wid, kind=PhaseKind.FREE, title="Pause café", minutes=15, position=2
    ).new_id
    titles = [p.title for p in api.load_workshop(store, wid).phases]
    assert titles[2] == "Pause café"
    api.move_phase(store, new_id, 0)
    api.update_phase(store, new_id, planned_minutes=20, instructions="Servez le café.")
    phases = api.load_workshop(store, wid).phases
    assert phases[0].id == new_id and phases[0].planned_minutes == 20
    assert [p.position for p in phases] == list(range(len(phases)))
    with pytest.raises(api.ValidationError):
        api.update_phase(store, new_id, planned_minutes=-5)
    api.remove_phase(store, new_id)
    assert [p.title for p in api.load_workshop(store, wid).phases] == [
        p.title for p in workshop.phases
    ]


def test_a_phase_holding_cards_is_not_removed(store: api.Store, workshop: api.WorkshopData) -> None:
    drivers = phase_of(workshop, PhaseKind.DRIVERS)
    api.add_card(store, drivers.id, "Carte")
    with pytest.raises(api.ValidationError, match="still holds 1 card"):
        api.remove_phase(store, drivers.id)


def test_starting_a_phase_ends_the_running_one(
    store: api.Store, workshop: api.WorkshopData
) -> None:
    first, second = workshop.phases[0], workshop.phases[1]
    t0 = dt.datetime(2026, 4, 14, 9, 0, tzinfo=dt.UTC)
    t1 = dt.datetime(2026, 4, 14, 9, 12, tzinfo=dt.UTC)
    api.start_phase(store, first.id, at=t0)
    api.start_phase(store, second.id, at=t1)
    a, b = api.get_phase(store, first.id), api.get_phase(store, second.id)
    assert (a.actual_start, a.actual_end) == (t0, t1)
    assert (b.actual_start, b.actual_end) == (t1, None)


def test_duplicate_and_delete_workshop(store: api.Store, workshop: api.WorkshopData) -> None:
    wid = workshop.workshop.id
    drivers = phase_of(workshop, PhaseKind.DRIVERS)
    api.add_card(store, drivers.id, "Carte d’origine")
    copy_id = api.duplicate_workshop(store, wid, title="Atelier bis").new_id
    copy = api.load_workshop(store, copy_id)
    assert [p.title for p in copy.phases] == [p.title for p in workshop.phases]
    assert {o.name for o in copy.organisations} == {o.name for o in workshop.organisations}
    assert len(copy.participants) == 2 and copy.cards == ()
    api.delete_workshop(store, wid)
    assert [w.id for w in api.list_workshops(store)] == [copy_id]
    with pytest.raises(api.NotFoundError):
        api.load_workshop(store, wid)


def test_list_workshops_counts_and_recent_first(store: api.Store, mini_template: Template) -> None:
    old = api.create_workshop(store, mini_template, title="Premier atelier").new_id
    new = api.create_workshop(store, mini_template, title="Second atelier").new_id
    drivers = phase_of(api.load_workshop(store, old), PhaseKind.DRIVERS)
    api.add_card(store, drivers.id, "Activité récente")
    listed = api.list_workshops(store)
    assert [w.id for w in listed] == [old, new]
    assert listed[0].card_count == 2  # the new card + the template's seed card
    assert listed[0].phase_count == len(mini_template.phases)


def test_find_workshop_by_id_prefix_or_title(store: api.Store, mini_template: Template) -> None:
    a = api.create_workshop(store, mini_template, title="Alimentation QPV").new_id
    api.create_workshop(store, mini_template, title="Alimentation scolaire")
    assert api.find_workshop(store, str(a)).id == a
    assert api.find_workshop(store, "alimentation q").id == a
    with pytest.raises(api.NotFoundError, match="matches 2 workshops"):
        api.find_workshop(store, "Alim")
    with pytest.raises(api.NotFoundError, match="No workshop matches"):
        api.find_workshop(store, "Mobilité")


def test_an_unused_organisation_can_be_removed(
    store: api.Store, workshop: api.WorkshopData
) -> None:
    wid = workshop.workshop.id
    added = api.add_organisation(store, wid, "Banque alimentaire").new_id
    api.remove_organisation(store, added)
    assert "Banque alimentaire" not in {o.name for o in api.load_workshop(store, wid).organisations}
    used = workshop.organisations[0]
    with pytest.raises(api.ValidationError, match="still a lead, a partner or a participant"):
        api.remove_organisation(store, used.id)


def test_move_card_index_ignores_merged_cards(store: api.Store, workshop: api.WorkshopData) -> None:
    drivers = phase_of(workshop, PhaseKind.DRIVERS)
    a, b, _, d = (api.add_card(store, drivers.id, t).new_id for t in ("A", "B", "C", "D"))
    api.merge_cards(store, a, [b])
    api.move_card(store, d, index=1)  # between the live A and C, as the view shows them
    data = api.load_workshop(store, workshop.workshop.id)
    assert [card.text for card in data.cards_of_phase(drivers.id)] == ["A", "D", "C"]
    api.move_card(store, d, index=2)  # last of the two other live cards
    data = api.load_workshop(store, workshop.workshop.id)
    assert [card.text for card in data.cards_of_phase(drivers.id)] == ["A", "C", "D"]
    moved = data.card(d)
    assert moved is not None and moved.text == "D"


def test_a_phase_whose_only_card_was_deleted_can_be_removed(
    store: api.Store, workshop: api.WorkshopData
) -> None:
    drivers = phase_of(workshop, PhaseKind.DRIVERS)
    card_id = api.add_card(store, drivers.id, "Saisie annulée").new_id
    api.delete_cards(store, [card_id])
    api.remove_phase(store, drivers.id)
    assert drivers.id not in {p.id for p in api.load_workshop(store, workshop.workshop.id).phases}


def test_deleting_cards_reports_votes_only_when_they_had_some(
    store: api.Store, workshop: api.WorkshopData
) -> None:
    futures = phase_of(workshop, PhaseKind.FUTURES)
    plain = api.add_card(store, futures.id, "Sans vote").new_id
    voted = api.add_card(store, futures.id, "Avec votes").new_id
    round_id = api.create_round(store, futures.id).new_id
    api.add_votes(store, round_id, voted, 2)
    assert not api.delete_cards(store, [plain]).votes
    assert api.delete_cards(store, [voted]).votes
    assert api.restore_cards(store, [voted]).votes


def test_a_duplicate_without_a_title_takes_the_first_free_number(
    store: api.Store, workshop: api.WorkshopData
) -> None:
    """The command line, scripts and the home window get the same "(2)", "(3)" titles."""
    wid = workshop.workshop.id
    first = api.duplicate_workshop(store, wid).new_id
    second = api.duplicate_workshop(store, wid).new_id
    titles = {w.id: w.title for w in api.list_workshops(store)}
    source = workshop.workshop.title
    assert (titles[first], titles[second]) == (f"{source} (2)", f"{source} (3)")


def test_add_card_returns_the_card_it_wrote_so_views_need_not_read_it_back(
    store: api.Store, workshop: api.WorkshopData
) -> None:
    drivers = phase_of(workshop, PhaseKind.DRIVERS)
    org = workshop.organisations[0].id
    for extra in ({}, {"category": "Société", "impact": 4},
                  {"partners": [Partner(org, "finance")]}):
        changes = api.add_card(store, drivers.id, "Hausse des prix", **extra)
        (written,) = changes.written
        assert written == api.get_card(store, changes.new_id)
