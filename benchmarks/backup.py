"""Backup benchmark: a ~50 MB database (the demo workshop, then cards copied in with raw
inserts), timed through the same functions the app and the CLI use.

    .venv/bin/python benchmarks/backup.py [--megabytes 50] [--backups 12]

Prints: the time to back up (online backup API in one step), to decide "nothing changed"
(the fingerprint the 10-minute timer pays when idle), to list and inspect the backups (what
the Backups dialog shows), to restore one (which first backs up the current file), and to
open the store (which backs it up when something changed). Asserts nothing.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import tempfile
import time
import uuid
from pathlib import Path

from coopatelier import api
from coopatelier.demo import create_demo_workshop
from coopatelier.storage import backup

WORDS = (
    "alimentation", "durable", "quartier", "producteurs", "paniers", "solidaires", "cantine",
    "épicerie", "coopération", "habitants", "marché", "circuit", "court", "précarité", "jardin",
    "partage", "saison", "prix", "juste", "association", "commune", "métropole", "école",
)


def build(database: Path, megabytes: float) -> int:
    """Copy the demo's cards with new ids and longer texts until the file weighs
    ``megabytes``; returns the number of cards."""
    rng = random.Random(2030)
    connection = sqlite3.connect(database)
    try:
        columns = [row[1] for row in connection.execute("PRAGMA table_info(cards)")]
        models = connection.execute("SELECT * FROM cards").fetchall()
        placeholders = ", ".join("?" for _ in columns)
        insert = f"INSERT INTO cards ({', '.join(columns)}) VALUES ({placeholders})"
        id_at, text_at = columns.index("id"), columns.index("text")
        target = megabytes * 1024 * 1024
        while database.stat().st_size < target:
            batch = []
            for _ in range(5000):
                row = list(rng.choice(models))
                row[id_at] = uuid.uuid4().hex
                row[text_at] = " ".join(rng.choice(WORDS) for _ in range(rng.randint(20, 90)))
                batch.append(row)
            with connection:
                connection.executemany(insert, batch)
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return int(connection.execute("SELECT count(*) FROM cards").fetchone()[0])
    finally:
        connection.close()


def timed(label: str, action: object, repeat: int = 1) -> object:
    assert callable(action)
    best = float("inf")
    result: object = None
    for _ in range(repeat):
        start = time.perf_counter()
        result = action()
        best = min(best, time.perf_counter() - start)
    print(f"{label:<58} {best * 1000:9.1f} ms")
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=float, default=50)
    parser.add_argument("--backups", type=int, default=12, help="backups in the folder to list")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="coopatelier-bench-") as temp:
        root = Path(temp)
        with api.open_store(data_dir=root) as store:
            create_demo_workshop(store)
            database, folder = store.path, store.backup_folder
        assert database is not None and folder is not None
        start = time.perf_counter()
        cards = build(database, args.megabytes)
        size = database.stat().st_size / 1024 / 1024
        built = time.perf_counter() - start
        print(f"database: {size:.1f} MB, {cards} cards (built in {built:.1f} s)")

        first = timed(
            "create_backup (online backup API, one step)",
            lambda: backup.create_backup(database, folder, "manual"),
            repeat=3,
        )
        assert isinstance(first, Path)
        timed("backup_if_changed, something changed (backup + thin)",
              lambda: backup.backup_if_changed(database, folder, "auto"))
        timed("backup_if_changed, nothing changed (fingerprint only)",
              lambda: backup.backup_if_changed(database, folder, "auto"), repeat=5)
        while len(backup.list_backups(folder)) < args.backups:
            backup.create_backup(database, folder, "manual")
        listed = timed(f"list_backups ({args.backups} backups)",
                       lambda: backup.list_backups(folder), repeat=5)
        assert isinstance(listed, list)
        timed("inspect_backup, one backup (integrity_check + counts)",
              lambda: backup.inspect_backup(listed[0].path), repeat=3)
        timed(f"inspect_backup, all {len(listed)} (the Backups dialog, first time)",
              lambda: [backup.inspect_backup(b.path) for b in listed])
        timed("restore_backup (backs up the current file first)",
              lambda: backup.restore_backup(database, first, folder), repeat=3)

        def reopen() -> None:
            with sqlite3.connect(database) as connection:  # something changed
                connection.execute("UPDATE workshops SET updated_at = datetime('now')")
            connection.close()
            api.open_store(data_dir=root).close()

        timed("Store.open after a change (includes the on-open backup)", reopen)
        timed("Store.open, nothing changed", lambda: api.open_store(data_dir=root).close(),
              repeat=3)


if __name__ == "__main__":
    main()
