"""Table-capture merge benchmark: a co-facilitator's laptop captures 5,000 cards into the
workshop and edits 500 existing ones; its workshop file is merged into the main laptop's
database. Prints the times of export, first merge and a second (idempotent) merge.

    .venv/bin/python benchmarks/merge.py [--cards 5000]

Prints figures; asserts nothing (tests/unit/test_exchange.py checks the behaviour).
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from coopatelier import api
from coopatelier.domain.model import PhaseKind


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cards", type=int, default=5000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        shared = root / "before-the-workshop.json"
        with api.open_store(data_dir=root / "main") as main_store:
            template = api.find_template("alimentation-durable-qpv-2030", store=main_store)
            workshop_id = api.create_workshop(
                main_store, template, title="Atelier alimentation 2030"
            ).new_id
            data = api.load_workshop(main_store, workshop_id)
            drivers = next(p for p in data.phases if p.kind is PhaseKind.DRIVERS)
            existing = [
                api.add_card(main_store, drivers.id, f"Carte d'origine n°{i}").new_id
                for i in range(500)
            ]
            api.export_workshop_file(main_store, workshop_id, shared)

        table_file = root / "table-3.json"
        with api.open_store(data_dir=root / "laptop") as laptop:
            api.import_workshop_file(laptop, shared)
            for i in range(args.cards):
                api.add_card(
                    laptop,
                    drivers.id,
                    f"Contribution de la table 3, n°{i} — « circuit court »",
                    table_label="Table 3",
                    device="laptop-3",
                )
            for card_id in existing:
                assert card_id is not None
                api.update_card(laptop, card_id, text="Reformulée à la table 3")
            start = time.perf_counter()
            api.export_workshop_file(laptop, workshop_id, table_file)
            exported = time.perf_counter() - start

        with api.open_store(data_dir=root / "main") as main_store:
            start = time.perf_counter()
            first = api.import_workshop_file(main_store, table_file)
            merged = time.perf_counter() - start
            start = time.perf_counter()
            again = api.import_workshop_file(main_store, table_file)
            idempotent = time.perf_counter() - start
            cards = len(api.load_workshop(main_store, workshop_id).cards)
        size = table_file.stat().st_size

    print(
        f"table laptop: {args.cards} new cards + 500 edits, workshop file exported in "
        f"{exported:.2f} s"
    )
    print(f"merge into the main laptop:   {merged:.2f} s  ({first.summary()})")
    print(f"same file merged again:       {idempotent:.2f} s  ({again.summary()})")
    print(f"cards in the merged workshop: {cards}  (file {size / 1e6:.1f} MB)")


if __name__ == "__main__":
    main()
