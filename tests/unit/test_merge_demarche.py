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
from coopatelier.storage import orm
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
