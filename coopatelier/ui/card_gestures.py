"""Cards handled like post-its: drag and drop within a view, between its groups and onto a
phase of the agenda; a context menu on a card or a selection; keyboard moves.

``CardGestures`` attaches these to any item view of a phase whose items carry their card's
id in ``CARD_ID_ROLE``. Every gesture is one call of ``card_ops`` (one transaction, one undo
step); the views refresh from the session's ``Changes`` like after any other edit.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QByteArray,
    QEvent,
    QMimeData,
    QModelIndex,
    QObject,
    QPoint,
    QPointF,
    Qt,
)
from PySide6.QtGui import (
    QDrag,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeyEvent,
    QMouseEvent,
)
from PySide6.QtWidgets import QAbstractItemView, QApplication, QListView, QMenu

from coopatelier.domain.model import DriverNature, PhaseKind
from coopatelier.ui import card_ops
from coopatelier.ui.models import CARD_ID_ROLE, nature_label

if TYPE_CHECKING:
    from coopatelier.ui.views.base import PhaseView
    from coopatelier.ui.workshop_session import WorkshopSession

# the drag's payload: the dragged cards' ids, one per line
CARD_MIME = "application/x-coopatelier-cards"


_WATCHED = frozenset({
    QEvent.Type.DragEnter,
    QEvent.Type.DragMove,
    QEvent.Type.Drop,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonRelease,
    QEvent.Type.MouseMove,
    QEvent.Type.KeyPress,
})


def card_mime(card_ids: Sequence[uuid.UUID]) -> QMimeData:
    mime = QMimeData()
    mime.setData(CARD_MIME, QByteArray("\n".join(str(i) for i in card_ids).encode()))
    return mime


def ids_from_mime(mime: QMimeData | None) -> list[uuid.UUID]:
    if mime is None or not mime.hasFormat(CARD_MIME):
        return []
    ids: list[uuid.UUID] = []
    for line in bytes(mime.data(CARD_MIME).data()).decode(errors="replace").splitlines():
        try:
            ids.append(uuid.UUID(line.strip()))
        except ValueError:
            return []
    return ids


class CardGestures(QObject):
    """Drag and drop, context menu and keyboard moves for the cards of ``item_view``.

    ``group_at(index)`` names the group (category) an index belongs to, heading rows
    included, or None when the view has no groups; ``group`` is the one group of a view
    showing a single group (a checklist of the closing phase). ``keys``: whether Alt+Up /
    Alt+Down reorder here (a view that already does it passes False).
    """

    def __init__(
        self,
        view: PhaseView,
        item_view: QAbstractItemView,
        *,
        group_at: Callable[[QModelIndex], str | None] | None = None,
        group: str | None = None,
        keys: bool = True,
        selected: Callable[[], list[uuid.UUID]] | None = None,
    ) -> None:
        super().__init__(item_view)
        self.view = view
        self.item_view = item_view
        self._group_at = group_at
        self._group = group
        self._keys = keys
        self._selected = selected or view.selected_card_ids
        self._press: QPointF | None = None
        #: the last context menu shown (tests trigger its actions)
        self.menu: QMenu | None = None
        item_view.setDragEnabled(True)
        item_view.setAcceptDrops(True)
        item_view.viewport().setAcceptDrops(True)
        item_view.setDropIndicatorShown(True)
        self._viewport = item_view.viewport()
        self._viewport.installEventFilter(self)
        item_view.installEventFilter(self)
        item_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        item_view.customContextMenuRequested.connect(self.show_menu)

    @property
    def session(self) -> WorkshopSession:
        return self.view.session

    # --- what is where ----------------------------------------------------------------------

    def displayed_ids(self) -> list[uuid.UUID]:
        """The cards in the order the view shows them."""
        model = self.item_view.model()
        ids: list[uuid.UUID] = []
        for row in range(model.rowCount()):
            card_id = model.index(row, 0).data(CARD_ID_ROLE)
            if isinstance(card_id, uuid.UUID):
                ids.append(card_id)
        return ids

    def group_of(self, index: QModelIndex) -> str | None:
        if self._group is not None:
            return self._group
        if self._group_at is not None and index.isValid():
            return self._group_at(index)
        return None

    def drop_target(self, point: QPoint) -> tuple[uuid.UUID | None, dict[str, object]]:
        """Where cards dropped at ``point`` go: before which card (None: at the end of the
        phase), and which group they join."""
        index = self.item_view.indexAt(point)
        fields: dict[str, object] = {}
        group = self.group_of(index)
        if group is not None:
            fields["category"] = group
        card_id = index.data(CARD_ID_ROLE) if index.isValid() else None
        if isinstance(card_id, uuid.UUID):
            rect = self.item_view.visualRect(index)
            vertical = rect.height() <= rect.width() * 2 and not self._is_wall()
            after = (point.y() > rect.center().y()) if vertical else (
                point.x() > rect.center().x()
            )
            if after:
                shown = self.displayed_ids()
                place = shown.index(card_id) + 1
                card_id = shown[place] if place < len(shown) else None
                if card_id is not None and group is not None:
                    following = self._group_of_card(card_id)
                    if following is not None and following != group:
                        card_id = None  # the last of its group: stay in it, at its end
            return card_id, fields
        return None, fields

    def _is_wall(self) -> bool:
        view = self.item_view
        return isinstance(view, QListView) and view.viewMode() == QListView.ViewMode.IconMode

    def _group_of_card(self, card_id: uuid.UUID) -> str | None:
        card = self.session.data().card(card_id)
        return card.category if card is not None else None

    # --- dropping ---------------------------------------------------------------------------

    def drop(self, card_ids: Sequence[uuid.UUID], point: QPoint) -> bool:
        """Move ``card_ids`` where they were dropped (one undo step); False if nothing
        moved. Dropped on a card: just before it (after it on its lower or right half);
        on a group's heading: into that group, keeping their order; on empty space: at
        the end."""
        data = self.session.data()
        cards = [c for c in (data.card(i) for i in card_ids) if c is not None]
        if not cards:
            return False
        ids = [c.id for c in cards]
        before, fields = self.drop_target(point)
        index = self.item_view.indexAt(point)
        on_heading = index.isValid() and not isinstance(index.data(CARD_ID_ROLE), uuid.UUID)
        same_phase = all(c.phase_id == self.view.phase_id for c in cards)
        if before in ids:
            return False  # dropped onto itself
        last = before is None and not (same_phase and on_heading)
        if same_phase and before is None and not last and all(
            getattr(c, name) == value for c in cards for name, value in fields.items()
        ):
            return False
        done = card_ops.move_cards(
            self.session,
            ids,
            card_ops.CardOps().move_text(len(ids)),
            phase_id=self.view.phase_id,
            before=before,
            last=last,
            **fields,
        )
        return done is not None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in _WATCHED:
            return False  # (also while the view is being destroyed: touch nothing)
        if watched is self._viewport:
            if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove) and isinstance(
                event, (QDragEnterEvent, QDragMoveEvent)
            ):
                if ids_from_mime(event.mimeData()):
                    event.setDropAction(Qt.DropAction.MoveAction)
                    event.accept()
                    return True
                return False
            if kind == QEvent.Type.Drop and isinstance(event, QDropEvent):
                ids = ids_from_mime(event.mimeData())
                if ids:
                    self.drop(ids, event.position().toPoint())
                    event.setDropAction(Qt.DropAction.MoveAction)
                    event.accept()
                    return True
                return False
            if isinstance(event, QMouseEvent):
                return self._mouse(event)
        if (
            watched is self.item_view
            and self._keys
            and kind == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and self.item_view.state() != QAbstractItemView.State.EditingState
        ):
            return self.key(event)
        return False

    def _mouse(self, event: QMouseEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.MouseButtonPress and event.button() == Qt.MouseButton.LeftButton:
            index = self.item_view.indexAt(event.position().toPoint())
            selected = index.isValid() and self.item_view.selectionModel().isSelected(index)
            self._press = event.position() if selected else None
        elif kind == QEvent.Type.MouseButtonRelease:
            self._press = None
        elif (
            kind == QEvent.Type.MouseMove
            and self._press is not None
            and event.buttons() & Qt.MouseButton.LeftButton
        ):
            if (event.position() - self._press).manhattanLength() >= (
                QApplication.startDragDistance()
            ):
                self._press = None
                self.start_drag()
            return True
        return False

    def start_drag(self) -> None:
        ids = self._selected()
        if not ids:
            return
        drag = QDrag(self.item_view)
        drag.setMimeData(card_mime(ids))
        drag.exec(Qt.DropAction.MoveAction)

    # --- keyboard ---------------------------------------------------------------------------

    def key(self, event: QKeyEvent) -> bool:
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        alt, shift = Qt.KeyboardModifier.AltModifier, Qt.KeyboardModifier.ShiftModifier
        key = event.key()
        if modifiers == alt and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.reorder(-1 if key == Qt.Key.Key_Up else 1)
            return True
        # Alt+Shift: Alt+PgUp/PgDown alone turn the room's wall pages (Room menu)
        if modifiers == alt | shift and key in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            self.to_neighbour_phase(-1 if key == Qt.Key.Key_PageUp else 1)
            return True
        return False

    def reorder(self, step: int) -> None:
        """Move the selection one card up (-1) or down (+1) in the order shown; in a view
        with groups, past the first or last card of a group it joins the next group."""
        ids = self._selected()
        shown = self.displayed_ids()
        if not ids or not shown:
            return
        chosen = set(ids)
        empty = self._empty_group_beside(chosen, step)
        if empty is not None:
            after = [i for i in shown if i not in chosen and shown.index(i) > max(
                shown.index(c) for c in chosen if c in shown)]
            card_ops.move_cards(
                self.session,
                ids,
                card_ops.CardOps().reorder_text(len(ids)),
                phase_id=self.view.phase_id,
                before=after[0] if after else None,
                last=not after,
                category=empty,
            )
            return
        others = [i for i in shown if i not in chosen]
        first = min(shown.index(i) for i in ids if i in shown)
        last = max(shown.index(i) for i in ids if i in shown)
        fields: dict[str, object] = {}
        if step < 0:
            above = [i for i in shown[:first] if i not in chosen]
            if not above:
                return
            before: uuid.UUID | None = above[-1]
        else:
            below = [i for i in shown[last + 1:] if i not in chosen]
            if not below:
                return
            place = others.index(below[0]) + 1
            before = others[place] if place < len(others) else None
        neighbour = above[-1] if step < 0 else below[0]
        if self._group_at is not None:
            group = self._group_of_card(neighbour)
            if group is not None and any(self._group_of_card(i) != group for i in ids):
                fields["category"] = group
                # across a group's edge: at the end of the group above (just after its
                # last card), or at the start of the group below (just before its first)
                before = neighbour if step > 0 else self._card_after(neighbour, chosen)
        card_ops.move_cards(
            self.session,
            ids,
            card_ops.CardOps().reorder_text(len(ids)),
            phase_id=self.view.phase_id,
            before=before,
            last=before is None,
            **fields,
        )

    def _card_after(self, card_id: uuid.UUID, chosen: set[uuid.UUID]) -> uuid.UUID | None:
        """The phase's next card after ``card_id`` in its stored order, the moved ones left
        out (None: ``card_id`` is the last)."""
        order = [c.id for c in sorted(
            self.session.data().cards_of_phase(self.view.phase_id), key=lambda c: c.position
        ) if c.id not in chosen]
        place = order.index(card_id) + 1 if card_id in order else len(order)
        return order[place] if place < len(order) else None

    def _empty_group_beside(self, chosen: set[uuid.UUID], step: int) -> str | None:
        """The empty group whose heading is the next row past the selection (below for
        +1, above the selection's own heading for -1): a keyboard move stops there
        rather than skipping it for the next group with cards."""
        if self._group_at is None:
            return None
        model = self.item_view.model()
        rows = [model.index(r, 0) for r in range(model.rowCount())]
        card_rows = [r for r, index in enumerate(rows) if index.data(CARD_ID_ROLE) in chosen]
        if not card_rows:
            return None

        def heading(row: int) -> str | None:
            if 0 <= row < len(rows) and not isinstance(rows[row].data(CARD_ID_ROLE), uuid.UUID):
                return self._group_at(rows[row]) if self._group_at else None
            return None

        def is_empty(row: int) -> bool:
            following = row + 1
            while following < len(rows) and rows[following].data(CARD_ID_ROLE) in chosen:
                following += 1
            return following >= len(rows) or heading(following) is not None

        if step > 0:
            row = max(card_rows) + 1
        else:
            row = min(card_rows) - 1
            if heading(row) is None:
                return None  # a card above: the ordinary move
            row -= 1  # past the selection's own heading
        group = heading(row)
        if group is None or not is_empty(row):
            return None
        own = {self._group_of_card(i) for i in chosen}
        return group if own != {group} else None

    def to_neighbour_phase(self, step: int) -> None:
        phases = [p.id for p in self.session.data().phases]
        if self.view.phase_id not in phases:
            return
        place = phases.index(self.view.phase_id) + step
        if 0 <= place < len(phases):
            self.move_to_phase(phases[place])

    def move_to_phase(self, phase_id: uuid.UUID) -> None:
        move_to_phase(self.session, self._selected(), phase_id)

    # --- the context menu -------------------------------------------------------------------

    def show_menu(self, point: QPoint) -> None:
        index = self.item_view.indexAt(point)
        card_id = index.data(CARD_ID_ROLE) if index.isValid() else None
        ids = self._selected()
        if isinstance(card_id, uuid.UUID) and card_id not in ids:
            self.item_view.selectionModel().select(
                index,
                self.item_view.selectionModel().SelectionFlag.ClearAndSelect
                | self.item_view.selectionModel().SelectionFlag.Rows,
            )
            ids = self._selected() or [card_id]
        if not ids:
            return
        self.menu = self.build_menu(ids)
        self.menu.popup(self.item_view.viewport().mapToGlobal(point))

    def build_menu(self, ids: list[uuid.UUID]) -> QMenu:
        data = self.session.data()
        cards = [c for c in (data.card(i) for i in ids) if c is not None]
        menu = QMenu(self.item_view)
        menu.setObjectName("cardMenu")
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        phase = data.phase(self.view.phase_id)

        to_phase = menu.addMenu(self.tr("Move to &phase"))
        to_phase.setObjectName("moveToPhase")
        for number, other in enumerate(data.phases, start=1):
            action = to_phase.addAction(f"{number}. {other.title}")
            action.setData(other.id)
            action.setEnabled(other.id != self.view.phase_id)
            action.triggered.connect(
                lambda _c=False, p=other.id: move_to_phase(self.session, ids, p)
            )

        def values_menu(
            title: str, name: str, field: str, values: list[tuple[str, object]], label: str
        ) -> None:
            sub = menu.addMenu(title)
            sub.setObjectName(name)
            current = {getattr(c, field) for c in cards}
            for text, value in values:
                action = sub.addAction(text)
                action.setData(value)
                action.setCheckable(True)
                action.setChecked(current == {value})
                action.triggered.connect(
                    lambda _c=False, v=value: card_ops.update_cards(
                        self.session, ids, label, **{field: v}
                    )
                )

        if self._group_at is not None or self._group is not None or (
            phase is not None and phase.categories
        ):
            names: list[str] = list(phase.categories) if phase is not None else []
            for card in self.session.cards_of_phase(self.view.phase_id):
                if card.category and card.category not in names:
                    names.append(card.category)
            values_menu(
                self.tr("&Category"),
                "moveToCategory",
                "category",
                [*((n, n) for n in names), (self.tr("Uncategorised"), "")],
                self.tr("Change category"),
            )
        if phase is not None and phase.kind is PhaseKind.DRIVERS:
            menu_natures: list[tuple[str, object]] = [
                (nature_label(n), n) for n in DriverNature
            ]
            values_menu(
                self.tr("&Nature"),
                "moveToNature",
                "nature",
                [*menu_natures, (self.tr("No nature"), None)],
                self.tr("Tag drivers"),
            )
        tables = sorted({c.table_label for c in data.cards if c.table_label}, key=str.casefold)
        values_menu(
            self.tr("&Table"),
            "moveToTable",
            "table_label",
            [*((t, t) for t in tables), (self.tr("No table"), "")],
            self.tr("Change table"),
        )
        authors = sorted({c.author for c in data.cards if c.author}, key=str.casefold)
        values_menu(
            self.tr("&Author"),
            "moveToAuthor",
            "author",
            [*((a, a) for a in authors), (self.tr("No author"), "")],
            self.tr("Change author"),
        )
        menu.addSeparator()
        duplicate = menu.addAction(self.tr("D&uplicate"))
        duplicate.setObjectName("duplicateCards")
        duplicate.triggered.connect(lambda: card_ops.duplicate_cards(self.session, ids))
        merge = menu.addAction(self.tr("&Merge into the first"))
        merge.setObjectName("mergeCards")
        merge.setEnabled(len(ids) >= 2)
        merge.triggered.connect(lambda: card_ops.merge_cards(self.session, ids))
        delete = menu.addAction(self.tr("&Delete"))
        delete.setObjectName("deleteCards")
        delete.triggered.connect(lambda: card_ops.delete_cards(self.session, ids))
        return menu


def move_to_phase(
    session: WorkshopSession, card_ids: Sequence[uuid.UUID], phase_id: uuid.UUID
) -> bool:
    """Move cards to the end of another phase (one undo step); False if nothing moved."""
    data = session.data()
    ids = [i for i in card_ids if (c := data.card(i)) is not None and c.phase_id != phase_id]
    phase = data.phase(phase_id)
    if not ids or phase is None:
        return False
    label = card_ops.CardOps().to_phase_text(len(ids)).replace("%1", phase.title)
    return card_ops.move_cards(session, ids, label, phase_id=phase_id, last=True) is not None


class PhaseDropTarget(QObject):
    """The agenda's list accepts cards dropped on a phase: they move to its end."""

    def __init__(
        self,
        session: WorkshopSession,
        item_view: QAbstractItemView,
        phase_at: Callable[[QModelIndex], uuid.UUID | None],
    ) -> None:
        super().__init__(item_view)
        self.session = session
        self.item_view = item_view
        self._phase_at = phase_at
        item_view.setAcceptDrops(True)
        item_view.viewport().setAcceptDrops(True)
        item_view.viewport().installEventFilter(self)

    def phase_at(self, point: QPoint) -> uuid.UUID | None:
        index = self.item_view.indexAt(point)
        return self._phase_at(index) if index.isValid() else None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in _WATCHED:
            return False
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove) and isinstance(
            event, (QDragEnterEvent, QDragMoveEvent)
        ):
            if not ids_from_mime(event.mimeData()):
                return False
            if kind == QEvent.Type.DragEnter or self.phase_at(event.position().toPoint()):
                event.setDropAction(Qt.DropAction.MoveAction)
                event.accept()
            else:
                event.ignore()
            return True
        if kind == QEvent.Type.Drop and isinstance(event, QDropEvent):
            ids = ids_from_mime(event.mimeData())
            phase_id = self.phase_at(event.position().toPoint())
            if not ids or phase_id is None:
                return False
            move_to_phase(self.session, ids, phase_id)
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
            return True
        return False
