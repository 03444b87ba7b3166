"""Use case: bring a whole démarche (read from a démarche file) into the database, in one
unit of work.

- the démarche's own rows — its details, its shared organisations, the members and
  decisions of the collective — merge field by field with the rules of a workshop
  (``services.imports._Merge`` in the démarche's scope): each field takes the value with
  the greater stamp, a deletion is a tombstone that travels, two values written unaware of
  each other are a conflict kept in ``merge_conflicts`` (the démarche's Conflicts), and a
  member or decision edited on one laptop while deleted on the other is reported;
- each workshop merges as a workshop file does (``services.imports``: field by field, with
  the stamps its workshop document carries, the shared organisations' too); one already
  here outside any démarche joins it (its organisations unified by name, as ``attach``);
- what the file brings is not stamped as this laptop's change (the merge writes the
  file's stamps); a file of version 1 gets stamps from each row's ``updated_at``, of a
  device derived from its bytes (``demarche_sync_from``), as old workshop files do;
- history entries are added once by id: they are never rewritten, so a union is the merge.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar

from sqlalchemy import select
from sqlalchemy.orm import Session, lazyload

from coopatelier.domain import demarche as dm
from coopatelier.domain import model as m
from coopatelier.errors import ValidationError
from coopatelier.services.changes import Changes
from coopatelier.services.demarches import attach_in
from coopatelier.services.imports import (
    ImportReport,
    MergeConflict,
    Rows,
    Stamps,
    SyncState,
    _Merge,
    derived_device,
    merge_workshop_in,
)
from coopatelier.storage import orm, stamps
from coopatelier.storage.store import Store
from coopatelier.wording import sentence

if TYPE_CHECKING:
    from coopatelier.exchange.demarche_file import DemarcheDocument

#: a démarche's own rows, merged in its scope: entity → ORM class, parents first
DEMARCHE_ENTITIES: dict[str, type[Any]] = {
    "demarches": orm.DemarcheRow,
    "organisations": orm.OrganisationRow,
    "demarche_members": orm.DemarcheMemberRow,
    "demarche_decisions": orm.DemarcheDecisionRow,
}


@dataclass
class DemarcheImportReport:
    demarche_id: uuid.UUID
    title: str
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    #: the démarche's own rows' conflicts (its workshops' are in their reports)
    conflict_items: list[MergeConflict] = field(default_factory=list)
    workshops: list[ImportReport] = field(default_factory=list)
    new_demarche: bool = False
    changes: Changes = field(default_factory=Changes)

    def announcements(self) -> list[Changes]:
        """What the open views are told, in this order: each workshop merged (re-read
        whole), then the démarche itself, last."""
        return [*(report.announced for report in self.workshops),
                Changes(demarche_id=self.demarche_id, demarche=True, workshop=True)
                | self.changes]

    @property
    def conflicts(self) -> list[str]:
        """One English line per conflict of the démarche's own rows."""
        return [item.words("en") for item in self.conflict_items]

    def summary(self) -> str:
        """One sentence in English (the CLI's words under an English locale)."""
        return self.words("en")

    def words(self, language: str, *, where: bool = True) -> str:
        """One sentence for the CLI in ``language``; ``where=False``: without the menus
        that settle the conflicts (the app's report says where)."""
        key = "import.demarche_created" if self.new_demarche else "import.demarche_merged"
        counts = {
            "title": self.title, "workshops": len(self.workshops),
            "created": self.created + sum(r.created for r in self.workshops),
            "updated": self.updated + sum(r.updated for r in self.workshops),
            "unchanged": self.unchanged + sum(r.unchanged for r in self.workshops),
        }
        conflicts = len(self.all_items())
        text = sentence(key, language, counts)
        if not conflicts:
            return text + "."
        key = "import.demarche_conflicts" if where else "import.demarche_conflicts_counted"
        return text + sentence(key, language, {"count": conflicts})

    def all_items(self) -> list[MergeConflict]:
        return [*self.conflict_items, *(c for r in self.workshops for c in r.conflict_items)]

    def all_conflicts(self, language: str = "en") -> list[str]:
        """Every conflict of the import (the démarche's, then its workshops'), worded."""
        return [item.words(language) for item in self.all_items()]


# --- the démarche's rows and stamps --------------------------------------------------------


def demarche_rows(
    demarche: dm.Demarche, organisations: tuple[m.Organisation, ...],
    members: tuple[dm.Member, ...], decisions: tuple[dm.Decision, ...],
) -> Rows:
    """The rows a démarche's own values are stored as: entity → row id → column → value."""
    d = demarche
    rows: Rows = {name: {} for name in DEMARCHE_ENTITIES}
    rows["demarches"][str(d.id)] = {
        "id": d.id, "title": d.title, "description": d.description, "language": d.language,
        "rhythm": d.rhythm, "next_meeting_date": d.next_meeting_date,
        "next_meeting_place": d.next_meeting_place,
        "collective_roles": list(d.collective_roles), "created_at": d.created_at,
        "updated_at": d.updated_at,
    }
    for org in organisations:
        rows["organisations"][str(org.id)] = {
            "id": org.id, "workshop_id": None, "demarche_id": d.id, "name": org.name,
            "updated_at": org.updated_at,
        }
    for member in members:
        rows["demarche_members"][str(member.id)] = {
            "id": member.id, "demarche_id": d.id, "organisation_id": member.organisation_id,
            "person_name": member.person_name, "collective_role": member.collective_role,
            "position": member.position, "updated_at": member.updated_at,
        }
    for decision in decisions:
        rows["demarche_decisions"][str(decision.id)] = {
            "id": decision.id, "demarche_id": d.id, "decided_on": decision.decided_on,
            "text": decision.text, "workshop_id": decision.workshop_id,
            "updated_at": decision.updated_at,
        }
    return rows


def synthesized_demarche_sync(rows: Rows, device: str) -> SyncState:
    """Stamps for a démarche's values that came without any (a file of version 1): each
    row's ``updated_at`` as a stamp of ``device`` (derived from the file)."""
    result: Stamps = {}
    for entity, by_id in rows.items():
        for row_id, values in by_id.items():
            ms = int(values["updated_at"].timestamp() * 1000)
            result.setdefault(entity, {})[row_id] = {"": stamps.make_stamp(ms, 0, device)}
    greatest = max((s[""] for by_id in result.values() for s in by_id.values()), default="")
    return SyncState(result, {device: greatest} if greatest else {})


def load_demarche_sync(session: Session, demarche_id: uuid.UUID) -> SyncState:
    """The stamps of a démarche's own rows in this database, and its version vector."""
    found = stamps.load_stamps(session, demarche_id)
    return SyncState(
        {entity: found.get(entity, {}) for entity in DEMARCHE_ENTITIES},
        stamps.load_seen(session, demarche_id),
    )


def export_demarche_sync(store: Store, demarche_id: uuid.UUID) -> SyncState:
    """The stamps and version vector a démarche file carries for the démarche's rows."""
    with store.unit_of_work() as uow:
        return load_demarche_sync(uow.session, demarche_id)


class _DemarcheMerge(_Merge):
    """The workshop merge's rules on a démarche's own rows (its scope: the démarche)."""

    entities = DEMARCHE_ENTITIES
    parents: ClassVar[dict[str, tuple[tuple[str, str], ...]]] = {}
    optional: ClassVar[dict[str, tuple[tuple[str, str], ...]]] = {
        "demarche_members": (("organisation_id", "organisations"),),
    }
    reported_removals = frozenset({"demarche_members", "demarche_decisions"})

    def __init__(self, session: Session, incoming: DemarcheDocument, sync: SyncState) -> None:
        self.session = session
        self.document = incoming
        self.sync = sync
        self.workshop_id = self.demarche_id = self.org_scope = incoming.demarche.id
        self.created = self.updated = self.unchanged = 0
        self.conflicts = []
        self.changed = set()
        self.changed_phases = set()
        self.changed_cards = set()
        self._stored = []
        #: decisions taken in a workshop the file brings, linked once it is merged
        self.pending: dict[uuid.UUID, uuid.UUID] = {}

    def _their_rows(self) -> Rows:
        doc = self.document
        return demarche_rows(doc.demarche, doc.organisations, doc.members, doc.decisions)

    def _local_sync(self) -> SyncState:
        return load_demarche_sync(self.session, self.workshop_id)

    def _local_rows(self) -> dict[str, dict[str, Any]]:
        did = self.workshop_id
        result: dict[str, dict[str, Any]] = {}
        for entity, model in self.entities.items():
            column = model.id if entity == "demarches" else model.demarche_id
            query = select(model).where(column == did).options(lazyload("*"))
            result[entity] = {stamps.row_key(row): row for row in self.session.scalars(query)}
        return result

    def _refuse_foreign_ids(self) -> None:
        """A member or decision of the file that belongs to another démarche here."""
        doc, did = self.document, self.workshop_id
        for section, model, ids in (
            ("members", orm.DemarcheMemberRow, [x.id for x in doc.members]),
            ("decisions", orm.DemarcheDecisionRow, [x.id for x in doc.decisions]),
        ):
            for row_id, owner in self.session.execute(
                select(model.id, model.demarche_id).where(model.id.in_(ids))
            ):
                if owner != did:
                    raise ValidationError(f"{section}.id", "id_elsewhere", id=row_id)

    def _optional_refs(
        self, entity: str, values: dict[str, Any], alive: dict[str, set[str]]
    ) -> dict[str, Any]:
        values = super()._optional_refs(entity, values, alive)
        taken_in = values.get("workshop_id") if entity == "demarche_decisions" else None
        if taken_in is not None and self.session.get(orm.WorkshopRow, taken_in) is None:
            # the workshop comes with the file's workshops, merged after the démarche
            self.pending[values["id"]] = taken_in
            values["workshop_id"] = None
        return values

    def _after_merge(self) -> None:
        """Nothing to unify here: each workshop's merge unifies the shared organisations."""


def merge_demarche(store: Store, incoming: DemarcheDocument) -> DemarcheImportReport:
    """Create or merge the démarche of ``incoming`` (validated values) in one unit of work."""
    d = incoming.demarche
    report = DemarcheImportReport(d.id, d.title)
    with store.unit_of_work() as uow:
        session = uow.session
        # the file's values are no change of this laptop: the merge writes their stamps
        session.info[stamps.MERGING] = True
        workshop_ids = {w.workshop.id for w in incoming.workshops}
        for org in incoming.organisations:
            org_row = session.get(orm.OrganisationRow, org.id)
            if org_row is None or org_row.demarche_id == d.id:
                continue
            if org_row.demarche_id is not None or org_row.workshop_id not in workshop_ids:
                raise ValidationError("organisations.id", "id_elsewhere", id=org.id)
            # the organisation of a workshop here that the démarche file brings in
            org_row.workshop_id = None
            org_row.demarche_id = d.id
            stamps.rescope(session.connection(), "organisations", [str(org.id)], d.id)
        session.flush()

        sync = incoming.sync
        if sync is None:
            rows = demarche_rows(d, incoming.organisations, incoming.members,
                                 incoming.decisions)
            sync = synthesized_demarche_sync(rows, derived_device(repr(sorted(
                repr(row) for by_id in rows.values() for row in by_id.values()
            )).encode("utf-8")))
        merge = _DemarcheMerge(session, incoming, sync)
        report.new_demarche = merge.run()
        report.created += merge.created
        report.updated += merge.updated
        report.unchanged += merge.unchanged
        report.conflict_items.extend(merge.conflicts)
        session.flush()

        syncs = incoming.syncs or (None,) * len(incoming.workshops)
        for data, workshop_sync in zip(incoming.workshops, syncs, strict=True):
            workshop_row = session.get(orm.WorkshopRow, data.workshop.id)
            if workshop_row is not None and workshop_row.demarche_id not in (None, d.id):
                other = session.get(orm.DemarcheRow, workshop_row.demarche_id)
                raise ValidationError(
                    "demarche", "in_other_demarche", title=other.title if other else ""
                )
            if workshop_row is not None and workshop_row.demarche_id is None:
                # joining the démarche is this laptop's change: stamped
                session.info[stamps.MERGING] = False
                attach_in(session, d.id, workshop_row)
                session.info[stamps.MERGING] = True
            # the démarche's shared organisations were merged (and counted) with its own
            # rows just above: not counted again for every workshop (a first import
            # reported "24 unchanged" for the 12 organisations of two workshops)
            report.workshops.append(merge_workshop_in(session, data, d.id, workshop_sync,
                                                      organisations_counted=True))
        session.flush()
        for decision_id, workshop_id in merge.pending.items():
            decision = session.get(orm.DemarcheDecisionRow, decision_id)
            if decision is not None and session.get(orm.WorkshopRow, workshop_id) is not None:
                decision.workshop_id = workshop_id

        for event in incoming.events:
            event_row = session.get(orm.ActionEventRow, event.id)
            if event_row is not None:
                if event_row.action_id != event.action_id:
                    raise ValidationError("action_events.id", "id_elsewhere", id=event.id)
                report.unchanged += 1
                continue
            if session.get(orm.CardRow, event.action_id) is None:
                continue  # its action was removed here for good: its history goes with it
            session.add(
                orm.ActionEventRow(
                    id=event.id, action_id=event.action_id, kind=event.kind.value,
                    happened_on=event.happened_on, recorded_at=event.recorded_at,
                    status=event.status.value if event.status else "", note=event.note,
                    author=event.author, replaced_by_id=event.replaced_by_id,
                    roles=_roles_json(event.roles),
                    previous_roles=_roles_json(event.previous_roles),
                    workshop_id=event.workshop_id, device=event.device,
                )
            )
            report.created += 1
        uow.commit()
    report.changes = Changes(
        demarche_id=d.id, demarche=True, workshop=True, organisations=True,
        created=(d.id,) if report.new_demarche else (),
    )
    return report


def _roles_json(roles: object) -> dict[str, object]:
    from coopatelier.domain.demarche import Roles

    if not isinstance(roles, Roles):
        return {}
    return {
        "lead": str(roles.lead_organisation_id) if roles.lead_organisation_id else None,
        "partners": [[str(p.organisation_id), p.role] for p in roles.partners],
    }


__all__ = [
    "DEMARCHE_ENTITIES",
    "DemarcheImportReport",
    "demarche_rows",
    "export_demarche_sync",
    "load_demarche_sync",
    "merge_demarche",
    "synthesized_demarche_sync",
]
