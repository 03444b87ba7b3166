"""The Help menu: About, the keyboard shortcuts sheet, the user guide, the first-start tour."""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QKeySequence

from coopatelier import __version__, api
from coopatelier.resources import resource, user_guide
from coopatelier.settings import Settings
from coopatelier.ui.help import (
    AboutDialog,
    GuidedTour,
    ShortcutsDialog,
    UserGuideDialog,
    app_icon,
    font_licences,
    maybe_show_tour,
    shortcut_rows,
    typeable,
)
from coopatelier.ui.workshop_window import WorkshopWindow

Opener = Callable[[uuid.UUID], WorkshopWindow]


@pytest.fixture
def french_locale() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    yield
    QLocale.setDefault(before)


def test_the_icon_is_a_drawable_svg(qapp: object) -> None:
    assert resource("icons", "coopatelier.svg").is_file()
    assert not app_icon().pixmap(32, 32).isNull()


def test_about_shows_the_version_and_the_licences(
    open_window: Opener, workshop: api.WorkshopData
) -> None:
    window = open_window(workshop.workshop.id)
    about = window.help_menu.about_action
    assert about.text().replace("&", "") == "About CoopAtelier"
    about.trigger()
    dialog = window.help_menu.dialog
    assert isinstance(dialog, AboutDialog) and dialog.isVisible()
    assert __version__ in dialog.heading.text()
    licences = dialog.licences.toPlainText()
    for expected in (
        "Qt for Python", "LGPL", "SQLAlchemy", "Alembic", "ReportLab", "BSD",
        "platformdirs", "MIT", "NotoSans-Regular.ttf", "SIL OFL 1.1", "DejaVuSans.ttf",
        "Apache 2.0",
    ):
        assert expected in licences, expected
    dialog.close()


def test_every_bundled_font_has_its_licence_listed() -> None:
    listed = " ".join(f.name for f in font_licences())
    for font in resource("fonts").glob("*.ttf"):
        assert font.name in listed or font.stem.split("-")[0] in listed, font.name
    assert all(f.licence for f in font_licences())


def test_shortcuts_sheet_lists_every_action_with_a_key(
    open_window: Opener, workshop: api.WorkshopData
) -> None:
    window = open_window(workshop.workshop.id)
    window.help_menu.shortcuts_action.trigger()
    dialog = window.help_menu.dialog
    assert isinstance(dialog, ShortcutsDialog) and dialog.isVisible()
    native = QKeySequence.SequenceFormat.NativeText
    undo_key = QKeySequence(QKeySequence.StandardKey.Undo).toString(native)
    undo = [keys for menu, text, keys in dialog.rows if (menu, text) == ("Edit", "Undo")]
    assert undo and undo[0].split(", ")[0] == undo_key
    # only keys an ordinary keyboard has: no "F14" nor a dedicated "Undo" key
    assert not [keys for _m, _t, keys in dialog.rows
                if re.search(r"\bF1[3-9]\b|\bF[2-3]\d\b|Undo|Redo|Annuler|Rétablir", keys)]
    assert typeable(QKeySequence("Ctrl+Z")) and not typeable(QKeySequence("F14"))
    assert not typeable(QKeySequence(Qt.Key.Key_Undo))
    # the bindings some desktops give Undo ("Ctrl+Z, F14, Annuler" was shown)
    window.addAction(window._action("Like undo", lambda: None, [
        QKeySequence("Ctrl+Alt+U"), QKeySequence("F14"), QKeySequence(Qt.Key.Key_Undo)]))
    assert ("Other", "Like undo", "Ctrl+Alt+U") in shortcut_rows(window)
    rows = {(text, keys) for _menu, text, keys in dialog.rows}
    assert ("Quit", "Ctrl+Q") in rows
    assert ("Keyboard shortcuts", "Ctrl+/") in rows
    # generated from the actions: a new one appears without touching the sheet
    window.addAction(window._action("Brand new", lambda: None, [QKeySequence("Ctrl+Alt+N")]))
    assert any(text == "Brand new" for _m, text, _k in shortcut_rows(window))
    shown = dialog.tree.topLevelItem(0)
    assert shown is not None and shown.childCount() > 0
    dialog.close()


def test_user_guide_opens_in_french_by_default(
    open_window: Opener, workshop: api.WorkshopData, settings: Settings, french_locale: None
) -> None:
    window = open_window(workshop.workshop.id)
    assert settings.get("language") == ""
    window.help_menu.guide_action.trigger()
    dialog = window.help_menu.dialog
    assert isinstance(dialog, UserGuideDialog) and dialog.isVisible()
    assert dialog.path == user_guide("fr")
    assert "Guide d’utilisation" in dialog.browser.toPlainText()
    dialog.close()


def test_user_guide_follows_the_chosen_language(
    open_window: Opener, workshop: api.WorkshopData, settings: Settings, french_locale: None
) -> None:
    settings.set("language", "en")
    window = open_window(workshop.workshop.id)
    window.help_menu.guide_action.trigger()
    dialog = window.help_menu.dialog
    assert isinstance(dialog, UserGuideDialog)
    assert "User guide" in dialog.browser.toPlainText()
    dialog.close()


def test_both_guides_cover_the_same_tasks() -> None:
    french = user_guide("fr").read_text(encoding="utf-8")
    english = user_guide("en").read_text(encoding="utf-8")
    assert french.count("\n## ") == english.count("\n## ") >= 6
    for key in ("F5", "Ctrl+Z", "coopatelier backup restore"):
        assert key in french and key in english


def test_tour_is_shown_once_and_skippable(
    open_window: Opener, workshop: api.WorkshopData, settings: Settings
) -> None:
    window = open_window(workshop.workshop.id)
    tour = maybe_show_tour(window, settings)
    assert isinstance(tour, GuidedTour) and tour.isVisible()
    assert tour.pages.count() >= 3
    tour.skip_button.click()
    assert not tour.isVisible()
    assert settings.get("tour_done") is True
    assert Settings(settings.path).get("tour_done") is True  # saved
    assert maybe_show_tour(window, settings) is None


def test_tour_walks_through_the_three_moments(qtbot: object, settings: Settings) -> None:
    tour = GuidedTour()
    qtbot.addWidget(tour)  # type: ignore[attr-defined]
    tour.show()
    titles = [title for title, _text in tour.steps()]
    assert [t.split(". ", 1)[1] for t in titles] == [
        "Prepare", "Run it in the room", "Print the synthesis"
    ]
    assert not tour.back_button.isEnabled()
    for _ in range(len(titles) - 1):
        tour.next_button.click()
    assert tour.pages.currentIndex() == len(titles) - 1
    assert tour.next_button.text().replace("&", "") == "Start"
    tour.next_button.click()
    assert tour.result() == GuidedTour.DialogCode.Accepted


def test_the_tour_can_be_replayed_from_the_menu(
    open_window: Opener, workshop: api.WorkshopData, settings: Settings
) -> None:
    settings.set("tour_done", True)
    window = open_window(workshop.workshop.id)
    window.help_menu.tour_action.trigger()
    tour = window.help_menu.dialog
    assert isinstance(tour, GuidedTour) and tour.isVisible()
    tour.reject()


def test_help_is_the_last_menu(open_window: Opener, workshop: api.WorkshopData) -> None:
    window = open_window(workshop.workshop.id)
    menus = window.menuBar().actions()
    assert menus[-1].menu() is window.help_menu


def test_first_start_opens_the_demo_with_the_tour(
    qapp: object, store: api.Store, settings: Settings
) -> None:
    from coopatelier.ui.app import Controller

    window = Controller(store, settings).start()
    assert isinstance(window, WorkshopWindow)
    tour = window.findChild(GuidedTour)
    assert tour is not None and tour.isVisible()
    tour.skip_button.click()
    assert settings.get("tour_done") is True
    window.close()
