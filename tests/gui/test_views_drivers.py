"""The drivers workspace at the sizes it is used at: a laptop, a laptop on a projector."""

from __future__ import annotations

import uuid
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetricsF
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QGraphicsItem, QHeaderView
from pytestqt.qtbot import QtBot

from coopatelier import api
from coopatelier.domain.model import PhaseKind
from coopatelier.ui.views.drivers import DriversView
from coopatelier.ui.workshop_session import WorkshopSession
from coopatelier.ui.workshop_window import WorkshopWindow
from tests.conftest import phase_of
from tests.gui.conftest import drivers_in_two_groups, laid_out

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


def test_matrix_tiles_show_as_many_lines_of_a_long_driver_as_they_hold(
    open_window: Opener, store: api.Store, workshop: api.WorkshopData
) -> None:
    """A matrix with room to spare gives its tiles the height of several lines: the long
    driver reads whole, its words wrapped; every line within the tile on screen."""
    view = _drivers(open_window, store, workshop, (1600, 1000))
    tile = next(t for t in view.matrix.tiles.values() if t.toolTip() == LONG)
    zoom = view.matrix.transform().m11()
    lines = tile.label.text().split("\n")
    line = QFontMetricsF(tile.label.font()).lineSpacing()
    assert len(lines) >= 3
    assert len(lines) * line <= tile.rect().height() * zoom + 1
    assert " ".join(lines) == LONG  # whole: nothing elided
    assert tile.label.boundingRect().height() <= tile.rect().height() * zoom + 1
    assert tile.label.boundingRect().width() <= tile.rect().width() * zoom


@pytest.mark.parametrize("width", [1024 - 300, 1280 - 300, 1600 - 330])
def test_driver_filters_show_their_whole_text(
    qtbot: QtBot, session: WorkshopSession, width: int
) -> None:
    """Beside the matrix in a 1024, 1280 or 1600 px window, the filters are not cut: they
    go under the search field when the row is too narrow."""
    view = DriversView(session, phase_of(session.data(), PhaseKind.DRIVERS).id)
    qtbot.addWidget(view)
    view.resize(width, 460)
    with qtbot.waitExposed(view):
        view.show()
    for combo in (view.category_filter, view.nature_filter):
        assert combo.shown_text() == combo.currentText()


def _shown(qtbot: QtBot, session: WorkshopSession, phase_id: uuid.UUID,
           size: tuple[int, int]) -> DriversView:
    """The drivers' view of ``phase_id`` alone, at ``size``, on screen."""
    view = DriversView(session, phase_id)
    qtbot.addWidget(view)
    view.resize(*size)
    with qtbot.waitExposed(view):
        view.show()
    return view


def test_matrix_tile_labels_stay_readable_when_the_matrix_is_small(
    qtbot: QtBot, session: WorkshopSession
) -> None:
    """A tile's label keeps at least 9 px on screen, whatever the zoom; the tooltip has the
    whole text."""
    phase_id = phase_of(session.data(), PhaseKind.DRIVERS).id
    card_id = api.add_card(session.store, phase_id, "Inflation durable des prix alimentaires",
                           impact=5, uncertainty=4).new_id
    session.notify(api.Changes(workshop_id=session.workshop_id))
    # wide enough for the matrix beside the table...
    view = _shown(qtbot, session, phase_id, (1400, 460))
    assert view.splitter.orientation() == Qt.Orientation.Horizontal
    view.splitter.setSizes([1180, 220])  # ...and narrowed to a strip
    matrix = view.matrix
    assert matrix.transform().m11() < 0.8  # the matrix is drawn smaller than its scene
    tile = matrix.tiles[card_id]
    assert tile.label.isVisible()
    font = tile.label.font()
    assert font.pixelSize() >= 9 or font.pointSizeF() * 96 / 72 >= 9
    assert tile.label.flags() & QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations
    assert tile.toolTip() == "Inflation durable des prix alimentaires"
    # the label is no wider than its tile on screen
    label_width = QFontMetricsF(font).horizontalAdvance(tile.label.text().split("\n")[0])
    assert label_width <= tile.rect().width() * matrix.transform().m11()


def test_matrix_tile_labels_grow_with_a_matrix_drawn_large(
    qtbot: QtBot, session: WorkshopSession
) -> None:
    """On a large screen with few drivers the matrix is drawn larger than its scene: the
    labels grow with it (their 10 px sat in tiles 40 px tall at 1920 × 1080), up to a
    quarter larger, and still fit their tiles."""
    phase_id = phase_of(session.data(), PhaseKind.DRIVERS).id
    card_id = api.add_card(session.store, phase_id, "Inflation durable des prix alimentaires",
                           impact=5, uncertainty=4).new_id
    api.add_card(session.store, phase_id, "Plus d'inondations le long du fleuve")
    session.notify(api.Changes(workshop_id=session.workshop_id))
    view = _shown(qtbot, session, phase_id, (1500, 900))
    view.splitter.setSizes([700, 800])
    laid_out(qtbot, view)
    matrix = view.matrix
    zoom = matrix.transform().m11()
    assert zoom > 1.3
    tile = matrix.tiles[card_id]
    font = tile.label.font()
    assert font.pixelSize() >= 12
    label_width = max(QFontMetricsF(font).horizontalAdvance(line)
                      for line in tile.label.text().split("\n"))
    assert label_width <= tile.rect().width() * zoom
    view.splitter.setSizes([1200, 300])  # drawn small again: back to 10 px
    laid_out(qtbot, view)
    assert matrix.transform().m11() < 1.0
    assert tile.label.font().pixelSize() == 10


def test_rating_a_selection_is_one_change_and_a_refusal_changes_nothing(
    qtbot: QtBot, open_window: Opener, store: api.Store, workshop: api.WorkshopData,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Rating three selected drivers from the keyboard when the second card's update fails
    inside the transaction: the database, the table and the undo stack stay as they were;
    Retry then rates all three as one undo step."""
    from PySide6.QtCore import Qt

    from coopatelier.services import cards as card_services

    phase = phase_of(workshop, PhaseKind.DRIVERS)
    ids = [api.add_card(store, phase.id, text).new_id
           for text in ("Inflation", "Télétravail", "Précarité alimentaire")]
    window = open_window(workshop.workshop.id)
    window.show_phase(phase.id)
    view = window.views[phase.id]
    assert isinstance(view, DriversView)
    stack = window.session.undo_stack
    depth = stack.count()
    original = card_services._apply

    def fail_on_second(session: object, row: object, fields: dict[str, object]) -> None:
        if row.id == ids[1]:  # type: ignore[attr-defined]
            raise api.StorageError("locked")
        original(session, row, fields)  # type: ignore[arg-type]
        session.flush()  # type: ignore[attr-defined]  # the first card reaches the database

    monkeypatch.setattr(card_services, "_apply", fail_on_second)
    view.table.setFocus()
    view.table.selectAll()
    assert set(view.selected_card_ids()) == set(ids)
    QTest.keyClick(view.table, Qt.Key.Key_5)
    QTest.keyClick(view.table, Qt.Key.Key_3)

    assert [api.get_card(store, i).impact for i in ids] == [None, None, None]
    assert stack.count() == depth
    assert all(not view.model.index_of(i, 2).data() for i in ids)
    assert window.banner.isVisible()
    assert "locked" in window.banner.message.text()

    monkeypatch.setattr(card_services, "_apply", original)
    QTest.mouseClick(window.banner.retry_button, Qt.MouseButton.LeftButton)
    assert [(api.get_card(store, i).impact, api.get_card(store, i).uncertainty)
            for i in ids] == [(5, 3)] * 3
    assert stack.count() == depth + 1
    assert [view.model.index_of(i, 2).data() for i in ids] == ["5"] * 3
    stack.undo()
    assert [api.get_card(store, i).impact for i in ids] == [None, None, None]


def _tile_rects(view: DriversView) -> dict[uuid.UUID, tuple[float, float, float, float]]:
    rects = {}
    for card_id, tile in view.matrix.tiles.items():
        r = tile.sceneBoundingRect()
        rects[card_id] = (r.left(), r.top(), r.right(), r.bottom())
    return rects


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)])
def test_twelve_drivers_in_one_cell_neither_overlap_nor_leave_their_cell(
    qtbot: QtBot, open_window: Opener, store: api.Store, workshop: api.WorkshopData,
    size: tuple[int, int],
) -> None:
    """The cell grows (two tiles across, six down) and its row and column with it: no two
    tiles intersect, each sits inside the cell of its rating, and the twelfth can still be
    dragged by the mouse to another cell."""
    from PySide6.QtCore import QPoint, Qt

    view = _drivers(open_window, store, workshop, size)  # three drivers rated (4, 3)
    phase = phase_of(workshop, PhaseKind.DRIVERS)
    crowd = [api.add_card(store, phase.id, f"Moteur {i} : {LONG}", impact=3,
                          uncertainty=2).new_id for i in range(12)]
    view.session.reload()
    matrix = view.matrix
    assert set(crowd) <= set(matrix.tiles)
    rects = _tile_rects(view)
    ids = list(rects)
    for i, a in enumerate(ids):
        for b in ids[i + 1:]:
            ra, rb = rects[a], rects[b]
            apart = ra[2] <= rb[0] or rb[2] <= ra[0] or ra[3] <= rb[1] or rb[3] <= ra[1]
            assert apart, f"tiles {a} and {b} overlap"
    cell = matrix.cells.cell_rect(3, 2)
    for card_id in crowd:
        assert cell.contains(matrix.tiles[card_id].sceneBoundingRect())
    assert cell.height() > 90  # the crowded cell grew
    # each tile still shows the start of its text, the tooltip has it all
    last = matrix.tiles[crowd[-1]]
    assert last.toolTip() == f"Moteur 11 : {LONG}"
    assert last.label.isVisible() and last.label.text().startswith("Mot")
    # a real drag of the last of the twelve
    start = matrix.item_pos_in_viewport(crowd[-1]).toPoint()
    target = matrix.cell_centre_in_viewport(5, 5).toPoint()
    viewport = matrix.viewport()
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    QTest.mouseMove(viewport, QPoint((start.x() + target.x()) // 2, (start.y() + target.y()) // 2))
    QTest.mouseMove(viewport, target)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                       target)
    card = api.get_card(store, crowd[-1])
    assert (card.impact, card.uncertainty) == (5, 5)
    assert matrix.cells.cell_rect(5, 5).contains(matrix.tiles[crowd[-1]].sceneBoundingRect())


def test_matrix_tiles_widen_into_a_wide_matrix(
    qtbot: QtBot, session: WorkshopSession
) -> None:
    """A matrix wider than its cells need gives its tiles the room: a long driver shows
    more of its words than on a narrow matrix, whole words then "…", and the tooltip has
    the whole text."""
    from coopatelier.ui.views.drivers import CARD_W

    phase_id = phase_of(session.data(), PhaseKind.DRIVERS).id
    card_id = api.add_card(session.store, phase_id, LONG, impact=5, uncertainty=4).new_id
    session.notify(api.Changes(workshop_id=session.workshop_id))
    view = _shown(qtbot, session, phase_id, (1400, 560))
    view.splitter.setSizes([300, 1100])
    qtbot.waitUntil(lambda: view.matrix.cells.tile_w > CARD_W + 20)
    tile = view.matrix.tiles[card_id]
    wide = tile.label.text().replace("\n", " ").removesuffix("…")
    assert tile.toolTip() == LONG
    assert LONG.startswith(wide.strip())
    view.splitter.setSizes([1100, 300])
    qtbot.waitUntil(lambda: view.matrix.cells.tile_w == CARD_W)
    narrow = tile.label.text().replace("\n", " ").removesuffix("…")
    assert len(wide) > len(narrow)
    assert tile.rect().width() == CARD_W


def test_the_keyboard_goes_from_driver_to_driver_over_the_group_headings(
    open_window: Opener, store: api.Store, workshop: api.WorkshopData
) -> None:
    """Down from a rated driver landed on the next group's heading row, and the rating
    typed there went nowhere (rt8): the arrows go over headings, a rating typed after
    Down rates the next driver, Up comes back over the heading."""
    view, first, second = drivers_in_two_groups(open_window, store, workshop)
    QTest.keyClick(view.table, Qt.Key.Key_4)
    QTest.keyClick(view.table, Qt.Key.Key_2)
    QTest.keyClick(view.table, Qt.Key.Key_Down)
    assert view.model.card_at(view.table.currentIndex()).id == second  # type: ignore[union-attr]
    QTest.keyClick(view.table, Qt.Key.Key_5)
    QTest.keyClick(view.table, Qt.Key.Key_4)
    assert (api.get_card(store, first).impact, api.get_card(store, first).uncertainty) == (4, 2)
    assert (api.get_card(store, second).impact, api.get_card(store, second).uncertainty) == (5, 4)
    QTest.keyClick(view.table, Qt.Key.Key_Up)
    assert view.model.card_at(view.table.currentIndex()).id == first  # type: ignore[union-attr]
