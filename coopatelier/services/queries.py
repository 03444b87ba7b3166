"""Read side: lists and whole workshops as domain values."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import func, select, type_coerce
from sqlalchemy.orm import Session

from coopatelier.domain import model as m
from coopatelier.domain.collation import sort_key
from coopatelier.errors import NotFoundError
from coopatelier.services._common import get_row, organisation_scope
from coopatelier.storage import convert, orm
from coopatelier.storage.store import Store


def list_workshops(store: Store) -> list[m.WorkshopSummary]:
    """Every workshop, most recently changed first, with its counts."""
    with store.read() as session:
        cards = _counts(session, orm.CardRow, live_only=True)
        phases = _counts(session, orm.PhaseRow)
        people = _counts(session, orm.ParticipantRow)
        rows = session.scalars(select(orm.WorkshopRow)).all()
        latest = _latest_changes(session)
        summaries = [
            m.WorkshopSummary(
                id=r.id,
                title=r.title,
                date=r.date,
                horizon_year=r.horizon_year,
                place=r.place,
                updated_at=max(r.updated_at, latest.get(r.id, r.updated_at)),
                phase_count=phases.get(r.id, 0),
                card_count=cards.get(r.id, 0),
                participant_count=people.get(r.id, 0),
                ended_at=r.ended_at,
                demarche_id=r.demarche_id,
            )
            for r in rows
        ]
    summaries.sort(key=lambda s: s.updated_at, reverse=True)
    return summaries


def _latest_changes(session: Session) -> dict[uuid.UUID, dt.datetime]:
    """The latest change of anything in each workshop: its phases, cards, people,
    organisations, voting rounds, votes and axes (Home's "Last changed")."""
    latest: dict[uuid.UUID, dt.datetime] = {}
    queries = [
        select(table.workshop_id, type_coerce(func.max(table.updated_at), orm.UTCDateTime()))
        .group_by(table.workshop_id)
        for table in (
            orm.PhaseRow,
            orm.CardRow,
            orm.OrganisationRow,
            orm.ParticipantRow,
            orm.VoteRoundRow,
            orm.ScenarioAxesRow,
        )
    ]
    queries.append(
        select(
            orm.VoteRoundRow.workshop_id,
            type_coerce(func.max(orm.VoteRow.created_at), orm.UTCDateTime()),
        )
        .join(orm.VoteRow, orm.VoteRow.round_id == orm.VoteRoundRow.id)
        .group_by(orm.VoteRoundRow.workshop_id)
    )
    for query in queries:
        for workshop_id, when in session.execute(query):
            if workshop_id is None:  # a démarche's shared organisation
                continue
            if when is not None and (workshop_id not in latest or when > latest[workshop_id]):
                latest[workshop_id] = when
    return latest


def workshop_ids(store: Store) -> set[uuid.UUID]:
    """The id of every workshop: what opening the app needs (no counts, no ordering)."""
    with store.read() as session:
        return set(session.scalars(select(orm.WorkshopRow.id)))


def _counts(
    session: Session,
    model: type[orm.CardRow] | type[orm.PhaseRow] | type[orm.ParticipantRow],
    *,
    live_only: bool = False,
) -> dict[uuid.UUID, int]:
    query = select(model.workshop_id, func.count()).group_by(model.workshop_id)
    if live_only:
        query = query.where(orm.CardRow.deleted_at.is_(None), orm.CardRow.merged_into_id.is_(None))
    return {workshop_id: count for workshop_id, count in session.execute(query)}


def get_workshop(store: Store, workshop_id: uuid.UUID) -> m.Workshop:
    with store.read() as session:
        return convert.workshop(get_row(session, orm.WorkshopRow, workshop_id))


def get_card(store: Store, card_id: uuid.UUID) -> m.Card:
    with store.read() as session:
        return convert.card(get_row(session, orm.CardRow, card_id))


def get_phase(store: Store, phase_id: uuid.UUID) -> m.Phase:
    with store.read() as session:
        return convert.phase(get_row(session, orm.PhaseRow, phase_id))


def load_workshop(store: Store, workshop_id: uuid.UUID) -> m.WorkshopData:
    """The whole workshop, deleted and merged cards included (``live_cards()`` hides them)."""
    with store.read() as session:
        return read_workshop(session, workshop_id)


def read_workshop(session: Session, workshop_id: uuid.UUID) -> m.WorkshopData:
    row = get_row(session, orm.WorkshopRow, workshop_id)

    phases = [convert.phase(p) for p in row.phases]
    organisations = [
        convert.organisation(o)
        for o in session.scalars(
            select(orm.OrganisationRow)
            .where(organisation_scope(session, workshop_id))
            .order_by(orm.OrganisationRow.name, orm.OrganisationRow.id)
        )
    ]
    participants = [
        convert.participant(p)
        for p in session.scalars(
            select(orm.ParticipantRow)
            .where(orm.ParticipantRow.workshop_id == workshop_id)
            .order_by(orm.ParticipantRow.name, orm.ParticipantRow.id)
        )
    ]
    # the order people read names in (French order for a French workshop: "École" before
    # "Ville"), for every list, chart and export that shows them; the id breaks ties
    organisations.sort(key=lambda o: (sort_key(o.name, row.language), str(o.id)))
    participants.sort(key=lambda p: (sort_key(p.name, row.language), str(p.id)))
    cards = _read_cards(session, workshop_id)
    rounds = [
        convert.vote_round(r)
        for r in session.scalars(
            select(orm.VoteRoundRow)
            .where(orm.VoteRoundRow.workshop_id == workshop_id)
            .order_by(orm.VoteRoundRow.created_at, orm.VoteRoundRow.id)
        )
    ]
    votes = [
        convert.vote(v)
        for v in session.scalars(
            select(orm.VoteRow)
            .join(orm.VoteRoundRow, orm.VoteRow.round_id == orm.VoteRoundRow.id)
            .where(orm.VoteRoundRow.workshop_id == workshop_id)
            .order_by(orm.VoteRow.created_at, orm.VoteRow.id)
        )
    ]
    axes_row = session.get(orm.ScenarioAxesRow, workshop_id)
    return m.WorkshopData(
        workshop=convert.workshop(row),
        phases=tuple(phases),
        organisations=tuple(organisations),
        participants=tuple(participants),
        cards=tuple(cards),
        rounds=tuple(rounds),
        votes=tuple(votes),
        axes=convert.axes(axes_row) if axes_row else None,
    )


def _read_cards(session: Session, workshop_id: uuid.UUID) -> list[m.Card]:
    """Every card of a workshop, read as plain rows (three queries, no ORM objects): this
    is what opening a 5,000-card workshop waits for."""
    cards_table = orm.CardRow.__table__
    partners_table = orm.CardPartnerRow.__table__
    links_table = orm.CardLinkRow.__table__
    in_workshop = select(orm.CardRow.id).where(orm.CardRow.workshop_id == workshop_id)
    partners: dict[uuid.UUID, list[m.Partner]] = {}
    for row in session.execute(
        select(partners_table)
        .where(partners_table.c.card_id.in_(in_workshop))
        .order_by(partners_table.c.card_id, partners_table.c.position)
    ):
        partners.setdefault(row.card_id, []).append(m.Partner(row.organisation_id, row.role))
    links: dict[uuid.UUID, list[uuid.UUID]] = {}
    for row in session.execute(
        select(links_table)
        .where(links_table.c.card_id.in_(in_workshop))
        .order_by(links_table.c.card_id, links_table.c.position)
    ):
        links.setdefault(row.card_id, []).append(row.target_id)
    return [
        convert.card_from_row(row, tuple(partners.get(row.id, ())), tuple(links.get(row.id, ())))
        for row in session.execute(
            select(cards_table)
            .where(cards_table.c.workshop_id == workshop_id)
            .order_by(cards_table.c.position, cards_table.c.created_at, cards_table.c.id)
        )
    ]


def find_workshop(store: Store, reference: str) -> m.WorkshopSummary:
    """A workshop named by its id, an id prefix, or an unambiguous title prefix."""
    ref = reference.strip()
    if not ref:
        raise NotFoundError("no_reference")
    workshops = list_workshops(store)
    by_id = [w for w in workshops if str(w.id) == ref.lower()]
    if by_id:
        return by_id[0]
    folded = ref.casefold()
    exact = [w for w in workshops if w.title.casefold() == folded]
    if len(exact) == 1:
        return exact[0]
    matches = [
        w
        for w in workshops
        if w.title.casefold().startswith(folded) or str(w.id).startswith(ref.lower())
    ]
    if len(matches) == 1:
        return matches[0]
    if not matches:
        raise NotFoundError("no_match", reference=ref)
    titles = "; ".join(f"{w.title} ({str(w.id)[:8]})" for w in matches[:5])
    raise NotFoundError("ambiguous", reference=ref, count=len(matches), titles=titles)
