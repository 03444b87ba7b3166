"""The one escaping function of the PDF synthesis."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.platypus import Paragraph

from coopatelier.export.pdf.fonts import REGULAR, fonts
from coopatelier.export.pdf.styles import make_styles
from coopatelier.export.pdf.text import REPLACEMENT, escape, plain, wrap_lines


def test_markup_characters_are_escaped_and_newlines_become_breaks() -> None:
    assert escape('x<y & <b>"z"</b>\nw') == "x&lt;y &amp; &lt;b&gt;&quot;z&quot;&lt;/b&gt;<br/>w"
    assert escape("a\r\nb\rc") == "a<br/>b<br/>c"


def test_narrow_no_break_space_becomes_a_smaller_no_break_space() -> None:
    assert escape("10\u202f000") == '10<font size="-3">\u00a0</font>000'


def test_characters_the_main_font_lacks_use_a_fallback_font_in_one_run() -> None:
    markup = escape("a🎉🎉b")
    assert markup.startswith("a<font name=") and markup.endswith("🎉🎉</font>b")
    assert escape("中文").count("<font") == 1


def test_characters_no_font_has_become_a_visible_replacement() -> None:
    assert escape("\u0e01") == REPLACEMENT  # Thai: no bundled font has it
    assert escape("a\U000e0001b") == "ab"  # invisible format characters: dropped, not boxed
    assert plain("x\u2192y") in {"x\u2192y", f"x{REPLACEMENT}y"}
    assert all(ord(ch) in fonts().main_chars for ch in plain("→ 🎉 中 \u202f"))


def test_plain_cuts_to_width_with_an_ellipsis() -> None:
    cut = plain("Métropole Aix-Marseille-Provence " * 5, 60, font=REGULAR, size=8)
    assert cut.endswith("…") and len(cut) < 30
    lines = wrap_lines("un deux trois quatre cinq six sept huit neuf dix", 40, 2)
    assert len(lines) == 2 and lines[-1].endswith("…")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(exclude_categories=["Cs"]), max_size=200))
def test_any_text_makes_a_paragraph_that_lays_out(text: str) -> None:
    """Whatever a user types, the markup parses and wraps (no ValueError, no file read)."""
    paragraph = Paragraph(escape(text), make_styles().body)
    paragraph.wrap(200, 10_000)
