"""Numbers with their words, agreed as each language does: French "0 gommette", "1 min
réalisée"; English "0 dots"."""

from __future__ import annotations

import pytest

from coopatelier.cli import _count
from coopatelier.exchange.markdown import LABELS, minutes
from coopatelier.export.pdf.labels import Labels
from coopatelier.wording import is_singular


@pytest.mark.parametrize(("count", "french", "english"), [
    (0, True, False), (1, True, True), (2, False, False), (1000, False, False),
])
def test_french_says_the_singular_for_zero_and_one_english_for_one_only(
    count: int, french: bool, english: bool,
) -> None:
    assert is_singular(count, "fr") is french
    assert is_singular(count, "en") is english


def test_pdf_dots_are_singular_up_to_one_in_french_only() -> None:
    fr, en = Labels("fr"), Labels("en")
    assert [fr.dots(n) for n in (0, 1, 2)] == ["0 gommette", "1 gommette", "2 gommettes"]
    assert [en.dots(n) for n in (0, 1, 2)] == ["0 dots", "1 dot", "2 dots"]


def test_markdown_minutes_agree_in_french() -> None:
    fr, en = LABELS["fr"], LABELS["en"]
    assert minutes(1, fr["actual"], fr["actual_one"], "fr") == "1 min réalisée"
    assert minutes(0, fr["planned"], fr["planned_one"], "fr") == "0 min prévue"
    assert minutes(45, fr["actual"], fr["actual_one"], "fr") == "45 min réalisées"
    assert minutes(1, en["actual"], en["actual_one"], "en") == "1 min actual"


def test_cli_counts_agree_in_french_and_stay_plural_in_english() -> None:
    """English lines are what scripts parse: always the plural."""
    assert [_count("cli.cards", "fr", n) for n in (0, 1, 2)] == ["0 carte", "1 carte", "2 cartes"]
    assert [_count("cli.cards", "en", n) for n in (0, 1, 2)] == ["0 cards", "1 cards", "2 cards"]
