"""``coopatelier snapshot`` renders the real widgets offscreen to PNGs of the asked size
that are not blank."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parents[2]


def run_cli(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)  # the command chooses offscreen by itself
    return subprocess.run(
        [sys.executable, "-m", "coopatelier", "--data-dir", str(data), *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def grey_levels(image: QImage, step: int = 7) -> list[int]:
    return [
        image.pixelColor(x, y).lightness()
        for y in range(0, image.height(), step)
        for x in range(0, image.width(), step)
    ]


@pytest.fixture(scope="module")
def demo_data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data = tmp_path_factory.mktemp("snapshot-data")
    created = run_cli(data, "demo", "--lang", "fr")  # the French demo, whatever the system
    assert created.returncode == 0, created.stderr
    return data


@pytest.mark.parametrize(
    ("view", "size", "phase"),
    [
        ("projector", "1280x720", "drivers"),
        ("matrix", "1920x1080", None),
        ("roadmap", "1280x800", None),
        ("votes", "1024x768", None),
        ("facilitator", "1280x800", "futures"),
    ],
)
def test_snapshot_writes_a_png_of_the_asked_size(
    qapp: object, demo_data: Path, tmp_path: Path, view: str, size: str, phase: str | None
) -> None:
    target = tmp_path / f"{view}.png"
    extra = ["--phase", phase] if phase else []
    done = run_cli(
        demo_data,
        "snapshot",
        "Alimentation",
        "--view",
        view,
        "--size",
        size,
        "-o",
        str(target),
        *extra,
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""  # no Qt noise on the terminal
    image = QImage(str(target))
    width, height = (int(v) for v in size.split("x"))
    assert (image.width(), image.height()) == (width, height)
    levels = grey_levels(image)
    assert statistics.pvariance(levels) > 200  # text and cards, not a flat colour
    assert len(set(levels)) > 20


def test_snapshot_refuses_a_bad_size_in_one_sentence(demo_data: Path, tmp_path: Path) -> None:
    done = run_cli(
        demo_data,
        "snapshot",
        "Alimentation",
        "--view",
        "matrix",
        "--size",
        "big",
        "-o",
        str(tmp_path / "x.png"),
    )
    assert done.returncode == 1
    assert "is not a size like 1920x1080" in done.stderr
    assert not (tmp_path / "x.png").exists()


def test_describe_tells_what_each_page_shows_as_the_domain_holds_it(
    demo_data: Path, tmp_path: Path
) -> None:
    """``--describe`` beside the PNG: each page's cards, whole, with the texts the
    database holds (read through the API, not from the description itself)."""
    import json

    from coopatelier import api
    from coopatelier.domain.model import PhaseKind

    def describe(page: int) -> dict[str, Any]:
        target = tmp_path / f"p{page}.json"
        done = run_cli(
            demo_data,
            "snapshot",
            "Alimentation",
            "--view",
            "projector",
            "--phase",
            "drivers",
            "--size",
            "800x450",
            "-o",
            str(tmp_path / f"p{page}.png"),
            "--page",
            str(page),
            "--describe",
            str(target),
        )
        assert done.returncode == 0, done.stderr
        assert (tmp_path / f"p{page}.png").exists()
        loaded: dict[str, Any] = json.loads(target.read_text(encoding="utf-8"))
        return loaded

    first = describe(1)
    pages = first["pages"]
    assert isinstance(pages, int) and pages > 1  # a small screen: the wall has pages
    seen: dict[str, str] = {}
    for page in range(1, pages + 1):
        shown = first if page == 1 else describe(page)
        assert shown["page"] == page
        assert shown["smallest_text_px"] >= 450 / 30
        for card in shown["cards"]:
            assert card["whole"]
            seen[card["id"]] = card["text"]
    store = api.open_store(data_dir=demo_data)
    try:
        workshop = api.find_workshop(store, "Alimentation")
        data = api.load_workshop(store, workshop.id)
    finally:
        store.close()
    drivers = next(p for p in data.phases if p.kind is PhaseKind.DRIVERS)
    held = {
        str(c.id): "\n".join(t for t in (c.title, c.text) if t)
        for c in data.cards_of_phase(drivers.id)
    }
    assert seen == held
    past = run_cli(
        demo_data,
        "snapshot",
        "Alimentation",
        "--view",
        "projector",
        "--phase",
        "drivers",
        "--size",
        "800x450",
        "-o",
        str(tmp_path / "x.png"),
        "--page",
        str(pages + 1),
    )
    assert past.returncode == 1
    assert f"There is no page {pages + 1}" in past.stderr


@pytest.mark.parametrize(("language", "said"), [
    ("fr_FR.UTF-8", "Vue projecteur de «\u202f"), ("en_GB.UTF-8", "Saved the projector view of “"),
])
def test_snapshot_names_the_view_in_the_interface_language(
    demo_data: Path, tmp_path: Path, language: str, said: str,
) -> None:
    """The saved line names the view in the interface's language ("Vue projecteur", not
    "Vue projector")."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "LANGUAGE")}
    env |= {"LC_ALL": language, "LC_MESSAGES": language, "LANG": language}
    done = subprocess.run(
        [sys.executable, "-m", "coopatelier", "--data-dir", str(demo_data), "snapshot",
         "Alimentation", "--view", "projector", "--size", "640x360",
         "-o", str(tmp_path / "p.png")],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert said in done.stdout, done.stdout
