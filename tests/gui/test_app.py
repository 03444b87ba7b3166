"""Starting the application: first start with the demo, reopening the last workshop,
a database that cannot be opened, languages and settings."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from coopatelier import api
from coopatelier.settings import Settings
from coopatelier.ui import app as app_module
from coopatelier.ui.app import Controller, choose_language, run_gui
from coopatelier.ui.home import HomeWindow
from coopatelier.ui.workshop_window import WorkshopWindow


def test_first_start_opens_the_demo_then_the_last_workshop(
    qtbot: object, store: api.Store, settings: Settings
) -> None:
    settings.set("language", "fr")  # the French demo (its language: the test below)
    controller = Controller(store, settings)
    first = controller.start()
    qtbot.addWidget(first)  # type: ignore[attr-defined]
    assert isinstance(first, WorkshopWindow)
    assert "démo" in first.session.data().workshop.title
    demo_id = first.session.workshop_id
    first.close()
    assert settings.last_workshop() == demo_id
    again = Controller(store, Settings(settings.path)).start()
    qtbot.addWidget(again)  # type: ignore[attr-defined]
    assert isinstance(again, WorkshopWindow)
    assert again.session.workshop_id == demo_id
    assert len(api.list_workshops(store)) == 2  # no second demo: April and September
    assert len(api.list_demarches(store)) == 1
    again.close()


@pytest.mark.parametrize(("language", "title", "template"), [
    ("en", "Sustainable food for all — QPV 2030 (demo)", "alimentation-durable-qpv-2030-en"),
    ("fr", "Alimentation durable pour toutes et tous — QPV 2030 (démo)",
     "alimentation-durable-qpv-2030"),
])
def test_the_first_demo_speaks_the_interface_language(
    qtbot: object, store: api.Store, settings: Settings, language: str, title: str,
    template: str,
) -> None:
    settings.set("language", language)
    window = Controller(store, settings).start()
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    assert isinstance(window, WorkshopWindow)
    workshop = window.session.data().workshop
    assert (workshop.title, workshop.template_key, workshop.language) == (
        title, template, language)
    window.close()


def test_home_opens_when_the_last_workshop_is_gone(
    qtbot: object, store: api.Store, settings: Settings, workshop: api.WorkshopData
) -> None:
    controller = Controller(store, settings)
    window = controller.start()
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    assert window is controller.home
    opened = controller.open_workshop(workshop.workshop.id)
    qtbot.addWidget(opened)  # type: ignore[attr-defined]
    assert not controller.home.isVisible()
    opened.home_action.trigger()
    assert controller.home.isVisible()
    opened.close()


def _first_of_two_opened_from_home(
    qtbot: object, store: api.Store, settings: Settings, first_id: uuid.UUID,
) -> tuple[Controller, HomeWindow, WorkshopWindow, uuid.UUID]:
    """A copy of the workshop made, Home shown and the workshop opened from it by a
    double-click: the controller, Home, the workshop's window and the copy's id."""
    second_id = api.duplicate_workshop(store, first_id).new_id
    controller = Controller(store, settings)
    home = controller.show_home()
    qtbot.addWidget(home)  # type: ignore[attr-defined]
    _double_click_in_home(home, first_id)
    return controller, home, controller.windows[first_id], second_id


def _double_click_in_home(home: object, workshop_id: object) -> None:
    """A press, then a double-click on the workshop's line of Home's tree, as a hand does."""
    from coopatelier.ui.home import HomeWindow

    assert isinstance(home, HomeWindow)
    item = home.workshop_item(workshop_id)  # type: ignore[arg-type]
    assert item is not None
    home.tree.scrollToItem(item)
    point = home.tree.visualItemRect(item).center()
    viewport = home.tree.viewport()
    QTest.mouseClick(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
    QTest.mouseDClick(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                      point)


def test_opening_another_workshop_from_home_takes_the_open_ones_place(
    qtbot: object, store: api.Store, settings: Settings, workshop: api.WorkshopData
) -> None:
    """One workshop window and one room view: the workshop opened from Home replaces the
    one open (its window and room view close, what was typed is kept), the room shown
    goes on showing — the workshop opened —, and opening the open one brings it forward."""
    from PySide6.QtWidgets import QApplication

    from coopatelier.domain.model import PhaseKind
    from coopatelier.ui.projector import ProjectorWindow
    from tests.conftest import phase_of

    first_id = workshop.workshop.id
    controller, home, first, second_id = _first_of_two_opened_from_home(
        qtbot, store, settings, first_id)
    assert first.isVisible() and not home.isVisible()
    drivers = phase_of(workshop, PhaseKind.DRIVERS).id
    first.go_to_phase(drivers)
    first.capture.edit.setPlainText("Noté juste avant de changer d'atelier")
    QTest.keyClick(first.capture.edit, Qt.Key.Key_Return)
    first.presentation.start()
    assert first.presenting

    def rooms() -> list[ProjectorWindow]:
        return [w for w in QApplication.topLevelWidgets()
                if isinstance(w, ProjectorWindow) and w.isVisible()]

    assert [r.view.session.workshop_id for r in rooms()] == [first_id]
    first.home_action.trigger()
    assert home.isVisible()
    _double_click_in_home(home, second_id)
    second = controller.windows[second_id]
    qtbot.addWidget(second)  # type: ignore[attr-defined]
    assert list(controller.windows) == [second_id]
    assert not first.isVisible()
    assert second.isVisible() and not home.isVisible()
    assert settings.last_workshop() == second_id
    # the room went on being shown, with the workshop now open
    assert second.presenting
    assert [r.view.session.workshop_id for r in rooms()] == [second_id]
    assert "Noté juste avant de changer d'atelier" in {
        c.text for c in api.load_workshop(store, first_id).cards}
    # the same workshop again: its window comes forward, nothing is rebuilt
    second.presentation.stop()
    second.home_action.trigger()
    _double_click_in_home(home, second_id)
    assert controller.windows == {second_id: second} and second.isVisible()
    assert not rooms()
    second.close()


def test_an_unusable_database_is_one_sentence_and_left_untouched(
    app_as_found: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from coopatelier.ui import db_problems

    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "critical", lambda _parent, _title, text, *a, **k: shown.append(text)
    )

    def quit_at_once(dialog: db_problems.ChoiceDialog) -> str:
        shown.append(dialog.message.text())
        dialog.deleteLater()
        return "quit"

    monkeypatch.setattr(db_problems, "run_dialog", quit_at_once)
    # the system's language would stay installed for the tests that follow
    monkeypatch.setattr(app_module, "install_translations", lambda _app, _language: [])
    not_a_db = tmp_path / "notes.sqlite3"
    not_a_db.write_bytes(b"Ceci n'est pas une base.\n")
    code = run_gui(["coopatelier"], database=str(not_a_db), data_dir=str(tmp_path / "data"))
    assert code == 1
    assert len(shown) == 1 and "notes.sqlite3" in shown[0]
    assert not_a_db.read_bytes() == b"Ceci n'est pas une base.\n"


def test_language_follows_the_system_unless_chosen() -> None:
    french = QLocale(QLocale.Language.French, QLocale.Country.France)
    english = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    assert choose_language("", french) == "fr"
    assert choose_language("", english) == "en"
    assert choose_language("en", french) == "en"
    assert choose_language("fr", english) == "fr"


def test_french_translation_loads(qapp: object) -> None:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    instance = QApplication.instance()
    assert isinstance(instance, QApplication)
    installed = app_module.install_translations(instance, "fr")
    try:
        assert len(installed) == 2  # ours and Qt's own
        assert QCoreApplication.translate("CaptureBar", "Capture") == "Saisir"
    finally:
        for translator in installed:
            instance.removeTranslator(translator)
        QLocale.setDefault(QLocale(QLocale.Language.English))


def test_qt_file_dialog_reads_entirely_in_french(qapp: object) -> None:
    """Qt 6's "&Look in:" and "Files of &type:" are missing from qtbase_fr.qm."""
    from PySide6.QtWidgets import QApplication, QFileDialog, QLabel

    instance = QApplication.instance()
    assert isinstance(instance, QApplication)
    installed = app_module.install_translations(instance, "fr")
    dialog = QFileDialog(None, "Exporter", str(Path.home()), "*.pdf")
    try:
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        labels = {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}
        assert labels["lookInLabel"] == "&Voir dans\u00a0:"
        assert labels["fileTypeLabel"] == "Fichiers de &type\u00a0:"
        assert labels["fileNameLabel"] == "&Nom de fichier\u00a0:"
    finally:
        dialog.deleteLater()
        for translator in installed:
            instance.removeTranslator(translator)
        QLocale.setDefault(QLocale(QLocale.Language.English))


def test_settings_keep_preferences_and_state_apart(tmp_path: Path) -> None:
    import uuid

    path = tmp_path / "settings.json"
    settings = Settings(path)
    assert settings.get("language") == ""
    settings.set("language", "fr")
    workshop, phase, card = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    settings.remember_workshop(workshop, phase, {phase: [card]})
    again = Settings(path)
    assert again.get("language") == "fr"
    assert again.last_workshop() == workshop
    assert again.last_phase(workshop) == phase
    assert again.selection(workshop, phase) == [card]
    raw = json.loads(path.read_text(encoding="utf-8"))
    assert raw["version"] == 1
    with pytest.raises(TypeError):
        settings.set("language", 3)
    again.forget_workshop(workshop)
    assert Settings(path).last_workshop() is None


def test_damaged_settings_fall_back_to_defaults(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text("{ cassé", encoding="utf-8")
    assert Settings(path).get("default_table") == ""


def test_table_and_author_stay_with_their_workshop(
    qtbot: object, store: api.Store, settings: Settings, workshop: api.WorkshopData
) -> None:
    """The table and author typed on one workshop's capture line are not offered to
    another workshop opened from Home (its participants are others), and they come back
    when the first one opens again."""
    first_id = workshop.workshop.id
    controller, home, first, second_id = _first_of_two_opened_from_home(
        qtbot, store, settings, first_id)
    for field, text in ((first.capture.table, "Table 12"), (first.capture.author, "Jean")):
        field.setFocus()
        field.selectAll()
        QTest.keyClicks(field, text)
        QTest.keyClick(field, Qt.Key.Key_Return)  # editing finished
    first.home_action.trigger()
    _double_click_in_home(home, second_id)
    second = controller.windows[second_id]
    qtbot.addWidget(second)  # type: ignore[attr-defined]
    assert (second.capture.table.text(), second.capture.author.text()) == ("", "")
    assert (settings.get("default_table"), settings.get("default_author")) == ("", "")
    second.home_action.trigger()
    _double_click_in_home(home, first_id)
    again = controller.windows[first_id]
    qtbot.addWidget(again)  # type: ignore[attr-defined]
    assert (again.capture.table.text(), again.capture.author.text()) == ("Table 12", "Jean")
    again.close()
