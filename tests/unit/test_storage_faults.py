"""Storage faults of issue #14, each reproduced on a real SQLite file: a failed or
impossible backup never blocks opening, damaged backups are never restored, a restore
never runs under another writer, a WAL copied to read-only media shows every card.

Tests run as root on CI, for whom chmod changes nothing: read-only folders and full disks
are simulated by making the file system calls on one folder fail as the kernel would."""

from __future__ import annotations

import errno
import io
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from coopatelier import api, cli
from coopatelier.domain.model import PhaseKind
from coopatelier.errors import StorageError
from coopatelier.paths import DataDir
from coopatelier.storage import backup, migrate
from coopatelier.templates.loader import Template
from tests.conftest import make_workshop, phase_of


def _run(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = cli.main(list(args), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def _filled(data: DataDir, template: Template, cards: int = 1) -> api.WorkshopData:
    with api.open_store(data_dir=data.root) as store:
        workshop = make_workshop(store, template)
        drivers = phase_of(workshop, PhaseKind.DRIVERS).id
        for number in range(cards):
            api.add_card(store, drivers, f"Carte numéro {number}")
        return workshop


def _full_disk(*_args: object, **_kwargs: object) -> Path:
    raise StorageError("full", code="backup_full", folder="backups")


def _downgrade(url: str, target: str) -> None:
    from alembic import command

    from coopatelier.storage.engine import make_engine

    engine = make_engine(url, foreign_keys=False)
    try:
        with engine.begin() as connection:
            config = migrate.alembic_config()
            config.attributes["connection"] = connection
            command.downgrade(config, target)
    finally:
        engine.dispose()


# --- a failed automatic backup never blocks opening -----------------------------------------


def test_a_failed_backup_on_open_opens_the_store_and_says_so(
    data_dir: DataDir, mini_template: Template, monkeypatch: pytest.MonkeyPatch
) -> None:
    _filled(data_dir, mini_template)
    monkeypatch.setattr(backup, "create_backup", _full_disk)
    with api.open_store(data_dir=data_dir.root) as store:
        assert [w.title for w in api.list_workshops(store)] == ["Atelier alimentation 2030"]
        (warning,) = store.warnings
        assert warning.kind == "backup_failed" and warning.reason == "full"
        assert "automatic backup failed" in warning.sentence
        assert "disk is full" in warning.sentence


@pytest.mark.parametrize("command", [["list"], ["new", "--template", "x", "--title", "T"],
                                     ["demo"]])
def test_the_cli_works_and_warns_when_the_backup_on_open_fails(
    data_dir: DataDir, mini_template: Template, monkeypatch: pytest.MonkeyPatch,
    command: list[str],
) -> None:
    _filled(data_dir, mini_template)
    monkeypatch.setattr(backup, "create_backup", _full_disk)
    if command[0] == "new":  # a template key that exists
        command = ["new", "--template", "futurs-souhaitables-2030", "--title", "T"]
    code, out, err = _run("--data-dir", str(data_dir.root), *command)
    assert code == 0, err
    assert out
    assert err.startswith("Warning: the automatic backup failed")
    assert "disk is full" in err and len(err.strip().splitlines()) == 1


def test_the_cli_import_works_when_the_backup_on_open_fails(
    data_dir: DataDir, mini_template: Template, monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    workshop = _filled(data_dir, mini_template)
    exported = tmp_path / "atelier.json"
    with api.open_store(data_dir=data_dir.root) as store:
        from coopatelier.export import export_workshop

        export_workshop(store, workshop.workshop.id, exported, "json")
    other = DataDir(tmp_path / "other").ensure()
    _filled(other, mini_template)
    monkeypatch.setattr(backup, "create_backup", _full_disk)
    code, out, err = _run("--data-dir", str(other.root), "import", str(exported))
    assert code == 0, err
    assert str(workshop.workshop.id) in out
    assert "Warning: the automatic backup failed" in err


def test_a_failed_backup_before_a_migration_still_refuses_the_migration(
    data_dir: DataDir, mini_template: Template, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Never upgrade without a backup: the file is left as it was, and the sentence says why."""
    _filled(data_dir, mini_template)
    with api.open_store(data_dir=data_dir.root) as store:
        url = store.url
    _downgrade(url, "0001")  # an older schema, as an older version left it
    before = data_dir.database.read_bytes()
    monkeypatch.setattr(migrate, "create_backup", _full_disk)
    with pytest.raises(StorageError) as caught:
        api.open_store(data_dir=data_dir.root)
    message = str(caught.value)
    assert "upgrade" in message and "backup" in message and "disk is full" in message
    assert "not upgraded" in message
    assert data_dir.database.read_bytes() == before
    assert migrate.inspect_sqlite(data_dir.database)[0] == "0001"


# --- a read-only backup folder is a sentence, not a crash -----------------------------------


@pytest.fixture
def freeze(monkeypatch: pytest.MonkeyPatch) -> Callable[[Path], None]:
    """``freeze(folder)`` makes every write under ``folder`` fail with EROFS, as on a
    write-protected USB key (root ignores chmod, so the calls themselves refuse)."""
    import builtins
    import os

    frozen: list[Path] = []

    def inside(target: Any) -> bool:
        if isinstance(target, int):
            return False
        text = os.fsdecode(target)
        if text.startswith("file:"):
            text = text.removeprefix("file:").split("?")[0]
        path = Path(text).absolute()
        return any(path == f or f in path.parents for f in frozen)

    def refuse(target: Any) -> OSError:
        return OSError(errno.EROFS, os.strerror(errno.EROFS), os.fsdecode(target))

    def guard(real: Callable[..., Any]) -> Callable[..., Any]:
        def call(target: Any, *args: Any, **kwargs: Any) -> Any:
            if inside(target):
                raise refuse(target)
            return real(target, *args, **kwargs)

        return call

    for name in ("mkdir", "unlink", "remove", "rmdir"):
        monkeypatch.setattr(os, name, guard(getattr(os, name)))
    for name in ("replace", "rename", "link"):
        real_two = getattr(os, name)

        def two(src: Any, dst: Any, *args: Any, _real: Any = real_two, **kwargs: Any) -> Any:
            if inside(src) or inside(dst):
                raise refuse(dst)
            return _real(src, dst, *args, **kwargs)

        monkeypatch.setattr(os, name, two)
    real_os_open = os.open

    def os_open(target: Any, flags: int, *args: Any, **kwargs: Any) -> Any:
        if inside(target) and flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT):
            raise refuse(target)
        return real_os_open(target, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", os_open)
    real_open = builtins.open

    def io_open(target: Any, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        if inside(target) and any(c in mode for c in "wax+"):
            raise refuse(target)
        return real_open(target, mode, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", io_open)
    monkeypatch.setattr(io, "open", io_open)
    real_connect = sqlite3.connect

    def connect(target: Any, *args: Any, **kwargs: Any) -> sqlite3.Connection:
        if inside(target) and "mode=ro" not in os.fsdecode(target):
            raise sqlite3.OperationalError("unable to open database file")
        connection: sqlite3.Connection = real_connect(target, *args, **kwargs)
        return connection

    monkeypatch.setattr(sqlite3, "connect", connect)
    return lambda folder: frozen.append(folder.absolute())


def _choose_backup_folder(data: DataDir, folder: Path) -> None:
    from coopatelier.settings import Settings

    folder.mkdir(parents=True, exist_ok=True)
    Settings(data.settings).set("backup_folder", str(folder))


def test_a_read_only_backup_folder_is_one_warning_not_a_crash(
    data_dir: DataDir, mini_template: Template, tmp_path: Path,
    freeze: Callable[[Path], None],
) -> None:
    key = tmp_path / "KEY" / "Sauvegardes"
    _choose_backup_folder(data_dir, key)
    workshop = _filled(data_dir, mini_template)
    assert _run("--data-dir", str(data_dir.root), "list")[0] == 0  # backed up to the key
    assert backup.list_backups(key)
    with api.open_store(data_dir=data_dir.root) as store:  # a change since that backup
        api.add_card(store, phase_of(workshop, PhaseKind.DRIVERS).id, "Encore une")
    before = sorted(p.name for p in key.iterdir())
    freeze(key.parent)
    code, out, err = _run("--data-dir", str(data_dir.root), "list")
    assert code == 0, err
    assert "Atelier alimentation 2030" in out
    (line,) = err.strip().splitlines()
    assert line.startswith("Warning: the automatic backup failed")
    assert "read-only" in line and str(key) in line
    assert sorted(p.name for p in key.iterdir()) == before


def test_a_read_only_backup_folder_fails_backup_create_with_one_sentence(
    data_dir: DataDir, mini_template: Template, tmp_path: Path,
    freeze: Callable[[Path], None],
) -> None:
    _filled(data_dir, mini_template)
    folder = tmp_path / "elsewhere"
    folder.mkdir()
    freeze(folder)
    with pytest.raises(StorageError) as caught:
        backup.create_backup(data_dir.database, folder)
    assert caught.value.reason == "read_only"
    assert str(caught.value) == (
        f"Could not back up the database to {folder}: "
        "the folder is read-only or write-protected."
    )


# --- no .partial left behind ----------------------------------------------------------------


def test_a_partial_left_by_a_killed_backup_is_removed_by_the_next_one(
    data_dir: DataDir, mini_template: Template
) -> None:
    _filled(data_dir, mini_template)
    folder = data_dir.backups
    folder.mkdir(exist_ok=True)
    old_style = folder / "coopatelier-20260101-120000-000000-auto.partial"
    dead = folder / "coopatelier-20260101-120000-000001-auto.sqlite3.999999999.partial"
    for left in (old_style, dead):
        left.write_bytes(b"SQLite format 3\x00 half a copy")
    made = backup.create_backup(data_dir.database, folder)
    assert sorted(p.name for p in folder.iterdir()) == [made.name]


def test_a_backup_of_a_damaged_database_fails_and_leaves_no_partial(
    data_dir: DataDir, mini_template: Template
) -> None:
    _filled(data_dir, mini_template, cards=3)
    _damage_a_card_page(data_dir.database)
    folder = data_dir.backups
    with pytest.raises(StorageError) as caught:
        backup.create_backup(data_dir.database, folder)
    assert caught.value.reason == "damaged"
    assert "integrity check" in str(caught.value)
    assert list(folder.iterdir()) == []


# --- damaged backups are never restored -----------------------------------------------------


def _damage_a_card_page(path: Path) -> None:
    """Garble a card's phase id inside the cards table's page: the page stays well formed
    (``quick_check`` passes) but the row no longer matches its index (``integrity_check``
    fails) and reading it meets bytes that are not UTF-8."""
    connection = sqlite3.connect(path)
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page_size = connection.execute("PRAGMA page_size").fetchone()[0]
        root = connection.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = 'cards'"
        ).fetchone()[0]
        phase = connection.execute(
            "SELECT phase_id FROM cards WHERE text LIKE 'Carte%' LIMIT 1"
        ).fetchone()[0]
    finally:
        connection.close()
    raw = bytearray(path.read_bytes())
    start = (root - 1) * page_size
    at = raw.find(phase.encode(), start, start + page_size)
    assert at > 0, "the card is not on the cards table's root page"
    raw[at : at + 6] = b"\xa5\xff\xfe\xa5\x00\x1b"
    path.write_bytes(bytes(raw))
    connection = sqlite3.connect(path)
    try:
        assert connection.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] != "ok"
    finally:
        connection.close()


def test_restore_latest_skips_a_backup_damaged_in_a_cards_page(
    data_dir: DataDir, mini_template: Template
) -> None:
    workshop = _filled(data_dir, mini_template, cards=3)
    assert _run("--data-dir", str(data_dir.root), "backup", "create")[0] == 0
    (_sound,) = backup.list_backups(data_dir.backups)
    with api.open_store(data_dir=data_dir.root) as store:
        api.add_card(store, phase_of(workshop, PhaseKind.DRIVERS).id, "Après la sauvegarde")
        assert store.path is not None
        damaged = backup.create_backup(store.path, data_dir.backups, "manual")
    _damage_a_card_page(damaged)
    with pytest.raises(StorageError, match="damaged"):
        backup.inspect_backup(damaged)
    code, out, err = _run("--data-dir", str(data_dir.root), "backup", "list")
    assert code == 0 and f"damaged\t{damaged}" in out
    code, out, err = _run("--data-dir", str(data_dir.root), "backup", "restore", "--latest")
    assert code == 0, err
    assert out.startswith("Restored coopatelier-") and damaged.name not in out
    restored = out.split()[1]
    assert backup.inspect_backup(data_dir.backups / restored).cards >= 3
    with api.open_store(data_dir=data_dir.root) as store:
        data = api.load_workshop(store, workshop.workshop.id)
        texts = {c.text for c in data.cards}
        assert {"Carte numéro 0", "Carte numéro 2"} <= texts
        assert "Après la sauvegarde" not in texts


def test_reading_a_damaged_page_is_one_clean_sentence(
    data_dir: DataDir, mini_template: Template
) -> None:
    workshop = _filled(data_dir, mini_template, cards=3)
    _damage_a_card_page(data_dir.database)
    code, _out, err = _run("--data-dir", str(data_dir.root), "export", str(workshop.workshop.id),
                          "--format", "json", "-o", "-")
    assert code == 1
    *warnings, line = err.strip().splitlines()
    assert "damaged" in line and line.startswith("The database")
    for said in (*warnings, line):
        assert said.isprintable() and "\ufffd" not in said and "\\x" not in said
    (warning,) = warnings  # the backup on opening saw the damage first
    assert warning.startswith("Warning: the automatic backup failed: the database")


# --- a WAL copied to read-only media shows every card ---------------------------------------


def test_a_database_copied_with_its_wal_to_read_only_media_shows_every_card(
    data_dir: DataDir, mini_template: Template, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Copied while the app had it open: the 40 cards are in the -wal file, not yet in the
    database file; a read-only medium cannot take the -shm file SQLite needs to read it."""
    import shutil

    from coopatelier.storage import store as store_module

    medium = tmp_path / "dvd"
    medium.mkdir()
    with api.open_store(data_dir=data_dir.root) as store:
        workshop = make_workshop(store, mini_template)
        drivers = phase_of(workshop, PhaseKind.DRIVERS).id
        for number in range(40):
            api.add_card(store, drivers, f"Carte numéro {number}")
        assert store.path is not None
        shutil.copy(store.path, medium / "atelier.sqlite3")
        shutil.copy(f"{store.path}-wal", medium / "atelier.sqlite3-wal")
    assert (medium / "atelier.sqlite3-wal").stat().st_size > 0
    before = {p.name: p.read_bytes() for p in medium.iterdir()}
    monkeypatch.setattr(store_module, "_read_only_medium", lambda _path: True)
    with api.Store.open(medium / "atelier.sqlite3", data_dir.root,
                        read_only_if_needed=True) as store:
        assert store.read_only
        (summary,) = api.list_workshops(store)
        data = api.load_workshop(store, summary.id)
        captured = {c.text for c in data.cards if c.text.startswith("Carte numéro")}
        assert len(captured) == 40
    assert {p.name: p.read_bytes() for p in medium.iterdir()} == before  # untouched


def test_a_wal_that_cannot_be_read_on_read_only_media_is_refused_in_one_sentence(
    data_dir: DataDir, mini_template: Template, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """When the WAL cannot be read (here: no room for the private copy), never fewer cards
    silently: one sentence saying what to do."""
    import shutil

    from coopatelier.storage import store as store_module

    medium = tmp_path / "dvd"
    medium.mkdir()
    with api.open_store(data_dir=data_dir.root) as store:
        _filled_in(store, mini_template)
        assert store.path is not None
        shutil.copy(store.path, medium / "atelier.sqlite3")
        shutil.copy(f"{store.path}-wal", medium / "atelier.sqlite3-wal")
    monkeypatch.setattr(store_module, "_read_only_medium", lambda _path: True)

    def no_room(*_args: object, **_kwargs: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    import shutil as shutil_module

    monkeypatch.setattr(shutil_module, "copyfile", no_room)
    with pytest.raises(StorageError) as caught:
        api.Store.open(medium / "atelier.sqlite3", data_dir.root, read_only_if_needed=True)
    message = str(caught.value)
    assert "-wal" in message and "copy both files" in message
    assert caught.value.reason == "read_only"


def _filled_in(store: api.Store, template: Template) -> None:
    workshop = make_workshop(store, template)
    api.add_card(store, phase_of(workshop, PhaseKind.DRIVERS).id, "Dans le WAL")


# --- a restore never runs under another writer ----------------------------------------------

_SLOW_IMPORT = """
import sys
from coopatelier import cli
from coopatelier.exchange import workshop_file

real = workshop_file.import_workshop_file

def slow(store, path):
    report = real(store, path)  # committed: the cards are saved
    print("imported", flush=True)
    sys.stdin.readline()  # still running, as a long import would
    return report

workshop_file.import_workshop_file = slow
sys.exit(cli.main(["--data-dir", sys.argv[1], "import", sys.argv[2]]))
"""


def test_a_restore_refuses_while_another_process_is_writing(
    data_dir: DataDir, mini_template: Template, tmp_path: Path
) -> None:
    import subprocess
    import sys

    from coopatelier.export import export_workshop

    other = DataDir(tmp_path / "table").ensure()
    table = _filled(other, mini_template, cards=5)
    exported = tmp_path / "table.json"
    with api.open_store(data_dir=other.root) as store:
        export_workshop(store, table.workshop.id, exported, "json")
    _filled(data_dir, mini_template)
    assert _run("--data-dir", str(data_dir.root), "backup", "create")[0] == 0
    writer = subprocess.Popen(
        [sys.executable, "-c", _SLOW_IMPORT, str(data_dir.root), str(exported)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    try:
        assert writer.stdout is not None and writer.stdout.readline() == "imported\n"
        code, out, err = _run("--data-dir", str(data_dir.root), "backup", "restore", "--latest")
        assert (code, out) == (1, "")
        (line,) = err.strip().splitlines()
        assert f"process {writer.pid}" in line and "restor" in line
    finally:
        _out_rest, err_rest = writer.communicate("\n", timeout=60)
    assert writer.returncode == 0, err_rest
    with api.open_store(data_dir=data_dir.root) as store:  # the imported cards are kept
        assert table.workshop.id in {w.id for w in api.list_workshops(store)}
    assert not (data_dir.root / "coopatelier.sqlite3.lock").exists()


def test_nothing_opens_the_database_while_a_restore_holds_it(
    data_dir: DataDir, mini_template: Template, other_pid: int
) -> None:
    import json

    from coopatelier.storage import lock

    _filled(data_dir, mini_template)
    lock.lock_path(data_dir.database).write_text(json.dumps({
        "pid": other_pid, "host": lock.this_host(), "started_at": "2026-12-05T10:00:00+00:00",
        "kind": "restore",
    }))
    code, out, err = _run("--data-dir", str(data_dir.root), "list")
    assert (code, out) == (1, "")
    assert "being restored" in err and f"process {other_pid}" in err


# --- a backup folder whose medium is gone ---------------------------------------------------


def test_backups_fall_back_to_the_data_directory_while_the_key_is_unplugged(
    data_dir: DataDir, mini_template: Template, tmp_path: Path
) -> None:
    """The key's mount point stays when the key is unplugged: an empty folder on the
    internal disk. Backups written there would vanish from view when the key comes back."""
    import shutil

    mount_point = tmp_path / "media" / "KEY"
    mount_point.mkdir(parents=True)
    chosen = mount_point / "CoopAtelier"
    from coopatelier.settings import Settings

    Settings(data_dir.settings).set("backup_folder", str(chosen))  # chosen: not there yet
    workshop = _filled(data_dir, mini_template)
    with api.open_store(data_dir=data_dir.root) as store:
        assert store.backup_folder == chosen and store.warnings == []
    on_key = backup.list_backups(chosen)
    assert len(on_key) == 1

    unplugged = tmp_path / "in-a-pocket"
    shutil.move(mount_point, unplugged)
    mount_point.mkdir()  # the mount point, empty
    with api.open_store(data_dir=data_dir.root) as store:
        api.add_card(store, phase_of(workshop, PhaseKind.DRIVERS).id, "Pendant ce temps")
    code, out, err = _run("--data-dir", str(data_dir.root), "list")
    assert code == 0 and "Atelier alimentation 2030" in out
    (line,) = err.strip().splitlines()
    assert line == (
        f"Warning: the backup folder {chosen} cannot be found (is its disk or USB key "
        f"plugged in?); backups go to {data_dir.default_backups} until it is back."
    )
    assert list(mount_point.iterdir()) == []  # nothing written on the internal disk
    assert backup.list_backups(data_dir.default_backups)  # made, where they can be seen

    shutil.rmtree(mount_point)
    shutil.move(unplugged, mount_point)  # plugged in again
    with api.open_store(data_dir=data_dir.root) as store:
        api.add_card(store, phase_of(workshop, PhaseKind.DRIVERS).id, "De retour")
    with api.open_store(data_dir=data_dir.root) as store:
        assert store.backup_folder == chosen and store.warnings == []
    assert len(backup.list_backups(chosen)) > len(on_key)  # on the key again


def test_a_folder_chosen_by_an_earlier_version_is_adopted_where_it_is(
    data_dir: DataDir, mini_template: Template, tmp_path: Path
) -> None:
    from coopatelier.settings import Settings

    chosen = tmp_path / "KEY" / "CoopAtelier"
    chosen.mkdir(parents=True)
    (chosen / "coopatelier-20260101-120000-000000-auto.sqlite3").write_bytes(b"")
    Settings(data_dir.settings).set("backup_folder", str(chosen))
    assert data_dir.backups == chosen
    assert data_dir.backups == chosen  # and it stays adopted
