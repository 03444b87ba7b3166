"""SQLite files without SQLAlchemy (backups and the start-up checks use it): the file
header, and read-only URIs."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import quote

#: the first 16 bytes of every SQLite database file
SQLITE_HEADER = b"SQLite format 3\x00"


def read_only_uri(path: Path | str, *, immutable: bool = False) -> str:
    """An SQLite URI opening ``path`` read-only, for ``sqlite3.connect(uri, uri=True)``.

    The path is percent-encoded: '?', '#' and '%' in a folder name are not URI syntax.
    ``immutable`` is for a file on a read-only medium (no ``-shm`` file needed)."""
    return f"file:{quote(str(path))}?mode=ro{'&immutable=1' if immutable else ''}"
