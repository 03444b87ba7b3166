"""Dot voting on the current phase's cards: open a round, record dots by clicking a card
(Shift-click or right-click takes the last one back) or by typing its number then Enter,
keep totals hidden until revealed, then rank.

Every change is an undoable service call (``session.execute``). A vote's undo removes
exactly its record; its redo re-inserts the record under the same id (``add_votes(...,
vote_id=...)``), so later commands naming it stay valid; round creation likewise.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QRect, QRegularExpression, QSignalBlocker, QSize, Qt, Signal
from PySide6.QtGui import (
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPaintEvent,
    QPalette,
    QRegularExpressionValidator,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDockWidget,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QStyle,
    QStyleOptionComboBox,
    QStylePainter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coopatelier import api
from coopatelier.domain.analysis import Tally, ranking
from coopatelier.domain.model import Card, Vote, VoteRound, new_id, utcnow
from coopatelier.errors import KnownError
from coopatelier.services.changes import Changes
from coopatelier.ui.clock import Clock
from coopatelier.ui.commands import ServiceCall, ServiceCommand
from coopatelier.ui.messages import user_message
from coopatelier.ui.screens import dock_width
from coopatelier.ui.workshop_session import WorkshopSession


def card_label(card: Card) -> str:
    """What a card is called in the voting list: its title, else its text's first line."""
    text = card.title or card.text
    return text.strip().splitlines()[0] if text.strip() else "…"


def results_hidden(vote_round: VoteRound) -> bool:
    return vote_round.hidden and not vote_round.revealed


class VoteCardTable(QTableWidget):
    """The numbered cards: a click gives a dot, Shift-click or right-click takes one back;
    Enter/Space/+ give one to the current card, Delete/Backspace/− take one back.

    The card column takes the width the number and dots columns leave; narrower than
    ``WRAP_CHARS`` characters, every row is two lines high and a card's name wraps onto
    them, elided at the end of the second (whole in the tooltip). One height for all rows:
    no row is measured, so a capture costs the panel nothing more (#11)."""

    #: below this many characters across, the card column wraps names on two lines
    WRAP_CHARS = 40

    #: (row, +1 or −1)
    dot_requested = Signal(int, int)
    #: a digit or a minus typed here: it belongs in the number field
    typed = Signal(str)

    def __init__(self, rows: int, columns: int, parent: QWidget | None = None) -> None:
        super().__init__(rows, columns, parent)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.verticalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self._one_line = header.defaultSectionSize()

    def lines_per_row(self) -> int:
        """Two lines when the card column cannot hold ``WRAP_CHARS`` characters."""
        chars = self.columnWidth(1) / max(1, self.fontMetrics().averageCharWidth())
        return 2 if chars < self.WRAP_CHARS else 1

    def updateGeometries(self) -> None:
        """The columns laid out again (the table resized, the dots shown or hidden): the
        rows' height for the card column's new width (a stretched section's new width
        emits no ``sectionResized``)."""
        super().updateGeometries()
        height = self._one_line + (self.lines_per_row() - 1) * self.fontMetrics().lineSpacing()
        header = self.verticalHeader()
        if header.defaultSectionSize() != height:
            # the rows to come, and those there (only when the width crosses the line)
            header.setDefaultSectionSize(height)
            for row in range(self.rowCount()):
                self.setRowHeight(row, height)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        index = self.indexAt(event.position().toPoint())
        super().mousePressEvent(event)
        if not index.isValid():
            return
        if event.button() == Qt.MouseButton.RightButton or (
            event.button() == Qt.MouseButton.LeftButton
            and event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        ):
            self.dot_requested.emit(index.row(), -1)
        elif event.button() == Qt.MouseButton.LeftButton:
            self.dot_requested.emit(index.row(), 1)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        row = self.currentRow()
        key = event.key()
        text = event.text()
        if text and (text.isdigit() or text in "-−") and not (
            event.modifiers() & (Qt.KeyboardModifier.ControlModifier
                                 | Qt.KeyboardModifier.AltModifier)
        ):
            self.typed.emit(text)
            return
        if row >= 0 and key in (
            Qt.Key.Key_Return,
            Qt.Key.Key_Enter,
            Qt.Key.Key_Space,
            Qt.Key.Key_Plus,
        ):
            self.dot_requested.emit(row, 1)
        elif row >= 0 and key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace, Qt.Key.Key_Minus):
            self.dot_requested.emit(row, -1)
        else:
            super().keyPressEvent(event)


class RoundComboBox(QComboBox):
    """The rounds' list, whose current round's name wraps onto more lines rather than
    being cut: it is what the facilitator reads to know which round the dots go to (beside
    both docks "Tour 1 — Moteurs prioritaires" read "Tour 1 — Mo…", rt7)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        policy = self.sizePolicy()
        policy.setHeightForWidth(True)
        policy.setVerticalPolicy(QSizePolicy.Policy.Fixed)
        self.setSizePolicy(policy)

    def _field(self, rect: QRect | None = None) -> QRect:
        """The text field of the combo as wide as ``rect`` (its own by default)."""
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        if rect is not None:
            option.rect = rect
        return self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option,
            QStyle.SubControl.SC_ComboBoxEditField, self,
        ).adjusted(2, 0, -2, 0)

    def text_height(self, width: int) -> int:
        """The current text's height wrapped to the field of a combo ``width`` wide."""
        room = max(20, self._field(QRect(0, 0, width, super().sizeHint().height())).width())
        return self.fontMetrics().boundingRect(
            QRect(0, 0, room, 10_000), int(Qt.TextFlag.TextWordWrap), self.currentText()
        ).height()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        one_line = super().sizeHint().height()
        return one_line + max(0, self.text_height(width) - self.fontMetrics().height())

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width(), self.heightForWidth(max(self.width(), hint.width())))

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(hint.width(), self.heightForWidth(max(self.width(), hint.width())))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.updateGeometry()  # another width may take another number of lines

    def text_whole(self) -> bool:
        """Whether the current text is painted whole (no word wider than the field, every
        line in the combo's height)."""
        field = self._field()
        wrapped = self.fontMetrics().boundingRect(
            QRect(0, 0, field.width(), 10_000), int(Qt.TextFlag.TextWordWrap),
            self.currentText())
        return wrapped.width() <= field.width() and wrapped.height() <= self.height()

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        self.style().drawItemText(
            painter, self._field(),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
                | Qt.TextFlag.TextWordWrap),
            self.palette(), self.isEnabled(), self.currentText(), QPalette.ColorRole.Text,
        )


class VotingPanel(QWidget):
    """The dot-voting rounds of the current phase (``set_phase`` follows the window)."""

    def __init__(
        self, session: WorkshopSession, parent: QWidget | None = None, clock: Clock | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("votingPanel")
        self.session = session
        # the window's clock, so that a test's fake clock dates rounds and votes too
        self._now = clock.now if clock is not None else utcnow
        self.phase_id: uuid.UUID | None = None
        self.round_id: uuid.UUID | None = None
        self.cards: tuple[Card, ...] = ()
        #: each card's number in the current round (``session.vote_numbers``)
        self.numbers: dict[uuid.UUID, int] = {}
        self.tallies: list[Tally] = []
        self._dirty = True

        self.round_combo = RoundComboBox(self)
        self.round_combo.setObjectName("voteRounds")
        self.round_combo.setAccessibleName(self.tr("Voting round"))
        self.round_combo.setToolTip(self.tr("Each round keeps its own dots"))
        self.round_combo.activated.connect(self._round_chosen)
        self.round_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.round_combo.setMinimumContentsLength(6)  # "Round 1": the panel fits 22 %
        self.no_round = QLabel(self.tr("No round yet"), self)
        self.no_round.setObjectName("noVoteRound")
        self.no_round.setWordWrap(True)
        self.no_round.setToolTip(self.tr("Open a round with New round…"))
        self.no_round.hide()
        self.new_round_button = QPushButton(self.tr("New round…"), self)
        self.new_round_button.setObjectName("newRound")
        self.new_round_button.setToolTip(self.tr("Open a new voting round on this phase's cards"))
        self.new_round_button.clicked.connect(self.show_round_form)
        self.reveal_button = QPushButton(self.tr("Reveal"), self)
        self.reveal_button.setObjectName("revealRound")
        self.reveal_button.clicked.connect(self.toggle_reveal)

        self.round_form = QWidget(self)
        self.round_form.setObjectName("roundForm")
        self.title_edit = QLineEdit(self.round_form)
        self.title_edit.setObjectName("roundTitle")
        self.title_edit.setPlaceholderText(self.tr("e.g. Our favourite futures"))
        self.title_edit.setAccessibleName(self.tr("Round title"))
        self.title_edit.returnPressed.connect(self.open_round)
        self.dots_spin = QSpinBox(self.round_form)
        self.dots_spin.setObjectName("dotsPerPerson")
        self.dots_spin.setRange(1, 1000)
        self.dots_spin.setValue(3)
        self.dots_spin.setAccessibleName(self.tr("Dots per person"))
        self.hidden_check = QCheckBox(self.tr("Hidden until revealed"), self.round_form)
        self.hidden_check.setObjectName("roundHidden")
        self.hidden_check.setToolTip(
            self.tr("Nobody sees the totals, on either screen, until you press Reveal")
        )
        self.open_button = QPushButton(self.tr("Open the round"), self.round_form)
        self.open_button.setObjectName("openRound")
        self.open_button.setDefault(True)
        self.open_button.clicked.connect(self.open_round)
        self.cancel_button = QPushButton(self.tr("Cancel"), self.round_form)
        self.cancel_button.clicked.connect(self.round_form.hide)
        form = QFormLayout(self.round_form)
        form.setContentsMargins(0, 0, 0, 0)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow(self.tr("Dots per person"), self.dots_spin)
        form.addRow(self.hidden_check)
        form_buttons = QHBoxLayout()
        form_buttons.addStretch(1)
        form_buttons.addWidget(self.cancel_button)
        form_buttons.addWidget(self.open_button)
        form.addRow(form_buttons)
        self.round_form.hide()

        self.status = QLabel(self)
        self.status.setObjectName("voteStatus")
        self.status.setWordWrap(True)

        self.table = VoteCardTable(0, 3, self)
        self.table.setObjectName("voteCards")
        self.table.setAccessibleName(self.tr("Cards to vote on"))
        self.table.setToolTip(
            self.tr("Click a card to give it a dot; Shift-click or right-click takes one back")
        )
        # the dots' column headed by a dot, as narrow as its numbers: "Gommettes" made it
        # 114 pixels beside both docks and left the cards "Le quartier no…" (rt9)
        self.table.setHorizontalHeaderLabels(
            [self.tr("No.", "card number, typed to record a dot"), self.tr("Card"), "●"]
        )
        number = self.table.horizontalHeaderItem(0)
        if number is not None:  # not a rank: the number to type below
            number.setToolTip(self.tr("The card's number: type it below and press Enter"))
        dots = self.table.horizontalHeaderItem(2)
        if dots is not None:
            dots.setToolTip(self.tr("Dots given to the card"))
            dots.setData(Qt.ItemDataRole.AccessibleTextRole, self.tr("Dots"))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.dot_requested.connect(self._dot_for_row)

        self.number_edit = QLineEdit(self)
        self.number_edit.setObjectName("voteNumber")
        # short enough for the panel at 22 % of a laptop's window ("Card numbers + E…"
        # beside the Take back button); the whole sentence in the tooltip
        self.number_edit.setPlaceholderText(self.tr("Numbers + Enter: 1 3 3"))
        self.number_edit.setAccessibleName(self.tr("Numbers of the cards to give a dot to"))
        self.number_edit.setToolTip(
            self.tr(
                "Type a card's number then Enter to give it a dot; several numbers (1 3 3) "
                "give one dot each; −3 takes one back from card 3"
            )
        )
        self.number_edit.setValidator(
            QRegularExpressionValidator(
                QRegularExpression(r"[-−\d\s,;]{0,200}"), self.number_edit
            )
        )
        self.number_edit.returnPressed.connect(self.vote_by_number)
        # a refusal is about what was typed: it goes as soon as that text changes
        self.number_edit.textChanged.connect(self._typed_text_changed)
        self.table.typed.connect(self._typed_in_table)
        self.undo_dot_button = QPushButton(self.tr("Take back"), self)
        self.undo_dot_button.setObjectName("undoDots")
        self.undo_dot_button.setToolTip(self.tr("Undo the dots just recorded (Ctrl+Z)"))
        self.undo_dot_button.clicked.connect(self.undo_last_dots)
        self.undo_dot_button.setEnabled(False)
        #: what the last typed number or click did: which card, its new count; or why not
        self.feedback = QLabel(self)
        self.feedback.setObjectName("voteFeedback")
        self.feedback.setWordWrap(True)
        self.feedback.setAccessibleName(self.tr("Last dots recorded"))
        self._dots_command_index: int | None = None

        self.results_title = QLabel(self.tr("Ranking"), self)
        self.results_title.setObjectName("voteResultsTitle")
        self.results = QListWidget(self)
        self.results.setObjectName("voteResults")
        self.results.setAccessibleName(self.tr("Cards ranked by dots"))
        self.results.setWordWrap(True)
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        # the open round's name has the panel's whole row (beside New round… it read
        # "Tour 1 — Mo…" beside both docks, rt7): it says which round the dots go to
        top = QVBoxLayout()
        top.setSpacing(4)
        top.addWidget(self.round_combo)
        top.addWidget(self.no_round)
        top.addWidget(self.new_round_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        # the number field never moves: right under the round, whatever else shows; it has
        # the panel's width (beside Take back its placeholder was cut), Take back beside
        # what the last dots did
        recorded = QHBoxLayout()
        recorded.addWidget(self.feedback, 1)
        recorded.addWidget(self.undo_dot_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)
        layout.addWidget(self.number_edit)
        layout.addLayout(recorded)
        layout.addWidget(self.round_form)
        layout.addWidget(self.status)
        layout.addWidget(self.reveal_button)
        layout.addWidget(self.table, 3)
        layout.addWidget(self.results_title)
        layout.addWidget(self.results, 2)

        session.changed.connect(self._on_changed)

    def sizeHint(self) -> QSize:
        """Narrow enough to leave the phase's workspace most of a laptop screen."""
        return QSize(dock_width(self, 360), super().sizeHint().height())

    # --- following the window -------------------------------------------------------------

    def set_phase(self, phase_id: uuid.UUID | None) -> None:
        if phase_id != self.phase_id:
            self.phase_id = phase_id
            self.round_id = None
            self.round_form.hide()
            self._say("")  # what the last dots did belongs to the other phase's round
            if self.number_edit.text():  # numbers typed for the other phase's cards
                self.number_edit.clear()
            self._dots_command_index = None
        self._dirty = True
        self.refresh_if_visible()

    def _on_changed(self, changes: Changes) -> None:
        if changes.workshop_id in (None, self.session.workshop_id):
            self._dirty = True
            self.refresh_if_visible()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh_if_visible()

    def refresh_if_visible(self) -> None:
        """Refresh now if shown, else when next shown (a hidden panel costs nothing)."""
        if self._dirty and self.isVisible():
            self.refresh()

    def rounds(self) -> list[VoteRound]:
        """The current phase's rounds, oldest first."""
        data = self.session.data()
        return sorted(
            (r for r in data.rounds if r.phase_id == self.phase_id), key=lambda r: r.created_at
        )

    def current_round(self) -> VoteRound | None:
        return next((r for r in self.rounds() if r.id == self.round_id), None)

    def refresh(self) -> None:
        self._dirty = False
        data = self.session.data()
        rounds = self.rounds()
        if self.round_id not in {r.id for r in rounds}:
            self.round_id = rounds[-1].id if rounds else None
        with QSignalBlocker(self.round_combo):
            self.round_combo.clear()
            for number, each in enumerate(rounds, start=1):
                self.round_combo.addItem(self._round_name(number, each), each.id)
                if each.id == self.round_id:
                    self.round_combo.setCurrentIndex(number - 1)
        # no round: a line that wraps in the list's place (the panel's narrow list read
        # "No voting ro")
        self.round_combo.setVisible(bool(rounds))
        self.round_combo.updateGeometry()  # another round's name: another number of lines
        self.no_round.setVisible(not rounds)
        # the round's whole name: beside both docks the list shows "Round 1 — M…"
        tip = self.tr("Each round keeps its own dots")
        shown = self.round_combo.currentText() if rounds else ""
        self.round_combo.setToolTip(f"{shown}\n{tip}" if shown else tip)
        self.new_round_button.setEnabled(self.phase_id is not None)

        vote_round = self.current_round()
        # the cards in the order of their numbers, which stay put while the round is open
        self.numbers = (
            self.session.vote_numbers.numbers(
                self.phase_id, vote_round.id if vote_round else None)
            if self.phase_id else {}
        )
        self.cards = tuple(sorted(
            self.session.cards_of_phase(self.phase_id) if self.phase_id else (),
            key=lambda card: self.numbers[card.id],
        ))
        totals = data.vote_totals(vote_round.id) if vote_round else {}
        hidden = vote_round is None or results_hidden(vote_round)
        recorded = sum(totals.values())

        self.table.setRowCount(len(self.cards))
        for row, card in enumerate(self.cards):
            dots = totals.get(card.id, 0)
            cells = (str(self.numbers[card.id]), card_label(card), str(dots))
            for column, text in enumerate(cells):
                item = self.table.item(row, column)
                if item is None:
                    item = QTableWidgetItem()
                    self.table.setItem(row, column, item)
                item.setText(text)
                # the card's whole text over its number, name and dots: beside both docks
                # its name is cut to about ten characters
                item.setToolTip(card.text)
                if column == 2:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
        self.table.setColumnHidden(2, hidden)
        enabled = vote_round is not None and bool(self.cards)
        self.table.setEnabled(enabled)
        self.number_edit.setEnabled(enabled)

        # ties and the cards without a dot in the order of their numbers, as the room calls
        # them (rt9: they came in the order they were captured, which reads as no order)
        self.tallies = ranking(self.cards, totals, self.numbers) if not hidden else []
        self.results.clear()
        label_of = {card.id: card_label(card) for card in self.cards}
        dotted = any(t.dots > 0 for t in self.tallies)
        if self.tallies and not dotted:
            self.results.addItem(self.tr("No dot yet in this round."))
        for tally in self.tallies if dotted else ():
            if tally.dots <= 0:  # no dot: not ranked
                self.results.addItem(
                    self.tr("· %1 — no dot").replace("%1", label_of[tally.card_id])
                )
                continue
            self.results.addItem(
                self.tr("%1 %2 — %n dot(s)", "", tally.dots)
                .replace("%1", tally.place)
                .replace("%2", label_of[tally.card_id])
            )
        if vote_round is not None:
            number = next(
                (i for i, r in enumerate(rounds, start=1) if r.id == vote_round.id), 0
            )
            self.results_title.setText(self.tr("Ranking, round %1").replace("%1", str(number)))
        self.undo_dot_button.setEnabled(
            self._dots_command_index is not None
            and self.session.undo_stack.index() == self._dots_command_index
        )
        self.results.setVisible(not hidden)
        self.results_title.setVisible(not hidden)

        if vote_round is None:
            self.status.setText(
                self.tr("Open a round to record dots on this phase's cards.")
                if self.cards or self.phase_id is None
                else self.tr("No cards in this phase yet.")
            )
        else:
            per = self.tr("%n dot(s) per person", "", vote_round.dots_per_person)
            count = self.tr("%n dot(s) recorded", "", recorded)
            if hidden:
                self.status.setText(
                    self.tr("Hidden until revealed: %1 · %2")
                    .replace("%1", count)
                    .replace("%2", per)
                )
            else:
                self.status.setText(f"{count} · {per}")
        self.reveal_button.setVisible(vote_round is not None and vote_round.hidden)
        self.reveal_button.setText(
            self.tr("Hide the results") if not hidden else self.tr("Reveal and rank")
        )
        self.reveal_button.setToolTip(
            self.tr("Show the totals and the ranking, here and on the projector")
            if hidden
            else self.tr("Hide the totals again")
        )

    def _round_name(self, number: int, vote_round: VoteRound) -> str:
        name = self.tr("Round %1").replace("%1", str(number))
        if vote_round.title:
            name = f"{name} — {vote_round.title}"
        if results_hidden(vote_round):
            name = self.tr("%1 (hidden)").replace("%1", name)
        return name

    def _round_chosen(self, index: int) -> None:
        round_id = self.round_combo.itemData(index)
        if isinstance(round_id, uuid.UUID):
            self.select_round(round_id)

    def select_round(self, round_id: uuid.UUID) -> None:
        self.round_id = round_id
        self.refresh()

    # --- rounds ---------------------------------------------------------------------------

    def show_round_form(self) -> None:
        self.title_edit.clear()
        self.round_form.show()
        self.title_edit.setFocus()

    def open_round(self) -> None:
        """Create the round described by the form (undoable) and make it current."""
        phase_id = self.phase_id
        if phase_id is None:
            return
        store = self.session.store
        round_id, at = new_id(), self._now()
        title = self.title_edit.text().strip()
        dots, hidden = self.dots_spin.value(), self.hidden_check.isChecked()

        def create() -> Changes:
            return api.create_round(
                store,
                phase_id,
                title=title,
                dots_per_person=dots,
                hidden=hidden,
                at=at,
                round_id=round_id,
            )

        previous, self.round_id = self.round_id, round_id  # the refresh selects the new one
        if self._attempt(
            self.tr("Open a voting round"), create, lambda: api.delete_round(store, round_id)
        ):
            self.round_form.hide()
            self.number_edit.setFocus()
        else:  # refused: the panel stays on the round it showed
            self.round_id = previous

    def toggle_reveal(self) -> None:
        vote_round = self.current_round()
        if vote_round is None:
            return
        store, round_id = self.session.store, vote_round.id
        reveal = not vote_round.revealed
        self._attempt(
            self.tr("Reveal the votes") if reveal else self.tr("Hide the votes"),
            lambda: api.reveal_round(store, round_id, reveal),
            lambda: api.reveal_round(store, round_id, not reveal),
        )

    # --- dots -----------------------------------------------------------------------------

    def _typed_in_table(self, text: str) -> None:
        """A number typed while the card list has the focus goes to the number field (the
        one place where numbers are read)."""
        self.number_edit.setFocus()
        self.number_edit.insert(text)

    def vote_by_number(self) -> None:
        """Record the dots typed: "3" gives card 3 a dot, "1 3 3" one dot each in one step,
        "−3" takes one back. A number that is no card's refuses the whole line, which
        stays typed, with a sentence."""
        text = self.number_edit.text().replace("−", "-")
        tokens = text.replace(",", " ").replace(";", " ").split()
        if not tokens:
            return
        by_number = {number: card_id for card_id, number in self.numbers.items()}
        wrong = [t for t in tokens if not t.lstrip("-").isdigit()
                 or int(t.lstrip("-")) not in by_number or t.count("-") > 1
                 or ("-" in t and not t.startswith("-"))]
        if wrong:
            self._refuse(wrong[0], max(by_number, default=0))
            return
        adds = [by_number[int(t)] for t in tokens if not t.startswith("-")]
        removes = [by_number[int(t[1:])] for t in tokens if t.startswith("-")]
        if adds and removes:
            self._say(self.tr("Type numbers to add, or one −number to take back, not both."),
                      error=True)
            return
        done = self.add_dots(adds) if adds else all(
            [self.remove_dot(card_id) for card_id in removes]
        )
        if done:
            self.number_edit.clear()

    def _refuse(self, token: str, count: int) -> None:
        number = token.lstrip("-")
        if count == 0:
            sentence = self.tr("This phase has no card to vote on: nothing recorded.")
        elif number.isdigit() and 1 <= int(number) <= count:  # a card gone from the phase
            sentence = self.tr(
                "Card %1 is no longer in this phase; the other cards keep their numbers: "
                "nothing recorded.").replace("%1", number)
        elif number.isdigit():
            sentence = (
                self.tr("There is no card number %1 (the cards are numbered 1 to %2): "
                        "nothing recorded.")
                .replace("%1", number).replace("%2", str(count))
            )
        else:
            sentence = self.tr("“%1” is not a card number: nothing recorded.").replace(
                "%1", token)
        self._say(sentence, error=True)
        start = self.number_edit.text().find(token)
        if start >= 0:
            self.number_edit.setSelection(start, len(token))

    def _typed_text_changed(self, _text: str) -> None:
        if self.feedback.property("error"):
            self._say("")

    def _say(self, text: str, *, error: bool = False) -> None:
        self.feedback.setText(text)
        self.feedback.setProperty("error", error)
        self.feedback.style().unpolish(self.feedback)
        self.feedback.style().polish(self.feedback)

    def _after_dots(self, card_ids: list[uuid.UUID], taken_back: bool = False) -> None:
        """Say which cards got (or lost) a dot and their new count; remember the command so
        that *Take back* undoes it."""
        self._dots_command_index = self.session.undo_stack.index()
        self.undo_dot_button.setEnabled(True)
        vote_round = self.current_round()
        hidden = vote_round is None or results_hidden(vote_round)
        totals = self.session.data().vote_totals(vote_round.id) if vote_round else {}
        parts = []
        for card_id in dict.fromkeys(card_ids):
            card = next((c for c in self.cards if c.id == card_id), None)
            label = card_label(card) if card is not None else "…"
            if len(label) > 40:
                label = label[:39] + "…"
            given = card_ids.count(card_id)
            if hidden:
                parts.append(
                    self.tr("card %1 “%2”: +%n dot(s)", "", given)
                    .replace("%1", self._number(card_id)).replace("%2", label)
                    if not taken_back
                    else self.tr("card %1 “%2”: one dot taken back")
                    .replace("%1", self._number(card_id)).replace("%2", label)
                )
            else:
                parts.append(
                    self.tr("card %1 “%2”: now %n dot(s)", "", totals.get(card_id, 0))
                    .replace("%1", self._number(card_id)).replace("%2", label)
                )
        text = "; ".join(parts)
        if hidden:
            text = self.tr("%1 (totals hidden until revealed)").replace("%1", text)
        self._say(("− " if taken_back else "✓ ") + text)

    def undo_last_dots(self) -> None:
        """Undo the dots just recorded, if nothing else was done since."""
        stack = self.session.undo_stack
        if self._dots_command_index is None or stack.index() != self._dots_command_index:
            return
        command = stack.command(stack.index() - 1)
        if isinstance(command, ServiceCommand):
            try:
                command.try_undo()
            except KnownError as exc:
                self.session.failed.emit(user_message(exc), self.undo_last_dots)
                return
        stack.undo()
        self._dots_command_index = None
        self.undo_dot_button.setEnabled(False)
        self._say(self.tr("Dots taken back."))

    def _dot_for_row(self, row: int, delta: int) -> None:
        if 0 <= row < len(self.cards):
            if delta > 0:
                self.add_dot(self.cards[row].id)
            else:
                self.remove_dot(self.cards[row].id)

    def add_dot(self, card_id: uuid.UUID) -> None:
        """Give one dot to a card in the current round (undoable)."""
        vote_round = self.current_round()
        if vote_round is None:
            return
        store, round_id = self.session.store, vote_round.id
        vote_id, at = new_id(), self._now()
        if self._attempt(
            self.tr("Dot for card %1").replace("%1", self._number(card_id)),
            lambda: api.add_votes(store, round_id, card_id, 1, at=at, vote_id=vote_id),
            lambda: api.remove_vote(store, vote_id),
        ):
            self._after_dots([card_id])

    def add_dots(self, card_ids: list[uuid.UUID]) -> bool:
        """One dot for each card of ``card_ids`` (a card named twice gets two), in one
        transaction and one undo step."""
        vote_round = self.current_round()
        if vote_round is None or not card_ids:
            return False
        if len(card_ids) == 1:
            before = self.session.undo_stack.index()
            self.add_dot(card_ids[0])
            return self.session.undo_stack.index() != before
        store, round_id, at = self.session.store, vote_round.id, self._now()
        dots = [(card_id, new_id()) for card_id in card_ids]
        numbers = ", ".join(self._number(card_id) for card_id in card_ids)
        done = self._attempt(
            self.tr("%n dot(s) for cards %1", "", len(dots)).replace("%1", numbers),
            lambda: api.add_dots(store, round_id, dots, at=at),
            lambda: api.remove_votes(store, [vote_id for _card, vote_id in dots]),
        )
        if done:
            self._after_dots(card_ids)
        return done

    def remove_dot(self, card_id: uuid.UUID) -> bool:
        """Take back the last dot recorded for a card in the current round (undoable)."""
        vote = self.last_vote(card_id)
        if vote is None:
            self._say(
                self.tr("Card %1 has no dot in this round to take back.").replace(
                    "%1", self._number(card_id)),
                error=True,
            )
            return False
        store = self.session.store
        done = self._attempt(
            self.tr("Take back a dot from card %1").replace("%1", self._number(card_id)),
            lambda: api.remove_vote(store, vote.id),
            lambda: api.add_votes(
                store,
                vote.round_id,
                vote.card_id,
                vote.dots,
                device=vote.device,
                at=vote.created_at,
                vote_id=vote.id,
            ),
        )
        if done:
            self._after_dots([card_id], taken_back=True)
        return done

    def last_vote(self, card_id: uuid.UUID) -> Vote | None:
        """The most recent vote counting for ``card_id`` in the current round (votes given
        to cards merged into it count for it)."""
        data = self.session.data()
        merged = {c.id for c in data.cards if c.merged_into_id == card_id}
        votes = [
            v
            for v in data.votes
            if v.round_id == self.round_id and (v.card_id == card_id or v.card_id in merged)
        ]
        return max(votes, key=lambda v: v.created_at) if votes else None

    def _number(self, card_id: uuid.UUID) -> str:
        number = self.numbers.get(card_id)
        return str(number) if number is not None else "?"

    def _attempt(self, text: str, first: ServiceCall, undo: ServiceCall) -> bool:
        """Whether the change was made (a refusal is reported by the session, with Retry)."""
        return self.session.attempt(text, first, undo) is not None


class VotingDock(QDockWidget):
    """The voting panel in a dock on the right of ``window``, hidden until asked for
    (Ctrl+Shift+V, or the Phase menu)."""

    def __init__(
        self, window: QMainWindow, session: WorkshopSession, clock: Clock | None = None
    ) -> None:
        super().__init__(self.tr("Dot voting"), window)
        self.setObjectName("votingDock")
        self.panel = VotingPanel(session, self, clock)
        self.setWidget(self.panel)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self)
        self.hide()
        toggle = self.toggleViewAction()
        toggle.setText(self.tr("Dot &voting"))
        toggle.setShortcut(QKeySequence("Ctrl+Shift+V"))
        toggle.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        toggle.setToolTip(self.tr("Show or hide the dot-voting panel (Ctrl+Shift+V)"))
        toggle.triggered.connect(self._toggled)
        window.addAction(toggle)

    def _toggled(self, checked: bool) -> None:
        if checked:
            self.raise_()
            self.panel.number_edit.setFocus()
