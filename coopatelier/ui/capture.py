"""The always-ready capture line and the non-modal error banner."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QMimeData, QSize, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from coopatelier.ui.messages import user_message


class CaptureEdit(QPlainTextEdit):
    """One card's text: Enter captures, Shift+Enter starts a new line; pasting several lines
    keeps them in one card. Grows up to four lines."""

    submitted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("captureEdit")
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.document().contentsChanged.connect(self._fit_height)
        self._placeholders: tuple[str, ...] = ()
        self._fit_height()

    def set_placeholders(self, *texts: str) -> None:
        """Placeholders from the longest to the shortest: the longest that fits on the one
        line is shown (a wrapped placeholder would be cut in half by the fixed height)."""
        self._placeholders = texts
        self._fit_placeholder()

    def _fit_placeholder(self) -> None:
        if not self._placeholders:
            return
        room = self.viewport().width() - 2 * self.document().documentMargin() - 4
        metrics = self.fontMetrics()
        chosen = next(
            (t for t in self._placeholders if metrics.horizontalAdvance(t) <= room),
            self._placeholders[-1],
        )
        if chosen != self.placeholderText():
            self.setPlaceholderText(chosen)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_placeholder()

    def text(self) -> str:
        return self.toPlainText()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
            event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        ):
            self.submitted.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    def insertFromMimeData(self, source: QMimeData) -> None:
        """Paste plain text only (a spreadsheet or a web page brings formatting along)."""
        if source.hasText():
            self.insertPlainText(source.text().replace("\r\n", "\n").replace("\r", "\n"))

    def _fit_height(self) -> None:
        lines = max(1, min(4, self.document().blockCount()))
        margins = self.contentsMargins()
        height = (
            lines * self.fontMetrics().lineSpacing()
            + 2 * int(self.document().documentMargin())
            + 2 * self.frameWidth()
            + margins.top()
            + margins.bottom()
            + 6
        )
        if height != self.height():
            self.setFixedHeight(height)

    def sizeHint(self) -> QSize:
        return QSize(400, self.height())

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit_height()  # the stylesheet sets a larger font after construction
            self._fit_placeholder()

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.ensureCursorVisible()


class CaptureBar(QFrame):
    """Table/sub-group and author fields that stick, then the card's text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("captureBar")
        self.table = QLineEdit(self)
        self.table.setObjectName("captureTable")
        self.table.setPlaceholderText(self.tr("Table"))
        self.table.setAccessibleName(self.tr("Table or sub-group"))
        self.table.setToolTip(self.tr("Table or sub-group given to the next cards (it sticks)"))
        self.table.setMaximumWidth(110)
        self.author = QLineEdit(self)
        self.author.setObjectName("captureAuthor")
        self.author.setPlaceholderText(self.tr("Author"))
        self.author.setAccessibleName(self.tr("Author"))
        self.author.setToolTip(self.tr("Author given to the next cards, if any (it sticks)"))
        self.author.setMaximumWidth(150)
        self.edit = CaptureEdit(self)
        self.edit.set_placeholders(
            self.tr("Type a card and press Enter (Shift+Enter: new line)"),
            self.tr("Type a card, then Enter"),
        )
        self.edit.setAccessibleName(self.tr("New card"))
        self.edit.setToolTip(
            self.tr(
                "Enter saves the card; Shift+Enter adds a line; pasted lines stay in one card. "
                "Ctrl+L comes back here."
            )
        )
        self.button = QPushButton(self.tr("Capture"), self)
        self.button.setObjectName("captureButton")
        self.button.setToolTip(self.tr("Save the card (Enter)"))
        self.status = QLabel(self)
        self.status.setObjectName("captureStatus")
        self.status.setAccessibleName(self.tr("Capture status"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.table)
        layout.addWidget(self.author)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.button)
        layout.addWidget(self.status)
        self.setTabOrder(self.table, self.author)
        self.setTabOrder(self.author, self.edit)
        self.setTabOrder(self.edit, self.button)
        self.button.clicked.connect(self.edit.submitted)


class ErrorBanner(QFrame):
    """A non-modal, one-sentence message with Retry and Dismiss."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("errorBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.message = QLabel(self)
        self.message.setObjectName("errorMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.retry_button = QPushButton(self.tr("&Retry"), self)
        self.retry_button.setObjectName("retryButton")
        self.retry_button.setToolTip(self.tr("Try the same change again"))
        self.close_button = QToolButton(self)
        self.close_button.setText("✕")
        self.close_button.setAccessibleName(self.tr("Dismiss the message"))
        self.close_button.setToolTip(self.tr("Dismiss the message"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.retry_button)
        layout.addWidget(self.close_button)
        self._retry: Callable[[], object] | None = None
        self.retry_button.clicked.connect(self.retry)
        self.close_button.clicked.connect(self.dismiss)
        self.hide()

    def show_error(self, message: str, retry: Callable[[], object] | None = None) -> None:
        self._retry = retry
        message = user_message(message)
        self.message.setText(message)
        self.retry_button.setVisible(retry is not None)
        self.setAccessibleDescription(message)
        self.show()

    def retry(self) -> None:
        action = self._retry
        self.dismiss()
        if action is not None:
            action()

    def dismiss(self) -> None:
        self._retry = None
        self.hide()
