"""The one place that knows where bundled files live: ``resources/`` (icons, stylesheets,
fonts, translations) and ``scenarios/`` (workshop templates), in a source checkout and in a
PyInstaller build alike."""

from __future__ import annotations

import sys
from pathlib import Path


def base_dir() -> Path:
    """The folder holding ``resources/`` and ``scenarios/``."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parent.parent


def resource(*parts: str) -> Path:
    """Path of a bundled resource, e.g. ``resource("fonts", "DejaVuSans.ttf")``."""
    return base_dir().joinpath("resources", *parts)


def scenarios_dir() -> Path:
    return base_dir() / "scenarios"


def user_guide(language: str) -> Path:
    """The user guide in ``language`` ('fr' → ``docs/user-guide.md``, else the English
    ``docs/user-guide.en.md``); the build ships both beside ``resources/``."""
    name = "user-guide.md" if language == "fr" else "user-guide.en.md"
    return base_dir() / "docs" / name
