"""The one sort key for names and texts people read in order: organisations, participants,
categories — in the UI lists, the PDF synthesis and the exports.

It follows the Unicode Collation Algorithm (pyuca, with the Unicode 10 table it ships):
base letters first, then accents, then case, so that "École" and "Éducation" come between
"Centre" and "Ville", "œuvre" sorts as "oeuvre", and "ecole" just before "École" (a plain
``sorted`` puts every accented capital after "Z"). French and English share the root
order (CLDR's French tailoring only reverses accents for Canadian French), so the
``language`` argument selects the same table today; it is there so that a language with
its own tailoring can have one without changing any caller.
"""

from __future__ import annotations

import threading
import unicodedata
from typing import Protocol

__all__ = ["sort_key", "sorted_names"]


class _Collator(Protocol):
    def sort_key(self, text: str) -> tuple[int, ...]: ...


#: characters of a text that its collation key is made of (ties are broken by the text)
_KEY_CHARS = 400

_lock = threading.Lock()
_collator: _Collator | None = None


def _root() -> _Collator:
    """The root collation table, loaded on first use (about 0.2 s, once per process):
    only for texts beyond the Latin letters of ``_collation_table.py``."""
    global _collator
    with _lock:
        if _collator is None:
            from pyuca.collator import Collator_10_0_0  # type: ignore[import-untyped]

            _collator = Collator_10_0_0()
        return _collator


def _latin_key(text: str) -> tuple[int, ...] | None:
    """pyuca's key of ``text`` from the generated table of Latin letters, accents and
    punctuation (``_collation_table.py``), without loading pyuca's whole table; None
    when a character is not in it or may start a contraction ("l·"): pyuca then."""
    from coopatelier.domain._collation_table import CONTRACTIONS, ELEMENTS

    codes = [ord(ch) for ch in unicodedata.normalize("NFD", text)]
    elements: list[tuple[int, ...]] = []
    for index, code in enumerate(codes):
        found = ELEMENTS.get(code)
        if found is None:
            return None
        follows = CONTRACTIONS.get(code)
        if follows is not None and index + 1 < len(codes):
            after = codes[index + 1]
            if after in follows or unicodedata.combining(chr(after)):
                return None
        elements.extend(found)
    # pyuca's sort_key_from_collation_elements: the nonzero weights level by level, each
    # level followed by 0 (its elements have three weights: the fourth level is empty)
    key = [e[0] for e in elements if e[0]]
    for level in (1, 2):
        key.append(0)
        key.extend(e[level] for e in elements if e[level])
    key.append(0)
    return tuple(key)


def sort_key(text: str, language: str = "fr") -> tuple[tuple[int, ...], str]:
    """A key that orders ``text`` as a dictionary of ``language`` would. Texts equal for
    the collation (differing only by a character it ignores) are ordered by their
    NFC form, so the order never depends on the order they came in."""
    del language  # one table for every supported language (see the module docstring)
    normal = unicodedata.normalize("NFC", text)
    # the first characters decide; a key of a 100,000-character card would only cost time
    head = normal[:_KEY_CHARS]
    latin = _latin_key(head)
    return (latin if latin is not None else _root().sort_key(head)), normal


def sorted_names(names: list[str], language: str = "fr") -> list[str]:
    """``names`` in the order of :func:`sort_key`."""
    return sorted(names, key=lambda name: sort_key(name, language))
