"""Presenting: the projector on the chosen screen (remembered per screen setup), F5 / Esc
like presentation software, screens plugged or unplugged mid-workshop, and the presenter
console on the facilitator's screen."""

from __future__ import annotations

import contextlib
import functools
import logging
import uuid
import weakref
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QScreen,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from coopatelier.ui.capture import CaptureBar, ended_reasons
from coopatelier.ui.preferences import preferences_for
from coopatelier.ui.projector.content import Focus, Mode
from coopatelier.ui.projector.view import ProjectorWindow, is_modifier
from coopatelier.ui.screens import screen_setup

if TYPE_CHECKING:
    from coopatelier.ui.workshop_window import WorkshopWindow

log = logging.getLogger(__name__)

#: how often the console's thumbnail of the room follows the projector, in ms
THUMBNAIL_MS = 1000
#: width of that thumbnail (and of the console), in pixels
THUMBNAIL_WIDTH = 352


class PresenterConsole(QWidget):
    """The facilitator's side while presenting: current and next phase, the timer, the
    phase's facilitation notes, the capture line and a thumbnail of what the room sees."""

    def __init__(self, window: WorkshopWindow, projector: ProjectorWindow) -> None:
        super().__init__(window)
        self.setObjectName("presenterConsole")
        self._window = weakref.ref(window)  # no reference cycle with the window
        self.projector = projector
        self.current = QLabel(self)
        self.current.setObjectName("presenterCurrent")
        self.current.setWordWrap(True)
        self.next = QLabel(self)
        self.next.setObjectName("presenterNext")
        self.next.setWordWrap(True)
        # the timer with its controls (ui/timer.py), when the window has a clock
        self.timer_slot = QVBoxLayout()
        self.timer_widget: QWidget | None = None
        try:
            from coopatelier.ui.timer import TimerWidget

            self.timer_widget = TimerWidget(window.session, window.clock, self)
            self.timer_slot.addWidget(self.timer_widget)
        except (ImportError, AttributeError):  # pragma: no cover - timer not available
            log.info("no timer widget for the presenter console")
        self.notes = QLabel(self)
        self.notes.setObjectName("presenterNotes")
        self.notes.setWordWrap(True)
        self.notes.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.thumbnail = QLabel(self)
        self.thumbnail.setObjectName("presenterThumbnail")
        self.thumbnail.setFixedSize(THUMBNAIL_WIDTH, THUMBNAIL_WIDTH * 9 // 16)
        self.thumbnail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.thumbnail.setAccessibleName(self.tr("What the room sees"))
        # the wall's pages, turned like slides (Alt+PgDown / Alt+PgUp), and one group alone
        self.previous_page = QToolButton(self)
        self.previous_page.setObjectName("presenterPreviousPage")
        self.previous_page.setText("◀")
        self.previous_page.setToolTip(self.tr("Previous page of the wall (Alt+PgUp)"))
        self.page_label = QLabel(self)
        self.page_label.setObjectName("presenterPage")
        self.page_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.next_page = QToolButton(self)
        self.next_page.setObjectName("presenterNextPage")
        self.next_page.setText("▶")
        self.next_page.setToolTip(self.tr("Next page of the wall (Alt+PgDown)"))
        self.group_button = QToolButton(self)
        self.group_button.setObjectName("presenterGroup")
        self.group_button.setText(self.tr("One group…"))
        self.group_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.blank_button = QToolButton(self)
        self.blank_button.setObjectName("presenterBlank")
        self.blank_button.setText(self.tr("Black screen"))
        self.blank_button.setToolTip(
            self.tr("Black screen for the room (B); any key brings it back")
        )
        self.blank_button.setCheckable(True)
        self.capture = CaptureBar(self)
        self.capture.table.hide()
        self.capture.author.hide()
        # the window's capture path: same group field and prefixes, into the room's phase
        window.capturing.attach(self.capture, functools.partial(_room_phase, weakref.ref(self)))
        self.capture.edit.setPlaceholderText(self.tr("A card, then Enter"))
        self.setMaximumWidth(THUMBNAIL_WIDTH + 24)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(QLabel(self.tr("<b>Now</b>"), self))
        layout.addWidget(self.current)
        layout.addWidget(self.next)
        layout.addLayout(self.timer_slot)
        layout.addWidget(QLabel(self.tr("<b>Facilitation notes</b>"), self))
        layout.addWidget(self.notes, 1)
        layout.addWidget(QLabel(self.tr("<b>The room sees</b>"), self))
        layout.addWidget(self.thumbnail)
        pages = QHBoxLayout()
        pages.addWidget(self.previous_page)
        pages.addWidget(self.page_label, 1)
        pages.addWidget(self.next_page)
        pages.addWidget(self.group_button)
        pages.addWidget(self.blank_button)
        layout.addLayout(pages)
        layout.addWidget(self.capture)
        self._thumbnail_timer = QTimer(self)
        self._thumbnail_timer.setInterval(THUMBNAIL_MS)
        self._thumbnail_timer.timeout.connect(self.refresh_thumbnail)
        projector.view.content_changed.connect(
            lambda: QTimer.singleShot(0, self, self.refresh_thumbnail)
        )
        window.session.changed.connect(self._on_changed)
        projector.view.page_changed.connect(self.show_page)
        self.show_page(projector.view.page(), projector.view.pages())

    def show_page(self, page: int, pages: int) -> None:
        """The wall's page as the room sees it ("2/3"), and the buttons that turn it."""
        self.page_label.setText(
            self.tr("Page %1/%2").replace("%1", str(page + 1)).replace("%2", str(pages))
        )
        self.previous_page.setEnabled(page > 0)
        self.next_page.setEnabled(page + 1 < pages)

    def window_(self) -> WorkshopWindow:
        window = self._window()
        assert window is not None
        return window

    def _on_changed(self, _changes: object) -> None:
        if self.isVisible():  # hidden, it stays idle: showing it refreshes it
            self.refresh()

    def refresh(self) -> None:
        """The room's phase (not the one the facilitator happens to look at), its timer,
        notes and what follows it."""
        data = self.window_().session.data()
        phase_id = self.projector.view.phase_id or self.window_().current_phase_id
        phases = list(data.phases)
        index = next((i for i, p in enumerate(phases) if p.id == phase_id), -1)
        phase = phases[index] if index >= 0 else None
        following = phases[index + 1] if 0 <= index < len(phases) - 1 else None
        self.current.setText(phase.title if phase else "")
        self.next.setText(
            self.tr("Next: %1").replace("%1", following.title)
            if following
            else self.tr("Next: end of the workshop")
        )
        self.notes.setText(
            (phase.facilitator_notes if phase else "") or self.tr("No notes for this phase.")
        )
        # an ended workshop takes no card, here as in the window's line
        self.capture.set_closed(ended_reasons() if data.workshop.ended_at is not None else ())
        timer = self.timer_widget
        if timer is not None and getattr(timer, "phase_id", None) != phase_id:
            timer.set_phase(phase_id)  # type: ignore[attr-defined]

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def refresh_thumbnail(self) -> None:
        if not self.isVisible() or not self.projector.isVisible():
            return
        pixmap = self.projector.grab()
        self.thumbnail.setPixmap(
            pixmap.scaled(
                self.thumbnail.size(),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )

    def start(self) -> None:
        self.refresh()
        self._thumbnail_timer.start()
        QTimer.singleShot(0, self, self.refresh_thumbnail)

    def stop(self) -> None:
        self._thumbnail_timer.stop()



class PresentationController(QObject):
    """Owns the projector window and the console.

    What the room sees: while presenting, the phase that was started last or that the
    facilitator chose to show (``room_phase_requested``); looking at another phase on the
    facilitator's screen (``phase_shown``) changes the room only when not presenting."""

    #: presenting started (True) or stopped (False)
    presenting_changed = Signal(bool)

    def __init__(self, window: WorkshopWindow) -> None:
        super().__init__(window)
        self._window = weakref.ref(window)  # the window owns us: no cycle back to it
        self.settings = window.settings
        self.projector = ProjectorWindow(window.session, getattr(window, "clock", None))
        self.projector.leave_requested.connect(self.stop)
        self.projector.next_requested.connect(window.show_next_to_room)
        self.projector.previous_requested.connect(window.show_previous_to_room)
        self.console = PresenterConsole(window, self.projector)
        self.console_dock = QDockWidget(self.tr("Presenter console"), window)
        self.console_dock.setObjectName("presenterDock")
        self.console_dock.setWidget(self.console)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.console_dock)
        self.console_dock.hide()
        self.presenting = False
        self._build_actions()
        self.console.previous_page.clicked.connect(self.previous_page)
        self.console.next_page.clicked.connect(self.next_page)
        self.console.group_button.setMenu(self.group_menu)
        self.console.blank_button.clicked.connect(lambda on: self.set_blank("black" if on else ""))

        # the settings dialog writes preferences; the room follows them at once
        preferences_for(self.settings).changed.connect(self._on_preference_changed)
        app = QGuiApplication.instance()
        assert isinstance(app, QGuiApplication)
        app.screenAdded.connect(self._on_screen_added)
        app.screenRemoved.connect(self._on_screen_removed)
        self.apply_preferences()  # built after the window: preferences may have changed
        self.follow(window.current_phase_id)

    @property
    def window(self) -> WorkshopWindow:
        window = self._window()
        assert window is not None
        return window

    # --- actions in the facilitator's window ----------------------------------------------

    def _build_actions(self) -> None:
        w = self.window
        self.present_action = QAction(self.tr("&Present to the room"), w)
        self.present_action.setShortcut(QKeySequence("F5"))
        self.present_action.setCheckable(True)
        self.present_action.toggled.connect(self._on_present_toggled)
        self.leave_action = QAction(self.tr("&Leave the presentation"), w)
        self.leave_action.setShortcut(QKeySequence("Esc"))
        self.leave_action.setEnabled(False)
        self.leave_action.triggered.connect(self.stop)
        self.stage_action = QAction(self.tr("Put the selected card on &stage"), w)
        self.stage_action.setShortcut(QKeySequence("F6"))
        self.stage_action.setCheckable(True)
        self.stage_action.triggered.connect(self.toggle_stage)
        for action in (self.present_action, self.leave_action, self.stage_action):
            w.addAction(action)
        menu = w.menuBar().addMenu(self.tr("&Room"))
        menu.addAction(self.present_action)
        menu.addAction(self.leave_action)
        menu.addSeparator()
        self.mode_group = QActionGroup(w)
        labels = {
            Mode.PHASE: self.tr("Show the phase's content"),
            Mode.MATRIX: self.tr("Show the impact × uncertainty matrix"),
            Mode.ROADMAP: self.tr("Show the roadmap"),
            Mode.VOTES: self.tr("Show the vote results"),
            Mode.WELCOME: self.tr("Show the &welcome slide"),
        }
        self.mode_actions: dict[Mode, QAction] = {}
        for mode, label in labels.items():
            action = QAction(label, w)
            action.setCheckable(True)
            action.setChecked(mode is Mode.PHASE)
            action.triggered.connect(lambda _checked=False, m=mode: self.set_mode(m))
            self.mode_group.addAction(action)
            menu.addAction(action)
            self.mode_actions[mode] = action
        menu.addAction(self.stage_action)
        menu.addSeparator()
        self.next_page_action = QAction(self.tr("&Next page of the wall"), w)
        self.next_page_action.setShortcut(QKeySequence("Alt+PgDown"))
        self.next_page_action.triggered.connect(self.next_page)
        self.previous_page_action = QAction(self.tr("&Previous page of the wall"), w)
        self.previous_page_action.setShortcut(QKeySequence("Alt+PgUp"))
        self.previous_page_action.triggered.connect(self.previous_page)
        self.group_menu: QMenu = menu.addMenu(self.tr("Show one &group alone"))
        self.group_menu.setObjectName("roomGroupMenu")
        self.group_menu.aboutToShow.connect(self._fill_group_menu)
        # B / "." and W, as presentation software: a window shortcut, so that typing a
        # card in the capture line is never taken for it
        self.black_action = QAction(self.tr("&Black screen"), w)
        self.black_action.setShortcuts([QKeySequence("B"), QKeySequence(".")])
        self.black_action.triggered.connect(lambda: self.set_blank("black"))
        self.white_action = QAction(self.tr("&White screen"), w)
        self.white_action.setShortcut(QKeySequence("W"))
        self.white_action.triggered.connect(lambda: self.set_blank("white"))
        self.welcome_text_action = QAction(self.tr("Welcome &text…"), w)
        self.welcome_text_action.triggered.connect(self.edit_welcome_text)
        for action in (
            self.next_page_action,
            self.previous_page_action,
            self.black_action,
            self.white_action,
        ):
            w.addAction(action)
            menu.addAction(action)
        menu.addAction(self.welcome_text_action)
        menu.addSeparator()
        self.screen_menu: QMenu = menu.addMenu(self.tr("Projector &screen"))
        self.screen_menu.aboutToShow.connect(self._fill_screen_menu)
        self.menu = menu

    def _fill_screen_menu(self) -> None:
        self.screen_menu.clear()
        chosen = self.projector_screen()
        for screen in QGuiApplication.screens():
            geometry = screen.geometry()
            action = self.screen_menu.addAction(
                f"{screen.name()} ({geometry.width()}×{geometry.height()})"
            )
            action.setCheckable(True)
            action.setChecked(screen is chosen)
            action.triggered.connect(lambda _checked=False, s=screen: self.choose_screen(s))

    # --- pages, one group, a blank screen, the welcome slide -----------------------------

    def next_page(self) -> None:
        self.projector.view.next_page()

    def previous_page(self) -> None:
        self.projector.view.previous_page()

    def _fill_group_menu(self) -> None:
        menu = self.group_menu
        menu.clear()
        view = self.projector.view
        every = menu.addAction(self.tr("Every group"))
        every.setCheckable(True)
        every.setChecked(view.focus is None)
        every.triggered.connect(lambda: self.show_group(None))
        groups = view.groups()
        if groups:
            menu.addSeparator()
        for focus, name in groups:
            action = menu.addAction(name)
            action.setCheckable(True)
            action.setChecked(view.focus == focus)
            action.triggered.connect(lambda _checked=False, f=focus: self.show_group(f))

    def show_group(self, focus: Focus | None) -> None:
        """Show one group alone on the room's wall (None: every group again)."""
        self.stage_action.setChecked(False)
        self.projector.view.set_focus(focus)

    def set_blank(self, blank: str) -> None:
        """The room's screen black, white, or back ("")."""
        self.projector.view.set_blank(blank)
        self.console.blank_button.setChecked(bool(self.projector.view.blank))
        app = QApplication.instance()
        if app is None:
            return
        if self.projector.view.blank:
            app.installEventFilter(self)
        else:
            app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """While the room's screen is blank, any key brings it back (outside a text
        field, where a key is typed)."""
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and self.projector.view.blank
            and not is_modifier(event)
            and not _typing(QApplication.focusWidget())
        ):
            self.set_blank("")
            return True
        return super().eventFilter(watched, event)

    def welcome_text(self) -> str:
        try:
            texts = self.settings.get("welcome_texts")
        except KeyError:
            return ""
        return str(texts.get(str(self.window.session.workshop_id), ""))

    def edit_welcome_text(self) -> None:
        """The welcome slide's free text (Wi-Fi, agenda), kept for this workshop."""
        text, ok = QInputDialog.getMultiLineText(
            self.window,
            self.tr("Welcome slide"),
            self.tr("Shown under the workshop's title, date and place (Wi-Fi, agenda):"),
            self.welcome_text(),
        )
        if not ok:
            return
        self.save_welcome_text(text)
        self.set_mode(Mode.WELCOME)

    def save_welcome_text(self, text: str) -> None:
        texts = dict(self.settings.get("welcome_texts"))
        texts[str(self.window.session.workshop_id)] = text.strip()
        self.settings.set("welcome_texts", texts)
        self.apply_preferences()

    # --- following the facilitator -------------------------------------------------------

    @property
    def room_phase_id(self) -> uuid.UUID | None:
        """The phase the room's view shows."""
        return self.projector.view.phase_id

    def look(self, phase_id: uuid.UUID | None) -> None:
        """The facilitator looks at a phase: the room follows only when not presenting."""
        if not self.presenting:
            self.follow(phase_id)

    def follow(self, phase_id: uuid.UUID | None) -> None:
        """The room shows this phase (it started, or the facilitator chose to show it)."""
        mode = self.projector.view.mode
        if mode is not Mode.PHASE and phase_id != self.projector.view.phase_id:
            mode = Mode.PHASE
            self.mode_actions[Mode.PHASE].setChecked(True)
            self.projector.view.mode = mode
        self.stage_action.setChecked(False)
        self.projector.show_phase(phase_id)
        # the console follows even while hidden: however it is shown, its timer is the
        # current phase's, the same as the window's
        self.console.refresh()

    def set_mode(self, mode: Mode) -> None:
        self.mode_actions[mode].setChecked(True)
        self.stage_action.setChecked(False)
        self.projector.set_mode(mode)

    def toggle_stage(self) -> None:
        """Put the selected card (or future) on stage, or take it off."""
        if self.projector.view.stage_card_id is not None:
            self.projector.put_on_stage(None)
            self.stage_action.setChecked(False)
            return
        view = self.window.current_view()
        selected = view.selected_card_ids() if view is not None else []
        self.projector.put_on_stage(selected[0] if selected else None)
        self.stage_action.setChecked(bool(selected))

    # --- screens ----------------------------------------------------------------------------

    def facilitator_screen(self) -> QScreen | None:
        return self.window.screen()

    def projector_screen(self) -> QScreen:
        """The remembered screen for this setup; else another screen than the
        facilitator's; with one screen, that one."""
        screens = QGuiApplication.screens()
        remembered = self.settings.get("projector_screens").get(screen_setup(screens), "")
        for screen in screens:
            if screen.name() == remembered:
                return screen
        mine = self.facilitator_screen()
        others = [s for s in screens if s is not mine]
        return others[0] if others else (mine or QGuiApplication.primaryScreen())

    def apply_preferences(self) -> None:
        """Text size factor and theme from the settings (Preferences → Projector)."""
        try:
            scale = float(self.settings.get("projector_font_scale"))
            theme = str(self.settings.get("projector_theme"))
        except KeyError:  # settings without the projector preferences
            scale, theme = 1.0, "dark"
        self.projector.view.set_preferences(scale, theme)
        view = self.projector.view
        with contextlib.suppress(KeyError):
            view.set_page_seconds(int(self.settings.get("projector_page_seconds")))
        if view.welcome_text != self.welcome_text():
            view.welcome_text = self.welcome_text()
            view.refresh()

    def _on_preference_changed(self, name: str, _old: object, _new: object) -> None:
        if name == "projector_screens":
            screen = self.projector_screen()
            if self.presenting and screen is not self.projector.screen():
                self._place(screen)
        if name.startswith("projector_"):
            self.apply_preferences()  # text size and theme, at once

    def choose_screen(self, screen: QScreen) -> None:
        """Remember ``screen`` for the current setup and move the projector there."""
        choices = dict(self.settings.get("projector_screens"))
        choices[screen_setup(QGuiApplication.screens())] = screen.name()
        self.settings.set("projector_screens", choices)
        self.apply_preferences()
        if self.presenting:
            self._place(screen)

    def _place(self, screen: QScreen) -> None:
        projector = self.projector
        if projector.isFullScreen():
            projector.showNormal()
        projector.setScreen(screen)
        projector.setGeometry(screen.geometry())
        projector.showFullScreen()
        single = len(QGuiApplication.screens()) < 2
        if single:
            projector.raise_()
            projector.activateWindow()
        projector.view.apply_sizes()

    def _on_screen_added(self, _screen: QScreen) -> None:
        if self.presenting:
            QTimer.singleShot(0, self, lambda: self._place(self.projector_screen()))

    def _on_screen_removed(self, screen: QScreen) -> None:
        """The projector's screen is gone: the view moves to one that remains."""
        if not self.presenting:
            return
        remaining = [s for s in QGuiApplication.screens() if s is not screen]
        if not remaining:
            return
        target = self.projector_screen()
        if target is screen:
            target = remaining[0]
        QTimer.singleShot(0, self, lambda: self._place(target))

    # --- presenting -------------------------------------------------------------------------

    def _on_present_toggled(self, on: bool) -> None:
        if on:
            self.start()
        else:
            self.stop()

    def start(self) -> None:
        """F5: the room's view opens full screen on its screen; the console shows."""
        if self.presenting:
            return
        self.presenting = True
        self.presenting_changed.emit(True)
        self.apply_preferences()
        self.present_action.setChecked(True)
        self.leave_action.setEnabled(True)
        # the room sees the phase in progress (else the one looked at)
        running = self.window.running_phase()
        self.follow(running.id if running is not None else self.window.current_phase_id)
        self._place(self.projector_screen())
        if len(QGuiApplication.screens()) >= 2:
            self.console_dock.show()
            self.console.start()

    def stop(self) -> None:
        """Esc: the room's view closes; the facilitator's window is back."""
        if not self.presenting:
            return
        self.presenting = False
        self.presenting_changed.emit(False)
        self.present_action.setChecked(False)
        self.leave_action.setEnabled(False)
        self.console.stop()
        self.console_dock.hide()
        self.projector.hide()
        self.window.activateWindow()

    def close(self) -> None:
        """The facilitator's window closes: the room's view goes with it, and nothing
        long-lived (the application's screen signals) keeps the window alive."""
        self.stop()
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.screenAdded.disconnect(self._on_screen_added)
            app.screenRemoved.disconnect(self._on_screen_removed)
        for signal in (
            self.projector.leave_requested,
            self.projector.next_requested,
            self.projector.previous_requested,
        ):
            signal.disconnect()
        self.projector.close()
        self.projector.deleteLater()


def _room_phase(console: weakref.ref[PresenterConsole]) -> uuid.UUID | None:
    """Where the console's cards go: the phase the room shows, whatever the window looks
    at (else the one it looks at)."""
    shown = console()
    window = shown._window() if shown is not None else None
    if shown is None or window is None:
        return None
    return shown.projector.view.phase_id or window.current_phase_id


def _typing(widget: QWidget | None) -> bool:
    """Whether ``widget`` takes typed keys (a text field, an editable list)."""
    if isinstance(widget, QComboBox):
        return widget.isEditable()
    return isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit | QAbstractSpinBox)


def install_presentation(window: WorkshopWindow) -> PresentationController:
    """Give a facilitator's window its projector, Room menu and console."""
    controller = PresentationController(window)
    window.phase_shown.connect(controller.look)
    window.room_phase_requested.connect(controller.follow)
    return controller


__all__ = ["PresentationController", "PresenterConsole", "install_presentation"]
