"""Chart labels and page footers use the paragraphs' font fallback: Korean, CJK, emoji
flags and Arabic keep their characters in the PDF's text layer."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from coopatelier import api
from coopatelier.domain.model import PhaseKind
from coopatelier.export import export_workshop
from coopatelier.export.pdf.text import REPLACEMENT, font_runs, plain, wrap_lines
from tests.conftest import phase_of
from tests.unit.pdf_helpers import all_text, pages_text

ORG = "협동조합 🇰🇷"  # Korean and a flag: a roadmap lane's label
FUTURE = "미래 🌱"  # a future's title in its quadrant of the 2×2
AXIS = "公共 🇫🇷"  # a scenario axis's end, in the 2×2's margin
ACTION = "مطبخ 🍲"  # an action's title in its roadmap box
TITLE = "Atelier 🇫🇷 협동"  # the workshop's title, in every page's footer


def test_a_chart_string_is_drawn_in_runs_of_the_fonts_that_have_its_characters() -> None:
    text = plain(ORG, mixed=True)
    assert text == ORG
    runs = font_runs(text)
    assert "".join(part for part, _font in runs) == ORG
    assert len({font for _part, font in runs}) >= 2
    assert plain(ORG) != ORG and REPLACEMENT in plain(ORG)  # one font: what it lacks is lost


def test_chart_labels_and_footers_keep_every_character_in_the_text_layer(
    store: api.Store, workshop: api.WorkshopData, tmp_path: Path
) -> None:
    wid = workshop.workshop.id
    api.update_workshop(store, wid, title=TITLE)
    org = api.add_organisation(store, wid, ORG).new_id
    drivers = phase_of(workshop, PhaseKind.DRIVERS).id
    x = api.add_card(store, drivers, "Prix", impact=5, uncertainty=5).new_id
    y = api.add_card(store, drivers, "Climat", impact=5, uncertainty=5).new_id
    api.set_axes(store, wid, x_driver_id=x, y_driver_id=y, x_low="bas", x_high=AXIS,
                 y_low="bas", y_high="haut")
    futures = phase_of(workshop, PhaseKind.FUTURES).id
    api.add_card(store, futures, FUTURE, title=FUTURE, quadrant="++")
    actions = phase_of(workshop, PhaseKind.ACTIONS).id
    api.add_card(store, actions, ACTION, title=ACTION, lead_organisation_id=org,
                 horizon_year=2028, impact=4, effort=2)
    path = export_workshop(store, wid, tmp_path / "w.pdf", "pdf", annex=False)
    text = all_text(path)
    assert REPLACEMENT not in text
    squeezed = _squeezed(text)  # runs of a chart string come back on lines of their own
    # each string is in a paragraph and in a chart; the charts drew it whole, not with U+FFFD
    for label in (ORG, FUTURE, AXIS):
        assert squeezed.count(_squeezed(label)) >= 2, label
    # Arabic is drawn in its joined letter forms, read back as them (in display or reading
    # order, as the reader guesses): all of them, in the action's paragraph and roadmap box
    arabic = "".join(ch for ch in ACTION if "\u0600" <= ch <= "\u06ff")
    letters = _squeezed(unicodedata.normalize("NFKC", text))
    forms = (letters.count(arabic), letters.count(arabic[::-1]))
    assert sum(forms) >= 2 and 0 in forms, "the roadmap box reads as the paragraph does"
    for page in pages_text(path)[1:]:
        assert _squeezed(TITLE) in _squeezed(page), "the footer keeps the flag"


def _squeezed(text: str) -> str:
    return re.sub(r"\s", "", text)


def test_a_wrapped_right_to_left_label_stays_in_display_order() -> None:
    """Lines cut by ``wrap_lines`` are put in display order once, like a paragraph's."""
    label = "مطبخ الحي 🍲"
    assert wrap_lines(label, 500, 2) == [plain(label, mixed=True)]
    lines = wrap_lines(f"{label} {label} {label}", 60, 3)
    assert len(lines) > 1 and all(line in plain(f"{label} {label} {label}", mixed=True)
                                  or line.endswith("…") for line in lines)
