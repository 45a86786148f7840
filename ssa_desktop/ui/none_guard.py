"""Keep ``None`` alive under PySide6 6.12 on Python 3.11.

shiboken6 6.12 returns ``None`` from every void Qt method (``setEnabled``, ``clear``,
``addItem`` …) and from ``currentData()``/``data()`` without a value *without* taking a
reference: on Python 3.12+ ``None`` is immortal, so nothing happens; on 3.11 each call
lowers its reference count by one until the interpreter aborts with "none_dealloc"
after a few thousand calls (measured: 100 calls of ``QComboBox.setEnabled`` → -100).
We do once what Python 3.12 does: give ``None`` a reference count it can never use up.
"""

from __future__ import annotations

import ctypes
import sys

_HEADROOM = 1 << 40


def protect_none() -> None:
    """Raise None's reference count far out of reach (no-op on Python 3.12+)."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    refcount = ctypes.c_ssize_t.from_address(id(None))   # ob_refcnt, the first field
    if refcount.value < _HEADROOM:
        refcount.value += _HEADROOM
