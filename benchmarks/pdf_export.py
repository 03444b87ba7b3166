"""PDF synthesis benchmark: export time and peak memory for the demo workshop and for
synthetic workshops of 500 and 5,000 cards built through the public API.

    .venv/bin/python benchmarks/pdf_export.py [--sizes 500 5000]

Targets on the reference machine (2 cores): demo ≤ 1 s, 5,000 cards ≤ 20 s, and the
5,000-card time at most 12 × the 500-card time. Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import datetime as dt
import multiprocessing
import os
import random
import resource
import tempfile
import time
import uuid
from multiprocessing.queues import Queue
from pathlib import Path

from coopatelier import api
from coopatelier.domain.model import DriverNature, PhaseKind
from coopatelier.export.pdf import PdfOptions, export_pdf

WORDS = (
    "alimentation", "durable", "quartier", "producteurs", "paniers", "solidaires", "cantine",
    "épicerie", "coopération", "habitants", "marché", "circuit", "court", "précarité", "jardin",
    "partage", "saison", "prix", "juste", "association", "commune", "métropole", "école",
    "transport", "énergie", "climat", "santé",
)


def sentence(rng: random.Random, low: int, high: int) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(low, high))]
    return " ".join(words).capitalize() + "."


def synthetic_workshop(store: api.Store, cards: int, seed: int = 7) -> uuid.UUID:
    """A workshop of ``cards`` cards: 40 % drivers, 15 % futures, 25 % actions, 20 % notes."""
    rng = random.Random(seed)
    template = api.find_template("futurs-souhaitables-2030", store=store)
    people = "".join(
        f"Personne {i}\tOrganisation {i % 12:02d}\tfonction {i}\tTable {i % 5 + 1}\n"
        for i in range(36)
    )
    workshop_id = api.create_workshop(
        store, template, title=f"Atelier synthétique de {cards} contributions",
        date=dt.date(2026, 4, 14), horizon_year=2030, place="Marseille", people=people,
    ).new_id
    data = api.load_workshop(store, workshop_id)
    orgs = [o.id for o in data.organisations]
    phase = {kind: next(p for p in data.phases if p.kind is kind)
             for kind in (PhaseKind.DRIVERS, PhaseKind.FUTURES, PhaseKind.ACTIONS,
                          PhaseKind.CLOSING)}
    categories = list(phase[PhaseKind.DRIVERS].categories) or ["Société"]
    futures: list[uuid.UUID] = []
    for index in range(cards):
        share = index % 20
        if share < 8:
            api.add_card(
                store, phase[PhaseKind.DRIVERS].id, sentence(rng, 5, 18),
                category=rng.choice(categories), nature=rng.choice(list(DriverNature)).value,
                impact=rng.randint(1, 5), uncertainty=rng.randint(1, 5),
                table_label=f"Table {rng.randint(1, 5)}",
            )
        elif share < 11:
            futures.append(api.add_card(
                store, phase[PhaseKind.FUTURES].id, sentence(rng, 3, 8),
                title=sentence(rng, 3, 7), narrative="En 2030, " + sentence(rng, 30, 90),
            ).new_id)
        elif share < 16:
            lead, *partners = rng.sample(orgs, 3)
            api.add_card(
                store, phase[PhaseKind.ACTIONS].id, sentence(rng, 3, 8),
                title=sentence(rng, 3, 8), description=sentence(rng, 15, 50),
                lead_organisation_id=lead, horizon_year=rng.randint(2026, 2030),
                partners=tuple(api.Partner(o, sentence(rng, 3, 9)) for o in partners),
                first_step=sentence(rng, 5, 12), impact=rng.randint(1, 5),
                effort=rng.randint(1, 5),
            )
        else:
            api.add_card(store, phase[PhaseKind.CLOSING].id, sentence(rng, 4, 20),
                         category=rng.choice(["Ingrédients", "Prochaines étapes"]))
    round_id = api.create_round(store, phase[PhaseKind.FUTURES].id, title="Vote").new_id
    for future in rng.sample(futures, min(len(futures), 20)):
        api.add_votes(store, round_id, future, rng.randint(1, 5))
    return workshop_id


def _rss_mib() -> float:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


Figures = tuple[float, float, float]  # wall seconds, CPU seconds, peak MiB added


def _export_in_child(data: api.WorkshopData, out: Path, queue: Queue[Figures]) -> None:
    before = _rss_mib()
    start, cpu = time.perf_counter(), time.process_time()
    export_pdf(data, out, PdfOptions())
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    queue.put((seconds, cpu, max(0.0, peak - before)))


def measure(data: api.WorkshopData, out: Path) -> tuple[float, float, float, int]:
    """Wall and CPU seconds, peak memory the export added (MiB, resident set of a forked
    process that does only the export) and pages. CPU time is the figure to trust on a
    busy machine; tracemalloc is not used: it slows reportlab tenfold."""
    context = multiprocessing.get_context("fork")
    queue: Queue[Figures] = context.Queue()
    child = context.Process(target=_export_in_child, args=(data, out, queue))
    child.start()
    seconds, cpu, peak = queue.get()
    child.join()
    pages = out.read_bytes().count(b"/Type /Page\n")
    return seconds, cpu, peak, pages


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=[500, 5000])
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder, api.open_store(data_dir=folder) as store:
        work = Path(folder)
        # warm up: fonts are registered once per process, as in the app
        warm = synthetic_workshop(store, 20)
        export_pdf(api.load_workshop(store, warm), work / "warm.pdf")
        results: dict[str, tuple[float, float]] = {}
        try:
            from coopatelier.demo import create_demo_workshop
        except ImportError:
            print("demo workshop: coopatelier.demo not available, skipped")
        else:
            data = api.load_workshop(store, create_demo_workshop(store))
            seconds, cpu, peak, pages = measure(data, work / "demo.pdf")
            print(f"demo ({len(data.live_cards())} cards): {seconds:6.2f} s (CPU {cpu:.2f} s), "
                  f"peak +{peak:.1f} MiB, {pages} pages   (target ≤ 1 s)")
        for size in args.sizes:
            built = time.perf_counter()
            data = api.load_workshop(store, synthetic_workshop(store, size))
            built = time.perf_counter() - built
            seconds, cpu, peak, pages = measure(data, work / f"{size}.pdf")
            results[str(size)] = (seconds, cpu)
            target = "   (target ≤ 20 s)" if size == 5000 else ""
            print(f"{size} cards: {seconds:6.2f} s (CPU {cpu:.2f} s), peak +{peak:.1f} MiB, "
                  f"{pages} pages  [built in {built:.1f} s]{target}")
        if "500" in results and "5000" in results:
            (wall_500, cpu_500), (wall_5000, cpu_5000) = results["500"], results["5000"]
            print(f"ratio 5000/500: {wall_5000 / wall_500:.1f} wall, "
                  f"{cpu_5000 / cpu_500:.1f} CPU   (target ≤ 12)")


if __name__ == "__main__":
    main()
