"""The sections of the synthesis, each a list of flowables built from a ``WorkshopData``.

Every user string goes through :func:`~coopatelier.export.pdf.text.escape` (paragraphs) or
:func:`~coopatelier.export.pdf.text.plain` (chart and table strings drawn as they are).
Long content stays in flowables that split across pages: paragraphs, and tables whose rows
split (``splitInRow``), in bounded chunks so that laying out a long table stays linear.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from reportlab.graphics.shapes import Rect
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from coopatelier.domain.analysis import (
    ActionQuadrant,
    DriverQuadrant,
    ExportDots,
    RoundDots,
    Tally,
    export_dots,
    key_uncertainties,
    phase_timing,
    ranking,
    roadmap_actions,
    roadmap_lanes,
    roadmap_notes,
)
from coopatelier.domain.card_numbers import room_order, round_card_numbers
from coopatelier.domain.collation import sort_key
from coopatelier.domain.demarche import DemarcheData
from coopatelier.domain.model import (
    Card,
    CardKind,
    DriverNature,
    Partner,
    Phase,
    PhaseKind,
    PhaseStatus,
    WorkshopData,
    utcnow,
)
from coopatelier.exchange.demarche_text import (
    colon,
    document_words,
    workshop_governance,
    workshop_review,
)
from coopatelier.export.pdf import charts
from coopatelier.export.pdf.charts import Drawing
from coopatelier.export.pdf.document import BODY, Heading
from coopatelier.export.pdf.fonts import BOLD, REGULAR
from coopatelier.export.pdf.labels import Labels
from coopatelier.export.pdf.long_text import LongText, paragraph, split_markup
from coopatelier.export.pdf.styles import (
    ACCENT_TINT,
    FRAME_HEIGHT,
    FRAME_WIDTH,
    INK,
    MUTED,
    PRIMARY,
    PRIMARY_TINT,
    RULE,
    STRIPE,
    Styles,
)
from coopatelier.export.pdf.text import escape, plain

#: Rows per table: a table is laid out whole each time it splits, so long lists are cut
#: into tables of this many rows to keep the export linear in the number of cards.
CHUNK_ROWS = 24


@dataclass
class Context:
    data: WorkshopData
    labels: Labels
    styles: Styles
    anonymised: bool
    #: the live cards in the codes' order: phases in agenda order, each phase's cards in
    #: the order the room shows them (``domain.card_numbers.room_order``: by group), so
    #: every table and list reads M1, M2, M3…, and a card's code is its room number when
    #: nothing moved since
    cards: tuple[Card, ...] = ()
    codes: dict[uuid.UUID, str] = field(default_factory=dict)
    #: each card's place in ``cards``: lists sorted otherwise break their ties with it
    order: dict[uuid.UUID, int] = field(default_factory=dict)
    #: per card, the dots of the latest shown round of its phase (what ranks use)
    totals: dict[uuid.UUID, int] = field(default_factory=dict)
    #: which round those dots come from, and the earlier rounds apart (#13: never summed)
    dots: ExportDots | None = None
    #: per shown round, the number each card carried in the room (printed by its dots)
    numbers: dict[uuid.UUID, dict[uuid.UUID, int]] = field(default_factory=dict)
    #: every dot given, all shown rounds together (the key figure, said "all rounds")
    all_dots: int = 0
    org_names: dict[uuid.UUID, str] = field(default_factory=dict)
    #: the démarche of a point d'étape (phases working on it): its review and governance
    demarche: DemarcheData | None = None
    #: when the synthesis is made: a phase still running is timed up to now
    now: dt.datetime = field(default_factory=utcnow)

    @classmethod
    def of(cls, data: WorkshopData, labels: Labels, styles: Styles, anonymised: bool,
           demarche: DemarcheData | None = None,
           round_numbers: Mapping[uuid.UUID, Mapping[uuid.UUID, int]] | None = None,
           ) -> Context:
        """``round_numbers``: per round, the numbers it stored (``services.votes``); a
        round without numbers stored numbers its cards in the room's order."""
        context = cls(data, labels, styles, anonymised, demarche=demarche)
        context.cards = codes_order(data)
        context.order = {card.id: index for index, card in enumerate(context.cards)}
        counters: dict[CardKind, int] = defaultdict(int)
        for card in context.cards:
            if card.kind is not CardKind.NOTE:
                counters[card.kind] += 1
                context.codes[card.id] = f"{labels.code_prefix(card.kind)}{counters[card.kind]}"
        live_ids = {c.id for c in context.cards}
        context.dots = export_dots(data)
        context.totals = {k: v for k, v in context.dots.totals.items() if k in live_ids}
        phases = {phase.id: phase for phase in data.phases}
        stored = round_numbers or {}
        for shown in context.dots.rounds.values():
            for dots in shown:
                phase = phases.get(dots.round.phase_id)
                if phase is not None:
                    context.numbers[dots.round.id] = round_card_numbers(
                        phase, data.cards_of_phase(phase.id), stored.get(dots.round.id, {}))
        context.all_dots = sum(
            v for k, v in data.vote_totals(revealed_only=True).items() if k in live_ids)
        context.org_names = {o.id: o.name for o in data.organisations}
        return context

    def in_order(self, cards: Iterable[Card]) -> list[Card]:
        """``cards`` in the codes' order."""
        return sorted(cards, key=lambda card: self.order.get(card.id, len(self.order)))

    def groups(self, cards: Iterable[Card]) -> dict[str, list[Card]]:
        """``cards`` by category, the categories in the order the room shows its groups
        (as they first come in the codes' order, the uncategorised last)."""
        by_category: dict[str, list[Card]] = {}
        for card in self.in_order(cards):
            by_category.setdefault(card.category, []).append(card)
        if "" in by_category:
            by_category[""] = by_category.pop("")
        return by_category

    def of_kind(self, kind: CardKind) -> list[Card]:
        return [c for c in self.cards if c.kind is kind]

    def key(self, text: str) -> tuple[tuple[int, ...], str]:
        """The sort key of a name in the workshop's language (:mod:`domain.collation`)."""
        return sort_key(text, self.data.workshop.language)

    def org(self, org_id: uuid.UUID | None) -> str:
        return self.org_names.get(org_id, "") if org_id else ""


def codes_order(data: WorkshopData) -> tuple[Card, ...]:
    """The live cards, phase after phase in agenda order, each phase's in the room's order
    (cards of no known phase last, as they come)."""
    ordered: list[Card] = []
    for phase in sorted(data.phases, key=lambda ph: ph.position):
        ordered += room_order(phase, data.cards_of_phase(phase.id))
    placed = {card.id for card in ordered}
    ordered += [card for card in data.live_cards() if card.id not in placed]
    return tuple(ordered)


# -- small builders -------------------------------------------------------------------------


class _Paragraph(Paragraph):  # type: ignore[misc]
    """A paragraph that breaks its lines once per width: a kept-together block is measured
    first and then laid out again at the same width, and a table asks for its cells at
    two widths in turn, which would multiply the work."""

    #: (id of the paragraph measured, {width given: (width, height, lines found)}); the
    #: pieces of a split paragraph copy their parent's attributes, hence the id
    _measured: tuple[int, dict[float, tuple[float, float, Any]]] | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        measured = self._measured
        if measured is not None and measured[0] == id(self) and hasattr(self, "blPara"):
            found = measured[1].get(availWidth)  # (a failed split forgets the lines)
            if found is not None:
                self.width, self.height, self.blPara = found
                return found[0], found[1]
        else:
            measured = self._measured = (id(self), {})
        width, height = super().wrap(availWidth, availHeight)
        if len(measured[1]) >= 4:
            measured[1].clear()
        measured[1][availWidth] = (width, height, self.blPara)
        return width, height


def p(markup: str, style: object) -> Flowable:
    """A paragraph of ``markup``; a long one as bounded pieces (:mod:`.long_text`), so
    that any text lays out in time linear in its length."""
    return paragraph(markup, style, _Paragraph)


def titled(markup: str, style: ParagraphStyle, outline_title: str,
           level: int) -> list[Flowable]:
    """A heading in the outline; one longer than :data:`CHUNK_CHARS` is its first piece,
    then the rest, neither held to what follows (it could not fit a page with it)."""
    pieces = split_markup(markup)
    if len(pieces) == 1:
        return [Heading(markup, style, outline_title, level)]
    loose = ParagraphStyle(f"{style.name}_long", parent=style, keepWithNext=0)
    return [Heading(pieces[0], loose, outline_title, level),
            LongText([_Paragraph(piece, loose) for piece in pieces[1:]])]


def keep(flowables: Sequence[Flowable]) -> list[Flowable]:
    """``flowables`` kept on one page when they are short; a long text is laid out as it
    comes (keeping it whole could only fail, at the cost of laying it out again)."""
    if any(isinstance(f, LongText) for f in flowables):
        return list(flowables)
    return [KeepTogether(list(flowables))]


class Sheet(KeepTogether):  # type: ignore[misc]
    """A block kept on one page: laid out where it is when it fits there, else from the
    top of the next page. A block taller than a page cannot be kept whole: it then starts
    where it is, and only its pieces are kept whole each (a heading with what follows it,
    so that no heading is left alone at the foot of a page).

    reportlab measures a kept block by its content, and a block kept whole inside it
    would measure as endless: the block holds its pieces' flowables laid flat, and makes
    its pieces' own blocks only when it is cut."""

    def __init__(self, pieces: Sequence[Sequence[Flowable]]) -> None:
        super().__init__([flowable for piece in pieces for flowable in piece])
        self._pieces = [list(piece) for piece in pieces]

    def split(self, aW: float, aH: float) -> list[Flowable]:
        if getattr(self, "_wrapInfo", None) != (aW, aH):
            self.wrap(aW, aH)
        if self._H > FRAME_HEIGHT:  # longer than a page: cut between its pieces
            # (first a flowable that takes no room: reportlab lays out what a split
            # returns first without splitting it again, and a kept piece needs splitting)
            return [self.NullActionFlowable(),
                    *(kept for piece in self._pieces for kept in keep(piece))]
        found: list[Flowable] = super().split(aW, aH)
        return found


def sheet(pieces: list[list[Flowable]]) -> list[Flowable]:
    """``pieces`` kept on one page as a :class:`Sheet`; with a long text (which keeping
    whole could only fail), each piece kept whole apart."""
    if any(isinstance(f, LongText) for piece in pieces for f in piece):
        return [kept for piece in pieces for kept in keep(piece)]
    return [Sheet(pieces)]


def heading(ctx: Context, title: str, level: int = 0, *, style: ParagraphStyle | None = None,
            room: float = 45 * mm) -> list[Flowable]:
    """A section heading (``title`` is plain text: it is escaped here), moved to the next
    page when less than ``room`` is left under it for the start of its content."""
    style = style or (ctx.styles.h1 if level == 0 else ctx.styles.h2)
    return [CondPageBreak(room), *titled(escape(title), style, plain(title), level)]


def figure_heading(ctx: Context, title: str) -> list[Flowable]:
    """The heading of a chart kept with it (no page break of its own): a part of the
    section in the outline, but not of what follows the chart, which a page continuing
    it does not name."""
    found = titled(escape(title), ctx.styles.h2, plain(title), 1)
    for flowable in found:
        if isinstance(flowable, Heading):
            flowable.titles_what_follows = False
    return found


def opening(ctx: Context, title: str, first: Sequence[Flowable]) -> list[Flowable]:
    """A section's heading kept on one page with the start of its content (``first``): a
    section follows the previous one on its page when that start fits under it, so that no
    page is left nearly empty and no heading is left alone at the foot of a page."""
    return keep([*heading(ctx, title)[1:], *first])


def card_heading(card: Card) -> str:
    """Escaped title of a card: its title, else its text's first line."""
    return escape(card.heading)


def table(rows: list[list[object]], widths: Sequence[float], *, header: bool = True,
          striped: bool = True, extra: Iterable[tuple[object, ...]] = ()) -> Table:
    return _grid(_cells(rows), widths, header=header, striped=striped, extra=extra)


def _cells(rows: list[list[object]]) -> list[list[object]]:
    """Table rows as reportlab lays them out: a string as plain text, and a flowable alone
    in a cell put in a list (reportlab splits a row across pages only through the
    flowables of a list)."""
    return [[plain(cell) if isinstance(cell, str) else [cell] if isinstance(cell, Flowable)
             else cell for cell in row] for row in rows]


def _grid(rows: list[list[object]], widths: Sequence[float], *, header: bool = True,
          striped: bool = True, extra: Iterable[tuple[object, ...]] = (),
          parity: int = 0, closed: bool = True) -> Table:
    """The house table of ``rows`` (made by :func:`_cells`). ``parity``: the rows before
    these in the same list (the stripes go on from them); ``closed``: ruled under its last
    row (a table that more rows follow on the page is not)."""
    commands: list[tuple[object, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),
        ("FONTSIZE", (0, 0), (-1, -1), 8.5),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
    ]
    if closed:
        commands.append(("LINEBELOW", (0, -1), (-1, -1), 0.6, RULE))
    if header:
        commands += [
            ("LINEBELOW", (0, 0), (-1, 0), 1.0, PRIMARY),
            ("BOTTOMPADDING", (0, 0), (-1, 0), 3),
        ]
    if striped:
        start = 1 if header else 0
        stripes = [None, STRIPE] if parity % 2 == 0 else [STRIPE, None]
        commands.append(("ROWBACKGROUNDS", (0, start), (-1, -1), stripes))
    commands += list(extra)
    result = Table(rows, colWidths=list(widths), repeatRows=1 if header else 0,
                   splitInRow=1, hAlign="LEFT")
    result.setStyle(TableStyle(commands))
    return result


def chunked_table(head: list[object], rows: list[list[object]], widths: Sequence[float],
                  *, extra: Iterable[tuple[object, ...]] = ()) -> list[Flowable]:
    """The rows in tables of at most :data:`CHUNK_ROWS` rows, each with the header."""
    if not rows:
        return []
    tables: list[Flowable] = []
    for start in range(0, len(rows), CHUNK_ROWS):
        tables.append(table([head, *rows[start:start + CHUNK_ROWS]], widths, extra=extra))
    return tables


class RowsTable(Flowable):  # type: ignore[misc]
    """A list of rows under a header row, laid out as one table would be — its header row
    at the top of the list and of each page it continues on, nowhere else — but a page at
    a time, in tables of at most :data:`CHUNK_ROWS` rows: reportlab lays a table out whole
    each time it splits, and these bounded pieces keep a long list linear. (Chunks each
    with their header, :func:`chunked_table`, repeated it in the middle of a page.)

    ``extra``: style commands over whole columns only — from row 0 (the header row too)
    or row 1 (the rows) to the last —, since the pieces' rows are not the list's."""

    def __init__(self, head: list[object], rows: list[list[object]], widths: Sequence[float],
                 extra: Sequence[tuple[object, ...]] = (), *, first: bool = True,
                 parity: int = 0) -> None:
        super().__init__()
        for command in extra:
            rows_of = (command[1][1], command[2][1])  # type: ignore[index]
            if rows_of[0] not in (0, 1) or rows_of[1] != -1:
                raise ValueError(f"a style over whole columns only: {command!r}")
        self.head, self.rows, self.widths = head, rows, list(widths)
        self.extra = list(extra)
        #: the list's first piece (under its heading: headed wherever it starts)
        self._first = first
        #: the rows laid out before this piece (the stripes go on)
        self._parity = parity
        self._piece: tuple[Table, bool, float, float] | None = None

    def _make(self) -> tuple[Table, bool, float, float]:
        """This piece's table (its first rows, under the header row when it is the list's
        first piece or starts a page), whether it is headed, and its size; made once for
        a place (a frame's top or not)."""
        frame = getattr(self, "_frame", None)
        headed = self._first or bool(frame is not None and frame._atTop)
        if self._piece is not None and self._piece[1] == headed:
            return self._piece
        rows = self.rows[:CHUNK_ROWS]
        extra = self.extra if headed else [
            (name, (first[0], 0), last, *rest)  # type: ignore[index]
            for name, first, last, *rest in self.extra]
        made = _grid([self.head, *rows] if headed else rows, self.widths, header=headed,
                     parity=self._parity, closed=len(self.rows) <= CHUNK_ROWS, extra=extra)
        width, height = made.wrap(sum(self.widths), FRAME_HEIGHT)
        self._piece = (made, headed, width, height)
        return self._piece

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if len(self.rows) > CHUNK_ROWS:
            return availWidth, 0xFFFFFF  # more than one piece: laid out by split
        _made, _headed, width, height = self._make()
        return width, height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        made, headed, width, height = self._make()
        chunk, rest = self.rows[:CHUNK_ROWS], self.rows[CHUNK_ROWS:]
        if height <= availHeight:  # the whole piece here, the rest goes on under it
            return [_Sized(made, width, height),
                    *([RowsTable(self.head, rest, self.widths, self.extra, first=False,
                                 parity=self._parity + len(chunk))] if rest else [])]
        parts: list[Flowable] = made.split(availWidth, availHeight)
        if len(parts) < 2:
            return []  # not even a row here: the next page
        left = parts[1]._cellvalues[1:] if headed else parts[1]._cellvalues
        return [parts[0], RowsTable(self.head, [list(row) for row in left] + rest, self.widths,
                                    self.extra, first=False,
                                    parity=self._parity + len(chunk) - len(left))]

    def draw(self) -> None:  # a last piece that fits where it is
        assert self._piece is not None
        self._piece[0].drawOn(self.canv, 0, 0)


class _Sized(Flowable):  # type: ignore[misc]
    """A table already measured, drawn as it is (measuring it again costs as much as the
    first time)."""

    def __init__(self, made: Table, width: float, height: float) -> None:
        super().__init__()
        self.table, self.width, self.height = made, width, height

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        self.table.drawOn(self.canv, 0, 0)


def rows_table(head: list[object], rows: list[list[object]], widths: Sequence[float],
               *, extra: Sequence[tuple[object, ...]] = ()) -> list[Flowable]:
    """``rows`` under ``head`` as a :class:`RowsTable` (nothing without rows)."""
    return [RowsTable(_cells([head])[0], _cells(rows), widths, extra)] if rows else []


def header_cells(ctx: Context, *names: str) -> list[object]:
    return [p(escape(ctx.labels[name]).upper(), ctx.styles.cell_head) for name in names]


def empty_note(ctx: Context) -> Flowable:
    return p(escape(ctx.labels["empty_section"]), ctx.styles.muted)


def rating(value: int | None) -> str:
    return f"{value}/5" if value is not None else "–"


def local_time(moment: dt.datetime | None) -> str:
    if moment is None:
        return ""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone().strftime("%H:%M")


# -- cover and key figures ------------------------------------------------------------------


def cover(ctx: Context) -> list[Flowable]:
    w = ctx.data.workshop
    s = ctx.styles
    story: list[Flowable] = [
        Spacer(1, 14 * mm),
        p(escape(w.title), s.cover_title),
    ]
    if w.focal_question.strip():
        story.append(p(f"«\u00a0{escape(w.focal_question)}\u00a0»" if ctx.labels.language == "fr"
                       else f"“{escape(w.focal_question)}”", s.cover_question))
    rows: list[list[object]] = []
    for key, value in (
        ("horizon", str(w.horizon_year)),
        ("territory", w.territory),
        ("date", ctx.labels.date(w.date)),
        ("place", w.place),
        ("organisers", w.organisers),
    ):
        if value.strip():
            rows.append([p(escape(ctx.labels[key]).upper(), s.cell_head),
                         p(escape(value), s.body)])
    if rows:
        story.append(info_table(rows, 38 * mm))
    story += [NextPageTemplate(BODY), PageBreak()]
    return story



def info_table(rows: list[list[object]], key_width: float) -> Table:
    """The cover's table of facts (a key in capitals, its value), ruled like the synthesis's
    cover; used by the synthesis and the roadmap document."""
    info = Table(rows, colWidths=[key_width, FRAME_WIDTH - key_width], hAlign="LEFT",
                 splitInRow=1)
    info.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEABOVE", (0, 0), (-1, 0), 1.2, PRIMARY),
        ("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (0, -1), 8),
    ]))
    return info


def key_figures(ctx: Context) -> list[Flowable]:
    s, lab = ctx.styles, ctx.labels
    data = ctx.data
    dots = ctx.all_dots
    # pre-filled cards (template, brought forward) are not what the participants contributed
    contributions = [card for card in ctx.cards if not card.seeded]
    tiles = [
        (len(data.participants), lab["participants"]),
        (len(data.present_organisations()), lab["organisations"]),
        (len(contributions), lab["cards"]),
    ]
    if dots:  # no round, or no dot shown: "0 vote dots" would say a vote took place
        tiles.append((dots, lab["dots"]))
    figures = Table(
        [[p(escape(lab.integer(n)), s.figure) for n, _ in tiles],
         [p(escape(label), s.figure_label) for _, label in tiles]],
        colWidths=[FRAME_WIDTH / len(tiles)] * len(tiles),
    )
    figures.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),
        ("BACKGROUND", (0, 0), (-1, -1), PRIMARY_TINT),
        ("LINEAFTER", (0, 0), (-2, -1), 2, "white"),
        ("TOPPADDING", (0, 0), (-1, 0), 12),
        ("BOTTOMPADDING", (0, -1), (-1, -1), 12),
    ]))
    story: list[Flowable] = [*heading(ctx, lab["key_figures"]), figures, Spacer(1, 8 * mm),
                             *heading(ctx, lab["cards_per_phase"], 1)]
    per_phase, prefilled = _phase_counts(ctx)
    most = max(per_phase.values(), default=0) or 1
    rows: list[list[object]] = []
    bar_w = 60 * mm
    for phase in data.phases:
        count = per_phase.get(phase.id, 0)
        bar = Drawing(bar_w, 8)
        bar.add(Rect(0, 1, bar_w, 6, fillColor=STRIPE, strokeColor=None))
        if count:
            bar.add(Rect(0, 1, max(1.5, bar_w * count / most), 6, fillColor=PRIMARY,
                         strokeColor=None))
        rows.append([p(escape(phase.title), s.cell), bar,
                     _count_cell(ctx, count, prefilled.get(phase.id, 0))])
    head = [*header_cells(ctx, "phase"), "", header_cells(ctx, "cards")[0]]
    story += rows_table(head, rows, [FRAME_WIDTH - bar_w - 36 * mm, bar_w + 8, 28 * mm],
                        extra=[("VALIGN", (1, 1), (1, -1), "MIDDLE")])
    return story


def agenda(ctx: Context) -> list[Flowable]:
    s, lab = ctx.styles, ctx.labels
    story: list[Flowable] = [CondPageBreak(70 * mm), *heading(ctx, lab["agenda"])]
    per_phase, prefilled = _phase_counts(ctx)
    rows: list[list[object]] = []
    for index, phase in enumerate(ctx.data.phases, start=1):
        rows.append([
            str(index),
            [p(escape(phase.title), s.cell_bold)]
            + ([p(escape(phase.question), s.muted)] if phase.question.strip() else []),
            f"{phase.planned_minutes} {lab['minutes']}",
            local_time(phase.actual_start) or "–",
            _as_run(ctx, phase),
            _count_cell(ctx, per_phase.get(phase.id, 0), prefilled.get(phase.id, 0)),
        ])
    head = [p("#", s.cell_head), *header_cells(ctx, "phase", "planned", "start", "as_run",
                                               "cards")]
    widths = [8 * mm, FRAME_WIDTH - 97 * mm, 17 * mm, 16 * mm, 28 * mm, 28 * mm]
    story += rows_table(head, rows, widths,
                        extra=[("ALIGN", (2, 0), (-1, -1), "RIGHT"),
                               ("TEXTCOLOR", (0, 1), (0, -1), MUTED)])
    return story


def _phase_counts(ctx: Context) -> tuple[dict[uuid.UUID, int], dict[uuid.UUID, int]]:
    """Per phase, its contributions (the cards typed in this workshop) and, apart, its
    pre-filled cards (a template's items, a point d'étape's brought forward): the app's
    agenda counts both ("12 cartes"), the synthesis says which is which."""
    typed: dict[uuid.UUID, int] = defaultdict(int)
    seeded: dict[uuid.UUID, int] = defaultdict(int)
    for card in ctx.cards:
        (seeded if card.seeded else typed)[card.phase_id] += 1
    return typed, seeded


def _count_cell(ctx: Context, typed: int, seeded: int) -> Flowable:
    """A phase's contributions, and under them its pre-filled cards when it has any
    ("1", "+11 pré-remplies"): the two add up to the agenda's count in the app."""
    lab = ctx.labels
    markup = escape(lab.integer(typed))
    if seeded:
        markup += (f'<br/><font color="#5B6770" size="-1">+{escape(lab.integer(seeded))}'
                   f"\u00a0{escape(lab.noun(seeded, 'prefilled_many', 'prefilled_one'))}</font>")
    return p(markup, ctx.styles.cell_right)


def _as_run(ctx: Context, phase: Phase) -> str:
    """Planned against the summed intervals: "42 min (+7)", "en cours (12 min)", "—"."""
    lab = ctx.labels
    timing = phase_timing(phase, ctx.now)
    if timing.status is PhaseStatus.NOT_RUN:
        return lab["not_run"]
    if timing.actual_minutes is None:
        return lab["in_progress"]
    if timing.delta_minutes is None:
        return f"{lab['in_progress']} ({timing.actual_minutes} {lab['minutes']})"
    delta = timing.delta_minutes
    sign = "+" if delta > 0 else ("–" if delta < 0 else "±")
    return f"{timing.actual_minutes} {lab['minutes']} ({sign}{abs(delta)})"


def people(ctx: Context) -> list[Flowable]:
    s, lab = ctx.styles, ctx.labels
    data = ctx.data
    # room for its heading and its first part's (45 mm): never a heading alone at the foot
    story: list[Flowable] = [CondPageBreak(70 * mm), *heading(ctx, lab["people_and_orgs"])]
    counts: dict[uuid.UUID | None, int] = defaultdict(int)
    for person in data.participants:
        counts[person.organisation_id] += 1
    if ctx.anonymised:
        story.append(p(escape(lab["anonymised_note"]), s.intro))
    org_rows: list[list[object]] = [
        [p(escape(o.name), s.cell), lab.integer(counts.get(o.id, 0))]
        for o in sorted(data.present_organisations(), key=lambda o: ctx.key(o.name))
    ]
    if counts.get(None):
        org_rows.append([p(escape(lab["no_organisation"]), s.muted), lab.integer(counts[None])])
    if not org_rows and not data.participants:
        story.append(empty_note(ctx))
        return story
    story += heading(ctx, lab["organisations"], 1)
    story += rows_table(header_cells(ctx, "organisation", "people_count"), org_rows,
                        [FRAME_WIDTH - 30 * mm, 30 * mm],
                        extra=[("ALIGN", (1, 0), (1, -1), "RIGHT")])
    if not ctx.anonymised and data.participants:
        story += heading(ctx, lab["participants"], 1)
        people_sorted = sorted(
            data.participants,
            key=lambda q: (ctx.key(ctx.org(q.organisation_id)), ctx.key(q.name)),
        )
        rows: list[list[object]] = [
            [p(escape(q.name), s.cell_bold), p(escape(ctx.org(q.organisation_id)), s.cell),
             p(escape(q.role), s.cell), p(escape(q.table_label), s.cell)]
            for q in people_sorted
        ]
        widths = [45 * mm, FRAME_WIDTH - 45 * mm - 50 * mm - 20 * mm, 50 * mm, 20 * mm]
        story += rows_table(header_cells(ctx, "name", "organisation", "role", "table"),
                            rows, widths)
    return story


# -- drivers --------------------------------------------------------------------------------


def drivers(ctx: Context) -> list[Flowable]:
    s, lab = ctx.styles, ctx.labels
    cards = ctx.of_kind(CardKind.DRIVER)
    intro: list[Flowable] = []
    phase = _first_phase(ctx, PhaseKind.DRIVERS)
    if phase is not None and phase.question.strip():
        intro.append(p(escape(phase.question), s.intro))
    if not cards:
        return opening(ctx, lab["drivers"], [*intro, empty_note(ctx)])
    rated = [c for c in cards if c.impact is not None and c.uncertainty is not None]
    points = [charts.MatrixPoint(ctx.codes[c.id], c.impact or 0, c.uncertainty or 0, c.nature)
              for c in rated]
    quadrants = charts.Quadrants(
        top_right=lab.driver_quadrant(DriverQuadrant.KEY_UNCERTAINTY),
        top_left=lab.driver_quadrant(DriverQuadrant.CERTAIN_TREND),
        bottom_right=lab.driver_quadrant(DriverQuadrant.SECONDARY_UNCERTAINTY),
        bottom_left=lab.driver_quadrant(DriverQuadrant.CONTEXT),
        highlighted="top_right",
    )
    chart = charts.rating_matrix(points, x_title=lab["uncertainty"], y_title=lab["impact"],
                                 quadrants=quadrants, with_shapes=True)
    natures: list[tuple[DriverNature | None, str]] = [(n, lab.nature(n)) for n in DriverNature]
    block: list[Flowable] = [*figure_heading(ctx, lab["matrix_title"]), chart, Spacer(1, 3),
                             charts.nature_legend(natures)]
    unrated = len(cards) - len(rated)
    if unrated:
        block.append(p(escape(f"{lab.integer(unrated)} {lab['unrated']}"), s.muted))
    story = opening(ctx, lab["drivers"], [*intro, *block])
    # strongest first, equals in the codes' order
    keys = sorted(key_uncertainties(cards),
                  key=lambda c: (-(c.impact or 0) - (c.uncertainty or 0), ctx.order[c.id]))
    story += heading(ctx, lab["key_uncertainties"], 1)
    if keys:
        for card in keys:
            story.append(p(
                # a rating never apart from its name at a line's end ("Incertitude / 5/5")
                f"<b>{ctx.codes[card.id]}</b>  {card_heading(card)} "
                f'<font color="#5B6770" size="-1">—\u00a0{escape(lab["impact"])}\u00a0'
                f"{rating(card.impact)} · {escape(lab['uncertainty'])}\u00a0"
                f"{rating(card.uncertainty)}</font>",
                s.bullet,
            ))
    else:
        story.append(p(escape(lab["no_key_uncertainty"]), s.muted))
    # the room's decision: each shown round ranked (the tables below are by category)
    story += _round_results(ctx, PhaseKind.DRIVERS)
    # by category, as the room groups them (the codes follow: M1, M2, M3… down the tables)
    widths = [12 * mm, FRAME_WIDTH - 12 * mm - 36 * mm - 42 * mm, 36 * mm, 18 * mm, 24 * mm]
    for category, members in ctx.groups(cards).items():
        story += heading(ctx, category or lab["uncategorised"], 1)
        rows: list[list[object]] = []
        for card in members:
            text = [p(card_heading(card), s.cell)]
            if card.title and card.text.strip() and card.text != card.title:
                text.append(p(escape(card.text), s.muted))
            if dots := _shown_dots(ctx, card.id):
                text.append(p(dots, s.muted))
            rows.append([ctx.codes[card.id], text, lab.nature(card.nature),
                         rating(card.impact), rating(card.uncertainty)])
        head = [p("", s.cell_head), *header_cells(ctx, "drivers", "nature", "impact",
                                                  "uncertainty")]
        head[1] = p(escape(lab["text"]).upper(), s.cell_head)
        story += rows_table(head, rows, widths,
                            extra=[("ALIGN", (3, 0), (-1, -1), "CENTER"),
                                   ("FONTNAME", (0, 1), (0, -1), BOLD)])
    return story


def _first_phase(ctx: Context, kind: PhaseKind) -> Phase | None:
    return next((ph for ph in ctx.data.phases if ph.kind is kind), None)


# -- futures --------------------------------------------------------------------------------


def futures(ctx: Context) -> list[Flowable]:
    s, lab = ctx.styles, ctx.labels
    cards = ctx.of_kind(CardKind.FUTURE)
    story: list[Flowable] = []  # the heading and what leads to the first future
    phase = _first_phase(ctx, PhaseKind.FUTURES)
    if phase is not None and phase.question.strip():
        story.append(p(escape(phase.question), s.intro))
    if not cards:
        return opening(ctx, lab["futures"], [*story, empty_note(ctx)])
    axes = ctx.data.axes
    if axes is not None and (axes.x_driver_id or axes.y_driver_id):
        parts = []
        for driver_id, low, high in ((axes.x_driver_id, axes.x_low, axes.x_high),
                                     (axes.y_driver_id, axes.y_low, axes.y_high)):
            driver = next((c for c in ctx.cards if c.id == driver_id), None)
            if driver is None:
                continue
            span = (f"de «\u00a0{escape(low)}\u00a0» à «\u00a0{escape(high)}\u00a0»"
                    if lab.language == "fr"
                    else f"from “{escape(low)}” to “{escape(high)}”")
            parts.append(f"<b>{ctx.codes.get(driver.id, '')}</b> {card_heading(driver)} "
                         f'<font color="#5B6770">— {span}</font>')
        if parts:
            story.append(p(f"<b>{escape(lab['axes'])}</b>\u00a0:" if lab.language == "fr"
                           else f"<b>{escape(lab['axes'])}</b>: ", s.meta))
            story += [p(part, s.bullet) for part in parts]
    if any(c.quadrant in charts.SCENARIO_PLACE for c in cards):
        story += [Spacer(1, 2 * mm), _scenario_chart(ctx, cards), Spacer(1, 4 * mm)]
    story += _round_lines(ctx, PhaseKind.FUTURES)
    by_id = {c.id: c for c in ctx.cards}
    blocks: list[list[Flowable]] = []
    for tally in _ranked(ctx, cards):
        card = by_id[tally.card_id]
        title = f'<font color="#1F5F6B">{ctx.codes[card.id]}</font>  {card_heading(card)}'
        block: list[Flowable] = [p(title, s.card_title)]
        meta = _dots_meta(ctx, card.id, tally.dots, tally.place)
        if card.quadrant:
            meta.append(escape(_quadrant_text(ctx, card.quadrant)))
        if meta:
            block.append(p(" · ".join(meta), s.meta))
        if card.narrative.strip():
            block.append(p(escape(card.narrative), s.body))
        if card.title and card.text.strip() and card.text != card.title:
            block.append(p(escape(card.text), s.body))
        linked = ctx.in_order(by_id[i] for i in card.links if i in by_id)
        if linked:
            links = ", ".join(f"<b>{ctx.codes.get(c.id, '')}</b> {card_heading(c)}"
                              for c in linked)
            block.append(p(f"<i>{escape(lab['answers'])}</i>\u00a0: {links}"
                           if lab.language == "fr" else
                           f"<i>{escape(lab['answers'])}</i>: {links}", s.meta))
        blocks.append(block)
    return _kept(ctx, lab["futures"], story, blocks)


def _ranked(ctx: Context, cards: list[Card],
            totals: dict[uuid.UUID, int] | None = None) -> list[Tally]:
    """The cards ranked by dots (``totals``, else the latest shown rounds'), equals in the
    codes' order (F1 before F2)."""
    return ranking(cards, ctx.totals if totals is None else totals, ctx.order)


def _dots_meta(ctx: Context, card_id: uuid.UUID, dots: int, place: str = "") -> list[str]:
    """The card's dots named with their round ("Tour 2 : 5 gommettes"), its rank in that
    round when it has one ("rang 2 ="), then its dots in the phase's earlier rounds, apart
    (never added together); nothing when its phase showed no round: no vote was held
    there, "0 gommette" would say one was. Each piece is markup."""
    lab = ctx.labels
    shown = ctx.dots.round_of.get(card_id) if ctx.dots is not None else None
    if ctx.dots is None or shown is None:
        return []
    rank = [f"{lab['rank']} {place}"] if place else []
    rounds = {r.number: r for r in ctx.dots.rounds.get(shown.round.phase_id, ())}
    earlier = [lab.round_dots(number, old, _called(ctx, rounds[number], card_id))
               for number, old in ctx.dots.earlier.get(card_id, ())]
    return [escape(text) for text in (lab.round_dots(shown.number, dots,
                                                     _called(ctx, shown, card_id)),
                                      *rank, *earlier)]


def _called(ctx: Context, shown: RoundDots, card_id: uuid.UUID) -> int | None:
    """The number the card carried in the room in that round (None: it never had one)."""
    return ctx.numbers.get(shown.round.id, {}).get(card_id)


def _shown_dots(ctx: Context, card_id: uuid.UUID) -> str:
    """The dots of a card printed without a rank (a driver, a note), as the Markdown prints
    them: "Tour 1 : 3 gommettes", then its dots in the phase's earlier rounds; "" when it got
    none in any shown round (a round never hidden counts: the room saw its dots). Markup."""
    value = ctx.totals.get(card_id, 0)
    earlier = ctx.dots.earlier.get(card_id, ()) if ctx.dots is not None else ()
    meta = _dots_meta(ctx, card_id, value)  # unranked: the shown round, then the earlier
    return " · ".join(meta) if value or earlier else ""


def _scenario_chart(ctx: Context, cards: list[Card]) -> Drawing:
    """The 2×2 drawn: each future placed in its quadrant, the poles at the axes' ends."""
    axes = ctx.data.axes
    lab = ctx.labels
    poles: dict[str, str] = {}
    for key in ("x_low", "x_high", "y_low", "y_high"):
        words = getattr(axes, key) if axes is not None else ""
        if not words.strip():
            driver = None
            if axes is not None:
                driver = ctx.data.card(axes.x_driver_id if key[0] == "x" else axes.y_driver_id)
            high = key.endswith("high")
            level = lab["high"] if high else lab["low"]
            after = colon(lab.language) + " "
            words = f"{driver.heading}{after}{level}" if driver is not None else level
        poles[key] = words.replace("\n", " ")
    quadrants: dict[str, list[charts.ScenarioItem]] = {}
    for card in cards:
        if card.quadrant in charts.SCENARIO_PLACE:
            narrative = card.narrative or (card.text if card.title else "")
            quadrants.setdefault(card.quadrant, []).append(charts.ScenarioItem(
                ctx.codes[card.id], card.heading.replace("\n", " "),
                narrative.replace("\n", " ") if narrative != card.heading else ""))
    return charts.scenario_matrix(quadrants, poles)


def _kept(ctx: Context, title: str, lead: list[Flowable],
          blocks: list[list[Flowable]]) -> list[Flowable]:
    """The section's heading and ``lead`` kept with its first block, then every block kept
    on one page when it fits there (a block longer than a page still splits)."""
    if not blocks:
        return opening(ctx, title, lead)
    story = opening(ctx, title, [*lead, *blocks[0]])
    for block in blocks[1:]:
        story += keep(block)
    return story


def _quadrant_text(ctx: Context, quadrant: str) -> str:
    """A future's place on the 2×2 ("+-") in the words of the scenario axes when set."""
    axes = ctx.data.axes
    if axes is None or len(quadrant) != 2:
        return quadrant
    x = axes.x_high if quadrant[0] == "+" else axes.x_low
    y = axes.y_high if quadrant[1] == "+" else axes.y_low
    return " × ".join(part for part in (x, y) if part.strip()) or quadrant


# -- actions --------------------------------------------------------------------------------


def actions(ctx: Context, tail: Sequence[Flowable] = ()) -> list[Flowable]:
    """The actions, ranked by dots, with the impact × effort matrix; ``tail`` is kept
    on one page with the last action (the roadmap's line when it has nothing to show)."""
    s, lab = ctx.styles, ctx.labels
    cards = ctx.of_kind(CardKind.ACTION)
    opening_lead: list[Flowable] = []  # what leads to the first action, under the heading
    phase = _first_phase(ctx, PhaseKind.ACTIONS)
    if phase is not None and phase.question.strip():
        opening_lead.append(p(escape(phase.question), s.intro))
    if not cards:
        return opening(ctx, lab["actions"], [*opening_lead, empty_note(ctx)])
    rated = [c for c in cards if c.impact is not None and c.effort is not None]
    if rated:
        points = [charts.MatrixPoint(ctx.codes[c.id], c.impact or 0, c.effort or 0)
                  for c in rated]
        quadrants = charts.Quadrants(
            top_left=lab.action_quadrant(ActionQuadrant.QUICK_WIN),
            top_right=lab.action_quadrant(ActionQuadrant.MAJOR_PROJECT),
            bottom_left=lab.action_quadrant(ActionQuadrant.FILL_IN),
            bottom_right=lab.action_quadrant(ActionQuadrant.THANKLESS),
            highlighted="top_left",
        )
        chart = charts.rating_matrix(points, x_title=lab["effort"], y_title=lab["impact"],
                                     quadrants=quadrants, with_shapes=False, height=250)
        opening_lead += [*figure_heading(ctx, lab["effort_chart"]), chart]
    opening_lead += _round_lines(ctx, PhaseKind.ACTIONS)
    by_id = {c.id: c for c in ctx.cards}
    label_w = 38 * mm
    blocks: list[list[Flowable]] = []
    for tally in _ranked(ctx, cards):
        card = by_id[tally.card_id]
        title = f'<font color="#1F5F6B">{ctx.codes[card.id]}</font>  {card_heading(card)}'
        story: list[Flowable] = [p(title, s.card_title)]
        blocks.append(story)
        meta = _dots_meta(ctx, card.id, tally.dots, tally.place)
        if card.impact is not None or card.effort is not None:
            meta.append(f"{escape(lab['impact'])} {rating(card.impact)} · "
                        f"{escape(lab['effort'])} {rating(card.effort)}")
        if card.horizon_year is not None:
            meta.append(f"{escape(lab['horizon'])} {card.horizon_year}")
        if meta:
            story.append(p(" · ".join(meta), s.meta))
        for text in (card.description, card.text if card.title else ""):
            if text.strip() and text != card.title:
                story.append(p(escape(text), s.body))
        lead = ctx.org(card.lead_organisation_id)
        lead_role = _lead_role(card)
        linked = ctx.in_order(by_id[i] for i in card.links if i in by_id)
        fields = (
            ("lead", f"<b>{escape(lead)}</b>" + (f" — {escape(lead_role)}" if lead_role else "")
             if lead else ""),
            ("partners", "<br/>".join(
                f"<b>{escape(ctx.org(pt.organisation_id))}</b>"
                + (f" — {escape(pt.role)}" if pt.role.strip() else "")
                for pt in _partners(card)
            )),
            ("first_step", escape(card.first_step) if card.first_step.strip() else ""),
            ("means", escape(card.means) if card.means.strip() else ""),
            ("indicator", escape(card.indicator) if card.indicator.strip() else ""),
            ("serves", ", ".join(f"<b>{ctx.codes.get(c.id, '')}</b> {card_heading(c)}"
                                 for c in linked)),
        )
        rows: list[list[object]] = [
            [lab[key].upper(), p(markup, s.cell)] for key, markup in fields if markup
        ]
        if rows:
            details = Table(rows, colWidths=[label_w, FRAME_WIDTH - label_w], splitInRow=1,
                            hAlign="LEFT")
            details.setStyle(TableStyle([
                ("FONTNAME", (0, 0), (-1, -1), REGULAR),
                ("FONTNAME", (0, 0), (0, -1), BOLD),
                ("FONTSIZE", (0, 0), (0, -1), 7.5),
                ("TEXTCOLOR", (0, 0), (0, -1), PRIMARY),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ("TOPPADDING", (0, 0), (0, -1), 4.5),
                ("LINEBELOW", (0, 0), (-1, -2), 0.4, STRIPE),
                ("LINEBEFORE", (0, 0), (0, -1), 2, PRIMARY_TINT),
                ("LEFTPADDING", (0, 0), (0, -1), 6),
            ]))
            story.append(details)
    blocks[-1] += tail
    return _kept(ctx, lab["actions"], opening_lead, blocks)


# -- vote results ---------------------------------------------------------------------------

#: the phases whose section prints their rounds' rankings (drivers, closing) or a line per
#: round over cards already ranked (futures, actions); the others' rounds go to
#: :func:`other_votes`
_SECTION_KINDS = (PhaseKind.DRIVERS, PhaseKind.FUTURES, PhaseKind.ACTIONS, PhaseKind.CLOSING)


def _shown_of(ctx: Context, *kinds: PhaseKind) -> list[tuple[Phase, tuple[RoundDots, ...]]]:
    """The phases of ``kinds`` in agenda order with their shown rounds (revealed, or never
    hidden), oldest first; a phase without any is left out."""
    rounds = ctx.dots.rounds if ctx.dots is not None else {}
    return [(phase, rounds[phase.id])
            for phase in sorted(ctx.data.phases, key=lambda ph: ph.position)
            if phase.kind in kinds and rounds.get(phase.id)]


def round_ranking(ctx: Context, shown: RoundDots) -> tuple[list[Tally], list[Card]]:
    """A round's ranking as the voting panel shows it: the live cards given dots in it,
    most first, ties sharing a rank ("2 ="), equals in the codes' order; and, apart, the
    live cards of its phase given none (not ranked)."""
    by_id = {card.id: card for card in ctx.cards}
    voted = [by_id[card_id] for card_id, dots in shown.totals.items()
             if dots > 0 and card_id in by_id]
    tallies = _ranked(ctx, voted, shown.totals)
    none = [card for card in ctx.cards
            if card.phase_id == shown.round.phase_id and not shown.totals.get(card.id)]
    return tallies, none


def _round_facts(ctx: Context, shown: RoundDots, tallies: list[Tally]) -> str:
    """ "10 gommettes données · 3 gommettes par personne" (plain text)."""
    lab = ctx.labels
    given = sum(t.dots for t in tallies)
    return (f"{lab.count(given, 'dots_given', 'dots_given_one')} · "
            f"{lab.count(shown.round.dots_per_person, 'per_person', 'per_person_one')}")


def _round_lines(ctx: Context, kind: PhaseKind) -> list[Flowable]:
    """Over futures or actions, printed ranked by their latest shown round: one line per
    shown round, its name, the dots given and per person (its ranking is the list below;
    an earlier round's dots are beside each card)."""
    s = ctx.styles
    after = colon(ctx.labels.language)
    lines: list[Flowable] = []
    for _phase, shown in _shown_of(ctx, kind):
        for index, one in enumerate(shown):
            tallies, _none = round_ranking(ctx, one)
            name = ctx.labels.round_name(one.number, one.round.title,
                                         ranking=index == len(shown) - 1)
            facts = _round_facts(ctx, one, tallies)
            lines.append(p(f"<b>{escape(name)}</b>{after} {escape(facts)}", s.meta))
    # apart from a chart's axis title above it
    return [Spacer(1, 2 * mm), *lines] if lines else []


def _round_results(ctx: Context, kind: PhaseKind) -> list[Flowable]:
    """The result of every shown round of the phases of ``kind``, oldest first."""
    story: list[Flowable] = []
    for _phase, shown in _shown_of(ctx, kind):
        for one in shown:
            story += round_result(ctx, one)
    return story


def round_result(ctx: Context, shown: RoundDots, *, level: int = 1) -> list[Flowable]:
    """A round's result block: its name ("Classement, tour 1 — Moteurs prioritaires"),
    the dots given and per person, then its ranking — rank ("1.", "2 ="), code, the
    card's heading, the number it carried in the room, its dots — and the cards given no
    dot, named apart."""
    s, lab = ctx.styles, ctx.labels
    tallies, none = round_ranking(ctx, shown)
    name = lab.round_name(shown.number, shown.round.title, ranking=True)
    title: list[Flowable] = (heading(ctx, name, level, room=40 * mm) if level < 2
                             else [CondPageBreak(40 * mm), p(escape(name), s.h3)])
    story = [*title, p(escape(_round_facts(ctx, shown, tallies)), s.meta)]
    if not tallies:
        return [*story, p(escape(lab["no_dot_given"]), s.muted)]
    by_id = {card.id: card for card in ctx.cards}
    rows: list[list[object]] = []
    for tally in tallies:
        card = by_id[tally.card_id]
        number = _called(ctx, shown, card.id)
        rows.append([p(escape(tally.place), s.cell_bold), ctx.codes.get(card.id, ""),
                     p(card_heading(card), s.cell),
                     f"{lab['card_number']}\u00a0{number}" if number is not None else "",
                     p(f"<b>{escape(lab.integer(tally.dots))}</b>", s.cell_right)])
    head = [*header_cells(ctx, "rank"), p("", s.cell_head),
            p(escape(lab["text"]).upper(), s.cell_head), p("", s.cell_head),
            p(escape(lab["dot_many"]).upper(), s.cell_head_right)]
    widths = [13 * mm, 12 * mm, FRAME_WIDTH - 13 * mm - 12 * mm - 16 * mm - 24 * mm,
              16 * mm, 24 * mm]
    story += rows_table(head, rows, widths, extra=[("FONTNAME", (1, 1), (1, -1), BOLD),
                                                   ("TEXTCOLOR", (3, 1), (3, -1), MUTED)])
    if none:
        # by code (M6, M7); notes have none, and their texts are listed just above (the
        # closing's) or in the annex: counted
        joined = (", ".join(ctx.codes[card.id] for card in none)
                  if all(card.id in ctx.codes for card in none)
                  else lab.count(len(none), "other_cards", "other_card"))
        story += [Spacer(1, 2), p(f"<i>{escape(lab['no_dot'])}</i>{colon(lab.language)} "
                                  f"{escape(joined)}", s.muted)]
    return story


def other_votes(ctx: Context) -> list[Flowable]:
    """The rounds of phases whose section prints no ranking of theirs (the intro, a free
    exercise, the roadmap's notes): each phase's title, then its rounds' results."""
    phases = _shown_of(ctx, *(kind for kind in PhaseKind if kind not in _SECTION_KINDS))
    if not phases:
        return []
    story = heading(ctx, ctx.labels["other_votes"])
    for phase, shown in phases:
        story += heading(ctx, phase.title, 1)
        for one in shown:
            story += round_result(ctx, one, level=2)
    return story


# -- roadmap and commitments ----------------------------------------------------------------


def organisation_order(ctx: Context) -> list[uuid.UUID]:
    return [o.id for o in sorted(ctx.data.organisations, key=lambda o: ctx.key(o.name))]


def scheduled(ctx: Context) -> list[Card]:
    """The actions the roadmap places: with a lead organisation and a year (the others
    are the facilitator's "unscheduled" strip)."""
    return [c for c in roadmap_actions(ctx.data)
            if c.lead_organisation_id is not None and c.horizon_year is not None]


def unscheduled_line(ctx: Context) -> list[Flowable]:
    """What stands for the roadmap when no action is scheduled yet: one line in the flow
    (under the last action), rather than a section that would get a page to itself
    before the closing's; nothing when there is no action at all (the actions section
    says so)."""
    if scheduled(ctx) or not roadmap_actions(ctx.data):
        return []
    return [Spacer(1, 3 * mm), p(escape(ctx.labels["roadmap_unscheduled"]), ctx.styles.muted)]


def roadmap(ctx: Context) -> list[Flowable]:
    s, lab = ctx.styles, ctx.labels
    cards = roadmap_actions(ctx.data)
    notes = _roadmap_notes(ctx)
    intro = p(escape(f"{lab['roadmap_intro']} {ctx.data.workshop.horizon_year}."), s.intro)
    if not scheduled(ctx):  # only notes: no chart of unplaced boxes
        return opening(ctx, lab["roadmap"], [intro, *unscheduled_line(ctx)[1:],
                                             *notes])
    lanes = roadmap_lanes(cards, ctx.data.organisations, ctx.data.workshop.language)
    chart_lanes = [
        charts.Lane(
            lane.name if lane.organisation_id else lab["no_lead"],
            # a partner's box gives its role; the action's title is in its lead's box and
            # in the key under the chart
            tuple(charts.RoadmapItem(ctx.codes[e.card.id], e.card.heading if e.lead else "",
                                     e.card.horizon_year, e.lead,
                                     lab["lead"] if e.lead else e.role)
                  for e in lane.entries),
        )
        for lane in lanes
    ]
    drawings = charts.roadmap(
        chart_lanes, _first_year(ctx), ctx.data.workshop.horizon_year,
        undated_label=lab["undated"], horizon_label=lab["organisation"], more_label=lab["more"],
    )
    story = opening(ctx, lab["roadmap"], [intro, drawings[0], Spacer(1, 5 * mm)])
    for drawing in drawings[1:]:
        story += [drawing, Spacer(1, 5 * mm)]
    story += notes
    # the key of the chart's codes: each action's title whole, its lead, its year
    order = {c.id: index for index, c in enumerate(ctx.cards)}  # the codes' order
    rows: list[list[object]] = [
        [ctx.codes[card.id], p(card_heading(card), s.cell_bold),
         p(escape(ctx.org(card.lead_organisation_id) or lab["no_lead"]), s.cell),
         str(card.horizon_year) if card.horizon_year else "–"]
        for card in sorted(cards, key=lambda c: order[c.id])
    ]
    widths = [12 * mm, (FRAME_WIDTH - 28 * mm) * 0.55, (FRAME_WIDTH - 28 * mm) * 0.45, 16 * mm]
    head = [p("", s.cell_head), *header_cells(ctx, "actions", "lead", "horizon")]
    story += rows_table(head, rows, widths, extra=[("ALIGN", (3, 0), (3, -1), "RIGHT"),
                                                   ("FONTNAME", (0, 1), (0, -1), BOLD)])
    return story


def _roadmap_notes(ctx: Context) -> list[Flowable]:
    """The notes taken while building the roadmap (vacant roles, dependencies)."""
    notes = roadmap_notes(ctx.data)
    if not notes:
        return []
    s, lab = ctx.styles, ctx.labels
    return [KeepTogether([p(f"<b>{escape(lab['roadmap_notes'])}</b>", s.meta),
                          *(p(escape(n.heading) + _muted_dots(ctx, n.id), s.bullet)
                            for n in notes)]),
            Spacer(1, 3 * mm)]


def _first_year(ctx: Context) -> int:
    return min(ctx.data.workshop.date.year, ctx.data.workshop.horizon_year)


def commitments(ctx: Context) -> list[Flowable]:
    """What each organisation said it would do, a page each partner can take away (DESIGN
    §7: one page of commitments per partner): who came, what it leads and with whom, where
    it helps and in which role, when. A sheet longer than a page is cut between its
    commitments (:class:`Sheet`), its next pages headed by it."""
    orgs = sorted(ctx.data.present_organisations(), key=lambda o: ctx.key(o.name))
    committed = {pt.organisation_id for c in ctx.of_kind(CardKind.ACTION) for pt in c.partners}
    committed |= {c.lead_organisation_id for c in ctx.of_kind(CardKind.ACTION)
                  if c.lead_organisation_id is not None}
    # an organisation with nothing to take away gets no sheet: it is named under the intro
    # (and in the organisations of the people section)
    sheets = [o for o in orgs if o.id in committed]
    if not sheets:
        return []
    s, lab = ctx.styles, ctx.labels
    opening_lines: list[Flowable] = [
        Heading(escape(lab["commitments"]), s.h1, plain(lab["commitments"]), 0),
        p(escape(lab["commitments_intro"]), s.intro),
    ]
    others = [o for o in orgs if o.id not in committed]
    if others:
        after = colon(lab.language)
        opening_lines.append(p(f"<i>{escape(lab['without_commitment'])}</i>{after} "
                               + " · ".join(escape(o.name) for o in others), s.meta))
    story: list[Flowable] = [PageBreak()]
    for index, org in enumerate(sheets):
        pieces = _commitment_sheet(ctx, org.id, org.name)
        if index:  # a page of its own, to hand to that partner
            story.append(PageBreak())
        else:  # the section's heading goes with the first organisation
            pieces[0][:0] = opening_lines
        story += sheet(pieces)
    return story


def _partners(card: Card) -> list[Partner]:
    """The partners of an action other than its lead, each organisation once (its roles
    joined): an organisation is never listed twice on one action."""
    roles: dict[uuid.UUID, list[str]] = {}
    for partner in card.partners:
        if partner.organisation_id == card.lead_organisation_id:
            continue
        known = roles.setdefault(partner.organisation_id, [])
        if partner.role.strip() and partner.role not in known:
            known.append(partner.role)
    return [Partner(org_id, " ; ".join(found)) for org_id, found in roles.items()]


def _lead_role(card: Card) -> str:
    """The role the lead also holds as a partner of its own action, if any."""
    found: list[str] = []
    for partner in card.partners:
        if (partner.organisation_id == card.lead_organisation_id and partner.role.strip()
                and partner.role not in found):
            found.append(partner.role)
    return " ; ".join(found)


def _commitment_sheet(ctx: Context, org_id: uuid.UUID, name: str) -> list[list[Flowable]]:
    """An organisation's sheet as pieces kept whole when the sheet is cut across pages:
    its name and what comes before its first commitment with that commitment, then each
    other commitment (a list's title with the first of it), then its allies."""
    s, lab = ctx.styles, ctx.labels
    cards = ctx.of_kind(CardKind.ACTION)
    after = colon(lab.language)
    head: list[Flowable] = titled(escape(name), s.sheet_title, plain(name), 1)
    members = sorted((q for q in ctx.data.participants if q.organisation_id == org_id),
                     key=lambda q: ctx.key(q.name))
    if members and not ctx.anonymised:
        names = " · ".join(f"<b>{escape(q.name)}</b>"
                           + (f" ({escape(q.role)})" if q.role.strip() else "")
                           for q in members)
        head.append(p(f"<i>{escape(lab['present'])}</i>{after} {names}", s.meta))
    elif members:
        head.append(p(escape(lab.count(len(members), "people_present", "person_present")),
                      s.meta))
    leads = sorted((c for c in cards if c.lead_organisation_id == org_id),
                   key=lambda c: (c.horizon_year or 9999, ctx.order[c.id]))
    partners = sorted(((c, pt) for c in cards if c.lead_organisation_id != org_id
                       for pt in _partners(c) if pt.organisation_id == org_id),
                      key=lambda item: (item[0].horizon_year or 9999, ctx.order[item[0].id]))
    if not leads and not partners:
        return [[*head, Spacer(1, 4 * mm), p(escape(lab["no_commitment"]), s.muted)]]
    strip = charts.commitment_strip(
        [charts.StripItem(ctx.codes[c.id], c.horizon_year, True) for c in leads]
        + [charts.StripItem(ctx.codes[c.id], c.horizon_year, False) for c, _ in partners],
        _first_year(ctx), ctx.data.workshop.horizon_year, undated_label=lab["undated"],
        led_label=lab.count(len(leads), "led_count", "led_count_one"),
        partner_label=lab.count(len(partners), "partner_count", "partner_count_one"),
    )
    head += [Spacer(1, 3 * mm), strip]
    pieces: list[list[Flowable]] = []
    if leads:
        for index, card in enumerate(leads):
            # the action's description is in the Actions section: here, what was promised
            block = [p(escape(lab["we_lead"]).upper(), s.h3)] if index == 0 else []
            block.append(_commitment_title(ctx, card))
            # one paragraph under the title: a sheet per organisation repeats every action
            # two or three times, and paragraphs are what an export spends its time on
            lines = [f"<i>{escape(lab[key])}</i> — {escape(value)}"
                     for key, value in (("first_step", card.first_step),
                                        ("means", card.means), ("indicator", card.indicator))
                     if value.strip()]
            own_role = _lead_role(card)
            if own_role:
                lines.insert(0, f"<b>{escape(lab['our_role'])}</b> — {escape(own_role)}")
            others = _partners(card)
            if others:
                lines.append(f"<i>{escape(lab['partners'])}</i>{after}")
                lines += [f"•\u00a0<b>{escape(ctx.org(pt.organisation_id))}</b>"
                          + (f" — {escape(pt.role)}" if pt.role.strip() else "")
                          for pt in others]
            if lines:
                block.append(p("<br/>".join(lines), s.indented))
            pieces.append(block)
    if partners:
        for index, (card, partner) in enumerate(partners):
            lines = []
            if partner.role.strip():
                lines.append(f'<span backColor="#{ACCENT_TINT.hexval()[2:]}">'
                             f"<b>{escape(lab['our_role'])}</b> — {escape(partner.role)}"
                             "</span>")
            lead = ctx.org(card.lead_organisation_id)
            if lead:
                lines.append(f"<i>{escape(lab['lead'])}</i> — <b>{escape(lead)}</b>")
            if card.first_step.strip():
                lines.append(f"<i>{escape(lab['first_step'])}</i> — {escape(card.first_step)}")
            block = [p(escape(lab["we_support"]).upper(), s.h3)] if index == 0 else []
            block.append(_commitment_title(ctx, card))
            if lines:
                block.append(p("<br/>".join(lines), s.indented))
            pieces.append(block)
    pieces[0][:0] = head
    allies = {pt.organisation_id for c in leads for pt in c.partners}
    for card, _ in partners:
        allies |= {pt.organisation_id for pt in card.partners}
        if card.lead_organisation_id:
            allies.add(card.lead_organisation_id)
    allies.discard(org_id)
    allied = sorted((ctx.org(a) for a in allies if ctx.org(a)), key=ctx.key)
    if allied:
        pieces.append([p(escape(lab["working_with"]).upper(), s.h3),
                       p(" · ".join(escape(n) for n in allied), s.indented)])
    return pieces


def _muted_dots(ctx: Context, card_id: uuid.UUID) -> str:
    """The card's dots after its text, in grey ("" without any)."""
    dots = _shown_dots(ctx, card_id)
    return f'<font color="#5B6770" size="-1"> — {dots}</font>' if dots else ""


def _commitment_title(ctx: Context, card: Card) -> Flowable:
    lab = ctx.labels
    meta = [str(card.horizon_year) if card.horizon_year else lab["undated"]]
    dots = ctx.totals.get(card.id, 0)
    shown = ctx.dots.round_of.get(card.id) if ctx.dots is not None else None
    if dots and shown is not None:
        meta.append(lab.round_dots(shown.number, dots, _called(ctx, shown, card.id)))
    return p(f'<font color="#1F5F6B">{ctx.codes[card.id]}</font>  {card_heading(card)}'
             f'<font color="#5B6770" size="-1.5">  ·  {escape(" · ".join(meta))}</font>',
             ctx.styles.sheet_item)


# -- closing and annex ----------------------------------------------------------------------


def closing(ctx: Context) -> list[Flowable]:
    s, lab = ctx.styles, ctx.labels
    phases = [ph for ph in ctx.data.phases if ph.kind is PhaseKind.CLOSING]
    # a page of its own: the organisations' sheets before it are taken away as pages
    story: list[Flowable] = [PageBreak(), *heading(ctx, lab["closing"])]
    cards = [c for c in ctx.cards if any(c.phase_id == ph.id for ph in phases)]
    if not cards:
        return [*story, empty_note(ctx)]
    for category, members in ctx.groups(cards).items():  # as the room groups them
        # the cards of no group: "Other items", as the window and the room say (they were
        # headed "Next steps", a second time when that is one of the phase's groups)
        story += heading(ctx, category or lab["other_items"], 1)
        for card in members:
            mark = "•" if card.checked is None else escape("☑" if card.checked else "☐")
            markup = card_heading(card)
            if card.title and card.text.strip() and card.text != card.title:
                markup = f"<b>{markup}</b><br/>{escape(card.text)}"
            story.append(p(f"{mark}\u00a0 {markup}{_muted_dots(ctx, card.id)}", s.bullet))
    return story + _round_results(ctx, PhaseKind.CLOSING)


def annex(ctx: Context) -> list[Flowable]:
    s, lab = ctx.styles, ctx.labels
    story: list[Flowable] = [PageBreak(), *heading(ctx, lab["annex"])]
    if not ctx.cards:
        return [*story, empty_note(ctx)]
    by_phase: dict[uuid.UUID, list[Card]] = defaultdict(list)
    for card in ctx.cards:
        by_phase[card.phase_id].append(card)
    for phase in ctx.data.phases:
        members = by_phase.get(phase.id)
        if not members:
            continue
        story += heading(ctx, phase.title, 1)
        # one paragraph per card (a table here doubled the export time of big workshops)
        for card in members:
            # a pre-filled card was not captured at a time of this workshop
            meta = [f"<i>{escape(lab['prefilled'])}</i>" if card.seeded
                    else f"<b>{local_time(card.created_at)}</b>"]
            if card.table_label.strip():
                meta.append(escape(card.table_label))
            meta.append(ctx.codes.get(card.id, "") or escape(lab.kind(card.kind)))
            if card.category:
                meta.append(escape(card.category))
            if card.author and not ctx.anonymised:
                meta.append(escape(card.author))
            if dots := _shown_dots(ctx, card.id):
                meta.append(dots)
            story.append(p(f'<font color="#5B6770" size="-1">{" · ".join(meta)}</font><br/>'
                           + _card_body(card), s.annex))
    return story


def _card_body(card: Card) -> str:
    parts = []
    if card.title:
        parts.append(f"<b>{escape(card.title)}</b>")
    if card.text.strip() and card.text != card.title:
        parts.append(escape(card.text))
    for extra in (card.narrative, card.description):
        if extra.strip():
            parts.append(escape(extra))
    return "<br/>".join(parts) or escape(card.text)


def checkpoint(ctx: Context) -> list[Flowable]:
    """What a point d'étape was for: the review of the roadmap's actions with what was
    recorded in this workshop, and the governance of the collective as it stands."""
    focus = {phase.demarche_focus for phase in ctx.data.phases}
    if ctx.demarche is None or not focus - {""}:
        return []
    s, lab = ctx.styles, ctx.labels
    words = document_words(lab.language)
    after = colon(lab.language)
    workshop_id = ctx.data.workshop.id
    story: list[Flowable] = []
    if "review" in focus:
        story += [CondPageBreak(70 * mm), *heading(ctx, words["review_here"]),
                  p(escape(words["review_here_intro"]), s.intro)]
        reviewed = workshop_review(ctx.demarche, workshop_id, lab.language, lab.date)
        if not reviewed:
            story.append(p(escape(words["no_action"]), s.muted))
        for action in reviewed:
            lead = f" — {escape(action.lead)}" if action.lead else ""
            story.append(p(f"<b>{escape(action.title)}</b>{lead}<br/>"
                           f"{escape(words['status'])}{after} {escape(action.status)}",
                           s.body))
            story += [p(f"•\u00a0 {escape(entry)}", s.bullet) for entry in action.entries]
            if not action.entries:
                story.append(p(escape(words["nothing_here"]), s.muted))
    if "governance" in focus:
        now = workshop_governance(ctx.demarche, workshop_id, lab.language, lab.date)
        story += [CondPageBreak(60 * mm), *heading(ctx, words["governance"])]
        if now.facts:
            story.append(p("<br/>".join(f"<b>{escape(k)}</b>{after} {escape(v)}"
                                        for k, v in now.facts), s.body))
        story += heading(ctx, words["members"], 1, room=30 * mm)
        story += [p(f"•\u00a0 <b>{escape(who)}</b> — {escape(role)}", s.bullet)
                  for who, role in now.members] or [p(escape(words["empty"]), s.muted)]
        story += heading(ctx, words["decisions_here"], 1, room=30 * mm)
        story += [p(f"•\u00a0 {escape(day)} — {escape(text)}", s.bullet)
                  for day, text in now.decisions] or [p(escape(words["empty"]), s.muted)]
    return story


def _printed(ctx: Context, kind: PhaseKind, has_content: bool) -> bool:
    """Whether a section of the foresight method belongs in this synthesis: it has something
    to show, or its phase was on the agenda of a workshop of that method. A point d'étape
    (phases working on its démarche) leaves its empty sections out altogether."""
    if has_content:
        return True
    if any(phase.demarche_focus for phase in ctx.data.phases):
        return False
    return _first_phase(ctx, kind) is not None


def story(ctx: Context, *, annex_included: bool) -> list[Flowable]:
    flowables = cover(ctx) + key_figures(ctx) + agenda(ctx) + people(ctx) + checkpoint(ctx)
    if _printed(ctx, PhaseKind.DRIVERS, bool(ctx.of_kind(CardKind.DRIVER))):
        flowables += drivers(ctx)
    if _printed(ctx, PhaseKind.FUTURES, bool(ctx.of_kind(CardKind.FUTURE))):
        flowables += futures(ctx)
    # the roadmap's section when it has something to place or notes; else at most a line
    # under the actions (an empty section had a page of its own before the closing's)
    placed = bool(scheduled(ctx) or roadmap_notes(ctx.data))
    if _printed(ctx, PhaseKind.ACTIONS, bool(ctx.of_kind(CardKind.ACTION))):
        flowables += actions(ctx, tail=() if placed else unscheduled_line(ctx))
    if placed:
        flowables += roadmap(ctx)
    flowables += other_votes(ctx) + commitments(ctx) + closing(ctx)
    if annex_included:
        flowables += annex(ctx)
    return flowables
