"""CSV export: one row per live card, for spreadsheets.

UTF-8 with a byte-order mark and ``;`` as delimiter by default, which is what French Excel
expects to open accents and columns right. Multi-line text and quotes survive (the ``csv``
module quotes them). Text that a spreadsheet would run as a formula (starting with ``=``,
``+``, ``-``, ``@``, tab or carriage return) gets a leading apostrophe, the usual defence
against CSV formula injection.
"""

from __future__ import annotations

import csv
import io
import os
from pathlib import Path

from coopatelier.domain.analysis import export_dots
from coopatelier.domain.model import NATURE_LABELS_EN, NATURE_LABELS_FR, Card, WorkshopData
from coopatelier.exchange._common import format_time, write_atomically

COLUMNS = (
    "phase", "kind", "category", "title", "text", "narrative", "description", "nature",
    "impact", "uncertainty", "effort", "quadrant", "lead", "partners", "horizon_year",
    "first_step", "means", "indicator", "checked", "links", "votes", "table", "author",
    "device", "created_at", "updated_at", "id",
)

HEADERS_FR = {
    "phase": "Phase", "kind": "Type", "category": "Catégorie", "title": "Titre",
    "text": "Texte", "narrative": "Récit", "description": "Description", "nature": "Nature",
    "impact": "Impact", "uncertainty": "Incertitude", "effort": "Effort",
    "quadrant": "Quadrant", "lead": "Pilote", "partners": "Partenaires (rôle)",
    "horizon_year": "Échéance", "first_step": "Première étape", "means": "Moyens",
    "indicator": "Indicateur", "checked": "Fait", "links": "Liens", "votes": "Votes",
    "table": "Table", "author": "Auteur·rice", "device": "Poste de saisie",
    "created_at": "Créée le (UTC)", "updated_at": "Modifiée le (UTC)", "id": "Identifiant",
}
HEADERS_EN = {
    "phase": "Phase", "kind": "Kind", "category": "Category", "title": "Title",
    "text": "Text", "narrative": "Narrative", "description": "Description", "nature": "Nature",
    "impact": "Impact", "uncertainty": "Uncertainty", "effort": "Effort",
    "quadrant": "Quadrant", "lead": "Lead", "partners": "Partners (role)",
    "horizon_year": "Year", "first_step": "First step", "means": "Means",
    "indicator": "Indicator", "checked": "Done", "links": "Links", "votes": "Votes",
    "table": "Table", "author": "Author", "device": "Capture device",
    "created_at": "Created (UTC)", "updated_at": "Updated (UTC)", "id": "Id",
}
KIND_FR = {"driver": "moteur", "future": "futur", "action": "action", "note": "note"}
YES_NO = {"fr": ("oui", "non"), "en": ("yes", "no")}

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(text: str) -> str:
    """``text`` as a spreadsheet shows it, never as a formula it would run."""
    return "'" + text if text.startswith(_FORMULA_START) else text


def csv_rows(data: WorkshopData, *, anonymised: bool | None = None) -> list[list[str]]:
    """The header then one row per live card, as the cells of the CSV."""
    hide_names = data.workshop.anonymous if anonymised is None else anonymised
    french = data.workshop.language != "en"
    headers = HEADERS_FR if french else HEADERS_EN
    natures = NATURE_LABELS_FR if french else NATURE_LABELS_EN
    yes, no = YES_NO["fr" if french else "en"]
    orgs = {o.id: o.name for o in data.organisations}
    phases = {p.id: p.title for p in data.phases}
    headings = {c.id: c.heading for c in data.cards}
    # one column per round (#13: dots of several rounds are never added together): a
    # card's dots in round N of its phase, empty when its phase has no round N shown
    dots = export_dots(data)
    round_numbers = range(1, max(1, dots.most_rounds) + 1)
    round_word = "tour" if french else "round"

    def round_cells(card: Card) -> list[str]:
        shown = dots.round_of.get(card.id)
        phase_id = shown.round.phase_id if shown is not None else card.phase_id
        cells = []
        for n in round_numbers:
            value = dots.in_round(card.id, phase_id, n)
            cells.append("" if value is None else str(value))
        return cells

    def number(value: int | None) -> str:
        return "" if value is None else str(value)

    def row(card: Card) -> list[str]:
        partners = "; ".join(
            f"{orgs.get(p.organisation_id, '?')} ({p.role})" if p.role
            else orgs.get(p.organisation_id, "?")
            for p in card.partners
        )
        links = "; ".join(headings.get(link, str(link)) for link in card.links)
        values = {
            "phase": phases.get(card.phase_id, ""),
            "kind": KIND_FR[card.kind.value] if french else card.kind.value,
            "category": card.category,
            "title": card.title,
            "text": card.text,
            "narrative": card.narrative,
            "description": card.description,
            "nature": natures[card.nature] if card.nature is not None else "",
            "impact": number(card.impact),
            "uncertainty": number(card.uncertainty),
            "effort": number(card.effort),
            "quadrant": card.quadrant,
            "lead": orgs.get(card.lead_organisation_id, "")
            if card.lead_organisation_id is not None else "",
            "partners": partners,
            "horizon_year": number(card.horizon_year),
            "first_step": card.first_step,
            "means": card.means,
            "indicator": card.indicator,
            "checked": "" if card.checked is None else (yes if card.checked else no),
            "links": links,
            "votes": "",  # one column per round: round_cells
            "table": card.table_label,
            "author": "" if hide_names else card.author,
            "device": card.device,
            "created_at": format_time(card.created_at),
            "updated_at": format_time(card.updated_at),
            "id": str(card.id),
        }
        cells: list[str] = []
        for name in COLUMNS:
            cells += round_cells(card) if name == "votes" else [safe_cell(values[name])]
        return cells

    header: list[str] = []
    for name in COLUMNS:
        header += ([f"{headers[name]} – {round_word} {n}" for n in round_numbers]
                   if name == "votes" else [headers[name]])
    return [header, *(row(c) for c in data.live_cards())]


def write_csv(
    data: WorkshopData,
    path: str | os.PathLike[str],
    *,
    delimiter: str = ";",
    anonymised: bool | None = None,
) -> Path:
    """Write the workshop's live cards as CSV (UTF-8 with BOM); authors are left out when
    ``anonymised`` (default: the workshop's anonymous flag)."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(
        buffer, delimiter=delimiter, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n"
    )
    writer.writerows(csv_rows(data, anonymised=anonymised))
    return write_atomically(path, buffer.getvalue().encode("utf-8-sig"))


__all__ = ["COLUMNS", "csv_rows", "safe_cell", "write_csv"]
