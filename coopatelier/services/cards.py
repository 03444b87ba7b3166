"""Use cases on cards: capture, edit, move, delete and restore, merge duplicates."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from types import SimpleNamespace

from sqlalchemy import bindparam, func, select
from sqlalchemy.orm import Session, lazyload

from coopatelier.domain.model import (
    PHASE_CARD_KIND,
    QUADRANTS,
    CardKind,
    DriverNature,
    Partner,
    PhaseKind,
    new_id,
    utcnow,
)
from coopatelier.domain.rules import check_action_year, check_rating, check_text
from coopatelier.errors import NotFoundError, ValidationError
from coopatelier.services._common import (
    get_row,
    in_scope,
    set_link_rows,
    set_partner_rows,
    this_device,
)
from coopatelier.services.changes import Changes
from coopatelier.services.votes import latest_round, number_arrivals, number_card
from coopatelier.storage import convert, orm, stamps
from coopatelier.storage.store import Store

TEXT_FIELDS = (
    "text",
    "category",
    "title",
    "narrative",
    "quadrant",
    "description",
    "first_step",
    "means",
    "indicator",
    "table_label",
    "author",
)
RATING_FIELDS = ("impact", "uncertainty", "effort")
OTHER_FIELDS = ("nature", "lead_organisation_id", "partners", "horizon_year", "checked", "links")
EDITABLE_FIELDS = frozenset(TEXT_FIELDS + RATING_FIELDS + OTHER_FIELDS)


_PHASES, _CARDS = orm.PhaseRow.__table__, orm.CardRow.__table__
_WORKSHOPS = orm.WorkshopRow.__table__
_PHASE_ID = bindparam("phase", type_=_PHASES.c.id.type)
#: a capture's one read: the phase's kind and workshop, the last position in it,
#: whether the workshop has ended and the phase's latest round (built once: building a
#: statement costs more than running it)
_PHASE_AND_LAST = select(
    _PHASES.c.kind,
    _PHASES.c.workshop_id,
    select(func.max(_CARDS.c.position)).where(_CARDS.c.phase_id == _PHASE_ID).scalar_subquery(),
    select(_WORKSHOPS.c.ended_at)
    .where(_WORKSHOPS.c.id == _PHASES.c.workshop_id)
    .scalar_subquery(),
    latest_round(_PHASE_ID).scalar_subquery(),  # whose numbers a new card joins
).where(_PHASES.c.id == _PHASE_ID)


#: a new card's texts, empty until typed
_EMPTY_TEXTS = dict.fromkeys(
    ("category", "title", "narrative", "quadrant", "description", "first_step", "means",
     "indicator"), "",
)
#: the columns a capture leaves unset (null)
_UNSET: dict[str, object] = {column.name: None for column in _CARDS.columns}


def add_card(
    store: Store,
    phase_id: uuid.UUID,
    text: str,
    *,
    kind: CardKind | None = None,
    table_label: str = "",
    author: str = "",
    device: str | None = None,
    at: dt.datetime | None = None,
    **attributes: object,
) -> Changes:
    """Capture a card in a phase; it is committed when this returns. ``at`` records when
    it was said, for cards typed in afterwards (default: now).

    An ended workshop (*End the workshop*) takes no new card: it is refused
    (``workshop_ended``) until a phase runs again, which reopens it. Cards that arrive
    from a table's file (an import) are not captures and still merge in."""
    check_text("text", text, required=True)
    with store.unit_of_work() as uow:
        session = uow.session
        found = session.connection().execute(_PHASE_AND_LAST, {"phase": phase_id}).first()
        if found is None:
            raise NotFoundError("row", what="phase", id=phase_id)
        phase_kind, workshop_id, last, ended_at, round_id = found
        if ended_at is not None:
            raise ValidationError("workshop", "workshop_ended")
        card_kind = CardKind(kind) if kind else PHASE_CARD_KIND[PhaseKind(phase_kind)]
        now = at or utcnow()
        values: dict[str, object] = {
            "id": new_id(),
            "workshop_id": workshop_id,
            "phase_id": phase_id,
            "kind": card_kind.value,
            "text": text,
            "position": (last or 0.0) + 1.0,
            "table_label": check_text("table_label", table_label),
            "author": check_text("author", author),
            "device": check_text("device", device if device is not None else this_device()),
            "created_at": now,
            "updated_at": now,
            **_EMPTY_TEXTS,
        }
        if phase_kind == PhaseKind.CLOSING.value and "checked" not in attributes:
            values["checked"] = False
        if not attributes:  # a plain capture: one insert, stamped like any new row
            stamps.insert_new(session, orm.CardRow, values)
            # the card as written, for the views (no read back)
            written = convert.card_from_row(SimpleNamespace(**{**_UNSET, **values}), (), ())
        else:  # partners and links need the card's row written first
            row = orm.CardRow(**values)
            session.add(row)
            session.flush()
            _apply(session, row, attributes)
            session.flush()
            written = (
                convert.card(row)
                if "partners" in attributes or "links" in attributes
                else convert.card_from_row(row, (), ())
            )
        if round_id is not None:  # a round is open: the card takes its next number
            number_card(session, round_id, written.id)
        uow.commit()
    return Changes(
        workshop_id=written.workshop_id, cards=frozenset({written.id}), created=(written.id,),
        written=(written,),
    )


#: an edit reads a card's partners and links only when it changes them (a rating or a
#: text while capturing does not)
_UNLESS_USED = (lazyload(orm.CardRow.partners), lazyload(orm.CardRow.links))


def update_card(store: Store, card_id: uuid.UUID, **fields: object) -> Changes:
    """Change any typed attribute of a card (text, ratings, partners, links, ...)."""
    return update_cards(store, {card_id: fields})


def update_cards(store: Store, changes: Mapping[uuid.UUID, Mapping[str, object]]) -> Changes:
    """Change several cards at once, each with its own fields (rating, tagging or
    recategorising a selection; undoing it): one unit of work, so a value refused on one
    card leaves every card as it was."""
    if not changes:
        raise ValidationError("cards", "choose_cards")
    now = utcnow()
    workshop_id: uuid.UUID | None = None
    with store.unit_of_work() as uow:
        for card_id, fields in changes.items():
            row = get_row(uow.session, orm.CardRow, card_id, _UNLESS_USED)
            if workshop_id is not None and row.workshop_id != workshop_id:
                raise ValidationError("cards", "change_two_workshops")
            if "text" in fields:
                check_text("text", fields["text"], required=True)  # type: ignore[arg-type]
            _apply(uow.session, row, dict(fields))
            row.updated_at = now
            workshop_id = row.workshop_id
        uow.commit()
    return Changes(workshop_id=workshop_id, cards=frozenset(changes))


def _apply(session: Session, row: orm.CardRow, fields: dict[str, object]) -> None:
    unknown = set(fields) - EDITABLE_FIELDS
    if unknown:
        raise ValidationError(sorted(unknown)[0], "not_card_field")
    for name, value in fields.items():
        if name in TEXT_FIELDS:
            if not isinstance(value, str):
                raise ValidationError(name, "must_be_text")
            check_text(name, value)
            if name == "quadrant" and value and value not in QUADRANTS:
                raise ValidationError(name, "quadrant")
            setattr(row, name, value)
        elif name in RATING_FIELDS:
            setattr(row, name, check_rating(name, value))  # type: ignore[arg-type]
        elif name == "nature":
            if value is None or value == "":
                row.nature = None
            else:
                allowed = {n.value for n in DriverNature}
                if value not in allowed:
                    raise ValidationError(name, "one_of", options=", ".join(sorted(allowed)))
                row.nature = str(value)
        elif name == "horizon_year":
            workshop = get_row(session, orm.WorkshopRow, row.workshop_id)
            row.horizon_year = check_action_year(
                workshop.date,
                workshop.horizon_year,
                value,  # type: ignore[arg-type]
            )
        elif name == "checked":
            if value is not None and not isinstance(value, bool):
                raise ValidationError(name, "true_false_unset")
            row.checked = value
        elif name == "lead_organisation_id":
            row.lead_organisation_id = _organisation(session, row.workshop_id, value, name)
        elif name == "partners":
            _set_partners(session, row, value)
        elif name == "links":
            _set_links(session, row, value)


def _organisation(
    session: Session, workshop_id: uuid.UUID, value: object, field: str
) -> uuid.UUID | None:
    if value is None:
        return None
    if not isinstance(value, uuid.UUID):
        raise ValidationError(field, "organisation_id")
    org = session.get(orm.OrganisationRow, value)
    if org is None or not in_scope(session, org, workshop_id):
        raise ValidationError(field, "organisation_elsewhere")
    return value


def _set_partners(session: Session, row: orm.CardRow, value: object) -> None:
    if not isinstance(value, Sequence) or isinstance(value, str):
        raise ValidationError("partners", "partners_list")
    seen: set[uuid.UUID] = set()
    rows: list[tuple[uuid.UUID, str]] = []
    for item in value:
        if not isinstance(item, Partner):
            raise ValidationError("partners", "partners_values")
        org_id = _organisation(session, row.workshop_id, item.organisation_id, "partners")
        assert org_id is not None
        if org_id in seen:
            raise ValidationError("partners", "same_organisation_twice")
        seen.add(org_id)
        check_text("partners.role", item.role)
        rows.append((org_id, item.role))
    set_partner_rows(row, rows)


def _set_links(session: Session, row: orm.CardRow, value: object) -> None:
    if not isinstance(value, Sequence) or isinstance(value, str):
        raise ValidationError("links", "card_ids")
    targets: list[uuid.UUID] = []
    for item in value:
        if not isinstance(item, uuid.UUID):
            raise ValidationError("links", "card_ids")
        if item == row.id:
            raise ValidationError("links", "self_link")
        target = session.get(orm.CardRow, item)
        if target is None or target.workshop_id != row.workshop_id:
            raise ValidationError("links", "card_elsewhere")
        if item not in targets:
            targets.append(item)
    set_link_rows(row, targets)


def move_card(
    store: Store,
    card_id: uuid.UUID,
    *,
    phase_id: uuid.UUID | None = None,
    index: int | None = None,
    category: str | None = None,
    kind: CardKind | None = None,
) -> Changes:
    """Move a card to another phase, another place in its list, or another category.

    ``index`` counts among the destination phase's live cards (0 is first; default last).
    """
    with store.unit_of_work() as uow:
        session = uow.session
        row = get_row(session, orm.CardRow, card_id)
        target_phase = row.phase_id if phase_id is None else phase_id
        phase = get_row(session, orm.PhaseRow, target_phase)
        if phase.workshop_id != row.workshop_id:
            raise ValidationError("phase", "other_workshop")
        if target_phase != row.phase_id or index is not None:
            siblings = [
                c.position
                for c in session.scalars(
                    select(orm.CardRow)
                    .where(
                        orm.CardRow.phase_id == target_phase,
                        orm.CardRow.deleted_at.is_(None),
                        orm.CardRow.merged_into_id.is_(None),
                        orm.CardRow.id != card_id,
                    )
                    .order_by(orm.CardRow.position)
                )
            ]
            row.position = _position_at(siblings, index)
            row.phase_id = target_phase
        if category is not None:
            row.category = check_text("category", category)
        if kind is not None:
            row.kind = CardKind(kind).value
        row.updated_at = utcnow()
        workshop_id = row.workshop_id
        number_arrivals(session, {row.phase_id})  # a round's numbers for a newcomer
        uow.commit()
    return Changes(workshop_id=workshop_id, cards=frozenset({card_id}))


#: fields a move may set along the way (the group a card is dropped into, ...)
MOVE_FIELDS = frozenset({"category", "nature", "table_label", "author", "impact", "uncertainty"})


@dataclass(frozen=True, slots=True)
class CardPlace:
    """Where a card is and what a move may change: read before a move, put back by undo."""

    phase_id: uuid.UUID
    position: float
    kind: CardKind
    fields: Mapping[str, object]


def move_cards(
    store: Store,
    card_ids: Sequence[uuid.UUID],
    *,
    phase_id: uuid.UUID | None = None,
    index: int | None = None,
    before: uuid.UUID | None = None,
    **fields: object,
) -> Changes:
    """Move several cards in one gesture: to another phase (default: each stays in its
    own), to a place in the destination's list, and/or into a group (``category``, table,
    author, nature, ratings), in one unit of work.

    The cards keep their order and land together: just before the card ``before`` when
    given, else at ``index`` among the destination's other live cards (0 is first), else
    last when the phase changes, else where they are. A card moved to a phase of another
    kind takes that phase's kind (a driver moved to a free phase becomes a note), so that
    it shows there; its other fields are kept.
    """
    ids = list(dict.fromkeys(card_ids))
    if not ids:
        raise ValidationError("cards", "choose_cards")
    unknown = set(fields) - MOVE_FIELDS
    if unknown:
        raise ValidationError(sorted(unknown)[0], "not_card_field")
    now = utcnow()
    with store.unit_of_work() as uow:
        session = uow.session
        rows = [get_row(session, orm.CardRow, card_id) for card_id in ids]
        workshop_id = rows[0].workshop_id
        if any(row.workshop_id != workshop_id for row in rows):
            raise ValidationError("cards", "change_two_workshops")
        target_phase: orm.PhaseRow | None = None
        if phase_id is not None:
            target_phase = get_row(session, orm.PhaseRow, phase_id)
            if target_phase.workshop_id != workshop_id:
                raise ValidationError("phase", "other_workshop")
        if before is not None:
            anchor = get_row(session, orm.CardRow, before)
            if anchor.workshop_id != workshop_id:
                raise ValidationError("cards", "change_two_workshops")
            if anchor.id in ids:
                raise ValidationError("cards", "move_onto_itself")
            if target_phase is None:
                target_phase = get_row(session, orm.PhaseRow, anchor.phase_id)
            elif anchor.phase_id != target_phase.id:
                raise ValidationError("cards", "move_anchor_elsewhere")
        moving_phase = target_phase is not None and any(
            row.phase_id != target_phase.id for row in rows
        )
        if target_phase is None and index is not None:
            target_phase = get_row(session, orm.PhaseRow, rows[0].phase_id)
        if target_phase is not None and (moving_phase or index is not None or before):
            siblings = list(
                session.scalars(
                    select(orm.CardRow)
                    .where(
                        orm.CardRow.phase_id == target_phase.id,
                        orm.CardRow.deleted_at.is_(None),
                        orm.CardRow.merged_into_id.is_(None),
                        orm.CardRow.id.not_in(ids),
                    )
                    .order_by(orm.CardRow.position)
                )
            )
            where = index
            if before is not None:
                where = next(i for i, row in enumerate(siblings) if row.id == before)
            positions = _positions_at([row.position for row in siblings], where, len(rows))
            kind = PHASE_CARD_KIND[PhaseKind(target_phase.kind)].value
            for row, position in zip(rows, positions, strict=True):
                if row.phase_id != target_phase.id:
                    row.phase_id = target_phase.id
                    row.kind = kind
                row.position = position
        for row in rows:
            _apply(session, row, dict(fields))
            row.updated_at = now
        number_arrivals(session, {row.phase_id for row in rows})
        uow.commit()
    return Changes(workshop_id=workshop_id, cards=frozenset(ids))


def card_places(
    store: Store, card_ids: Iterable[uuid.UUID], fields: Iterable[str] = ()
) -> dict[uuid.UUID, CardPlace]:
    """Where cards are now, with the values of ``fields``: what undoing a move puts back."""
    names = list(fields)
    unknown = set(names) - MOVE_FIELDS
    if unknown:
        raise ValidationError(sorted(unknown)[0], "not_card_field")
    places: dict[uuid.UUID, CardPlace] = {}
    with store.unit_of_work() as uow:
        for card_id in card_ids:
            row = get_row(uow.session, orm.CardRow, card_id)
            places[card_id] = CardPlace(
                row.phase_id,
                row.position,
                CardKind(row.kind),
                {name: getattr(row, name) for name in names},
            )
    return places


def place_cards(store: Store, places: Mapping[uuid.UUID, CardPlace]) -> Changes:
    """Put cards back exactly where ``card_places`` found them (undo of a move), in one
    unit of work."""
    if not places:
        raise ValidationError("cards", "choose_cards")
    now = utcnow()
    workshop_id: uuid.UUID | None = None
    with store.unit_of_work() as uow:
        for card_id, place in places.items():
            row = get_row(uow.session, orm.CardRow, card_id)
            phase = get_row(uow.session, orm.PhaseRow, place.phase_id)
            if phase.workshop_id != row.workshop_id or workshop_id not in (
                None,
                row.workshop_id,
            ):
                raise ValidationError("cards", "change_two_workshops")
            row.phase_id = place.phase_id
            row.position = place.position
            row.kind = CardKind(place.kind).value
            _apply(uow.session, row, dict(place.fields))
            row.updated_at = now
            workshop_id = row.workshop_id
        number_arrivals(uow.session, {place.phase_id for place in places.values()})
        uow.commit()
    return Changes(workshop_id=workshop_id, cards=frozenset(places))


def duplicate_cards(
    store: Store,
    card_ids: Sequence[uuid.UUID],
    *,
    new_ids: Sequence[uuid.UUID] | None = None,
) -> Changes:
    """Copy cards, each copy placed just after its original, in one unit of work; the
    copies are new captures (this device, now) with the same text and typed attributes.
    ``new_ids`` names the copies (one per card)."""
    ids = list(dict.fromkeys(card_ids))
    if not ids:
        raise ValidationError("cards", "choose_cards")
    copies_ids = list(new_ids) if new_ids is not None else [new_id() for _ in ids]
    if len(copies_ids) != len(ids):
        raise ValidationError("cards", "choose_cards")
    now = utcnow()
    created: list[uuid.UUID] = []
    workshop_id: uuid.UUID | None = None
    with store.unit_of_work() as uow:
        session = uow.session
        for card_id, copy_id in zip(ids, copies_ids, strict=True):
            row = get_row(session, orm.CardRow, card_id)
            if workshop_id not in (None, row.workshop_id):
                raise ValidationError("cards", "change_two_workshops")
            workshop_id = row.workshop_id
            following = session.scalar(
                select(func.min(orm.CardRow.position)).where(
                    orm.CardRow.phase_id == row.phase_id,
                    orm.CardRow.position > row.position,
                )
            )
            position = row.position + 1.0 if following is None else (
                (row.position + following) / 2.0
            )
            copy = orm.CardRow(
                id=copy_id,
                workshop_id=row.workshop_id,
                phase_id=row.phase_id,
                kind=row.kind,
                text=row.text,
                position=position,
                table_label=row.table_label,
                author=row.author,
                device=this_device(),
                created_at=now,
                updated_at=now,
            )
            for name in (*TEXT_FIELDS, *RATING_FIELDS, "nature", "checked",
                         "lead_organisation_id", "horizon_year"):
                if name not in ("text", "table_label", "author"):
                    setattr(copy, name, getattr(row, name))
            session.add(copy)
            session.flush()
            copy.partners.extend(
                orm.CardPartnerRow(organisation_id=p.organisation_id, role=p.role,
                                   position=p.position)
                for p in row.partners
            )
            copy.links.extend(
                orm.CardLinkRow(target_id=link.target_id, position=link.position)
                for link in row.links
            )
            created.append(copy_id)
        number_arrivals(session, {get_row(session, orm.CardRow, i).phase_id for i in created})
        uow.commit()
    return Changes(workshop_id=workshop_id, cards=frozenset(created), created=tuple(created))


def _positions_at(sorted_positions: list[float], index: int | None, count: int) -> list[float]:
    """``count`` increasing positions that fit between the neighbours of ``index``."""
    if not sorted_positions:
        return [float(i + 1) for i in range(count)]
    if index is None or index >= len(sorted_positions):
        start = sorted_positions[-1]
        return [start + i + 1.0 for i in range(count)]
    if index <= 0:
        end = sorted_positions[0]
        return [end - count + i for i in range(count)]
    low, high = sorted_positions[index - 1], sorted_positions[index]
    step = (high - low) / (count + 1)
    return [low + step * (i + 1) for i in range(count)]


def _position_at(sorted_positions: list[float], index: int | None) -> float:
    if not sorted_positions:
        return 1.0
    if index is None or index >= len(sorted_positions):
        return sorted_positions[-1] + 1.0
    if index <= 0:
        return sorted_positions[0] - 1.0
    return (sorted_positions[index - 1] + sorted_positions[index]) / 2.0


def delete_cards(store: Store, card_ids: Iterable[uuid.UUID]) -> Changes:
    """Soft-delete cards: they disappear from views and exports but are kept for undo,
    merges and the record."""
    return _set_deleted(store, card_ids, deleted=True)


def restore_cards(store: Store, card_ids: Iterable[uuid.UUID]) -> Changes:
    return _set_deleted(store, card_ids, deleted=False)


def _set_deleted(store: Store, card_ids: Iterable[uuid.UUID], *, deleted: bool) -> Changes:
    ids = list(card_ids)
    phases: set[uuid.UUID] = set()
    now = utcnow()
    workshop_id: uuid.UUID | None = None
    with store.unit_of_work() as uow:
        for card_id in ids:
            row = get_row(uow.session, orm.CardRow, card_id)
            row.deleted_at = now if deleted else None
            row.updated_at = now
            workshop_id = row.workshop_id
            phases.add(row.phase_id)
        if not deleted:  # back in its phase: a round's number if it had none
            number_arrivals(uow.session, phases)
        voted = bool(
            uow.session.scalar(
                select(func.count()).select_from(orm.VoteRow).where(orm.VoteRow.card_id.in_(ids))
            )
        )
        uow.commit()
    # votes only "change" (a tally shown or hidden) when these cards had some
    return Changes(workshop_id=workshop_id, cards=frozenset(ids), votes=voted)


def merge_cards(store: Store, target_id: uuid.UUID, others: Iterable[uuid.UUID]) -> Changes:
    """Merge duplicates into ``target_id``: the others stay stored with their text and
    provenance, marked as merged; their votes count for the target."""
    ids = [i for i in others if i != target_id]
    if not ids:
        raise ValidationError("cards", "merge_none")
    now = utcnow()
    with store.unit_of_work() as uow:
        target = get_row(uow.session, orm.CardRow, target_id)
        if target.merged_into_id is not None:
            raise ValidationError("cards", "merge_target_merged")
        for card_id in ids:
            row = get_row(uow.session, orm.CardRow, card_id)
            if row.workshop_id != target.workshop_id:
                raise ValidationError("cards", "merge_two_workshops")
            for child in uow.session.scalars(
                select(orm.CardRow).where(orm.CardRow.merged_into_id == card_id)
            ):
                child.merged_into_id = target_id
                child.updated_at = now
            row.merged_into_id = target_id
            row.updated_at = now
        target.updated_at = now
        uow.commit()
    return Changes(workshop_id=target.workshop_id, cards=frozenset([target_id, *ids]), votes=True)


def unmerge_cards(store: Store, card_ids: Iterable[uuid.UUID]) -> Changes:
    ids = list(card_ids)
    now = utcnow()
    workshop_id: uuid.UUID | None = None
    with store.unit_of_work() as uow:
        for card_id in ids:
            row = get_row(uow.session, orm.CardRow, card_id)
            row.merged_into_id = None
            row.updated_at = now
            workshop_id = row.workshop_id
        number_arrivals(
            uow.session, {get_row(uow.session, orm.CardRow, i).phase_id for i in ids}
        )
        uow.commit()
    return Changes(workshop_id=workshop_id, cards=frozenset(ids), votes=True)


def set_axes(
    store: Store,
    workshop_id: uuid.UUID,
    *,
    x_driver_id: uuid.UUID | None,
    y_driver_id: uuid.UUID | None,
    x_low: str = "",
    x_high: str = "",
    y_low: str = "",
    y_high: str = "",
) -> Changes:
    """Name the 2×2 scenario axes, built from two key uncertainties."""
    for name, value in (("x_low", x_low), ("x_high", x_high), ("y_low", y_low), ("y_high", y_high)):
        check_text(name, value)
    with store.unit_of_work() as uow:
        session = uow.session
        get_row(session, orm.WorkshopRow, workshop_id)
        for name, driver in (("x_driver_id", x_driver_id), ("y_driver_id", y_driver_id)):
            if driver is not None:
                card = get_row(session, orm.CardRow, driver)
                if card.workshop_id != workshop_id or card.kind != CardKind.DRIVER.value:
                    raise ValidationError(name, "axis_driver")
        if x_driver_id is not None and x_driver_id == y_driver_id:
            raise ValidationError("y_driver_id", "axis_same")
        row = session.get(orm.ScenarioAxesRow, workshop_id)
        if row is None:
            row = orm.ScenarioAxesRow(workshop_id=workshop_id)
            session.add(row)
        row.x_driver_id, row.y_driver_id = x_driver_id, y_driver_id
        row.x_low, row.x_high, row.y_low, row.y_high = x_low, x_high, y_low, y_high
        row.updated_at = utcnow()
        uow.commit()
    return Changes(workshop_id=workshop_id, workshop=True)
