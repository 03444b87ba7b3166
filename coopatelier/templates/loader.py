"""Load and validate workshop templates.

A template is a TOML file with ``schema_version``, a ``key``, a title, a language, and an
ordered list of ``[[phases]]``. Every error names the file and the field, e.g.
``food.toml: phases[2].minutes: must be a number of minutes from 0 to 1440``.

The texts a workshop copies (focal question, territory, phase titles, questions,
instructions, facilitator notes, categories, seed cards) may say ``{horizon}`` and
``{year}``: a new workshop reads its own horizon year and the year of its date there
(:func:`fill_in`), so a template written for 2030 serves a workshop aiming at 2035.
"""

from __future__ import annotations

import json
import logging
import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from coopatelier.domain.demarche import DemarcheFocus
from coopatelier.domain.model import PhaseKind
from coopatelier.domain.rules import check_minutes, check_text
from coopatelier.errors import FieldError, FormatError, NotFoundError, ValidationError, os_reason
from coopatelier.resources import scenarios_dir

log = logging.getLogger(__name__)

SCHEMA_VERSION = 1
KEY_PATTERN = re.compile(r"^[a-z0-9][a-z0-9-]{0,79}$")
_TOP_KEYS = {
    "schema_version",
    "key",
    "title",
    "language",
    "description",
    "horizon_offset",
    "focal_question",
    "territory",
    "phases",
}
_PHASE_KEYS = {
    "kind",
    "title",
    "minutes",
    "question",
    "instructions",
    "facilitator_notes",
    "categories",
    "seed_cards",
    "focus",
}


@dataclass(frozen=True, slots=True)
class SeedCard:
    text: str
    category: str = ""


@dataclass(frozen=True, slots=True)
class TemplatePhase:
    kind: PhaseKind
    title: str
    minutes: int
    question: str = ""
    instructions: str = ""
    facilitator_notes: str = ""
    categories: tuple[str, ...] = ()
    seed_cards: tuple[SeedCard, ...] = ()
    #: "" or what of its démarche the phase works on ("review", "governance")
    focus: str = ""


@dataclass(frozen=True, slots=True)
class Template:
    key: str
    title: str
    language: str
    description: str
    horizon_offset: int
    focal_question: str
    territory: str
    phases: tuple[TemplatePhase, ...]
    source: Path | None = None
    builtin: bool = True

    @property
    def total_minutes(self) -> int:
        return sum(p.minutes for p in self.phases)


HORIZON = "{horizon}"
YEAR = "{year}"


def fill_in(text: str, *, horizon_year: int, year: int) -> str:
    """A template's text for one workshop: ``{horizon}`` becomes its horizon year and
    ``{year}`` the year of its date; every other character stays as written."""
    return text.replace(HORIZON, str(horizon_year)).replace(YEAR, str(year))


class _Reader:
    def __init__(self, where: str) -> None:
        self.where = where

    def fail(self, field: str, problem: str, **params: object) -> FieldError:
        return FieldError(field, problem, self.where, **params)

    def text(self, data: dict[str, Any], key: str, field: str, *, required: bool = False) -> str:
        value = data.get(key, "")
        if not isinstance(value, str):
            raise self.fail(field, "text_got", got=type(value).__name__)
        try:
            return check_text(field, value, required=required)
        except ValidationError as exc:
            raise self.fail(field, exc.problem, **exc.params) from exc

    def unknown(self, data: dict[str, Any], allowed: set[str], prefix: str) -> None:
        extra = sorted(set(data) - allowed)
        if extra:
            raise self.fail(f"{prefix}{extra[0]}", "unknown_field")


def parse_template(data: dict[str, Any], where: str, *, key_hint: str | None = None) -> Template:
    """Validate parsed TOML ``data``; ``where`` names the file in error messages."""
    r = _Reader(where)
    version = data.get("schema_version")
    if version is None:
        raise r.fail("schema_version", "missing")
    if not isinstance(version, int) or isinstance(version, bool):
        raise r.fail("schema_version", "whole")
    if version > SCHEMA_VERSION:
        raise r.fail("schema_version", "schema_newer", version=version, known=SCHEMA_VERSION)
    if version < 1:
        raise r.fail("schema_version", "schema_none", version=version)
    r.unknown(data, _TOP_KEYS, "")
    key = data.get("key", key_hint)
    if not isinstance(key, str) or not KEY_PATTERN.fullmatch(key):
        raise r.fail("key", "template_key_like")
    title = r.text(data, "title", "title", required=True)
    language = r.text(data, "language", "language", required=True)
    offset = data.get("horizon_offset", 0)
    if isinstance(offset, bool) or not isinstance(offset, int) or not 0 <= offset <= 50:
        raise r.fail("horizon_offset", "horizon_offset")
    phases_data = data.get("phases")
    if not isinstance(phases_data, list) or not phases_data:
        raise r.fail("phases", "no_phases")
    phases = tuple(_parse_phase(r, item, i) for i, item in enumerate(phases_data, start=1))
    return Template(
        key=key,
        title=title,
        language=language,
        description=r.text(data, "description", "description"),
        horizon_offset=offset,
        focal_question=r.text(data, "focal_question", "focal_question"),
        territory=r.text(data, "territory", "territory"),
        phases=phases,
    )


def _parse_phase(r: _Reader, item: object, index: int) -> TemplatePhase:
    prefix = f"phases[{index}]"
    if not isinstance(item, dict):
        raise r.fail(prefix, "table")
    r.unknown(item, _PHASE_KEYS, f"{prefix}.")
    kind_value = item.get("kind")
    if kind_value not in {k.value for k in PhaseKind}:
        allowed = ", ".join(k.value for k in PhaseKind)
        raise r.fail(f"{prefix}.kind", "one_of_got", options=allowed, got=repr(kind_value))
    kind = PhaseKind(str(kind_value))
    minutes = item.get("minutes")
    try:
        check_minutes(f"{prefix}.minutes", minutes)  # type: ignore[arg-type]
    except ValidationError as exc:
        raise r.fail(exc.field, exc.problem, **exc.params) from exc
    categories = item.get("categories", [])
    if not isinstance(categories, list) or not all(
        isinstance(c, str) and c.strip() for c in categories
    ):
        raise r.fail(f"{prefix}.categories", "non_empty_texts")
    if len(set(categories)) != len(categories):
        raise r.fail(f"{prefix}.categories", "same_category_twice")
    seeds_data = item.get("seed_cards", [])
    if not isinstance(seeds_data, list):
        raise r.fail(f"{prefix}.seed_cards", "list_only")
    seeds: list[SeedCard] = []
    for j, seed in enumerate(seeds_data, start=1):
        field = f"{prefix}.seed_cards[{j}]"
        if isinstance(seed, str):
            seed = {"text": seed}
        if not isinstance(seed, dict) or set(seed) - {"text", "category"}:
            raise r.fail(field, "seed_card")
        category = r.text(seed, "category", f"{field}.category")
        if category and categories and category not in categories:
            raise r.fail(f"{field}.category", "not_a_category", category=repr(category))
        seeds.append(SeedCard(r.text(seed, "text", f"{field}.text", required=True), category))
    focus = item.get("focus", "")
    if focus not in ("", *(f.value for f in DemarcheFocus)):
        allowed = ", ".join(f.value for f in DemarcheFocus)
        raise r.fail(f"{prefix}.focus", "one_of_got", options=allowed, got=repr(focus))
    return TemplatePhase(
        kind=kind,
        title=r.text(item, "title", f"{prefix}.title", required=True),
        minutes=minutes,  # type: ignore[arg-type]
        question=r.text(item, "question", f"{prefix}.question"),
        instructions=r.text(item, "instructions", f"{prefix}.instructions"),
        facilitator_notes=r.text(item, "facilitator_notes", f"{prefix}.facilitator_notes"),
        categories=tuple(categories),
        seed_cards=tuple(seeds),
        focus=str(focus),
    )


def load_template(path: Path, *, builtin: bool = False) -> Template:
    """Read and validate one template file."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise FormatError("template_unreadable", file=path.name, **os_reason(exc)) from exc
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise FormatError("template_not_utf8", file=path.name, offset=exc.start) from exc
    except tomllib.TOMLDecodeError as exc:
        raise FormatError("template_not_toml", file=path.name, detail=str(exc)) from exc
    template = parse_template(data, path.name, key_hint=path.stem)
    if template.key != path.stem:
        raise FieldError("key", "key_file_name", path.name, key=repr(template.key))
    return Template(**{**_fields(template), "source": path, "builtin": builtin})


def _fields(template: Template) -> dict[str, Any]:
    return {name: getattr(template, name) for name in Template.__slots__}


def available_templates(user_dir: Path | None = None) -> list[Template]:
    """Built-in templates then the user's own; a user template may not shadow a built-in."""
    found: dict[str, Template] = {}
    for path in sorted(scenarios_dir().glob("*.toml")):
        template = load_template(path, builtin=True)
        found[template.key] = template
    for path in _user_files(user_dir):
        try:
            template = load_template(path, builtin=False)
        except FormatError as exc:
            # One broken file of the user's must not hide every other template.
            log.warning("skipped a user template: %s", exc)
            continue
        found.setdefault(template.key, template)
    return list(found.values())


def broken_user_templates(user_dir: Path | None) -> list[str]:
    """One sentence per user template file that cannot be used, for the UI to show."""
    problems: list[str] = []
    for path in _user_files(user_dir):
        try:
            load_template(path)
        except FormatError as exc:
            problems.append(str(exc))
    return problems


def _user_files(user_dir: Path | None) -> Iterable[Path]:
    if user_dir is None or not user_dir.is_dir():
        return []
    return sorted(user_dir.glob("*.toml"))


def find_template(key: str, user_dir: Path | None = None) -> Template:
    for template in available_templates(user_dir):
        if template.key == key:
            return template
    keys = ", ".join(t.key for t in available_templates(user_dir))
    raise NotFoundError("template", key=key, keys=keys)


def _toml_string(value: str) -> str:
    """A TOML basic string: JSON's escapes are TOML's, plus DEL which TOML forbids raw."""
    return json.dumps(value, ensure_ascii=False).replace("\x7f", "\\u007f")


def template_to_toml(template: Template) -> str:
    """Serialise a template so that ``load_template`` reads back the same values."""
    lines = [
        f"schema_version = {SCHEMA_VERSION}",
        f"key = {_toml_string(template.key)}",
        f"title = {_toml_string(template.title)}",
        f"language = {_toml_string(template.language)}",
        f"description = {_toml_string(template.description)}",
        f"horizon_offset = {template.horizon_offset}",
        f"focal_question = {_toml_string(template.focal_question)}",
        f"territory = {_toml_string(template.territory)}",
    ]
    for phase in template.phases:
        lines += [
            "",
            "[[phases]]",
            f"kind = {_toml_string(phase.kind.value)}",
            f"title = {_toml_string(phase.title)}",
            f"minutes = {phase.minutes}",
            f"question = {_toml_string(phase.question)}",
            f"instructions = {_toml_string(phase.instructions)}",
            f"facilitator_notes = {_toml_string(phase.facilitator_notes)}",
            "categories = [" + ", ".join(_toml_string(c) for c in phase.categories) + "]",
        ]
        if phase.seed_cards:
            seeds = ", ".join(
                f"{{ text = {_toml_string(s.text)}, category = {_toml_string(s.category)} }}"
                for s in phase.seed_cards
            )
            lines.append(f"seed_cards = [{seeds}]")
        if phase.focus:
            lines.append(f"focus = {_toml_string(phase.focus)}")
    return "\n".join(lines) + "\n"
