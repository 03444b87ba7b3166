"""Use case: bring a whole démarche (read from a démarche file) into the database, in one
unit of work.

- the démarche's own fields, its organisations, members and decisions merge by id: a row
  only in the file is added, the later ``updated_at`` wins, a different version not applied
  is reported as a conflict;
- each workshop merges as a workshop file does (``services.imports``: field by field, with
  the stamps its workshop document carries, the shared organisations' too); one already
  here outside any démarche joins it (its organisations unified by name, as ``attach``);
- what the file brings is not stamped as this laptop's change (the merge writes the
  file's stamps); the démarche's own rows keep the whole-row rule above;
- history entries are added once by id: they are never rewritten, so a union is the merge.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from coopatelier.errors import ValidationError
from coopatelier.services.changes import Changes
from coopatelier.services.demarches import attach_in
from coopatelier.services.imports import ImportReport, merge_workshop_in
from coopatelier.storage import orm, stamps
from coopatelier.storage.store import Store
from coopatelier.wording import conflicts_tail, sentence

if TYPE_CHECKING:
    from coopatelier.exchange.demarche_file import DemarcheDocument


@dataclass
class DemarcheImportReport:
    demarche_id: uuid.UUID
    title: str
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    conflicts: list[str] = field(default_factory=list)
    workshops: list[ImportReport] = field(default_factory=list)
    new_demarche: bool = False
    changes: Changes = field(default_factory=Changes)

    def summary(self) -> str:
        """One sentence in English (the CLI's words under an English locale)."""
        return self.words("en")

    def words(self, language: str) -> str:
        """One sentence for the CLI in ``language``."""
        key = "import.demarche_created" if self.new_demarche else "import.demarche_merged"
        counts = {
            "title": self.title, "workshops": len(self.workshops),
            "created": self.created + sum(r.created for r in self.workshops),
            "updated": self.updated + sum(r.updated for r in self.workshops),
            "unchanged": self.unchanged + sum(r.unchanged for r in self.workshops),
        }
        conflicts = len(self.conflicts) + sum(len(r.conflicts) for r in self.workshops)
        return sentence(key, language, counts) + conflicts_tail(conflicts, language)

    def all_conflicts(self) -> list[str]:
        return [*self.conflicts, *(c for r in self.workshops for c in r.conflicts)]


def merge_demarche(store: Store, incoming: DemarcheDocument) -> DemarcheImportReport:
    """Create or merge the démarche of ``incoming`` (validated values) in one unit of work."""
    d = incoming.demarche
    report = DemarcheImportReport(d.id, d.title)
    with store.unit_of_work() as uow:
        session = uow.session
        # the file's values are no change of this laptop: an organisation created here
        # without a stamp takes the stamps its workshops' documents bring
        session.info[stamps.MERGING] = True
        row = session.get(orm.DemarcheRow, d.id)
        values = {
            "title": d.title, "description": d.description, "language": d.language,
            "rhythm": d.rhythm, "next_meeting_date": d.next_meeting_date,
            "next_meeting_place": d.next_meeting_place,
            "collective_roles": list(d.collective_roles), "created_at": d.created_at,
            "updated_at": d.updated_at,
        }
        if row is None:
            session.add(orm.DemarcheRow(id=d.id, **values))
            report.new_demarche = True
            report.created += 1
        else:
            _merge_fields(report, row, values, "the démarche’s details")
        session.flush()

        for org in incoming.organisations:
            org_row = session.get(orm.OrganisationRow, org.id)
            if org_row is None:
                session.add(
                    orm.OrganisationRow(
                        id=org.id, workshop_id=None, demarche_id=d.id, name=org.name,
                        updated_at=org.updated_at,
                    )
                )
                report.created += 1
                continue
            if org_row.demarche_id not in (None, d.id):
                raise ValidationError("organisations.id", "id_elsewhere", id=org.id)
            if org_row.demarche_id is None:
                # the organisation of a workshop here that the démarche file brings in
                owner = org_row.workshop_id
                if owner not in {w.workshop.id for w in incoming.workshops}:
                    raise ValidationError("organisations.id", "id_elsewhere", id=org.id)
                org_row.workshop_id = None
                org_row.demarche_id = d.id
                stamps.rescope(session.connection(), "organisations", [str(org.id)], d.id)
            _merge_fields(
                report, org_row, {"name": org.name, "updated_at": org.updated_at},
                f"organisation “{org.name[:40]}”",
            )
        session.flush()

        syncs = incoming.syncs or (None,) * len(incoming.workshops)
        for data, sync in zip(incoming.workshops, syncs, strict=True):
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
            report.workshops.append(merge_workshop_in(session, data, d.id, sync))
        session.flush()

        for event in incoming.events:
            event_row = session.get(orm.ActionEventRow, event.id)
            if event_row is not None:
                if event_row.action_id != event.action_id:
                    raise ValidationError("action_events.id", "id_elsewhere", id=event.id)
                report.unchanged += 1
                continue
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

        for member in incoming.members:
            member_row = session.get(orm.DemarcheMemberRow, member.id)
            member_values = {
                "organisation_id": member.organisation_id, "person_name": member.person_name,
                "collective_role": member.collective_role, "position": member.position,
                "updated_at": member.updated_at,
            }
            if member_row is None:
                session.add(orm.DemarcheMemberRow(id=member.id, demarche_id=d.id, **member_values))
                report.created += 1
            elif member_row.demarche_id != d.id:
                raise ValidationError("members.id", "id_elsewhere", id=member.id)
            else:
                _merge_fields(report, member_row, member_values, "a member of the collective")

        for decision in incoming.decisions:
            decision_row = session.get(orm.DemarcheDecisionRow, decision.id)
            decision_values = {
                "decided_on": decision.decided_on, "text": decision.text,
                "workshop_id": decision.workshop_id, "updated_at": decision.updated_at,
            }
            if decision_row is None:
                session.add(
                    orm.DemarcheDecisionRow(id=decision.id, demarche_id=d.id, **decision_values)
                )
                report.created += 1
            elif decision_row.demarche_id != d.id:
                raise ValidationError("decisions.id", "id_elsewhere", id=decision.id)
            else:
                _merge_fields(report, decision_row, decision_values, "a decision")
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


def _merge_fields(
    report: DemarcheImportReport, row: Any, values: Mapping[str, object], label: str
) -> None:
    """The later ``updated_at`` wins; the same values are unchanged; an older different
    version is a conflict (this database's is kept)."""
    same = all(getattr(row, k) == v for k, v in values.items() if k != "updated_at")
    ours = row.updated_at
    theirs = values["updated_at"]
    if same:
        report.unchanged += 1
        return
    if theirs > ours:
        for key, value in values.items():
            setattr(row, key, value)
        report.updated += 1
        return
    report.unchanged += 1
    report.conflicts.append(
        f"{label}: kept this database’s version; the file’s different version, saved at "
        f"{'the same time' if theirs == ours else 'an older time'}, was not applied."
    )


__all__ = ["DemarcheImportReport", "merge_demarche"]
