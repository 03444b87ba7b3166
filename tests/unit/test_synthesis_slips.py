"""The synthesis without slips: no sheet for an organisation without commitment, no
organisation twice on one action, headings in the workshop's language."""

from __future__ import annotations

from pathlib import Path

import pytest

from coopatelier import api
from coopatelier.domain.model import PhaseKind
from coopatelier.exchange.markdown import markdown_text
from coopatelier.export.pdf import PdfOptions, document_language, export_pdf
from tests.conftest import phase_of
from tests.unit.pdf_helpers import all_text, org_id, pages_text


@pytest.fixture
def doubled(store: api.Store, workshop: api.WorkshopData) -> api.WorkshopData:
    """PAT leads an action where it is also listed as a partner; the Métropole
    has a participant but no commitment at all."""
    pat = org_id(workshop, "PAT").id
    extra = api.add_organisation(store, workshop.workshop.id, "Banque alimentaire").new_id
    actions = phase_of(workshop, PhaseKind.ACTIONS).id
    api.add_card(store, actions, "Paniers", title="Pérenniser les paniers",
                 lead_organisation_id=pat, horizon_year=2027,
                 partners=(api.Partner(pat, "financer la logistique"),
                           api.Partner(extra, "stocker")))
    return api.load_workshop(store, workshop.workshop.id)


def test_no_sheet_for_an_organisation_without_commitment(doubled: api.WorkshopData,
                                                         tmp_path: Path) -> None:
    path = tmp_path / "s.pdf"
    export_pdf(doubled, path, PdfOptions(annex=False))
    pages = [" ".join(p.split()) for p in pages_text(path)]
    sheets = [p for p in pages if "Engagements par organisation" in p
              or p.startswith(("PAT", "Banque alimentaire", "Métropole"))]
    assert not any(p.startswith("Métropole") for p in sheets)
    assert not any("Aucun engagement noté pour cette organisation" in p for p in pages)
    first = next(p for p in pages if "Engagements par organisation" in p)
    assert "Sans engagement noté pendant l’atelier : Métropole – Cohésion sociale" in first
    # and it is still among the organisations of the people section
    assert any("Métropole – Cohésion sociale" in p and "Participants et organisations" in p
               for p in pages)


def test_an_organisation_is_listed_once_on_an_action(doubled: api.WorkshopData,
                                                     tmp_path: Path) -> None:
    path = tmp_path / "s.pdf"
    export_pdf(doubled, path, PdfOptions(annex=False))
    pages = [" ".join(p.split()) for p in pages_text(path)]
    actions = next(p for p in pages if "Pérenniser les paniers" in p and "PILOTE" in p)
    detail = actions[actions.index("PILOTE"):actions.index("Feuille de route")]
    assert detail.count("PAT") == 1 and "PAT — financer la logistique" in detail
    assert "Banque alimentaire — stocker" in detail
    pat_sheet = next(p for p in pages  # under the running head of the section it continues
                     if p.removeprefix("Engagements par organisation (suite)").lstrip()
                     .startswith("PAT"))
    assert pat_sheet.count("Pérenniser les paniers") == 1  # led, not also "supported"
    assert "Notre rôle — financer la logistique" in pat_sheet
    assert "Nous y contribuons".upper() not in pat_sheet
    roadmap = markdown_text(doubled)
    pat_lane = roadmap[roadmap.index("### PAT"):].split("\n### ")[0]
    assert pat_lane.count("Pérenniser les paniers") == 1


@pytest.mark.parametrize(("workshop_language", "expected"),
                         [("fr", "fr"), ("en", "en"), ("en-GB", "en"), ("de", "fr")])
def test_the_headings_follow_the_workshops_language(
    store: api.Store, workshop: api.WorkshopData, tmp_path: Path, workshop_language: str,
    expected: str,
) -> None:
    assert document_language(workshop_language) == expected
    api.update_workshop(store, workshop.workshop.id, language=workshop_language)
    data = api.load_workshop(store, workshop.workshop.id)
    export_pdf(data, tmp_path / "d.pdf")
    export_pdf(data, tmp_path / "other.pdf",
               PdfOptions(language="en" if expected == "fr" else "fr"))
    french, english = "SYNTHÈSE DE L’ATELIER", "WORKSHOP SYNTHESIS"
    default_text = all_text(tmp_path / "d.pdf").upper()
    other_text = all_text(tmp_path / "other.pdf").upper()
    assert (french if expected == "fr" else english) in default_text
    assert (english if expected == "fr" else french) in other_text
