"""The two kinds of errors (after qutebrowser's ``misc/sql.py``).

``KnownError`` is something the user can act on: the UI and the CLI show it as one clear
sentence and nothing is lost. Anything else is a bug: logged with its traceback.

A known error keeps its kind up to the screen: it carries a stable ``code`` and the values
of its sentence (``params``), never a ready-made sentence. ``coopatelier/wording.py`` words
it in the interface's language — the one place where every sentence lives, in English and
French. ``str(err)`` is the English sentence (logs, tests); ``err.words(language)`` is the
sentence for the user.
"""

from __future__ import annotations

from typing import ClassVar, Self, TypedDict

#: Why a database cannot be used (``StorageError.reason``): what the UI acts on.
STORAGE_REASONS = (
    "locked",
    "read_only",
    "full",
    "damaged",
    "newer",
    "foreign",
    "missing",
    "unopenable",
    "unreachable",
    "auth",
    "connection_lost",
    "permission",
    "in_use",
    "unsupported",
    "backup",
    "other",
)


class KnownError(Exception):
    """An error the user can act on: ``code`` names its sentence in ``wording.py``
    (under ``family``), ``params`` fill it."""

    family: ClassVar[str] = "known"

    def __init__(self, code: str, /, **params: object) -> None:
        super().__init__(code, params)
        self.code = code
        self.params = params

    @property
    def key(self) -> str:
        """Where the sentence is in ``wording.SENTENCES``."""
        return f"{self.family}.{self.code}"

    def words(self, language: str) -> str:
        """One sentence for the user, in ``language`` ('fr' or 'en')."""
        from coopatelier.wording import word

        return word(self, language)

    def __str__(self) -> str:
        return self.words("en")


class ValidationError(KnownError):
    """A value breaks a rule of the domain (a rating out of range, an empty title...).

    ``field`` names the value (``title``, ``impact``...); ``problem`` is the code of what is
    wrong with it (``not_empty``, ``rating_range``...), worded after the field's name."""

    family = "problem"

    def __init__(self, field: str, problem: str, /, **params: object) -> None:
        super().__init__(problem, **params)
        self.field = field
        self.problem = problem


class NotFoundError(KnownError):
    """A workshop, phase or card the user named does not exist."""

    family = "not_found"


class StorageError(KnownError):
    """The database cannot be used: locked, read-only, full, corrupted or too new.

    ``reason`` is one of ``STORAGE_REASONS``, what the UI acts on; ``code`` (default: the
    reason) picks the sentence when one reason has several; ``where`` names the database
    (its file or its place on a server; "" for the open one).
    """

    family = "storage"

    def __init__(
        self, reason: str, /, *, where: str = "", code: str | None = None, **params: object
    ) -> None:
        if reason not in STORAGE_REASONS:
            raise ValueError(f"unknown storage reason {reason!r}")
        super().__init__(code or reason, where=where, **params)
        self.reason = reason
        self.where = where


class ExportError(KnownError):
    """A file could not be written (folder missing, disk full, no permission)."""

    family = "export"


class FormatError(KnownError):
    """A template or workshop file is malformed or cannot be read."""

    family = "format"


class FieldError(FormatError):
    """A field of a file is wrong: ``field`` is a path such as ``cards[12].impact``,
    ``problem`` a code worded as for ``ValidationError``, ``file`` the file's name."""

    family = "problem"

    def __init__(self, field: str, problem: str, /, file: str | None = None,
                 **params: object) -> None:
        super().__init__(problem, **params)
        self.field = field
        self.problem = problem
        self.file = file

    @classmethod
    def of(cls, error: ValidationError | FieldError, file: str | None) -> Self:
        """``error`` (same field, problem and values) as a problem of ``file``."""
        made = cls(error.field, error.problem, file)
        made.params = dict(error.params)
        made.args = (error.problem, made.params)
        return made


class OsReason(TypedDict):
    errno: int | None
    strerror: str


def os_reason(exc: OSError) -> OsReason:
    """The params that word an operating-system failure (permission, disk full...):
    ``{why}`` in a sentence. The system's own text is kept for what has no wording."""
    return {"errno": exc.errno, "strerror": exc.strerror or str(exc)}


class BugError(Exception):
    """An internal inconsistency: log it with its traceback."""
