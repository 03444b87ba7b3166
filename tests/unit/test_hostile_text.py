"""Any text, any length, in any place: markup, Markdown, formulas, control characters,
right-to-left text, CJK, Korean, emoji sequences, 100,000 characters and 2,000 lines in
every text field of a workshop, exported to every format (tests/unit/hostile.py)."""

from __future__ import annotations

import csv
import json
import re
import unicodedata
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pypdf
import pytest

from coopatelier import api
from coopatelier.exchange.csv_export import safe_cell
from coopatelier.export import export_workshop
from coopatelier.export.pdf.text import REPLACEMENT, escape, visual
from coopatelier.templates.loader import Template
from tests.unit.hostile import FIELDS, SAMPLES, hostile_workshop, long_text, many_lines, mixed

#: Fields shown in the CSV (one row per card; partners as "organisation (role)").
CARD_FIELDS = ("driver.text", "driver.title", "driver.category", "driver.table",
               "driver.author", "future.title", "future.text", "future.narrative",
               "action.title", "action.text", "action.description", "action.first_step",
               "action.means", "action.indicator", "note.text", "note.category",
               "phase.title", "organisation.name")


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def export_all(store: api.Store, data: api.WorkshopData, folder: Path,
               formats: tuple[str, ...] = ("json", "csv", "md", "pdf")) -> dict[str, Path]:
    return {fmt: export_workshop(store, data.workshop.id, folder / f"out.{fmt}", fmt)
            for fmt in formats}


def check_json(path: Path, value: Callable[[str], str]) -> None:
    """The workshop file keeps every field exactly."""
    strings = set(_strings(json.loads(path.read_text(encoding="utf-8"))))
    missing = [field for field in FIELDS if value(field) not in strings
               and field != "participant.name"]  # named people: checked below
    assert not missing
    assert value("participant.name") in strings


def check_csv(path: Path, value: Callable[[str], str]) -> None:
    """Every card field is one cell, exactly as typed; a formula stays text."""
    with path.open(encoding="utf-8-sig", newline="") as stream:
        cells = {cell for row in csv.reader(stream, delimiter=";") for cell in row}
    for field in CARD_FIELDS:
        assert safe_cell(value(field)) in cells, field
    partner = f"Autre {value('organisation.name')[:50]} ({value('partner.role')})"
    assert safe_cell(partner) in cells
    assert not [c for c in cells if c[:1] in ("=", "+", "-", "@")]


def check_markdown(path: Path, value: Callable[[str], str]) -> None:
    """Every visible character is kept, and no user text changes the document's
    structure (no rule, heading, list item, quote or table made of a field)."""
    text = path.read_text(encoding="utf-8")
    present = set(text)
    for field in FIELDS:  # (the mixed samples share their characters: all are shown)
        lost = {ch for ch in value(field) if not ch.isspace() and ch not in present}
        assert not lost, (field, lost)
    lines = text.split("\n")
    assert not [line for line in lines if re.fullmatch(r"\s*(-{3,}|={3,})\s*", line)]
    structure = re.compile(r"(- puce|# dièse|> cité|1\. un|\| a \| b)")
    assert not [line for line in lines if structure.match(line.lstrip("-#* 0123456789."))
                and structure.match(line)]


def pdf_text(path: Path) -> str:
    return "".join(page.extract_text() for page in pypdf.PdfReader(path).pages)


def check_pdf_characters(path: Path, value: Callable[[str], str]) -> None:
    """Every character of every field is in the text layer (right-to-left text in the
    joined letter forms drawn, read back through NFKC), none became U+FFFD."""
    text = pdf_text(path)
    layer = set(unicodedata.normalize("NFKC", text)) | set(text)
    for field in FIELDS:
        shown = visual(value(field))
        lost = {ch for ch in shown if _drawn(ch) and ch not in layer
                and unicodedata.normalize("NFKC", ch) not in layer}
        assert not lost, (field, sorted(f"U+{ord(ch):04X}" for ch in lost))
        # drawn with a real glyph: no U+FFFD in the paragraphs (chart labels are drawn in
        # the main font alone, and show U+FFFD for what it lacks: see resources/fonts)
        assert REPLACEMENT not in escape(value(field)), field


def _drawn(char: str) -> bool:
    """Characters that have a place in a text layer: not spaces, not control codes (the
    synthesis shows them as a space)."""
    return not char.isspace() and unicodedata.category(char) != "Cc"


def test_every_sample_in_every_field_survives_every_format(
    store: api.Store, mini_template: Template, tmp_path: Path
) -> None:
    data = hostile_workshop(store, mini_template, mixed)
    paths = export_all(store, data, tmp_path)
    check_json(paths["json"], mixed)
    check_csv(paths["csv"], mixed)
    check_markdown(paths["md"], mixed)
    check_pdf_characters(paths["pdf"], mixed)
    text = pdf_text(paths["pdf"])
    assert "/etc/passwd" in text and "<b>gras</b>" in text  # shown, never acted on


def test_samples_keep_their_characters_in_the_pdf_text_layer(
    store: api.Store, mini_template: Template, tmp_path: Path
) -> None:
    """Each sample alone in a card: flags, joined emoji, Korean, Arabic and Hebrew."""
    data = hostile_workshop(store, mini_template, lambda field: SAMPLES["french"])
    note_phase = next(p for p in data.phases if p.kind is api.PhaseKind.CLOSING).id
    for name, sample in SAMPLES.items():
        api.add_card(store, note_phase, f"{name}: {sample}")
    path = export_all(store, api.load_workshop(store, data.workshop.id), tmp_path, ("pdf",))
    text = pdf_text(path["pdf"])
    for needle in ("🇫🇷", "👩\u200d🌾", "👍🏽", "한국어 텍스트", "日本語のテキスト"):
        assert needle in text, needle
    # right to left: the words of a line run from right to left on the page (the reader
    # puts each word's letters back in reading order), Arabic in its joined forms
    line = next(line for line in text.splitlines() if line.startswith("rtl:"))
    words = ["משפט", "זה", "עולם", "שלום", "ﺟﻤﻠﺔ", "ﻫﺬﻩ", "ﺑﺎﻟﻌﺎﻟﻢ", "ﻣﺮﺣﺒﺎ"]
    assert [line.index(word) for word in words] == sorted(line.index(w) for w in words)
    assert unicodedata.normalize("NFKC", "ﻣﺮﺣﺒﺎ") == "مرحبا"


@pytest.mark.slow
@pytest.mark.timeout(300)  # about 30 s alone on 2 cores: room for a loaded machine
def test_a_hundred_thousand_characters_in_every_field_export(
    store: api.Store, mini_template: Template, tmp_path: Path
) -> None:
    """No crash, no hang (the test's timeout), every field whole in the files."""
    data = hostile_workshop(store, mini_template, long_text)
    paths = export_all(store, data, tmp_path)
    check_json(paths["json"], long_text)
    check_csv(paths["csv"], long_text)
    markdown = paths["md"].read_text(encoding="utf-8").replace("\\", "")  # escapes aside
    # (the summary names no vote round, and a phase's categories only when cards use them)
    shown = [f for f in FIELDS if f not in ("round.title", "phase.category")]
    assert not [field for field in shown if f"fin-{field}" not in markdown]
    reader = pypdf.PdfReader(paths["pdf"])
    assert len(reader.pages) > 500
    # the end of the longest texts is on the page before the annex's last pages
    last = reader.pages[-1].extract_text()
    assert "fin-note.text" in last or "fin-note.text" in reader.pages[-2].extract_text()


#: Fields that go through each way the synthesis lays text out: cover and footer, section
#: and sheet headings with their outline entry, table cells, card titles and bodies,
#: chart labels, commitment lines.
LAYOUT_FIELDS = ("workshop.title", "phase.title", "driver.category", "organisation.name",
                 "participant.name", "action.title", "partner.role", "future.narrative",
                 "note.text")


@pytest.mark.slow
@pytest.mark.timeout(300)  # about 60 s alone on 2 cores: room for a loaded machine
def test_two_thousand_lines_in_any_field_export(
    store: api.Store, mini_template: Template, tmp_path: Path
) -> None:
    """2,000 lines in every field for the files; in the PDF, in each field that takes its
    own way through the layout (every field at once would make a 4,000-page PDF)."""
    data = hostile_workshop(store, mini_template, many_lines)
    paths = export_all(store, data, tmp_path, ("json", "csv", "md"))
    check_json(paths["json"], many_lines)
    check_csv(paths["csv"], many_lines)
    check_markdown(paths["md"], many_lines)

    def value(field: str) -> str:
        return many_lines(field) if field in LAYOUT_FIELDS else mixed(field)

    pdf_store = api.open_store(data_dir=tmp_path / "pdf")
    with pdf_store:
        data = hostile_workshop(pdf_store, mini_template, value)
        path = export_all(pdf_store, data, tmp_path, ("pdf",))["pdf"]
    text = pdf_text(path)
    for field in LAYOUT_FIELDS:
        assert f"fin-{field}" in text, field
        assert "1998 — une ligne de plus dans ce champ" in text
