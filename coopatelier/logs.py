"""The log file: bugs are written there with their traceback; users see one sentence."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from coopatelier.paths import DataDir

LOG_NAME = "coopatelier.log"
_configured: set[Path] = set()


def setup_logging(data_dir: DataDir) -> Path:
    """Log to ``logs/coopatelier.log`` in the data directory (rotating, 1 MB × 5)."""
    path = data_dir.logs / LOG_NAME
    if path in _configured:
        return path
    try:
        data_dir.logs.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
        )
    except OSError:
        handler = logging.NullHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger("coopatelier")
    root.setLevel(logging.INFO)
    root.addHandler(handler)
    _configured.add(path)
    return path
