"""PDF time against the length of one card: is it linear?

    .venv/bin/python benchmarks/pdf_long_text.py [--lines 500 1000 2000 4000]
                                                 [--chars 25000 50000 100000 200000]

For each size, a workshop with one action card of that many lines (short lines) or that
many characters (one line, no break at all) is exported; the time of the export alone is
printed with the ratio to the previous size. Linear means a ratio close to the ratio of
the sizes (2 when the size doubles); reportlab's own line breaking, left alone, is
quadratic (the issue measured 4.1 for 1,000 → 2,000 lines). Prints figures; asserts
nothing.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from coopatelier import api
from coopatelier.domain.model import PhaseKind
from coopatelier.export.pdf import export_pdf


def lines_of(count: int) -> str:
    return "\n".join(f"ligne {index} : une idée de plus pour le quartier"
                     for index in range(count))


def chars_of(count: int) -> str:
    words = "les habitants cultivent ensemble un jardin partagé au cœur du quartier "
    return (words * (count // len(words) + 1))[:count]


def export_time(make: Callable[[int], str], size: int, folder: Path) -> float:
    with api.open_store(data_dir=folder / f"data-{make.__name__}-{size}") as store:
        template = api.find_template("futurs-souhaitables-2030", store)
        workshop_id = api.create_workshop(store, template, title="Long").new_id
        data = api.load_workshop(store, workshop_id)
        phase = next(p for p in data.phases if p.kind is PhaseKind.ACTIONS)
        api.add_card(store, phase.id, make(size))
        data = api.load_workshop(store, workshop_id)
    export_pdf(data, folder / "warm-up.pdf")  # fonts and imports out of the timing
    start = time.perf_counter()
    export_pdf(data, folder / f"{make.__name__}-{size}.pdf")
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lines", type=int, nargs="+", default=[500, 1000, 2000, 4000])
    parser.add_argument("--chars", type=int, nargs="+",
                        default=[25_000, 50_000, 100_000, 200_000])
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        for make, sizes, unit in ((lines_of, args.lines, "lines"),
                                  (chars_of, args.chars, "characters")):
            previous: tuple[int, float] | None = None
            for size in sizes:
                seconds = export_time(make, size, Path(folder))
                ratio = ""
                if previous is not None:
                    ratio = (f"   ×{seconds / previous[1]:.2f} time for "
                             f"×{size / previous[0]:.2f} {unit}")
                print(f"{size:>8} {unit:<10} {seconds:6.2f} s{ratio}")
                previous = (size, seconds)


if __name__ == "__main__":
    main()
