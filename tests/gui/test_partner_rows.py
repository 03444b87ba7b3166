"""The partner rows of the action form beside both docks on a laptop (1366×768): a row
added comes into view with the focus in its organisation; Tab goes organisation → role →
the next row → *Add a partner*, never through a row's ✕, so that typing roles cannot
remove a partner; Alt+Delete removes the row the focus is in, and Ctrl+Z brings it back."""

from __future__ import annotations

import uuid

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from coopatelier import api
from coopatelier.domain.model import PhaseKind
from coopatelier.ui.views.actions import ActionsView
from coopatelier.ui.workshop_window import WorkshopWindow
from tests.gui.conftest import laid_out
from tests.gui.test_laptop_screen import (  # noqa: F401 (fixtures)
    Opener,
    _both_docks,
    _bring_into_view,
    _open_demo,
    _phase,
    _view,
    language,
    real_look,
)

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")




def _actions_beside_both_docks(
    qtbot: QtBot, open_window: Opener, store: api.Store, language: str,  # noqa: F811
) -> tuple[WorkshopWindow, ActionsView]:
    window = _open_demo(open_window, store, language)
    _both_docks(window, qtbot, (1366, 768))
    window.show_phase(_phase(window, PhaseKind.ACTIONS))
    laid_out(qtbot, window)
    return window, _view(window, ActionsView)


def _in_sight(widget: QWidget) -> bool:
    """Painted whole: no scroll area (nor anything else) clips it."""
    return widget.isVisible() and widget.visibleRegion().boundingRect() == widget.rect()


def _focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def _partners_of(store: api.Store, window: WorkshopWindow, card_id: uuid.UUID) -> tuple[
        api.Partner, ...]:
    card = next(c for c in api.load_workshop(store, window.session.workshop_id).cards
                if c.id == card_id)
    return card.partners


@pytest.mark.parametrize("language", ["fr", "en"], indirect=True)
def test_a_partner_row_added_comes_into_view_with_the_focus(
    qtbot: QtBot, open_window: Opener, store: api.Store, language: str,  # noqa: F811
    real_look: None,  # noqa: F811 (the fixtures imported)
) -> None:
    """The form under the table scrolls in ~175 pixels beside both docks: *Add a partner*
    put the new row half out of sight, to be scrolled to by hand."""
    window, view = _actions_beside_both_docks(qtbot, open_window, store, language)
    scroll = view.form_scroll
    assert view.form_scrolls() and scroll.verticalScrollBar().maximum() > 0
    before = len(view.partners.rows)
    _bring_into_view(scroll, view.partners.add_button)  # where the facilitator sees it
    assert _in_sight(view.partners.add_button)
    QTest.mouseClick(view.partners.add_button, Qt.MouseButton.LeftButton)
    laid_out(qtbot, window)
    assert len(view.partners.rows) == before + 1
    row = view.partners.rows[-1]
    assert _in_sight(row.combo) and _in_sight(row.role), (
        row.combo.visibleRegion().boundingRect(), row.role.visibleRegion().boundingRect())
    assert QApplication.focusWidget() is row.combo
    # from the keyboard too: Space on the focused button, the new row in sight again
    view.partners.add_button.setFocus()
    QTest.keyClick(view.partners.add_button, Qt.Key.Key_Space)
    laid_out(qtbot, window)
    row = view.partners.rows[-1]
    assert _in_sight(row.combo) and _in_sight(row.role)
    assert QApplication.focusWidget() is row.combo


@pytest.mark.parametrize("language", ["fr"], indirect=True)
def test_tab_goes_through_the_partner_rows_and_never_to_their_remove_button(
    qtbot: QtBot, open_window: Opener, store: api.Store, language: str,  # noqa: F811
    real_look: None,  # noqa: F811 (the fixtures imported)
) -> None:
    """Tab from a role landed on its row's ✕ and a Space typed next removed the partner.
    Tab now goes organisation → role → the next row's organisation → … → *Add a partner*;
    a Space typed along the way removes nothing."""
    window, view = _actions_beside_both_docks(qtbot, open_window, store, language)
    action = view.selected_card_ids()[0]
    partners = _partners_of(store, window, action)
    rows = view.partners.rows
    assert len(rows) >= 2 and len(partners) == len(rows)
    rows[0].combo.setFocus()
    qtbot.waitUntil(lambda: rows[0].combo.hasFocus())
    expected: list[QWidget] = [w for row in rows for w in (row.combo, row.role)]
    expected.append(view.partners.add_button)
    seen: list[QWidget | None] = [QApplication.focusWidget()]
    for _ in expected[1:]:
        QTest.keyClick(_focused(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    assert seen == expected, [w.objectName() or w.accessibleName() for w in seen if w]
    # on to the year; from the lead, into the first row
    QTest.keyClick(view.partners.add_button, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is view.year_spin
    view.lead_combo.setFocus()
    QTest.keyClick(view.lead_combo, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is rows[0].combo
    # Shift+Tab back from the button to the last role
    view.partners.add_button.setFocus()
    QTest.keyClick(view.partners.add_button, Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is rows[-1].role
    # a role typed, Tab, a Space: the partners are all there
    QTest.keyClick(rows[0].role, Qt.Key.Key_End)
    rows[0].role.setFocus()
    QTest.keyClicks(rows[0].role, " ok")
    QTest.keyClick(rows[0].role, Qt.Key.Key_Tab)
    QTest.keyClick(_focused(), Qt.Key.Key_Space)
    laid_out(qtbot, window)
    assert len(view.partners.rows) == len(partners)
    assert [p.organisation_id for p in _partners_of(store, window, action)] == [
        p.organisation_id for p in partners]
    for row in view.partners.rows:
        assert row.remove.focusPolicy() == Qt.FocusPolicy.ClickFocus


@pytest.mark.parametrize("language", ["fr"], indirect=True)
def test_alt_delete_or_a_click_on_x_removes_a_partner_and_ctrl_z_brings_it_back(
    qtbot: QtBot, open_window: Opener, store: api.Store, language: str,  # noqa: F811
    real_look: None,  # noqa: F811 (the fixtures imported)
) -> None:
    """Alt+Delete in a partner's organisation or role removes that row (the focus goes to
    the next row); a click on its ✕ too; each is one Ctrl+Z away from coming back."""
    window, view = _actions_beside_both_docks(qtbot, open_window, store, language)
    action = view.selected_card_ids()[0]
    partners = _partners_of(store, window, action)
    assert len(partners) >= 2
    rows = view.partners.rows
    rows[0].role.setFocus()
    qtbot.waitUntil(lambda: rows[0].role.hasFocus())
    QTest.keyClick(rows[0].role, Qt.Key.Key_Delete, Qt.KeyboardModifier.AltModifier)
    laid_out(qtbot, window)
    assert _partners_of(store, window, action) == partners[1:]
    assert len(view.partners.rows) == len(partners) - 1
    assert QApplication.focusWidget() is view.partners.rows[0].combo  # the next row's
    # Ctrl+Z, where the focus is: the partner and its row are back, its role whole
    QTest.keyClick(_focused(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    laid_out(qtbot, window)
    assert _partners_of(store, window, action) == partners
    assert [r.role.text() for r in view.partners.rows] == [p.role for p in partners]
    # by mouse: the ✕ of the last row, then Ctrl+Z
    last = view.partners.rows[-1]
    _bring_into_view(view.form_scroll, last.remove)
    QTest.mouseClick(last.remove, Qt.MouseButton.LeftButton)
    laid_out(qtbot, window)
    assert _partners_of(store, window, action) == partners[:-1]
    QTest.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    laid_out(qtbot, window)
    assert _partners_of(store, window, action) == partners
