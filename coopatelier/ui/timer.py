"""The phase timer on the facilitator's screen: the time left, big and coloured (green,
orange for the last 20 %, red counting up in overtime), with start/pause, +5 min, −1 min
and reset.

Everything the timer knows lives on the phase row (``services/timer.py``) and is computed
with ``domain.timer.timer_state`` from the clock's ``now()``, so the projector shows the same
time, and a crash or a restart loses nothing. The widget only re-reads on ``clock.ticked``.

Timer controls are plain, non-undoable service calls (``session.run``): Ctrl+Z belongs to
the workshop's content (a card typed, a vote recorded), and undoing a card must never pause
or rewind the room's clock. Reset has no shortcut so that it cannot happen by accident.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from coopatelier import api
from coopatelier.domain.model import PhaseStatus
from coopatelier.domain.timer import TimerLevel, TimerState, timer_is_live
from coopatelier.errors import KnownError
from coopatelier.services.changes import Changes
from coopatelier.ui import phase_ops
from coopatelier.ui.clock import Clock
from coopatelier.ui.messages import user_message
from coopatelier.ui.workshop_session import WorkshopSession

# background of the time display per level (white bold 30 pt text: contrast ≥ 3:1)
LEVEL_COLOURS = {
    TimerLevel.GREEN: "#2a6e45",
    TimerLevel.ORANGE: "#c25e00",
    TimerLevel.RED: "#b3261e",
}
_IDLE_COLOUR = "#6b7772"

PLUS_SECONDS = 5 * 60
MINUS_SECONDS = -60


class TimerWidget(QWidget):
    """The current phase's timer, with its controls. ``set_phase`` follows the window."""

    def __init__(
        self,
        session: WorkshopSession,
        clock: Clock,
        parent: QWidget | None = None,
        *,
        starts_phases: bool = True,
    ) -> None:
        """``starts_phases``: the Start button also starts a phase that is not in progress
        (the presenter console); the facilitator's window has its own *Start this phase*
        button, so there the timer's button only pauses and resumes."""
        super().__init__(parent)
        self.setObjectName("timerWidget")
        self.session = session
        self.clock = clock
        self.starts_phases = starts_phases
        self.phase_id: uuid.UUID | None = None
        self.state: TimerState | None = None
        self._shown: tuple[str, str, str, str] | None = None

        self.display = QLabel("--:--", self)
        self.display.setObjectName("timerDisplay")
        self.display.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.display.setAccessibleName(self.tr("Time left in this phase"))
        self.caption = QLabel(self)
        self.caption.setObjectName("timerCaption")
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption.setWordWrap(True)

        self.toggle_action = self._action(self.tr("Start the timer"), self.toggle, "Ctrl+Space")
        self.plus_action = self._action(
            self.tr("Add 5 minutes"), self.add_five_minutes, "Ctrl+Alt+Up"
        )
        self.minus_action = self._action(
            self.tr("Remove 1 minute"), self.remove_one_minute, "Ctrl+Alt+Down"
        )
        self.reset_action = self._action(
            self.tr("Reset the timer to the planned minutes (stopped)"), self.reset, None
        )
        self.toggle_button = self._button("timerToggle", self.toggle_action, self.tr("Start"))
        self.plus_button = self._button("timerPlus", self.plus_action, self.tr("+5 min"))
        self.minus_button = self._button("timerMinus", self.minus_action, self.tr("−1 min"))
        self.reset_button = self._button("timerReset", self.reset_action, "↺")

        buttons = QHBoxLayout()
        buttons.setSpacing(4)
        for button in (self.toggle_button, self.plus_button, self.minus_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.reset_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.setSpacing(4)
        layout.addWidget(self.display)
        layout.addWidget(self.caption)
        layout.addLayout(buttons)

        # as wide as its wider label, so that Start ↔ Pause never resizes the déroulé
        widths = []
        for label in (self.tr("Start"), self.tr("Pause"), self.tr("Resume"), self.tr("Again")):
            self.toggle_action.setIconText(label)
            widths.append(self.toggle_button.sizeHint().width())
        self.toggle_button.setMinimumWidth(max(widths))

        clock.ticked.connect(self.refresh)
        session.changed.connect(self._on_changed)
        self.refresh()

    # --- building -------------------------------------------------------------------------

    def _action(self, text: str, slot: Callable[[], object], shortcut: str | None) -> QAction:
        action = QAction(text, self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.setToolTip(self._tip(text, action.shortcut()))
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _tip(self, text: str, shortcut: QKeySequence) -> str:
        keys = shortcut.toString(QKeySequence.SequenceFormat.NativeText)
        return self.tr("%1 (%2)").replace("%1", text).replace("%2", keys) if keys else text

    def _button(self, name: str, action: QAction, text: str) -> QToolButton:
        action.setIconText(text)  # what the button shows (it follows its action)
        button = QToolButton(self)
        button.setObjectName(name)
        button.setDefaultAction(action)
        button.setAccessibleName(action.text())
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        return button

    # --- following the window -------------------------------------------------------------

    def set_phase(self, phase_id: uuid.UUID | None) -> None:
        self.phase_id = phase_id
        self._shown = None
        self.refresh()

    def _on_changed(self, changes: Changes) -> None:
        if changes.workshop_id not in (None, self.session.workshop_id):
            return
        if changes.cards and not (changes.phases or changes.workshop):
            return  # a card's change (a capture) leaves every phase's timer as it was
        self._shown = None
        self.refresh()

    def refresh(self) -> None:
        """Re-compute the time from the stored timer and the clock; repaint only on change."""
        phase = self.session.data().phase(self.phase_id) if self.phase_id else None
        self.state = api.timer_state(phase, self.clock.now()) if phase else None
        state = self.state
        status = phase.status if phase is not None else None
        self.status = status
        self.toggle_action.setEnabled(state is not None)
        # the time left is changed in a run only: not before, not after
        in_run = status in (PhaseStatus.RUNNING, PhaseStatus.PAUSED)
        for action in (self.plus_action, self.minus_action, self.reset_action):
            action.setEnabled(state is not None and in_run)
        self.toggle_button.setVisible(
            self.starts_phases or status in (PhaseStatus.RUNNING, PhaseStatus.PAUSED)
        )
        if state is None:
            shown = ("--:--", _IDLE_COLOUR, "", "")
        else:
            # not started, or over (its time left no longer counts): no alarm colour
            live = phase is not None and timer_is_live(phase, state)
            colour = LEVEL_COLOURS[state.level] if live else _IDLE_COLOUR
            shown = (state.display, colour, self._caption(state, phase), str(status))
        if shown == self._shown:
            return
        self._shown = shown
        text, colour, caption, _status = shown
        self.display.setText(text)
        self.display.setStyleSheet(
            f"QLabel#timerDisplay {{ background: {colour}; color: #ffffff; font-size: 30pt;"
            " font-weight: 700; border-radius: 8px; padding: 2px 10px; }"
        )
        self.caption.setText(caption)
        if status is PhaseStatus.RUNNING:
            text, short = self.tr("Pause the phase and its timer"), self.tr("Pause")
        elif status is PhaseStatus.PAUSED:
            text, short = self.tr("Resume the phase and its timer"), self.tr("Resume")
        elif status is PhaseStatus.DONE:
            text, short = self.tr("Run this phase again (asks first)"), self.tr("Again")
        else:
            text, short = self.tr("Start this phase and its timer"), self.tr("Start")
        self.toggle_action.setText(text)
        self.toggle_action.setToolTip(self._tip(text, self.toggle_action.shortcut()))
        self.toggle_action.setIconText(short)
        self.toggle_button.setAccessibleName(text)
        self.display.setAccessibleDescription(caption)

    def _caption(self, state: TimerState, phase: api.Phase | None = None) -> str:
        """ "30 min planned · +4 min · running": the plan is the phase's, whatever the
        timer's +5 / −1 did to the time left."""
        minutes = phase.planned_minutes if phase is not None else round(state.budget_seconds / 60)
        parts = [self.tr("%n min planned", "", minutes)]
        extra = phase.timer_extra_seconds if phase is not None else 0
        if extra:
            sign = "+" if extra > 0 else "−"
            parts.append(f"{sign}{self.tr('%n min', '', round(abs(extra) / 60))}")
        status = phase.status if phase is not None else None
        if status is PhaseStatus.RUNNING:
            text = self.tr("running")
        elif status is PhaseStatus.DONE and phase is not None:
            # the phase was run (the déroulé says "done"): say how long it took in all
            minutes_run = round(phase.actual_seconds(self.clock.now()) / 60)
            text = self.tr("done in %n min", "", minutes_run)
        elif status is PhaseStatus.PAUSED:
            text = self.tr("paused")
        else:
            text = self.tr("not started")
        if state.overtime:
            text = self.tr("over time") + " · " + text
        parts.append(text)
        # "39 min" never wraps apart, nor does "·" start a line
        return "\u00a0· ".join(parts).replace(" min", "\u00a0min")

    # --- controls -------------------------------------------------------------------------

    def _call(self, call: Callable[[uuid.UUID], Changes]) -> None:
        phase_id = self.phase_id
        if phase_id is None:
            return
        try:
            self.session.run(lambda: call(phase_id))
        except KnownError as exc:
            self.session.failed.emit(user_message(exc), lambda: self._call(call))

    def toggle(self) -> None:
        """Pause the phase when it runs, resume it when paused; a phase not in progress
        starts (one that already ran asks first)."""
        phase_id = self.phase_id
        if phase_id is None:
            return
        phase = self.session.data().phase(phase_id)
        if phase is not None and phase.status is PhaseStatus.RUNNING:
            phase_ops.pause(self.session, phase_id, self.clock)
        else:
            self.confirm_box = phase_ops.start(self.session, phase_id, self.clock, parent=self)

    def add_five_minutes(self) -> None:
        self._call(lambda pid: api.adjust_timer(self.session.store, pid, PLUS_SECONDS))

    def remove_one_minute(self) -> None:
        self._call(lambda pid: api.adjust_timer(self.session.store, pid, MINUS_SECONDS))

    def reset(self) -> None:
        self._call(lambda pid: api.reset_timer(self.session.store, pid))
