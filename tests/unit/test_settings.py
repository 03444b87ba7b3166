"""Settings writes: a value set again unchanged is not written again (a workshop window
activated, or reopened, before its first paint), a changed one is, and a dict changed in
place and set again is written."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from coopatelier.settings import Settings


@pytest.fixture
def saves(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    written: list[str] = []
    original = Settings.save

    def counting(self: Settings) -> None:
        written.append(self.path.name)
        original(self)

    monkeypatch.setattr(Settings, "save", counting)
    return written


def test_a_value_set_again_unchanged_is_not_written_again(
    tmp_path: Path, saves: list[str]
) -> None:
    settings = Settings(tmp_path / "settings.json")
    settings.set("last_workshop", "abc")
    settings.set("last_workshop", "abc")
    settings.set("backup_interval_minutes", 10)  # the default, but never written yet
    settings.set("backup_interval_minutes", 10)
    assert len(saves) == 2
    settings.set("last_workshop", "def")
    settings.set("tour_done", True)
    assert len(saves) == 4
    again = json.loads((tmp_path / "settings.json").read_text(encoding="utf-8"))
    assert (again["last_workshop"], again["tour_done"]) == ("def", True)


def test_a_dict_changed_in_place_and_set_again_is_written(
    tmp_path: Path, saves: list[str]
) -> None:
    settings = Settings(tmp_path / "settings.json")
    settings.set("projector_screens", {})
    screens = settings.get("projector_screens")
    screens["laptop+projector"] = "HDMI-1"
    settings.set("projector_screens", screens)
    assert len(saves) == 2
    assert Settings(tmp_path / "settings.json").get("projector_screens") == {
        "laptop+projector": "HDMI-1"
    }


def test_changing_a_default_got_changes_no_later_default(tmp_path: Path) -> None:
    """A setting never set gives a copy of its default: another settings file, or this
    one asked again, still starts from the empty default."""
    settings = Settings(tmp_path / "settings.json")
    screens = settings.get("projector_screens")
    screens["laptop+projector"] = "HDMI-1"
    assert settings.get("projector_screens") == {}
    assert Settings(tmp_path / "other.json").get("projector_screens") == {}
