"""The lock file beside a database: who holds it, stale locks, the CLI's restore."""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from coopatelier import cli
from coopatelier.errors import KnownError
from coopatelier.storage import lock


def _write_lock(database: Path, pid: int, host: str) -> None:
    lock.lock_path(database).write_text(
        json.dumps({"pid": pid, "host": host, "started_at": "2026-11-26T14:02:00+00:00"}),
        encoding="utf-8",
    )


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_acquire_writes_who_holds_the_database_and_release_removes_it(tmp_path: Path) -> None:
    database = tmp_path / "coopatelier.sqlite3"
    held = lock.acquire(database)
    assert held is not None
    info = lock.read_lock(database)
    assert info is not None and info.pid == os.getpid() and info.host == lock.this_host()
    assert lock.lock_path(database).name == "coopatelier.sqlite3.lock"
    held.release()
    assert not lock.lock_path(database).exists()
    held.release()  # twice is harmless


def test_a_live_holder_is_named_to_the_second_instance(tmp_path: Path, other_pid: int) -> None:
    database = tmp_path / "coopatelier.sqlite3"
    parent = other_pid
    _write_lock(database, parent, lock.this_host())
    with pytest.raises(lock.DatabaseInUse) as caught:
        lock.acquire(database)
    message = str(caught.value)
    assert f"process {parent} on {lock.this_host()}" in message
    assert "read-only" in message and message.count(".") >= 1
    assert caught.value.holder.started_at == dt.datetime(2026, 11, 26, 14, 2, tzinfo=dt.UTC)
    assert lock.live_holder(database) is not None
    assert lock.read_lock(database).pid == parent  # type: ignore[union-attr]  # untouched


def test_a_lock_left_by_a_dead_process_on_this_host_is_taken_over(tmp_path: Path) -> None:
    database = tmp_path / "coopatelier.sqlite3"
    _write_lock(database, _dead_pid(), lock.this_host())
    assert lock.live_holder(database) is None
    held = lock.acquire(database)
    assert held is not None
    with held:
        assert lock.read_lock(database).pid == os.getpid()  # type: ignore[union-attr]
    assert not lock.lock_path(database).exists()


def test_a_lock_from_another_host_is_never_presumed_dead(tmp_path: Path) -> None:
    database = tmp_path / "coopatelier.sqlite3"
    _write_lock(database, _dead_pid(), "another-laptop")
    with pytest.raises(lock.DatabaseInUse, match="another-laptop"):
        lock.acquire(database)


def test_a_garbled_lock_is_replaced(tmp_path: Path) -> None:
    database = tmp_path / "coopatelier.sqlite3"
    lock.lock_path(database).write_bytes(b"\x00{not json")
    held = lock.acquire(database)
    assert held is not None and lock.read_lock(database) is not None
    held.release()


def test_releasing_leaves_another_instances_lock_alone(tmp_path: Path, other_pid: int) -> None:
    database = tmp_path / "coopatelier.sqlite3"
    held = lock.acquire(database)
    assert held is not None
    _write_lock(database, other_pid, lock.this_host())  # taken over meanwhile
    held.release()
    assert lock.lock_path(database).exists()


def test_no_lock_can_be_written_in_a_read_only_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*_args: object, **_kwargs: object) -> None:
        raise PermissionError(13, "Read-only file system")

    monkeypatch.setattr(Path, "write_bytes", refuse)
    assert lock.acquire(tmp_path / "coopatelier.sqlite3") is None


def test_cli_restore_refuses_while_a_live_window_holds_the_database(
    tmp_path: Path, other_pid: int
) -> None:
    data = tmp_path / "data"
    out, err = io.StringIO(), io.StringIO()
    assert cli.main(["--data-dir", str(data), "demo"], out=out, err=err) == 0
    assert cli.main(["--data-dir", str(data), "backup", "create"], out=out, err=err) == 0
    database = data / "coopatelier.sqlite3"
    _write_lock(database, other_pid, lock.this_host())
    # other commands are not blocked by the lock (short transactions)
    assert cli.main(["--data-dir", str(data), "list"], out=out, err=err) == 0
    assert cli.main(["--data-dir", str(data), "backup", "list"], out=out, err=err) == 0
    before = database.read_bytes()
    code = cli.main(
        ["--data-dir", str(data), "backup", "restore", "--latest"], out=out, err=err
    )
    assert code != 0
    assert f"process {other_pid}" in err.getvalue()
    assert database.read_bytes() == before


def test_database_in_use_is_a_known_error(tmp_path: Path) -> None:
    info = lock.LockInfo(1, "h", dt.datetime.now(dt.UTC))
    assert isinstance(lock.DatabaseInUse(tmp_path / "x.sqlite3", info), KnownError)


def test_a_pid_reused_by_another_program_after_a_restart_is_stale(tmp_path: Path) -> None:
    """A crash, a reboot, and the lock's pid now belongs to, say, a shell."""
    if not Path("/proc/self/cmdline").exists():
        pytest.skip("needs /proc")
    child = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    assert child.stdin is not None and child.stdout is not None
    try:
        # a line echoed back proves cat runs: /proc no longer shows the parent's (python)
        child.stdin.write(b"ready\n")
        child.stdin.flush()
        assert child.stdout.readline() == b"ready\n"
        database = tmp_path / "coopatelier.sqlite3"
        _write_lock(database, child.pid, lock.this_host())
        assert lock.pid_alive(child.pid) and lock.live_holder(database) is None
        held = lock.acquire(database)
        assert held is not None
        held.release()
    finally:
        child.kill()
        child.wait()
        child.stdin.close()
        child.stdout.close()
