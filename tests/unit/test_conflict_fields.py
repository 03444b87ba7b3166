"""Every field a merge can report as a conflict has a label in English and French (a
reference reads as what it points to), and a conflict on a reference shows the rows it
names — never an id, never a column's name."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from coopatelier import api
from coopatelier.domain.fields import DEMARCHE_ENTITIES as DEMARCHE_FIELDS
from coopatelier.domain.model import PhaseKind
from coopatelier.services.demarche_import import DEMARCHE_ENTITIES
from coopatelier.services.imports import ENTITIES, REFERENCES, readable_field
from coopatelier.storage import stamps
from coopatelier.wording import CONFLICT_FIELDS
from tests.conftest import phase_of


def reportable() -> set[tuple[str, str]]:
    """(entity, field) of every field a conflict can name: the stamped fields of a
    workshop's and a démarche's rows, a row's deletion, an action's history entries."""
    fields = {(entity, "deleted") for entity in [*ENTITIES, *DEMARCHE_ENTITIES]}
    for models in (ENTITIES, DEMARCHE_ENTITIES):
        for entity, model in models.items():
            fields |= {(entity, name) for name in stamps.stamped_fields(model.__table__)}
    events = DEMARCHE_FIELDS["action_events"]
    fields |= {("action_events", name) for name in events.merged if name != "id"}
    return fields


@pytest.mark.parametrize("language", ["en", "fr"])
def test_every_field_a_conflict_can_name_has_a_label(language: str) -> None:
    for entity, field in sorted(reportable()):
        assert f"{entity}.{field}" in CONFLICT_FIELDS or field in CONFLICT_FIELDS, field
        label = readable_field(field, language, entity)
        assert "_" not in label and not label.endswith((" id", " at")), (entity, field, label)
    # the examples the run-throughs met
    assert readable_field("lead_organisation_id", "en", "cards") == "lead organisation"
    assert readable_field("lead_organisation_id", "fr", "cards") == "structure pilote"
    assert readable_field("replaced_by_id", "en", "action_events") == "replaced by"
    assert readable_field("horizon_year", "fr", "workshops") == "horizon"
    assert readable_field("horizon_year", "fr", "cards") == "année"


def test_every_reference_names_a_row_a_conflict_can_show() -> None:
    ids = {field for _entity, field in reportable() if field.endswith("_id")}
    assert ids - {"workshop_id"} <= set(REFERENCES), ids - set(REFERENCES)


def test_a_lead_organisation_conflict_shows_the_label_and_the_organisations_names(
    store: api.Store, workshop: api.WorkshopData, tmp_path: Path,
) -> None:
    """Two laptops give one action different lead organisations unaware of each other:
    the import's report says "structure pilote" and both organisations' names."""
    wid = workshop.workshop.id
    names = {o.name: o.id for o in workshop.organisations}
    pat, metropole = names["PAT"], names["Métropole – Cohésion sociale"]
    action = api.add_card(store, phase_of(workshop, PhaseKind.ACTIONS).id,
                          "Une cantine solidaire", title="Cantine").new_id
    with api.open_store(data_dir=tmp_path / "table") as laptop:
        api.import_workshop_file(laptop, api.export_workshop_file(store, wid, tmp_path / "a.json"))
        api.update_card(laptop, action, lead_organisation_id=pat)
        table_file = api.export_workshop_file(laptop, wid, tmp_path / "b.json")
    api.update_card(store, action, lead_organisation_id=metropole)
    report = api.import_workshop_file(store, table_file)
    [conflict] = report.conflict_items
    assert conflict.field == "lead_organisation_id"
    french = report.conflict_lines("fr")[0]
    assert "structure pilote\u00a0:" in french
    assert "«\u202fMétropole – Cohésion sociale\u202f»" in french and "«\u202fPAT\u202f»" in french
    english = report.conflict_lines("en")[0]
    assert ", lead organisation: " in english and "“PAT”" in english
    for line in (french, english):
        assert not re.search(r"[0-9a-f]{8}-", line) and "_id" not in line and " id" not in line
    # the Conflicts view's read too
    [listed] = api.list_conflicts(store, wid, "fr")
    assert {listed.kept, listed.other} == {"PAT", "Métropole – Cohésion sociale"}
