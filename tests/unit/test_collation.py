"""French order everywhere: one sort key (domain/collation.py) for the UI lists, the PDF and
the exports."""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import Any

import pypdf
import pytest

from coopatelier import api
from coopatelier.domain.collation import sort_key, sorted_names
from coopatelier.domain.model import PhaseKind
from coopatelier.exchange.markdown import markdown_text
from coopatelier.export import export_workshop
from coopatelier.export.pdf import PdfOptions, export_pdf
from coopatelier.templates.loader import Template
from tests.conftest import phase_of
from tests.unit.pdf_helpers import pages_text

NAMES = ["Épicerie", "Ville", "Centre", "Éducation", "École"]
FRENCH_ORDER = ["Centre", "École", "Éducation", "Épicerie", "Ville"]


def test_names_sort_as_in_a_french_dictionary() -> None:
    assert sorted_names(NAMES) == FRENCH_ORDER
    assert sorted_names(["Zoé", "oeuvre", "Œuvre", "zoe", "ecole", "École", "Ode"]) == [
        "ecole", "École", "Ode", "oeuvre", "Œuvre", "zoe", "Zoé"]
    # base letters first, then accents, then case; equal names keep one order
    assert sort_key("cote") < sort_key("coté") < sort_key("côte") < sort_key("côté")
    assert sort_key("e\u0301cole") == sort_key("école")  # decomposed or not, one key
    assert sorted_names(["b", "A", "a", "B"], "en") == ["a", "A", "b", "B"]


def test_a_key_of_any_text_is_quick_and_total() -> None:
    huge = "é" * 100_000
    assert sort_key(huge) < sort_key(huge + "a")
    assert sort_key("\x00\u202e🎉") != sort_key("")


@pytest.fixture
def ordered(store: api.Store, mini_template: Template) -> api.WorkshopData:
    """A workshop whose organisations are named in an order a byte sort gets wrong, each
    leading one dated action, with one participant each."""
    people = "".join(f"Personne {name}\t{name}\n" for name in NAMES)
    wid = api.create_workshop(store, mini_template, title="Ordre", people=people).new_id
    data = api.load_workshop(store, wid)
    actions = phase_of(data, PhaseKind.ACTIONS).id
    for year, org in enumerate(data.organisations, start=2026):
        api.add_card(store, actions, f"Action de {org.name}", title=f"Action de {org.name}",
                     lead_organisation_id=org.id, horizon_year=year)
    return api.load_workshop(store, wid)


def test_the_workshop_lists_names_in_french_order(ordered: api.WorkshopData) -> None:
    """Every view (lists, combos, roadmap lanes, projector) reads this order."""
    assert [o.name for o in ordered.organisations] == FRENCH_ORDER
    assert [p.name for p in ordered.participants] == [f"Personne {n}" for n in FRENCH_ORDER]


def _positions(text: str, names: list[str]) -> list[int]:
    return [text.index(name) for name in names]


def test_the_pdf_lists_and_lanes_follow_french_order(ordered: api.WorkshopData,
                                                     tmp_path: Path) -> None:
    path = tmp_path / "ordre.pdf"
    export_pdf(ordered, path, PdfOptions(annex=False))
    pages = pages_text(path)
    people = next(p for p in pages if "Organisations représentées" in p
                  or ("ORGANISATION" in p and "Personne Centre" in p))
    assert _positions(people, FRENCH_ORDER) == sorted(_positions(people, FRENCH_ORDER))
    roadmap = " ".join(next(p for p in pages if p.lstrip().startswith("Feuille de route"))
                       .split())
    # the chart's lanes, then its key lane by lane, in French order
    titles = [f"Action de {n}" for n in FRENCH_ORDER]
    assert _positions(roadmap, titles) == sorted(_positions(roadmap, titles))
    # one commitment sheet per organisation, in French order, each bookmarked on its page
    reader = pypdf.PdfReader(path)
    entries: list[Any] = []

    def walk(items: list[Any]) -> None:
        for item in items:
            walk(item) if isinstance(item, list) else entries.append(item)

    walk(reader.outline)
    sheets = [e for e in entries if e.title in NAMES]
    assert [e.title for e in sheets] == FRENCH_ORDER
    numbers = [int(reader.get_destination_page_number(e) or 0) for e in sheets]
    assert len(set(numbers)) == len(NAMES) and numbers == sorted(numbers)
    for entry, number in zip(sheets, numbers, strict=True):
        assert f"Action de {entry.title}" in pages[number]
        assert f"Personne {entry.title}" in pages[number]


def test_the_markdown_lists_and_lanes_follow_french_order(ordered: api.WorkshopData) -> None:
    text = markdown_text(ordered)
    people = text[text.index("## Participants"):]
    assert _positions(people, [f"Personne {n}" for n in FRENCH_ORDER]) == sorted(
        _positions(people, [f"Personne {n}" for n in FRENCH_ORDER]))
    roadmap = text[text.index("## Feuille de route"):]
    lanes = [f"### {n}" for n in FRENCH_ORDER]
    assert _positions(roadmap, lanes) == sorted(_positions(roadmap, lanes))


def test_exports_get_the_users_usual_permissions(store: api.Store, ordered: api.WorkshopData,
                                                 tmp_path: Path) -> None:
    """Every format is written 0666 less the umask (a shared drive's group can read it),
    not the owner-only 0600 of a temporary file."""
    previous = os.umask(0o022)
    try:
        for fmt in ("json", "csv", "md", "pdf"):
            path = export_workshop(store, ordered.workshop.id, tmp_path / f"out.{fmt}", fmt)
            assert stat.S_IMODE(path.stat().st_mode) == 0o644, fmt
    finally:
        os.umask(previous)


def test_the_latin_table_is_what_its_script_writes() -> None:
    """Regenerate it with scripts/collation_table.py when pyuca changes."""
    import importlib.util

    script = Path(__file__).resolve().parents[2] / "scripts" / "collation_table.py"
    spec = importlib.util.spec_from_file_location("collation_table", script)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.TARGET.read_text(encoding="utf-8") == module.table_source()


def test_the_latin_keys_are_pyucas_keys() -> None:
    """Names of Latin letters are keyed without loading pyuca's table, with its very keys;
    anything else (a contraction such as "l·", another script) is keyed by pyuca."""
    import random
    import unicodedata

    from coopatelier.domain import collation
    from coopatelier.domain._collation_table import ELEMENTS

    root = collation._root()
    alphabet = [chr(code) for code in ELEMENTS]
    texts = [
        *alphabet,
        *NAMES,
        "Métropole Aix-Marseille-Provence – Lab des possibles",
        "L’Olivier « centre social »\u202f: été 2030 €",
        "Cœur, œuvre, Æsop, straße, ǅemal",
        "e\u0301cole",  # decomposed
        "l·l, L·L, col·lecció",  # contractions: pyuca's
        "Ελλάδα, Москва, 北京, 🌱",  # other scripts: pyuca's
        "l\u0301a",  # a letter that starts a contraction, then an accent
    ]
    chance = random.Random(2030)
    texts += ["".join(chance.choices(alphabet, k=chance.randint(1, 12))) for _ in range(3000)]
    for text in texts:
        head = text[: collation._KEY_CHARS]
        expected = root.sort_key(unicodedata.normalize("NFC", head))
        assert collation.sort_key(text)[0] == expected, repr(text)
    assert collation._latin_key("col·lecció") is None
    assert collation._latin_key("Москва") is None
    assert collation._latin_key("Métropole – Lab") is not None
