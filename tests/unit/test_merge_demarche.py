"""The field-level merge (#14) inside a démarche (#15): the shared organisations are found,
stamped and merged in the démarche's scope, a démarche's own rows are stamped, a phase's
démarche focus travels in the workshop file."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import select

from coopatelier import api
from coopatelier.domain.model import PhaseKind
from coopatelier.domain.people import name_key
from coopatelier.exchange.demarche_file import export_demarche_file, import_demarche_file
from coopatelier.exchange.workshop_file import export_workshop_file, import_workshop_file
from coopatelier.services.demarche_import import DemarcheImportReport
from coopatelier.storage import orm
from coopatelier.storage import stamps as stamps_module
from coopatelier.templates import Template
from tests.conftest import make_workshop, phase_of


def _stamps(store: api.Store, scope: uuid.UUID) -> set[tuple[str, str, str]]:
    """(entity, row id, field) of every stamp kept in ``scope``."""
    with store.unit_of_work() as uow:
        rows = uow.session.execute(
            select(orm.FieldStampRow.entity, orm.FieldStampRow.row_id,
                   orm.FieldStampRow.field).where(orm.FieldStampRow.workshop_id == scope)
        ).all()
    return {(e, r, f) for e, r, f in rows}


def _org_rows(store: api.Store) -> list[tuple[uuid.UUID, str, uuid.UUID | None,
                                             uuid.UUID | None]]:
    with store.unit_of_work() as uow:
        rows = uow.session.scalars(select(orm.OrganisationRow).order_by(orm.OrganisationRow.id))
        return [(o.id, o.name, o.workshop_id, o.demarche_id) for o in rows]


@dataclass
class Pair:
    """Two laptops sharing one démarche: A made it, B took it with a démarche file."""

    root: Path
    a: api.Store
    b: api.Store
    demarche_id: uuid.UUID
    workshop_id: uuid.UUID
    count: int = 0

    def send(self, source: api.Store, target: api.Store) -> api.ImportReport:
        self.count += 1
        path = export_workshop_file(source, self.workshop_id, self.root / f"{self.count}.json")
        return import_workshop_file(target, path)


@pytest.fixture
def pair(tmp_path: Path, mini_template: Template) -> Iterator[Pair]:
    a = api.open_store(data_dir=tmp_path / "a")
    b = api.open_store(data_dir=tmp_path / "b")
    try:
        workshop_id = make_workshop(a, mini_template).workshop.id
        demarche_id = api.create_demarche(a, title="Feuille de route PAT").new_id
        api.attach_workshop(a, demarche_id, workshop_id)
        path = export_demarche_file(a, demarche_id, tmp_path / "demarche.json")
        import_demarche_file(b, path)
        yield Pair(tmp_path, a, b, demarche_id, workshop_id)
    finally:
        a.close()
        b.close()


def test_a_demarches_own_rows_and_shared_organisations_are_stamped_in_its_scope(
    store: api.Store, mini_template: Template
) -> None:
    workshop_id = make_workshop(store, mini_template).workshop.id
    demarche_id = api.create_demarche(store, title="Feuille de route").new_id
    api.attach_workshop(store, demarche_id, workshop_id)
    shared = api.load_workshop(store, workshop_id).organisations
    assert shared and all(o.demarche_id == demarche_id for o in shared)
    member = api.add_member(store, demarche_id, person_name="Awa Diallo",
                            collective_role="relais").new_id
    decision = api.add_decision(store, demarche_id, "Un comité par trimestre",
                                decided_on=dt.date(2026, 9, 22)).new_id
    api.update_demarche(store, demarche_id, rhythm="Tous les trimestres")
    api.rename_organisation(store, shared[0].id, "PAT de la Métropole")
    api.remove_member(store, member)

    scoped = _stamps(store, demarche_id)
    assert ("demarches", str(demarche_id), "rhythm") in scoped
    assert ("demarche_decisions", str(decision), "") in scoped
    assert ("demarche_members", str(member), "deleted") in scoped  # a tombstone
    assert ("organisations", str(shared[0].id), "name") in scoped
    # the organisations joined the démarche's list with their stamps
    assert {o.id for o in shared} <= {
        uuid.UUID(row) for entity, row, _f in scoped if entity == "organisations"
    }
    assert not any(e == "organisations" for e, _r, _f in _stamps(store, workshop_id))


def test_a_shared_organisation_renamed_on_one_laptop_is_merged_into_the_demarches_list(
    pair: Pair,
) -> None:
    """B renames an organisation of the démarche while A edits a card: A's import takes
    both, the organisation stays the démarche's (no copy for the workshop), and the
    workshop created on B from the démarche file takes A's file without a refusal."""
    org = api.load_workshop(pair.b, pair.workshop_id).organisations[0]
    api.rename_organisation(pair.b, org.id, "Projet alimentaire territorial")
    data = api.load_workshop(pair.a, pair.workshop_id)
    card = api.add_card(pair.a, phase_of(data, PhaseKind.DRIVERS).id, "Sécheresses").new_id

    report = pair.send(pair.b, pair.a)
    assert report.conflicts == []
    assert report.changes.demarche_id == pair.demarche_id  # every workshop of it refreshes
    rows = {row[0]: row for row in _org_rows(pair.a)}
    assert rows[org.id][1:] == ("Projet alimentaire territorial", None, pair.demarche_id)
    assert len(rows) == len(data.organisations)

    back = pair.send(pair.a, pair.b)
    assert back.conflicts == []
    assert api.get_card(pair.b, card).text == "Sécheresses"
    assert _org_rows(pair.b) == _org_rows(pair.a)
    assert api.get_workshop(pair.b, pair.workshop_id).demarche_id == pair.demarche_id
    again = pair.send(pair.a, pair.b)
    assert (again.created, again.updated) == (0, 0)


def test_two_laptops_renaming_one_shared_organisation_unaware_report_a_conflict(
    pair: Pair,
) -> None:
    org = api.load_workshop(pair.a, pair.workshop_id).organisations[0]
    api.rename_organisation(pair.a, org.id, "Nom choisi sur A")
    api.rename_organisation(pair.b, org.id, "Nom choisi sur B")
    report = pair.send(pair.b, pair.a)
    assert len(report.conflict_items) == 1
    assert report.conflict_items[0].entity == "organisations"
    assert api.list_conflicts(pair.a, pair.workshop_id)
    pair.send(pair.a, pair.b)
    assert _org_rows(pair.a) == _org_rows(pair.b)  # the same name wins on both


def test_an_organisation_added_on_two_laptops_becomes_one_in_the_demarches_list(
    pair: Pair, mini_template: Template
) -> None:
    """Unification by name_key works against the démarche's list, and every workshop of
    the démarche (not only the imported one) follows the organisation kept."""
    other = api.create_workshop(pair.a, mini_template, title="Point d’étape",
                                demarche_id=pair.demarche_id).new_id
    on_a = api.add_organisation(pair.a, other, "CCAS Lyon").new_id
    other_data = api.load_workshop(pair.a, other)
    lead_a = api.add_card(pair.a, phase_of(other_data, PhaseKind.ACTIONS).id, "Paniers",
                          lead_organisation_id=on_a).new_id
    on_b = api.add_organisation(pair.b, pair.workshop_id, "C.C.A.S. Lyon").new_id
    data_b = api.load_workshop(pair.b, pair.workshop_id)
    lead_b = api.add_card(pair.b, phase_of(data_b, PhaseKind.ACTIONS).id, "Cantine",
                          lead_organisation_id=on_b).new_id

    pair.send(pair.b, pair.a)
    kept = min(on_a, on_b)
    same = [row for row in _org_rows(pair.a) if name_key(row[1]) == name_key("CCAS Lyon")]
    assert [(row[0], row[2], row[3]) for row in same] == [(kept, None, pair.demarche_id)]
    assert api.get_card(pair.a, lead_a).lead_organisation_id == kept
    assert api.get_card(pair.a, lead_b).lead_organisation_id == kept

    pair.send(pair.a, pair.b)
    assert api.get_card(pair.b, lead_b).lead_organisation_id == kept
    assert [row[0] for row in _org_rows(pair.b)
            if name_key(row[1]) == name_key("CCAS Lyon")] == [kept]


def test_a_phases_demarche_focus_travels_in_the_workshop_file(
    store: api.Store, tmp_path: Path
) -> None:
    demarche_id = api.create_demarche(store, title="Feuille de route").new_id
    # the laptop has the démarche (a lone workshop file of it is refused elsewhere)
    empty = export_demarche_file(store, demarche_id, tmp_path / "demarche.json")
    template = api.find_template("point-etape-feuille-de-route", store=store)
    workshop_id = api.create_workshop(store, template, title="Point d’étape",
                                      demarche_id=demarche_id).new_id
    focus = {p.id: p.demarche_focus for p in api.load_workshop(store, workshop_id).phases}
    assert {"review", "governance"} <= set(focus.values())
    path = export_workshop_file(store, workshop_id, tmp_path / "point.json")
    document = json.loads(path.read_text(encoding="utf-8"))
    assert document["version"] == 3
    written = {uuid.UUID(p["id"]): p.get("demarche_focus", "") for p in document["phases"]}
    assert written == focus
    with api.open_store(data_dir=tmp_path / "laptop") as laptop:
        import_demarche_file(laptop, empty)
        import_workshop_file(laptop, path)
        assert {p.id: p.demarche_focus
                for p in api.load_workshop(laptop, workshop_id).phases} == focus
        # an edit on the laptop comes back field by field, the focus untouched
        review = next(i for i, f in focus.items() if f == "review")
        api.update_phase(laptop, review, title="Revue de la feuille de route")
        back = import_workshop_file(
            store, export_workshop_file(laptop, workshop_id, tmp_path / "back.json"))
    assert back.conflicts == []
    phase = next(p for p in api.load_workshop(store, workshop_id).phases if p.id == review)
    assert (phase.title, phase.demarche_focus) == ("Revue de la feuille de route", "review")


def test_a_demarche_file_carries_each_workshops_stamps_so_later_edits_merge_by_field(
    pair: Pair,
) -> None:
    """A card edited on B (one field) and on A (another field) after B took the démarche
    file: a démarche file back merges both without a conflict, as a workshop file does."""
    data = api.load_workshop(pair.a, pair.workshop_id)
    drivers = phase_of(data, PhaseKind.DRIVERS).id
    card = api.add_card(pair.a, drivers, "Sécheresses").new_id
    pair.send(pair.a, pair.b)
    api.update_card(pair.b, card, impact=5)
    api.update_card(pair.a, card, text="Sécheresses l’été")
    path = export_demarche_file(pair.b, pair.demarche_id, pair.root / "from_b.json")
    document = json.loads(path.read_text(encoding="utf-8"))
    stamped = document["workshops"][0]["stamps"]["cards"][str(card)]
    assert "impact" in stamped  # the field's own stamp, not one derived from updated_at

    report = import_demarche_file(pair.a, path)
    assert report.all_conflicts() == []
    merged = api.get_card(pair.a, card)
    assert (merged.text, merged.impact) == ("Sécheresses l’été", 5)


# --- the démarche's own rows merge field by field (démarche file version 2) ---------------


def _swap(pair: Pair, source: api.Store, target: api.Store) -> DemarcheImportReport:
    """Carry the démarche from one laptop to the other in a démarche file."""
    pair.count += 1
    path = export_demarche_file(source, pair.demarche_id, pair.root / f"d{pair.count}.json")
    return import_demarche_file(target, path)


def _demarche_state(store: api.Store, demarche_id: uuid.UUID) -> tuple[object, ...]:
    """The démarche's own rows as they stand and their stamps (convergence compares it)."""
    data = api.load_demarche(store, demarche_id)
    d = data.demarche
    details = (d.title, d.description, d.rhythm, d.next_meeting_date, d.next_meeting_place,
               d.collective_roles)
    members = sorted((m.id, m.organisation_id, m.person_name, m.collective_role, m.position)
                     for m in data.members)
    decisions = sorted((x.id, x.decided_on, x.text, x.workshop_id) for x in data.decisions)
    organisations = sorted((o.id, o.name) for o in data.organisations)
    with store.unit_of_work() as uow:
        stamped = sorted(uow.session.execute(
            select(orm.FieldStampRow.entity, orm.FieldStampRow.row_id,
                   orm.FieldStampRow.field, orm.FieldStampRow.stamp)
            .where(orm.FieldStampRow.workshop_id == demarche_id)
        ).all())
    return details, members, decisions, organisations, tuple(stamped)


def test_the_demarche_file_carries_the_demarches_stamps_and_seen_vector(pair: Pair) -> None:
    api.update_demarche(pair.a, pair.demarche_id, rhythm="Tous les trimestres")
    member = api.add_member(pair.a, pair.demarche_id, person_name="Awa Diallo").new_id
    api.remove_member(pair.a, member)
    path = export_demarche_file(pair.a, pair.demarche_id, pair.root / "v2.json")
    document = json.loads(path.read_text(encoding="utf-8"))
    assert document["version"] == 2
    assert "rhythm" in document["stamps"]["demarches"][str(pair.demarche_id)]
    assert document["stamps"]["demarche_members"][str(member)].keys() == {"deleted"}
    assert document["seen"]


def test_concurrent_edits_of_the_demarches_details_merge_field_by_field(pair: Pair) -> None:
    """A changes the rhythm, B the next meeting: both kept, no conflict. Both change the
    title unaware of each other: the later stamp wins on both laptops, a conflict is
    reported by the laptop that imports first and kept in the démarche's Conflicts with
    the other title (as for a workshop's fields)."""
    api.update_demarche(pair.a, pair.demarche_id, rhythm="Tous les deux mois")
    api.update_demarche(pair.b, pair.demarche_id, next_meeting_date=dt.date(2027, 3, 15),
                        next_meeting_place="Maison de la Métropole")
    report = _swap(pair, pair.b, pair.a)
    assert report.all_conflicts() == []
    merged = api.load_demarche(pair.a, pair.demarche_id).demarche
    assert (merged.rhythm, merged.next_meeting_date, merged.next_meeting_place) == (
        "Tous les deux mois", dt.date(2027, 3, 15), "Maison de la Métropole")
    _swap(pair, pair.a, pair.b)
    assert _demarche_state(pair.b, pair.demarche_id) == _demarche_state(
        pair.a, pair.demarche_id)

    api.update_demarche(pair.a, pair.demarche_id, title="Titre choisi sur A")
    api.update_demarche(pair.b, pair.demarche_id, title="Titre choisi sur B")  # later
    report = _swap(pair, pair.a, pair.b)
    assert [(c.entity, c.field, c.file_won) for c in report.conflict_items] == [
        ("demarches", "title", False)]
    assert "Titre choisi sur A" in report.conflicts[0]
    assert api.load_demarche(pair.b, pair.demarche_id).demarche.title == "Titre choisi sur B"
    conflicts = api.list_conflicts(pair.b, pair.demarche_id)
    assert [(c.field, c.kept, c.other) for c in conflicts] == [
        ("title", "Titre choisi sur B", "Titre choisi sur A")]
    assert "conflit" in report.words("fr") and "Conflits" in report.all_conflicts("fr")[0]
    # A takes B's file (B had seen A's title by then): the later title wins there too
    back = _swap(pair, pair.b, pair.a)
    assert back.all_conflicts() == []
    assert api.load_demarche(pair.a, pair.demarche_id).demarche.title == "Titre choisi sur B"
    assert _demarche_state(pair.a, pair.demarche_id) == _demarche_state(
        pair.b, pair.demarche_id)

    # taking the other value is a change that travels like any edit
    api.take_conflict_value(pair.b, conflicts[0].id, take_other=True)
    assert api.load_demarche(pair.b, pair.demarche_id).demarche.title == "Titre choisi sur A"
    assert _swap(pair, pair.b, pair.a).all_conflicts() == []
    assert api.load_demarche(pair.a, pair.demarche_id).demarche.title == "Titre choisi sur A"


def test_a_member_removed_on_one_laptop_is_removed_on_the_other(pair: Pair) -> None:
    member = api.add_member(pair.a, pair.demarche_id, person_name="Awa Diallo",
                            collective_role="relais").new_id
    _swap(pair, pair.a, pair.b)
    assert [m.id for m in api.load_demarche(pair.b, pair.demarche_id).members] == [member]
    api.remove_member(pair.a, member)
    report = _swap(pair, pair.a, pair.b)
    assert report.all_conflicts() == []
    assert api.load_demarche(pair.b, pair.demarche_id).members == ()
    # B's older file does not bring it back to A
    _swap(pair, pair.b, pair.a)
    assert api.load_demarche(pair.a, pair.demarche_id).members == ()


def test_decisions_added_on_both_laptops_are_all_kept(pair: Pair) -> None:
    on_a = api.add_decision(pair.a, pair.demarche_id, "Un comité par trimestre",
                            decided_on=dt.date(2026, 9, 22)).new_id
    on_b = api.add_decision(pair.b, pair.demarche_id, "Une lettre aux partenaires",
                            decided_on=dt.date(2026, 10, 1), workshop_id=pair.workshop_id).new_id
    assert _swap(pair, pair.a, pair.b).all_conflicts() == []
    assert _swap(pair, pair.b, pair.a).all_conflicts() == []
    for store in (pair.a, pair.b):
        decisions = {x.id: x for x in api.load_demarche(store, pair.demarche_id).decisions}
        assert set(decisions) == {on_a, on_b}
        assert decisions[on_b].workshop_id == pair.workshop_id
    assert _demarche_state(pair.a, pair.demarche_id) == _demarche_state(
        pair.b, pair.demarche_id)


def test_a_member_edited_on_one_laptop_while_removed_on_the_other_is_reported(
    pair: Pair,
) -> None:
    """A removes a member that B, unaware, gives another role: the member stays removed
    on both laptops, the edit is reported and kept; taking the other value brings the
    member back with B's role, and that travels."""
    member = api.add_member(pair.a, pair.demarche_id, person_name="Awa Diallo",
                            collective_role="relais").new_id
    _swap(pair, pair.a, pair.b)
    api.remove_member(pair.a, member)
    api.update_member(pair.b, member, person_name="Awa Diallo", collective_role="pilote")

    report = _swap(pair, pair.b, pair.a)
    assert [(c.entity, c.field, c.removed) for c in report.conflict_items] == [
        ("demarche_members", "deleted", True)]
    assert "Awa Diallo" in report.conflicts[0]
    assert api.load_demarche(pair.a, pair.demarche_id).members == ()
    assert _swap(pair, pair.b, pair.a).all_conflicts() == []  # reported once
    _swap(pair, pair.a, pair.b)  # the removal reaches B, which A's file knows saw the edit
    assert api.load_demarche(pair.b, pair.demarche_id).members == ()

    conflict = api.list_conflicts(pair.a, pair.demarche_id)[0]
    assert (conflict.label, conflict.other) == ("Awa Diallo", "Awa Diallo — pilote")
    api.take_conflict_value(pair.a, conflict.id, take_other=True)
    back = api.load_demarche(pair.a, pair.demarche_id).members
    assert [(m.id, m.collective_role) for m in back] == [(member, "pilote")]
    _swap(pair, pair.a, pair.b)
    assert [m.id for m in api.load_demarche(pair.b, pair.demarche_id).members] == [member]
    api.take_conflict_value(pair.a, conflict.id, take_other=False)  # its undo
    assert api.load_demarche(pair.a, pair.demarche_id).members == ()


def test_importing_a_demarche_file_twice_changes_and_reports_nothing(pair: Pair) -> None:
    api.update_demarche(pair.a, pair.demarche_id, rhythm="Chaque mois")
    api.update_demarche(pair.b, pair.demarche_id, rhythm="Chaque trimestre")
    path = export_demarche_file(pair.a, pair.demarche_id, pair.root / "twice.json")
    first = import_demarche_file(pair.b, path)
    assert len(first.all_items()) == 1
    before = _demarche_state(pair.b, pair.demarche_id)
    again = import_demarche_file(pair.b, path)
    assert (again.created, again.updated, again.all_conflicts()) == (0, 0, [])
    assert all((r.created, r.updated) == (0, 0) for r in again.workshops)
    assert _demarche_state(pair.b, pair.demarche_id) == before


def test_two_laptops_converge_whichever_way_the_files_go(pair: Pair) -> None:
    """Edits on both sides, then A→B and B→A: the same rows and the same stamps."""
    org = api.load_workshop(pair.a, pair.workshop_id).organisations[0]
    kept = api.add_member(pair.a, pair.demarche_id, organisation_id=org.id,
                          collective_role="pilote").new_id
    gone = api.add_member(pair.a, pair.demarche_id, person_name="Léa").new_id
    _swap(pair, pair.a, pair.b)
    api.remove_member(pair.b, gone)
    api.update_member(pair.a, kept, organisation_id=org.id, collective_role="financeur")
    api.update_demarche(pair.a, pair.demarche_id, description="Pour 2030")
    api.update_demarche(pair.b, pair.demarche_id, description="Vers 2030",
                        collective_roles=["pilote", "relais", "veilleur"])
    api.add_decision(pair.b, pair.demarche_id, "Ouvrir aux communes",
                     decided_on=dt.date(2026, 11, 5))
    _swap(pair, pair.a, pair.b)
    _swap(pair, pair.b, pair.a)
    state = _demarche_state(pair.a, pair.demarche_id)
    assert state == _demarche_state(pair.b, pair.demarche_id)
    members = api.load_demarche(pair.a, pair.demarche_id).members
    assert [(m.id, m.collective_role) for m in members] == [(kept, "financeur")]


def test_the_clock_moves_past_every_stamp_a_demarche_file_brings(pair: Pair) -> None:
    with pair.b.unit_of_work() as uow:
        device_b = stamps_module.device_id(uow.session)
        uow.commit()
    stamps_module.CLOCK_SKEW_MS[device_b] = 3_600_000  # B's clock is one hour fast
    try:
        api.update_demarche(pair.b, pair.demarche_id, rhythm="Fixé sur B")
    finally:
        stamps_module.CLOCK_SKEW_MS.pop(device_b)
    _swap(pair, pair.b, pair.a)
    api.update_demarche(pair.a, pair.demarche_id, rhythm="Changé ensuite sur A")
    assert _swap(pair, pair.a, pair.b).all_conflicts() == []  # A had seen B's change
    assert api.load_demarche(pair.b, pair.demarche_id).demarche.rhythm == (
        "Changé ensuite sur A")


def test_a_version_1_demarche_file_still_imports_and_merges(pair: Pair) -> None:
    """A file written before stamps travelled: its rows' ``updated_at`` are their stamps,
    of a device derived from the file; importing it twice changes nothing."""
    member = api.add_member(pair.a, pair.demarche_id, person_name="Awa Diallo").new_id
    api.update_demarche(pair.a, pair.demarche_id, rhythm="Tous les trimestres")
    path = export_demarche_file(pair.a, pair.demarche_id, pair.root / "v1.json")
    document = json.loads(path.read_text(encoding="utf-8"))
    document["version"] = 1
    del document["stamps"], document["seen"]
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")

    report = import_demarche_file(pair.b, path)
    # the file cannot say what it had seen: the rhythm B never changed differs, the later
    # value (the file's) wins, and B's is kept as a conflict, as an old workshop file does
    assert [(c.field, c.file_won) for c in report.conflict_items] == [("rhythm", True)]
    data = api.load_demarche(pair.b, pair.demarche_id)
    assert data.demarche.rhythm == "Tous les trimestres"
    assert [m.id for m in data.members] == [member]
    again = import_demarche_file(pair.b, path)
    assert (again.created, again.updated, again.all_conflicts()) == (0, 0, [])
    with api.open_store(data_dir=pair.root / "fresh") as fresh:
        created = import_demarche_file(fresh, path)
        assert created.new_demarche and created.all_conflicts() == []
        assert api.load_demarche(fresh, pair.demarche_id).demarche.rhythm == (
            "Tous les trimestres")


# --- a lone point d'étape workshop file ---------------------------------------------------


def test_a_lone_point_d_etape_file_joins_its_demarche_unifying_organisations_by_name(
    pair: Pair,
) -> None:
    """A prepares a point d'étape in the démarche (an action led by the shared PAT with a
    new partner); B, which has the démarche and its own “Centre social L’Olivier” under
    another id, imports the point d'étape's workshop file alone: the workshop joins the
    démarche, the two Oliviers become one in its list, lead and partner follow."""
    template = api.find_template("point-etape-feuille-de-route", store=pair.a)
    point = api.create_workshop(pair.a, template, title="Point d’étape de septembre",
                                demarche_id=pair.demarche_id).new_id
    olivier_a = api.add_organisation(pair.a, point, "Centre social L’Olivier").new_id
    pat = next(o.id for o in api.load_workshop(pair.a, point).organisations if o.name == "PAT")
    data = api.load_workshop(pair.a, point)
    action = api.add_card(pair.a, phase_of(data, PhaseKind.ACTIONS).id, "Jardins").new_id
    api.update_card(pair.a, action, title="Jardins partagés", lead_organisation_id=pat,
                    partners=[api.Partner(olivier_a, "anime")])
    olivier_b = api.add_organisation(pair.b, pair.workshop_id, "Centre social l'Olivier").new_id
    assert olivier_a != olivier_b

    path = export_workshop_file(pair.a, point, pair.root / "point.json")
    assert json.loads(path.read_text(encoding="utf-8"))["workshop"]["demarche_id"] == str(
        pair.demarche_id)
    report = import_workshop_file(pair.b, path)
    assert report.new_workshop
    joined = api.load_workshop(pair.b, point)
    assert joined.workshop.demarche_id == pair.demarche_id
    oliviers = [o.id for o in api.load_demarche(pair.b, pair.demarche_id).organisations
                if name_key(o.name) == name_key("Centre social L’Olivier")]
    kept = min(olivier_a, olivier_b)
    assert oliviers == [kept]
    card = api.get_card(pair.b, action)
    assert card.lead_organisation_id == pat
    assert [(p.organisation_id, p.role) for p in card.partners] == [(kept, "anime")]
    again = import_workshop_file(pair.b, path)
    assert (again.created, again.updated) == (0, 0)


def test_a_lone_point_d_etape_file_is_refused_where_its_demarche_is_unknown(
    pair: Pair,
) -> None:
    template = api.find_template("point-etape-feuille-de-route", store=pair.a)
    point = api.create_workshop(pair.a, template, title="Point d’étape",
                                demarche_id=pair.demarche_id).new_id
    path = export_workshop_file(pair.a, point, pair.root / "point.json")
    with api.open_store(data_dir=pair.root / "fresh") as fresh:
        with pytest.raises(api.KnownError) as caught:
            import_workshop_file(fresh, path)
        assert "import the démarche file first" in caught.value.words("en")
        assert "importez d’abord le fichier de la démarche" in caught.value.words("fr")
        assert api.list_workshops(fresh) == []
        # with the démarche file first, the same file imports
        import_demarche_file(fresh, export_demarche_file(pair.a, pair.demarche_id,
                                                         pair.root / "d.json"))
        assert import_workshop_file(fresh, path).created == 0  # it came with the démarche


def test_a_demarches_organisations_are_counted_once_not_again_for_each_workshop(
    pair: Pair, mini_template: Template,
) -> None:
    """The démarche's own merge counts its shared organisations; the merges of its
    workshops, which carry them too, leave them out of their counts."""
    api.create_workshop(pair.a, mini_template, title="Point d’étape",
                        demarche_id=pair.demarche_id)
    organisations = len(api.load_demarche(pair.a, pair.demarche_id).organisations)
    assert organisations >= 2
    path = export_demarche_file(pair.a, pair.demarche_id, pair.root / "both.json")
    fresh = api.open_store(data_dir=pair.root / "c")
    try:
        first = import_demarche_file(fresh, path)
        assert len(first.workshops) == 2
        assert first.unchanged == 0 and all(r.unchanged == 0 for r in first.workshops)
        assert first.created >= organisations  # the démarche's row, organisations, ...
        again = import_demarche_file(fresh, path)
    finally:
        fresh.close()
    assert again.unchanged == first.created
    assert [r.unchanged for r in again.workshops] == [r.created for r in first.workshops]
    assert sum(r.created for r in first.workshops) > 0


def test_a_demarche_import_announces_each_workshop_whole_then_the_demarche(
    pair: Pair,
) -> None:
    """What the windows publish: every workshop merged, re-read whole, the démarche last."""
    path = export_demarche_file(pair.a, pair.demarche_id, pair.root / "told.json")
    report = import_demarche_file(pair.b, path)
    *workshops, own = report.announcements()
    assert [(c.workshop_id, c.workshop) for c in workshops] == [(pair.workshop_id, True)]
    assert (own.demarche_id, own.demarche, own.workshop) == (pair.demarche_id, True, True)
