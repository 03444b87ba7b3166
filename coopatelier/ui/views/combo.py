"""A combo box that elides its text rather than cutting it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox, QStylePainter


class ElidingComboBox(QComboBox):
    """A combo box whose current text ends in "…" when it does not fit, rather than being
    cut mid-letter (the styles clip it)."""

    def _text_room(self) -> tuple[str, int]:
        """The current text, and the width it may take: the edit field less its margins."""
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        field = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option,
            QStyle.SubControl.SC_ComboBoxEditField, self,
        )
        room = field.width() - 4
        if not option.currentIcon.isNull():
            room -= option.iconSize.width() + 4
        return option.currentText, room

    def shown_text(self) -> str:
        """The text as painted: elided to the width of the edit field."""
        text, room = self._text_room()
        return self.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, max(0, room))

    def full_width(self) -> int:
        """The width that shows the current text whole."""
        text, room = self._text_room()
        return self.width() - room + self.fontMetrics().horizontalAdvance(text) + 2

    def paintEvent(self, _event: object) -> None:
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        option.currentText = self.shown_text()
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)
