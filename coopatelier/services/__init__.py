"""Use cases: one function per user intention, each in one unit of work, each returning
the ``Changes`` it made. The UI, the CLI and scripts call these and nothing below them."""

from coopatelier.services.changes import Changes

__all__ = ["Changes"]
