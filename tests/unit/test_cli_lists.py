"""The CLI's lists (`list`, `demarche list`, `demarche show`) in the interface's language:
French under French, the English lines exactly as scripts parse them; a first
`demarche import` says what it added."""

from __future__ import annotations

import re
from itertools import pairwise
from pathlib import Path

from coopatelier.domain.demarche import STATUS_LABELS
from tests.unit.test_cli import ENGLISH, FRENCH, run

NNBSP, NBSP = "\u202f", "\u00a0"


def test_lists_are_french_under_french_and_unchanged_in_english(tmp_path: Path) -> None:
    home = tmp_path / "home"
    assert run(home, "demo", "--lang", "fr").code == 0
    english = run(home, "list", env=ENGLISH).out.splitlines()
    french = run(home, "list", env=FRENCH).out.splitlines()
    assert [line.split("\t")[3] for line in english] == [
        f"{line.split(chr(9))[3].split()[0]} cards" for line in english
    ]
    assert all(line.split("\t")[3].endswith((" cartes", " carte")) for line in french)
    assert [line.split("\t")[0] for line in english] == [line.split("\t")[0] for line in french]

    demarche = run(home, "demarche", "list", env=ENGLISH).out.splitlines()[0].split("\t")
    assert demarche[1:3] == ["2 workshops", "8 actions"]
    french_row = run(home, "demarche", "list", env=FRENCH).out.splitlines()[0].split("\t")
    assert french_row[1:3] == ["2 ateliers", "8 actions"]

    shown = run(home, "demarche", "show", demarche[0], env=ENGLISH).out.splitlines()
    for start in ("Rhythm: ", "Next meeting: ", "Workshops (2):", "Roadmap (8 actions):",
                  "Members:", "Decisions:"):
        assert any(line.startswith(start) for line in shown), start
    montre = run(home, "demarche", "show", demarche[0], env=FRENCH).out.splitlines()
    for start in (f"Rythme{NBSP}: ", f"Prochaine réunion{NBSP}: ", f"Ateliers (2){NBSP}:",
                  f"Feuille de route (8 actions){NBSP}:", f"Membres{NBSP}:",
                  f"Décisions{NBSP}:"):
        assert any(line.startswith(start) for line in montre), start
    assert not any(line.startswith(("Rhythm", "Members", "Decisions")) for line in montre)
    # the same lines, worded otherwise: the rows under them are the same
    assert len(montre) == len(shown)


def test_a_first_demarche_import_reports_what_it_added(tmp_path: Path) -> None:
    source = tmp_path / "source"
    assert run(source, "demo", "--lang", "fr").code == 0
    demarche_id = run(source, "demarche", "list").out.split("\t")[0]
    document = tmp_path / "demarche.json"
    assert run(source, "demarche", "export", demarche_id, "--format", "json",
               "-o", str(document)).code == 0

    empty = tmp_path / "empty"
    first = run(empty, "demarche", "import", str(document), env=FRENCH)
    assert first.code == 0, first.err
    report = first.out.splitlines()[0]
    assert report.startswith(f"Démarche «{NNBSP}") and " créée avec 2 ateliers" in report
    assert report.endswith("0 mis à jour, 0 inchangé.")
    added = int(report.split(f"{NBSP}: ")[1].split(" ")[0])
    assert added > 0
    again = run(empty, "demarche", "import", str(document), env=ENGLISH).out.splitlines()[0]
    assert again.endswith(f": 0 added, 0 updated, {added} unchanged.")
    assert first.last_line == demarche_id


def _status_column(lines: list[str]) -> set[str]:
    """The status labels of the roadmap's rows (id, code, label, title, lead, workshop)."""
    return {line.split("\t")[2] for line in lines
            if line.startswith("  ") and len(line.split("\t")) == 6}


def test_action_statuses_are_in_the_interface_s_language_not_the_demarche_s(
    tmp_path: Path,
) -> None:
    """The French demo shown under English says "In progress", an English one under French
    "En cours": the labels follow the lines around them (the codes never change)."""
    english_labels = set(STATUS_LABELS["en"].values())
    french_labels = set(STATUS_LABELS["fr"].values())
    for lang in ("fr", "en"):
        home = tmp_path / lang
        assert run(home, "demo", "--lang", lang).code == 0
        demarche = run(home, "demarche", "list").out.split("\t")[0]
        shown = run(home, "demarche", "show", demarche, env=ENGLISH).out.splitlines()
        montre = run(home, "demarche", "show", demarche, env=FRENCH).out.splitlines()
        assert _status_column(shown) and _status_column(shown) <= english_labels, lang
        assert _status_column(montre) and _status_column(montre) <= french_labels, lang
        codes = [line.split("\t")[:2] for line in shown if line.count("\t") == 5]
        assert codes == [line.split("\t")[:2] for line in montre if line.count("\t") == 5]
        checkpoint = next(line.split("\t")[0].strip()  # the workshop with a review phase
                          for line, after in pairwise(shown) if after.startswith("    "))
        for env, labels in ((ENGLISH, english_labels), (FRENCH, french_labels)):
            review = run(home, "demarche", "review", checkpoint, env=env).out.splitlines()
            assert review[1:] and {line.split("\t")[2] for line in review[1:]} <= labels


def test_backup_lines_speak_the_interface_s_language_and_english_is_unchanged(
    tmp_path: Path,
) -> None:
    home = tmp_path / "home"
    database = home / "coopatelier.sqlite3"
    backups = home / "backups"
    listed = run(home, "backup", "list", env=FRENCH).out.splitlines()
    assert len(listed) == 1 and listed[0].startswith("Aucune sauvegarde pour l’instant dans ")
    assert run(home, "backup", "list").out.startswith("No backup yet in ")
    assert run(home, "new", "--template", "futurs-souhaitables-2030", "--title", "Avant").code == 0
    created = run(home, "backup", "create").out.strip()
    assert re.fullmatch(rf"Backed up coopatelier\.sqlite3 to {re.escape(str(backups))}/\S+\.",
                        created), created
    cree = run(home, "backup", "create", env=FRENCH).out.strip()
    assert cree.startswith(f"coopatelier.sqlite3 sauvegardé dans {backups}"), cree
    rows = run(home, "backup", "list").out.splitlines()
    assert len(rows) == 2
    assert all(re.fullmatch(r"manual\t1 workshops, \d+ cards", "\t".join(row.split("\t")[1:3]))
               for row in rows), rows  # the template's seeded cards
    lignes = run(home, "backup", "list", env=FRENCH).out.splitlines()
    assert [row.split("\t")[0] for row in lignes] == [row.split("\t")[0] for row in rows]
    assert all(re.fullmatch(r"manual\t1 atelier, \d+ cartes?", "\t".join(row.split("\t")[1:3]))
               for row in lignes), lignes
    chosen = rows[0].split("\t")[-1]
    restored = run(home, "backup", "restore", chosen).out.strip()
    assert re.fullmatch(
        rf"Restored {re.escape(Path(chosen).name)} into {re.escape(str(database))}\. "
        r"The previous file was kept as \S+\.", restored), restored
    restaure = run(home, "backup", "restore", chosen, env=FRENCH).out.strip()
    assert restaure.startswith(f"{Path(chosen).name} restaurée dans {database}. "
                               "Le fichier précédent a été gardé sous "), restaure
