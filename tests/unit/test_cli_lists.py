"""The CLI's lists (`list`, `demarche list`, `demarche show`) in the interface's language:
French under French, the English lines exactly as scripts parse them; a first
`demarche import` says what it added."""

from __future__ import annotations

from pathlib import Path

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
    assert report.startswith(f"Démarche «{NNBSP}") and " créée avec 2 atelier(s)" in report
    assert report.endswith("0 mis à jour, 0 inchangé(s).")
    added = int(report.split(f"{NBSP}: ")[1].split(" ")[0])
    assert added > 0
    again = run(empty, "demarche", "import", str(document), env=ENGLISH).out.splitlines()[0]
    assert again.endswith(f": 0 added, 0 updated, {added} unchanged.")
    assert first.last_line == demarche_id
