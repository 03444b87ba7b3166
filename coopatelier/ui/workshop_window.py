"""The facilitator's window: the déroulé on the left, the current phase's question and
workspace in the middle, the capture line always ready at the bottom."""

from __future__ import annotations

import base64
import functools
import html
import itertools
import logging
import uuid
import weakref
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QCloseEvent, QKeyEvent, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from coopatelier import api
from coopatelier.domain.model import Phase, PhaseStatus, WorkshopData
from coopatelier.errors import KnownError
from coopatelier.services.changes import Changes
from coopatelier.settings import Settings
from coopatelier.ui import card_ops, phase_ops
from coopatelier.ui.capture import CaptureBar, ErrorBanner, ended_reasons
from coopatelier.ui.capture_controller import CaptureController
from coopatelier.ui.card_gestures import PhaseDropTarget
from coopatelier.ui.clock import Clock
from coopatelier.ui.messages import user_message
from coopatelier.ui.models import PhaseListModel
from coopatelier.ui.preferences import preferences_for
from coopatelier.ui.screens import dock_width
from coopatelier.ui.shortcuts import WindowKeysFirst
from coopatelier.ui.start import is_window_shortcut, typed_key
from coopatelier.ui.timer import TimerWidget
from coopatelier.ui.views import view_class_for
from coopatelier.ui.views.base import PhaseView, scrolling, wheel_scrolls_forms
from coopatelier.ui.views.delegates import WrappingListView
from coopatelier.ui.workshop_session import WorkshopSession

if TYPE_CHECKING:  # the dialogs are imported when first opened, the docks once shown
    from coopatelier.ui.dialogs import PhaseDialog, TemplateDialog
    from coopatelier.ui.projector.presenter import PresentationController
    from coopatelier.ui.voting import VotingDock, VotingPanel

log = logging.getLogger(__name__)


def _encode(data: QByteArray) -> str:
    return base64.b64encode(bytes(data.data())).decode("ascii")


def _decode(text: str) -> QByteArray:
    try:
        return QByteArray(base64.b64decode(text.encode("ascii")))
    except ValueError:
        return QByteArray()


class _DockPanel(QWidget):
    """The agenda's panel: about 40 characters wide, at most a share of the window
    (``screens.dock_width``). A dock the user never resized follows its panel's size hint:
    the panel's own (its timer's, its buttons') changed from phase to phase, and the agenda
    with it (331 pixels, then 272 in the actions phase)."""

    def sizeHint(self) -> QSize:
        wide = self.fontMetrics().averageCharWidth() * 40
        return QSize(dock_width(self, wide), super().sizeHint().height())


class PhaseStack(QStackedWidget):
    """A stack as small as its current page (not as its largest one), so that the window
    fits a small laptop screen whatever phases the workshop has."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currentChanged.connect(lambda _index: self.updateGeometry())

    def sizeHint(self) -> QSize:
        page = self.currentWidget()
        return page.sizeHint() if page is not None else super().sizeHint()

    def minimumSizeHint(self) -> QSize:
        page = self.currentWidget()
        return page.minimumSizeHint() if page is not None else super().minimumSizeHint()


class WorkshopWindow(QMainWindow):
    #: the user asked for the list of workshops (home)
    home_requested = Signal()
    closed = Signal(object)
    #: the phase looked at changed (the projector follows it only when not presenting)
    phase_shown = Signal(object)
    #: the room's screen should show this phase (it started, or the facilitator chose it)
    room_phase_requested = Signal(object)
    #: the user asked for the list of backups (the app owns the store, so it opens it)
    backups_requested = Signal()
    #: the window was painted for the first time (the start opens the store then)
    first_painted = Signal()

    def __init__(
        self,
        store: api.Store | Callable[[], api.Store],
        workshop_id: uuid.UUID,
        settings: Settings,
        parent: QWidget | None = None,
        *,
        clock: Clock | None = None,
        data: WorkshopData | None = None,
    ) -> None:
        """``store``, or what opens it with ``data`` the workshop already read (the app's
        start: ui/app.py); see ``WorkshopSession``."""
        super().__init__(parent)
        self.setObjectName("workshopWindow")
        self.clock = clock or Clock(self)  # the time the timer (and the projector) shows
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        self.settings = settings
        self.session = WorkshopSession(store, workshop_id, self, data=data)
        self.session.changed.connect(self._on_changed)  # before any view: stale views go first
        self.session.failed.connect(self._on_failed)
        self.views: dict[uuid.UUID, PhaseView] = {}
        self.current_phase_id: uuid.UUID | None = None
        self._saved_selection: dict[uuid.UUID, list[uuid.UUID]] = {}
        self._counts: dict[uuid.UUID, int] = {}
        # built once the window is shown (``_build_the_rest``), or when first asked for
        self._presentation: PresentationController | None = None
        self._voting_dock: VotingDock | None = None
        self._rest_built = False
        self._painted = False
        # keys typed on the start's frame, for the capture line (``take_typed_keys``)
        self._typed_ahead: list[tuple[int, Qt.KeyboardModifier, str]] = []
        self._first_screen: _FirstScreen | None = None  # installed once built, below
        self._in_progress_id: uuid.UUID | None = None
        self._build_deroule()
        self._build_centre()
        self._build_actions()
        self._chain_tab_order()
        # Ctrl+E and the phase keys work from any text field of the window (ui/shortcuts.py)
        self.window_keys = WindowKeysFirst(self, [self.edit_phase_action], _PHASE_KEYS)
        preferences_for(settings).changed.connect(self._on_preference_changed)
        self._restore()
        from coopatelier.ui.workshop_details import install_workshop_menu

        self.workshop_menu = install_workshop_menu(self)  # details, participants, organisations
        from coopatelier.ui.help import install_help_menu

        self.help_menu = install_help_menu(self, settings)  # last menu: Help
        # hears the first paint, and a key that comes before the rest is built
        self._first_screen = _FirstScreen(self)

    # --- what the first screen does not show: built right after it is painted -------------

    def _painting(self) -> None:
        """The window (or a widget of it: the window's own paint may be skipped where
        opaque widgets cover it) is painted for the first time."""
        if not self._painted:
            self._painted = True
            # queued: this paint reaches the screen before the rest is built
            QTimer.singleShot(0, self._after_first_paint)

    def _after_first_paint(self) -> None:
        self.first_painted.emit()
        self._build_the_rest()

    def _build_the_rest(self) -> None:
        """The voting dock and the presentation (projector, console, Room menu): hidden on
        the first screen, so built after it is shown — or when first asked for."""
        if self._rest_built:
            return
        self._rest_built = True
        from coopatelier.ui.voting import VotingDock

        self._voting_dock = VotingDock(self, self.session, self.clock)  # Ctrl+Shift+V
        # as the saved state left it (the state was restored before the dock existed);
        # the presenter console, below, never was: it opens when presenting
        state = self.settings.get("workshop_window_state")
        if state:
            self.restoreState(_decode(state))
        self.phase_menu.addAction(self._voting_dock.toggleViewAction())
        if self.current_phase_id is not None:
            self._voting_dock.panel.set_phase(self.current_phase_id)
        from coopatelier.ui.projector.presenter import install_presentation

        presentation = install_presentation(self)  # the projector, F5 / Esc
        self._presentation = presentation
        presentation.presenting_changed.connect(lambda _on: self._update_run_controls())
        # the Room menu goes before Help, as if built with the others
        bar = self.menuBar()
        room = presentation.menu.menuAction()
        bar.removeAction(room)
        bar.insertAction(self.help_menu.menuAction(), room)

    @property
    def voting_dock(self) -> VotingDock:
        self._build_the_rest()
        assert self._voting_dock is not None
        return self._voting_dock

    @property
    def voting(self) -> VotingPanel:
        return self.voting_dock.panel

    @property
    def presentation(self) -> PresentationController:
        """The projector and its console (F5 / Esc)."""
        self._build_the_rest()
        assert self._presentation is not None
        return self._presentation

    @property
    def presenting(self) -> bool:
        """Whether the room's view is shown (asked without building the projector)."""
        return self._presentation is not None and self._presentation.presenting

    # --- building -------------------------------------------------------------------------

    def _build_deroule(self) -> None:
        self.phase_model = PhaseListModel(self)
        # wraps long titles at the déroulé's real width, laid out again when it changes
        self.phase_list = WrappingListView(self)
        self.phase_list.setObjectName("phaseList")
        self.phase_list.setModel(self.phase_model)
        self.phase_list.setSpacing(2)
        # after a capture the agenda's count follows a moment later, once for a burst of
        # captures: repainting its row was a third of a capture's painting
        self._deroule_soon = QTimer(self)
        self._deroule_soon.setSingleShot(True)
        self._deroule_soon.setInterval(250)
        self._deroule_soon.timeout.connect(self._refresh_deroule)
        self.phase_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.phase_list.setAccessibleName(self.tr("Agenda: the workshop's phases"))
        self.phase_list.setToolTip(
            self.tr(
                "Click a phase to look at it; nothing starts until you press Start "
                "(Ctrl+PgDown: look at the next one, Ctrl+PgUp: the previous one)"
            )
        )
        # looking is not running: selecting a phase (click, arrows) only shows it
        self.phase_list.selectionModel().currentRowChanged.connect(self._on_row_selected)
        # cards dragged from a workspace onto a phase move there (ui/card_gestures.py)
        # (no reference back to the window: a cycle would outlive its C++ object)
        self.phase_drops = PhaseDropTarget(
            self.session, self.phase_list, functools.partial(phase_id_at, self.phase_model)
        )

        def tool(text: str, name: str, tip: str, slot: Callable[[], object]) -> QToolButton:
            button = QToolButton(self)
            button.setText(text)
            button.setObjectName(name)
            button.setAccessibleName(tip)
            button.setToolTip(tip)
            button.clicked.connect(slot)
            return button

        self.add_phase_button = tool(
            "+", "addPhase", self.tr("Add a phase after this one"), self.add_phase
        )
        self.remove_phase_button = tool(
            "−", "removePhase", self.tr("Remove this phase"), self.remove_phase
        )
        self.up_button = tool(
            "↑", "phaseUp", self.tr("Move this phase earlier"), lambda: self.move_phase(-1)
        )
        self.down_button = tool(
            "↓", "phaseDown", self.tr("Move this phase later"), lambda: self.move_phase(1)
        )
        self.edit_phase_button = tool(
            "✎",
            "editPhase",
            self.tr("Edit this phase (title, minutes, instructions)"),
            self.edit_phase,
        )
        tools = QHBoxLayout()
        for button in (
            self.add_phase_button,
            self.remove_phase_button,
            self.up_button,
            self.down_button,
            self.edit_phase_button,
        ):
            tools.addWidget(button)
        tools.addStretch(1)
        self.start_button = QPushButton(self.tr("Start this phase"), self)
        self.start_button.setObjectName("startPhase")
        self.start_button.clicked.connect(self.start_shown_phase)
        self.end_button = QPushButton(self.tr("End phase"), self)
        self.end_button.setObjectName("endPhase")
        self.end_button.setToolTip(self.tr("This phase is over (its time is recorded)"))
        self.end_button.clicked.connect(self.end_shown_phase)
        self.next_button = QPushButton(self.tr("Next phase ▶"), self)
        self.next_button.setObjectName("nextPhase")
        self.next_button.clicked.connect(self.next_phase)
        self.end_workshop_button = QPushButton(self.tr("End the workshop"), self)
        self.end_workshop_button.setObjectName("endWorkshop")
        self.end_workshop_button.setToolTip(
            self.tr("End the phase in progress and mark the workshop as done")
        )
        self.end_workshop_button.clicked.connect(self.end_workshop)
        self.show_room_button = QPushButton(self.tr("Show this phase to the room"), self)
        self.show_room_button.setObjectName("showToRoom")
        self.show_room_button.setToolTip(
            self.tr("The room's screen shows the phase you are looking at; nothing starts")
        )
        self.show_room_button.clicked.connect(self.show_shown_phase_to_room)
        self.show_room_button.hide()
        self.total_label = QLabel(self)
        self.total_label.setObjectName("totalLabel")
        panel = _DockPanel(self)
        panel.setObjectName("deroulePanel")
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.phase_list, 1)
        layout.addWidget(self.total_label)
        layout.addLayout(tools)
        self.timer = TimerWidget(self.session, self.clock, panel, starts_phases=False)
        layout.addWidget(self.timer)
        run_row = QHBoxLayout()
        run_row.setSpacing(4)
        run_row.addWidget(self.start_button, 1)
        run_row.addWidget(self.end_button, 1)
        layout.addLayout(run_row)
        layout.addWidget(self.next_button)
        layout.addWidget(self.end_workshop_button)
        layout.addWidget(self.show_room_button)
        self.deroule_dock = QDockWidget(self.tr("Agenda"), self)
        self.deroule_dock.setObjectName("derouleDock")
        self.deroule_dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetFloatable
        )
        self.deroule_dock.setWidget(panel)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.deroule_dock)

    def _build_centre(self) -> None:
        centre = QWidget(self)
        centre.setObjectName("centre")
        self.phase_title = QLabel(self)
        self.phase_title.setObjectName("phaseTitle")
        self.phase_title.setWordWrap(True)
        self.phase_question = QLabel(self)
        self.phase_question.setObjectName("phaseQuestion")
        self.phase_question.setWordWrap(True)
        self.phase_instructions = QLabel(self)
        self.phase_instructions.setObjectName("phaseInstructions")
        self.phase_instructions.setWordWrap(True)
        # looking at a phase while another runs: say so, with the way back
        self.running_hint = QLabel(self)
        self.running_hint.setObjectName("runningHint")
        self.running_hint.setWordWrap(True)
        self.running_hint.setTextFormat(Qt.TextFormat.RichText)
        self.running_hint.linkActivated.connect(lambda _link: self.show_running_phase())
        self.running_hint.setStyleSheet(
            "QLabel#runningHint { background: #e6f2ea; color: #1d3b2a;"
            " border: 1px solid #2a6e45; border-radius: 4px; padding: 4px 8px; }"
        )
        self.running_hint.hide()
        self.stack = PhaseStack(self)
        self.stack.setObjectName("phaseStack")
        self.banner = ErrorBanner(self)
        self.capture = CaptureBar(self)
        # the table and author typed for this workshop (never another workshop's: its
        # participants are not this one's); a workshop never captured in starts from the
        # defaults chosen in Preferences
        table, author = self.settings.capture_fields(self.session.workshop_id) or (
            self.settings.get("default_table"), self.settings.get("default_author"))
        self.capture.table.setText(table)
        self.capture.author.setText(author)
        self.capture.table.editingFinished.connect(self._remember_capture_fields)
        self.capture.author.editingFinished.connect(self._remember_capture_fields)
        self.capture.edit.installEventFilter(self)
        # one capture path, shared with the presenter console (ui/capture_controller.py)
        # (the line's callables hold the window weakly: its wrapper must not outlive it)
        self.capturing = CaptureController(self.session, self.capture)
        self.capturing.attach(self.capture, functools.partial(_looked_at, weakref.ref(self)))
        self.capturing.failed.connect(self._on_failed)
        self.capturing.saved.connect(self.banner.dismiss)
        layout = QVBoxLayout(centre)
        layout.setContentsMargins(12, 10, 12, 8)
        layout.addWidget(self.running_hint)
        layout.addWidget(self.phase_title)
        layout.addWidget(self.phase_question)
        layout.addWidget(self.phase_instructions)
        # a phase's workspace taller or wider than the room left (both docks open on a
        # small window, long instructions above it) scrolls: its minimum never makes the
        # window grow when the phase changes
        self.stack_scroll = scrolling(self.stack, "phaseScroll", self)
        layout.addWidget(self.stack_scroll, 1)
        layout.addWidget(self.banner)
        layout.addWidget(self.capture)
        self.setCentralWidget(centre)

    def _chain_tab_order(self) -> None:
        """Tab follows the screen: déroulé, its buttons, the workspace, the capture line."""
        chain = [
            self.phase_list, self.add_phase_button, self.remove_phase_button, self.up_button,
            self.down_button, self.edit_phase_button, self.start_button, self.end_button,
            self.next_button, self.end_workshop_button, self.show_room_button, self.stack,
            self.banner.retry_button, self.banner.close_button, self.capture.table,
            self.capture.author, self.capture.group, self.capture.edit, self.capture.button,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _action(
        self,
        text: str,
        slot: Callable[[], object],
        shortcuts: list[QKeySequence] | None = None,
        tip: str = "",
    ) -> QAction:
        action = QAction(text, self)
        if shortcuts:
            action.setShortcuts(shortcuts)
        if tip:
            action.setToolTip(tip)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        key = QKeySequence
        stack = self.session.undo_stack
        # Our own actions (not createUndoAction: it sets no shortcut, and a refused undo must
        # reach the banner rather than escape from inside QUndoStack).
        self.undo_action = self._action(
            self.tr("&Undo"), self.undo, key.keyBindings(key.StandardKey.Undo)
        )
        self.redo_action = self._action(
            self.tr("&Redo"), self.redo, [key("Ctrl+Shift+Z"), key("Ctrl+Y")]
        )
        self.undo_action.setEnabled(stack.canUndo())
        self.redo_action.setEnabled(stack.canRedo())
        stack.canUndoChanged.connect(self.undo_action.setEnabled)
        stack.canRedoChanged.connect(self.redo_action.setEnabled)
        stack.undoTextChanged.connect(
            lambda text: self.undo_action.setText(
                self.tr("&Undo %1").replace("%1", text) if text else self.tr("&Undo")
            )
        )
        stack.redoTextChanged.connect(
            lambda text: self.redo_action.setText(
                self.tr("&Redo %1").replace("%1", text) if text else self.tr("&Redo")
            )
        )

        self.look_next_action = self._action(
            self.tr("&Look at the next phase"), self.look_at_next, [key("Ctrl+PgDown")]
        )
        self.previous_action = self._action(
            self.tr("Look at the &previous phase"), self.previous_phase, [key("Ctrl+PgUp")]
        )
        self.start_action = self._action(self.tr("&Start this phase"), self.start_shown_phase)
        self.next_action = self._action(
            self.tr("&Next phase ▶ (end this one, start the next)"),
            self.next_phase,
            [key("Ctrl+Shift+PgDown")],
        )
        self.end_action = self._action(self.tr("&End this phase"), self.end_shown_phase)
        self.end_workshop_action = self._action(
            self.tr("End the &workshop"), self.end_workshop
        )
        self.show_room_action = self._action(
            self.tr("Show this phase to the &room"), self.show_shown_phase_to_room
        )
        self.capture_focus_action = self._action(
            self.tr("Go to the &capture line"), self.focus_capture, [key("Ctrl+L")]
        )
        self.merge_action = self._action(
            self.tr("&Merge selected cards"), self.merge_selected, [key("Ctrl+M")]
        )
        self.delete_action = self._action(
            self.tr("&Delete selected cards"), self.delete_selected, [key(key.StandardKey.Delete)]
        )
        self.add_phase_action = self._action(self.tr("&Add a phase…"), self.add_phase)
        self.edit_phase_action = self._action(
            self.tr("&Edit this phase…"), self.edit_phase, [key("Ctrl+E")]
        )
        self.remove_phase_action = self._action(self.tr("&Remove this phase"), self.remove_phase)
        self.up_action = self._action(
            self.tr("Move phase &earlier"), lambda: self.move_phase(-1), [key("Ctrl+Shift+Up")]
        )
        self.down_action = self._action(
            self.tr("Move phase &later"), lambda: self.move_phase(1), [key("Ctrl+Shift+Down")]
        )
        self.template_action = self._action(
            self.tr("Save agenda as &template…"), self.save_as_template
        )
        self.home_action = self._action(
            self.tr("&Workshops…"), self.home_requested.emit, [key("Ctrl+Shift+O")]
        )
        self.preferences_action = self._action(
            self.tr("&Preferences…"), self.show_preferences, [key("Ctrl+,")]
        )
        self.close_action = self._action(self.tr("&Close"), self.close, [key("Ctrl+W")])
        self.quit_action = self._action(self.tr("&Quit"), self._quit, [key("Ctrl+Q")])

        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addAction(self.home_action)
        file_menu.addAction(self.template_action)
        self.export_action = self._action(
            self.tr("&Export…"), self.show_export, [key("Ctrl+Shift+E")],
            self.tr("PDF synthesis, workshop file, CSV or Markdown"),
        )
        self.backups_action = self._action(self.tr("&Backups…"), self.backups_requested.emit)
        file_menu.addAction(self.export_action)
        file_menu.addAction(self.backups_action)
        file_menu.addSeparator()
        file_menu.addAction(self.preferences_action)
        file_menu.addSeparator()
        file_menu.addAction(self.close_action)
        file_menu.addAction(self.quit_action)
        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.merge_action)
        edit_menu.addAction(self.delete_action)
        edit_menu.addAction(self.capture_focus_action)
        phase_menu = bar.addMenu(self.tr("&Phase"))
        phase_menu.addAction(self.look_next_action)
        phase_menu.addAction(self.previous_action)
        phase_menu.addSeparator()
        for action in (
            self.start_action,
            self.next_action,
            self.end_action,
            self.end_workshop_action,
            self.show_room_action,
        ):
            phase_menu.addAction(action)
        phase_menu.addSeparator()
        for action in (
            self.add_phase_action,
            self.edit_phase_action,
            self.remove_phase_action,
            self.up_action,
            self.down_action,
        ):
            phase_menu.addAction(action)
        phase_menu.addSeparator()
        phase_menu.addActions(self.timer.actions())
        self.phase_menu = phase_menu  # the voting dock's toggle comes last, once it is built
        self.export_menu = file_menu  # the app adds export actions when available

    # --- restoring and closing ------------------------------------------------------------

    def _restore(self) -> None:
        data = self.session.data()
        running = phase_ops.in_progress(data)
        self._in_progress_id = running.id if running is not None else None
        self.setWindowTitle(self.tr("%1 — CoopAtelier").replace("%1", data.workshop.title))
        self._refresh_deroule()
        wid = self.session.workshop_id
        phase_id = phase_to_show(data, self.settings)
        for phase in data.phases:
            ids = self.settings.selection(wid, phase.id)
            if ids:
                self._saved_selection[phase.id] = ids
        if phase_id is not None:
            self.show_phase(phase_id)
        # the docks' places before the geometry, while the window is neither shown nor
        # maximised: restored into a hidden maximised window it does not fit yet, Qt keeps a
        # copy of the state to apply as the window grows, which shares the docks' layout
        # items; the second restore (``_build_the_rest``, once the voting dock exists)
        # deletes those items, and the window's next layout used them freed — a crash
        # whenever the panels need more width than the window has (a small screen; the
        # window reopened after restoring a backup)
        state = self.settings.get("workshop_window_state")
        if state:
            self.restoreState(_decode(state))
        # geometry last, once the panels hold what they will show (their sizes are final)
        geometry = self.settings.get("workshop_geometry")
        if not (geometry and self.restoreGeometry(_decode(geometry))):
            self._first_geometry()
        self.focus_capture()

    def _first_geometry(self) -> None:
        """1280 × 800 where it fits; on a smaller screen (a 1366 × 768 laptop) maximised, so
        that the capture line and *Next phase* are on screen."""
        screen = self.screen().availableGeometry() if self.screen() is not None else None
        if screen is not None and (screen.width() < 1280 or screen.height() < 800):
            self.resize(min(1280, screen.width()), min(800, screen.height()))
            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)
        else:
            self.resize(1280, 800)

    def remember(self) -> None:
        """Save geometry, the current phase and every view's selection."""
        self.settings.set("workshop_geometry", _encode(self.saveGeometry()))
        self.settings.set("workshop_window_state", _encode(self.saveState()))
        splitters = dict(self.settings.get("view_splitters"))
        for view in self.views.values():
            for name, splitter in view.remembered_splitters().items():
                splitters[name] = _encode(splitter.saveState())
        self.settings.set("view_splitters", splitters)
        selection = dict(self._saved_selection)
        for phase_id, view in self.views.items():
            selection[phase_id] = view.selected_card_ids()
        # not the workshop the next start opens: that is the one opened or activated last
        # (Controller.open_workshop, changeEvent), never the one closed last — Quit closes
        # every window, the one left behind after its own
        self.settings.remember_workshop(
            self.session.workshop_id, self.current_phase_id, selection, last=False
        )
        self._remember_capture_fields()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # docks the user never resized keep their share of the window (``dock_width``)
        # as it grows or narrows, at once rather than at the next phase shown
        self.deroule_dock.widget().updateGeometry()
        if self._voting_dock is not None:
            self._voting_dock.panel.updateGeometry()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            # the workshop the facilitator last worked in is the one that opens next time
            self.settings.set("last_workshop", str(self.session.workshop_id))

    def closeEvent(self, event: QCloseEvent) -> None:
        """Everything is already saved: closing never asks."""
        self.remember()
        if self._presentation is not None:
            self._presentation.close()
        self.session.detach()
        self.session.undo_stack.clear()
        super().closeEvent(event)
        self.closed.emit(self)

    def _quit(self) -> None:
        from PySide6.QtWidgets import QApplication

        self.close()
        QApplication.closeAllWindows()

    # --- phases ---------------------------------------------------------------------------

    def view_for(self, phase_id: uuid.UUID) -> PhaseView:
        view = self.views.get(phase_id)
        if view is None:
            phase = self.session.data().phase(phase_id)
            assert phase is not None
            view = view_class_for(phase.kind, phase.demarche_focus)(
                self.session, phase_id, self.stack
            )
            self.views[phase_id] = view
            self.stack.addWidget(view)
            wheel_scrolls_forms(view, self.stack_scroll)
            states = self.settings.get("view_splitters")
            for name, splitter in view.remembered_splitters().items():
                if states.get(name):
                    splitter.restoreState(_decode(states[name]))
            saved = self._saved_selection.pop(phase_id, None)
            if saved and hasattr(view, "select_cards"):
                view.select_cards(saved)
        return view

    def current_view(self) -> PhaseView | None:
        return self.views.get(self.current_phase_id) if self.current_phase_id else None

    def show_phase(self, phase_id: uuid.UUID) -> None:
        """Show a phase's workspace without starting it."""
        self.current_phase_id = phase_id
        self.phase_model.current = phase_id
        view = self.view_for(phase_id)
        self.stack.setCurrentWidget(view)
        row = self.phase_model.row_of(phase_id)
        if row >= 0:
            self.phase_list.selectionModel().setCurrentIndex(
                self.phase_model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
        self._refresh_header()
        self.phase_model.set_phases(self.phase_model.phases(), self._counts)
        self._update_run_controls()
        self._follow_clock()
        if self._voting_dock is not None:
            self._voting_dock.panel.set_phase(phase_id)
        self.phase_shown.emit(phase_id)

    def _on_row_selected(self, current: Any, _previous: Any = None) -> None:
        if current.isValid() and 0 <= current.row() < self.phase_model.rowCount():
            phase_id = self.phase_model.phase(current.row()).id
            if phase_id != self.current_phase_id:
                self.show_phase(phase_id)

    def go_to_phase(self, phase_id: uuid.UUID) -> None:
        """Look at a phase (the agenda's click): it shows, and nothing runs."""
        self.show_phase(phase_id)

    def _look(self, delta: int) -> None:
        phases = self.phase_model.phases()
        row = self.phase_model.row_of(self.current_phase_id) + delta
        if 0 <= row < len(phases):
            self.show_phase(phases[row].id)

    def look_at_next(self) -> None:
        """Ctrl+PgDown: look at the next phase of the agenda (nothing starts)."""
        self._look(1)

    def previous_phase(self) -> None:
        """Ctrl+PgUp: look at the previous phase (nothing starts)."""
        self._look(-1)

    def running_phase(self) -> Phase | None:
        """The phase in progress (running or paused), if any."""
        return phase_ops.in_progress(self.session.data())

    def show_running_phase(self) -> None:
        running = self.running_phase()
        if running is not None:
            self.show_phase(running.id)
            self.focus_capture()

    def _follow_clock(self) -> None:
        """The agenda's timer is the running phase's, whatever phase is looked at (so +5 /
        −1 min never go to a phase that is not running); with none in progress, the phase
        looked at, to start it."""
        running = self.running_phase()
        phase_id = running.id if running is not None else self.current_phase_id
        if self.timer.phase_id != phase_id:
            self.timer.set_phase(phase_id)

    def _started(self, phase_id: uuid.UUID) -> None:
        """A phase started from this window: show it, and the room shows it too."""
        self.show_phase(phase_id)
        self.room_phase_requested.emit(phase_id)
        self.focus_capture()

    def start_shown_phase(self) -> None:
        """*Start this phase*: the phase looked at starts (the one in progress ends); one
        that already ran asks first."""
        if self.current_phase_id is not None:
            self.run_again_box = phase_ops.start(
                self.session, self.current_phase_id, self.clock, parent=self,
                started=self._started,
            )

    def end_shown_phase(self) -> None:
        if self.current_phase_id is not None:
            phase_ops.end(self.session, self.current_phase_id, self.clock)

    def next_phase(self) -> None:
        """*Next phase ▶*: the phase in progress ends and the next one starts."""
        self.run_again_box = phase_ops.next_phase(
            self.session, self.clock, parent=self, started=self._started
        )

    def end_workshop(self) -> QMessageBox:
        """*End the workshop*, after a confirmation (it sits under *Next phase*)."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("End the workshop"),
            self.tr(
                "End the workshop now? The phase in progress ends and Home shows the workshop "
                "as done; starting a phase again reopens it."
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("endWorkshopBox")
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("End the workshop"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)  # Return must not end it
        box.accepted.connect(self._end_workshop_now)
        box.finished.connect(box.deleteLater)
        self.end_workshop_box = box
        box.open()
        return box

    def _end_workshop_now(self) -> None:
        if phase_ops.end_workshop(self.session, self.clock):
            self.statusBar().showMessage(
                self.tr("The workshop is over. Export its synthesis with Ctrl+Shift+E."), 15000
            )

    def show_shown_phase_to_room(self) -> None:
        """The room's screen shows the phase looked at (nothing starts)."""
        if self.current_phase_id is not None:
            self.room_phase_requested.emit(self.current_phase_id)
            self._update_run_controls()

    def show_previous_to_room(self) -> None:
        """The projector's PgUp: the room sees the phase before the one it shows."""
        self._show_to_room_by(-1)

    def show_next_to_room(self) -> None:
        """The projector's PgDown past its last page: the room sees the phase after the one
        it shows; nothing starts or ends (*Next phase ▶* does that: a remote's double press
        on the room's screen ended the running phase with nothing asked, and a sentence typed
        there by mistake ran the workshop on)."""
        self._show_to_room_by(1)

    def _show_to_room_by(self, step: int) -> None:
        shown = self._presentation.room_phase_id if self._presentation else None
        phases = self.phase_model.phases()
        row = self.phase_model.row_of(shown) + step
        if shown is not None and 0 <= row < len(phases):
            # the room alone: this window stays on its phase (rt9: it followed the room
            # to the break, and the cards typed after Esc went into the break)
            self.room_phase_requested.emit(phases[row].id)
            self._update_run_controls()  # "Show this phase to the room" back in sight

    def current_phase(self) -> Phase | None:
        if self.current_phase_id is None:
            return None
        return self.session.data().phase(self.current_phase_id)

    def add_phase(self) -> None:
        from coopatelier.ui.dialogs import PhaseDialog

        dialog = PhaseDialog(self)
        dialog.accepted.connect(lambda: self._add_phase_from(dialog))
        dialog.finished.connect(dialog.deleteLater)
        self.phase_dialog = dialog
        dialog.open()

    def _add_phase_from(self, dialog: PhaseDialog) -> None:
        row = self.phase_model.row_of(self.current_phase_id)
        created = phase_ops.add_phase(
            self.session, dialog.chosen_kind(), dialog.values(), row + 1 if row >= 0 else None
        )
        if created is not None:
            self.show_phase(created)

    def edit_phase(self) -> None:
        phase = self.current_phase()
        if phase is None:
            return
        from coopatelier.ui.dialogs import PhaseDialog

        dialog = PhaseDialog(self, phase, self.clock.now())
        dialog.accepted.connect(lambda: self._edit_phase_from(dialog, phase))
        dialog.finished.connect(dialog.deleteLater)
        self.phase_dialog = dialog
        dialog.open()

    def _edit_phase_from(self, dialog: PhaseDialog, phase: Phase) -> None:
        record = dialog.record
        phase_ops.edit_phase(
            self.session,
            phase,
            dialog.values(),
            record.runs() if record is not None and record.changed() else None,
            ended=record.ended.isChecked() if record is not None else None,
        )

    def remove_phase(self) -> None:
        phase = self.current_phase()
        if phase is None:
            return
        phases = self.phase_model.phases()
        row = self.phase_model.row_of(phase.id)
        neighbour = phases[row + 1] if row + 1 < len(phases) else (phases[row - 1] if row else None)
        if phase_ops.remove_phase(self.session, phase) and neighbour is not None:
            self.show_phase(neighbour.id)

    def move_phase(self, delta: int) -> None:
        phase = self.current_phase()
        if phase is None:
            return
        old = self.phase_model.row_of(phase.id)
        new = old + delta
        if not 0 <= new < self.phase_model.rowCount():
            return
        phase_ops.move_phase(self.session, phase, old, new)

    def show_export(self) -> object:
        from coopatelier.ui.export_dialog import open_export_dialog

        self.export_dialog = open_export_dialog(
            self, self.session.store, self.session.workshop_id, self.settings
        )
        return self.export_dialog

    def save_as_template(self) -> None:
        from coopatelier.ui.dialogs import TemplateDialog

        dialog = TemplateDialog(self, self.session.data().workshop.title)
        dialog.accepted.connect(lambda: self._save_template_from(dialog))
        dialog.finished.connect(dialog.deleteLater)
        self.template_dialog = dialog
        dialog.open()

    def _save_template_from(self, dialog: TemplateDialog) -> None:
        try:
            path = api.save_as_template(
                self.session.store,
                self.session.workshop_id,
                key=dialog.key.text().strip(),
                title=dialog.title.text().strip(),
                description=dialog.description.text().strip(),
            )
        except KnownError as exc:
            self.banner.show_error(user_message(exc))
            return
        self.statusBar().showMessage(self.tr("Template saved: %1").replace("%1", path.name), 8000)

    def show_preferences(self) -> None:
        from coopatelier.ui.settings_dialog import open_settings_dialog

        self.preferences_dialog = open_settings_dialog(
            self.settings,
            self,  # (its default table and author are the preferences', not this workshop's)
            backup_folder=self.session.store.backup_folder,
            status=lambda text: self.statusBar().showMessage(text, 10000),
        )

    def _on_preference_changed(self, name: str, _old: object, new: object) -> None:
        """The capture line takes a new default table or author (Preferences)."""
        if name == "default_table":
            self.capture.table.setText(str(new))
        elif name == "default_author":
            self.capture.author.setText(str(new))

    # --- capture --------------------------------------------------------------------------

    def focus_capture(self) -> None:
        self.capture.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def take_typed_keys(self, keys: list[tuple[int, Qt.KeyboardModifier, str]]) -> None:
        """Keys typed on the start's frame before this window was shown (ui/start.py):
        into the capture line, in order, as if typed there, once the window is painted
        and built (typing into it earlier, inside the start's load, crashed Qt's layout
        under X11); an Enter among them captures what came before it, F5 presents and
        Ctrl+Shift+V shows the voting panel in their turn. Keys typed into
        the line meanwhile wait behind them (``eventFilter``)."""
        self._typed_ahead.extend(keys)
        if self._painted and self._rest_built:
            QTimer.singleShot(0, self._replay_typed_keys)
        else:
            self.first_painted.connect(
                lambda: QTimer.singleShot(0, self._replay_typed_keys),
                Qt.ConnectionType.SingleShotConnection,
            )
            # a window never painted (minimised, never exposed) still gets them
            QTimer.singleShot(TYPED_AHEAD_ANYWAY_MS, self._replay_typed_keys)

    def _replay_typed_keys(self) -> None:
        if not self._typed_ahead:  # already replayed (the paint, then the timer)
            return
        keys, self._typed_ahead = self._typed_ahead, []
        for key, modifiers, text in keys:
            if is_window_shortcut(key, modifiers):  # F5, Ctrl+Shift+V: as if pressed now
                self._run_early_shortcut(key)
                continue
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QCoreApplication.sendEvent(
                    self.capture.edit, QKeyEvent(kind, key, modifiers, text)
                )

    def _run_early_shortcut(self, key: int) -> None:
        """F5 (present) or Ctrl+Shift+V (the voting panel) pressed on the start's frame:
        their actions exist once the rest is built."""
        self._build_the_rest()
        if key == Qt.Key.Key_F5:
            action = self.presentation.present_action
        else:
            action = self.voting_dock.toggleViewAction()
        if action.isEnabled():
            action.trigger()

    def capture_card(self, phase_id: uuid.UUID | None = None) -> None:
        """Save the typed card into ``phase_id`` (default: the phase looked at); on failure
        keep the text and offer Retry."""
        self.capturing.capture(self.capture, phase_id or self.current_phase_id)

    def _remember_capture_fields(self) -> None:
        """The capture line's table and author are this workshop's (not the preferences'
        defaults, which every workshop would then inherit)."""
        self.settings.remember_capture_fields(
            self.session.workshop_id,
            self.capture.table.text().strip(),
            self.capture.author.text().strip(),
        )

    def delete_selected(self) -> None:
        """Delete the cards selected in the current workspace (undoable)."""
        view = self.current_view()
        ids = view.selected_card_ids() if view is not None else []
        if ids:
            card_ops.delete_cards(self.session, ids)

    def merge_selected(self) -> None:
        view = self.current_view()
        merge = getattr(view, "merge_selected", None)
        if callable(merge):
            merge()

    # --- undo -----------------------------------------------------------------------------

    def undo(self) -> None:
        """Ctrl+Z: the session undoes (a refusal reaches the banner through ``failed``)."""
        self.session.undo()

    def redo(self) -> None:
        self.session.redo()

    # --- reacting to changes --------------------------------------------------------------

    def _on_failed(self, message: str, retry: Any) -> None:
        self.banner.show_error(message, retry)
        self.capture.status.setText("")

    def _on_changed(self, changes: Changes) -> None:
        if changes.workshop_id not in (None, self.session.workshop_id):
            return
        data = self.session.data()
        if changes.phases or changes.workshop:
            alive = {p.id for p in data.phases}
            for phase_id in [p for p in self.views if p not in alive]:
                view = self.views.pop(phase_id)
                self.session.changed.disconnect(view._on_changed)
                self.stack.removeWidget(view)
                view.deleteLater()
            if self.current_phase_id not in alive and data.phases:
                self.current_phase_id = None
            if changes.workshop:
                self.setWindowTitle(self.tr("%1 — CoopAtelier").replace("%1", data.workshop.title))
        if changes.written and set(changes.created) == changes.cards and not (
            changes.phases or changes.workshop or changes.votes
        ):
            if not self._deroule_soon.isActive():  # a capture: only a count changes
                self._deroule_soon.start()
        else:
            self._deroule_soon.stop()
            self._refresh_deroule()
        if self.current_phase_id is None and data.phases:
            self.show_phase(data.phases[0].id)
        elif changes.phases or changes.workshop:
            self._refresh_header()
        running = phase_ops.in_progress(data)
        running_id = running.id if running is not None else None
        self._follow_clock()
        if running_id != self._in_progress_id:
            self._in_progress_id = running_id
            if running is not None and running.status is PhaseStatus.RUNNING:
                # started from anywhere (the timer, the console): the room follows
                self.room_phase_requested.emit(running_id)

    def _refresh_deroule(self) -> None:
        data = self.session.data()
        counts = {p.id: len(self.session.cards_of_phase(p.id)) for p in data.phases}
        self._counts = counts
        self.phase_model.set_phases(data.phases, counts)
        total = sum(p.planned_minutes for p in data.phases)
        hours, minutes = divmod(total, 60)
        self.total_label.setText(
            self.tr("%n phase(s)", "", len(data.phases))
            + " · "
            + (f"{hours} h {minutes:02d}" if hours else f"{minutes} min")
        )
        row = self.phase_model.row_of(self.current_phase_id)
        if row >= 0 and self.phase_list.currentIndex().row() != row:
            self.phase_list.selectionModel().setCurrentIndex(
                self.phase_model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
        self._update_run_controls()

    def _update_run_controls(self) -> None:
        """What can run now: *Start this phase* unless it runs, *End phase* while it is in
        progress, *Next phase ▶* while a phase follows; looking: next/previous."""
        row = self.phase_model.row_of(self.current_phase_id)
        count = self.phase_model.rowCount()
        self.look_next_action.setEnabled(0 <= row < count - 1)
        self.previous_action.setEnabled(row > 0)
        data = self.session.data()
        phase = self.current_phase()
        status = phase.status if phase is not None else None
        self.start_button.setVisible(status not in (PhaseStatus.RUNNING, PhaseStatus.PAUSED))
        self.start_button.setEnabled(phase is not None and status is not PhaseStatus.RUNNING)
        self.start_action.setEnabled(self.start_button.isEnabled())
        self.start_button.setText(
            self.tr("Run this phase again…") if status is PhaseStatus.DONE
            else self.tr("Start this phase")
        )
        running = phase_ops.in_progress(data)
        self.start_button.setToolTip(
            self.tr("Start this phase now; “%1” ends").replace("%1", running.title)
            if running is not None and phase is not None and running.id != phase.id
            else self.tr("Start this phase and its timer now")
        )
        in_progress = status in (PhaseStatus.RUNNING, PhaseStatus.PAUSED)
        self.end_button.setVisible(in_progress)
        self.end_action.setEnabled(in_progress)
        target = phase_ops.next_phase_after(data)
        self.next_button.setEnabled(target is not None)
        self.next_action.setEnabled(target is not None)
        if data.workshop.ended_at is not None:
            self.next_button.setToolTip(
                self.tr("The workshop has ended: start a phase to run it again.")
            )
        elif target is None:
            self.next_button.setToolTip(self.tr("This is the last phase of the agenda."))
        elif running is not None:
            self.next_button.setToolTip(
                self.tr("End “%1” and start “%2” (Ctrl+Shift+PgDown)")
                .replace("%1", running.title)
                .replace("%2", target.title)
            )
        else:
            self.next_button.setToolTip(
                self.tr("Start “%1” (Ctrl+Shift+PgDown)").replace("%1", target.title)
            )
        ended = data.workshop.ended_at is not None
        # an ended workshop takes no card (the service refuses it too) until a phase runs
        # again, which reopens it
        self.capture.set_closed(ended_reasons() if ended else ())
        self.end_workshop_button.setEnabled(not ended)
        self.end_workshop_action.setEnabled(not ended)
        self.end_workshop_button.setText(
            self.tr("Workshop ended ✓") if ended else self.tr("End the workshop")
        )
        elsewhere = (self.presenting
                     and self.presentation.room_phase_id != self.current_phase_id)
        self.show_room_button.setVisible(elsewhere)
        self.show_room_action.setEnabled(bool(elsewhere))
        self._refresh_running_hint(running)

    def _refresh_running_hint(self, running: Phase | None = None) -> None:
        """Looking at one phase while another is in progress: say which, with a link."""
        if running is None or running.id == self.current_phase_id:
            self.running_hint.hide()
            return
        row = self.phase_model.row_of(running.id)
        name = f"<b>{row + 1}. {html.escape(running.title)}</b>"
        text = (
            self.tr("Running now: %1. You are only looking at this phase.")
            if running.status is PhaseStatus.RUNNING
            else self.tr("Paused: %1. You are only looking at this phase.")
        ).replace("%1", name)
        back = html.escape(self.tr("Back to it"))
        self.running_hint.setText(f"{text} <a href='#running'>{back}</a>")
        self.running_hint.show()

    def _refresh_header(self) -> None:
        phase = self.current_phase()
        if phase is None:
            return
        # "· 35 min" kept together (no-break spaces): a long title wrapped "min" alone
        minutes = self.tr("%n min", "", phase.planned_minutes).replace(" ", "\u00a0")
        self.phase_title.setText(f"{phase.title}  ·\u00a0\u00a0{minutes}")
        self.phase_question.setText(phase.question)
        self.phase_question.setVisible(bool(phase.question))
        self.phase_instructions.setText(phase.instructions)
        self.phase_instructions.setVisible(bool(phase.instructions))

    # --- keyboard: Ctrl+Z in an empty capture line undoes the last change -----------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            self._typed_ahead
            and watched is self.capture.edit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
        ):
            key = typed_key(event)
            if key is not None:  # after the keys typed on the start's frame, in order
                self._typed_ahead.append(key)
                return True
        if (
            watched is self.capture.edit
            and event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
        ):
            pressed = QKeySequence(event.keyCombination())
            undo_keys = event.matches(QKeySequence.StandardKey.Undo) or pressed in _REDO_KEYS
            if (undo_keys and not self.capture.edit.text()) or pressed in _PHASE_KEYS:
                event.ignore()  # not taken by the editor: the window's shortcut runs
                return True
        return super().eventFilter(watched, event)


class _FirstScreen(QObject):
    """Watches a window until its first screen is painted and the rest built: the first
    paint of the window or of any widget in it (``_painting``); a key pressed in it before
    the rest is built builds that first, so that F5, B, Alt+PgDown or Ctrl+Shift+V find
    their shortcuts (a widget's event filter sees the shortcut's override event before Qt
    looks the shortcut up).

    It watches the window and the widgets of its first screen, not the whole application:
    an application-wide Python filter makes PySide6 wrap every internal object an event
    reaches (QAnimationTimer, the style...), and wrapping a class it does not know builds
    the enums of every lazily loaded class (tens of ms before the first paint). Qt's
    private widgets (a combo box's popup container) are left out for the same reason."""

    _KEYS = (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress)

    def __init__(self, window: WorkshopWindow) -> None:
        super().__init__(window)
        self._window = weakref.ref(window)  # no cycle: the window owns this filter
        # weak: the window and its widgets go when closed, watched or not
        self._watched: list[weakref.ref[QWidget]] = []
        #: F5 or Ctrl+Shift+V whose override event built the rest: (key, modifiers)
        self._early: tuple[int, Qt.KeyboardModifier] | None = None
        for widget in [window, *window.findChildren(QWidget)]:
            if widget.metaObject().className() == type(widget).__name__:
                widget.installEventFilter(self)
                self._watched.append(weakref.ref(widget))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Paint or kind in self._KEYS:
            window = self._window()
            if window is not None:
                taken = False
                if kind == QEvent.Type.Paint:
                    window._painting()
                else:
                    taken = self._key_before_the_rest(window, event)
                if window._painted and window._rest_built and self._early is None:
                    self._stop(window)
                return taken
        return False

    def _key_before_the_rest(self, window: WorkshopWindow, event: QEvent) -> bool:
        """Builds the rest. F5 or Ctrl+Shift+V that came before it was built, and whose
        shortcut did not run (its key press still comes: the window was not yet active
        when the shortcut was looked up), runs here; True when taken."""
        if isinstance(event, QKeyEvent) and event.key() in _MODIFIER_KEYS:
            return False  # Ctrl alone: the shortcut comes with the next key
        shortcut = (
            (event.key(), event.modifiers())
            if isinstance(event, QKeyEvent) and is_window_shortcut(event.key(), event.modifiers())
            else None
        )
        early = not window._rest_built
        window._build_the_rest()
        if event.type() == QEvent.Type.ShortcutOverride:
            if early:  # (the event goes on to the parents, seen again: kept from the first)
                self._early = shortcut  # its key press comes now if no shortcut ran
                QTimer.singleShot(0, self._forget_early)  # else never: not a later press
            return False
        early_press = early or (shortcut is not None and shortcut == self._early)
        self._early = None
        if shortcut is None or not early_press:
            return False
        window._run_early_shortcut(shortcut[0])
        event.accept()
        return True

    def _forget_early(self) -> None:
        self._early = None
        window = self._window()
        if window is not None and window._painted and window._rest_built:
            self._stop(window)

    def _stop(self, window: WorkshopWindow) -> None:
        watched, self._watched = self._watched, []
        for ref in watched:
            widget = ref()
            if widget is not None and shiboken6.isValid(widget):  # (not deleted since)
                widget.removeEventFilter(self)
        window._first_screen = None


def phase_to_show(data: api.WorkshopData, settings: Settings) -> uuid.UUID | None:
    """The phase a window opens on: the one looked at last, else the one running, else
    the first."""
    phase_id = settings.last_phase(data.workshop.id)
    if phase_id is None or data.phase(phase_id) is None:
        running = phase_ops.in_progress(data)
        first = data.phases[0].id if data.phases else None
        phase_id = running.id if running is not None else first
    return phase_id


def first_screen_needs_the_store(data: api.WorkshopData, settings: Settings) -> bool:
    """Whether the phase a window opens on reads more than the workshop (the review of a
    démarche's roadmap reads the démarche): then the start opens the store first
    (ui/app.py ``Launch._first_screen``)."""
    phase_id = phase_to_show(data, settings)
    phase = data.phase(phase_id) if phase_id is not None else None
    return phase is not None and phase.demarche_focus == "review"


#: keys typed on the start's frame reach a window that is never painted after this delay
TYPED_AHEAD_ANYWAY_MS = 1000

_MODIFIER_KEYS = (Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_Meta)
_REDO_KEYS = (QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y"))
_PHASE_KEYS = (QKeySequence("Ctrl+PgDown"), QKeySequence("Ctrl+PgUp"))


def _looked_at(window: weakref.ref[WorkshopWindow]) -> uuid.UUID | None:
    """The phase the window looks at (where its capture line saves)."""
    shown = window()
    return shown.current_phase_id if shown is not None else None


def phase_id_at(model: PhaseListModel, index: QModelIndex) -> uuid.UUID:
    """The phase of an agenda row (where cards are dropped)."""
    return model.phase(index.row()).id
