"""Every accessibility event Qt sends, counted in the test's own process: Qt's update handler
(``QAccessible::installUpdateHandler``, not in PySide6, reached through ctypes) takes each
event instead of the platform's bridge; on Linux the bridge hands them to AT-SPI, and a
screen reader queues what it listens to (Orca 43 prunes its queue beyond 50 events, and a
message waiting there goes with them). ``QAccessibleEvent``: a virtual table, then its
type (an int) and its object."""

from __future__ import annotations

import ctypes
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

# what Qt's AT-SPI bridge passes on to no reader (AtSpiAdaptor::notify: "we ignore these")
UNHEARD = frozenset({"TableModelChanged", "DialogStart", "DialogEnd", "Alert", "ParentChanged",
                     "LocationChanged", "SelectionWithin", "ActionChanged"})
# Orca 43 queues a widget's showing or hiding only for these roles (event_manager._ignore)
_SHOWING_HEARD = ("AlertMessage", "Dialog", "Notification", "StatusBar", "ToolTip",
                  "PopupMenu", "Pane")
_HANDLER = ctypes.CFUNCTYPE(None, ctypes.c_void_p)
_SYMBOL = "_ZN11QAccessible20installUpdateHandlerEPFvP16QAccessibleEventE"


def _install_update_handler():
    import PySide6

    if not sys.platform.startswith("linux"):
        pytest.skip("Qt's update handler is reached by its Linux symbol")
    library = ctypes.CDLL(str(Path(PySide6.__file__).parent / "Qt/lib/libQt6Gui.so.6"))
    install = getattr(library, _SYMBOL)
    install.restype = ctypes.c_void_p
    install.argtypes = [ctypes.c_void_p]
    return install


@contextmanager
def sent(unheard: bool = False, *, by_orca: bool = False) -> Iterator[list[tuple[str, str]]]:
    """Accessibility on, as with a screen reader; yields the events sent meanwhile, each
    as (its type, its object's class), and nothing reaches the platform's bridge.
    ``UNHEARD`` ones are left out too, unless ``unheard``; ``by_orca``: only those Orca 43
    queues (a widget's showing or hiding only for the roles it says)."""
    import shiboken6
    from PySide6.QtCore import QObject
    from PySide6.QtGui import QAccessible

    events: list[tuple[str, str]] = []

    def take(address: int) -> None:
        if not QAccessible.isActive():  # held back (``announce.quietly``): Qt calls the
            return  # handler anyway, its bridge would have had nothing
        kind = ctypes.c_int.from_address(address + 8).value
        obj = ctypes.c_void_p.from_address(address + 16).value
        name = shiboken6.wrapInstance(obj, QObject).metaObject().className() if obj else ""
        kind_name = QAccessible.Event(kind).name
        if by_orca and kind_name in ("ObjectShow", "ObjectHide") and obj:
            iface = QAccessible.queryAccessibleInterface(shiboken6.wrapInstance(obj, QObject))
            if iface is None or iface.role().name not in _SHOWING_HEARD:
                return
        if unheard or kind_name not in UNHEARD:
            events.append((kind_name, name))

    handler = _HANDLER(take)
    install = _install_update_handler()
    QAccessible.setActive(True)
    previous = install(ctypes.cast(handler, ctypes.c_void_p))
    try:
        yield events
    finally:
        install(previous)
        QAccessible.setActive(False)
