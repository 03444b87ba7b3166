"""Each field of a workshop is named once: the domain dataclasses, the database's columns,
the workshop file and its JSON Schema agree, and the file's bytes stay what the format
document says they are."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema

from coopatelier import api
from coopatelier.exchange.workshop_file import (
    SCHEMA_PATH,
    dumps_workshop,
    export_workshop_file,
    import_workshop_file,
    loads_workshop,
    parse_workshop_sync,
)

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
