"""Rows removed from a collection (delete-orphan) leave a tombstone that travels: a partner
role or a link removed on one laptop is removed on the others and never comes back."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from coopatelier import api
from coopatelier.domain.model import PhaseKind
from coopatelier.exchange.workshop_file import export_workshop_file, import_workshop_file
from coopatelier.storage import stamps
from coopatelier.templates import Template


class Pair:
    """Two laptops holding one workshop with an action, two organisations and two cards."""

    def __init__(self, root: Path, template: Template) -> None:
        self.root = root
        self.count = 0
        self.a = api.open_store(data_dir=root / "a")
        self.b = api.open_store(data_dir=root / "b")
        self.wid = api.create_workshop(self.a, template, title="Orphelins",
                                       date=dt.date(2026, 12, 6)).new_id
        phases = api.load_workshop(self.a, self.wid).phases
        actions = next(p.id for p in phases if p.kind is PhaseKind.ACTIONS)
        drivers = next(p.id for p in phases if p.kind is PhaseKind.DRIVERS)
        self.action = api.add_card(self.a, actions, "Cantine solidaire", title="Cantine").new_id
        self.other = api.add_card(self.a, drivers, "Circuits courts").new_id
        self.third = api.add_card(self.a, drivers, "Foncier agricole").new_id
        self.org = api.add_organisation(self.a, self.wid, "Épicerie « Le Panier »").new_id
        self.org2 = api.add_organisation(self.a, self.wid, "PAT").new_id
        api.update_card(self.a, self.action,
                        partners=[api.Partner(self.org, "fournit les légumes"),
                                  api.Partner(self.org2, "finance")],
                        links=[self.other, self.third])
        self.send(self.a, self.b)

    def file(self, source: api.Store) -> Path:
        self.count += 1
        return export_workshop_file(source, self.wid, self.root / f"{self.count}.json")

    def send(self, source: api.Store, target: api.Store) -> api.ImportReport:
        return import_workshop_file(target, self.file(source))

    def partners(self, store: api.Store) -> tuple[api.Partner, ...]:
        return api.get_card(store, self.action).partners

    def links(self, store: api.Store) -> tuple[uuid.UUID, ...]:
        return tuple(api.get_card(store, self.action).links)

    def close(self) -> None:
        self.a.close()
        self.b.close()


@pytest.fixture
def pair(tmp_path: Path, mini_template: Template) -> Iterator[Pair]:
    laptops = Pair(tmp_path, mini_template)
    yield laptops
    laptops.close()


def _tombstones(store: api.Store, wid: uuid.UUID, entity: str) -> set[str]:
    with store.unit_of_work() as uow:
        every = stamps.load_stamps(uow.session, wid)
    return {row for row, fields in every.get(entity, {}).items() if "deleted" in fields}


def test_a_partner_removed_from_the_collection_leaves_a_tombstone(pair: Pair) -> None:
    api.update_card(pair.b, pair.action, partners=[api.Partner(pair.org2, "finance")])
    assert _tombstones(pair.b, pair.wid, "card_partners") == {f"{pair.action}|{pair.org}"}
    api.update_card(pair.b, pair.action, links=[pair.third])
    assert _tombstones(pair.b, pair.wid, "card_links") == {f"{pair.action}|{pair.other}"}


@pytest.mark.parametrize("order", ["remover_sends_first", "other_sends_first", "crossed"])
@pytest.mark.parametrize("collection", ["partners", "links"])
def test_a_partner_role_or_a_link_removed_on_one_laptop_is_removed_everywhere_for_good(
    pair: Pair, collection: str, order: str,
) -> None:
    """B takes every partner role, or one of the two links, off the action."""
    a, b = pair.a, pair.b
    left: tuple[object, ...] = () if collection == "partners" else (pair.third,)
    read: Callable[[api.Store], tuple[object, ...]] = getattr(pair, collection)
    api.update_card(b, pair.action, **{collection: list(left)})
    if order == "remover_sends_first":
        pair.send(b, a)
        pair.send(a, b)
    elif order == "other_sends_first":
        pair.send(a, b)
        pair.send(b, a)
    else:
        from_a, from_b = pair.file(a), pair.file(b)
        import_workshop_file(a, from_b)
        import_workshop_file(b, from_a)
    assert read(a) == read(b) == left
    for _ in range(2):  # any later exchange keeps it removed
        pair.send(a, b)
        pair.send(b, a)
    assert read(a) == read(b) == left


def test_a_removed_role_given_again_after_learning_the_removal_is_kept(pair: Pair) -> None:
    a, b = pair.a, pair.b
    api.update_card(b, pair.action, partners=[api.Partner(pair.org2, "finance")],
                    links=[pair.third])
    pair.send(b, a)
    assert pair.partners(a) == (api.Partner(pair.org2, "finance"),)
    api.update_card(a, pair.action, partners=[api.Partner(pair.org2, "finance"),
                                             api.Partner(pair.org, "livre")],
                    links=[pair.third, pair.other])
    pair.send(a, b)
    pair.send(b, a)
    expected = (api.Partner(pair.org2, "finance"), api.Partner(pair.org, "livre"))
    assert pair.partners(a) == pair.partners(b) == expected
    assert pair.links(a) == pair.links(b) == (pair.third, pair.other)


def test_a_concurrent_removal_and_new_role_the_later_one_wins_on_both_laptops(
    pair: Pair,
) -> None:
    """B removes the role; A, unaware, takes it away and gives it again later: the later
    of the tombstone and the new row wins, as for every row, on both laptops."""
    a, b = pair.a, pair.b
    api.update_card(b, pair.action, partners=[api.Partner(pair.org2, "finance")])
    api.update_card(a, pair.action, partners=[api.Partner(pair.org2, "finance")])
    api.update_card(a, pair.action, partners=[api.Partner(pair.org2, "finance"),
                                             api.Partner(pair.org, "livre")])
    from_a, from_b = pair.file(a), pair.file(b)
    import_workshop_file(a, from_b)
    import_workshop_file(b, from_a)
    expected = (api.Partner(pair.org2, "finance"), api.Partner(pair.org, "livre"))
    assert pair.partners(a) == pair.partners(b) == expected
    # and the other way round: the removal made after the new role wins
    api.update_card(a, pair.action, partners=[api.Partner(pair.org2, "finance"),
                                             api.Partner(pair.org, "encore")])
    api.update_card(b, pair.action, partners=[api.Partner(pair.org2, "finance")])
    from_a, from_b = pair.file(a), pair.file(b)
    import_workshop_file(a, from_b)
    import_workshop_file(b, from_a)
    assert pair.partners(a) == pair.partners(b) == (api.Partner(pair.org2, "finance"),)


def test_a_role_taken_off_in_the_action_history_travels_and_its_undo_too(pair: Pair) -> None:
    """The roadmap's change of roles (and taking that entry back) rewrites the partners
    through the same collection: the removal and the undo each reach the other laptop."""
    a, b = pair.a, pair.b
    changed = api.change_roles(b, pair.action, lead_organisation_id=None,
                               partners=[api.Partner(pair.org2, "finance")],
                               on=dt.date(2026, 12, 6))
    pair.send(b, a)
    assert pair.partners(a) == (api.Partner(pair.org2, "finance"),)
    pair.send(a, b)
    assert pair.partners(b) == (api.Partner(pair.org2, "finance"),)
    api.remove_event(b, changed.new_id)  # its undo gives the role back
    pair.send(b, a)
    pair.send(a, b)
    expected = (api.Partner(pair.org, "fournit les légumes"), api.Partner(pair.org2, "finance"))
    assert pair.partners(a) == pair.partners(b) == expected


def test_keeping_a_role_edits_it_in_place(pair: Pair) -> None:
    """A role changed, the others untouched: no row written anew (a new row would outlive
    a removal made meanwhile elsewhere)."""
    api.update_card(pair.a, pair.action, partners=[api.Partner(pair.org, "livre"),
                                                   api.Partner(pair.org2, "finance")])
    with pair.a.unit_of_work() as uow:
        every = stamps.load_stamps(uow.session, pair.wid)["card_partners"]
    edited, untouched = every[f"{pair.action}|{pair.org}"], every[f"{pair.action}|{pair.org2}"]
    assert set(edited) == {"", "role"} and edited["role"] > edited[""]
    assert set(untouched) == {""} and untouched[""] == edited[""]
