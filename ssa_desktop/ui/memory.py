"""Memory the GUI need not keep (docs/performance.md "Arbeitsspeicher")."""

from __future__ import annotations

import linecache


def drop_source_lines() -> None:
    """Forget the source text that PySide6 read while our modules were imported.

    PySide6's ``__feature__`` support asks, for every module imported after PySide6,
    whether its source mentions PySide6 (``inspect.getsource``); that leaves the whole
    text of every imported module in ``linecache``: about 4.6 MB of text, held as about
    11 MB of line strings once the main window and every area are built. Nothing needs
    them (a traceback reads its lines again). Called after the main window and after each
    area is first built, when the imports have happened."""
    linecache.clearcache()
