"""Dialogs of the workshop window. Each is opened with ``open()`` (window-modal, never a
blocking ``exec()``) and reports through ``accepted``, so tests can fill and accept them."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from coopatelier.domain.model import Phase, PhaseKind, utcnow
from coopatelier.ui.phase_record import PhaseRecordEditor


def kind_label(kind: PhaseKind) -> str:
    from PySide6.QtCore import QCoreApplication

    return {
        PhaseKind.INTRO: QCoreApplication.translate("PhaseKind", "Introduction"),
        PhaseKind.DRIVERS: QCoreApplication.translate("PhaseKind", "Drivers of change"),
        PhaseKind.FUTURES: QCoreApplication.translate("PhaseKind", "Desirable futures"),
        PhaseKind.ACTIONS: QCoreApplication.translate("PhaseKind", "Actions"),
        PhaseKind.ROADMAP: QCoreApplication.translate("PhaseKind", "Roadmap"),
        PhaseKind.CLOSING: QCoreApplication.translate("PhaseKind", "Closing"),
        PhaseKind.FREE: QCoreApplication.translate("PhaseKind", "Free exercise"),
    }[kind]


class PhaseDialog(QDialog):
    """Add or edit a phase of the déroulé: kind (new phases only), title, minutes, question,
    instructions and categories (one per line)."""

    def __init__(
        self,
        parent: QWidget | None = None,
        phase: Phase | None = None,
        now: dt.datetime | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("phaseDialog")
        self.setWindowTitle(self.tr("Edit phase") if phase else self.tr("Add a phase"))
        self.kind = QComboBox(self)
        for kind in PhaseKind:
            self.kind.addItem(kind_label(kind), kind.value)
        self.title = QLineEdit(self)
        self.minutes = QSpinBox(self)
        self.minutes.setRange(0, 1440)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setValue(20)
        # the focal question is often two lines long: all of it visible, from its start
        self.question = QPlainTextEdit(self)
        self.question.setObjectName("phaseQuestion")
        self.question.setTabChangesFocus(True)
        self.question.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)
        self.instructions = QPlainTextEdit(self)
        self.instructions.setTabChangesFocus(True)
        self.categories = QPlainTextEdit(self)
        self.categories.setTabChangesFocus(True)
        self.categories.setToolTip(self.tr("One category per line"))
        self.categories.setMaximumHeight(90)
        form = QFormLayout(self)
        form.addRow(self.tr("&Kind"), self.kind)
        form.addRow(self.tr("&Title"), self.title)
        form.addRow(self.tr("&Minutes"), self.minutes)
        form.addRow(self.tr("&Question"), self.question)
        form.addRow(self.tr("&Instructions"), self.instructions)
        form.addRow(self.tr("&Categories"), self.categories)
        self.record: PhaseRecordEditor | None = None
        if phase is not None:  # what happened: correctable, never erased by running it
            self.record = PhaseRecordEditor(phase, now or utcnow(), self)
            form.addRow(self.tr("As run"), self.record)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self._accept_if_valid)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        if phase is not None:
            self.kind.setCurrentIndex(self.kind.findData(phase.kind.value))
            self.kind.setEnabled(False)
            self.title.setText(phase.title)
            self.minutes.setValue(phase.planned_minutes)
            self.question.setPlainText(phase.question)
            self.title.setCursorPosition(0)  # the start of a long title, not its end
            self.title.setToolTip(phase.title)
            self.instructions.setPlainText(phase.instructions)
            self.categories.setPlainText("\n".join(phase.categories))
        self.title.textChanged.connect(lambda text: self.ok_button.setEnabled(bool(text.strip())))
        self.ok_button.setEnabled(bool(self.title.text().strip()))
        self.resize(620, 520 if phase is not None else 420)

    def _accept_if_valid(self) -> None:
        if self.title.text().strip():
            self.accept()

    def values(self) -> dict[str, Any]:
        categories = tuple(
            dict.fromkeys(
                line.strip() for line in self.categories.toPlainText().splitlines() if line.strip()
            )
        )
        return {
            "title": self.title.text().strip(),
            "planned_minutes": self.minutes.value(),
            "question": self.question.toPlainText().strip(),
            "instructions": self.instructions.toPlainText().strip(),
            "categories": categories,
        }

    def chosen_kind(self) -> PhaseKind:
        return PhaseKind(self.kind.currentData())


class TemplateDialog(QDialog):
    """Save the déroulé as a template: a key (file name) and a title."""

    def __init__(self, parent: QWidget | None = None, title: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("templateDialog")
        self.setWindowTitle(self.tr("Save the agenda as a template"))
        self.title = QLineEdit(title, self)
        self.key = QLineEdit(self)
        self.key.setToolTip(self.tr("Lowercase letters, digits and dashes, e.g. my-workshop"))
        self.description = QLineEdit(self)
        form = QFormLayout(self)
        form.addRow(self.tr("&Title"), self.title)
        form.addRow(self.tr("&Key"), self.key)
        form.addRow(self.tr("&Description"), self.description)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.title.textChanged.connect(self._suggest_key)
        self._suggest_key(title)

    def _suggest_key(self, title: str) -> None:
        import re
        import unicodedata

        plain = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
        key = re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")[:60]
        self.key.setText(key)

