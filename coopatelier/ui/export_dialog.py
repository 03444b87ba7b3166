"""File → Export…: the PDF synthesis, the workshop file, a CSV table or a Markdown summary,
with the synthesis' options, remembered between exports; then the file opens in the
system's viewer.

The dialog is opened with ``open()`` (never a blocking ``exec()``); the file chooser and
the system viewer are injectable so tests can drive it without a desktop.
"""

from __future__ import annotations

import logging
import re
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coopatelier import api
from coopatelier.errors import KnownError
from coopatelier.export import export_workshop
from coopatelier.export.pdf import document_language
from coopatelier.settings import Settings
from coopatelier.ui.messages import user_message

log = logging.getLogger(__name__)

#: format key → file suffix, in the order the dialog offers them
FORMATS: dict[str, str] = {"pdf": ".pdf", "json": ".json", "csv": ".csv", "md": ".md"}

OpenUrl = Callable[[QUrl], object]
ChoosePath = Callable[[QWidget, str, str, str], str]


def _format_label(key: str) -> str:
    return {
        "pdf": QCoreApplication.translate("ExportDialog", "PDF synthesis (to print and send)"),
        "json": QCoreApplication.translate(
            "ExportDialog", "Workshop file (JSON, to import on another computer)"
        ),
        "csv": QCoreApplication.translate("ExportDialog", "CSV table of the cards (spreadsheet)"),
        "md": QCoreApplication.translate("ExportDialog", "Markdown summary (text)"),
    }[key]


def _filter(key: str) -> str:
    return {
        "pdf": QCoreApplication.translate("ExportDialog", "PDF synthesis (*.pdf)"),
        "json": QCoreApplication.translate("ExportDialog", "Workshop file (*.json)"),
        "csv": QCoreApplication.translate("ExportDialog", "CSV table (*.csv)"),
        "md": QCoreApplication.translate("ExportDialog", "Markdown summary (*.md)"),
    }[key]


def safe_file_name(title: str) -> str:
    """A file name from a workshop title: accents and apostrophes kept, anything a file
    system could refuse (/ \\ : * ? " < > |, dashes, brackets) becomes one " - " or
    nothing, never a row of underscores."""
    kept = "".join(ch if ch.isalnum() or ch in " '’_-" else "\0" for ch in title)
    safe = re.sub(r"[\s\0-]*\0[\s\0-]*", " - ", kept)  # a run with a refused character
    safe = re.sub(r"\s+", " ", safe).strip(" -_'’.")
    return safe[:120].rstrip(" -") or "atelier"


class ExportDialog(QDialog):
    """Choose the format, the options and the file; Export writes it and opens it."""

    #: the path written
    exported = Signal(object)

    def __init__(
        self,
        store: api.Store,
        workshop_id: uuid.UUID,
        settings: Settings,
        parent: QWidget | None = None,
        *,
        open_url: OpenUrl | None = None,
        choose_path: ChoosePath | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export the workshop"))
        self.store = store
        self.workshop_id = workshop_id
        self.settings = settings
        self.open_url: OpenUrl = open_url or QDesktopServices.openUrl
        self.choose_path: ChoosePath = choose_path or _save_file_name
        workshop = api.get_workshop(store, workshop_id)
        self.workshop_anonymous = workshop.anonymous
        self.title = workshop.title
        remembered: dict[str, Any] = dict(settings.get("export_defaults"))

        self.format = QComboBox(self)
        self.format.setObjectName("exportFormat")
        for key in FORMATS:
            self.format.addItem(_format_label(key), key)
        self.format.setCurrentIndex(max(0, self.format.findData(remembered.get("format", "pdf"))))

        self.options = QGroupBox(self.tr("Options"), self)
        self.anonymised = QCheckBox(self.tr("&Anonymised: no participant's name"), self)
        self.anonymised.setObjectName("exportAnonymised")
        self.anonymised.setToolTip(
            self.tr("Organisations still appear; on by default when the workshop is anonymous")
        )
        self.anonymised.setChecked(
            self.workshop_anonymous or bool(remembered.get("anonymised", False))
        )
        self.annex = QCheckBox(self.tr("With the &annex: every card by phase"), self)
        self.annex.setObjectName("exportAnnex")
        self.annex.setChecked(bool(remembered.get("annex", True)))
        self.language = QComboBox(self)
        self.language.setObjectName("exportLanguage")
        self.language.addItem("Français", "fr")
        self.language.addItem("English", "en")
        # the workshop's language: a French workshop gets French headings on any system
        # (a choice for one export, not remembered for the next workshop)
        language = document_language(workshop.language)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.language_label = QLabel(self.tr("&Headings in"), self)
        self.language_label.setBuddy(self.language)
        self.json_note = QLabel(
            self.tr(
                "The workshop file holds the whole workshop, names included, to import it "
                "into CoopAtelier on another computer."
            ),
            self,
        )
        self.json_note.setWordWrap(True)
        self.json_note.setObjectName("exportNote")
        options = QFormLayout(self.options)
        options.addRow(self.anonymised)
        options.addRow(self.annex)
        options.addRow(self.language_label, self.language)
        options.addRow(self.json_note)

        self.path = QLineEdit(self)
        self.path.setObjectName("exportPath")
        self.path.setAccessibleName(self.tr("File to write"))
        self.browse = QPushButton(self.tr("&Choose…"), self)
        self.browse.setObjectName("exportBrowse")
        self.browse.clicked.connect(self.choose_file)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(self.browse)
        folder = export_folder(settings)
        self.path.setText(str(folder / (safe_file_name(self.title) + self.suffix())))

        self.open_after = QCheckBox(self.tr("&Open it in the system viewer afterwards"), self)
        self.open_after.setObjectName("exportOpenAfter")
        self.open_after.setChecked(bool(remembered.get("open_after", True)))

        self.error = QLabel(self)
        self.error.setObjectName("exportError")
        self.error.setWordWrap(True)
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error.setStyleSheet("color: #a1260d; font-weight: 600;")
        self.error.hide()

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.export_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.export_button.setText(self.tr("&Export"))
        self.export_button.setObjectName("exportButton")
        buttons.accepted.connect(self.export)
        buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("&Format"), self.format)
        file_label = QLabel(self.tr("&File"), self)
        file_label.setBuddy(self.path)
        form.addRow(file_label, path_row)
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Export “%1”").replace("%1", self.title), self)
        heading.setObjectName("exportHeading")
        heading.setWordWrap(True)
        font = heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        heading.setFont(font)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.options)
        layout.addWidget(self.open_after)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.format.currentIndexChanged.connect(self._format_changed)
        self.path.textChanged.connect(lambda text: self.export_button.setEnabled(bool(text)))
        self._format_changed()
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.resize(600, self.sizeHint().height())

    # --- state ----------------------------------------------------------------------------

    def chosen_format(self) -> str:
        return str(self.format.currentData())

    def suffix(self) -> str:
        return FORMATS[self.chosen_format()]

    def _format_changed(self, _index: int = 0) -> None:
        fmt = self.chosen_format()
        self.anonymised.setVisible(fmt != "json")
        self.annex.setVisible(fmt == "pdf")
        self.language.setVisible(fmt == "pdf")
        self.language_label.setVisible(fmt == "pdf")
        self.json_note.setVisible(fmt == "json")
        text = self.path.text().strip()
        if text:
            current = Path(text)
            if current.suffix.lower() in FORMATS.values() or not current.suffix:
                self.path.setText(str(current.with_suffix(self.suffix())))
        self.error.hide()

    def choose_file(self) -> None:
        chosen = self.choose_path(
            self,
            self.tr("Export the workshop"),
            self.path.text(),
            _filter(self.chosen_format()),
        )
        if chosen:
            path = Path(chosen)
            if path.suffix.lower() != self.suffix():
                path = path.with_name(path.name + self.suffix())
            self.path.setText(str(path))

    def target(self) -> Path:
        path = Path(self.path.text().strip()).expanduser()
        if path.suffix.lower() != self.suffix():
            path = path.with_name(path.name + self.suffix())
        return path

    def remember(self) -> None:
        self.settings.set(
            "export_defaults",
            {
                "format": self.chosen_format(),
                # only a choice beyond the workshop's own flag is worth remembering
                "anonymised": self.anonymised.isChecked() and not self.workshop_anonymous,
                "annex": self.annex.isChecked(),
                "open_after": self.open_after.isChecked(),
                "folder": str(self.target().parent),
            },
        )

    # --- exporting ------------------------------------------------------------------------

    def export(self) -> Path | None:
        """Write the file; on a problem say it in one sentence and stay open."""
        if not self.path.text().strip():
            return None
        path = self.target()
        self.error.hide()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            written = export_workshop(
                self.store,
                self.workshop_id,
                path,
                self.chosen_format(),
                anonymised=self.anonymised.isChecked(),
                annex=self.annex.isChecked(),
                language=str(self.language.currentData()),
            )
        except KnownError as exc:
            log.info("export refused: %s", exc)
            self.error.setText(user_message(exc))
            self.error.show()
            return None
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.remember()
        if self.open_after.isChecked():
            self.open_url(QUrl.fromLocalFile(str(written)))
        self.exported.emit(written)
        self.accept()
        return written


def export_folder(settings: Settings) -> Path:
    """The folder of the last export (a workshop's or a roadmap's), or the home folder."""
    folder = Path(str(dict(settings.get("export_defaults")).get("folder") or Path.home()))
    return folder if folder.is_dir() else Path.home()


def remember_export_folder(settings: Settings, folder: Path) -> None:
    """The next export, of either kind, starts in ``folder``."""
    remembered = dict(settings.get("export_defaults"))
    settings.set("export_defaults", {**remembered, "folder": str(folder)})


def _save_file_name(parent: QWidget, title: str, start: str, file_filter: str) -> str:
    path, _chosen = QFileDialog.getSaveFileName(parent, title, start, file_filter)
    return path


def open_export_dialog(
    window: QMainWindow,
    store: api.Store,
    workshop_id: uuid.UUID,
    settings: Settings,
    **injected: Any,
) -> ExportDialog:
    """Open the dialog over ``window``; a successful export is told in its status bar."""
    dialog = ExportDialog(store, workshop_id, settings, window, **injected)

    def done(path: Path) -> None:
        window.statusBar().showMessage(
            QCoreApplication.translate("ExportDialog", "Exported to %1").replace("%1", str(path)),
            10000,
        )

    dialog.exported.connect(done)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog
