"""What a test left running: a thread (Python's or a ``QThread``) or a repeating ``QTimer``
that outlives it (``tests/conftest.py``, ``_gc_on_main_thread``). Such a thing runs on
against a locked session or a closed window while the next test runs, on the same worker.

Without timing: a thread that ends within ``THREAD_GRACE_S`` of its test is not reported
(it was ending anyway); one still running then was never told to stop. A single-shot timer
is not judged (whether it fired before the teardown depends on the machine's load); an
active repeating timer is left running whatever the timing. Not judged either: what lives
as long as the application (a timer or thread whose owner chain ends at the
``QApplication``: the GUI thread's collector, ``ui/main_thread_gc``), and what was running
before the test began. Reported only, never stopped: the fix belongs to the test or the
product part that left it."""

from __future__ import annotations

import sys
import threading
import time
from dataclasses import dataclass, field
from typing import Any

THREAD_GRACE_S = 10.0  # a thread still running this long after its test was left behind


@dataclass
class Running:
    """What ran when a test began (identities; the objects are held so that no new one
    can take a finished one's address)."""

    threads: list[threading.Thread] = field(default_factory=list)
    qt: list[Any] | None = None  # None: a test without Qt, its timers not looked at


def _qt_application():
    core = sys.modules.get("PySide6.QtCore")
    return None if core is None else core.QCoreApplication.instance()


def _qt_running() -> list[Any]:
    """Running ``QThread``s and active repeating ``QTimer``s that Python knows of."""
    if _qt_application() is None:
        return []
    from PySide6.QtCore import QThread, QTimer
    from shiboken6 import getAllValidWrappers, isValid

    found: list[Any] = []
    for wrapper in getAllValidWrappers():
        try:
            if isinstance(wrapper, QTimer):
                if isValid(wrapper) and wrapper.isActive() and not wrapper.isSingleShot():
                    found.append(wrapper)
            elif isinstance(wrapper, QThread):
                if isValid(wrapper) and wrapper.isRunning():
                    found.append(wrapper)
        except RuntimeError:  # deleted meanwhile
            continue
    return found


def snapshot(*, qt: bool = True) -> Running:
    """What runs now; ``qt`` False: threads only (a test that makes no Qt objects: walking
    every Qt wrapper twice would cost each pure test a few milliseconds)."""
    return Running(threads=[t for t in threading.enumerate() if t.is_alive()],
                   qt=_qt_running() if qt else None)


def _owned_by_application(obj) -> bool:
    app = _qt_application()
    owner = obj
    while owner is not None:
        if owner is app:
            return True
        owner = owner.parent()
    return False


def _owner_chain(obj) -> str:
    names = []
    owner = obj.parent()
    while owner is not None:
        names.append(type(owner).__name__ + (f" „{owner.objectName()}“" if owner.objectName()
                                             else ""))
        owner = owner.parent()
    return " in ".join(names) or "without owner"


def left_running(before: Running) -> list[str]:
    """What runs now that did not when ``before`` was taken (threads given their grace)."""
    known = {id(t) for t in before.threads}
    deadline = time.monotonic() + THREAD_GRACE_S
    left = []
    for thread in threading.enumerate():
        if (id(thread) in known or thread is threading.main_thread()
                or isinstance(thread, threading._DummyThread)):  # Qt's pool threads
            continue
        thread.join(max(0.0, deadline - time.monotonic()))
        if thread.is_alive():
            target = getattr(thread, "_target", None)
            what = getattr(target, "__qualname__", type(thread).__name__)
            left.append(f"thread „{thread.name}“ ({what})")
    if before.qt is None:
        return left
    known_qt = {id(o) for o in before.qt}
    from_qt = [o for o in _qt_running() if id(o) not in known_qt]
    if from_qt:
        from PySide6.QtCore import QThread

        for obj in from_qt:
            if isinstance(obj, QThread):
                obj.wait(max(0, int((deadline - time.monotonic()) * 1000)))
                if obj.isRunning() and not _owned_by_application(obj):
                    left.append(f"{type(obj).__name__} ({_owner_chain(obj)})")
            elif not _owned_by_application(obj):
                name = f" „{obj.objectName()}“" if obj.objectName() else ""
                left.append(f"{type(obj).__name__}{name} every {obj.interval()} ms "
                            f"({_owner_chain(obj)})")
    return left
