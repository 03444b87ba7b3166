"""Texts a facilitator reads whole on a laptop's window (1280×768, 1366×768) and at
1920×1080 with the agenda and the voting panel both open, in French (the longer) and
English: the run-throughs under Xvfb found them cut ("No voting ro", "Card numbers + E…",
"Add an item, then E…", "Thankles…", "Alimenta…030 (démo)")."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, Qt
from PySide6.QtGui import QFontMetrics, QHelpEvent, QMouseEvent
from PySide6.QtWidgets import QApplication, QStyle, QToolTip
from pytestqt.qtbot import QtBot

from coopatelier import api
from coopatelier.demo import create_demo, create_demo_workshop
from coopatelier.domain.model import PhaseKind
from coopatelier.settings import Settings
from coopatelier.ui.home import HomeWindow
from coopatelier.ui.views.actions import ActionsView
from coopatelier.ui.views.closing import ClosingView
from tests.gui.conftest import laid_out, type_text
from tests.gui.test_laptop_screen import (  # noqa: F401 (fixtures)
    DOCKS,
    Opener,
    _agenda_only,
    _both_docks,
    _open_demo,
    _phase,
    _placeholder_whole,
    _view,
    language,
    real_look,
)

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

LAPTOPS = [((1280, 768), "fr"), ((1280, 768), "en"), ((1366, 768), "fr"),
           ((1366, 768), "en")]


@pytest.mark.parametrize(("size", "language"), LAPTOPS, indirect=["language"])
def test_the_voting_panel_s_empty_round_list_and_number_field_read_whole(
    qtbot: QtBot, open_window: Opener, store: api.Store, size: tuple[int, int],
    language: str, real_look: None,  # noqa: F811 (the fixtures imported)
) -> None:
    """Beside both docks the panel is 22 % of the window: "No voting round yet" read "No
    voting ro" and the number field's "Card numbers + Enter, e.g. 1 3 3" "Card numbers +
    E…". Both read whole; the whole sentences are in their tooltips."""
    window = _open_demo(open_window, store, language)
    _both_docks(window, qtbot, size)
    panel = window.voting_dock.panel
    for kind in (PhaseKind.CLOSING, PhaseKind.ACTIONS):  # without a round, with one
        window.show_phase(_phase(window, kind))
        laid_out(qtbot, window)
        if kind is PhaseKind.CLOSING:
            # no round: the line in the list's place, wrapped whole
            label = panel.no_round
            assert label.isVisible() and not panel.round_combo.isVisible()
            assert label.heightForWidth(label.width()) <= label.height(), label.size()
            assert label.fontMetrics().boundingRect(
                label.rect(), int(Qt.TextFlag.TextWordWrap), label.text()
            ).width() <= label.width()
            assert panel.tr("New round…") in label.toolTip()
        else:  # the round's name is shown, and is whole in the list's tooltip
            assert panel.round_combo.isVisible() and not panel.no_round.isVisible()
            assert panel.round_combo.currentText() in panel.round_combo.toolTip()
        field = panel.number_edit
        assert _placeholder_whole(field), (kind, field.width(), field.placeholderText())
        assert "1 3 3" in field.placeholderText()
        assert "1 3 3" in field.toolTip()


@pytest.mark.parametrize(("size", "language"), LAPTOPS, indirect=["language"])
def test_the_closing_groups_new_item_field_reads_its_placeholder_whole(
    qtbot: QtBot, open_window: Opener, store: api.Store, size: tuple[int, int],
    language: str, real_look: None,  # noqa: F811 (the fixtures imported)
) -> None:
    """Beside the ↑ ↓ ✕ buttons the field read "Add an item, then E…" beside both docks:
    it has the group's width, the buttons still act on the list."""
    window = _open_demo(open_window, store, language)
    _both_docks(window, qtbot, size)
    window.show_phase(_phase(window, PhaseKind.CLOSING))
    laid_out(qtbot, window)
    view = _view(window, ClosingView)
    assert view.groups
    for group in view.groups.values():
        field = group.add_edit
        assert _placeholder_whole(field), (field.width(), field.placeholderText())
        assert field.toolTip()
        for button in (group.up, group.down, group.remove):
            assert button.isVisible()


@pytest.mark.parametrize(("size", "language"), LAPTOPS, indirect=["language"])
def test_home_shows_long_workshop_titles_whole_and_apart(
    qtbot: QtBot, store: api.Store, settings: Settings, size: tuple[int, int],
    language: str, real_look: None,  # noqa: F811 (the fixtures imported)
) -> None:
    """Elided in the middle on one line, the demo and its copy read "Alimenta…030 (démo)"
    and "Alimentat… (démo) (2)": a title wraps in its row, whole, so that two titles
    never read the same."""
    create_demo(store, language=language)
    create_demo_workshop(store, language=language)  # "… (démo) (2)"
    home = HomeWindow(store, settings)
    qtbot.addWidget(home)
    home.resize(*size)
    home.show()
    home.refresh()
    laid_out(qtbot, home)
    table, model = home.table, home.model
    margin = 2 * (table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1)
    width = table.columnWidth(0) - margin
    shown = []
    for row in range(model.rowCount()):
        text = model.index(row, 0).data()
        wrapped = table.fontMetrics().boundingRect(
            QRect(0, 0, width, 10_000), int(Qt.TextFlag.TextWordWrap), text)
        assert wrapped.width() <= width, text  # no word wider than the column
        assert wrapped.height() <= table.rowHeight(row), (text, table.rowHeight(row))
        assert model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole).startswith(
            text.removeprefix("✓ "))
        shown.append(text)
    assert len(shown) == 3 and len(set(shown)) == 3
    # the démarches' tree beside the list: each workshop whole (cut at their ends, the
    # demo and its copy both read "Alimentation durable pour…")
    tree = home.tree
    groups = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    items = [g.child(j) for g in groups if g is not None for j in range(g.childCount())]
    assert len(items) == 3
    for item in items:
        assert item is not None
        rect = tree.visualItemRect(item)
        text = item.text(0)
        wrapped = tree.fontMetrics().boundingRect(
            QRect(0, 0, rect.width() - margin, 10_000), int(Qt.TextFlag.TextWordWrap), text)
        assert wrapped.width() <= rect.width() - margin, text
        assert wrapped.height() <= rect.height(), (text, rect)


@pytest.mark.parametrize(("size", "docks", "language"), [
    *[(size, "default", code) for size, code in LAPTOPS],
    ((1280, 720), "as before", "fr"), ((1920, 1080), "default", "fr"),
], indirect=["language"])
def test_the_actions_chart_s_quadrant_titles_read_whole(
    qtbot: QtBot, open_window: Opener, store: api.Store, size: tuple[int, int], docks: str,
    language: str, real_look: None,  # noqa: F811 (the fixtures imported)
) -> None:
    """Beside both docks the chart's narrow quadrants read "Major pr…", "Thankles…",
    "Grands p…": a title takes a smaller font or two lines, in its quadrant, the scale's
    rows still apart; hovering it tells it whole."""
    window = _open_demo(open_window, store, language)
    DOCKS[docks](window, qtbot, size)
    window.show_phase(_phase(window, PhaseKind.ACTIONS))
    laid_out(qtbot, window)
    chart = _view(window, ActionsView).chart
    assert chart.isVisible()
    for rect, _colour, label in chart._quadrants():
        lines = chart.title_lines(label)
        assert " ".join(lines) == label and len(lines) <= 2, lines
        font = chart._titles()[0][label][0]
        metrics = QFontMetrics(font, chart)
        assert all(metrics.horizontalAdvance(line) <= rect.width() - 12 for line in lines)
        assert font.pointSizeF() >= 0.7 * chart.font().pointSizeF()
        assert len(lines) * metrics.height() <= chart._band()
        corner = rect.topLeft().toPoint() + QPoint(8, 6)
        QToolTip.hideText()
        QApplication.sendEvent(chart, QHelpEvent(
            QEvent.Type.ToolTip, corner, chart.mapToGlobal(corner)))
        assert QToolTip.text() == label
    # the impact scale's numbers stay apart (test_laptop_screen)
    plot = chart._plot()
    rows = [chart._point(plot, 0.5, value).y() for value in range(1, 6)]
    height = QFontMetrics(chart.font()).height()
    assert all(lower - upper >= height for upper, lower in itertools.pairwise(rows[::-1]))


def _shares(view: ActionsView) -> tuple[int, ...]:
    """The table's width and the two splitters' sizes."""
    return (view.list.width(), *view.form_splitter.sizes(), *view.chart_splitter.sizes())


@pytest.mark.parametrize(("docks", "language"), [
    ("default", "fr"), ("default", "en"), ("agenda", "fr"), ("as before", "fr"),
], indirect=["language"])
def test_the_actions_splitters_share_alike_at_alike_widths(
    qtbot: QtBot, open_window: Opener, store: api.Store, docks: str,
    language: str, real_look: None,  # noqa: F811 (the fixtures imported)
) -> None:
    """Resized wide, narrow and wide again (1900 → 1280 → 1900 …), the table's share of
    the table/chart splitter shrank at each round trip (917 → 890 → 804 pixels at 1900):
    three round trips later every pane is as wide and tall as the first time (±2 px)."""
    window = _open_demo(open_window, store, language)
    if docks == "agenda":
        _agenda_only(window, qtbot, (1900, 1040))
    else:
        DOCKS[docks](window, qtbot, (1900, 1040))
    window.show_phase(_phase(window, PhaseKind.ACTIONS))
    laid_out(qtbot, window)
    view = _view(window, ActionsView)
    seen: dict[tuple[int, int], list[tuple[int, ...]]] = {}
    for size in [(1900, 1040), (1280, 768)] * 3 + [(1900, 1040)]:
        window.resize(*size)
        laid_out(qtbot, window)  # the actions form's height is fitted once the layouts are done
        seen.setdefault(size, []).append(_shares(view))
    for size, shares in seen.items():
        for later in shares[1:]:
            assert all(abs(a - b) <= 2 for a, b in zip(shares[0], later, strict=True)), (
                size, shares)


def test_the_actions_chart_handle_dragged_keeps_its_share_through_resizes(
    qtbot: QtBot, open_window: Opener, store: api.Store,
    real_look: None,  # noqa: F811 (the fixture imported)
) -> None:
    """The facilitator's drag is kept: after round trips to a narrow window the chart has
    the share it was dragged to."""
    window = _open_demo(open_window, store, "en")
    _agenda_only(window, qtbot, (1900, 1040))
    window.show_phase(_phase(window, PhaseKind.ACTIONS))
    laid_out(qtbot, window)
    view = _view(window, ActionsView)
    splitter = view.chart_splitter
    handle = splitter.handle(1)
    start = handle.rect().center()
    left, none = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
    steps = [(QEvent.Type.MouseButtonPress, 0, left, left)]
    steps += [(QEvent.Type.MouseMove, -80 * i // 4, none, left) for i in range(1, 5)]
    steps += [(QEvent.Type.MouseButtonRelease, -80, left, none)]
    for kind, down, button, buttons in steps:
        local = QPointF(start + QPoint(0, down))
        QApplication.sendEvent(handle, QMouseEvent(
            kind, local, QPointF(handle.mapToGlobal(local)), button, buttons,
            Qt.KeyboardModifier.NoModifier))
    laid_out(qtbot, window)
    dragged = splitter.sizes()
    assert dragged[1] >= 2 * dragged[0] // 3 + 40  # taller than its default share
    for size in [(1280, 768), (1900, 1040)] * 3:
        window.resize(*size)
        laid_out(qtbot, window)
    assert all(abs(a - b) <= 2 for a, b in zip(splitter.sizes(), dragged, strict=True)), (
        splitter.sizes(), dragged)


@pytest.mark.parametrize("language", ["fr", "en"], indirect=True)
def test_beside_both_docks_at_1920_impact_and_effort_are_read_on_the_chart_and_form(
    qtbot: QtBot, open_window: Opener, store: api.Store,
    language: str, real_look: None,  # noqa: F811 (the fixtures imported)
) -> None:
    """At 1920×1080 with both docks the table beside the form hides its impact and effort
    columns (showing them needs a table of about 750 pixels: the form would drop to about
    430, its organisations' names cut). The decision kept: the form keeps half the width,
    the title, lead, year and votes read in the table, and every rated action's impact and
    effort are on the chart under it (its dot, numbered as its row) and in the form."""
    window = _open_demo(open_window, store, language)
    _both_docks(window, qtbot, (1920, 1080))
    window.show_phase(_phase(window, PhaseKind.ACTIONS))
    laid_out(qtbot, window)
    view = _view(window, ActionsView)
    table = view.list
    assert view.form_splitter.orientation() == Qt.Orientation.Horizontal
    table_pane, form_pane = view.form_splitter.sizes()
    assert abs(table_pane - form_pane) <= 2
    assert table.isColumnHidden(3) and table.isColumnHidden(4)
    assert not any(table.isColumnHidden(c) for c in (0, 1, 2, 5))
    cards = view.model.cards()
    assert cards and all(c.impact and c.effort for c in cards)
    for card in cards:
        assert view.chart.dot_centre(card.id) is not None
    table.setCurrentIndex(view.model.index(1, 0))
    assert view.impact_spin.value() == cards[1].impact
    assert view.effort_spin.value() == cards[1].effort


@pytest.mark.parametrize(("size", "language"), LAPTOPS, indirect=["language"])
def test_the_open_round_s_name_reads_whole_beside_both_docks(
    qtbot: QtBot, open_window: Opener, store: api.Store, size: tuple[int, int],
    language: str, real_look: None,  # noqa: F811 (the fixtures imported)
) -> None:
    """rt7: the round list read "Tour 1 — Mo…" at 1366 with both docks, and it is what
    the facilitator reads to know which round is open: it has the panel's whole row."""
    window = _open_demo(open_window, store, language)
    _both_docks(window, qtbot, size)
    window.show_phase(_phase(window, PhaseKind.DRIVERS))
    laid_out(qtbot, window)
    panel = window.voting_dock.panel
    panel.new_round_button.click()
    type_text(panel.title_edit, "Moteurs prioritaires")
    panel.open_button.click()
    laid_out(qtbot, window)
    combo = panel.round_combo
    assert combo.currentText().endswith("— Moteurs prioritaires")
    assert combo.isVisible() and combo.text_whole(), (combo.size(), combo.currentText())
    assert panel.new_round_button.isVisible()
    button = panel.new_round_button
    assert button.fontMetrics().horizontalAdvance(button.text()) <= button.width()
    assert panel.number_edit.geometry().top() > combo.geometry().bottom()
    # another phase's round, with another name (the demo's actions round is longer), and
    # back: the list takes each name's lines
    for kind in (PhaseKind.ACTIONS, PhaseKind.DRIVERS):
        window.show_phase(_phase(window, kind))
        laid_out(qtbot, window)
        assert combo.isVisible() and combo.text_whole(), (kind, combo.size(),
                                                          combo.currentText())
