"""The PyInstaller build (``build.spec`` → ``dist/coopatelier/``) runs: its ``--version``, a
demo workshop, and a PDF export with the bundled fonts. Skipped, visibly, when no build
exists; ``.ci/run`` builds one and runs this file with ``COOPATELIER_TEST_FROZEN_REQUIRED=1``."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from coopatelier import __version__

ROOT = Path(__file__).resolve().parents[1]
BINARY = ROOT / "dist" / "coopatelier" / ("coopatelier.exe" if os.name == "nt" else "coopatelier")

#: set by .ci/run after building: a missing build is then a failure, not a skip
REQUIRED = os.environ.get("COOPATELIER_TEST_FROZEN_REQUIRED") == "1"

pytestmark = pytest.mark.skipif(
    not BINARY.exists() and not REQUIRED,
    reason="no frozen build at dist/coopatelier (.venv/bin/pyinstaller --noconfirm build.spec)",
)


def run(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {
        k: v for k, v in os.environ.items() if k not in ("COOPATELIER_DB", "PYTHONPATH")
    }
    env["COOPATELIER_HOME"] = str(home)
    env["QT_QPA_PLATFORM"] = "offscreen"
    return subprocess.run(
        [str(BINARY), *args],
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )


def test_frozen_version(tmp_path: Path) -> None:
    done = run("--version", home=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"CoopAtelier {__version__}"


def test_frozen_demo_exports_a_pdf(tmp_path: Path) -> None:
    """Migrations (Alembic by file path), templates, fonts: all found inside the build."""
    home = tmp_path / "home"
    demo = run("demo", "--lang", "fr", home=home)  # the French demo, whatever the system
    assert demo.returncode == 0, demo.stderr
    workshop_id = demo.stdout.strip().splitlines()[-1]
    pdf = tmp_path / "synthese.pdf"
    export = run("export", workshop_id, "--format", "pdf", "-o", str(pdf), home=home)
    assert export.returncode == 0, export.stderr + _log(home)
    from pypdf import PdfReader

    reader = PdfReader(pdf)
    assert len(reader.pages) > 3
    text = "".join(page.extract_text() for page in reader.pages[:3])
    assert "Alimentation durable" in text
    raw = pdf.read_bytes()
    assert b"NotoSans" in raw, "the bundled fonts are embedded"


def test_frozen_workshop_file_round_trip(tmp_path: Path) -> None:
    """The JSON Schema ships with the exchange package: export then import works."""
    home = tmp_path / "home"
    workshop_id = run("demo", home=home).stdout.strip().splitlines()[-1]
    out = tmp_path / "atelier.json"
    assert run("export", workshop_id, "--format", "json", "-o", str(out), home=home).returncode == 0
    again = run("import", str(out), home=tmp_path / "other")
    assert again.returncode == 0, again.stderr
    assert again.stdout.strip().splitlines()[-1] == workshop_id


def test_frozen_build_ships_what_the_gui_reads() -> None:
    internal = BINARY.parent / "_internal"  # PyInstaller 6 keeps the bundle there
    if not internal.is_dir():
        internal = BINARY.parent
    for part in (
        "resources/icons/coopatelier.svg",
        "resources/styles/facilitator.qss",
        "resources/translations/coopatelier_fr.qm",
        "resources/fonts/NotoSans-Regular.ttf",
        "resources/demo/demo.fr.toml",
        "resources/demo/demo.en.toml",
        "docs/user-guide.md",
        "docs/user-guide.en.md",
        "coopatelier/storage/migrations/env.py",
        "coopatelier/exchange/workshop-format.schema.json",
    ):
        assert (internal / part).is_file(), part
    assert list(internal.glob("scenarios/*.toml"))
    assert list(internal.rglob("qtbase_fr.qm")), "Qt's own French strings"
    assert not list(internal.rglob("*QtQuick*")) and not list(internal.rglob("*WebEngine*"))
    assert not list(internal.rglob("_tkinter*"))


def _log(home: Path) -> str:
    log = home / "logs" / "coopatelier.log"
    return log.read_text(encoding="utf-8")[-3000:] if log.exists() else ""


if __name__ == "__main__":  # pragma: no cover
    sys.exit(pytest.main([__file__, "-q"]))
