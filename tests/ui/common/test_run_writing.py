"""``KeepingDialog.run_writing``: a step the one runner reports after the dialog was
deleted (closed by the lock while the print painted) is dropped, as a late answer is
(``background._deliver``); before, ``_Dispatcher._progressed`` called the dialog's
step bar of a deleted dialog. The task is held by a ``threading.Event``: no timing."""

from __future__ import annotations

import threading

from PySide6.QtCore import QCoreApplication, QEvent

from ssa_desktop.ui import background
from ssa_desktop.ui.common.closing import KeepingDialog


def test_a_step_reported_after_the_dialog_was_deleted_is_dropped(ctx, qtbot):
    dialog = KeepingDialog()
    dialog.ctx = ctx
    gate = threading.Event()
    steps: list[str] = []

    def op(_conn, _progress) -> None:
        assert gate.wait(60)

    def step(_percent: int, text: str) -> None:
        dialog.setWindowTitle(text)          # raises once its C++ object is gone
        steps.append(text)

    try:
        dialog.run_writing(op, "print", lambda _on: None, lambda _value: None,
                           lambda _message: None, step)
        [running] = [r for r in background._running.values() if r.on_progress is not None]
        running.on_progress(10, "Seite 1 von 2 wird gedruckt …")
        assert steps == ["Seite 1 von 2 wird gedruckt …"]
        dialog.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        running.on_progress(50, "Seite 2 von 2 wird gedruckt …")   # dropped, no error
        assert steps == ["Seite 1 von 2 wird gedruckt …"]
    finally:
        gate.set()
        background.wait_for_all(60_000)
        qtbot.waitUntil(lambda: not background._running, timeout=60_000)
