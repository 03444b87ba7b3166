"""Démarches in the interface (#15): Home's tree (create, rename, attach by drag and by
context menu, detach), the démarche window (a status with its why and its undo, a
follow-up, the governance), the point d'étape created in a démarche, its review phase
and the room's view of it."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QInputDialog,
    QLineEdit,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
)

from coopatelier import api
from coopatelier.demo import create_demo_workshop
from coopatelier.domain.demarche import STATUS_LABELS, ActionStatus, EventKind
from coopatelier.settings import Settings
from coopatelier.ui.demarche_window import DemarcheWindow
from coopatelier.ui.home import HomeWindow
from coopatelier.ui.projector.view import ProjectorView
from coopatelier.ui.views.review import ReviewView
from coopatelier.ui.workshop_session import WorkshopSession
from tests.gui.conftest import type_text


@pytest.fixture
def demo_id(store: api.Store) -> uuid.UUID:
    return create_demo_workshop(store)


@pytest.fixture
def demarche_id(store: api.Store, demo_id: uuid.UUID) -> uuid.UUID:
    made = api.create_demarche(store, title="Feuille de route PAT × Cohésion sociale").new_id
    api.attach_workshop(store, made, demo_id)
    return made


@pytest.fixture
def home(qtbot: object, store: api.Store, settings: Settings) -> HomeWindow:
    window = HomeWindow(store, settings)
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    window.show()
    return window


@pytest.fixture
def window(qtbot: object, store: api.Store, settings: Settings,
           demarche_id: uuid.UUID) -> Iterator[DemarcheWindow]:
    opened = DemarcheWindow(store, demarche_id, settings)
    qtbot.addWidget(opened)  # type: ignore[attr-defined]
    opened.resize(1366, 768)
    opened.show()
    yield opened
    opened.session.undo_stack.clear()


def cell(table: QTableWidget, row: int, column: int) -> QTableWidgetItem:
    item = table.item(row, column)
    assert item is not None
    return item


def index_of(box: QComboBox, value: object) -> int:
    """The row of ``value`` among a combo box's data (``findData`` misses Python ids)."""
    return next(i for i in range(box.count()) if box.itemData(i) == value)


def accept_text(dialog: QInputDialog, text: str) -> None:
    """Type ``text`` in an input dialog (French included) and press Enter."""
    dialog.setTextValue("")
    edit = dialog.findChild(QLineEdit)
    assert edit is not None
    type_text(edit, text)
    QTest.keyClick(edit, Qt.Key.Key_Return)


# --- Home ---------------------------------------------------------------------------------


def test_home_creates_renames_and_attaches_by_drag_and_menu(
    home: HomeWindow, store: api.Store, demo_id: uuid.UUID
) -> None:
    home.buttons["new_demarche"].click()
    accept_text(home.demarche_dialog, "Feuille de route PAT × Cohésion sociale")
    summaries = api.list_demarches(store)
    assert [s.title for s in summaries] == ["Feuille de route PAT × Cohésion sociale"]
    demarche_id = summaries[0].id
    group = home.demarche_item(demarche_id)
    assert group is not None and group.text(0) == "Feuille de route PAT × Cohésion sociale"
    # the demo is outside any démarche, under its own heading
    item = home.workshop_item(demo_id)
    assert item is not None and home.tree.group_at(item) is home.tree.outside

    # rename from the démarche's context menu
    rect = home.tree.visualItemRect(group)
    menu = home._tree_menu(rect.center())
    assert menu is not None
    rename = next(a for a in menu.actions() if "Rename" in a.text())
    rename.trigger()
    accept_text(home.demarche_dialog, "Feuille de route 2026")
    assert api.get_demarche(store, demarche_id).title == "Feuille de route 2026"
    assert home.demarche_item(demarche_id).text(0) == "Feuille de route 2026"  # type: ignore[union-attr]

    # drag the workshop onto the démarche: a real drop event on the tree's viewport
    own = {(o.id, o.name) for o in api.load_workshop(store, demo_id).organisations}
    item = home.workshop_item(demo_id)
    assert item is not None
    mime = home.tree.mimeData([item])
    target = home.tree.visualItemRect(home.demarche_item(demarche_id)).center()  # type: ignore[arg-type]
    drop = QDropEvent(target.toPointF(), Qt.DropAction.MoveAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    home.tree.dropEvent(drop)
    assert drop.isAccepted()
    assert api.load_workshop(store, demo_id).workshop.demarche_id == demarche_id
    assert home.demarche_of(demo_id) == demarche_id
    assert "now in" in home.statusBar().currentMessage()

    # Undo on the banner takes the attach back exactly: the workshop's own organisations,
    # ids included (a detach would have made copies); then drop it again
    QTest.mouseClick(home.banner.retry_button, Qt.MouseButton.LeftButton)
    undone = api.load_workshop(store, demo_id)
    assert undone.workshop.demarche_id is None
    assert {(o.id, o.name) for o in undone.organisations} == own
    assert all(o.workshop_id == demo_id for o in undone.organisations)
    assert home.tree.group_at(home.workshop_item(demo_id)) is home.tree.outside
    mime = home.tree.mimeData([home.workshop_item(demo_id)])  # type: ignore[list-item]
    drop = QDropEvent(target.toPointF(), Qt.DropAction.MoveAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    home.tree.dropEvent(drop)
    assert api.load_workshop(store, demo_id).workshop.demarche_id == demarche_id

    # detach from the list's context menu
    row = home.model.row_of(demo_id)
    pos = home.table.visualRect(home.model.index(row, 0)).center()
    menu = home._table_menu(pos)
    assert menu is not None
    detach = next(a for a in menu.actions() if "Detach" in a.text())
    detach.trigger()
    assert api.load_workshop(store, demo_id).workshop.demarche_id is None
    assert home.tree.group_at(home.workshop_item(demo_id)) is home.tree.outside

    # attach again from the "Attach to a démarche" submenu
    menu = home._table_menu(pos)
    assert menu is not None
    submenu = menu.findChild(QMenu, "attachMenu")
    assert submenu is not None
    submenu.actions()[0].trigger()
    assert api.load_workshop(store, demo_id).workshop.demarche_id == demarche_id


def test_home_title_column_has_the_room_left(
    home: HomeWindow, demo_id: uuid.UUID, qtbot: Any
) -> None:
    home.resize(1366, 768)
    header = home.table.horizontalHeader()
    # the header lays its sections out once the resize is processed
    qtbot.waitUntil(lambda: header.sectionSize(0) == max(
        header.sectionSize(c) for c in range(header.count())))
    widths = [header.sectionSize(c) for c in range(header.count())]
    assert widths[0] == max(widths)
    assert widths[0] > 2 * widths[2]  # the title has more room than the place


def test_double_click_on_a_demarche_asks_for_its_window(
    home: HomeWindow, demarche_id: uuid.UUID, demo_id: uuid.UUID, qtbot: object
) -> None:
    home.refresh()
    qtbot.waitUntil(lambda: home.demarche_item(demarche_id) is not None)  # type: ignore[attr-defined]
    group = home.demarche_item(demarche_id)
    assert group is not None
    asked: list[object] = []
    home.demarche_open_requested.connect(asked.append)
    opened: list[object] = []
    home.open_requested.connect(opened.append)
    viewport = home.tree.viewport()

    def double_click(point: QPoint) -> None:  # a press first, as a hand does
        QTest.mouseClick(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                         point)
        QTest.mouseDClick(viewport, Qt.MouseButton.LeftButton,
                          Qt.KeyboardModifier.NoModifier, point)

    double_click(home.tree.visualItemRect(group).center())
    assert asked == [demarche_id]
    child = home.workshop_item(demo_id)
    assert child is not None
    double_click(home.tree.visualItemRect(child).center())
    assert opened == [demo_id]


def test_new_workshop_in_a_demarche_preselects_the_point_d_etape(
    home: HomeWindow, store: api.Store, settings: Settings, demarche_id: uuid.UUID
) -> None:
    settings.set("language", "fr")
    dialog = home.new_workshop(demarche_id)
    assert dialog.chosen_demarche() == demarche_id
    assert dialog.chosen_template().key == "point-etape-feuille-de-route"
    dialog.ok_button.click()
    created = [w for w in api.list_workshops(store) if w.title == dialog.title.text()]
    assert len(created) == 1
    data = api.load_workshop(store, created[0].id)
    assert data.workshop.demarche_id == demarche_id
    assert any(p.demarche_focus == "review" for p in data.phases)
    settings.set("language", "en")
    english = home.new_workshop(demarche_id)
    assert english.chosen_template().key == "roadmap-checkpoint"
    english.reject()


# --- the démarche window -----------------------------------------------------------------


def click_action(window: DemarcheWindow, action_id: uuid.UUID) -> None:
    block = window.timeline.blocks_of(action_id)[0]
    window.timeline.ensureVisible(block)
    point = window.timeline.mapFromScene(block.sceneBoundingRect().center())
    QTest.mouseClick(window.timeline.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.NoModifier, point)


def test_timeline_shows_every_action_in_every_lane_with_a_role(
    window: DemarcheWindow, store: api.Store, demarche_id: uuid.UUID
) -> None:
    data = api.load_demarche(store, demarche_id)
    assert window.timeline.years[:5] == [2026, 2027, 2028, 2029, 2030]
    for action in data.actions:
        card = action.card
        expected = {card.lead_organisation_id} | {p.organisation_id for p in card.partners}
        expected.discard(None)
        assert len(window.timeline.blocks_of(action.id)) == max(1, len(expected))
    assert set(window.legend.labels) == set(ActionStatus)


def test_status_dropped_asks_why_and_undo_takes_it_back(
    window: DemarcheWindow, store: api.Store, demarche_id: uuid.UUID
) -> None:
    action = api.load_demarche(store, demarche_id).actions[0]
    click_action(window, action.id)
    assert window.selected_id == action.id
    assert action.title in window.story.toPlainText()
    assert "Alimentation durable" in window.story.toPlainText()  # where it came from
    window.status_button.click()
    dialog = window.dialog
    assert dialog is not None and dialog.isVisible()
    box = dialog.status  # type: ignore[attr-defined]
    box.setCurrentIndex(box.findData(ActionStatus.DROPPED.value))
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)  # type: ignore[attr-defined]
    ok.click()  # no why: refused in one sentence, the dialog stays with what was chosen
    assert dialog.isVisible()
    assert dialog.problem.isVisibleTo(dialog)  # type: ignore[attr-defined]
    assert "why" in dialog.problem.text()  # type: ignore[attr-defined]
    type_text(dialog.note, "Pas de local disponible à la rentrée")  # type: ignore[attr-defined]
    type_text(dialog.author, "Métropole")  # type: ignore[attr-defined]
    ok.click()
    assert not dialog.isVisible()
    after = api.load_demarche(store, demarche_id).action(action.id)
    assert after is not None and after.status is ActionStatus.DROPPED
    assert after.history[-1].note == "Pas de local disponible à la rentrée"
    assert after.history[-1].author == "Métropole"
    blocks = window.timeline.blocks_of(action.id)
    assert blocks and all(b.action.status is ActionStatus.DROPPED for b in blocks)
    assert "Pas de local disponible" in window.story.toPlainText()

    window.undo_action.trigger()
    undone = api.load_demarche(store, demarche_id).action(action.id)
    assert undone is not None and undone.status is ActionStatus.TO_EXPLORE
    assert undone.history == ()
    window.redo_action.trigger()
    redone = api.load_demarche(store, demarche_id).action(action.id)
    assert redone is not None and redone.status is ActionStatus.DROPPED
    assert redone.history[-1].id == after.history[-1].id  # the same entry, back


def test_reoriented_needs_the_action_that_replaced_it(
    window: DemarcheWindow, store: api.Store, demarche_id: uuid.UUID
) -> None:
    actions = api.load_demarche(store, demarche_id).actions
    window.select_action(actions[0].id)
    dialog = window.status_dialog()
    assert dialog is not None
    dialog.status.setCurrentIndex(dialog.status.findData(ActionStatus.REORIENTED.value))
    assert dialog.target.isEnabled()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    ok.click()
    assert dialog.isVisible() and "replaces" in dialog.problem.text()
    dialog.target.setCurrentIndex(index_of(dialog.target, actions[1].id))
    ok.click()
    after = api.load_demarche(store, demarche_id).action(actions[0].id)
    assert after is not None and after.status is ActionStatus.REORIENTED
    assert after.replaced_by == actions[1].id


def test_follow_up_and_roles_are_dated_and_undoable(
    window: DemarcheWindow, store: api.Store, demarche_id: uuid.UUID
) -> None:
    data = api.load_demarche(store, demarche_id)
    action = data.actions[0]
    window.select_action(action.id)
    dialog = window.add_follow_up()
    assert dialog is not None
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    ok.click()
    assert dialog.isVisible()  # nothing said: nothing recorded
    type_text(dialog.note, "Première réunion tenue en juin")
    type_text(dialog.author, "Centre social")
    dialog.date.setDate(dialog.date.date().addDays(-3))
    ok.click()
    after = api.load_demarche(store, demarche_id).action(action.id)
    assert after is not None
    entry = after.history[-1]
    assert entry.kind is EventKind.FOLLOW_UP
    assert (entry.note, entry.author) == ("Première réunion tenue en juin", "Centre social")
    assert entry.happened_on == dt.date.today() - dt.timedelta(days=3)
    assert "Première réunion tenue en juin" in window.story.toPlainText()

    roles = window.change_roles()
    assert roles is not None
    other = next(o for o in data.organisations if o.id != action.card.lead_organisation_id)
    roles.set_part(other.id, "lead")
    if action.card.lead_organisation_id is not None:
        roles.set_part(action.card.lead_organisation_id, "partner", "accompagner")
    roles.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    moved = api.load_demarche(store, demarche_id).action(action.id)
    assert moved is not None and moved.card.lead_organisation_id == other.id
    assert moved.history[-1].kind is EventKind.ROLES
    window.undo_action.trigger()
    back = api.load_demarche(store, demarche_id).action(action.id)
    assert back is not None
    assert back.card.lead_organisation_id == action.card.lead_organisation_id
    assert {p.organisation_id for p in back.card.partners} == {
        p.organisation_id for p in action.card.partners}
    assert back.history[-1].kind is EventKind.FOLLOW_UP


def test_governance_edit_members_and_decisions(
    window: DemarcheWindow, store: api.Store, demarche_id: uuid.UUID
) -> None:
    panel = window.governance
    window.tabs.setCurrentWidget(panel)
    panel.rhythm.clear()
    type_text(panel.rhythm, "tous les deux mois")
    panel.meeting_set.setChecked(True)
    panel.meeting_date.setDate(panel.meeting_date.date().addDays(30))
    type_text(panel.meeting_place, "Maison des associations")
    panel.save_button.click()
    demarche = api.get_demarche(store, demarche_id)
    assert demarche.rhythm == "tous les deux mois"
    assert demarche.next_meeting_date == dt.date.today() + dt.timedelta(days=30)
    assert demarche.next_meeting_place == "Maison des associations"
    assert "Maison des associations" in window.summary.text()

    data = api.load_demarche(store, demarche_id)
    panel.member_org.setCurrentIndex(index_of(panel.member_org, data.organisations[0].id))
    panel.member_role.setCurrentIndex(panel.member_role.findText("pilote"))
    panel.add_member_button.click()
    members = api.load_demarche(store, demarche_id).members
    assert [(m.organisation_id, m.collective_role) for m in members] == [
        (data.organisations[0].id, "pilote")]
    assert panel.members.rowCount() == 1

    type_text(panel.decision_text, "Se retrouver en novembre à Martigues")
    QTest.keyClick(panel.decision_text, Qt.Key.Key_Return)
    decisions = api.load_demarche(store, demarche_id).decisions
    assert [d.text for d in decisions] == ["Se retrouver en novembre à Martigues"]
    assert panel.decisions.count() == 1

    window.undo_action.trigger()  # the decision
    assert api.load_demarche(store, demarche_id).decisions == ()
    window.redo_action.trigger()
    assert [d.id for d in api.load_demarche(store, demarche_id).decisions] == [decisions[0].id]
    for _ in range(2):
        window.undo_action.trigger()  # the decision, then the member
    window.undo_action.trigger()  # the frame
    assert api.get_demarche(store, demarche_id).rhythm == ""
    assert api.get_demarche(store, demarche_id).next_meeting_date is None


def test_export_menu_writes_the_roadmap(
    window: DemarcheWindow, tmp_path: object, store: api.Store
) -> None:
    from pathlib import Path

    assert set(window.export_actions) == {"pdf", "md", "csv", "json"}
    for fmt in ("md", "csv"):
        out = Path(str(tmp_path)) / f"roadmap.{fmt}"
        assert window.export_to(fmt, out)
        assert out.stat().st_size > 0
    text = (Path(str(tmp_path)) / "roadmap.csv").read_text(encoding="utf-8")
    assert api.load_demarche(store, window.session.demarche_id).actions[0].title.split()[0] in text


def test_export_dialog_starts_in_the_last_export_folder(
    window: DemarcheWindow, tmp_path: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pathlib import Path

    from PySide6.QtWidgets import QFileDialog

    offered: list[str] = []

    def save_file_name(_parent: object, _title: str, start: str, _filter: str
                       ) -> tuple[str, str]:
        offered.append(start)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_file_name)
    window.export_dialog("pdf")
    assert Path(offered[0]).parent == Path.home()  # nothing exported yet
    folder = Path(str(tmp_path)) / "exports"
    folder.mkdir()
    assert window.export_to("md", folder / "roadmap.md")
    window.export_dialog("pdf")
    assert Path(offered[1]).parent == folder
    assert Path(offered[1]).suffix == ".pdf"


# --- the point d'étape: review phase and the room -----------------------------------------


@pytest.fixture
def checkpoint(store: api.Store, demarche_id: uuid.UUID) -> uuid.UUID:
    template = next(t for t in api.templates(store) if t.key == "point-etape-feuille-de-route")
    return api.create_workshop(store, template, title="Point d’étape de septembre",
                               date=dt.date(2026, 9, 20), demarche_id=demarche_id).new_id


def review_phase(store: api.Store, workshop_id: uuid.UUID) -> api.Phase:
    return next(p for p in api.load_workshop(store, workshop_id).phases
                if p.demarche_focus == "review")


def test_review_table_leaves_the_latest_news_room_on_a_laptop(
    open_window: object, store: api.Store, checkpoint: uuid.UUID, qtbot: Any,
) -> None:
    """At 1366×768 the latest news (the longest text) gets the widest column and the
    table most of the width; the three gestures stay whole beside it."""
    win = open_window(checkpoint)  # type: ignore[operator]
    win.resize(1366, 768)
    win.show_phase(review_phase(store, checkpoint).id)
    view = win.current_view()
    assert isinstance(view, ReviewView)
    qtbot.waitUntil(lambda: view.table.viewport().width() > 0)
    table = view.table
    qtbot.waitUntil(lambda: table.columnWidth(3) > table.columnWidth(1))
    widths = [table.columnWidth(c) for c in range(4)]
    assert widths[3] == max(widths)
    assert widths[3] >= 0.3 * table.viewport().width()
    assert table.width() > view.story.width() * 2
    for button in (view.status_button, view.follow_up_button, view.roles_button):
        assert button.width() >= button.sizeHint().width()


def test_review_phase_lists_the_demarche_actions_and_updates_them(
    open_window: object, store: api.Store, demarche_id: uuid.UUID, demo_id: uuid.UUID,
    checkpoint: uuid.UUID,
) -> None:
    win = open_window(checkpoint)  # type: ignore[operator]
    phase = review_phase(store, checkpoint)
    win.show_phase(phase.id)
    view = win.current_view()
    assert isinstance(view, ReviewView)
    april = [a for a in api.load_demarche(store, demarche_id).actions
             if a.workshop.id == demo_id]
    assert view.table.rowCount() == len(april) > 0
    titles = {cell(view.table, r, 0).text() for r in range(view.table.rowCount())}
    assert titles == {a.title for a in april}
    assert {cell(view.table, r, 2).text() for r in range(view.table.rowCount())} == {"To explore"}
    first = view.table.visualItemRect(cell(view.table, 0, 0)).center()
    QTest.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.NoModifier, first)
    chosen = view.selected_action_id()
    assert chosen is not None and win.session.under_review == chosen
    dialog = view.status_dialog()
    assert dialog is not None
    dialog.status.setCurrentIndex(dialog.status.findData(ActionStatus.DONE.value))
    type_text(dialog.note, "Réalisée en juin")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    after = api.load_demarche(store, demarche_id).action(chosen)
    assert after is not None and after.status is ActionStatus.DONE
    assert after.history[-1].workshop_id == checkpoint  # recorded in the point d'étape
    row = next(r for r in range(view.table.rowCount())
               if cell(view.table, r, 0).data(Qt.ItemDataRole.UserRole) == chosen)
    assert cell(view.table, row, 2).text() == "Done"
    follow = view.follow_up_dialog()
    assert follow is not None
    type_text(follow.note, "Bilan présenté en salle")
    follow.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert cell(view.table, row, 3).text() == "Bilan présenté en salle"
    win.session.undo_stack.undo()  # the follow-up: the room's correction
    latest = api.load_demarche(store, demarche_id).action(chosen)
    assert latest is not None and latest.history[-1].note == "Réalisée en juin"


def _room_on_review(
    qtbot: object, store: api.Store, checkpoint: uuid.UUID,
) -> tuple[WorkshopSession, ProjectorView]:
    """The room's view at 1920×1080 on the checkpoint's review phase, its chips drawn."""
    session = WorkshopSession(store, checkpoint)
    view = ProjectorView(session)
    qtbot.addWidget(view)  # type: ignore[attr-defined]
    view.resize(1920, 1080)
    view.show()
    view.show_phase(review_phase(store, checkpoint).id)
    qtbot.waitUntil(lambda: bool(view.describe()["cards"]))  # type: ignore[attr-defined]
    return session, view


def test_room_shows_the_roadmap_with_statuses_then_the_action_under_review(
    qtbot: object, store: api.Store, demarche_id: uuid.UUID, demo_id: uuid.UUID,
    checkpoint: uuid.UUID,
) -> None:
    data = api.load_demarche(store, demarche_id)
    done = data.actions[0]
    api.change_status(store, done.id, "realisee", note="Faite en juin")
    session, view = _room_on_review(qtbot, store, checkpoint)
    said = view.describe()
    chips = said["cards"]
    assert isinstance(chips, list)
    shown = {c["id"] for c in chips}
    assert str(done.id) in shown
    assert shown <= {str(a.id) for a in data.actions}
    chip = next(c for c in chips if c["id"] == str(done.id))
    assert "Done" in str(chip["note"]) or "Réalisée" in str(chip["note"])
    assert chip["colour"]
    assert said["under_review"] == ""

    session.set_under_review(done.id)
    qtbot.waitUntil(  # type: ignore[attr-defined]
        lambda: view.describe()["under_review"] == str(done.id))
    said = view.describe()
    assert said["under_review"] == str(done.id)
    cards = said["cards"]
    assert isinstance(cards, list) and len(cards) == 1
    assert cards[0]["under_review"] and cards[0]["whole"]
    assert "Faite en juin" in str(cards[0]["text"])
    assert float(said["smallest_text_px"]) >= 1080 / 30 - 1  # type: ignore[arg-type]

    session.set_under_review(None)
    qtbot.waitUntil(lambda: view.describe()["under_review"] == "")  # type: ignore[attr-defined]
    session.deleteLater()


def test_room_review_words_statuses_in_the_interface_language_beside_lead(
    qtbot: object, store: api.Store, demarche_id: uuid.UUID, checkpoint: uuid.UUID,
) -> None:
    """An English interface on a French workshop: the room's chips read "Lead · Done",
    never "Lead · Réalisée", and the action under review's history is English too."""
    api.update_workshop(store, checkpoint, language="fr")
    data = api.load_demarche(store, demarche_id)
    done = next(a for a in data.actions if a.card.lead_organisation_id is not None)
    api.change_status(store, done.id, "realisee", note="Faite en juin")
    session, view = _room_on_review(qtbot, store, checkpoint)
    chips = view.describe()["cards"]
    assert isinstance(chips, list)
    notes = [str(c["note"]) for c in chips if c["id"] == str(done.id)]
    assert notes and all(note.endswith(" · Done") for note in notes)
    french = set(STATUS_LABELS["fr"].values())
    for chip in chips:
        status = str(chip["note"]).rpartition(" · ")[2]
        assert status in STATUS_LABELS["en"].values() and status not in french
    assert any(str(c["note"]).startswith("Lead · ") for c in chips)
    session.set_under_review(done.id)
    qtbot.waitUntil(  # type: ignore[attr-defined]
        lambda: view.describe()["under_review"] == str(done.id))
    card = view.describe()["cards"][0]  # type: ignore[index]
    assert "Done: Faite en juin" in str(card["text"])
    assert "Réalisée" not in str(card["text"]) and card["badge"] == "Done"
    session.set_under_review(None)
    session.deleteLater()


def test_a_status_changed_in_the_demarche_window_reaches_the_open_review(
    open_window: object, store: api.Store, settings: Settings, demarche_id: uuid.UUID,
    checkpoint: uuid.UUID, qtbot: object,
) -> None:
    win = open_window(checkpoint)  # type: ignore[operator]
    win.show_phase(review_phase(store, checkpoint).id)
    view = win.current_view()
    assert isinstance(view, ReviewView)
    demarche = DemarcheWindow(store, demarche_id, settings)
    qtbot.addWidget(demarche)  # type: ignore[attr-defined]
    action_id = cell(view.table, 0, 0).data(Qt.ItemDataRole.UserRole)
    demarche.select_action(action_id)
    dialog = demarche.status_dialog()
    assert dialog is not None
    dialog.status.setCurrentIndex(dialog.status.findData(ActionStatus.IN_PROGRESS.value))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert cell(view.table, 0, 2).text() == "In progress"
    demarche.session.undo_stack.clear()


def test_merging_two_organisations_is_one_undoable_action(
    window: DemarcheWindow, store: api.Store, demarche_id: uuid.UUID, demo_id: uuid.UUID
) -> None:
    data = api.load_demarche(store, demarche_id)
    olivier = next(o for o in data.organisations if "Olivier" in o.name)
    typo = api.add_organisation(store, demo_id, "CS L’Olivier").new_id
    action = data.actions[0]
    api.change_roles(store, action.id, lead_organisation_id=typo, partners=[])
    window.session.notify(api.Changes(demarche_id=demarche_id, demarche=True))
    panel = window.organisations
    window.tabs.setCurrentWidget(panel)
    typo_item, kept_item = panel.item_of(typo), panel.item_of(olivier.id)
    assert typo_item is not None and kept_item is not None
    viewport = panel.list.viewport()
    QTest.mouseClick(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     panel.list.visualItemRect(typo_item).center())
    QTest.mouseClick(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier,
                     panel.list.visualItemRect(kept_item).center())
    assert set(panel.selected_ids()) == {typo, olivier.id}
    assert panel.current_id() == olivier.id
    assert panel.merge_button.isEnabled()
    assert olivier.name in panel.merge_button.text()
    panel.merge_button.click()
    merged = api.load_demarche(store, demarche_id)
    assert typo not in {o.id for o in merged.organisations}
    moved = merged.action(action.id)
    assert moved is not None and moved.card.lead_organisation_id == olivier.id
    # the history's roles follow the surviving organisation
    assert moved.history[-1].roles is not None
    assert moved.history[-1].roles.lead_organisation_id == olivier.id
    assert panel.item_of(typo) is None

    window.undo_action.trigger()
    back = api.load_demarche(store, demarche_id)
    assert typo in {o.id for o in back.organisations}
    again = back.action(action.id)
    assert again is not None and again.card.lead_organisation_id == typo
    assert again.history[-1].roles is not None
    assert again.history[-1].roles.lead_organisation_id == typo
    window.redo_action.trigger()
    assert typo not in {o.id for o in api.load_demarche(store, demarche_id).organisations}
