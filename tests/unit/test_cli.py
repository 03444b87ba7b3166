"""The command line, run as a subprocess the way users and scripts run it."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import uuid
from dataclasses import dataclass
from pathlib import Path

import pytest

from coopatelier.paths import DataDir
from coopatelier.settings import system_language

TEMPLATE_KEYS = {
    "alimentation-durable-qpv-2030",
    "futurs-souhaitables-2030",
    "feuille-de-route-cooperation",
    "desirable-futures-2030",
    "alimentation-durable-qpv-2030-en",
}


@dataclass
class Result:
    code: int
    out: str
    err: str

    @property
    def last_line(self) -> str:
        return self.out.strip().splitlines()[-1]


@pytest.fixture
def home(tmp_path: Path) -> Path:
    return tmp_path / "home"


#: The messages are in the interface's language: these tests read English unless they say.
ENGLISH = {"LANG": "en_GB.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""}
FRENCH = {"LANG": "fr_FR.UTF-8", "LC_ALL": "fr_FR.UTF-8", "LC_MESSAGES": ""}


def run(home: Path, *args: str, env: dict[str, str] | None = None) -> Result:
    environment = {**os.environ, **ENGLISH, "COOPATELIER_HOME": str(home), **(env or {})}
    environment.pop("COOPATELIER_DB", None)
    done = subprocess.run(
        [sys.executable, "-m", "coopatelier", *args],
        capture_output=True,
        text=True,
        env=environment,
        timeout=60,
        check=False,
    )
    return Result(done.returncode, done.stdout, done.stderr)


@pytest.mark.parametrize(
    "command", [[], ["templates"], ["list"], ["new"], ["import"], ["export"], ["demo"]]
)
def test_every_command_has_help(home: Path, command: list[str]) -> None:
    result = run(home, *command, "--help")
    assert result.code == 0
    assert "usage: coopatelier" in result.out


def test_version(home: Path) -> None:
    result = run(home, "--version")
    assert result.code == 0 and result.out.startswith("CoopAtelier ")


def test_templates_lists_the_shipped_templates(home: Path) -> None:
    result = run(home, "templates")
    assert result.code == 0
    keys = {line.split("\t")[0] for line in result.out.splitlines()}
    assert keys >= TEMPLATE_KEYS


def test_new_prints_the_id_alone_last_and_list_shows_it(home: Path) -> None:
    result = run(
        home,
        "new",
        "--template",
        "futurs-souhaitables-2030",
        "--title",
        "Atelier « Été »",
        "--date",
        "2026-06-02",
        "--place",
        "Aubagne",
    )
    assert result.code == 0, result.err
    workshop_id = uuid.UUID(result.last_line)
    listing = run(home, "list")
    assert listing.code == 0
    assert f"{workshop_id}\t2026-06-02\t→2030" in listing.out
    assert "Atelier « Été »" in listing.out


def test_new_reads_participants_from_a_file(home: Path, tmp_path: Path) -> None:
    people = tmp_path / "people.tsv"
    people.write_text("Awa Diallo\tPAT\tcheffe\tTable 1\nLouis\tCCAS\t\tTable 2\n", "utf-8")
    created = run(
        home,
        "new",
        "--template",
        "futurs-souhaitables-2030",
        "--title",
        "Avec monde",
        "--participants",
        str(people),
    )
    assert created.code == 0, created.err
    out = home.parent / "avec-monde.json"
    exported = run(home, "export", created.last_line, "--format", "json", "-o", str(out))
    assert exported.code == 0, exported.err
    content = json.loads(out.read_text("utf-8"))
    assert "Awa Diallo" in json.dumps(content, ensure_ascii=False)


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["new", "--template", "nope", "--title", "X"], "no template 'nope'"),
        (["new", "--title", "X"], "required"),
        (
            ["new", "--template", "futurs-souhaitables-2030", "--title", "X", "--date", "14/04"],
            "YYYY-MM-DD",
        ),
        (
            ["new", "--template", "futurs-souhaitables-2030", "--title", "X", "--horizon", "1990"],
            "horizon_year",
        ),
        (["export", "Inexistant", "--format", "json", "-o", "x.json"], "No workshop matches"),
        (["export", "x", "--format", "docx", "-o", "x.docx"], "invalid choice"),
        (["import", "/nonexistent/file.json"], "file.json"),
        (["frobnicate"], "invalid choice"),
    ],
)
def test_user_errors_exit_1_with_one_sentence(home: Path, args: list[str], needle: str) -> None:
    result = run(home, *args)
    assert result.code == 1
    assert needle in result.err
    assert len(result.err.strip().splitlines()) == 1
    assert "Traceback" not in result.err


def test_demo_then_export_every_format(home: Path, tmp_path: Path) -> None:
    demo = run(home, "demo")
    assert demo.code == 0, demo.err
    workshop_id = demo.last_line
    uuid.UUID(workshop_id)
    for fmt, suffix in (("json", "json"), ("csv", "csv"), ("md", "md"), ("pdf", "pdf")):
        target = tmp_path / f"demo.{suffix}"
        result = run(home, "export", workshop_id[:8], "--format", fmt, "-o", str(target))
        assert result.code == 0, result.err
        assert target.stat().st_size > 0
    assert (tmp_path / "demo.pdf").read_bytes().startswith(b"%PDF")
    assert (
        "Paniers" in (tmp_path / "demo.md").read_text("utf-8")
        or (tmp_path / "demo.md").read_text("utf-8").count("#") > 3
    )


def test_demo_follows_the_interface_language_unless_lang_says(home: Path) -> None:
    """French interface → French demo; any other → English; ``--lang`` chooses."""
    titles = {}
    for name, args, env in (("french", (), FRENCH), ("english", (), ENGLISH),
                            ("german", (), {"LANG": "de_DE.UTF-8", "LC_ALL": ""}),
                            ("chosen", ("--lang", "fr"), ENGLISH)):
        made = run(home, "demo", *args, env=env)
        assert made.code == 0, made.err
        listing = run(home, "list").out.splitlines()
        titles[name] = next(line for line in listing if line.startswith(made.last_line))
    assert "(démo)" in titles["french"] and "Alimentation durable" in titles["french"]
    assert titles["english"].endswith("Sustainable food for all — QPV 2030 (demo)")
    assert titles["german"].endswith("Sustainable food for all — QPV 2030 (demo) (2)")
    assert titles["chosen"].endswith("(démo) (2)")
    refused = run(home, "demo", "--lang", "de")
    assert refused.code != 0 and "--lang" in refused.err


def test_export_to_dash_prints_text_formats_and_refuses_a_pdf(home: Path, tmp_path: Path) -> None:
    workshop_id = run(home, "demo").last_line
    run_dir = tmp_path / "cwd"
    run_dir.mkdir()
    environment = {**os.environ, "COOPATELIER_HOME": str(home)}
    printed = subprocess.run(
        [sys.executable, "-m", "coopatelier", "export", workshop_id, "--format", "md", "-o", "-"],
        capture_output=True,
        text=True,
        env=environment,
        cwd=run_dir,
        timeout=60,
        check=False,
    )
    assert printed.returncode == 0, printed.stderr
    assert printed.stdout.lstrip().startswith("#") and "Exported" not in printed.stdout
    as_json = run(home, "export", workshop_id, "--format", "json", "-o", "-")
    assert json.loads(as_json.out)["workshop"]["id"] == workshop_id
    pdf = run(home, "export", workshop_id, "--format", "pdf", "-o", "-")
    assert pdf.code == 1 and "name a file" in pdf.err and len(pdf.err.splitlines()) == 1
    assert list(run_dir.iterdir()) == []  # no file called "-"


@pytest.mark.parametrize("fmt", ["json", "csv", "md", "pdf"])
def test_an_export_that_cannot_be_written_is_one_sentence(
    home: Path, tmp_path: Path, fmt: str
) -> None:
    """A directory where the file should go, or a folder that does not exist: exit 1 with
    one sentence naming the file, never a traceback, and nothing left behind."""
    workshop_id = run(home, "demo").last_line
    taken = tmp_path / f"export.{fmt}"
    taken.mkdir()  # as root every folder is writable: a directory in the way fails instead
    for target in (taken, tmp_path / "missing" / f"export.{fmt}"):
        result = run(home, "export", workshop_id, "--format", fmt, "-o", str(target))
        assert result.code == 1, result.err
        assert result.err.startswith(f"Cannot write {target}") and "Traceback" not in result.err
        assert len(result.err.strip().splitlines()) == 1
    assert list(taken.iterdir()) == []  # no temporary file left behind
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([taken.name, home.name])


def test_csv_export_honours_anonymised_on_a_named_workshop(home: Path, tmp_path: Path) -> None:
    workshop_id = run(home, "demo").last_line
    named, anonymous = tmp_path / "named.csv", tmp_path / "anonymous.csv"
    assert run(home, "export", workshop_id, "--format", "csv", "-o", str(named)).code == 0
    assert (
        run(
            home, "export", workshop_id, "--format", "csv", "--anonymised", "-o", str(anonymous)
        ).code
        == 0
    )
    assert "Fatou Sow" in named.read_text("utf-8-sig")
    assert "Fatou Sow" not in anonymous.read_text("utf-8-sig")


def test_export_then_import_elsewhere_keeps_the_id(home: Path, tmp_path: Path) -> None:
    workshop_id = run(home, "demo").last_line
    file = tmp_path / "atelier.json"
    assert run(home, "export", workshop_id, "--format", "json", "-o", str(file)).code == 0
    other = tmp_path / "other-home"
    imported = run(other, "import", str(file))
    assert imported.code == 0, imported.err
    assert imported.last_line == workshop_id
    again = run(other, "import", str(file))
    assert again.code == 0 and again.last_line == workshop_id
    assert "0 added, 0 updated" in again.out


def test_import_of_a_malformed_file_is_refused_in_one_sentence(home: Path, tmp_path: Path) -> None:
    bad = tmp_path / "broken.json"
    bad.write_text('{"format": "coopatelier-workshop", "version": 1, "workshop": ', "utf-8")
    result = run(home, "import", str(bad))
    assert result.code == 1
    assert len(result.err.strip().splitlines()) == 1
    assert run(home, "list").out.startswith("No workshop yet")


def test_data_dir_option_and_db_option(tmp_path: Path) -> None:
    home = tmp_path / "unused-home"
    data = tmp_path / "elsewhere"
    db = tmp_path / "shared.sqlite3"
    created = run(
        home,
        "--data-dir",
        str(data),
        "--db",
        str(db),
        "new",
        "--template",
        "futurs-souhaitables-2030",
        "--title",
        "Ailleurs",
    )
    assert created.code == 0, created.err
    assert db.is_file() and (data / "logs").is_dir()
    assert not (home / "coopatelier.sqlite3").exists()
    assert "Ailleurs" in run(home, "--db", str(db), "list").out


def test_ambiguous_title_prefix_is_refused(home: Path) -> None:
    for title in ("Alimentation QPV", "Alimentation scolaire"):
        run(home, "new", "--template", "futurs-souhaitables-2030", "--title", title)
    result = run(home, "export", "Alim", "--format", "json", "-o", "x.json")
    assert result.code == 1 and "matches 2 workshops" in result.err


def test_backup_create_list_and_restore(home: Path) -> None:
    first = run(home, "new", "--template", "futurs-souhaitables-2030", "--title", "Avant")
    assert first.code == 0, first.err
    created = run(home, "backup", "create")
    assert created.code == 0, created.err
    run(home, "new", "--template", "futurs-souhaitables-2030", "--title", "Après")
    listing = run(home, "backup", "list")
    assert listing.code == 0 and "manual\t1 workshops" in listing.out
    backup_file = next(
        line.split("\t")[-1] for line in listing.out.splitlines() if "\tmanual\t" in line
    )
    restored = run(home, "backup", "restore", backup_file)
    assert restored.code == 0, restored.err
    assert "previous file was kept" in restored.out
    titles = run(home, "list").out
    assert "Avant" in titles and "Après" not in titles


def test_a_damaged_database_is_reported_and_restorable(home: Path) -> None:
    assert run(home, "new", "--template", "futurs-souhaitables-2030", "--title", "Sauvé").code == 0
    assert run(home, "backup", "create").code == 0
    database = home / "coopatelier.sqlite3"
    database.write_bytes(b"not a database at all" * 100)
    for suffix in ("-wal", "-shm"):
        Path(f"{database}{suffix}").unlink(missing_ok=True)
    broken = run(home, "list")
    assert broken.code == 1 and "damaged" in broken.err
    assert database.read_bytes() == b"not a database at all" * 100  # never overwritten
    assert run(home, "backup", "restore", "--latest").code == 0
    assert "Sauvé" in run(home, "list").out


def test_pdf_headings_follow_the_workshops_language_unless_told(home: Path,
                                                                tmp_path: Path) -> None:
    """The French demo gets French headings on an English system; --language overrides."""
    from pypdf import PdfReader

    workshop_id = run(home, "demo", env={"LANG": "fr_FR.UTF-8", "LC_ALL": ""}).last_line
    default = tmp_path / "default.pdf"
    english = tmp_path / "en.pdf"
    english_system = {"LANG": "en_GB.UTF-8", "LC_ALL": ""}
    assert run(home, "export", workshop_id, "--format", "pdf", "-o", str(default),
               env=english_system).code == 0
    assert run(home, "export", workshop_id, "--format", "pdf", "-o", str(english),
               "--language", "en", env=english_system).code == 0
    default_text = "".join(page.extract_text() for page in PdfReader(default).pages[:3])
    english_text = "".join(page.extract_text() for page in PdfReader(english).pages[:3])
    assert "SYNTHÈSE DE L’ATELIER" in default_text.upper()
    assert "WORKSHOP SYNTHESIS" not in default_text.upper()
    assert "WORKSHOP SYNTHESIS" in english_text.upper()


@pytest.mark.parametrize(
    ("environ", "platform_locale", "expected"),
    [
        ({"LANG": "fr_FR.UTF-8"}, "en_US", "fr"),
        ({"LC_ALL": "C.UTF-8", "LANG": "fr_FR.UTF-8"}, "fr_FR", "en"),  # LC_ALL wins
        ({}, "French_France", "fr"),  # Windows sets no LANG; its locale names are long
        ({}, "fr_CA", "fr"),
        ({}, "English_United Kingdom", "en"),
        ({}, "", "en"),
    ],
)
def test_the_system_language_without_qt(
    environ: dict[str, str], platform_locale: str, expected: str
) -> None:
    """What the command line's PDF headings default to, like the GUI's Qt locale."""
    assert system_language(environ, platform_locale) == expected


def _french_sentence(result: Result) -> str:
    assert result.code == 1
    assert "Traceback" not in result.err
    lines = result.err.strip().splitlines()
    assert len(lines) == 1
    return lines[0]


def test_errors_are_in_french_on_a_french_system(home: Path, tmp_path: Path) -> None:
    """A missing workshop, a bad rating in an imported file, a locked database: one French
    sentence each when the system is French (LANG, LC_ALL), as the GUI would say it."""
    missing = _french_sentence(
        run(home, "export", "Inexistant", "--format", "json", "-o", "x.json", env=FRENCH)
    )
    assert missing == (
        "Aucun atelier ne correspond à «\u202fInexistant\u202f»\u202f; "
        "`coopatelier list` les montre tous."
    )

    workshop_id = run(home, "demo").last_line
    exported = tmp_path / "atelier.json"
    assert run(home, "export", workshop_id, "--format", "json", "-o", str(exported)).code == 0
    document = json.loads(exported.read_text(encoding="utf-8"))
    document["cards"][0]["impact"] = 9
    exported.write_text(json.dumps(document), encoding="utf-8")
    rating = _french_sentence(run(home, "import", str(exported), env=FRENCH))
    assert rating == (
        "atelier.json\u00a0: cards[0].impact\u00a0: doit être entre 1 et 5 (reçu\u00a0: 9)"
    )



def test_a_locked_database_is_one_french_sentence(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The command run in-process, to hold the lock briefly (SQLite's busy timeout)."""
    import io

    from coopatelier import api, cli
    from coopatelier.storage import engine

    data = tmp_path / "data"
    with api.open_store(data_dir=data) as store:
        database = store.path
    assert database is not None
    for name, value in FRENCH.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setattr(engine, "BUSY_TIMEOUT_MS", 50)
    blocker = sqlite3.connect(database, isolation_level=None)
    blocker.execute("BEGIN EXCLUSIVE")
    out, err = io.StringIO(), io.StringIO()
    try:
        code = cli.main(["--data-dir", str(data), "demo"], out=out, err=err)
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
    assert code == cli.EXIT_USER_ERROR
    assert err.getvalue() == (
        "La base de données est verrouillée par un autre programme ou une autre fenêtre de "
        "CoopAtelier\u202f; fermez-les et réessayez.\n"
    )


def test_the_language_preference_wins_over_the_system(home: Path) -> None:
    """The settings' language (the GUI's preference) words the CLI's errors too."""
    args = ("export", "Inexistant", "--format", "json", "-o", "x.json")
    assert _french_sentence(run(home, *args)).startswith("No workshop matches")
    settings = DataDir(home).ensure().settings
    settings.write_text(json.dumps({"language": "fr"}), encoding="utf-8")
    assert _french_sentence(run(home, *args)).startswith("Aucun atelier ne correspond")
    settings.write_text(json.dumps({"language": "en"}), encoding="utf-8")
    assert _french_sentence(run(home, *args, env=FRENCH)).startswith("No workshop matches")


@pytest.mark.parametrize(
    ("env", "lines"),
    [
        (ENGLISH, ("Created “Atelier” from the template futurs-souhaitables-2030.",
                   "Exported “Atelier” to {out}.",
                   "Workshop merged: 0 added, 0 updated, ")),
        (FRENCH, ("«\u202fAtelier\u202f» créé à partir du modèle futurs-souhaitables-2030.",
                  "«\u202fAtelier\u202f» exporté vers {out}.",
                  "Atelier fusionné\u00a0: 0 ajouté, 0 mis à jour, ")),
    ],
    ids=["english", "french"],
)
def test_success_lines_are_in_the_interface_language(
    home: Path, env: dict[str, str], lines: tuple[str, str, str]
) -> None:
    """What a command did reads in French under a French locale, like its errors; the
    English lines stay as scripts know them."""
    created = run(home, "new", "--template", "futurs-souhaitables-2030", "--title", "Atelier",
                  env=env)
    assert created.code == 0, created.err
    assert created.out.splitlines()[0] == lines[0]
    out = home.parent / "atelier.json"
    exported = run(home, "export", created.last_line, "--format", "json", "-o", str(out),
                   env=env)
    assert exported.out.strip() == lines[1].format(out=out)
    imported = run(home, "import", str(out), env=env)
    assert imported.code == 0, imported.err
    assert imported.out.splitlines()[0].startswith(lines[2])
    assert imported.out.splitlines()[0].endswith(" unchanged." if env is ENGLISH
                                                 else " inchangés.")


def test_demo_lines_are_in_the_interface_language(home: Path) -> None:
    """The demo's lines about its démarche read in French under a French locale; the
    workshop's id stays the last line."""
    made = run(home, "demo", "--lang", "fr", env=FRENCH)
    assert made.code == 0, made.err
    lines = made.out.splitlines()
    assert lines[1].startswith("Il fait partie de la démarche «\u202f")
    assert lines[2].startswith("Son prochain atelier, en préparation\u00a0: «\u202f")
    assert made.last_line == lines[-1]


def test_a_reader_that_goes_away_is_not_a_bug(home: Path) -> None:
    """``coopatelier list | head -0``: the pipe closes before the listing is written; the
    command ends quietly with the shell's broken-pipe code, nothing logged as a failure."""
    assert run(home, "demo").code == 0
    environment = {**os.environ, **ENGLISH, "COOPATELIER_HOME": str(home)}
    environment.pop("COOPATELIER_DB", None)
    read_end, write_end = os.pipe()
    os.close(read_end)  # nobody will ever read what the command prints
    try:
        done = subprocess.run(
            [sys.executable, "-m", "coopatelier", "list"],
            stdout=write_end,
            stderr=subprocess.PIPE,
            text=True,
            env=environment,
            timeout=60,
            check=False,
        )
    finally:
        os.close(write_end)
    assert done.returncode == 141, done.stderr
    assert done.stderr == ""
    logs = "".join(p.read_text() for p in home.rglob("*.log"))
    assert "failed" not in logs
