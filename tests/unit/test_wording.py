"""Every error a user can see has its sentence in English and French, in one place
(coopatelier/wording.py), worded from the error's kind and values."""

from __future__ import annotations

import ast
import importlib
import pkgutil
import string
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

import coopatelier
from coopatelier import errors, wording
from coopatelier.errors import (
    STORAGE_REASONS,
    ExportError,
    FieldError,
    KnownError,
    NotFoundError,
    StorageError,
    ValidationError,
)
from coopatelier.services.demarche_import import DemarcheImportReport
from coopatelier.services.imports import ImportReport, MergeConflict

PACKAGE = Path(coopatelier.__file__).parent
NBSP = "\u00a0"
#: Placeholders one language computes differently from the other (articles, "on"/"sur").
VARIANTS = {"what", "what_a", "what_of", "what_bare"}
#: Sentences spelt the same in both languages (a word French shares with English).
SAME_IN_BOTH = {"cli.actions", "merge.label.card"}


def _every_module() -> None:
    for module in pkgutil.walk_packages([str(PACKAGE)], "coopatelier."):
        if ".migrations." in module.name or module.name.endswith("__main__"):
            continue
        importlib.import_module(module.name)


def _subclasses(cls: type[KnownError]) -> set[type[KnownError]]:
    found = set(cls.__subclasses__())
    for sub in list(found):
        found |= _subclasses(sub)
    return found


def test_every_kind_of_known_error_has_french_sentences() -> None:
    _every_module()
    families = {key.split(".")[0] for key in wording.SENTENCES}
    missing = sorted(c.__qualname__ for c in _subclasses(KnownError) if c.family not in families)
    assert missing == []


@pytest.mark.parametrize("reason", STORAGE_REASONS)
def test_every_storage_reason_has_a_french_sentence(reason: str) -> None:
    english = wording.SENTENCES[f"storage.{reason}"][0]
    values = {n: "x" for _, n, _, _ in string.Formatter().parse(english) if n}
    values |= {"where": "/tmp/atelier.sqlite3", "detail": "disk I/O error"}
    error = StorageError(reason, **values)
    french = error.words("fr")
    assert french and french != str(error)
    assert "database" not in french


@pytest.mark.parametrize("key", sorted(wording.SENTENCES))
def test_every_sentence_has_both_languages_with_the_same_values(key: str) -> None:
    english, french = wording.SENTENCES[key]
    assert english.strip() and french.strip()
    assert (english == french) == (key in SAME_IN_BOTH)

    def names(template: str) -> set[str]:
        return {n for _, n, _, _ in string.Formatter().parse(template) if n} - VARIANTS

    assert names(english) == names(french)
    # French typography is applied by the wording, never typed by hand
    assert "\u202f" not in french and "\u00a0" not in french


def _literal_codes() -> list[tuple[str, str, int]]:
    """(sentence key, file, line) of every error raised in the package with a literal code."""
    _every_module()
    families = {c.__name__: c.family for c in _subclasses(KnownError)} | {
        "KnownError": KnownError.family
    }
    field_errors = {c.__name__ for c in _subclasses(FieldError)} | {"FieldError",
                                                                    "ValidationError"}
    found: list[tuple[str, str, int]] = []
    for path in PACKAGE.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            args = node.args
            if name in field_errors or name in ("_fail", "fail"):
                index, family = 1, "problem"
            elif name in families:
                index, family = 0, families[name]
            else:
                continue
            first = args[index] if len(args) > index else None
            if isinstance(first, ast.Constant):
                code = str(first.value)
                for keyword in node.keywords:
                    if (name == "StorageError" and keyword.arg == "code"
                            and isinstance(keyword.value, ast.Constant)):
                        code = str(keyword.value.value)
                found.append((f"{family}.{code}", str(path.relative_to(PACKAGE)), node.lineno))
    return found


def test_every_error_raised_in_the_package_has_its_sentence() -> None:
    codes = _literal_codes()
    assert len(codes) > 150  # the scan sees the raises
    missing = [where for where in codes if where[0] not in wording.SENTENCES]
    assert missing == []


def test_every_field_a_rule_checks_has_a_french_name() -> None:
    """"titre : ne doit pas être vide", not "title : ..."."""
    rules = {"check_text", "check_rating", "check_minutes", "check_dots", "check_year",
             "ValidationError", "_organisation"}
    fields: set[str] = set()
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and getattr(node.func, "id", "") in rules
                and node.args
                and isinstance(node.args[0], ast.Constant)
            ):
                fields.add(str(node.args[0].value))
    from coopatelier.services.cards import EDITABLE_FIELDS
    from coopatelier.services.workshops import WORKSHOP_FIELDS

    fields |= set(EDITABLE_FIELDS) | set(WORKSHOP_FIELDS)
    assert sorted(fields - set(wording.FIELD_NAMES_FR)) == []


def test_a_validation_error_names_its_field_in_the_language() -> None:
    error = ValidationError("title", "empty")
    assert str(error) == "title: must not be empty"
    assert error.words("fr") == "titre\u00a0: ne doit pas être vide"
    rating = ValidationError("impact", "between", low=1, high=5, value=9)
    assert str(rating) == "impact: must be between 1 and 5, got 9"
    assert rating.words("fr") == "impact\u00a0: doit être entre 1 et 5 (reçu\u00a0: 9)"


def test_values_are_never_retypeset() -> None:
    """French typography applies to the template, not to a user's text put in it."""
    error = NotFoundError("no_match", reference="Atelier : « test » ?")
    assert error.words("fr") == (
        "Aucun atelier ne correspond à «\u202fAtelier : « test » ?\u202f»\u202f; "
        "`coopatelier list` les montre tous."
    )


def test_a_server_database_is_named_in_each_language() -> None:
    error = StorageError("unreachable", where="ateliers on db.local:5432",
                         server_db="ateliers", host="db.local:5432")
    assert str(error).startswith("The database ateliers on db.local:5432 cannot be reached;")
    assert error.words("fr").startswith("La base de données ateliers sur db.local:5432 est "
                                        "injoignable\u202f;")


def test_the_system_reason_of_a_file_error_is_worded_too() -> None:
    import errno

    full = ExportError("cannot_write", path="/x/a.pdf",
                       **errors.os_reason(OSError(errno.ENOSPC, "No space left on device")))
    assert str(full) == "Cannot write /x/a.pdf: No space left on device."
    assert full.words("fr") == "Impossible d’écrire /x/a.pdf\u00a0: plus de place sur le disque."


def test_a_script_s_own_problem_text_is_shown_as_given() -> None:
    """api.ValidationError raised by a script with a sentence of its own still reads."""
    error = ValidationError("budget", "must be in euros")
    assert str(error) == "budget: must be in euros"
    assert error.words("fr") == "budget\u00a0: must be in euros"


def test_an_unknown_storage_reason_is_a_bug() -> None:
    with pytest.raises(ValueError):
        StorageError("because")


def test_the_gui_words_errors_without_loading_the_database_layer() -> None:
    """ui/messages.py is on the GUI's start path: no SQLAlchemy there (start-up time)."""
    done = subprocess.run(
        [sys.executable, "-c",
         "import sys, coopatelier.ui.messages; print('sqlalchemy' in sys.modules)"],
        capture_output=True, text=True, check=True,
    )
    assert done.stdout.strip() == "False"


def test_a_name_with_a_newline_stays_on_the_sentence_s_one_line() -> None:
    """``coopatelier backup restore $'\\n'``: the name is shown escaped, not broken."""
    for language in ("en", "fr"):
        said = wording.sentence("cli.backup_missing", language, {"path": "old\nname\t1"})
        assert "\n" not in said and "\t" not in said
        assert "old\\nname\\t1" in said
    # French typography's no-break spaces are not control characters
    assert "\u00a0" in wording.sentence("cli.backup_missing", "fr", {"path": "a\u00a0b"})


def _conflict(row: int) -> MergeConflict:
    return MergeConflict(entity="card", row_id=str(row), field="text", label="Card",
                         kept="a", other="b", file_won=True)


@pytest.mark.parametrize(("counts", "conflicts", "language", "expected"), [
    ((0, 0, 32), 1, "fr",
     f"Atelier fusionné{NBSP}: 0 ajouté, 0 mis à jour, 32 inchangés, 1 conflit, "),
    ((2, 1, 1), 2, "fr",
     f"Atelier fusionné{NBSP}: 2 ajoutés, 1 mis à jour, 1 inchangé, 2 conflits, "),
    ((0, 0, 32), 1, "en", "Workshop merged: 0 added, 0 updated, 32 unchanged, 1 conflict, "),
    ((1, 1, 30), 0, "en", "Workshop merged: 1 added, 1 updated, 30 unchanged."),
    ((1, 1, 30), 3, "en", "Workshop merged: 1 added, 1 updated, 30 unchanged, 3 conflicts, "),
])
def test_an_import_summary_agrees_its_words_with_their_counts(
    counts: tuple[int, int, int], conflicts: int, language: str, expected: str,
) -> None:
    """The import's summary read "0 ajouté(s), 32 inchangé(s), 1 conflit(s)" and
    "1 conflict(s)": each word now agrees with its count, as ``is_singular`` says (French
    takes the singular for 0 and 1, English for 1)."""
    created, updated, unchanged = counts
    report = ImportReport(workshop_id=uuid.uuid4(), created=created, updated=updated,
                          unchanged=unchanged,
                          conflict_items=tuple(_conflict(i) for i in range(conflicts)))
    text = report.summary(language)
    assert text.startswith(expected), text
    assert "(s)" not in text


@pytest.mark.parametrize(("workshops", "conflicts", "language", "expected"), [
    (1, 1, "fr", "créée avec 1 atelier\u00a0: 0 ajouté, 0 mis à jour, 0 inchangé, 1 conflit,"),
    (2, 2, "fr", "créée avec 2 ateliers\u00a0: 0 ajouté, 0 mis à jour, 0 inchangé, 2 conflits,"),
    (1, 1, "en", "created with 1 workshop: 0 added, 0 updated, 0 unchanged, 1 conflict,"),
    (2, 0, "en", "created with 2 workshops: 0 added, 0 updated, 0 unchanged."),
])
def test_a_demarche_import_summary_agrees_its_words_with_their_counts(
    workshops: int, conflicts: int, language: str, expected: str,
) -> None:
    merged = [ImportReport(workshop_id=uuid.uuid4(), created=0, updated=0, unchanged=0)
              for _ in range(workshops)]
    report = DemarcheImportReport(
        demarche_id=uuid.uuid4(), title="T", workshops=merged, new_demarche=True,
        conflict_items=[_conflict(i) for i in range(conflicts)])
    text = report.words(language)
    assert expected in text, text
    assert "(s)" not in text


def test_thousands_are_still_grouped_in_french_only() -> None:
    formatter_fr = wording._Formatter("fr")
    assert formatter_fr.format("{n:,} carte{n:s}", n=12345) == "12\u202f345 cartes"
    assert wording._Formatter("en").format("{n:,} card{n:s}", n=1) == "1 card"
