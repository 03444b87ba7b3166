"""The contract every phase workspace follows."""

from __future__ import annotations

import time
import uuid

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QScrollArea,
    QSplitter,
    QWidget,
)

from coopatelier.domain.model import Phase
from coopatelier.services.changes import Changes
from coopatelier.ui.workshop_session import WorkshopSession


def scrolling(page: QWidget, name: str = "", parent: QWidget | None = None) -> QScrollArea:
    """``page`` in a frameless scroll area: below its minimum size it scrolls, so that
    its rows never run over each other and its minimum never makes the window grow."""
    scroll = QScrollArea(parent)
    if name:
        scroll.setObjectName(name)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    scroll.setWidget(page)
    return scroll



class FlippingSplitter(QSplitter):
    """A splitter that keeps the handle last left in each direction (dragged, or restored
    from the remembered state): flipped by the view's width and back, it puts the handle
    where the facilitator left it rather than where the other direction had it."""

    def __init__(self, orientation: Qt.Orientation, parent: QWidget | None = None) -> None:
        super().__init__(orientation, parent)
        self._states: dict[Qt.Orientation, QByteArray] = {}
        self.splitterMoved.connect(self._keep)

    def _keep(self, *_args: object) -> None:
        self._states[self.orientation()] = self.saveState()

    def restoreState(self, state: QByteArray | bytes | bytearray | memoryview) -> bool:
        restored = super().restoreState(state)
        if restored:
            # the state itself: restored before the view is laid out, the sizes read back
            # are squeezed into the splitter's first, tiny, width
            self._states[self.orientation()] = QByteArray(state)
        return restored

    def turn(self, orientation: Qt.Orientation, default: list[int]) -> None:
        """Turn to ``orientation`` with the handle kept for it, else ``default`` shares."""
        kept = self._states.get(orientation)
        if kept is None or not super().restoreState(kept):
            self.setOrientation(orientation)
            self.setSizes(default)


#: a wheel that scrolled a form this recently (seconds) is still scrolling it, even over a
#: focused field
SCROLL_GESTURE_S = 0.6


class _WheelScrollsForm(QObject):
    """Gives the wheel over an unfocused combo box or spin box to the form that scrolls
    around it. Qt's fields take the wheel from the pointer alone: scrolling an action's
    form, the wheel passing over the year changed it, and saved it, unseen. A focused field
    takes the wheel unless the form is being scrolled: the lead just chosen keeps the focus,
    and scrolling on, the wheel changed it once it passed under the pointer."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.scrolled_at = -SCROLL_GESTURE_S  # when a wheel last scrolled a form

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Wheel or not isinstance(watched, QWidget):
            return False
        field: QWidget | None = watched  # the combo or spin box, or a part of it (its text)
        while field is not None and not isinstance(field, (QComboBox, QAbstractSpinBox)):
            field = field.parentWidget()
        now = time.monotonic()
        if field is None:  # a form's own area: the wheel scrolls it
            self.scrolled_at = now
            return False
        if field.hasFocus() and now - self.scrolled_at > SCROLL_GESTURE_S:
            return False
        holder = field.parentWidget()
        while holder is not None and not (
                isinstance(holder, QAbstractScrollArea)
                and holder.verticalScrollBar().maximum() > 0):
            holder = holder.parentWidget()
        if holder is not None:  # (a wheel sent on does not go up by itself: to the form)
            self.scrolled_at = now
            QCoreApplication.sendEvent(holder.viewport(), event)
        return True


def wheel_scrolls_forms(root: QWidget, *around: QScrollArea) -> None:
    """In ``root``, combo boxes and spin boxes take the wheel only once focused (clicked
    or tabbed into), and not while a form is being scrolled (its own scroll areas' or
    ``around``'s); over them otherwise, the wheel scrolls the form, as in a browser."""
    # root's own guard: one found deeper (a partner row's) would go with that row, and the
    # filters installed through it with it
    guard = (root.findChild(_WheelScrollsForm, "",
                            Qt.FindChildOption.FindDirectChildrenOnly)
             or _WheelScrollsForm(root))
    # where a form's scroll gesture shows: forms' scroll areas (not lists and tables, whose
    # viewports see every paint of a capture: a filter costs a Python call per event)
    for area in (*root.findChildren(QScrollArea), *around):
        area.viewport().installEventFilter(guard)
    fields: list[QWidget] = [*root.findChildren(QComboBox),
                             *root.findChildren(QAbstractSpinBox)]
    for field in fields:
        # its parts too (a spin box's text field): the wheel reaches them first, and a
        # spin box takes it from there by a filter of its own
        for part in (field, *field.findChildren(QWidget)):
            if part.focusPolicy() & Qt.FocusPolicy.WheelFocus == Qt.FocusPolicy.WheelFocus:
                part.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # the wheel gives no focus
            part.installEventFilter(guard)


class PhaseView(QWidget):
    """The workspace of one phase. Reads ``session.data()``, changes data only through
    ``session.execute(...)`` (undoable service calls), refreshes on ``session.changed``."""

    def __init__(
        self, session: WorkshopSession, phase_id: uuid.UUID, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.phase_id = phase_id
        self._shown_once = False  # a view never shown (a test's, a snapshot's) follows
        self._stale = False  # changes came while hidden
        session.changed.connect(self._on_changed)

    @property
    def phase(self) -> Phase:
        phase = self.session.data().phase(self.phase_id)
        assert phase is not None
        return phase

    def _on_changed(self, changes: Changes) -> None:
        if changes.workshop_id not in (None, self.session.workshop_id):
            return
        if self._shown_once and not self.isVisible():
            # a phase nobody looks at (its window shows another one) stays idle: it
            # re-reads everything when shown again
            self._stale = True
            return
        self.refresh(changes)

    def showEvent(self, event: QShowEvent) -> None:
        self._shown_once = True
        if self._stale:
            self._stale = False
            self.refresh()
        super().showEvent(event)

    def remembered_splitters(self) -> dict[str, QSplitter]:
        """The splitters whose handles the window remembers, by a name shared by every
        view of their kind (where the facilitator left them, for the next workshop too)."""
        return {}

    def refresh(self, changes: Changes | None = None) -> None:
        """Re-read the session's data; ``changes`` says what moved (None: everything)."""
        raise NotImplementedError

    def selected_card_ids(self) -> list[uuid.UUID]:
        return []
