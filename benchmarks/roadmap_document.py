"""Roadmap (démarche) benchmark: loading a démarche and writing its Feuille de route PDF,
Markdown, CSV and démarche file, for the demo démarche and for synthetic démarches of
several workshops with many actions, each with a history, built through the public API.

    .venv/bin/python benchmarks/roadmap_document.py [--actions 40 400] [--workshops 4]

Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import datetime as dt
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path

from coopatelier import api
from coopatelier.demo import create_demo_workshop
from coopatelier.domain.model import Partner, PhaseKind
from coopatelier.export import DEMARCHE_FORMATS, export_demarche

STATUSES = ("engagee", "en_cours", "realisee", "en_pause")


def _timed(label: str, call: Callable[[], object]) -> float:
    start = time.perf_counter()
    call()
    seconds = time.perf_counter() - start
    print(f"  {label:<28} {seconds:7.2f} s")
    return seconds


def _measure(store: api.Store, demarche_id: uuid.UUID, folder: Path) -> None:
    _timed("load_demarche", lambda: api.load_demarche(store, demarche_id))
    for fmt in DEMARCHE_FORMATS:
        target = folder / f"roadmap.{fmt}"

        def write(target: Path = target, fmt: str = fmt) -> object:
            return export_demarche(store, demarche_id, target, fmt)

        _timed(f"export {fmt}", write)
    pages = (folder / "roadmap.pdf").read_bytes().count(b"/Type /Page\n")
    print(f"  PDF: {(folder / 'roadmap.pdf').stat().st_size // 1024} KiB, ~{pages} pages")


def demo(folder: Path) -> None:
    with api.open_store(folder / "demo.sqlite3", folder / "demo") as store:
        workshop = create_demo_workshop(store)
        demarche_id = api.create_demarche(store, title="Feuille de route démo").new_id
        api.attach_workshop(store, demarche_id, workshop)
        for index, action in enumerate(api.load_demarche(store, demarche_id).actions):
            api.change_status(store, action.id, STATUSES[index % len(STATUSES)], note="suivi")
        print("demo démarche (1 workshop, 8 actions):")
        _measure(store, demarche_id, folder)


def synthetic(folder: Path, actions: int, workshops: int) -> None:
    with api.open_store(folder / f"s{actions}.sqlite3", folder / f"s{actions}") as store:
        template = api.find_template("point-etape-feuille-de-route", store=store)
        demarche_id = api.create_demarche(store, title=f"Démarche de {actions} actions").new_id
        orgs: list[uuid.UUID] = []
        per = max(1, actions // workshops)
        for w in range(workshops):
            wid = api.create_workshop(
                store, template, title=f"Atelier {w + 1}", date=dt.date(2026, 1 + w % 12, 10),
                demarche_id=demarche_id,
            ).new_id
            if not orgs:
                orgs = [api.add_organisation(store, wid, f"Structure {i:02d}").new_id
                        for i in range(20)]
            data = api.load_workshop(store, wid)
            phase = next(p for p in data.phases if p.kind is PhaseKind.ACTIONS).id
            for a in range(per):
                card = api.add_card(
                    store, phase, f"Action {w}-{a}", title=f"Action {w}-{a} pour le quartier",
                    lead_organisation_id=orgs[a % 20], horizon_year=2026 + a % 5,
                    first_step="Réunir les partenaires",
                    partners=(Partner(orgs[(a + 1) % 20], "contribuer"),),
                ).new_id
                for s in range(3):
                    api.change_status(store, card, STATUSES[(a + s) % 4], note=f"étape {s}")
        print(f"synthetic démarche ({workshops} workshops, {per * workshops} actions, "
              f"3 history entries each):")
        _measure(store, demarche_id, folder)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--actions", type=int, nargs="*", default=[40, 400])
    parser.add_argument("--workshops", type=int, default=4)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        demo(folder)
        for count in args.actions:
            synthetic(folder, count, args.workshops)


if __name__ == "__main__":
    main()
