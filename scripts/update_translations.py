"""Refresh the translation files after changing user-facing strings in ``coopatelier/ui``.

    .venv/bin/python scripts/update_translations.py

- ``coopatelier_fr.ts``: every string (pyside6-lupdate, obsolete ones dropped); new ones
  are left *unfinished* for a translator (tests/gui/test_translations.py fails until they
  are translated).
- ``coopatelier_en.ts``: the plural strings only (``"%n card(s)"``), whose English forms are
  derived from the source: ``(s)`` → "" for one, "s" for several. English needs them too,
  otherwise the interface says "4 card(s)".
- both are compiled to ``.qm`` with pyside6-lrelease (the .qm files are committed).
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
BIN = Path(sys.executable).parent


def english_forms(source: str) -> tuple[str, str]:
    """One and several, from an English source such as ``"Delete %n card(s)"``."""
    return source.replace("(s)", ""), source.replace("(s)", "s")


def fill_english(ts: Path) -> int:
    """Fill the plural forms of the English file; return how many messages changed."""
    tree = ET.parse(ts)
    filled = 0
    for message in tree.getroot().iter("message"):
        if message.get("numerus") != "yes":
            continue
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        wanted = english_forms(source)
        current = tuple(form.text or "" for form in translation.iter("numerusform"))
        if current == wanted and translation.get("type") is None:
            continue
        for form in list(translation):
            translation.remove(form)
        translation.text = None
        translation.attrib.pop("type", None)
        for text in wanted:
            ET.SubElement(translation, "numerusform").text = text
        filled += 1
    if filled:
        tree.write(ts, encoding="utf-8", xml_declaration=True)
    return filled


def lupdate(ts: Path, *extra: str) -> None:
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "coopatelier" / "ui").rglob("*.py"))
    subprocess.run(
        [str(BIN / "pyside6-lupdate"), *sources, "-ts", str(ts), "-no-obsolete", *extra],
        check=True,
        cwd=ROOT,
    )


def lrelease(ts: Path) -> None:
    subprocess.run(
        [str(BIN / "pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))],
        check=True,
        cwd=ROOT,
    )


def main() -> None:
    french = TRANSLATIONS / "coopatelier_fr.ts"
    english = TRANSLATIONS / "coopatelier_en.ts"
    lupdate(french)
    lupdate(english, "-pluralonly", "-target-language", "en")
    fill_english(english)
    lupdate(english, "-pluralonly", "-target-language", "en")  # lupdate's own formatting
    for ts in (french, english):
        lrelease(ts)


if __name__ == "__main__":
    main()
