"""Qt's own strings that its French translation (qtbase_fr.qm) lacks.

Qt 6 renamed some labels of its file dialog ("Look in:" became "&Look in:") and its French
catalogue still carries the old ones, so the dialog read half English. Listing them here lets
lupdate put them in our .ts under Qt's own context; our translator answers when Qt's finds
nothing (see app.install_translations).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

QT_STRINGS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)
