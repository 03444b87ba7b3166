"""CSV export: one row per live card, for spreadsheets.

UTF-8 with a byte-order mark and ``;`` as delimiter by default, which is what French Excel
expects to open accents and columns right. Multi-line text and quotes survive (the ``csv``
module quotes them). Text that a spreadsheet would run as a formula (starting with ``=``,
``+``, ``-``, ``@``, tab or carriage return) gets a leading apostrophe, the usual defence
against CSV formula injection.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
from pathlib import Path

from coopatelier.domain.analysis import export_dots
from coopatelier.domain.model import NATURE_LABELS_EN, NATURE_LABELS_FR, Card, WorkshopData
from coopatelier.exchange._common import format_time, write_atomically

#: The columns, in the file's order, with their French and English headers. A column named
#: as a card's field holds that field (text as typed, numbers, UTC times, the id); the
#: others are worded in ``csv_rows``.
_HEADERS = {
    "phase": ("Phase", "Phase"),
    "kind": ("Type", "Kind"),
    "category": ("Catégorie", "Category"),
    "title": ("Titre", "Title"),
    "text": ("Texte", "Text"),
    "narrative": ("Récit", "Narrative"),
    "description": ("Description", "Description"),
    "nature": ("Nature", "Nature"),
    "impact": ("Impact", "Impact"),
    "uncertainty": ("Incertitude", "Uncertainty"),
    "effort": ("Effort", "Effort"),
    "quadrant": ("Quadrant", "Quadrant"),
    "lead": ("Pilote", "Lead"),
    "partners": ("Partenaires (rôle)", "Partners (role)"),
    "horizon_year": ("Échéance", "Year"),
    "first_step": ("Première étape", "First step"),
    "means": ("Moyens", "Means"),
    "indicator": ("Indicateur", "Indicator"),
    "checked": ("Fait", "Done"),
    "links": ("Liens", "Links"),
    "votes": ("Votes", "Votes"),
    "table": ("Table", "Table"),
    "author": ("Auteur·rice", "Author"),
    "device": ("Poste de saisie", "Capture device"),
    "created_at": ("Créée le (UTC)", "Created (UTC)"),
    "updated_at": ("Modifiée le (UTC)", "Updated (UTC)"),
    "id": ("Identifiant", "Id"),
}
COLUMNS = tuple(_HEADERS)
HEADERS_FR = {name: french for name, (french, _english) in _HEADERS.items()}
HEADERS_EN = {name: english for name, (_french, english) in _HEADERS.items()}
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

    def field(card: Card, name: str) -> str:
        value = getattr(card, name)
        if value is None:
            return ""
        return format_time(value) if isinstance(value, dt.datetime) else str(value)

    def row(card: Card) -> list[str]:
        partners = "; ".join(
            f"{orgs.get(p.organisation_id, '?')} ({p.role})" if p.role
            else orgs.get(p.organisation_id, "?")
            for p in card.partners
        )
        worded = {
            "phase": phases.get(card.phase_id, ""),
            "kind": KIND_FR[card.kind.value] if french else card.kind.value,
            "nature": natures[card.nature] if card.nature is not None else "",
            "lead": orgs.get(card.lead_organisation_id, "")
            if card.lead_organisation_id is not None else "",
            "partners": partners,
            "checked": "" if card.checked is None else (yes if card.checked else no),
            "links": "; ".join(headings.get(link, str(link)) for link in card.links),
            "table": card.table_label,
            "author": "" if hide_names else card.author,
        }
        values = {
            name: worded[name] if name in worded else field(card, name)
            for name in COLUMNS if name != "votes"  # one column per round: round_cells
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
