"""The facilitator window driven like a user would: capture, rate, merge, undo, reopen."""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Callable

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from coopatelier import api
from coopatelier.domain.model import PhaseKind
from coopatelier.ui.views.cards import CardsView
from coopatelier.ui.views.drivers import DriversView
from coopatelier.ui.workshop_window import WorkshopWindow
from tests.conftest import phase_of
from tests.gui.conftest import type_text

Opener = Callable[[uuid.UUID], WorkshopWindow]


def capture(window: WorkshopWindow, text: str) -> None:
    edit = window.capture.edit
    edit.setFocus()
    type_text(edit, text)
    QTest.keyClick(edit, Qt.Key.Key_Return)


def live_texts(store: api.Store, workshop_id: uuid.UUID, phase_id: uuid.UUID) -> list[str]:
    return [c.text for c in api.load_workshop(store, workshop_id).cards_of_phase(phase_id)]


def test_capture_french_text_in_every_phase(
    open_window: Opener, store: api.Store, workshop: api.WorkshopData
) -> None:
    window = open_window(workshop.workshop.id)
    for phase in workshop.phases:
        window.go_to_phase(phase.id)
        text = f"Idée « {phase.title} » : cœur, été, 🌱\nseconde ligne"
        capture(window, text)
        assert live_texts(store, workshop.workshop.id, phase.id)[-1] == text
        assert window.capture.edit.text() == ""
        assert window.capture.edit.hasFocus() or not window.isActiveWindow()
    assert window.stack.count() == len(workshop.phases)


def test_card_is_committed_when_the_view_shows_it(
    open_window: Opener, store: api.Store, workshop: api.WorkshopData
) -> None:
    intro = phase_of(workshop, PhaseKind.INTRO)
    window = open_window(workshop.workshop.id)
    window.go_to_phase(intro.id)
    view = window.views[intro.id]
    assert isinstance(view, CardsView)
    seen: list[list[str]] = []
    path = store.path
    assert path is not None

    def on_rows_inserted(*_args: object) -> None:
        other = sqlite3.connect(path)
        try:
            rows = other.execute(
                "SELECT text FROM cards WHERE phase_id = ? AND deleted_at IS NULL",
                (intro.id.hex,),  # UUIDs are stored as 32 hex characters
            ).fetchall()
        finally:
            other.close()
        seen.append([r[0] for r in rows])

    view.model.rowsInserted.connect(on_rows_inserted)
    capture(window, "Écouter les habitant·es d’abord")
    assert seen == [["Écouter les habitant·es d’abord"]]


def test_ctrl_z_and_redo_across_phases(
    open_window: Opener, store: api.Store, workshop: api.WorkshopData
) -> None:
    wid = workshop.workshop.id
    intro = phase_of(workshop, PhaseKind.INTRO)
    drivers = phase_of(workshop, PhaseKind.DRIVERS)
    window = open_window(wid)
    window.go_to_phase(intro.id)
    capture(window, "Première carte")
    window.go_to_phase(drivers.id)
    capture(window, "Hausse des prix de l’énergie")
    edit = window.capture.edit
    QTest.keyClick(edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert live_texts(store, wid, intro.id) == []
    assert live_texts(store, wid, drivers.id) == []
    QTest.keyClick(
        edit, Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    QTest.keyClick(edit, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert live_texts(store, wid, intro.id) == ["Première carte"]
    assert live_texts(store, wid, drivers.id) == ["Hausse des prix de l’énergie"]
    assert window.undo_action.shortcut().toString() == "Ctrl+Z"
    assert "Ctrl+Shift+Z" in [s.toString() for s in window.redo_action.shortcuts()]


def test_ctrl_page_keys_look_and_ctrl_shift_page_down_runs_the_next_phase(
    open_window: Opener, store: api.Store, workshop: api.WorkshopData
) -> None:
    window = open_window(workshop.workshop.id)
    first, second = workshop.phases[0], workshop.phases[1]
    window.go_to_phase(first.id)
    control = Qt.KeyboardModifier.ControlModifier
    QTest.keyClick(window.capture.edit, Qt.Key.Key_PageDown, control)
    assert window.current_phase_id == second.id
    data = api.load_workshop(store, workshop.workshop.id)
    assert all(p.status is api.PhaseStatus.NOT_RUN for p in data.phases)  # only looked
    QTest.keyClick(window.capture.edit, Qt.Key.Key_PageUp, control)
    assert window.current_phase_id == first.id
    QTest.keyClick(
        window.capture.edit, Qt.Key.Key_PageDown, control | Qt.KeyboardModifier.ShiftModifier
    )  # Next phase ▶: nothing ran yet, so the first phase starts
    data = api.load_workshop(store, workshop.workshop.id)
    assert data.phase(first.id).status is api.PhaseStatus.RUNNING  # type: ignore[union-attr]
    QTest.keyClick(
        window.capture.edit, Qt.Key.Key_PageDown, control | Qt.KeyboardModifier.ShiftModifier
    )
    data = api.load_workshop(store, workshop.workshop.id)
    assert data.phase(first.id).status is api.PhaseStatus.DONE  # type: ignore[union-attr]
    assert data.phase(second.id).status is api.PhaseStatus.RUNNING  # type: ignore[union-attr]
    assert window.current_phase_id == second.id


def _drivers_window(
    open_window: Opener, store: api.Store, workshop: api.WorkshopData
) -> tuple[WorkshopWindow, DriversView, list[uuid.UUID]]:
    drivers = phase_of(workshop, PhaseKind.DRIVERS)
    ids = [
        api.add_card(store, drivers.id, text, category="Société").new_id
        for text in ("Vieillissement de la population", "Précarité alimentaire", "Télétravail")
    ]
    window = open_window(workshop.workshop.id)
    window.go_to_phase(drivers.id)
    view = window.views[drivers.id]
    assert isinstance(view, DriversView)
    return window, view, ids


def test_rate_drivers_with_digits(
    open_window: Opener, store: api.Store, workshop: api.WorkshopData
) -> None:
    window, view, ids = _drivers_window(open_window, store, workshop)
    view.select_cards([ids[0]])
    view.table.setFocus()
    QTest.keyClick(view.table, Qt.Key.Key_4)
    assert "4" in view.hint.text()
    QTest.keyClick(view.table, Qt.Key.Key_5)
    card = api.get_card(store, ids[0])
    assert (card.impact, card.uncertainty) == (4, 5)
    assert view.model.index_of(ids[0], 2).data() == "4"
    window.undo()
    card = api.get_card(store, ids[0])
    assert (card.impact, card.uncertainty) == (None, None)
    window.redo()
    assert api.get_card(store, ids[0]).impact == 4


def test_drag_a_driver_on_the_matrix(
    open_window: Opener, store: api.Store, workshop: api.WorkshopData
) -> None:
    window, view, ids = _drivers_window(open_window, store, workshop)
    matrix = view.matrix
    start = matrix.item_pos_in_viewport(ids[1]).toPoint()
    target = matrix.cell_centre_in_viewport(5, 4).toPoint()
    viewport = matrix.viewport()
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    middle = QPoint((start.x() + target.x()) // 2, (start.y() + target.y()) // 2)
    QTest.mouseMove(viewport, middle)
    QTest.mouseMove(viewport, target)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, target)
    card = api.get_card(store, ids[1])
    assert (card.impact, card.uncertainty) == (5, 4)
    # it now sits in the key-uncertainties quadrant, and the tree shows the ratings
    assert view.model.index_of(ids[1], 3).data() == "4"
    window.undo()
    assert api.get_card(store, ids[1]).impact is None


def test_merge_two_drivers_and_undo(
    open_window: Opener, store: api.Store, workshop: api.WorkshopData
) -> None:
    window, view, ids = _drivers_window(open_window, store, workshop)
    view.select_cards(ids[:2])
    QTest.keyClick(window.capture.edit, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert api.get_card(store, ids[1]).merged_into_id == ids[0]
    assert not view.model.index_of(ids[1]).isValid()
    window.undo()
    assert api.get_card(store, ids[1]).merged_into_id is None
    assert view.model.index_of(ids[1]).isValid()
    window.redo()
    assert api.get_card(store, ids[1]).merged_into_id == ids[0]


def test_merge_in_a_cards_view(
    open_window: Opener, store: api.Store, workshop: api.WorkshopData
) -> None:
    intro = phase_of(workshop, PhaseKind.INTRO)
    a = api.add_card(store, intro.id, "Faim").new_id
    b = api.add_card(store, intro.id, "La faim").new_id
    window = open_window(workshop.workshop.id)
    window.go_to_phase(intro.id)
    view = window.views[intro.id]
    assert isinstance(view, CardsView)
    view.select_cards([a, b])
    view.merge_button.click()
    assert api.get_card(store, b).merged_into_id == a
    assert view.model.rowCount() == 1
    window.undo()
    assert view.model.rowCount() == 2


def test_reopening_restores_phase_selection_and_geometry(
    open_window: Opener, store: api.Store, workshop: api.WorkshopData
) -> None:
    window, view, ids = _drivers_window(open_window, store, workshop)
    window.capture.table.setText("Table 3")
    window.capture.author.setText("Zoé")
    view.select_cards([ids[2]])
    window.resize(790, 640)  # the offscreen test screen is 800 × 800
    size = window.size()
    phase_id = window.current_phase_id
    window.close()
    again = open_window(workshop.workshop.id)
    assert again.current_phase_id == phase_id
    # the height as it was; the width too, but for a screen narrower than the window's
    # minimum (this 800-pixel one: the capture line keeps 300 px to type in), where it
    # comes back no narrower than the window can be, the agenda at its natural width
    assert again.height() == size.height()
    layout = again.layout()
    assert layout is not None
    if size.width() <= again.screen().availableGeometry().width():
        assert again.width() == size.width()
    else:
        assert again.width() >= layout.minimumSize().width()
    restored = again.views[phase_id]  # type: ignore[index]
    assert restored.selected_card_ids() == [ids[2]]
    assert again.capture.table.text() == "Table 3"
    assert again.capture.author.text() == "Zoé"
    capture(again, "Mobilités douces")
    card = api.load_workshop(store, workshop.workshop.id).cards_of_phase(phase_id)[-1]  # type: ignore[arg-type]
    assert (card.table_label, card.author) == ("Table 3", "Zoé")


def test_deroule_edit_add_move_remove_phase_with_undo(
    open_window: Opener, store: api.Store, workshop: api.WorkshopData, monkeypatch: object
) -> None:
    wid = workshop.workshop.id
    window = open_window(wid)
    window.show_phase(workshop.phases[0].id)
    window.add_phase()
    dialog = window.phase_dialog
    dialog.kind.setCurrentIndex(dialog.kind.findData(PhaseKind.FREE.value))
    dialog.title.setText("Pause café")
    dialog.minutes.setValue(15)
    dialog.accept()
    data = api.load_workshop(store, wid)
    assert [p.title for p in data.phases][1] == "Pause café"
    new_id = data.phases[1].id
    assert window.current_phase_id == new_id
    window.edit_phase()
    window.phase_dialog.minutes.setValue(12)
    window.phase_dialog.instructions.setPlainText("Un café, et on reprend.")
    window.phase_dialog.accept()
    assert api.get_phase(store, new_id).planned_minutes == 12
    assert "Un café" in window.phase_instructions.text()
    window.move_phase(1)
    assert api.load_workshop(store, wid).phases[2].id == new_id
    window.remove_phase()
    assert api.load_workshop(store, wid).phase(new_id) is None
    window.undo()  # phase back
    window.undo()  # move back
    assert api.load_workshop(store, wid).phases[1].id == new_id
    window.undo()  # minutes back
    assert api.get_phase(store, new_id).planned_minutes == 15
    window.undo()  # phase gone
    assert api.load_workshop(store, wid).phase(new_id) is None
    assert len(api.load_workshop(store, wid).phases) == len(workshop.phases)


def test_locked_database_keeps_the_text_and_retry_works(
    qtbot: object, tmp_path: object, mini_template: object, monkeypatch: object,
    settings: object,
) -> None:
    """A second program holds the write lock: one sentence, the text stays, Retry saves."""
    import pytest

    from coopatelier.settings import Settings
    from coopatelier.storage import engine

    assert isinstance(monkeypatch, pytest.MonkeyPatch)
    monkeypatch.setattr(engine, "BUSY_TIMEOUT_MS", 100)
    with api.open_store(data_dir=str(tmp_path) + "/locked") as store:
        wid = api.create_workshop(store, mini_template, title="Atelier verrouillé").new_id  # type: ignore[arg-type]
        window = WorkshopWindow(store, wid, Settings(store.data_dir.settings))
        qtbot.addWidget(window)  # type: ignore[attr-defined]
        window.show()
        intro = window.current_phase_id
        assert intro is not None
        assert store.path is not None
        locker = sqlite3.connect(store.path, isolation_level=None)
        locker.execute("BEGIN EXCLUSIVE")
        try:
            capture(window, "Ça ne doit pas se perdre 🙏")
            assert window.banner.isVisible()
            message = window.banner.message.text()
            assert "locked" in message and message.count(".") <= 1
            assert window.capture.edit.text() == "Ça ne doit pas se perdre 🙏"
            assert window.banner.retry_button.isVisible()
            assert window.session.undo_stack.count() == 0
        finally:
            locker.execute("ROLLBACK")
            locker.close()
        window.banner.retry_button.click()
        assert not window.banner.isVisible()
        assert window.capture.edit.text() == ""
        assert live_texts(store, wid, intro) == ["Ça ne doit pas se perdre 🙏"]
        window.close()


def test_pasting_several_lines_makes_one_card(
    open_window: Opener, store: api.Store, workshop: api.WorkshopData
) -> None:
    from PySide6.QtWidgets import QApplication

    intro = phase_of(workshop, PhaseKind.INTRO)
    window = open_window(workshop.workshop.id)
    window.go_to_phase(intro.id)
    QApplication.clipboard().setText("Ligne un : « été »\r\nLigne deux — 🌻")
    window.capture.edit.paste()
    QTest.keyClick(window.capture.edit, Qt.Key.Key_Return)
    texts = live_texts(store, workshop.workshop.id, intro.id)
    assert texts == ["Ligne un : « été »\nLigne deux — 🌻"]


def test_icon_only_controls_have_accessible_names_and_tooltips(
    open_window: Opener, workshop: api.WorkshopData
) -> None:
    from PySide6.QtWidgets import QToolButton

    window = open_window(workshop.workshop.id)
    buttons = window.findChildren(QToolButton)
    assert buttons
    for button in buttons:
        if button.text() and not button.text()[0].isalnum() and button.isVisibleTo(window):
            assert button.accessibleName(), button.text()
            assert button.toolTip(), button.text()
    assert window.capture.edit.accessibleName()
    shortcuts = {a.text(): a.shortcut().toString() for a in window.actions()}
    assert shortcuts[window.look_next_action.text()] == "Ctrl+PgDown"
    assert shortcuts[window.next_action.text()] == "Ctrl+Shift+PgDown"


def test_a_bug_is_logged_with_its_traceback_and_shown_kindly(
    qapp: object, caplog: object
) -> None:
    import logging

    from PySide6.QtWidgets import QApplication, QMessageBox

    from coopatelier.ui.app import _excepthook_for

    instance = QApplication.instance()
    assert isinstance(instance, QApplication)
    hook = _excepthook_for(instance)
    try:
        raise RuntimeError("boom")
    except RuntimeError as error:
        with caplog.at_level(logging.ERROR, logger="coopatelier"):  # type: ignore[attr-defined]
            hook(type(error), error, error.__traceback__)  # type: ignore[operator]
    assert "Traceback" in caplog.text and "boom" in caplog.text  # type: ignore[attr-defined]
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
    assert boxes and not boxes[-1].isModal()
    for box in boxes:
        box.close()


def test_filter_search_and_tag_drivers(
    open_window: Opener, store: api.Store, workshop: api.WorkshopData
) -> None:
    from coopatelier.domain.model import DriverNature

    window, view, ids = _drivers_window(open_window, store, workshop)
    view.search.setText("précarité")
    assert view.model.card_count() == 1
    view.search.clear()
    assert view.model.card_count() == 3
    view.select_cards(ids[:2])
    view.nature_box.activated.emit(view.nature_box.findData(DriverNature.WEAK_SIGNAL.value))
    assert {api.get_card(store, i).nature for i in ids[:2]} == {DriverNature.WEAK_SIGNAL}
    view.nature_filter.setCurrentIndex(view.nature_filter.findData(DriverNature.WEAK_SIGNAL.value))
    assert view.model.card_count() == 2
    view.nature_filter.setCurrentIndex(0)
    view.select_cards([ids[2]])
    view.category_box.activated.emit(view.category_box.findData("Économie"))
    assert api.get_card(store, ids[2]).category == "Économie"
    window.undo()
    window.undo()
    assert api.get_card(store, ids[2]).category == "Société"
    assert api.get_card(store, ids[0]).nature is None


def test_save_the_deroule_as_a_template(
    open_window: Opener, store: api.Store, workshop: api.WorkshopData
) -> None:
    window = open_window(workshop.workshop.id)
    window.save_as_template()
    dialog = window.template_dialog
    dialog.title.setText("Mon atelier réutilisable")
    assert dialog.key.text() == "mon-atelier-reutilisable"
    dialog.accept()
    template = api.find_template("mon-atelier-reutilisable", store=store)
    assert [p.title for p in template.phases] == [p.title for p in workshop.phases]


def test_delete_key_removes_the_selected_future_and_undo_restores_it(
    open_window: Opener, store: api.Store, workshop: api.WorkshopData
) -> None:
    """Every workspace deletes its selection through the window's Delete action."""
    from coopatelier.ui.views.card_editing import select_card

    futures = phase_of(workshop, PhaseKind.FUTURES)
    keep = api.add_card(store, futures.id, "Un quartier nourricier").new_id
    gone = api.add_card(store, futures.id, "Un futur en double").new_id
    window = open_window(workshop.workshop.id)
    window.go_to_phase(futures.id)
    view = window.views[futures.id]
    select_card(view.list, view.model, gone)  # type: ignore[attr-defined]
    assert view.selected_card_ids() == [gone]
    view.list.setFocus()  # type: ignore[attr-defined]
    QTest.keyClick(view.list, Qt.Key.Key_Delete)  # type: ignore[attr-defined]
    assert api.get_card(store, gone).deleted
    assert not api.get_card(store, keep).deleted
    window.undo()
    assert not api.get_card(store, gone).deleted


def test_next_phase_is_not_offered_on_the_last_phase(
    open_window: Opener, workshop: api.WorkshopData
) -> None:
    window = open_window(workshop.workshop.id)
    first, last = workshop.phases[0], workshop.phases[-1]
    window.show_phase(first.id)
    assert window.next_button.isEnabled() and window.next_action.isEnabled()
    assert not window.previous_action.isEnabled()
    window.go_to_phase(last.id)
    assert window.next_button.isEnabled()  # looking at the last phase runs nothing
    assert not window.look_next_action.isEnabled()
    assert window.previous_action.isEnabled()
    window.start_button.click()  # the last phase runs: nothing comes after it
    assert not window.next_button.isEnabled()
    assert not window.next_action.isEnabled()
    QTest.keyClick(window.capture.edit, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert window.current_phase_id == last.id
    window.previous_phase()
    assert not window.next_button.isEnabled()  # still: what runs is the last phase


def test_deroule_items_fit_their_wrapped_text_at_the_list_width(
    qtbot: object, open_window: Opener, store: api.Store, workshop: api.WorkshopData
) -> None:
    """A long phase title wraps; its second line (minutes · state · cards) is not cut,
    also after the déroulé is made narrower."""
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QFontMetrics

    last = workshop.phases[-1]
    api.update_phase(store, last.id, title="Ingrédients de la coopération, météo de sortie "
                     "et prochaines étapes du collectif")
    from PySide6.QtCore import QDir

    from coopatelier.resources import resource

    QDir.addSearchPath("icons", str(resource("icons")))  # as the app does (its arrows)
    window = open_window(workshop.workshop.id)
    # the app's stylesheet pads the déroulé's items: sizes must count with it
    window.setStyleSheet(resource("styles", "facilitator.qss").read_text(encoding="utf-8"))
    window.resize(1024, 768)
    view = window.phase_list

    def fits() -> bool:
        metrics = QFontMetrics(view.font())
        for row in range(view.model().rowCount()):
            index = view.model().index(row, 0)
            rect = view.visualRect(index)
            text = metrics.boundingRect(
                QRect(0, 0, rect.width() - 12, 100_000), int(Qt.TextFlag.TextWordWrap),
                index.data(),
            )
            if rect.height() < text.height() or rect.width() > view.viewport().width():
                return False
        return True

    for width in (260, 200):
        window.resizeDocks([window.deroule_dock], [width], Qt.Orientation.Horizontal)
        qtbot.waitUntil(fits)  # type: ignore[attr-defined]
    index = view.model().index(len(workshop.phases) - 1, 0)
    assert view.visualRect(index).height() >= 3 * QFontMetrics(view.font()).height()


def test_phase_dialog_shows_a_long_question_whole_and_a_title_from_its_start(
    open_window: Opener, store: api.Store, workshop: api.WorkshopData
) -> None:
    from PySide6.QtWidgets import QPlainTextEdit

    phase = workshop.phases[0]
    title = "Accueil, tour de table express et lecture de la question focale de l’atelier"
    question = ("En 2030, à quoi ressemble un quartier où chacune et chacun mange bien, "
                "à un prix juste, avec des produits du territoire ?")
    api.update_phase(store, phase.id, title=title, question=question)
    window = open_window(workshop.workshop.id)
    window.show_phase(phase.id)
    window.edit_phase()
    dialog = window.phase_dialog
    assert isinstance(dialog.question, QPlainTextEdit)
    assert dialog.question.toPlainText() == question
    assert dialog.title.cursorPosition() == 0
    assert dialog.title.toolTip() == title
    dialog.accept()
    assert api.load_workshop(store, workshop.workshop.id).phases[0].question == question


def test_an_empty_cards_phase_says_what_to_do_and_cards_show_where_they_come_from(
    open_window: Opener, store: api.Store, workshop: api.WorkshopData
) -> None:
    from coopatelier.ui.models import SECONDARY_ROLE

    intro = phase_of(workshop, PhaseKind.INTRO)
    window = open_window(workshop.workshop.id)
    window.show_phase(intro.id)
    view = window.views[intro.id]
    assert isinstance(view, CardsView)
    assert view.model.rowCount() == 0 and "capture line" in view.list.empty_text
    window.session.notify(
        api.add_card(store, intro.id, "Mieux connaître qui fait quoi", category="Attentes",
                     table_label="Table 2", author="Fatou Sow")
    )
    index = view.model.index(0)
    assert index.data() == "Mieux connaître qui fait quoi"  # no "[Attentes]" prefix
    assert index.data(SECONDARY_ROLE) == "Attentes · Table 2 · Fatou Sow"
