"""A maintenance process for the crash-safety harness: backs up or restores a database in
a loop, as fast as it can, until it is killed.

    python maintain.py DATABASE FOLDER backup
    python maintain.py DATABASE FOLDER restore BACKUP_A BACKUP_B

``backup`` writes backups of DATABASE into FOLDER (``BACKED <name>`` after each);
``restore`` restores BACKUP_A and BACKUP_B in turn into DATABASE, each after its safety
copy into FOLDER (``BEGIN <backup>`` before, ``RESTORED <backup>`` after). ``READY`` is
printed first.
"""

from __future__ import annotations

import sys
from pathlib import Path

from coopatelier.storage import backup


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def main(argv: list[str]) -> None:
    database, folder, mode = Path(argv[0]), Path(argv[1]), argv[2]
    say("READY")
    if mode == "backup":
        while True:
            made = backup.create_backup(database, folder, "crash")
            say(f"BACKED {made.name}")
    chosen = [Path(argv[3]), Path(argv[4])]
    turn = 0
    while True:
        source = chosen[turn % 2]
        say(f"BEGIN {source.name}")
        backup.restore_backup(database, source, folder)
        say(f"RESTORED {source.name}")
        turn += 1


if __name__ == "__main__":
    main(sys.argv[1:])
