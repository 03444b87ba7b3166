"""Field-level merge by stamps: each scenario of issue #14 that the whole-row merge lost."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from coopatelier import api
from coopatelier.domain.model import PhaseKind
from coopatelier.domain.people import name_key
from coopatelier.exchange.workshop_file import export_workshop_file, import_workshop_file
from coopatelier.services.conflicts import list_conflicts, take_conflict_value
from coopatelier.storage import stamps
from coopatelier.templates import Template


class Laptops:
    def __init__(self, root: Path, template: Template) -> None:
        self.root = root
        self.a = api.open_store(data_dir=root / "a")
        self.b = api.open_store(data_dir=root / "b")
        self.c = api.open_store(data_dir=root / "c")
        self.wid = api.create_workshop(self.a, template, title="Fusion",
                                       date=dt.date(2026, 4, 14)).new_id
        data = api.load_workshop(self.a, self.wid)
        self.drivers = next(p for p in data.phases if p.kind is PhaseKind.DRIVERS).id
        self.card = api.add_card(self.a, self.drivers, "Texte d'origine").new_id
        self.round = api.create_round(self.a, self.drivers, title="Tour").new_id
        self.count = 0
        for other in (self.b, self.c):
            self.send(self.a, other)

    def send(self, source: api.Store, target: api.Store) -> api.ImportReport:
        self.count += 1
        path = export_workshop_file(source, self.wid, self.root / f"{self.count}.json")
        return import_workshop_file(target, path)

    def file(self, source: api.Store) -> Path:
        self.count += 1
        return export_workshop_file(source, self.wid, self.root / f"{self.count}.json")

    def close(self) -> None:
        for store in (self.a, self.b, self.c):
            store.close()


@pytest.fixture
def laptops(tmp_path: Path, mini_template: Template) -> Iterator[Laptops]:
    trio = Laptops(tmp_path, mini_template)
    yield trio
    trio.close()


def test_two_laptops_changing_two_fields_of_one_card_keep_both(laptops: Laptops) -> None:
    api.update_card(laptops.b, laptops.card, impact=4)
    api.update_card(laptops.c, laptops.card, text="Texte corrigé")
    from_b, from_c = laptops.file(laptops.b), laptops.file(laptops.c)
    first = import_workshop_file(laptops.a, from_b)
    second = import_workshop_file(laptops.a, from_c)
    card = api.get_card(laptops.a, laptops.card)
    assert (card.impact, card.text) == (4, "Texte corrigé")
    assert first.conflicts == [] and second.conflicts == []


def test_a_correction_made_after_seeing_an_edit_wins_whatever_the_clocks(
    laptops: Laptops,
) -> None:
    with laptops.b.unit_of_work() as uow:
        device_b = stamps.device_id(uow.session)
        uow.commit()
    stamps.CLOCK_SKEW_MS[device_b] = 3_600_000  # B's clock is one hour fast
    try:
        api.update_card(laptops.b, laptops.card, text="Version de B")
    finally:
        stamps.CLOCK_SKEW_MS.pop(device_b)
    from_b = laptops.file(laptops.b)
    import_workshop_file(laptops.a, from_b)
    api.update_card(laptops.a, laptops.card, text="Correction de A, après B")
    from_a = laptops.file(laptops.a)
    # C receives them in either order: A's later correction wins, and it is no conflict
    reports = [import_workshop_file(laptops.c, from_a), import_workshop_file(laptops.c, from_b)]
    assert api.get_card(laptops.c, laptops.card).text == "Correction de A, après B"
    assert all(report.conflicts == [] for report in reports)
    assert laptops.send(laptops.a, laptops.b).conflicts == []
    assert api.get_card(laptops.b, laptops.card).text == "Correction de A, après B"


def test_concurrent_edits_are_reported_on_both_sides_and_the_loser_can_be_taken(
    laptops: Laptops,
) -> None:
    api.update_card(laptops.b, laptops.card, text="Version B")
    api.update_card(laptops.a, laptops.card, text="Version A")  # later stamp: wins
    from_a, from_b = laptops.file(laptops.a), laptops.file(laptops.b)
    on_a = import_workshop_file(laptops.a, from_b)
    on_b = import_workshop_file(laptops.b, from_a)
    assert api.get_card(laptops.a, laptops.card).text == "Version A"
    assert api.get_card(laptops.b, laptops.card).text == "Version A"
    assert len(on_a.conflicts) == 1 and "this laptop’s “Version A”" in on_a.conflicts[0]
    assert len(on_b.conflicts) == 1 and "the file’s “Version A”" in on_b.conflicts[0]
    assert "«\u202fVersion A\u202f» du fichier" in on_b.conflict_lines("fr")[0]
    # nothing new the second time
    assert import_workshop_file(laptops.a, from_b).conflicts == []
    # the facilitator takes the losing value instead: a new change, which travels
    (conflict,) = list_conflicts(laptops.a, laptops.wid)
    assert (conflict.kept, conflict.other) == ("Version A", "Version B")
    take_conflict_value(laptops.a, conflict.id, take_other=True)
    assert api.get_card(laptops.a, laptops.card).text == "Version B"
    assert list_conflicts(laptops.a, laptops.wid)[0].resolved
    laptops.send(laptops.a, laptops.b)
    assert api.get_card(laptops.b, laptops.card).text == "Version B"
    take_conflict_value(laptops.a, conflict.id, take_other=False)  # undo
    assert api.get_card(laptops.a, laptops.card).text == "Version A"
    assert not list_conflicts(laptops.a, laptops.wid)[0].resolved


def test_a_yes_or_no_field_against_an_unset_one_is_worded_like_the_conflicts_view(
    laptops: Laptops,
) -> None:
    """One laptop unsets a card's "checked" while the other sets it to No: the report
    words the value No/Non and the unset one "—", never Python's False."""
    api.update_card(laptops.a, laptops.card, checked=True)
    laptops.send(laptops.a, laptops.b)
    api.update_card(laptops.b, laptops.card, checked=None)
    api.update_card(laptops.a, laptops.card, checked=False)  # later stamp: wins
    report = import_workshop_file(laptops.a, laptops.file(laptops.b))
    (line,) = report.conflicts
    assert "“No”" in line and "“—”" in line and "False" not in line
    (french,) = report.conflict_lines("fr")
    assert "«\u202fNon\u202f»" in french and "False" not in french


def test_removed_vote_round_and_phase_stay_removed_when_an_older_file_comes(
    laptops: Laptops,
) -> None:
    vote = api.add_votes(laptops.a, laptops.round, laptops.card, 2).new_id
    extra_round = api.create_round(laptops.a, laptops.drivers, title="Bis").new_id
    intro = next(p.id for p in api.load_workshop(laptops.a, laptops.wid).phases
                 if p.kind is PhaseKind.INTRO)
    old = laptops.file(laptops.a)
    api.remove_votes(laptops.a, [vote])
    api.delete_round(laptops.a, extra_round)
    api.remove_phase(laptops.a, intro)
    newer = laptops.file(laptops.a)
    import_workshop_file(laptops.b, old)
    report = import_workshop_file(laptops.b, newer)
    import_workshop_file(laptops.a, old)
    for store in (laptops.a, laptops.b):
        data = api.load_workshop(store, laptops.wid)
        assert data.votes == ()
        assert [r.id for r in data.rounds] == [laptops.round]
        assert intro not in {p.id for p in data.phases}
    assert report.conflicts == []


def test_an_undone_deletion_travels(laptops: Laptops) -> None:
    api.delete_cards(laptops.a, [laptops.card])
    laptops.send(laptops.a, laptops.b)
    assert api.get_card(laptops.b, laptops.card).deleted
    api.restore_cards(laptops.a, [laptops.card])
    laptops.send(laptops.a, laptops.b)
    assert not api.get_card(laptops.b, laptops.card).deleted


def test_a_merged_duplicate_edited_elsewhere_stays_merged_and_is_reported(
    laptops: Laptops,
) -> None:
    twin = api.add_card(laptops.a, laptops.drivers, "Doublon").new_id
    laptops.send(laptops.a, laptops.b)
    api.merge_cards(laptops.a, laptops.card, [twin])
    api.update_card(laptops.b, twin, text="Doublon précisé")
    report = laptops.send(laptops.b, laptops.a)
    card = api.get_card(laptops.a, twin)
    assert card.merged_into_id == laptops.card and card.text == "Doublon précisé"
    assert any("stays removed" in line for line in report.conflicts)


def test_the_same_organisation_and_person_added_on_two_laptops_become_one(
    laptops: Laptops,
) -> None:
    api.add_participants(laptops.a, laptops.wid, "Élodie Martin\tMairie de Lyon")
    api.add_participants(laptops.b, laptops.wid, "elodie  martin.\tmairie de lyon")
    action = api.add_card(laptops.b, laptops.drivers, "Action").new_id
    org_b = api.load_workshop(laptops.b, laptops.wid).organisations[0].id
    api.update_card(laptops.b, action, lead_organisation_id=org_b)
    laptops.send(laptops.b, laptops.a)
    laptops.send(laptops.a, laptops.b)
    for store in (laptops.a, laptops.b):
        data = api.load_workshop(store, laptops.wid)
        assert len(data.organisations) == 1 and len(data.participants) == 1
        (org,) = data.organisations
        assert data.participants[0].organisation_id == org.id
        assert api.get_card(store, action).lead_organisation_id == org.id
    assert name_key("A.D.E.M.E.") == name_key("ademe")
    assert name_key("Jean-Pierre") == name_key("jean pierre")


def test_a_version_2_file_still_imports_and_twice_changes_nothing(laptops: Laptops) -> None:
    api.update_card(laptops.b, laptops.card, text="Depuis un vieux fichier")
    document = json.loads(laptops.file(laptops.b).read_text(encoding="utf-8"))
    document["version"] = 2
    del document["stamps"], document["seen"]
    path = laptops.root / "v2.json"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    import_workshop_file(laptops.c, path)
    assert api.get_card(laptops.c, laptops.card).text == "Depuis un vieux fichier"
    again = import_workshop_file(laptops.c, path)
    assert (again.created, again.updated, again.conflicts) == (0, 0, [])


def test_stamps_sort_by_time_then_counter_then_device() -> None:
    first = stamps.next_stamp("", "aaa", 1000)
    same_ms = stamps.next_stamp(first, "aaa", 1000)
    clock_back = stamps.next_stamp(same_ms, "aaa", 10)
    assert first < same_ms < clock_back
    assert stamps.make_stamp(5, 0, "b") > stamps.make_stamp(5, 0, "a")
    assert stamps.STAMP_RE.fullmatch(clock_back) and uuid.uuid4()


def test_phases_reordered_and_added_on_two_laptops_never_share_a_place(
    laptops: Laptops,
) -> None:
    phases = api.load_workshop(laptops.a, laptops.wid).phases
    api.move_phase(laptops.a, phases[-1].id, 0)
    api.update_phase(laptops.b, phases[1].id, planned_minutes=42)
    api.move_phase(laptops.b, phases[0].id, 2)
    api.add_phase(laptops.a, laptops.wid, kind=PhaseKind.DRIVERS, title="Moteurs, bis",
                  minutes=20)
    api.add_phase(laptops.b, laptops.wid, kind=PhaseKind.FUTURES, title="Futurs, bis",
                  minutes=20)
    laptops.send(laptops.a, laptops.b)
    laptops.send(laptops.b, laptops.a)
    orders = []
    for store in (laptops.a, laptops.b):
        merged = api.load_workshop(store, laptops.wid).phases
        positions = [p.position for p in merged]
        assert positions == list(range(len(merged)))
        assert next(p for p in merged if p.id == phases[1].id).planned_minutes == 42
        orders.append([p.id for p in merged])
    assert orders[0] == orders[1] and len(orders[0]) == len(phases) + 2


def test_a_workshop_deleted_here_comes_back_whole_from_its_file(laptops: Laptops) -> None:
    """Deleting a workshop from this laptop is not a change that travels: its stamps go
    with it, so importing its file again brings it back."""
    path = laptops.file(laptops.a)
    api.delete_workshop(laptops.b, laptops.wid)
    with laptops.b.unit_of_work() as uow:
        assert stamps.load_stamps(uow.session, laptops.wid) == {}
    report = import_workshop_file(laptops.b, path)
    assert report.new_workshop
    assert api.get_card(laptops.b, laptops.card).text == "Texte d'origine"


def test_a_card_moved_out_of_a_phase_removed_later_keeps_its_edit_when_an_older_file_comes(
    laptops: Laptops,
) -> None:
    """The stateful test's shrunk example ("an impact edit lost after phase removals"): A
    rates the closing phase's card; B moves that card to the drivers; A takes B's file and
    removes the closing phase, now empty; C, who saw none of it, sends its file, where the
    card is still in the closing phase. The card's phase is the one with the greater stamp
    (B's move), not the file's: the card lives, and A's rating with it, on every laptop."""
    data = api.load_workshop(laptops.a, laptops.wid)
    closing = next(p.id for p in data.phases if p.kind is PhaseKind.CLOSING)
    seed = next(c.id for c in data.cards if c.phase_id == closing)
    api.update_card(laptops.a, seed, impact=3)
    api.move_cards(laptops.b, [seed], phase_id=laptops.drivers, index=3)
    laptops.send(laptops.b, laptops.a)
    api.remove_phase(laptops.a, closing)
    laptops.send(laptops.c, laptops.a)
    card = api.get_card(laptops.a, seed)
    assert (card.phase_id, card.impact, card.deleted) == (laptops.drivers, 3, False)
    for _ in range(2):  # every laptop sees every change
        for source, target in ((laptops.a, laptops.b), (laptops.a, laptops.c),
                               (laptops.b, laptops.c), (laptops.c, laptops.a)):
            laptops.send(source, target)
    for store in (laptops.a, laptops.b, laptops.c):
        card = api.get_card(store, seed)
        assert (card.phase_id, card.impact, card.deleted) == (laptops.drivers, 3, False)
        assert closing not in {p.id for p in api.load_workshop(store, laptops.wid).phases}


def test_a_file_that_moves_a_card_and_removes_its_old_phase_imports(laptops: Laptops) -> None:
    """B moves the closing phase's card to the drivers and removes the emptied phase; on C
    the card is still in that phase: the import moves the card before removing the phase
    (the database's cascade would delete it, and the import failed)."""
    data = api.load_workshop(laptops.b, laptops.wid)
    closing = next(p.id for p in data.phases if p.kind is PhaseKind.CLOSING)
    seed = next(c.id for c in data.cards if c.phase_id == closing)
    api.update_card(laptops.c, seed, text="Confiance mutuelle")
    api.move_cards(laptops.b, [seed], phase_id=laptops.drivers)
    api.remove_phase(laptops.b, closing)
    report = laptops.send(laptops.b, laptops.c)
    card = api.get_card(laptops.c, seed)
    assert (card.phase_id, card.text, card.deleted) == (laptops.drivers, "Confiance mutuelle",
                                                        False)
    assert closing not in {p.id for p in api.load_workshop(laptops.c, laptops.wid).phases}
    assert (report.updated, report.conflicts) == (2, [])
    assert seed in report.changes.cards and closing in report.changes.phases


def _state(store: api.Store, wid: uuid.UUID) -> tuple[object, ...]:
    data = api.load_workshop(store, wid)
    with store.unit_of_work() as uow:
        every = stamps.load_stamps(uow.session, wid)
    return (sorted((p.id, p.title) for p in data.phases),
            sorted((c.id, c.phase_id, c.text) for c in data.cards),
            sorted((r.id, r.phase_id) for r in data.rounds),
            sorted((v.id, v.round_id, v.card_id) for v in data.votes), every)


def test_a_card_moved_into_a_phase_removed_elsewhere_keeps_the_phase_on_both_laptops(
    laptops: Laptops,
) -> None:
    """No lost notes: the removal does not take the card a concurrent move put there."""
    a, b = laptops.a, laptops.b
    futures = next(p.id for p in api.load_workshop(a, laptops.wid).phases
                   if p.kind is PhaseKind.FUTURES)
    api.remove_phase(a, futures)
    api.move_cards(b, [laptops.card], phase_id=futures)
    from_a, from_b = laptops.file(a), laptops.file(b)
    reports = [import_workshop_file(a, from_b), import_workshop_file(b, from_a)]
    for store, report in zip((a, b), reports, strict=True):
        data = api.load_workshop(store, laptops.wid)
        card = next(c for c in data.cards if c.id == laptops.card)
        assert card.phase_id == futures and card.text == "Texte d'origine"
        assert futures in {p.id for p in data.phases}
        assert report.conflicts == [
            "Futurs souhaitables: phase removed on one laptop while a card was moved into it "
            "on another: the phase is kept."]
        assert "phase supprimée" in report.conflict_lines("fr")[0]
        assert report.summary("en").endswith("unchanged. " + report.conflicts[0])
    laptops.send(a, b)  # the phases renumbered on each side: the later stamp wins
    laptops.send(b, a)
    assert _state(a, laptops.wid) == _state(b, laptops.wid)
    # a third laptop that holds only the removal comes to the same phase kept
    laptops.send(a, laptops.c)
    laptops.send(laptops.c, b)
    laptops.send(b, a)
    assert _state(laptops.c, laptops.wid) == _state(a, laptops.wid) == _state(b, laptops.wid)


def test_a_vote_cast_in_a_round_deleted_elsewhere_keeps_the_round(laptops: Laptops) -> None:
    a, b = laptops.a, laptops.b
    api.delete_round(a, laptops.round)
    api.add_votes(b, laptops.round, laptops.card, 2)
    from_a, from_b = laptops.file(a), laptops.file(b)
    reports = [import_workshop_file(a, from_b), import_workshop_file(b, from_a)]
    for store, report in zip((a, b), reports, strict=True):
        data = api.load_workshop(store, laptops.wid)
        assert [r.id for r in data.rounds] == [laptops.round]
        assert sum(v.dots for v in data.votes) == 2
        assert len(report.conflicts) == 1 and "round is kept" in report.conflicts[0]
    assert _state(a, laptops.wid) == _state(b, laptops.wid)


def test_a_round_deleted_after_seeing_its_votes_stays_deleted(laptops: Laptops) -> None:
    """Only a concurrent change keeps a parent: votes the remover had seen go with it."""
    a, b = laptops.a, laptops.b
    api.add_votes(b, laptops.round, laptops.card, 1)
    laptops.send(b, a)
    api.delete_round(a, laptops.round)
    report = laptops.send(a, b)
    assert report.conflicts == []
    assert api.load_workshop(b, laptops.wid).rounds == ()


def test_a_file_that_moves_a_card_into_a_new_phase_and_removes_the_old_one_imports(
    laptops: Laptops,
) -> None:
    """The new phase is created before the card moves, so the old one's removal spares it."""
    b = laptops.b
    new = api.add_phase(b, laptops.wid, kind=PhaseKind.FUTURES, title="Nouvelle",
                        minutes=10).new_id
    api.move_cards(b, [laptops.card], phase_id=new)
    api.delete_round(b, laptops.round)
    api.remove_phase(b, laptops.drivers)
    laptops.send(b, laptops.a)
    data = api.load_workshop(laptops.a, laptops.wid)
    assert {c.id: c.phase_id for c in data.cards}[laptops.card] == new
    assert laptops.drivers not in {p.id for p in data.phases}


def _exchange_in_order(laptops: Laptops, order: str) -> dict[api.Store, api.ImportReport]:
    """A (the remover) and B exchange their files in ``order``; the reports of the imports
    that met the concurrent change (the later import has nothing left to say)."""
    a, b = laptops.a, laptops.b
    from_a, from_b = laptops.file(a), laptops.file(b)
    if order == "crossed":
        return {a: import_workshop_file(a, from_b), b: import_workshop_file(b, from_a)}
    if order == "remover_first":
        reports = {a: import_workshop_file(a, from_b)}
        assert laptops.send(a, b).conflicts == []  # B had nothing removed: nothing to say
        return reports
    reports = {b: import_workshop_file(b, from_a)}
    assert laptops.send(b, a).conflicts == []
    return reports


def _assert_kept_said(
    reports: dict[api.Store, api.ImportReport], role_en: str, role_fr: str,
) -> None:
    """Each report says, in one sentence in EN and FR, that the organisation is kept."""
    for report in reports.values():
        assert report.conflicts == [
            f"Épicerie « Le Panier »: organisation removed on one laptop while it was "
            f"{role_en} an action on another: the organisation is kept."]
        assert report.conflict_lines("fr") == [
            "Épicerie « Le Panier »\u00a0: organisation supprimée sur un ordinateur pendant "
            f"qu’elle {role_fr}une action sur un autre\u00a0: l’organisation est conservée."]
        assert report.summary("en").endswith("unchanged. " + report.conflicts[0])


def _assert_one_state_after_both_sent(laptops: Laptops) -> None:
    """A and B send each other what they hold and come to the same cards and organisations."""
    laptops.send(laptops.a, laptops.b)
    laptops.send(laptops.b, laptops.a)
    assert _state(laptops.a, laptops.wid) == _state(laptops.b, laptops.wid)
    assert _orgs(laptops.a, laptops.wid) == _orgs(laptops.b, laptops.wid)


def _partner_on_removed_organisation(laptops: Laptops) -> tuple[uuid.UUID, uuid.UUID]:
    """A adds an organisation and sends it; then A removes it while B, unaware, makes it
    a partner of an action. Returns (organisation, action)."""
    a, b = laptops.a, laptops.b
    org = api.add_organisation(a, laptops.wid, "Épicerie « Le Panier »").new_id
    laptops.send(a, b)
    laptops.send(a, laptops.c)
    actions = next(p.id for p in api.load_workshop(b, laptops.wid).phases
                   if p.kind is PhaseKind.ACTIONS)
    action = api.add_card(b, actions, "Cantine solidaire", title="Cantine").new_id
    api.update_card(b, action, partners=[api.Partner(org, "fournit les légumes")])
    api.remove_organisation(a, org)
    return org, action


@pytest.mark.parametrize("order", ["crossed", "remover_first", "adder_first"])
def test_an_organisation_removed_while_made_a_partner_elsewhere_is_kept_on_both_laptops(
    laptops: Laptops, order: str,
) -> None:
    """No lost role: the removal does not take the partner role a concurrent change gave the
    organisation; whichever laptop imports first, both keep the organisation and the role,
    and the summary says so in one sentence."""
    org, action = _partner_on_removed_organisation(laptops)
    a, b = laptops.a, laptops.b
    reports = _exchange_in_order(laptops, order)
    for store in (a, b):
        data = api.load_workshop(store, laptops.wid)
        assert org in {o.id for o in data.organisations}
        card = next(c for c in data.cards if c.id == action)
        assert card.partners == (api.Partner(org, "fournit les légumes"),)
        assert list_conflicts(store, laptops.wid) == []  # said, nothing to decide
    _assert_kept_said(reports, "made a partner of", "devenait partenaire d’")
    _assert_one_state_after_both_sent(laptops)
    # a third laptop that holds only the removal comes to the organisation kept
    laptops.send(a, laptops.c)
    laptops.send(laptops.c, b)
    laptops.send(b, a)
    assert _orgs(laptops.c, laptops.wid) == _orgs(a, laptops.wid) == _orgs(b, laptops.wid)
    assert org in {o.id for o in api.load_workshop(laptops.c, laptops.wid).organisations}


@pytest.mark.parametrize("order", ["crossed", "remover_first", "adder_first"])
@pytest.mark.parametrize("card", ["new_action", "existing_action"])
def test_an_organisation_removed_while_made_a_lead_elsewhere_is_kept_on_both_laptops(
    laptops: Laptops, order: str, card: str,
) -> None:
    """A removes an organisation while B, unaware, makes it the lead of an action (a new
    one, or one both had): the lead is never emptied silently; the organisation is kept on
    both laptops, whichever imports first, and the summary says so in EN and FR."""
    a, b = laptops.a, laptops.b
    org = api.add_organisation(a, laptops.wid, "Épicerie « Le Panier »").new_id
    actions = next(p.id for p in api.load_workshop(a, laptops.wid).phases
                   if p.kind is PhaseKind.ACTIONS)
    if card == "existing_action":
        action = api.add_card(a, actions, "Cantine solidaire", title="Cantine").new_id
        laptops.send(a, b)
        api.update_card(b, action, lead_organisation_id=org)
    else:
        laptops.send(a, b)
        action = api.add_card(b, actions, "Cantine solidaire", title="Cantine",
                              lead_organisation_id=org).new_id
    laptops.send(a, laptops.c)
    api.remove_organisation(a, org)
    reports = _exchange_in_order(laptops, order)
    for store in (a, b):
        data = api.load_workshop(store, laptops.wid)
        assert org in {o.id for o in data.organisations}
        assert next(c for c in data.cards if c.id == action).lead_organisation_id == org
    _assert_kept_said(reports, "made the lead of", "devenait pilote d’")
    _assert_one_state_after_both_sent(laptops)
    # a third laptop that holds only the removal comes to the organisation and the lead
    laptops.send(a, laptops.c)
    data = api.load_workshop(laptops.c, laptops.wid)
    assert next(c for c in data.cards if c.id == action).lead_organisation_id == org


def test_an_organisation_removed_after_seeing_it_lead_takes_the_lead_with_it(
    laptops: Laptops,
) -> None:
    """Only a concurrent lead keeps it: a remover who had seen the action led by it (and
    took the lead back before the removal) removes the organisation, and the action has
    no lead on both laptops (nothing to report)."""
    a, b = laptops.a, laptops.b
    org = api.add_organisation(a, laptops.wid, "PAT bis").new_id
    actions = next(p.id for p in api.load_workshop(a, laptops.wid).phases
                   if p.kind is PhaseKind.ACTIONS)
    action = api.add_card(a, actions, "Cantine", lead_organisation_id=org).new_id
    laptops.send(a, b)
    api.update_card(a, action, lead_organisation_id=None)
    api.remove_organisation(a, org)
    report = laptops.send(a, b)
    assert report.conflicts == []
    data = api.load_workshop(b, laptops.wid)
    assert org not in {o.id for o in data.organisations}
    assert next(c for c in data.cards if c.id == action).lead_organisation_id is None


def test_an_organisation_removed_by_the_laptop_that_gave_its_role_stays_removed(
    laptops: Laptops,
) -> None:
    """Only a concurrent change keeps it: a remover who had seen the role (here, its own,
    taken back before the removal) removes the organisation, and the role goes with it."""
    a, b = laptops.a, laptops.b
    org = api.add_organisation(a, laptops.wid, "PAT bis").new_id
    actions = next(p.id for p in api.load_workshop(a, laptops.wid).phases
                   if p.kind is PhaseKind.ACTIONS)
    action = api.add_card(a, actions, "Cantine").new_id
    api.update_card(a, action, partners=[api.Partner(org, "")])
    laptops.send(a, b)
    api.update_card(a, action, partners=[])
    api.remove_organisation(a, org)
    report = laptops.send(a, b)
    assert report.conflicts == []
    data = api.load_workshop(b, laptops.wid)
    assert org not in {o.id for o in data.organisations}
    assert next(c for c in data.cards if c.id == action).partners == ()


def _orgs(store: api.Store, wid: uuid.UUID) -> tuple[object, ...]:
    data = api.load_workshop(store, wid)
    with store.unit_of_work() as uow:
        every = stamps.load_stamps(uow.session, wid)
    return (sorted((o.id, o.name) for o in data.organisations),
            sorted((c.id, c.partners) for c in data.cards if c.partners),
            every.get("organisations"), every.get("card_partners"))
