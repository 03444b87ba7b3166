"""The facilitator stylesheet keeps what it styles legible."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDir
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox, QVBoxLayout, QWidget

from coopatelier.resources import resource


def test_a_drop_down_lists_current_and_hovered_items_legibly(qtbot: Any) -> None:
    """The list of a drop-down paints its current item in the highlight colour with light
    text (it used to paint it white on white)."""
    QDir.addSearchPath("icons", str(resource("icons")))
    host = QWidget()
    host.setStyleSheet(resource("styles", "facilitator.qss").read_text(encoding="utf-8"))
    qtbot.addWidget(host)
    combo = QComboBox(host)
    combo.addItems(["Tendance lourde", "Signal faible", "Germe de changement", "Rupture"])
    QVBoxLayout(host).addWidget(combo)
    host.resize(320, 200)
    host.show()
    combo.showPopup()
    view = combo.view()
    qtbot.waitUntil(view.isVisible)
    view.setCurrentIndex(view.model().index(2, 0))
    rect = view.visualRect(view.model().index(2, 0))
    image = view.viewport().grab().toImage()
    colours = {
        QColor(image.pixel(x, rect.center().y())).name()
        for x in range(rect.left() + 1, rect.right() - 1)
    }
    background = QColor(image.pixel(rect.right() - 2, rect.center().y()))
    assert background.lightness() < 128  # a dark highlight, not the list's white
    text = [QColor(image.pixel(x, y)) for x in range(rect.left(), rect.right())
            for y in range(rect.top(), rect.bottom())]
    assert max(c.lightness() for c in text) > 200  # light letters on it
    assert len(colours) > 2  # something is drawn across the row: the item's text
    combo.hidePopup()
