"""The public API: every advertised name resolves (some are imported on first use)."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

from coopatelier import api


def test_every_name_in_all_resolves() -> None:
    for name in api.__all__:
        assert getattr(api, name) is not None, name
    assert set(api.__all__) <= set(dir(api))


def test_the_names_imported_on_first_use_are_those_mypy_sees() -> None:
    """``_LAZY`` (what runs) and the ``TYPE_CHECKING`` imports (what mypy reads) name the
    same names from the same modules; ``__all__`` has each of them once."""
    tree = ast.parse(Path(api.__file__).read_text(encoding="utf-8"))
    checked = next(
        node for node in tree.body
        if isinstance(node, ast.If) and isinstance(node.test, ast.Name)
        and node.test.id == "TYPE_CHECKING"
    )
    seen: dict[str, str] = {}
    for node in checked.body:
        assert isinstance(node, ast.ImportFrom) and node.module is not None
        for alias in node.names:
            assert alias.asname == alias.name  # an explicit re-export
            seen[alias.name] = node.module
    assert seen == api._LAZY
    assert len(api.__all__) == len(set(api.__all__))
    assert set(api._LAZY) <= set(api.__all__)


def test_an_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError):
        api.no_such_thing  # type: ignore[attr-defined]  # noqa: B018


def test_importing_the_api_leaves_the_exchange_formats_and_pdf_for_later() -> None:
    """Opening a workshop needs neither: the app starts faster without them."""
    code = (
        "import sys; from coopatelier import api; "
        "print(sorted(m for m in sys.modules if m.startswith(('coopatelier.exchange', "
        "'coopatelier.export', 'coopatelier.templates', 'reportlab'))))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "[]"


def test_workshop_ids(store: api.Store, workshop: api.WorkshopData) -> None:
    assert api.workshop_ids(store) == {workshop.workshop.id}
    api.delete_workshop(store, workshop.workshop.id)
    assert api.workshop_ids(store) == set()


def test_importing_the_api_leaves_sqlalchemy_and_the_services_for_later() -> None:
    """The app builds its first window with the API's values before SQLAlchemy is loaded
    (storage/plain_read.py); a service or the store is imported on first use."""
    code = (
        "import sys; from coopatelier import api; "
        "before = sorted(m for m in sys.modules if m.startswith(('sqlalchemy', "
        "'coopatelier.services.cards', 'coopatelier.storage.store'))); "
        "api.add_card; api.Store; "
        "print(before, 'sqlalchemy' in sys.modules, api.Store.__module__)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "[] True coopatelier.storage.store"
