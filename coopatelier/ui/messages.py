"""Errors in the interface's language: the sentence comes from the error's kind and values
(``coopatelier/wording.py``, shared with the CLI), in the language the UI runs in."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from coopatelier.errors import KnownError


def ui_language() -> str:
    """'fr' or 'en': the language ``install_translations`` gave the interface."""
    return "fr" if QLocale().language() == QLocale.Language.French else "en"


def user_message(error: KnownError | str) -> str:
    """``error`` as one sentence for the user; text already worded passes unchanged."""
    if isinstance(error, KnownError):
        return error.words(ui_language())
    return error
