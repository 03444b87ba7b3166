"""Each entity's fields, named once: in its dataclass (``model.py``, ``demarche.py``).

The database's columns, the rows a merge compares and the workshop file's keys are the
dataclass's fields, but for the few exceptions each ``Entity`` lists. Who reads what:

- ``storage/convert.py`` turns a row into a dataclass and back, field by field, by the
  dataclass's type hints (an enum from its value, a tuple from a JSON list...);
- ``services/imports.py`` ``rows_of`` gives the rows a merge compares (``merged``);
- the workshop file writes and reads the keys of its JSON Schema
  (``exchange/workshop-format.schema.json``, the format's order), which
  ``tests/unit/test_workshop_fields.py`` checks against ``in_file`` for every entity, and
  the ORM's columns against ``columns``.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from dataclasses import dataclass
from typing import Any

from coopatelier.domain import demarche as dm
from coopatelier.domain import model as m


@dataclass(frozen=True, slots=True)
class Entity:
    """One table of a workshop (or a démarche) and the dataclass of its rows."""

    #: the table's name, the workshop file's section, the stamps' entity
    name: str
    model: type[Any]
    #: fields kept in tables of their own, not columns (a card's partners and links)
    elsewhere: tuple[str, ...] = ()
    #: columns of this database only, never carried to another laptop by a workshop file
    #: (the démarche a workshop or an organisation belongs to here)
    local: tuple[str, ...] = ()
    #: columns a workshop file does not write: its place in the document says them (the
    #: workshop's id); a merge sets them to the workshop's
    implied: tuple[str, ...] = ()
    #: local columns a workshop file still tells, never merged (a workshop's démarche: a
    #: lone file of a point d'étape joins it where it is known, ``imports.joining_demarche``)
    told: tuple[str, ...] = ()

    @property
    def fields(self) -> tuple[str, ...]:
        """The dataclass's fields, in its order."""
        return field_names(self.model)

    @property
    def columns(self) -> tuple[str, ...]:
        """The columns of the entity's table."""
        return tuple(name for name in self.fields if name not in self.elsewhere)

    @property
    def merged(self) -> tuple[str, ...]:
        """The columns a merge compares and writes (``services/imports.py``)."""
        return tuple(name for name in self.columns if name not in self.local)

    @property
    def in_file(self) -> frozenset[str]:
        """The keys of the entity's objects in a workshop file (in the schema's order)."""
        return frozenset(self.fields) - (set(self.local) - set(self.told)) - set(self.implied)


_NAMES: dict[type[Any], tuple[str, ...]] = {}
_HINTS: dict[type[Any], dict[str, Any]] = {}


def field_names(model: type[Any]) -> tuple[str, ...]:
    """A dataclass's fields, in its order."""
    names = _NAMES.get(model)
    if names is None:
        names = _NAMES[model] = tuple(f.name for f in dataclasses.fields(model))
    return names


def type_hints(model: type[Any]) -> dict[str, Any]:
    """The fields' types, resolved (the modules use ``from __future__ import annotations``)."""
    hints = _HINTS.get(model)
    if hints is None:
        names = set(field_names(model))
        hints = {k: v for k, v in typing.get_type_hints(model).items() if k in names}
        _HINTS[model] = hints
    return hints


def optional_of(hint: Any) -> Any:
    """``T`` for a hint ``T | None``, else None."""
    args = typing.get_args(hint)
    if isinstance(hint, types.UnionType) and len(args) == 2 and type(None) in args:
        return args[0] if args[1] is type(None) else args[1]
    return None


_IN_WORKSHOP = ("workshop_id",)
_IN_DEMARCHE = ("demarche_id",)

#: The entities of a workshop, by name (a workshop file's sections; a card's partners and
#: links are rows of their own in the database, lists inside a card in the file).
WORKSHOP_ENTITIES: dict[str, Entity] = {
    e.name: e
    for e in (
        Entity("workshops", m.Workshop, local=("demarche_id",), told=("demarche_id",)),
        Entity("organisations", m.Organisation, local=("demarche_id",), implied=_IN_WORKSHOP),
        Entity("participants", m.Participant, implied=_IN_WORKSHOP),
        Entity("phases", m.Phase, implied=_IN_WORKSHOP),
        Entity("cards", m.Card, elsewhere=("partners", "links"), implied=_IN_WORKSHOP),
        Entity("vote_rounds", m.VoteRound, implied=_IN_WORKSHOP),
        Entity("votes", m.Vote),
        Entity("scenario_axes", m.ScenarioAxes, implied=_IN_WORKSHOP),
    )
}

#: A démarche's own tables (the démarche file, ``exchange/demarche_file.py``).
DEMARCHE_ENTITIES: dict[str, Entity] = {
    e.name: e
    for e in (
        Entity("demarches", dm.Demarche),
        Entity("action_events", dm.ActionEvent),
        Entity("demarche_members", dm.Member, implied=_IN_DEMARCHE),
        Entity("demarche_decisions", dm.Decision, implied=_IN_DEMARCHE),
    )
}

__all__ = [
    "DEMARCHE_ENTITIES",
    "WORKSHOP_ENTITIES",
    "Entity",
    "field_names",
    "optional_of",
    "type_hints",
]
