"""The French translation is complete, and the shipped .qm matches the .ts."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from coopatelier import api
from coopatelier.resources import resource

TS = resource("translations", "coopatelier_fr.ts")
QM = resource("translations", "coopatelier_fr.qm")
UI = Path(__file__).resolve().parents[2] / "coopatelier" / "ui"


def _tool(name: str) -> str:
    here = Path(sys.executable).parent / name
    found = str(here) if here.exists() else shutil.which(name)
    if not found:
        pytest.skip(f"{name} is not installed")
    return found


def unfinished(ts: Path) -> list[str]:
    problems: list[str] = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            assert translation is not None
            kind = translation.get("type")
            if kind in ("vanished", "obsolete"):
                continue
            forms = [f.text for f in translation.iter("numerusform")] or [translation.text]
            if kind == "unfinished" or not all(f and f.strip() for f in forms):
                problems.append(f"{name}: {source!r}")
    return problems


def test_every_string_has_a_french_translation() -> None:
    assert unfinished(TS) == []


def test_no_source_string_is_missing_from_the_ts(tmp_path: Path) -> None:
    """lupdate over today's sources finds nothing the .ts lacks."""
    copy = tmp_path / "coopatelier_fr.ts"
    shutil.copy(TS, copy)
    sources = sorted(str(p) for p in UI.rglob("*.py"))
    subprocess.run(
        [_tool("pyside6-lupdate"), *sources, "-ts", str(copy), "-no-obsolete"],
        check=True, capture_output=True,
    )
    assert unfinished(copy) == []


def test_the_qm_is_compiled_from_the_ts(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.qm"
    subprocess.run(
        [_tool("pyside6-lrelease"), str(TS), "-qm", str(fresh)], check=True, capture_output=True
    )
    assert fresh.read_bytes() == QM.read_bytes(), "run pyside6-lrelease on the .ts"


@pytest.fixture
def interface_in(qapp: object) -> Iterator[Callable[[str], None]]:
    """Switch the interface's language as ``run_gui`` does; put everything back after."""
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QApplication

    from coopatelier.ui.app import install_translations

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = QLocale()
    installed = []

    def switch(language: str) -> None:
        installed.extend(install_translations(app, language))

    yield switch
    for translator in installed:
        app.removeTranslator(translator)
    QLocale.setDefault(before)


def test_a_storage_error_naming_its_file_reads_in_french(
    interface_in: Callable[[str], None], tmp_path: Path
) -> None:
    """The damaged-database sentence names the file; all of it is in French, path intact."""
    from coopatelier.ui.messages import user_message

    folder = tmp_path / "atelier #2"
    folder.mkdir()
    junk = folder / "coopatelier.sqlite3"
    junk.write_bytes(b"not a database, only words" * 100)
    with pytest.raises(api.StorageError) as caught:
        api.open_store(junk, tmp_path / "data")
    interface_in("fr")
    french = user_message(caught.value)
    assert french.startswith(f"{junk} n’est pas une base CoopAtelier ")
    assert "restaurez une sauvegarde" in french and "database" not in french
    assert str(caught.value).startswith(f"{junk} is not a CoopAtelier database")


def test_french_punctuation_never_starts_a_line() -> None:
    """A plain space before « : ; ! ? » lets the sign wrap alone onto the next line."""
    offending = []
    for translation in ET.parse(TS).getroot().iter("translation"):
        for text in [translation.text, *(f.text for f in translation.iter("numerusform"))]:
            if text and re.search(r" [:;!?»](\s|$)|« ", text):
                offending.append(text)
    assert offending == []


def test_every_plural_goes_through_self_tr_so_lupdate_sees_it() -> None:
    """``QCoreApplication.translate(ctx, "%n card(s)", "", n)`` is extracted without its
    plural forms, or not at all, by pyside6-lupdate: "4 card(s)" would show in French."""
    offending = []
    for path in sorted(UI.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "translate"
                and len(node.args) >= 2
                and isinstance(node.args[1], ast.Constant)
                and "%n" in str(node.args[1].value)
            ):
                offending.append(f"{path.name}:{node.lineno}")
    assert offending == []


def test_plural_strings_are_plurals_in_the_ts() -> None:
    sources = {
        message.findtext("source"): message.get("numerus")
        for message in ET.parse(TS).getroot().iter("message")
    }
    assert sources.get("Delete %n card(s)") == "yes"
    assert all(numerus == "yes" for source, numerus in sources.items() if "%n" in str(source))


EN_TS = resource("translations", "coopatelier_en.ts")


def test_english_has_every_plural_with_its_two_forms() -> None:
    """Without coopatelier_en.qm the English interface says "4 card(s)"."""
    french = {
        (context.findtext("name"), message.findtext("source"))
        for context in ET.parse(TS).getroot().iter("context")
        for message in context.iter("message")
        if message.get("numerus") == "yes"
    }
    english: dict[tuple[str | None, str | None], list[str | None]] = {
        (context.findtext("name"), message.findtext("source")): [
            form.text for form in message.iter("numerusform")
        ]
        for context in ET.parse(EN_TS).getroot().iter("context")
        for message in context.iter("message")
    }
    assert french and french <= set(english)
    for (_context, source), forms in english.items():
        assert source is not None and forms == [
            source.replace("(s)", ""),
            source.replace("(s)", "s"),
        ]
    assert unfinished(EN_TS) == []


def test_the_english_qm_is_compiled_from_its_ts(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.qm"
    subprocess.run(
        [_tool("pyside6-lrelease"), str(EN_TS), "-qm", str(fresh)],
        check=True,
        capture_output=True,
    )
    qm = resource("translations", "coopatelier_en.qm")
    assert fresh.read_bytes() == qm.read_bytes(), "run scripts/update_translations.py"


@pytest.mark.parametrize(
    ("language", "one", "four"),
    [("en", "Delete 1 card", "Delete 4 cards"), ("fr", "Supprimer 1 carte", "Supprimer 4 cartes")],
)
def test_counts_read_naturally_in_both_languages(
    interface_in: Callable[[str], None], language: str, one: str, four: str
) -> None:
    from coopatelier.ui.card_ops import CardOps

    interface_in(language)
    assert (CardOps().delete_text(1), CardOps().delete_text(4)) == (one, four)


def test_the_about_box_describes_libraries_in_french(
    interface_in: Callable[[str], None],
) -> None:
    from coopatelier.ui.help import library_licences

    interface_in("fr")
    names = [licence.name for licence in library_licences()]
    assert "Pillow (utilisé par ReportLab)" in names
    assert not any("used by" in name for name in names)


def test_an_export_that_cannot_be_written_reads_in_french(
    interface_in: Callable[[str], None], tmp_path: Path
) -> None:
    """The folder is named as it is; the system's reason (permission) is in French too."""
    import errno

    from coopatelier.errors import ExportError, os_reason
    from coopatelier.exchange._common import write_atomically
    from coopatelier.ui.messages import user_message

    target = tmp_path / "clé" / "a.pdf"
    with pytest.raises(ExportError) as caught:
        write_atomically(target, b"%PDF")
    interface_in("fr")
    assert user_message(caught.value) == (
        f"Impossible d’écrire {target}\u00a0: le dossier {target.parent} n’existe pas."
    )
    denied = ExportError(
        "cannot_write", path="/x/a.pdf",
        **os_reason(PermissionError(errno.EACCES, "Permission denied")),
    )
    assert user_message(denied) == "Impossible d’écrire /x/a.pdf\u00a0: permission refusée."
    assert str(denied) == "Cannot write /x/a.pdf: Permission denied."


def test_one_inclusive_spelling_per_word() -> None:
    """« Auteur·e » in one place and « Auteur·rice » in another read as two words."""
    spellings: dict[str, set[str]] = {}
    for message in ET.parse(TS).getroot().iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("vanished", "obsolete"):
            continue
        texts = [f.text for f in translation.iter("numerusform")] or [translation.text]
        for text in texts:
            for stem, ending in re.findall(r"(\w+)·(\w+)", (text or "").replace("&", "")):
                spellings.setdefault(stem.lower(), set()).add(ending)
    assert {stem: ends for stem, ends in spellings.items() if len(ends) > 1} == {}
    assert spellings["auteur"] == {"rice"}
