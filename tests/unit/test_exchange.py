"""Workshop file round trips and merges, CSV and Markdown exports."""

from __future__ import annotations

import csv
import json
import uuid
from collections.abc import Iterator
from pathlib import Path

import jsonschema
import pytest

from coopatelier import api
from coopatelier.domain.model import QUADRANTS, CardKind, PhaseKind
from coopatelier.exchange import (
    export_workshop_file,
    import_workshop_file,
    read_workshop_file,
    workshop_to_dict,
    write_csv,
    write_markdown,
)
from coopatelier.exchange.csv_export import COLUMNS, HEADERS_FR
from coopatelier.exchange.markdown import block, escape, markdown_text
from coopatelier.exchange.workshop_file import SCHEMA_PATH, dumps_workshop
from coopatelier.services.imports import export_sync
from tests.conftest import phase_of
from tests.unit.test_exchange_support import (
    HOSTILE_TEXTS,
    LONG_TEXT,
    RichWorkshop,
    build_rich,
    dump,
)


@pytest.fixture
def rich(store: api.Store, workshop: api.WorkshopData) -> RichWorkshop:
    return build_rich(store, workshop)


@pytest.fixture
def other_store(tmp_path: Path) -> Iterator[api.Store]:
    """A second laptop: its own data directory and database."""
    with api.open_store(data_dir=tmp_path / "laptop") as opened:
        yield opened


def schema_validator() -> jsonschema.Draft202012Validator:
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def test_the_service_the_file_and_its_schema_take_the_domains_quadrants(
    store: api.Store, workshop: api.WorkshopData, other_store: api.Store, tmp_path: Path
) -> None:
    """One list of a future's places in the 2×2 (the domain's), nothing more, nothing less."""
    futures = phase_of(workshop, PhaseKind.FUTURES).id
    for quadrant in QUADRANTS:
        api.add_card(store, futures, f"Futur {quadrant}", quadrant=quadrant)
    with pytest.raises(api.ValidationError, match=r"\+\+, -\+, --, \+- or empty"):
        api.add_card(store, futures, "Nulle part", quadrant="+")
    path = export_workshop_file(store, workshop.workshop.id, tmp_path / "atelier.json")
    import_workshop_file(other_store, path)
    placed = {c.quadrant for c in api.load_workshop(other_store, workshop.workshop.id).cards}
    assert placed == {"", *QUADRANTS}

    def enums(node: object) -> Iterator[list[object]]:
        if isinstance(node, dict):
            if "quadrant" in node and isinstance(node["quadrant"], dict):
                yield node["quadrant"]["enum"]
            for value in node.values():
                yield from enums(value)

    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    assert [sorted(map(str, enum)) for enum in enums(schema)] == [sorted(["", *QUADRANTS])]
    document = json.loads(path.read_text(encoding="utf-8"))
    document["cards"][-1]["quadrant"] = "+"
    path.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(api.KnownError, match=r"quadrant.*must be one of , \+\+, -\+, --, \+-"):
        import_workshop_file(other_store, path)


# --- round trip ---------------------------------------------------------------------------


def test_export_import_export_is_byte_identical(
    store: api.Store, rich: RichWorkshop, other_store: api.Store, tmp_path: Path
) -> None:
    first = export_workshop_file(store, rich.workshop_id, tmp_path / "atelier.json")
    report = import_workshop_file(other_store, first)
    second = export_workshop_file(other_store, rich.workshop_id, tmp_path / "copie.json")

    assert first.read_bytes() == second.read_bytes()
    assert report.new_workshop and report.workshop_id == rich.workshop_id
    assert report.updated == 0 and report.unchanged == 0 and report.conflicts == []
    document = json.loads(first.read_text(encoding="utf-8"))
    rows = (1 + sum(len(document[k]) for k in (
        "phases", "organisations", "participants", "cards", "vote_rounds", "votes"
    )) + 1)
    assert report.created == rows
    assert report.changes.created == (rich.workshop_id,)


def test_round_trip_keeps_hostile_text_and_every_attribute(
    store: api.Store, rich: RichWorkshop, other_store: api.Store, tmp_path: Path
) -> None:
    path = export_workshop_file(store, rich.workshop_id, tmp_path / "atelier.json")
    import_workshop_file(other_store, path)
    original = api.load_workshop(store, rich.workshop_id)
    copy = api.load_workshop(other_store, rich.workshop_id)

    assert copy == original
    texts = {c.text for c in copy.cards}
    assert set(HOSTILE_TEXTS) <= texts
    assert LONG_TEXT in texts and len(LONG_TEXT) > 100_000
    action = next(c for c in copy.cards if c.id == rich.action_id)
    assert action.partners[1].role == "animation « jardin »"
    assert action.links == (rich.future_id,)
    assert next(c for c in copy.cards if c.id == rich.deleted_id).deleted
    assert next(c for c in copy.cards if c.id == rich.merged_id).merged_into_id is not None
    drivers = phase_of(copy, PhaseKind.DRIVERS)
    assert drivers.actual_start is not None and drivers.actual_end is not None
    assert copy.axes is not None and copy.axes.x_high == "fort <b>"
    assert len(copy.votes) == 3


def test_file_is_utf8_json_with_text_as_typed(
    store: api.Store, rich: RichWorkshop, tmp_path: Path
) -> None:
    raw = export_workshop_file(store, rich.workshop_id, tmp_path / "a.json").read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8")
    assert "الأمن الغذائي" in text and "🌱" in text  # ensure_ascii=False
    assert '\n  "workshop": {\n' in text  # indented
    assert list(json.loads(text)) == [
        "format", "version", "workshop", "phases", "organisations", "participants", "cards",
        "vote_rounds", "votes", "scenario_axes", "stamps", "seen",
    ]
    assert "exported_at" not in text
    times = [c["updated_at"] for c in json.loads(text)["cards"]]
    assert all(t.endswith("Z") and len(t) == len("2026-04-14T09:05:00.000000Z") for t in times)


def test_export_is_atomic_and_leaves_no_temporary_file(
    store: api.Store, rich: RichWorkshop, tmp_path: Path
) -> None:
    target = tmp_path / "a.json"
    target.write_text("ancien contenu", encoding="utf-8")
    export_workshop_file(store, rich.workshop_id, target)
    assert json.loads(target.read_text(encoding="utf-8"))["format"] == "coopatelier-workshop"
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == ["a.json"]


def test_export_to_missing_folder_is_a_clear_error(
    store: api.Store, rich: RichWorkshop, tmp_path: Path
) -> None:
    with pytest.raises(api.KnownError, match="does not exist"):
        export_workshop_file(store, rich.workshop_id, tmp_path / "absent" / "a.json")


def test_exports_validate_against_the_json_schema(
    store: api.Store, rich: RichWorkshop, workshop: api.WorkshopData
) -> None:
    validator = schema_validator()
    validator.validate(workshop_to_dict(workshop))  # bare template workshop
    document = workshop_to_dict(api.load_workshop(store, rich.workshop_id))
    validator.validate(document)
    document["cards"][0]["impact"] = 9
    assert not validator.is_valid(document)


def test_read_workshop_file_returns_the_validated_document(
    store: api.Store, rich: RichWorkshop, tmp_path: Path
) -> None:
    path = export_workshop_file(store, rich.workshop_id, tmp_path / "a.json")
    document = read_workshop_file(path)
    assert document == workshop_to_dict(
        api.load_workshop(store, rich.workshop_id), export_sync(store, rich.workshop_id)
    )


# --- importing twice, merging a table laptop ----------------------------------------------


def test_importing_the_same_file_twice_changes_nothing(
    store: api.Store, rich: RichWorkshop, other_store: api.Store, tmp_path: Path
) -> None:
    path = export_workshop_file(store, rich.workshop_id, tmp_path / "a.json")
    import_workshop_file(other_store, path)
    before = dump(other_store)

    again = import_workshop_file(other_store, path)

    assert (again.created, again.updated, again.conflicts) == (0, 0, [])
    assert again.unchanged > 0 and not again.new_workshop
    assert dump(other_store) == before
    assert again.changes.cards == frozenset() and not again.changes.workshop


def test_importing_its_own_export_changes_nothing(
    store: api.Store, rich: RichWorkshop, tmp_path: Path
) -> None:
    path = export_workshop_file(store, rich.workshop_id, tmp_path / "a.json")
    before = dump(store)
    report = import_workshop_file(store, path)
    assert (report.created, report.updated, report.conflicts) == (0, 0, [])
    assert dump(store) == before


def test_table_laptop_captures_merge_into_the_main_workshop(
    store: api.Store, rich: RichWorkshop, other_store: api.Store, tmp_path: Path
) -> None:
    main, laptop = store, other_store
    wid = rich.workshop_id
    import_workshop_file(laptop, export_workshop_file(main, wid, tmp_path / "base.json"))
    data = api.load_workshop(laptop, wid)
    drivers = phase_of(data, PhaseKind.DRIVERS)
    edited_on_laptop, deleted_on_laptop, contested, kept_deleted = rich.driver_ids[3:7]

    # On the table laptop, during the workshop.
    new_card = api.add_card(
        laptop, drivers.id, "Nouvelle carte de la table 2", table_label="Table 2",
        author="Louis Martin", device="laptop-table-2", impact=3,
    ).new_id
    api.update_card(laptop, edited_on_laptop, text="Reformulé à la table 2")
    api.delete_cards(laptop, [deleted_on_laptop])
    api.update_card(laptop, contested, text="Version de la table")
    api.update_card(laptop, kept_deleted, text="Précisé à la table")
    table_round = api.create_round(laptop, drivers.id, title="Vote table 2").new_id
    api.add_votes(laptop, table_round, new_card, 2, device="laptop-table-2")
    # Meanwhile, later, on the main laptop.
    api.update_card(main, contested, text="Version de la plénière")
    api.delete_cards(main, [kept_deleted])

    table_file = export_workshop_file(laptop, wid, tmp_path / "table-2.json")
    report = import_workshop_file(main, table_file)
    merged = {c.id: c for c in api.load_workshop(main, wid).cards}

    added = merged[new_card]
    laptop_card = api.get_card(laptop, new_card)
    assert (added.text, added.table_label, added.author, added.device, added.created_at) == (
        "Nouvelle carte de la table 2", "Table 2", "Louis Martin", "laptop-table-2",
        laptop_card.created_at,
    )
    assert merged[edited_on_laptop].text == "Reformulé à la table 2"
    assert merged[deleted_on_laptop].deleted
    assert merged[contested].text == "Version de la plénière"
    assert merged[kept_deleted].deleted
    votes = [v for v in api.load_workshop(main, wid).votes if v.card_id == new_card]
    assert [v.dots for v in votes] == [2]
    # a card is named by its text and phase, as the room knows it (not by an id)
    assert any(line.startswith(f"Version de la plénière — {drivers.title}, text:")
               and "this laptop’s “Version de la plénière” (the later) was kept" in line
               for line in report.conflicts), report.conflicts
    assert any(f"… — {drivers.title}: removed" in line and "stays removed" in line
               for line in report.conflicts), report.conflicts
    assert not any(str(card)[:8] in line for card in (contested, kept_deleted)
                   for line in report.conflicts)
    assert merged[kept_deleted].text == "Précisé à la table"  # the edit lands, reported
    assert report.created == 3  # the card, the round, the vote
    assert report.changes.votes and new_card in report.changes.cards

    before = dump(main)
    again = import_workshop_file(main, table_file)
    assert (again.created, again.updated) == (0, 0)
    assert dump(main) == before
    assert [v.dots for v in api.load_workshop(main, wid).votes if v.card_id == new_card] == [2]


def test_deletion_from_the_file_wins_over_an_older_local_copy(
    store: api.Store, rich: RichWorkshop, other_store: api.Store, tmp_path: Path
) -> None:
    wid = rich.workshop_id
    import_workshop_file(other_store, export_workshop_file(store, wid, tmp_path / "a.json"))
    api.delete_cards(other_store, [rich.future_id])
    report = import_workshop_file(store, export_workshop_file(other_store, wid,
                                                              tmp_path / "b.json"))
    assert api.get_card(store, rich.future_id).deleted
    assert report.updated == 1 and report.conflicts == []


def test_later_local_edit_of_a_card_deleted_in_the_file_keeps_it_deleted(
    store: api.Store, rich: RichWorkshop, other_store: api.Store, tmp_path: Path
) -> None:
    wid = rich.workshop_id
    import_workshop_file(other_store, export_workshop_file(store, wid, tmp_path / "a.json"))
    api.delete_cards(other_store, [rich.future_id])
    api.update_card(store, rich.future_id, text="Édité après coup")
    report = import_workshop_file(store, export_workshop_file(other_store, wid,
                                                              tmp_path / "b.json"))
    card = api.get_card(store, rich.future_id)
    assert card.deleted and card.text == "Édité après coup"
    assert any("stays removed" in line for line in report.conflicts)


def test_import_refuses_ids_of_another_workshop_and_changes_nothing(
    store: api.Store, rich: RichWorkshop, tmp_path: Path
) -> None:
    document = workshop_to_dict(api.load_workshop(store, rich.workshop_id))
    other_id = str(uuid.uuid4())  # same phases and cards, other workshop
    for entity in ("workshops", "scenario_axes"):
        stamps = document["stamps"][entity]
        stamps[other_id] = stamps.pop(document["workshop"]["id"])
    document["workshop"]["id"] = other_id
    path = tmp_path / "copie.json"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    before = dump(store)
    with pytest.raises(api.FormatError, match=r"copie\.json: phases\[0\]\.id: .* another"):
        import_workshop_file(store, path)
    assert dump(store) == before


def test_same_time_different_content_keeps_local_and_reports_it(
    store: api.Store, rich: RichWorkshop, tmp_path: Path
) -> None:
    document = workshop_to_dict(
        api.load_workshop(store, rich.workshop_id), export_sync(store, rich.workshop_id)
    )
    card = next(c for c in document["cards"] if c["id"] == str(rich.action_id))
    card["text"] = "Changé sans changer la date"
    path = tmp_path / "a.json"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    report = import_workshop_file(store, path)
    assert api.get_card(store, rich.action_id).text == "Créer une épicerie solidaire"
    assert len(report.conflicts) == 1 and "was kept" in report.conflicts[0]


# --- CSV ----------------------------------------------------------------------------------


def test_csv_reads_back_with_bom_multiline_text_and_partners(
    store: api.Store, rich: RichWorkshop, tmp_path: Path
) -> None:
    data = api.load_workshop(store, rich.workshop_id)
    path = write_csv(data, tmp_path / "cartes.csv")
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    with path.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.reader(stream, delimiter=";"))
    header, body = rows[0], rows[1:]
    # one column per voting round (a single round here): never rounds added together
    names = {name: "Votes – tour 1" if name == "votes" else HEADERS_FR[name] for name in COLUMNS}
    assert header == [names[name] for name in COLUMNS]
    assert len(body) == len(data.live_cards())
    column = {name: header.index(names[name]) for name in COLUMNS}
    by_id = {row[column["id"]]: row for row in body}
    assert str(rich.deleted_id) not in by_id and str(rich.merged_id) not in by_id
    multiline = by_id[str(rich.driver_ids[7])]
    assert multiline[column["text"]] == HOSTILE_TEXTS[7]
    assert by_id[str(rich.driver_ids[6])][column["text"]] == HOSTILE_TEXTS[6]  # quotes
    action = by_id[str(rich.action_id)]
    assert action[column["partners"]] == (
        "Métropole – Cohésion sociale (financement); "
        "Association « Les Jardins » <b>& (animation « jardin »)"
    )
    assert action[column["lead"]] == "Association « Les Jardins » <b>&"
    assert action[column["horizon_year"]] == "2028" and action[column["effort"]] == "3"
    # the futures' round is hidden and was never revealed: its dots are shown nowhere
    assert by_id[str(rich.future_id)][column["votes"]] == ""
    assert by_id[str(rich.driver_ids[2])][column["votes"]] == "1"  # vote of the merged card
    assert by_id[str(rich.driver_ids[8])][column["text"]] == "'=SOMME(A1:A9) formule"
    assert by_id[str(rich.long_id)][column["text"]] == LONG_TEXT
    assert by_id[str(rich.driver_ids[1])][column["author"]] == "Awa Diallo"


def test_csv_anonymised_leaves_authors_out(
    store: api.Store, rich: RichWorkshop, tmp_path: Path
) -> None:
    api.update_workshop(store, rich.workshop_id, anonymous=True)
    data = api.load_workshop(store, rich.workshop_id)
    text = write_csv(data, tmp_path / "c.csv", delimiter=",").read_text(encoding="utf-8-sig")
    assert "Awa Diallo" not in text and "Louis Martin" not in text
    assert "Table 2" in text


# --- Markdown -----------------------------------------------------------------------------


def test_markdown_escape_shows_user_text_literally() -> None:
    assert escape("*gras* <b>x</b> & #1 [lien](http://x)") == (
        r"\*gras\* \<b\>x\</b\> \& \#1 \[lien\](http://x)"
    )
    assert escape("- puce") == r"\- puce"
    assert escape("1. numéro") == r"1\. numéro"
    assert escape("    code") == "&#32;&#32;&#32;&#32;code"
    assert block("a\nb\n\nc", "  ") == "a\\\n  b\n\n  c"


def test_markdown_summary_has_phases_ratings_actions_and_escapes(
    store: api.Store, rich: RichWorkshop, tmp_path: Path
) -> None:
    api.reveal_round(store, rich.round_id)  # a hidden round's dots show once revealed
    data = api.load_workshop(store, rich.workshop_id)
    text = write_markdown(data, tmp_path / "synthese.md").read_text(encoding="utf-8")
    assert text.startswith("# Atelier alimentation 2030\n")
    for phase in data.phases:
        assert f". {phase.title}" in text
    assert "### Société" in text and "impact 1/5 · incertitude 5/5" in text
    assert "### Quartiers nourriciers \\*2030\\*" in text
    assert "En 2030, chaque habitant·e…" in text and "3 gommettes" in text
    assert "**Pilote\u00a0:** Association « Les Jardins » \\<b\\>\\&" in text
    assert "Métropole – Cohésion sociale (financement)" in text
    assert "**Échéance\u00a0:** 2028" in text
    assert "- [x] Se revoir en juin" in text
    assert "<b>" not in text.replace("\\<b\\>", "")
    assert "\n#" not in text.replace("\n# ", "").replace("\n## ", "").replace("\n### ", "")
    assert "Awa Diallo" in text  # not anonymous
    deleted = next(c for c in data.cards if c.id == rich.deleted_id)
    assert deleted.text not in text


def test_markdown_anonymised_has_no_participant_names(
    store: api.Store, rich: RichWorkshop, tmp_path: Path
) -> None:
    api.update_workshop(store, rich.workshop_id, anonymous=True)
    data = api.load_workshop(store, rich.workshop_id)
    text = markdown_text(data)
    assert "Awa Diallo" not in text and "Louis Martin" not in text
    assert "Organisations représentées" in text and "Métropole" in text
    assert "Awa Diallo" in markdown_text(data, anonymised=False)
    write_markdown(data, tmp_path / "anonyme.md")
    assert "Awa Diallo" not in (tmp_path / "anonyme.md").read_text(encoding="utf-8")


def test_markdown_in_english_for_english_workshops(
    store: api.Store, rich: RichWorkshop
) -> None:
    api.update_workshop(store, rich.workshop_id, language="en")
    text = markdown_text(api.load_workshop(store, rich.workshop_id))
    assert "## Agenda" in text and "**Lead:**" in text


def test_dumps_is_deterministic_whatever_the_input_order(
    store: api.Store, rich: RichWorkshop
) -> None:
    data = api.load_workshop(store, rich.workshop_id)
    shuffled = api.WorkshopData(
        workshop=data.workshop, phases=data.phases[::-1], organisations=data.organisations[::-1],
        participants=data.participants[::-1], cards=data.cards[::-1], rounds=data.rounds[::-1],
        votes=data.votes[::-1], axes=data.axes,
    )
    assert dumps_workshop(shuffled) == dumps_workshop(data)
    assert {c.kind for c in data.cards} == set(CardKind)


def test_documented_example_is_valid_for_the_schema_and_the_importer(
    store: api.Store, tmp_path: Path
) -> None:
    doc = Path(__file__).parents[2] / "docs" / "workshop-format.md"
    example = doc.read_text(encoding="utf-8").split("```json\n", 1)[1].split("```", 1)[0]
    schema_validator().validate(json.loads(example))
    path = tmp_path / "exemple.json"
    path.write_text(example, encoding="utf-8")
    report = import_workshop_file(store, path)
    assert report.created == 4 and report.new_workshop
    assert export_workshop_file(store, report.workshop_id, tmp_path / "b.json").read_text(
        encoding="utf-8"
    ) == json.dumps(json.loads(example), ensure_ascii=False, indent=2) + "\n"
