"""File → Export…: format, options, remembered choices, the system viewer."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl

from coopatelier import api
from coopatelier.settings import Settings
from coopatelier.ui.export_dialog import ExportDialog, safe_file_name
from coopatelier.ui.workshop_window import WorkshopWindow
from tests.unit.pdf_helpers import all_text


@pytest.fixture
def opened_urls() -> list[QUrl]:
    return []


def _dialog(
    qtbot: object,
    store: api.Store,
    workshop_id: uuid.UUID,
    settings: Settings,
    opened: list[QUrl],
) -> ExportDialog:
    dialog = ExportDialog(store, workshop_id, settings, open_url=opened.append)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    return dialog


def test_pdf_with_the_chosen_options_then_opened_in_the_viewer(
    qtbot: object,
    open_window: Callable[[uuid.UUID], WorkshopWindow],
    store: api.Store,
    workshop: api.WorkshopData,
    tmp_path: Path,
    opened_urls: list[QUrl],
) -> None:
    window = open_window(workshop.workshop.id)
    window.export_action.trigger()
    dialog = window.export_dialog
    assert isinstance(dialog, ExportDialog) and dialog.isVisible()
    dialog.open_url = opened_urls.append
    assert dialog.chosen_format() == "pdf"
    assert not dialog.anonymised.isChecked()  # the workshop is not anonymous
    dialog.anonymised.setChecked(True)
    dialog.annex.setChecked(False)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.path.setText(str(tmp_path / "synthesis"))  # the suffix is added
    dialog.export_button.click()
    target = tmp_path / "synthesis.pdf"
    assert target.exists() and not dialog.isVisible()
    text = all_text(target)
    assert "Awa Diallo" not in text and "Louis Martin" not in text
    assert "PAT" in text  # organisations still appear
    assert "Key figures" in text and "Chiffres clés" not in text
    assert "Annex" not in text
    assert opened_urls == [QUrl.fromLocalFile(str(target))]
    assert str(target) in window.statusBar().currentMessage()


def test_choices_are_remembered_for_the_next_export(
    qtbot: object,
    store: api.Store,
    workshop: api.WorkshopData,
    settings: Settings,
    tmp_path: Path,
    opened_urls: list[QUrl],
) -> None:
    wid = workshop.workshop.id
    first = _dialog(qtbot, store, wid, settings, opened_urls)
    first.format.setCurrentIndex(first.format.findData("md"))
    assert first.path.text().endswith(".md")
    first.language.setCurrentIndex(first.language.findData("en"))
    first.annex.setChecked(False)
    first.open_after.setChecked(False)
    first.path.setText(str(tmp_path / "notes.md"))
    assert first.export() == tmp_path / "notes.md"
    assert opened_urls == []  # not asked to open it
    again = _dialog(qtbot, store, wid, Settings(settings.path), opened_urls)
    assert again.chosen_format() == "md"
    assert again.language.currentData() == "fr"  # the workshop's, not the last export's
    assert not again.annex.isChecked() and not again.open_after.isChecked()
    assert Path(again.path.text()).parent == tmp_path
    assert not again.annex.isVisible()  # PDF-only options are hidden for Markdown


def test_anonymised_by_default_for_an_anonymous_workshop(
    qtbot: object,
    store: api.Store,
    workshop: api.WorkshopData,
    settings: Settings,
    tmp_path: Path,
    opened_urls: list[QUrl],
) -> None:
    api.update_workshop(store, workshop.workshop.id, anonymous=True)
    dialog = _dialog(qtbot, store, workshop.workshop.id, settings, opened_urls)
    assert dialog.anonymised.isChecked()
    dialog.format.setCurrentIndex(dialog.format.findData("csv"))
    dialog.path.setText(str(tmp_path / "cartes.csv"))
    dialog.export()
    # an anonymous workshop does not make the next, named workshop anonymous
    assert settings.get("export_defaults")["anonymised"] is False


def test_language_defaults_to_the_workshops_language(
    qtbot: object,
    store: api.Store,
    workshop: api.WorkshopData,
    settings: Settings,
    opened_urls: list[QUrl],
) -> None:
    """Whatever the interface's language, a French workshop gets French headings and an
    English one English headings; the choice stays open for one export."""
    for interface in ("en", "fr"):
        settings.set("language", interface)
        for language in ("fr", "en"):
            api.update_workshop(store, workshop.workshop.id, language=language)
            dialog = _dialog(qtbot, store, workshop.workshop.id, settings, opened_urls)
            assert dialog.language.currentData() == language


def test_a_failed_export_is_one_sentence_and_writes_nothing(
    qtbot: object,
    store: api.Store,
    workshop: api.WorkshopData,
    settings: Settings,
    tmp_path: Path,
    opened_urls: list[QUrl],
) -> None:
    dialog = _dialog(qtbot, store, workshop.workshop.id, settings, opened_urls)
    dialog.show()
    missing = tmp_path / "absent" / "synthese.pdf"
    dialog.path.setText(str(missing))
    assert dialog.export() is None
    assert dialog.error.isVisible() and "absent" in dialog.error.text()
    assert dialog.isVisible() and opened_urls == []
    assert not missing.parent.exists()
    assert settings.get("export_defaults") == {}  # a failure remembers nothing


def test_the_file_chooser_sets_the_path_with_the_format_suffix(
    qtbot: object,
    store: api.Store,
    workshop: api.WorkshopData,
    settings: Settings,
    tmp_path: Path,
) -> None:
    asked: list[str] = []

    def chooser(_parent: object, _title: str, start: str, file_filter: str) -> str:
        asked.append(file_filter)
        return str(tmp_path / "choisi")

    dialog = ExportDialog(
        store, workshop.workshop.id, settings, open_url=lambda _u: None, choose_path=chooser
    )
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    dialog.format.setCurrentIndex(dialog.format.findData("json"))
    dialog.browse.click()
    assert asked and "*.json" in asked[0]
    assert dialog.path.text() == str(tmp_path / "choisi.json")
    dialog.export()
    assert (tmp_path / "choisi.json").exists()


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (
            "Alimentation durable pour toutes et tous — QPV 2030 (démo)",
            "Alimentation durable pour toutes et tous - QPV 2030 - démo",
        ),
        ("Atelier « Bien manger » à Martigues 🍅", "Atelier - Bien manger - à Martigues"),
        ("Bien-être : l’atelier d’Éric/2030?", "Bien-être - l’atelier d’Éric - 2030"),
        ("<>:*?|", "atelier"),
    ],
)
def test_the_suggested_file_name_reads_like_the_title(title: str, expected: str) -> None:
    assert safe_file_name(title) == expected
