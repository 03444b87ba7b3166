"""The Qt shell has no import cycle: the graph of ``coopatelier.ui``'s imports (module
level and inside functions alike; ``TYPE_CHECKING`` blocks aside) is acyclic, and every
ui module imports on its own."""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import pytest

import coopatelier

PACKAGE = Path(coopatelier.__file__).parent
UI = PACKAGE / "ui"


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


UI_MODULES = {module_name(p): p for p in sorted(UI.rglob("*.py"))}


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def imported_ui_modules(name: str, path: Path) -> set[str]:
    """The ui modules that ``name`` imports anywhere in its code, except under
    ``if TYPE_CHECKING:``."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()

    def visit(node: ast.AST) -> None:
        if isinstance(node, ast.If) and _is_type_checking(node):
            for statement in node.orelse:
                visit(statement)
            return
        if isinstance(node, ast.Import):
            for alias in node.names:
                found.add(alias.name)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                base = f"{anchor}.{base}" if base else anchor
            found.add(base)
            for alias in node.names:
                found.add(f"{base}.{alias.name}")  # ``from pkg import module``
        for child in ast.iter_child_nodes(node):
            visit(child)

    tree: ast.AST = ast.parse(path.read_text(encoding="utf-8"))
    visit(tree)
    return {m for m in found if m in UI_MODULES and m != name}


def graph() -> dict[str, set[str]]:
    return {name: imported_ui_modules(name, path) for name, path in UI_MODULES.items()}


def find_cycle(edges: dict[str, set[str]]) -> list[str] | None:
    """One cycle of ``edges`` (as a path that comes back to its start), or None."""
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    path: list[str] = []

    def walk(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for nxt in sorted(edges.get(node, ())):
            if state.get(nxt) == 1:
                return [*path[path.index(nxt):], nxt]
            if nxt not in state and (cycle := walk(nxt)) is not None:
                return cycle
        path.pop()
        state[node] = 2
        return None

    for start in sorted(edges):
        if start not in state and (cycle := walk(start)) is not None:
            return cycle
    return None


def test_the_cycle_finder_finds_a_cycle() -> None:
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": set(), "c": {"a", "b"}}) is None


def test_a_package_does_not_import_its_parent_package_as_a_cycle() -> None:
    """``from coopatelier.ui.projector import x`` names the package ``projector`` and its
    module ``x``; both are edges, the package's own ``__init__`` included."""
    edges = graph()
    assert "coopatelier.ui.workshop_window" in edges


def test_ui_imports_have_no_cycle() -> None:
    edges = graph()
    cycle = find_cycle(edges)
    assert cycle is None, "import cycle in ui/: " + " → ".join(cycle or [])


@pytest.mark.parametrize("name", sorted(UI_MODULES))
def test_each_ui_module_imports_on_its_own(name: str) -> None:
    assert importlib.import_module(name) is not None
