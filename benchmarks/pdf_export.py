"""PDF synthesis benchmark: export time and peak memory for the demo workshop and for
synthetic workshops of 500 and 5,000 cards built through the public API.

    .venv/bin/python benchmarks/pdf_export.py [--sizes 500 5000] [--rounds 3]

Each export is measured beside its anchor, in the same run: the same paragraphs (markup and
style), table cells and font laid out with plain reportlab platypus, no CoopAtelier code in
the timed part. Targets on the reference machine (2 cores): time ≤ 1.1 × the anchor's,
memory ≤ +150 MiB at 5,000 cards, demo ≤ 1 s, 5,000 cards ≤ 20 s, and the 5,000-card time
at most 12 × the 500-card time. Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import multiprocessing
import random
import statistics
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from multiprocessing.queues import Queue
from pathlib import Path
from typing import Any

from coopatelier import api
from coopatelier.domain.model import DriverNature, PhaseKind
from coopatelier.export.pdf import export_pdf

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


def _resident_mib(field: str) -> float:
    """``VmRSS`` (now) or ``VmHWM`` (peak) of this process, in MiB."""
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    raise RuntimeError(f"no {field} in /proc/self/status")


Figures = tuple[float, float, float]  # wall seconds, CPU seconds, peak MiB added


def _run_in_child(work: Callable[[], None], queue: Queue[Figures]) -> None:
    gc.collect()
    with open("/proc/self/clear_refs", "w") as clear:
        clear.write("5")  # the peak starts again from here: a fork inherits its parent's
    before = _resident_mib("VmRSS")
    start, cpu = time.perf_counter(), time.process_time()
    work()
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    queue.put((seconds, cpu, max(0.0, _resident_mib("VmHWM") - before)))


def measure(work: Callable[[], None], out: Path) -> tuple[float, float, float, int]:
    """Wall and CPU seconds, peak memory ``work`` added (MiB, resident set of a forked
    process that does only that work) and the pages of ``out``. CPU time is the figure to
    trust on a busy machine; tracemalloc is not used: it slows reportlab tenfold."""
    context = multiprocessing.get_context("fork")
    queue: Queue[Figures] = context.Queue()
    child = context.Process(target=_run_in_child, args=(work, queue))
    child.start()
    seconds, cpu, peak = queue.get()
    child.join()
    pages = out.read_bytes().count(b"/Type /Page\n")
    return seconds, cpu, peak, pages


# -- the anchor: the same content laid out with plain reportlab platypus -------------------

#: What the anchor lays out, as plain values taken from our story before any timing: a
#: paragraph's markup and style, a table's cells and column widths, a drawing, a spacer, a
#: page break. Our layout devices (kept-together blocks, conditional page breaks, the
#: outline, "x / y" footers, the cover's page template) are left out: the anchor is what
#: plain platypus does with the same paragraphs, tables and font.
Spec = tuple[Any, ...]


def platypus_spec(data: api.WorkshopData) -> list[Spec]:
    from reportlab.graphics.shapes import Drawing
    from reportlab.platypus import KeepTogether, PageBreak, Paragraph, Spacer, Table
    from reportlab.platypus.flowables import _ContainerSpace

    from coopatelier.export.pdf import sections
    from coopatelier.export.pdf.labels import Labels
    from coopatelier.export.pdf.styles import make_styles

    def cell(value: object) -> Spec:
        if isinstance(value, Paragraph):
            return ("p", value.text, value.style)
        if isinstance(value, list | tuple):
            return ("cell", [cell(item) for item in value])
        return ("as is", value)  # a string or a drawing

    def flat(flowables: Sequence[object]) -> Iterator[Spec]:
        for flowable in flowables:
            if isinstance(flowable, KeepTogether | _ContainerSpace):
                yield from flat(flowable._content)
            elif isinstance(flowable, Paragraph):
                yield ("p", flowable.text, flowable.style)
            elif isinstance(flowable, sections.RowsTable):  # as plain tables of its pieces
                for start in range(0, len(flowable.rows), sections.CHUNK_ROWS):
                    rows = [flowable.head, *flowable.rows[start:start + sections.CHUNK_ROWS]]
                    yield ("table", [[cell(value) for value in row] for row in rows],
                           flowable.widths, 1)
            elif isinstance(flowable, Table):
                yield ("table", [[cell(value) for value in row] for row in flowable._cellvalues],
                       flowable._argW, flowable.repeatRows)
            elif isinstance(flowable, PageBreak):
                yield ("page break",)
            elif isinstance(flowable, Spacer):
                yield ("spacer", flowable.height)
            elif isinstance(flowable, Drawing):
                yield ("as is", flowable)

    context = sections.Context.of(data, Labels("fr"), make_styles(), data.workshop.anonymous)
    return list(flat(sections.story(context, annex_included=True)))


def raw_platypus(spec: list[Spec], out: Path) -> None:
    """Lay ``spec`` out with plain reportlab: ``Paragraph``, ``Table``, ``SimpleDocTemplate``
    and its canvas, the same registered font, a page number at the foot of each page."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import (
        PageBreak,
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        Table,
        TableStyle,
    )

    def made(item: Spec) -> Any:
        kind = item[0]
        if kind == "p":
            return Paragraph(item[1], item[2])
        if kind == "cell":
            return [made(part) for part in item[1]]
        if kind == "table":
            table = Table([[made(value) for value in row] for row in item[1]],
                          colWidths=item[2], repeatRows=item[3], splitInRow=1, hAlign="LEFT")
            table.setStyle(TableStyle([
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONTNAME", (0, 0), (-1, -1), "CoopSans"),
                ("FONTSIZE", (0, 0), (-1, -1), 8.5),
                ("LINEBELOW", (0, 0), (-1, -1), 0.6, "#C3CDD1"),
                ("ROWBACKGROUNDS", (0, 1), (-1, -1), [None, "#F3F6F7"]),
            ]))
            return table
        if kind == "page break":
            return PageBreak()
        if kind == "spacer":
            return Spacer(1, item[1])
        return item[1]

    def footer(canvas: Any, doc: Any) -> None:
        canvas.setFont("CoopSans", 7.5)
        canvas.drawRightString(A4[0] - 20 * mm, 13 * mm, str(doc.page))

    doc = SimpleDocTemplate(str(out), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=20 * mm, bottomMargin=22 * mm, title="anchor")
    doc.build([made(item) for item in spec], onFirstPage=footer, onLaterPages=footer)


def _spec_in_child(data: api.WorkshopData, queue: Queue[list[Spec]]) -> None:
    queue.put(platypus_spec(data))


def compare(name: str, data: api.WorkshopData, work: Path,
            rounds: int = 1) -> tuple[float, float]:
    """Our export and the raw-platypus anchor of the same content, one after the other."""
    # our story is built in a child: the memory it took would stay in this process, and
    # both measured children would reuse it instead of asking the system for theirs
    context = multiprocessing.get_context("fork")
    queue: Queue[list[Spec]] = context.Queue()
    child = context.Process(target=_spec_in_child, args=(data, queue))
    child.start()
    spec = queue.get()
    child.join()
    ours_path, anchor_path = work / f"{name}.pdf", work / f"{name}-anchor.pdf"
    ours, anchor = [], []
    for _ in range(rounds):  # alternated, so that a busy moment weighs on both alike
        ours.append(measure(lambda: export_pdf(data, ours_path), ours_path))
        anchor.append(measure(lambda: raw_platypus(spec, anchor_path), anchor_path))
    seconds, cpu, peak = (statistics.median(run[i] for run in ours) for i in range(3))
    a_seconds, a_cpu, a_peak = (statistics.median(run[i] for run in anchor) for i in range(3))
    pages, a_pages = ours[0][3], anchor[0][3]
    median = f"medians of {rounds}, " if rounds > 1 else ""
    print(f"{name}: {seconds:6.2f} s (CPU {cpu:.2f} s), peak +{peak:.1f} MiB, {pages} pages")
    print(f"  raw platypus: {a_seconds:6.2f} s (CPU {a_cpu:.2f} s), peak +{a_peak:.1f} MiB, "
          f"{a_pages} pages")
    print(f"  ratio to raw platypus ({median}target ≤ 1.1): {seconds / a_seconds:.2f} wall, "
          f"{cpu / a_cpu:.2f} CPU; memory {peak - a_peak:+.1f} MiB")
    return seconds, cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=[500, 5000])
    parser.add_argument("--rounds", type=int, default=3,
                        help="exports of each kind per size; medians are printed")
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
            compare(f"demo ({len(data.live_cards())} cards)", data, work, args.rounds)
            print("  (target ≤ 1 s)")
        for size in args.sizes:
            built = time.perf_counter()
            data = api.load_workshop(store, synthetic_workshop(store, size))
            built = time.perf_counter() - built
            results[str(size)] = compare(f"{size} cards", data, work, args.rounds)
            target = "; target ≤ 20 s and ≤ +150 MiB" if size == 5000 else ""
            print(f"  (workshop built in {built:.1f} s{target})")
        if "500" in results and "5000" in results:
            (wall_500, cpu_500), (wall_5000, cpu_5000) = results["500"], results["5000"]
            print(f"ratio 5000/500: {wall_5000 / wall_500:.1f} wall, "
                  f"{cpu_5000 / cpu_500:.1f} CPU   (target ≤ 12)")


if __name__ == "__main__":
    main()
