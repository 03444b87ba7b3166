"""Editors of the actions workspace: the partners table (organisation + precise role) and
the impact × effort chart."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from PySide6.QtCore import (
    QCoreApplication,
    QElapsedTimer,
    QEvent,
    QObject,
    QPointF,
    QRect,
    QRectF,
    QSize,
    QSizeF,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
    QShortcut,
)
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from coopatelier.domain.analysis import HIGH_THRESHOLD
from coopatelier.domain.model import Card, Organisation, Partner
from coopatelier.ui.views.base import wheel_scrolls_forms
from coopatelier.ui.views.combo import ElidingComboBox

ADD_ORGANISATION = "add-organisation"

#: removes the partner row the focus is in (its ✕ takes no focus from Tab: a Space typed
#: after Tab from a role removed the partner, rt9)
REMOVE_PARTNER_KEY = "Alt+Delete"


def reveal(widget: QWidget, margin: int = 8) -> None:
    """Scroll every scroll area around ``widget`` so that it is whole in sight (the
    innermost first), once the layouts a change asked for are done: a partner row just
    added is not placed yet."""
    QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea) and parent.widget() is not None:
            parent.ensureWidgetVisible(widget, margin, margin)
        parent = parent.parentWidget()


def fill_organisations(
    combo: QComboBox,
    organisations: tuple[Organisation, ...],
    selected: uuid.UUID | None,
    none_label: str,
    add_label: str,
) -> None:
    """Organisations in a combo: an empty choice first, "add organisation…" last.

    Items carry ids as text: ``QComboBox.findData`` compares Python objects by identity."""
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(none_label, None)
    for org in organisations:
        combo.addItem(org.name, str(org.id))
    combo.addItem(add_label, ADD_ORGANISATION)
    combo.setCurrentIndex(max(0, combo.findData(str(selected)) if selected else 0))
    combo.blockSignals(False)


class _PartnerCombo(ElidingComboBox):
    """A partner row's organisation: ``from_list`` tells a choice made in its open list
    (a click, or Enter there) from one typed on the closed box (its first letters, the
    arrows), which goes on while the name is typed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.from_list = False
        self._typed = QElapsedTimer()  # since the last letter typed on the closed box

    def showPopup(self) -> None:
        self.from_list = True
        super().showPopup()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self.from_list = False  # on the closed box (its open list takes its own keys)
        typing = (self._typed.isValid()
                  and self._typed.elapsed() < QApplication.keyboardInputInterval())
        if (event.key() == Qt.Key.Key_Space and typing
                and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier):
            # a space inside a name being typed ("Centre social Mermoz") goes on with the
            # name: QComboBox opened its list at the space, the rest of the name and the
            # role typed after Tab went into the list, and the role was lost (rt10)
            event = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_unknown,
                              Qt.KeyboardModifier.NoModifier, " ")
        if event.text().strip() or event.text() == " ":
            self._typed.start()
        super().keyPressEvent(event)


class _PartnerRow:
    """One partner: its organisation (with the remove button) on a line, its role on the
    line below, both the whole width of the form."""

    def __init__(self, editor: PartnersEditor) -> None:
        self.box = QWidget(editor)
        self.combo = _PartnerCombo(self.box)
        self.combo.setAccessibleName(
            QCoreApplication.translate("PartnersEditor", "Partner organisation")
        )
        self.combo.setMinimumContentsLength(8)
        self.combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.role = QLineEdit(self.box)
        self.role.setAccessibleName(
            QCoreApplication.translate("PartnersEditor", "Role of this partner")
        )
        self.role.setPlaceholderText(
            QCoreApplication.translate("PartnersEditor", "Its precise role in this action")
        )
        self.remove = QToolButton(self.box)
        self.remove.setText("✕")
        self.remove.setAccessibleName(
            QCoreApplication.translate("PartnersEditor", "Remove this partner")
        )
        self.remove.setToolTip(
            QCoreApplication.translate("PartnersEditor", "Remove this partner (%1)").replace(
                "%1", QKeySequence(REMOVE_PARTNER_KEY).toString(
                    QKeySequence.SequenceFormat.NativeText)))
        # a click only: Tab goes from the role to the next row, and a Space typed after
        # it can no longer remove the partner (Alt+Delete in the row does, on purpose)
        self.remove.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.remove_shortcut = QShortcut(QKeySequence(REMOVE_PARTNER_KEY), self.box)
        self.remove_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        grid = QGridLayout(self.box)
        grid.setContentsMargins(0, 0, 0, 4)
        grid.setVerticalSpacing(2)
        grid.setColumnStretch(1, 1)
        grid.addWidget(self.combo, 0, 0, 1, 2)
        grid.addWidget(self.remove, 0, 2)
        # the role sits a little to the right, under the organisation it belongs to
        grid.setColumnMinimumWidth(0, 16)
        grid.addWidget(self.role, 1, 1, 1, 2)
        # an organisation both lead and partner (two organisations merged into one): said
        self.also_lead = QLabel(
            QCoreApplication.translate(
                "PartnersEditor",
                "Also this action's lead: keep this row only if its role says more",
            ),
            self.box,
        )
        self.also_lead.setObjectName("partnerAlsoLead")
        self.also_lead.setWordWrap(True)
        self.also_lead.setStyleSheet("color: #8a5a00;")
        self.also_lead.hide()
        grid.addWidget(self.also_lead, 2, 1, 1, 2)
        self.organisation_id: uuid.UUID | None = None

    def widgets(self) -> tuple[QWidget, ...]:
        return (self.combo, self.role, self.remove)


class PartnersEditor(QWidget):
    """Partners of an action, each an organisation with a precise role ("chacun son poste").

    A row offers neither the action's lead (``set_lead``) nor an organisation another row
    already has (the service refuses an organisation twice among the partners; a lead
    that is also a partner, left by merging two organisations, is marked on its row).

    ``changed`` fires when a row's organisation is chosen, a role is typed (after a pause,
    on Enter or on focus-out) or a row is removed; ``add_organisation_requested`` when the
    user picks "add organisation…" in a row (with the row index).

    Tab goes organisation → role → the next row's organisation → … → *Add a partner*; a
    row's ✕ takes the focus from a click only, and Alt+Delete removes the row the focus
    is in (the owner saves it as one undoable change).
    """

    changed = Signal()
    add_organisation_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[_PartnerRow] = []
        self._organisations: tuple[Organisation, ...] = ()
        self._lead: uuid.UUID | None = None
        self._rows_layout = QVBoxLayout()
        self._rows_layout.setContentsMargins(0, 0, 0, 0)
        self._rows_layout.setSpacing(2)
        self.empty = QLabel(self.tr("No partner yet."), self)
        self.empty.setStyleSheet("color: #666;")
        self.add_button = QPushButton(self.tr("Add a partner"), self)
        self.add_button.setObjectName("addPartner")
        self.add_button.setToolTip(self.tr("Add a row: an organisation and its role."))
        self.add_button.clicked.connect(self._add_clicked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty)
        layout.addLayout(self._rows_layout)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(800)
        self._timer.timeout.connect(self.changed)

    def partners(self) -> tuple[Partner, ...]:
        """The complete rows (organisation chosen), in order."""
        return tuple(
            Partner(row.organisation_id, row.role.text())
            for row in self.rows
            if row.organisation_id is not None
        )

    def set_organisations(self, organisations: tuple[Organisation, ...]) -> None:
        self._organisations = organisations
        self._fill_all()

    def set_lead(self, lead: uuid.UUID | None) -> None:
        """The action's lead, which no partner row offers."""
        if lead != self._lead:
            self._lead = lead
            self._fill_all()

    def offered(self, row: _PartnerRow) -> tuple[Organisation, ...]:
        """The organisations ``row`` offers: not the lead, nor another row's; its own
        always (two organisations merged may leave the lead with a partner role: shown,
        marked, and the service keeps refusing an organisation twice among partners)."""
        taken = {r.organisation_id for r in self.rows if r is not row} | {self._lead}
        return tuple(o for o in self._organisations
                     if o.id == row.organisation_id or o.id not in taken)

    def set_partners(self, partners: tuple[Partner, ...], force: bool = False) -> None:
        """Show ``partners`` unless the user is in the middle of editing the same ones."""
        if not force and partners == self.partners():
            return
        if not force and any(r.role.hasFocus() for r in self.rows) and self._timer.isActive():
            return
        while self.rows:
            self._drop(self.rows[-1])
        for partner in partners:
            row = self.add_row(focus=False)
            row.organisation_id = partner.organisation_id
            self._fill(row)
            row.role.setText(partner.role)
            row.role.setCursorPosition(0)  # show the start of a long role, not its end
            row.role.setToolTip(partner.role)
        self._fill_all()  # each row without the organisations of the rows after it
        self._update_empty()

    def _add_clicked(self) -> None:
        """*Add a partner*: the new row in sight (the form under the actions table is a
        strip of ~175 pixels beside both docks: it was added half out of sight), the
        focus in its organisation."""
        row = self.add_row(focus=True)
        reveal(row.box)

    def add_row(self, focus: bool = True) -> _PartnerRow:
        row = _PartnerRow(self)
        # in the focus chain before *Add a partner*, after the row above (a new widget
        # comes last in the window's chain: Tab from the last role left the form)
        before = self.rows[-1].role if self.rows else self._before_rows()
        self.rows.append(row)
        self._rows_layout.addWidget(row.box)
        QWidget.setTabOrder(before, row.combo)
        QWidget.setTabOrder(row.combo, row.role)
        QWidget.setTabOrder(row.role, self.add_button)
        row.box.show()  # now, so that it can take the focus at once
        wheel_scrolls_forms(row.box)
        self._fill(row)
        row.combo.currentIndexChanged.connect(
            lambda _i, r=row: r.combo.setToolTip(r.combo.currentText()))
        row.combo.activated.connect(lambda _i, r=row: self._organisation_chosen(r))
        row.combo.installEventFilter(self)  # its choice typed on the box: saved on leaving
        row.role.textEdited.connect(lambda _t: self._timer.start())
        row.role.textChanged.connect(lambda text, r=row: r.role.setToolTip(text))
        row.role.editingFinished.connect(self.flush)
        row.remove.clicked.connect(lambda _c=False, r=row: self.remove_row(r))
        row.remove_shortcut.activated.connect(lambda r=row: self._remove_from_keyboard(r))
        self._update_empty()
        if focus:
            row.combo.setFocus()
        return row

    def remove_row(self, row: _PartnerRow) -> None:
        had_org = row.organisation_id is not None
        self._drop(row)
        self._fill_all()  # its organisation is offered again
        self._update_empty()
        if had_org:
            self.changed.emit()

    def _before_rows(self) -> QWidget:
        """The widget Tab leaves for the first row: the last one before *Add a partner*
        that Tab stops at (the action's lead). Qt's ``setTabOrder`` misplaces a row after
        a widget that takes no focus (the "no partner yet" label)."""
        widget: QWidget | None = self.add_button.previousInFocusChain()
        while widget is not None and widget is not self.add_button and not (
                widget.focusPolicy() & Qt.FocusPolicy.TabFocus):
            widget = widget.previousInFocusChain()
        return widget or self.add_button

    def _remove_from_keyboard(self, row: _PartnerRow) -> None:
        """Alt+Delete in a row: the role being typed saved first (one step of undo each),
        then the row removed and the focus in the next row (else *Add a partner*)."""
        self.flush()
        if row not in self.rows:  # the save rebuilt the rows
            return
        index = self.rows.index(row)
        self.remove_row(row)
        following = (self.rows[index].combo if index < len(self.rows)
                     else self.add_button)
        following.setFocus()
        reveal(following)

    def flush(self) -> None:
        if self._timer.isActive():
            self._timer.stop()
            self.changed.emit()

    def set_row_organisation(self, index: int, organisation_id: uuid.UUID | None) -> None:
        row = self.rows[index]
        row.organisation_id = organisation_id
        self._fill_all()
        self.changed.emit()

    def _organisation_chosen(self, row: _PartnerRow) -> None:
        data = row.combo.currentData()
        if data == ADD_ORGANISATION:
            self._fill(row)  # back to what it was until the new one exists
            self.add_organisation_requested.emit(self.rows.index(row))
            return
        row.organisation_id = uuid.UUID(data) if data else None
        if not row.combo.from_list:
            # typed on the closed box ("Chambre", letter by letter; the arrows): each
            # letter picks an organisation on the way. Filled again and saved now, the
            # box lost what was typed ("C" chose "CCAS") and the focus went to the role,
            # where the rest of the name landed. Saved once it stops, or on leaving it.
            self._timer.start()
            return
        row.combo.from_list = False
        self._fill_all()  # the other rows no longer offer it
        self.changed.emit()
        row.role.setFocus()  # chosen in the list: its role next

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.FocusOut and self._timer.isActive()
                and any(r.combo is watched for r in self.rows)):
            self.flush()  # an organisation typed on the box: saved
            self._fill_all()  # and no longer offered by the other rows
        return False

    def _fill(self, row: _PartnerRow) -> None:
        fill_organisations(
            row.combo,
            self.offered(row),
            row.organisation_id,
            self.tr("Choose an organisation"),
            self.tr("Add organisation…"),
        )
        row.combo.setToolTip(row.combo.currentText())
        row.also_lead.setVisible(
            row.organisation_id is not None and row.organisation_id == self._lead)

    def _fill_all(self) -> None:
        for row in self.rows:
            self._fill(row)

    def _drop(self, row: _PartnerRow) -> None:
        self._rows_layout.removeWidget(row.box)
        row.box.hide()
        row.box.deleteLater()
        self.rows.remove(row)

    def _update_empty(self) -> None:
        self.empty.setVisible(not self.rows)


# the impact × effort chart ---------------------------------------------------------------------


@dataclass
class _Dot:
    card: Card
    number: int
    centre: QPointF
    radius: float = 11.0


class ImpactEffortChart(QWidget):
    """Actions placed by effort (across) and impact (up), on the four labelled quadrants.
    Click a dot to select its action."""

    card_clicked = Signal(object)
    RADIUS = 11
    #: the smallest dot a crowded cell shrinks its dots to (its number still readable)
    MIN_RADIUS = 6

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("impactEffortChart")
        self.setAccessibleName(self.tr("Impact × effort chart"))
        self.setToolTip("")
        self.setMinimumSize(360, 280)
        self._cards: list[tuple[int, Card]] = []
        self._unrated = 0
        self._selected: uuid.UUID | None = None
        self._dots: list[_Dot] = []
        #: the quadrants' titles and band, and what they were measured for (``_titles``)
        self._band_for: tuple[object, tuple[dict[str, tuple[QFont, list[str]]], float]] | None
        self._band_for = None

    def sizeHint(self) -> QSize:
        return QSize(520, 380)

    def set_cards(self, numbered: list[tuple[int, Card]], selected: uuid.UUID | None) -> None:
        self._cards = [(n, c) for n, c in numbered if c.impact and c.effort]
        self._unrated = len(numbered) - len(self._cards)
        self._selected = selected
        self._layout()
        self.setAccessibleDescription(
            self.tr("%n action(s) placed on the chart.", "", len(self._cards))
        )
        self.update()

    def append_cards(self, numbered: list[tuple[int, Card]]) -> None:
        """Actions added after the others (a capture): an unrated one only changes the
        count of unrated actions; a rated one is placed with the others."""
        rated = [(n, c) for n, c in numbered if c.impact and c.effort]
        unrated_before = self._unrated
        self._unrated += len(numbered) - len(rated)
        if rated or (unrated_before == 0) != (self._unrated == 0):
            self._cards.extend(rated)
            self._layout()  # the plot's room or a cell's dots change
            self.setAccessibleDescription(
                self.tr("%n action(s) placed on the chart.", "", len(self._cards))
            )
            self.update()
        else:  # only the count of unrated actions under the axis (the axis title stays)
            self.update(self._captions_area("unrated"))

    def _captions_area(self, *names: str) -> QRect:
        """The pixels of the captions under the axis named (all by default: the effort
        axis' title, the count of unrated actions)."""
        captions = self.caption_rects()
        area = QRectF()
        for name in names or tuple(captions):
            area = area.united(captions.get(name, QRectF()))
        return area.toAlignedRect().adjusted(-2, -2, 2, 2)

    def _paint_captions(self, painter: QPainter) -> None:
        captions = self.caption_rects()
        painter.setFont(self.font())
        painter.setPen(QColor("#333"))
        painter.drawText(
            captions["effort"], int(Qt.AlignmentFlag.AlignCenter), self.tr("Effort →")
        )
        if self._unrated:
            painter.setPen(QColor("#666"))
            painter.drawText(
                captions["unrated"], int(Qt.AlignmentFlag.AlignRight), self.unrated_caption()
            )

    def set_selected(self, card_id: uuid.UUID | None) -> None:
        self._selected = card_id
        self.update()

    def _plot(self) -> QRectF:
        # the count of unrated actions has a line of its own under the axis title
        bottom = 46 + (20 if self._unrated else 0)
        return QRectF(self.rect()).adjusted(46, 12, -12, -bottom)

    def caption_rects(self) -> dict[str, QRectF]:
        """Where the axis title and the count of unrated actions are written: one above
        the other, so that they never overlap whatever the chart's width."""
        plot = self._plot()
        rects = {"effort": QRectF(plot.left(), plot.bottom() + 18, plot.width(), 20)}
        if self._unrated:  # right-aligned under the plot, with the impact scale's room too
            left = min(plot.left(), 4.0)
            rects["unrated"] = QRectF(left, plot.bottom() + 38, plot.right() - left, 20)
        return rects

    def unrated_caption(self) -> str:
        """The count of unrated actions, elided at the end when even the chart's whole
        width cannot hold it (right-aligned, it lost its first letters: "ɜ actions")."""
        # (rt10: "sans impact ni effort" counted an action with an effort and no impact)
        text = self.tr("%n action(s) missing impact or effort", "", self._unrated)
        width = int(self.caption_rects().get("unrated", QRectF()).width())
        return self.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, width)

    def _band(self) -> float:
        """Height of the title band at the top of each quadrant, kept free of dots: two
        lines when a quadrant is too narrow for its title on one (``_titles``)."""
        return self._titles()[1]

    def _labels(self) -> tuple[str, str, str, str]:
        """The quadrants' titles: high impact low effort, high high, low low, low high."""
        return (self.tr("Quick wins"), self.tr("Major projects"), self.tr("Fill-ins"),
                self.tr("Thankless tasks"))

    def _titles(self) -> tuple[dict[str, tuple[QFont, list[str]]], float]:
        """Each quadrant's title as painted (its font and lines) and the title band's
        height. A title too wide for its quadrant takes a smaller font (to 0.8 of the title
        font), else two lines, in a smaller font if the chart is short: the band's lines
        leave each of the scale's five rows the height of its number (on a short chart two
        bands of two lines left rows of 14 pixels, the numbers 1 to 3 over each other).
        Elided on one line only when nothing else fits (whole in the tooltip): beside both
        docks "Major pr…", "Thankles…", "Grands p…" were cut. Measured again only when
        its inputs change (asked for every dot and every paint)."""
        plot = self._plot()
        split = self._split_x(plot)
        rooms = (split - plot.left() - 12, plot.right() - split - 12)
        labels = self._labels()
        key = (rooms, plot.height(), self.font().key(), self.logicalDpiY(), labels)
        if self._band_for is not None and self._band_for[0] == key:
            return self._band_for[1]
        # the band that leaves each row of the scale the height of its number
        number = QFontMetrics(self.font(), self).height()
        most = (plot.height() - 5 * number) / 2
        titles: dict[str, tuple[QFont, list[str]]] = {}
        for nth, label in enumerate(labels):
            titles[label] = self._fit_title(label, rooms[nth % 2], most)
        heights = [len(lines) * QFontMetrics(font, self).height()
                   for font, lines in titles.values()]
        band = max(heights) + self.TITLE_GAP
        self._band_for = (key, (titles, band))
        return titles, band

    #: the title band's room above and under its text
    TITLE_GAP = 8.0

    def _fit_title(self, label: str, room: float, band: float) -> tuple[QFont, list[str]]:
        """``label``'s font and lines in ``room`` pixels across, its lines no taller than
        ``band`` with the gap (see ``_titles``)."""
        base = self._title_font()
        # measured on this widget: a grab or a print may not have the screen's resolution
        room = int(room) - 2  # elidedText() elides a text exactly as wide as its room

        def sizes(least: float) -> list[QFont]:
            fonts, size = [], base.pointSizeF()
            while size >= least * base.pointSizeF() - 0.01:
                font = QFont(base)
                font.setPointSizeF(size)
                fonts.append(font)
                size -= 0.5
            return fonts

        def wide(font: QFont, text: str) -> int:
            return QFontMetrics(font, self).horizontalAdvance(text)

        for font in sizes(0.8):
            if wide(font, label) <= room:
                return font, [label]
        words = label.split(" ")
        if len(words) > 1:
            # broken at the space that makes the longer line shortest
            cuts = [(" ".join(words[:n]), " ".join(words[n:])) for n in range(1, len(words))]
            for font in sizes(0.7):
                if 2 * QFontMetrics(font, self).height() + self.TITLE_GAP > band:
                    continue
                first, second = min(cuts, key=lambda c: max(wide(font, c[0]), wide(font, c[1])))
                if max(wide(font, first), wide(font, second)) <= room:
                    return font, [first, second]
        font = sizes(0.8)[-1]
        return font, [QFontMetrics(font, self).elidedText(
            label, Qt.TextElideMode.ElideRight, room)]

    def _quadrants(self) -> list[tuple[QRectF, str, str]]:
        """Each quadrant's rectangle, colour and title."""
        plot = self._plot()
        split = QPointF(self._split_x(plot), self._split_y(plot))
        quick, major, fill, thankless = self._labels()
        return [
            (QRectF(plot.topLeft(), split), "#e3f4e1", quick),
            (QRectF(QPointF(split.x(), plot.top()), QPointF(plot.right(), split.y())),
             "#e1ecf8", major),
            (QRectF(QPointF(plot.left(), split.y()), QPointF(split.x(), plot.bottom())),
             "#f1f1f1", fill),
            (QRectF(split, plot.bottomRight()), "#f8e4e1", thankless),
        ]

    def title_at(self, point: QPointF) -> str | None:
        """The title of the quadrant whose title band is at ``point``."""
        band = self._band()
        for rect, _colour, label in self._quadrants():
            if QRectF(rect.topLeft(), QSizeF(rect.width(), band)).contains(point):
                return label
        return None

    def title_lines(self, label: str) -> list[str]:
        """The lines of a quadrant's title as painted (elided: ends in "…")."""
        return self._titles()[0][label][1]

    def _split_x(self, plot: QRectF) -> float:
        return plot.left() + (HIGH_THRESHOLD - 1) / 5 * plot.width()

    def _title_font(self) -> QFont:
        font = QFont(self.font())
        font.setBold(True)
        return font

    def _split_y(self, plot: QRectF) -> float:
        """Where the high-impact quadrants end: below their title band and two rows."""
        band = self._band()
        high_rows = 5 - (HIGH_THRESHOLD - 1)
        return plot.top() + band + high_rows * (plot.height() - 2 * band) / 5

    def _point(self, plot: QRectF, effort: float, impact: float) -> QPointF:
        """Effort across; impact up, each quadrant's title band left out of the scale."""
        x = plot.left() + (effort - 0.5) / 5 * plot.width()
        band = self._band()
        row = (plot.height() - 2 * band) / 5
        threshold = HIGH_THRESHOLD - 0.5
        split = self._split_y(plot)
        if impact >= threshold:
            y = split - (impact - threshold) * row
        else:
            y = plot.bottom() - (impact - 0.5) * row
        return QPointF(x, y)

    def cell_rect(self, effort: int, impact: int) -> QRectF:
        """The room of the actions rated (effort, impact): one fifth of the plot across,
        one row of its scale up."""
        plot = self._plot()
        centre = self._point(plot, effort, impact)
        width = plot.width() / 5
        height = (plot.height() - 2 * self._band()) / 5
        return QRectF(centre.x() - width / 2, centre.y() - height / 2, width, height)

    def _layout(self) -> None:
        """Place the dots; actions rated alike sit side by side in rows centred in their
        cell, smaller when the cell is crowded, so that no dot covers another."""
        self._dots = []
        cells: dict[tuple[int, int], list[tuple[int, Card]]] = {}
        for number, card in self._cards:
            assert card.impact is not None and card.effort is not None
            cells.setdefault((card.effort, card.impact), []).append((number, card))
        for (effort, impact), dots in cells.items():
            cell = self.cell_rect(effort, impact)
            count = len(dots)
            radius = float(self.RADIUS)
            while radius > self.MIN_RADIUS:
                step = 2 * radius + 2
                across = max(1, int(cell.width() // step))
                if across * max(1, int(cell.height() // step)) >= count:
                    break
                radius -= 1
            step = 2 * radius + 2
            across = max(1, min(count, int(cell.width() // step)))
            lines = -(-count // across)
            left = cell.center().x() - (across - 1) * step / 2
            top = cell.center().y() - (lines - 1) * step / 2
            for nth, (number, card) in enumerate(dots):
                centre = QPointF(left + (nth % across) * step, top + (nth // across) * step)
                self._dots.append(_Dot(card, number, centre, radius))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._layout()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self._captions_area().contains(event.rect()):
            # a capture's new count of unrated actions: the captions alone (the chart
            # around them is not drawn again for nothing)
            self._paint_captions(painter)
            painter.end()
            return
        plot = self._plot()
        quadrants = self._quadrants()
        titles = self._titles()[0]
        for rect, colour, label in quadrants:
            painter.fillRect(rect, QColor(colour))
            painter.setPen(QColor("#555"))
            # a narrow quadrant's title smaller, or on two lines (``_titles``)
            font, lines = titles[label]
            painter.setFont(font)
            painter.drawText(
                rect.adjusted(6, 4, -6, -4),
                int(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft),
                "\n".join(lines),
            )
        painter.setPen(QPen(QColor("#999"), 1))
        painter.drawRect(plot)
        painter.setFont(self.font())
        painter.setPen(QColor("#333"))
        for value in range(1, 6):
            p = self._point(plot, value, 0.5)
            painter.drawText(
                QRectF(p.x() - 10, plot.bottom() + 2, 20, 16),
                int(Qt.AlignmentFlag.AlignCenter),
                str(value),
            )
            q = self._point(plot, 0.5, value)
            painter.drawText(
                QRectF(plot.left() - 22, q.y() - 8, 18, 16),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                str(value),
            )
        painter.save()
        painter.translate(12, plot.center().y())
        painter.rotate(-90)
        painter.drawText(
            QRectF(-plot.height() / 2, -10, plot.height(), 20),
            int(Qt.AlignmentFlag.AlignCenter),
            self.tr("Impact →"),
        )
        painter.restore()
        self._paint_captions(painter)
        metrics = QFontMetrics(self.font())
        for dot in self._dots:
            selected = dot.card.id == self._selected
            radius = dot.radius
            painter.setPen(QPen(QColor("#1d1d1d" if selected else "#ffffff"), 2))
            painter.setBrush(QColor("#c0392b" if selected else "#2c5d8f"))
            painter.drawEllipse(dot.centre, radius, radius)
            painter.setPen(QColor("#ffffff"))
            if radius < self.RADIUS:  # a smaller dot, a smaller number
                small = QFont(self.font())
                small.setPixelSize(max(8, round(radius * 1.3)))
                painter.setFont(small)
            else:
                painter.setFont(self.font())
            painter.drawText(
                QRectF(dot.centre.x() - radius, dot.centre.y() - radius, radius * 2, radius * 2),
                int(Qt.AlignmentFlag.AlignCenter),
                str(dot.number),
            )
        painter.setFont(self.font())
        if self._selected is not None:
            chosen = next((d for d in self._dots if d.card.id == self._selected), None)
            if chosen is not None:
                dot = chosen
                # on the side of the dot with more room, inside the plot
                right = plot.right() - (dot.centre.x() + dot.radius + 4) - 10
                left = dot.centre.x() - dot.radius - 4 - plot.left() - 10
                room = int(max(60.0, min(220.0, max(right, left))))
                text = metrics.elidedText(dot.card.heading, Qt.TextElideMode.ElideRight, room)
                box = QRectF(
                    dot.centre.x() + dot.radius + 4,
                    dot.centre.y() - 10,
                    metrics.horizontalAdvance(text) + 10,
                    20,
                )
                if right < left:
                    box.moveRight(dot.centre.x() - dot.radius - 4)
                painter.setPen(QColor("#999"))
                painter.setBrush(QColor(255, 255, 255, 230))
                painter.drawRoundedRect(box, 4, 4)
                painter.setPen(QColor("#1d1d1d"))
                painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), text)
        painter.end()

    def dot_at(self, point: QPointF) -> Card | None:
        for dot in reversed(self._dots):
            delta = dot.centre - point
            if delta.x() ** 2 + delta.y() ** 2 <= (dot.radius + 1) ** 2:
                return dot.card
        return None

    def dot_centre(self, card_id: uuid.UUID) -> QPointF | None:
        return next((d.centre for d in self._dots if d.card.id == card_id), None)

    def dot_radius(self, card_id: uuid.UUID) -> float | None:
        return next((d.radius for d in self._dots if d.card.id == card_id), None)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        card = self.dot_at(event.position())
        if card is not None:
            self.card_clicked.emit(card.id)
        super().mousePressEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            assert isinstance(event, QHelpEvent)
            card = self.dot_at(QPointF(event.pos()))
            title = self.title_at(QPointF(event.pos()))
            if card is not None:
                QToolTip.showText(event.globalPos(), card.heading, self)
            elif title is not None:  # whole, where it is smaller, wrapped or elided
                QToolTip.showText(event.globalPos(), title, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)
