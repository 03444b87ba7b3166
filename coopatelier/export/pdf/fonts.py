"""The embedded fonts of the synthesis, registered with reportlab once per process.

The main family (Noto Sans) covers French typography in full. Fallback fonts, tried in
order, cover what it lacks: DejaVu Sans (symbols, arrows, Arabic, Hebrew), a subset of
Symbola (emoji, pictographs and the regional indicators of flags), a subset of Droid Sans
Fallback (common Chinese and Japanese) and a Hangul subset of Nanum Barun Gothic
(Korean). All live in ``resources/fonts`` with their licences.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont

from coopatelier.resources import resource

REGULAR = "CoopSans"
BOLD = "CoopSans-Bold"
ITALIC = "CoopSans-Italic"
BOLD_ITALIC = "CoopSans-BoldItalic"

_MAIN_FILES = {
    REGULAR: "NotoSans-Regular.ttf",
    BOLD: "NotoSans-Bold.ttf",
    ITALIC: "NotoSans-Italic.ttf",
    BOLD_ITALIC: "NotoSans-BoldItalic.ttf",
}

#: Fallback fonts in the order they are tried, by registered name.
_FALLBACK_FILES = (
    ("CoopFallback-DejaVu", "DejaVuSans.ttf"),
    ("CoopFallback-Emoji", "Symbola-Emoji-Subset.ttf"),
    ("CoopFallback-CJK", "DroidSansFallback-CJK-Subset.ttf"),
    ("CoopFallback-Hangul", "CoopAtelierHangul-Subset.ttf"),
)


@dataclass(frozen=True, slots=True)
class FallbackFont:
    name: str
    chars: frozenset[int]


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """reportlab's ToUnicode CMap with characters beyond U+FFFF written as UTF-16 surrogate
    pairs: reportlab writes them as five hex digits, which readers misread (an emoji came
    back from the text layer as a Greek letter)."""

    def utf16(code: int) -> str:
        return chr(code).encode("utf-16-be").hex().upper()

    return "\n".join([
        "/CIDInit /ProcSet findresource begin",
        "12 dict begin",
        "begincmap",
        "/CIDSystemInfo",
        f"<< /Registry ({fontname})",
        f"/Ordering ({fontname})",
        "/Supplement 0",
        ">> def",
        f"/CMapName /{fontname} def",
        "/CMapType 2 def",
        "1 begincodespacerange",
        f"<00> <{len(subset) - 1:02X}>",
        "endcodespacerange",
        f"{len(subset)} beginbfchar",
        *(f"<{index:02X}> <{utf16(code)}>" for index, code in enumerate(subset)),
        "endbfchar",
        "endcmap",
        "CMapName currentdict /CMap defineresource pop",
        "end",
        "end",
    ])


class FontSet:
    """Registered fonts and the characters each one has a glyph for."""

    def __init__(self) -> None:
        ttfonts.makeToUnicodeCMap = _to_unicode_cmap
        for name, filename in _MAIN_FILES.items():
            pdfmetrics.registerFont(TTFont(name, str(resource("fonts", filename))))
        pdfmetrics.registerFontFamily(
            REGULAR, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC
        )
        for bold in (0, 1):
            for italic in (0, 1):
                face = [[REGULAR, ITALIC], [BOLD, BOLD_ITALIC]][bold][italic]
                addMapping(REGULAR, bold, italic, face)
        main = pdfmetrics.getFont(REGULAR)
        self.main_chars: frozenset[int] = frozenset(main.face.charToGlyph)
        fallbacks = []
        for name, filename in _FALLBACK_FILES:
            font = TTFont(name, str(resource("fonts", filename)))
            pdfmetrics.registerFont(font)
            fallbacks.append(FallbackFont(name, frozenset(font.face.charToGlyph)))
        self.fallbacks: tuple[FallbackFont, ...] = tuple(fallbacks)

    def fallback_for(self, char: str) -> str | None:
        """Name of the first fallback font with a glyph for ``char``, if any."""
        code = ord(char)
        for fallback in self.fallbacks:
            if code in fallback.chars:
                return fallback.name
        return None


_lock = threading.Lock()
_fonts: FontSet | None = None


def fonts() -> FontSet:
    """The process-wide font set, registered on first use."""
    global _fonts
    with _lock:
        if _fonts is None:
            _fonts = FontSet()
        return _fonts
