"""Importing a démarche file from the app: Home → Import… tells a démarche file from a
workshop file by its ``format`` and merges it like ``coopatelier demarche import``; the
démarche window's *Import a démarche file…* merges a file of that démarche and refuses
another's; an open démarche window hears a change made by another process."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from coopatelier import api
from coopatelier.demo import DemoMade, create_demo
from coopatelier.exchange.demarche_file import export_demarche_file
from coopatelier.settings import Settings
from coopatelier.ui.demarche_window import DemarcheWindow
from coopatelier.ui.home import HomeWindow
from coopatelier.ui.views.review import ReviewView


@pytest.fixture
def other(tmp_path: Path) -> Iterator[api.Store]:
    """Another laptop's database, with the demo's démarche."""
    with api.open_store(data_dir=tmp_path / "other") as opened:
        create_demo(opened, language="fr")
        yield opened


def demarche_file(other: api.Store, tmp_path: Path, name: str = "demarche.json") -> Path:
    summary = api.list_demarches(other)[0]
    return export_demarche_file(other, summary.id, tmp_path / name)


def choose(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))


@pytest.fixture
def home(qtbot: object, store: api.Store, settings: Settings) -> HomeWindow:
    window = HomeWindow(store, settings)
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    window.show()
    return window


def test_home_import_takes_a_demarche_file_and_shows_it_in_the_tree(
    home: HomeWindow, store: api.Store, other: api.Store, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    source = api.list_demarches(other)[0]
    choose(monkeypatch, demarche_file(other, tmp_path))
    home.import_dialog()
    assert not home.banner.isVisible()
    assert [d.id for d in api.list_demarches(store)] == [source.id]
    item = home.demarche_item(source.id)
    assert item is not None and item.text(0) == source.title
    assert item.childCount() == len(source.workshop_ids)
    assert home.tree.currentItem() is item
    message = home.statusBar().currentMessage()
    # the interface's language (English under the tests' C locale), a first import adds
    assert source.title in message and "created" in message and " added" in message
    assert " 0 added" not in message
    # the whole report where the import was asked: a box over Home
    box = home.import_report_box
    assert box is not None and box.isVisible()
    assert box.parent() is home and box.text() == message
    box.button(QMessageBox.StandardButton.Ok).click()
    assert not box.isVisible()

    # the same file again changes nothing and says so
    home.import_dialog()
    assert len(api.list_demarches(store)) == 1
    assert "merged" in home.statusBar().currentMessage()


def test_home_import_still_takes_a_workshop_file_and_refuses_nonsense(
    home: HomeWindow, store: api.Store, other: api.Store, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from coopatelier.exchange import export_workshop_file

    workshop_id = api.list_demarches(other)[0].workshop_ids[0]
    target = tmp_path / "atelier.json"
    export_workshop_file(other, workshop_id, target)
    choose(monkeypatch, target)
    home.import_dialog()
    assert api.load_workshop(store, workshop_id).workshop.id == workshop_id
    assert not home.banner.isVisible()
    box = home.import_report_box  # a workshop file's report too, whole
    assert box is not None and box.isVisible() and "created" in box.text()
    assert box.text() == home.statusBar().currentMessage()
    box.close()

    odd = tmp_path / "autre.json"
    odd.write_text('{"format": "autre-chose", "version": 1}', encoding="utf-8")
    choose(monkeypatch, odd)
    home.import_dialog()
    assert home.banner.isVisible()
    assert "autre.json" in home.banner.message.text()


def test_demarche_window_menu_merges_its_file_and_refuses_another(
    qtbot: object, store: api.Store, settings: Settings, other: api.Store, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from coopatelier.exchange.demarche_file import import_demarche_file

    source = api.list_demarches(other)[0]
    import_demarche_file(store, demarche_file(other, tmp_path, "first.json"))
    # the other laptop records a decision afterwards
    api.add_decision(other, source.id, text="Réunion trimestrielle à la Métropole")
    window = DemarcheWindow(store, source.id, settings)
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    window.show()
    assert "Réunion trimestrielle" not in decisions_text(window)
    menu = window.menuBar().actions()[0].menu()
    assert isinstance(menu, QMenu) and window.import_action in menu.actions()

    choose(monkeypatch, demarche_file(other, tmp_path, "second.json"))
    window.import_action.trigger()
    assert not window.banner.isVisible()
    assert "Réunion trimestrielle" in decisions_text(window)
    assert "merged" in window.statusBar().currentMessage()
    # the whole report in the démarche window, where the import was asked
    box = window.import_report_box
    assert box is not None and box.isVisible() and box.parent() is window
    assert box.text() == window.statusBar().currentMessage()
    assert box.text().endswith(".") and "Réunion" not in box.text()  # a sentence, whole
    box.close()

    # a file of another démarche: one sentence naming it, nothing written
    stranger = api.create_demarche(other, title="Lab des possibles").new_id
    before = api.list_demarches(store)
    stranger_file = export_demarche_file(other, stranger, tmp_path / "lab.json")
    choose(monkeypatch, stranger_file)
    window.import_action.trigger()
    assert window.banner.isVisible()
    text = window.banner.message.text()
    assert "lab.json" in text and "Lab des possibles" in text and "another démarche" in text
    assert api.list_demarches(store) == before
    window.close()


def decisions_text(window: DemarcheWindow) -> str:
    decisions = window.governance.decisions
    return "\n".join(decisions.item(row).text() for row in range(decisions.count()))


# --- another process's change reaches the open windows ----------------------------------


@pytest.fixture
def made(store: api.Store) -> DemoMade:
    return create_demo(store, language="en")


@pytest.fixture
def second(store: api.Store) -> Iterator[api.Store]:
    """A second Store on the same file: what `coopatelier demarche import` opens."""
    with api.open_store(data_dir=store.data_dir.root) as opened:
        yield opened


def test_a_change_by_another_process_reaches_the_open_demarche_window(
    qtbot: object, store: api.Store, settings: Settings, made: DemoMade, second: api.Store
) -> None:
    assert made.demarche_id is not None
    window = DemarcheWindow(store, made.demarche_id, settings)
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    window.show()
    governance = window.governance
    old_place = governance.meeting_place.text()
    assert governance.rhythm.text() and old_place

    api.update_demarche(second, made.demarche_id, rhythm="Tous les deux mois")
    api.add_decision(second, made.demarche_id, text="Une décision prise ailleurs")
    qtbot.waitUntil(  # type: ignore[attr-defined]
        lambda: governance.rhythm.text() == "Tous les deux mois", timeout=8000
    )
    assert "Une décision prise ailleurs" in decisions_text(window)
    assert governance.meeting_place.text() == old_place

    # an edit starts from the new values: saving the place leaves the rhythm as it is now
    governance.meeting_place.setText("Aubagne")
    governance.save_button.click()
    demarche = api.load_demarche(store, made.demarche_id).demarche
    assert (demarche.rhythm, demarche.next_meeting_place) == ("Tous les deux mois", "Aubagne")
    window.undo_action.trigger()
    demarche = api.load_demarche(store, made.demarche_id).demarche
    assert (demarche.rhythm, demarche.next_meeting_place) == ("Tous les deux mois", old_place)
    window.session.undo_stack.clear()
    window.close()


def test_a_stale_frame_never_writes_old_values_back(
    qtbot: object, store: api.Store, settings: Settings, made: DemoMade, second: api.Store
) -> None:
    """Even before the window has heard of another process's change, Save writes only the
    field the user edited."""
    assert made.demarche_id is not None
    window = DemarcheWindow(store, made.demarche_id, settings)
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    window.show()
    window.session.hub.blockSignals(True)  # the window never hears of the change
    api.update_demarche(second, made.demarche_id, rhythm="Tous les deux mois",
                        next_meeting_place="Martigues")
    window.governance.roles.setText("pilote, relais, financeur")
    window.governance.save_button.click()
    demarche = api.load_demarche(store, made.demarche_id).demarche
    assert demarche.rhythm == "Tous les deux mois"
    assert demarche.next_meeting_place == "Martigues"
    assert demarche.collective_roles == ("pilote", "relais", "financeur")
    window.session.hub.blockSignals(False)
    window.session.undo_stack.clear()
    window.close()


def test_the_review_phase_hears_another_process(
    qtbot: object, open_window: object, store: api.Store, made: DemoMade, second: api.Store
) -> None:
    assert made.checkpoint_id is not None and made.demarche_id is not None
    win = open_window(made.checkpoint_id)  # type: ignore[operator]
    phase = next(p for p in api.load_workshop(store, made.checkpoint_id).phases
                 if p.demarche_focus == "review")
    win.show_phase(phase.id)
    view = win.current_view()
    assert isinstance(view, ReviewView)
    table = view.table

    def text(row: int, column: int) -> str:
        item = table.item(row, column)
        assert item is not None
        return item.text()

    row = next(r for r in range(table.rowCount()) if text(r, 2) != "Done")
    item = table.item(row, 0)
    assert item is not None
    action_id = item.data(Qt.ItemDataRole.UserRole)
    api.change_status(second, action_id, "realisee", note="Fait")
    qtbot.waitUntil(lambda: any(  # type: ignore[attr-defined]
        table.item(r, 0).data(Qt.ItemDataRole.UserRole) == action_id  # type: ignore[union-attr]
        and text(r, 2) == "Done" for r in range(table.rowCount())
    ), timeout=8000)
