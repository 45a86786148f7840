"""Entry point of the frozen build (PyInstaller): the same ``main`` as the console script."""

import sys

from ssa_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
