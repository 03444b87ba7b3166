"""The box that tells what an import did, where the import was made (Home, a démarche's
window): the counts once, where each conflict is settled, and a button that opens those
Conflicts (``messages.show_report``)."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from functools import partial

from PySide6.QtWidgets import QMessageBox, QWidget

from coopatelier import api
from coopatelier.services.demarche_import import DemarcheImportReport
from coopatelier.services.imports import ImportReport
from coopatelier.ui.messages import ConflictPlace, show_report


def report_words(report: ImportReport | DemarcheImportReport, language: str) -> str:
    """The report's sentence, the conflicts counted without a menu to see (the box says
    where to settle them, from the window it is shown in)."""
    if isinstance(report, DemarcheImportReport):
        return report.words(language, where=False)
    return report.summary(language, where=False)


def show_import_report(
    parent: QWidget, store: api.Store, report: ImportReport | DemarcheImportReport,
    language: str, *, open_workshop: Callable[[uuid.UUID], object],
    open_demarche: Callable[[uuid.UUID], object],
) -> QMessageBox:
    """The box over ``parent``; ``open_workshop`` / ``open_demarche`` open a workshop's or
    the démarche's Conflicts (from Home the app opens the window first)."""
    places: list[ConflictPlace] = []
    if isinstance(report, DemarcheImportReport):
        if any(not item.kept_alive for item in report.conflict_items):
            # its title as it is here now (the report's is the file's; the title may be
            # one of the conflicts)
            title = api.get_demarche(store, report.demarche_id).title
            places.append(ConflictPlace("demarche", title,
                                        partial(open_demarche, report.demarche_id)))
        workshops = report.workshops
        details = report.all_conflicts(language)
    else:
        workshops = [report]
        # a phase or round kept alive is said in the summary, and is not in Conflicts
        details = [item.words(language) for item in report.stored_conflicts]
    for workshop in workshops:
        if workshop.stored_conflicts:
            title = api.get_workshop(store, workshop.workshop_id).title
            places.append(ConflictPlace("workshop", title,
                                        partial(open_workshop, workshop.workshop_id)))
    return show_report(parent, report_words(report, language), details, places)
