"""Ordering names as a reader expects them: « Épicerie » between « Centre » and « Fondation »,
not after every plain letter as code points would put it.

One place for the whole application: every list of names that people read (organisations,
lanes of the roadmap) sorts with ``sort_key``.
"""

from __future__ import annotations

import unicodedata

#: letters that no Unicode decomposition splits but a dictionary reads as two
_EXPANSIONS = str.maketrans({"œ": "oe", "Œ": "OE", "æ": "ae", "Æ": "AE", "ß": "ss"})


def sort_key(text: str, language: str = "fr") -> tuple[str, tuple[int, ...], str]:
    """A key that orders ``text`` as a dictionary of ``language`` does (French and
    English alike for now): letters first, accents aside (« Ecole » = « École » = « ecole »
    at this level; œ as oe), then accents (unaccented first), then case (lower first).
    Punctuation and runs of spaces count as one space: « L’Olivier » sorts as « l olivier »."""
    del language  # French and English share these rules; another language may not
    expanded = unicodedata.normalize("NFD", text.translate(_EXPANSIONS).strip())
    base: list[str] = []
    accents: list[int] = []
    for char in expanded:
        if unicodedata.combining(char):
            if accents:
                accents[-1] = accents[-1] * 1024 + ord(char) % 1024
            continue
        if char.isalnum():
            base.append(char.casefold())
            accents.append(0)
        elif not base or base[-1] != " ":
            base.append(" ")
            accents.append(0)
    primary = "".join(base).strip()
    case = "".join("1" if c.isupper() else "0" for c in expanded if c.isalnum())
    return primary, tuple(accents), case
