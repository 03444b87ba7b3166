"""The French interface shows every refusal in French, worded from the error's kind: a
PostgreSQL server that cannot be reached or refuses the password (which the old English
sentence-matching let through in English), and a value the services refuse."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication
from sqlalchemy import make_url

from coopatelier import api
from coopatelier.domain.model import PhaseKind
from coopatelier.paths import DataDir
from coopatelier.settings import Settings
from coopatelier.ui import card_ops, db_problems
from coopatelier.ui.app import install_translations
from coopatelier.ui.workshop_window import WorkshopWindow
from tests.conftest import phase_of
from tests.pg_server import free_port

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


@pytest.fixture
def french(qapp: object) -> Iterator[None]:
    """The interface in French, as ``run_gui`` installs it on a French system."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = QLocale()
    installed = install_translations(app, "fr")
    yield
    for translator in installed:
        app.removeTranslator(translator)
    QLocale.setDefault(before)


@pytest.fixture
def shown_errors(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What the start-up would show in its error box."""
    shown: list[str] = []
    monkeypatch.setattr(db_problems, "show_error", shown.append)
    return shown


def _open(url: str, tmp_path: Path) -> None:
    data = DataDir(tmp_path / "data").ensure()
    assert db_problems.open_for_gui(url, data, Settings(data.settings)) is None


def test_an_unreachable_server_is_said_in_french(
    french: None, shown_errors: list[str], tmp_path: Path
) -> None:
    port = free_port()
    _open(f"postgresql+psycopg://team:s3cret-pw@127.0.0.1:{port}/ateliers", tmp_path)
    assert shown_errors == [
        f"La base de données ateliers sur 127.0.0.1:{port} est injoignable\u202f; vérifiez "
        "l’adresse du serveur et qu’il est démarré."
    ]


@pytest.mark.postgres
def test_a_refused_password_is_said_in_french(
    french: None, shown_errors: list[str], tmp_path: Path, pg_url: str
) -> None:
    wrong = make_url(pg_url).set(password="not-the-password-42")
    _open(wrong.render_as_string(hide_password=False), tmp_path)
    (message,) = shown_errors
    assert message.startswith(f"La base de données {wrong.database} sur 127.0.0.1:")
    assert message.endswith(
        " a refusé le nom d’utilisateur ou le mot de passe\u202f; vérifiez-les dans "
        "l’adresse de la base de données."
    )
    assert "not-the-password-42" not in message


def test_a_refused_value_is_said_in_french_with_the_field_name(
    french: None,
    open_window: Callable[[uuid.UUID], WorkshopWindow],
    store: api.Store,
    workshop: api.WorkshopData,
) -> None:
    """A card's text emptied: the window's banner names the field in French."""
    phase = phase_of(workshop, PhaseKind.DRIVERS)
    card = api.add_card(store, phase.id, "Précarité alimentaire").new_id
    window = open_window(workshop.workshop.id)
    depth = window.session.undo_stack.count()
    assert card_ops.update_card(window.session, card, "Edit", text="   ") is None
    assert window.banner.isVisible()
    assert window.banner.message.text() == "texte\u00a0: ne doit pas être vide"
    assert window.session.undo_stack.count() == depth
    assert api.get_card(store, card).text == "Précarité alimentaire"
