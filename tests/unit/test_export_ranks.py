"""Rankings printed in the exports follow ``Tally.place``: ties "2 =", no rank without a dot."""

from __future__ import annotations

import re
from pathlib import Path

from coopatelier import api
from coopatelier.domain.model import PhaseKind
from coopatelier.export import export_workshop
from tests.conftest import phase_of
from tests.unit.pdf_helpers import all_text

#: card title → dots: two cards tie for second place, one has no dot at all
DOTS = {"Alpha": 5, "Bravo": 3, "Charlie": 3, "Delta": 1, "Echo": 0}


def voted_workshop(store: api.Store, workshop: api.WorkshopData) -> api.WorkshopData:
    """Futures and actions voted with a tie and a card without a dot, one round each."""
    for kind in (PhaseKind.FUTURES, PhaseKind.ACTIONS):
        phase = phase_of(workshop, kind).id
        round_id = api.create_round(store, phase, title="Vote").new_id
        for title, dots in DOTS.items():
            card = api.add_card(store, phase, title, title=title).new_id
            if dots:
                api.add_votes(store, round_id, card, dots)
    return api.load_workshop(store, workshop.workshop.id)


def _one_line(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def test_markdown_prints_ties_and_leaves_cards_without_dots_unranked(
    store: api.Store, workshop: api.WorkshopData, tmp_path: Path
) -> None:
    data = voted_workshop(store, workshop)
    path = export_workshop(store, data.workshop.id, tmp_path / "w.md", "md")
    text = path.read_text(encoding="utf-8")
    for section in (text.split("### Alpha")[1], text.split("### Alpha")[2]):  # futures, actions
        blocks = {title: section.split(f"### {title}")[1].split("###")[0]
                  for title in DOTS if title != "Alpha"}
        assert "rang 1." in section.split("###")[0]
        assert "rang 2 =" in blocks["Bravo"] and "rang 2 =" in blocks["Charlie"]
        assert "rang 4." in blocks["Delta"]
        assert "rang" not in blocks["Echo"]
        assert not re.search(r"rang 3\b|rang 5\b", section)


def test_pdf_prints_ties_and_leaves_cards_without_dots_unranked(
    store: api.Store, workshop: api.WorkshopData, tmp_path: Path
) -> None:
    data = voted_workshop(store, workshop)
    path = export_workshop(store, data.workshop.id, tmp_path / "w.pdf", "pdf",
                           language="en", annex=False)
    text = _one_line(all_text(path))
    # each card's dots beside the number it carried in the round (captured in this order)
    for number, (title, place) in enumerate((("Alpha", "rank 1."), ("Bravo", "rank 2 ="),
                                             ("Charlie", "rank 2 ="), ("Delta", "rank 4.")),
                                            start=1):
        dots = DOTS[title]
        assert re.search(rf"{title} Round 1 · no\. {number}: {dots} dots? · "
                         rf"{re.escape(place)}", text), title
    assert re.search(r"Echo Round 1 · no\. 5: 0 dots(?! · rank)", text)
    assert "rank 3" not in text and "rank 5" not in text
