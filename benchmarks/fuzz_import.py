"""Bad workshop files, counted: how many were tried, refused cleanly (one sentence naming
the problem, database byte-for-byte unchanged), imported (a mutation that stays valid), or
crashed. Prints the figures issue 6 asks for.

    .venv/bin/python benchmarks/fuzz_import.py [COUNT] [SEED]
"""

from __future__ import annotations

import hashlib
import random
import sys
import tempfile
from pathlib import Path

from coopatelier import api
from coopatelier.demo import create_demo_workshop
from coopatelier.exchange.workshop_file import dumps_workshop


def digest(path: Path) -> str:
    import sqlite3

    connection = sqlite3.connect(path)
    try:
        return hashlib.sha256("\n".join(connection.iterdump()).encode()).hexdigest()
    finally:
        connection.close()


def mutate(raw: bytes, rng: random.Random) -> bytes:
    data = bytearray(raw)
    for _ in range(rng.randint(1, 4)):
        at = rng.randrange(len(data))
        action = rng.choice(["flip", "cut", "insert", "truncate", "nest", "nul", "surrogate"])
        if action == "flip":
            data[at] = rng.randrange(256)
        elif action == "cut":
            del data[at : at + rng.randint(1, 60)]
        elif action == "insert":
            data[at:at] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 8)))
        elif action == "truncate":
            del data[at:]
        elif action == "nest":
            data[at:at] = b"[" * rng.randint(10, 5000)
        elif action == "nul":
            data[at:at] = b"\\u0000"
        else:
            data[at:at] = b"\\udc80"
        if not data:
            data = bytearray(b"{")
    return bytes(data)


def main(count: int = 500, seed: int = 20260414) -> None:
    rng = random.Random(seed)
    folder = Path(tempfile.mkdtemp(prefix="coopatelier-fuzz-"))
    with api.open_store(data_dir=folder / "data") as store:
        workshop_id = create_demo_workshop(store)
        valid = dumps_workshop(api.load_workshop(store, workshop_id))
        other = folder / "other"
        with api.open_store(data_dir=other) as target:
            assert target.path is not None
            tried = refused = imported = crashed = changed_on_refusal = 0
            file = folder / "atelier.json"
            for _ in range(count):
                file.write_bytes(mutate(valid, rng))
                before = digest(target.path)
                tried += 1
                try:
                    api.import_workshop_file(target, file)
                    imported += 1
                except api.FormatError as error:
                    refused += 1
                    if "\n" in str(error) or digest(target.path) != before:
                        changed_on_refusal += 1
                except Exception as error:  # counting crashes is the point
                    crashed += 1
                    print(f"crash: {type(error).__name__}: {error}", file=sys.stderr)
    print(f"bad inputs tried      {tried}")
    print(f"refused cleanly       {refused - changed_on_refusal}")
    print(f"imported (still valid){imported:>6}")
    print(f"refused but DB moved  {changed_on_refusal}")
    print(f"crashes               {crashed}")


if __name__ == "__main__":
    main(*(int(a) for a in sys.argv[1:3]))
