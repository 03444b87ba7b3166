"""Facilitator window figures (prints them; asserts nothing).

    .venv/bin/python benchmarks/gui_facilitator.py [--cards 5000] [--captures 100] [--runs 3]
        [--startup-only]

1. Start-up with the demo workshop, as ratios to a bare PySide6 window painted in the same
   run (each in a fresh process, interleaved): the window's frame painted (target ≤ 1.5×),
   the workshop shown (target ≤ 2.5×).
2. Capture latency (Enter → committed and painted) with 5,000 cards in the workshop, in
   every phase (each kind has its own view): median and p95. Target: p95 ≤ 8 ms (stretch
   5 ms). Anchor measured in the same run: a raw sqlite3 insert + commit on the same disk
   with the app's PRAGMAs (WAL, synchronous=FULL), to read the figures against the load;
   and the save alone (``add_card`` without Qt, target median ≤ 1.2 ms, p95 ≤ 2 ms), to
   split a capture between the service and the window.
3. Opening a 5,000-card workshop: time to a painted window (fresh process) and resident
   memory. Targets: ≤ 1.5 s, ≤ 300 MB.

Runs offscreen unless QT_QPA_PLATFORM says otherwise; every database is temporary.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


# --- children: each measures from its own process start to the first paint ---------------


def _paint_then_quit(window: Any, started: float, extra: dict[str, Any]) -> None:
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication

    class Watcher(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and not extra.get("done"):
                extra["done"] = True
                extra["seconds"] = time.perf_counter() - started
                extra["cpu"] = time.process_time()
                extra["rss_mb"] = rss_mb()
                print(json.dumps({k: v for k, v in extra.items() if k != "done"}), flush=True)
                QApplication.instance().quit()  # type: ignore[union-attr]
            return False

    watcher = Watcher()
    window.installEventFilter(watcher)
    window.show()
    QApplication.instance().exec()  # type: ignore[union-attr]


def child_bare(started: float) -> None:
    from PySide6.QtWidgets import QApplication, QLabel

    app = QApplication([])
    label = QLabel("CoopAtelier")
    label.resize(1280, 800)
    _paint_then_quit(label, started, {})
    del app


def child_app(started: float, data_dir: str, workshop: str | None) -> None:
    """The same steps as ``coopatelier`` → ``run_gui``: the command line module first (what
    ``python -m coopatelier`` imports), the log file, the settings, the application,
    ``prepare_app`` (names, translations, font, stylesheet), then ``Launch``: the window's
    frame painted first, the store and the workshop right after. Prints the time to the
    frame's first paint (``shell``) and to the workshop window's first paint
    (``seconds``)."""
    import coopatelier.cli  # noqa: F401  (what ``python -m coopatelier`` imports first)

    from PySide6.QtCore import QEvent, QObject  # isort: skip
    from PySide6.QtWidgets import QApplication, QWidget  # isort: skip

    from coopatelier.logs import setup_logging  # isort: skip
    from coopatelier.paths import resolve_data_dir  # isort: skip
    from coopatelier.settings import Settings  # isort: skip
    from coopatelier.ui import app as app_module  # isort: skip

    data = resolve_data_dir(data_dir)
    data.ensure()
    setup_logging(data, rotating=False)
    settings = Settings(data.settings)
    if workshop:
        settings.set("last_workshop", workshop)
    qapp = QApplication([])
    figures: dict[str, Any] = {}

    class Watcher(QObject):
        """On the frame, then on the workshop window and every widget in it (the window's
        own paint may be skipped where opaque widgets cover it): like the bare window's,
        never on the whole application — an application-wide Python filter makes PySide6
        wrap every internal object an event reaches (QAnimationTimer...), and wrapping an
        unknown class builds every lazily loaded class's enums (~50 ms of CPU here), a
        cost of the measurement, not of the app."""

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                if "shell" not in figures:
                    figures["shell"] = time.perf_counter() - started
                    figures["shell_cpu"] = time.process_time()
                elif watched is not launch.start.shell and "seconds" not in figures:
                    figures["seconds"] = time.perf_counter() - started
                    figures["cpu"] = time.process_time()
                    figures["rss_mb"] = rss_mb()
                    print(json.dumps(figures), flush=True)
                    qapp.quit()
            return False

    def watch(window: QWidget) -> None:
        figures.setdefault("shell", time.perf_counter() - started)  # (no frame: Home...)
        figures.setdefault("shell_cpu", time.process_time())
        for widget in [window, *window.findChildren(QWidget)]:
            if widget.metaObject().className() == type(widget).__name__:  # not Qt-private
                widget.installEventFilter(watcher)

    watcher = Watcher()
    app_module.prepare_app(qapp, "fr")
    launch = app_module.Launch(qapp, settings, data, None)
    launch.start.shell.installEventFilter(watcher)
    launch.start.loaded.connect(watch)  # the first window, shown (not yet painted)
    launch.start.show()
    qapp.exec()
    launch.finish()


def _child_env() -> dict[str, str]:
    """Children keep compiled bytecode, as an installed app does (pip compiles, Python
    caches): with PYTHONDONTWRITEBYTECODE every start would recompile our modules
    (~70 ms) — a cost of this sandbox, not of a user's machine."""
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    env["BENCH_T0"] = repr(time.time())
    return env


def run_child(*args: str) -> dict[str, Any]:
    start = time.perf_counter()
    result = subprocess.run(
        [sys.executable, __file__, "--child", *args],
        capture_output=True, text=True, check=True,
        env=_child_env(),
    )
    wall = time.perf_counter() - start
    line = [ln for ln in result.stdout.splitlines() if ln.startswith("{")][-1]
    figures: dict[str, Any] = json.loads(line)
    figures["wall"] = wall
    return figures


# --- building a big workshop ---------------------------------------------------------------


def big_workshop(data_dir: str, cards: int) -> tuple[uuid.UUID, dict[str, int]]:
    """The demo workshop plus ``cards`` captured cards, imported in one transaction."""
    from coopatelier import api
    from coopatelier.demo import create_demo_workshop
    from coopatelier.exchange import import_workshop_file, workshop_to_dict

    with api.open_store(data_dir=data_dir) as store:
        demo = create_demo_workshop(store)
        api.reopen_workshop(store, demo)  # shipped ended: an ended workshop takes no card
        document = workshop_to_dict(api.load_workshop(store, demo))
        api.delete_workshop(store, demo)
    phases = document["phases"]
    by_kind: dict[str, int] = {}
    template = document["cards"][0]
    new_cards = []
    for index in range(cards):
        phase = phases[index % len(phases)]
        card = dict(template)
        kind = {"drivers": "driver", "futures": "future", "actions": "action"}.get(
            phase["kind"], "note"
        )
        by_kind[phase["kind"]] = by_kind.get(phase["kind"], 0) + 1
        card.update(
            id=str(uuid.uuid4()), phase_id=phase["id"], kind=kind,
            text=f"Carte n° {index} : « idée » à développer, été 2030 🌱",
            position=float(10_000 + index),
        )
        for key in ("partners", "links"):
            if key in card:
                card[key] = []
        for key in ("lead_organisation_id", "merged_into_id", "deleted_at", "horizon_year"):
            if key in card:
                card[key] = None
        new_cards.append(card)
    document["cards"] = document["cards"] + new_cards
    path = Path(data_dir) / "big.json"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    with api.open_store(data_dir=data_dir) as store:
        report = import_workshop_file(store, path)
        return report.workshop_id, by_kind


# Event-loop passes a capture is given: the first lays out and paints the new row, the
# next run the scroll that brings it into view (posted once the row is laid out) and
# paint what it uncovered; a person typing sees all of it before the next card.
SETTLE_PASSES = 4


#: the window the captures are measured in
CAPTURE_WINDOW = (1366, 768)


def stolen_ms() -> float:
    """CPU time the host has taken from this machine's CPUs so far (the "steal" column
    of /proc/stat, in ms; 0 where there is none). A virtual machine whose host is busy
    runs slower while its own load average says it is idle: the capture figures of a
    phase during which the host took time are disturbed."""
    try:
        fields = Path("/proc/stat").read_text().splitlines()[0].split()
        return float(fields[8]) * 1000 / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        return 0.0


def capture_latency(data_dir: str, workshop_id: uuid.UUID, captures: int) -> dict[str, float]:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from coopatelier import api
    from coopatelier.settings import Settings
    from coopatelier.ui import app as app_module
    from coopatelier.ui.workshop_window import WorkshopWindow

    qapp = QApplication.instance() or QApplication([])
    app_module.load_stylesheet(qapp)  # type: ignore[arg-type]
    results: dict[str, float] = {}
    with api.open_store(data_dir=data_dir) as store:
        window = WorkshopWindow(store, workshop_id, Settings(store.data_dir.settings))
        # the laptop the README targets, whatever the platform's screen (offscreen: 800 ×
        # 800, where the window restored from the start-up runs left the card's text 120
        # pixels and this benchmark's card wrapped on four lines, every capture laying the
        # window out again)
        window.show()
        qapp.processEvents()
        window.resize(*CAPTURE_WINDOW)  # after the geometry the window restores when shown
        qapp.processEvents()
        app_module.keep_out_of_collections()  # as the app does once its store is open
        data = window.session.data()
        for phase in data.phases:  # every phase: each kind has its own view
            kind = phase.kind
            window.show_phase(phase.id)
            qapp.processEvents()
            edit = window.capture.edit
            timings = []
            stolen = stolen_ms()
            for index in range(captures):
                edit.setPlainText(f"Nouvelle idée n° {index} — « cœur » 🌱")
                # typed: the field has grown to the lines of its text as they were typed
                # (on a narrow window this text takes two), before Enter is pressed
                qapp.processEvents()
                start = time.perf_counter()
                QTest.keyClick(edit, Qt.Key.Key_Return)
                for _ in range(SETTLE_PASSES):  # paint what changed, then the scroll to it
                    qapp.processEvents()
                timings.append((time.perf_counter() - start) * 1000)
                assert not edit.toPlainText()
            results[f"{kind.value}_stolen_ms"] = stolen_ms() - stolen
            timings.sort()
            results[f"{kind.value}_median_ms"] = statistics.median(timings)
            results[f"{kind.value}_p95_ms"] = timings[int(len(timings) * 0.95) - 1]
            results[f"{kind.value}_max_ms"] = timings[-1]
            results[f"{kind.value}_cards"] = len(window.session.data().cards_of_phase(phase.id))
        window.close()
    return results


def save_alone(data_dir: str, workshop_id: uuid.UUID, count: int) -> dict[str, float]:
    """``add_card`` without Qt, ``count`` times in the drivers phase of the big workshop:
    median and p95 (ms), the service's share of a capture (the rest is the window's)."""
    from coopatelier import api
    from coopatelier.domain.model import PhaseKind

    with api.open_store(data_dir=data_dir) as store:
        data = api.load_workshop(store, workshop_id)
        phase = next(p for p in data.phases if p.kind is PhaseKind.DRIVERS)
        for index in range(10):  # warm-up: statements compiled, pages cached
            api.add_card(store, phase.id, f"Échauffement {index}")
        timings = []
        for index in range(count):
            start = time.perf_counter()
            api.add_card(store, phase.id, f"Nouvelle idée n° {index} — « cœur » 🌱")
            timings.append((time.perf_counter() - start) * 1000)
    timings.sort()
    return {"median": statistics.median(timings), "p95": timings[int(len(timings) * 0.95) - 1]}


def sqlite_anchor(directory: str, count: int) -> dict[str, float]:
    """A raw sqlite3 insert + commit of a card-sized row, ``count`` times: median and p95
    (ms). The same disk and PRAGMAs as the app's store; no ORM, no Qt."""
    import sqlite3

    connection = sqlite3.connect(Path(directory) / "anchor.sqlite3", isolation_level=None)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=FULL")
    connection.execute(
        "CREATE TABLE IF NOT EXISTS card (id TEXT PRIMARY KEY, phase TEXT, text TEXT,"
        " position REAL)"
    )
    timings = []
    for index in range(count):
        start = time.perf_counter()
        connection.execute("BEGIN")
        connection.execute(
            "INSERT INTO card VALUES (?, ?, ?, ?)",
            (str(uuid.uuid4()), "phase", f"Nouvelle idée n° {index} — « cœur » 🌱", index),
        )
        connection.execute("COMMIT")
        timings.append((time.perf_counter() - start) * 1000)
    connection.close()
    timings.sort()
    return {"median": statistics.median(timings), "p95": timings[int(len(timings) * 0.95) - 1]}


def print_capture(figures: dict[str, float], captures: int, anchor: list[dict[str, float]],
                  save: dict[str, float]) -> None:
    print(f"\n2. Capture latency, Enter → committed and shown ({captures} captures per phase,"
          f" window {CAPTURE_WINDOW[0]}×{CAPTURE_WINDOW[1]})"
          f"; load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs")
    for kind in dict.fromkeys(k.rpartition("_median")[0] for k in figures if "_median" in k):
        p95 = figures[f"{kind}_p95_ms"]
        print(f"   {kind:8s} ({figures[f'{kind}_cards']:.0f} cards in the phase): "
              f"median {figures[f'{kind}_median_ms']:5.1f} ms, p95 {p95:5.1f} ms, "
              f"max {figures[f'{kind}_max_ms']:5.1f} ms "
              f"(target p95 ≤ 8 ms{', met' if p95 <= 8 else ''}); "
              f"host steal {figures[f'{kind}_stolen_ms']:.0f} ms")
    worst = max(v for k, v in figures.items() if k.endswith("_p95_ms"))
    stolen = sum(v for k, v in figures.items() if k.endswith("_stolen_ms"))
    print(f"   worst phase: p95 {worst:.1f} ms (target ≤ 8 ms, stretch 5 ms); "
          f"the host took {stolen:.0f} ms of CPU during the captures"
          + (" (disturbed: judge the run by another)" if stolen >= 50 else ""))
    print(f"   the save alone, add_card without Qt ({captures} in the drivers phase): "
          f"median {save['median']:.2f} ms, p95 {save['p95']:.2f} ms "
          "(target median ≤ 1.2 ms, p95 ≤ 2 ms; the rest of a capture is the window's)")
    print("   anchor, raw sqlite3 insert + commit (before / after the captures): median "
          + " / ".join(f"{a['median']:.2f}" for a in anchor) + " ms, p95 "
          + " / ".join(f"{a['p95']:.2f}" for a in anchor) + " ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cards", type=int, default=5000)
    parser.add_argument("--captures", type=int, default=100)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument(
        "--startup-only", action="store_true", help="only part 1: the start-up figures"
    )
    parser.add_argument("--child", nargs="+")
    args = parser.parse_args()
    if args.child:
        started = time.perf_counter() - (time.time() - float(os.environ["BENCH_T0"]))
        if args.child[0] == "bare":
            child_bare(started)
        else:
            child_app(started, args.child[1], args.child[2] if len(args.child) > 2 else None)
        return

    print(f"Qt platform: {os.environ['QT_QPA_PLATFORM']}")
    with tempfile.TemporaryDirectory() as tmp:
        # 1. start-up
        run_child("bare")  # warm-up: bytecode compiled and cached, like any second start
        first = run_child("app", str(Path(tmp) / "startup"))
        bare: list[float] = []
        frames: list[float] = []
        shown: list[float] = []
        cpu: dict[str, list[float]] = {"bare": [], "frame": [], "shown": []}
        for _ in range(args.runs):  # interleaved: a busy machine slows both alike
            alone = run_child("bare")
            bare.append(alone["seconds"])
            again = run_child("app", str(Path(tmp) / "startup"))
            frames.append(again["shell"])
            shown.append(again["seconds"])
            cpu["bare"].append(alone["cpu"])
            cpu["frame"].append(again["shell_cpu"])
            cpu["shown"].append(again["cpu"])
        bare_s = statistics.median(bare)
        frame_s, shown_s = statistics.median(frames), statistics.median(shown)
        print("\n1. Start-up to a painted window (median of fresh processes)")
        print(f"   bare PySide6 window:            {bare_s * 1000:7.0f} ms")
        print(f"   facilitator, first start (demo created): {first['seconds'] * 1000:7.0f} ms "
              f"→ {first['seconds'] / bare_s:4.1f}×")
        print(f"   demo reopened, frame painted:   {frame_s * 1000:7.0f} ms "
              f"→ {frame_s / bare_s:4.2f}×  (target ≤ 1.5×)")
        print(f"   demo reopened, workshop shown:  {shown_s * 1000:7.0f} ms "
              f"→ {shown_s / bare_s:4.2f}×  (target ≤ 2.5×)")
        print(f"   load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs; "
              f"{args.runs} runs: bare " + " ".join(f"{b * 1000:.0f}" for b in bare)
              + " | frame " + " ".join(f"{f * 1000:.0f}" for f in frames)
              + " | shown " + " ".join(f"{s * 1000:.0f}" for s in shown) + " ms")
        cpu_bare, cpu_frame, cpu_shown = (statistics.median(cpu[k]) for k in cpu)
        print(f"   CPU time of the process (steadier on a loaded machine): bare "
              f"{cpu_bare * 1000:.0f} ms, frame {cpu_frame * 1000:.0f} ms → "
              f"{cpu_frame / cpu_bare:4.2f}×, shown {cpu_shown * 1000:.0f} ms → "
              f"{cpu_shown / cpu_bare:4.2f}×")
        if args.startup_only:
            return

        # 2. + 3. a big workshop
        big_dir = str(Path(tmp) / "big")
        built = time.perf_counter()
        workshop_id, by_kind = big_workshop(big_dir, args.cards)
        print(f"\n(built a workshop with {args.cards} extra cards in "
              f"{time.perf_counter() - built:.1f} s: {by_kind})")
        opened = [run_child("app", big_dir, str(workshop_id)) for _ in range(args.runs)]
        open_s = statistics.median(o["seconds"] for o in opened)
        print("\n3. Opening the big workshop to a painted window (fresh process, median)")
        print(f"   {open_s * 1000:7.0f} ms (target ≤ 1500 ms), "
              f"RSS {max(o['rss_mb'] for o in opened):.0f} MB (target ≤ 300 MB)")

        anchor = [sqlite_anchor(big_dir, args.captures)]
        figures = capture_latency(big_dir, workshop_id, args.captures)
        save = save_alone(big_dir, workshop_id, args.captures)
        anchor.append(sqlite_anchor(big_dir, args.captures))
        print_capture(figures, args.captures, anchor, save)
        print(f"   RSS after capturing: {rss_mb():.0f} MB")


if __name__ == "__main__":
    main()
