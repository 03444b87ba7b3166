"""A paged wall of hundreds of cards chooses its columns on a sample and measures each
card about once: the same pages as measuring every card at every column count."""

from __future__ import annotations

import uuid

import pytest

from coopatelier.ui.projector import wall as wall_module
from coopatelier.ui.projector.wall import ItemKind, Measurer, WallItem, fit_items

WORDS = ("hausse", "précarité", "alimentaire", "quartiers", "producteurs", "locaux",
         "circuits", "courts", "cantines", "foncier", "agricole", "épiceries")


def _items(count: int) -> list[WallItem]:
    items: list[WallItem] = []
    for index in range(count):
        if index % (count // 4) == 0:
            items.append(WallItem.header(f"Catégorie {index // (count // 4) + 1}"))
        # every sixth card is a long one: a sample taken every sixth card would be fooled
        words = 16 if index % 6 == 0 else 3 + index % 5
        text = " ".join(WORDS[(index * 7 + k * 3) % len(WORDS)] for k in range(words))
        items.append(WallItem(ItemKind.CARD, f"{index}. {text}", note="Awa Diallo",
                              card_id=uuid.uuid4()))
    return items


@pytest.mark.parametrize("count,size", [(1200, (1866, 866)), (900, (1300, 600))])
def test_a_wall_of_hundreds_of_cards_is_paged_as_if_each_were_measured(
    qapp: object, monkeypatch: pytest.MonkeyPatch, count: int, size: tuple[int, int]
) -> None:
    items = _items(count)
    calls = 0
    measure = wall_module.item_height

    def counted(*args: object, **kwargs: object) -> int:
        nonlocal calls
        calls += 1
        return measure(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(wall_module, "item_height", counted)
    sampled = fit_items(Measurer(), items, *size, 36, 72, 8, paged=True)
    sampled_calls, calls = calls, 0
    monkeypatch.setattr(wall_module, "SAMPLED_PAGINATION", 10**9)
    exhaustive = fit_items(Measurer(), items, *size, 36, 72, 8, paged=True)
    assert (sampled.columns, sampled.page_count) == (exhaustive.columns, exhaustive.page_count)
    shown = [p.item.card_id for page in sampled.pages for p in page if p.item.card_id]
    assert len(shown) == count == len(set(shown))  # every card, once, whole
    assert sampled.cut == 0
    # each card measured once, and the sample once per column count and notes choice;
    # not every card once per column count and notes choice
    columns = wall_module._max_columns(size[0], 36, 8)
    sample = 2 * columns * wall_module.SAMPLE_SIZE
    assert sampled_calls <= count + sample + 100, (sampled_calls, calls)  # + headers
    assert sampled_calls < calls / 2, (sampled_calls, calls)
