"""Errors in the interface's language: the sentence comes from the error's kind and values
(``coopatelier/wording.py``, shared with the CLI), in the language the UI runs in."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

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


def show_report(
    parent: QWidget, summary: str, details: Sequence[str] = ()
) -> QMessageBox:
    """What an import did, where the user did it: the whole summary in a box (a status
    bar cuts a long one), each conflict under *Show Details…*. Opened over its window
    (``open()``: nothing waits on it); OK closes it."""
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
    if details:
        box.setInformativeText(
            QCoreApplication.translate("ImportReport", "Conflicts: see the details.")
        )
        box.setDetailedText("\n".join(details))
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
