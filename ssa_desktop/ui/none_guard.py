"""Keep ``None``, ``True`` and ``False`` alive under PySide6 6.12 on Python 3.11.

shiboken6 6.12 returns ``None`` from every void Qt method (``setEnabled``, ``clear``,
``addItem`` …) and from ``currentData()``/``data()`` without a value *without* taking a
reference: on Python 3.12+ ``None`` is immortal, so nothing happens; on 3.11 each call
lowers its reference count by one until the interpreter aborts with "none_dealloc"
after a few thousand calls (measured: 100 calls of ``QComboBox.setEnabled`` → -100).

``Signal.emit`` does the same with ``True``: every emit from Python (a model's
``dataChanged``, the context's ``changes``, a worker's ``finished``) lowers ``True``'s
count by one (measured: 100 emits → -100). A session of about 4,700 references to
``True`` that saved a few hundred grid cells used them up, and the interpreter aborted
with "Fatal Python error: bool_dealloc", at the latest when the quit released the
objects that held ``True`` rightly.

We do once what Python 3.12 does: give these singletons a reference count they can
never use up.
"""

from __future__ import annotations

import sys

# ``_ctypes`` alone, not the ``ctypes`` package (1.4 ms of the cold start): only the
# ``Py_ssize_t`` at an object's address is needed.
from _ctypes import _SimpleCData

_HEADROOM = 1 << 40


class _SsizeT(_SimpleCData):
    _type_ = "q" if sys.maxsize > 2**32 else "i"   # Py_ssize_t: pointer-sized


def _raise_refcount(obj: object) -> None:
    refcount = _SsizeT.from_address(id(obj))   # ob_refcnt, the first field
    if refcount.value < _HEADROOM:
        refcount.value += _HEADROOM


def _immortal_already() -> bool:
    return sys.version_info >= (3, 12) or sys.implementation.name != "cpython"


def protect_none() -> None:
    """Raise None's reference count far out of reach (no-op on Python 3.12+)."""
    if not _immortal_already():
        _raise_refcount(None)


def protect_bools() -> None:
    """Raise the reference counts of True and False far out of reach (no-op on 3.12+)."""
    if not _immortal_already():
        _raise_refcount(True)
        _raise_refcount(False)
