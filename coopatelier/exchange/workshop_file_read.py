"""Reading a workshop file: untrusted bytes to validated values.

``read_workshop_file`` / ``parse_workshop`` take untrusted input and either return
validated values or raise :class:`WorkshopFileError` naming the field and the problem —
before anything touches the database. The format is documented in
``docs/workshop-format.md`` and described by ``workshop-format.schema.json`` beside this
module; the writer is ``workshop_file.py``, the import use case
``services/workshop_import.py``.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import math
import os
import re
import uuid
from collections.abc import Callable, Container, Mapping, Sequence
from pathlib import Path
from typing import Any, NoReturn, Protocol, TypeVar

from coopatelier.domain import model as m
from coopatelier.domain.demarche import DemarcheFocus
from coopatelier.domain.rules import (
    MAX_YEAR,
    MIN_YEAR,
    check_dots,
    check_horizon,
    check_minutes,
    check_rating,
    check_text,
    check_year,
)
from coopatelier.errors import FieldError, FormatError, ValidationError, os_reason
from coopatelier.services.imports import (
    ENTITIES,
    SyncState,
    derived_device,
    rows_of,
    synthesized_sync,
)
from coopatelier.storage.stamps import STAMP_RE, stamp_device, stamped_fields

FORMAT = "coopatelier-workshop"
VERSION = 3
#: The oldest version this CoopAtelier still reads (``_upgrade`` brings it to VERSION).
OLDEST_VERSION = 1
#: Larger files are refused before being read (a 5,000-card workshop is about 5 MB).
MAX_FILE_BYTES = 200 * 1024 * 1024
#: The format itself nests five levels (document → cards → card → partners → partner).
MAX_DEPTH = 16
MAX_LANGUAGE_LENGTH = 16
MAX_TEMPLATE_KEY_LENGTH = 200
MAX_POSITION = 1_000_000
MAX_TIMER_SECONDS = 366 * 24 * 3600

#: A phase's run intervals (start, pause, resume, end) are bounded like its cards.
MAX_RUNS = 10_000
MAX_ROW_KEY = 80
_DEVICE = re.compile(r"[0-9a-z]{1,32}")
#: what version 3 added at the top level: the stamps and the version vector
_SYNC_FIELDS = ("stamps", "seen")

SCHEMA_PATH = Path(__file__).with_name("workshop-format.schema.json")


@functools.cache
def _schema() -> dict[str, Any]:
    schema: dict[str, Any] = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    return schema


def _object_schema(node: dict[str, Any]) -> dict[str, Any]:
    """The object a schema node describes, through references, lists and ``null``s."""
    while "properties" not in node:
        if "$ref" in node:
            node = _schema()["$defs"][node["$ref"].rsplit("/", 1)[1]]
        elif "items" in node:
            node = node["items"]
        else:
            node = next(alt for alt in node["anyOf"] if alt.get("type") != "null")
    return node


@functools.cache
def file_fields(*path: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The keys of the objects at ``path`` of a workshop file (``()`` the document,
    ``("cards",)`` a card, ``("cards", "partners")`` a partner): the required ones and the
    optional ones, in the order the file writes them. The JSON Schema is the one list of
    the file's fields; ``tests/unit/test_workshop_fields.py`` checks it against the
    dataclasses (``domain/fields.py``)."""
    node = _object_schema(_schema())
    for key in path:
        node = _object_schema(node["properties"][key])
    required = tuple(node["required"])
    return required, tuple(k for k in node["properties"] if k not in required)


class WorkshopFileError(FieldError):
    """A workshop file is not acceptable; ``field`` is a path such as ``cards[12].impact``,
    ``problem`` the code of what is wrong (worded in ``coopatelier/wording.py``)."""

    def in_file(self, file: str) -> WorkshopFileError:
        return WorkshopFileError.of(self, file)



# --- reading untrusted input --------------------------------------------------------------


class _DuplicateKey(Exception):
    def __init__(self, key: str) -> None:
        self.key = key


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _DuplicateKey(key)
        result[key] = value
    return result


def _no_constants(name: str) -> NoReturn:
    raise ValueError(f"{name} is not a number JSON allows")


def _show(text: str, limit: int = 40) -> str:
    """``text`` safe to print in an error message: short, no control or surrogate chars."""
    shown = text if len(text) <= limit else text[: limit - 1] + "…"
    shown = shown.encode("utf-8", "backslashreplace").decode("utf-8")
    return "".join(ch if ch.isprintable() else f"\\x{ord(ch):02x}" for ch in shown)


def loads_workshop(raw: bytes) -> object:
    """Parse the bytes of a workshop file as JSON, refusing what JSON or this format
    cannot hold safely (bad UTF-8, NaN, duplicate keys, absurd nesting)."""
    if not raw.strip():
        raise WorkshopFileError("file", "file_empty")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise WorkshopFileError(
            "file", "not_utf8_at", byte=f"0x{raw[exc.start]:02x}", offset=exc.start
        ) from None
    text = text.removeprefix("\ufeff")
    try:
        document = json.loads(
            text, object_pairs_hook=_no_duplicates, parse_constant=_no_constants
        )
    except json.JSONDecodeError as exc:
        raise WorkshopFileError(
            "file", "not_json_at", detail=exc.msg, line=exc.lineno, column=exc.colno
        ) from None
    except _DuplicateKey as exc:
        raise WorkshopFileError("file", "duplicate_key", key=_show(exc.key)) from None
    except RecursionError:
        raise WorkshopFileError("file", "too_deep", depth=MAX_DEPTH) from None
    except ValueError as exc:
        raise WorkshopFileError("file", "not_json", detail=str(exc)) from None
    _check_depth(document)
    return document


def _check_depth(document: object) -> None:
    # the path is only written out for the error: (parent entry, key or index) links
    stack: list[tuple[object, Any, int]] = [(document, None, 1)]
    while stack:
        entry = stack.pop()
        value, _where, depth = entry
        if not isinstance(value, dict | list):
            continue
        if depth > MAX_DEPTH:
            raise WorkshopFileError(_depth_path(entry) or "file", "too_deep", depth=MAX_DEPTH)
        items = value.items() if isinstance(value, dict) else enumerate(value)
        for key, item in items:
            if isinstance(item, dict | list):
                stack.append((item, (entry, key), depth + 1))


def _depth_path(entry: tuple[object, Any, int]) -> str:
    parts: list[str] = []
    where = entry[1]
    while where is not None:
        parent, key = where
        parts.append(f"[{key}]" if isinstance(key, int) else f".{_show(key)}")
        where = parent[1]
    return "".join(reversed(parts)).removeprefix(".")


def read_raw(path: str | os.PathLike[str], *, max_bytes: int = MAX_FILE_BYTES) -> bytes:
    """The file's bytes, refusing files over ``max_bytes`` before reading them."""
    file = Path(path)
    try:
        size = file.stat().st_size
        if size > max_bytes:
            raise WorkshopFileError(
                "file", "file_too_big", file.name, size=size, limit=max_bytes
            )
        with file.open("rb") as stream:
            raw = stream.read(max_bytes + 1)
    except FileNotFoundError:
        raise FormatError("no_such_file", file=str(file)) from None
    except IsADirectoryError:
        raise FormatError("folder_not_file", file=str(file)) from None
    except OSError as exc:
        raise FormatError("unreadable", file=str(file), **os_reason(exc)) from None
    if len(raw) > max_bytes:
        raise WorkshopFileError("file", "file_over_limit", file.name, limit=max_bytes)
    return raw


def load_workshop_file(
    path: str | os.PathLike[str], *, max_bytes: int = MAX_FILE_BYTES
) -> tuple[dict[str, Any], m.WorkshopData]:
    """Read, parse and validate a workshop file: its document and its values."""
    document, data, _sync = read_workshop_sync(path, max_bytes)
    return document, data


def read_workshop_sync(
    path: str | os.PathLike[str], max_bytes: int
) -> tuple[dict[str, Any], m.WorkshopData, SyncState]:
    name = Path(path).name
    raw = read_raw(path, max_bytes=max_bytes)
    try:
        document = loads_workshop(raw)
        data, sync = parse_workshop_sync(document, raw)
    except WorkshopFileError as exc:
        raise exc.in_file(name) from None
    assert isinstance(document, dict)
    return document, data, sync


def read_workshop_file(
    path: str | os.PathLike[str], *, max_bytes: int = MAX_FILE_BYTES
) -> dict[str, Any]:
    """The document of a workshop file, once it has been fully validated."""
    return load_workshop_file(path, max_bytes=max_bytes)[0]


# --- validation: JSON values to domain values ---------------------------------------------

T = TypeVar("T")


def document_version(
    document: object, fmt: str, other_format: str, oldest: int, newest: int
) -> int:
    """The version of a document of format ``fmt`` (one of this family: workshop,
    démarche), after checking its header: an object, the right format (``other_format``
    names the refusal), a whole version between ``oldest`` and ``newest``."""
    if not isinstance(document, dict):
        _fail("file", "json_object", got=_type_name(document))
    if "format" not in document:
        _fail("format", "format_missing")
    if document["format"] != fmt:
        _fail("format", other_format, format=fmt, got=_shown(document["format"]))
    if "version" not in document:
        _fail("version", "missing")
    version = document["version"]
    if isinstance(version, bool) or not isinstance(version, int):
        _fail("version", "whole_number", got=_type_name(version))
    if version > newest:
        _fail("version", "version_newer", version=version, known=newest)
    if version < oldest:
        _fail("version", "version_other", known=newest, version=version)
    return version


def _fail(path: str, problem: str, **params: object) -> NoReturn:
    raise WorkshopFileError(path, problem, None, **params)


def _shown(value: object) -> str:
    """A value a file holds where another was expected, as an error message shows it."""
    return f"“{_show(value)}”" if isinstance(value, str) else _type_name(value)


def _type_name(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return "text"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


class _Object:
    """One JSON object being read, knowing its path for error messages."""

    def __init__(
        self,
        value: object,
        path: str,
        fields: Sequence[str],
        what: str,
        optional: Sequence[str] = (),
        version: int = VERSION,
    ) -> None:
        if not isinstance(value, dict):
            _fail(path, "must_be_object", got=_type_name(value))
        for name in fields:
            if name not in value:
                _fail(self._join(path, name), "missing")
        for key in value:
            if key not in fields and key not in optional:
                _fail(self._join(path, _show(key)), "not_a_field", what=what, version=version)
        self.value: dict[str, object] = value
        self.path = path

    @classmethod
    def of(cls, value: object, path: str, where: tuple[str, ...], what: str) -> _Object:
        """The object at ``path`` of a file, with the keys of the file's objects at
        ``where`` (``file_fields``)."""
        required, optional = file_fields(*where)
        return cls(value, path, required, what, optional)

    @staticmethod
    def _join(path: str, name: str) -> str:
        return f"{path}.{name}" if path else name

    def at(self, name: str) -> str:
        return self._join(self.path, name)

    def raw(self, name: str) -> object:
        return self.value[name]

    def check(self, name: str, rule: Callable[[str, T], T], value: T) -> T:
        try:
            return rule(name, value)
        except ValidationError as exc:
            _fail(self.at(name), exc.problem, **exc.params)

    def text(self, name: str, *, required: bool = False, max_length: int | None = None) -> str:
        value = self.value[name]
        if not isinstance(value, str):
            _fail(self.at(name), "text_got", got=_type_name(value))
        try:
            check_text(name, value, required=required)
        except ValidationError as exc:
            _fail(self.at(name), exc.problem, **exc.params)
        if max_length is not None and len(value) > max_length:
            _fail(self.at(name), "at_most_characters", limit=max_length)
        return value

    def integer(self, name: str, *, low: int, high: int) -> int:
        value = self.value[name]
        if isinstance(value, bool) or not isinstance(value, int):
            _fail(self.at(name), "whole_number", got=_type_name(value))
        if not low <= value <= high:
            _fail(self.at(name), "between", low=low, high=high, value=value)
        return value

    def whole(self, name: str) -> int:
        value = self.value[name]
        if isinstance(value, bool) or not isinstance(value, int):
            _fail(self.at(name), "whole_number", got=_type_name(value))
        return value

    def optional_whole(self, name: str) -> int | None:
        return None if self.value[name] is None else self.whole(name)

    def number(self, name: str, *, low: float, high: float) -> float:
        value = self.value[name]
        if isinstance(value, bool) or not isinstance(value, int | float):
            _fail(self.at(name), "number", got=_type_name(value))
        try:
            result = float(value)
        except OverflowError:
            _fail(self.at(name), "too_large")
        if not math.isfinite(result) or not low <= result <= high:
            _fail(self.at(name), "between", low=f"{low:g}", high=f"{high:g}", value=value)
        return result

    def boolean(self, name: str) -> bool:
        value = self.value[name]
        if not isinstance(value, bool):
            _fail(self.at(name), "true_false_got", got=_type_name(value))
        return value

    def optional_boolean(self, name: str) -> bool | None:
        return None if self.value[name] is None else self.boolean(name)

    def ident(self, name: str) -> uuid.UUID:
        return _parse_uuid(self.value[name], self.at(name))

    def optional_ident(self, name: str) -> uuid.UUID | None:
        return None if self.value[name] is None else self.ident(name)

    def time(self, name: str) -> dt.datetime:
        return _parse_time(self.value[name], self.at(name))

    def optional_time(self, name: str) -> dt.datetime | None:
        return None if self.value[name] is None else self.time(name)

    def choice(self, name: str, options: Sequence[str]) -> str:
        value = self.value[name]
        if not isinstance(value, str) or value not in options:
            _fail(self.at(name), "one_of_got", options=", ".join(options), got=_shown(value))
        return value

    def items(self, name: str) -> list[object]:
        value = self.value[name]
        if not isinstance(value, list):
            _fail(self.at(name), "list", got=_type_name(value))
        return value


_TIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?(Z|[+-]\d{2}:\d{2})")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def _parse_uuid(value: object, path: str) -> uuid.UUID:
    if not isinstance(value, str) or not _UUID.fullmatch(value):
        _fail(path, "uuid", got=_shown(value))
    return uuid.UUID(value)


def _parse_time(value: object, path: str) -> dt.datetime:
    if not isinstance(value, str) or not _TIME.fullmatch(value):
        _fail(path, "utc_time", got=_shown(value))
    try:
        moment = dt.datetime.fromisoformat(value)
    except ValueError:
        _fail(path, "not_a_real_time", got=_shown(value))
    if not MIN_YEAR <= moment.year <= MAX_YEAR:
        _fail(path, "time_years", low=MIN_YEAR, high=MAX_YEAR)
    return moment.astimezone(dt.UTC)


def _parse_date(value: object, path: str) -> dt.date:
    if not isinstance(value, str) or not _DATE.fullmatch(value):
        _fail(path, "date_like", got=_shown(value))
    try:
        day = dt.date.fromisoformat(value)
    except ValueError:
        _fail(path, "not_a_real_date", got=_shown(value))
    try:
        check_year("date", day.year)
    except ValidationError as exc:
        _fail(path, exc.problem, **exc.params)
    return day


def _unique(ids: list[uuid.UUID], section: str) -> None:
    seen: set[uuid.UUID] = set()
    for index, value in enumerate(ids):
        if value in seen:
            _fail(f"{section}[{index}].id", "repeated_id", id=value)
        seen.add(value)


class _Identified(Protocol):
    @property
    def id(self) -> uuid.UUID: ...


E = TypeVar("E", bound=_Identified)


def _entries(top: _Object, section: str, parse: Callable[[object, str], E]) -> list[E]:
    """The entries of one of the file's lists, each read by ``parse``, ids once each."""
    entries = [parse(item, f"{section}[{i}]") for i, item in enumerate(top.items(section))]
    _unique([entry.id for entry in entries], section)
    return entries


def _reference(
    value: uuid.UUID | None, known: set[uuid.UUID], path: str, what: str
) -> uuid.UUID | None:
    if value is not None and value not in known:
        _fail(path, "not_in_file", what=what, id=value)
    return value


def _required_reference(
    value: uuid.UUID, known: set[uuid.UUID], path: str, what: str
) -> uuid.UUID:
    if value not in known:
        _fail(path, "not_in_file", what=what, id=value)
    return value


def parse_workshop(document: object) -> m.WorkshopData:
    """Validate a parsed workshop document completely and return its values.

    Raises :class:`WorkshopFileError` at the first problem, naming the field's path."""
    return parse_workshop_sync(document)[0]


def parse_workshop_sync(
    document: object, raw: bytes | None = None
) -> tuple[m.WorkshopData, SyncState]:
    """``parse_workshop`` with the file's stamps and version vector (a file of version 1
    or 2 gets stamps from its ``updated_at``, of a device derived from its bytes ``raw``)."""
    version = document_version(document, FORMAT, "format_other", OLDEST_VERSION, VERSION)
    assert isinstance(document, dict)
    if version < VERSION:
        document = _upgrade(document, version)
    top_fields = file_fields()[0]
    if version < 3:
        top_fields = tuple(k for k in top_fields if k not in _SYNC_FIELDS)
    top = _Object(document, "", top_fields, "workshop_file")

    w = _Object.of(top.raw("workshop"), "workshop", ("workshop",), "workshop")
    workshop_id = w.ident("id")
    day = _parse_date(w.raw("date"), w.at("date"))
    horizon = w.whole("horizon_year")
    w.check("horizon_year", lambda _n, v: check_horizon(day, v), horizon)
    workshop = m.Workshop(
        id=workshop_id,
        title=w.text("title", required=True),
        focal_question=w.text("focal_question"),
        horizon_year=horizon,
        territory=w.text("territory"),
        date=day,
        place=w.text("place"),
        organisers=w.text("organisers"),
        anonymous=w.boolean("anonymous"),
        template_key=w.text("template_key", max_length=MAX_TEMPLATE_KEY_LENGTH),
        language=w.text("language", required=True, max_length=MAX_LANGUAGE_LENGTH),
        created_at=w.time("created_at"),
        updated_at=w.time("updated_at"),
        ended_at=w.optional_time("ended_at"),
        # the démarche it belongs to (optional): a lone file joins it on another laptop
        demarche_id=w.optional_ident("demarche_id") if "demarche_id" in w.value else None,
    )

    phases = _entries(top, "phases", lambda item, at: _phase(item, at, workshop_id))
    phase_ids = {p.id for p in phases}
    organisations = _entries(
        top, "organisations", lambda item, at: _organisation(item, at, workshop_id)
    )
    org_ids = {o.id for o in organisations}
    participants = _entries(
        top, "participants", lambda item, at: _participant(item, at, workshop_id, org_ids)
    )

    card_items = top.items("cards")
    card_ids: set[uuid.UUID] = set()
    for index, item in enumerate(card_items):
        # ids first, so that links may point forward in the list
        if not isinstance(item, dict) or "id" not in item:
            continue  # reported with the card's other fields below
        card_id = _parse_uuid(item["id"], f"cards[{index}].id")
        if card_id in card_ids:
            _fail(f"cards[{index}].id", "repeated_id", id=card_id)
        card_ids.add(card_id)
    cards = [
        _card(item, f"cards[{i}]", workshop, phase_ids, org_ids, card_ids)
        for i, item in enumerate(card_items)
    ]

    rounds = _entries(
        top, "vote_rounds", lambda item, at: _round(item, at, workshop_id, phase_ids)
    )
    round_ids = {r.id for r in rounds}
    votes = _entries(top, "votes", lambda item, at: _vote(item, at, round_ids, card_ids))

    axes_value = top.raw("scenario_axes")
    axes = None if axes_value is None else _axes(axes_value, workshop_id, card_ids)

    data = m.WorkshopData(
        workshop=workshop,
        phases=tuple(phases),
        organisations=tuple(organisations),
        participants=tuple(participants),
        cards=tuple(cards),
        rounds=tuple(rounds),
        votes=tuple(votes),
        axes=axes,
    )
    if version < 3:
        content = raw if raw is not None else json.dumps(document, sort_keys=True).encode()
        return data, synthesized_sync(data, derived_device(content))
    return data, _sync(top, data)


def _stamp(value: object, path: str) -> str:
    if not isinstance(value, str) or not STAMP_RE.fullmatch(value):
        _fail(path, "stamp", got=_shown(value))
    return value


def _sync(top: _Object, data: m.WorkshopData) -> SyncState:
    """The file's stamps (each of a row it holds, or a tombstone) and version vector."""
    return read_sync(top, rows_of(data), ENTITIES, VERSION)


def read_sync(
    top: _Object, present: Mapping[str, Container[str]], entities: Mapping[str, Any],
    version: int,
) -> SyncState:
    """A file's ``stamps`` (each of a row it holds — ``present``, by entity — or a
    tombstone) and ``seen`` version vector; ``entities``: the ORM classes of the rows it
    may stamp, by name (a workshop file's or a démarche file's), ``version`` the format's."""
    raw_stamps = top.raw("stamps")
    if not isinstance(raw_stamps, dict):
        _fail("stamps", "must_be_object", got=_type_name(raw_stamps))
    result: dict[str, dict[str, dict[str, str]]] = {}
    for entity, by_id in raw_stamps.items():
        where = f"stamps.{_show(entity)}"
        if entity not in entities:
            _fail(where, "not_a_field", what="stamps", version=version)
        if not isinstance(by_id, dict):
            _fail(where, "must_be_object", got=_type_name(by_id))
        fields = {"", *stamped_fields(entities[entity].__table__)}
        rows: dict[str, dict[str, str]] = {}
        for row_id, row_stamps in by_id.items():
            at = f"{where}.{_show(row_id)}"
            if len(row_id) > MAX_ROW_KEY:
                _fail(at, "at_most_characters", limit=MAX_ROW_KEY)
            if not isinstance(row_stamps, dict):
                _fail(at, "must_be_object", got=_type_name(row_stamps))
            if row_id in present[entity]:
                allowed = fields
            else:
                allowed = {"deleted"}
                if set(row_stamps) != allowed:
                    _fail(at, "tombstone_only")
            for name, value in row_stamps.items():
                if name not in allowed:
                    _fail(f"{at}.{_show(name)}", "not_a_field", what="stamps", version=version)
                _stamp(value, f"{at}.{_show(name)}")
            rows[row_id] = dict(row_stamps)
        result[entity] = rows
    raw_seen = top.raw("seen")
    if not isinstance(raw_seen, dict):
        _fail("seen", "must_be_object", got=_type_name(raw_seen))
    seen: dict[str, str] = {}
    for device, value in raw_seen.items():
        at = f"seen.{_show(device)}"
        stamp = _stamp(value, at)
        if not _DEVICE.fullmatch(device) or stamp_device(stamp) != device:
            _fail(at, "stamp_of_other_device")
        seen[device] = stamp
    return SyncState(result, seen)


def _phase(value: object, path: str, workshop_id: uuid.UUID) -> m.Phase:
    o = _Object.of(value, path, ("phases",), "phase")
    categories: list[str] = []
    for index, item in enumerate(o.items("categories")):
        where = f"{path}.categories[{index}]"
        if not isinstance(item, str):
            _fail(where, "text_got", got=_type_name(item))
        try:
            check_text("category", item, required=True)
        except ValidationError as exc:
            _fail(where, exc.problem, **exc.params)
        if item in categories:
            _fail(where, "repeated_category", category=_show(item))
        categories.append(item)
    return m.Phase(
        id=o.ident("id"),
        workshop_id=workshop_id,
        position=o.integer("position", low=0, high=MAX_POSITION),
        kind=m.PhaseKind(o.choice("kind", [k.value for k in m.PhaseKind])),
        title=o.text("title", required=True),
        instructions=o.text("instructions"),
        question=o.text("question"),
        facilitator_notes=o.text("facilitator_notes"),
        planned_minutes=o.check("planned_minutes", check_minutes, o.whole("planned_minutes")),
        categories=tuple(categories),
        actual_start=o.optional_time("actual_start"),
        actual_end=o.optional_time("actual_end"),
        updated_at=o.time("updated_at"),
        timer_running_since=o.optional_time("timer_running_since"),
        timer_elapsed_seconds=o.number("timer_elapsed_seconds", low=0, high=MAX_TIMER_SECONDS),
        timer_extra_seconds=o.integer(
            "timer_extra_seconds", low=-MAX_TIMER_SECONDS, high=MAX_TIMER_SECONDS
        ),
        runs=_runs(o),
        demarche_focus=_focus(o),
    )


def _focus(o: _Object) -> str:
    if "demarche_focus" not in o.value:
        return ""
    return o.choice("demarche_focus", [f.value for f in DemarcheFocus])


def _runs(o: _Object) -> tuple[m.PhaseRun, ...]:
    items = o.items("runs")
    if len(items) > MAX_RUNS:
        _fail(o.at("runs"), "too_many_runs", count=len(items), limit=MAX_RUNS)
    runs: list[m.PhaseRun] = []
    for index, item in enumerate(items):
        r = _Object.of(item, f"{o.at('runs')}[{index}]", ("phases", "runs"), "run")
        run = m.PhaseRun(r.time("start"), r.optional_time("end"))
        if run.end is not None and run.end < run.start:
            _fail(r.at("end"), "run_ends_before_start")
        if run.end is None and index != len(items) - 1:
            _fail(r.at("end"), "run_open_not_last")
        if runs and runs[-1].end is not None and run.start < runs[-1].end:
            _fail(r.at("start"), "runs_overlap")
        runs.append(run)
    return tuple(runs)


def _upgrade(document: dict[str, Any], version: int) -> dict[str, Any]:
    """A file of an older version as the current version would write it (the original is
    left alone). Version 1 had no run intervals: a phase's start–end becomes its one
    interval; no workshop was ended."""
    document = dict(document)
    workshop = document.get("workshop")
    if version < 2 and isinstance(workshop, dict):
        document["workshop"] = {**workshop, "ended_at": None}
    phases = document.get("phases")
    if version < 2 and isinstance(phases, list):
        upgraded: list[object] = []
        for phase in phases:
            if isinstance(phase, dict) and "runs" not in phase:
                start = phase.get("actual_start")
                end = phase.get("actual_end")
                runs = [{"start": start, "end": end}] if isinstance(start, str) else []
                phase = {**phase, "runs": runs}
            upgraded.append(phase)
        document["phases"] = upgraded
    return document


def _organisation(value: object, path: str, workshop_id: uuid.UUID) -> m.Organisation:
    o = _Object.of(value, path, ("organisations",), "organisation")
    return m.Organisation(
        id=o.ident("id"), workshop_id=workshop_id, name=o.text("name", required=True),
        updated_at=o.time("updated_at"),
    )


def _participant(
    value: object, path: str, workshop_id: uuid.UUID, org_ids: set[uuid.UUID]
) -> m.Participant:
    o = _Object.of(value, path, ("participants",), "participant")
    return m.Participant(
        id=o.ident("id"),
        workshop_id=workshop_id,
        name=o.text("name", required=True),
        organisation_id=_reference(
            o.optional_ident("organisation_id"), org_ids, o.at("organisation_id"),
            "organisation",
        ),
        role=o.text("role"),
        table_label=o.text("table_label"),
        updated_at=o.time("updated_at"),
    )


def _card(
    value: object,
    path: str,
    workshop: m.Workshop,
    phase_ids: set[uuid.UUID],
    org_ids: set[uuid.UUID],
    card_ids: set[uuid.UUID],
) -> m.Card:
    o = _Object.of(value, path, ("cards",), "card")
    card_id = o.ident("id")
    nature = o.raw("nature")
    partners: list[m.Partner] = []
    for index, item in enumerate(o.items("partners")):
        p = _Object.of(item, f"{path}.partners[{index}]", ("cards", "partners"), "partner")
        org = p.ident("organisation_id")
        _reference(org, org_ids, p.at("organisation_id"), "organisation")
        if any(existing.organisation_id == org for existing in partners):
            _fail(p.at("organisation_id"), "same_organisation_twice")
        partners.append(m.Partner(org, p.text("role")))
    links: list[uuid.UUID] = []
    for index, item in enumerate(o.items("links")):
        where = f"{path}.links[{index}]"
        target = _parse_uuid(item, where)
        _reference(target, card_ids, where, "card")
        if target == card_id:
            _fail(where, "self_link")
        if target in links:
            _fail(where, "repeated_link", id=target)
        links.append(target)
    merged_into = o.optional_ident("merged_into_id")
    _reference(merged_into, card_ids, o.at("merged_into_id"), "card")
    if merged_into == card_id:
        _fail(o.at("merged_into_id"), "self_merge")
    year = o.optional_whole("horizon_year")
    if year is not None:
        o.check("horizon_year", check_year, year)
    return m.Card(
        id=card_id,
        workshop_id=workshop.id,
        phase_id=_required_reference(
            o.ident("phase_id"), phase_ids, o.at("phase_id"), "phase"
        ),
        kind=m.CardKind(o.choice("kind", [k.value for k in m.CardKind])),
        text=o.text("text"),
        position=o.number("position", low=-1e15, high=1e15),
        table_label=o.text("table_label"),
        author=o.text("author"),
        device=o.text("device"),
        created_at=o.time("created_at"),
        updated_at=o.time("updated_at"),
        deleted_at=o.optional_time("deleted_at"),
        merged_into_id=merged_into,
        category=o.text("category"),
        title=o.text("title"),
        impact=o.check("impact", check_rating, _rating(o, "impact")),
        nature=None
        if nature is None
        else m.DriverNature(o.choice("nature", [n.value for n in m.DriverNature])),
        uncertainty=o.check("uncertainty", check_rating, _rating(o, "uncertainty")),
        narrative=o.text("narrative"),
        quadrant=o.choice("quadrant", ("", *m.QUADRANTS)),
        description=o.text("description"),
        lead_organisation_id=_reference(
            o.optional_ident("lead_organisation_id"), org_ids, o.at("lead_organisation_id"),
            "organisation",
        ),
        partners=tuple(partners),
        horizon_year=year,
        first_step=o.text("first_step"),
        means=o.text("means"),
        indicator=o.text("indicator"),
        effort=o.check("effort", check_rating, _rating(o, "effort")),
        checked=o.optional_boolean("checked"),
        links=tuple(links),
    )


def _rating(o: _Object, name: str) -> int | None:
    value = o.raw(name)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        _fail(o.at(name), "rating_or_null", got=_type_name(value))
    return value


def _round(
    value: object, path: str, workshop_id: uuid.UUID, phase_ids: set[uuid.UUID]
) -> m.VoteRound:
    o = _Object.of(value, path, ("vote_rounds",), "voting_round")
    phase_id = o.ident("phase_id")
    _reference(phase_id, phase_ids, o.at("phase_id"), "phase")
    return m.VoteRound(
        id=o.ident("id"),
        workshop_id=workshop_id,
        phase_id=phase_id,
        title=o.text("title"),
        dots_per_person=o.check("dots_per_person", check_dots, o.whole("dots_per_person")),
        hidden=o.boolean("hidden"),
        revealed=o.boolean("revealed"),
        created_at=o.time("created_at"),
        updated_at=o.time("updated_at"),
    )


def _vote(
    value: object, path: str, round_ids: set[uuid.UUID], card_ids: set[uuid.UUID]
) -> m.Vote:
    o = _Object.of(value, path, ("votes",), "vote")
    round_id = o.ident("round_id")
    _reference(round_id, round_ids, o.at("round_id"), "voting_round")
    card_id = o.ident("card_id")
    _reference(card_id, card_ids, o.at("card_id"), "card")
    return m.Vote(
        id=o.ident("id"),
        round_id=round_id,
        card_id=card_id,
        dots=o.check("dots", check_dots, o.whole("dots")),
        device=o.text("device"),
        created_at=o.time("created_at"),
    )


def _axes(value: object, workshop_id: uuid.UUID, card_ids: set[uuid.UUID]) -> m.ScenarioAxes:
    o = _Object.of(value, "scenario_axes", ("scenario_axes",), "scenario_axes")
    return m.ScenarioAxes(
        workshop_id=workshop_id,
        x_driver_id=_reference(
            o.optional_ident("x_driver_id"), card_ids, o.at("x_driver_id"), "card"
        ),
        y_driver_id=_reference(
            o.optional_ident("y_driver_id"), card_ids, o.at("y_driver_id"), "card"
        ),
        x_low=o.text("x_low"),
        x_high=o.text("x_high"),
        y_low=o.text("y_low"),
        y_high=o.text("y_high"),
        updated_at=o.time("updated_at"),
    )



__all__ = [
    "FORMAT",
    "MAX_FILE_BYTES",
    "OLDEST_VERSION",
    "SCHEMA_PATH",
    "VERSION",
    "WorkshopFileError",
    "document_version",
    "file_fields",
    "load_workshop_file",
    "loads_workshop",
    "parse_workshop",
    "parse_workshop_sync",
    "read_raw",
    "read_workshop_file",
    "read_workshop_sync",
]
