"""The home window: create from every template, open, duplicate, delete with undo, import,
export."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from coopatelier import api
from coopatelier.settings import Settings
from coopatelier.templates.loader import fill_in
from coopatelier.ui.home import HomeWindow
from tests.gui.conftest import type_text


@pytest.fixture
def home(qtbot: object, store: api.Store, settings: Settings) -> HomeWindow:
    window = HomeWindow(store, settings)
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    window.show()
    return window


def builtin_keys(store: api.Store) -> list[str]:
    return [t.key for t in api.templates(store)]


def test_builtin_templates_are_offered(home: HomeWindow, store: api.Store) -> None:
    keys = builtin_keys(store)
    for key in (
        "alimentation-durable-qpv-2030", "futurs-souhaitables-2030",
        "feuille-de-route-cooperation", "desirable-futures-2030",
        "alimentation-durable-qpv-2030-en",
    ):
        assert key in keys
    dialog = home.new_workshop()
    assert dialog.template.count() == len(keys)
    assert dialog.title.text() == dialog.chosen_template().title  # suggested: Create is ready
    assert dialog.ok_button.isEnabled()
    dialog.reject()


@pytest.mark.parametrize(("language", "key"), [("en", "alimentation-durable-qpv-2030-en"),
                                               ("fr", "alimentation-durable-qpv-2030")])
def test_a_template_in_the_interface_language_is_preselected(
    home: HomeWindow, settings: Settings, language: str, key: str
) -> None:
    settings.set("language", language)
    dialog = home.new_workshop()
    assert dialog.chosen_template().key == key
    assert dialog.title.text() == dialog.chosen_template().title
    dialog.reject()


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_templates_in_the_interface_language_are_listed_first(
    home: HomeWindow, store: api.Store, settings: Settings, language: str
) -> None:
    settings.set("language", language)
    dialog = home.new_workshop()
    by_key = {t.key: t for t in api.templates(store)}
    listed = [by_key[dialog.template.itemData(i)].language.split("-")[0]
              for i in range(dialog.template.count())]
    mine = listed.count(language)
    assert 0 < mine < len(listed)
    assert listed[:mine] == [language] * mine
    dialog.reject()


@pytest.mark.parametrize(
    "key",
    [
        "alimentation-durable-qpv-2030",
        "futurs-souhaitables-2030",
        "feuille-de-route-cooperation",
        "desirable-futures-2030",
        "alimentation-durable-qpv-2030-en",
    ],
)
def test_create_a_workshop_from_each_template(
    home: HomeWindow, store: api.Store, key: str
) -> None:
    opened: list[uuid.UUID] = []
    home.open_requested.connect(opened.append)
    dialog = home.new_workshop()
    dialog.template.setCurrentIndex(dialog.template.findData(key))
    dialog.title.clear()
    type_text(dialog.title, "Atelier « Bien manger » à Martigues 🍅")
    dialog.place.setText("Martigues")
    dialog.people.setPlainText(
        "Nom\tOrganisation\tRôle\tTable\n"
        "Awa Diallo\tCCAS de Martigues\tcheffe de projet\tTable 1\n"
        "Léo Brun\tÉpicerie solidaire\tbénévole\tTable 2\n"
    )
    assert dialog.ok_button.isEnabled()
    dialog.ok_button.click()
    assert len(opened) == 1
    data = api.load_workshop(store, opened[0])
    template = api.find_template(key, store=store)
    assert data.workshop.title == "Atelier « Bien manger » à Martigues 🍅"
    assert data.workshop.place == "Martigues"
    horizon, year = data.workshop.horizon_year, data.workshop.date.year
    assert [p.title for p in data.phases] == [
        fill_in(p.title, horizon_year=horizon, year=year) for p in template.phases
    ]
    assert sorted(p.name for p in data.participants) == ["Awa Diallo", "Léo Brun"]
    assert home.selected_id() == opened[0]


def test_duplicate_then_delete_with_undo(
    home: HomeWindow, store: api.Store, workshop: api.WorkshopData
) -> None:
    home.refresh(select=workshop.workshop.id)
    home.duplicate_selected()
    assert home.model.rowCount() == 2
    copy = home.selected_id()
    assert copy is not None and copy != workshop.workshop.id
    home.refresh(select=workshop.workshop.id)
    before = api.load_workshop(store, workshop.workshop.id)
    box = home.delete_selected()
    assert box is not None
    box.button(QMessageBox.StandardButton.Yes).click()
    assert [s.id for s in api.list_workshops(store)] == [copy]
    assert home.banner.isVisible() and home.banner.retry_button.text().replace("&", "")
    home.banner.retry_button.click()  # "Undo"
    after = api.load_workshop(store, workshop.workshop.id)
    assert after.workshop == before.workshop
    assert after.cards == before.cards
    assert after.phases == before.phases
    assert home.model.rowCount() == 2


def test_delete_can_be_cancelled(
    home: HomeWindow, store: api.Store, workshop: api.WorkshopData
) -> None:
    home.refresh(select=workshop.workshop.id)
    box = home.delete_selected()
    assert box is not None
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert len(api.list_workshops(store)) == 1


@pytest.mark.parametrize("fmt", ["json", "csv", "md", "pdf"])
def test_export_every_format(
    home: HomeWindow, workshop: api.WorkshopData, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch, fmt: str,
) -> None:
    """Through the home window's Export dialog, which writes with the one export path,
    ``coopatelier.export.export_workshop``."""
    from PySide6.QtWidgets import QFileDialog

    target = tmp_path / f"atelier.{fmt}"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    home.refresh(select=workshop.workshop.id)
    dialog = home.export_dialog()
    dialog.format.setCurrentIndex(dialog.format.findData(fmt))  # type: ignore[attr-defined]
    dialog.open_after.setChecked(False)  # type: ignore[attr-defined]
    dialog.browse.click()  # type: ignore[attr-defined]
    dialog.export_button.click()  # type: ignore[attr-defined]
    written = target.read_bytes()
    if fmt == "pdf":
        assert written.startswith(b"%PDF")
    else:  # the seed card of the template's closing phase
        assert "Confiance" in written.decode("utf-8-sig")
    assert str(target) in home.statusBar().currentMessage()


def test_export_and_import_through_the_file_dialogs(
    home: HomeWindow, store: api.Store, workshop: api.WorkshopData, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from PySide6.QtWidgets import QFileDialog

    target = tmp_path / "atelier.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(target), ""))
    home.refresh(select=workshop.workshop.id)
    dialog = home.export_dialog()
    dialog.format.setCurrentIndex(dialog.format.findData("json"))  # type: ignore[attr-defined]
    dialog.open_after.setChecked(False)  # type: ignore[attr-defined]
    dialog.browse.click()  # type: ignore[attr-defined]
    dialog.export_button.click()  # type: ignore[attr-defined]
    assert target.exists()
    api.delete_workshop(store, workshop.workshop.id)
    home.refresh()
    assert home.model.rowCount() == 0
    home.import_dialog()
    assert home.model.rowCount() == 1
    assert api.load_workshop(store, workshop.workshop.id).workshop.title == workshop.workshop.title


def test_a_bad_file_is_one_sentence_in_the_banner(
    home: HomeWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    bad = tmp_path / "pas-un-atelier.json"
    bad.write_text("{ pas du JSON", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    home.import_dialog()
    assert home.banner.isVisible()
    assert "pas-un-atelier.json" in home.banner.message.text()


def test_a_duplicate_gets_a_distinct_title(
    home: HomeWindow, store: api.Store, workshop: api.WorkshopData
) -> None:
    title = workshop.workshop.title
    home.refresh(select=workshop.workshop.id)
    home.duplicate_selected()
    first = home.selected_id()
    assert first is not None
    assert api.load_workshop(store, first).workshop.title == f"{title} (2)"
    home.duplicate_selected()  # a copy of the copy
    second = home.selected_id()
    assert second is not None
    assert api.load_workshop(store, second).workshop.title == f"{title} (3)"
    # a long title wraps, whole, so its " (3)" stays in sight (test_cut_texts: at laptop
    # widths)
    table = home.table
    assert table.wordWrap()


def test_workshops_of_the_same_title_can_be_told_apart(
    home: HomeWindow, store: api.Store, workshop: api.WorkshopData, mini_template: object
) -> None:
    """The demo made twice: the list shows the place and when each was last changed."""
    from tests.conftest import make_workshop

    make_workshop(store, mini_template)  # type: ignore[arg-type]
    home.refresh()
    model = home.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
               for c in range(model.columnCount())]
    assert "Place" in headers and "Last changed" in headers
    place, changed = headers.index("Place"), headers.index("Last changed")
    assert [model.index(r, place).data() for r in range(2)] == ["Marseille", "Marseille"]
    assert all(model.index(r, changed).data() for r in range(2))
    tips = {model.index(r, changed).data(Qt.ItemDataRole.ToolTipRole) for r in range(2)}
    assert all(tips)


def test_the_focal_question_follows_the_horizon_until_rewritten(
    home: HomeWindow, settings: Settings, store: api.Store
) -> None:
    """The template's ``{horizon}`` shows the chosen horizon in the dialog and in the
    workshop created; a question the user rewrote stays theirs."""
    settings.set("language", "fr")
    dialog = home.new_workshop()
    dialog.template.setCurrentIndex(dialog.template.findData("alimentation-durable-qpv-2030"))
    dialog.date.setDate(QDate(2026, 4, 14))
    assert "d’ici 2030 à une alimentation" in dialog.focal_question.toPlainText()
    dialog.horizon.setFocus()
    dialog.horizon.selectAll()
    QTest.keyClicks(dialog.horizon, "2035")
    assert dialog.horizon.value() == 2035
    question = dialog.focal_question.toPlainText()
    assert "d’ici 2035 à une alimentation" in question and "{horizon}" not in question
    created = api.load_workshop(store, dialog.create_workshop(store))
    assert created.workshop.focal_question == question
    futures = next(p for p in created.phases if p.kind is api.PhaseKind.FUTURES)
    assert futures.title == "Futurs souhaitables 2035"
    dialog.focal_question.setPlainText("Notre question à nous")
    dialog.horizon.setValue(2032)
    assert dialog.focal_question.toPlainText() == "Notre question à nous"
    dialog.reject()


def test_return_in_the_delete_box_cancels(
    qtbot: object, home: HomeWindow, store: api.Store, workshop: api.WorkshopData
) -> None:
    """The safe choice is the default and has the focus: a Return deletes nothing."""
    home.refresh(select=workshop.workshop.id)
    box = home.delete_selected()
    assert box is not None
    cancel = box.button(QMessageBox.StandardButton.Cancel)
    assert box.defaultButton() is cancel
    qtbot.waitUntil(lambda: box.focusWidget() is cancel)  # type: ignore[attr-defined]
    QTest.keyClick(box, Qt.Key.Key_Return)
    assert not box.isVisible()
    assert len(api.list_workshops(store)) == 1


def test_the_territory_is_shown_filled_from_the_template_and_the_one_typed_is_kept(
    home: HomeWindow, settings: Settings, store: api.Store, tmp_path: Path
) -> None:
    """rt7: a Vénissieux workshop printed the template's Marseille territory on its cover;
    the dialog now shows it, follows the template until edited, and stores what is typed."""
    from tests.unit.pdf_helpers import pages_text

    settings.set("language", "fr")
    dialog = home.new_workshop()
    marseille = api.find_template("alimentation-durable-qpv-2030", store=store).territory
    assert "Aix-Marseille" in marseille
    dialog.template.setCurrentIndex(dialog.template.findData("alimentation-durable-qpv-2030"))
    assert dialog.territory.isVisible()
    assert dialog.territory.text() == marseille
    dialog.template.setCurrentIndex(dialog.template.findData("futurs-souhaitables-2030"))
    assert dialog.territory.text() == ""  # that template has none: no Marseille left over
    dialog.template.setCurrentIndex(dialog.template.findData("alimentation-durable-qpv-2030"))
    assert dialog.territory.text() == marseille  # refilled

    dialog.territory.setFocus()
    dialog.territory.selectAll()
    QTest.keyClick(dialog.territory, Qt.Key.Key_Delete)
    type_text(dialog.territory, "Vénissieux, Métropole de Lyon")
    dialog.template.setCurrentIndex(dialog.template.findData("futurs-souhaitables-2030"))
    dialog.template.setCurrentIndex(dialog.template.findData("alimentation-durable-qpv-2030"))
    assert dialog.territory.text() == "Vénissieux, Métropole de Lyon"  # typed: kept

    opened: list[uuid.UUID] = []
    home.open_requested.connect(opened.append)
    dialog.ok_button.click()
    assert len(opened) == 1
    data = api.load_workshop(store, opened[0])
    assert data.workshop.territory == "Vénissieux, Métropole de Lyon"
    pdf = tmp_path / "synthese.pdf"
    api.export_pdf(data, pdf)
    cover = " ".join(pages_text(pdf)[0].split())
    assert "Vénissieux, Métropole de Lyon" in cover
    assert "Marseille" not in cover


def test_a_territory_emptied_in_the_dialog_creates_a_workshop_without_one(
    home: HomeWindow, settings: Settings, store: api.Store
) -> None:
    settings.set("language", "fr")
    dialog = home.new_workshop()
    dialog.template.setCurrentIndex(dialog.template.findData("alimentation-durable-qpv-2030"))
    dialog.territory.clear()
    created = api.load_workshop(store, dialog.create_workshop(store))
    assert created.workshop.territory == ""
    dialog.reject()
