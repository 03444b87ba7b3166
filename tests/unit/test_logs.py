"""The log file: a plain handler from the very start (the GUI, before its first paint),
then the rotating one in its place, with no record lost or written twice."""

from __future__ import annotations

import logging
import subprocess
import sys
from collections.abc import Iterator
from logging.handlers import RotatingFileHandler
from pathlib import Path

import pytest

from coopatelier import logs
from coopatelier.paths import DataDir


@pytest.fixture
def data_dir(tmp_path: Path) -> Iterator[DataDir]:
    data = DataDir(tmp_path / "data")
    root = logging.getLogger("coopatelier")
    before = list(root.handlers)
    yield data
    for handler in root.handlers:
        if handler not in before:
            root.removeHandler(handler)
            handler.close()
    logs._configured.pop(data.logs / logs.LOG_NAME, None)
    logs._rotating.discard(data.logs / logs.LOG_NAME)


def _ours(data: DataDir) -> list[logging.Handler]:
    path = str(data.logs / logs.LOG_NAME)
    return [
        h for h in logging.getLogger("coopatelier").handlers
        if getattr(h, "baseFilename", None) == path
    ]


def test_the_plain_handler_gives_way_to_the_rotating_one_without_losing_a_record(
    data_dir: DataDir,
) -> None:
    log = logging.getLogger("coopatelier.test_logs")
    path = logs.setup_logging(data_dir, rotating=False)
    log.error("before the paint")
    assert logs.setup_logging(data_dir, rotating=False) == path  # a second call: nothing
    assert [type(h) for h in _ours(data_dir)] == [logging.FileHandler]
    logs.setup_logging(data_dir)
    log.error("after the window")
    logs.setup_logging(data_dir)  # already rotating: nothing
    assert [type(h) for h in _ours(data_dir)] == [RotatingFileHandler]
    lines = path.read_text(encoding="utf-8").splitlines()
    assert [line.rpartition(": ")[2] for line in lines] == ["before the paint", "after the window"]


def test_a_file_grown_past_the_limit_rolls_over_when_the_rotating_handler_comes(
    data_dir: DataDir,
) -> None:
    path = logs.setup_logging(data_dir, rotating=False)
    path.write_text("x" * logs.MAX_BYTES, encoding="utf-8")
    logs.setup_logging(data_dir)
    logging.getLogger("coopatelier.test_logs").error("fresh")
    assert path.with_name(logs.LOG_NAME + ".1").stat().st_size == logs.MAX_BYTES
    assert path.read_text(encoding="utf-8").endswith("fresh\n")


def test_the_plain_handler_needs_no_logging_handlers(tmp_path: Path) -> None:
    """``logging.handlers`` (socket, pickle...) is imported for rotating, not before."""
    code = (
        "import sys, logging\n"
        "from pathlib import Path\n"
        "from coopatelier.logs import setup_logging\n"
        "from coopatelier.paths import DataDir\n"
        "setup_logging(DataDir(Path(sys.argv[1])), rotating=False)\n"
        "logging.getLogger('coopatelier.x').error('early')\n"
        "print('logging.handlers' in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path)],
        capture_output=True, text=True, timeout=60, check=True,
    )
    assert result.stdout.split() == ["False"]
    assert "early" in (tmp_path / "logs" / logs.LOG_NAME).read_text(encoding="utf-8")


def test_an_unwritable_log_folder_logs_nowhere_and_never_fails(tmp_path: Path) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("not a folder", encoding="utf-8")
    data = DataDir(blocked)
    try:
        logs.setup_logging(data, rotating=False)
        logs.setup_logging(data)
        logging.getLogger("coopatelier.test_logs").error("nowhere")
    finally:
        handler = logs._configured.pop(data.logs / logs.LOG_NAME)
        logs._rotating.discard(data.logs / logs.LOG_NAME)
        logging.getLogger("coopatelier").removeHandler(handler)
    assert isinstance(handler, logging.NullHandler)
