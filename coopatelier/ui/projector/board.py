"""What the room's painted boards (the 2×2, the roadmap's timeline) share: a text size
fitted to the room between a floor and a ceiling, computed when painted and forgotten when
what they show, their text range or their size changes."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from coopatelier.ui.projector.wall import DARK, Measurer, Palette


class FittedBoard(QWidget):
    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.measurer = Measurer()
        self.floor_px, self.ceiling_px = 24, 48
        self.colours: Palette = DARK

    def sizeHint(self) -> QSize:
        return QSize(640, 360)

    def forget_fit(self) -> None:
        """Drop the fitted layout (each board keeps its own)."""
        raise NotImplementedError

    def refit(self) -> None:
        self.forget_fit()
        self.update()

    def set_text_range(self, floor_px: int, ceiling_px: int) -> None:
        if (floor_px, ceiling_px) != (self.floor_px, self.ceiling_px):
            self.floor_px, self.ceiling_px = floor_px, max(floor_px, ceiling_px)
            self.refit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        self.forget_fit()
