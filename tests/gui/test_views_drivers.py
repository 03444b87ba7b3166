"""The drivers workspace at the sizes it is used at: a laptop, a laptop on a projector."""

from __future__ import annotations

import uuid
from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QHeaderView

from coopatelier import api
from coopatelier.domain.model import PhaseKind
from coopatelier.ui.views.drivers import DriversView
from coopatelier.ui.workshop_window import WorkshopWindow
from tests.conftest import phase_of

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

Opener = Callable[[uuid.UUID], WorkshopWindow]

LONG = "Inflation durable des prix alimentaires et de l’énergie dans les quartiers"


def _drivers(open_window: Opener, store: api.Store, workshop: api.WorkshopData,
             size: tuple[int, int]) -> DriversView:
    phase = phase_of(workshop, PhaseKind.DRIVERS)
    for text in (LONG, "Télétravail", "Précarité alimentaire"):
        api.add_card(store, phase.id, text, category="Société", table_label="Table 2",
                     author="Fatou Sow", impact=4, uncertainty=3)
    window = open_window(workshop.workshop.id)
    window.resize(*size)
    window.show_phase(phase.id)
    view = window.views[phase.id]
    assert isinstance(view, DriversView)
    return view


@pytest.mark.parametrize("size", [(1280, 800), (1024, 768), (1920, 1080)])
def test_the_driver_text_column_gets_the_width(
    qtbot: object, open_window: Opener, store: api.Store, workshop: api.WorkshopData,
    size: tuple[int, int],
) -> None:
    view = _drivers(open_window, store, workshop, size)
    header: QHeaderView = view.table.horizontalHeader()
    qtbot.waitUntil(lambda: header.sectionSize(0) > 0)  # type: ignore[attr-defined]
    text = header.sectionSize(0)
    source = 0 if view.table.isColumnHidden(4) else header.sectionSize(4)
    nature = header.sectionSize(1)
    assert text > source and text > nature
    assert text >= view.table.fontMetrics().averageCharWidth() * 20
    # the table/author column is only given up when the table is narrow
    if size[0] >= 1920:
        assert not view.table.isColumnHidden(4)
    if not view.table.isColumnHidden(4):
        assert "Fatou Sow" in view.model.index(1, 4).data()


def test_hidden_provenance_is_in_the_tooltip(
    open_window: Opener, store: api.Store, workshop: api.WorkshopData
) -> None:
    view = _drivers(open_window, store, workshop, (1024, 768))
    row = next(r for r in range(view.model.rowCount())
               if view.model.index(r, 0).data() == LONG)
    assert "Table 2 · Fatou Sow" in view.model.index(row, 0).data(3)  # ToolTipRole


def test_matrix_tiles_show_two_lines_of_a_long_driver(
    open_window: Opener, store: api.Store, workshop: api.WorkshopData
) -> None:
    view = _drivers(open_window, store, workshop, (1280, 800))
    tile = next(t for t in view.matrix.tiles.values() if t.toolTip() == LONG)
    first, second = tile.label.text().split("\n")
    assert LONG.startswith(first)
    assert second.endswith("…")  # the rest, elided
    assert len(first) + len(second) > 15  # more than the single cut line of old
    assert tile.label.boundingRect().height() <= tile.rect().height()
    assert tile.label.boundingRect().width() <= tile.rect().width()
