"""The roadmap's documents and file: the Feuille de route PDF read back and compared with
the domain data (every action with its latest status, a page per partner organisation), the
Markdown and CSV (formulas neutralised), the démarche file (schema, export → import →
export identical, two laptops merged, bad files refused in one sentence), and the command
line script of the issue's "Done when", run as users run it."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import uuid
from pathlib import Path

import jsonschema
import pytest
from referencing import Registry, Resource

from coopatelier import api
from coopatelier.domain.demarche import ActionStatus, status_label
from coopatelier.domain.model import Partner, PhaseKind
from coopatelier.exchange import workshop_file
from coopatelier.exchange.demarche_docs import demarche_csv_rows, demarche_markdown
from coopatelier.exchange.demarche_file import (
    SCHEMA_PATH,
    demarche_to_dict,
    dumps_demarche,
    import_demarche_file,
    load_demarche_file,
)
from coopatelier.export import export_demarche
from coopatelier.export.pdf.roadmap_document import export_roadmap_pdf
from coopatelier.templates import Template
from tests.conftest import make_workshop, phase_of
from tests.unit.pdf_helpers import pages_text
from tests.unit.test_cli import run


def _org(data: api.WorkshopData, name: str) -> uuid.UUID:
    return next(o.id for o in data.organisations if o.name == name)


@pytest.fixture
def roadmap(store: api.Store, mini_template: Template) -> api.DemarcheData:
    """A démarche with the April workshop (three actions, one future served, partners),
    a point d'étape, statuses moved on, a follow-up, a role change and governance."""
    april = make_workshop(store, mini_template)
    wid = april.workshop.id
    olivier = api.add_organisation(store, wid, "Centre social L’Olivier").new_id
    pat, cohesion = _org(april, "PAT"), _org(april, "Métropole – Cohésion sociale")
    future = api.add_card(
        store, phase_of(april, PhaseKind.FUTURES).id, "Le quartier nourricier",
        title="Le quartier nourricier",
    ).new_id
    actions = phase_of(april, PhaseKind.ACTIONS).id
    paniers = api.add_card(
        store, actions, "Paniers", title="Pérenniser les paniers solidaires",
        lead_organisation_id=pat, horizon_year=2027, links=(future,),
        first_step="Réunir producteurs et associations en septembre",
        partners=(Partner(cohesion, "coordonner le déploiement"),
                  Partner(olivier, "=assurer les distributions")),
    ).new_id
    cantine = api.add_card(
        store, actions, "Cantine", title="La cantine à 1 € partout",
        lead_organisation_id=cohesion, horizon_year=2026,
    ).new_id
    maison = api.add_card(
        store, actions, "Maison", title="Une maison de l’alimentation",
        lead_organisation_id=olivier, horizon_year=2028,
    ).new_id
    closing = phase_of(april, PhaseKind.CLOSING).id
    api.add_card(store, closing, "Se voir chaque trimestre", category="Ingrédients", checked=True)
    demarche_id = api.create_demarche(store, title="Feuille de route PAT × Cohésion sociale").new_id
    api.attach_workshop(store, demarche_id, wid)
    template = api.find_template("point-etape-feuille-de-route", store=store)
    api.create_workshop(store, template, title="Point d’étape de septembre",
                        date=dt.date(2026, 9, 22), demarche_id=demarche_id)
    api.change_status(store, paniers, "realisee", note="150 paniers par semaine",
                      author="Awa Diallo", on=dt.date(2026, 9, 1))
    api.change_status(store, cantine, "abandonnee", note="Trop coûteux pour les communes",
                      on=dt.date(2026, 7, 10))
    api.change_status(store, maison, "reorientee", replaced_by=paniers,
                      note="devient un lieu itinérant", on=dt.date(2026, 9, 2))
    api.add_follow_up(store, paniers, "Deux nouveaux quartiers", on=dt.date(2026, 9, 5))
    api.change_roles(store, cantine, lead_organisation_id=pat, partners=[],
                     note="Le PAT reprend", on=dt.date(2026, 6, 1))
    api.add_member(store, demarche_id, organisation_id=pat, collective_role="pilote")
    api.add_member(store, demarche_id, person_name="Awa Diallo", collective_role="relais")
    api.update_demarche(store, demarche_id, rhythm="Tous les trimestres",
                        next_meeting_date=dt.date(2026, 12, 8),
                        next_meeting_place="Cité des associations")
    api.add_decision(store, demarche_id, "Un comité technique par trimestre",
                     decided_on=dt.date(2026, 9, 22))
    return api.load_demarche(store, demarche_id)


def _flat(text: str) -> str:
    """PDF text without its line breaks and hyphen-free wrapping."""
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ").replace("\u202f", " "))


# --- the Feuille de route PDF --------------------------------------------------------------


@pytest.mark.parametrize("language", ["fr", "en"])
def test_pdf_has_every_action_with_its_status_and_a_page_per_organisation(
    roadmap: api.DemarcheData, tmp_path: Path, language: str
) -> None:
    path = tmp_path / f"feuille-{language}.pdf"
    export_roadmap_pdf(roadmap, path, language=language)
    raw = pages_text(path)
    pages = [_flat(text) for text in raw]
    whole = " ".join(pages)
    assert ("FEUILLE DE ROUTE" if language == "fr" else "ROADMAP") in pages[0]
    assert roadmap.demarche.title in pages[0]
    # every action, with its latest status beside it in the key of the timeline
    for index, action in enumerate(roadmap.actions, start=1):
        assert action.title in whole
        label = status_label(action.status, language)
        assert re.search(rf"A{index} {re.escape(action.title)}.*?{re.escape(label)}", whole)
    statuses = {a.title: a.status for a in roadmap.actions}
    assert statuses == {
        "Pérenniser les paniers solidaires": ActionStatus.DONE,
        "La cantine à 1 € partout": ActionStatus.DROPPED,
        "Une maison de l’alimentation": ActionStatus.REORIENTED,
    }
    # a take-away page per organisation with a role, its name on top of its own page
    involved = {
        o.name for o in roadmap.organisations
        if any(a.card.lead_organisation_id == o.id
               or any(p.organisation_id == o.id for p in a.card.partners)
               for a in roadmap.actions)
    }
    assert involved == {"PAT", "Métropole – Cohésion sociale", "Centre social L’Olivier"}
    heading = "Ce que chaque structure porte" if language == "fr" else "What each organisation"
    first = next(i for i, text in enumerate(raw) if text.startswith(heading))
    sheet_page = {
        name: next(i for i, text in enumerate(raw) if i >= first and name in text.splitlines())
        for name in involved
    }
    assert len(set(sheet_page.values())) == len(involved)  # each on a page of its own
    # histories: the why of the dropped action, the follow-up, the role change, who says so
    assert "Trop coûteux pour les communes" in whole
    assert "Deux nouveaux quartiers" in whole
    assert "150 paniers par semaine" in whole and "Awa Diallo" in whole
    assert "Le PAT reprend" in whole
    # ingredients, governance and workshops held
    assert "Se voir chaque trimestre" in whole
    assert "Tous les trimestres" in whole and "Cité des associations" in whole
    assert "Un comité technique par trimestre" in whole
    assert "Point d’étape de septembre" in whole
    assert ("Réorientée, remplacée par" if language == "fr" else "Reoriented, replaced by") in whole


def test_pdf_of_an_empty_demarche_and_of_hostile_text(store: api.Store, tmp_path: Path) -> None:
    demarche_id = api.create_demarche(store, title="x<y & <b>gras</b>").new_id
    path = tmp_path / "vide.pdf"
    export_demarche(store, demarche_id, path, "pdf")
    text = _flat(" ".join(pages_text(path)))
    assert "x<y & <b>gras</b>" in text
    assert "La feuille de route n’a pas encore d’action." in text


# --- Markdown and CSV ----------------------------------------------------------------------


def test_markdown_tells_each_action_its_status_and_history(roadmap: api.DemarcheData) -> None:
    text = demarche_markdown(roadmap)
    assert "# Feuille de route — Feuille de route PAT × Cohésion sociale" in text
    assert "- **Statut**\u00a0: Abandonnée" in text
    assert "10 juillet 2026 — Statut\u00a0: Abandonnée — Trop coûteux pour les communes" in text
    assert "Réorientée, remplacée par «\u202fPérenniser les paniers solidaires\u202f»" in text
    assert "- [x] Se voir chaque trimestre" in text
    english = demarche_markdown(roadmap, language="en")
    assert "- **Status**: Dropped" in english


def test_csv_has_one_row_per_action_with_status_and_neutralised_formulas(
    roadmap: api.DemarcheData,
) -> None:
    rows = demarche_csv_rows(roadmap)
    header, body = rows[0], rows[1:]
    assert len(body) == len(roadmap.actions) == 3
    status = header.index("Statut")
    assert [r[status] for r in body] == ["Réalisée", "Abandonnée", "Réorientée"]
    partners = body[0][header.index("Partenaires (rôle)")]
    assert "Centre social L’Olivier (=assurer les distributions)" in partners
    assert body[0][header.index("Sert")] == "Le quartier nourricier"
    assert body[2][header.index("Remplacée par")] == "Pérenniser les paniers solidaires"


def test_csv_file_opens_in_a_spreadsheet(roadmap: api.DemarcheData, store: api.Store,
                                         tmp_path: Path) -> None:
    api.add_follow_up(store, roadmap.actions[1].id, "=HYPERLINK(\"x\")")
    path = export_demarche(store, roadmap.demarche.id, tmp_path / "r.csv", "csv")
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    assert len(rows) == 4
    assert not any(cell.startswith("=") for row in rows for cell in row)


# --- the démarche file ---------------------------------------------------------------------


def _validator() -> jsonschema.Draft202012Validator:
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    workshop = json.loads(workshop_file.SCHEMA_PATH.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    registry: Registry = Registry().with_resources(
        [(workshop["$id"], Resource.from_contents(workshop)),
         (schema["$id"], Resource.from_contents(schema))]
    )
    return jsonschema.Draft202012Validator(schema, registry=registry)


def test_demarche_file_validates_against_its_schema(roadmap: api.DemarcheData) -> None:
    document = demarche_to_dict(roadmap)
    _validator().validate(document)
    assert document["format"] == "coopatelier-demarche" and document["version"] == 2
    assert all(w["version"] == workshop_file.VERSION for w in document["workshops"])


def test_export_import_export_is_identical_and_twice_changes_nothing(
    roadmap: api.DemarcheData, store: api.Store, tmp_path: Path
) -> None:
    first = tmp_path / "demarche.json"
    api_path = export_demarche(store, roadmap.demarche.id, first, "json")
    with api.open_store(tmp_path / "laptop.sqlite3", tmp_path / "laptop") as laptop:
        report = import_demarche_file(laptop, api_path)
        assert report.new_demarche and report.all_conflicts() == []
        again = tmp_path / "again.json"
        export_demarche(laptop, roadmap.demarche.id, again, "json")
        assert again.read_bytes() == first.read_bytes()
        second = import_demarche_file(laptop, first)
        assert not second.new_demarche
        assert (second.created, second.updated) == (0, 0)
        assert all((r.created, r.updated) == (0, 0) for r in second.workshops)
        copy = api.load_demarche(laptop, roadmap.demarche.id)
        assert [(a.title, a.status) for a in copy.actions] == [
            (a.title, a.status) for a in roadmap.actions
        ]
        assert copy.members == roadmap.members and copy.decisions == roadmap.decisions
    # importing it back where it came from changes nothing either
    back = import_demarche_file(store, first)
    assert (back.created, back.updated, back.all_conflicts()) == (0, 0, [])


def test_two_laptops_merge_their_histories_and_later_edits(
    roadmap: api.DemarcheData, store: api.Store, tmp_path: Path
) -> None:
    """A laptop takes the démarche away, records a status and renames it; the main laptop
    records a follow-up meanwhile: both entries end up in the history, the later rename
    wins, nothing is lost on either side."""
    shared = tmp_path / "shared.json"
    export_demarche(store, roadmap.demarche.id, shared, "json")
    paniers = roadmap.actions[0].id
    carried = tmp_path / "carried.json"
    with api.open_store(tmp_path / "laptop.sqlite3", tmp_path / "laptop") as laptop:
        import_demarche_file(laptop, shared)
        api.change_status(laptop, paniers, "en_cours", note="relancé sur un autre quartier")
        api.rename_demarche(laptop, roadmap.demarche.id, "Feuille de route commune")
        export_demarche(laptop, roadmap.demarche.id, carried, "json")
    api.add_follow_up(store, paniers, "Bilan présenté au comité")
    report = import_demarche_file(store, carried)
    assert report.all_conflicts() == []
    merged = api.load_demarche(store, roadmap.demarche.id)
    assert merged.demarche.title == "Feuille de route commune"
    notes = [e.note for e in merged.action(paniers).history]  # type: ignore[union-attr]
    assert "relancé sur un autre quartier" in notes and "Bilan présenté au comité" in notes
    assert merged.action(paniers).status is ActionStatus.IN_PROGRESS  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("change", "field", "problem"),
    [
        (lambda d: d.update(format="coopatelier-workshop"), "format", "format_other_demarche"),
        (lambda d: d.update(version=9), "version", "version_newer"),
        (lambda d: d["action_events"][0].update(status="finie"), "action_events[0].status",
         "one_of_got"),
        (lambda d: d["action_events"][0].update(action_id=str(uuid.uuid4())),
         "action_events[0].action_id", "not_in_file"),
        (lambda d: d["workshops"][0]["workshop"].update(title=""), "workshops[0].workshop.title",
         "empty"),
        (lambda d: d["members"][0].update(organisation_id=str(uuid.uuid4())),
         "members[0].organisation_id", "not_in_file"),
    ],
)
def test_a_bad_demarche_file_is_refused_naming_the_field(
    roadmap: api.DemarcheData, store: api.Store, tmp_path: Path, change: object, field: str,
    problem: str,
) -> None:
    document = json.loads(dumps_demarche(roadmap))
    document["action_events"].sort(key=lambda e: e["kind"] != "status")
    change(document)  # type: ignore[operator]
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(workshop_file.WorkshopFileError) as caught:
        load_demarche_file(path)
    assert (caught.value.field, caught.value.problem) == (field, problem)
    assert caught.value.file == "bad.json"
    assert "bad.json" in str(caught.value)


# --- the command line, as the "Done when" script -----------------------------------


def test_done_when_script_from_the_command_line(tmp_path: Path) -> None:
    home = tmp_path / "home"
    demo = run(home, "demo", "--lang", "fr")
    assert demo.code == 0, demo.err
    workshop = demo.last_line
    # the demo comes in its own démarche: take its April workshop out to script anew
    detach = run(home, "demarche", "detach", workshop)
    assert detach.code == 0, detach.err
    new = run(home, "demarche", "new", "--title", "Ma feuille de route PAT")
    assert new.code == 0, new.err
    demarche = new.last_line
    assert uuid.UUID(demarche)
    attach = run(home, "demarche", "attach", "Ma feuille", workshop)
    assert attach.code == 0, attach.err
    point = run(home, "new", "--template", "point-etape-feuille-de-route", "--title",
                "Point d’étape de septembre", "--date", "2026-09-22", "--demarche", demarche[:8])
    assert point.code == 0, point.err
    review = run(home, "demarche", "review", point.last_line)
    assert review.code == 0, review.err
    listed = review.out.strip().splitlines()[1:]
    show = run(home, "demarche", "show", "Ma feuille")
    statuses = "|".join(s.value for s in ActionStatus)  # the demo's history came along
    april_ids = [line.split("\t")[0].strip() for line in show.out.splitlines()
                 if re.search(rf"\t({statuses})\t", line)]
    assert len(listed) == len(april_ids) == 8
    assert {line.split("\t")[0] for line in listed} == set(april_ids)
    done = run(home, "demarche", "status", "Ma feuille", "Pérenniser", "realisee",
               "--note", "150 paniers par semaine depuis juin")
    assert done.code == 0, done.err
    dropped = run(home, "demarche", "status", "Ma feuille", "La cantine", "abandonnee")
    assert dropped.code == 1 and dropped.err.count("\n") == 1
    assert "why" in dropped.err
    ambiguous = run(home, "demarche", "status", "Ma feuille", "Des", "en_cours")
    assert ambiguous.code == 1 and "matches 2 actions" in ambiguous.err
    unknown = run(home, "demarche", "show", "Rien")
    assert unknown.code == 1 and "No démarche matches" in unknown.err
    pdf = tmp_path / "feuille.pdf"
    export = run(home, "demarche", "export", "Ma feuille", "--format", "pdf", "-o", str(pdf))
    assert export.code == 0, export.err
    text = _flat(" ".join(pages_text(pdf)))
    assert "Réalisée" in text and "150 paniers par semaine depuis juin" in text
    for fmt in ("md", "csv", "json"):
        printed = run(home, "demarche", "export", "Ma feuille", "--format", fmt, "-o", "-")
        assert printed.code == 0 and "Pérenniser les paniers solidaires" in printed.out


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_demo_command_makes_its_demarche_and_its_roadmap_pdf(
    tmp_path: Path, language: str
) -> None:
    """`demo` keeps its lines (first the sentence, last the workshop's id) and says its
    démarche between them; the roadmap PDF shows every action with its latest status."""
    home = tmp_path / "home"
    demo = run(home, "demo", "--lang", language)
    assert demo.code == 0, demo.err
    lines = demo.out.strip().splitlines()
    assert lines[0] == "Created the demo workshop."
    workshop = uuid.UUID(lines[-1])
    demarche = uuid.UUID(lines[1].rsplit(" ", 1)[1])
    checkpoint = uuid.UUID(lines[2].rsplit(" ", 1)[1])
    with api.open_store(data_dir=home) as store:
        data = api.load_demarche(store, demarche)
    assert [w.workshop.id for w in data.workshops] == [workshop, checkpoint]
    assert data.demarche.title in lines[1]
    pdf = tmp_path / "roadmap.pdf"
    export = run(home, "demarche", "export", str(demarche), "--format", "pdf", "-o", str(pdf))
    assert export.code == 0, export.err
    text = _flat(" ".join(pages_text(pdf)))
    for action in data.actions:
        assert _flat(action.title) in text, action.title
        assert status_label(action.status, language) in text
    dropped = next(a for a in data.actions if a.status is ActionStatus.DROPPED)
    assert _flat(dropped.history[-1].note)[:40] in text  # its reason
    # a dropped action has no next step: its organisation's page says why it was dropped
    why = {"fr": "Raison de l’abandon :", "en": "Why it was dropped:"}[language]
    assert f"{why} " + _flat(dropped.history[-1].note)[:30] in text
    step = {"fr": "Prochain pas", "en": "Next step"}[language]
    code = re.escape(f"A{[a.id for a in data.actions].index(dropped.id) + 1}")
    for page in pages_text(pdf):
        for block in re.split(r"(?=\bA\d+ )", _flat(page)):
            if re.match(code + " ", block):
                assert step not in block, block
    for member in data.members:
        organisation = data.organisation(member.organisation_id)
        assert organisation is not None and _flat(organisation.name) in text
    # September is listed among the workshops, said to be in preparation (not held)
    preparing = {"fr": "17 septembre 2026 (en préparation)", "en": "(in preparation)"}[language]
    assert text.count(preparing) == 1
    markdown = run(home, "demarche", "export", str(demarche), "--format", "md", "-o", "-").out
    [line] = [x for x in markdown.splitlines() if preparing in x]
    assert _flat(data.workshops[1].workshop.title) in line


@pytest.mark.parametrize("action", ["list", "new", "show", "attach", "status", "export"])
def test_every_demarche_command_has_help(tmp_path: Path, action: str) -> None:
    result = run(tmp_path / "home", "demarche", action, "--help")
    assert result.code == 0 and "usage: coopatelier demarche" in result.out
