"""Shared fixtures. Every test runs on a temporary data directory and database; nothing
touches the user's real data."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from coopatelier import api
from coopatelier.domain.model import PhaseKind
from coopatelier.paths import DataDir
from coopatelier.templates.loader import Template, parse_template

pytest_plugins = ["tests.pg_server"]  # pg_server, pg_url: PostgreSQL for the storage suites


@pytest.fixture(autouse=True)
def _isolated_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Point every path the app could use at a fresh temporary folder."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("COOPATELIER_HOME", str(home / "data"))
    monkeypatch.delenv("COOPATELIER_DB", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "xdg-config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "xdg-cache"))
    return home


@pytest.fixture
def data_dir(tmp_path: Path) -> DataDir:
    return DataDir(tmp_path / "data").ensure()


@pytest.fixture
def store(data_dir: DataDir) -> Iterator[api.Store]:
    """A real SQLite database in a temporary data directory."""
    with api.open_store(data_dir=data_dir.root) as opened:
        yield opened


@pytest.fixture(
    params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)],
)
def backend(request: pytest.FixtureRequest) -> str:
    """The database backend a test runs on: every test using it runs on both."""
    name: str = request.param
    return name


@pytest.fixture
def any_store(
    backend: str, request: pytest.FixtureRequest, data_dir: DataDir
) -> Iterator[api.Store]:
    """A fresh database on ``backend``: a SQLite file, or a new PostgreSQL database."""
    url = request.getfixturevalue("pg_url") if backend == "postgresql" else None
    with api.open_store(url, data_dir.root) as opened:
        yield opened


@pytest.fixture
def mini_template() -> Template:
    """A small template with one phase of each main kind."""
    return parse_template(
        {
            "schema_version": 1,
            "key": "mini",
            "title": "Mini atelier",
            "language": "fr",
            "horizon_offset": 4,
            "phases": [
                {"kind": "intro", "title": "Accueil", "minutes": 10},
                {
                    "kind": "drivers",
                    "title": "Moteurs du changement",
                    "minutes": 30,
                    "categories": ["Société", "Technologie", "Économie"],
                },
                {"kind": "futures", "title": "Futurs souhaitables", "minutes": 40},
                {"kind": "actions", "title": "Pistes d’actions", "minutes": 40},
                {"kind": "roadmap", "title": "Feuille de route", "minutes": 20},
                {
                    "kind": "closing",
                    "title": "Clôture",
                    "minutes": 10,
                    "categories": ["Ingrédients", "Prochaines étapes"],
                    "seed_cards": [{"text": "Confiance", "category": "Ingrédients"}],
                },
            ],
        },
        "mini.toml",
    )


@pytest.fixture
def workshop(store: api.Store, mini_template: Template) -> api.WorkshopData:
    """A workshop made from ``mini_template`` with two organisations and two people."""
    return make_workshop(store, mini_template)


@pytest.fixture
def any_workshop(any_store: api.Store, mini_template: Template) -> api.WorkshopData:
    """The same workshop as ``workshop``, in ``any_store``."""
    return make_workshop(any_store, mini_template)


def make_workshop(store: api.Store, mini_template: Template) -> api.WorkshopData:
    workshop_id = api.create_workshop(
        store,
        mini_template,
        title="Atelier alimentation 2030",
        date=dt.date(2026, 4, 14),
        place="Marseille",
        people="Awa Diallo\tMétropole – Cohésion sociale\tcheffe de projet\tTable 1\n"
        "Louis Martin\tPAT\tchargé de mission\tTable 2\n",
    ).new_id
    return api.load_workshop(store, workshop_id)


def phase_of(data: api.WorkshopData, kind: PhaseKind) -> api.Phase:
    return next(p for p in data.phases if p.kind is kind)


@pytest.fixture
def other_pid() -> Iterator[int]:
    """The pid of another live Python process (as another CoopAtelier would be)."""
    # it waits on its input until the test ends (no timer to outlive or to fall short)
    child = subprocess.Popen([sys.executable, "-c", "import sys; sys.stdin.read()"],
                             stdin=subprocess.PIPE)
    yield child.pid
    child.kill()
    child.wait()
    assert child.stdin is not None
    child.stdin.close()
