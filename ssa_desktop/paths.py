"""Where the shipped data files are: ``resources/`` and ``translations/``.

In the source tree (and an editable install) they sit at the top level of the
repository, as the design card says; the wheel maps them into the package
(``ssa_desktop/resources``, ``ssa_desktop/translations``, see setup.py); a frozen
build puts them next to the executable's bundle (``sys._MEIPASS``). One lookup serves
all three, so nothing else in the code knows the layout.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _candidates(name: str) -> list[Path]:
    found = [_PACKAGE / name, _PACKAGE.parent / name]
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        found[:0] = [Path(frozen) / "ssa_desktop" / name, Path(frozen) / name]
    return found


@cache
def _folder(name: str) -> Path:
    for candidate in _candidates(name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"shipped folder {name!r} not found (looked in "
                            f"{', '.join(str(c) for c in _candidates(name))})")


def resources_dir() -> Path:
    """The shipped ``resources/`` folder (icons, fonts, KVJS templates, rule tables, demo words)."""
    return _folder("resources")


def translations_dir() -> Path:
    """The shipped ``translations/`` folder (.ts sources and compiled .qm files)."""
    return _folder("translations")


def resource(*parts: str) -> Path:
    """A file below ``resources/``, e.g. ``resource("demo", "texts.json")``."""
    return resources_dir().joinpath(*parts)
