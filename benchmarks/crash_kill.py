"""Kill a capture process with SIGKILL many times and print what survived.

    .venv/bin/python benchmarks/crash_kill.py [KILLS] [SEED]

Defaults: 200 kills (``COOPATELIER_KILLS``), seed ``COOPATELIER_CRASH_SEED``. Exits with
status 1 when anything was lost, duplicated or damaged. See ``tests/crash/harness.py``.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.crash.harness import Campaign, kills_from_environment, seed_from_environment


def main(argv: list[str]) -> int:
    kills = int(argv[0]) if argv else kills_from_environment(200)
    seed = int(argv[1]) if len(argv) > 1 else seed_from_environment()
    with tempfile.TemporaryDirectory(prefix="coopatelier-crash-") as folder:
        started = time.perf_counter()
        figures = Campaign(Path(folder), seed).run(kills)
        elapsed = time.perf_counter() - started
    print(f"crash-kill campaign: {kills} SIGKILLs, seed {seed}, {elapsed:.0f} s")
    print(f"  kills survived:            {figures.kills_survived}/{figures.kills}")
    print(f"    of which during start-up: {figures.kills_during_start}")
    print(f"  cards acknowledged:        {figures.cards_acknowledged}")
    print(f"  cards lost:                {figures.cards_lost}")
    print(f"  edits acknowledged:        {figures.edits_acknowledged}")
    print(f"  votes acknowledged:        {figures.votes_acknowledged}")
    print(f"  in-flight changes committed but not acknowledged: {figures.committed_in_flight}")
    for problem in figures.problems:
        print(f"  PROBLEM {problem}")
    return 1 if figures.problems else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
