"""GUI fixtures: a WorkshopSession on a temporary workshop, and typing that survives
French text (``qtbot.keyClicks`` aborts the process on non-ASCII characters)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit, QStyle, QStyleOptionFrame, QWidget

from coopatelier import api
from coopatelier.ui.workshop_session import WorkshopSession


@pytest.fixture(scope="session", autouse=True)
def english_interface(qapp: object) -> Iterator[None]:
    """The GUI tests see what an English user sees: source strings with their plural forms
    ("2 dots", not "2 dot(s)"), as ``run_gui`` installs them. Tests of French install and
    remove their own translators."""
    from PySide6.QtWidgets import QApplication

    from coopatelier.ui.app import install_translations

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    installed = install_translations(app, "en")
    assert installed, "resources/translations/coopatelier_en.qm is missing"
    yield
    for translator in installed:
        app.removeTranslator(translator)


@pytest.fixture(autouse=True)
def _collections_as_found() -> Iterator[None]:
    """A start frees the collector's permanent generation (``keep_out_of_collections``):
    each test ends with every object collectable again."""
    import gc

    yield
    gc.unfreeze()


@pytest.fixture(autouse=True)
def _application_look_kept(english_interface: None) -> Iterator[None]:
    """A GUI test leaves the application's font and stylesheet as it found them (a test
    that starts the app as ``run_gui`` does uses ``app_as_found``): later tests would
    otherwise measure their widgets under a look that depends on the order they run in.
    A test that changes them anyway fails, and they are put back for the next one."""
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    font, sheet = QFont(app.font()), app.styleSheet()
    yield
    changed = [what for what, kept in (
        ("font", app.font() == font), ("stylesheet", app.styleSheet() == sheet)) if not kept]
    if app.styleSheet() != sheet:
        app.setStyleSheet(sheet)
    if app.font() != font:
        app.setFont(font)
    assert not changed, f"the test left the application's {' and '.join(changed)} changed"


@pytest.fixture
def app_as_found(qapp: object) -> Iterator[None]:
    """For a test that runs ``run_gui``: what it sets on the application and the process
    (font, stylesheet, names, icon, quitting on the last window, the default locale, the
    exception hook, the log file's handler) is put back after the test."""
    import logging
    import sys

    from PySide6.QtCore import QLocale
    from PySide6.QtGui import QFont, QIcon
    from PySide6.QtWidgets import QApplication

    from coopatelier import logs

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    font, sheet, icon = QFont(app.font()), app.styleSheet(), QIcon(app.windowIcon())
    names = (app.applicationName(), app.organizationName(), app.applicationDisplayName())
    quits, locale, hook = app.quitOnLastWindowClosed(), QLocale(), sys.excepthook
    logger = logging.getLogger("coopatelier")
    handlers, level, configured = list(logger.handlers), logger.level, dict(logs._configured)
    yield
    for handler in [h for h in logger.handlers if h not in handlers]:
        logger.removeHandler(handler)
        handler.close()  # the log file in the test's temporary folder
    logger.setLevel(level)
    logs._configured.clear()
    logs._configured.update(configured)
    sys.excepthook = hook
    QLocale.setDefault(locale)
    app.setQuitOnLastWindowClosed(quits)
    app.setApplicationName(names[0])
    app.setOrganizationName(names[1])
    app.setApplicationDisplayName(names[2])
    app.setWindowIcon(icon)
    app.setStyleSheet(sheet)
    app.setFont(font)


@pytest.fixture
def session(
    qapp: object, store: api.Store, workshop: api.WorkshopData
) -> Iterator[WorkshopSession]:
    opened = WorkshopSession(store, workshop.workshop.id)
    yield opened
    opened.undo_stack.clear()
    opened.deleteLater()


def text_line_width(field: QLineEdit) -> int:
    """The width a line edit paints its text (or placeholder) in, as QLineEdit does: its
    contents less the text margins and 2 pixels each side."""
    option = QStyleOptionFrame()
    field.initStyleOption(option)
    contents = field.style().subElementRect(
        QStyle.SubElement.SE_LineEditContents, option, field)
    margins = field.textMargins()
    return contents.width() - margins.left() - margins.right() - 4


def type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` into ``widget`` one character at a time, accents and emoji included."""
    for ch in text:
        if ch == "\n":
            QTest.keyClick(widget, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
            continue
        QTest.sendKeyEvent(
            QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier
        )

def laid_out(qtbot: object, window: QWidget, *, most_ms: int = 3000) -> None:
    """Wait until ``window``'s layout has settled: its widgets' geometries and least sizes
    the same over two rounds of events. A resize or a phase change lays out in steps (a
    view flips its splitters on resize, fits a form's height on a zero timer, then the
    scroll area follows); a fixed short wait read the middle of that on a slow machine
    (CI: the actions view 398 pixels high, its minimum already 1,096, 50 ms later whole)."""
    from PySide6.QtCore import QElapsedTimer

    def shape() -> list[tuple[int, int, int, int, int, int]]:
        return [(w.x(), w.y(), w.width(), w.height(), w.minimumSizeHint().width(),
                 w.minimumSizeHint().height())
                for w in [window, *window.findChildren(QWidget)] if w.isVisible()]

    clock = QElapsedTimer()
    clock.start()
    before = None
    steady = 0
    while steady < 2:
        qtbot.wait(20)  # type: ignore[attr-defined]
        now = shape()
        steady = steady + 1 if now == before else 0
        before = now
        if clock.elapsed() > most_ms:
            raise AssertionError(f"the window still moved after {most_ms} ms")


# --- windows (added for the facilitator window tests) -------------------------------------

import uuid  # noqa: E402
from collections.abc import Callable  # noqa: E402

from coopatelier.settings import Settings  # noqa: E402
from coopatelier.ui.projector import ProjectorWindow  # noqa: E402
from coopatelier.ui.projector.view import ClockLike  # noqa: E402
from coopatelier.ui.views.drivers import DriversView  # noqa: E402
from coopatelier.ui.voting import VotingPanel  # noqa: E402
from coopatelier.ui.workshop_window import WorkshopWindow  # noqa: E402


@pytest.fixture
def settings(store: api.Store) -> Settings:
    """Settings in the temporary data directory of ``store``."""
    return Settings(store.data_dir.settings)


@pytest.fixture
def open_window(
    qtbot: object, store: api.Store, settings: Settings
) -> Iterator[Callable[[uuid.UUID], WorkshopWindow]]:
    """Open (and show) a facilitator window on a workshop; closed at the end."""
    opened: list[WorkshopWindow] = []

    def opener(workshop_id: uuid.UUID) -> WorkshopWindow:
        window = WorkshopWindow(store, workshop_id, settings)
        qtbot.addWidget(window)  # type: ignore[attr-defined]
        with qtbot.waitActive(window):  # type: ignore[attr-defined]
            window.show()
            window.activateWindow()
        opened.append(window)
        return window

    yield opener
    for window in opened:
        if window.isVisible():
            window.close()


#: What the offscreen platform says about window-manager requests it cannot honour; not
#: warnings about the app (any other Qt warning still fails the test).
OFFSCREEN_NOISE = (
    "This plugin does not support propagateSizeHints",
    "This plugin does not support raise",
    "This plugin does not support grabbing the keyboard",
)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/gui/" in str(item.fspath).replace("\\", "/"):
            item.add_marker(pytest.mark.qt_log_ignore(*OFFSCREEN_NOISE))


def voting_panel(qtbot: object, session: WorkshopSession, phase_id: uuid.UUID) -> VotingPanel:
    """The voting panel shown on the phase, the session read again first."""
    session.reload()
    panel = VotingPanel(session)
    qtbot.addWidget(panel)  # type: ignore[attr-defined]
    panel.resize(420, 600)
    panel.show()
    panel.set_phase(phase_id)
    return panel


def open_vote_round(panel: VotingPanel, title: str = "Tour 1") -> None:
    """A round opened on the panel's phase by its form, as a hand does."""
    panel.new_round_button.click()
    type_text(panel.title_edit, title)
    panel.open_button.click()
    assert panel.round_id is not None


def type_votes(panel: VotingPanel, numbers: str) -> None:
    """Card numbers typed in the panel, then Enter."""
    type_text(panel.number_edit, numbers)
    QTest.keyClick(panel.number_edit, Qt.Key.Key_Return)


def drivers_in_two_groups(
    open_window: Callable[[uuid.UUID], WorkshopWindow], store: api.Store,
    workshop: api.WorkshopData,
) -> tuple[DriversView, uuid.UUID, uuid.UUID]:
    """The drivers' view with "Télétravail" (Société) and "Inflation" (Économie), the first
    selected in the focused table; the view and the two cards' ids."""
    from coopatelier.domain.model import PhaseKind
    from tests.conftest import phase_of

    phase = phase_of(workshop, PhaseKind.DRIVERS)
    first = api.add_card(store, phase.id, "Télétravail", category="Société").new_id
    second = api.add_card(store, phase.id, "Inflation", category="Économie").new_id
    window = open_window(workshop.workshop.id)
    window.show_phase(phase.id)
    view = window.views[phase.id]
    assert isinstance(view, DriversView)
    view.select_cards([first])
    view.table.setFocus()
    return view, first, second


def shown_room(qtbot: object, session: WorkshopSession, size: tuple[int, int],
               clock: ClockLike | None = None) -> ProjectorWindow:
    """The room's window shown at ``size``, its sizes applied for that height (its time read
    from ``clock`` when given, as the projector fixtures do)."""
    window = ProjectorWindow(session, clock)
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    window.resize(*size)
    window.show()
    qtbot.waitUntil(lambda: window.view.height() == size[1])  # type: ignore[attr-defined]
    window.view.apply_sizes()
    return window
