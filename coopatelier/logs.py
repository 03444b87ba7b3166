"""The log file: bugs are written there with their traceback; users see one sentence."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from coopatelier.paths import DataDir

LOG_NAME = "coopatelier.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
#: the handler writing each log file
_configured: dict[Path, logging.Handler] = {}
#: the log files whose handler rotates them
_rotating: set[Path] = set()


def setup_logging(data_dir: DataDir, *, rotating: bool = True) -> Path:
    """Log to ``logs/coopatelier.log`` in the data directory (rotating, 1 MB × 5).

    ``rotating=False`` (the GUI, before its first paint): the same file through the
    logging core's plain ``FileHandler``, without importing ``logging.handlers`` (socket,
    pickle... ~8 ms); every record lands in the file from the start. A later call with
    ``rotating=True`` puts the rotating handler in its place (rolling the file over if it
    grew past the limit meanwhile), so no record is lost or written twice."""
    path = data_dir.logs / LOG_NAME
    current = _configured.get(path)
    if current is not None and (not rotating or path in _rotating):
        return path
    handler = _file_handler(data_dir.logs, path, rotating)
    handler.setFormatter(logging.Formatter(_FORMAT))
    root = logging.getLogger("coopatelier")
    root.setLevel(logging.INFO)
    root.addHandler(handler)
    if current is not None:  # the plain handler, replaced: the new one is already there
        root.removeHandler(current)
        current.close()
    _configured[path] = handler
    if rotating:
        _rotating.add(path)
    return path


def _file_handler(folder: Path, path: Path, rotating: bool) -> logging.Handler:
    try:
        folder.mkdir(parents=True, exist_ok=True)
        if not rotating:
            return logging.FileHandler(path, encoding="utf-8")
        from logging.handlers import RotatingFileHandler

        handler = RotatingFileHandler(
            path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8"
        )
        if path.stat().st_size >= MAX_BYTES:  # grown while the plain handler wrote
            handler.doRollover()
        return handler
    except OSError:
        return logging.NullHandler()
