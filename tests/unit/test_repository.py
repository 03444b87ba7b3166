"""The repository keeps its promises to a new contributor: README commands and CI agree."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _ci_command() -> str:
    lines = (ROOT / ".ci" / "run").read_text("utf-8").splitlines()
    return next(line for line in lines if line.startswith("python3 -m venv"))


def test_ci_runs_the_readme_test_command_verbatim() -> None:
    readme = (ROOT / "README.md").read_text("utf-8")
    blocks = re.findall(r"```(?:sh|bash)\n(.*?)```", readme, flags=re.S)
    commands = [line.strip() for block in blocks for line in block.splitlines()]
    assert _ci_command() in commands


def test_ci_command_runs_the_whole_gate() -> None:
    command = _ci_command()
    for step in ("ruff check", "mypy", "pytest", ".[test]"):
        assert step in command


def test_readme_start_command_installs_and_starts_the_app() -> None:
    readme = (ROOT / "README.md").read_text("utf-8")
    assert "python3 -m venv .venv && .venv/bin/pip install -e . && .venv/bin/coopatelier" in readme
