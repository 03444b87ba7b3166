"""Exporters that turn a workshop into documents people read (the PDF synthesis)."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from coopatelier.storage.store import Store

#: what ``export_workshop`` writes
FORMATS = ("json", "csv", "md", "pdf")


def export_workshop(
    store: Store,
    workshop_id: uuid.UUID,
    path: Path,
    fmt: str,
    *,
    anonymised: bool | None = None,
    annex: bool = True,
    language: str | None = None,
) -> Path:
    """Write one export of a workshop, for the command line and the Export dialog alike:
    the workshop file (json), cards for a spreadsheet (csv), a readable summary (md) or the
    PDF synthesis. Each is written aside and renamed, so a failure leaves no half-written
    file; a folder missing or not writable is an ``ExportError`` (one sentence).
    ``anonymised`` None follows the workshop's anonymous flag; ``annex`` and ``language``
    are for the PDF (``language`` None: the workshop's language)."""
    from coopatelier.services.queries import load_workshop

    if fmt == "json":
        from coopatelier.exchange.workshop_file import export_workshop_file

        return export_workshop_file(store, workshop_id, path)
    data = load_workshop(store, workshop_id)
    demarche = None  # a point d'étape's synthesis tells its démarche's review and governance
    if data.workshop.demarche_id and any(p.demarche_focus for p in data.phases):
        from coopatelier.services.demarche_queries import load_demarche

        demarche = load_demarche(store, data.workshop.demarche_id)
    if fmt == "csv":
        from coopatelier.exchange.csv_export import write_csv

        return write_csv(data, path, anonymised=anonymised)
    if fmt == "md":
        from coopatelier.exchange.markdown import write_markdown

        return write_markdown(data, path, anonymised=anonymised, demarche=demarche)
    if fmt == "pdf":
        from coopatelier.export.pdf import PdfOptions, export_pdf
        from coopatelier.services.votes import workshop_round_numbers

        # the numbers the room called the cards by in each round, printed beside their dots
        export_pdf(data, path, PdfOptions(anonymised=anonymised, annex=annex, language=language),
                   demarche=demarche,
                   round_numbers=workshop_round_numbers(store, workshop_id))
        return path
    raise ValueError(f"format must be one of {', '.join(FORMATS)}")


#: what ``export_demarche`` writes
DEMARCHE_FORMATS = ("pdf", "md", "csv", "json")


def export_demarche(
    store: Store,
    demarche_id: uuid.UUID,
    path: Path,
    fmt: str,
    *,
    language: str | None = None,
) -> Path:
    """Write one export of a démarche's roadmap, at any time: the *Feuille de route* PDF,
    Markdown, CSV (one row per action with its status) or the démarche file (json).
    ``language`` ("fr" or "en") is for the documents' headings (None: the démarche's)."""
    if fmt == "json":
        from coopatelier.exchange.demarche_file import export_demarche_file

        return export_demarche_file(store, demarche_id, path)
    from coopatelier.services.demarche_queries import load_demarche

    data = load_demarche(store, demarche_id)
    if fmt == "csv":
        from coopatelier.exchange.demarche_docs import write_demarche_csv

        return write_demarche_csv(data, path, language=language)
    if fmt == "md":
        from coopatelier.exchange.demarche_docs import write_demarche_markdown

        return write_demarche_markdown(data, path, language=language)
    if fmt == "pdf":
        from coopatelier.export.pdf.roadmap_document import export_roadmap_pdf

        export_roadmap_pdf(data, path, language=language)
        return path
    raise ValueError(f"format must be one of {', '.join(DEMARCHE_FORMATS)}")
