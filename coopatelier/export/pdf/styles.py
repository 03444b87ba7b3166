"""The one stylesheet of the synthesis: page geometry, colours and paragraph styles.

Colours are chosen to stay distinct in greyscale (dark ink, a deep teal, a mid orange, pale
tints); charts never rely on colour alone.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from coopatelier.export.pdf.fonts import BOLD, ITALIC, REGULAR

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_LEFT = 20 * mm
MARGIN_RIGHT = 20 * mm
MARGIN_TOP = 20 * mm
MARGIN_BOTTOM = 22 * mm
FRAME_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT
FRAME_HEIGHT = PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM

INK = colors.HexColor("#1E2A32")
MUTED = colors.HexColor("#5B6770")
PRIMARY = colors.HexColor("#1F5F6B")
PRIMARY_TINT = colors.HexColor("#DCE9EC")
ACCENT = colors.HexColor("#D07A35")
ACCENT_TINT = colors.HexColor("#F8E6D6")
RULE = colors.HexColor("#C3CDD1")
STRIPE = colors.HexColor("#F3F6F7")
WHITE = colors.white


@dataclass(frozen=True)
class Styles:
    cover_kicker: ParagraphStyle
    cover_title: ParagraphStyle
    cover_question: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    body: ParagraphStyle
    intro: ParagraphStyle
    small: ParagraphStyle
    muted: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_right: ParagraphStyle
    cell_head: ParagraphStyle
    cell_head_right: ParagraphStyle
    figure: ParagraphStyle
    figure_label: ParagraphStyle
    card_title: ParagraphStyle
    meta: ParagraphStyle
    bullet: ParagraphStyle
    indented: ParagraphStyle
    annex: ParagraphStyle
    sheet_title: ParagraphStyle
    sheet_item: ParagraphStyle


def make_styles() -> Styles:
    base = ParagraphStyle(
        "body", fontName=REGULAR, fontSize=9.5, leading=13.5, textColor=INK, alignment=TA_LEFT,
        spaceAfter=4, splitLongWords=1, allowWidows=0, allowOrphans=0,
    )

    def derive(name: str, **changes: object) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **changes)

    cell = derive("cell", fontSize=8.5, leading=11.2, spaceAfter=0)
    cell_head = ParagraphStyle("cell_head", parent=cell, fontName=BOLD, fontSize=7.5,
                               leading=9.5, textColor=PRIMARY)
    return Styles(
        cover_kicker=derive(
            "cover_kicker", fontName=BOLD, fontSize=11, leading=14, textColor=PRIMARY,
            spaceAfter=10,
        ),
        cover_title=derive(
            "cover_title", fontName=BOLD, fontSize=28, leading=34, textColor=INK, spaceAfter=16,
        ),
        cover_question=derive(
            "cover_question", fontName=ITALIC, fontSize=14, leading=20, textColor=PRIMARY,
            spaceAfter=24,
        ),
        h1=derive(
            "h1", fontName=BOLD, fontSize=18, leading=23, textColor=PRIMARY, spaceBefore=22,
            spaceAfter=10,
        ),
        h2=derive(
            "h2", fontName=BOLD, fontSize=12.5, leading=16, textColor=INK, spaceBefore=12,
            spaceAfter=6,
        ),
        h3=derive(
            "h3", fontName=BOLD, fontSize=10.5, leading=14, textColor=PRIMARY, spaceBefore=8,
            spaceAfter=3, keepWithNext=1,
        ),
        body=base,
        intro=derive("intro", fontName=ITALIC, textColor=MUTED, spaceAfter=10),
        small=derive("small", fontSize=8, leading=10.5),
        muted=derive("muted", fontSize=8.5, leading=11.5, textColor=MUTED),
        cell=cell,
        cell_bold=ParagraphStyle("cell_bold", parent=cell, fontName=BOLD),
        cell_right=ParagraphStyle("cell_right", parent=cell, alignment=TA_RIGHT),
        cell_head=cell_head,
        cell_head_right=ParagraphStyle("cell_head_right", parent=cell_head,
                                       alignment=TA_RIGHT),
        figure=derive(
            "figure", fontName=BOLD, fontSize=24, leading=28, textColor=PRIMARY,
            alignment=TA_CENTER, spaceAfter=0,
        ),
        figure_label=derive(
            "figure_label", fontSize=8.5, leading=11, textColor=MUTED, alignment=TA_CENTER,
            spaceAfter=0,
        ),
        card_title=derive(
            "card_title", fontName=BOLD, fontSize=11, leading=14.5, textColor=INK,
            spaceBefore=10, spaceAfter=3, keepWithNext=1,
        ),
        meta=derive("meta", fontSize=8.5, leading=11.5, textColor=MUTED, spaceAfter=3),
        bullet=derive("bullet", leftIndent=13, firstLineIndent=-11, spaceBefore=2,
                      spaceAfter=2),
        annex=derive("annex", fontSize=8.5, leading=11.5, spaceBefore=3, spaceAfter=5),
        indented=derive("indented", fontSize=8.8, leading=12, leftIndent=13, spaceAfter=1,
                        textColor=INK),
        sheet_title=derive(
            "sheet_title", fontName=BOLD, fontSize=16, leading=20, textColor=INK,
            spaceBefore=2, spaceAfter=4, keepWithNext=1,
        ),
        sheet_item=derive(
            "sheet_item", fontName=BOLD, fontSize=10, leading=13.5, textColor=INK,
            spaceBefore=7, spaceAfter=2, keepWithNext=1,
        ),
    )
