"""Dot voting: rounds, dots recorded per card, hide and reveal."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable, Sequence
from typing import Any, cast

from sqlalchemy import Select, Table, Uuid, bindparam, delete, func, insert, select
from sqlalchemy.orm import Session

from coopatelier.domain.card_numbers import round_card_numbers
from coopatelier.domain.model import new_id, utcnow
from coopatelier.domain.rules import check_dots, check_text
from coopatelier.errors import ValidationError
from coopatelier.services._common import get_row, this_device
from coopatelier.services.changes import Changes
from coopatelier.storage import convert, orm
from coopatelier.storage.store import Store


def create_round(
    store: Store,
    phase_id: uuid.UUID,
    *,
    title: str = "",
    dots_per_person: int = 3,
    hidden: bool = False,
    at: dt.datetime | None = None,
    round_id: uuid.UUID | None = None,
) -> Changes:
    """Open a voting round on a phase's cards. Hidden rounds stay unrevealed until asked.

    ``round_id`` re-creates a round under the id it had (redo after an undo)."""
    check_text("title", title)
    check_dots("dots_per_person", dots_per_person)
    with store.unit_of_work() as uow:
        phase = get_row(uow.session, orm.PhaseRow, phase_id)
        now = at or utcnow()
        row = orm.VoteRoundRow(
            id=round_id or new_id(),
            workshop_id=phase.workshop_id,
            phase_id=phase_id,
            title=title,
            dots_per_person=dots_per_person,
            hidden=hidden,
            revealed=not hidden,
            created_at=now,
            updated_at=now,
        )
        uow.session.add(row)
        uow.session.flush()
        # the numbers the room calls the cards by, kept while the round is open
        _number_cards(uow.session, row.id, phase)
        uow.commit()
    return Changes(workshop_id=row.workshop_id, votes=True, created=(row.id,))


def round_numbers(store: Store, round_id: uuid.UUID) -> dict[uuid.UUID, int]:
    """The number each card of a round is called by (cards that left the phase keep theirs:
    a number never lands on another card). Empty for a round from another laptop's file
    (numbers do not travel): its cards are numbered afresh, in the room's order."""
    with store.unit_of_work() as uow:
        return _given(uow.session, round_id)


def workshop_round_numbers(
    store: Store, workshop_id: uuid.UUID
) -> dict[uuid.UUID, dict[uuid.UUID, int]]:
    """Every round of a workshop with the numbers it gave (``round_numbers`` of each, in one
    read): what the PDF prints beside a card's dots. A round that stored none is absent."""
    numbers = orm.RoundNumberRow
    rows = (
        select(numbers.round_id, numbers.card_id, numbers.number)
        .join(orm.VoteRoundRow, orm.VoteRoundRow.id == numbers.round_id)
        .where(orm.VoteRoundRow.workshop_id == workshop_id)
    )
    result: dict[uuid.UUID, dict[uuid.UUID, int]] = {}
    with store.read() as session:
        for round_id, card_id, number in session.execute(rows):
            result.setdefault(round_id, {})[card_id] = number
    return result


def _given(session: Session, round_id: uuid.UUID) -> dict[uuid.UUID, int]:
    """The numbers ``round_id`` has given, by card."""
    rows = session.execute(
        select(orm.RoundNumberRow.card_id, orm.RoundNumberRow.number).where(
            orm.RoundNumberRow.round_id == round_id
        )
    )
    return {card_id: number for card_id, number in rows}


def latest_round(phase_id: Any) -> Select[uuid.UUID]:
    """The phase's latest voting round, the one whose numbers a card coming in joins
    (``phase_id``: a value or a column or parameter of an enclosing statement)."""
    rounds = orm.VoteRoundRow
    return (select(rounds.id).where(rounds.phase_id == phase_id)
            .order_by(rounds.created_at.desc(), rounds.id.desc()).limit(1))


def number_arrivals(session: Session, phase_ids: Iterable[uuid.UUID]) -> None:
    """Cards that came into a phase with a voting round (a capture, a move, a copy) get the
    next numbers of its latest round, in the room's order (in the caller's unit of work)."""
    for phase_id in set(phase_ids):
        latest = session.scalar(latest_round(phase_id))
        if latest is not None:
            _number_cards(session, latest, get_row(session, orm.PhaseRow, phase_id))


_NUMBERS = cast(Table, orm.RoundNumberRow.__table__)
#: a captured card's number: the round's last plus one (built once, as a capture's read)
_NEXT_NUMBER = insert(_NUMBERS).from_select(
    ["round_id", "card_id", "number"],
    select(
        bindparam("round", type_=Uuid()),
        bindparam("card", type_=Uuid()),
        func.coalesce(func.max(_NUMBERS.c.number), 0) + 1,
    ).where(_NUMBERS.c.round_id == bindparam("round", type_=Uuid())),
)


def number_card(session: Session, round_id: uuid.UUID, card_id: uuid.UUID) -> None:
    """A card captured into a round's phase takes the round's next number (one
    statement: a capture during a round stays one short write)."""
    session.connection().execute(_NEXT_NUMBER, {"round": round_id, "card": card_id})


def _number_cards(session: Session, round_id: uuid.UUID, phase: orm.PhaseRow) -> None:
    """Number the live cards of ``phase`` that ``round_id`` has not numbered yet, after
    the numbers it gave (a round's numbers stay put)."""
    given = _given(session, round_id)
    rows = session.scalars(select(orm.CardRow).where(orm.CardRow.phase_id == phase.id)).all()
    cards = [convert.card_from_row(r, (), ()) for r in rows if r.id not in given]
    numbers = round_card_numbers(convert.phase(phase), cards, given)
    for card_id, number in numbers.items():
        if card_id not in given:
            session.add(orm.RoundNumberRow(round_id=round_id, card_id=card_id, number=number))
    session.flush()


def add_votes(
    store: Store,
    round_id: uuid.UUID,
    card_id: uuid.UUID,
    dots: int = 1,
    *,
    device: str | None = None,
    at: dt.datetime | None = None,
    vote_id: uuid.UUID | None = None,
) -> Changes:
    """Record ``dots`` given to a card in a round (each call is its own record, so undo
    removes exactly it and a merge adds it once).

    ``vote_id`` re-inserts a removed record under the same id (redo after an undo, or
    undo of ``remove_vote``), so later commands naming it stay valid."""
    check_dots("dots", dots)
    with store.unit_of_work() as uow:
        session = uow.session
        vote_round = get_row(session, orm.VoteRoundRow, round_id)
        card = get_row(session, orm.CardRow, card_id)
        if card.workshop_id != vote_round.workshop_id:
            raise ValidationError("card", "vote_other_workshop")
        if card.deleted_at is not None:
            raise ValidationError("card", "vote_deleted")
        row = orm.VoteRow(
            id=vote_id or new_id(),
            round_id=round_id,
            card_id=card_id,
            dots=dots,
            device=device if device is not None else this_device(),
            created_at=at or utcnow(),
        )
        session.add(row)
        uow.commit()
    return Changes(
        workshop_id=vote_round.workshop_id,
        votes=True,
        cards=frozenset({card_id}),
        created=(row.id,),
    )


def add_dots(
    store: Store,
    round_id: uuid.UUID,
    dots: Sequence[tuple[uuid.UUID, uuid.UUID]],
    *,
    device: str | None = None,
    at: dt.datetime | None = None,
) -> Changes:
    """Record one dot per ``(card_id, vote_id)`` pair in a round, in one unit of work (a
    typed sequence such as "1 3 3 4"): a refusal on any card records none. Each dot is its
    own record under the id given, so undo (``remove_votes``) removes exactly them."""
    if not dots:
        raise ValidationError("cards", "choose_cards")
    now = at or utcnow()
    cards: set[uuid.UUID] = set()
    with store.unit_of_work() as uow:
        session = uow.session
        vote_round = get_row(session, orm.VoteRoundRow, round_id)
        for offset, (card_id, vote_id) in enumerate(dots):
            card = get_row(session, orm.CardRow, card_id)
            if card.workshop_id != vote_round.workshop_id:
                raise ValidationError("card", "vote_other_workshop")
            if card.deleted_at is not None:
                raise ValidationError("card", "vote_deleted")
            session.add(
                orm.VoteRow(
                    id=vote_id,
                    round_id=round_id,
                    card_id=card_id,
                    dots=1,
                    device=device if device is not None else this_device(),
                    # one microsecond apart: "the last dot" of a card stays well defined
                    created_at=now + dt.timedelta(microseconds=offset),
                )
            )
            cards.add(card_id)
        uow.commit()
    return Changes(
        workshop_id=vote_round.workshop_id,
        votes=True,
        cards=frozenset(cards),
        created=tuple(vote_id for _card, vote_id in dots),
    )


def remove_votes(store: Store, vote_ids: Sequence[uuid.UUID]) -> Changes:
    """Remove several vote records in one unit of work (undo of ``add_dots``)."""
    workshop_id: uuid.UUID | None = None
    cards: set[uuid.UUID] = set()
    with store.unit_of_work() as uow:
        for vote_id in vote_ids:
            row = get_row(uow.session, orm.VoteRow, vote_id)
            vote_round = get_row(uow.session, orm.VoteRoundRow, row.round_id)
            workshop_id = vote_round.workshop_id
            cards.add(row.card_id)
            uow.session.delete(row)
        uow.commit()
    return Changes(workshop_id=workshop_id, votes=True, cards=frozenset(cards))


def remove_vote(store: Store, vote_id: uuid.UUID) -> Changes:
    with store.unit_of_work() as uow:
        row = get_row(uow.session, orm.VoteRow, vote_id)
        vote_round = get_row(uow.session, orm.VoteRoundRow, row.round_id)
        card_id = row.card_id
        uow.session.delete(row)
        uow.commit()
    return Changes(workshop_id=vote_round.workshop_id, votes=True, cards=frozenset({card_id}))


def reveal_round(store: Store, round_id: uuid.UUID, revealed: bool = True) -> Changes:
    with store.unit_of_work() as uow:
        row = get_row(uow.session, orm.VoteRoundRow, round_id)
        row.revealed = revealed
        row.updated_at = utcnow()
        workshop_id = row.workshop_id
        uow.commit()
    return Changes(workshop_id=workshop_id, votes=True)


def delete_round(store: Store, round_id: uuid.UUID) -> Changes:
    with store.unit_of_work() as uow:
        row = get_row(uow.session, orm.VoteRoundRow, round_id)
        workshop_id = row.workshop_id
        uow.session.execute(delete(orm.VoteRow).where(orm.VoteRow.round_id == round_id))
        uow.session.execute(
            delete(orm.RoundNumberRow).where(orm.RoundNumberRow.round_id == round_id)
        )
        uow.session.delete(row)
        uow.commit()
    return Changes(workshop_id=workshop_id, votes=True)
