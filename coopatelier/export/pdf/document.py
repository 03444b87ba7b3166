"""Page templates, the "x / y" footer, the outline and the PDF metadata."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any, BinaryIO

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph

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
from coopatelier.export.pdf.text import font_runs, plain

COVER = "cover"
BODY = "body"


#: Characters of a heading shown in the PDF outline, at most (the page shows it whole).
OUTLINE_CHARS = 120


class Heading(Paragraph):  # type: ignore[misc]
    """A section heading that adds itself to the PDF outline when laid out.

    It takes ``Paragraph``'s own arguments (reportlab makes the pieces of a heading split
    across pages with them); only its first piece goes in the outline."""

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
        return pieces


class SynthesisDoc(BaseDocTemplate):  # type: ignore[misc]
    """A4 pages: a cover, then body pages with the footer."""

    def __init__(self, filename: BinaryIO, *, title: str, labels: Labels, **metadata: Any) -> None:
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
        self._bookmarks = 0
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
            PageTemplate(id=BODY, frames=[body_frame], onPage=self._draw_body),
        ])

    def afterFlowable(self, flowable: Flowable) -> None:
        if isinstance(flowable, Heading) and flowable.outline_title:
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
                          self.labels["synthesis"].upper())
        canvas.setFont(REGULAR, 9)
        canvas.drawString(MARGIN_LEFT, PAGE_HEIGHT - band + 7 * mm, "CoopAtelier")
        canvas.setFillColor(MUTED)
        canvas.setFont(REGULAR, 7.5)
        today = self.labels.date(dt.date.today())
        canvas.drawString(MARGIN_LEFT, MARGIN_BOTTOM - 6 * mm,
                          f"{self.labels['generated']} {today}")
        canvas.restoreState()

    def _draw_body(self, canvas: Canvas, _doc: Any) -> None:
        canvas.saveState()
        canvas.setFillColor(PRIMARY)
        canvas.rect(MARGIN_LEFT, PAGE_HEIGHT - 11 * mm, 14 * mm, 1.6 * mm, stroke=0, fill=1)
        canvas.restoreState()


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
          labels: Labels, author: str, subject: str, keywords: str) -> None:
    """Lay ``story`` out into ``output``. The list is consumed: reportlab takes each flowable
    out of it once drawn, and the caller keeps no other reference, so that what is drawn is
    let go (a 5,000-card synthesis kept whole took four times the memory)."""
    doc = SynthesisDoc(output, title=title, labels=labels, author=author, subject=subject,
                       keywords=keywords)
    doc.build(story, canvasmaker=numbered_canvas(footer_title))
