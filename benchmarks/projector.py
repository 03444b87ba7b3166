"""Projector view figures (prints them; asserts nothing).

    .venv/bin/python benchmarks/projector.py [--size 1920x1080] [--repeats 41]

1. 500 cards in a phase: a card dragged to another place, then the room's frame laid out
   and painted (the whole window rendered, header and timer included). Median and p95.
   Target: median ≤ 16 ms.
2. 5,000 cards: a full relayout (text measurements cache cold) and paint, as when the
   phase is put on the wall (opening on the newest card's page). Median. Target: ≤ 1 s.
3. The impact × uncertainty matrix of the same 5,000 drivers, cache cold. Median.

The workshop is built in memory (no database): only the view is measured. Offscreen
unless QT_QPA_PLATFORM says otherwise.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import os
import statistics
import sys
import time
import uuid
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QObject, Signal  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from coopatelier.domain.model import (  # noqa: E402
    Card,
    CardKind,
    Phase,
    PhaseKind,
    Workshop,
    WorkshopData,
)
from coopatelier.services.changes import Changes  # noqa: E402

NOW = dt.datetime(2030, 1, 15, 9, 0, tzinfo=dt.UTC)
CATEGORIES = ("Société", "Technologie", "Économie", "Environnement", "Politique")
WORDS = tuple(
    [
        "hausse",
        "précarité",
        "alimentaire",
        "quartiers",
        "producteurs",
        "locaux",
        "circuits",
        "courts",
        "cantines",
        "foncier",
        "agricole",
        "épiceries",
        "solidaires",
        "financement",
        "coopération",
        "habitants",
        "jardins",
    ]
)


class MemorySession(QObject):
    """What the projector reads of a ``WorkshopSession``, over data held in memory."""

    changed = Signal(object)

    def __init__(self, data: WorkshopData) -> None:
        super().__init__()
        self._data = data
        self.workshop_id = data.workshop.id

    def data(self) -> WorkshopData:
        return self._data

    def cards_of_phase(self, phase_id: uuid.UUID) -> tuple[Card, ...]:
        cards = [c for c in self._data.cards if c.phase_id == phase_id]
        return tuple(sorted(cards, key=lambda c: c.position))

    def move(self, card: Card, position: float) -> None:
        moved = dataclasses.replace(card, position=position)
        self._data = dataclasses.replace(
            self._data, cards=tuple(moved if c.id == card.id else c for c in self._data.cards)
        )
        self.changed.emit(Changes(workshop_id=self.workshop_id, cards=frozenset({card.id})))


def make_data(count: int) -> tuple[WorkshopData, Phase]:
    workshop = Workshop(
        uuid.uuid4(),
        "Banc d’essai",
        "Question ?",
        2030,
        "Métropole",
        NOW.date(),
        "Ici",
        "",
        False,
        "bench",
        "fr",
        NOW,
        NOW,
    )
    phase = Phase(
        uuid.uuid4(),
        workshop.id,
        0,
        PhaseKind.DRIVERS,
        "Moteurs du changement",
        "",
        "Quelles forces transformeront l’alimentation d’ici 2030 ?",
        "",
        30,
        CATEGORIES,
        NOW,
        None,
        NOW,
    )
    cards = []
    for index in range(count):
        words = [WORDS[(index * 7 + k * 3) % len(WORDS)] for k in range(4 + index % 9)]
        cards.append(
            Card(
                uuid.uuid4(),
                workshop.id,
                phase.id,
                CardKind.DRIVER,
                f"{index}. " + " ".join(words),
                float(index),
                "Table 1",
                "Awa Diallo",
                "bench",
                NOW,
                NOW,
                category=CATEGORIES[index % len(CATEGORIES)],
                impact=1 + index % 5,
                uncertainty=1 + (index // 5) % 5,
            )
        )
    return WorkshopData(workshop, (phase,), cards=tuple(cards)), phase


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else "")
    parser.add_argument("--size", default="1920x1080")
    parser.add_argument("--repeats", type=int, default=41)
    args = parser.parse_args()
    width, height = (int(v) for v in args.size.split("x"))
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    from coopatelier.ui.clock import FakeClock
    from coopatelier.ui.projector import content
    from coopatelier.ui.projector.view import ProjectorWindow
    from coopatelier.ui.projector.wall import Measurer

    print(f"Projector view, {width}×{height}, platform {app.platformName()}")

    # 1. a card drag at 500 cards
    data, phase = make_data(500)
    session = MemorySession(data)
    window = ProjectorWindow(session, FakeClock(NOW))  # type: ignore[arg-type]
    window.resize(width, height)
    window.show()
    app.processEvents()
    window.show_phase(phase.id)
    window.grab()
    timings = []
    for repeat in range(args.repeats):
        shown = window.view.wall.shown_card_ids()
        card = next(c for c in session.data().cards if c.id == shown[repeat % len(shown)])
        target = session.cards_of_phase(phase.id)[(repeat * 13) % 40].position - 0.5
        started = time.perf_counter()
        session.move(card, target)  # the projector refreshes on ``changed``
        window.grab()  # lay out and paint the whole frame
        timings.append(time.perf_counter() - started)
    wall = window.view.wall.fit()
    print(
        f"500 cards, card drag → painted frame: median {ms(statistics.median(timings))}, "
        f"p95 {ms(sorted(timings)[int(len(timings) * 0.95)])} "
        f"({len(window.view.wall.shown_card_ids())} shown at {wall.pixel_size} px, "
        f"+{wall.hidden} more)  target ≤ 16 ms"
    )
    window.close()

    # 2. a full relayout at 5,000 cards
    data, phase = make_data(5000)
    session = MemorySession(data)
    window = ProjectorWindow(session, FakeClock(NOW))  # type: ignore[arg-type]
    window.resize(width, height)
    window.show()
    app.processEvents()
    relayouts = []
    for _ in range(5):
        window.view.wall.measurer = Measurer()  # a cold cache: every text measured again
        content._ITEMS.clear()  # and every card turned into a wall item again
        window.view._shown_key = ()  # shown as a phase newly put on the wall
        started = time.perf_counter()
        window.show_phase(phase.id)
        window.view.wall.set_items([])  # force the items to be rebuilt and refitted
        window.view.refresh()
        window.grab()
        relayouts.append(time.perf_counter() - started)
    wall = window.view.wall.fit()
    print(
        f"5,000 cards, full relayout and paint: median {ms(statistics.median(relayouts))}, "
        f"max {ms(max(relayouts))} ({len(window.view.wall.shown_card_ids())} shown at "
        f"{wall.pixel_size} px, +{wall.hidden} more)  target ≤ 1 s"
    )
    window.close()

    # 3. the impact × uncertainty matrix of those 5,000 drivers (four walls sharing the room)
    window = ProjectorWindow(session, FakeClock(NOW))  # type: ignore[arg-type]
    window.resize(width, height)
    window.show()
    app.processEvents()
    window.show_phase(phase.id)
    matrix = []
    for _ in range(5):
        for quadrant in window.view.matrix.walls.values():
            quadrant.measurer = Measurer()
        content._ITEMS.clear()
        started = time.perf_counter()
        window.view.set_mode(content.Mode.PHASE)
        window.view.set_mode(content.Mode.MATRIX)
        window.grab()
        matrix.append(time.perf_counter() - started)
    print(
        f"5,000 drivers, matrix relayout and paint: median {ms(statistics.median(matrix))}, "
        f"max {ms(max(matrix))}  target ≤ 1 s"
    )
    window.close()


if __name__ == "__main__":
    main()
