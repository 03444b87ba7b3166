"""Workshop templates: the shipped ones, validation errors, saving and round trips."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coopatelier import api
from coopatelier.domain.model import PhaseKind
from coopatelier.resources import scenarios_dir
from coopatelier.templates import SCHEMA_VERSION, load_template, template_to_toml
from coopatelier.templates.loader import SeedCard, Template, TemplatePhase, fill_in

K = PhaseKind
SHIPPED: dict[str, tuple[PhaseKind, ...]] = {
    "alimentation-durable-qpv-2030": (
        K.INTRO, K.DRIVERS, K.FUTURES, K.FREE, K.ACTIONS, K.ROADMAP, K.CLOSING,
    ),
    "futurs-souhaitables-2030": (K.INTRO, K.DRIVERS, K.FUTURES, K.ACTIONS, K.CLOSING),
    "feuille-de-route-cooperation": (
        K.INTRO, K.FREE, K.ACTIONS, K.ROADMAP, K.FREE, K.CLOSING,
    ),
    "desirable-futures-2030": (K.INTRO, K.DRIVERS, K.FUTURES, K.ACTIONS, K.CLOSING),
    "alimentation-durable-qpv-2030-en": (
        K.INTRO, K.DRIVERS, K.FUTURES, K.FREE, K.ACTIONS, K.ROADMAP, K.CLOSING,
    ),
}
ENGLISH = {"desirable-futures-2030", "alimentation-durable-qpv-2030-en"}
FRENCH = [key for key in SHIPPED if key not in ENGLISH]
STEEP_FR = ("Société", "Technologie", "Économie", "Environnement", "Politique")
STEEP_EN = ("Society", "Technology", "Economy", "Environment", "Politics")
INGREDIENTS = "Ingrédients de la coopération"
NEXT_STEPS = "Prochaines étapes"


def shipped(key: str) -> Template:
    return load_template(scenarios_dir() / f"{key}.toml", builtin=True)


def phase(template: Template, kind: PhaseKind) -> TemplatePhase:
    return next(p for p in template.phases if p.kind is kind)


def texts(template: Template) -> list[str]:
    """Every piece of user-facing text in a template."""
    found = [template.title, template.description, template.focal_question, template.territory]
    for p in template.phases:
        found += [p.title, p.question, p.instructions, p.facilitator_notes, *p.categories]
        found += [s.text for s in p.seed_cards]
    return found


# --- the shipped templates ----------------------------------------------------------------


def test_the_four_promised_templates_are_shipped() -> None:
    keys = {path.stem for path in scenarios_dir().glob("*.toml")}
    assert set(SHIPPED) <= keys
    assert set(SHIPPED) <= {t.key for t in api.templates()}


@pytest.mark.parametrize("key", sorted(SHIPPED))
def test_shipped_template_loads_with_its_deroule(key: str) -> None:
    template = shipped(key)
    assert template.key == key
    assert template.builtin
    assert tuple(p.kind for p in template.phases) == SHIPPED[key]
    assert template.horizon_offset == 4, "a 2026 workshop must look at 2030"
    assert template.title.strip() and template.description.strip()
    assert template.focal_question.strip()
    assert 120 <= template.total_minutes <= 210
    for p in template.phases:
        assert p.title.strip()
        assert p.minutes > 0
        assert p.instructions.strip(), f"{key}: {p.title} has no instructions"
        assert p.facilitator_notes.strip(), f"{key}: {p.title} has no facilitator notes"
        if p.kind is not K.FREE:
            assert p.question.strip(), f"{key}: {p.title} asks no question"
        for seed in p.seed_cards:
            assert not p.categories or seed.category in p.categories


@pytest.mark.parametrize("key", sorted(SHIPPED))
def test_shipped_template_language(key: str) -> None:
    assert shipped(key).language == ("en" if key in ENGLISH else "fr")


def test_the_english_food_template_is_the_french_one_translated() -> None:
    """Same agenda, timings, categories and checklist; its own words, the same placeholders."""
    french = shipped("alimentation-durable-qpv-2030")
    english = shipped("alimentation-durable-qpv-2030-en")
    assert english.horizon_offset == french.horizon_offset
    assert english.focal_question.count("{horizon}") == french.focal_question.count("{horizon}")
    for fr_phase, en_phase in zip(french.phases, english.phases, strict=True):
        assert (en_phase.kind, en_phase.minutes) == (fr_phase.kind, fr_phase.minutes)
        assert len(en_phase.categories) == len(fr_phase.categories)
        assert [fr_phase.categories.index(s.category) for s in fr_phase.seed_cards] == [
            en_phase.categories.index(s.category) for s in en_phase.seed_cards
        ]
        for name in ("title", "question", "instructions", "facilitator_notes"):
            fr_text, en_text = getattr(fr_phase, name), getattr(en_phase, name)
            assert (fr_text == "") == (en_text == ""), name
            assert fr_text == "" or fr_text != en_text, f"{fr_phase.title}: {name} untranslated"
            for placeholder in ("{horizon}", "{year}"):
                assert en_text.count(placeholder) == fr_text.count(placeholder), name
    assert "\u202f" not in "".join(texts(english)), "no French spacing in English"


def test_food_template_follows_the_half_day_of_the_field_note() -> None:
    food = shipped("alimentation-durable-qpv-2030")
    assert 170 <= food.total_minutes <= 190, "a half-day of about three hours"
    assert "QPV" in food.territory and "Aix-Marseille-Provence" in food.territory
    assert "{horizon}" in food.phases[2].title  # "Futurs souhaitables 2030" in a 2030 workshop
    assert "chacun son poste" in phase(food, K.ROADMAP).title.casefold()
    drivers = phase(food, K.DRIVERS).categories
    assert len(drivers) >= 6
    assert "Précarité et accès" in drivers
    assert "Distribution et circuits courts" in drivers
    assert "Santé et nutrition" in drivers
    closing = phase(food, K.CLOSING)
    assert closing.categories == (INGREDIENTS, NEXT_STEPS)
    ingredients = [s.text for s in closing.seed_cards if s.category == INGREDIENTS]
    assert len(ingredients) >= 8
    joined = " ".join(ingredients).casefold()
    for idea in ("rôle précis", "confiance", "expérimentation", "renoncement", "léger",
                 "validation", "expertise quartier", "expertise métier"):
        assert idea in joined, idea


@pytest.mark.parametrize(
    ("key", "categories"),
    [("futurs-souhaitables-2030", STEEP_FR), ("desirable-futures-2030", STEEP_EN)],
)
def test_generic_templates_sort_drivers_on_the_steep_grid(
    key: str, categories: tuple[str, ...]
) -> None:
    assert phase(shipped(key), K.DRIVERS).categories == categories


def test_cooperation_template_gives_roles_ingredients_and_governance() -> None:
    template = shipped("feuille-de-route-cooperation")
    assert "rôle" in phase(template, K.ROADMAP).instructions
    closing = phase(template, K.CLOSING)
    assert closing.categories == (INGREDIENTS, NEXT_STEPS)
    assert sum(s.category == INGREDIENTS for s in closing.seed_cards) >= 5
    governance = [p for p in template.phases if "gouvernance" in p.title.casefold()]
    assert governance and "Circuits de validation" in governance[0].categories


@pytest.mark.parametrize("key", FRENCH)
def test_french_templates_use_french_typography(key: str) -> None:
    """Typographic apostrophes; narrow no-break spaces inside « » and before ? ! : ;"""
    for text in texts(shipped(key)):
        assert "'" not in text, text
        assert '"' not in text, text
        assert not re.search(r"«[^\u202f]|[^\u202f]»", text), text
        assert not re.search(r"[ \u00a0][?!:;%€]", text), text
        assert not re.search(r"\w[?!;]", text), text


@pytest.mark.parametrize("key", sorted(SHIPPED))
def test_creating_a_workshop_from_every_template(store: api.Store, key: str) -> None:
    template = api.find_template(key, store=store)
    workshop_id = api.create_workshop(
        store, template, title=f"Atelier {key}", date=dt.date(2026, 4, 14)
    ).new_id
    data = api.load_workshop(store, workshop_id)
    assert data.workshop.horizon_year == 2030
    assert data.workshop.template_key == key
    assert data.workshop.language == template.language
    assert data.workshop.focal_question == filled(template.focal_question)
    got = [
        (p.kind, p.title, p.planned_minutes, p.question, p.instructions, p.facilitator_notes,
         p.categories)
        for p in data.phases
    ]
    want = [
        (p.kind, filled(p.title), p.minutes, filled(p.question), filled(p.instructions),
         filled(p.facilitator_notes), tuple(filled(c) for c in p.categories))
        for p in template.phases
    ]
    assert got == want
    for made, planned in zip(data.phases, template.phases, strict=True):
        cards = data.cards_of_phase(made.id)
        assert [(c.text, c.category) for c in cards] == [
            (filled(s.text), filled(s.category)) for s in planned.seed_cards
        ]
        if made.kind is K.CLOSING:
            assert all(c.checked is False for c in cards), "closing seeds are a checklist"


def filled(text: str, horizon_year: int = 2030, year: int = 2026) -> str:
    return fill_in(text, horizon_year=horizon_year, year=year)


@pytest.mark.parametrize("key", sorted(SHIPPED))
def test_a_workshop_shows_its_own_horizon_not_the_templates(store: api.Store, key: str) -> None:
    """A workshop aiming at 2035 from a template written for 2030 says 2035 everywhere the
    template said 2030; with the template's own horizon, the text is the one always shown."""
    template = api.find_template(key, store=store)
    workshop_id = api.create_workshop(store, template, title="Atelier 2035",
                                      date=dt.date(2027, 3, 2), horizon_year=2035).new_id
    data = api.load_workshop(store, workshop_id)
    made_texts = [data.workshop.focal_question, data.workshop.territory]
    for made in data.phases:
        made_texts += [made.title, made.question, made.instructions, made.facilitator_notes,
                  *made.categories]
    made_texts += [c.text for c in data.cards]
    joined = "\n".join(made_texts)
    assert "2030" not in joined and "2026" not in joined
    assert "{horizon}" not in joined and "{year}" not in joined
    template_texts = "\n".join(texts(template))  # title, description: never filled
    assert joined.count("2035") == template_texts.count("{horizon}") > 0
    if key == "alimentation-durable-qpv-2030":
        futures = next(p for p in data.phases if p.kind is K.FUTURES)
        assert futures.title == "Futurs souhaitables 2035"
        assert futures.question.startswith("En 2035, ")
        roadmap = next(p for p in data.phases if p.kind is K.ROADMAP)
        assert "la frise 2027–2035" in roadmap.instructions


def test_filling_in_changes_only_the_placeholders() -> None:
    text = "D’ici {horizon} ({year}–{horizon}) : {autre} {{horizon}} 2030"
    assert filled(text, 2035, 2027) == "D’ici 2035 (2027–2035) : {autre} {2035} 2030"


# --- validation errors name the file and the field ----------------------------------------

VALID = """\
schema_version = 1
key = "essai"
title = "Essai"
language = "fr"
horizon_offset = 4

[[phases]]
kind = "intro"
title = "Accueil"
minutes = 10

[[phases]]
kind = "drivers"
title = "Moteurs"
minutes = 30
categories = ["Société", "Économie"]
seed_cards = [{ text = "Vieillissement", category = "Société" }]
"""


def write(folder: Path, text: str | bytes, name: str = "essai.toml") -> Path:
    path = folder / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def load_error(folder: Path, text: str | bytes, name: str = "essai.toml") -> str:
    with pytest.raises(api.FormatError) as caught:
        load_template(write(folder, text, name))
    return str(caught.value)


def test_the_valid_sample_loads(tmp_path: Path) -> None:
    template = load_template(write(tmp_path, VALID))
    assert [p.kind for p in template.phases] == [K.INTRO, K.DRIVERS]
    assert template.phases[1].seed_cards == (SeedCard("Vieillissement", "Société"),)
    assert template.source == tmp_path / "essai.toml"
    assert not template.builtin


@pytest.mark.parametrize(
    ("change", "field", "problem"),
    [
        (("schema_version = 1\n", ""), "schema_version", "is missing"),
        (("schema_version = 1", f"schema_version = {SCHEMA_VERSION + 1}"), "schema_version",
         "newer than this CoopAtelier understands"),
        (("schema_version = 1", "schema_version = 0"), "schema_version", "does not exist"),
        (("schema_version = 1", 'schema_version = "1"'), "schema_version", "whole number"),
        (('language = "fr"', 'language = "fr"\ncolour = "blue"'), "colour",
         "not a known field"),
        (("minutes = 10", "minutes = 10\nduration = 10"), "phases[1].duration",
         "not a known field"),
        (('kind = "drivers"', 'kind = "brainstorm"'), "phases[2].kind", "must be one of"),
        (("minutes = 30", "minutes = -5"), "phases[2].minutes", "minutes from 0 to 1440"),
        (("minutes = 30", "minutes = 1441"), "phases[2].minutes", "minutes from 0 to 1440"),
        (("minutes = 30", 'minutes = "30"'), "phases[2].minutes", "minutes from 0 to 1440"),
        (("minutes = 30", "minutes = true"), "phases[2].minutes", "minutes from 0 to 1440"),
        (("minutes = 10\n", ""), "phases[1].minutes", "minutes from 0 to 1440"),
        (('["Société", "Économie"]', '["Société", "Société"]'), "phases[2].categories",
         "same category twice"),
        (('["Société", "Économie"]', '["Société", "  "]'), "phases[2].categories",
         "non-empty texts"),
        (('category = "Société"', 'category = "Santé"'), "phases[2].seed_cards[1].category",
         "is not one of this phase's categories"),
        (('title = "Moteurs"', 'title = "   "'), "phases[2].title", "must not be empty"),
        (('title = "Essai"', "title = 3"), "title", "must be text"),
        (('title = "Essai"', 'title = "Es\\u0000sai"'), "title", "NUL"),
        (("horizon_offset = 4", "horizon_offset = 51"), "horizon_offset", "from 0 to 50"),
        (('key = "essai"', 'key = "Essai 2030"'), "key", "lowercase letters"),
    ],
)
def test_template_errors_name_the_file_and_the_field(
    tmp_path: Path, change: tuple[str, str], field: str, problem: str
) -> None:
    old, new = change
    assert old in VALID
    message = load_error(tmp_path, VALID.replace(old, new, 1))
    assert message.startswith(f"essai.toml: {field}: "), message
    assert problem in message


def test_template_without_phases_is_refused(tmp_path: Path) -> None:
    message = load_error(tmp_path, VALID.split("[[phases]]")[0])
    assert message.startswith("essai.toml: phases: ")


def test_key_must_match_the_file_name(tmp_path: Path) -> None:
    message = load_error(tmp_path, VALID, name="autre.toml")
    assert message.startswith("autre.toml: key: ")
    assert "'essai'" in message and "file name" in message


def test_key_defaults_to_the_file_name(tmp_path: Path) -> None:
    text = VALID.replace('key = "essai"\n', "")
    assert load_template(write(tmp_path, text, "sans-cle.toml")).key == "sans-cle"


def test_non_utf8_template_is_refused(tmp_path: Path) -> None:
    latin1 = VALID.replace("Essai", "Société").encode("latin-1")
    message = load_error(tmp_path, latin1)
    assert message.startswith("essai.toml: ")
    assert "not UTF-8" in message


def test_invalid_toml_is_refused(tmp_path: Path) -> None:
    message = load_error(tmp_path, VALID.replace('title = "Accueil"', "title = Accueil"))
    assert message.startswith("essai.toml: ")
    assert "not valid TOML" in message


def test_unreadable_template_is_refused(tmp_path: Path) -> None:
    with pytest.raises(api.FormatError, match=r"^absent\.toml: cannot be read"):
        load_template(tmp_path / "absent.toml")


def test_key_with_a_trailing_newline_is_refused(tmp_path: Path) -> None:
    load_error(tmp_path, VALID.replace('key = "essai"', 'key = "essai\\n"'), "essai\n.toml")


# --- round trips ---------------------------------------------------------------------------


@pytest.mark.parametrize("key", sorted(SHIPPED))
def test_shipped_template_round_trips_through_toml(tmp_path: Path, key: str) -> None:
    original = shipped(key)
    copy = load_template(write(tmp_path, template_to_toml(original), f"{key}.toml"))
    assert dataclasses.replace(copy, source=None, builtin=True) == dataclasses.replace(
        original, source=None
    )


# Any Unicode the loader accepts: everything but NUL and lone surrogates.
any_text = st.text(st.characters(exclude_categories=["Cs"], exclude_characters="\x00"))
some_text = any_text.filter(lambda s: bool(s.strip()))


@st.composite
def template_phases(draw: st.DrawFn) -> TemplatePhase:
    categories = draw(st.lists(some_text, max_size=4, unique=True))
    seed_category = st.sampled_from(["", *categories])
    seeds = draw(
        st.lists(st.builds(SeedCard, text=some_text, category=seed_category), max_size=3)
    )
    return TemplatePhase(
        kind=draw(st.sampled_from(PhaseKind)),
        title=draw(some_text),
        minutes=draw(st.integers(0, 24 * 60)),
        question=draw(any_text),
        instructions=draw(any_text),
        facilitator_notes=draw(any_text),
        categories=tuple(categories),
        seed_cards=tuple(seeds),
    )


@st.composite
def templates(draw: st.DrawFn) -> Template:
    return Template(
        key=draw(st.from_regex(r"[a-z0-9][a-z0-9-]{0,30}", fullmatch=True)),
        title=draw(some_text),
        language=draw(some_text),
        description=draw(any_text),
        horizon_offset=draw(st.integers(0, 50)),
        focal_question=draw(any_text),
        territory=draw(any_text),
        phases=tuple(draw(st.lists(template_phases(), min_size=1, max_size=4))),
    )


@settings(max_examples=150, deadline=None)
@given(templates())
def test_any_template_round_trips_through_toml(template: Template) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"{template.key}.toml"
        path.write_text(template_to_toml(template), encoding="utf-8")
        loaded = load_template(path)
    assert dataclasses.replace(loaded, source=None, builtin=True) == template


# --- saving a workshop's déroulé as a template -------------------------------------------


def test_save_as_template_reproduces_the_deroule(store: api.Store) -> None:
    food = api.find_template("alimentation-durable-qpv-2030", store=store)
    workshop_id = api.create_workshop(
        store, food, title="Atelier de Vitrolles", date=dt.date(2026, 4, 14)
    ).new_id
    data = api.load_workshop(store, workshop_id)
    drivers = next(p for p in data.phases if p.kind is K.DRIVERS)
    api.update_phase(store, drivers.id, planned_minutes=40, title="Moteurs « locaux »",
                     categories=("Précarité et accès", "Foncier"))
    api.remove_phase(store, next(p for p in data.phases if p.kind is K.FREE).id)
    api.add_phase(store, workshop_id, kind=K.FREE, title="Visite du jardin", minutes=25,
                  position=1, instructions="Rendez-vous devant la serre.\nBottes conseillées.")
    edited = api.load_workshop(store, workshop_id)

    path = api.save_as_template(
        store, workshop_id, key="atelier-vitrolles", title="Atelier de Vitrolles",
        description="Notre déroulé maison",
    )

    assert path == store.data_dir.templates / "atelier-vitrolles.toml"
    listed = {t.key: t for t in api.templates(store)}
    assert set(SHIPPED) <= set(listed)
    saved = listed["atelier-vitrolles"]
    assert not saved.builtin
    assert saved.source == path
    assert (saved.title, saved.description, saved.language) == (
        "Atelier de Vitrolles", "Notre déroulé maison", "fr",
    )
    assert saved.horizon_offset == 4
    assert saved.focal_question == filled(food.focal_question)  # as the workshop said it
    assert [
        (p.kind, p.title, p.minutes, p.question, p.instructions, p.facilitator_notes,
         p.categories)
        for p in saved.phases
    ] == [
        (p.kind, p.title, p.planned_minutes, p.question, p.instructions, p.facilitator_notes,
         p.categories)
        for p in edited.phases
    ]
    assert saved.phases[1].title == "Visite du jardin"
    assert saved.phases[2].minutes == 40

    again = api.create_workshop(
        store, api.find_template("atelier-vitrolles", store=store), title="Deuxième",
        date=dt.date(2027, 3, 2),
    ).new_id
    second = api.load_workshop(store, again)
    assert second.workshop.horizon_year == 2031
    assert [(p.kind, p.title, p.planned_minutes) for p in second.phases] == [
        (p.kind, p.title, p.planned_minutes) for p in edited.phases
    ]


def test_save_as_template_refuses_an_existing_name(store: api.Store,
                                                   workshop: api.WorkshopData) -> None:
    api.save_as_template(store, workshop.workshop.id, key="mon-atelier", title="Mon atelier")
    before = (store.data_dir.templates / "mon-atelier.toml").read_bytes()
    with pytest.raises(api.ValidationError, match="already exists"):
        api.save_as_template(store, workshop.workshop.id, key="mon-atelier", title="Autre")
    assert (store.data_dir.templates / "mon-atelier.toml").read_bytes() == before


@pytest.mark.parametrize("key", ["", "Mon Atelier", "../evasion", "-tiret"])
def test_save_as_template_refuses_a_bad_key(
    store: api.Store, workshop: api.WorkshopData, key: str
) -> None:
    with pytest.raises(api.ValidationError, match=r"^key: "):
        api.save_as_template(store, workshop.workshop.id, key=key, title="Mon atelier")
    assert list(store.data_dir.templates.glob("*")) == []


def test_save_as_template_refuses_the_key_of_a_builtin(
    store: api.Store, workshop: api.WorkshopData
) -> None:
    with pytest.raises(api.ValidationError, match=r"^key: "):
        api.save_as_template(
            store, workshop.workshop.id, key="futurs-souhaitables-2030", title="Le mien"
        )


def test_a_broken_user_template_does_not_hide_the_others(store: api.Store) -> None:
    write(store.data_dir.templates, "ceci n’est pas du TOML", "casse.toml")
    assert set(SHIPPED) <= {t.key for t in api.templates(store)}
