"""A maintenance process for the crash-safety harness: backs up or restores a database in
a loop, as fast as it can, until it is killed.

    python maintain.py DATABASE FOLDER backup
    python maintain.py DATABASE FOLDER restore BACKUP_A BACKUP_B
    python maintain.py DATABASE DATA_DIR import WORKSHOP_FILE

``backup`` writes backups of DATABASE into FOLDER (``BACKED <name>`` after each);
``restore`` restores BACKUP_A and BACKUP_B in turn into DATABASE, each after its safety
copy into FOLDER (``BEGIN <backup>`` before, ``RESTORED <backup>`` after). ``READY`` is
printed first. ``import`` imports WORKSHOP_FILE into DATABASE again and again (``BEGIN``
before each, ``IMPORTED`` after): the first merges it, the next change nothing.
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
    if mode == "import":
        from coopatelier import api

        with api.open_store(database, folder) as store:
            while True:
                say("BEGIN import")
                api.import_workshop_file(store, argv[3])
                say("IMPORTED")
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
