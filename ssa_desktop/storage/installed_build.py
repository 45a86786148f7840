"""Has the installed program on disk changed since this process started?

An MSI or setup update may replace the program's files while she works (the MSI
replaces files not in use at once; docs/windows.md). The running code then must not
open the vault with another release's parts: it read its migrations once at the start
(``migrations.available``), and every unlock compares the installed build with the one
this process started from (``refuse_if_changed``: ``ProgramUpdated``, asking her to
restart; nothing is opened or written).

The build id is the size and modification time of the program's files that an update
replaces: the frozen executable (``sys.executable``), the package's ``__init__.py`` when
it lies on disk (a source install) and every file of the migrations folder (its names
too; the bytecode cache Python writes on a first import is not part of it). Only the files remembered at the start are compared again. Light (no SQLCipher):
``launch.run`` takes the id before the unlock window shows.
"""

from __future__ import annotations

import sys
from pathlib import Path

# path -> (size, mtime_ns), None where missing; a folder's entry is its sorted names
Stamp = tuple[int, int] | tuple[str, ...] | None

_started: dict[str, Stamp] | None = None


def watched_paths() -> list[Path]:
    """The installed program's files and folders whose change marks a new build."""
    paths = []
    if getattr(sys, "frozen", False):
        paths.append(Path(sys.executable))
    init = Path(__file__).parents[1] / "__init__.py"
    if init.is_file():
        paths.append(init)
    folder = Path(__file__).with_name("migrations")   # where ``migrations`` reads them
    paths.append(folder)
    if folder.is_dir():
        paths += sorted(p for p in folder.iterdir() if p.is_file() and _shipped(p.name))
    return paths


def _shipped(name: str) -> bool:
    """A name the release ships: not the bytecode cache Python writes beside a source
    install on its first import (a worker's first run must not look like an update)."""
    return name != "__pycache__" and not name.endswith((".pyc", ".pyo"))


def _stamp(path: Path) -> Stamp:
    try:
        if path.is_dir():
            return tuple(sorted(p.name for p in path.iterdir() if _shipped(p.name)))
        info = path.stat()
    except OSError:
        return None
    return (info.st_size, info.st_mtime_ns)


def build_id(paths: list[Path] | None = None) -> dict[str, Stamp]:
    return {str(p): _stamp(p) for p in (watched_paths() if paths is None else paths)}


def remember_start() -> None:
    """Take the build id of this process (``launch.run`` at the start; otherwise the first
    unlock does)."""
    global _started
    if _started is None:
        _started = build_id()


def changed_since_start() -> bool:
    if _started is None:
        remember_start()
        return False
    now = build_id([Path(p) for p in _started])
    return now != _started


def refuse_if_changed() -> None:
    """``ProgramUpdated`` when the installed build is no longer the one this process
    started from."""
    if changed_since_start():
        from .errors import ProgramUpdated

        raise ProgramUpdated()
