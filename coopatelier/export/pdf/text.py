"""The one escaping function: every user string reaches reportlab through :func:`escape`
(paragraph markup) or :func:`plain` (strings drawn in charts and page footers, in runs of
one font each: :func:`font_runs`).

reportlab parses paragraph text as markup (``x<y`` raises, ``<img src>`` reads a local
file), turns newlines into spaces, breaks lines at U+202F, silently draws nothing for
characters its font lacks and draws every character left to right as it comes. Here text
is escaped, newlines become ``<br/>``, the narrow no-break space becomes a narrower
no-break space the font has, characters the main font lacks are drawn with a fallback
font that has them, or shown as a visible U+FFFD, and a line holding right-to-left text
(Arabic, Hebrew) is put in display order by the Unicode bidirectional algorithm
(python-bidi), its Arabic letters in their joined forms first (arabic-reshaper).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import cache, lru_cache
from typing import cast

from reportlab.pdfbase.pdfmetrics import stringWidth

from coopatelier.export.pdf.fonts import REGULAR, fonts

NBSP = "\u00a0"
NARROW_NBSP = "\u202f"
REPLACEMENT = "\ufffd"

#: How the narrow no-break space is set: a no-break space three points smaller, so that it
#: is narrow like U+202F and, unlike it, never breaks a line in reportlab.
_NARROW_MARKUP = f'<font size="-3">{NBSP}</font>'

_ESCAPES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;"}
#: Right-to-left letters (Hebrew, Arabic, Syriac, Thaana, N'Ko... and their presentation
#: forms); Arabic letters change shape with their neighbours
_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc"
                  "\U00010800-\U00010fff\U0001e800-\U0001efff]")
_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u0870-\u08ff]")
_LINE_SPLIT = re.compile("(\r\n|[\n\r\u2028\u2029\x85])")
_LINE_BREAKS = {"\n", "\u2028", "\u2029", "\x85"}
_SPACES = {"\t", "\x0b", "\x0c"}


def _invisible(char: str) -> bool:
    """Format characters with no glyph of their own (joiners, variation selectors, bidi
    controls): dropped when no font has them rather than drawn as a box."""
    return unicodedata.category(char) == "Cf" or 0xFE00 <= ord(char) <= 0xFE0F


@cache
def _needs_care() -> re.Pattern[str]:
    """Characters that the quick path of :func:`escape` cannot copy as they are: those the
    main font lacks, controls, and the spaces and line breaks that need rewriting."""
    special = {*_LINE_BREAKS, *_SPACES, NARROW_NBSP, "\r"}
    safe = sorted(
        code for code in fonts().main_chars
        if chr(code) not in special and unicodedata.category(chr(code)) != "Cc"
    )
    ranges: list[str] = []
    start = previous = safe[0]
    for code in [*safe[1:], -1]:
        if code == previous + 1:
            previous = code
            continue
        ranges.append(re.escape(chr(start)) if start == previous
                      else f"{re.escape(chr(start))}-{re.escape(chr(previous))}")
        start = previous = code
    return re.compile(f"[^{''.join(ranges)}\n]")


@cache
def _reshaper() -> Callable[[str], str]:
    import arabic_reshaper  # type: ignore[import-untyped]

    # diacritics and the tatweel are the writer's: kept, never dropped
    shaper = arabic_reshaper.ArabicReshaper(
        configuration={"delete_harakat": False, "delete_tatweel": False})
    return cast(Callable[[str], str], shaper.reshape)


def visual(text: str) -> str:
    """``text`` with each line holding right-to-left letters in display order (left to
    right on the page), Arabic in its joined letter forms; other text as it is."""
    if not _RTL.search(text):
        return text
    from bidi import get_display  # type: ignore[import-untyped]

    parts = _LINE_SPLIT.split(text)
    for index in range(0, len(parts), 2):
        line = parts[index]
        if _RTL.search(line):
            if _ARABIC.search(line):
                line = _reshaper()(line)
            parts[index] = str(get_display(line))
    return "".join(parts)


@lru_cache(maxsize=256)  # a card's heading is shown in several sections
def escape(text: str) -> str:
    """Paragraph markup that shows ``text`` literally, in the main font where it has the
    glyphs and in a fallback font elsewhere, right-to-left lines in reading order."""
    text = visual(text)
    if not _needs_care().search(text):  # the common case, ten times faster
        return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace('"', "&quot;").replace("\n", "<br/>"))
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    font_set = fonts()
    main = font_set.main_chars
    out: list[str] = []
    run_font: str | None = None  # the fallback font of the run being written, if any
    for char in text:
        code = ord(char)
        if char in _LINE_BREAKS:
            piece, font = "<br/>", None
        elif char == NARROW_NBSP:
            piece, font = _NARROW_MARKUP, None
        elif char in _SPACES:
            piece, font = " ", None
        elif code in main:
            piece, font = _ESCAPES.get(char, char), None
        else:
            fallback = font_set.fallback_for(char)
            if fallback is not None:
                piece, font = char, fallback
            elif _invisible(char):
                continue
            elif unicodedata.category(char) == "Cc":
                piece, font = " ", None
            else:
                piece, font = REPLACEMENT, None
        if font != run_font:
            if run_font is not None:
                out.append("</font>")
            if font is not None:
                out.append(f'<font name="{font}">')
            run_font = font
        out.append(piece)
    if run_font is not None:
        out.append("</font>")
    return "".join(out)


def plain(text: str, max_width: float | None = None, *, font: str = REGULAR,
          size: float = 8.0, mixed: bool = False, ordered: bool = False) -> str:
    """Text for a chart label, a footer or an outline entry: one line, cut with an ellipsis
    to ``max_width`` points when given. ``mixed``: the text is drawn by :func:`font_runs`
    (charts, footer), so characters a fallback font has are kept; otherwise it is drawn in
    one font and characters that font lacks are shown as U+FFFD. ``ordered``: ``text`` is
    already in display order (a line :func:`wrap_lines` cut): put in order once only, as a
    second pass would turn right-to-left text back."""
    font_set = fonts()
    main = font_set.main_chars
    chars: list[str] = []
    # no glyph is narrower than a tenth of the size (but marks): past that many characters
    # the text cannot fit, and measuring a long text for each footer would cost its length
    longest = None if max_width is None else int(max_width / (size * 0.1)) + 2
    cut = longest is not None and len(text) > longest
    if cut:
        text = text[:longest]
    for char in " ".join((text if ordered else visual(text)).split()):
        if char == NARROW_NBSP:
            chars.append(NBSP)
        elif ord(char) in main or (mixed and font_set.fallback_for(char) is not None):
            chars.append(char)
        elif unicodedata.category(char) == "Cc":
            chars.append(" ")
        elif not _invisible(char):
            chars.append(REPLACEMENT)
    line = "".join(chars)

    def width(part: str) -> float:
        return text_width(part, font, size) if mixed else float(stringWidth(part, font, size))

    if max_width is None or (not cut and width(line) <= max_width):
        return line
    low, high = 0, len(line)
    while low < high:  # longest prefix that fits with the ellipsis
        middle = (low + high + 1) // 2
        if width(line[:middle].rstrip() + "…") <= max_width:
            low = middle
        else:
            high = middle - 1
    return line[:low].rstrip() + "…"


def font_runs(text: str, font: str = REGULAR) -> list[tuple[str, str]]:
    """``text`` cut into (text, font) runs drawn one after the other: ``font`` where the
    main family has the glyph, the first fallback font that has it elsewhere (emoji, CJK,
    Hangul, Arabic, Hebrew), as :func:`escape` does for paragraphs."""
    font_set = fonts()
    main = font_set.main_chars
    runs: list[tuple[str, str]] = []
    for char in text:
        run_font = font if ord(char) in main else (font_set.fallback_for(char) or font)
        if runs and runs[-1][1] == run_font:
            runs[-1] = (runs[-1][0] + char, run_font)
        else:
            runs.append((char, run_font))
    return runs


def text_width(text: str, font: str, size: float) -> float:
    """Width in points of ``text`` drawn in runs by :func:`font_runs`."""
    return float(sum(stringWidth(part, run_font, size) for part, run_font in font_runs(text, font)))


def wrap_lines(text: str, max_width: float, max_lines: int, *, font: str = REGULAR,
               size: float = 8.0) -> list[str]:
    """Up to ``max_lines`` lines of at most ``max_width`` points for a chart label; the last
    one ends with an ellipsis when the text is longer; drawn with :func:`font_runs`."""
    words = plain(text, mixed=True).split(" ")
    lines: list[str] = []
    current = ""
    for index, word in enumerate(words):
        candidate = f"{current} {word}".strip()
        if text_width(candidate, font, size) <= max_width or not current:
            current = candidate
            continue
        lines.append(current)
        current = word
        if len(lines) == max_lines - 1:
            rest = " ".join([current, *words[index + 1:]])
            lines.append(plain(rest, max_width, font=font, size=size, mixed=True, ordered=True))
            return lines
    if current:
        lines.append(plain(current, max_width, font=font, size=size, mixed=True,
                           ordered=True))
    return lines
