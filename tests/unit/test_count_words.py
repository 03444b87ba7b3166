"""Numbers with their words, agreed as each language does: French "0 vote", "1 min
réalisée"; English "0 votes"."""

from __future__ import annotations

from coopatelier.exchange.markdown import LABELS, minutes
from coopatelier.export.pdf.labels import Labels


def test_pdf_dots_are_singular_up_to_one_in_french_only() -> None:
    fr, en = Labels("fr"), Labels("en")
    assert [fr.dots(n) for n in (0, 1, 2)] == ["0 vote", "1 vote", "2 votes"]
    assert [en.dots(n) for n in (0, 1, 2)] == ["0 votes", "1 vote", "2 votes"]


def test_markdown_minutes_agree_in_french() -> None:
    fr, en = LABELS["fr"], LABELS["en"]
    assert minutes(1, fr["actual"], fr["actual_one"]) == "1 min réalisée"
    assert minutes(0, fr["planned"], fr["planned_one"]) == "0 min prévue"
    assert minutes(45, fr["actual"], fr["actual_one"]) == "45 min réalisées"
    assert minutes(1, en["actual"], en["actual_one"]) == "1 min actual"
