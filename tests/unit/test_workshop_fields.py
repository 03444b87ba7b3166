"""Each field of a workshop is named once: the domain dataclasses, the database's columns,
the workshop file and its JSON Schema agree, and the file's bytes stay what the format
document says they are."""

from __future__ import annotations

import dataclasses
import json
import uuid
from pathlib import Path
from typing import Any

import jsonschema

from coopatelier import api
from coopatelier.domain import model as m
from coopatelier.domain.fields import DEMARCHE_ENTITIES, WORKSHOP_ENTITIES, field_names
from coopatelier.exchange import demarche_file
from coopatelier.exchange.demarche_file import SCHEMA_PATH as DEMARCHE_SCHEMA_PATH
from coopatelier.exchange.workshop_file import (
    SCHEMA_PATH,
    dumps_workshop,
    export_workshop_file,
    import_workshop_file,
    loads_workshop,
    parse_workshop_sync,
    workshop_to_dict,
)
from coopatelier.exchange.workshop_file_read import file_fields
from coopatelier.services.imports import ENTITIES, rows_of
from coopatelier.storage import orm

#: A workshop file written by hand from docs/workshop-format.md (not by the exporter): every
#: entity, every field, a running phase and one of a démarche's review, a card deleted and
#: merged, partners, links, a hidden round, the axes, stamps and a tombstone.
EVERY_FIELD = Path(__file__).parents[1] / "data" / "workshop-every-field.json"


def test_the_hand_written_file_is_valid_for_the_schema() -> None:
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(schema).validate(json.loads(EVERY_FIELD.read_bytes()))


def test_every_field_reads_and_writes_back_as_the_format_document_says() -> None:
    raw = EVERY_FIELD.read_bytes()
    data, sync = parse_workshop_sync(loads_workshop(raw), raw)
    assert dumps_workshop(data, sync) == raw


def test_every_field_survives_import_and_export_byte_for_byte(
    store: api.Store, tmp_path: Path
) -> None:
    report = import_workshop_file(store, EVERY_FIELD)
    assert report.new_workshop and not report.conflicts
    exported = export_workshop_file(store, report.workshop_id, tmp_path / "again.json")
    assert exported.read_bytes() == EVERY_FIELD.read_bytes()


# --- one list of fields per entity: the dataclass -------------------------------------------


def _object_keys(schema: dict[str, Any], node: dict[str, Any]) -> tuple[str, ...]:
    """The property names of the object a schema node describes (through ``$ref``, list
    items and ``null`` alternatives), in the schema's order."""
    while "properties" not in node:
        if "$ref" in node:
            node = schema["$defs"][node["$ref"].rsplit("/", 1)[1]]
        elif "items" in node:
            node = node["items"]
        else:
            node = next(alt for alt in node["anyOf"] if alt.get("type") != "null")
    return tuple(node["properties"])


def _schema(path: Path) -> dict[str, Any]:
    schema: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return schema


def _section(entity: str) -> str:
    return "workshop" if entity == "workshops" else entity


def test_columns_fields_file_keys_and_schema_agree_for_every_workshop_entity() -> None:
    """A field added to the dataclass, the table, the schema or the writer alone fails."""
    schema = _schema(SCHEMA_PATH)
    raw = EVERY_FIELD.read_bytes()
    data, sync = parse_workshop_sync(loads_workshop(raw), raw)
    # in a démarche, so that its optional key is written too (the hand-written file is a
    # lone workshop: where its démarche is unknown, a point d'étape's file is refused)
    data = dataclasses.replace(
        data, workshop=dataclasses.replace(data.workshop, demarche_id=uuid.uuid4()))
    written = workshop_to_dict(data, sync)
    assert set(WORKSHOP_ENTITIES) == set(ENTITIES) - {"card_partners", "card_links"}
    for name, entity in WORKSHOP_ENTITIES.items():
        columns = {column.name for column in ENTITIES[name].__table__.columns}
        assert columns == set(entity.columns), name
        section = _section(name)
        in_schema = _object_keys(schema, schema["properties"][section])
        assert set(in_schema) == entity.in_file, name
        assert set(sum(file_fields(section), ())) == entity.in_file, name
        objects = written[section] if isinstance(written[section], list) else [written[section]]
        assert set().union(*(set(o) for o in objects)) == entity.in_file, name
    # a card's partners and a phase's runs are objects of their dataclass's fields
    card = schema["$defs"]["card"]["properties"]
    assert _object_keys(schema, card["partners"]) == field_names(m.Partner)
    phase = schema["$defs"]["phase"]["properties"]
    assert _object_keys(schema, phase["runs"]) == field_names(m.PhaseRun)
    partner_columns = {c.name for c in ENTITIES["card_partners"].__table__.columns}
    assert partner_columns == {"card_id", "position", *field_names(m.Partner)}


def test_columns_fields_and_the_demarche_file_agree_for_every_demarche_entity() -> None:
    schema = _schema(DEMARCHE_SCHEMA_PATH)
    tables = {table.name: table for table in orm.Base.metadata.sorted_tables}
    sections = {
        "demarches": ("demarche", demarche_file.DEMARCHE_FIELDS),
        "action_events": ("action_events", demarche_file.EVENT_FIELDS),
        "demarche_members": ("members", demarche_file.MEMBER_FIELDS),
        "demarche_decisions": ("decisions", demarche_file.DECISION_FIELDS),
    }
    assert set(sections) == set(DEMARCHE_ENTITIES)
    for name, entity in DEMARCHE_ENTITIES.items():
        assert {column.name for column in tables[name].columns} == set(entity.columns), name
        section, read = sections[name]
        assert set(_object_keys(schema, schema["properties"][section])) == entity.in_file
        assert set(read) == entity.in_file, name
    organisation = WORKSHOP_ENTITIES["organisations"].in_file
    assert set(_object_keys(schema, schema["properties"]["organisations"])) == organisation
    assert set(demarche_file.ORGANISATION_FIELDS) == organisation


def test_rows_a_merge_compares_are_the_tables_columns_but_the_local_ones(
    store: api.Store,
) -> None:
    raw = EVERY_FIELD.read_bytes()
    data, _sync = parse_workshop_sync(loads_workshop(raw), raw)
    rows = rows_of(data)
    for name, entity in WORKSHOP_ENTITIES.items():
        assert rows[name], name
        for row in rows[name].values():
            assert tuple(row) == entity.merged, name
    columns = {c.name for c in ENTITIES["cards"].__table__.columns}
    assert set(WORKSHOP_ENTITIES["cards"].merged) == columns  # a card has no local column
