"""The one atomic write (coopatelier.files), and every writer of a kept file going through it:
flushed, renamed over the target, with the user's usual permissions."""

from __future__ import annotations

import os
import stat
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from coopatelier import api, files
from coopatelier.errors import ExportError
from coopatelier.export import FORMATS, export_workshop
from coopatelier.settings import Settings


@pytest.fixture
def umask_027() -> Iterator[None]:
    """A umask that is neither the usual 022 nor owner-only: group may read, others not."""
    previous = os.umask(0o027)
    try:
        yield
    finally:
        os.umask(previous)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def writers(store: api.Store, workshop: api.WorkshopData,
            folder: Path) -> dict[str, Callable[[], Path]]:
    """Every writer of a file the user keeps, each writing into ``folder``."""
    wid = workshop.workshop.id

    def export(fmt: str) -> Callable[[], Path]:
        return lambda: export_workshop(store, wid, folder / f"atelier.{fmt}", fmt)

    found = {fmt: export(fmt) for fmt in FORMATS}

    def settings() -> Path:
        prefs = Settings(folder / "settings.json")
        prefs.set("language", "en")
        return prefs.path

    found["settings"] = settings
    found["template"] = lambda: api.save_as_template(store, wid, key="mon-atelier",
                                                     title="Mon atelier")
    return found


@pytest.mark.usefixtures("umask_027")
def test_every_writer_gives_the_users_usual_permissions(
    store: api.Store, workshop: api.WorkshopData, tmp_path: Path
) -> None:
    """Not the owner-only 0600 of a temporary file: what the umask gives (here 0640)."""
    for name, write in writers(store, workshop, tmp_path).items():
        written = write()
        assert mode(written) == 0o640, name
        assert not [p for p in written.parent.iterdir() if p.name.endswith(".tmp")], name


def test_every_writer_flushes_the_file_before_renaming_it_and_then_its_folder(
    store: api.Store, workshop: api.WorkshopData, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    events: list[str] = []
    real_fsync, real_replace = os.fsync, os.replace

    def fsync(descriptor: int) -> None:
        is_folder = stat.S_ISDIR(os.fstat(descriptor).st_mode)
        events.append("flush folder" if is_folder else "flush file")
        real_fsync(descriptor)

    def replace(source: str | os.PathLike[str], target: str | os.PathLike[str]) -> None:
        events.append("rename")
        real_replace(source, target)

    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(os, "replace", replace)
    for name, write in writers(store, workshop, tmp_path).items():
        events.clear()
        write()
        assert events == ["flush file", "rename", "flush folder"], name


def test_a_failed_write_leaves_the_previous_file_and_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "notes.md"
    target.write_bytes(b"previous")
    no_space = r"^Cannot write .*notes\.md: No space left"
    with pytest.raises(ExportError, match=no_space), files.atomic_output(target) as stream:
        stream.write(b"half of it")
        raise OSError(28, "No space left on device")
    with pytest.raises(ValueError, match="a bug"), files.atomic_output(target) as stream:
        stream.write(b"half of it")
        raise ValueError("a bug stays a bug")
    assert target.read_bytes() == b"previous"
    assert [p.name for p in tmp_path.iterdir()] == ["notes.md"]


def test_a_missing_folder_is_one_sentence(tmp_path: Path) -> None:
    target = tmp_path / "missing" / "notes.md"
    with pytest.raises(ExportError, match=r"^Cannot write .*: the folder .*missing does not"):
        files.write_atomically(target, b"x")
    assert not (tmp_path / "missing").exists()


def test_a_written_file_replaces_the_old_one_whole(tmp_path: Path) -> None:
    target = tmp_path / "notes.md"
    target.write_bytes(b"a much longer previous content")
    assert files.write_atomically(target, b"new") == target
    assert target.read_bytes() == b"new"
