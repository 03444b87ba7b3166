"""Fault injection for "never lose a note": a capture process (``capture.py``) types cards,
edits and votes through ``coopatelier.api``; the harness kills it with SIGKILL at a random
moment, reopens the database with plain ``sqlite3`` and with ``Store.open`` and checks:

* ``PRAGMA integrity_check`` is ``ok`` and no reference is broken;
* every card the process acknowledged is present with the acknowledged text (SHA-256) and
  impact, every acknowledged vote is present with its card and dots;
* nothing is duplicated: no two cards carry the same capture sequence number;
* nothing appears that was never asked for: the only change allowed beyond the
  acknowledged ones is the single call that was in flight when the process died.

Maintenance kills (``kill_maintenance``) kill a process (``maintain.py``) that backs up or
restores the same database in a loop, and check that the database is sound and holds
exactly what it held before (backup) or what one of the two backups held (restore: never a
mix), that every finished backup is sound and whole, and that the next backup leaves no
``.partial`` file behind.

The kill moments are random (seeded) — that is the fault being injected; what is checked
does not depend on them. Used by ``tests/crash/test_crash_safety.py`` (a few kills) and
``benchmarks/crash_kill.py`` (200 kills, prints the figures).
"""

from __future__ import annotations

import collections
import dataclasses
import datetime as dt
import hashlib
import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
import uuid
from pathlib import Path

from coopatelier import api
from coopatelier.domain.model import PhaseKind
from coopatelier.templates.loader import parse_template

CAPTURE = Path(__file__).with_name("capture.py")
MAINTAIN = Path(__file__).with_name("maintain.py")
MAX_DELAY_DURING_MAINTENANCE_S = 0.6  # several backups or restores in that time
MAX_DELAY_DURING_IMPORT_S = 1.5  # one merge of a file with a hundred new cards takes about 1 s
READY_TIMEOUT_S = 60.0
MAX_DELAY_AFTER_ACK_S = 0.4  # the process captures tens of changes in that time
MAX_DELAY_DURING_START_S = 2.0  # kills while it imports, opens, migrates or backs up
SHARE_OF_KILLS_DURING_START = 0.15


@dataclasses.dataclass
class Figures:
    """What a campaign of kills found."""

    kills: int = 0
    kills_survived: int = 0
    kills_during_start: int = 0
    cards_acknowledged: int = 0
    edits_acknowledged: int = 0
    votes_acknowledged: int = 0
    committed_in_flight: int = 0  # the call in flight had committed, its ack was not printed
    backups_killed: int = 0
    restores_killed: int = 0
    imports_killed: int = 0
    cut_mid_operation: int = 0  # the kill left a .partial, or came between BEGIN and RESTORED
    cards_lost: int = 0
    problems: list[str] = dataclasses.field(default_factory=list)

    def summary(self) -> str:
        return (
            f"kills survived: {self.kills_survived}/{self.kills} "
            f"({self.kills_during_start} during start-up); "
            f"cards acknowledged: {self.cards_acknowledged}; cards lost: {self.cards_lost}; "
            f"edits acknowledged: {self.edits_acknowledged}; "
            f"votes acknowledged: {self.votes_acknowledged}; "
            f"in-flight changes found committed: {self.committed_in_flight}; "
            f"kills during backup: {self.backups_killed}, during restore: "
            f"{self.restores_killed}, during import: {self.imports_killed} "
            f"({self.cut_mid_operation} cut mid-operation); "
            f"problems: {len(self.problems)}"
        )


@dataclasses.dataclass
class CardState:
    seq: str | None  # None for the template's seed cards
    sha: str
    impact: int | None


def sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def seq_of(text: str) -> str | None:
    if not text.startswith("[seq="):
        return None
    return text[len("[seq=") :].split("]", 1)[0]


class Campaign:
    """One database, killed ``kills`` times; ``run()`` returns the figures."""

    def __init__(self, root: Path, seed: int, fault: str = "") -> None:
        self.root = root
        self.fault = fault  # see capture.py: "", "phantom-ack", "duplicate"
        self.database = root / "capture.sqlite3"
        self.data_dir = root / "data"
        self.rng = random.Random(seed)
        self.seed = seed
        self.figures = Figures()
        self.cards: dict[uuid.UUID, CardState] = {}
        self.votes: dict[uuid.UUID, tuple[uuid.UUID, int]] = {}
        self.workshop_id, self.round_id = self._create_workshop()
        self._remember_database()

    def _create_workshop(self) -> tuple[uuid.UUID, uuid.UUID]:
        template = parse_template(
            {
                "schema_version": 1,
                "key": "crash",
                "title": "Atelier sous tension",
                "language": "fr",
                "phases": [
                    {"kind": "futures", "title": "Futurs souhaitables", "minutes": 40},
                    {
                        "kind": "closing",
                        "title": "Clôture",
                        "minutes": 10,
                        "seed_cards": [{"text": "Confiance"}],
                    },
                ],
            },
            "crash.toml",
        )
        with api.open_store(self.database, self.data_dir) as store:
            workshop_id = api.create_workshop(
                store, template, title="Crash", date=dt.date(2026, 4, 14)
            ).new_id
            data = api.load_workshop(store, workshop_id)
            futures = next(p for p in data.phases if p.kind is PhaseKind.FUTURES)
            round_id = api.create_round(store, futures.id, title="Tour 1").new_id
        return workshop_id, round_id

    def _remember_database(self) -> None:
        with api.open_store(self.database, self.data_dir) as store:
            data = api.load_workshop(store, self.workshop_id)
        self.cards = {c.id: CardState(seq_of(c.text), sha(c.text), c.impact) for c in data.cards}
        self.votes = {v.id: (v.card_id, v.dots) for v in data.votes}

    def run(self, kills: int) -> Figures:
        for run in range(1, kills + 1):
            self.kill_once(run)
        return self.figures

    # --- one kill -----------------------------------------------------------------------

    def kill_once(self, run: int, during_start: bool | None = None) -> None:
        """Start a capture process, kill it, check the database.

        Kills during start-up land anywhere from the interpreter's start to the first
        changes; the others land at a random moment after the first acknowledgement, so
        that each of them has something to lose."""
        drawn = self.rng.random() < SHARE_OF_KILLS_DURING_START
        during_start = drawn if during_start is None else during_start
        lines, problem = self._capture_and_kill(run, during_start)
        self.figures.kills += 1
        self.figures.kills_during_start += during_start
        problems = [problem] if problem else []
        if not during_start and not any(line.startswith("ACK ") for line in lines):
            problems.append(f"no change was acknowledged within {READY_TIMEOUT_S:.0f} s")
        problems += self._verify(lines)
        if problems:
            self.figures.problems += [f"kill {run}: {p}" for p in problems]
        else:
            self.figures.kills_survived += 1

    def _capture_and_kill(self, run: int, during_start: bool) -> tuple[list[str], str | None]:
        command = [
            sys.executable,
            str(CAPTURE),
            str(self.database),
            str(self.data_dir),
            str(self.workshop_id),
            str(self.round_id),
            str(run),
            str(self.seed),
        ]
        stderr_path = self.root / f"capture-{run}.err"
        with stderr_path.open("wb") as stderr:
            env = {**os.environ, "COOPATELIER_CAPTURE_FAULT": self.fault}
            process = subprocess.Popen(
                command,
                stdout=subprocess.PIPE,
                stderr=stderr,
                text=True,
                encoding="utf-8",
                env=env,
            )
            lines: list[str] = []
            acked = threading.Event()
            reader = threading.Thread(target=_read, args=(process, lines, acked), daemon=True)
            reader.start()
            try:
                if during_start:
                    time.sleep(self.rng.uniform(0.0, MAX_DELAY_DURING_START_S))
                else:
                    acked.wait(READY_TIMEOUT_S)
                    time.sleep(self.rng.uniform(0.0, MAX_DELAY_AFTER_ACK_S))
            finally:
                process.send_signal(signal.SIGKILL)
                returncode = process.wait()
                reader.join()
                assert process.stdout is not None
                process.stdout.close()
        problem = None
        if returncode != -signal.SIGKILL:
            tail = stderr_path.read_text("utf-8", "replace").strip().splitlines()[-3:]
            problem = f"capture process ended by itself (code {returncode}): {' | '.join(tail)}"
        else:
            stderr_path.unlink()
        complete = [line.rstrip("\n") for line in lines if line.endswith("\n")]
        return complete, problem

    # --- kills during backup and restore -----------------------------------------------

    def kill_maintenance(self, run: int, mode: str) -> None:
        """Kill a process backing up (``mode`` "backup") or restoring ("restore") the
        database at a random moment, then check what it left."""
        from coopatelier.storage import backup

        folder = self.root / f"maintenance-{run}"
        command = [sys.executable, str(MAINTAIN), str(self.database), str(folder), mode]
        if mode == "restore":  # two backups that differ: a mix of them would show
            first = backup.create_backup(self.database, folder / "sources", "a")
            self._add_cards(f"M{run}", 25)
            second = backup.create_backup(self.database, folder / "sources", "b")
            allowed = [_card_rows(first), _card_rows(second)]
            command += [str(first), str(second)]
        else:
            allowed = [_card_rows(self.database)]
        process = subprocess.Popen(
            command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        assert process.stdout is not None
        ready = process.stdout.readline()
        time.sleep(self.rng.uniform(0.0, MAX_DELAY_DURING_MAINTENANCE_S))
        process.send_signal(signal.SIGKILL)
        out, err = process.communicate()
        said = out.strip().splitlines()
        cut = any(folder.glob("*.partial")) or bool(said and said[-1].startswith("BEGIN"))
        self.figures.cut_mid_operation += cut
        self.figures.kills += 1
        if mode == "restore":
            self.figures.restores_killed += 1
        else:
            self.figures.backups_killed += 1
        problems: list[str] = []
        if ready != "READY\n" or process.returncode != -signal.SIGKILL:
            problems.append(f"{mode} process ended by itself: {err.strip()[-300:]}")
        problems += _integrity(self.database)
        if not problems and _card_rows(self.database) not in allowed:
            problems.append(f"after a kill during {mode} the cards are neither before nor after")
        for made in sorted(folder.glob("*.sqlite3")):  # finished backups are whole
            if _integrity(made) or _card_rows(made) not in [*allowed, _card_rows(self.database)]:
                problems.append(f"the backup {made.name} is not a sound, whole copy")
        try:
            backup.create_backup(self.database, folder, "after-kill")
        except api.KnownError as exc:
            problems.append(f"no backup can be made after the kill: {exc}")
        left = sorted(p.name for p in folder.glob("*.partial"))
        if left:
            problems.append(f"partial files left behind: {left}")
        if problems:
            self.figures.problems += [f"kill {run} ({mode}): {p}" for p in problems]
        else:
            self.figures.kills_survived += 1
        self._remember_database()  # a restore changed what the database holds

    # --- kills during an import (a field-level merge) -----------------------------------

    def _laptop_file(self, folder: Path, run: int) -> Path:
        """A workshop file from another laptop: a copy of the database (another device)
        where cards were added, edited, deleted and merged."""
        laptop = folder / "laptop.sqlite3"
        _copy(self.database, laptop)
        connection = sqlite3.connect(laptop)
        with connection:
            connection.execute("DELETE FROM replica")  # another laptop, another device id
        connection.close()
        with api.open_store(laptop, folder / "laptop-data") as store:
            data = api.load_workshop(store, self.workshop_id)
            phase = next(p for p in data.phases if p.kind is PhaseKind.FUTURES)
            live = [c.id for c in data.live_cards() if c.phase_id == phase.id]
            self.rng.shuffle(live)
            if len(live) >= 4:
                api.delete_cards(store, live[:2])
                api.merge_cards(store, live[2], [live[3]])
            for card_id in live[4:10]:
                api.update_card(store, card_id, text=f"[seq=I{run}-edit] revu", impact=2)
            for n in range(100):
                api.add_card(store, phase.id, f"[seq=I{run}-{n}] " + "Carte de table. " * 20)
            return api.export_workshop_file(store, self.workshop_id, folder / "laptop.json")

    def kill_import(self, run: int) -> None:
        """Kill a process importing a laptop's workshop file at a random moment: the
        database holds the workshop before the import or after it (cards with their
        deleted and merged flags), never a mix; importing the file again finishes it."""
        folder = self.root / f"import-{run}"
        folder.mkdir(parents=True)
        path = self._laptop_file(folder, run)
        expected = folder / "expected.sqlite3"
        _copy(self.database, expected)
        with api.open_store(expected, folder / "expected-data") as store:
            api.import_workshop_file(store, path)
        before, after = _card_rows(self.database), _card_rows(expected)
        command = [sys.executable, str(MAINTAIN), str(self.database), str(self.data_dir),
                   "import", str(path)]
        process = subprocess.Popen(
            command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        assert process.stdout is not None
        ready = process.stdout.readline()
        time.sleep(self.rng.uniform(0.0, MAX_DELAY_DURING_IMPORT_S))
        process.send_signal(signal.SIGKILL)
        out, err = process.communicate()
        said = out.strip().splitlines()
        self.figures.cut_mid_operation += bool(said and said[-1].startswith("BEGIN"))
        self.figures.kills += 1
        self.figures.imports_killed += 1
        problems: list[str] = []
        if ready != "READY\n" or process.returncode != -signal.SIGKILL:
            problems.append(f"import process ended by itself: {err.strip()[-300:]}")
        problems += _integrity(self.database)
        if not problems and _card_rows(self.database) not in (before, after):
            problems.append("after a kill during import the cards are neither before nor after")
        with api.open_store(self.database, self.data_dir) as store:
            api.import_workshop_file(store, path)
        if _card_rows(self.database) != after:
            problems.append("importing the file again after the kill does not finish the merge")
        if problems:
            self.figures.problems += [f"kill {run} (import): {p}" for p in problems]
        else:
            self.figures.kills_survived += 1
        self._remember_database()

    def _add_cards(self, prefix: str, count: int) -> None:
        with api.open_store(self.database, self.data_dir) as store:
            data = api.load_workshop(store, self.workshop_id)
            phase = next(p for p in data.phases if p.kind is PhaseKind.FUTURES)
            for n in range(count):
                api.add_card(store, phase.id, f"[seq={prefix}-{n}] " + "Carte longue. " * 300)

    # --- the checks ---------------------------------------------------------------------

    def _verify(self, lines: list[str]) -> list[str]:
        damage = _integrity(self.database)
        if damage:
            return damage
        try:
            with api.open_store(self.database, self.data_dir) as store:
                data = api.load_workshop(store, self.workshop_id)
        except api.KnownError as exc:
            return [f"the database no longer opens: {exc}"]
        found = {c.id: CardState(seq_of(c.text), sha(c.text), c.impact) for c in data.cards}
        found_votes = {v.id: (v.card_id, v.dots) for v in data.votes}

        in_flight: list[str] | None = None
        for line in lines:
            words = line.split()
            if words[0] == "BEGIN":
                in_flight = words[1:]
            elif words[0] == "ACK":
                in_flight = None
                self._acknowledge(words[1:])
        problems: list[str] = []
        problems += self._check_cards(found, in_flight)
        problems += self._check_votes(found_votes, in_flight)
        seqs = collections.Counter(s.seq for s in found.values() if s.seq is not None)
        problems += [f"card {seq} is in the database {n} times" for seq, n in seqs.items() if n > 1]
        return problems

    def _acknowledge(self, ack: list[str]) -> None:
        kind = ack[0]
        if kind == "ADD":
            seq, card_id, text_sha = ack[1:]
            self.cards[uuid.UUID(card_id)] = CardState(seq, text_sha, None)
            self.figures.cards_acknowledged += 1
        elif kind == "EDIT":
            card_id, text_sha, impact = ack[1:]
            old = self.cards[uuid.UUID(card_id)]
            self.cards[uuid.UUID(card_id)] = CardState(old.seq, text_sha, int(impact))
            self.figures.edits_acknowledged += 1
        elif kind == "VOTE":
            vote_id, card_id, dots = ack[1:]
            self.votes[uuid.UUID(vote_id)] = (uuid.UUID(card_id), int(dots))
            self.figures.votes_acknowledged += 1

    def _check_cards(
        self, found: dict[uuid.UUID, CardState], in_flight: list[str] | None
    ) -> list[str]:
        problems: list[str] = []
        for card_id, expected in self.cards.items():
            got = found.get(card_id)
            if got is None:
                problems.append(f"acknowledged card {expected.seq} ({card_id}) is missing")
                self.figures.cards_lost += 1
            elif got != expected:
                edit = in_flight if in_flight and in_flight[0] == "EDIT" else None
                if edit and uuid.UUID(edit[1]) == card_id:
                    flown = CardState(expected.seq, edit[2], int(edit[3]))
                    if got == flown:
                        self.cards[card_id] = flown
                        self.figures.committed_in_flight += 1
                        continue
                problems.append(f"card {expected.seq} ({card_id}) is not as acknowledged")
                self.figures.cards_lost += 1
        for card_id in found.keys() - self.cards.keys():
            got = found[card_id]
            add = in_flight if in_flight and in_flight[0] == "ADD" else None
            if add and (got.seq, got.sha) == (add[1], add[2]):
                self.cards[card_id] = got
                self.figures.committed_in_flight += 1
            else:
                problems.append(f"card {got.seq} ({card_id}) was never asked for")
        return problems

    def _check_votes(
        self, found: dict[uuid.UUID, tuple[uuid.UUID, int]], in_flight: list[str] | None
    ) -> list[str]:
        problems: list[str] = [
            f"acknowledged vote {vote_id} is missing or changed"
            for vote_id, expected in self.votes.items()
            if found.get(vote_id) != expected
        ]
        for vote_id in found.keys() - self.votes.keys():
            vote = in_flight if in_flight and in_flight[0] == "VOTE" else None
            if vote and found[vote_id] == (uuid.UUID(vote[1]), int(vote[2])):
                self.votes[vote_id] = found[vote_id]
                self.figures.committed_in_flight += 1
                in_flight = None  # one call adds one vote
            else:
                problems.append(f"vote {vote_id} was never asked for")
        return problems


def _read(process: subprocess.Popen[str], lines: list[str], acked: threading.Event) -> None:
    assert process.stdout is not None
    for line in process.stdout:
        lines.append(line)
        if line.startswith("ACK ") and line.endswith("\n"):
            acked.set()
    acked.set()  # the process died before its first change: do not wait for nothing


def _integrity(database: Path) -> list[str]:
    """Checked with plain sqlite3, before the application touches the file."""
    connection = sqlite3.connect(database)
    try:
        integrity = connection.execute("PRAGMA integrity_check").fetchall()
        broken = connection.execute("PRAGMA foreign_key_check").fetchall()
    finally:
        connection.close()
    problems = [] if integrity == [("ok",)] else [f"integrity_check: {integrity[:5]}"]
    if broken:
        problems.append(f"foreign_key_check: {broken[:5]}")
    return problems


def _copy(database: Path, target: Path) -> None:
    """A whole copy of a closed database (its WAL included), with plain sqlite3."""
    source = sqlite3.connect(database)
    copy = sqlite3.connect(target)
    try:
        source.backup(copy)
    finally:
        copy.close()
        source.close()


def _card_rows(database: Path) -> frozenset[tuple[object, ...]]:
    """Every card with its text, impact and deleted and merged flags, read with plain
    sqlite3 (read-only)."""
    connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    try:
        return frozenset(
            connection.execute(
                "SELECT id, text, impact, deleted_at, merged_into_id FROM cards"
            ).fetchall()
        )
    finally:
        connection.close()


def run_campaign(root: Path, kills: int, seed: int) -> Figures:
    root.mkdir(parents=True, exist_ok=True)
    return Campaign(root, seed).run(kills)


def kills_from_environment(default: int) -> int:
    """``COOPATELIER_KILLS``: how many kills a run makes (the issue asks for 200 in all)."""
    return int(os.environ.get("COOPATELIER_KILLS", default))


def seed_from_environment(default: int = 20260414) -> int:
    return int(os.environ.get("COOPATELIER_CRASH_SEED", default))
