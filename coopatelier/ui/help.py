"""The Help menu of the workshop window: keyboard shortcuts (read from the window's own
actions, so the sheet never goes stale), the user guide (Markdown shipped in ``docs/``), the
first-start guided tour, and About (name, version, licences of fonts and libraries)."""

from __future__ import annotations

import html
import logging
import re
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Qt, Signal
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QPushButton,
    QStackedWidget,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coopatelier import APP_NAME, __version__
from coopatelier.resources import resource, user_guide
from coopatelier.settings import Settings

log = logging.getLogger(__name__)


def app_icon() -> QIcon:
    """The application icon (``resources/icons/coopatelier.svg``)."""
    return QIcon(str(resource("icons", "coopatelier.svg")))


def ui_language(settings: Settings | None = None) -> str:
    """'fr' or 'en': the user's choice, else the locale the interface started in (French
    on a French system, as ``ui/app.py`` chooses)."""
    chosen = settings.get("language") if settings is not None else ""
    if chosen in ("fr", "en"):
        return str(chosen)
    return "fr" if QLocale().language() == QLocale.Language.French else "en"


def plain_text(action: QAction) -> str:
    """An action's text without its mnemonic ampersand and trailing ellipsis."""
    text = re.sub(r"&(.)", r"\1", action.text()).replace("&&", "&")
    return text.rstrip("…").rstrip(".").strip()


# --- About ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Licence:
    name: str
    version: str
    licence: str


#: (distribution, what it is, licence) of the libraries the app ships
LIBRARIES = (
    ("PySide6-Essentials", "Qt for Python", "LGPL-3.0 (Qt 6: LGPL-3.0)"),
    ("SQLAlchemy", "SQLAlchemy", "MIT"),
    ("alembic", "Alembic", "MIT"),
    ("reportlab", "ReportLab", "BSD"),
    ("platformdirs", "platformdirs", "MIT"),
    ("pyuca", "pyuca (Unicode Collation Algorithm)", "MIT"),
    ("python-bidi", "python-bidi", "LGPL-3.0"),
    ("arabic-reshaper", "arabic-reshaper", "MIT"),
    ("pillow", QT_TRANSLATE_NOOP("Licences", "Pillow (used by ReportLab)"), "MIT-CMU (HPND)"),
    ("psycopg", QT_TRANSLATE_NOOP("Licences", "psycopg 3 (team database)"), "LGPL-3.0"),
)


def library_licences() -> list[Licence]:
    import importlib.metadata  # for the About box only: ~25 ms off the way to the frame

    found: list[Licence] = []
    for dist, name, licence in LIBRARIES:
        try:
            version = importlib.metadata.version(dist)
        except importlib.metadata.PackageNotFoundError:
            continue  # an optional library this build does not include
        found.append(Licence(QCoreApplication.translate("Licences", str(name)), version, licence))
    return found


def font_licences() -> list[Licence]:
    """The fonts' table of ``resources/fonts/README.md``: file(s) and licence."""
    try:
        text = resource("fonts", "README.md").read_text(encoding="utf-8")
    except OSError:
        log.warning("resources/fonts/README.md missing")
        return []
    fonts: list[Licence] = []
    for line in text.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) != 4 or not cells[0].startswith("`"):
            continue
        files = ", ".join(re.findall(r"`([^`]+)`", cells[0]))
        licence = re.sub(r",?\s*`[^`]+`", "", cells[3]).strip()
        fonts.append(Licence(files, cells[2].replace("`", ""), licence))
    return fonts


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About %1").replace("%1", APP_NAME))
        icon = QLabel(self)
        icon.setPixmap(app_icon().pixmap(72, 72))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.heading = QLabel(
            f"<h2 style='margin:0'>{APP_NAME}</h2>"
            + "<p>"
            + html.escape(self.tr("Version %1").replace("%1", __version__))
            + "</p><p>"
            + html.escape(
                self.tr(
                    "An offline companion for foresight workshops: drivers of change, "
                    "desirable futures, concrete actions and a cooperation roadmap where each "
                    "partner has a precise role, with a printed synthesis."
                )
            )
            + "</p>",
            self,
        )
        self.heading.setObjectName("aboutHeading")
        self.heading.setWordWrap(True)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.licences = QTextBrowser(self)
        self.licences.setObjectName("aboutLicences")
        self.licences.setOpenExternalLinks(True)
        self.licences.setHtml(self.licences_html())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addWidget(self.heading, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.licences, 1)
        layout.addWidget(buttons)
        self.resize(600, 520)

    def licences_html(self) -> str:
        def table(rows: list[Licence]) -> str:
            cells = "".join(
                f"<tr><td style='padding-right:12px'><b>{html.escape(row.name)}</b></td>"
                f"<td style='padding-right:12px'>{html.escape(row.version)}</td>"
                f"<td>{html.escape(row.licence)}</td></tr>"
                for row in rows
            )
            return f"<table cellspacing='0' cellpadding='2'>{cells}</table>"

        return (
            "<h3>" + html.escape(self.tr("Licence")) + "</h3><p>"
            + html.escape(self.tr("CoopAtelier is free software under the MIT licence."))
            + "</p><h3>" + html.escape(self.tr("Libraries")) + "</h3>"
            + table(library_licences())
            + "<h3>" + html.escape(self.tr("Fonts of the PDF synthesis")) + "</h3>"
            + "".join(
                f"<p style='margin:2px 0'><b>{html.escape(font.licence)}</b>: "
                f"{html.escape(font.name)}</p>"
                for font in font_licences()
            )
            + "<p>"
            + html.escape(
                self.tr("The full licence texts are in the resources/fonts folder of the app.")
            )
            + "</p>"
        )


# --- Keyboard shortcuts --------------------------------------------------------------------


#: Named keys every keyboard has (F1–F12, arrows, editing keys); Qt's standard bindings
#: also list keys of rare keyboards (F14, an "Undo" key) that nobody can type.
_COMMON_KEYS = frozenset({
    *(getattr(Qt.Key, f"Key_F{n}") for n in range(1, 13)),
    Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Home,
    Qt.Key.Key_End, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown, Qt.Key.Key_Insert,
    Qt.Key.Key_Delete, Qt.Key.Key_Backspace, Qt.Key.Key_Return, Qt.Key.Key_Enter,
    Qt.Key.Key_Escape, Qt.Key.Key_Tab, Qt.Key.Key_Backtab, Qt.Key.Key_Space,
})


def typeable(sequence: QKeySequence) -> bool:
    """Whether every key of ``sequence`` is on an ordinary keyboard: a character key or
    one of :data:`_COMMON_KEYS`."""
    for index in range(sequence.count()):
        key = sequence[index].key()  # type: ignore[index]
        if key.value >= Qt.Key.Key_Escape.value and key not in _COMMON_KEYS:
            return False
    return True


def shortcut_rows(window: QMainWindow) -> list[tuple[str, str, str]]:
    """(menu, action, keys) for every action of ``window`` that has a shortcut, in menu
    order, then the actions of no menu."""
    menu_of: dict[QAction, str] = {}
    ordered: list[QAction] = []

    def walk(menu: QMenu, title: str) -> None:
        for action in menu.actions():
            sub = action.menu()
            if isinstance(sub, QMenu):
                walk(sub, title)
            elif action not in menu_of:
                menu_of[action] = title
                ordered.append(action)

    for top in window.menuBar().actions():
        sub = top.menu()
        if isinstance(sub, QMenu):
            walk(sub, plain_text(top))
    for action in [*window.actions(), *window.findChildren(QAction)]:
        if action not in menu_of:
            menu_of[action] = QCoreApplication.translate("Help", "Other")
            ordered.append(action)
    rows: list[tuple[str, str, str]] = []
    seen: set[tuple[str, str]] = set()  # (text, keys): a twin action (e.g. a second timer
    native = QKeySequence.SequenceFormat.NativeText  # widget) is listed once, in its menu
    for action in ordered:
        keys = ", ".join(k.toString(native) for k in action.shortcuts()
                         if not k.isEmpty() and typeable(k))
        text = plain_text(action)
        if not keys or not text or (text, keys) in seen:
            continue
        seen.add((text, keys))
        rows.append((menu_of[action], text, keys))
    return rows


class ShortcutsDialog(QDialog):
    """Every keyboard shortcut of a window, grouped by menu."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("shortcutsTree")
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Command"), self.tr("Keys")])
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.rows = shortcut_rows(window)
        groups: dict[str, QTreeWidgetItem] = {}
        for menu, text, keys in self.rows:
            group = groups.get(menu)
            if group is None:
                group = QTreeWidgetItem(self.tree, [menu])
                font = group.font(0)
                font.setBold(True)
                group.setFont(0, font)
                group.setFirstColumnSpanned(True)
                group.setExpanded(True)
                groups[menu] = group
            QTreeWidgetItem(group, [text, keys])
        self.tree.expandAll()
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)
        layout.addWidget(buttons)
        self.resize(680, 640)


# --- User guide ----------------------------------------------------------------------------


class UserGuideDialog(QDialog):
    """``docs/user-guide.md`` (French) or ``docs/user-guide.en.md``, rendered."""

    def __init__(self, parent: QWidget | None = None, language: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("userGuideDialog")
        self.setWindowTitle(self.tr("User guide — CoopAtelier"))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.language = language or ui_language()
        self.path = user_guide(self.language)
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("userGuide")
        self.browser.setOpenExternalLinks(True)
        try:
            self.browser.setMarkdown(self.path.read_text(encoding="utf-8"))
        except OSError:
            log.warning("user guide %s missing", self.path)
            self.browser.setPlainText(self.tr("The user guide is missing from this installation."))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(760, 640)


# --- First-start tour ----------------------------------------------------------------------


class GuidedTour(QDialog):
    """A few pages on the three moments of a workshop; Skip or Done end it for good."""

    ended = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guidedTour")
        self.setWindowTitle(self.tr("Welcome — CoopAtelier"))
        self.pages = QStackedWidget(self)
        for title, text in self.steps():
            page = QLabel(f"<h2>{html.escape(title)}</h2>{text}", self)
            page.setWordWrap(True)
            page.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            page.setTextFormat(Qt.TextFormat.RichText)
            self.pages.addWidget(page)
        self.progress = QLabel(self)
        self.skip_button = QPushButton(self.tr("&Skip the tour"), self)
        self.skip_button.setObjectName("tourSkip")
        self.back_button = QPushButton(self.tr("&Back"), self)
        self.next_button = QPushButton(self.tr("&Next"), self)
        self.next_button.setObjectName("tourNext")
        self.next_button.setDefault(True)
        self.skip_button.clicked.connect(self.reject)
        self.back_button.clicked.connect(lambda: self.go(self.pages.currentIndex() - 1))
        self.next_button.clicked.connect(self._next)
        buttons = QHBoxLayout()
        buttons.addWidget(self.skip_button)
        buttons.addStretch(1)
        buttons.addWidget(self.progress)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        icon = QLabel(self)
        icon.setPixmap(app_icon().pixmap(64, 64))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addSpacing(8)
        top.addWidget(self.pages, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 1)
        layout.addLayout(buttons)
        self.finished.connect(lambda _result: self.ended.emit())
        self.go(0)
        self.resize(600, 300)

    def steps(self) -> list[tuple[str, str]]:
        def para(*lines: str) -> str:
            return "".join(f"<p>{html.escape(line)}</p>" for line in lines)

        return [
            (
                self.tr("1. Prepare"),
                para(
                    self.tr(
                        "This demo workshop shows a finished food 2030 workshop: look around, "
                        "then open Workshops… (Ctrl+Shift+O) to create your own from a template."
                    ),
                    self.tr(
                        "The agenda on the left lists the timed phases; add, edit and reorder "
                        "them from the Phase menu."
                    ),
                ),
            ),
            (
                self.tr("2. Run it in the room"),
                para(
                    self.tr(
                        "Plug in the projector and press F5: the room sees the phase, its "
                        "question, the timer and the cards; you keep the controls."
                    ),
                    self.tr(
                        "Type what people say in the capture line at the bottom and press "
                        "Enter: the card is saved at once. Ctrl+Z undoes anything."
                    ),
                ),
            ),
            (
                self.tr("3. Print the synthesis"),
                para(
                    self.tr(
                        "File → Export… makes the PDF synthesis to print for the partners, or "
                        "the workshop file that merges a table laptop's captures."
                    ),
                    self.tr(
                        "Help → User guide explains every step; Help → Keyboard shortcuts "
                        "lists the keys."
                    ),
                ),
            ),
        ]

    def go(self, index: int) -> None:
        count = self.pages.count()
        index = max(0, min(index, count - 1))
        self.pages.setCurrentIndex(index)
        self.back_button.setEnabled(index > 0)
        last = index == count - 1
        self.next_button.setText(self.tr("&Start") if last else self.tr("&Next"))
        self.progress.setText(
            self.tr("%1 of %2").replace("%1", str(index + 1)).replace("%2", str(count))
        )

    def _next(self) -> None:
        if self.pages.currentIndex() == self.pages.count() - 1:
            self.accept()
        else:
            self.go(self.pages.currentIndex() + 1)


def maybe_show_tour(parent: QWidget, settings: Settings) -> GuidedTour | None:
    """Open the guided tour unless it was shown before; it is remembered as done as soon
    as it ends (finished or skipped)."""
    if settings.get("tour_done"):
        return None
    return show_tour(parent, settings)


def show_tour(parent: QWidget, settings: Settings) -> GuidedTour:
    tour = GuidedTour(parent)
    tour.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    tour.ended.connect(lambda: settings.set("tour_done", True))
    tour.open()
    return tour


# --- the menu ------------------------------------------------------------------------------


class HelpMenu(QMenu):
    """Help → Keyboard shortcuts, User guide, Guided tour, About; the dialogs it opened
    stay reachable as attributes (for tests)."""

    def __init__(self, window: QMainWindow, settings: Settings) -> None:
        super().__init__(window)
        self.setTitle(self.tr("&Help"))
        self.settings = settings
        self.dialog: QDialog | None = None
        self.guide_action = self._add(self.tr("&User guide"), self.show_user_guide, "F1")
        self.shortcuts_action = self._add(
            self.tr("&Keyboard shortcuts"), self.show_shortcuts, "Ctrl+/"
        )
        self.tour_action = self._add(self.tr("Guided &tour"), self.show_tour)
        self.addSeparator()
        self.about_action = self._add(
            self.tr("&About %1").replace("%1", APP_NAME), self.show_about
        )
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)

    @property
    def window_(self) -> QMainWindow:
        # the parent, asked each time: holding the window here would make a reference
        # cycle (window.help_menu ↔ menu) that keeps a closed window's wrapper alive
        window = self.parentWidget()
        assert isinstance(window, QMainWindow)
        return window

    def _add(self, text: str, slot: object, key: str = "") -> QAction:
        action = QAction(text, self.window_)
        if key:
            action.setShortcut(QKeySequence(key))
        action.triggered.connect(slot)
        self.window_.addAction(action)
        self.addAction(action)
        return action

    def _open(self, dialog: QDialog) -> QDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.show()
        return dialog

    def show_user_guide(self) -> QDialog:
        return self._open(UserGuideDialog(self.window_, ui_language(self.settings)))

    def show_shortcuts(self) -> QDialog:
        return self._open(ShortcutsDialog(self.window_))

    def show_about(self) -> QDialog:
        return self._open(AboutDialog(self.window_))

    def show_tour(self) -> QDialog:
        self.dialog = show_tour(self.window_, self.settings)
        return self.dialog


def install_help_menu(window: QMainWindow, settings: Settings) -> HelpMenu:
    """Add the Help menu as the last menu of ``window``'s menu bar."""
    menu = HelpMenu(window, settings)
    window.menuBar().addMenu(menu)
    return menu
