"""Use case: bring a whole workshop (read from a workshop file) into the database.

The state of a workshop is the merge of its field changes. Every field of every row carries
the stamp of its last change (``storage/stamps.py``, a hybrid logical clock); a deletion is
a change of the row's existence (a tombstone). Importing merges field by field:

- each field takes the value with the greater stamp (ties: the device id inside the stamp);
  a row's existence likewise (alive: its creation stamp; removed: its tombstone's);
- a row whose parent (phase, card, voting round…) does not survive does not either;
- a **conflict** is two different values written to one field by devices that had not
  seen each other's change (the version vectors say so): the winner is applied, the other
  value is kept in ``merge_conflicts`` and reported, on whichever side it lost;
- people and organisations with the same name (``domain.people.name_key``) become one;
- a workshop in a démarche merges its organisations with the démarche's list, shared by all
  its workshops (``services._common.organisation_scope``): their stamps are the démarche's
  (``stamps.DEMARCHE_ROWS``), found and merged whichever workshop's file brings them.

The result depends neither on the order of imports nor on how files travelled
(commutative, associative, idempotent). Everything happens in one unit of work.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, ClassVar

from sqlalchemy import Table, insert, select
from sqlalchemy.orm import Session, lazyload, object_session

from coopatelier.domain import model as m
from coopatelier.domain.fields import WORKSHOP_ENTITIES
from coopatelier.domain.people import name_key
from coopatelier.errors import ValidationError
from coopatelier.services._common import organisation_scope
from coopatelier.services.changes import Changes
from coopatelier.services.votes import number_arrivals
from coopatelier.storage import convert, orm, stamps
from coopatelier.storage.store import Store

#: SQLite's historical limit on bound parameters is 999.
_CHUNK = 500

#: entity → ORM class, in the order rows are created (parents first)
ENTITIES: dict[str, type[Any]] = {
    "workshops": orm.WorkshopRow,
    "organisations": orm.OrganisationRow,
    "participants": orm.ParticipantRow,
    "phases": orm.PhaseRow,
    "cards": orm.CardRow,
    "card_partners": orm.CardPartnerRow,
    "card_links": orm.CardLinkRow,
    "vote_rounds": orm.VoteRoundRow,
    "votes": orm.VoteRow,
    "scenario_axes": orm.ScenarioAxesRow,
}
#: required references: a row lives only while these do
_PARENTS: dict[str, tuple[tuple[str, str], ...]] = {
    "cards": (("phase_id", "phases"),),
    "card_partners": (("card_id", "cards"), ("organisation_id", "organisations")),
    "card_links": (("card_id", "cards"), ("target_id", "cards")),
    "vote_rounds": (("phase_id", "phases"),),
    "votes": (("round_id", "vote_rounds"), ("card_id", "cards")),
}
#: optional references: empty when their row does not survive (the database's SET NULL)
_OPTIONAL: dict[str, tuple[tuple[str, str], ...]] = {
    "participants": (("organisation_id", "organisations"),),
    "cards": (("lead_organisation_id", "organisations"),),
    "scenario_axes": (("x_driver_id", "cards"), ("y_driver_id", "cards")),
}
#: references whose parent a concurrent removal cannot take: a card moved into a phase, a
#: vote cast in a round, an organisation made the lead or a partner of an action, that the
#: remover had not seen keep their parent alive
REVIVED: dict[str, tuple[tuple[str, str], ...]] = {
    "cards": (("phase_id", "phases"), ("lead_organisation_id", "organisations")),
    "card_partners": (("organisation_id", "organisations"),),
    "votes": (("round_id", "vote_rounds"),),
}
#: rows counted with their card in a report
_CHILDREN = frozenset({"card_partners", "card_links"})
#: fields whose non-empty value removes a card from the workshop
REMOVALS = ("deleted_at", "merged_into_id")

Rows = dict[str, dict[str, dict[str, Any]]]
Stamps = dict[str, dict[str, dict[str, str]]]


@dataclass(frozen=True, slots=True)
class SyncState:
    """The merge's side of a workshop: every stamp (entity → row id → field → stamp;
    field ``""`` the row's creation, ``"deleted"`` of a row not in the data its tombstone)
    and the version vector (device → greatest stamp seen)."""

    stamps: Stamps
    seen: dict[str, str]


@dataclass(frozen=True, slots=True)
class MergeConflict:
    """One field written differently by two devices unaware of each other's change."""

    entity: str
    row_id: str
    field: str
    #: what the conflict is about, in English (``label_fr``: in French, when it differs)
    label: str
    kept: str
    other: str
    #: True when the value kept is the file's (this database's value lost)
    file_won: bool
    #: a card removed (deleted, merged) on one side, edited on the other
    removed: bool = False
    #: a phase, round or organisation removed on one side while a card, vote or partner
    #: role was put in it on the other
    kept_alive: bool = False
    label_fr: str = ""
    #: the reference that kept it alive (``REVIVED``: "lead_organisation_id", ...)
    kept_for: str = ""
    #: a yes-or-no field: ``kept`` and ``other`` are worded Yes/No, Oui/Non
    boolean: bool = False
    #: ``kept`` and ``other`` in French, when they differ (a reference to a round, an
    #: untitled phase: "Tour 1 — Futurs")
    kept_fr: str = ""
    other_fr: str = ""

    def label_in(self, language: str) -> str:
        return self.label_fr if language == "fr" and self.label_fr else self.label

    def values_in(self, language: str) -> tuple[str, str]:
        """(kept, other) in ``language``."""
        if language == "fr" and (self.kept_fr or self.other_fr):
            return self.kept_fr or self.kept, self.other_fr or self.other
        return self.kept, self.other

    def words(self, language: str) -> str:
        from coopatelier.wording import sentence

        key = "merge.conflict_file_won" if self.file_won else "merge.conflict_kept_here"
        if self.removed:  # a card's removal is a field; another row's, its deletion
            key = ("merge.edited_while_deleted" if self.field == "deleted"
                   else "merge.edited_while_removed")
        if self.kept_alive:
            key = f"merge.removed_while_filled.{self.entity}"
            if self.kept_for == "lead_organisation_id":  # the lead, not a partner
                key += ".lead"
        kept, other = self.values_in(language)
        if self.boolean:  # a side without a value keeps its "—"
            kept, other = (yes_no(value == "True", language)
                           if value in ("True", "False") else value
                           for value in (kept, other))
        return sentence(key, language, {
            "label": self.label_in(language),
            "field": readable_field(self.field, language, self.entity),
            "kept": kept, "other": other,
        })


@dataclass(frozen=True, slots=True)
class ImportReport:
    """What an import did: counts of rows created, updated and left unchanged, and the
    conflicts (two devices changed one field without seeing each other's change)."""

    workshop_id: uuid.UUID
    created: int
    updated: int
    unchanged: int
    conflict_items: tuple[MergeConflict, ...] = ()
    changes: Changes = field(default_factory=Changes)
    #: True when the workshop did not exist and was created whole.
    new_workshop: bool = False

    @property
    def announced(self) -> Changes:
        """What the open views of the workshop are told: re-read it whole (a merge may
        touch any of its rows), with what changed."""
        return Changes(workshop_id=self.workshop_id, workshop=True) | self.changes

    @property
    def conflicts(self) -> list[str]:
        """One English line per conflict (logs, CLI); ``conflict_items`` for other words."""
        return [item.words("en") for item in self.conflict_items]

    def conflict_lines(self, language: str) -> list[str]:
        return [item.words(language) for item in self.conflict_items]

    @property
    def stored_conflicts(self) -> list[MergeConflict]:
        """The conflicts kept in Conflicts (a phase or round kept alive is only said)."""
        return [item for item in self.conflict_items if not item.kept_alive]

    def summary(self, language: str = "en", *, where: bool = True) -> str:
        """One sentence for the CLI and the status bar; ``where=False``: without the menu
        that settles the conflicts (the app's report says where, from where it was made)."""
        from coopatelier.wording import sentence

        key = "merge.summary_created" if self.new_workshop else "merge.summary_merged"
        text = sentence(key, language, {
            "created": self.created, "updated": self.updated, "unchanged": self.unchanged,
        })
        stored = self.stored_conflicts
        if not stored:  # the English line scripts have always read
            text += "."
        else:
            key = "merge.summary_conflicts" if where else "merge.summary_conflicts_counted"
            text += sentence(key, language, {"conflicts": len(stored)})
        # a phase or round kept alive is not in Conflicts: said here, in full
        return " ".join([text, *(item.words(language) for item in self.conflict_items
                                 if item.kept_alive)])

    def words(self, language: str) -> str:
        """The same sentence as :meth:`summary` (the name the CLI and Home use)."""
        return self.summary(language)


def yes_no(value: bool, language: str) -> str:
    """A yes-or-no field's value in words of ``language`` ("Yes", "Oui"), never Python's
    True/False (Conflicts, the import's report)."""
    from coopatelier.wording import sentence

    return sentence("merge.value.yes" if value else "merge.value.no", language, {})


def readable_field(name: str, language: str, entity: str = "") -> str:
    """A column's name as the user reads it ("focal question", "question centrale"; a
    reference as what it points to: "lead organisation", "structure pilote")."""
    from coopatelier.wording import conflict_field

    return conflict_field(entity, name, language)


#: columns that name another row (entity): a conflict shows that row's name, not its id
REFERENCES: dict[str, str] = {
    "organisation_id": "organisations",
    "lead_organisation_id": "organisations",
    "phase_id": "phases",
    "round_id": "vote_rounds",
    "card_id": "cards",
    "target_id": "cards",
    "merged_into_id": "cards",
    "x_driver_id": "cards",
    "y_driver_id": "cards",
    "replaced_by_id": "cards",
    "action_id": "cards",
}


def named(field: str, value: Any, language: str, lookup: Lookup) -> Any:
    """A field's value as a conflict shows it: a reference as the row it names (an
    organisation's name, a card's heading, a round's number and phase), "(removed
    since)" when that row is gone; any other value as it is."""
    target = REFERENCES.get(field)
    if target is None or value is None or value == "":
        return value
    row = lookup.get(target, value)
    if row is None:
        from coopatelier.wording import sentence

        return sentence("merge.value.gone", language, {})
    if target == "cards":
        return _short(row.title or row.text)
    return _label(target, row, language, lookup)


def _short(text: str, limit: int = 40) -> str:
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


def to_json(value: Any) -> Any:
    """A column's value as JSON (conflicts keep both values)."""
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.UTC).isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    return value


def from_json(model: type[Any], name: str, value: Any) -> Any:
    """The column's value back from ``to_json``."""
    if value is None:
        return None
    python_type = model.__table__.c[name].type.python_type
    if python_type is dt.datetime:
        return dt.datetime.fromisoformat(value)
    if python_type is dt.date:
        return dt.date.fromisoformat(value)
    if python_type is uuid.UUID:
        return uuid.UUID(value)
    return value


def _shown(value: Any, limit: int = 60) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    if isinstance(value, list):
        return ", ".join(str(v) for v in value) or "—"
    return _short(str(value), limit)


def _key(*parts: object) -> str:
    return "|".join(str(part) for part in parts)


def rows_of(data: m.WorkshopData) -> Rows:
    """The rows a workshop's values are stored as: entity → row id → column → value (the
    columns a merge compares, ``domain.fields.Entity.merged``)."""
    wid = data.workshop.id
    rows: Rows = {name: {} for name in ENTITIES}

    def put(entity: str, key: object, value: object) -> None:
        rows[entity][str(key)] = convert.row_values(WORKSHOP_ENTITIES[entity], value, wid)

    put("workshops", wid, data.workshop)
    for org in data.organisations:
        put("organisations", org.id, org)
    for person in data.participants:
        put("participants", person.id, person)
    for phase in data.phases:
        put("phases", phase.id, phase)
    for card in data.cards:
        put("cards", card.id, card)
        for index, partner in enumerate(card.partners):
            rows["card_partners"][_key(card.id, partner.organisation_id)] = {
                "card_id": card.id, "organisation_id": partner.organisation_id,
                "role": partner.role, "position": index,
            }
        for index, target in enumerate(card.links):
            rows["card_links"][_key(card.id, target)] = {
                "card_id": card.id, "target_id": target, "position": index,
            }
    for vote_round in data.rounds:
        put("vote_rounds", vote_round.id, vote_round)
    for vote in data.votes:
        put("votes", vote.id, vote)
    if data.axes is not None:
        put("scenario_axes", wid, data.axes)
    return rows


def synthesized_sync(data: m.WorkshopData, device: str) -> SyncState:
    """Stamps for values that came without any (a file of version 1 or 2): each row's
    ``updated_at`` (a vote's creation, a partner's or link's card's) as a stamp of
    ``device``, a device id derived from the file, so the same file gives the same stamps."""
    card_time = {c.id: c.updated_at for c in data.cards}
    rows = rows_of(data)
    result: Stamps = {}
    for entity, by_id in rows.items():
        for row_id, values in by_id.items():
            when = values.get("updated_at") or values.get("created_at")
            if when is None:
                when = card_time[values["card_id"]]
            ms = int(when.timestamp() * 1000)
            result.setdefault(entity, {})[row_id] = {"": stamps.make_stamp(ms, 0, device)}
    greatest = max(
        (s[""] for by_id in result.values() for s in by_id.values()), default=""
    )
    return SyncState(result, {device: greatest} if greatest else {})


def data_device(data: m.WorkshopData) -> str:
    """A device id derived from values that came without stamps: the same values give the
    same id, whatever the order of the rows and of their columns."""
    rows = sorted(
        repr(sorted(row.items())) for by_id in rows_of(data).values() for row in by_id.values()
    )
    return derived_device(repr(rows).encode("utf-8"))


def derived_device(content: bytes) -> str:
    """A device id for stamps derived from a file's content (``synthesized_sync``)."""
    return "f" + hashlib.sha256(content).hexdigest()[:11]


def _columns(row: object) -> dict[str, Any]:
    table = type(row).__table__  # type: ignore[attr-defined]
    return {c.name: getattr(row, c.name) for c in table.columns}


def _eff(row_stamps: dict[str, str], name: str) -> str:
    return row_stamps.get(name, row_stamps.get("", ""))


def _merged_values(
    names: Sequence[str], mine: object | None, s_mine: dict[str, str],
    theirs: dict[str, Any] | None, s_theirs: dict[str, str],
) -> dict[str, Any]:
    """The merged value of fields ``names`` of a row both sides may hold: the side with the
    greater stamp, as the field-by-field merge will write it (a card's phase is the one it
    was last moved to, whichever file says otherwise; a tie keeps this database's)."""
    if mine is None:
        assert theirs is not None
        return {name: theirs[name] for name in names}
    values = {name: getattr(mine, name) for name in names}
    if theirs is not None:
        for name in names:
            if name in theirs and _eff(s_theirs, name) > _eff(s_mine, name):
                values[name] = theirs[name]
    return values


def _revived_stamps(row: dict[str, str], fields: Sequence[str], removal: str) -> dict[str, str]:
    """The stamps of a removed row kept alive: its creation at the removal's stamp (a tie is
    alive), each field keeping the stamp of its last change."""
    result = {name: _eff(row, name) for name in fields if _eff(row, name)}
    result[""] = removal
    return result


def demarche_of(session: Session, workshop_id: uuid.UUID) -> uuid.UUID | None:
    """The démarche a workshop of this database belongs to, if any."""
    return session.scalar(
        select(orm.WorkshopRow.demarche_id).where(orm.WorkshopRow.id == workshop_id)
    )


def load_sync(
    session: Session, workshop_id: uuid.UUID, demarche_id: uuid.UUID | None = None
) -> SyncState:
    """The stamps and version vector of a workshop in this database; for a workshop in a
    démarche (``demarche_id``, else the one it belongs to here), its organisations' stamps
    are the démarche's and the démarche's vector counts too."""
    result = stamps.load_stamps(session, workshop_id)
    seen = stamps.load_seen(session, workshop_id)
    demarche_id = demarche_id or demarche_of(session, workshop_id)
    if demarche_id is not None:
        shared = stamps.load_stamps(session, demarche_id).get("organisations", {})
        result["organisations"] = {**result.get("organisations", {}), **shared}
        for device, stamp in stamps.load_seen(session, demarche_id).items():
            if stamp > seen.get(device, ""):
                seen[device] = stamp
    return SyncState(result, seen)


class _Merge:
    """The field-by-field merge of one scope: a workshop (these defaults), or a démarche's
    own rows (``services.demarche_import``), which sets the class attributes below and the
    hooks ``_local_rows``, ``_their_rows``, ``_local_sync``, ``_after_merge``;
    ``workshop_id`` is then the démarche's id (the scope of its stamps and conflicts)."""

    #: entity → ORM class, parents first; the first is the scope's own row
    entities: ClassVar[dict[str, type[Any]]] = ENTITIES
    parents: ClassVar[dict[str, tuple[tuple[str, str], ...]]] = _PARENTS
    optional: ClassVar[dict[str, tuple[tuple[str, str], ...]]] = _OPTIONAL
    #: rows removed for good whose concurrent edit is reported (a card's removal is a
    #: field, reported by ``_edited_while_removed``)
    reported_removals: ClassVar[frozenset[str]] = frozenset()

    #: the rows a conflict's label names (set by ``run``)
    lookup: Lookup | None = None
    #: entities whose rows the report does not count: a card's partners and links count
    #: with their card; a démarche's organisations, with the démarche's own rows
    uncounted: frozenset[str] = _CHILDREN

    def __init__(
        self, session: Session, incoming: m.WorkshopData, sync: SyncState,
        demarche_id: uuid.UUID | None = None,
    ) -> None:
        self.session = session
        self.incoming = incoming
        self.sync = sync
        self.workshop_id = incoming.workshop.id
        #: the démarche the workshop belongs to here (or, new, is created in: a démarche
        #: file brings it); its organisations are the démarche's
        self.demarche_id = demarche_of(session, self.workshop_id) or demarche_id
        #: the scope of the organisations' stamps
        self.org_scope = self.demarche_id or self.workshop_id
        self.created = 0
        self.updated = 0
        self.unchanged = 0
        self.conflicts: list[MergeConflict] = []
        self.changed: set[str] = set()
        self.changed_phases: set[uuid.UUID] = set()
        self.changed_cards: set[uuid.UUID] = set()

    def _local_rows(self) -> dict[str, dict[str, Any]]:
        """entity → row id → ORM row, for this workshop."""
        session, wid = self.session, self.workshop_id
        result: dict[str, dict[str, Any]] = {}
        for entity, model in self.entities.items():
            if entity == "workshops":
                query: Any = select(model).where(model.id == wid)
            elif entity in ("card_partners", "card_links"):
                query = select(model).join(orm.CardRow, model.card_id == orm.CardRow.id).where(
                    orm.CardRow.workshop_id == wid)
            elif entity == "organisations" and self.demarche_id is not None:
                query = select(model).where(model.demarche_id == self.demarche_id)
            elif entity == "votes":
                query = select(model).join(
                    orm.VoteRoundRow, model.round_id == orm.VoteRoundRow.id
                ).where(orm.VoteRoundRow.workshop_id == wid)
            else:
                query = select(model).where(model.workshop_id == wid)
            query = query.options(lazyload("*"))  # collections: only when a cascade needs
            result[entity] = {stamps.row_key(row): row for row in session.scalars(query)}
        return result

    def run(self) -> bool:
        """Merge everything; True when the workshop was created."""
        session = self.session
        #: removed rows kept alive (``_revive_parents``) → their tombstone's stamp
        self.revived: dict[tuple[str, str], str] = {}
        self._refuse_foreign_ids()
        rank_children(session, self.workshop_id)
        local_rows = self._local_rows()
        is_new = not local_rows[next(iter(self.entities))]
        local = self._local_sync()
        theirs_rows = self._their_rows()
        self.lookup = Lookup(session, theirs_rows)
        theirs = self.sync
        stamps.observe(session, (
            s for by_id in theirs.stamps.values() for row in by_id.values()
            for s in row.values()
        ))

        # 1. which rows live: existence by stamp, then parents first
        alive: dict[str, set[str]] = {}
        existence: dict[tuple[str, str], str] = {}
        #: living rows of this database whose merged parent is another (a card moved)
        reparented: dict[tuple[str, str], dict[str, Any]] = {}
        for entity in self.entities:
            mine_rows, their_rows = local_rows[entity], theirs_rows[entity]
            mine_stamps = local.stamps.get(entity, {})
            their_stamps = theirs.stamps.get(entity, {})
            ids = set(mine_rows) | set(their_rows) | {
                i for i, s in their_stamps.items() if "deleted" in s
            } | {i for i, s in mine_stamps.items() if "deleted" in s}
            living: set[str] = set()
            references = self.parents.get(entity, ())
            # the merged values of the references that decide life, and of those that
            # keep a parent alive (a card's lead: optional, but a concurrent lead keeps it)
            ref_columns = list(dict.fromkeys(
                [column for column, _parent in (*references, *REVIVED.get(entity, ()))]))
            merged_refs: dict[str, dict[str, Any]] = {}
            for row_id in ids:
                verdict = self._existence(
                    row_id in mine_rows, mine_stamps.get(row_id, {}),
                    row_id in their_rows, their_stamps.get(row_id, {}),
                )
                if verdict is None:
                    continue
                is_alive, stamp = verdict
                existence[entity, row_id] = stamp
                if not is_alive:
                    if entity in self.reported_removals:
                        self._edited_while_deleted(
                            local, entity, row_id, mine_rows.get(row_id),
                            mine_stamps.get(row_id, {}), their_rows.get(row_id),
                            their_stamps.get(row_id, {}))
                    continue
                merged_refs[row_id] = _merged_values(
                    ref_columns,
                    mine_rows.get(row_id), mine_stamps.get(row_id, {}),
                    their_rows.get(row_id), their_stamps.get(row_id, {}),
                )
            # a removal never takes with it a row a concurrent change put under it
            for row_id in sorted(merged_refs):
                self._revive_parents(
                    local, entity, row_id, merged_refs[row_id], local_rows, theirs_rows,
                    alive, existence)
            for row_id, values in merged_refs.items():
                if all(str(values[column]) in alive[parent] for column, parent in references):
                    living.add(row_id)
                    mine_row = mine_rows.get(row_id)
                    if mine_row is not None and any(
                        getattr(mine_row, column) != values[column] for column, _p in references
                    ):
                        reparented[entity, row_id] = values
            alive[entity] = living

        # 2. removals, children first; a row that moved to another parent moves first
        # (the database's cascade would take it along with its old parent)
        before_move: dict[tuple[str, str], dict[str, Any]] = {}
        #: parents new here that rows move into: created now, before the moves
        early: set[tuple[str, str]] = set()
        for (entity, _row_id), values in reparented.items():
            for column, parent in self.parents.get(entity, ()):
                parent_id = str(values[column])
                if parent_id not in local_rows[parent] and (parent, parent_id) not in early:
                    early.add((parent, parent_id))
                    session.execute(insert(self.entities[parent].__table__), [
                        self._new_values(parent, theirs_rows[parent][parent_id], alive)])
        for (entity, row_id), values in reparented.items():
            row = local_rows[entity][row_id]
            before_move[entity, row_id] = _columns(row)
            for name, value in values.items():
                setattr(row, name, value)
        if reparented:
            session.flush()
        for entity in reversed(self.entities):
            gone = [i for i in local_rows[entity] if i not in alive[entity]]
            for row_id in gone:
                session.delete(local_rows[entity][row_id])
                self._touched(entity, local_rows[entity][row_id])
            if gone:
                self.updated += len(gone) * (entity not in self.uncounted)
                session.flush()

        # 3. creations and field by field, parents first
        stamp_rows: list[dict[str, Any]] = []
        for entity, model in self.entities.items():
            table = model.__table__
            fields = stamps.stamped_fields(table)
            mine_stamps = local.stamps.get(entity, {})
            their_stamps = theirs.stamps.get(entity, {})
            # tombstones: the greatest removal stamp, kept even without the row
            for (e, row_id), stamp in existence.items():
                if e != entity or row_id in alive[entity]:
                    continue
                if mine_stamps.get(row_id, {}).get("deleted") != stamp and (
                    row_id in theirs_rows[entity] or row_id in local_rows[entity]
                    or "deleted" in their_stamps.get(row_id, {})
                ):
                    stamp_rows.append(self._stamp_row(entity, row_id, "deleted", stamp))
            created: list[dict[str, Any]] = []
            for row_id in sorted(alive[entity]):
                mine_row = local_rows[entity].get(row_id)
                their_values = theirs_rows[entity].get(row_id)
                s_mine = mine_stamps.get(row_id, {}) if mine_row is not None else {}
                s_theirs = their_stamps.get(row_id, {}) if their_values is not None else {}
                old = {k: v for k, v in s_mine.items() if k != "deleted"}
                removal = self.revived.get((entity, row_id))
                if removal is not None:  # created again at its tombstone's stamp
                    stamps.forget_row_stamps(session.connection(), entity, [row_id])
                    old = {}
                    s_mine = _revived_stamps(s_mine, fields, removal) if s_mine else {}
                    s_theirs = _revived_stamps(s_theirs, fields, removal) if s_theirs else {}
                if mine_row is None:
                    assert their_values is not None
                    if removal is None and mine_stamps.get(row_id):
                        # this database's tombstone, outlived (a row another laptop kept
                        # alive at its removal's stamp): the row is written anew
                        stamps.forget_row_stamps(session.connection(), entity, [row_id])
                    values = self._new_values(entity, their_values, alive)
                    if (entity, row_id) not in early:
                        created.append(values)
                    self.created += entity not in self.uncounted
                    self._touched(entity, values)
                    stamp_rows.extend(
                        self._stamp_row(entity, row_id, name, stamp)
                        for name, stamp in s_theirs.items() if name != "deleted"
                    )
                    continue
                if their_values is not None and s_mine == s_theirs and all(
                    getattr(mine_row, name) == their_values.get(name, getattr(mine_row, name))
                    for name in fields
                ):  # the same change on both sides (the common case of a re-import)
                    self.unchanged += entity not in self.uncounted
                    continue
                mine_values = before_move.get((entity, row_id)) or _columns(mine_row)
                result = dict(mine_values)
                result_stamps: dict[str, str] = {}
                if their_values is not None:
                    base = max(s_mine.get("", ""), s_theirs.get("", ""))
                    for name in fields:
                        if name not in their_values:  # a column files do not carry
                            if name in s_mine:
                                result_stamps[name] = s_mine[name]
                            continue
                        a, b = _eff(s_mine, name), _eff(s_theirs, name)
                        mine_value, their_value = mine_values[name], their_values[name]
                        if b > a:
                            result[name] = their_value
                        if mine_value != their_value and not (
                            a == b and entity in _CHILDREN and name == "position"
                        ) and self._concurrent(local, a, b):  # (a rank: see rank_children)
                            self._conflict(entity, row_id, name, mine_row, mine_value,
                                           a, their_value, b)
                        winner = max(a, b)
                        if winner != base:
                            result_stamps[name] = winner
                    if base:
                        result_stamps[""] = base
                    if entity == "cards":
                        self._edited_while_removed(local, mine_row, fields, mine_values,
                                                   their_values, s_mine, s_theirs, result)
                else:
                    result_stamps = {k: v for k, v in s_mine.items() if k != "deleted"}
                result = self._optional_refs(entity, result, alive)
                changed = [n for n in fields if result[n] != mine_values[n]]
                for name in changed:
                    setattr(mine_row, name, result[name])
                if changed:
                    if "updated_at" in result and their_values is not None:
                        mine_row.updated_at = max(mine_values["updated_at"],
                                                  their_values["updated_at"])
                    self.updated += entity not in self.uncounted
                    self._touched(entity, result)
                else:
                    self.unchanged += entity not in self.uncounted
                if result_stamps != old:
                    stamps.forget_row_stamps(session.connection(), entity, [row_id])
                    stamp_rows.extend(
                        self._stamp_row(entity, row_id, name, stamp)
                        for name, stamp in result_stamps.items()
                    )
            session.flush()
            if created:  # new rows in one statement per table (5,000 cards from a table)
                session.execute(insert(table), created)
        stamps.write_stamps(session.connection(), stamp_rows)
        vector = dict(theirs.seen)
        for by_id in theirs.stamps.values():
            for row in by_id.values():
                for stamp in row.values():
                    device = stamps.stamp_device(stamp)
                    if stamp > vector.get(device, ""):
                        vector[device] = stamp
        stamps.raise_seen(session.connection(), self.workshop_id, vector)
        if self.demarche_id is not None:  # the shared organisations' changes seen too
            stamps.raise_seen(session.connection(), self.demarche_id, vector)
        self._store_conflicts()
        self._after_merge()
        return is_new

    def _new_values(
        self, entity: str, their_values: dict[str, Any], alive: dict[str, set[str]]
    ) -> dict[str, Any]:
        """The columns of a row created from the file."""
        values = self._optional_refs(entity, dict(their_values), alive)
        if entity == "workshops":
            values["demarche_id"] = self.demarche_id
        elif entity == "organisations":  # into the list the workshop uses
            values["demarche_id"] = self.demarche_id
            if self.demarche_id is not None:
                values["workshop_id"] = None
        return values

    def _revive_parents(
        self, local: SyncState, entity: str, row_id: str, values: dict[str, Any],
        local_rows: dict[str, dict[str, Any]], theirs_rows: Rows,
        alive: dict[str, set[str]], existence: dict[tuple[str, str], str],
    ) -> None:
        """A living row (a card, a vote) whose parent (its phase, its round) was removed
        by a side that had not seen the row put there: the parent is kept, its tombstone
        overridden by a creation stamp equal to it (a tie is alive), and the removal
        reported. Every laptop decides the same from the same stamps, so they converge."""
        for column, parent in REVIVED.get(entity, ()):
            if values[column] is None:  # an optional reference left empty (no lead)
                continue
            parent_id = str(values[column])
            removal = existence.get((parent, parent_id))
            if parent_id in alive[parent] or removal is None:
                continue
            mine_row = local_rows[parent].get(parent_id)
            their_values = theirs_rows[parent].get(parent_id)
            if (mine_row is None and their_values is None) or not all(
                str(getattr(mine_row, c) if mine_row is not None else their_values[c])  # type: ignore[index]
                in alive[p] for c, p in self.parents.get(parent, ())
            ):
                continue  # nothing to keep, or the parent's own parent is gone
            s_mine = local.stamps.get(entity, {}).get(row_id, {})
            s_theirs = self.sync.stamps.get(entity, {}).get(row_id, {})
            ref_mine = _eff(s_mine, column) if row_id in local_rows[entity] else ""
            ref_theirs = _eff(s_theirs, column) if row_id in theirs_rows[entity] else ""
            ref = max(ref_mine, ref_theirs)
            removers = [
                seen for seen, holder in ((local.seen, local), (self.sync.seen, self.sync))
                if holder.stamps.get(parent, {}).get(parent_id, {}).get("deleted") == removal
            ]
            device = stamps.stamp_device(ref)
            if not ref or not removers or device == stamps.stamp_device(removal) or any(
                seen.get(device, "") >= ref for seen in removers
            ):
                continue  # the remover had seen the row there (it died with its parent)
            alive[parent].add(parent_id)
            self.revived[parent, parent_id] = removal
            row = mine_row if mine_row is not None else _Values(their_values or {})
            label, label_fr = self._labels(parent, row)
            self.conflicts.append(MergeConflict(
                entity=parent, row_id=parent_id, field="deleted", label=label,
                label_fr=label_fr, kept=_shown(label), other="—",
                file_won=mine_row is None, kept_alive=True, kept_for=column,
            ))

    def _their_rows(self) -> Rows:
        return rows_of(self.incoming)

    def _labels(self, entity: str, row: Any) -> tuple[str, str]:
        """What a conflict is about in both languages (``MergeConflict.label``,
        ``label_fr``), read from this database or the file."""
        english = _label(entity, row, "en", self.lookup)
        french = _label(entity, row, "fr", self.lookup)
        return english, french if french != english else ""

    def _local_sync(self) -> SyncState:
        return load_sync(self.session, self.workshop_id, self.demarche_id)

    def _after_merge(self) -> None:
        # people and organisations of one name become one: a change like any other
        session = self.session
        session.info[stamps.MERGING] = False
        if unify_people(session, self.workshop_id):
            self.changed.update({"organisations", "participants"})
        self.changed_phases.update(renumber_phases(session, self.workshop_id))
        session.info[stamps.MERGING] = True
        rank_children(session, self.workshop_id)

    def _edited_while_deleted(
        self, local: SyncState, entity: str, row_id: str, mine: Any,
        s_mine: dict[str, str], theirs: dict[str, Any] | None, s_theirs: dict[str, str],
    ) -> None:
        """A row deleted on one side and edited on the other, unaware of the deletion: it
        stays deleted, and the edited row is kept in the conflict (taking the other value
        brings it back)."""
        if mine is not None and "deleted" in s_theirs:
            edited, values, removal = s_mine, _columns(mine), s_theirs["deleted"]
            edit = max((s for k, s in edited.items() if k not in ("", "deleted")), default="")
            concurrent = bool(edit) and self._concurrent(local, edit, removal)
            file_won = True
        elif theirs is not None and "deleted" in s_mine:
            edited, values, removal = s_theirs, theirs, s_mine["deleted"]
            edit = max((s for k, s in edited.items() if k not in ("", "deleted")), default="")
            concurrent = bool(edit) and self._concurrent(local, removal, edit)
            file_won = False
        else:
            return
        if not concurrent:
            return
        row = mine if mine is not None else _Values(values)
        label, label_fr = self._labels(entity, row)
        self.conflicts.append(MergeConflict(
            entity=entity, row_id=row_id, field="deleted", label=label, label_fr=label_fr,
            kept="—", other=_shown(row_summary(entity, values, self.session)),
            file_won=file_won, removed=True,
        ))
        self._keep(entity, row_id, "deleted", None, removal,
                   {k: to_json(v) for k, v in values.items()}, edit)

    @staticmethod
    def _existence(
        mine: bool, s_mine: dict[str, str], theirs: bool, s_theirs: dict[str, str]
    ) -> tuple[bool, str] | None:
        """(alive, stamp of that state) of a row, or None when neither side knows it."""
        sides = []
        if mine:
            sides.append((s_mine.get("", ""), 1))
        elif "deleted" in s_mine:
            sides.append((s_mine["deleted"], 0))
        if theirs:
            sides.append((s_theirs.get("", ""), 1))
        elif "deleted" in s_theirs:
            sides.append((s_theirs["deleted"], 0))
        if not sides:
            return None
        stamp, is_alive = max(sides)  # on a tie, alive
        return bool(is_alive), stamp

    def _concurrent(self, local: SyncState, a: str, b: str) -> bool:
        """Neither side had seen the other's stamp of the field."""
        if not a or not b or a == b:
            return a == b and bool(a)  # one stamp, two values: a file edited by hand
        return (
            self.sync.seen.get(stamps.stamp_device(a), "") < a
            and local.seen.get(stamps.stamp_device(b), "") < b
        )

    def _optional_refs(
        self, entity: str, values: dict[str, Any], alive: dict[str, set[str]]
    ) -> dict[str, Any]:
        for column, target in self.optional.get(entity, ()):
            if values[column] is not None and str(values[column]) not in alive[target]:
                values[column] = None
        return values

    def _stamp_row(self, entity: str, row_id: str, name: str, stamp: str) -> dict[str, Any]:
        scope = self.org_scope if entity == "organisations" else self.workshop_id
        return {"entity": entity, "row_id": row_id, "field": name,
                "workshop_id": scope, "stamp": stamp}

    def _touched(self, entity: str, values: Any) -> None:
        def get(name: str) -> uuid.UUID:
            found = values.get(name) if isinstance(values, dict) else getattr(values, name)
            assert isinstance(found, uuid.UUID)
            return found

        self.changed.add(entity)
        if entity == "phases":
            self.changed_phases.add(get("id"))
        elif entity == "cards":
            self.changed_cards.add(get("id"))
        elif entity in ("card_partners", "card_links", "votes"):
            self.changed_cards.add(get("card_id"))

    def _conflict(self, entity: str, row_id: str, name: str, row: Any, mine: Any,
                  a: str, theirs: Any, b: str) -> None:
        file_won = b > a
        kept, other = (theirs, mine) if file_won else (mine, theirs)
        label, label_fr = self._labels(entity, row)
        lookup = self.lookup or Lookup(self.session)
        shown = {language: (_shown(named(name, kept, language, lookup)),
                            _shown(named(name, other, language, lookup)))
                 for language in ("en", "fr")}
        french = shown["fr"] if shown["fr"] != shown["en"] else ("", "")
        self.conflicts.append(MergeConflict(
            entity=entity, row_id=row_id, field=name, label=label, label_fr=label_fr,
            kept=shown["en"][0], other=shown["en"][1], file_won=file_won,
            boolean=isinstance(kept, bool) or isinstance(other, bool),
            kept_fr=french[0], other_fr=french[1],
        ))
        self._keep(entity, row_id, name, kept, max(a, b), other, min(a, b))

    def _edited_while_removed(
        self, local: SyncState, row: Any, fields: list[str], mine: dict[str, Any],
        theirs: dict[str, Any], s_mine: dict[str, str], s_theirs: dict[str, str],
        result: dict[str, Any],
    ) -> None:
        """A card deleted or merged on one side and edited on the other, unaware of it: the
        edit lands in the removed card, and the removal is reported (taking the other
        value, none, brings the card back)."""
        for removal in REMOVALS:
            if result[removal] is None:
                continue
            a, b = _eff(s_mine, removal), _eff(s_theirs, removal)
            removed_there = b > a
            for name in fields:
                if name in (*REMOVALS, "position") or mine[name] == theirs.get(name, mine[name]):
                    continue
                if removed_there:
                    edit, concurrent = _eff(s_mine, name), self._concurrent(
                        local, _eff(s_mine, name), b)
                else:
                    edit, concurrent = _eff(s_theirs, name), self._concurrent(
                        local, a, _eff(s_theirs, name))
                if concurrent and edit > max(s_mine.get("", ""), s_theirs.get("", "")):
                    label, label_fr = self._labels("cards", row)
                    self.conflicts.append(MergeConflict(
                        entity="cards", row_id=str(row.id), field=removal, label=label,
                        label_fr=label_fr, kept=_shown(result[removal]),
                        other="—", file_won=removed_there, removed=True,
                    ))
                    self._keep("cards", str(row.id), removal, result[removal], max(a, b),
                               None, min(a, b))
                    return

    def _keep(self, entity: str, row_id: str, name: str, kept: Any, kept_stamp: str,
              other: Any, other_stamp: str) -> None:
        self._stored.append({
            "id": uuid.uuid4(), "workshop_id": self.workshop_id, "entity": entity,
            "row_id": row_id, "field": name, "kept_value": to_json(kept),
            "kept_stamp": kept_stamp, "other_value": to_json(other),
            "other_stamp": other_stamp, "resolved": False,
            "created_at": dt.datetime.now(dt.UTC),
        })

    _stored: list[dict[str, Any]]

    def _store_conflicts(self) -> None:
        table = orm.MergeConflictRow.__table__
        assert isinstance(table, Table)
        conn = self.session.connection()
        for row in self._stored:
            conn.execute(table.delete().where(
                table.c.entity == row["entity"], table.c.row_id == row["row_id"],
                table.c.field == row["field"], table.c.resolved.is_(False),
            ))
            conn.execute(table.insert().values(**row))

    # --- helpers ------------------------------------------------------------------------

    def _refuse_foreign_ids(self) -> None:
        """An id of the file that another workshop of this database already uses would make
        the merge touch that workshop: refuse the file before writing anything."""
        incoming = self.incoming
        checks: list[tuple[str, type[Any], Any, Sequence[uuid.UUID]]] = [
            ("phases", orm.PhaseRow, orm.PhaseRow.workshop_id, [p.id for p in incoming.phases]),
            ("organisations", orm.OrganisationRow, orm.OrganisationRow.workshop_id,
             [o.id for o in incoming.organisations]),
            ("participants", orm.ParticipantRow, orm.ParticipantRow.workshop_id,
             [p.id for p in incoming.participants]),
            ("cards", orm.CardRow, orm.CardRow.workshop_id, [c.id for c in incoming.cards]),
            ("vote_rounds", orm.VoteRoundRow, orm.VoteRoundRow.workshop_id,
             [r.id for r in incoming.rounds]),
        ]
        for section, model, workshop_column, ids in checks:
            self._check_ids(section, model.id, workshop_column, ids, None)
        self._check_shared_organisations([o.id for o in incoming.organisations])
        self._check_ids(
            "votes", orm.VoteRow.id, orm.VoteRoundRow.workshop_id,
            [v.id for v in incoming.votes], orm.VoteRoundRow,
        )

    def _check_ids(
        self, section: str, id_column: Any, workshop_column: Any,
        ids: Sequence[uuid.UUID], join: type[Any] | None,
    ) -> None:
        index = {value: position for position, value in enumerate(ids)}
        for chunk in _chunks(ids):
            query = select(id_column, workshop_column).where(id_column.in_(chunk))
            if join is not None:
                query = query.select_from(orm.VoteRow).join(
                    join, orm.VoteRow.round_id == orm.VoteRoundRow.id
                )
            clashes = sorted(
                index[row_id] for row_id, owner in self.session.execute(query)
                # a démarche's organisation (no workshop) is checked on its own
                if owner != self.workshop_id and not (section == "organisations" and owner is None)
            )
            if clashes:
                raise ValidationError(
                    f"{section}[{clashes[0]}].id", "id_elsewhere", id=ids[clashes[0]]
                )

    def _check_shared_organisations(self, ids: Sequence[uuid.UUID]) -> None:
        """An organisation of the file that belongs to a démarche is the workshop's only
        when the workshop belongs to that démarche."""
        index = {value: position for position, value in enumerate(ids)}
        for chunk in _chunks(ids):
            query = select(orm.OrganisationRow.id, orm.OrganisationRow.demarche_id).where(
                orm.OrganisationRow.id.in_(chunk), orm.OrganisationRow.demarche_id.is_not(None)
            )
            clashes = sorted(
                index[row_id] for row_id, owner in self.session.execute(query)
                if owner != self.demarche_id
            )
            if clashes:
                raise ValidationError(
                    f"organisations[{clashes[0]}].id", "id_elsewhere", id=ids[clashes[0]]
                )


def unify_people(session: Session, workshop_id: uuid.UUID) -> bool:
    """Make organisations, then participants, that are the same by ``name_key`` one: the
    one with the smallest id stays (every laptop picks the same), empty fields filled from
    the others; leads, partner roles and participants' organisations follow. A workshop in
    a démarche unifies the démarche's list, and the references of all its workshops (and
    of its members) follow. True when something changed."""
    orgs = session.scalars(select(orm.OrganisationRow).where(
        organisation_scope(session, workshop_id)).order_by(orm.OrganisationRow.id)).all()
    survivor: dict[str, orm.OrganisationRow] = {}
    moved: dict[uuid.UUID, uuid.UUID] = {}
    for org in orgs:
        kept = survivor.setdefault(name_key(org.name), org)
        if kept is not org:
            moved[org.id] = kept.id
    people = session.scalars(select(orm.ParticipantRow).where(
        orm.ParticipantRow.workshop_id == workshop_id).order_by(orm.ParticipantRow.id)).all()
    if moved:
        demarche_id = demarche_of(session, workshop_id)
        sharing = [workshop_id] if demarche_id is None else list(session.scalars(
            select(orm.WorkshopRow.id).where(orm.WorkshopRow.demarche_id == demarche_id)))
        for person in session.scalars(select(orm.ParticipantRow).where(
                orm.ParticipantRow.workshop_id.in_(sharing))):
            if person.organisation_id in moved:
                person.organisation_id = moved[person.organisation_id]
        if demarche_id is not None:
            for member in session.scalars(select(orm.DemarcheMemberRow).where(
                    orm.DemarcheMemberRow.organisation_id.in_(list(moved)))):
                member.organisation_id = moved[member.organisation_id]  # type: ignore[index]
        cards = session.scalars(select(orm.CardRow).where(
            orm.CardRow.workshop_id.in_(sharing))).all()
        for card in cards:
            if card.lead_organisation_id in moved:
                card.lead_organisation_id = moved[card.lead_organisation_id]
            partners = {p.organisation_id: p for p in card.partners}
            for partner in list(card.partners):
                target = moved.get(partner.organisation_id)
                if target is None:
                    continue
                card.partners.remove(partner)
                if target not in partners:
                    session.flush()
                    replacement = orm.CardPartnerRow(
                        organisation_id=target, role=partner.role, position=partner.position
                    )
                    card.partners.append(replacement)
                    partners[target] = replacement
        session.flush()
        for org in orgs:
            if org.id in moved:
                session.delete(org)
    same: dict[str, orm.ParticipantRow] = {}
    gone = False
    for person in people:
        kept_person = same.setdefault(name_key(person.name), person)
        if kept_person is person:
            continue
        for name in ("organisation_id", "role", "table_label"):
            if not getattr(kept_person, name) and getattr(person, name):
                setattr(kept_person, name, getattr(person, name))
        session.delete(person)
        gone = True
    session.flush()
    return bool(moved) or gone


def rank_children(session: Session, workshop_id: uuid.UUID) -> None:
    """A card's partner roles and links at positions 0, 1, 2… in (position, key) order,
    without stamps. A file carries them as lists, so a row's position there is its rank:
    the stored one becomes its rank too (a merge that deletes a row leaves a gap), and
    the same position stamped with two ranks (two laptops holding different rows of the
    card) is one value, never a conflict. Every laptop orders them alike."""
    partners = session.scalars(
        select(orm.CardPartnerRow).join(orm.CardRow).where(orm.CardRow.workshop_id == workshop_id)
        .order_by(orm.CardPartnerRow.card_id, orm.CardPartnerRow.position,
                  orm.CardPartnerRow.organisation_id)
    ).all()
    links = session.scalars(
        select(orm.CardLinkRow).join(orm.CardRow, orm.CardLinkRow.card_id == orm.CardRow.id)
        .where(orm.CardRow.workshop_id == workshop_id)
        .order_by(orm.CardLinkRow.card_id, orm.CardLinkRow.position, orm.CardLinkRow.target_id)
    ).all()
    for rows in (partners, links):
        rank: dict[uuid.UUID, int] = {}
        for row in rows:
            index = rank[row.card_id] = rank.get(row.card_id, -1) + 1
            if row.position != index:
                row.position = index
    session.flush()


def renumber_phases(session: Session, workshop_id: uuid.UUID) -> set[uuid.UUID]:
    """Two phases at one position (added or moved on two laptops) get places of their own:
    every phase renumbered in (position, id) order, the same on every laptop. The ids of
    the phases moved."""
    phases = session.scalars(
        select(orm.PhaseRow).where(orm.PhaseRow.workshop_id == workshop_id)
        .order_by(orm.PhaseRow.position, orm.PhaseRow.id)
    ).all()
    if len({p.position for p in phases}) == len(phases):
        return set()
    moved = set()
    for index, phase in enumerate(phases):
        if phase.position != index:
            phase.position = index
            moved.add(phase.id)
    session.flush()
    return moved


class Lookup:
    """Finds the rows a label names (a round's phase, a partner's organisation and
    action): in the database, then, during a merge, among the file's rows."""

    def __init__(self, session: Session | None, rows: Rows | None = None) -> None:
        self.session = session
        self.rows = rows or {}

    def get(self, entity: str, row_id: object) -> Any | None:
        if row_id is None:
            return None
        key = str(row_id)
        if self.session is not None:
            model = ENTITIES.get(entity)
            if model is not None:
                with self.session.no_autoflush:
                    found = self.session.get(model, uuid.UUID(key))
                if found is not None:
                    return found
        values = self.rows.get(entity, {}).get(key)
        return _Values(values) if values is not None else None

    def round_number(self, round_: Any) -> int:
        """The round's place among its phase's rounds, from 1 (as the voting panel numbers
        them: by creation)."""
        created: dict[str, dt.datetime] = {}
        if self.session is not None:
            table = orm.VoteRoundRow
            with self.session.no_autoflush:
                for found in self.session.scalars(
                        select(table).where(table.phase_id == round_.phase_id)):
                    created[str(found.id)] = _aware(found.created_at)
        for key, values in self.rows.get("vote_rounds", {}).items():
            if values.get("phase_id") == round_.phase_id:
                created.setdefault(key, _aware(values["created_at"]))
        created.setdefault(str(round_.id), _aware(round_.created_at))
        ordered = sorted(created, key=lambda key: (created[key], key))
        return ordered.index(str(round_.id)) + 1


def _aware(moment: dt.datetime) -> dt.datetime:
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=dt.UTC)


def _label(entity: str, row: Any, language: str = "en", lookup: Lookup | None = None) -> str:
    """What a conflict is about, as the facilitator knows it: a card's heading, a round's
    number and phase, a partner's organisation and action, a link's two cards…; worded
    in ``language`` where words are needed (``wording``), its rows found with ``lookup``."""
    from coopatelier.wording import sentence

    find = lookup or Lookup(object_session(row) if not isinstance(row, _Values) else None)

    def heading(card_id: object) -> str:
        card = find.get("cards", card_id)
        return _short(card.title or card.text) if card is not None else "…"

    def name(org_id: object) -> str:
        org = find.get("organisations", org_id)
        return _short(org.name) if org is not None else "…"

    if entity == "cards":  # its phase keeps two cards of one text apart, as the room knows them
        phase = find.get("phases", row.phase_id)
        if phase is None:
            return _short(row.title or row.text)
        return sentence("merge.label.card", language, {
            "card": _short(row.title or row.text),
            "phase": _label("phases", phase, language, find)})
    if entity == "phases":
        return _short(row.title) if row.title else sentence(
            "merge.label.phase", language, {"number": (row.position or 0) + 1})
    if entity == "vote_rounds":
        phase = find.get("phases", row.phase_id)
        params = {"number": find.round_number(row), "title": _short(row.title),
                  "phase": _label("phases", phase, language, find) if phase else "…"}
        key = "merge.label.round_titled" if row.title else "merge.label.round"
        return sentence(key, language, params)
    if entity in ("workshops", "demarches"):
        return _short(row.title)
    if entity in ("organisations", "participants"):
        return _short(row.name)
    if entity == "card_partners":
        return sentence("merge.label.partner", language, {
            "organisation": name(row.organisation_id), "action": heading(row.card_id)})
    if entity == "card_links":
        return sentence("merge.label.link", language, {
            "card": heading(row.card_id), "target": heading(row.target_id)})
    if entity == "votes":
        round_ = find.get("vote_rounds", row.round_id)
        return sentence("merge.label.vote", language, {
            "card": heading(row.card_id),
            "round": _label("vote_rounds", round_, language, find) if round_ else "…"})
    if entity == "scenario_axes":
        return sentence("merge.label.scenario_axes", language, {})
    if entity == "demarche_decisions":
        return _short(row.text)
    if entity == "demarche_members":
        return _short(row_summary(entity, {
            "person_name": row.person_name, "organisation_id": row.organisation_id,
        }, find.session))
    return stamps.row_key(row)[:17]


class _Values:
    """A row's values (a dict) read as attributes, for ``_label``."""

    def __init__(self, values: dict[str, Any]) -> None:
        self.__dict__.update(values)


def row_summary(entity: str, values: dict[str, Any], session: Session | None = None) -> str:
    """A row's values in a few words (the other value of an edit made while it was
    deleted): a member's person (or organisation, read with ``session``) and role, a
    decision's text."""
    if entity == "demarche_members":
        who = values.get("person_name") or ""
        org_id = values.get("organisation_id")
        if not who and org_id and session is not None:
            org = session.get(orm.OrganisationRow, uuid.UUID(str(org_id)))
            who = org.name if org is not None else ""
        role = values.get("collective_role") or ""
        return " — ".join(part for part in (who, role) if part)
    if entity == "demarche_decisions":
        return str(values.get("text") or "")
    return ", ".join(str(v) for k, v in sorted(values.items()) if isinstance(v, str) and v)


def _chunks(values: Sequence[uuid.UUID]) -> Iterable[Sequence[uuid.UUID]]:
    for start in range(0, len(values), _CHUNK):
        yield values[start : start + _CHUNK]


def merge_workshop(
    store: Store, incoming: m.WorkshopData, sync: SyncState | None = None
) -> ImportReport:
    """Create or merge ``incoming`` (validated values, e.g. from a workshop file) in one
    unit of work, and report what it did. ``sync``: the stamps and version vector that
    came with the values (a workshop file of version 3); without them each row's
    ``updated_at`` is its stamp (``synthesized_sync``)."""
    with store.unit_of_work() as uow:
        report = merge_workshop_in(uow.session, incoming, sync=sync)
        uow.commit()
    return report


def merge_workshop_in(
    session: Session, incoming: m.WorkshopData, demarche_id: uuid.UUID | None = None,
    sync: SyncState | None = None, *, organisations_counted: bool = False,
) -> ImportReport:
    """``merge_workshop`` inside the caller's unit of work (a démarche file merges its
    workshops in its own); ``demarche_id``: the démarche a new workshop belongs to;
    ``organisations_counted``: the caller's report counts the organisations already."""
    if sync is None:
        sync = synthesized_sync(incoming, data_device(incoming))
    if demarche_id is None:
        demarche_id = joining_demarche(session, incoming)
    was_merging = session.info.get(stamps.MERGING, False)
    session.info[stamps.MERGING] = True
    try:
        merge = _Merge(session, incoming, sync, demarche_id)
        merge._stored = []
        if organisations_counted:
            merge.uncounted = _CHILDREN | {"organisations"}
        created_workshop = merge.run()
    finally:
        session.info[stamps.MERGING] = was_merging
    # cards that came into a phase with a voting round take its next numbers (numbers do
    # not travel: each laptop keeps its own)
    arrived = [i for i in merge.changed_cards if i is not None]
    number_arrivals(session, {
        phase_id
        for chunk in _chunks(arrived)
        for phase_id in session.scalars(
            select(orm.CardRow.phase_id).where(orm.CardRow.id.in_(chunk))
        )
    })
    workshop_id = incoming.workshop.id
    shared = merge.demarche_id is not None and bool(
        {"organisations", "participants", "cards"} & merge.changed
    )
    changes = Changes(
        workshop_id=workshop_id,
        # the démarche's shared organisations: every workshop of it refreshes them
        demarche_id=merge.demarche_id if shared else None,
        workshop="workshops" in merge.changed,
        phases=frozenset(merge.changed_phases),
        cards=frozenset(i for i in merge.changed_cards if i is not None),
        organisations="organisations" in merge.changed,
        participants="participants" in merge.changed,
        votes=bool({"votes", "vote_rounds"} & merge.changed),
        created=(workshop_id,) if created_workshop else (),
    )
    return ImportReport(
        workshop_id=workshop_id,
        created=merge.created,
        updated=merge.updated,
        unchanged=merge.unchanged,
        conflict_items=tuple(merge.conflicts),
        changes=changes,
        new_workshop=created_workshop,
    )


def joining_demarche(session: Session, incoming: m.WorkshopData) -> uuid.UUID | None:
    """The démarche a workshop new here joins: the one its file names, or, for a file that
    names none, the démarche whose shared organisations the file's are. Its organisations
    then merge into the démarche's list, unified by name (``unify_people``): leads and
    partners follow. A démarche this database does not have: a point d'étape (phases that
    work on the démarche) is refused, its démarche's file comes first; another workshop
    comes alone, in no démarche."""
    if session.get(orm.WorkshopRow, incoming.workshop.id) is not None:
        return None  # a workshop here stays where it is
    named = incoming.workshop.demarche_id
    if named is not None:
        if session.get(orm.DemarcheRow, named) is not None:
            return named
        if any(p.demarche_focus for p in incoming.phases):
            raise ValidationError("demarche", "demarche_not_here")
    ids = [o.id for o in incoming.organisations]
    owners: set[uuid.UUID] = set()
    for chunk in _chunks(ids):
        owners.update(d for d in session.scalars(
            select(orm.OrganisationRow.demarche_id).where(
                orm.OrganisationRow.id.in_(chunk), orm.OrganisationRow.demarche_id.is_not(None))
        ) if d is not None)
    return owners.pop() if len(owners) == 1 else None


def export_sync(store: Store, workshop_id: uuid.UUID) -> SyncState:
    """The stamps and version vector a workshop file carries."""
    with store.unit_of_work() as uow:
        return load_sync(uow.session, workshop_id)


__all__ = [
    "ImportReport",
    "MergeConflict",
    "SyncState",
    "data_device",
    "derived_device",
    "export_sync",
    "merge_workshop",
    "merge_workshop_in",
    "rows_of",
    "synthesized_sync",
]
