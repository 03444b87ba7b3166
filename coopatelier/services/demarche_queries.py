"""Read side of démarches: Home's list, a whole démarche as domain values (its workshops,
shared organisations, roadmap with each action's history, governance), and finding a
démarche or an action by id or the start of its title (CLI, API)."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Sequence
from typing import TypeVar

from sqlalchemy import select

from coopatelier.domain import demarche as dm
from coopatelier.domain import model as m
from coopatelier.domain.collation import sort_key
from coopatelier.errors import NotFoundError
from coopatelier.services._common import get_row
from coopatelier.services.queries import read_workshop
from coopatelier.storage import convert, orm
from coopatelier.storage.store import Store

T = TypeVar("T")


def list_demarches(store: Store) -> list[dm.DemarcheSummary]:
    """Every démarche with its workshops (oldest first), most recently changed first."""
    with store.read() as session:
        rows = session.scalars(select(orm.DemarcheRow)).all()
        members: dict[uuid.UUID, list[tuple[tuple[dt.date, dt.datetime], uuid.UUID]]] = {}
        for workshop_id, demarche_id, date, created in session.execute(
            select(
                orm.WorkshopRow.id,
                orm.WorkshopRow.demarche_id,
                orm.WorkshopRow.date,
                orm.WorkshopRow.created_at,
            ).where(orm.WorkshopRow.demarche_id.is_not(None))
        ):
            if demarche_id is not None:
                members.setdefault(demarche_id, []).append(((date, created), workshop_id))
        counts: dict[uuid.UUID, int] = {}
        for demarche_id, in session.execute(
            select(orm.WorkshopRow.demarche_id)
            .join(orm.CardRow, orm.CardRow.workshop_id == orm.WorkshopRow.id)
            .where(
                orm.WorkshopRow.demarche_id.is_not(None),
                orm.CardRow.kind == m.CardKind.ACTION.value,
                orm.CardRow.deleted_at.is_(None),
                orm.CardRow.merged_into_id.is_(None),
            )
        ):
            if demarche_id is not None:
                counts[demarche_id] = counts.get(demarche_id, 0) + 1
        summaries = [
            dm.DemarcheSummary(
                id=row.id,
                title=row.title,
                updated_at=row.updated_at,
                workshop_ids=tuple(
                    wid for _, wid in sorted(members.get(row.id, []), key=lambda x: x[0])
                ),
                action_count=counts.get(row.id, 0),
            )
            for row in rows
        ]
    summaries.sort(key=lambda s: s.updated_at, reverse=True)
    return summaries


def get_demarche(store: Store, demarche_id: uuid.UUID) -> dm.Demarche:
    with store.read() as session:
        return convert.demarche(get_row(session, orm.DemarcheRow, demarche_id))


def load_demarche(store: Store, demarche_id: uuid.UUID) -> dm.DemarcheData:
    """The whole démarche: workshops oldest first, shared organisations in dictionary
    order, the roadmap (every live action of every workshop, in workshop then card order,
    each with the futures it serves and its history), governance, ingredients."""
    with store.read() as session:
        row = get_row(session, orm.DemarcheRow, demarche_id)
        demarche = convert.demarche(row)
        workshop_ids = session.scalars(
            select(orm.WorkshopRow.id)
            .where(orm.WorkshopRow.demarche_id == demarche_id)
            .order_by(orm.WorkshopRow.date, orm.WorkshopRow.created_at, orm.WorkshopRow.id)
        ).all()
        workshops = [read_workshop(session, wid) for wid in workshop_ids]
        orgs = [
            convert.organisation(o)
            for o in session.scalars(
                select(orm.OrganisationRow).where(orm.OrganisationRow.demarche_id == demarche_id)
            )
        ]
        orgs.sort(key=lambda o: (sort_key(o.name, demarche.language), str(o.id)))
        action_ids = [
            card.id
            for data in workshops
            for card in data.live_cards()
            if card.kind is m.CardKind.ACTION
        ]
        events: dict[uuid.UUID, list[dm.ActionEvent]] = {}
        for chunk in _chunks(action_ids):
            for event_row in session.scalars(
                select(orm.ActionEventRow).where(orm.ActionEventRow.action_id.in_(chunk))
            ):
                event = convert.action_event(event_row)
                events.setdefault(event.action_id, []).append(event)
        members = [
            convert.member(r)
            for r in session.scalars(
                select(orm.DemarcheMemberRow)
                .where(orm.DemarcheMemberRow.demarche_id == demarche_id)
                .order_by(orm.DemarcheMemberRow.position, orm.DemarcheMemberRow.id)
            )
        ]
        decisions = [
            convert.decision(r)
            for r in session.scalars(
                select(orm.DemarcheDecisionRow)
                .where(orm.DemarcheDecisionRow.demarche_id == demarche_id)
                .order_by(orm.DemarcheDecisionRow.decided_on, orm.DemarcheDecisionRow.id)
            )
        ]
    actions: list[dm.RoadmapAction] = []
    for data in workshops:
        by_id = {card.id: card for card in data.live_cards()}
        for card in data.live_cards():
            if card.kind is not m.CardKind.ACTION:
                continue
            serves = tuple(
                by_id[link]
                for link in card.links
                if link in by_id and by_id[link].kind is m.CardKind.FUTURE
            )
            history = tuple(sorted(events.get(card.id, ()), key=dm.history_order))
            actions.append(dm.RoadmapAction(card, data.workshop, serves, history))
    return dm.DemarcheData(
        demarche=demarche,
        workshops=tuple(workshops),
        organisations=tuple(orgs),
        actions=tuple(actions),
        members=tuple(members),
        decisions=tuple(decisions),
        ingredients=_ingredients(workshops),
    )


def _ingredients(workshops: Sequence[m.WorkshopData]) -> tuple[m.Card, ...]:
    """The cooperation ingredients as they stand: those of the latest workshop that has some,
    ticked as they are there (a point d'étape brings them forward with their ticks, so
    preparing one changes nothing here)."""
    for data in reversed(workshops):
        closing = [p for p in data.phases if p.kind is m.PhaseKind.CLOSING]
        found = tuple(
            card
            for card in data.live_cards()
            if card.phase_id in {p.id for p in closing}
            and dm.is_ingredients_category(card.category)
        )
        if found:
            return found
    return ()


def _chunks(values: Sequence[uuid.UUID], size: int = 500) -> list[Sequence[uuid.UUID]]:
    return [values[i : i + size] for i in range(0, len(values), size)]


def review_actions(data: dm.DemarcheData, workshop_id: uuid.UUID) -> tuple[dm.RoadmapAction, ...]:
    """What a review phase of ``workshop_id`` lists: the roadmap's actions from the
    démarche's other workshops (its own new actions are not under review yet)."""
    return tuple(action for action in data.actions if action.workshop.id != workshop_id)


def find_demarche(store: Store, reference: str) -> dm.DemarcheSummary:
    """A démarche named by its id, an id prefix, or an unambiguous title prefix."""
    return _find(list_demarches(store), reference, lambda d: d.title, lambda d: d.id, "demarche")


def find_action(data: dm.DemarcheData, reference: str) -> dm.RoadmapAction:
    """An action of the démarche's roadmap named by its id, an id prefix, or an
    unambiguous title prefix."""
    return _find(list(data.actions), reference, lambda a: a.title, lambda a: a.id, "action")


def _find(
    items: list[T],
    reference: str,
    title: Callable[[T], str],
    ident: Callable[[T], uuid.UUID],
    what: str,
) -> T:
    ref = reference.strip()
    if not ref:
        raise NotFoundError("no_reference")
    by_id = [item for item in items if str(ident(item)) == ref.lower()]
    if by_id:
        return by_id[0]
    folded = ref.casefold()
    exact = [item for item in items if title(item).casefold() == folded]
    if len(exact) == 1:
        return exact[0]
    matches = [
        item
        for item in items
        if title(item).casefold().startswith(folded) or str(ident(item)).startswith(ref.lower())
    ]
    if len(matches) == 1:
        return matches[0]
    if not matches:
        raise NotFoundError(f"no_{what}_match", reference=ref)
    titles = "; ".join(f"{title(item)} ({str(ident(item))[:8]})" for item in matches[:5])
    raise NotFoundError(f"ambiguous_{what}", reference=ref, count=len(matches), titles=titles)
