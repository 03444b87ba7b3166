"""Property tests: whatever users type, the workshop file carries it exactly, and whatever
bytes a file holds, import either succeeds or refuses with a FormatError."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import tempfile
import uuid
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coopatelier import api
from coopatelier.domain.model import Card, CardKind, DriverNature, PhaseKind
from coopatelier.exchange import export_workshop_file, import_workshop_file
from coopatelier.exchange.workshop_file import (
    dumps_workshop,
    loads_workshop,
    parse_workshop,
    parse_workshop_sync,
)
from coopatelier.templates.loader import Template
from tests.conftest import phase_of

# Any Unicode a user can type: everything but NUL and unpaired surrogates.
any_text = st.text(
    alphabet=st.characters(blacklist_categories=["Cs"], blacklist_characters="\x00"),
    max_size=300,
)
required_text = any_text.filter(lambda s: bool(s.strip()))
rating = st.none() | st.integers(min_value=1, max_value=5)
moment = st.datetimes(
    min_value=dt.datetime(2000, 1, 1), max_value=dt.datetime(2100, 1, 1),
    timezones=st.just(dt.UTC),
)


@st.composite
def cards(draw: st.DrawFn, workshop: api.WorkshopData) -> Card:
    phase = draw(st.sampled_from(workshop.phases))
    created = draw(moment)
    return Card(
        id=uuid.UUID(int=draw(st.integers(min_value=0, max_value=2**128 - 1))),
        workshop_id=workshop.workshop.id,
        phase_id=phase.id,
        kind=draw(st.sampled_from(list(CardKind))),
        text=draw(any_text),
        position=draw(st.floats(min_value=-1e9, max_value=1e9, allow_nan=False)),
        table_label=draw(any_text),
        author=draw(any_text),
        device=draw(any_text),
        created_at=created,
        updated_at=created + dt.timedelta(microseconds=draw(st.integers(0, 10**9))),
        deleted_at=draw(st.none() | moment),
        category=draw(any_text),
        title=draw(any_text),
        impact=draw(rating),
        nature=draw(st.none() | st.sampled_from(list(DriverNature))),
        uncertainty=draw(rating),
        narrative=draw(any_text),
        quadrant=draw(st.sampled_from(["", "++", "+-", "-+", "--"])),
        description=draw(any_text),
        horizon_year=draw(st.none() | st.integers(1900, 2200)),
        first_step=draw(any_text),
        means=draw(any_text),
        indicator=draw(any_text),
        effort=draw(rating),
        checked=draw(st.none() | st.booleans()),
    )


def test_arbitrary_cards_survive_the_file_format(
    workshop: api.WorkshopData,
) -> None:
    """dict → JSON bytes → validated values gives back exactly the same values."""

    @settings(max_examples=150, deadline=None)
    @given(st.lists(cards(workshop), max_size=5, unique_by=lambda c: c.id))
    def check(drawn: list[Card]) -> None:
        data = dataclasses.replace(workshop, cards=tuple(drawn))
        raw = dumps_workshop(data)
        parsed, sync = parse_workshop_sync(loads_workshop(raw))
        assert sorted(parsed.cards, key=lambda c: c.id) == sorted(drawn, key=lambda c: c.id)
        assert dumps_workshop(parsed, sync) == raw

    check()


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=required_text, title=any_text, impact=rating, uncertainty=rating, effort=rating)
def test_cards_typed_in_the_app_round_trip_through_a_fresh_database(
    mini_template: Template, text: str, title: str, impact: int | None,
    uncertainty: int | None, effort: int | None,
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        with api.open_store(data_dir=root / "main") as main, \
                api.open_store(data_dir=root / "copy") as copy:
            wid = api.create_workshop(main, mini_template, title="Propriété",
                                      date=dt.date(2026, 4, 14)).new_id
            phase = phase_of(api.load_workshop(main, wid), PhaseKind.DRIVERS)
            api.add_card(main, phase.id, text, title=title, impact=impact,
                         uncertainty=uncertainty, effort=effort)
            first = export_workshop_file(main, wid, root / "a.json")
            import_workshop_file(copy, first)
            second = export_workshop_file(copy, wid, root / "b.json")
            assert first.read_bytes() == second.read_bytes()
            card = next(c for c in api.load_workshop(copy, wid).cards if c.text == text)
            assert (card.title, card.impact, card.uncertainty, card.effort) == (
                title, impact, uncertainty, effort
            )


def test_random_edits_of_a_file_never_crash_the_import(
    store: api.Store, workshop: api.WorkshopData, tmp_path: Path
) -> None:
    """Flipping, cutting or inserting bytes gives a clean FormatError or a valid import."""
    valid = dumps_workshop(workshop)
    path = tmp_path / "fuzz.json"

    @settings(max_examples=150, deadline=None)
    @given(st.data())
    def check(data: st.DataObject) -> None:
        raw = bytearray(valid)
        for _ in range(data.draw(st.integers(1, 4))):
            at = data.draw(st.integers(0, len(raw) - 1))
            action = data.draw(st.sampled_from(["flip", "cut", "insert"]))
            if action == "flip":
                raw[at] = data.draw(st.integers(0, 255))
            elif action == "cut":
                del raw[at: at + data.draw(st.integers(1, 50))]
            else:
                raw[at:at] = data.draw(st.binary(min_size=1, max_size=8))
        path.write_bytes(bytes(raw))
        try:
            import_workshop_file(store, path)
        except api.FormatError as error:
            assert "\n" not in str(error) and str(error).startswith("fuzz.json: ")

    check()
    # whatever the fuzzing imported, the stored workshop still exports and validates
    parse_workshop(json.loads(dumps_workshop(api.load_workshop(store, workshop.workshop.id))))
