"""The core's one-sentence errors are English; the UI shows the common storage ones in the
user's language (the rest pass through unchanged)."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from coopatelier.storage.store import READ_ONLY_MESSAGE

_WHERE = r"(?P<where>.+?)"


def _where(text: str) -> str:
    if text == "The database":
        return QCoreApplication.translate("Messages", "The database")
    if text.startswith("The database "):  # "The database /path/to/file.sqlite3"
        return QCoreApplication.translate("Messages", "The database %1").replace(
            "%1", text.removeprefix("The database ")
        )
    return text


def user_message(message: str) -> str:
    """``message`` in the UI language when it is one of the storage errors we know."""
    match = re.fullmatch(
        _WHERE + r" is locked by another program or another CoopAtelier window; "
        r"close it and try again\.",
        message,
    )
    if match:
        return QCoreApplication.translate(
            "Messages",
            "%1 is locked by another program or another CoopAtelier window; close it and "
            "try again.",
        ).replace("%1", _where(match["where"]))
    match = re.fullmatch(
        _WHERE + r" is read-only; copy it to a writable folder or choose another file\.", message
    )
    if match:
        return QCoreApplication.translate(
            "Messages", "%1 is read-only; copy it to a writable folder or choose another file."
        ).replace("%1", _where(match["where"]))
    match = re.fullmatch(
        _WHERE + r" is not a CoopAtelier database or is damaged; it was left untouched "
        r"— restore a backup or choose another file\.",
        message,
    )
    if match:
        return QCoreApplication.translate(
            "Messages",
            "%1 is not a CoopAtelier database or is damaged; it was left untouched — restore "
            "a backup or choose another file.",
        ).replace("%1", _where(match["where"]))
    match = re.fullmatch(
        _WHERE + r" is damaged or is not a CoopAtelier database; "
        r"restore a backup or choose another file\.",
        message,
    )
    if match:
        return QCoreApplication.translate(
            "Messages",
            "%1 is damaged or is not a CoopAtelier database; restore a backup or choose "
            "another file.",
        ).replace("%1", _where(match["where"]))
    if message == READ_ONLY_MESSAGE:
        return QCoreApplication.translate(
            "Messages",
            "This database is open read-only, so nothing can be changed; copy it to a writable "
            "folder or close the other CoopAtelier window to make changes.",
        )
    match = re.fullmatch(
        r"Cannot write (?P<path>.+?): the folder (?P<folder>.+) does not exist\.", message
    )
    if match:
        return (
            QCoreApplication.translate("Messages", "Cannot write %1: the folder %2 does not exist.")
            .replace("%1", match["path"])
            .replace("%2", match["folder"])
        )
    match = re.fullmatch(r"Cannot write (?P<path>.+?): (?P<why>[^:]+)\.", message)
    if match:  # the system's reason (permission, disk full) stays as the system says it
        return (
            QCoreApplication.translate("Messages", "Cannot write %1: %2.")
            .replace("%1", match["path"])
            .replace("%2", match["why"])
        )
    if message == "The disk is full; free some space and try again — nothing typed was lost.":
        return QCoreApplication.translate(
            "Messages", "The disk is full; free some space and try again — nothing typed was lost."
        )
    return message
