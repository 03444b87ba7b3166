"""``python -m coopatelier`` and the ``coopatelier`` command: the GUI, or the CLI."""

from __future__ import annotations

import sys

from coopatelier.cli import main as cli_main


def main() -> None:
    sys.exit(cli_main())


if __name__ == "__main__":
    main()
