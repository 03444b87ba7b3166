"""The demo workshop a new user opens first: credible, complete content."""

from __future__ import annotations

import datetime as dt
import re
import tomllib
import uuid
from collections import Counter
from pathlib import Path

import pytest

from coopatelier import api
from coopatelier.demo import (
    DEMO_LANGUAGES,
    DemoStory,
    create_demo,
    create_demo_workshop,
    demo_file,
    demo_language,
    load_story,
)
from coopatelier.domain.analysis import key_uncertainties, tally_votes

K = api.PhaseKind


@pytest.fixture
def demo(store: api.Store) -> api.WorkshopData:
    return api.load_workshop(store, create_demo_workshop(store))


def phase_of(data: api.WorkshopData, kind: api.PhaseKind) -> api.Phase:
    return next(p for p in data.phases if p.kind is kind)


def test_demo_workshop_is_the_food_workshop_of_april(demo: api.WorkshopData) -> None:
    workshop = demo.workshop
    assert workshop.template_key == "alimentation-durable-qpv-2030"
    assert "(démo)" in workshop.title
    assert workshop.date == dt.date(2026, 4, 14)
    assert workshop.horizon_year == 2030
    assert workshop.language == "fr"
    assert "Aix-Marseille-Provence" in workshop.territory
    for organiser in ("Lab des possibles", "PAT", "Cohésion sociale"):
        assert organiser in workshop.organisers
    assert workshop.place.strip()
    assert not workshop.anonymous
    assert [p.kind for p in demo.phases] == [
        K.INTRO, K.DRIVERS, K.FUTURES, K.FREE, K.ACTIONS, K.ROADMAP, K.CLOSING,
    ]


def test_demo_has_participants_from_many_organisations(demo: api.WorkshopData) -> None:
    assert 15 <= len(demo.participants) <= 25
    assert len(demo.organisations) >= 10
    org_ids = {o.id for o in demo.organisations}
    assert all(p.organisation_id in org_ids for p in demo.participants)
    assert all(p.role and p.table_label for p in demo.participants)
    assert len({p.table_label for p in demo.participants}) >= 4
    names = " ".join(o.name for o in demo.organisations)
    for expected in ("Cohésion sociale", "PAT", "Lab des possibles", "Fondation de France",
                     "Centre social", "producteurs", "CCAS", "Restauration scolaire"):
        assert expected in names, expected


def test_demo_drivers_are_rated_and_categorised(demo: api.WorkshopData) -> None:
    phase = phase_of(demo, K.DRIVERS)
    drivers = demo.cards_of_kind(api.CardKind.DRIVER)
    assert 12 <= len(drivers) <= 20
    assert all(d.phase_id == phase.id for d in drivers)
    assert {d.category for d in drivers} <= set(phase.categories)
    assert len({d.category for d in drivers}) >= 6
    assert len({d.nature for d in drivers}) == len(api.DriverNature)
    for d in drivers:
        assert d.nature is not None and d.impact is not None and d.uncertainty is not None
        assert d.author and d.table_label, d.text
    assert len(key_uncertainties(drivers)) >= 3


def test_demo_axes_cross_two_key_uncertainties(demo: api.WorkshopData) -> None:
    axes = demo.axes
    assert axes is not None
    keys = {c.id for c in key_uncertainties(demo.cards_of_kind(api.CardKind.DRIVER))}
    assert axes.x_driver_id in keys and axes.y_driver_id in keys
    assert axes.x_driver_id != axes.y_driver_id
    assert all(label.strip() for label in (axes.x_low, axes.x_high, axes.y_low, axes.y_high))


def test_demo_futures_fill_the_four_quadrants(demo: api.WorkshopData) -> None:
    futures = demo.cards_of_phase(phase_of(demo, K.FUTURES).id)
    assert all(f.kind is api.CardKind.FUTURE for f in futures)
    assert sorted(f.quadrant for f in futures) == sorted(["++", "+-", "-+", "--"])
    drivers = {c.id for c in demo.cards_of_kind(api.CardKind.DRIVER)}
    for future in futures:
        assert future.title.strip()
        assert future.narrative.startswith("En 2030, ")
        assert future.links and set(future.links) <= drivers


def test_every_demo_action_has_a_lead_and_partners_with_roles(
    demo: api.WorkshopData,
) -> None:
    actions = demo.cards_of_phase(phase_of(demo, K.ACTIONS).id)
    assert len(actions) >= 8
    assert all(a.kind is api.CardKind.ACTION for a in actions)
    futures = {c.id for c in demo.cards_of_kind(api.CardKind.FUTURE)}
    for action in actions:
        assert action.title and action.description, action.text
        assert demo.organisation(action.lead_organisation_id) is not None, action.title
        assert action.partners, action.title
        partner_orgs = [p.organisation_id for p in action.partners]
        assert action.lead_organisation_id not in partner_orgs
        for partner in action.partners:
            assert demo.organisation(partner.organisation_id) is not None
            assert len(partner.role.split()) >= 3, partner.role
        assert action.horizon_year is not None and 2026 <= action.horizon_year <= 2030
        assert action.first_step and action.means and action.indicator, action.title
        assert action.impact is not None and action.effort is not None
        assert set(action.links) & futures, action.title
    assert len({a.lead_organisation_id for a in actions}) >= 6, "chacun son poste"
    assert len({a.horizon_year for a in actions}) >= 3


@pytest.mark.parametrize("kind", [K.FUTURES, K.ACTIONS])
def test_demo_votes_on_futures_and_actions(demo: api.WorkshopData, kind: api.PhaseKind) -> None:
    phase = phase_of(demo, kind)
    rounds = [r for r in demo.rounds if r.phase_id == phase.id]
    assert len(rounds) == 1
    vote_round = rounds[0]
    assert vote_round.revealed
    totals = tally_votes(demo.votes, vote_round.id)
    cards = {c.id for c in demo.cards_of_phase(phase.id)}
    assert set(totals) <= cards
    assert len(set(totals.values())) >= 3, "a vote with a clear ranking"
    assert 0 < sum(totals.values()) <= vote_round.dots_per_person * len(demo.participants)


def test_demo_closing_ticks_ingredients_and_sets_the_next_meeting(
    demo: api.WorkshopData,
) -> None:
    closing = phase_of(demo, K.CLOSING)
    cards = demo.cards_of_phase(closing.id)
    ingredients = [c for c in cards if c.category == "Ingrédients de la coopération"]
    ticked = Counter(c.checked for c in ingredients)
    assert ticked[True] >= 3 and ticked[False] >= 3
    seeded = [c for c in ingredients if c.device == "template"]
    assert any(c.checked for c in seeded) and any(c.device != "template" for c in ingredients)
    steps = [c.text for c in cards if c.category == "Prochaines étapes"]
    assert any("rentrée" in s and "septembre" in s for s in steps), steps


def test_demo_phases_were_run_on_the_workshop_morning(demo: api.WorkshopData) -> None:
    paris = dt.timezone(dt.timedelta(hours=2))  # CEST, in force in France in April
    previous_end: dt.datetime | None = None
    for phase in demo.phases:
        start, end = phase.actual_start, phase.actual_end
        assert start is not None and end is not None, phase.title
        assert start.astimezone(paris).date() == demo.workshop.date
        assert 9 <= start.astimezone(paris).hour < 13
        minutes = (end - start) / dt.timedelta(minutes=1)
        assert phase.planned_minutes * 0.5 <= minutes <= phase.planned_minutes * 1.5
        if previous_end is not None:
            assert start >= previous_end
        previous_end = end


def test_demo_text_uses_french_typography(demo: api.WorkshopData) -> None:
    fields = [demo.workshop.title, demo.workshop.place, demo.workshop.organisers]
    fields += [o.name for o in demo.organisations]
    for card in demo.live_cards():
        fields += [card.text, card.title, card.narrative, card.description, card.first_step,
                   card.means, card.indicator, *(p.role for p in card.partners)]
    assert not [f for f in fields if "'" in f or '"' in f]
    assert not [f for f in fields if re.search(r"[ \u00a0][?!:;%€»]|«[ \u00a0]", f)]


def test_two_demos_are_two_independent_workshops(store: api.Store) -> None:
    first = create_demo_workshop(store)
    before = api.load_workshop(store, first)
    second = create_demo_workshop(store)
    assert isinstance(second, uuid.UUID) and second != first
    assert {w.id for w in api.list_workshops(store)} == {first, second}
    after = api.load_workshop(store, first)
    assert after == before
    other = api.load_workshop(store, second)
    assert len(other.cards) == len(before.cards)
    assert not {c.id for c in other.cards} & {c.id for c in before.cards}
    assert not {o.id for o in other.organisations} & {o.id for o in before.organisations}


def test_every_demo_card_was_written_during_its_phase(demo: api.WorkshopData) -> None:
    """The annex lists every card with its time: captured cards during their phase; the
    template's seed cards (the checklists) when the workshop was prepared, that morning."""
    paris = dt.timezone(dt.timedelta(hours=2))  # CEST, in force in France in April
    phases = {p.id: p for p in demo.phases}
    first_start = min(p.actual_start for p in demo.phases if p.actual_start is not None)
    seeded = 0
    for card in demo.live_cards():
        phase = phases[card.phase_id]
        assert phase.actual_start is not None and phase.actual_end is not None
        assert card.created_at.astimezone(paris).date() == demo.workshop.date
        if card.device == "template":
            seeded += 1
            assert card.created_at == demo.workshop.created_at < first_start, card.text
        else:
            assert phase.actual_start <= card.created_at <= phase.actual_end, card.text
    assert seeded >= 10
    closing = phase_of(demo, K.CLOSING)
    times = [c.created_at for c in demo.cards_of_phase(closing.id)]
    assert times == sorted(times), "in the order the annex lists them"


def test_a_second_demo_gets_a_title_the_home_list_can_tell_apart(store: api.Store) -> None:
    first = create_demo_workshop(store)
    second = create_demo_workshop(store)
    titles = {w.id: w.title for w in api.list_workshops(store)}
    assert titles[second] == f"{titles[first]} (2)"


# --- the demo as data, in French and in English ------------------------------------------


def shape(data: api.WorkshopData) -> dict[str, object]:
    """What a translation must keep: everything but the words."""
    names = {o.id: sorted(p.name for p in data.participants if p.organisation_id == o.id)
             for o in data.organisations}
    phases = {p.id: p.kind for p in data.phases}
    return {
        "phases": [(p.kind, p.planned_minutes, p.actual_start, p.actual_end, len(p.categories))
                   for p in data.phases],
        "cards": [
            (phases[c.phase_id], c.kind, c.created_at, c.device == "template", c.nature,
             c.impact, c.uncertainty, c.effort, c.quadrant, c.horizon_year, c.checked,
             c.author, len(c.links),
             names[c.lead_organisation_id] if c.lead_organisation_id else None,
             [names[p.organisation_id] for p in c.partners])
            for c in data.live_cards()
        ],
        "votes": [(v.dots, v.created_at) for v in data.votes],
        "rounds": [(r.dots_per_person, r.hidden, r.revealed) for r in data.rounds],
        "people": sorted(p.name for p in data.participants),
        "organisations": len(data.organisations),
        "horizon": (data.workshop.date, data.workshop.horizon_year),
    }


def test_the_english_demo_is_the_same_story_in_english(store: api.Store) -> None:
    french = api.load_workshop(store, create_demo_workshop(store, language="fr"))
    english = api.load_workshop(store, create_demo_workshop(store, language="en"))
    assert english.workshop.language == "en"
    assert english.workshop.template_key == "alimentation-durable-qpv-2030-en"
    assert english.workshop.title.endswith("(demo)")
    assert shape(english) == shape(french)
    assert english.axes is not None and french.axes is not None
    # the words are English: no French category, card or role left untranslated
    fr_texts = {c.text for c in french.live_cards()} | {p.role for p in french.participants}
    en_texts = {c.text for c in english.live_cards()} | {p.role for p in english.participants}
    assert not fr_texts & en_texts
    drivers = phase_of(english, K.DRIVERS)
    assert "Poverty and access" in drivers.categories
    assert {c.category for c in english.cards_of_kind(api.CardKind.DRIVER)} <= set(
        drivers.categories)
    for future in english.cards_of_kind(api.CardKind.FUTURE):
        assert future.narrative.startswith("In 2030, ")
    # French proper names stay as they are
    assert "Centre social L’Olivier" in {o.name for o in english.organisations}
    assert "Lab des possibles" in english.workshop.organisers
    texts = [english.workshop.title, english.workshop.place, english.workshop.organisers]
    for card in english.live_cards():
        texts += [card.text, card.title, card.narrative, card.description, card.first_step,
                  card.means, card.indicator, *(p.role for p in card.partners)]
    assert not [t for t in texts if "\u202f" in t or re.search(r"\s[?!:;]", t)]


@pytest.mark.parametrize(("interface", "story"), [
    ("fr", "fr"), ("fr_FR", "fr"), ("fr-CA", "fr"), ("en", "en"), ("en_GB", "en"), ("de", "en"),
    ("", "en"),
])
def test_the_demo_speaks_french_to_french_users_and_english_to_everyone_else(
    interface: str, story: str
) -> None:
    assert demo_language(interface) == story
    assert load_story(interface).language == story


def test_a_story_field_outside_the_format_is_named(tmp_path: Path) -> None:
    """The format is checked, so that a story that grows (a September workshop) fails
    loudly on a misspelt field rather than dropping it."""
    text = demo_file("en").read_text(encoding="utf-8").replace(
        'kind = "roadmap"', 'kind = "roadmap"\nstrat = "12:12"', 1)
    with pytest.raises(ValueError, match=r"phases\[6\]\.strat"):
        story_from_text(text)
    text = demo_file("en").read_text(encoding="utf-8").replace(
        'lead = "lab"', 'lead = "labo"', 1)
    with pytest.raises(ValueError, match="unknown organisation 'labo'"):
        story_from_text(text)


def story_from_text(text: str) -> object:
    from coopatelier.demo import _story

    return _story(tomllib.loads(text), "demo.en.toml")


def test_every_demo_file_is_played_in_full(store: api.Store) -> None:
    """Every card, dot and ticked item of the file reaches the workshop."""
    for language in DEMO_LANGUAGES:
        story = load_story(language)
        planned = story.workshops[0]
        data = api.load_workshop(store, create_demo_workshop(store, language=language))
        captured = [c for c in data.live_cards() if c.device == planned.device]
        assert [c.text for c in captured] == [
            card.text for phase in planned.phases for card in phase.cards]
        assert sum(v.dots for v in data.votes) == sum(
            card.dots for phase in planned.phases for card in phase.cards)
        ticked = [c for c in data.live_cards() if c.checked and c.device == "template"]
        closing = planned.phases[-1]
        assert len(ticked) == len(closing.check)


# --- the demo's démarche: April in it, its roadmap's history, September in preparation -----


def expected_history(story: DemoStory) -> dict[str, list[tuple[str, str, dt.date, str]]]:
    """Per action title: (kind, status, day, note) of each entry, in the file's order."""
    assert story.demarche is not None
    titles = {card.key: str(card.attributes.get("title") or card.text)
              for phase in story.workshops[0].phases for card in phase.cards if card.key}
    history: dict[str, list[tuple[str, str, dt.date, str]]] = {}
    for event in story.demarche.history:
        kind = "follow_up" if event.status is None else "status"
        history.setdefault(titles[event.action], []).append(
            (kind, event.status.value if event.status else "", event.on, event.note.strip()))
    return history


@pytest.mark.parametrize(("language", "checkpoint_template"), [
    ("fr", "point-etape-feuille-de-route"), ("en", "roadmap-checkpoint"),
])
def test_the_demo_is_a_demarche_with_april_and_september_in_preparation(
    store: api.Store, language: str, checkpoint_template: str
) -> None:
    made = create_demo(store, language=language)
    assert made.demarche_id is not None and made.checkpoint_id is not None
    story = load_story(language)
    assert story.demarche is not None and story.demarche.checkpoint is not None
    data = api.load_demarche(store, made.demarche_id)
    assert data.demarche.title == story.demarche.title
    assert data.demarche.language == language
    assert [w.workshop.id for w in data.workshops] == [made.workshop_id, made.checkpoint_id]
    april, september = data.workshops
    assert april.workshop.title == story.workshops[0].title  # the April workshop as it is
    assert april.workshop.ended_at is not None
    assert september.workshop.template_key == checkpoint_template
    assert september.workshop.date == dt.date(2026, 9, 17)
    assert september.workshop.title == story.demarche.checkpoint.title
    assert not any(p.runs for p in september.phases)  # not run yet
    assert september.workshop.ended_at is None
    assert {p.name for p in september.participants} == {
        name for name, _org, _role in story.demarche.checkpoint.participants}
    # the roadmap: every April action, its history as in the file
    history = expected_history(story)
    assert len(data.actions) == 8
    for action in data.actions:
        assert action.workshop.id == made.workshop_id
        got = [(e.kind.value, e.status.value if e.status else "", e.happened_on, e.note)
               for e in action.history]
        assert got == history.get(action.title, []), action.title
    statuses = Counter(a.status for a in data.actions)
    S = api.ActionStatus
    assert statuses[S.DONE] == statuses[S.DROPPED] == statuses[S.REORIENTED] == 1
    assert statuses[S.IN_PROGRESS] == 2 and statuses[S.TO_EXPLORE] == 3
    done = next(a for a in data.actions if a.status is S.DONE)
    assert done.history[-1].kind is api.EventKind.FOLLOW_UP  # done, then followed up
    dropped = next(a for a in data.actions if a.status is S.DROPPED)
    assert dropped.history[-1].note  # with its reason
    reoriented = next(a for a in data.actions if a.status is S.REORIENTED)
    target = data.action(reoriented.history[-1].replaced_by_id)  # type: ignore[arg-type]
    assert target is not None and target.workshop.id == made.workshop_id
    assert target.title.startswith(("Des produits locaux", "Local produce"))
    # the review phase of September lists the April actions with those statuses
    assert [p.demarche_focus for p in september.phases].count(api.DemarcheFocus.REVIEW) == 1
    under_review = api.review_actions(data, made.checkpoint_id)
    assert [(a.id, a.status) for a in under_review] == [(a.id, a.status) for a in data.actions]
    # the governance has started
    plan = story.demarche
    assert data.demarche.rhythm == plan.rhythm and data.demarche.rhythm
    assert data.demarche.next_meeting_date == september.workshop.date
    assert data.demarche.next_meeting_place == plan.next_meeting_place != ""
    assert data.demarche.collective_roles == plan.roles
    assert [(m.person_name, m.collective_role) for m in data.members] == [
        (person, role) for _org, person, role in plan.members]
    assert all(m.organisation_id in {o.id for o in data.organisations} for m in data.members)
    assert [(d.decided_on, d.text) for d in data.decisions] == [
        (day, text) for day, text, _in_workshop in plan.decisions]
    assert data.decisions[0].workshop_id == made.workshop_id


def test_both_demo_demarches_tell_the_same_story(store: api.Store) -> None:
    """French and English: the same statuses, days, members and decisions, in other words."""
    shapes = []
    for language in DEMO_LANGUAGES:
        made = create_demo(store, language=language)
        assert made.demarche_id is not None
        data = api.load_demarche(store, made.demarche_id)
        shapes.append((
            [(a.status, [(e.kind, e.status, e.happened_on, e.replaced_by_id is not None)
                         for e in a.history]) for a in data.actions],
            [(m.collective_role != "", m.person_name) for m in data.members],
            [d.decided_on for d in data.decisions],
            data.demarche.next_meeting_date,
            [p.kind for p in data.workshops[1].phases],
        ))
        titles = [a.title for a in data.actions]
        assert all(t for t in titles)
    assert shapes[0] == shapes[1]


def test_a_second_whole_demo_is_a_second_demarche(store: api.Store) -> None:
    first = create_demo(store, language="fr")
    second = create_demo(store, language="fr")
    assert first.demarche_id != second.demarche_id
    titles = {d.title for d in api.list_demarches(store)}
    assert len(titles) == 2
    assert len(api.list_workshops(store)) == 4
    for made in (first, second):
        assert made.demarche_id is not None
        data = api.load_demarche(store, made.demarche_id)
        assert {w.workshop.id for w in data.workshops} == {made.workshop_id, made.checkpoint_id}
        assert len([a for a in data.actions if a.history]) == 5


def test_a_demarche_event_naming_no_action_is_refused(tmp_path: Path) -> None:
    from coopatelier.demo import _story

    data = tomllib.loads(demo_file("en").read_text("utf-8"))
    data["demarche"]["history"][0]["action"] = "nourricier"  # a future, not an action
    with pytest.raises(ValueError, match=r"history\[1\]\.action"):
        _story(data, "demo.en.toml")
    data = tomllib.loads(demo_file("en").read_text("utf-8"))
    data["demarche"]["checkpoint"]["when"] = "soon"
    with pytest.raises(ValueError, match=r"checkpoint\.when"):
        _story(data, "demo.en.toml")
