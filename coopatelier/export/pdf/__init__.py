"""The PDF synthesis of a workshop (reportlab platypus; no Qt here).

::

    from coopatelier.export.pdf import PdfOptions, export_pdf

    export_pdf(data, Path("synthese.pdf"), PdfOptions(anonymised=True, language="fr"))
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from coopatelier.domain.demarche import DemarcheData
from coopatelier.domain.model import WorkshopData
from coopatelier.files import atomic_output

#: Languages the headings exist in (kept here so that naming them loads no reportlab).
LANGUAGES = ("fr", "en")


@dataclass(frozen=True, slots=True)
class PdfOptions:
    """What the synthesis shows.

    ``anonymised``: never show participants' names (organisations still appear); ``None``
    follows the workshop's own "anonymous" setting. ``annex``: add every card at the end.
    ``language``: "fr" or "en" for the headings (the workshop's content is never
    translated); ``None`` follows the workshop's own language (:func:`document_language`).
    """

    anonymised: bool | None = None
    annex: bool = True
    language: str | None = None


def document_language(workshop_language: str) -> str:
    """The headings' language that suits a workshop written in ``workshop_language``: its
    own when the synthesis has it ("en", "en-GB" → "en"), French otherwise (as the CSV and
    Markdown exports do)."""
    base = workshop_language.strip().lower().replace("_", "-").split("-")[0]
    return base if base in LANGUAGES else "fr"


def export_pdf(data: WorkshopData, path: Path, options: PdfOptions | None = None, *,
               demarche: DemarcheData | None = None,
               round_numbers: Mapping[uuid.UUID, Mapping[uuid.UUID, int]] | None = None
               ) -> None:
    """Write the synthesis of ``data`` to ``path``, atomically (:mod:`coopatelier.files`):
    ``path`` is never left half-written; a file that cannot be written is an
    ``ExportError``. ``demarche``: the démarche of a point d'étape, whose review and
    governance its synthesis then tells. ``round_numbers``: per round, the number each
    card carried in the room (``api.workshop_round_numbers``), printed beside its dots; a
    round missing here numbers its cards in the room's order now."""
    # reportlab is imported here, not at start-up: only an export pays for it
    from coopatelier.export.pdf import document, sections
    from coopatelier.export.pdf.labels import Labels
    from coopatelier.export.pdf.styles import make_styles

    options = options or PdfOptions()
    language = options.language or document_language(data.workshop.language)
    if language not in LANGUAGES:
        raise ValueError(f"language must be one of {', '.join(LANGUAGES)}")
    path = Path(path)
    anonymised = data.workshop.anonymous if options.anonymised is None else options.anonymised
    labels = Labels(language)
    context = sections.Context.of(data, labels, make_styles(), anonymised, demarche,
                                  round_numbers)
    workshop = data.workshop
    subject = workshop.focal_question.strip() or labels["synthesis"]
    keywords = ", ".join(k for k in (workshop.territory, str(workshop.horizon_year),
                                     "prospective" if labels.language == "fr" else "foresight")
                         if k)
    with atomic_output(path) as stream:
        document.build(  # the story is handed over: no name here keeps it alive
            stream, sections.story(context, annex_included=options.annex),
            title=f"{labels['synthesis']} — {workshop.title}",
            footer_title=workshop.title,
            labels=labels,
            author=workshop.organisers.strip() or "CoopAtelier",
            subject=subject,
            keywords=keywords,
        )


__all__ = ["LANGUAGES", "PdfOptions", "document_language", "export_pdf"]
