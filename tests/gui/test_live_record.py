"""Running the workshop live: looking is not running, the record tells the truth, and
every window of a workshop stays in step with changes made elsewhere."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pypdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from coopatelier import api
from coopatelier.demo import create_demo_workshop, load_story
from coopatelier.domain.model import PhaseKind, PhaseStatus
from coopatelier.exchange import export_workshop_file
from coopatelier.settings import Settings
from coopatelier.ui.home import HomeWindow
from coopatelier.ui.workshop_window import WorkshopWindow
from tests.conftest import phase_of
from tests.gui.conftest import type_text

Opener = Callable[[uuid.UUID], WorkshopWindow]


def record(store: api.Store, workshop_id: uuid.UUID) -> list[tuple[object, ...]]:
    """Everything a phase stores about when it ran."""
    data = api.load_workshop(store, workshop_id)
    return [
        (p.id, p.runs, p.actual_start, p.actual_end, p.timer_running_since,
         p.timer_elapsed_seconds, p.timer_extra_seconds)
        for p in data.phases
    ] + [("workshop", data.workshop.ended_at)]


def click_agenda_item(window: WorkshopWindow, row: int) -> None:
    view = window.phase_list
    rect = view.visualRect(window.phase_model.index(row))
    view.scrollTo(window.phase_model.index(row))
    rect = view.visualRect(window.phase_model.index(row))
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_browsing_every_phase_of_a_finished_workshop_twice_changes_no_recorded_time(
    open_window: Opener, store: api.Store, tmp_path: Path
) -> None:
    workshop_id = create_demo_workshop(store)
    before = record(store, workshop_id)
    window = open_window(workshop_id)
    count = window.phase_model.rowCount()
    for _ in range(2):  # clicks, as a user does
        for row in range(count):
            click_agenda_item(window, row)
            assert window.current_phase_id == window.phase_model.phase(row).id
    window.phase_list.setFocus()
    for key in (Qt.Key.Key_Up,) * count + (Qt.Key.Key_Down,) * count:  # arrow keys
        QTest.keyClick(window.phase_list, key)
    control = Qt.KeyboardModifier.ControlModifier
    for key in (Qt.Key.Key_PageUp,) * count + (Qt.Key.Key_PageDown,) * count:
        QTest.keyClick(window.capture.edit, key, control)
    assert window.current_phase_id == window.phase_model.phase(count - 1).id
    assert record(store, workshop_id) == before
    # the synthesis still shows the demo's April timings: planned against actual
    from coopatelier.export.pdf import export_pdf

    pdf = tmp_path / "demo.pdf"
    export_pdf(api.load_workshop(store, workshop_id), pdf)
    text = "\n".join(page.extract_text() for page in pypdf.PdfReader(pdf).pages[:6])
    data = api.load_workshop(store, workshop_id)
    times = [(p.start, p.end) for p in load_story("fr").workshops[0].phases]
    for phase, (start, end) in zip(data.phases, times, strict=True):
        hours = [int(part) for part in (*start.split(":"), *end.split(":"))]
        minutes = (hours[2] * 60 + hours[3]) - (hours[0] * 60 + hours[1])
        delta = minutes - phase.planned_minutes
        sign = "+" if delta > 0 else ("–" if delta < 0 else "±")
        assert f"{minutes} min ({sign}{abs(delta)})" in text, phase.title


def test_start_next_end_and_end_the_workshop_are_the_only_ways_to_run(
    open_window: Opener, store: api.Store, workshop: api.WorkshopData, qtbot: Any
) -> None:
    wid = workshop.workshop.id
    window = open_window(wid)
    intro, drivers = workshop.phases[0], workshop.phases[1]
    window.show_phase(intro.id)
    assert window.start_button.isVisible() and not window.end_button.isVisible()
    window.start_button.click()
    assert api.get_phase(store, intro.id).status is PhaseStatus.RUNNING
    assert window.end_button.isVisible() and not window.start_button.isVisible()
    window.next_button.click()  # ends the intro, starts the drivers, shows them
    assert api.get_phase(store, intro.id).status is PhaseStatus.DONE
    assert api.get_phase(store, drivers.id).status is PhaseStatus.RUNNING
    assert window.current_phase_id == drivers.id
    window.show_phase(intro.id)  # looking back: the hint says what runs, with a way back
    assert window.running_hint.isVisible() and drivers.title in window.running_hint.text()
    window.show_running_phase()
    assert window.current_phase_id == drivers.id
    window.end_button.click()
    assert api.get_phase(store, drivers.id).status is PhaseStatus.DONE
    first_runs = api.get_phase(store, drivers.id).runs
    window.start_button.click()  # a finished phase: asks first
    box = window.run_again_box
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    QTest.keyClick(box, Qt.Key.Key_Return)  # the safe choice is the default
    assert not box.isVisible()
    assert api.get_phase(store, drivers.id).runs == first_runs
    window.start_button.click()
    box = window.run_again_box
    assert box is not None
    box.button(QMessageBox.StandardButton.Yes).click()
    again = api.get_phase(store, drivers.id)
    assert again.status is PhaseStatus.RUNNING
    assert again.runs[: len(first_runs)] == first_runs and len(again.runs) == 2
    window.end_workshop_button.click()  # asks first: it sits under Next phase
    assert api.get_workshop(store, wid).ended_at is None
    end_box = window.end_workshop_box
    assert end_box.defaultButton() is end_box.button(QMessageBox.StandardButton.Cancel)
    QTest.keyClick(end_box, Qt.Key.Key_Return)  # Return keeps the workshop going
    assert not end_box.isVisible()
    assert api.get_workshop(store, wid).ended_at is None
    window.end_workshop_button.click()
    window.end_workshop_box.button(QMessageBox.StandardButton.Yes).click()
    assert api.get_workshop(store, wid).ended_at is not None
    assert api.get_phase(store, drivers.id).status is PhaseStatus.DONE
    assert not window.end_workshop_button.isEnabled()
    # nothing comes next once the workshop has ended, and its timer no longer looks live
    assert not window.next_button.isEnabled() and not window.next_action.isEnabled()
    assert "ended" in window.next_button.toolTip()
    assert "#6b7772" in window.timer.display.styleSheet()  # the idle grey, not green
    window.next_action.trigger()  # the shortcut / the presenter's key: does nothing
    assert api.get_workshop(store, wid).ended_at is not None
    assert PhaseStatus.RUNNING not in {p.status for p in api.load_workshop(store, wid).phases}
    home = HomeWindow(store, Settings(store.data_dir.settings))
    qtbot.addWidget(home)
    row = home.model.row_of(wid)
    assert home.model.index(row, 0).data().startswith("✓ ")


def test_minus_one_minute_changes_the_time_left_never_the_plan(
    open_window: Opener, store: api.Store, workshop: api.WorkshopData
) -> None:
    window = open_window(workshop.workshop.id)
    drivers = phase_of(workshop, PhaseKind.DRIVERS)
    window.show_phase(drivers.id)
    window.start_button.click()
    total = window.total_label.text()
    for _ in range(35):
        window.timer.minus_button.click()
    assert api.get_phase(store, drivers.id).planned_minutes == 30
    assert window.timer.caption.text().startswith("30\u00a0min planned")
    assert "30 min" in window.phase_title.text().replace("\u00a0", " ")
    assert window.total_label.text() == total
    assert window.timer.display.text().startswith("+")  # no time left: over time


def test_an_ended_workshop_s_capture_line_is_closed_until_a_phase_runs_again(
    open_window: Opener, store: api.Store, workshop: api.WorkshopData, qtbot: Any
) -> None:
    """After *End the workshop*, a card typed in the capture line is not saved: the line
    says why; running a phase again (which reopens the workshop) opens it."""
    wid = workshop.workshop.id
    window = open_window(wid)
    actions = phase_of(workshop, PhaseKind.ACTIONS)
    before = [c.text for c in api.load_workshop(store, wid).cards]
    window.show_phase(actions.id)
    window.start_button.click()
    window.end_workshop_button.click()
    window.end_workshop_box.button(QMessageBox.StandardButton.Yes).click()
    line = window.capture
    assert not line.edit.isEnabled() and not line.button.isEnabled()
    # nor the table and author (set aside): a card typed there would label the cards to come
    assert not line.table.isVisible() and not line.author.isVisible()
    assert line.edit.placeholderText().startswith("The workshop has ended")
    type_text(line.edit, "Typed after the end")  # a disabled line takes no key
    QTest.keyClick(line.edit, Qt.Key.Key_Return)
    line.button.click()
    assert [c.text for c in api.load_workshop(store, wid).cards] == before
    window.start_button.click()  # *Run this phase again…* reopens the workshop
    box = window.run_again_box
    assert box is not None
    box.button(QMessageBox.StandardButton.Yes).click()
    assert api.get_workshop(store, wid).ended_at is None
    assert line.edit.isEnabled() and line.button.isEnabled()
    assert line.table.isVisible() and line.author.isVisible()
    assert line.edit.placeholderText().startswith("Type a card")
    QTest.keyClick(line.edit, Qt.Key.Key_Return)
    assert [c.text for c in api.load_workshop(store, wid).cards] == before
    type_text(line.edit, "Typed once reopened")
    QTest.keyClick(line.edit, Qt.Key.Key_Return)
    assert [c.text for c in api.load_workshop(store, wid).cards] == [
        *before, "Typed once reopened"
    ]


def test_the_phase_editor_corrects_a_recorded_end_and_undo_restores_it(
    open_window: Opener, store: api.Store, workshop: api.WorkshopData
) -> None:
    from coopatelier.ui.phase_record import to_qt

    drivers = phase_of(workshop, PhaseKind.DRIVERS)
    start = dt.datetime(2026, 4, 14, 9, 0, tzinfo=dt.UTC)
    api.start_phase(store, drivers.id, at=start)
    api.end_phase(store, drivers.id, at=start + dt.timedelta(hours=5))  # forgot Next phase
    window = open_window(workshop.workshop.id)
    window.show_phase(drivers.id)
    window.edit_phase()
    dialog = window.phase_dialog
    assert dialog.record is not None and len(dialog.record.rows) == 1
    dialog.record.rows[0].end.setDateTime(to_qt(start + dt.timedelta(minutes=34)))
    assert "34 min" in dialog.record.total.text()
    dialog.ok_button.click()
    fixed = api.get_phase(store, drivers.id)
    assert fixed.runs == (api.PhaseRun(start, start + dt.timedelta(minutes=34)),)
    assert fixed.planned_minutes == 30  # the rest of the phase is as it was
    window.undo()
    assert api.get_phase(store, drivers.id).runs == (
        api.PhaseRun(start, start + dt.timedelta(hours=5)),
    )
    window.redo()
    assert api.get_phase(store, drivers.id).actual_end == start + dt.timedelta(minutes=34)


def test_while_presenting_looking_elsewhere_keeps_the_room_on_its_phase(
    open_window: Opener, workshop: api.WorkshopData, qtbot: Any
) -> None:
    window = open_window(workshop.workshop.id)
    intro, drivers, futures = workshop.phases[0], workshop.phases[1], workshop.phases[2]
    window.show_phase(drivers.id)
    window.start_button.click()
    presentation = window.presentation
    presentation.present_action.trigger()
    qtbot.waitUntil(presentation.projector.isVisible)
    assert presentation.room_phase_id == drivers.id
    window.show_phase(futures.id)  # the facilitator looks ahead
    assert presentation.room_phase_id == drivers.id
    assert presentation.console.current.text() == drivers.title
    assert window.show_room_button.isVisible()
    window.show_room_button.click()  # ...and chooses to show it: nothing starts
    assert presentation.room_phase_id == futures.id
    assert api.get_phase(window.session.store, futures.id).status is PhaseStatus.NOT_RUN
    window.show_phase(intro.id)
    window.next_button.click()  # the drivers end, the futures start: the room follows
    assert presentation.room_phase_id == futures.id == window.current_phase_id
    presentation.stop()


def test_an_import_from_home_shows_the_merged_cards_in_the_open_window_and_projector(
    open_window: Opener, store: api.Store, workshop: api.WorkshopData, settings: Settings,
    tmp_path: Path, qtbot: Any,
) -> None:
    from tests.gui.test_projector import painted_texts

    wid = workshop.workshop.id
    drivers = phase_of(workshop, PhaseKind.DRIVERS)
    window = open_window(wid)
    window.show_phase(drivers.id)
    window.presentation.present_action.trigger()
    qtbot.waitUntil(window.presentation.projector.isVisible)
    # a table laptop: the same workshop, one more card, brought back as a file
    path = export_workshop_file(store, wid, tmp_path / "main.json")
    with api.open_store(data_dir=tmp_path / "laptop") as laptop:
        from coopatelier.exchange import import_workshop_file

        import_workshop_file(laptop, path)
        api.add_card(laptop, drivers.id, "Des jardins partagés au pied des tours")
        table_file = export_workshop_file(laptop, wid, tmp_path / "table.json")
    home = HomeWindow(store, settings)
    qtbot.addWidget(home)
    home.import_file(table_file)
    texts = [c.text for c in window.session.cards_of_phase(drivers.id)]
    assert texts == ["Des jardins partagés au pied des tours"]
    assert "Des jardins partagés au pied des tours" in painted_texts(window.presentation.projector)
    assert window.phase_model.index(1).data().count("1 card") == 1
    window.presentation.stop()


def test_home_last_changed_follows_the_latest_card(
    open_window: Opener, store: api.Store, workshop: api.WorkshopData, settings: Settings,
    qtbot: Any,
) -> None:
    wid = workshop.workshop.id
    home = HomeWindow(store, settings)
    qtbot.addWidget(home)
    before = home.model.summary(home.model.row_of(wid)).updated_at
    window = open_window(wid)
    window.show_phase(phase_of(workshop, PhaseKind.INTRO).id)
    window.capture.edit.setFocus()
    type_text(window.capture.edit, "Une carte de plus")
    QTest.keyClick(window.capture.edit, Qt.Key.Key_Return)
    (summary,) = [s for s in api.list_workshops(store) if s.id == wid]
    assert summary.updated_at > before
    home.show()
    qtbot.waitUntil(lambda: home.model.summary(home.model.row_of(wid)).updated_at > before)


def test_duplicate_and_delete_from_home_reach_the_open_windows(
    open_window: Opener, store: api.Store, workshop: api.WorkshopData, settings: Settings,
    qtbot: Any, monkeypatch: pytest.MonkeyPatch,
) -> None:
    wid = workshop.workshop.id
    other = open_window(wid)
    heard: list[api.Changes] = []
    other.session.hub.changed.connect(lambda changes, _who: heard.append(changes))
    home = HomeWindow(store, settings)
    qtbot.addWidget(home)
    home.table.selectRow(home.model.row_of(wid))
    home.duplicate_selected()
    assert heard and heard[-1].created  # the copy was announced to every view
    copy = heard[-1].new_id
    closed: list[uuid.UUID] = []
    home.deleted.connect(closed.append)
    home.delete_workshop(copy)
    assert closed == [copy] and heard[-1].workshop_id == copy
    assert other.session.data().workshop.id == wid  # not disturbed by another's deletion


def test_the_agendas_timer_stays_the_running_phases_while_looking_elsewhere(
    open_window: Opener, store: api.Store, workshop: api.WorkshopData
) -> None:
    """+5 / −1 min can only reach the phase that runs: looking at another phase keeps the
    running clock in the agenda, and a phase not in progress has no time to change."""
    window = open_window(workshop.workshop.id)
    drivers, actions = phase_of(workshop, PhaseKind.DRIVERS), phase_of(workshop, PhaseKind.ACTIONS)
    window.show_phase(actions.id)
    assert window.timer.phase_id == actions.id  # nothing runs: the phase looked at
    assert not window.timer.minus_button.isEnabled()
    window.show_phase(drivers.id)
    window.start_button.click()
    window.show_phase(actions.id)
    assert window.timer.phase_id == drivers.id
    window.timer.minus_button.click()
    assert api.get_phase(store, actions.id).timer_extra_seconds == 0
    assert api.get_phase(store, drivers.id).timer_extra_seconds == -60


def test_next_phase_after_running_a_phase_again_goes_on_where_the_workshop_was(
    open_window: Opener, store: api.Store, workshop: api.WorkshopData
) -> None:
    window = open_window(workshop.workshop.id)
    intro, drivers, futures = workshop.phases[0], workshop.phases[1], workshop.phases[2]
    window.show_phase(intro.id)
    window.start_button.click()
    window.next_button.click()  # the drivers
    window.next_button.click()  # the futures
    window.show_phase(intro.id)
    window.start_button.click()
    window.run_again_box.button(QMessageBox.StandardButton.Yes).click()  # type: ignore[union-attr]
    # the futures ended when the intro ran again; Next goes on with the first phase not yet
    # done (the actions), not the drivers again
    window.next_button.click()
    actions = phase_of(workshop, PhaseKind.ACTIONS)
    assert api.get_phase(store, actions.id).status is PhaseStatus.RUNNING
    assert len(api.get_phase(store, drivers.id).runs) == 1
    assert len(api.get_phase(store, futures.id).runs) == 1
