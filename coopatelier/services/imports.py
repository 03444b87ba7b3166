"""Use case: bring a whole workshop (read from a workshop file) into the database.

A workshop not in the database yet is created whole. One that is gets merged row by row, by
id — the way a table laptop's captures join the main laptop's workshop:

- a row only in the file is added; a row only in the database is kept;
- a row on both sides: the later ``updated_at`` wins; on a tie the database's is kept;
- a deletion is kept as a deletion: a card deleted on either side stays deleted, and an edit
  made after the deletion on the other side is kept inside the deleted card and reported;
- votes are immutable records, added once by id;
- provenance (table, author, device, creation time) travels with each row unchanged;
- whenever the file's version of a row differs and is not applied, a conflict line says so.

Everything happens in one unit of work: the import is applied whole or not at all, and
importing the same values twice changes nothing the second time.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from coopatelier.domain import model as m
from coopatelier.errors import ValidationError
from coopatelier.services._common import new_organisation, organisation_scope
from coopatelier.services.changes import Changes
from coopatelier.storage import convert, orm
from coopatelier.storage.store import Store
from coopatelier.wording import conflicts_tail, sentence

#: SQLite's historical limit on bound parameters is 999.
_CHUNK = 500


@dataclass(frozen=True, slots=True)
class ImportReport:
    """What an import did: counts of rows created, updated and left unchanged (workshop,
    phases, organisations, participants, cards, voting rounds, votes, axes), and one line
    per conflict where the file's version was not applied."""

    workshop_id: uuid.UUID
    created: int
    updated: int
    unchanged: int
    conflicts: list[str] = field(default_factory=list)
    changes: Changes = field(default_factory=Changes)
    #: True when the workshop did not exist and was created whole.
    new_workshop: bool = False

    def summary(self) -> str:
        """One sentence in English (the CLI's words under an English locale)."""
        return self.words("en")

    def words(self, language: str) -> str:
        """One sentence for the CLI and the status bar, in ``language``."""
        key = "import.workshop_created" if self.new_workshop else "import.workshop_merged"
        counts = {"created": self.created, "updated": self.updated,
                  "unchanged": self.unchanged}
        return sentence(key, language, counts) + conflicts_tail(len(self.conflicts), language)


class _Dated(Protocol):
    @property
    def id(self) -> uuid.UUID: ...

    @property
    def updated_at(self) -> dt.datetime: ...


V = TypeVar("V", bound=_Dated)


def _short(text: str, limit: int = 40) -> str:
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


def _when(value: dt.datetime) -> str:
    return value.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M:%S UTC")


class _Merge:
    def __init__(
        self,
        session: Session,
        incoming: m.WorkshopData,
        demarche_id: uuid.UUID | None = None,
    ) -> None:
        self.session = session
        self.incoming = incoming
        self.workshop_id = incoming.workshop.id
        #: the démarche a workshop being created belongs to (a démarche file brings it)
        self.demarche_id = demarche_id
        self.created = 0
        self.updated = 0
        self.unchanged = 0
        self.conflicts: list[str] = []
        self.changed_phases: set[uuid.UUID] = set()
        self.changed_cards: set[uuid.UUID] = set()
        self.changed_orgs = False
        self.changed_people = False
        self.changed_votes = False
        self.changed_workshop = False

    # --- decisions ----------------------------------------------------------------------

    def decide(self, label: str, local: V | None, theirs: V) -> V | None:
        """The value to write for a row, or None to leave the database as it is."""
        if local is None:
            self.created += 1
            return theirs
        if dataclasses.replace(local, updated_at=theirs.updated_at) == theirs:  # type: ignore[type-var]
            self.unchanged += 1
            return None
        if theirs.updated_at > local.updated_at:
            self.updated += 1
            return theirs
        self.unchanged += 1
        self.conflict(label, local.updated_at, theirs.updated_at)
        return None

    def conflict(self, label: str, ours: dt.datetime, theirs: dt.datetime) -> None:
        age = "the same time" if ours == theirs else "an older time"
        self.conflicts.append(
            f"{label}: kept this database’s version of {_when(ours)}; the file’s different "
            f"version, saved at {age} ({_when(theirs)}), was not applied."
        )

    def decide_card(self, local: m.Card | None, theirs: m.Card) -> m.Card | None:
        label = f"card “{_short(theirs.heading)}” ({str(theirs.id)[:8]})"
        if local is None or (local.deleted_at is None) == (theirs.deleted_at is None):
            return self.decide(label, local, theirs)
        # Deleted on exactly one side: the deletion stays, the later content is kept in it.
        deleted, alive = (local, theirs) if local.deleted_at is not None else (theirs, local)
        newer = theirs if theirs.updated_at > local.updated_at else local
        result = dataclasses.replace(
            newer,
            deleted_at=deleted.deleted_at,
            updated_at=max(local.updated_at, theirs.updated_at),
        )
        assert deleted.deleted_at is not None
        if alive.updated_at > deleted.deleted_at:
            side = "this database" if alive is local else "the file"
            self.conflicts.append(
                f"{label}: deleted on one side, then edited in {side} at "
                f"{_when(alive.updated_at)}; it stays deleted with the latest text "
                "(restore it to bring it back)."
            )
        elif newer is local and alive is theirs:
            self.conflicts.append(
                f"{label}: deleted in this database at {_when(deleted.deleted_at)}; the file’s "
                f"older edit of {_when(theirs.updated_at)} was not applied."
            )
        if result == local:
            self.unchanged += 1
            return None
        self.updated += 1
        return result

    # --- the whole merge ----------------------------------------------------------------

    def run(self) -> bool:
        """Merge everything; True when the workshop was created."""
        session = self.session
        self._refuse_foreign_ids()
        incoming = self.incoming
        row = session.get(orm.WorkshopRow, self.workshop_id)
        # the démarche a workshop belongs to is not in its file: this database's stays
        local_workshop = (
            dataclasses.replace(convert.workshop(row), demarche_id=None)
            if row is not None
            else None
        )
        chosen_workshop = self.decide("the workshop’s details", local_workshop,
                                      incoming.workshop)
        if chosen_workshop is not None:
            self.changed_workshop = True
            if row is None:
                row = orm.WorkshopRow(id=self.workshop_id, demarche_id=self.demarche_id)
                session.add(row)
            _assign(row, _workshop_fields(chosen_workshop))
            session.flush()

        # the organisations the workshop uses: its démarche's list when it belongs to one
        orgs = {
            org_row.id: org_row
            for org_row in session.scalars(
                select(orm.OrganisationRow).where(organisation_scope(session, self.workshop_id))
            )
        }
        for org in incoming.organisations:
            org_row = orgs.get(org.id)
            label = f"organisation “{_short(org.name)}”"
            local_org = (
                dataclasses.replace(
                    convert.organisation(org_row), workshop_id=org.workshop_id, demarche_id=None
                )
                if org_row
                else None
            )
            chosen_org = self.decide(label, local_org, org)
            if chosen_org is not None:
                self.changed_orgs = True
                if org_row is None:
                    session.add(new_organisation(
                        session, self.workshop_id, id=chosen_org.id, name=chosen_org.name,
                        updated_at=chosen_org.updated_at,
                    ))
                else:
                    _assign(org_row, {
                        "name": chosen_org.name, "updated_at": chosen_org.updated_at,
                    })
        session.flush()

        phases = self._rows(orm.PhaseRow, orm.PhaseRow.workshop_id)
        for phase in incoming.phases:
            phase_row = phases.get(phase.id)
            chosen_phase = self.decide(
                f"phase “{_short(phase.title)}”",
                convert.phase(phase_row) if phase_row else None, phase,
            )
            if chosen_phase is not None:
                self.changed_phases.add(phase.id)
                _upsert(session, orm.PhaseRow, phase_row, _phase_fields(chosen_phase))
        session.flush()

        people = self._rows(orm.ParticipantRow, orm.ParticipantRow.workshop_id)
        for person in incoming.participants:
            person_row = people.get(person.id)
            chosen_person = self.decide(
                f"participant {str(person.id)[:8]}",
                convert.participant(person_row) if person_row else None, person,
            )
            if chosen_person is not None:
                self.changed_people = True
                _upsert(session, orm.ParticipantRow, person_row, {
                    "id": chosen_person.id, "workshop_id": self.workshop_id,
                    "name": chosen_person.name, "organisation_id": chosen_person.organisation_id,
                    "role": chosen_person.role, "table_label": chosen_person.table_label,
                    "updated_at": chosen_person.updated_at,
                })
        session.flush()

        self._merge_cards()

        rounds = self._rows(orm.VoteRoundRow, orm.VoteRoundRow.workshop_id)
        for vote_round in incoming.rounds:
            round_row = rounds.get(vote_round.id)
            chosen_round = self.decide(
                f"voting round “{_short(vote_round.title) or str(vote_round.id)[:8]}”",
                convert.vote_round(round_row) if round_row else None, vote_round,
            )
            if chosen_round is not None:
                self.changed_votes = True
                _upsert(session, orm.VoteRoundRow, round_row, {
                    "id": chosen_round.id, "workshop_id": self.workshop_id,
                    "phase_id": chosen_round.phase_id, "title": chosen_round.title,
                    "dots_per_person": chosen_round.dots_per_person,
                    "hidden": chosen_round.hidden, "revealed": chosen_round.revealed,
                    "created_at": chosen_round.created_at,
                    "updated_at": chosen_round.updated_at,
                })
        session.flush()

        self._merge_votes()
        self._merge_axes()
        session.flush()
        return local_workshop is None

    def _merge_cards(self) -> None:
        session = self.session
        local_rows = self._rows(orm.CardRow, orm.CardRow.workshop_id)
        writes: list[tuple[orm.CardRow | None, m.Card]] = []
        for card in self.incoming.cards:
            card_row = local_rows.get(card.id)
            chosen = self.decide_card(convert.card(card_row) if card_row else None, card)
            if chosen is not None:
                writes.append((card_row, chosen))
                self.changed_cards.add(card.id)
        # Children are replaced in two flushes: their primary keys may be reused.
        for card_row, chosen in writes:
            if card_row is not None:
                current = convert.card(card_row)
                if current.partners != chosen.partners:
                    card_row.partners.clear()
                if current.links != chosen.links:
                    card_row.links.clear()
        session.flush()
        for card_row, chosen in writes:
            target = card_row if card_row is not None else orm.CardRow(id=chosen.id)
            _assign(target, _card_fields(chosen))
            if not target.partners and chosen.partners:
                target.partners.extend(
                    orm.CardPartnerRow(organisation_id=p.organisation_id, role=p.role,
                                       position=index)
                    for index, p in enumerate(chosen.partners)
                )
            if not target.links and chosen.links:
                target.links.extend(
                    orm.CardLinkRow(target_id=link, position=index)
                    for index, link in enumerate(chosen.links)
                )
            if card_row is None:
                session.add(target)
        session.flush()

    def _merge_votes(self) -> None:
        local = {
            row.id: row
            for row in self.session.scalars(
                select(orm.VoteRow)
                .join(orm.VoteRoundRow, orm.VoteRow.round_id == orm.VoteRoundRow.id)
                .where(orm.VoteRoundRow.workshop_id == self.workshop_id)
            )
        }
        for vote in self.incoming.votes:
            vote_row = local.get(vote.id)
            if vote_row is None:
                self.created += 1
                self.changed_votes = True
                self.changed_cards.add(vote.card_id)
                self.session.add(orm.VoteRow(
                    id=vote.id, round_id=vote.round_id, card_id=vote.card_id, dots=vote.dots,
                    device=vote.device, created_at=vote.created_at,
                ))
            else:
                self.unchanged += 1
                if convert.vote(vote_row) != vote:
                    self.conflicts.append(
                        f"vote {str(vote.id)[:8]}: recorded differently in this database and "
                        "in the file; a vote is never changed, this database’s record was kept."
                    )

    def _merge_axes(self) -> None:
        theirs = self.incoming.axes
        if theirs is None:
            return
        axes_row = self.session.get(orm.ScenarioAxesRow, self.workshop_id)
        local = convert.axes(axes_row) if axes_row is not None else None
        if local is None:
            chosen: m.ScenarioAxes | None = theirs
            self.created += 1
        elif dataclasses.replace(local, updated_at=theirs.updated_at) == theirs:
            chosen = None
            self.unchanged += 1
        elif theirs.updated_at > local.updated_at:
            chosen = theirs
            self.updated += 1
        else:
            chosen = None
            self.unchanged += 1
            self.conflict("the scenario axes", local.updated_at, theirs.updated_at)
        if chosen is not None:
            self.changed_cards.update(
                i for i in (chosen.x_driver_id, chosen.y_driver_id) if i is not None
            )
            _upsert(self.session, orm.ScenarioAxesRow, axes_row, {
                "workshop_id": self.workshop_id, "x_driver_id": chosen.x_driver_id,
                "y_driver_id": chosen.y_driver_id, "x_low": chosen.x_low,
                "x_high": chosen.x_high, "y_low": chosen.y_low, "y_high": chosen.y_high,
                "updated_at": chosen.updated_at,
            })

    # --- helpers ------------------------------------------------------------------------

    def _rows(self, model: type[Any], workshop_column: Any) -> dict[uuid.UUID, Any]:
        query = select(model).where(workshop_column == self.workshop_id)
        return {row.id: row for row in self.session.scalars(query)}

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

    def _check_shared_organisations(self, ids: Sequence[uuid.UUID]) -> None:
        """An organisation of the file that belongs to a démarche is the workshop's only
        when the workshop belongs to that démarche."""
        demarche_id = self.session.scalar(
            select(orm.WorkshopRow.demarche_id).where(orm.WorkshopRow.id == self.workshop_id)
        ) or self.demarche_id
        index = {value: position for position, value in enumerate(ids)}
        for chunk in _chunks(ids):
            query = select(orm.OrganisationRow.id, orm.OrganisationRow.demarche_id).where(
                orm.OrganisationRow.id.in_(chunk), orm.OrganisationRow.demarche_id.is_not(None)
            )
            clashes = sorted(
                index[row_id] for row_id, owner in self.session.execute(query)
                if owner != demarche_id
            )
            if clashes:
                raise ValidationError(
                    f"organisations[{clashes[0]}].id", "id_elsewhere", id=ids[clashes[0]]
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


def _chunks(values: Sequence[uuid.UUID]) -> Iterable[Sequence[uuid.UUID]]:
    for start in range(0, len(values), _CHUNK):
        yield values[start : start + _CHUNK]


def _assign(row: object, values: dict[str, Any]) -> None:
    for name, value in values.items():
        if getattr(row, name, None) != value or name == "id":
            setattr(row, name, value)


def _upsert(session: Session, model: Callable[..., Any], row: object | None,
            values: dict[str, Any]) -> None:
    if row is None:
        session.add(model(**values))
    else:
        _assign(row, {k: v for k, v in values.items() if k != "id"})


def _workshop_fields(w: m.Workshop) -> dict[str, Any]:
    return {
        "title": w.title, "focal_question": w.focal_question, "horizon_year": w.horizon_year,
        "territory": w.territory, "date": w.date, "place": w.place, "organisers": w.organisers,
        "anonymous": w.anonymous, "template_key": w.template_key, "language": w.language,
        "created_at": w.created_at, "updated_at": w.updated_at, "ended_at": w.ended_at,
    }


def _phase_fields(p: m.Phase) -> dict[str, Any]:
    return {
        "id": p.id, "workshop_id": p.workshop_id, "position": p.position, "kind": p.kind.value,
        "title": p.title, "instructions": p.instructions, "question": p.question,
        "facilitator_notes": p.facilitator_notes, "planned_minutes": p.planned_minutes,
        "categories": list(p.categories), "actual_start": p.actual_start,
        "actual_end": p.actual_end, "timer_running_since": p.timer_running_since,
        "timer_elapsed_seconds": p.timer_elapsed_seconds,
        "timer_extra_seconds": p.timer_extra_seconds, "updated_at": p.updated_at,
        "runs": convert.runs_to_json(p.intervals), "demarche_focus": p.demarche_focus,
    }


def _card_fields(c: m.Card) -> dict[str, Any]:
    return {
        "workshop_id": c.workshop_id, "phase_id": c.phase_id, "kind": c.kind.value,
        "text": c.text, "position": c.position, "table_label": c.table_label,
        "author": c.author, "device": c.device, "created_at": c.created_at,
        "updated_at": c.updated_at, "deleted_at": c.deleted_at,
        "merged_into_id": c.merged_into_id, "category": c.category, "title": c.title,
        "impact": c.impact, "nature": c.nature.value if c.nature is not None else None,
        "uncertainty": c.uncertainty, "narrative": c.narrative, "quadrant": c.quadrant,
        "description": c.description, "lead_organisation_id": c.lead_organisation_id,
        "horizon_year": c.horizon_year, "first_step": c.first_step, "means": c.means,
        "indicator": c.indicator, "effort": c.effort, "checked": c.checked,
    }


def merge_workshop(store: Store, incoming: m.WorkshopData) -> ImportReport:
    """Create or merge ``incoming`` (validated values, e.g. from a workshop file) in one
    unit of work, and report what it did."""
    with store.unit_of_work() as uow:
        report = merge_workshop_in(uow.session, incoming)
        uow.commit()
    return report


def merge_workshop_in(
    session: Session, incoming: m.WorkshopData, demarche_id: uuid.UUID | None = None
) -> ImportReport:
    """``merge_workshop`` inside the caller's unit of work (a démarche file merges its
    workshops in its own); ``demarche_id``: the démarche a new workshop belongs to."""
    merge = _Merge(session, incoming, demarche_id)
    created_workshop = merge.run()
    workshop_id = incoming.workshop.id
    changes = Changes(
        workshop_id=workshop_id,
        workshop=merge.changed_workshop,
        phases=frozenset(merge.changed_phases),
        cards=frozenset(merge.changed_cards),
        organisations=merge.changed_orgs,
        participants=merge.changed_people,
        votes=merge.changed_votes,
        created=(workshop_id,) if created_workshop else (),
    )
    return ImportReport(
        workshop_id=workshop_id,
        created=merge.created,
        updated=merge.updated,
        unchanged=merge.unchanged,
        conflicts=merge.conflicts,
        changes=changes,
        new_workshop=created_workshop,
    )


__all__ = ["ImportReport", "merge_workshop", "merge_workshop_in"]
