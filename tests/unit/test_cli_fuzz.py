"""Whatever is typed on the command line, CoopAtelier answers with exit 0, or exit 1 and
one sentence on stderr; never a traceback (exit 70). Run in-process, in a temporary
folder, with the GUI command left out."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from coopatelier.cli import EXIT_BUG, main

COMMANDS = ["templates", "list", "new", "import", "export", "demo", "backup"]
OPTIONS = [
    "--template", "--title", "--date", "--place", "--horizon", "--question", "--territory",
    "--participants", "--anonymous", "--format", "-o", "--anonymised", "--named",
    "--no-annex", "--language", "--latest", "list", "create", "restore", "json", "csv", "md",
    "pdf", "fr", "en", "futurs-souhaitables-2030", "2026-04-14", "2030", "-1", "x.json",
]
# Free text as users type it, relative paths only (the fuzzer must write inside tmp).
free = st.text(
    alphabet=st.characters(blacklist_categories=["Cs"], blacklist_characters="\x00/\\"),
    max_size=20,
)
argv = st.tuples(
    st.sampled_from(COMMANDS),
    st.lists(st.sampled_from(OPTIONS) | free, max_size=8),
).map(lambda parts: [parts[0], *parts[1]])


@pytest.fixture
def workdir(tmp_path: Path) -> Path:
    folder = tmp_path / "work"
    folder.mkdir()
    return folder


def test_no_argument_list_crashes_the_cli(workdir: Path) -> None:
    home = workdir / "home"
    previous = Path.cwd()
    os.chdir(workdir)
    try:

        @settings(
            max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow]
        )
        @given(argv)
        @example(["templates", "\n"])  # argparse once echoed this newline into the sentence
        @example(["backup", "restore", "\n"])  # and the backup's name, into its sentence
        def check(args: list[str]) -> None:
            out, err = io.StringIO(), io.StringIO()
            try:
                code = main(["--data-dir", str(home), *args], out=out, err=err)
            except SystemExit as done:  # --help and --version exit through argparse
                assert done.code in (0, None)
                return
            assert code != EXIT_BUG, err.getvalue()
            assert code in (0, 1)
            if code == 1:
                message = err.getvalue().strip()
                assert message and "\n" not in message and "Traceback" not in message

        check()
    finally:
        os.chdir(previous)
