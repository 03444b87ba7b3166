"""Text of any length for reportlab in time linear in its length.

reportlab breaks a paragraph's lines in time quadratic in its length, and lays a
paragraph out again whole each time it splits across a page. So paragraph markup longer
than :data:`CHUNK_CHARS` is cut into bounded pieces — at its line breaks when it has
them, else between words, else anywhere between two characters — each piece a paragraph
of its own with the markup tags open at the cut closed before it and opened again after
it, and the pieces travel as one :class:`LongText` flowable, which stacks them without a
gap (a cut between words only ends a line early) and splits between them across pages.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from reportlab.platypus import Flowable, Paragraph

#: Markup characters in one paragraph, at most: a few lines of a page, so that reportlab's
#: quadratic line breaking stays cheap and a piece never outgrows a page.
CHUNK_CHARS = 1500

_TOKENS = re.compile(r"(<[^>]*>|&[#A-Za-z0-9]+;)")
_BREAK = "<br/>"
_AFTER_SPACE = re.compile(r"(?<= )")


def split_markup(markup: str, limit: int = CHUNK_CHARS) -> list[str]:
    """``markup`` as pieces of about ``limit`` characters at most, each well formed, cut
    after a line break or a space (inside a word only when the word alone is longer)."""
    if len(markup) <= limit:
        return [markup]
    pieces: list[str] = []
    open_tags: list[tuple[str, str]] = []  # (name, opening tag) of the tags open here
    current: list[str] = []
    prefix = ""  # the tags reopened at the start of the current piece
    size = 0

    def close() -> None:
        nonlocal current, size, prefix
        closing = "".join(f"</{name}>" for name, _ in reversed(open_tags))
        pieces.append(prefix + "".join(current) + closing)
        prefix = "".join(tag for _, tag in open_tags)
        current, size = [], len(prefix)

    def commit(token: str) -> None:
        nonlocal size
        if token.startswith("<") and token != _BREAK:
            if token.startswith("</"):
                if open_tags:
                    open_tags.pop()
            elif not token.endswith("/>"):
                open_tags.append((token[1:].split(None, 1)[0].rstrip(">"), token))
        current.append(token)
        size += len(token)

    for word in _words(markup):
        length = sum(len(token) for token in word)
        if size + length > limit and size > len(prefix):
            close()
        if length > limit:  # one word longer than a piece: cut between its characters
            for token in word:
                while token and not token.startswith(("<", "&")) and size + len(token) > limit:
                    cut = max(limit - size, 200)
                    commit(token[:cut])
                    token = token[cut:]
                    close()
                if token:
                    commit(token)
            continue
        if word[-1] == _BREAK and size + length >= limit // 2:
            for token in word[:-1]:
                commit(token)
            close()  # a line break is the best place for a cut: it costs nothing
            continue
        for token in word:
            commit(token)
    if current or not pieces:
        pieces.append(prefix + "".join(current)
                      + "".join(f"</{name}>" for name, _ in reversed(open_tags)))
    return pieces


def _words(markup: str) -> list[list[str]]:
    """The tokens of ``markup`` (text, tags, entities) grouped into words: each group ends
    with a space or a line break, and a cut between two groups never joins or splits a
    word."""
    words: list[list[str]] = []
    word: list[str] = []
    for token in _TOKENS.split(markup):
        if not token:
            continue
        if token.startswith(("<", "&")):
            word.append(token)
            if token == _BREAK:
                words.append(word)
                word = []
            continue
        for part in _AFTER_SPACE.split(token):
            if part:
                word.append(part)
                if part.endswith(" "):
                    words.append(word)
                    word = []
    if word:
        words.append(word)
    return words


class LongText(Flowable):  # type: ignore[misc]
    """Paragraphs of one text drawn one under the other without a gap; split between
    them (or inside the one at the foot of the page) across pages. (An empty one is the
    nothing left of a text that a table row split.)"""

    def __init__(self, parts: list[Paragraph]) -> None:
        super().__init__()
        self.parts = parts
        self._sizes: list[tuple[float, float]] = []
        self._width = 0.0
        self.keepWithNext = 0  # a text this long is never held to what follows

    def getSpaceBefore(self) -> float:
        return float(self.parts[0].getSpaceBefore()) if self.parts else 0.0

    def getSpaceAfter(self) -> float:
        return float(self.parts[-1].getSpaceAfter()) if self.parts else 0.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self._sizes = [part.wrap(availWidth, availHeight) for part in self.parts]
        self._width = availWidth
        self.width = availWidth
        self.height = sum(height for _, height in self._sizes)
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        # a table measures a cell without its padding but asks to split it at the full
        # column width: the pieces must fit the width they will be drawn at
        if self._sizes and self._width < availWidth:
            availWidth = self._width
        if not self._sizes or self._width != availWidth:
            self.wrap(availWidth, availHeight)
        used = 0.0
        for index, (_, height) in enumerate(self._sizes):
            if used + height <= availHeight:
                used += height
                continue
            pieces = self.parts[index].split(availWidth, availHeight - used)
            head = self.parts[:index]
            tail = self.parts[index + 1:]
            if len(pieces) >= 2:
                head = [*head, pieces[0]]
                tail = [*pieces[1:], *tail]
            else:
                tail = [self.parts[index], *tail]
            if not head:
                return []
            return [LongText(head), LongText(tail)]
        # it fits whole: a table may still ask (a row stretched by an earlier split), and
        # wants two pieces
        return [self, LongText([])]

    def draw(self) -> None:
        y = self.height
        for part, (_, height) in zip(self.parts, self._sizes, strict=True):
            y -= height
            part.drawOn(self.canv, 0, y)


def paragraph(markup: str, style: Any, make: Callable[[str, Any], Paragraph]) -> Flowable:
    """A paragraph of ``markup`` made by ``make``, or a :class:`LongText` of several when
    ``markup`` is long."""
    pieces = split_markup(markup)
    if len(pieces) == 1:
        return make(markup, style)
    return LongText([make(piece, style) for piece in pieces])
