"""Rows to domain values. The only place that knows both shapes."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from coopatelier.domain import demarche as dm
from coopatelier.domain import model as m

if TYPE_CHECKING:  # rows are read by attribute: the first screen's plain sqlite3 rows too
    from sqlalchemy import Row  # (storage/plain_read.py), without importing SQLAlchemy

    from coopatelier.storage import orm


def workshop(row: orm.WorkshopRow) -> m.Workshop:
    return m.Workshop(
        id=row.id,
        title=row.title,
        focal_question=row.focal_question,
        horizon_year=row.horizon_year,
        territory=row.territory,
        date=row.date,
        place=row.place,
        organisers=row.organisers,
        anonymous=row.anonymous,
        template_key=row.template_key,
        language=row.language,
        created_at=row.created_at,
        updated_at=row.updated_at,
        ended_at=row.ended_at,
        demarche_id=row.demarche_id,
    )


def phase(row: orm.PhaseRow) -> m.Phase:
    return m.Phase(
        id=row.id,
        workshop_id=row.workshop_id,
        position=row.position,
        kind=m.PhaseKind(row.kind),
        title=row.title,
        instructions=row.instructions,
        question=row.question,
        facilitator_notes=row.facilitator_notes,
        planned_minutes=row.planned_minutes,
        categories=tuple(row.categories or ()),
        actual_start=row.actual_start,
        actual_end=row.actual_end,
        updated_at=row.updated_at,
        timer_running_since=row.timer_running_since,
        timer_elapsed_seconds=row.timer_elapsed_seconds or 0.0,
        timer_extra_seconds=row.timer_extra_seconds or 0,
        runs=runs_from_json(row.runs),
        demarche_focus=row.demarche_focus or "",
    )


def _utc(text: str) -> dt.datetime:
    value = dt.datetime.fromisoformat(text)
    return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value.astimezone(dt.UTC)


def runs_from_json(value: object) -> tuple[m.PhaseRun, ...]:
    """The ``phases.runs`` column (a JSON list of ``{"start", "end"}``) as run intervals."""
    if not isinstance(value, list):
        return ()
    runs = []
    for item in value:
        if isinstance(item, dict) and isinstance(item.get("start"), str):
            end = item.get("end")
            stop = _utc(end) if isinstance(end, str) else None
            runs.append(m.PhaseRun(_utc(item["start"]), stop))
    return tuple(runs)


def runs_to_json(runs: Iterable[m.PhaseRun]) -> list[dict[str, str | None]]:
    return [
        {
            "start": run.start.astimezone(dt.UTC).isoformat(),
            "end": run.end.astimezone(dt.UTC).isoformat() if run.end is not None else None,
        }
        for run in runs
    ]


def organisation(row: orm.OrganisationRow) -> m.Organisation:
    return m.Organisation(
        id=row.id,
        workshop_id=row.workshop_id,
        name=row.name,
        updated_at=row.updated_at,
        demarche_id=row.demarche_id,
    )


def participant(row: orm.ParticipantRow) -> m.Participant:
    return m.Participant(
        id=row.id,
        workshop_id=row.workshop_id,
        name=row.name,
        organisation_id=row.organisation_id,
        role=row.role,
        table_label=row.table_label,
        updated_at=row.updated_at,
    )


def card(row: orm.CardRow) -> m.Card:
    return card_from_row(
        row,
        tuple(m.Partner(p.organisation_id, p.role) for p in row.partners),
        tuple(link.target_id for link in row.links),
    )


def card_from_row(
    row: orm.CardRow | Row[Any], partners: tuple[m.Partner, ...], links: tuple[uuid.UUID, ...]
) -> m.Card:
    """A card from an ORM row or a plain ``cards`` table row (same attribute names)."""
    return m.Card(
        id=row.id,
        workshop_id=row.workshop_id,
        phase_id=row.phase_id,
        kind=m.CardKind(row.kind),
        text=row.text,
        position=row.position,
        table_label=row.table_label,
        author=row.author,
        device=row.device,
        created_at=row.created_at,
        updated_at=row.updated_at,
        deleted_at=row.deleted_at,
        merged_into_id=row.merged_into_id,
        category=row.category,
        title=row.title,
        impact=row.impact,
        nature=m.DriverNature(row.nature) if row.nature else None,
        uncertainty=row.uncertainty,
        narrative=row.narrative,
        quadrant=row.quadrant,
        description=row.description,
        lead_organisation_id=row.lead_organisation_id,
        partners=partners,
        horizon_year=row.horizon_year,
        first_step=row.first_step,
        means=row.means,
        indicator=row.indicator,
        effort=row.effort,
        checked=row.checked,
        links=links,
    )


def vote_round(row: orm.VoteRoundRow) -> m.VoteRound:
    return m.VoteRound(
        id=row.id,
        workshop_id=row.workshop_id,
        phase_id=row.phase_id,
        title=row.title,
        dots_per_person=row.dots_per_person,
        hidden=row.hidden,
        revealed=row.revealed,
        created_at=row.created_at,
        updated_at=row.updated_at,
    )


def vote(row: orm.VoteRow) -> m.Vote:
    return m.Vote(
        id=row.id,
        round_id=row.round_id,
        card_id=row.card_id,
        dots=row.dots,
        device=row.device,
        created_at=row.created_at,
    )


def axes(row: orm.ScenarioAxesRow) -> m.ScenarioAxes:
    return m.ScenarioAxes(
        workshop_id=row.workshop_id,
        x_driver_id=row.x_driver_id,
        y_driver_id=row.y_driver_id,
        x_low=row.x_low,
        x_high=row.x_high,
        y_low=row.y_low,
        y_high=row.y_high,
        updated_at=row.updated_at,
    )


# --- démarches ----------------------------------------------------------------------------


def demarche(row: orm.DemarcheRow) -> dm.Demarche:
    return dm.Demarche(
        id=row.id,
        title=row.title,
        description=row.description,
        language=row.language,
        rhythm=row.rhythm,
        next_meeting_date=row.next_meeting_date,
        next_meeting_place=row.next_meeting_place,
        collective_roles=tuple(row.collective_roles or ()),
        created_at=row.created_at,
        updated_at=row.updated_at,
    )


def roles_from_json(value: object) -> dm.Roles | None:
    """An ``action_events.roles`` value ({"lead": id, "partners": [[id, role], ...]})."""
    if not isinstance(value, dict) or not value:
        return None
    lead = value.get("lead")
    partners = []
    for item in value.get("partners") or ():
        if isinstance(item, list) and item and isinstance(item[0], str):
            role = item[1] if len(item) > 1 and isinstance(item[1], str) else ""
            partners.append(m.Partner(uuid.UUID(item[0]), role))
    return dm.Roles(uuid.UUID(lead) if isinstance(lead, str) else None, tuple(partners))


def action_event(row: orm.ActionEventRow) -> dm.ActionEvent:
    return dm.ActionEvent(
        id=row.id,
        action_id=row.action_id,
        kind=dm.EventKind(row.kind),
        happened_on=row.happened_on,
        recorded_at=row.recorded_at,
        status=dm.ActionStatus(row.status) if row.status else None,
        note=row.note,
        author=row.author,
        replaced_by_id=row.replaced_by_id,
        roles=roles_from_json(row.roles),
        previous_roles=roles_from_json(row.previous_roles),
        workshop_id=row.workshop_id,
        device=row.device,
    )


def member(row: orm.DemarcheMemberRow) -> dm.Member:
    return dm.Member(
        id=row.id,
        demarche_id=row.demarche_id,
        organisation_id=row.organisation_id,
        person_name=row.person_name,
        collective_role=row.collective_role,
        position=row.position,
        updated_at=row.updated_at,
    )


def decision(row: orm.DemarcheDecisionRow) -> dm.Decision:
    return dm.Decision(
        id=row.id,
        demarche_id=row.demarche_id,
        decided_on=row.decided_on,
        text=row.text,
        workshop_id=row.workshop_id,
        updated_at=row.updated_at,
    )
