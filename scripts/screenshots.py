"""Regenerate the README's screenshots (docs/screenshots/*.png) from the demo workshop with
``coopatelier snapshot``, in a throwaway data directory (never the user's).

    .venv/bin/python scripts/screenshots.py [--size 1600x1000] [--out docs/screenshots]

At 1600×1000 every column of the facilitator's window is readable (the README scales it).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

#: (file name, view, phase kind or None)
SHOTS: tuple[tuple[str, str, str | None], ...] = (
    ("facilitator.png", "facilitator", "drivers"),
    ("projector-drivers.png", "projector", "drivers"),
    ("projector-futures.png", "projector", "futures"),
    ("matrix.png", "matrix", None),
    ("roadmap.png", "roadmap", None),
    ("facilitator-roadmap.png", "facilitator", "roadmap"),
    ("votes.png", "votes", None),
)


def coopatelier(data: Path, *args: str) -> str:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LANG="fr_FR.UTF-8")
    env.pop("COOPATELIER_DB", None)
    done = subprocess.run(
        [sys.executable, "-m", "coopatelier", "--data-dir", str(data), *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise SystemExit(f"coopatelier {' '.join(args)} failed: {done.stderr.strip()}")
    return done.stdout


def main() -> None:
    parser = argparse.ArgumentParser(description="Regenerate the README's screenshots.")
    parser.add_argument("--size", default="1600x1000")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="coopatelier-shots-") as scratch:
        data = Path(scratch)
        workshop = coopatelier(data, "demo").strip().splitlines()[-1]
        for name, view, phase in SHOTS:
            target = args.out / name
            extra = ["--phase", phase] if phase else []
            describe = (
                ["--describe", str(target.with_suffix(".json"))] if view != "facilitator" else []
            )
            coopatelier(
                data,
                "snapshot",
                workshop,
                "--view",
                view,
                "--size",
                args.size,
                "-o",
                str(target),
                *extra,
                *describe,
            )
            shown = ""
            if describe:  # what the room sees, checked: every card whole, text large enough
                seen = json.loads(target.with_suffix(".json").read_text(encoding="utf-8"))
                target.with_suffix(".json").unlink()
                cut = sum(not c["whole"] for c in seen["cards"])
                shown = (
                    f"  page {seen['page']}/{seen['pages']}, {len(seen['cards'])} cards"
                    f" ({cut} cut), text ≥ {seen['smallest_text_px']:.0f} px"
                )
            print(f"{target.relative_to(ROOT)}  {target.stat().st_size // 1024} KiB{shown}")


if __name__ == "__main__":
    main()
