"""Importing a workshop file: the use case behind *Home → Import* and ``coopatelier
import``. The file is read and validated whole first (``exchange/workshop_file_read.py``),
then merged in one transaction (``services/imports.py`` ``merge_workshop``)."""

from __future__ import annotations

import os
from pathlib import Path

from coopatelier.errors import ValidationError
from coopatelier.services.imports import ImportReport, merge_workshop
from coopatelier.storage.store import Store


def import_workshop_file(
    store: Store, path: str | os.PathLike[str], *, max_bytes: int | None = None
) -> ImportReport:
    """Import a workshop file: validated completely first, then written in one transaction.

    A workshop not yet in the database is created whole; one that is gets merged by id
    (see ``services.imports.merge_workshop``). Importing the same file twice changes nothing.
    ``max_bytes``: a larger file is refused unread (default: the format's ``MAX_FILE_BYTES``).
    """
    # imported here: ``coopatelier.exchange`` re-exports this service, so importing the
    # package from here at load time would be a cycle
    from coopatelier.exchange.workshop_file_read import (
        MAX_FILE_BYTES,
        WorkshopFileError,
        read_workshop_sync,
    )

    limit = MAX_FILE_BYTES if max_bytes is None else max_bytes
    _document, data, sync = read_workshop_sync(path, limit)
    try:
        return merge_workshop(store, data, sync)
    except ValidationError as exc:
        # the file's ids clash with another workshop of this database
        raise WorkshopFileError.of(exc, Path(path).name) from None

__all__ = ["import_workshop_file"]
