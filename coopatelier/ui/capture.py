"""The always-ready capture line and the non-modal error banner."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QMimeData, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyleOptionFrame,
    QToolButton,
    QWidget,
)

from coopatelier.ui.messages import user_message

#: Qt's "no maximum" width (QWIDGETSIZE_MAX)
QWIDGETSIZE_MAX = (1 << 24) - 1


class CaptureEdit(QPlainTextEdit):
    """One card's text: Enter captures, Shift+Enter starts a new line; pasting several lines
    keeps them in one card. Grows up to four lines."""

    submitted = Signal()
    SHRINK_PAUSE_MS = 600  # an emptied field keeps its lines that long, unless typed in

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("captureEdit")
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.document().contentsChanged.connect(lambda: self._fit_height(at_once=False))
        self.document().documentLayout().documentSizeChanged.connect(  # rewrapped: typed
            lambda _size: self._fit_height(at_once=False))  # or the field resized
        self._placeholders: tuple[str, ...] = ()
        # emptied (a card captured), the field keeps its height a moment: shrinking at
        # once laid the window out again and repainted the phase's whole view in the
        # capture, and the next long card grew it back (the same again); the next text
        # typed, or this pause, fits it to its lines
        self._shrink_later = QTimer(self)
        self._shrink_later.setSingleShot(True)
        self._shrink_later.setInterval(self.SHRINK_PAUSE_MS)
        self._shrink_later.timeout.connect(self._fit_height)
        self._fit_height()

    def set_placeholders(self, *texts: str) -> None:
        """Placeholders from the longest to the shortest: the longest that fits on the one
        line is shown (a wrapped placeholder would be cut in half by the fixed height)."""
        self._placeholders = texts
        self._fit_placeholder()

    def placeholders(self) -> tuple[str, ...]:
        """The placeholders given with ``set_placeholders``, longest first."""
        return self._placeholders

    def _fit_placeholder(self) -> None:
        if not self._placeholders:
            return
        room = self.viewport().width() - 2 * self.document().documentMargin() - 4
        metrics = self.fontMetrics()
        chosen = next(
            (t for t in self._placeholders if metrics.horizontalAdvance(t) <= room),
            self._placeholders[-1],
        )
        if chosen != self.placeholderText():
            self.setPlaceholderText(chosen)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_placeholder()

    def text(self) -> str:
        return self.toPlainText()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
            event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        ):
            self.submitted.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    def insertFromMimeData(self, source: QMimeData) -> None:
        """Paste plain text only (a spreadsheet or a web page brings formatting along)."""
        if source.hasText():
            self.insertPlainText(source.text().replace("\r\n", "\n").replace("\r", "\n"))

    def visual_lines(self) -> int:
        """The lines the text takes on screen: a long card wraps onto several lines of one
        paragraph (the plain text layout counts its size in lines)."""
        layout = self.document().documentLayout()
        return max(self.document().blockCount(), int(layout.documentSize().height()))

    def _fit_height(self, at_once: bool = True) -> None:
        # as many lines as the text shows, wrapped ones included (one line high, a wrapped
        # card showed the end of its second line under the clipped bottom of its first)
        if not at_once and self.document().isEmpty() and self.height() > self._height_of(1):
            self._shrink_later.start()
            return
        self._shrink_later.stop()
        height = self._height_of(max(1, min(4, self.visual_lines())))
        if height != self.height():
            self.setFixedHeight(height)

    def _height_of(self, lines: int) -> int:
        text = lines * self.fontMetrics().lineSpacing() + 2 * int(self.document().documentMargin())
        # what the field has around its text (the viewport is its contents' rectangle):
        # under the stylesheet (no border, a padding of 3 pixels) ``frameWidth`` says 6 as
        # well as the margins, and an emptied field came back 14 pixels taller than its
        # first line, as if two lines high
        return text + self.height() - self.contentsRect().height() + 4

    def sizeHint(self) -> QSize:
        # its minimum: the line's other fields keep their preferred widths and the text,
        # which stretches, takes the rest (a 400-pixel hint had the layout shrink them all)
        return QSize(self.minimumWidth(), self.height())

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit_height()  # the stylesheet sets a larger font after construction
            self._fit_placeholder()

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() == QEvent.Type.Polish:
            self._fit_height()  # the stylesheet's padding is the field's margins from now
        return handled

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.ensureCursorVisible()


# "Précarité: text" or "Précarité : text" (French spacing): a group name then a colon
_PREFIX = re.compile(r"^\s*([^:\n]{1,80}?)\s*:\s*(\S.*)\Z", re.DOTALL)


def ended_reasons() -> tuple[str, ...]:
    """Why an ended workshop's capture lines take no card, longest first (one line)."""
    return (
        QCoreApplication.translate(
            "CaptureBar", "The workshop has ended: run a phase again to add cards."
        ),
        QCoreApplication.translate("CaptureBar", "Ended: run a phase again to add cards."),
        QCoreApplication.translate("CaptureBar", "The workshop has ended."),
    )


def group_key(name: str) -> str:
    """A group's name with accents, case and spacing set aside ("précarité" matches
    "Precarite")."""
    decomposed = unicodedata.normalize("NFKD", name)
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(bare.casefold().split())


def _singular(key: str) -> str:
    """A group key's words in the singular, roughly, French and English alike: without
    a plural's final s or x ("politiques publiques" → "politique publique"), "-ies" as
    "-y" ("public policies" → "public policy")."""
    return " ".join(_singular_word(w) for w in key.split())


def _singular_word(word: str) -> str:
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if len(word) > 3 and word[-1] in "sx" else word


def match_group_prefix(text: str, groups: Sequence[str]) -> tuple[tuple[str, ...], str]:
    """``(candidates, rest)`` for a text typed as "Group: text": the groups the part before
    the colon names (``rest`` is the text after it), or ``((), text)`` when none does.

    The prefix names a group when it is the group's whole name or the start of it in whole
    words ("Précarité" for "Précarité et accès"), accents, case and spacing aside, then
    in the singular or the plural ("Politique" for "Politiques publiques"). A
    group named exactly wins over the longer names it starts; otherwise every group it
    starts is a candidate, and more than one is ambiguous."""
    match = _PREFIX.match(text)
    if match is None:
        return (), text
    wanted = group_key(match.group(1))
    if not wanted:
        return (), text
    named = [g for g in groups if g and group_key(g) == wanted]
    if not named:
        named = [g for g in groups if g and group_key(g).startswith(wanted + " ")]
    if not named:  # in the singular or the plural ("Politique" for "Politiques publiques")
        singular = _singular(wanted)
        named = [g for g in groups if g and (
            _singular(group_key(g)) == singular
            or _singular(group_key(g)).startswith(singular + " "))]
    if not named:
        return (), text
    return tuple(dict.fromkeys(named)), match.group(2).strip("\n")


def split_group_prefix(text: str, groups: Sequence[str]) -> tuple[str | None, str]:
    """``(group, rest)`` when ``text`` starts with one group's name, or an unambiguous start
    of it, and a colon; else ``(None, text)``: a prefix that names no group, or several,
    stays part of the text."""
    candidates, rest = match_group_prefix(text, groups)
    if len(candidates) != 1:
        return None, text
    return candidates[0], rest


class GroupBox(QComboBox):
    """The group (category) given to the next cards: one of the phase's groups or a new
    name; it sticks. Its list is read when it opens (the phase may have changed)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.source: Callable[[], Sequence[str]] = lambda: ()

    def fill(self) -> None:
        text = self.currentText()
        self.blockSignals(True)
        self.clear()
        self.addItem("")
        self.addItems(list(self.source()))
        self.setEditText(text)
        self.blockSignals(False)

    def showPopup(self) -> None:
        self.fill()
        super().showPopup()


class StickyField(QLineEdit):
    """A value given to the next cards ("Table 3", the author): as wide as its value, or
    its placeholder when longer, when the line has room (a short value such as "Table 12"
    reads whole, not "Table"), narrower beside the docks on a small screen (a preference,
    not a minimum: a minimum made the window wider than a 1366-pixel screen). Away from
    the keyboard it shows the beginning of its value ("Table 3", not "able 3")."""

    def __init__(
        self, parent: QWidget | None = None, widest: int = 150, whole: int = 0
    ) -> None:
        super().__init__(parent)
        #: the widest it gets, however long its value (the card's text needs the room)
        self.widest = widest
        #: a value this long shows whole even when the line is short of room ("Table 12")
        self.whole = whole
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.textChanged.connect(lambda _text: self.updateGeometry())

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        wanted = max(placeholder_width(self), text_width(self, self.text()))
        return QSize(min(self.widest, wanted), hint.height())

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        # a few letters of the value still show when the line is short of room, and a
        # short value ("Table 12") shows whole
        room = placeholder_width(self) - self.fontMetrics().horizontalAdvance(
            self.placeholderText())
        few = room + self.fontMetrics().averageCharWidth() * 3
        short = text_width(self, self.text()[: self.whole]) if self.whole else 0
        return QSize(min(self.widest, max(few, short)), hint.height())

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.home(False)  # the beginning of the value shows, scrolled back from its end

    def setText(self, text: str | None, /) -> None:
        super().setText(text)
        if not self.hasFocus():  # set by the program (the remembered table): its start
            self.home(False)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.StyleChange, QEvent.Type.FontChange):
            self.updateGeometry()  # another stylesheet or font: another placeholder width


def placeholder_width(field: QLineEdit) -> int:
    """The width ``field`` needs to show its placeholder whole (not "Aut…") under its style."""
    return text_width(field, field.placeholderText())


def text_width(field: QLineEdit, text: str) -> int:
    """The width ``field`` needs to show ``text`` whole under its style: measured as
    ``QLineEdit.sizeHint`` measures its line (the stylesheet's padding and border, the text
    margins, the line's own 2-pixel margins)."""
    field.ensurePolished()
    margins, contents = field.textMargins(), field.contentsMargins()
    width = (
        field.fontMetrics().horizontalAdvance(text) + 2 * 2 + 1
        + margins.left() + margins.right() + contents.left() + contents.right()
    )
    option = QStyleOptionFrame()
    field.initStyleOption(option)
    size = field.style().sizeFromContents(
        QStyle.ContentsType.CT_LineEdit, option, QSize(width, field.fontMetrics().height()),
        field,
    )
    return size.width()


class StatusLabel(QLabel):
    """The capture's "Saved ✓": gives up its room first when the line is short of it, then
    shows its last word alone (the check mark), or nothing when even that has no room —
    never a word cut ("…d ✓") — and is whole in its tooltip."""

    def minimumSizeHint(self) -> QSize:
        return QSize(0, super().minimumSizeHint().height())

    #: the text's last word (its check mark) changed: the line shares its room again
    mark_changed = Signal()

    def setText(self, text: str, /) -> None:
        before = self.mark()
        super().setText(text)
        self.setToolTip(text)
        if self.mark() != before:  # not on every card saved: "Saved ✓" again
            self.mark_changed.emit()

    def mark(self) -> str:
        """The text's last word, shown alone when the whole text has no room."""
        words = self.text().split()
        return words[-1] if words else ""

    def mark_width(self) -> int:
        """The least width that shows the mark (0 without a text)."""
        mark = self.mark()
        if not mark:
            return 0
        margins = self.contentsMargins()
        return (self.fontMetrics().horizontalAdvance(mark) + margins.left() + margins.right()
                + 2 * self.margin())

    def shown_text(self) -> str:
        """What is painted: the whole text when it has its width, else its last word."""
        text = self.text()
        if self.width() >= super().sizeHint().width():
            return text
        mark = self.mark()
        fits = self.fontMetrics().horizontalAdvance(mark) <= self.contentsRect().width()
        return mark if fits else ""

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.width() >= super().sizeHint().width():
            super().paintEvent(event)
            return
        painter = QPainter(self)
        self.style().drawItemText(
            painter, self.contentsRect(),
            int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight),
            self.palette(), self.isEnabled(), self.shown_text(), self.foregroundRole())


class CaptureBar(QFrame):
    """Table/sub-group, author and group fields that stick, then the card's text; a
    "Group: text" prefix files the card in that group, shown before Enter."""

    #: the widest the "→ Group" label gets (the card's text needs the room)
    CHIP_WIDTH = 150
    #: the share of the line the card's text keeps when the line is short of room: the
    #: status, then the group, the author and the table give theirs up first
    TEXT_SHARE = 0.4
    GROUP_WIDTH = 150

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("captureBar")
        self.table = StickyField(self, widest=110, whole=len("Table 12"))
        self.table.setObjectName("captureTable")
        self.table.setPlaceholderText(self.tr("Table"))
        self.table.setAccessibleName(self.tr("Table or sub-group"))
        self.table.setToolTip(self.tr("Table or sub-group given to the next cards (it sticks)"))
        self.author = StickyField(self, widest=150)
        self.author.setObjectName("captureAuthor")
        self.author.setPlaceholderText(self.tr("Author"))
        self.author.setAccessibleName(self.tr("Author"))
        self.author.setToolTip(self.tr("Author given to the next cards, if any (it sticks)"))
        self.group = GroupBox(self)
        self.group.setObjectName("captureGroup")
        line = self.group.lineEdit()
        if line is not None:
            line.setPlaceholderText(self.tr("Group"))
        self.group.setAccessibleName(self.tr("Group or category"))
        self.group.setToolTip(
            self.tr(
                "Group (category) given to the next cards (it sticks). Typing "
                "“Group: text” in the card files that one card in an existing group."
            )
        )
        self.group.setMaximumWidth(self.GROUP_WIDTH)
        self.group.setMinimumContentsLength(5)
        self.group.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        #: where the next card goes, shown before Enter ("→ Précarité")
        self.chip = QLabel(self)
        self.chip.setObjectName("captureGroupChip")
        self.chip.setAccessibleName(self.tr("Group of the next card"))
        self.chip.hide()
        self.group.hide()  # shown once there are groups to read (set_group_source)
        self.edit = CaptureEdit(self)
        self.edit.set_placeholders(
            self.tr("Type a card and press Enter (Shift+Enter: new line)"),
            self.tr("Type a card, then Enter"),
            self.tr("Type a card"),
        )
        self.edit.setAccessibleName(self.tr("New card"))
        self.edit.setToolTip(
            self.tr(
                "Enter saves the card; Shift+Enter adds a line; pasted lines stay in one card. "
                "Ctrl+L comes back here."
            )
        )
        # the card's text takes the rest of the line: 400 px when the room is there (its
        # size hint), a dozen characters at least (a 300-pixel minimum made the window
        # wider than a 1366-pixel screen beside the voting panel)
        self.edit.setMinimumWidth(self.fontMetrics().averageCharWidth() * 12)
        self.button = QPushButton(self.tr("Capture"), self)
        self.button.setObjectName("captureButton")
        self.button.setToolTip(self.tr("Save the card (Enter)"))
        self.status = StatusLabel(self)
        self.status.setObjectName("captureStatus")
        self.status.setAccessibleName(self.tr("Capture status"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.table)
        layout.addWidget(self.author)
        layout.addWidget(self.group)
        layout.addWidget(self.chip)
        layout.addWidget(self.edit, 1)
        # the status's spacing is its own left margin: given up with its room
        ending = QHBoxLayout()
        ending.setSpacing(0)
        ending.addWidget(self.button)
        ending.addWidget(self.status)
        self.status.setContentsMargins(max(0, layout.spacing()), 0, 0, 0)
        layout.addLayout(ending)
        self.setTabOrder(self.table, self.author)
        self.setTabOrder(self.author, self.group)
        self.setTabOrder(self.group, self.edit)
        self.setTabOrder(self.edit, self.button)
        self.button.clicked.connect(self.edit.submitted)
        self.edit.textChanged.connect(self.show_group)
        self.group.editTextChanged.connect(lambda _text: self.show_group())
        self.table.textChanged.connect(lambda _text: self.share_line())
        self.status.mark_changed.connect(self.share_line)
        self.author.textChanged.connect(lambda _text: self.share_line())
        #: why the line takes no card for now, longest first (``set_closed``)
        self._closed: tuple[str, ...] = ()
        #: the fields a closed line hides to give its reason the room, shown when it opens
        self._set_aside: list[QWidget] = []
        self._open_placeholders: tuple[tuple[str, ...], str] = ((), "")

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.share_line()

    def share_line(self) -> None:
        """Share the line when it is short of room: the card's text keeps ``TEXT_SHARE`` of
        it (or its own minimum); the status gives up its room first, then the group, the
        author, the table, each down to its own minimum. With room to spare every field
        has its preferred width. Maximum widths only: the line's minimum never grows."""
        layout = self.layout()
        if layout is None:
            return
        margins = layout.contentsMargins()
        line = self.width() - margins.left() - margins.right()
        shown = [w for w in (self.table, self.author, self.group, self.chip, self.edit,
                             self.button) if not w.isHidden()]
        room = line - layout.spacing() * (len(shown) - 1) - self.button.sizeHint().width()
        if not self.chip.isHidden():
            room -= min(self.CHIP_WIDTH, self.chip.sizeHint().width())
        room -= max(self.edit.minimumWidth(), int(line * self.TEXT_SHARE))
        group = min(self.GROUP_WIDTH, self.group.sizeHint().width())
        sharing: list[tuple[QWidget, int, int, int]] = [  # widget, widest, hint, least
            (self.table, self.table.widest, self.table.sizeHint().width(),
             self.table.minimumSizeHint().width()),
            (self.author, self.author.widest, self.author.sizeHint().width(),
             self.author.minimumSizeHint().width()),
            (self.group, self.GROUP_WIDTH, group,  # down to a letter of a name and "…"
             group - 4 * self.group.fontMetrics().averageCharWidth()),
            # down to its check mark alone ("✓")
            (self.status, QWIDGETSIZE_MAX, self.status.sizeHint().width(),
             self.status.mark_width()),
        ]
        short = sum(hint for w, _widest, hint, _least in sharing if not w.isHidden()) - room
        for widget, widest, hint, least in reversed(sharing):  # the status gives up first
            width = widest
            if short > 0 and not widget.isHidden():
                given = min(short, max(0, hint - least))
                width, short = hint - given, short - given
            if widget.maximumWidth() != width:
                widget.setMaximumWidth(width)

    def set_closed(self, reasons: Sequence[str]) -> None:
        """Close the line (it takes no card) and say why in its own field, the longest of
        ``reasons`` that fits; no reasons open it again with its own placeholders. A text
        already typed stays (greyed) for when the line opens again."""
        reasons = tuple(reasons)
        if reasons == self._closed:
            return
        if not self._closed:  # the line's own placeholders, for when it opens again
            self._open_placeholders = (self.edit.placeholders(), self.edit.placeholderText())
        self._closed = reasons
        if reasons:
            self.edit.set_placeholders(*reasons)
        else:
            placeholders, placeholder = self._open_placeholders
            if placeholders:
                self.edit.set_placeholders(*placeholders)
            else:
                self.edit.setPlaceholderText(placeholder)
        self.edit.setEnabled(not reasons)
        self.button.setEnabled(not reasons)
        # the table, author and group step aside: a card typed in the table field would
        # label the cards captured once the line opens again, and the reason needs the room
        if reasons:
            self._set_aside = [w for w in (self.table, self.author, self.group)
                               if not w.isHidden()]
            for field in self._set_aside:
                field.hide()
        else:
            for field in self._set_aside:
                field.show()
            self._set_aside = []
        self.share_line()
        self.setToolTip(reasons[0] if reasons else "")
        self.status.setText("")

    def closed(self) -> bool:
        """Whether the line takes no card for now (``set_closed``)."""
        return bool(self._closed)

    def set_group_source(self, source: Callable[[], Sequence[str]]) -> None:
        """Where the groups of the phase the next card goes to are read from."""
        self.group.source = source
        if self._closed:  # shown when the line opens again
            if self.group not in self._set_aside:
                self._set_aside.append(self.group)
        else:
            self.group.show()
        self.show_group()
        self.share_line()

    def card_fields(self) -> tuple[str, str]:
        """``(text, group)`` of the card to capture: a typed prefix naming a group wins over
        the group field."""
        text = self.edit.text().strip("\n")
        prefixed, rest = split_group_prefix(text, self._groups_for(text))
        if prefixed is not None:
            return rest, prefixed
        return text, self.group.currentText().strip()

    def _groups_for(self, text: str) -> Sequence[str]:
        """The groups a "Group: text" prefix may name, read only when ``text`` has one
        (reading them walks the phase's cards: not on every capture and keystroke)."""
        return self.group.source() if _PREFIX.match(text) else ()

    def show_group(self) -> None:
        """Show where the next card goes before Enter is pressed; a prefix that starts
        several groups' names is shown as such and files the card nowhere."""
        chip = self.chip.isHidden()
        self._show_group()
        if self.chip.isHidden() != chip:
            self.share_line()

    def _show_group(self) -> None:
        typed = self.edit.text().strip("\n")
        candidates, _rest = match_group_prefix(typed, self._groups_for(typed))
        if len(candidates) > 1:
            self.chip.setVisible(True)
            self.chip.setText(self.chip.fontMetrics().elidedText(
                self.tr("→ which group?"), Qt.TextElideMode.ElideRight, self.CHIP_WIDTH))
            self.chip.setToolTip(
                self.tr("Several groups start with what is typed before the colon: %1. "
                        "Type more of the name.").replace("%1", " / ".join(candidates))
            )
            self.chip.setProperty("prefixed", False)
            self._set_ambiguous(True)
            return
        self._set_ambiguous(False)
        text, group = self.card_fields()
        prefixed = group and text != typed
        self.chip.setVisible(bool(group) and bool(self.edit.text().strip()))
        self.chip.setText(
            self.chip.fontMetrics().elidedText(
                f"→ {group}", Qt.TextElideMode.ElideRight, self.CHIP_WIDTH
            ) if group else ""
        )
        self.chip.setToolTip(
            self.tr("This card goes into the group “%1” (typed before the colon)")
            .replace("%1", group)
            if prefixed
            else self.tr("This card goes into the group “%1”").replace("%1", group)
        )
        self.chip.setProperty("prefixed", bool(prefixed))

    def _set_ambiguous(self, ambiguous: bool) -> None:
        if self.chip.property("ambiguous") != ambiguous:
            self.chip.setProperty("ambiguous", ambiguous)
            self.chip.style().unpolish(self.chip)  # the stylesheet colours it
            self.chip.style().polish(self.chip)


class ErrorBanner(QFrame):
    """A non-modal, one-sentence message with Retry and Dismiss."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("errorBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.message = QLabel(self)
        self.message.setObjectName("errorMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.retry_button = QPushButton(self.tr("&Retry"), self)
        self.retry_button.setObjectName("retryButton")
        self.retry_button.setToolTip(self.tr("Try the same change again"))
        self.close_button = QToolButton(self)
        self.close_button.setText("✕")
        self.close_button.setAccessibleName(self.tr("Dismiss the message"))
        self.close_button.setToolTip(self.tr("Dismiss the message"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.retry_button)
        layout.addWidget(self.close_button)
        self._retry: Callable[[], object] | None = None
        self.retry_button.clicked.connect(self.retry)
        self.close_button.clicked.connect(self.dismiss)
        self.hide()

    def show_error(self, message: str, retry: Callable[[], object] | None = None) -> None:
        self._retry = retry
        message = user_message(message)
        self.message.setText(message)
        self.retry_button.setVisible(retry is not None)
        self.setAccessibleDescription(message)
        self.show()

    def retry(self) -> None:
        action = self._retry
        self.dismiss()
        if action is not None:
            action()

    def dismiss(self) -> None:
        self._retry = None
        self.hide()
