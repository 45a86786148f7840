"""The two PySide6 workarounds of ssa_desktop.ui: None is never released to death by
shiboken6 6.12 on Python 3.11, and garbage is collected on the GUI thread only."""

from __future__ import annotations

import gc
import sys

from PySide6.QtWidgets import QComboBox

import ssa_desktop.ui  # noqa: F401  (installs the None guard)
from ssa_desktop.app import make_application
from ssa_desktop.ui.main_thread_gc import MainThreadCollector


def test_void_qt_calls_cannot_release_none_to_death(qapp):
    combo = QComboBox()
    before = sys.getrefcount(None)
    for _ in range(20_000):          # each call lowered None's count by one (6.12 on 3.11)
        combo.setEnabled(True)
    assert sys.getrefcount(None) > 1 << 30
    assert before > 1 << 30


def test_application_collects_garbage_on_the_gui_thread(qapp):
    app = make_application([])
    collector = app.findChild(MainThreadCollector)
    assert collector is not None and collector.timer.isActive()
    assert not gc.isenabled()
    assert make_application([]).findChildren(MainThreadCollector) == [collector]
