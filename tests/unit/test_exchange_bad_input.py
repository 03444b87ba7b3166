"""Bad workshop files: each is refused with one sentence naming the field and the problem,
and the database stays exactly as it was."""

from __future__ import annotations

import copy
import json
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from coopatelier import api
from coopatelier.exchange import import_workshop_file, workshop_to_dict
from coopatelier.exchange.workshop_file import MAX_DEPTH, read_workshop_file
from tests.unit.test_exchange_support import build_rich, dump

Document = dict[str, Any]


@pytest.fixture
def document(store: api.Store, workshop: api.WorkshopData) -> Document:
    rich = build_rich(store, workshop)
    return workshop_to_dict(api.load_workshop(store, rich.workshop_id))


def _set(path: str, value: object) -> Callable[[Document], None]:
    def change(doc: Document) -> None:
        *parents, last = path.split("/")
        target: Any = doc
        for key in parents:
            target = target[int(key)] if key.isdigit() else target[key]
        target[int(last) if last.isdigit() else last] = value
    return change


def _delete(section: str, index: int, key: str) -> Callable[[Document], None]:
    def change(doc: Document) -> None:
        del doc[section][index][key]
    return change


def _duplicate_card_id(doc: Document) -> None:
    doc["cards"][1]["id"] = doc["cards"][0]["id"]


def _duplicate_vote(doc: Document) -> None:
    doc["votes"].append(copy.deepcopy(doc["votes"][0]))


def _nested(doc: Document) -> None:
    value: object = "x"
    for _ in range(MAX_DEPTH + 2):
        value = [value]
    doc["cards"][0]["text"] = value


def _unknown_field(doc: Document) -> None:
    doc["cards"][0]["couleur"] = "rouge"


MISSING = str(uuid.uuid4())

CASES: list[tuple[str, Callable[[Document], None], str]] = [
    ("rating out of range", _set("cards/0/impact", 9),
     r"cards\[0\]\.impact: must be between 1 and 5, got 9"),
    ("rating as text", _set("cards/0/impact", "5"), r"cards\[0\]\.impact: must be a whole"),
    ("rating as boolean", _set("cards/0/uncertainty", True), r"cards\[0\]\.uncertainty"),
    ("text as number", _set("cards/3/text", 42), r"cards\[3\]\.text: must be text, got a number"),
    ("list as object", _set("cards", {}), r"cards: must be a list"),
    ("unknown version", _set("version", 4),
     r"version: 4 is newer than this CoopAtelier understands \(3\)"),
    ("version zero", _set("version", 0), r"version: must be 3, got 0"),
    ("version as text", _set("version", "1"), r"version: must be a whole number"),
    ("unknown format", _set("format", "trello-board"), r"format: must be “coopatelier-workshop”"),
    ("missing field", _delete("cards", 2, "text"), r"cards\[2\]\.text: is missing"),
    ("missing section", lambda d: d.pop("votes"), r"votes: is missing"),
    ("unknown field", _unknown_field, r"cards\[0\]\.couleur: is not a field of a card"),
    ("duplicate card id", _duplicate_card_id, r"cards\[1\]\.id: repeats the id"),
    ("duplicate vote id", _duplicate_vote, r"votes\[3\]\.id: repeats the id"),
    ("malformed id", _set("cards/0/id", "1234"), r"cards\[0\]\.id: must be an id"),
    ("link to a missing card", _set("cards/0/links", [MISSING]),
     r"cards\[0\]\.links\[0\]: names a card .* not in the file"),
    ("card in a missing phase", _set("cards/0/phase_id", MISSING),
     r"cards\[0\]\.phase_id: names a phase"),
    ("merged into a missing card", _set("cards/0/merged_into_id", MISSING),
     r"cards\[0\]\.merged_into_id: names a card"),
    ("missing lead", _set("cards/0/lead_organisation_id", MISSING),
     r"cards\[0\]\.lead_organisation_id: names an organisation"),
    ("missing partner", _set("cards/0/partners", [{"organisation_id": MISSING, "role": ""}]),
     r"cards\[0\]\.partners\[0\]\.organisation_id: names an organisation"),
    ("participant of a missing organisation", _set("participants/0/organisation_id", MISSING),
     r"participants\[0\]\.organisation_id: names an organisation"),
    ("vote for a missing card", _set("votes/0/card_id", MISSING),
     r"votes\[0\]\.card_id: names a card"),
    ("vote in a missing round", _set("votes/0/round_id", MISSING),
     r"votes\[0\]\.round_id: names a voting round"),
    ("axis on a missing driver", _set("scenario_axes/x_driver_id", MISSING),
     r"scenario_axes\.x_driver_id: names a card"),
    ("NUL in text", _set("cards/0/text", "avant\x00après"), r"cards\[0\]\.text: contains a NUL"),
    ("lone surrogate", _set("cards/0/title", "\ud800"),
     r"cards\[0\]\.title: contains an unpaired surrogate"),
    ("empty title", _set("workshop/title", "  "), r"workshop\.title: must not be empty"),
    ("naive time", _set("cards/0/updated_at", "2026-04-14T09:00:00"),
     r"cards\[0\]\.updated_at: must be a UTC time"),
    ("impossible date", _set("workshop/date", "2026-02-30"), r"workshop\.date: is not a real"),
    ("horizon too far", _set("workshop/horizon_year", 2999), r"workshop\.horizon_year"),
    ("unknown nature", _set("cards/0/nature", "tendance"), r"cards\[0\]\.nature: must be one of"),
    ("unknown phase kind", _set("phases/0/kind", "party"), r"phases\[0\]\.kind: must be one of"),
    ("negative dots", _set("votes/0/dots", -1), r"votes\[0\]\.dots"),
    ("huge position", _set("cards/0/position", 1e300), r"cards\[0\]\.position: must be between"),
    ("infinite position", _set("cards/0/position", 1e400), r"file: is not valid JSON \(Infinity"),
    ("too deep nesting", _nested, r"cards\[0\]\.text(\[0\])+: nests JSON deeper than 16"),
    ("not an object", lambda d: d["cards"].__setitem__(0, "carte"),
     r"cards\[0\]: must be an object, got text"),
]


@pytest.mark.parametrize(("name", "change", "message"), CASES, ids=[c[0] for c in CASES])
def test_bad_document_is_refused_naming_the_field(
    store: api.Store, document: Document, tmp_path: Path,
    name: str, change: Callable[[Document], None], message: str,
) -> None:
    change(document)
    path = tmp_path / "atelier.json"
    path.write_text(json.dumps(document), encoding="ascii")  # lone surrogates as escapes
    before = dump(store)
    with pytest.raises(api.FormatError, match=r"^atelier\.json: " + message) as caught:
        import_workshop_file(store, path)
    assert "\n" not in str(caught.value)
    assert dump(store) == before


def _raw_cases(valid: bytes) -> list[tuple[str, bytes, str]]:
    return [
        ("truncated", valid[: len(valid) // 2], r"file: is not valid JSON \(.* at line \d+"),
        ("empty", b"", r"file: is empty"),
        ("invalid UTF-8", valid.replace("Société".encode(), b"Soci\xe9t\xe9", 1),
         r"file: is not valid UTF-8 text \(byte 0xe9 at offset \d+\)"),
        ("NUL byte", valid.replace(b'"Accueil"', b'"Acc\x00ueil"', 1), r"file: is not valid JSON"),
        ("escaped lone surrogate", valid.replace(b'"Accueil"', b'"Acc\\udc00ueil"', 1),
         r"phases\[0\]\.title: contains an unpaired surrogate"),
        ("escaped NUL", valid.replace(b'"Accueil"', b'"Acc\\u0000ueil"', 1),
         r"phases\[0\]\.title: contains a NUL"),
        ("deep nesting", b"[" * 100_000 + b"]" * 100_000, r"file: nests JSON deeper"),
        ("NaN", valid.replace(b'"timer_elapsed_seconds": 0.0', b'"timer_elapsed_seconds": NaN',
                              1), r"file: is not valid JSON"),
        ("duplicate key", valid.replace(b'"title": "Accueil"',
                                        b'"title": "Accueil", "title": "Bis"', 1),
         r"file: has the key “title” twice"),
        ("huge integer", valid.replace(b'"version": 3', b'"version": 3' + b"0" * 5000, 1),
         r"file: is not valid JSON"),
        ("JSON list", b"[1, 2]", r"file: must hold a JSON object, got a list"),
        ("other JSON", b'{"name": "package.json"}', r"format: is missing"),
    ]


def test_bad_bytes_are_refused_and_change_nothing(
    store: api.Store, document: Document, tmp_path: Path
) -> None:
    valid = json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8")
    before = dump(store)
    for name, raw, message in _raw_cases(valid):
        assert raw != valid, name
        path = tmp_path / f"{name}.json"
        path.write_bytes(raw)
        with pytest.raises(api.FormatError, match=r"\.json: " + message):
            import_workshop_file(store, path)
    assert dump(store) == before


def test_oversize_file_is_refused_before_reading(
    store: api.Store, tmp_path: Path
) -> None:
    big = tmp_path / "enorme.json"
    with big.open("wb") as stream:  # sparse: 201 MB on paper, nothing on disk
        stream.truncate(201 * 1024 * 1024)
    before = dump(store)
    with pytest.raises(api.FormatError, match=r"enorme\.json: file: is 210\.8 MB, more than"):
        import_workshop_file(store, big)
    with pytest.raises(api.FormatError, match=r"more than the 1,000 bytes"):
        read_workshop_file(tmp_path / "enorme.json", max_bytes=1000)
    assert dump(store) == before


def test_missing_file_is_a_clear_error(store: api.Store, tmp_path: Path) -> None:
    with pytest.raises(api.FormatError, match="there is no such file"):
        import_workshop_file(store, tmp_path / "absent.json")
    with pytest.raises(api.FormatError, match="is a folder"):
        import_workshop_file(store, tmp_path)


def test_error_messages_are_printable_even_for_hostile_keys(
    store: api.Store, document: Document, tmp_path: Path
) -> None:
    document["cards"][0]["\ud800\x1b[31m"] = 1
    path = tmp_path / "a.json"
    path.write_bytes(json.dumps(document).encode("ascii"))
    with pytest.raises(api.FormatError) as caught:
        import_workshop_file(store, path)
    message = str(caught.value)
    message.encode("utf-8")  # no lone surrogate left in the sentence
    assert "\x1b" not in message and "is not a field of a card" in message
