"""Page templates, the "x / y" footer, the outline and the PDF metadata."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any, BinaryIO

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    ActionFlowable,
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
    Spacer,
)

from coopatelier.export.pdf.fonts import BOLD, REGULAR
from coopatelier.export.pdf.labels import Labels
from coopatelier.export.pdf.styles import (
    ACCENT,
    FRAME_HEIGHT,
    FRAME_WIDTH,
    MARGIN_BOTTOM,
    MARGIN_LEFT,
    MARGIN_TOP,
    MUTED,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    PRIMARY,
    RULE,
    WHITE,
)
from coopatelier.export.pdf.text import font_runs, plain, text_width

COVER = "cover"
BODY = "body"


#: Characters of a heading shown in the PDF outline, at most (the page shows it whole).
OUTLINE_CHARS = 120


class Heading(Paragraph):  # type: ignore[misc]
    """A section heading that adds itself to the PDF outline when laid out.

    It takes ``Paragraph``'s own arguments (reportlab makes the pieces of a heading split
    across pages with them); only its first piece goes in the outline. A heading of level
    0 opens a section, one of level 1 a part of it: a page they do not open says which
    section (and part) it continues (:class:`SynthesisDoc`). ``titles_what_follows``:
    False for a level-1 heading over one figure only (a chart), not over what comes after
    it."""

    #: a class attribute: the pieces of a split heading are made with Paragraph's arguments
    titles_what_follows = True

    def __init__(self, text: str, style: Any = None, outline_title: str = "", level: int = 0,
                 **kwargs: Any) -> None:
        super().__init__(text, style, **kwargs)
        if len(outline_title) > OUTLINE_CHARS:
            outline_title = outline_title[:OUTLINE_CHARS].rstrip() + "…"
        self.outline_title = outline_title
        self.outline_level = level

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        pieces: list[Flowable] = super().split(availWidth, availHeight)
        for index, piece in enumerate(pieces):
            if isinstance(piece, Heading):
                piece.outline_title = self.outline_title if index == 0 else ""
                piece.outline_level = self.outline_level
                piece.titles_what_follows = self.titles_what_follows
        return pieces


class Rule(Flowable):  # type: ignore[misc]
    """A thin rule across the frame between two blocks, with space around it; nothing at
    the top of a page, where no block is above it to part from."""

    def __init__(self, color: Any, *, space_before: float, space_after: float,
                 thickness: float = 0.6) -> None:
        super().__init__()
        self.color = color
        self.thickness = thickness
        self.spaceBefore = space_before
        self.space_after = space_after
        self._at_top = False

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        frame = getattr(self, "_frame", None)
        self._at_top = bool(frame is not None and frame._atTop)
        self.width = availWidth
        self.height = 0.0 if self._at_top else self.thickness
        return self.width, self.height

    def getSpaceAfter(self) -> float:
        return 0.0 if self._at_top else self.space_after

    def draw(self) -> None:
        if self._at_top:
            return
        self.canv.setStrokeColor(self.color)
        self.canv.setLineWidth(self.thickness)
        self.canv.line(0, self.thickness / 2, self.width, self.thickness / 2)


#: Where the running head starts: after the small bar at the top of every body page.
RUNNING_HEAD_X = MARGIN_LEFT + 17 * mm
RUNNING_HEAD_Y = PAGE_HEIGHT - 11 * mm
RUNNING_HEAD_SIZE = 9
RUNNING_HEAD_WIDTH = MARGIN_LEFT + FRAME_WIDTH - RUNNING_HEAD_X


class SynthesisDoc(BaseDocTemplate):  # type: ignore[misc]
    """A4 pages: a cover, then body pages with the footer.

    A body page that its section's heading does not open is headed by the section it
    continues, "Moteurs du changement (suite)", and the part of the section it continues
    when a page falls inside one ("— Environnement et climat"): a table's header row comes
    back on each page, and this says what the table is. Whether the page opens with a
    heading is known only once its first flowable is laid out, so the page names a small
    form at its top that is filled in when the page ends."""

    def __init__(self, filename: BinaryIO, *, title: str, labels: Labels,
                 kicker: str | None = None, generated: str | None = None,
                 **metadata: Any) -> None:
        super().__init__(
            filename,
            pagesize=(PAGE_WIDTH, PAGE_HEIGHT),
            leftMargin=MARGIN_LEFT,
            rightMargin=PAGE_WIDTH - MARGIN_LEFT - FRAME_WIDTH,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=title,
            creator="CoopAtelier",
            producer="CoopAtelier (reportlab)",
            lang="fr-FR" if labels.language == "fr" else "en-GB",
            **metadata,
        )
        self.labels = labels
        #: the word over the cover's title (the synthesis, the roadmap)
        self.kicker = kicker or labels["synthesis"]
        #: "… generated by CoopAtelier on" under the cover
        self.generated = generated or labels["generated"]
        self._bookmarks = 0
        #: the latest section's title and, when it titles what follows, its part's
        self._section = ""
        self._part = ""
        #: what the page being laid out continues (None: a heading opens it), and
        #: whether its first flowable is still to come
        self._continues: tuple[str, str] | None = None
        self._page_fresh = False
        #: the running heads drawn so far, as runs to draw
        self._heads: dict[tuple[str, str], list[tuple[str, str, Any, float]]] = {}
        cover_top = 42 * mm
        cover_frame = Frame(
            MARGIN_LEFT, MARGIN_BOTTOM + 10 * mm, FRAME_WIDTH,
            PAGE_HEIGHT - cover_top - MARGIN_BOTTOM - 10 * mm, id="cover",
            leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0,
        )
        body_frame = Frame(
            MARGIN_LEFT, MARGIN_BOTTOM, FRAME_WIDTH, FRAME_HEIGHT, id="body",
            leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0,
        )
        self.addPageTemplates([
            PageTemplate(id=COVER, frames=[cover_frame], onPage=self._draw_cover),
            PageTemplate(id=BODY, frames=[body_frame], onPage=self._draw_body,
                         onPageEnd=self._end_body),
        ])

    def beforePage(self) -> None:
        self._continues = (self._section, self._part) if self._section else None
        self._page_fresh = True

    def afterFlowable(self, flowable: Flowable) -> None:
        if self._page_fresh and not isinstance(flowable, ActionFlowable | Spacer | Rule):
            self._page_fresh = False  # the page's first flowable: does a heading open it?
            if isinstance(flowable, Heading) and flowable.outline_title:
                if flowable.outline_level == 0:
                    self._continues = None
                elif flowable.outline_level == 1 and self._continues is not None:
                    self._continues = (self._continues[0], "")
        if isinstance(flowable, Heading) and flowable.outline_title:
            if flowable.outline_level == 0:
                self._section, self._part = flowable.outline_title, ""
            elif flowable.outline_level == 1:
                self._part = flowable.outline_title if flowable.titles_what_follows else ""
            self._bookmarks += 1
            key = f"s{self._bookmarks}"
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(
                flowable.outline_title, key, level=flowable.outline_level,
                closed=flowable.outline_level > 0,
            )

    def _draw_cover(self, canvas: Canvas, _doc: Any) -> None:
        canvas.saveState()
        band = 30 * mm
        canvas.setFillColor(PRIMARY)
        canvas.rect(0, PAGE_HEIGHT - band, PAGE_WIDTH, band, stroke=0, fill=1)
        canvas.setFillColor(ACCENT)
        canvas.rect(0, PAGE_HEIGHT - band - 2.2 * mm, PAGE_WIDTH * 0.28, 2.2 * mm, stroke=0,
                    fill=1)
        canvas.setFillColor(WHITE)
        canvas.setFont(BOLD, 10)
        canvas.drawString(MARGIN_LEFT, PAGE_HEIGHT - band + 12 * mm,
                          self.kicker.upper())
        canvas.setFont(REGULAR, 9)
        canvas.drawString(MARGIN_LEFT, PAGE_HEIGHT - band + 7 * mm, "CoopAtelier")
        canvas.setFillColor(MUTED)
        canvas.setFont(REGULAR, 7.5)
        today = self.labels.date(dt.date.today())
        canvas.drawString(MARGIN_LEFT, MARGIN_BOTTOM - 6 * mm,
                          f"{self.generated} {today}")
        canvas.restoreState()

    def _draw_body(self, canvas: Canvas, _doc: Any) -> None:
        canvas.saveState()
        canvas.setFillColor(PRIMARY)
        canvas.rect(MARGIN_LEFT, PAGE_HEIGHT - 11 * mm, 14 * mm, 1.6 * mm, stroke=0, fill=1)
        # the running head, drawn first so that it is read first; filled in at the page's end
        canvas.translate(RUNNING_HEAD_X, RUNNING_HEAD_Y)
        canvas.doForm(_running_form(canvas.getPageNumber()))
        canvas.restoreState()

    def _end_body(self, canvas: Canvas, _doc: Any) -> None:
        canvas.beginForm(_running_form(canvas.getPageNumber()), lowerx=0, lowery=-4,
                         upperx=RUNNING_HEAD_WIDTH, uppery=RUNNING_HEAD_SIZE + 2)
        if self._continues is not None:
            if self._continues not in self._heads:  # the same on many pages: made once
                self._heads[self._continues] = self._running_head(*self._continues)
            for text, font, color, x in self._heads[self._continues]:
                canvas.setFillColor(color)
                canvas.setFont(font, RUNNING_HEAD_SIZE)
                canvas.drawString(x, 0, text)
        canvas.endForm()

    def _running_head(self, section: str, part: str) -> list[tuple[str, str, Any, float]]:
        """"Section (suite) — part" as runs to draw: (text, font, colour, x)."""
        size, width = RUNNING_HEAD_SIZE, RUNNING_HEAD_WIDTH
        # "(suite)" whole, the section's title cut to what is left of the line
        continued = f"\u00a0{self.labels['continued']}"
        title = plain(section, width - text_width(continued, BOLD, size), font=BOLD,
                      size=size, mixed=True)
        runs = _runs(title + continued, BOLD, PRIMARY, 0)
        x = runs[-1][3] + stringWidth(runs[-1][0], runs[-1][1], size) if runs else 0
        space = text_width(" ", REGULAR, size)
        if part and width - x - space > 4 * size:
            rest = plain(f"— {part}", width - x - space, size=size, mixed=True)
            runs += _runs(rest, REGULAR, MUTED, x + space)
        return runs


def _running_form(number: int) -> str:
    return f"running{number}"


def _runs(text: str, font: str, color: Any, x: float) -> list[tuple[str, str, Any, float]]:
    """``text`` from ``x`` on in :func:`font_runs` (fallback fonts too): (text, font,
    colour, x) each."""
    runs = []
    for part, run_font in font_runs(text, font):
        runs.append((part, run_font, color, x))
        x += stringWidth(part, run_font, RUNNING_HEAD_SIZE)
    return runs


def numbered_canvas(footer_title: str) -> Callable[..., Canvas]:
    """A canvas class that writes "x / y" and the workshop title at the foot of every page
    but the cover, in one pass: each page is finished and let go as soon as it is drawn.

    The total is known only once the last page is drawn, so each page's "x / y" is a small
    form (a PDF XObject) that the page names when drawn and that is filled in on saving.
    (reportlab's usual recipe keeps every page's drawing in memory until the end instead.)
    """

    class NumberedCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            # the default first font, Helvetica, would be listed though never drawn
            kwargs["initialFontName"] = REGULAR
            kwargs["initialFontSize"] = 9.5
            super().__init__(*args, **kwargs)
            self._pages = 0
            self._footer_title = plain(footer_title, FRAME_WIDTH - 80, size=7.5, mixed=True)

        def showPage(self) -> None:
            self._pages += 1
            if self._pageNumber > 1:
                self._draw_footer()
            super().showPage()

        def save(self) -> None:
            if self._code:  # a page still open is finished first, as Canvas.save does
                self.showPage()
            compressed = self._pageCompression
            self.setPageCompression(0)  # a form is one short line: compressing adds bytes
            for number in range(2, self._pages + 1):
                self.beginForm(_page_form(number), lowerx=-FRAME_WIDTH, lowery=-4, upperx=0,
                               uppery=10)
                self.setFillColor(MUTED)
                self.setFont(BOLD, 7.5)
                self.drawRightString(0, 0, f"{number} / {self._pages}")
                self.endForm()
            self.setPageCompression(compressed)
            super().save()

        def _draw_footer(self) -> None:
            self.saveState()
            y = MARGIN_BOTTOM - 9 * mm
            self.setStrokeColor(RULE)
            self.setLineWidth(0.5)
            self.line(MARGIN_LEFT, y + 9, MARGIN_LEFT + FRAME_WIDTH, y + 9)
            self.setFillColor(MUTED)
            x = MARGIN_LEFT
            for part, font in font_runs(self._footer_title, REGULAR):  # fallback fonts too
                self.setFont(font, 7.5)
                self.drawString(x, y, part)
                x += stringWidth(part, font, 7.5)
            self.translate(MARGIN_LEFT + FRAME_WIDTH, y)
            self.doForm(_page_form(self._pageNumber))
            self.restoreState()

    return NumberedCanvas


def _page_form(number: int) -> str:
    return f"page{number}"


def build(output: BinaryIO, story: list[Flowable], *, title: str, footer_title: str,
          labels: Labels, author: str, subject: str, keywords: str,
          kicker: str | None = None, generated: str | None = None) -> None:
    """Lay ``story`` out into ``output``. The list is consumed: reportlab takes each flowable
    out of it once drawn, and the caller keeps no other reference, so that what is drawn is
    let go (a 5,000-card synthesis kept whole took four times the memory)."""
    doc = SynthesisDoc(output, title=title, labels=labels, author=author, subject=subject,
                       keywords=keywords, kicker=kicker, generated=generated)
    doc.build(story, canvasmaker=numbered_canvas(footer_title))
