"""CoopAtelier: an offline companion for foresight workshops."""

import builtins

__version__ = "0.1.0"
APP_NAME = "CoopAtelier"

#: Python's own ``__import__``, kept before PySide6 replaces it with its feature hook, which
#: slows every later import; the GUI imports its Qt-free core with it after the first
#: paint (``ui/start.py`` ``plain_imports``)
PLAIN_IMPORT = builtins.__import__
