"""The two kinds of errors (after qutebrowser's ``misc/sql.py``).

``KnownError`` is something the user can act on: the UI and the CLI show its message as one
clear sentence and nothing is lost. Anything else is a bug: logged with its traceback.
"""

from __future__ import annotations


class KnownError(Exception):
    """An error the user can act on; ``str(err)`` is one sentence meant for them."""


class ValidationError(KnownError):
    """A value breaks a rule of the domain (a rating out of range, an empty title...)."""

    def __init__(self, field: str, problem: str) -> None:
        self.field = field
        self.problem = problem
        super().__init__(f"{field}: {problem}")


class NotFoundError(KnownError):
    """A workshop, phase or card the user named does not exist."""


class StorageError(KnownError):
    """The database cannot be used: locked, read-only, full, corrupted or too new.

    ``reason`` is a stable code (``locked``, ``read_only``, ``full``, ``damaged``,
    ``unreachable``, ...; ``other`` when unknown) so that the UI can word the sentence in
    its own language; ``where`` names the database as the sentence does.
    """

    def __init__(self, message: str, *, reason: str = "other", where: str = "") -> None:
        super().__init__(message)
        self.reason = reason
        self.where = where


class ExportError(KnownError):
    """A file could not be written (folder missing, disk full, no permission)."""


class FormatError(KnownError):
    """A template or workshop file is malformed; the message names the file and the field."""


class BugError(Exception):
    """An internal inconsistency: log it with its traceback."""
