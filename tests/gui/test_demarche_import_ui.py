"""Importing a démarche file from the app: Home → Import… tells a démarche file from a
workshop file by its ``format`` and merges it like ``coopatelier demarche import``; the
démarche window's *Import a démarche file…* merges a file of that démarche and refuses
another's; an open démarche window hears a change made by another process."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from coopatelier import api
from coopatelier.demo import create_demo
from coopatelier.exchange.demarche_file import export_demarche_file
from coopatelier.settings import Settings
from coopatelier.ui.demarche_window import DemarcheWindow
from coopatelier.ui.home import HomeWindow


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
    menu_texts = [a.text() for a in window.menuBar().actions()[0].menu().actions()]
    assert any("Import a démarche file" in t for t in menu_texts)

    choose(monkeypatch, demarche_file(other, tmp_path, "second.json"))
    window.import_action.trigger()
    assert not window.banner.isVisible()
    assert "Réunion trimestrielle" in decisions_text(window)
    assert "merged" in window.statusBar().currentMessage()

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
