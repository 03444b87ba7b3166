"""The import's report box, where the import was made: it counts the conflicts once and
says where each is settled — from Home, the workshop's window (Home has no Workshop
menu), from a démarche's window, that window's Conflicts — and its button opens them."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton

from coopatelier import api
from coopatelier.domain.model import PhaseKind
from coopatelier.exchange.demarche_file import export_demarche_file, import_demarche_file
from coopatelier.settings import Settings
from coopatelier.ui.app import Controller
from coopatelier.ui.conflicts_dialog import ConflictsDialog
from coopatelier.ui.demarche_window import DemarcheWindow
from tests.conftest import phase_of


@pytest.fixture
def controller(qtbot: object, store: api.Store, settings: Settings) -> Iterator[Controller]:
    made = Controller(store, settings)
    yield made
    made.backup_timer.stop()
    for window in [*made.windows.values(), *made.demarche_windows.values()]:
        window.close()
    if made.home is not None:
        made.home.close()


def choose(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))


def table_edits(store: api.Store, workshop: api.WorkshopData, tmp_path: Path,
                name: str) -> tuple[uuid.UUID, Path]:
    """A table's laptop and this one edit the same card unaware of each other: the
    table's workshop file, whose import conflicts."""
    wid = workshop.workshop.id
    card = api.add_card(store, phase_of(workshop, PhaseKind.DRIVERS).id, "Texte").new_id
    with api.open_store(data_dir=tmp_path / name) as laptop:
        api.import_workshop_file(laptop, api.export_workshop_file(
            store, wid, tmp_path / f"{name}-a.json"))
        api.update_card(laptop, card, text="Version de la table")
        table_file = api.export_workshop_file(laptop, wid, tmp_path / f"{name}-b.json")
    api.update_card(store, card, text="Version de la plénière")
    return card, table_file


def click(button: QPushButton) -> None:
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def test_home_report_counts_conflicts_once_and_opens_the_workshops_conflicts(
    controller: Controller, store: api.Store, workshop: api.WorkshopData, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch, qtbot: object,
) -> None:
    _card, table_file = table_edits(store, workshop, tmp_path, "table")
    home = controller.show_home()
    choose(monkeypatch, table_file)
    home.import_dialog()
    box = home.import_report_box
    assert box is not None and box.isVisible() and box.parent() is home
    # the count, once; no menu Home does not have in the sentence
    assert box.text() == home.statusBar().currentMessage()
    assert "1 conflict, both values kept." in box.text()
    assert "→" not in box.text()
    where = box.informativeText()
    assert "conflict" not in where.replace("Where to settle the conflicts:", "")
    assert "see the details" not in where
    assert f"“{workshop.workshop.title}”: Workshop\u00a0→\u00a0Conflicts… in its window" in where
    assert box.detailedText().startswith("Version de la ")  # the conflict, in full
    button = box.findChild(QPushButton, "openConflicts")
    assert button is not None and button.isVisible()
    click(button)
    assert not box.isVisible()
    window = controller.windows[workshop.workshop.id]
    assert window.isVisible() and not home.isVisible()
    dialog = window.findChild(ConflictsDialog, "conflictsDialog")
    assert dialog is not None and dialog.isVisible()
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 2).text() == "Version de la plénière"  # type: ignore[union-attr]


def test_home_report_without_conflict_has_no_place_and_no_button(
    controller: Controller, store: api.Store, workshop: api.WorkshopData, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    target = api.export_workshop_file(store, workshop.workshop.id, tmp_path / "same.json")
    home = controller.show_home()
    choose(monkeypatch, target)
    home.import_dialog()
    box = home.import_report_box
    assert box is not None and box.text().endswith("unchanged.")
    assert box.informativeText() == "" and box.detailedText() == ""
    assert box.findChild(QPushButton, "openConflicts") is None
    box.button(QMessageBox.StandardButton.Ok).click()
    assert not box.isVisible()


def test_demarche_window_report_says_where_and_opens_its_conflicts_then_a_workshops(
    controller: Controller, store: api.Store, workshop: api.WorkshopData, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch, qtbot: object,
) -> None:
    """A démarche file conflicting on the démarche's title and on a card of its workshop:
    the box names both places, and its button opens the démarche's Conflicts in this
    window; a later file conflicting only in the workshop opens the workshop's window
    with its Conflicts."""
    wid = workshop.workshop.id
    demarche_id = api.create_demarche(store, title="Feuille de route").new_id
    api.attach_workshop(store, demarche_id, wid)
    card = api.add_card(store, phase_of(workshop, PhaseKind.DRIVERS).id, "Texte").new_id
    with api.open_store(data_dir=tmp_path / "laptop") as laptop:
        import_demarche_file(laptop, export_demarche_file(store, demarche_id,
                                                          tmp_path / "a.json"))
        api.update_demarche(laptop, demarche_id, title="Feuille de route du portable")
        api.update_card(laptop, card, text="Version du portable")
        first = export_demarche_file(laptop, demarche_id, tmp_path / "b.json")
        api.update_card(laptop, card, text="Version du portable, encore")
        second = export_demarche_file(laptop, demarche_id, tmp_path / "c.json")
    api.update_demarche(store, demarche_id, title="Feuille de route de la plénière")
    api.update_card(store, card, text="Version de la plénière")

    window = controller.open_demarche(demarche_id)
    assert isinstance(window, DemarcheWindow)
    choose(monkeypatch, first)
    window.import_action.trigger()
    box = window.import_report_box
    assert box is not None and box.isVisible() and box.parent() is window
    assert box.text() == window.statusBar().currentMessage()
    assert "2 conflicts, both values kept." in box.text() and "menu" not in box.text()
    lines = box.informativeText().splitlines()
    assert lines[0] == "Where to settle the conflicts:"
    assert lines[1].startswith("• the démarche “Feuille de route")
    assert lines[1].endswith("Démarche\u00a0→\u00a0Conflicts… in its window")
    assert lines[2] == (f"• the workshop “{workshop.workshop.title}”: "
                        "Workshop\u00a0→\u00a0Conflicts… in its window")
    button = box.findChild(QPushButton, "openConflicts")
    assert button is not None
    click(button)
    dialog = window.findChild(ConflictsDialog, "conflictsDialog")
    assert dialog is not None and dialog.isVisible()
    assert {dialog.table.item(r, 1).text()  # type: ignore[union-attr]
            for r in range(dialog.table.rowCount())} == {"title"}
    assert wid not in controller.windows
    dialog.close()

    api.update_card(store, card, text="Version de la plénière, encore")
    choose(monkeypatch, second)
    window.import_action.trigger()
    box = window.import_report_box
    assert box is not None and box.isVisible()
    lines = box.informativeText().splitlines()
    assert len(lines) == 2 and lines[1].startswith("• the workshop ")
    button = box.findChild(QPushButton, "openConflicts")
    assert button is not None
    click(button)
    workshop_window = controller.windows[wid]
    assert workshop_window.isVisible()
    conflicts = workshop_window.findChild(ConflictsDialog, "conflictsDialog")
    assert conflicts is not None and conflicts.isVisible()
    assert conflicts.table.item(0, 2).text() == "Version de la plénière, encore"  # type: ignore[union-attr]
