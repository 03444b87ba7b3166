"""Errors in the interface's language: the sentence comes from the error's kind and values
(``coopatelier/wording.py``, shared with the CLI), in the language the UI runs in."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QLocale

from coopatelier.errors import KnownError

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox, QWidget


def ui_language() -> str:
    """'fr' or 'en': the language ``install_translations`` gave the interface."""
    return "fr" if QLocale().language() == QLocale.Language.French else "en"


def user_message(error: KnownError | str) -> str:
    """``error`` as one sentence for the user; text already worded passes unchanged."""
    if isinstance(error, KnownError):
        return error.words(ui_language())
    return error


class ConflictPlace(NamedTuple):
    """Where conflicts of an import are settled: a workshop's window or a démarche's
    (``kind`` "workshop" or "demarche"), and how to open its Conflicts."""

    kind: str
    title: str
    open: Callable[[], object]


def show_report(
    parent: QWidget, summary: str, details: Sequence[str] = (),
    places: Sequence[ConflictPlace] = (),
) -> QMessageBox:
    """What an import did, where the user did it: the whole summary in a box (a status
    bar cuts a long one; it counts the conflicts), where to settle the conflicts (each
    place's menu) with a button that opens the first place's Conflicts, and each conflict
    under *Show Details…*. Opened over its window (``open()``: nothing waits on it); OK
    closes it."""
    # (a menu's path never breaks across lines: no-break spaces around its arrow)
    # here, not at the top: this module is on the path to the first frame, which is
    # painted before PySide6 builds its ``Qt`` namespace (tests/gui/test_start_light.py)
    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(
        QMessageBox.Icon.Information,
        QCoreApplication.translate("ImportReport", "Import"),
        summary,
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setObjectName("importReportBox")
    box.setTextFormat(Qt.TextFormat.PlainText)
    if places:
        lines = [
            (QCoreApplication.translate(
                "ImportReport", "the workshop “%1”: Workshop → Conflicts… in its window")
             if place.kind == "workshop" else QCoreApplication.translate(
                "ImportReport", "the démarche “%1”: Démarche → Conflicts… in its window")
             ).replace("%1", _elided(place.title))
            for place in places
        ]
        box.setInformativeText("\n".join([
            QCoreApplication.translate("ImportReport", "Where to settle the conflicts:"),
            *(f"• {line}" for line in lines),
        ]))
        button = box.addButton(
            QCoreApplication.translate("ImportReport", "&Open the conflicts"),
            QMessageBox.ButtonRole.ActionRole,
        )
        button.setObjectName("openConflicts")
        button.setToolTip(lines[0])
        button.clicked.connect(places[0].open)  # the box closes, the Conflicts open
    if details:
        box.setDetailedText("\n".join(details))
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def _elided(title: str, limit: int = 60) -> str:
    line = " ".join(title.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"
